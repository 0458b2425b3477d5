"""Rule-based extraction from the text of industrial planning documents.

The rules describe the genre, not particular documents: chains written as
separated steps, trigger phrases around enterprise and project lists, park
and region names, indicator sentences, attraction (招引) lists and the
department blocks that close each task.  Every record carries the span of
the cleaned text it came from, the sentence and a confidence.

Examples
--------
>>> from chainatlas.loaders.text import extract_text
>>> x = extract_text("围绕硅产业，形成“工业硅—多晶硅—拉晶切片”的产业链。", doc_id="t")
>>> [c["links"] for c in x.chains]
[['工业硅', '多晶硅', '拉晶切片']]
"""

import re
from collections import Counter

from chainatlas.loaders.normalize import HAN, clean_text, split_sentences
from chainatlas.loaders.records import Extraction, evidence
from chainatlas.ontology.regions import region_index

__all__ = ["extract_text", "parse_chain", "parse_project_item", "normalise_product", "capacity_products", "CAPACITY"]

H = HAN
_CN_NUM = "一二三四五六七八九十两"

# ----------------------------------------------------------------------------- chains

_SEP = r"\s*[—\-→~]\s*"
_ITEM = rf"[{H}A-Za-z0-9+]*[{H}][{H}A-Za-z0-9+]*(?:\([^()]{{1,40}}\))?"
_CHAIN = re.compile(rf"{_ITEM}(?:{_SEP}{_ITEM})+")

# words that lead into a chain in running text; stripped from its first step
_LEAD_WORDS = (
    "按照", "构建", "形成", "打造", "发展", "延伸", "推进", "推动", "围绕", "完善", "培育", "重点发展",
    "构筑", "建设", "做强", "做大", "拉长", "以", "的", "和", "及", "与", "在", "为", "是", "即",
    "着力", "加快", "全力", "积极", "大力", "依托", "实现", "聚焦", "壮大",
)
_TAIL = re.compile(
    r"(?:等|的)?(?:一体化)?(?:循环经济|全)?(?:千亿级|百亿级)?(?:循环经济)?"
    r"(?:产业链条|产业链|产业体系|产业集群|链条|模式|体系)$|为首位产业$|为主导产业$"
)
_MAKE = re.compile(r"^(?P<inp>.+?)制(?![造品剂种冷度作备])(?P<out>.{2,})$")
_PROCESS_SUFFIX = ("精深加工", "加工", "制造", "生产", "种植", "养殖", "开发", "延伸", "综合利用", "利用")


def normalise_product(name: str) -> str:
    """Reduce a step or product phrase to the product it names.

    >>> normalise_product("中药饮片加工"), normalise_product("精深加工"), normalise_product("硅系新材料综合利用")
    ('中药饮片', '精深加工', '硅系新材料')
    """
    s = name.strip()
    for _ in range(2):
        for suf in ("自动化生产线", "生产线", "项目", "一体化", "技改", "改造", "示范", "工程"):
            if s.endswith(suf) and len(s) - len(suf) >= 2:
                s = s[: -len(suf)]
        for suf in _PROCESS_SUFFIX:
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                s = s[: -len(suf)]
                break
    return s


def _split_alternatives(step):
    m = re.match(r"^(?P<base>[^()]+)\((?P<alt>[^()]+)\)$", step)
    if not m:
        return step, []
    alts = [a for a in re.split(r"[、,/及和]", m.group("alt")) if a]
    return m.group("base"), alts


def parse_chain(steps):
    """Turn chain steps into links and feeds.

    Parameters
    ----------
    steps : list of str
        The steps as written, e.g. ``["绿电制绿氢", "绿氢制绿氨", "绿氢+二氧化碳制甲醇"]``.

    Returns
    -------
    dict
        ``links`` (ordered names), ``feeds`` (pairs), ``position`` and
        ``segment`` per link, ``alternatives`` per link, ``aliases`` per link.

    Examples
    --------
    >>> c = parse_chain(["绿电制绿氢", "绿氢制绿氨", "绿氢+二氧化碳制甲醇"])
    >>> c["links"]
    ['绿电', '绿氢', '绿氨', '二氧化碳', '甲醇']
    >>> sorted(c["feeds"])
    [('二氧化碳', '甲醇'), ('绿氢', '甲醇'), ('绿氢', '绿氨'), ('绿电', '绿氢')]
    >>> c["segment"]["二氧化碳"]
    '配套'
    """
    links, feeds, alternatives, aliases = [], [], {}, {}
    prev_outputs = []

    def add(name):
        if name not in links:
            links.append(name)

    for i, raw in enumerate(steps):
        base, alts = _split_alternatives(raw)
        inputs = []
        m = _MAKE.match(base)
        if m:
            inputs = [normalise_product(x) for x in m.group("inp").split("+") if x]
            outs = [normalise_product(m.group("out"))]
        else:  # 绿氢+二氧化碳: several products side by side
            outs = [normalise_product(x) for x in base.split("+") if x]
        for x in inputs:
            add(x)
        for out in outs:
            add(out)
            if alts:
                alternatives.setdefault(out, []).extend(a for a in alts if a not in alternatives.get(out, []))
            if raw != out:
                aliases.setdefault(out, []).append(raw)
            srcs = inputs if inputs else prev_outputs
            for s in srcs:
                if s != out and (s, out) not in feeds:
                    feeds.append((s, out))
        prev_outputs = outs
    # position: longest path from a source
    position = {n: 0 for n in links}
    for _ in range(len(links)):
        changed = False
        for a, b in feeds:
            if position[b] < position[a] + 1:
                position[b] = position[a] + 1
                changed = True
        if not changed:
            break
    last = max(position.values()) if position else 0
    has_in = {b for _, b in feeds}
    first_sources = set()
    if links:
        first_sources = {links[0]}
        b0, _ = _split_alternatives(steps[0])
        m0 = _MAKE.match(b0)
        if m0:
            first_sources = {normalise_product(x) for x in m0.group("inp").split("+") if x}
    segment = {}
    for n in links:
        if n not in has_in and n not in first_sources:
            segment[n] = "配套"
        elif position[n] == 0:
            segment[n] = "上游"
        elif position[n] == last:
            segment[n] = "下游"
        else:
            segment[n] = "中游"
    return {"links": links, "feeds": feeds, "position": position, "segment": segment,
            "alternatives": alternatives, "aliases": aliases}


