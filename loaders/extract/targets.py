"""Targets: indicator sentences, target paragraphs and target tables as :class:`_TargetsMixin`, with the
regexes and helpers only they use.
"""

import bisect
import functools
import re

from . import lexicon
from .lexicon import _finditer_at, H, _literal_starts, _occurrences, _strip_lead

# called as name.method(): bound by assignment, not imported by name (see chainatlas.loaders.extract)
_TM_DIGIT = lexicon._TM_DIGIT

__all__ = ["_TargetsMixin"]


# ============================================================================ targets
# the horizon of a plan: 到2025年 / 至2027年
_HORIZON = re.compile(r"(?:到|至)((?:19|20)\d{2})年")
# the header row of a tab-separated indicator table: a 指标 cell and year cells
_TAB_HEADER = re.compile(r"^[^\n]*指标[^\n]*\t(?:19|20)\d{2}年?[^\n]*\t(?:19|20)\d{2}[^\n]*\n", re.M)
# An indicator: a metric, a verb of reaching, a number and its unit (产值预计达到48亿元; 占比不低于25%;
# 工业增加值占GDP比重提升至12%以上), or a verb, a number and what is counted (培育省级绿色工厂9家;
# 研发100项…关键技术).  Units are those plans use for targets.
_T_UNIT = (r"(?:亿元|万元|元|亿美元|万美元|万千瓦时|万千瓦|千瓦|万吨/日|万吨|吨|个百分点|个工作日|万人次|人次|%|户|家|个|项|"
           r"万辆|辆|万套|万台|万个|件|台\(套\)|台|套|座|条|所|人|"
           r"万人|立方米/万元|吨标准煤|万标准煤|GWh|MWh|GW|MW|亩|万亩|公里|千米|平方米|万平方米|次|批|倍|位|"
           # herds and flocks (存栏130万头) and events (推介会2场)
           r"万头|万只|万羽|场)")
_T_VERB = (r"(?:预计达到|预计实现|预计完成|力争达到|力争突破|力争实现|达到|达|突破|实现|完成|超过|提升至|提高到|提高至|"
           r"提升到|增长至|增长到|增至|增加到|增加至|降至|下降到|控制在|不低于|不少于|保持在|稳定在|提高|提升|增长|"
           r"下降|降低|减少|压减|退出|新增|培育|认定|组建|建成|创建|引进|招引|打造|研发|攻克|转化应用|组织|实施|累计实施|建设)")
