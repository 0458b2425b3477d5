"""Wanted links and departments: attraction (招引) lists and the blocks of responsible units that close each task
as :class:`_DepartmentsMixin`, with the regexes and the list splitters only they use.
"""

import bisect
import re

from . import lexicon
from .lexicon import (
    _anchored_starts, _finditer_at, _firm_like, GENERIC_WORDS, H, _literal_anchors, _literal_starts, normalise_product,
    _NOT_TOWNSHIP, _occurrences, _origin_named, PARK_TYPES, _strip_lead,
)

# called as name.method(): bound by assignment, not imported by name (see chainatlas.loaders.extract)
_PARK_SUFFIX_RE = lexicon._PARK_SUFFIX_RE
_SECTOR_PARK = lexicon._SECTOR_PARK
_TM_DIGIT = lexicon._TM_DIGIT

__all__ = ["_DepartmentsMixin"]


# ============================================================================ attraction lists
# 招引/引进 a list of links or sectors: the items are wanted (加快招引碳纤维、芳纶…等上下游企业;
# 引进培育一批传感器、智能终端制造企业; 引进建设算力中心项目).
_WANT_LEADS = ("招引", "引进", "引育", "围绕")  # (the literals _WANT_TRIGGER matches)
_WANT_TRIGGER = re.compile("|".join(_WANT_LEADS))
_WANT = re.compile(
    r"(?:围绕(?P<around>[^,。;]{2,40}?)(?:产业)?,)?[^,。;]{0,12}?(?:招引|引进|引育|招商引进)(?P<list>[^。;,]{2,120}?)"
    r"等(?P<mid>[^。;,]{0,24}?)(?:企业|项目|产业)"
)
# 紧盯/围绕 LIST 等下游环节,招引…: the links named as the stages to recruit for
_WANT_STAGES = re.compile(r"(?:紧盯|围绕|聚焦|瞄准)(?P<list>[^,。;:]{2,80}?)等[^,。;:等]{0,8}(?P<h>环节)"
                          r"(?=,?(?:精准)?(?:招引|引进))")
# the same without 等: 引进(和建设)?(一批)? LIST 企业/项目 (one or a few items named directly)
_WANT_DIRECT = re.compile(
    r"(?:招引|引进|引育)(?:培育|和建设|建设|落地)?(?:一批)?(?P<list>[^。;,等!?]{2,60}?)(?P<kind>企业|项目)"
)

# ============================================================================ departments

_DEPT_SUFFIX = r"(?:局|委|办|厅|中心|公司|分局|管委会|委员会|办公室|集团|部|所|站|院|队|处)"  # (处: a division of a 厅)
# A department list is one clause: it never runs over a sentence end.
# (甲局牵头,乙局、丙局按职责分工负责), and the shorter forms (甲局、乙局负责), (甲局牵头), (甲局牵头,乙局配合)
_DUTY = re.compile(r"\((?P<list>[^()。;!?]{2,200}?(?:\([^()。;!?]{1,6}\)[^()。;!?]{0,200}?)*)(?P<end>按职责分工负责|按职责负责|分工负责|负责|配合|牵头)(?:落实)?\)")
_LEAD_BLOCK = re.compile(r"^\s*(?P<role>(?:牵头|责任|配合|协办|主办)(?:单位|部门))\s*:\s*(?P<list>[^\n。;!?]+?)\s*(?:[。;!?]|$)", re.M)
# a duty note in parentheses with role labels, (牵头单位:甲局;责任单位:乙局、丙公司); a unit's name may hold a
# short parenthesis of its own (各市(州)政府)
_DUTY_NOTE = re.compile(r"\((?=(?:牵头|责任|配合|协办|主办)(?:单位|部门)\s*:)"
                        r"(?P<body>(?:[^\n()。!?]|\([^()\n]{1,6}\)){4,300}?)\)")
