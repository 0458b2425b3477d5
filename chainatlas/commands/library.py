"""The reference chain library: list its chains, show one."""

import json

import click

from chainatlas.cli import _errors, cli


@cli.command()
@click.argument("name", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_errors
def library(name, fmt):
    """List the reference chains shipped with ChainAtlas, or show one chain's links.

    Each link has its segment (上游/中游/下游/配套), the links that feed it,
    its synonyms and its GB/T 4754-2017 industry class.

    \b
    Example:
        chainatlas library
        chainatlas library 光伏
    """
    from rich.console import Console
    from rich.table import Table

    from chainatlas.ontology.library import load_library

    lib = load_library()
    if name is None:
        if fmt == "json":
            click.echo(json.dumps([{"id": c.id, "name": c.name, "industry": c.industry, "links": len(c.links)}
                                   for c in lib], ensure_ascii=False, indent=2))
            return
        t = Table(title=f"参考产业链库 ({len(lib)} chains)")
        for col in ("id", "产业链", "产业", "环节数", "别名"):
            t.add_column(col, overflow="fold")
        for c in lib:
            t.add_row(c.id, c.name, c.industry, str(len(c.links)), "、".join(c.aliases))
        Console(width=max(120, Console().width)).print(t)
        return
    c = lib.chain(name)
    if fmt == "json":
        click.echo(json.dumps(c.as_dict(), ensure_ascii=False, indent=2))
        return
    pos = c.positions()
    t = Table(title=f"{c.name} ({c.id}) · {c.industry}")
    for col in ("#", "段", "环节", "上游环节", "同义名", "GB/T 4754-2017"):
        t.add_column(col, overflow="fold")
    for link in sorted(c.links.values(), key=lambda x: (pos[x.name], x.segment == "配套")):
        t.add_row(str(pos[link.name]), link.segment, link.name, "、".join(link.inputs) or "—",
                  "、".join(link.synonyms) or "—", f"{link.gbt} {link.gbt_name}".strip() or "—")
    Console(width=max(120, Console().width)).print(t)
