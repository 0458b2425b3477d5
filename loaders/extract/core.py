"""The extractor's core: :class:`_Extractor` (its state, the shared span, sentence, clause and list helpers, and
``run``), composed of the per-topic mixins; with the region scanner and the evidence helpers.
"""

import bisect
import functools
import re

import ahocorasick_rs

from chainatlas.loaders.normalize import _clean_text, split_sentences
from chainatlas.loaders.records import Extraction
from chainatlas.ontology.regions import region_index

from . import lexicon
from .lexicon import _LIST_SPAN, _opens_with_place, _sentence_at, _strip_lead
from .regions import _RegionsMixin
from .parks import _ParksMixin
from .chains import _ChainsMixin
from .enterprises import _EnterprisesMixin
from .projects import _ProjectsMixin
from .targets import _TargetsMixin
from .departments import _DepartmentsMixin

# called as name.method(): bound by assignment, not imported by name (see chainatlas.loaders.extract)
_ENUM_LEAD = lexicon._ENUM_LEAD
_ITEM_END = lexicon._ITEM_END
# what may stand before a list's first item once its lead words are cut: a month and its time word (3月以后|随着…)
_ITEM_LEAD = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:以后|以来|之后|后|起|中旬|下旬|上旬|底|初|末)?,?")
_ITEM_LEAD_FIRST = frozenset("0123456789一二三四五六七八九十")

__all__ = ["_Extractor"]


# what ends a wide clause (see _Extractor.wide_clause_start): the last of them in a span, by a greedy match from its start
_WIDE_LAST = re.compile(r"(?s).*[,;:。!?\n]")


# ============================================================================ scanning helpers

class _RegionScanner:
    """Every region name in a text, leftmost and longest first, like :meth:`RegionIndex.finditer`.

    One regex alternation of some 3,500 names tries each name at each
    position; an Aho-Corasick automaton (``ahocorasick_rs``, leftmost-longest)
    finds the same non-overlapping names in one pass in compiled code.
    """

    def __init__(self, index):
        self.names = sorted(set(index.by_name) | set(index.by_short))
        # (a DFA: the same leftmost-longest matches as the default automaton, found with fewer instructions a byte)
        self._ac = ahocorasick_rs.AhoCorasick(self.names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                              implementation=ahocorasick_rs.Implementation.DFA)

    def finditer(self, text):
        """``[(start, end, name)]`` for every region name in `text`, left to right."""
        names = self.names
        return [(s, e, names[k]) for k, s, e in self._ac.find_matches_as_indexes(text)]


@functools.lru_cache(maxsize=4)
def _region_scanner(index):
    return _RegionScanner(index)


class _Spans:
    """Spans of the text, added in any order, asked whether they cover a position (bisect on sorted starts)."""

    def __init__(self):
        self.spans = []
        self._starts = None

    def append(self, span):
        self.spans.append(span)
        self._starts = None

    def __iter__(self):
        return iter(self.spans)

    def __contains__(self, pos):
        if self._starts is None:
            self.spans.sort()
            self._starts = [s for s, _ in self.spans]
            self._maxend, m = [], -1
            for _, e in self.spans:
                m = max(m, e)
                self._maxend.append(m)
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._maxend[i] > pos


# confidence -> round(float(confidence), 3), the confidence evidence() stores (round with digits costs some 3,000
# instructions); bounded, and never holding a zero (0.0 == -0.0, but they round to different values)
_ROUNDED_CONF = {}


def _ev(text, start, end, conf, sentences, starts=None):
    # (_sentence_at(sentences, start, starts) inlined: the sentence whose start is the last one <= start, a
    # (start, end, text) triple and so true, else None)
    if starts is None:
        starts = [s[0] for s in sentences]
    i = bisect.bisect_right(starts, start) - 1
    if i < 0:
        sentence = text[start:end]
    else:
        s = sentences[i]
        if end > s[1]:
            # a span that runs over a sentence end (a stray ? or 。 inside a list item in
            # scraped text) is quoted with every sentence it touches
            last = _sentence_at(sentences, max(start, end - 1), starts)
            sentence = text[s[0]:max(end, last[1])]
        else:
            sentence = s[2]
    # (evidence(start, end, sentence, conf) inlined, the same dictionary, its confidence rounded once per value)
    r = _ROUNDED_CONF.get(conf)
    if r is None:
        r = round(float(conf), 3)
        if r and len(_ROUNDED_CONF) < 256:
            _ROUNDED_CONF[conf] = r
    return {"start": int(start), "end": int(end), "sentence": sentence, "confidence": r}