# a number starts where a number starts (not inside 2025) and is taken whole (possessive: no backtracking)
_T_NUM = re.compile(rf"(?P<value>\d(?<![\d.]\d)\d*+(?:\.\d++)?)(?P<unit>{_T_UNIT})(?P<tail>以上|左右|以内|以下|大关)?")
# _T_NUM for a text whose only decimal digits are 0-9: the same matches, but the pattern starts with a range, which the
# regex engine tests at each character with two comparisons instead of a look-up of the character's Unicode category
_T_NUM_ASCII = re.compile(_T_NUM.pattern.replace("(?P<value>\\d(", "(?P<value>[0-9](", 1))
assert _T_NUM_ASCII.pattern != _T_NUM.pattern
_DIGIT_ASCII = re.compile(r"[0-9]")  # (_TM_DIGIT for such a text)
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})年")
_PLAN_PERIOD = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
_TM_SENTENCE = re.compile(r"[^。!?\n]+[。!?]?")
_DOC_DATE = re.compile(r"((?:19|20)\d{2})(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})")
# the header of a table written one cell per line: two or more years on lines of their own
_TABLE_YEARS = re.compile(r"^[ \t]*(?:19|20)\d{2}年?[ \t]*\n[ \t]*(?:19|20)\d{2}年?[ \t]*$", re.M)
# the line break and second year line of such a header: every header match holds one, and a pattern that starts
# with a line break is found by a fast scan, while one that starts with ^ is tried at every position of the text
_TABLE_YEARS_GATE = re.compile(r"\n[ \t]*(?:19|20)\d{2}年?[ \t]*$", re.M)
# the patterns the table readers used to pass to re.fullmatch and re.search, compiled once
_YEAR_LINE = re.compile(r"\s*(?:19|20)\d{2}年?\s*")
_FOUR_DIGITS = re.compile(r"\d{4}")
_STATUS_LINE = re.compile(r"\s*(?:预计)?(?:完成情况|完成|实际|预计|计划目标|目标值?|规划目标|预期目标|预期)\s*")
_LABEL_UNIT = re.compile(rf"(?P<metric>[{H}A-Za-z“”\d\-+、]{{2,40}}?)\((?P<unit>[^()]{{1,8}})\)")
_FIGURE_CHARS = re.compile(r"[\d.]+")
_TM_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR_CELL = re.compile(r"(?:19|20)\d{2}年?(?:目标|\((?:预计|预期|估计)\))?")
_METRIC_UNIT = re.compile(r"(?P<m>.+?)\((?P<u>[^()]{1,8})\)")
# clauses end at , ; and brackets, but a short parenthesis belongs to its unit (4台(套))
# (a run of plain characters taken whole, possessively: the same maximal clause as one character per repetition,
# since the two alternatives start with different characters and nothing follows the repetition)
_TM_CLAUSE = re.compile(r"(?:[^,;()]++|\([^(),;]{1,2}\))+")
_TM_HAN2 = re.compile(rf"[{H}]{{2,}}")
_TM_GOAL_HEAD = re.compile(r"力争|到\d{4}年")
_TM_BASE_BEFORE = re.compile(r"(?:[较比与同]|-)$")
_TM_NOT_YEAR_AFTER = re.compile(r"\d{1,2}月\d|度")
# a five-year plan's period stands for its last year: “十三五”期间 -> 2020
_TM_PERIOD = re.compile(r"(?P<p>十[一二三四五]五)”?(?:期间|末|时期)")
_TM_BASE_QUOTE = re.compile(r"[较比]“?$")
_TM_RANGE_BEFORE = re.compile(r"(?:\d[-~至]|[-~])$")
_TM_RANGE_AFTER = re.compile(r"[-~至]\d")
_TM_VERB = re.compile(_T_VERB)
_TM_VERB_END = re.compile(_T_VERB + "$")
_TM_DIST = re.compile(r"分别" + _T_VERB)
_TM_HEAD = re.compile(r"^[^\d]*")
_TM_TAIL = re.compile(r"[^\d元%]*$")
_TM_LISTSEP = re.compile(r"、|和|及|,")
_TM_CHANGE = re.compile(r"同比|增长|下降")
_TM_CHANGE_END = re.compile(r"(?:较上年|同比|比上年)?(?:增长|下降|提高)$")
_TM_TAIL_WORDS = re.compile(r"^(?:以上|左右|以内|大关)")
_TM_COUNT_VERB = re.compile(r"培育|新增|研发|攻克|转化应用|组织|建成|引进|组建|认定|创建|打造|建设|实施|累计实施|压减|退出")
_TM_WHAT_END = re.compile(rf"、|和(?=[{H}]{{2,}}\d)")
_TM_SUBJECT_WORD = re.compile(r"产业链|产业集群|集群|产业|行业")
assert all("产业" in w or "集群" in w or "行业" in w for w in _TM_SUBJECT_WORD.pattern.split("|"))  # (_split_subject)
_TM_SUBJECT_CHARS = re.compile(rf"[{H}“”+\d()]+")
_TM_METRIC_CHARS = re.compile(rf"[{H}]{{2,12}}")


# the heading of the plan section of a work report or summary (二、2024年工作安排, 重点抓好以下工作), and the
# headings of a review, which no plan section holds (一、2023年工作回顾, 2023年工作总结, 存在的问题)
# words that mark an achieved figure in a review but not in a plan section (同比增长13%, 到位资金150亿元)
_PLAN_SOFT = {"同比", "到位资金", "较上年同期"}
_PLAN_HEAD_WORDS = ("工作安排", "工作计划", "工作打算", "工作思路", "重点工作", "抓好以下")
_REVIEW_HEAD = re.compile(r"回顾|总结|完成情况|存在的问题|主要成效|主要成绩")
_REVIEW_HEAD_LINE = re.compile(r"\n[^\n]{0,16}(?:工作回顾|工作总结|完成情况|存在的问题|主要成效|主要成绩)[^\n]{0,10}\n")


def _split_subject(metric):
    """``(subject, metric)`` of 综合能源产业产值 -> (综合能源产业, 产值); None when no industry leads the metric."""
    if "产业" not in metric and "集群" not in metric and "行业" not in metric:
        return None  # (every word of _TM_SUBJECT_WORD holds one of them: asserted below it)
    for w in _TM_SUBJECT_WORD.finditer(metric, 2):
        if w.end() <= 20 and _TM_SUBJECT_CHARS.fullmatch(metric, 0, w.end()) and \
                _TM_METRIC_CHARS.fullmatch(metric, w.end()):
            return metric[: w.end()], metric[w.end():]
    return None
