"""Gap analysis commands: gaps, targets, compare, plan-targets, attract."""

import csv
import io
import json
import os
import sys

import click

from chainatlas.cli import _errors, _store, cli

FORMATS = ["table", "csv", "json", "xlsx"]
_RATING_COLOURS = {"优势": "green", "潜力": "cyan", "薄弱": "yellow", "空白": "red"}
_KIND_COLOURS = {"断点": "bold red", "补链": "magenta", "延链": "blue", "强链": "yellow"}


def _format_option(f):
    f = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                     help="Write to this file instead of the terminal (required for xlsx).")(f)
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)(f)


def emit(rows, columns, fmt, output=None, *, title="", data=None, colour=None):
    """Print or write `rows` (lists, in `columns` order) as a rich table, CSV, JSON or an Excel sheet.

    `data` is what JSON prints (defaults to the rows as objects); `colour`
    maps (column index, value) to a rich style for the table.
    """
    if fmt == "xlsx":
        if not output:
            raise click.UsageError("--format xlsx needs -o FILE.xlsx")
        import pandas as pd

        pd.DataFrame(rows, columns=columns).to_excel(output, index=False, sheet_name=(title or "report")[:31])
        click.echo(f"wrote {len(rows)} rows to {output}", err=True)
        return
    if fmt == "json":
        text = json.dumps(data if data is not None else [dict(zip(columns, r)) for r in rows],
                          ensure_ascii=False, indent=2)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        w.writerows(rows)
        text = buf.getvalue().rstrip("\n")
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(title=title, show_lines=True)
        for c in columns:
            t.add_column(str(c), overflow="fold")
        for r in rows:
            cells = []
            for i, v in enumerate(r):
                s = "—" if v in (None, "") else str(v)
                style = colour(i, v) if colour else None
                cells.append(f"[{style}]{s}[/]" if style else s)
            t.add_row(*cells)
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                Console(file=fh, width=160, no_color=True).print(t)
            return
        Console(width=max(120, Console().width)).print(t)
        return
    if output:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            fh.write(text + "\n")
    else:
        click.echo(text)


def _short_doc(e):
    return os.path.basename(e.get("document") or "")


def print_analysis(a, fmt="table", output=None):
    """Print a :class:`~chainatlas.queries.analysis.ChainAnalysis`."""
    cols = ["#", "段", "环节", "评级", "缺口", "优先级", "状态", "企业 / 项目", "证据"]
    rows = []
    for r in a.links:
        who = "、".join([e["name"] + (f"({'/'.join(e['roles'])})" if e["roles"] else "") for e in r.enterprises]
                       + [f"{p['name']}({p['stage'] or '阶段未明'})" for p in r.projects])
        ev = "\n".join(f"“{(e['sentence'] or '')[:80]}” —{_short_doc(e)}" for e in r.evidence[:2])
        name = r.name if r.step == r.name else f"{r.name}({r.step})"
        if r.in_plan:
            name += " *"
        kind = (r.gap_kind or "") + ("·招引" if r.wanted else "")
        rows.append([r.position, r.segment, name, r.rating, kind, r.priority, r.status, who, ev])
    title = f"{a.chain} · {a.scope}" + (f" (参考链: {a.reference})" if a.reference else "") + \
        f" · 完整度 {a.completeness:.0%}"

    def colour(i, v):
        if i == 3:
            return _RATING_COLOURS.get(v)
        if i == 4 and v:
            return _KIND_COLOURS.get(v.split("·")[0])
        return None

    emit(rows, cols, fmt, output, title=title, data=a.as_dict(), colour=colour)
    if fmt == "table" and not output:
        click.echo("* = a step the plan writes; 缺口: 断点 break point, 补链 fill, 延链 extend, 强链 strengthen; "
                   "·招引 = the plan wants it; 优先级 1 is the most urgent")


@cli.command()
@click.option("--chain", required=True, help="A chain's name, part of it, or a link that only one chain has.")
@click.option("--scope", required=True, help="A region or park (its sub-regions and sub-parks are included).")
@click.option("--no-library", is_flag=True, help="Analyse the plan's own steps only, not its reference chain.")
@_format_option
@click.pass_context
@_errors
def gaps(ctx, chain, scope, no_library, fmt, output):
    """Rate every link of a chain in a region or park and list its gaps.

    Each link gets a rating (优势 advantage / 潜力 potential / 薄弱 weak /
    空白 blank) from the enterprises and projects at it inside the scope, a
    gap kind (断点 / 补链 / 延链 / 强链) and a priority; a plan's chain is
    completed with the links of the reference chain it matches.  The rules
    are in ``chainatlas.queries.analysis``.

    \b
    Example:
        chainatlas gaps --chain 工业硅 --scope 甘州区
        chainatlas gaps --chain 绿电制绿氢 --scope 甘州区 --format xlsx -o gaps.xlsx
    """
    from chainatlas.queries.analysis import analyse_chain

    print_analysis(analyse_chain(_store(ctx), chain, scope, library=not no_library), fmt, output)


