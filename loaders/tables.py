"""Enterprise and project lists kept as spreadsheets (.csv, .xlsx).

Officials keep 企业名录 and 重点项目清单 as tables.  The usual Chinese
headers are recognised (:data:`ENTERPRISE_COLUMNS`, :data:`PROJECT_COLUMNS`);
a mapping can override them.  Each row becomes records with the row as its
evidence; a row with a problem is reported with its row number and skipped,
and the good rows are kept.

Examples
--------
>>> import io
>>> from chainatlas.loaders.tables import extract_rows
>>> rows = [["企业名称", "所在地", "主营产品"], ["甘肃某硅业有限公司", "甘肃省张掖市甘州区", "多晶硅、单晶硅"]]
>>> x = extract_rows(rows, doc_id="list.csv")
>>> x.enterprises[0]["products"], x.enterprises[0]["region"]
(['多晶硅', '单晶硅'], '甘州区')
"""

import csv
import io
import re

from chainatlas.exceptions import InputError
from chainatlas.loaders.records import Extraction, evidence
from chainatlas.ontology.regions import region_index
from chainatlas.loaders.text import capacity_products, normalise_product
from chainatlas.ontology.names import to_simplified
from chainatlas.ontology.vocab import ROLES, STAGES

__all__ = ["ENTERPRISE_COLUMNS", "PROJECT_COLUMNS", "extract_rows", "read_table", "table_kind",
           "parse_column_mapping"]

# field -> headers that mean it (first match wins)
ENTERPRISE_COLUMNS = {
    "name": ("企业名称", "单位名称", "公司名称", "企业全称", "名称"),
    "short": ("简称", "企业简称"),
    "park": ("所在园区", "园区", "入驻园区"),
    "region": ("所在地", "所在地区", "地址", "注册地", "所属地区", "县区"),
    "products": ("主营产品", "主要产品", "产品", "经营范围"),
    "chain": ("所属产业链", "产业链", "所属链条"),
    "roles": ("企业类型", "荣誉", "企业类型/荣誉", "类型", "资质"),
}
PROJECT_COLUMNS = {
    "name": ("项目名称", "名称"),
    "enterprise": ("建设单位", "项目单位", "业主单位", "实施主体", "投资主体"),
    "content": ("建设内容及规模", "建设内容", "建设规模", "主要建设内容"),
    "investment": ("总投资", "总投资（亿元）", "总投资(亿元)", "计划总投资", "投资额"),
    "place": ("建设地点", "所在园区", "地点", "项目地址", "所在地"),
    "stage": ("建设阶段", "进度", "建设进度", "项目阶段", "阶段", "状态"),
    "year": ("年度", "年份", "建设年度", "开工年份"),
}
_STAGE_WORDS = (("投产", "投产"), ("竣工", "竣工"), ("建成", "竣工"), ("在建", "在建"), ("续建", "在建"),
                ("开工", "开工"), ("新建", "开工"), ("签约", "签约"), ("前期", "谋划"), ("谋划", "谋划"),
                ("储备", "谋划"))


def _norm_header(h):
    return re.sub(r"\s+", "", to_simplified(str(h or ""))).replace("(", "（").replace(")", "）")


def _match_columns(header, spec, mapping=None):
    hdr = [_norm_header(h) for h in header]
    found = {}
    for field, names in spec.items():
        wanted = [mapping[field]] if mapping and field in mapping else list(names)
        for w in wanted:
            w = _norm_header(w)
            for i, h in enumerate(hdr):
                if h == w or (field == "investment" and h.startswith(w)):
                    found[field] = i
                    break
            if field in found:
                break
    return found