# characters that end a clause: a list or a name never runs over them
# a tab ends a clause too: it separates the cells of a table row (序号\t项目名称\t建设内容\t总投资)
_CLAUSE_END_CHARS = ",;:。!?\n\t()【】《》[]丨"


def _clause_marked(text, chars):
    """`text` with each of `chars` (one of them the line break) replaced by a line break: the line breaks of the
    result stand exactly where `text` holds one of `chars`, so that str.find and str.rfind of a line break in it find
    the nearest of them (a few scans in compiled code, where a character-class regex costs some 50 instructions a
    character and a list of every position costs more).

    A comma between two digits (1,4-丁二醇, 1,000吨) is part of a name or a figure and ends no clause.

    >>> _clause_marked("年产1,4-丁二醇,二期", ",")
    '年产1,4-丁二醇\\n二期'
    """
    # (a literal first: the regex engine searches for the comma, then looks at the digit after it)
    kept = [m.start() for m in _COMMA_BEFORE_DIGIT.finditer(text) if m.start() and text[m.start() - 1].isdigit()] \
        if "," in chars else ()
    for c in chars:
        if c != "\n":
            text = text.replace(c, "\n")
    if kept:
        out, at = [], 0
        for k in kept:
            out.append(text[at:k])
            out.append(",")
            at = k + 1
        out.append(text[at:])
        text = "".join(out)
    return text
_COMMA_BEFORE_DIGIT = re.compile(r",(?=\d)")
_FIRST_LINE = re.compile(r"[^\n]*\S[^\n]*")
_LIST_CLOSER = re.compile(r"等[^、,]{0,10}?(?:企业|项目|产业|单位|部门)")


@functools.lru_cache(maxsize=8)
def _and_splitter(words):
    return re.compile(rf"(?<=[^、]{{2}})(?:{words})(?=[^、]{{2}})")

# ============================================================================ the extractor