_DUTY_LABEL = re.compile(r"(?P<role>牵头|责任|配合|协办|主办)(?:单位|部门)\s*:")
_DUTY_INLINE_END = re.compile(r"[。!?\n()【】]")
_DUTY_ROLE = {"牵头": "牵头", "主办": "牵头", "责任": "责任", "配合": "配合", "协办": "配合"}
# (the literals _DUTY_LABEL opens with, found from one character of each: 协办 and 主办 from their 办)
_ROLE_ANCHORS = _literal_anchors(("牵头", 0), ("责任", 0), ("配合", 0), ("协办", 1), ("主办", 1))
_TASK = re.compile(r"^\s*(?:\d+|[(][一二三四五六七八九十]+[)])[.、)]?\s*(?P<title>[^。\n]{2,40}?)(?:[。.]|$)", re.M)
# the same two after a line break: a pattern that starts with a literal is scanned fast
_LEAD_BLOCK_NL = re.compile(r"\n\s*(?P<role>(?:牵头|责任|配合|协办|主办)(?:单位|部门))\s*:\s*(?P<list>[^\n。;!?]+?)\s*(?:[。;!?]|$)", re.M)
_TASK_NL = re.compile(r"\n\s*(?:\d+|[(][一二三四五六七八九十]+[)])[.、)]?\s*(?P<title>[^。\n]{2,40}?)(?:[。.]|$)", re.M)


def _line_matches(first, after_break, text):
    """``first.finditer(text)`` for a pattern anchored at line starts, found by its line-break twin."""
    pos = 0
    m = first.match(text)
    if m:
        yield m
        pos = m.end()
    while True:
        m = after_break.search(text, max(pos - 1, 0))
        if m is None:
            return
        m2 = first.match(text, m.start() + 1)
        if m2 is None:  # cannot happen: the twins match the same lines
            pos = m.end()
            continue
        yield m2
        pos = m2.end()
_AROUND_IN_CLAUSE = re.compile(rf"围绕(?P<a>[{H}]{{2,12}}?)(?:产业链|产业)")
_INDUSTRY_TAIL = re.compile(r"(?:产业链|产业)(?:[^、]*)?$")