def _strip_lead(s, words=_LEAD_WORDS):
    changed = True
    while changed:
        changed = False
        for w in words:
            if s.startswith(w) and len(s) > len(w) + 1:
                s = s[len(w):]
                changed = True
    return s


# ----------------------------------------------------------------------------- names

_ENT_TRIGGERS = (
    "依托", "支持", "鼓励", "引导", "推动", "培育", "发挥", "扶持", "精准对接", "对接", "围绕", "持续延伸",
    "延伸", "带动", "引进", "推进", "加快", "积极", "重点", "全力", "大力", "充分", "以", "由", "和", "与",
    "其中", "如", "包括", "有", "及",
)
_NAME_STOP = re.compile(
    r"(产业|发展|建设|推进|加快|实施|项目|企业|园区|规模|能力|水平|技术|资源|优势|行业|领域|政策|服务|"
    r"创新|市场|我市|全市|全区|全省|一批|工作|生产|主体|载体|平台|基地|体系|集群|提升|扩大|增效|有效|投资|"
    r"对接|主动|要素|\d)"
)
_ROLE_WORDS = {"链主": "链主", "龙头": "龙头", "骨干": "骨干", "规上": "规上", "规模以上": "规上",
               "专精特新": "专精特新", "小巨人": "小巨人", "领军": "龙头", "头部": "龙头"}
_LEGAL = re.compile(rf"[{H}()A-Za-z]{{2,30}}?(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|集团)")


def _plausible_name(s):
    return 2 <= len(s) <= 20 and re.fullmatch(rf"[{H}A-Za-z()]+", s) and not _NAME_STOP.search(s)


def _split_list(s):
    return [x.strip() for x in re.split(r"[、,]|(?<=.{2})(?:和|及|与)(?=.{2})", s) if x.strip()]


# ----------------------------------------------------------------------------- parks

_PARK_SUFFIX = (
    r"(?:经济技术开发区|高新技术产业开发区|经济开发区|经开区|高新区|开发区|工业园区|产业园区|"
    r"化工产业集中区|工业集中区|产业集中区|产业园|工业园|示范园|创业园|物流园)"
)
_PARK = re.compile(rf"[{H}A-Za-z0-9]{{0,16}}?{_PARK_SUFFIX}(?:(?![和与及])[{H}]{{2,12}}?{_PARK_SUFFIX})*")
_PARK_SUFFIX_RE = re.compile(_PARK_SUFFIX)
_PARK_LEAD = _LEAD_WORDS + (
    "依托", "入驻", "加快", "支持", "已形成", "已成为", "吸引", "落地", "落户", "对", "将", "把", "向",
    "由", "至", "等", "推动", "引导", "进", "入", "全力", "建成", "打造", "创建", "申报", "省级", "国家级",
    "全省首个", "首个", "各", "本", "该", "现有", "所在", "个", "家", "一批",
)
_PARK_BOUNDARY = ("入驻", "和", "与", "及", "的", "在", "从", "把", "将", "向", "对", "由", "至", "等", "打造",
                  "建设", "依托", "推进", "加快", "支持", "形成", "为", "是", "、", "企业")
# words that hold a boundary character but are not a boundary (碳中和新材料高新产业园)
_BOUNDARY_EXCEPTIONS = ("碳中和",)
_VERBISH = re.compile(r"坚持|获得|选派|落实|配合|探索|完善|融入|建立|巩固|提升|推动|实施|强化|加强|优化|"
                      r"开展|争创|创建|申报|认定|命名|规划|引进|服务|管理|发挥|利用|领先|一流|\d")
