"""The Excel 招商清单 (attraction list): one sheet per chain, gaps and ranked candidates.

The workbook opens with a 总览 (overview) sheet - one row per chain with its
reference chain, completeness and the number of links per rating and gap
kind - followed by one sheet per chain.  A chain sheet has one row per
(gap, candidate enterprise): the gap's link, kind, priority, rating and
whether the plan wants it, what the scope already has there, then the
candidate's rank, name, region, score and reasons, and the evidence sentences
with their documents.  A gap nobody elsewhere fills still gets a row, with
the candidate columns empty.

Examples
--------
>>> import os, tempfile
>>> from openpyxl import load_workbook
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> x = extract_text("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。全力招引多晶硅等企业。", doc_id="p")
>>> _ = ingest_extraction(st, x, {"id": "p", "scope": x.scope})
>>> path = os.path.join(tempfile.mkdtemp(), "招商清单.xlsx")
>>> write_attraction_list(st, "甘州区", path, library=False)
['工业硅—多晶硅—拉晶切片']
>>> wb = load_workbook(path)
>>> wb.sheetnames
['总览', '工业硅—多晶硅—拉晶切片']
>>> [c.value for c in wb["工业硅—多晶硅—拉晶切片"][2]][:4]
['多晶硅', '补链', 1, '空白']
"""

import re

from chainatlas.exceptions import NotFoundError
from chainatlas.queries.analysis import RATINGS, analyse_chain, chains_in_scope
from chainatlas.queries.resolve import resolve_chain, resolve_scope
from chainatlas.queries.targets import rank_targets

__all__ = ["write_attraction_list", "CHAIN_SHEET_COLUMNS"]

CHAIN_SHEET_COLUMNS = ("环节", "缺口类型", "优先级", "评级", "规划招引", "本地已有", "候选排名", "候选企业",
                       "所在地", "得分", "理由", "证据")
_WIDTHS = (14, 8, 6, 6, 8, 28, 8, 24, 12, 6, 60, 80)


def _sheet_name(name, used):
    base = re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "chain"
    out, i = base, 2
    while out in used:
        suffix = f"~{i}"
        out, i = base[:31 - len(suffix)] + suffix, i + 1
    used.add(out)
    return out


def _style(ws, widths):
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def write_attraction_list(store, scope, path, *, chains=None, limit=5, library=True):
    """Write the 招商清单 workbook for `scope` to `path`.

    Parameters
    ----------
    store : Store
    scope : str
        A region or park.
    path : str
        The .xlsx file to write (replaced if it exists).
    chains : list of str, optional
        Chains to include (names or ids); default: every chain that concerns
        the scope (:func:`~chainatlas.queries.analysis.chains_in_scope`).
    limit : int
        Candidates per gap.
    library : bool
        Complete plan chains with their reference chains.

    Returns
    -------
    list of str
        The chains written, in sheet order.
    """
    from openpyxl import Workbook

    scope_id = scope if store.has_node(scope) else resolve_scope(store, scope)
    ids = [c if store.has_node(c) else resolve_chain(store, c) for c in chains] if chains else \
        chains_in_scope(store, scope_id)
    if not ids:
        raise NotFoundError(f"no chain concerns {store.node(scope_id)['name']}: ingest a plan or a list for it first")
    wb = Workbook()
    over = wb.active
    over.title = "总览"
    over.append(["产业链", "参考链", "完整度", *RATINGS, "断点", "补链", "延链", "强链", "工作表"])
    used = {"总览"}
    written = []
    for cid in ids:
        a = analyse_chain(store, cid, scope_id, library=library)
        name = _sheet_name(a.chain, used)
        ws = wb.create_sheet(name)
        ws.append(list(CHAIN_SHEET_COLUMNS))
        for r in a.gaps:
            have = "、".join([e["name"] for e in r.enterprises] +
                            [f"{p['name']}({p['stage'] or '阶段不明'})" for p in r.projects])
            base = [r.name if r.step == r.name else f"{r.name}({r.step})", r.gap_kind, r.priority, r.rating,
                    "是" if r.wanted else "", have]
            cands = rank_targets(store, a.chain_id, a.scope_id, r.name, limit=limit, analysis=a)
            if not cands:
                ws.append(base + ["", "", "", "", "", _evidence_text(r.evidence)])
            for i, c in enumerate(cands, 1):
                ws.append(base + [i, c.name, c.region or "", c.score, "; ".join(c.reasons),
                                  _evidence_text(c.evidence)])
        _style(ws, _WIDTHS)
        counts = a.counts()
        kinds = [sum(r.gap_kind == k for r in a.links) for k in ("断点", "补链", "延链", "强链")]
        over.append([a.chain, a.reference or "", round(a.completeness, 3), *counts.values(), *kinds, name])
        written.append(a.chain)
    _style(over, (28, 16, 8, 6, 6, 6, 6, 6, 6, 6, 6, 28))
    wb.save(path)
    return written


def _evidence_text(evidence):
    return "\n".join(f"[{e.get('document', '')}] {e.get('sentence', '')}" for e in evidence[:3])
