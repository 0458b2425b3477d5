"""``chainatlas push`` and ``chainatlas report``: the graph in Neo4j, and the Cypher report library."""

import csv
import json
import os
import sys

import click

from chainatlas.cli import _errors, _fail, _store, cli

PASSWORD_ENV = "NEO4J_PASSWORD"


def _password(uri, user):
    """From NEO4J_PASSWORD, else a hidden prompt; never from the command line."""
    pw = os.environ.get(PASSWORD_ENV)
    if pw is not None:
        return pw
    return click.prompt(f"Password for {user} at {uri} (or set {PASSWORD_ENV})", hide_input=True, err=True)


def _connect(uri, user, database):
    from chainatlas.graph.bolt import connect

    return connect(uri, user, _password(uri, user), database=database)


@cli.command()
@click.option("--uri", required=True, help="The Bolt server, e.g. bolt://localhost:7687 or neo4j://host:7687.")
@click.option("--user", default="neo4j", show_default=True)
@click.option("--database", help="The database to write to (the server's default when omitted).")
@click.option("--batch-size", type=click.IntRange(1), default=500, show_default=True,
              help="Rows per UNWIND batch and transaction.")
@click.pass_context
@_errors
def push(ctx, uri, user, database, batch_size):
    """Mirror the store into Neo4j (or another Bolt server).

    Creates uniqueness constraints and indexes, MERGEs nodes then
    relationships in batches, and removes what an earlier push wrote that the
    store no longer has (only nodes and relationships carrying the
    chainatlas_push marker; other data is untouched). Pushing twice changes
    nothing. The password comes from NEO4J_PASSWORD or a prompt.

    \b
    Example:
        NEO4J_PASSWORD=secret chainatlas push --uri bolt://localhost:7687
    """
    from chainatlas.graph.bolt import push as do_push
    from chainatlas.graph.propgraph import property_graph

    store = _store(ctx)
    pg = property_graph(store)
    driver = _connect(uri, user, database)
    try:
        with click.progressbar(length=len(pg.nodes) + len(pg.rels), label="pushing", file=sys.stderr) as bar:
            res = do_push(store, driver, database=database, batch_size=batch_size, progress=bar.update, graph=pg)
    finally:
        driver.close()
    for note in res.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(f"pushed {res.nodes} nodes and {res.relationships} relationships to {uri} in {res.seconds:.1f} s; "
               f"removed {res.deleted_nodes} stale nodes and {res.deleted_relationships} stale relationships")


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, list):
        return "、".join(_cell(x) if not isinstance(x, dict) else json.dumps(x, ensure_ascii=False) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def _print_rows(rep, rows, fmt):
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    cols = list(rows[0]) if rows else []
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r[c]) for c in cols])
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"{rep.title} ({len(rows)} rows)", show_lines=True)
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*(_cell(r[c])[:300] for c in cols))
    Console(width=max(120, Console().width)).print(t)


def _list_reports():
    from chainatlas.queries.reports import reports

    for rep in reports():
        click.echo(f"{rep.name:14} {rep.title}")
        for p in rep.params:
            click.echo(f"{'':14}   --param {p.describe()}: {p.description}")


def _parse_params(pairs):
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            _fail(f"--param {pair!r}: expected NAME=VALUE")
        out[key.strip()] = value
    return out


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A report parameter; repeat for several (lists are comma-separated).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--uri", help="Run on this Bolt server (Neo4j) instead of a local ArcadeDB engine loaded from the "
                            "store.")
@click.option("--user", default="neo4j", show_default=True, help="With --uri.")
@click.option("--database", help="With --uri: the database (the server's default when omitted).")
@click.option("--show", is_flag=True, help="Print the report's Cypher (and a :params line for Neo4j Browser).")
@click.pass_context
@_errors
def report(ctx, name, params, fmt, uri, user, database, show):
    """List the Cypher reports, or run one.

    Without --uri, a local ArcadeDB engine (pip install 'chainatlas[arcadedb]')
    is started on loopback with a random password, loaded from the store, and
    stopped afterwards. With --uri, the report runs on that server (push the
    store there first); the password comes from NEO4J_PASSWORD or a prompt.
    Reports run in read transactions.

    \b
    Example:
        chainatlas report
        chainatlas report gaps --param chain=工业硅—多晶硅—拉晶切片 --param scope=甘州区
        chainatlas report pipeline --param scope=甘州区 --format json --uri bolt://localhost:7687
    """
    from chainatlas.queries.reports import report as get_report, run_report

    if name is None:
        _list_reports()
        return
    rep = get_report(name)
    bound = rep.bind(_parse_params(params))  # a bad parameter fails before any engine starts
    if show:
        click.echo(f"// {rep.path}\n{rep.browser_params()}\n\n{rep.query}")
        return
    if uri:
        driver = _connect(uri, user, database)
        try:
            rows = run_report(driver, rep, bound, database=database)
        finally:
            driver.close()
    else:
        from chainatlas.graph.arcade import LocalEngine

        store = _store(ctx)
        with LocalEngine(store) as engine:
            rows = run_report(engine.driver, rep, bound, database=engine.database)
            st = engine.stats
        rss = f", {st['rss_bytes'] / 2**20:.0f} MB resident" if st.get("rss_bytes") else ""
        click.echo(f"local ArcadeDB engine: started in {st['start_seconds']:.1f} s, loaded {st['pushed_rows']} rows "
                   f"in {st['push_seconds']:.1f} s ({st['rows_per_second']:.0f} rows/s){rss}", err=True)
    _print_rows(rep, rows, fmt)