_GENERIC_PARK = re.compile(r"^(?:[各全本该这此][^区]{0,3}|工业|产业|化工|合作共建|示范|专业|特色|省级|国家级|县级|市级)?"
                           rf"{_PARK_SUFFIX}$")


# ----------------------------------------------------------------------------- projects

_UNITS = (r"(?:万吨|吨|万千瓦时|万千瓦|千瓦|兆瓦|MW|GW|GWh|MWh|万袋|万头|万只|万羽|万套|套|台套|台|条|万平方米|"
          r"平方米|亿片|万片|片|万件|件|万辆|辆|万立方米|立方米|万锭|亿粒|万亩|亩)")
CAPACITY = re.compile(
    rf"(?P<basis>年产|年处理|年加工|日产|日处理|年回收|年利用)?(?P<value>\d+(?:\.\d+)?)(?P<unit>{_UNITS})(?:/(?:年|日|天))?"
    rf"|(?P<level>百万吨级|十万吨级|万吨级|千吨级|百吨级|GW级|万千瓦级)"
)
_PHASE = re.compile(rf"(?:[{_CN_NUM}\d]+期(?:工程)?|扩建|改扩建|技改)$")
_STAGE_WORDS = (
    ("建成投产", "投产"), ("投产", "投产"), ("竣工", "竣工"), ("开工建设", "开工"), ("开工", "开工"),
    ("在建", "在建"), ("加快建设", "在建"), ("加快实施", "在建"), ("加快推进", "在建"), ("推进", "在建"),
    ("实施", "在建"), ("签约", "签约"), ("落地", "签约"), ("谋划", "谋划"), ("储备", "谋划"), ("引进", "签约"),
)
# words after '…等项目' that state the listed projects' stage: …等项目建成投产
_STAGE_AFTER_LIST = tuple((w, st) for w, st in _STAGE_WORDS if w in ("建成投产", "投产", "竣工", "开工建设", "开工", "在建"))
_PROJECT_LIST = re.compile(
    r"(?P<verb>加快建设|加快实施|加快推进|全力推进|积极推进|稳步推进|组织实施|推进|实施|谋划|储备|"
    r"开工建设|建成|引进|落地|签约|建设)"
    rf"(?P<list>[^。;:【】]{{2,400}}?)等(?P<mid>[^。;,项]{{0,8}})项目"
)


def capacity_products(text, lead_product=None):
    """The product after each capacity in `text`, with the capacity.

    `lead_product` names the first product when it stands before its capacity
    (年产固态发酵白酒800吨生产线).

    >>> [(p["name"], p["capacity"], p["unit"]) for p in capacity_products("2000吨仲丁灵原药9000吨化工中间体")]
    [('仲丁灵原药', 2000.0, '吨'), ('化工中间体', 9000.0, '吨')]
    >>> capacity_products("建设2万吨绿氨及配套制氢装置，配套储罐")[0]["name"]
    '绿氨及配套制氢装置'
    """
    caps = list(CAPACITY.finditer(text))
    products = []
    for i, c in enumerate(caps):
        end = caps[i + 1].start() if i + 1 < len(caps) else len(text)
        prod = re.split(r"[,，;；。(（]", text[c.end():end])[0].strip("的及和、 ")
        prod = re.sub(r"^(?:-|及配套|配套)+", "", prod)
        if i == 0 and lead_product and normalise_product(prod) in ("", "生产线"):
            prod = lead_product
        if prod:
            products.append({"name": normalise_product(prod),
                             "capacity": float(c.group("value")) if c.group("value") else None,
                             "unit": c.group("unit") or c.group("level"), "basis": c.group("basis")})
    return products


# heads of product phrases common in the genre; a project item without a
# capacity splits into enterprise + product at the first of these (or of a
# link named in the same document)
PRODUCT_HEADS = (
    "绿电", "绿氢", "绿氨", "制氢", "氢", "风电", "光伏", "光热", "储能", "抽水蓄能", "合成氨", "甲醇", "烯烃",
    "硅", "煤", "电解", "锂", "铝", "铜", "镍", "钴", "钛", "碳纤维", "玄武岩", "乳", "肉", "饲料", "种子",
    "制种", "中药", "药", "化工", "新材料", "再生资源", "废旧", "垃圾", "生物质", "热电", "火电", "电站",
)