class _DepartmentsMixin:
    """Wanted links and departments (methods of :class:`~chainatlas.loaders.extract.core._Extractor`)."""

    # ------------------------------------------------------------------ wanted links
    def _want_item_ok(self, i):
        return 2 <= len(i) <= 14 and i not in GENERIC_WORDS and not _WANT_ITEM_BAD.search(i)

    def find_wanted(self):
        # 紧盯甲、乙、丙等下游环节,招引一批企业: the links are the listed 环节, the recruited firms only their kind
        covered = set()
        for i in _occurrences(self.text, "环节"):
            m = _WANT_STAGES.search(self.text, max(0, i - 100), i + 8)
            if m is None or m.start("h") != i:
                continue
            covered.update(range(m.end(), m.end() + 4))  # (,精准招引 starts here)
            items = [_strip_lead(x, cut=False) for x in m.group("list").split("、")]
            self._add_wanted([x for x in items if self._want_item_ok(x)], self.industry_near(m.start()),
                             m.start("list"), 0.6)
        # (the places of 招引, 引进, 引育 and 围绕, found once: those of the first three are the ones where no 围 stands,
        # since no two of the four start with the same character)
        leads = _literal_starts(self.text, _WANT_LEADS)
        for m in _want_matches_at(self.text, leads):
            items = [_strip_lead(i, cut=False) for i in _split_list(m.group("list"))]
            items = [re.sub(r"^(?:大型|一批|培育|建设)+", "", i) for i in items]
            items = [i for i in items if self._want_item_ok(i)]
            mid = m.group("mid")
            if items and 2 <= len(mid) <= 14 and all(_origin_named(i) or _firm_like(i) for i in items):
                items = [mid]  # 引进上海甲、郑州乙等整车及零部件企业: firms named as examples of the link
            around = m.group("around")
            if not around:
                am = _AROUND_IN_CLAUSE.search(self.text, self.clause_start(m.start()), m.start("list"))
                around = am.group("a") if am else None
            conf = 0.85
            if around and (not items or all(re.search(r"(?:产业|项目)$", i) for i in items)):
                # 围绕风电、光电…，大力招引新能源产业项目: the links are the 围绕 list
                items = [i for i in _split_list(around) if 2 <= len(i) <= 14]
                conf = 0.5
            industry = _INDUSTRY_TAIL.sub("", around) if around and len(_split_list(around)) == 1 else \
                self.industry_near(m.start())
            self._add_wanted(items, industry, m.start(), conf)
        text = self.text
        for m in _finditer_at(_WANT_DIRECT, text, [p for p in leads if text[p] != "围"]):
            if m.start() in covered:
                continue  # (招引一批精细化工企业 after the 环节 it recruits for: a kind, not a link)
            raw = m.group("list")
            items = [re.sub(r"^(?:大型|一批|培育|建设|和建设)+", "", _strip_lead(i, cut=False)) for i in _split_list(raw)]
            cs = self.clause_start(m.start())
            prev = self.text[self.clause_start(cs - 2): cs - 1] if cs >= 2 else ""
            am = re.match(r"^围绕(?P<a>.+)$", prev)
            if am and all(re.search(r"产业$", i) or not self._want_item_ok(i) for i in items):
                # 围绕风电、光电、储能…,大力招引新能源产业项目
                industry = re.sub(r"产业$", "", items[0]) if items else None
                links = [i for i in _split_list(am.group("a")) if 2 <= len(i) <= 14]
                self._add_wanted(links, industry, cs - 1 - len(prev), 0.6)
                continue
            items = [i for i in items if self._want_item_ok(i) and not re.search(r"产业$", i)]
            self._add_wanted(items, self.industry_near(m.start()), m.start(), 0.75)

    def _add_wanted(self, items, industry, pos, conf):
        for item in items:
            i = self.text.find(item, pos)
            if i < 0:
                continue
            self.add("wanted_links", (item, industry), {
                "link": normalise_product(item), "as_written": item, "industry": industry,
                "region": self.x.scope.get("region"), "park": self.x.scope.get("park"),
                "evidence": [self.ev(i, i + len(item), conf)],
            })

    # ------------------------------------------------------------------ departments
    def task_matches(self):
        """The numbered task lines (1.推动…。, (一)…), found once."""
        if getattr(self, "_task_list", None) is None:
            self._task_list = list(_line_matches(_TASK, _TASK_NL, self.text))
        return self._task_list

    def _task_before(self, pos):
        if self._tasks is None:
            self._tasks = [(m.end(), m.group("title")) for m in self.task_matches()]
            self._task_ends = [e for e, _ in self._tasks]
        i = bisect.bisect_right(self._task_ends, pos)
        return self._tasks[i - 1][1] if i else None

    def find_departments(self):
        for m in _DUTY.finditer(self.text):
            self.dept_spans.append((m.start(), m.end()))
            task = self._task_before(m.start())
            industry = self.industry_near(m.start())
            pos = m.start("list")
            items = _split_departments(m.group("list"))
            for k, item in enumerate(items):
                i = self.text.find(item, pos)
                pos = i + len(item)
                role = "牵头" if k == len(items) - 1 and m.group("end") == "牵头" else "责任"
                # (the item is stripped: _DEPT_ROLE_TAIL can match only where it ends with one of those words)
                lead = _DEPT_ROLE_TAIL.search(item) if item.endswith(_ROLE_TAIL_ENDS) else None
                if lead:  # (甲局牵头,乙局按职责分工负责): the unit named before 牵头 leads
                    role = "牵头" if lead.group() == "牵头" else role
                    item = item[: lead.start()]
                self._department(item, role, task, industry, i)
        for m in _DUTY_NOTE.finditer(self.text):
            self.dept_spans.append((m.start(), m.end()))
            task = self._task_before(m.start())
            industry = self.industry_near(m.start())
            self._labelled_units(m.start("body"), m.end("body"), task, industry)
        for m in _line_matches(_LEAD_BLOCK, _LEAD_BLOCK_NL, self.text):
            # (the line may hold more labels: 牵头单位:甲局;责任单位:乙局、丙局)
            end = min(x for x in (self.text.find("\n", m.end("list")), self.text.find("。", m.end("list")),
                                  len(self.text)) if x >= 0)
            self.dept_spans.append((m.start(), max(end, m.end())))
            task = self._task_before(m.start())
            industry = self.industry_near(self.text.rfind("\n", 0, max(0, m.start() - 2)))
            self._labelled_units(m.start("role"), end, task, industry)
        self._table_units()
        # a clause that opens with the units and says what they do: 甲局牵头负责…;乙局、丙局分别负责…
        # (two such clauses in one paragraph at least: the division of the work among the units, not one remark)
        charged = {}
        for f in _RESPONSIBLE.finditer(self.text):
            # (the last of 。;.:\n in the 45 characters before 负责, by one greedy match, or -1)
            lm = _DUTY_CLAUSE_LAST.match(self.text, max(0, f.start() - 45), f.start())
            cs = lm.end() - 1 if lm is not None else -1
            m = _DUTY_CLAUSE.fullmatch(self.text, cs + 1, f.end()) if cs >= 0 or f.start() <= 45 else None
            if m is None:
                continue
            items = _split_departments(m.group("list"))
            if items and "负责" not in m.group("list") and all(_DEPT_SUFFIX_END.search(i) for i in items):
                charged.setdefault(self.text.rfind("\n", 0, m.start()), []).append((m, items))
        for clauses in charged.values():
            for m, items in clauses if len(clauses) >= 2 else ():
                self.dept_spans.append((m.start("list"), m.end()))
                task, industry = self._task_before(m.start()), self.industry_near(m.start())
                pos = m.start("list")
                for item in items:
                    i = self.text.find(item, pos)
                    pos = i + len(item)
                    self._department(item, "牵头" if m.group("lead") else "责任", task, industry, i)
        # units named in running text before 按职责分工负责(落实), with the lead unit before them (由甲局牵头,乙局、
        # 丙公司按职责分工负责落实): every item a unit's name, read as a duty note is
        k = self.text.find("按职责分工负责")
        while k >= 0:
            if self.text[k - 1: k] != "(" and k not in self.dept_spans:
                cs = max(self.text.rfind(c, max(0, k - 200), k) for c in ",;。\n:(")
                items = _split_departments(self.text[cs + 1:k])
                if items and (b := items[0].rfind("由")) >= 0:
                    items[0] = items[0][b + 1:]  # 以上工作由|甲局、乙局…: what the units carry out, said before them
                if items:
                    items[-1] = _UNITS_KIND_END.sub("", items[-1])  # 甲局、乙局等部门: the units, then their kind
                items = [i for i in items if i and not _ALL_UNITS_END.search(i)]  # (由园区各部门…: none named)
                if cs >= 0 and items and all(_DEPT_HEAD.search(i) for i in items):
                    lead = _LEAD_BEFORE.search(self.text, max(0, cs - 40), cs)
                    task = self._task_before(lead.start() if lead else cs)
                    industry = self.industry_near(k)
                    if lead is not None and _DEPT_HEAD.search(lead.group("u")):
                        self.dept_spans.append((lead.start("u"), lead.end("u")))
                        self._department(lead.group("u"), "牵头", task, industry, lead.start("u"))
                    self.dept_spans.append((cs + 1, k))
                    pos = cs + 1
                    for item in items:
                        i = self.text.find(item, pos)
                        pos = i + len(item)
                        self._department(item, "责任", task, industry, i)
            k = self.text.find("按职责分工负责", k + 7)
        # a label inside a sentence, neither in parentheses nor opening a line (…完成整改。责任单位:甲局、乙局。)
        role_at = _anchored_starts(self.text, _ROLE_ANCHORS)  # (where _DUTY_LABEL can start)
        labels = list(_finditer_at(_DUTY_LABEL, self.text, role_at))
        self._duty_marks = [m.end() for m in labels]  # (what _in_duty_list would scan for)
        for m in labels:
            if m.start() in self.dept_spans:
                continue
            e = _DUTY_INLINE_END.search(self.text, m.end(), m.end() + 200)
            end = e.start() if e else min(len(self.text), m.end() + 200)
            self.dept_spans.append((m.start(), end))
            self._labelled_units(m.start(), end, self._task_before(m.start()), self.industry_near(m.start()))

    def _table_units(self):
        """The cells of a table's column of units (责任部门, 牵头单位: one row per line, cells split by tabs), each unit
        with the role its header names; blank lines and short headings between the rows (（一）甲产业链) are passed
        over, three at most in a row."""
        text = self.text
        heads = set()
        for w in ("单位\t", "部门\t", "单位\n", "部门\n") if "\t" in text else ():  # (literal scans: cheap)
            k = text.find(w)
            while k >= 0:
                if text[k - 2:k] in _DUTY_ROLE and (k < 3 or text[k - 3] in "\t\n"):
                    heads.add(k - 2)
                k = text.find(w, k + 1)
        for hs in sorted(heads):
            ls = text.rfind("\n", 0, hs) + 1
            le = text.find("\n", hs)
            le = len(text) if le < 0 else le
            header = text[ls:le].split("\t")
            col = text.count("\t", ls, hs)
            if len(header) < 2:
                continue
            role = _DUTY_ROLE[text[hs:hs + 2]]
            pos = le + 1
            gap = 0  # (the lines in a row that are no row of the table)
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end].split("\t")
                if len(row) != len(header):
                    gap += 1
                    if len(row) > 1 or len(row[0].strip()) > 30 or gap > 3:
                        break
                    pos = end + 1  # (a blank line, or a heading of a group of rows, (一)甲产业链, between rows)
                    continue
                gap = 0
                at = pos + sum(len(c) + 1 for c in row[:col])
                self.dept_spans.append((at, at + len(row[col])))
                for item in _split_departments(row[col]):
                    i = text.find(item, at)
                    self._department(item, role, None, self.industry_near(pos), i)
                pos = end + 1

    def _labelled_units(self, start, end, task, industry):
        """The units after each role label between `start` and `end` (牵头单位:甲局;责任单位:乙局、丙局)."""
        labels = list(_DUTY_LABEL.finditer(self.text, start, end))
        for k, lab in enumerate(labels):
            stop = labels[k + 1].start() if k + 1 < len(labels) else end
            pos = lab.end()
            for item in _split_departments(self.text[pos:stop]):
                i = self.text.find(item, pos)
                pos = i + len(item)
                if item.endswith(_ROLE_TAIL_ENDS):  # (else _DEPT_ROLE_TAIL, at the end of the stripped item, finds none)
                    item = _DEPT_ROLE_TAIL.sub("", item)
                self._department(item, _DUTY_ROLE[lab.group("role")], task, industry, i)

    def _department(self, name, role, task, industry, pos):
        name = name.strip(" .。")
        if "等" in name:
            name = _DEPT_DENG_END.sub("", name)  # (…、丙局等)
        if not (2 <= len(name) <= 20) or _TM_DIGIT.search(name):
            return
        # (a park type, searched once; every type ends in 园 or 区, so a name without them holds none)
        park = ("园" in name or "区" in name) and _PARK_SUFFIX_RE.search(name) is not None
        if not _DEPT_HEAD.search(name) and not park and not _DEPT_TEAM.search(name) and \
                not _firm_like(name) and not (_TOWNSHIP_UNIT.fullmatch(name) and name[-2:] not in _NOT_TOWNSHIP):
            return  # a unit has the head of an office (局, 委员会, 中心, 政府, 专班) or is a firm or a township (甲镇,
            # 乙乡, 丙街道: its government, listed as the unit); a phrase of the task has none
        if _DEPT_CONCERNED.search(name):
            return  # 市级有关部门, 各相关单位: the units concerned, none of them named (各有关市州政府 names their kind)
        is_park = park and not _DEPT_SUFFIX_END.search(name)
        full = name
        scope = self.x.scope.get("region")
        if not is_park and scope:
            first = next(iter(self.region_scan(name)), None)
            if first is None or first[0] != 0:
                level_char = scope[-1]
                if name[0] in "区市县省" and name[0] == level_char:
                    full = scope + name[1:]
                elif name[0] not in "区市县省" and first is None:
                    full = scope + name  # (not 国网某省电力公司, 人行某省分行: a name with its own region in it)
        self.x.departments.append({
            "name": full, "as_written": name, "role": role, "task": task, "industry": industry,
            "is_park": is_park, "evidence": [self.ev(pos, pos + len(name), 0.85)],
        })