_TM_SUBJECT_END = re.compile(r"(?:产业链|产业集群|集群|产业)$")
_TM_RECURRING = re.compile(r"每年|年均|到\d{4}")
# A figure is a target only with a year (…年, “十四五”), a word of intent or 预计, or a recurring
# period; a sentence with none of them, and no year from the sentence before, holds no target.
_TM_MAYBE = re.compile(r"年|五|预计|力争|目标|确保|争取|努力|到\d{4}")
_TM_QUOTES = re.compile(r"“|”|\"")
_TM_INTENT = re.compile(r"(?:力争|预计|计划|确保|争取|努力|目标|将|要|基本|逐步|累计|每年度?|全年|年内|年均)(?=.)")
_TM_YEAR_LEAD = re.compile(r"^(?:到|至|在)?(?:(?:19|20)\d{2}(?:[—\-至](?:19|20)?\d{2,4})?年(?:底|末)?(?:前|以前)?|"
                           r"“?十[一二三四五]五”?(?:期间|末)?)(?:至少|累计|共)?")
@functools.lru_cache(maxsize=1)
def _name_first_chars(scanner):
    """The first characters of the names a :class:`_RegionScanner` finds."""
    return frozenset(n[0] for n in scanner.names if n)


def _bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


def _similar_metric(a, b):
    """Two wordings of one indicator: one holds the other, or they share most character pairs.

    规上 is read as 规模以上 (the usual abbreviation).
    """
    a, b = a.replace("规上", "规模以上"), b.replace("规上", "规模以上")
    if a in b or b in a:
        return True
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) >= 0.5


# what may follow a target's number: its tail, a verb of change, the end of a phrase
_TM_AFTER_OK = re.compile(r"以上|左右|以内|以下|大关|同比|比上年|较上年|增长|下降|的|和|及|或|并|、|为|占")
_TM_VERB_LEAD = re.compile(r"^(?:预计|力争)?(?:实现|完成|达到)(?=[\u4e00-\u9fff]{2})")
_TM_CONNECTOR = re.compile(r"^(?:以上|,|、|和|及|并|且|其中|同时)")
# scope words in front of a metric: 全区工业固定资产投资 is the metric 工业固定资产投资 of the document's region
_SCOPE_WORDS = re.compile(r"^(?:全省|全市|全区|全县|全州|我省|我市|我区|我县|本市|本区|园区年内|年内|全年|当年|一季度|"
                          r"上半年|前三季度|全市共|全区共)")
# what states an achieved figure: not a target (累计建成5G基站1180个, 完成投资30.97亿元, 已新增…)
_ACHIEVED = re.compile(r"已|累计建成|累计达到|累计下线|累计销售|累计生产|以来|截至|截止|实现了|完成了|同比|较上年同期|共实施|到位资金|开复工|"
                       r"在库企业|占年度|排名|居|比重为|为\d")
# The characters a match of each anchored pattern (^…, no re.M) can start with: a string that starts with none of them
# is left as it is by the pattern's .sub, which is not called then.
_YEAR_LEAD_FIRST = frozenset("到至在12“十")  # (_TM_YEAR_LEAD: 到/至/在, 19/20, “ or 十)
_SCOPE_FIRST = frozenset(w[0] for w in _SCOPE_WORDS.pattern[4:-1].split("|"))
_CONNECTOR_FIRST = frozenset(w[0] for w in _TM_CONNECTOR.pattern[4:-1].split("|"))
_TAIL_WORDS_FIRST = frozenset(w[0] for w in _TM_TAIL_WORDS.pattern[4:-1].split("|"))
_VERB_LEAD_FIRST = frozenset("预力实完达")  # (_TM_VERB_LEAD: 预计/力争, then 实现/完成/达到)
# (the two sets above are written from the patterns: a change to either pattern must change its set too)
assert _TM_YEAR_LEAD.pattern == (r"^(?:到|至|在)?(?:(?:19|20)\d{2}(?:[—\-至](?:19|20)?\d{2,4})?年(?:底|末)?(?:前|以前)?|"
                                 r"“?十[一二三四五]五”?(?:期间|末)?)(?:至少|累计|共)?")
assert _TM_VERB_LEAD.pattern == r"^(?:预计|力争)?(?:实现|完成|达到)(?=[\u4e00-\u9fff]{2})"
# the words _TM_COUNT_VERB (an alternation of literals) fullmatches
_COUNT_VERBS = frozenset(_TM_COUNT_VERB.pattern.split("|"))


def _han2_start(s):
    """``bool(_TM_HAN2.match(s))``: the first two characters are Han."""
    return len(s) > 1 and ("\u4e00" <= s[0] <= "\u9fff" or "\u3400" <= s[0] <= "\u4dbf") and \
        ("\u4e00" <= s[1] <= "\u9fff" or "\u3400" <= s[1] <= "\u4dbf")