def table_kind(header, mapping=None):
    """What a table with this header lists, and the columns recognised.

    Returns
    -------
    (str or None, dict)
        ``"projects"``, ``"enterprises"`` or None, and ``field -> column index``.

    Examples
    --------
    >>> table_kind(["序号", "项目名称", "总投资（万元）"])
    ('projects', {'name': 1, 'investment': 2})
    >>> table_kind(["指标", "2025年"])
    (None, {})
    """
    ent = _match_columns(header, ENTERPRISE_COLUMNS, mapping)
    proj = _match_columns(header, PROJECT_COLUMNS, mapping)
    # (项目 alone over a column, with no other column of a project list, is the items of a score sheet: 项目 满分 得分)
    if "name" in proj and _norm_header(header[proj["name"]]).startswith("项目") and \
            (len(proj) > 1 or _norm_header(header[proj["name"]]) != "项目"):
        return "projects", proj
    if "name" in ent:
        return "enterprises", ent
    return None, {}


def parse_column_mapping(spec):
    """Parse ``'header=field,…'`` (the CLI's ``--columns``) into a ``field -> header`` mapping.

    Fields are the keys of :data:`ENTERPRISE_COLUMNS` and :data:`PROJECT_COLUMNS`.

    Examples
    --------
    >>> parse_column_mapping("单位=name, 计划投资（万元）=investment")
    {'name': '单位', 'investment': '计划投资（万元）'}
    >>> parse_column_mapping("单位=firm")
    Traceback (most recent call last):
    ...
    chainatlas.exceptions.InputError: --columns: unknown field 'firm' in '单位=firm'; fields: name, short, ...
    """
    fields = list(dict.fromkeys(list(ENTERPRISE_COLUMNS) + list(PROJECT_COLUMNS)))
    mapping = {}
    for part in re.split(r"[,，]", spec or ""):
        if not part.strip():
            continue
        header, eq, field = part.partition("=")
        header, field = header.strip(), field.strip()
        if not eq or not header or not field:
            raise InputError(f"{part.strip()!r} is not header=field", "--columns")
        if field not in fields:
            raise InputError(f"unknown field {field!r} in {part.strip()!r}; fields: {', '.join(fields)}", "--columns")
        mapping[field] = header
    return mapping


def _split(s):
    return [p.strip() for p in re.split(r"[、,，;；/|]", s or "") if p.strip()]


def _region_of(text):
    idx = region_index()
    best = None
    ctx = set()
    for s, e, name in idx.finditer(text or ""):
        r = idx.resolve(name, ctx)
        if r is not None:
            best = r
            ctx.add(r.adcode)
    return best.name if best else None


def _investment(raw, row_no, source, header=""):
    s = (raw or "").strip()
    if not s:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(亿元|亿|万元|万)?", s.replace(",", ""))
    if not m:
        raise InputError(f"总投资 {s!r} is not a number", source, f"row {row_no}")
    v = float(m.group(1))
    # a bare number is in the header's unit: 总投资（万元）
    if m.group(2) in ("万元", "万") or (m.group(2) is None and "万元" in header):
        v = v / 10000
    return v


def _stage(raw):
    s = (raw or "").strip()
    if s in STAGES:
        return s
    for w, st in _STAGE_WORDS:
        if w in s:
            return st
    return None