# what follows a unit's name in a duty note: its role (甲局牵头, 乙局负责, 丙局配合)
# what a wanted item is not: a figure, a firm, a vague or generic word
_WANT_ITEM_BAD = re.compile(
    r"\d(?![A-Za-z])|[“”]|集团$|公司$|战略投资|链|的|一批|优质|相关|有关|外资|入园|新上|龙头|骨干|头部|企业|项目|资金|人才|"
    r"团队|技术$|[高大强好多广快]$|省内|国内|国外|境外")
_DEPT_DENG_END = re.compile(r"等$")
# the lead unit of a clause, right before the units that carry it out (由甲局牵头,|乙局、丙局按职责分工负责落实)
_LEAD_BEFORE = re.compile(rf"由(?P<u>[{H}()]{{2,30}})牵头$")
_UNITS_KIND_END = re.compile(r"等(?:部门|单位)?$")  # (甲局、乙局等部门|按职责分工负责)
_ALL_UNITS_END = re.compile(r"各(?:部门|单位|有关部门)$")  # (由园区各部门|按职责分工负责: every unit, none named)
_DUTY_CLAUSE = re.compile(rf"(?P<list>[{H}、]{{2,40}}?)(?P<lead>牵头)?(?:分别)?负责")
_RESPONSIBLE = re.compile(r"负责(?!人)")
_DUTY_CLAUSE_LAST = re.compile(r"(?s).*[。;.:\n]")
# (every park type ends in 园 or 区: see _department)
assert all(w[-1] in "园区" for w in PARK_TYPES) and _SECTOR_PARK.endswith(")园(?!区)")
_DEPT_TEAM = re.compile(r"(?:专班|工作组|小组)$")  # a task force listed as a responsible unit (各产业链专班)
_DEPT_CONCERNED = re.compile(r"(?:有关|相关)(?:部门|单位|方面|机构|企业)?$")
_TOWNSHIP_UNIT = re.compile(rf"(?!各)[{H}]{{2,4}}(?:镇|乡|街道|苏木)")  # a township listed as a unit (甲镇, 乙街道)
_DEPT_SUFFIX_END = re.compile(_DEPT_SUFFIX + "$")
_ROLE_TAIL_WORDS = ("牵头", "负责", "配合", "参与")
_DEPT_ROLE_TAIL = re.compile("(?:" + "|".join(_ROLE_TAIL_WORDS) + ")(?:落实)?$")
_ROLE_TAIL_ENDS = (*_ROLE_TAIL_WORDS, "落实")  # (how a string that _DEPT_ROLE_TAIL matches ends)
# 室, 社 and 会 end the names of units too (督查室, 供销社, 贸促会) but also common words, so they count only here,
# where the phrase already stands in a list of responsible units
# (and the people's organisations by their short names: 工商联, 残联, 侨联, 科协)
_DEPT_HEAD = re.compile(_DEPT_SUFFIX + r"$|政府$|机构$|部门$|[室社会]$|(?:工商|残|侨|妇|文)联$|科协$|银行|分行|支行")
_DEPT_HEAD_BEFORE_AND = re.compile(_DEPT_SUFFIX + r"(?:牵头|负责|配合)?$|政府$")


