"""Review uncertain facts: list them, accept or reject them, undo a decision."""

import json

import click

from chainatlas.cli import _errors, _store, cli


def _table(items, below):
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"{len(items)} facts to review (confidence < {below}, and unresolved names)", show_lines=True)
    for col in ("ID", "kind", "name(s)", "conf.", "document", "sentence"):
        t.add_column(col, overflow="fold")
    for i in items:
        names = " → ".join(i.names)
        if i.unresolved:
            names += f"  [yellow](unresolved: {i.reason or 'unknown'})[/]"
        t.add_row(i.id, i.kind, names, f"{i.confidence:.2f}", (i.doc_title or i.doc_id or "—")[:30],
                  (i.sentence or "—")[:80])
    Console(width=max(120, Console().width)).print(t)


@cli.group(invoke_without_command=True)
@click.option("--below", type=click.FloatRange(0, 1), default=0.8, show_default=True,
              help="List facts whose confidence is below this.")
@click.option("--kind", help="Only this node kind (Enterprise, Park, Region, …, with the edges touching it) "
                             "or this relation (LOCATED_IN, OPERATES, …).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many.")
@click.option("--decided", is_flag=True, help="List the decisions made so far instead.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
@_errors
def review(ctx, below, kind, limit, decided, fmt):
    """List uncertain facts; accept, reject or undo them by ID.

    A fact (a node or an edge) is as confident as its most confident
    assertion. The list holds the undecided facts below --below, least
    confident first, and every region name that could not be resolved (xx市).
    IDs come from the facts themselves, so they stay the same when documents
    are ingested again. Decisions are kept in the store and survive re-ingest:
    an accepted fact counts with confidence 1.0; a rejected one leaves the
    graph (a node with its edges) and stays out.

    \b
    Example:
        chainatlas review --below 0.7 --kind Enterprise
        chainatlas review reject n3f9c2a7b1d04 --note "not a firm"
    """
    if ctx.invoked_subcommand is not None:
        return
    from chainatlas.graph.review import decisions, review_items

    store = _store(ctx)
    if decided:
        rows = decisions(store)
        if fmt == "json":
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        for d in rows:
            state = "" if d["in_graph"] or d["decision"] == "reject" else "  (no document asserts it now)"
            note = f"  — {d['note']}" if d["note"] else ""
            click.echo(f"{d['id']}  {d['decision']:6}  {d['fact']}{note}{state}")
        if not rows:
            click.echo("no decisions yet")
        return
    items = review_items(store, below=below, kind=kind, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([i.as_dict() for i in items], ensure_ascii=False, indent=2))
        return
    _table(items, below)


def _decide(ctx, what, review_id, note):
    from chainatlas.graph import review as rv

    _, desc = getattr(rv, what)(_store(ctx, writes=True), review_id, note=note)
    click.echo(f"{what}ed {review_id}: {desc}")


@review.command()
@click.argument("review_id")
@click.option("--note", help="Why (kept with the decision).")
@click.pass_context
@_errors
def accept(ctx, review_id, note):
    """Accept a fact: it leaves the review list and counts with confidence 1.0.

    \b
    Example:
        chainatlas review accept n3f9c2a7b1d04
    """
    _decide(ctx, "accept", review_id, note)


@review.command()
@click.argument("review_id")
@click.option("--note", help="Why (kept with the decision).")
@click.pass_context
@_errors
def reject(ctx, review_id, note):
    """Reject a fact: it leaves the graph now and stays out when documents are ingested again.

    Rejecting a node also removes its edges. 'chainatlas review undo ID'
    brings it back.

    \b
    Example:
        chainatlas review reject e81b0c4d2e9fa --note "wrong park"
    """
    _decide(ctx, "reject", review_id, note)


@review.command()
@click.argument("review_id")
@click.pass_context
@_errors
def undo(ctx, review_id):
    """Remove the decision on a fact; a rejected fact comes back where documents still assert it.

    \b
    Example:
        chainatlas review undo n3f9c2a7b1d04
    """
    from chainatlas.graph.review import undo as undo_

    _, desc, old = undo_(_store(ctx, writes=True), review_id)
    click.echo(f"undid {old} of {review_id}: {desc}")
