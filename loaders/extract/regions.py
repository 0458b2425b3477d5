"""Regions: the region names of a document (scan, scope, emission) as :class:`_RegionsMixin`, with the county
tables and regexes only they use.
"""

import functools
import re
from collections import Counter

import ahocorasick_rs

from . import lexicon
from .lexicon import _ANON_PLACE, _finditer_at, H, _literal_starts, _strip_lead

# called as name.method(): bound by assignment, not imported by name (see chainatlas.loaders.extract)
_PARK_SUFFIX_RE = lexicon._PARK_SUFFIX_RE

__all__ = ["_RegionsMixin"]


@functools.lru_cache(maxsize=4)
def _counties_by_parent(index):
    """Prefecture adcode -> ``[(short name, county)]`` of the counties under it."""
    out = {}
    for short, rs in index.by_county_short.items():
        if len(short) >= 2:
            for r in rs:
                out.setdefault(r.parent, []).append((short, r))
    return out


@functools.lru_cache(maxsize=64)
def _names_automaton(names):
    """An Aho-Corasick automaton of `names` (a tuple), reporting every occurrence of each (overlapping)."""
    return ahocorasick_rs.AhoCorasick(list(names), implementation=ahocorasick_rs.Implementation.DFA)


def _names_present(text, names):
    """The `names` (non-empty strings, in a fixed order) that occur in `text`, in one pass in compiled code
    (overlapping matches: a name inside a longer one counts)."""
    if not names:
        return set()
    return set(_names_automaton(tuple(names)).find_matches_as_strings(text, overlapping=True))


_COUNTY_SUFFIX = re.compile(r"[县区市旗]")
# a route named after the places it joins (甲乙铁路, 甲乙高速)
_ROUTE_AFTER = re.compile(r"铁路|高铁|公路|高速|航线|管道|管线|运河|大道")
# the items of a list of places: 、 or a dash between them (甲—乙—丙沿江带)
_PLACE_SEP = re.compile(r"[、—\-]")
_NEXT_PLACE = re.compile(r"(?:[^、,。;—\-]*?、|[—\-])([^、,。;—\-]+)")
# a region name in front of an institution's name belongs to the institution (兰州大学)
# what follows a region's name inside an institution's name (兰州大学, 某地交通大学, 某地化学物理研究所)
_ORG_AFTER = re.compile(rf"大学|学院|理工|师范|研究|科学院|银行|日报|(?:(?![与和及同跟的在向对为、])[{H}]){{1,4}}?"
                        r"(?:大学|学院|研究院|研究所)")
# how a text names its own region: 全区, 我市, 本县
_SELF_REF = re.compile(r"[全我本]([区县市省])")


def _self_refs(text):
    """How often the text names itself with each suffix: ``Counter(_SELF_REF.findall(text))``, every suffix present
    (0 if unused, in the order 区县市省), found from the places of 全, 我 and 本 with str.find (the two characters of
    a match come from disjoint sets, so matches never overlap and each such place followed by a suffix is one).

    >>> _self_refs("全区和我市、本县、全区")
    Counter({'区': 2, '县': 1, '市': 1, '省': 0})
    """
    refs = Counter({suf: 0 for suf in "区县市省"})
    for lead in "全我本":
        i = text.find(lead)
        while i >= 0:
            suf = text[i + 1:i + 2]
            if suf and suf in refs:
                refs[suf] += 1
            i = text.find(lead, i + 1)
    return refs


