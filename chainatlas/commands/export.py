"""``chainatlas export``: the store as neo4j-admin import files or as RDF."""

import click

from chainatlas.cli import _errors, _store, cli


@cli.group()
def export():
    """Write the store in another tool's format: Neo4j import files or RDF.

    \b
    Example:
        chainatlas export neo4j-csv neo4j-import/
        chainatlas export rdf --format turtle -o chainatlas.ttl
    """


@export.command("neo4j-csv")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--array-delimiter", help="One character between array elements (default: the first of | ; ¦ "
                                        "U+001F that no value contains).")
@click.option("--database", default="neo4j", show_default=True, help="The database name in the import command.")
@click.pass_context
@_errors
def neo4j_csv(ctx, directory, array_delimiter, database):
    """Write neo4j-admin import files: one nodes file per kind, one relationships file per relation.

    Also writes import.sh and IMPORT.md with the exact `neo4j-admin database
    import full` command for Neo4j 5 and the constraints to create after it.

    \b
    Example:
        chainatlas export neo4j-csv neo4j-import/
        bash neo4j-import/import.sh
    """
    from chainatlas.graph.neo4j_csv import export_neo4j_csv

    out = export_neo4j_csv(_store(ctx), directory, array_delimiter=array_delimiter, database=database)
    click.echo(f"wrote {out.nodes} nodes in {len(out.node_files)} files and {out.relationships} relationships "
               f"in {len(out.relationship_files)} files to {out.directory}")
    click.echo(f"import with: bash {out.directory}/import.sh   (see {out.directory}/IMPORT.md)")


@export.command("rdf")
@click.option("--format", "fmt", type=click.Choice(["turtle", "json-ld", "nt"]), default="turtle",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="The file to write (default: standard output).")
@click.pass_context
@_errors
def rdf(ctx, fmt, output):
    """Write the store as RDF under the ChainAtlas ontology's namespace.

    Nodes are IRIs under https://w3id.org/chainatlas/id/; each edge is a
    triple and also a reified rdf:Statement carrying the edge's properties
    and its evidence (ca:Evidence with document, sentence, span, confidence).

    \b
    Example:
        chainatlas export rdf --format turtle -o chainatlas.ttl
        chainatlas export rdf --format json-ld > chainatlas.jsonld
    """
    from chainatlas.graph.rdf import export_rdf, serialize_rdf

    store = _store(ctx)
    if output:
        n = export_rdf(store, output, format=fmt)
        click.echo(f"wrote {n} triples to {output}")
    else:
        click.echo(serialize_rdf(store, format=fmt), nl=False)