_DEPT_AND = re.compile(r"(和|及|与)")
# units are separated by 、 , ; but not inside a parenthesis of a name (各县(市、区)政府)
_DEPT_SEP = re.compile(r"[、,;](?![^()]*\))")
_DEPT_SEP_PLAIN = re.compile(r"[、,;]")


def _split_departments(s):
    """The units of a duty note.  和/及/与 joins two units only where the part before it is a whole unit
    (甲局和乙局); inside a name it is part of the name (市发展和改革委员会, 市工业和信息化局).

    >>> _split_departments("县交通和运输局、县林草局和县水务局")
    ['县交通和运输局', '县林草局', '县水务局']
    >>> _split_departments("市财政局;各县(市、区)政府")
    ['市财政局', '各县(市、区)政府']
    """
    out = []
    # (without a ) in `s` the lookahead of _DEPT_SEP always holds: the plain split is the same)
    for piece in (_DEPT_SEP if ")" in s else _DEPT_SEP_PLAIN).split(s):
        parts = _DEPT_AND.split(piece)
        cur = parts[0]
        for k in range(1, len(parts), 2):
            if _DEPT_HEAD_BEFORE_AND.search(cur) and len(parts[k + 1]) >= 2:
                out.append(cur)
                cur = parts[k + 1]
            else:
                cur += parts[k] + parts[k + 1]
        out.append(cur)
    return [x.strip() for x in out if x.strip()]