class _TargetsMixin:
    """The targets of a document (methods of :class:`~chainatlas.loaders.extract.core._Extractor`)."""

    # ------------------------------------------------------------------ targets
    def _tab_table_targets(self, doc_year):
        """An indicator table written one row per line, cells split by tabs (序号, 指标, 单位, 2022年, 2025年, …).

        The first of several year columns is the base year (actual figures, not goals); later columns are goals
        unless they lie before the document's year.
        """
        text = self.text
        # (a header is one line, opened at a line start (^ under re.M), that holds 指标: tried only at such lines)
        heads_at = sorted({text.rfind("\n", 0, q) + 1 for q in _literal_starts(text, ("指标",))})
        for hm in _finditer_at(_TAB_HEADER, text, heads_at):
            cells = hm.group().strip("\n").split("\t")
            ycols = [(c, int(v[:4])) for c, v in enumerate(cells)
                     if _YEAR_CELL.fullmatch(v.strip())]
            # a column of estimates (2023年(预计)) holds expected figures, and no base year precedes it
            estimated = {c for c, _ in ycols if "预" in cells[c] or "估" in cells[c]}
            if len(ycols) < 2:
                continue
            mcol = next((c for c, v in enumerate(cells) if "指标" in v and "属性" not in v), None)
            ucol = next((c for c, v in enumerate(cells) if v.strip() == "单位"), None)
            if mcol is None:
                continue
            pos = hm.end()
            while pos < len(text):
                le = text.find("\n", pos)
                le = len(text) if le < 0 else le
                row = text[pos:le].split("\t")
                if len(row) < len(cells) - 1 or len(row) <= max(c for c, _ in ycols):
                    break
                metric = row[mcol].strip()
                unit = row[ucol].strip() if ucol is not None else ""
                um = _METRIC_UNIT.fullmatch(metric)
                if um and not unit:
                    metric, unit = um.group("m"), um.group("u")
                if _TM_HAN2.search(metric) and unit:
                    offs = [pos + sum(len(x) + 1 for x in row[:c]) for c in range(len(row))]
                    for k, (c, year) in enumerate(ycols):
                        cell = row[c].strip()
                        if c in estimated and _TM_NUMBER.fullmatch(cell):
                            self._table_target(metric, year, float(cell), unit, "expected", offs[c], offs[mcol],
                                               len(cell))
                            continue
                        if k == 0 and not estimated or not _TM_NUMBER.fullmatch(cell):
                            continue  # the base year's column holds what was achieved
                        if doc_year is not None and year < doc_year:
                            continue
                        self._table_target(metric, year, float(cell), unit, "goal", offs[c], offs[mcol], len(cell))
                pos = le + 1

    def _doc_year(self):
        """The year the document was issued: the latest full date (2023年9月6日, 日期:2024-10-15)."""
        years = [int(m.group(1)) for m in _finditer_at(_DOC_DATE, self.text, _literal_starts(self.text, ("19", "20")))]
        return max(years) if years else None

    def _clean_metric(self, s):
        if "“" in s or "”" in s or '"' in s:
            s = _TM_QUOTES.sub("", s)
        if len(s) > 4:
            s = _TM_INTENT.sub("", s)
        name_heads = _name_first_chars(self._scanner)
        for _ in range(3):  # 甘州区2024年全区…: the place, the year and the scope in front
            s_in = s
            # (a name found at 0 starts with the first character of a name: the scan is skipped for any other)
            first = next(iter(self.region_scan(s[:8])), None) if s[:1] in name_heads else None
            if first and first[0] == 0 and len(s) > first[1] + 2:
                s = s[first[1]:]
            if s[:1] in _YEAR_LEAD_FIRST:
                s = _TM_YEAR_LEAD.sub("", s)
            if s[:1] in _SCOPE_FIRST:
                s = _SCOPE_WORDS.sub("", s)
            if s == s_in:
                break  # a round that changes nothing: the next ones (a function of s alone) change nothing either
        if s[:1] in _CONNECTOR_FIRST:
            s = _TM_CONNECTOR.sub("", s)
        s = _strip_lead(s, cut=False)
        return s.strip("、,的 ")

    def find_targets(self):
        doc_year = self._doc_year()
        if doc_year is None:
            # an undated plan is written shortly before its nearest horizon (到2025年): a year two or more years
            # before that horizon is the base year (2022年,全省…), whose figures are actual, not goals
            horizons = [int(m.group(1)) for m in _finditer_at(_HORIZON, self.text, _literal_starts(self.text, "到至"))]
            doc_year = min(horizons) - 1 if horizons else None
        self.doc_year = doc_year
        text = self.text
        # the lines that hold a figure, in order: a figure never spans a line break (and its lookbehind sees the
        # text before either way), so the leftmost figure from a line's start lies in the first such line
        pos = 0
        # the figure and digit patterns of the paragraphs: for a text whose only decimal digits are 0-9 (see __init__),
        # twins that start with a range of characters
        self._t_num_re, self._digit_re = (_T_NUM_ASCII, _DIGIT_ASCII) if self._scan_cache.get(None) else \
            (_T_NUM, _TM_DIGIT)
        num = self._t_num_re
        while True:
            n = num.search(text, pos)
            if n is None:
                break
            ls = text.rfind("\n", 0, n.start()) + 1
            le = text.find("\n", n.end())
            le = len(text) if le < 0 else le
            self._target_paragraph(ls, le, doc_year)
            pos = le + 1
        self._table_targets(doc_year)
        if "\t" in text:
            self._tab_table_targets(doc_year)

    def _target_paragraph(self, p0, p1, doc_year):
        """The figures of one paragraph: its sentences share the year the paragraph states (力争到2020年…。…)."""
        text = self.text
        para_year = None
        # (_TM_DIGIT and _T_NUM, or their twins: see find_targets)
        digit, num = getattr(self, "_digit_re", _TM_DIGIT), getattr(self, "_t_num_re", _T_NUM)
        for m in _TM_SENTENCE.finditer(text, p0, p1):
            sent = m.group()
            if not digit.search(sent):
                continue
            s0 = m.start()
            # (_TM_MAYBE's words tested as literals first: the regex only decides 到\d{4})
            if para_year is None and not ("年" in sent or "五" in sent or "预计" in sent or "力争" in sent or
                                          "目标" in sent or "确保" in sent or "争取" in sent or "努力" in sent or
                                          "到" in sent and _TM_MAYBE.search(sent)) and self._plan_year(s0) is None:
                continue
            if not num.search(sent) or "奖励" in sent or "补助" in sent or "补贴" in sent:  # an incentive, not a target
                # a sentence without a figure only passes its year on (力争到2020年,…)
                if "年" in sent or "五" in sent:  # (_clause_year reads nothing else)
                    st = {"year": para_year}
                    for c in _TM_CLAUSE.finditer(sent):
                        self._clause_year(c.group(), st)
                    para_year = st["year"]
                continue
            state = {"year": para_year, "kind": None, "metric": None, "subject": None, "dist": None,
                     "verb": None}
            for c in _TM_CLAUSE.finditer(sent):
                self._target_clause(s0 + c.start(), c.group(), state, sent, doc_year)
            if state["year"] is not None:
                para_year = state["year"]

    def _plan_year(self, pos):
        """The year of the plan section of a work report or summary that `pos` lies in (二、2024年工作安排;
        重点抓好以下工作; 0 when the heading names no year), or None outside such a section.  A section runs to
        the next heading of a review (回顾, 完成情况, 存在的问题) or to the end of the text."""
        sections = getattr(self, "_plan_sections", None)
        if sections is None:
            sections = self._plan_sections = self._find_plan_sections()
        for a, b, y in sections:
            if a <= pos < b:
                ls = self.text.rfind("\n", 0, pos) + 1
                return None if self.text.find("\t", ls, pos) >= 0 else y  # (a table's row: read by the table readers)
        return None

    def _find_plan_sections(self):
        text = self.text
        heads = []
        # (where the heading words that hold 工作 stand, from one scan for it instead of one for each: none of the words
        # overlaps itself, so the places are those a loop of str.find finds)
        work = list(_occurrences(text, "工作"))
        for lit in _PLAN_HEAD_WORDS:
            k = lit.find("工作")
            for i in _occurrences(text, lit) if k < 0 else \
                    [i - k for i in work if i >= k and text.startswith(lit, i - k)]:
                ls = text.rfind("\n", 0, i) + 1
                le = text.find("\n", i)
                le = len(text) if le < 0 else le
                line = text[ls:le]
                if le - ls <= 40 and not _REVIEW_HEAD.search(line):
                    y = _YEAR.search(line)
                    if y or lit == "抓好以下" or "今年" in line or "下一步" in line:
                        heads.append((ls, int(y.group("year")) if y else 0))
        if not heads:
            return []
        heads.sort()
        out = []
        for k, (a, y) in enumerate(heads):
            if out and out[-1][0] <= a < out[-1][1]:
                continue  # 重点抓好以下工作 inside 二、2024年工作安排
            r = _REVIEW_HEAD_LINE.search(text, a + 1)
            out.append((a, r.start() if r else len(text), y or (heads[k - 1][1] if k else 0)))
        return out

    def _in_project_name(self, pos):
        """True when `pos` lies inside the name of a project found in the text (see find_projects)."""
        spans = getattr(self, "_project_spans", None)
        if spans is None:
            spans = self._project_spans = sorted((ev["start"], ev["end"]) for p in self.x.projects
                                                 for ev in p["evidence"])
            self._project_starts = [a for a, _ in spans]
        k = bisect.bisect_right(self._project_starts, pos) - 1
        while k >= 0 and pos - spans[k][0] <= 60:
            if spans[k][0] <= pos < spans[k][1]:
                return True
            k -= 1
        return False

    def _clause_year(self, clause, st):
        """The year the clause speaks of (到2025年, 2024年, “十三五”期间); 较2020年/比2015年 is a base, not the year."""
        if "年" in clause:
            for y in _YEAR.finditer(clause):
                if not _TM_BASE_BEFORE.search(clause, max(0, y.start() - 1), y.start()) and \
                        not _TM_NOT_YEAR_AFTER.match(clause, y.end()):
                    st["year"] = int(y.group("year"))
        if "五" in clause:
            for pm in _TM_PERIOD.finditer(clause):
                if not _TM_BASE_QUOTE.search(clause, max(0, pm.start() - 2), pm.start()):
                    st["year"] = _PLAN_PERIOD[pm.group("p")]

    def _target_clause(self, c0, clause, st, sent, doc_year):
        if "预计" in clause:
            st["kind"] = "expected"
        elif "力争" in clause or "目标" in clause or "确保" in clause or "争取" in clause or "努力" in clause:  # a goal word
            st["kind"] = "goal"
        digit, num = getattr(self, "_digit_re", _TM_DIGIT), getattr(self, "_t_num_re", _T_NUM)  # (see find_targets)
        if not digit.search(clause) and "五" not in clause:
            return
        self._clause_year(clause, st)
        if "-" in clause or "~" in clause or "至" in clause:
            nums = [n for n in num.finditer(clause)
                    if not _TM_RANGE_BEFORE.search(clause, max(0, n.start() - 2), n.start())
                    and not _TM_RANGE_AFTER.match(clause, n.end())]
        else:  # (both range patterns need one of them)
            nums = list(num.finditer(clause))
        if not nums:
            return
        # 分别达到35%、50%: the values of the metrics listed before 分别
        dm = _TM_DIST.search(clause) if "分别" in clause else None
        if dm and len([n for n in nums if n.start() >= dm.end()]) >= 2:
            values = [n for n in nums if n.start() >= dm.end()]
            metrics_text = self._clean_metric(clause[: dm.start()])
            metrics = [x for x in metrics_text.split("、") if x]
            if len(metrics) == len(values):
                heads = _TM_HEAD.match(metrics[0]).group() if _TM_DIGIT.search(metrics[0]) else ""
                tail = _TM_TAIL.search(metrics[-1]).group() if _TM_DIGIT.search(metrics[-1]) else ""
                metrics = [(heads if heads and not x.startswith(heads) else "") + x +
                           (tail if tail and not x.endswith(tail) else "") for x in metrics]
                st["dist"] = metrics
            elif st.get("dist") and not metrics_text:
                metrics = st["dist"]
            else:
                metrics = None
            if metrics and len(metrics) == len(values):
                for metric, n in zip(metrics, values):
                    self._emit_target(metric, None, n, c0, clause, st, sent, doc_year, verb=dm.group())
                return
        prev_end = 0
        for idx, n in enumerate(nums):
            before = clause[prev_end:n.start()]
            after_end = nums[idx + 1].start() if idx + 1 < len(nums) else len(clause)
            after = clause[n.end():after_end]
            # a number inside the metric (投资5亿元以上重点项目8项以上): part of the next metric
            if idx + 1 < len(nums) and _han2_start(after) and not _TM_LISTSEP.search(after) \
                    and not _TM_VERB_END.search(before, max(0, len(before) - 6)) and not _TM_CHANGE.search(after):
                continue
            prev_end = n.end()
            seg = before.split("、")[-1]  # 培育A工厂7家、B企业4家: each figure has its own metric
            if seg[:1] in _TAIL_WORDS_FIRST:
                seg = _TM_TAIL_WORDS.sub("", seg)
            vm = None
            for vm in _TM_VERB.finditer(seg):
                pass
            metric, verb, subject = None, None, None
            count_verb = vm is not None and vm.group() in _COUNT_VERBS and len(seg) - vm.end() <= 6
            what_after = (_TM_TAIL_WORDS.sub("", after) if after[:1] in _TAIL_WORDS_FIRST else after).split("的")[-1] \
                if count_verb or not seg.strip() else ""
            if not count_verb and _han2_start(after) and not _TM_AFTER_OK.match(after) and \
                    not (st.get("count_verb") and (not seg.strip() or "、" in before)):
                continue
            if count_verb:
                st["count_verb"] = vm.group()
            elif not seg.strip() and st.get("count_verb") and _han2_start(what_after):
                # 培育50家A、100家B: the verb before the list counts every item
                vm = None
                what = _TM_WHAT_END.split(what_after)[0].rstrip("。!?")
                self._emit_target(st["count_verb"] + what, None, n, c0, clause, st, sent, doc_year,
                                  verb=st["count_verb"])
                continue
            cleaned = False
            if vm is not None and vm.end() == len(seg.rstrip("为")) and not (
                    vm.group() in _COUNT_VERBS and _han2_start(what_after)):
                metric, verb = seg[: vm.start()], vm.group()
            elif vm is not None and vm.group() in _COUNT_VERBS and len(seg) - vm.end() <= 6:
                # VERB NUMBER WHAT: 培育15家以上数字化示范企业; 退出500万吨产能
                what = _TM_TAIL_WORDS.sub("", after)
                what = what.split("的")[-1]
                what = _TM_WHAT_END.split(what)[0].rstrip("。!?")
                # the verb is part of such a metric (攻克重大技术难题): clean what stands before it only
                metric = self._clean_metric(seg[: vm.start()]) + vm.group() + seg[vm.end():] + what
                verb, cleaned = vm.group(), True
            else:
                metric = seg
                verb = st.get("verb")
                if st.get("verb") in ("压减", "退出") and metric:
                    metric = st["verb"] + metric + _TM_TAIL_WORDS.sub("", after)
            if not cleaned:
                metric = self._clean_metric(metric or "")
            if metric in ("同比", "较上年", "比上年") or not metric and "同比" in seg:
                metric = (st.get("metric") or "") + "同比" + (verb or "增长").replace("同比", "")
                subject = st.get("subject")
            elif not metric or metric in ("分别",):
                base = st.get("metric") or ""
                metric = _TM_CHANGE_END.sub("", base)
                subject = st.get("subject")
            if verb and len(verb) == 2 and verb.endswith(("增长", "下降", "提高", "降低", "提升")) and \
                    not metric.endswith(verb[-2:]):
                metric = metric + verb
            if verb in ("压减", "退出"):
                st["verb"] = verb
            self._emit_target(metric, subject, n, c0, clause, st, sent, doc_year, verb=verb)

    def _emit_target(self, metric, subject, n, c0, clause, st, sent, doc_year, verb=None):
        metric = (metric or "").strip("、, ")
        if not metric or len(metric) > 40 or not _TM_HAN2.search(metric) or metric[-1] in "及和与、":
            return
        if self._in_project_name(c0 + n.start()):
            return  # 推动甲公司30万吨/年某产品项目建设: the capacity of a project, not a target
        if "总投资" in metric or "投资额" in metric:
            return  # what projects cost, not a target
        # the industry a metric is about: 综合能源产业产值 -> 综合能源产业, 产值
        if metric[0] in _VERB_LEAD_FIRST:
            metric = _TM_VERB_LEAD.sub("", metric) or metric
        sm = _split_subject(metric) if not subject else None
        if sm:
            subject, metric = sm
            if metric[:1] in _VERB_LEAD_FIRST:
                metric = _TM_VERB_LEAD.sub("", metric) or metric
        elif ("产业" in metric or "集群" in metric) and _TM_SUBJECT_END.search(metric) and st.get("metric"):
            subject, metric = metric, st["metric"]  # 某某新材料产业链120亿元: the figure of the metric before
        if not subject and st.get("subject") and metric in ("产值", "产值同比增长", "增加值", "营业收入"):
            subject = st["subject"]
        value, unit = float(n.group("value")), n.group("unit")
        kind = st.get("kind")
        year = st.get("year")
        head = clause[max(0, n.start() - 40): n.start()]
        if kind is None:
            plan = self._plan_year(c0 + n.start()) if year is None else None
            if year is not None and (doc_year is None or year >= doc_year) or \
                    ("每年" in clause or "年均" in clause or "到" in clause) and \
                    _TM_RECURRING.search(clause, max(0, n.start() - 60), n.start()):
                kind = "goal"
            elif plan is not None:
                kind, year = "goal", plan or None  # 二、2024年工作安排 … 新建加氢站3座: the plan's task
            else:
                return  # a figure without a year or a word of intent: an achievement or a fact
        if year is not None and doc_year is not None and year < doc_year and kind != "expected":
            return  # 2015年…达到…: achieved before the plan was issued
        achieved = [a.group() for a in _ACHIEVED.finditer(head)]
        if achieved and self._plan_year(c0 + n.start()) is not None and all(a in _PLAN_SOFT for a in achieved):
            achieved = []  # 2024年工作计划: 营业收入同比增长13%, 到位资金150亿元: what the plan asks for
        if achieved and kind != "expected" and not _TM_GOAL_HEAD.search(head):
            return
        if not metric.endswith(("同比增长", "增长", "下降")) or not st.get("metric"):
            st["metric"] = metric
        if subject:
            st["subject"] = subject
        industry = _TM_SUBJECT_END.sub("", subject).strip("“”") if subject else None
        key = (subject, metric, year, value, unit)
        self.add("targets", key, {
            "industry": industry or None, "subject": subject, "region": self.x.scope.get("region"),
            "park": self.x.scope.get("park"), "metric": metric, "year": year, "value": value, "unit": unit,
            "kind": kind, "evidence": [self.ev(c0 + n.start(), c0 + n.end(), 0.85 if year else 0.7)],
        })

    def _table_targets(self, doc_year):
        """An indicator table written one cell per line: years as columns, a status row, one row per indicator.

        The status row says which columns are achieved (完成情况), expected
        (预计完成情况) or goals (计划目标, 目标); achieved columns are not targets.
        Without a status row, columns for years after the document's year are goals.
        """
        text = self.text
        # (_TABLE_YEARS opens with ^ under re.M: it can match only where a line starts, and only at the start of a
        # line whose line break a match of _TABLE_YEARS_GATE opens, since it holds one; those matches hold no other
        # line break, so finditer finds them all)
        starts = [text.rfind("\n", 0, g.start()) + 1 for g in _TABLE_YEARS_GATE.finditer(text)]
        if not starts:
            return
        head_matches = list(_finditer_at(_TABLE_YEARS, text, starts))
        if not head_matches:
            return
        lines = text.split("\n")
        offsets = [0] + [i + 1 for i in _occurrences(text, "\n")]  # where each line starts
        n = len(lines)
        heads = [bisect.bisect_right(offsets, m.start()) - 1 for m in head_matches]
        i = heads[0] if heads else n
        while i < n:
            if not _YEAR_LINE.fullmatch(lines[i]):
                nxt = bisect.bisect_right(heads, i)
                i = heads[nxt] if nxt < len(heads) else n
                continue
            j = i
            years = []
            while j < n and _YEAR_LINE.fullmatch(lines[j]):
                years.append(int(_FOUR_DIGITS.search(lines[j]).group()))
                j += 1
            if len(years) < 2:
                i = j
                continue
            k = len(years)
            # the status row
            while j < n and not lines[j].strip():
                j += 1
            status = []
            while j < n and _STATUS_LINE.fullmatch(lines[j]):
                status.append(lines[j].strip())
                j += 1
            kinds = []
            for c in range(k):
                stt = status[c] if len(status) == k else ""
                if "预计" in stt:
                    kinds.append("expected")
                elif "目标" in stt or "计划" in stt or "预期" in stt:
                    kinds.append("goal")
                elif stt:
                    kinds.append(None)
                else:
                    kinds.append("goal" if doc_year is not None and years[c] > doc_year else None)
            # the rows: a label, then one line per column
            while j < n:
                while j < n and not lines[j].strip():
                    j += 1
                if j >= n:
                    break
                label = lines[j].strip()
                lm = _LABEL_UNIT.fullmatch(label)
                if not lm or _FIGURE_CHARS.fullmatch(label):
                    break
                cells = [lines[j + 1 + c].strip() if j + 1 + c < n else "" for c in range(k)]
                if not any(_TM_NUMBER.fullmatch(x) for x in cells):
                    break
                metric = lm.group("metric").replace("“", "").replace("”", "")
                unit = lm.group("unit")
                for c, cell in enumerate(cells):
                    if kinds[c] is None or not _TM_NUMBER.fullmatch(cell):
                        continue
                    value = float(cell)
                    at = offsets[j + 1 + c] + lines[j + 1 + c].find(cell)
                    self._table_target(metric, years[c], value, unit, kinds[c], at, offsets[j], len(cell))
                j += 1 + k
            i = j

    def _table_target(self, metric, year, value, unit, kind, at, label_at, length):
        # the same figure stated in the text: one target, the table's wording an alias
        for t in self.x.targets:
            if t["year"] == year and t["value"] == value and t["unit"] == unit and \
                    _similar_metric(metric, (t.get("subject") or "") + t["metric"]):
                if metric != t["metric"] and metric not in t.setdefault("metric_aliases", []):
                    t["metric_aliases"].append(metric)
                t["evidence"].append(self.ev(at, at + length, 0.9))
                return
        self.add("targets", (metric, year, value, unit), {
            "industry": None, "subject": None, "region": self.x.scope.get("region"), "park": self.x.scope.get("park"),
            "metric": metric, "year": year, "value": value, "unit": unit, "kind": kind, "source": "table",
            "evidence": [self.ev(at, at + length, 0.9)],
        })
