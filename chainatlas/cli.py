"""The ``chainatlas`` command: thin click commands over the library.

Every command's help ends with an Example.  A bad argument or file prints one
line (``Error: …``) and exits with status 1; never a traceback.
"""

import functools
import glob
import importlib.resources
import json
import os
import sys

import click

from chainatlas.exceptions import ChainAtlasError

__all__ = ["main", "cli"]


def _fail(msg):
    raise click.ClickException(msg)


def _errors(f):
    """Turn library errors into one clean line and exit status 1."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except ChainAtlasError as e:
            _fail(str(e))
        except OSError as e:
            _fail(f"{e.filename or ''}: {e.strerror or e}".lstrip(": "))

    return wrapper


def _store(ctx, create=False, writes=False):
    """The store of ``--db`` for the running command.

    A command that only reads (``writes`` and ``create`` false) sees one
    consistent state from its first query to its end: the store is read in a
    :meth:`~chainatlas.graph.Store.snapshot` held until the command's context
    closes, so a report made of many queries never mixes the states before
    and after a commit of another process that ingests meanwhile.
    """
    from chainatlas.graph import Store

    st = Store(ctx.obj["db"], create=create)
    if not (create or writes):
        ctx.with_resource(st.snapshot())
    return st


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--db", type=click.Path(dir_okay=False), envvar="CHAINATLAS_DB", default="chainatlas.db",
              show_default=True, help="The store file (also CHAINATLAS_DB).")
@click.version_option(package_name="chainatlas")
@click.pass_context
def cli(ctx, db):
    """ChainAtlas: a knowledge graph of industry chains (产业链) read from planning documents.

    \b
    Example:
        chainatlas ingest plan.txt enterprises.csv
        chainatlas gaps --chain 工业硅 --scope 甘州区
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


# ---------------------------------------------------------------------------- ingest
def _expand(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            out.extend(sorted(f for f in glob.glob(os.path.join(p, "*")) if os.path.isfile(f)
                              and not f.endswith((".md", ".py"))))
        else:
            out.append(p)
    return out


def _ingest(store, files, doc_id=None, echo=click.echo, mapping=None):
    from chainatlas.graph import ingest_file

    results = []
    failures = 0
    with click.progressbar(files, label="ingesting", file=sys.stderr,
                           item_show_func=lambda f: os.path.basename(f) if f else "") as bar:
        for f in bar:
            try:
                r, x = ingest_file(store, f, doc_id=doc_id, mapping=mapping)
            except ChainAtlasError as e:
                failures += 1
                results.append((f, None, None, str(e)))
                continue
            results.append((f, r, x, None))
    for f, r, x, err in results:
        if err:
            echo(f"Error: {err}", err=True)
            continue
        counts = ", ".join(f"{v} {k}" for k, v in x.counts().items() if v)
        echo(f"{r.status:9} {f}: {counts or 'nothing found'}")
        for p in x.problems:
            echo(f"  skipped: {p}", err=True)
    return failures


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--doc-id", help="Store the (single) file under this document id instead of its path.")
@click.option("--columns", metavar="'HEADER=FIELD,…'",
              help="Table headers to read as fields (name, park, region, products, investment, stage, …), "
                   "for lists whose headers are not the usual ones.")
@click.pass_context
@_errors
def ingest(ctx, files, doc_id, columns):
    """Read documents and lists into the store.

    Text (.txt, .md in UTF-8 or GBK/GB18030, detected from the bytes), Word
    (.docx), PDF with a text layer (.pdf), web pages (.html) and tables (.csv,
    .xlsx). Each file is one transaction: a file that fails changes nothing.
    Ingesting the same file again changes nothing; a changed file replaces its
    earlier facts. Files over CHAINATLAS_MAX_BYTES (default 200 MB) are refused.

    \b
    Example:
        chainatlas ingest ../shared/corpus/*.txt examples/enterprises.csv
        chainatlas ingest list.xlsx --columns '单位=name,计划投资（万元）=investment'
    """
    from chainatlas.loaders.tables import parse_column_mapping

    mapping = parse_column_mapping(columns) if columns else None
    files = _expand(files)
    if doc_id and len(files) != 1:
        _fail("--doc-id needs exactly one file")
    store = _store(ctx, create=True)
    failures = _ingest(store, files, doc_id, mapping=mapping)
    if failures and len(files) == 1:
        ctx.exit(1)  # the file's own error line says it all
    if failures:
        _fail(f"{failures} of {len(files)} file(s) could not be ingested")


# ---------------------------------------------------------------------------- browsing
@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--all", "all_", is_flag=True, help="Also list the reference-library chains no document matches.")
@click.pass_context
@_errors
def chains(ctx, fmt, all_):
    """List the chains in the store with their links and the reference chain each matches.

    \b
    Example:
        chainatlas chains
        chainatlas chains --all --format json
    """
    from chainatlas.graph import LIBRARY_DOC_ID
    from chainatlas.queries import chain_links
    from chainatlas.queries.analysis import reference_chain

    store = _store(ctx)
    rows = []
    matched = set()
    for c in store.nodes("Chain"):
        ref = reference_chain(store, c["id"])
        if ref and ref != c["id"]:
            matched.add(ref)
    for c in store.nodes("Chain"):
        ev = store.evidence(node_id=c["id"])
        docs = sorted({e["doc_title"] or e["doc_id"] for e in ev if e["doc_id"] != LIBRARY_DOC_ID})
        is_ref = bool(c["props"].get("reference"))
        if is_ref and not all_ and c["id"] not in matched and not docs:
            continue
        ref = reference_chain(store, c["id"])
        links = [name for _, name, _ in chain_links(store, c["id"])]
        rows.append({"chain": c["name"], "links": links, "reference": store.node(ref)["name"] if ref else None,
                     "library": is_ref, "documents": docs})
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"{len(rows)} chains")
    t.add_column("chain")
    t.add_column("links", justify="right")
    t.add_column("reference chain")
    t.add_column("source")
    for r in rows:
        t.add_row(r["chain"], str(len(r["links"])), "(library)" if r["library"] else (r["reference"] or "—"),
                  "; ".join(d[:30] for d in r["documents"]))
    Console().print(t)