def _split_list(s):
    return [x.strip() for x in re.split(r"[、,]|(?<=.{2})(?:和|及|与)(?=.{2})", s) if x.strip()]


_WANT_CLAUSE_STOP = re.compile(r"[,。;]")  # the characters none of _WANT's lists may hold


def _want_matches(text):
    """``_WANT.finditer(text)``, tried only where a match can start.

    A match starts at 围绕 or at most 12 characters before a recruiting verb
    (招引, 引进, …); the pattern is matched at those positions, in order.
    """
    yield from _want_matches_at(text, _literal_starts(text, _WANT_LEADS))



def _want_matches_at(text, leads):
    """:func:`_want_matches`, given ``_literal_starts(text, _WANT_LEADS)`` (find_wanted finds them once for it
    and for _WANT_DIRECT)."""
    cands = set()
    for m in _finditer_at(_WANT_TRIGGER, text, leads):
        t = m.start()
        if m.group() == "围绕":
            cands.add(t)
        else:
            cands.update(range(max(0, t - 14), t + 1))
    pos = 0
    stops = {}  # position -> where its clause ends (the next , 。 or ;)

    def clause_end(q):
        if q not in stops:
            c = _WANT_CLAUSE_STOP.search(text, q)
            stops[q] = c.start() if c else len(text)
        return stops[q]

    # (the candidates come in order, most of them in the clause of the one before: the clause end found last,
    # known to hold for [known_q, known_e], and the next 等 found last, deng, serve them; deng == -1: no 等 is left)
    known_q = known_e = deng = -2
    for p in sorted(cands):
        if p < pos:
            continue
        # a match holds no , 。 ; after its optional 围绕…, part, and holds 等: without a 等 in the clause it
        # starts (or, after 围绕 and a comma, in the next one) it cannot match
        if known_q <= p <= known_e:
            ce = known_e  # (no stop in [known_q, known_e), one at known_e: the first at or after p)
        else:
            ce = known_e = clause_end(p)
            known_q = p
        if -1 < deng < p or deng == -2:
            deng = text.find("等", p)
        if not -1 < deng < ce and not (text.startswith("围绕", p) and text.startswith(",", ce) and
                                       text.find("等", ce + 1, clause_end(ce + 1)) >= 0):
            continue
        m = _WANT.match(text, p)
        if m:
            yield m
            pos = m.end()