def parse_project_item(item, known_enterprises=(), product_words=()):
    """Split one project item into enterprise, capacities/products and phase.

    Examples
    --------
    >>> p = parse_project_item("河西硅业20万吨硅系新材料综合利用二期")
    >>> p["enterprise"], p["phase"], p["products"]
    ('河西硅业', '二期', [{'name': '硅系新材料', 'capacity': 20.0, 'unit': '万吨', 'basis': None}])
    >>> [x["name"] for x in parse_project_item("大弓农化2000吨仲丁灵原药9000吨化工中间体")["products"]]
    ['仲丁灵原药', '化工中间体']
    """
    name = item.strip()
    rest = name
    phase = None
    m = _PHASE.search(rest)
    if m and len(rest) - len(m.group(0)) >= 2:
        phase = m.group(0)
        rest = rest[: m.start()]
    enterprise = None
    lead_product = None
    caps = list(CAPACITY.finditer(rest))
    if caps:
        head = rest[: caps[0].start()]
        b = re.search(r"年产|年处理|年加工|日产|日处理", head)
        if b and b.start() >= 2:  # 陇酒酒业年产固态发酵白酒800吨生产线
            lead_product = head[b.end():] or None
            head = head[: b.start()]
        if len(head) >= 2 and _plausible_name(head):
            enterprise = head
    if enterprise is None:
        for e in sorted(known_enterprises, key=len, reverse=True):
            if rest.startswith(e) and len(rest) > len(e) + 1:
                enterprise = e
                break
    if enterprise is None and not caps:
        # products named in the document first, then the genre's common heads
        for words in (product_words, PRODUCT_HEADS):
            cuts = [i for i in (rest.find(w, 2) for w in words) if 2 <= i <= 6]
            if cuts:
                if _plausible_name(rest[: min(cuts)]):
                    enterprise = rest[: min(cuts)]
                break
    if enterprise is not None and region_index().is_region_name(enterprise):
        enterprise = None  # 张掖火电二期: a place, not a firm
    if caps:
        products = capacity_products(rest, lead_product)
    else:
        products = []
        body = rest[len(enterprise):] if enterprise else rest
        if len(body) >= 2:
            products.append({"name": normalise_product(body), "capacity": None, "unit": None, "basis": None})
    return {"name": name, "enterprise": enterprise, "products": products, "phase": phase}


# ----------------------------------------------------------------------------- targets

_TARGET = re.compile(
    r"(?P<year>20\d{2})年(?:底|末)?,?(?P<subject>[^,。;]{0,30}?)(?P<metric>总产值|产值|营业收入|销售收入|主营业务收入|"
    r"增加值|固定资产投资(?:总量)?|投资|产量|税收)(?P<verb>预计|力争|计划|确保|目标)?(?:达到|突破|实现|完成|超过|提升至|增长至|增至)"
    r"(?P<value>\d+(?:\.\d+)?)(?P<unit>亿元|万元|万吨|%|户|家)"
)
# ----------------------------------------------------------------------------- attraction lists

_WANT = re.compile(
    r"(?:围绕(?P<around>[^,。;]{2,40}?)(?:产业)?,)?[^,。;]{0,12}?(?:招引|引进|引育|招商引进)(?P<list>[^。;,]{2,120}?)"
    r"等(?P<mid>[^。;,]{0,12}?)(?:企业|项目|产业)"
)

# ----------------------------------------------------------------------------- departments

_DEPT_SUFFIX = r"(?:局|委|办|厅|中心|公司|分局|管委会|委员会|办公室|集团|部|所|站|院|队)"
_DUTY = re.compile(r"\((?P<list>[^()]{2,200}?)按职责分工负责(?:落实)?\)")
_LEAD_BLOCK = re.compile(r"^\s*(?P<role>牵头单位|责任单位|配合单位)\s*:\s*(?P<list>.+?)\s*$", re.M)
_TASK = re.compile(r"^\s*(?:\d+|[(][一二三四五六七八九十]+[)])[.、)]?\s*(?P<title>[^。\n]{2,40}?)[。.]", re.M)
_INDUSTRY_IN_TITLE = re.compile(rf"(?:推动|推进|发展|壮大|做强|培育|打造|加快)(?P<name>[{H}]{{2,12}}?)产业")
_INDUSTRY_GROUP = re.compile(
    rf"“?(?P<list>[{H}、和]{{4,120}}?)”?(?P<n>[{_CN_NUM}\d]+)(?:大|个)(?P<label>[{H}]{{0,5}}?)产业"
)


def _ev(text, start, end, conf, sentences):
    s = _sentence_at(sentences, start)
    return evidence(start, end, s[2] if s else text[start:end], conf)


def _sentence_at(sentences, pos):
    # binary search over (start, end, text)
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if pos < s[0]:
            hi = mid - 1
        elif pos >= s[1] + 1:
            lo = mid + 1
        else:
            return s
    return sentences[hi] if 0 <= hi < len(sentences) else None