@cli.command()
@click.option("--chain", required=True, help="A chain's name, part of it, or a link that only one chain has.")
@click.option("--scope", required=True, help="The region or park whose gaps are to be filled.")
@click.option("--link", help="One gap link; default: every gap of the chain, most urgent first.")
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Candidates per gap.")
@_format_option
@click.pass_context
@_errors
def targets(ctx, chain, scope, link, limit, fmt, output):
    """Rank enterprises outside the scope that could fill the chain's gaps.

    The score adds points for operating the exact link, operating links
    next to what the scope already has, being in the same city, province or
    a neighbouring province, role (链主/龙头/…) and project size, times the
    evidence confidence; each candidate lists its reasons.

    \b
    Example:
        chainatlas targets --chain 工业硅 --scope 甘州区 --link 多晶硅
    """
    from chainatlas.queries.analysis import analyse_chain
    from chainatlas.queries.targets import rank_targets

    st = _store(ctx)
    a = analyse_chain(st, chain, scope)
    gaps = [r for r in a.links if r.name == link or r.step == link] if link else a.gaps
    if link and not gaps:
        # the NotFoundError of rank_targets names the chain's links
        rank_targets(st, a.chain_id, a.scope_id, link, analysis=a)
    rows, data = [], []
    for g in gaps:
        cands = rank_targets(st, a.chain_id, a.scope_id, g.name, limit=limit, analysis=a)
        data.append({"link": g.name, "gap_kind": g.gap_kind, "priority": g.priority,
                     "candidates": [c.as_dict() for c in cands]})
        for i, c in enumerate(cands, 1):
            rows.append([g.name, g.gap_kind or g.rating, g.priority, i, c.name, c.region, c.score,
                         "; ".join(c.reasons)])
        if not cands:
            rows.append([g.name, g.gap_kind or g.rating, g.priority, None, "(none found)", None, None, None])
    emit(rows, ["环节", "缺口", "优先级", "排名", "企业", "所在地", "得分", "理由"], fmt, output,
         title=f"招商目标 · {a.chain} · {a.scope}", data=data)


@cli.command()
@click.option("--chain", required=True, help="A chain's name, part of it, or a link that only one chain has.")
@click.option("--scopes", help="Regions or parks to compare, comma-separated.")
@click.option("--within", help="Compare the sub-regions of this region.")
@click.option("--focus", help="Also show which of the others covers this scope's gaps (complementarity).")
@_format_option
@click.pass_context
@_errors
def compare(ctx, chain, scopes, within, focus, fmt, output):
    """Compare regions on one chain: ratings per link, completeness, complementarity.

    \b
    Example:
        chainatlas compare --chain 光伏 --within 张掖市 --focus 甘州区
        chainatlas compare --chain 工业硅 --scopes 甘州区,临泽县,高台县 --format csv
    """
    from chainatlas.queries.compare import compare_regions, sub_regions

    st = _store(ctx)
    names = [s.strip() for s in (scopes or "").split(",") if s.strip()]
    if within:
        names += [i for i in sub_regions(st, within) if i not in names]
    if focus and focus not in names:
        names.insert(0, focus)
    if len(names) < 1:
        raise click.UsageError("give --scopes a,b,… or --within REGION")
    c = compare_regions(st, chain, names)
    comp = c.completeness()
    matrix = c.matrix()
    scopes_ = list(matrix)
    rows = [[link, *[matrix[s].get(link, "") for s in scopes_]] for link in c.links]
    rows.append(["完整度", *[f"{comp[s]:.0%}" for s in scopes_]])
    data = c.as_dict()
    if focus:
        focus_name = next(iter(c.analyses))
        data["complementarity"] = c.complementarity(focus_name)
    emit(rows, ["环节", *scopes_], fmt, output, title=f"地区对比 · {c.chain}", data=data,
         colour=lambda i, v: _RATING_COLOURS.get(v) if i >= 1 else None)
    if focus and fmt == "table":
        comp_rows = [[g["link"], g["gap_kind"], g["priority"],
                      "、".join(f"{s}({r})" for s, r in g["covered_by"]) or "—"]
                     for g in data["complementarity"]]
        emit(comp_rows, ["缺口环节", "缺口", "优先级", "可互补的地区(评级)"], "table",
             title=f"互补 · {focus_name} 的缺口由谁补")


@cli.command("plan-targets")
@click.option("--scope", help="Only targets for this region or park.")
@click.option("--industry", help="Only industries whose name contains this.")
@_format_option
@click.pass_context
@_errors
def plan_targets_cmd(ctx, scope, industry, fmt, output):
    """The figures plans set per industry and year: expected (预计) vs goal (力争/目标).

    \b
    Example:
        chainatlas plan-targets --scope 甘州区 --format csv
    """
    from chainatlas.queries.compare import plan_targets

    rows = plan_targets(_store(ctx), scope=scope, industry=industry)
    table = [[r["industry"], r["metric"], r["year"], r["value"], r["unit"], r["kind"], r["place"],
              "\n".join(f"{os.path.basename(s['document'] or '')}" for s in r["sources"][:2])] for r in rows]
    emit(table, ["产业", "指标", "年份", "数值", "单位", "类型", "地区", "来源"], fmt, output,
         title="规划目标", data=rows)


@cli.command()
@click.option("--scope", required=True, help="The region or park the list is for.")
@click.option("--chain", "chains", multiple=True, help="Only these chains (repeatable); default: every chain "
              "that concerns the scope.")
@click.option("--limit", type=click.IntRange(1), default=5, show_default=True, help="Candidates per gap.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The .xlsx file to write.")
@click.pass_context
@_errors
def attract(ctx, scope, chains, limit, output):
    """Write the Excel 招商清单: an overview, then one sheet per chain with its gaps and candidates.

    \b
    Example:
        chainatlas attract --scope 甘州区 -o 甘州区招商清单.xlsx
    """
    from chainatlas.viz.workbook import write_attraction_list

    written = write_attraction_list(_store(ctx), scope, output, chains=list(chains) or None, limit=limit)
    click.echo(f"wrote {len(written)} chain sheets to {output}: " + "、".join(written))
    sys.stdout.flush()