class _Extractor(_RegionsMixin, _ParksMixin, _ChainsMixin, _EnterprisesMixin, _ProjectsMixin, _TargetsMixin,
                 _DepartmentsMixin):
    def __init__(self, raw, doc_id, title=None):
        self.text, ascii_digits = _clean_text(raw)  # (= clean_text(raw); ascii_digits: no decimal digit but 0-9)
        self.x = Extraction(doc_id=doc_id, text=self.text)
        self.sentences = list(split_sentences(self.text))
        self.regions = region_index()
        self._scanner = _region_scanner(self.regions)
        # (and under the key None, which no string is, ascii_digits for find_targets: an attribute more here would
        # pass the 30 keys CPython 3.11 shares between the instances of a class, and slow every attribute access)
        self._scan_cache = {None: ascii_digits}
        fl = _FIRST_LINE.search(self.text)
        first = fl.group().strip() if fl else ""
        self.x.title = title or first[:60]
        self._seen = {}
        self._tasks = None
        # the text with every clause end (_CLAUSE_END_CHARS) written as a line break: clause_start and clause_end find
        # the nearest one with str.rfind and str.find, instead of a list of the positions of them all
        self._clause_text = _clause_marked(self.text, _CLAUSE_END_CHARS)
        self.sentence_starts = [s[0] for s in self.sentences]
        self.dept_spans = _Spans()   # department lists: names there are units, not firms
        self._dept_names = None  # the names of the units of the duty lists (see _unit_only)
        self._short_cache = (-1, set())  # (count of enterprises, their short forms): see _known_short_forms
        self.firm_spans = _Spans()   # where firm names stand: region names there are part of the name
        self.chain_spans = _Spans()  # dash chains: 制 inside them is a step, not a route
        self._park_index = None
        self._prefix_cache = {}
        self._firm_step_memo = {}  # chain step -> whether the text names it as a firm (see _firm_step)
        self.context = set()
        self.category_parks = set()  # theme + type written with a count: a kind of park
        self._townships = None  # words the text writes before 镇/乡 (see _township_prefix)
        self._county_shorts = None  # counties the text names, without their suffix (see _owner_before_place)
        self._county_heads = None  # county-level regions the text names, without their suffix (see _county_head)
        self._duty_marks = None  # where the lists of responsible units start (see _in_duty_list)
        self._park_starts = set()  # where a park name taken starts
        self._park_ends = {}  # where a park name taken ends -> that name
        self._vouched = set()  # park names without a place that the text shows to be parks (see _vouch_parks)
        self._deferred = []  # (name of the first park, start, whole name, cut word) waiting for such a proof
        self._park_short = {}  # (以下简称X): X -> the park's full name
        self.product_words = []

    # ------------------------------------------------------------------ helpers
    def region_scan(self, s):
        """Region names in `s` as ``(start, end, name)``; short strings are looked up once."""
        if len(s) > 40:
            return self._scanner.finditer(s)
        r = self._scan_cache.get(s)  # (a miss raises no KeyError: a cached scan is a tuple, never None)
        if r is None:
            # (tuple(self._scanner.finditer(s)), built straight from the automaton's matches, () when none)
            scanner = self._scanner
            found = scanner._ac.find_matches_as_indexes(s)
            names = scanner.names
            r = self._scan_cache[s] = tuple([(a, b, names[k]) for k, a, b in found]) if found else ()
        return r

    def count_opens_place(self, s, m):
        """Whether the count `m` found in `s` (五家, 三个) is the start of a place's name with a character or two after
        it (五家渠): no count of anything."""
        return self.regions.knows(s[m.start(): m.end() + 1]) or self.regions.knows(s[m.start(): m.end() + 2])

    def ev(self, start, end, conf):
        return _ev(self.text, start, end, conf, self.sentences, self.sentence_starts)

    def add(self, category, key, record):
        """Add a record once per (category, key); later mentions add their evidence."""
        k = (category, key)
        if k in self._seen:
            rec = self._seen[k]
            if len(rec["evidence"]) < 5 and record["evidence"][0] not in rec["evidence"]:
                rec["evidence"].append(record["evidence"][0])
            for f, v in record.items():
                if f in ("evidence", "aliases"):
                    continue
                if f == "roles":
                    rec["roles"] = sorted(set(rec.get("roles") or []) | set(v or []))
                elif v and not rec.get(f):
                    rec[f] = v
            aliases = record.get("aliases") or ()
            if isinstance(aliases, dict):  # a chain's: the written forms of each link (MTO: MTO(甲醇制烯烃))
                have = rec.setdefault("aliases", {})
                for link, forms in aliases.items():
                    known = have.setdefault(link, [])
                    known.extend(f for f in forms if f not in known)
                return rec
            for a in aliases:
                if a != rec.get("name") and a not in rec.setdefault("aliases", []):
                    rec["aliases"].append(a)
            return rec
        getattr(self.x, category).append(record)
        self._seen[k] = record
        return record

    def clause_start(self, pos):
        """The first position of the clause holding `pos` (after , ; : 。 quotes, brackets or a line break)."""
        # (the last clause end before pos, plus one; none before a position <= 0)
        return self._clause_text.rfind("\n", 0, pos) + 1 if pos > 0 else 0

    def wide_clause_start(self, pos, floor=0):
        """The first position after the last of ,;:。!?\\n in ``text[floor:pos]`` (`floor` when there is none):
        looked for in ever wider spans back from `pos`, by one greedy match in each (the first span that holds one
        holds the last)."""
        text, hi, span = self.text, pos, 64
        while hi > floor:
            lo = max(floor, hi - span)
            m = _WIDE_LAST.match(text, lo, hi)
            if m is not None:
                return m.end()
            hi, span = lo, span * 4
        return floor

    def clause_end(self, pos):
        i = self._clause_text.find("\n", pos if pos > 0 else 0)
        return i if i >= 0 else len(self.text)

    def in_spans(self, spans, pos):
        return pos in spans

    def sentence_start(self, pos):
        s = _sentence_at(self.sentences, pos, self.sentence_starts)
        return s[0] if s else 0

    def list_items(self, start, end, cut=True, split_and="和|与|及", stop=False):
        """The items of the 、-list ``text[start:end]`` as ``(item, position)``.

        The list starts after the last verb of the segment (…等龙头企业带动|A、B)
        and loses its lead words (全力推进…, 依托…); the last item is split at 和
        (or `split_and`) when both halves are at least two characters.  With
        `stop`, an item holding a word that ends a list (就, 达成, 引领…) ends it
        there (与A、B、C就…达成合作).
        """
        start = max(start, end - _LIST_SPAN)
        seg = self.text[start:end]
        last = 0
        for m in _LIST_CLOSER.finditer(seg) if "等" in seg else ():  # (a closer opens with 等)
            if seg.find("、", m.end()) >= 0:
                last = m.end()  # 青岭硅业、远川铁合金等龙头企业带动|甲…、乙…
        start += last
        seg = seg[last:]
        ws = len(seg) - len(seg.lstrip())  # (a paragraph's indent before its lead words: 　　在|甲公司…)
        start += ws
        seg = seg[ws:]
        head = seg[:k] if (k := seg.find("、")) >= 0 else seg  # (seg.split("、")[0])
        stripped = _strip_lead(head, cut=cut)
        start += len(head) - len(stripped)
        seg = seg[len(head) - len(stripped):]
        parts, pos = [], start
        for raw in seg.split("、"):
            if stop:
                cm = _ITEM_END.search(raw, 2)
                if cm and not parts and pos + len(raw) < end:
                    # 北片区以现有|甲集团、乙化工: in the first item, before more items, the word ends the clause's
                    # lead, and the list starts after its last such word
                    for cm in _ITEM_END.finditer(raw, 2):
                        pass
                    if len(raw) - cm.end() >= 2:
                        pos, raw, cm = pos + cm.end(), raw[cm.end():], None
                if cm:
                    parts.append([raw[: cm.start()], pos])
                    break
            parts.append([raw, pos])
            pos += len(raw) + 1
        if parts:
            first, p0 = parts[0]
            e = _ENUM_LEAD.match(first)
            if e and len(first) - e.end() >= 2:
                first, p0 = first[e.end():], p0 + e.end()  # 5. |甲新材、乙化学等…: the number of a list's item
            stripped = _strip_lead(first, cut=False)
            if stripped[:1] in _ITEM_LEAD_FIRST and (tm := _ITEM_LEAD.match(stripped)) and len(stripped) - tm.end() >= 2:
                # 3月以后随着|甲、乙项目投产: the time of the clause, then the list
                stripped = _strip_lead(stripped[tm.end():], cut=False)
            parts[0] = [stripped, p0 + len(first) - len(stripped)]
        if split_and and parts:
            last, pl = parts[-1]
            # (the splitter matches one of the words of `split_and`, a |-list of literals: none in the item, no match)
            m = _and_splitter(split_and).search(last) if any(map(last.__contains__, split_and.split("|"))) else None
            if m and not (stop and ("enterprises", last) in self._seen) and \
                    not _opens_with_place(last[m.start():], len(m.group())) and \
                    not self._and_in_firm(last, m.start(), m.end()):  # (a firm's name: 某县泰和兰炭有限公司)
                # (甲和|田市乙公司: the 和 opens a place written with its suffix, 和田市)
                parts[-1] = [last[: m.start()], pl]
                parts.append([last[m.end():], pl + m.end()])
        out = []
        for item, p in parts:
            lead = len(item) - len(item.lstrip())
            item = item.strip()
            if item:
                out.append((item, p + lead))
        return out

    def _and_in_firm(self, item, a, b):
        """Whether the 和 at ``item[a:b]`` is inside the registered name of a firm the text names (甲泰|和|化工有限公司
        年产…): a legal form follows it within a few characters, and the name up to it is a firm found."""
        lf = lexicon._LEGAL_FORM_RE.search(item, b, b + 14)
        if lf is None or not lexicon._HAN_ONLY.fullmatch(item, b, lf.start()):
            return False
        return any(("enterprises", item[k:lf.end()]) in self._seen for k in range(max(0, a - 12), a))

    def run(self):
        self.scan_regions()
        self.find_industries()
        self.find_departments()
        self.find_parks()
        self.finish_parks()
        self.find_chains()
        self.find_wanted()
        self.find_enterprises()
        self.find_table_projects()
        self.find_projects()
        self.find_headed_facilities()
        self.finish_enterprises()
        self._merge_projects()
        self.emit_regions()
        self.find_targets()
        return self.x