class _Extractor:
    def __init__(self, raw, doc_id, title=None):
        self.text = clean_text(raw)
        self.x = Extraction(doc_id=doc_id, text=self.text)
        self.sentences = list(split_sentences(self.text))
        self.regions = region_index()
        first = next((ln.strip() for ln in self.text.split("\n") if ln.strip()), "")
        self.x.title = title or first[:60]
        self._seen = {}

    def ev(self, start, end, conf):
        return _ev(self.text, start, end, conf, self.sentences)

    def add(self, category, key, record):
        """Add a record once per (category, key); later mentions add their evidence."""
        k = (category, key)
        if k in self._seen:
            rec = self._seen[k]
            if len(rec["evidence"]) < 5:
                rec["evidence"].append(record["evidence"][0])
            for f, v in record.items():
                if f != "evidence" and v and not rec.get(f):
                    rec[f] = v
                if f == "roles":
                    rec["roles"] = sorted(set(rec.get("roles") or []) | set(v or []))
            return rec
        getattr(self.x, category).append(record)
        self._seen[k] = record
        return record

    # ------------------------------------------------------------------ regions and scope
    def find_regions(self):
        counts = Counter()
        mentions = {}
        for s, e, name in self.regions.finditer(self.text):
            counts[name] += 1
            mentions.setdefault(name, (s, e))
        ctx = set()
        for name in counts:
            c = self.regions.by_name.get(name) or [r for r in self.regions.by_short.get(name, [])
                                                   if r.level == "province"]
            if len(c) == 1:
                ctx.add(c[0].adcode)
                ctx.update(a.adcode for a in self.regions.ancestors(c[0]))
        provinces = {c[:2] for c in ctx}
        for name in list(counts):
            # a short name (张掖, 黑河) counts only inside a province the text names in full:
            # short names also occur inside firm names (株洲中车, 黑河水电)
            if name not in self.regions.by_name:
                short = [r for r in self.regions.by_short.get(name, [])
                         if r.level == "province" or r.adcode[:2] in provinces]
                if not short:
                    del counts[name]
        for name in counts:
            r = self.regions.resolve(name, ctx)
            s, e = mentions[name]
            conf = 0.9 if r is not None and r.name == name else (0.7 if r is not None else 0.4)
            self.add("regions", r.adcode if r else name, {
                "name": r.name if r else name, "mention": name, "adcode": r.adcode if r else None,
                "level": r.level if r else None,
                "parents": [a.name for a in self.regions.ancestors(r)] if r else [],
                "resolved": r is not None, "evidence": [self.ev(s, e, conf)],
            })
        self.context = ctx
        # the suffix the text uses of itself, then the region with that suffix it names
        # in full most often; an anonymised text (xx市) gets no scope
        full = Counter({n: c for n, c in counts.items() if n in self.regions.by_name})
        refs = Counter({suf: len(re.findall(rf"(?:全|我|本){suf}", self.text)) for suf in "区县市省"})
        suf, n = refs.most_common(1)[0]
        named = [(c, name) for name, c in full.items() if name.endswith(suf)]
        anonymised = re.search(r"(?<![A-Za-z])[xX]{2}[市县区省]", self.text)
        if n and named:
            self.x.scope["region"] = max(named)[1]
        elif anonymised:  # an anonymised text (xx市): keep the name, flagged, never guess
            self.x.scope["unresolved"] = anonymised.group(0)
        elif full:
            self.x.scope["region"] = full.most_common(1)[0][0]

    def resolve_region(self, name):
        return self.regions.resolve(name, self.context)

    # ------------------------------------------------------------------ parks
    def find_parks(self):
        for m in _PARK.finditer(self.text):
            raw = m.group(0)
            s = m.start()
            first_suffix = _PARK_SUFFIX_RE.search(raw)
            prefix = raw[: first_suffix.start()]
            for w in _BOUNDARY_EXCEPTIONS:  # same length, so the cut index stays valid
                prefix = prefix.replace(w, "\0" * len(w))
            cut = max((prefix.rfind(w) + len(w) for w in _PARK_BOUNDARY if w in prefix), default=0)
            name = _strip_lead(raw[cut:], _PARK_LEAD)
            s += len(raw) - len(name)
            # drop a leading clause part: 、 inside the match cannot happen; digits can
            name = re.sub(r"^\d+", "", name)
            if not name or _GENERIC_PARK.match(name):
                continue
            # where a region name stands inside the prefix, the park's name starts there
            for rs, re_, rn in self.regions.finditer(name):
                if rs > 0 and rs < _PARK_SUFFIX_RE.search(name).start():
                    s += rs
                    name = name[rs:]
                break
            first_suffix = _PARK_SUFFIX_RE.search(name).group(0)
            if self._region_prefix(name) is None and (
                first_suffix in ("开发区", "经开区", "高新区", "工业园区", "产业园区", "经济技术开发区",
                                 "高新技术产业开发区", "经济开发区")
                or _VERBISH.search(name[: -len(first_suffix)])
            ):
                continue  # a bare 工业园区/开发区 or a phrase: a generic mention, not a name
            parts = self._park_parts(name)
            if not parts:
                continue
            parent = None
            acc = ""
            for p in parts:
                acc += p
                prefix_region = self._region_prefix(acc)
                if parent is None and prefix_region is None and len(p) - len(_PARK_SUFFIX_RE.search(p).group(0)) < 2:
                    break
                rec = {"name": acc, "parent": parent, "region": prefix_region.name if prefix_region else None,
                       "evidence": [self.ev(s, s + len(acc), 0.85 if prefix_region or parent else 0.6)]}
                self.add("parks", acc, rec)
                parent = acc
        # a bare name (智能制造产业园) that ends a fuller one (张掖智能制造产业园) is the same park
        full = [p for p in self.x.parks if p["region"] or p["parent"]]
        for p in list(self.x.parks):
            if p["region"] or p["parent"]:
                continue
            owner = [f for f in full if f["name"].endswith(p["name"]) and f["name"] != p["name"]]
            if len(owner) == 1:
                owner[0].setdefault("aliases", []).append(p["name"])
                owner[0]["evidence"].extend(p["evidence"][:2])
                self.x.parks.remove(p)
        # the document's park: a park named in the title
        if self.x.parks:
            in_title = [p["name"] for p in self.x.parks if p["name"] in self.x.title and not p["parent"]]
            if in_title:
                self.x.scope["park"] = in_title[0]

    def _park_parts(self, name):
        parts, pos = [], 0
        for m in _PARK_SUFFIX_RE.finditer(name):
            if m.end() <= pos:
                continue
            parts.append(name[pos:m.end()])
            pos = m.end()
        return parts

    def _region_prefix(self, name):
        """The region a park's name starts with (张掖经开区 -> 张掖市; 华亭工业园区 -> 华亭市)."""
        for s, e, rn in self.regions.finditer(name):
            if s == 0:
                r = self.resolve_region(rn)
                if r is not None:
                    return r
            break
        provinces = {c[:2] for c in self.context}
        for n in (3, 2):
            for r in self.regions.with_county_suffix(name[:n]):
                if r.adcode[:2] in provinces:
                    return r
        return None

    def park_in(self, start, end):
        for p in self.x.parks:
            for ev in p["evidence"]:
                if start <= ev["start"] < end:
                    return p["name"]
        return None

    # ------------------------------------------------------------------ industries
    def find_industries(self):
        for m in _INDUSTRY_GROUP.finditer(self.text):
            label = m.group("label")
            for item in re.split(r"[、,]", m.group("list")):
                item = item.strip("“”")
                item = _strip_lead(item, ("做大做强", "做强", "发展", "以", "重点", "确定以", "确定", "培育"))
                item = re.sub(r"(?:等)?(?:产业)?$", "", item)
                if 2 <= len(item) <= 12 and not re.search(r"\d", item) and not _PARK_SUFFIX_RE.search(item):
                    self.add("industries", item, {"name": item, "group": f"{m.group('n')}{label}产业".strip(),
                                                  "evidence": [self.ev(m.start(), m.end(), 0.8)]})
        for m in _TASK.finditer(self.text):
            t = _INDUSTRY_IN_TITLE.search(m.group("title"))
            if t:
                name = t.group("name")
                self.add("industries", name, {"name": name, "group": None,
                                              "evidence": [self.ev(m.start("title"), m.end("title"), 0.7)]})

    def industry_near(self, pos):
        """The industry named nearest before `pos` in its sentence, else in its paragraph."""
        sent = _sentence_at(self.sentences, pos)
        if sent:
            names = [i["name"] for i in self.x.industries if i["name"] in sent[2][: pos - sent[0]]]
            if names:
                return max(names, key=lambda n: (sent[2][: pos - sent[0]].rfind(n), len(n)))
        para_start = self.text.rfind("\n", 0, pos) + 1
        para_end = self.text.find("\n", pos)
        para = self.text[para_start: para_end if para_end >= 0 else len(self.text)]
        rel = pos - para_start
        best = None  # (rank, name): nearest mention before pos, else the first after it
        for n in (i["name"] for i in self.x.industries):
            for m in re.finditer(re.escape(n), para):
                rank = (0, rel - m.start()) if m.start() <= rel else (1, m.start() - rel)
                if best is None or rank < best[0] or (rank == best[0] and len(n) > len(best[1])):
                    best = (rank, n)
        return best[1] if best else None

    # ------------------------------------------------------------------ chains
    def find_chains(self):
        for m in _CHAIN.finditer(self.text):
            raw = m.group(0)
            start = m.start()
            if start > 0 and self.text[start - 1].isdigit():
                continue
            steps = [st.strip() for st in re.split(_SEP, raw)]
            quoted = start > 0 and self.text[start - 1] in "“\"'「"
            if not quoted:
                first = _strip_lead(steps[0])
                start += len(steps[0]) - len(first)
                steps[0] = first
            steps[-1] = _TAIL.sub("", steps[-1]) or steps[-1]
            steps = [s for s in steps if s]
            if len(steps) < 2 or any(re.search(r"\d", s) for s in steps):
                continue
            if len(steps) == 2 and any(len(_split_alternatives(s)[0]) < 2 for s in steps):
                continue
            if self._is_place_list(steps):
                continue
            c = parse_chain(steps)
            if len(c["links"]) < 2:
                continue
            name = "—".join(steps)
            conf = 0.95 if quoted else 0.85
            self.add("chains", name, {
                "name": name, "steps": steps, "links": c["links"], "feeds": [list(f) for f in c["feeds"]],
                "segments": c["segment"], "positions": c["position"], "alternatives": c["alternatives"],
                "aliases": c["aliases"], "industry": self.industry_near(m.start()),
                "evidence": [self.ev(start, m.end(), conf)],
            })

    def _is_place_list(self, steps):
        def place(s, last=False):
            base, alts = _split_alternatives(s)
            cands = [base, base + "".join(alts)]
            if last:  # 高安一体化发展: a place followed by what happens there
                cands += [base[:2], base[:3]]
            return any(self.regions.is_region_name(c) or self.regions.with_county_suffix(c) for c in cands)

        return all(place(s, i == len(steps) - 1) for i, s in enumerate(steps))

    # ------------------------------------------------------------------ enterprises
    def find_enterprises(self):
        pat = re.compile(r"等(?P<desc>[^,。;等]{0,10}?)(?P<kind>企业|集团)")
        products = {lk for c in self.x.chains for lk in c["links"]} | {i["name"] for i in self.x.industries}
        for m in pat.finditer(self.text):
            clause_start = max(self.text.rfind(ch, 0, m.start()) for ch in ",;:。“”(\n")
            seg_start = clause_start + 1
            seg = self.text[seg_start:m.start()]
            if re.search(r"行业|生产|上下游|相关|配套|类|型|装备|设备|要素|向", m.group("desc")):
                continue  # 'X、Y等行业企业', '等上下游企业': the items are products, not firms
            roles = sorted({r for w, r in _ROLE_WORDS.items() if w in m.group("desc")})
            # a verb before the list: keep what follows the last trigger word
            seg_stripped = _strip_lead(seg, _ENT_TRIGGERS)
            offset = seg_start + len(seg) - len(seg_stripped)
            items = _split_list(seg_stripped)
            items = [i for i in items if i not in products]  # 石油化工、装备制造等: industries, not firms
            good = [i for i in items if _plausible_name(i)]
            if not good or len(good) < len(items) / 2:
                continue
            pos = offset
            for item in items:
                i = self.text.find(item, pos)
                pos = i + len(item) if i >= 0 else pos
                if not _plausible_name(item):
                    continue
                self.add_enterprise(item, roles, i, i + len(item), 0.8)
        pat2 = re.compile(r"以(?P<list>[^,。;以]{2,60}?)为(?P<role>龙头|链主|引领|核心)")
        for m in pat2.finditer(self.text):
            items = _split_list(m.group("list"))
            if items and all(_plausible_name(i) for i in items):
                pos = m.start("list")
                for item in items:
                    i = self.text.find(item, pos)
                    pos = i + len(item)
                    self.add_enterprise(item, ["龙头" if m.group("role") != "链主" else "链主"], i, i + len(item), 0.8)
        for m in _LEGAL.finditer(self.text):
            raw = m.group(0)
            cut = max((raw.rfind(w) + len(w) for w in _PARK_BOUNDARY + ("发挥", "巩固提升", "对接", "带动")
                       if w in raw[:-2]), default=0)
            name = _strip_lead(raw[cut:], _ENT_TRIGGERS + ("发挥", "加强", "充分", "签订", "合作", "积极"))
            core = re.sub(r"(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|集团)$", "", name)
            if len(core) < 2 or _NAME_STOP.search(core):
                continue
            s = m.start() + len(raw) - len(name)
            self.add_enterprise(name, [], s, m.end(), 0.7)

    def add_enterprise(self, name, roles, start, end, conf):
        return self.add("enterprises", name, {
            "name": name, "roles": list(roles), "region": self.x.scope.get("region"),
            "park": self.park_in(start - 40, start) or None,
            "evidence": [self.ev(start, end, conf)],
        })

    # ------------------------------------------------------------------ projects
    def find_projects(self):
        known = {e["name"] for e in self.x.enterprises}
        for m in _PROJECT_LIST.finditer(self.text):
            lst = m.group("list")
            if "项目" in lst and "、" not in lst:
                continue
            verb = m.group("verb")
            stage = next((st for w, st in _STAGE_WORDS if w in verb), None)
            tail = self.text[m.end(): m.end() + 12]
            for w, st in _STAGE_AFTER_LIST:
                if tail.startswith(w) or tail.removeprefix("建设").startswith(w):
                    stage = st
                    break
            pos = m.start("list")
            items = [x for x in lst.split("、") if x.strip()]
            park = self.park_in(self.text.rfind("。", 0, m.start()), m.start("list"))
            for item in items:
                item = item.strip()
                i = self.text.find(item, pos)
                pos = i + len(item)
                if len(item) < 4 or len(item) > 40 or re.search(r"[,:“”]|为|的|领先|一流|先导", item):
                    continue
                p = parse_project_item(item, known, self.product_words)
                if p["enterprise"]:
                    known.add(p["enterprise"])
                    self.add_enterprise(p["enterprise"], [], i, i + len(p["enterprise"]), 0.7)
                self.add("projects", normalise_product(item), {
                    **p, "stage": stage, "year": None, "investment": None, "park": park,
                    "region": self.x.scope.get("region"),
                    "industry": self.industry_near(i),
                    "evidence": [self.ev(i, i + len(item), 0.75 if p["enterprise"] else 0.6)],
                })

    # ------------------------------------------------------------------ targets
    def find_targets(self):
        for s0, s1, sent in self.sentences:
            industry = None
            for m in _TARGET.finditer(sent):
                subj = m.group("subject")
                ind = re.search(rf"([{H}]{{2,12}}?)产业(?:链)?$", subj)
                if ind:
                    industry = _strip_lead(ind.group(1), ("全区", "全市", "全县", "全省", "园区"))
                elif "工业" in subj:
                    industry = "工业"
                elif subj.strip(",") and not re.fullmatch(r"(?:全[区市县省]|园区)", subj.strip(",")):
                    industry = None
                self._target(m, industry, s0, sent)

    def _target(self, m, industry, s0, sent):
        verb = m.group("verb") or ""
        kind = "expected" if verb == "预计" else "goal"
        metric = m.group("metric")
        scope = self.x.scope.get("region")
        key = (industry, metric, m.group("year"), kind, scope)
        self.add("targets", key, {
            "industry": industry, "region": scope, "park": self.x.scope.get("park"),
            "metric": metric, "year": int(m.group("year")),
            "value": float(m.group("value")), "unit": m.group("unit"), "kind": kind,
            "evidence": [evidence(s0 + m.start(), s0 + m.end(), sent, 0.85 if industry else 0.6)],
        })

    # ------------------------------------------------------------------ wanted links
    def find_wanted(self):
        for m in _WANT.finditer(self.text):
            items = [_strip_lead(i, ("全力", "加快", "积极", "重点", "大力")) for i in _split_list(m.group("list"))]
            items = [i for i in items if 2 <= len(i) <= 14 and not re.search(r"\d|[“”]|集团$|公司$|战略投资", i)]
            around = m.group("around")
            conf = 0.85
            if around and (not items or all(re.search(r"(?:产业|项目)$", i) for i in items)):
                # 围绕风电、光电…，加快招引新能源产业项目: the links are the 围绕 list
                items = [i for i in _split_list(around) if 2 <= len(i) <= 14]
                conf = 0.5
            industry = re.sub(r"产业$", "", around) if around and len(_split_list(around)) == 1 else self.industry_near(m.start())
            for item in items:
                i = self.text.find(item, m.start())
                self.add("wanted_links", (item, industry), {
                    "link": normalise_product(item), "as_written": item, "industry": industry,
                    "region": self.x.scope.get("region"), "park": self.x.scope.get("park"),
                    "evidence": [self.ev(i, i + len(item), conf)],
                })

    # ------------------------------------------------------------------ departments
    def _task_before(self, pos):
        title = None
        for m in _TASK.finditer(self.text, 0, pos):
            title = m.group("title")
        return title

    def find_departments(self):
        for m in _DUTY.finditer(self.text):
            task = self._task_before(m.start())
            industry = self.industry_near(m.start())
            pos = m.start("list")
            for item in _split_list(m.group("list")):
                i = self.text.find(item, pos)
                pos = i + len(item)
                self._department(item, "责任", task, industry, i)
        for m in _LEAD_BLOCK.finditer(self.text):
            task = self._task_before(m.start())
            industry = self.industry_near(self.text.rfind("\n", 0, max(0, m.start() - 2)))
            role = {"牵头单位": "牵头", "责任单位": "责任", "配合单位": "配合"}[m.group("role")]
            pos = m.start("list")
            for item in _split_list(m.group("list")):
                i = self.text.find(item, pos)
                pos = i + len(item)
                self._department(item, role, task, industry, i)

    def _department(self, name, role, task, industry, pos):
        name = name.strip(" .。")
        if not (2 <= len(name) <= 20) or re.search(r"\d", name):
            return
        is_park = bool(_PARK_SUFFIX_RE.search(name)) and not re.search(_DEPT_SUFFIX + "$", name)
        full = name
        scope = self.x.scope.get("region")
        if not is_park and scope:
            first = next(iter(self.regions.finditer(name)), None)
            if first is None or first[0] != 0:
                level_char = scope[-1]
                if name[0] in "区市县省" and name[0] == level_char:
                    full = scope + name[1:]
                elif name[0] not in "区市县省":
                    full = scope + name
        self.x.departments.append({
            "name": full, "as_written": name, "role": role, "task": task, "industry": industry,
            "is_park": is_park, "evidence": [self.ev(pos, pos + len(name), 0.85)],
        })

    def run(self):
        self.find_regions()
        self.find_parks()
        self.find_industries()
        self.find_chains()
        self.find_wanted()
        self.find_enterprises()
        self.product_words = sorted(
            {lk for c in self.x.chains for lk in c["links"] if len(lk) >= 2}
            | {w["link"] for w in self.x.wanted_links if len(w["link"]) >= 2}, key=len, reverse=True)
        self.find_projects()
        self.find_targets()
        self.find_departments()
        return self.x


def extract_text(raw: str, doc_id: str, title=None) -> Extraction:
    """Extract chains, enterprises, parks, projects, regions, departments,
    targets and wanted links from the text of one document.

    Parameters
    ----------
    raw : str
        The document's text as read (it is cleaned here).
    doc_id : str
        The id evidence will name.
    title : str, optional
        A display title; the first line of the text by default.

    Returns
    -------
    Extraction
    """
    return _Extractor(raw, doc_id, title).run()