def extract_rows(rows, doc_id, mapping=None, kind=None):
    """Records from the rows of a table (the first row is the header).

    Parameters
    ----------
    rows : iterable of list
    doc_id : str
    mapping : dict, optional
        ``field -> header`` overrides, e.g. ``{"name": "单位"}``.
    kind : {"enterprises", "projects"}, optional
        What the table lists; guessed from the header by default.
    """
    rows = iter(rows)
    try:
        header = next(rows)
    except StopIteration:
        raise InputError("the table is empty", doc_id) from None
    if kind is None:
        kind = table_kind(header, mapping)[0]
        if kind is None:
            what = f"no {mapping['name']} column" if mapping and "name" in mapping else "no 企业名称 or 项目名称 column"
            raise InputError(f"{what} in the header ({', '.join(_norm_header(h) for h in header)}); "
                             "map one with --columns 'header=name'", doc_id, "row 1")
    cols = _match_columns(header, PROJECT_COLUMNS if kind == "projects" else ENTERPRISE_COLUMNS, mapping)
    if "name" not in cols:
        name = mapping["name"] if mapping and "name" in mapping else ("项目名称" if kind == "projects" else "企业名称")
        raise InputError(f"missing column {name}", doc_id, "row 1")
    x = Extraction(doc_id=doc_id, title=doc_id, source_format="table")
    names = [_norm_header(h) for h in header]
    first_error = None
    for row_no, row in enumerate(rows, start=2):
        cells = [str(c).strip() if c is not None else "" for c in row]
        if not any(cells):
            continue
        get = lambda f: cells[cols[f]] if f in cols and cols[f] < len(cells) else ""  # noqa: E731
        text = "; ".join(f"{h}={v}" for h, v in zip(names, cells) if v)
        ev = [evidence(row_no, row_no, f"第{row_no}行: {text}", 0.95)]
        try:
            name = to_simplified(get("name"))
            if not name:
                raise InputError(f"empty {names[cols['name']]}", doc_id, f"row {row_no}")
            if kind == "enterprises":
                short = to_simplified(get("short"))
                region = _region_of(get("region"))
                roles = [r for r in _split(get("roles")) if r in ROLES]
                rec = {"name": short or name, "full_name": name if short else None,
                       "aliases": [name] if short else [], "roles": roles, "park": get("park") or None,
                       "region": region, "explicit_place": True,
                       "products": [normalise_product(p) for p in _split(to_simplified(get("products")))],
                       "chains": _split(get("chain")), "evidence": ev}
                x.enterprises.append(rec)
                if rec["park"]:
                    x.parks.append({"name": rec["park"], "parent": None, "region": region, "evidence": ev})
            else:
                content = to_simplified(get("content"))
                products = capacity_products(content)
                year = get("year")
                if year and not re.fullmatch(r"(19|20)\d{2}", year.strip().rstrip("年")):
                    raise InputError(f"年度 {year!r} is not a year", doc_id, f"row {row_no}")
                place = to_simplified(get("place"))
                region = _region_of(place)
                park = place if place and place != region and not region_index().is_region_name(place) else None
                rec = {"name": name, "enterprise": to_simplified(get("enterprise")) or None,
                       "products": products, "phase": None,
                       "investment": _investment(get("investment"), row_no, doc_id,
                                                 names[cols["investment"]] if "investment" in cols else ""),
                       "stage": _stage(get("stage")), "year": int(year.strip().rstrip("年")) if year else None,
                       "park": park, "region": region, "content": content, "evidence": ev}
                x.projects.append(rec)
                if park:
                    x.parks.append({"name": park, "parent": None, "region": region, "evidence": ev})
                if rec["enterprise"]:
                    x.enterprises.append({"name": rec["enterprise"], "roles": [], "park": None, "region": None,
                                          "evidence": ev})
        except InputError as e:
            x.problems.append(str(e))
            first_error = first_error or e
    if x.problems and not (x.enterprises or x.projects):  # nothing to keep: the file is refused
        raise InputError(f"no row could be read ({len(x.problems)} bad, the first at {first_error.where}: "
                         f"{first_error.message})", doc_id)
    return x


def read_table(path, data: bytes, doc_id=None, mapping=None, kind=None):
    """Read a .csv or .xlsx file's bytes into an :class:`Extraction`."""
    doc_id = doc_id or str(path)
    if str(path).lower().endswith((".xlsx", ".xlsm")):
        import openpyxl

        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as e:  # openpyxl raises many kinds for a broken file
            raise InputError(f"not a readable .xlsx workbook ({e.__class__.__name__})", path) from None
        rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    else:
        from chainatlas.loaders.files import decode_text

        reader = csv.reader(io.StringIO(decode_text(data, path), newline=""))
        try:
            rows = list(reader)
        except csv.Error as e:
            raise InputError(f"not a readable CSV file ({e})", path, f"line {reader.line_num}") from None
    return extract_rows(rows, doc_id, mapping=mapping, kind=kind)