@cli.command()
@click.argument("name")
@click.option("--kind", help="Only nodes of this kind (Chain, Link, Enterprise, Project, Park, Region, …).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
@_errors
def show(ctx, name, kind, fmt):
    """Show one node: its properties, relations and the sentences behind it.

    \b
    Example:
        chainatlas show 河西硅业
    """
    from chainatlas.queries import resolve_node

    store = _store(ctx)
    nid = resolve_node(store, name, kind)
    node = store.node(nid)
    ev = store.evidence(node_id=nid)
    data = {"id": nid, "kind": node["kind"], "name": node["name"], "props": node["props"],
            "aliases": store.aliases(nid),
            "out": [{"rel": e["rel"], "to": e["dst"]} for e in store.edges_of(nid, "out")],
            "in": [{"rel": e["rel"], "from": e["src"]} for e in store.edges_of(nid, "in")], "evidence": ev}
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{node['kind']}  {node['name']}   ({nid})")
    if data["aliases"]:
        click.echo("aliases: " + "、".join(data["aliases"]))
    for k, v in node["props"].items():
        click.echo(f"  {k}: {v}")
    for e in data["out"]:
        click.echo(f"  -[{e['rel']}]-> {e['to']}")
    for e in data["in"][:40]:
        click.echo(f"  <-[{e['rel']}]- {e['from']}")
    if len(data["in"]) > 40:
        click.echo(f"  … and {len(data['in']) - 40} more incoming")
    click.echo("evidence:")
    for e in ev[:20]:
        where = f" [{e['start']}:{e['end']}]" if e["start"] is not None else ""
        click.echo(f"  · {e['sentence'] or '(document)'}\n      — {e['doc_title'] or e['doc_id']}{where}, "
                   f"confidence {e['confidence']}")


# ---------------------------------------------------------------------------- extraction and ontology
@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--columns", metavar="'HEADER=FIELD,…'", help="Table headers to read as fields, as for ingest.")
@_errors
def extract(file, fmt, columns):
    """Print what a file would add to the store, without touching the store.

    The JSON has ``chains`` (a list of step lists), ``chain_details``,
    ``enterprises``, ``parks``, ``projects``, ``regions``, ``departments``,
    ``targets``, ``wanted_links``, ``industries`` and ``problems``; every
    record carries its evidence (span in the cleaned text, sentence,
    confidence).

    \b
    Example:
        chainatlas extract ../shared/corpus/000_787b9540822448de.txt --format json
    """
    from chainatlas.loaders import load_file
    from chainatlas.loaders.tables import parse_column_mapping

    x, _ = load_file(file, mapping=parse_column_mapping(columns) if columns else None)
    click.echo(json.dumps(x.to_json(), ensure_ascii=False, indent=2))


@cli.command()
@click.option("--format", "fmt", default="turtle", show_default=True,
              help="turtle, xml, nt, json-ld or n3.")
@_errors
def ontology(fmt):
    """Write the ontology itself (OWL/RDFS) to standard output.

    \b
    Example:
        chainatlas ontology --format turtle > chainatlas.ttl
    """
    from chainatlas.ontology import serialize_ontology

    click.echo(serialize_ontology(format=fmt))


@cli.command()
@click.pass_context
@_errors
def stats(ctx):
    """Count documents, nodes per kind and edges per relation in the store.

    \b
    Example:
        chainatlas stats
    """
    click.echo(json.dumps(_store(ctx).stats(), ensure_ascii=False, indent=2))


# ---------------------------------------------------------------------------- demo
DEMO_CHAINS = ("硅石—工业硅", "绿电—绿氢—绿氨")
DEMO_SCOPE = "甘州区"


@cli.command()
@click.option("-o", "--output", default="chainatlas-demo.html", show_default=True,
              type=click.Path(dir_okay=False), help="Where to write the demo map.")
@click.pass_context
@_errors
def demo(ctx, output):
    """Ingest the bundled examples, print gap reports and write a map.

    The examples (two short plans, an enterprise list and a project list,
    written for ChainAtlas) ship inside the package.

    \b
    Example:
        chainatlas --db demo.db demo -o demo.html
    """
    from chainatlas.commands.analysis import print_analysis
    from chainatlas.queries.analysis import analyse_chain
    from chainatlas.viz import write_chain_map

    root = importlib.resources.files("chainatlas.examples")
    files = sorted(str(root.joinpath(n.name)) for n in root.iterdir()
                   if n.name.endswith((".txt", ".csv")))
    store = _store(ctx, create=True)
    click.echo(f"store: {os.path.abspath(store.path)}")
    _ingest(store, files)
    for chain in DEMO_CHAINS:
        click.echo("")
        print_analysis(analyse_chain(store, chain, DEMO_SCOPE), "table")
    write_chain_map(store, DEMO_CHAINS[-1], DEMO_SCOPE, output)
    click.echo(f"\nwrote the map of {DEMO_CHAINS[-1]} in {DEMO_SCOPE} to {output} (opens offline in a browser)")


def _load_command_modules():
    import pkgutil

    import chainatlas.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        importlib.import_module(f"{pkg.__name__}.{info.name}")


_load_command_modules()


def main(argv=None):
    """Entry point of the console script."""
    return cli.main(args=argv, prog_name="chainatlas")
