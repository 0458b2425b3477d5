"""``chainatlas validate``: check the store against the ontology's SHACL shapes."""

import json

import click

from chainatlas.cli import _errors, _fail, _store, cli


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
@_errors
def validate(ctx, fmt):
    """Check the store against the ontology's SHACL shapes (pySHACL).

    Prints each violation as one line of words: the node, the property or
    relation, the offending value and what is wrong. Exits with status 1
    when there is any violation.

    \b
    Example:
        chainatlas validate
    """
    from chainatlas.graph.validate import validate as run

    report = run(_store(ctx))
    if fmt == "json":
        click.echo(json.dumps({"conforms": report.conforms, "triples": report.triples,
                               "violations": [v.__dict__ for v in report.violations]},
                              ensure_ascii=False, indent=2))
    else:
        for line in report.lines():
            click.echo(line)
    if not report.conforms:
        n = len(report.violations)
        _fail(f"{n} violation{'s' if n != 1 else ''} of the ontology's shapes")
    if fmt == "text":
        click.echo(f"conforms: {report.triples} triples, no violation of the ontology's shapes")