class _RegionsMixin:
    """The regions of a document (methods of :class:`~chainatlas.loaders.extract.core._Extractor`)."""

    # ------------------------------------------------------------------ regions and scope
    def scan_regions(self):
        counts = Counter()
        mentions = {}
        self.region_mentions = list(self.region_scan(self.text))
        for s, e, name in self.region_mentions:
            counts[name] += 1
            mentions.setdefault(name, (s, e))
        ctx = {}  # adcodes in the order the text first names them (a dict keeps the order)
        for name in counts:
            c = self.regions.by_name.get(name) or [r for r in self.regions.by_short.get(name, [])
                                                   if r.level == "province"]
            if len(c) == 1:
                ctx[c[0].adcode] = None
                ctx.update((a.adcode, None) for a in self.regions.ancestors(c[0]))
        self.context = set(ctx)
        self.provinces = {c[:2] for c in ctx}
        self.region_counts = counts
        # the suffix the text uses of itself, then the region with that suffix it names
        # in full most often; an anonymised text (xx市) gets no scope
        full = Counter({n: c for n, c in counts.items() if n in self.regions.by_name})
        text = self.text
        suf, n = _self_refs(text).most_common(1)[0]
        named = [(c, name) for name, c in full.items() if name.endswith(suf)]
        # (an anonymised place opens with x or X: a text without either has none)
        # (_ANON_PLACE.finditer tried only where an x or X stands: a match starts with one)
        anonymised = next((a for a in _finditer_at(_ANON_PLACE, text, _literal_starts(text, "xX"))
                           if not (a.start() and self.text[a.start() - 1].isascii() and self.text[a.start() - 1].isalpha())),
                          None) if "x" in self.text or "X" in self.text else None
        if n and named:
            self.x.scope["region"] = max(named)[1]
        elif anonymised:  # an anonymised text (xx市): keep the name, flagged, never guess
            self.x.scope["unresolved"] = anonymised.group(0)
        elif full:
            self.x.scope["region"] = full.most_common(1)[0][0]
        scope = self.regions.resolve(self.x.scope["region"]) if self.x.scope.get("region") else None
        self.home_province = scope.adcode[:2] if scope else (
            # the province named most, the first named of equals
            Counter(c[:2] for c in ctx).most_common(1)[0][0] if ctx else None)
        # initials of the regions the text names: 嘉北 (north of 嘉峪关) is a place-like park prefix
        self.region_initials = {n[0] for n in counts if len(n) >= 2}

    def _standalone(self, s, e):
        """A region name standing as a word of its own: in a list, before 等地/市, after 在/赴/与…"""
        before = self.text[s - 1] if s > 0 else "\n"
        after = self.text[e] if e < len(self.text) else "\n"
        return (not re.match(rf"[{H}]", before) or before in "在赴与和到至及对向从经由、")\
            and (not re.match(rf"[{H}]", after) or after in "、等和与及的地一市省")

    def emit_regions(self):
        """One record per region the text names, leaving out names inside firms' and institutions' names.

        A short name of a region outside the document's own province counts only
        where it stands as a word (在北京、深圳、西安等9个城市; not 复合肥 or
        兰州大学).  A county's short name (泾川, 西峰) counts when the text names
        its prefecture and writes it as a place: in a list, in parentheses or in
        front of a park type.
        """
        seen = {}
        home_of = {}
        for s, e, name in self.region_mentions:
            if name in seen or s in self.firm_spans or _ORG_AFTER.match(self.text, e):
                continue
            if name[-1] == "区" and self.text.startswith("域", e):
                continue  # 蒙西区域: the word 区域 (a region), not the district 西区
            if name not in self.regions.by_name:
                if name not in home_of:
                    cands = self.regions.by_short.get(name, [])
                    home_of[name] = any(r.level == "province" or r.adcode[:2] == self.home_province for r in cands)
                if not home_of[name] and not self._standalone(s, e) and s not in self._park_starts:
                    continue  # (a region that starts a park's name is named: 某市经济技术开发区)
            seen[name] = (s, e)
        # county short names, where the prefecture is named
        prefectures = {c for c in self.context if c[2:] != "0000" and c[4:] == "00"}
        for name in seen:
            r = self.resolve_region(name)
            if r is not None and r.level == "city":
                prefectures.add(r.adcode)
        county = {}
        by_parent = _counties_by_parent(self.regions)
        for code in sorted(prefectures):
            for short, r in by_parent.get(code, ()):
                county.setdefault(short, r)
        text = self.text
        present = _names_present(text, county)  # (the names below that occur: the loop finds no other)
        for short in county:
            if short not in present:
                continue  # it never occurs: the loop below would find nothing
            s = text.find(short)
            tries = 0
            while s >= 0 and tries < 50:  # a county name that is a word (合作) is not looked at forever
                tries += 1
                e = s + len(short)
                if s not in self.firm_spans and not _ROUTE_AFTER.match(text, e) and not any(
                        rs == 0 and re_ > len(short) for rs, re_, _n in self.region_scan(text[s:s + 8])):
                    # not 甲乙铁路 (a route between two places) nor the start of a longer region's name
                    before = text[s - 1] if s else "\n"
                    after = text[e:e + 8]
                    if (before == "(" and after[:1] == ")") or _PARK_SUFFIX_RE.match(after) or \
                            _COUNTY_SUFFIX.match(after) or self._place_neighbour(s, e, county):
                        seen.setdefault(short, (s, e))
                        break
                s = text.find(short, e)
        for name, (s, e) in seen.items():
            r = self.regions.resolve(name, self.context)
            conf = 0.9 if r is not None and r.name == name else (0.7 if r is not None else 0.4)
            self.add("regions", r.adcode if r else name, {
                "name": r.name if r else name, "mention": name, "adcode": r.adcode if r else None,
                "level": r.level if r else None,
                "parents": [a.name for a in self.regions.ancestors(r)] if r else [],
                "resolved": r is not None, "evidence": [self.ev(s, e, conf)],
            })

    def _place_neighbour(self, s, e, county_pat):
        """True when a neighbour of text[s:e] in a 、-list is a place too (东城、西城、南城; 北山、河口、新区…)."""
        # (item starts with a name of county_pat exactly when its first k characters are one, for k a length of
        # those names: a few lookups instead of a test of each name)
        lens = self.__dict__.get("_county_lens")
        if lens is None or lens[0] is not county_pat:
            lens = self._county_lens = (county_pat, sorted({len(c) for c in county_pat}))

        def is_place(item):
            item = _strip_lead(item, cut=False).strip("“”\"")
            item = _strip_lead(item, cut=False)
            return bool(item) and (any(item[:k] in county_pat for k in lens[1]) or any(
                st == 0 for st, _e, _n in self.region_scan(item[:6])))
        text = self.text
        if s > 0 and text[s - 1] in "、—-":  # 东城、西城; 甲—乙—丙 (the places a belt joins)
            prev = _PLACE_SEP.split(text[self.clause_start(s - 1): s - 1])[-1]
            if is_place(prev):
                return True
        nxt = _NEXT_PLACE.match(text, e, e + 20)
        return bool(nxt and is_place(nxt.group(1)))

    def resolve_region(self, name):
        return self.regions.resolve(name, self.context)
