"""Rule-based extraction from the text of industrial planning documents.

The rules describe the genre, not particular documents: how Chinese plans,
work reports and policy news write chains (separated steps, 、-lists the text
calls a chain, A制B routes), enterprise lists (…等龙头企业, 以…为龙头, legal
names, the owner in front of a project, partners of 与…签订 and 进入…供应链,
labelled lines and tables of firms), project lists (…等项目 with the
verbs and stage words around them), park names (place or theme plus a park
type, sub-parks, coordinated names), indicator sentences and target tables,
attraction (招引) lists and the department blocks that close each task.
Every rule is stated in a comment where it is applied.  Every record carries
the span of the cleaned text it came from, the sentence and a confidence.

Examples
--------
>>> from chainatlas.loaders.text import extract_text
>>> x = extract_text("围绕硅产业，形成“工业硅—多晶硅—拉晶切片”的产业链。", doc_id="t")
>>> [c["links"] for c in x.chains]
[['工业硅', '多晶硅', '拉晶切片']]
>>> x = extract_text("年内建成青岭硅业10万吨多晶硅二期、恒拓共享储能等项目。", doc_id="t")
>>> [(p["enterprise"], p["products"][0]["name"]) for p in x.projects]
[('青岭硅业', '多晶硅'), ('恒拓', '共享储能')]
"""

import bisect
import functools
import heapq
import re
from collections import Counter

import ahocorasick_rs
from itertools import compress as _compress
from operator import eq as _eq

from chainatlas.loaders.normalize import ARROWS, HAN, _clean_text, split_sentences
from chainatlas.loaders.records import Extraction
from chainatlas.ontology.regions import is_anonymised, region_index

__all__ = ["extract_text", "parse_chain", "parse_project_item", "normalise_product", "capacity_products", "CAPACITY"]

H = HAN
_CN_NUM = "一二三四五六七八九十两"


def _alternation(words):
    """A regex alternation of `words`, longest first (so the longest word wins at a position)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


# ============================================================================ vocabulary of the genre
# Words that name industries, sectors, materials and products.  A phrase made only of these (钢铁有色,
# 航空航天, 石油化工) names a sector, never a firm; in a project item the first of them after the
# owner starts the product (卓耀|共享储能).  The reference chain library adds its link names.
SECTOR_WORDS = (
    "能源", "新能源", "综合能源", "清洁能源", "可再生能源", "电力", "火电", "水电", "风电", "光电", "光伏", "光热",
    "核电", "储能", "氢能", "氢", "绿电", "绿氢", "绿氨", "绿醇", "风光", "风光电", "煤", "煤炭", "煤电", "煤化工",
    "化工", "石化", "石油", "石油化工", "天然气", "油气", "精细化工", "盐化工", "氯碱", "医药", "生物", "生物医药",
    "中医药", "中药", "中药材", "药材", "制药", "冶金", "冶炼", "有色", "有色金属", "黑色", "钢铁", "钢", "铁",
    "铝", "铜", "镍", "钴", "锂", "钛", "锌", "铅", "镁", "稀土", "稀贵金属", "贵金属", "金属", "硅", "工业硅",
    "新材料", "材料", "建材", "建筑材料", "水泥", "玻璃", "陶瓷", "石材", "装备", "装备制造", "制造", "智能制造",
    "先进制造", "机械", "农机", "汽车", "电子", "信息", "电子信息", "数据", "大数据", "算力", "数字", "数字经济",
    "人工智能", "软件", "通信", "互联网", "物联网", "航空", "航天", "航空航天", "军工", "核技术", "通航",
    "农业", "农产品", "农畜产品", "畜牧", "畜产品", "食品", "饲料", "乳", "乳制品", "肉", "肉制品", "果蔬",
    "纺织", "服装", "轻工", "皮革", "烟草", "酿酒", "白酒", "物流", "商贸", "文旅", "文化", "旅游", "环保", "节能",
    "节能环保", "资源", "再生资源", "循环经济", "固废", "垃圾", "生物质", "服务", "现代服务", "金融", "电网",
    "配电网", "电站", "组件", "电池", "设备", "器材", "化学品", "化肥", "农药", "电缆", "线缆", "仪表", "机床",
    "无人机", "电源", "管网", "矿井", "煤田", "矿产", "矿业", "采矿", "开采", "加工", "精深加工", "深加工",
)
# Words that qualify a product or an industry (共享储能, 分布式光伏, 绿色建材).
MODIFIER_WORDS = (
    "共享", "分布式", "集中式", "独立", "新型", "绿色", "智能", "智慧", "高端", "高性能", "高效", "高纯", "高值",
    "高值化", "高载能", "重力", "增量", "低碳", "零碳", "碳中和", "清洁", "现代", "先进", "特种", "精细", "精密",
    "专用", "通用", "新一代", "传统", "优势", "特色", "新兴", "战略性", "未来", "大宗", "工业", "产业", "农用",
    "民用", "军民", "国家级", "省级", "重点", "大型", "中小", "小微", "综合", "循环", "一体化", "规模化",
    "网联", "智能网联", "液流", "全钒",  # (智能网联汽车, 全钒液流电池)
)
# Words that end the short name of a firm (河西|硅业, 启福|生物, 华西|能源, 云鹏|工贸): the name of a
# trade (any …业) or an industry word the firm is named after.  Followed by more text in a project
# item, they belong to the owner (华锐风电|绿电制氢合成氨).
FIRM_WORDS = (
    "科技", "生物", "化学", "化工", "农化", "生化", "能源", "新能源", "新材料", "环保", "玻璃", "物流", "工贸",
    "商贸", "贸易", "电工", "电气", "电力", "风电", "水电", "光电", "光伏", "铁合金", "锂金属", "控股", "制药",
    "重工", "机械", "汽车", "电子", "信息", "网络", "食品", "钢铁", "水泥", "建材", "饲料", "热电", "燃气", "石化",
    "焦化", "化肥", "自控", "智能", "装备", "再生资源", "实业", "药业", "酒业", "乳业", "牧业", "种业", "矿业",
)
# The trade words proper (科技, 生物, 物流, …业): a trade name followed by one of them is a firm
# (三益化工, 捷安物流), while a product word at the end (方便食品, 钢化玻璃) names a product.
TRADE_WORDS = (
    "科技", "生物", "化学", "化工", "农化", "生化", "工贸", "商贸", "贸易", "物流", "电工", "电气", "自控", "实业",
    "控股", "制药", "能源", "新能源", "新材料", "电力", "风电", "水电", "光电", "铁合金", "锂金属", "再生资源", "环保",
    "电子", "微电子", "股份", "新材",
)
_NOT_TRADE = "产工农企行专就创职商事作物营毕开停主副林渔学"
_FIRM_WORD_RE = re.compile(rf"(?:{_alternation(TRADE_WORDS)}|(?![{_NOT_TRADE}])[{H}]业)$")
_TRADE_AT = re.compile(rf"(?:{_alternation(TRADE_WORDS)}|(?![{_NOT_TRADE}])[{H}]业)")
_TRADE_WORDS_ONLY = re.compile(_alternation(TRADE_WORDS))
_TRADE_YE = re.compile(rf"业(?<=[{H}]业)(?<![{_NOT_TRADE}]业)")
# Organisation forms (公司法 and the group words), longest first; a name ending in one is a firm.
LEGAL_FORMS = (
    "集团股份有限公司", "集团有限责任公司", "控股股份有限公司", "控股有限责任公司", "股份有限公司", "有限责任公司",
    "集团有限公司", "控股有限公司", "有限公司", "股份公司", "集团公司", "控股集团", "分公司", "公司", "集团",
    "总厂",  # (某油田炼化总厂: a state works named as a whole)
    "专业合作社", "合作社",  # (某镇某某种植专业合作社: a farmers' cooperative, registered as one)
)
_LEGAL_FORM_RE = re.compile(_alternation(LEGAL_FORMS))
# where a form can start, from the first of 公司/集团/总厂 it holds (so _legal_names tries the pattern only there)
_LEGAL_FORM_ANCHORS = ("公司", "集团", "总厂", "作社")
_LEGAL_FORM_OFFSETS = {a: sorted({f.find(a) for f in LEGAL_FORMS if a in f}) for a in _LEGAL_FORM_ANCHORS}
assert all(any(a in f for a in _LEGAL_FORM_ANCHORS) for f in LEGAL_FORMS)
# Words that never make a firm's name on their own (开发运营公司, 上市公司, 企业集团, 大集团).
GENERIC_WORDS = (
    "企业", "公司", "集团", "开发", "运营", "投资", "建设", "发展", "管理", "上市", "平台", "龙头", "骨干", "链主",
    "国有", "民营", "外资", "大型", "中小", "小微", "重点", "工业", "产业", "基础", "设施", "基础设施", "公共",
    "服务", "园区", "项目", "产品", "技术", "创新", "市场", "行业", "领域", "骨干", "优质", "头部", "本地", "地方",
    "省属", "市属", "区属", "县属", "央企", "相关", "配套", "上下游", "客商", "战略", "合作", "联合", "大",
    "国家", "上游", "中游", "下游", "其他", "有关", "各类", "新增", "现有",
    "供电", "供水", "供热", "供气", "担保", "城投",  # (供电公司, 担保公司: a kind of firm, no trade name)
)
# Institutions that are not enterprises: universities, research bodies, associations, government.
_ORG = re.compile(r"大学|学院|学校|研究院|科学院|中科院|[农林医社工]科院|研究中心|研究所|设计院|协会|学会|商会|联合会|联盟|政府|"
                  r"管委会|委员会|人大|政协|(?:局|厅|办|委|(?<!事业)部)$|办公室|医院|党委|支部")  # (a firm's 事业部 is the firm's)
# Names of mountains, lakes, rivers and the like: a place, not an owner (盘道山, 平山湖).
_PLACE_TAIL = re.compile(r"[山湖河沟滩峡岭坝泉川湾岛滩塬梁峪口]$")
# the seat of a county or city, a place of its own (县城, 主城区)
_SEAT_WORDS = frozenset(("县城", "城区", "市区", "主城区", "中心城区", "老城区", "新城区", "市中心"))
# a township, a village or a street: below the region index, never a firm's name (某某乡, 某某镇, 某某村)
_TOWNSHIP_END = re.compile(rf"[{H}]{{2,3}}(?:乡|镇|村|街道|社区)$")


class _Vocabulary:
    """Longest-match lookup of genre words at a position of a string."""

    def __init__(self, words):
        self.by_first = {}
        for w in sorted(set(words), key=len, reverse=True):
            if w:
                self.by_first.setdefault(w[0], []).append(w)
        # (the words, and the lengths of the words of each first character, longest first: s.startswith(w, i) is
        # s[i:i + len(w)] == w, and of the words of one length at most one is there; by_first is not changed after)
        self._words = frozenset(w for ws in self.by_first.values() for w in ws)
        self._lens = {c: sorted({len(w) for w in ws}, reverse=True) for c, ws in self.by_first.items()}

    def at(self, s, i):
        """The longest word starting at s[i], or ''."""
        if not 0 <= i < len(s):
            return ""
        words = self._words
        for n in self._lens.get(s[i], ()):
            if (w := s[i: i + n]) in words:
                return w  # (cut short by the end of s, w is a word all the rest of s: the longest there is)
        return ""

    def covers(self, s, extra=()):
        """True when `s` is a sequence of words (a sector phrase such as 钢铁有色 or 新能源装备)."""
        if not s:
            return False
        m = len(s)
        ok = [False] * (m + 1)
        ok[0] = True
        words, lens = self._words, self._lens
        for i in range(m):
            if not ok[i]:
                continue
            for n in lens.get(s[i], ()):
                if n <= m - i and s[i: i + n] in words:
                    ok[i + n] = True
            if s[i] in extra:
                ok[i + 1] = True
        return ok[len(s)]


@functools.lru_cache(maxsize=1)
def _product_vocabulary():
    """Sector and modifier words of the genre plus the link names and synonyms of the chain library."""
    words = set(SECTOR_WORDS) | set(MODIFIER_WORDS)
    try:  # the link names and synonyms of the shipped chain files (read directly: no need for the whole library)
        import tomllib

        from chainatlas.ontology.library import chain_files

        for path in chain_files():
            with open(path, "rb") as f:
                for link in tomllib.load(f).get("links", ()):
                    for w in (link.get("name", ""), *link.get("synonyms", ())):
                        if len(w) >= 2 and re.fullmatch(rf"[{H}]+", w):
                            words.add(w)
    except Exception:  # noqa: BLE001 - the library is an optional help here, never a requirement
        pass
    return _Vocabulary(words)


@functools.lru_cache(maxsize=1)
def _sector_vocabulary():
    """Words of sector phrases: sectors, modifiers, generic words and the library's product names."""
    return _Vocabulary(set(SECTOR_WORDS) | set(MODIFIER_WORDS) | set(GENERIC_WORDS) | set(FIRM_WORDS) |
                       {w for ws in _product_vocabulary().by_first.values() for w in ws})


@functools.lru_cache(maxsize=65536)
def _is_sector_phrase(s):
    """True for a phrase made only of sector words (钢铁有色, 建筑材料, 新能源装备, 农用机械).

    >>> _is_sector_phrase("钢铁有色"), _is_sector_phrase("石油化工"), _is_sector_phrase("祁连牧歌")
    (True, True, False)
    """
    return _sector_vocabulary().covers(s, extra="及和与、")


# ============================================================================ lead words
# Verbs and adverbs that open the object of a plan's sentence (全力推进…, 精准对接…, 依托…); the name
# or list that follows starts after them.
LEAD_WORDS = (
    "按照", "构建", "形成", "打造", "发展", "延伸", "推进", "推动", "围绕", "完善", "培育", "重点发展", "构筑",
    "建设", "做强", "做大", "拉长", "以", "的", "和", "及", "与", "在", "为", "是", "即", "着力", "加快", "全力",
    "积极", "大力", "依托", "实现", "聚焦", "壮大", "支持", "鼓励", "引导", "发挥", "扶持", "精准", "对接", "主动",
    "带动", "引进", "重点", "充分", "由", "其中", "包括", "持续", "稳步", "组织", "实施", "接续", "尽快", "落地",
    "推行", "研究", "布局", "争取", "谋划", "储备", "开工", "新建", "续建", "扎实", "强力", "加速", "加紧", "全面",
    "深入", "不断", "进一步", "切实", "认真", "继续", "努力", "力争", "确保", "同时", "并", "且", "还", "将", "把",
    "从", "至", "到", "等", "一批", "一是", "二是", "三是", "四是", "五是", "抓好", "抓住", "用好", "做好", "加强",
    "强化", "巩固", "提升", "优化", "深化", "拓展", "加大", "吸引", "入驻", "落户", "携手", "会同", "配合", "协调",
    "帮助", "指导", "督促", "邀请", "考察", "洽谈", "签约", "签订", "签署", "共建", "参与", "承接", "引领", "依靠",
    "利用", "招引", "引育", "培植", "优先", "集中", "加快推进", "全力推进", "有序", "统筹", "创新", "探索", "狠抓",
    "抓", "尽早", "早日", "多方", "审批", "新上", "推荐", "遴选", "评选", "表彰", "奖励", "确定",
    # aspect words left in front of an object once its verb is cut (已入驻…, 考察了…), and 完成 (完成甲、乙等企业改造)
    "已", "已经", "了", "完成",
    # a clause that adds more items to what came before (另有甲、乙等项目…)
    "另有", "还有", "力促",
    # the verbs of watching over and serving firms (紧盯甲、乙等重点企业, 包抓…)
    "紧盯", "盯紧", "盯住", "包抓", "包联",
    # the words that open examples (像甲这样的企业, 比如甲、乙)
    "像", "诸如", "例如", "比如", "特别是", "尤其是",
)
_LEAD_RE = re.compile(_alternation(LEAD_WORDS))
# Verbs that never stand inside a name: an object starts after the last of them (争取国家布局建设|十万吨级乙二醇).
CUT_VERBS = (
    "推进", "推动", "实施", "布局", "加快", "对接", "打造", "谋划", "引进", "招引", "依托", "鼓励", "带动", "支持",
    "扶持", "培育", "围绕", "聚焦", "建设", "建成", "构建", "延伸", "完善", "壮大", "发挥", "吸引", "引导", "组织",
    "争取", "储备", "抓好", "参与", "承接", "考察", "邀请", "洽谈", "签约", "落地", "开工", "入驻", "包括",
    # the verbs of a visit (某某来到|甲公司, 走进|乙集团): the visitor stands in front of them, the firm after them
    "来到", "走进", "前往", "走访", "察看", "视察", "调研", "深入",
    # the verbs that make a group (组建|某某集团, 整合成立…): what follows is the group to be, written by its kind
    "组建", "成立", "整合", "重组",
    # the verbs of calling on a firm or reporting to it (回访|甲集团, 针对|乙集团, 已上报|丙电力公司)
    "回访", "拜访", "针对", "上报", "报送",
    # where a ceremony is held (主会场设在|甲公司某某项目现场)
    "设在",
)
_CUT_RE = re.compile(_alternation(CUT_VERBS))


@functools.lru_cache(maxsize=65536)
def _strip_lead(s, keep=2, cut=True, lead=_LEAD_RE):
    """The object of a clause: after the last verb of :data:`CUT_VERBS`, without lead words.

    At least `keep` characters are kept.

    >>> _strip_lead("全力推进青岭抽水蓄能电站"), _strip_lead("争取国家布局建设十万吨级乙二醇")
    ('青岭抽水蓄能电站', '十万吨级乙二醇')
    >>> _strip_lead("对接打造国家新材料循环基地建设")
    '国家新材料循环基地建设'
    """
    if cut:
        last = 0
        for m in _CUT_RE.finditer(s):
            if len(s) - m.end() >= keep:
                last = m.end()
        s = s[last:]
    while True:
        m = lead.match(s)
        if not m or len(s) - m.end() < keep:
            return s
        s = s[m.end():]


# ============================================================================ chains

# the separators of a dash chain (－ and ～ are folded to - and ~ by the cleaning; other arrows are kept); only
# spaces may stand around one: a dash between tabs is an empty cell of a table (上游<tab>—<tab>碳纤维), not a link
# (an arrow may be typed as -> or =>, a long dash as ⸺)
_SEP = rf"[ \u3000]*(?:[—\-~⸺{ARROWS}]>?|=>)[ \u3000]*"
# a step is a whole run of word characters holding at least one Han character, with an optional
# parenthesis; the run is taken possessively and a chain starts only where a run starts, so the
# scan is linear in the length of the text
_WORD = rf"[{H}A-Za-z0-9+]"
# (a step may also be a chemical's capital-letter abbreviation on its own: 电石→BDO→PBAT可降解塑料)
# (a chemical's name may open with its locants: 1,4-丁二醇; their dash is not a separator)
_LOCANT = r"\d(?:,\d)+-"
_ITEM = rf"(?:(?:{_LOCANT}(?=[{H}]))?(?=[A-Za-z0-9+]*[{H}]){_WORD}++|[A-Z]{{2,8}}+(?!{_WORD}))(?:\([^()]{{1,40}}\))?"
_SEP_SPLIT = re.compile(rf"(?<!,\d){_SEP}")
_LOCANT_RE = re.compile(_LOCANT)
# a figure that is part of a product's name, not a quantity (3D打印设备, 5G基站)
_DIGIT_TERM = re.compile(r"(?<![0-9A-Za-z])\d[DGK](?![0-9A-Za-z])")
_CHAIN = re.compile(rf"(?<!{_WORD}){_ITEM}(?:{_SEP}{_ITEM})+")
_SEP_CHARS = "—-~⸺" + ARROWS + ">"  # the characters that separate the steps of a chain

# words that lead into a chain in running text; stripped from its first step
_CHAIN_LEAD = (
    "按照", "构建", "形成", "打造", "发展", "延伸", "推进", "推动", "围绕", "完善", "培育", "重点发展",
    "构筑", "建设", "做强", "做大", "拉长", "以", "的", "和", "及", "与", "在", "为", "是", "即",
    "着力", "加快", "全力", "积极", "大力", "依托", "实现", "聚焦", "壮大", "布局", "打通", "沿着", "沿",
)
# (or the ordinal of an item of a list of points, 三是甲→乙→丙: it numbers the point, it is no step)
_CHAIN_LEAD_RE = re.compile(_alternation(_CHAIN_LEAD) + rf"|[{_CN_NUM}]{{1,3}}是")
# a step that is only a verb is the clause a dash explains (目标很明确——打造…), never a product
_VERB_STEPS = frozenset(CUT_VERBS) | frozenset(w for w in _CHAIN_LEAD if len(w) > 1)
# a belt or corridor that joins places, written with the places' initials (甲-乙-丙产业带)
_BELT = re.compile(r"带|走廊|廊道|城市群|经济圈|都市圈|沿线")
# places written with one character each and then counted (甲-乙-丙三市, 甲—乙两地): a place list, not a chain
_PLACES_COUNTED = re.compile(rf"[{H}](?:[{_CN_NUM}]|\d)+[市县地区州省城]")
# the cooperation of the places a dash run joins (甲—乙—丙区域产业协作), not the last step of a chain
_REGION_COOPERATION = re.compile(r"区域|协作|协同发展|联动发展")
# the rest of a quoted chain's last step written as a 、-list up to the closing quote (“甲—乙—丙、丁”)
_QUOTED_LAST_LIST = re.compile(rf"(?:、[{H}A-Za-z0-9]{{1,8}}){{1,4}}(?=[”\"'」])")
_AFTER_AND = re.compile(r"[与和及同]")
# names of countries and world regions in bilateral names (中国—东盟, 中国—南亚博览会): places, never chain steps
_GEO_WORD = re.compile(r"中国|东盟|南亚|东南亚|中亚|西亚|东北亚|欧洲|中欧|亚欧|欧亚|非洲|中东|阿拉伯|俄罗斯|蒙古|"
                       # economic regions of China (京津冀—长三角—粤港澳大湾区): places too
                       r"京津冀|长三角|珠三角|粤港澳|粤港澳大湾区|大湾区|成渝|长株潭|环渤海|北部湾|关中|中原|海西")
# the great regions of the grid and of statistics (甲—华中±800千伏): places in a dash run, only as a whole step
_GREAT_REGION = frozenset(("华北", "华东", "华中", "华南", "西北", "西南", "东北"))
# what may stand in front of a route's material inside its clause: a conjunction (但|铝制门窗)
_ROUTE_FRONT = re.compile(r"^(?:但|而|并|且|[全本我][省市区县旗州盟国])")  # (全区|煤制油产能: the area, not the material)
# the last site word before the material of a route (某某化工基地|煤制烯烃, 某某产业园|煤制甲醇)
_ROUTE_SITE = re.compile(r".*(?:基地|园区|产业园|工业园|开发区|经开区|高新区|集中区)")
# A制B where A is a one-character material and B an article means "made of A" (铝制托盘, 木制家具), not a route
_MADE_OF = set("铝铁钢铜木竹纸塑皮陶瓷锡银")
# (so does any one-character metal: 钛制器械, 镁制外壳; a route's material is an ore, a gas, a salt or coal, never a
# bare metal, which is what routes end in)
# the character before a one-character material that makes it a material of its own (电解铝, 氧化铝, 再生铝, 废纸,
# 硫酸亚铁, 硫酸铜)
_MATERIAL_MAKING = frozenset("解化生原废纯精炼亚酸")
_METAL_MADE_OF = frozenset("钛镁锌镍铅钨钼锂钴铬锰钒锆铌金铂钯锑铋铟镓锗钽")
# a clause that builds a chain ends in its verb, and the chain starts right after it, whatever stands in
# front (全市已初步构建起A—B—C; 基本形成A—B的完整链条): the text up to the last such verb is lead-in
_CHAIN_VERB = re.compile(r"(?:构建|形成|打造|建成|构筑|拉长|延伸|贯通|打通|建立|搭建|构成|组成|串联|串起|连成)(?:起|了|出|成|至|到)?")
# what else leads into the first step of a chain in running text: a possessive, an aspect particle, a
# verb of the clause, the place the chain is in (…的两个项目将填补我市A—B—C; 巩固A—B—C全链条优势; 目前园区A—B—C…)
_CHAIN_FRONT = re.compile(r"的|了|把|采用|集中(?:在|于)|填补|补齐|补强|巩固|夯实|做强|做优|做大|做长|做深|提升|突破|畅通|延长|拓展|聚焦|支持|包括|涵盖|"
                          r"围绕|沿着|沿(?![海江河湖线边岸途用])|按照|依照|遵循|顺着|(?<![取定导走趋方横纵双单转面])向(?![阳日])|依托|推进|推动|实施|发展|完善|培育|谋划|储备|布局|招引|引进|对接|承接|建设|从|"
                          r"提高|增强(?![型剂材纤塑])|现有|已有|拥有|"
                          r"(?:我|全|本|该)[省市县区州旗盟]|园区|(?:经开|高新|开发|新)区|目前|当前|现已|已经|"
                          # (the verbs of aiming and focusing: 瞄准|甲—乙—丙, 深耕|甲—乙; none starts a product's name, as
                          # 强化玻璃, 拉伸膜, 促进剂, 嵌入式, 加速器, 助推器 would)
                          r"着眼|瞄准|主攻|立足|坚持|紧扣|锚定|聚力|深耕|深挖|补上|补全|贯穿|做精|做实|做足|做专|做特|突出|抓住|抓好|"
                          r"用好|健全|致力于?|主打|培强|育强|打响|擦亮|融入|对标|紧盯|盯紧|专注|加力|带动|推广|推行|深化|拓宽|加紧")
# where the last step of a chain ends in running text: a possessive or 等 and what they lead to, a count
# (A—B两个细分链条), the clause's own verb or frame (A—B—C协同攻关, 就地转化, 以A—B为突破口, …融合发展),
# the industry the whole chain makes (发展A—B—C产业) or its integration (发展A—B—C一体化), the project that builds it (谋划A—B—C一体化项目), the
# programme that lengthens it (实施A—B—C延链工程)
_CHAIN_BACK = re.compile(rf"的|这[条一个]?(?:产业)?链|(?<=..)向?[上中下]游|(?<=..)[主各]$|(?<=..)循环经济|(?<=...)(?:一体化)?生产线|等(?!离子)|[作成]?为|[{_CN_NUM}\d]+[个条大类]|协同|融合|就地|就近|全链条|主?链条|各?环节|领域|方向|"
                         # (the predicate the chain is the subject of: 甲—乙—丙初具规模, …基本形成, …项目落地)
                         r"(?<=..)(?:基本|已经|已(?!内酰)|日趋|日益|不断|逐步|加快|稳步|初步|正在|全面|持续|进一步|加速(?!器)|初具|取得|链式|项目)|"
                         r"主线|主链|全(?:流程|过程|生命周期|周期)|"
                         # (the capacity the clause raises: 提升A—B—C加工能力, …配套水平)
                         rf"(?<=..)(?:加工|生产|制造|配套|供应|供给|转化|服务|保障|[{H}]{{1,2}}化)?(?:能力|水平(?!井))|"
                         r"优势|空白|[一二三]{2,3}产|(?<=.)(?:产业|一体化|联动|协调|集聚|集群化?|高质量|循环|绿色|示范|转型|升级|[延补强]链)*"
                         r"(?:产业|一体化|转型|升级|发展|建设|项目|工程|行动|[延补强]链|基地|产业园|园区)$")
# where the last step of a chain not in quotes ends: the chain's up- and downstream, its supporting industries, the
# frame of a whole (做强甲—乙—丙上下游, 建成甲—乙及配套产业, 集甲—乙于一体), a bare 链 (延伸甲—乙—丙链, 甲—乙生产链;
# not 冷链, 区块链, 供应链); inside quotes these are written steps
_OPEN_CHAIN_BACK = re.compile(r"上下游|[及和]配套|于一体|(?<![冷块应延补强])(?:生产)?链$")
# words that name the levels or parts of a plan, never a product: a “链条—环节—企业” frame, a table's
# 上游—(empty cell) row, a step in front of a project
# (配套 alone is a stage of its own, 设计—总装—配套—运维; a frame has other frame words beside it)
_CHAIN_FRAME = {"上游", "中游", "下游", "上下游", "全链", "链条", "环节", "产业链", "企业", "项目", "产品", "产业", "园区",
                "行业", "领域", "链主", "龙头", "平台", "集团", "公司"}
# a chain the text extends along (沿A—B—C延伸): 延伸 after its last step closes the frame 沿 opened
_ALONG_END = re.compile(r"(?<=..)(?:配套)?(?:延伸|拓展)$")  # (围绕A—B—C配套延伸: 配套 is the verb's too)
# 布局 (or 构建, 打造, 形成) closes the frame only where 沿 or 按 opened it (沿A—B—C布局; 一心—两翼—多点空间布局 is a layout of its own)
_FRAMED_END = re.compile(r"(?<=..)(?:布局|构建|打造|形成)$")  # (按照A—B—C构建全产业链)
_ALONG_OPEN = re.compile(r"(?:沿着?|按照?|依照|遵循|顺着)$")
_CHAIN_LEVELS = re.compile(rf"[{_CN_NUM}\d]+(?:级|个?层次|个?层级)")
_LEVELS_IN = re.compile(r"(?:[二三四五六七八九十两]|[2-9])(?:级|个?层次|个?层级)")
# the levels of an administration (县—乡—村三级): a counted run of them is a hierarchy, where a counted run of
# products is a chain all the same (甲种—乙种—丙种三级繁育体系)
_ADMIN_LEVEL = re.compile(r"(?:国家|中央|省|市|州|县|区|乡|镇|街道?|村|社区|组|户)级?")
# a run of tasks the text manages as a loop (“收集—交办—督办—反馈”闭环管理) or works by (…工作机制, …工作法): a
# procedure, not a chain (but 甲—乙—丙协同机制: products whose industries work together)
_PROCEDURE_AFTER = re.compile(r"(?:闭环|全过程|全流程)管理|(?:闭环|工作)?(?:机制|流程|制度|程序)|工作法")
# (the same words inside the last step of a chain not in quotes: …—反馈闭环管理)
# what a quoted dash run names when the quote is followed by these: the grades a plan raises firms through
# (“甲—乙—丙”企业梯度培育) or the leading sectors of a place (“甲—乙—丙”主导产业), not the steps of a chain
_QUOTED_NOT_CHAIN = re.compile(r"企业|(?:主导|首位|支柱)产业")
# (“甲—乙—丙”的路线: the stops of a tour, an inspection or a visit, not the steps of a chain)
_TOUR_ROUTE_AFTER = re.compile(r"的?(?:观摩|考察|调研|参观|巡查)?(?:路线|线路)")
_PROCEDURE_IN = re.compile(r"(?<=.)(?:闭环|工作)(?:管理|机制|流程|制度|程序)|(?<=.)工作法")
# the acts of an administrative procedure (洽谈 → 签约 → 备案 → 环评 → 施工许可 → 竣工验收): a step holding one
# is a stage of the approval of a project, not of making a product; a run made mostly of them is a procedure
_PROCEDURE_STEP = re.compile(r"洽谈|签约|签订|协议|注册|登记|备案|核准|审批|审核|审查|受理|申请|申报|预审|[环能安稳]评|招拍挂|"
                             r"许可|验收|开工|竣工|投产|办结|办理|评审|公示|立项|报批|批复|选址|供地|交地|拿地")
# a row of an industry map: a segment, what it makes, then a dash and the firms that make it or the gaps
# (上游:甲、乙 —— 已有某某公司); and a step that says who already holds a segment (已有…, 现有…)
_SEGMENT_ROW = re.compile(r"[ \t\u3000]*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）.、]\s*)?"
                          r"(?:上游|中游|下游|上中游|中下游|前端|后端)(?:环节|产品|领域)?\s*[:：]")
_HOLDS_STEP = re.compile(r"(?:已有|现有|拥有|已落户|已入驻|代表企业|龙头企业|重点企业)")
# (only in the row's first clause: 下游:以甲为主。重点发展方向为:A—B—C is a chain the row's prose goes on to)
_ROW_CLAUSE_END = re.compile(r"[。;:!?]|为主")
# the legal form after a firm's short name in its full name (甲化工有限公司, 乙有色集团股份有限公司)
_FIRM_STEP_FORM = r"(?:科技|实业|集团)?(?:股份)?(?:有限(?:责任)?公司|集团)"
_FIRM_STEP_FORM_RE = re.compile(_FIRM_STEP_FORM)
# the parts of a web page a scrape keeps: the site and its sections joined by dashes in a breadcrumb or a page
# title (某某省人民政府 - 政务公开 - 通知公告); a step that is an institution or a section of a site is no product
_SITE_STEP = re.compile(r"首页|主页|门户|网站|当前位置|栏目|频道|正文|(?:信息|政务|政府|党务)公开|通知公告|新闻|"
                        r"(?:工作|政务|部门|基层)动态|要闻|政策(?:文件|解读)|专题专栏|互动交流|办事服务|"
                        # (and the source and the staff of a news item: 来源:某某日报-某某客户端, 记者 某—通讯员 某)
                        r"日报|晚报|报社|客户端|电视台|融媒|公众号|(?<=..)发布$|^(?:记者|通讯员|(?:责任)?编辑|摄影|摄像|来源)$")
# the end of a news headline's subtitle (某某结硕果——某某县工业经济纪实)
_HEADLINE_END = re.compile(r"(?:纪实|侧记|综述|巡礼|回眸|掠影|访谈|专访|手记|见闻|记事)$")
# a counted head that a dash explains (两大产业——甲和乙; 三项工程——…): not the first step of a chain
_EXPLAINED = re.compile(rf"[{_CN_NUM}]+(?:大|个|项|条|种|类|方面)")
# a line between two places: the railway, road, pipeline or power line named after its ends (甲—乙铁路,
# 甲—乙供水工程, 甲—乙±800千伏直流), written after the last place or right after the run
_LINE_WORD = re.compile(r"(?:高速)?铁路|高铁|城际|(?:高速|快速)?公路|高速|国道|省道|快速路|快速通道|(?:输电|输送)?通道|"
                        r"输电|输气|输油|输水|供水|引水|调水|供热|供气|管道|管线|(?:输电)?线路|航线|班列|专线|干线|"
                        r"(?:特高压)?(?:直流|交流)|特高压|±|\d+(?:千伏|kV|KV|万伏)|(?:旅游)?(?:环线|精品线|风景道)")
# a step that is a time or an ordinal (周一—周五, 一月—三月, 一期—二期, 第一—第三): a span, not a chain
_TIME_OR_ORDINAL = re.compile(rf"(?:周|星期)[{_CN_NUM}日天]|第[{_CN_NUM}]+(?:[名位批届期季]|$)|"
                              rf"[{_CN_NUM}]+(?:月|季度|期|批|届|周|阶段|标段|号|日)|[上中下]午|早上|晚上|凌晨")
# a head that a dash explains (重点企业—某某铝业, 主导产业—甲、乙, 某某研究—以某县为例): a kind, a programme or a study
# and then its instance, not two steps
_EXPLAINED_HEAD = re.compile(r"(?<=.)(?:企业|产业|对象|项目|工程|研究|领域|方向|重点|目标|定位|任务|举措|路径)$|为例$")
# the layout of a plan, counted (一核—两带—三区, 一心—两翼—多点), and the people of a chain's work system
# (链长—链主企业—服务专员): not products
_COUNTED_PART = re.compile(rf"[{_CN_NUM}多]+[{H}]{{1,2}}")
_PERSON_STEP = re.compile(r"(?:链长|专员|专班|书记|县长|市长|区长|局长|主任|经理|负责人)$")
# the two sides of a whole (线上—线下, 国内—国外, 产前—产中—产后, 东段—西段): not products
_PAIRED_SIDE = re.compile(r"线[上下]|[国境省市区县域][内外]|[产事][前中后]|[东西南北中上下前后内外][段区片部侧端翼]")
_PAIRED_SIDE_END = re.compile(rf"(?:{_PAIRED_SIDE.pattern})$")
# who does what in a principle of work (市场主导—企业主体—社会参与) and the one-each slogans (一企一策—一链一图)
_ROLE_END = re.compile(r"(?<=.)(?:主导|主体|参与|引导|推动|支撑|保障|牵头|配合|运作|监管|兜底)$")
_ONE_EACH = re.compile(r"一[^一]一[^一]")
# the area or the cooperation that places joined by a dash make (甲湾—乙河片区, 甲峡—乙湖组团联动)
_AREA_AFTER = re.compile(r"片区|组团|板块|区域|城区|新城|段|一体化|联动|协同|同城化")
# a region's suffix that makes a word with what follows it (兰州市场, 张掖市级, 白银区域): no region is written
_SUFFIX_WORDS = frozenset(("市场", "区域", "县域", "市级", "省级", "县级", "区级", "州级", "市区", "区块", "省内", "市内", "县内",
                           "区内", "省外", "市外", "县城", "市民", "区位"))
_LINE_BEFORE = re.compile(r"(?:铁路|公路|高速|国道|省道|航线|班列|专列|专线|线路|干线)$")
_LINE_END = re.compile(r"(?<=..)(?:铁路|公路|高速|国道|省道|快速路|专用线|航线|班列)")
# the last of the partners a dash joins and their meeting (银—企对接会, 政—企座谈): a cooperation, not a chain
_PARTNERS_MEET = re.compile(r".(?:对接|座谈|洽谈|恳谈|联谊|合作|协作|共建)会?")
# a step with a number is a date, a range or a count, except a grade written after its name (尼龙6, PA66),
# which may go on with the form of the product (尼龙6切片) but not with a unit (产能100万吨)
_STEP_GRADE = re.compile(rf"[^\d]*[{H}A-Za-z]{{2}}(?<![第件表图号页])\d{{1,3}}(?:(?![万亿千百吨个年月日号期条项家座台套])[{H}]+)?")


_ROUTE_VERB = re.compile(r"发展|推进|推动|实施|布局|开展|建设|鼓励|支持|探索|利用|实现|扩大|提升|新增|推广|培育|壮大|谋划|"
                         r"引进|招引|延伸|拓展|开发|存在|面临|降低|减少|控制|稳定(?!剂)|巩固|做大|做强")


def _after_last(pattern, s, keep=2):
    """`s` after the last match of `pattern` that leaves at least `keep` characters."""
    last = 0
    for m in pattern.finditer(s):
        if len(s) - m.end() >= keep:
            last = m.end()
    return s[last:]


def _after_verb(s):
    """`s` after the last verb of :data:`_ROUTE_VERB` that leaves at least one character.

    >>> _after_verb("农场发展秸秆"), _after_verb("秸秆"), _after_verb("推广煤")
    ('秸秆', '秸秆', '煤')
    """
    return _after_last(_ROUTE_VERB, s, keep=1)


def _after_chain_verb(step):
    """The first step of a chain without the clause that leads into it.

    A parenthesis (the step's alternatives) is kept; a one-character step stays (初步形成了煤).

    >>> _after_chain_verb("全县已基本构建起石英砂"), _after_chain_verb("石英砂"), _after_chain_verb("初步形成了煤")
    ('石英砂', '石英砂', '煤')
    >>> _after_chain_verb("两个项目将填补我市稀土氧化物"), _after_chain_verb("巩固光纤(预制棒)")
    ('稀土氧化物', '光纤(预制棒)')
    """
    o = step.find("(")
    base, paren = (step, "") if o < 0 else (step[:o], step[o:])
    base = _after_last(_CHAIN_VERB, base, keep=1)
    return _after_last(_CHAIN_FRONT, base, keep=1) + paren


def _before_chain_end(step):
    """The last step of a chain without the clause that goes on after it.

    >>> _before_chain_end("电池的一体化布局"), _before_chain_end("精密铸造两个细分"), _before_chain_end("激光器件协同攻关")
    ('电池', '精密铸造', '激光器件')
    >>> _before_chain_end("等离子体"), _before_chain_end("纤维(涤纶、短纤)")
    ('等离子体', '纤维(涤纶、短纤)')
    """
    if "(" in step:
        return step
    m = _CHAIN_BACK.search(step, 1)
    return step[: m.start()] if m else step


_TAIL = re.compile(
    r"(?:等|的)?(?:一体化)?(?:循环经济|循环|全)?(?:千亿级|百亿级)?(?:循环经济)?"
    r"(?:产业链条|产业链|产业体系|产业集群|链条|模式|体系|路径|路线|(?<=..)工艺|方向|顺序|次序|主线|主链)$|为首位产业$|为主导产业$"
)
# the tail of the last step: what the text calls the chain, with its qualifiers (…的完整链条, …精深加工链条)
_TAIL_WORD = re.compile(r"(?:等|的)?(?:较为|较|比较|相对|更加|更为)?(?:完整|完善)?的?(?:一体化)?(?:循环经济|循环|全)?(?:千亿级|百亿级)?(?:精深加工|深加工)?"
                        r"(?:产业链条|产业链|产业体系|产业集群|链条)")


# the numbering in front of a heading ((四), 四、, 4., 第四节)
_HEADING_NUMBER = re.compile(rf"\s*(?:\([{_CN_NUM}\d]{{1,3}}\)|[{_CN_NUM}]{{1,3}}、|\d{{1,2}}[.、]|第[{_CN_NUM}\d]{{1,3}}[章节条部分]+)?\s*")


def _chain_heading_before(text, word, lo, hi):
    """Whether a line between `lo` and `hi` is a heading that names the chain of `word`: (四)word产业链 alone on its
    line, numbered or not.

    >>> _chain_heading_before("(四)肉羊产业链\\n发展路径:…", "肉羊", 0, 20), _chain_heading_before("发展肉羊产业链。", "肉羊", 0, 8)
    (True, False)
    """
    k = text.rfind(word + "产业链", lo, hi)
    if k < 0:
        return False
    ls = text.rfind("\n", 0, k) + 1
    le = text.find("\n", k)
    return _HEADING_NUMBER.fullmatch(text, ls, k) is not None and \
        not text[k + len(word) + 3: le if le >= 0 else len(text)].strip()


def _heading_word_at(text, pos):
    """Whether a word found at `pos` (-1: not found) stands as a word of its own, not the end of a longer one
    (储能|产业链 after (三), not 新|材料产业)."""
    return pos == 0 or pos > 0 and (not _HAN_CHAR.match(text, pos - 1) or text[pos - 1] in "及和与")


_SIGHT_OR_WASTE_STEP = re.compile(r"景区|景点|污水|废水")
# the same tail without the processing words, for a last step that is processing itself (精深加工|产业链)
_TAIL_WORD_PLAIN = re.compile(_TAIL_WORD.pattern.replace("(?:精深加工|深加工)?", ""))
# the industry of a dash chain written after its last step, before 产业链 (甲—乙—组件|光伏制造|产业链)
# (a quality in front, 甲—乙—有机肥|循环农业|产业链, names the chain's industry as well as 制造 after it does)
_CHAIN_INDUSTRY_END = re.compile(r"(?P<mod>循环|生态|绿色|现代|特色)?(?P<ind>光伏|锂电|氢能|风电|储能|煤化工|盐化工|化工|石化|新能源|"
                                 r"新材料|冶金|钢铁|有色|建材|医药|纺织|食品|农业|畜牧)(?P<act>装备制造|制造|加工|装备|材料)?$")
_MAKE = re.compile(r"^(?P<inp>.+?)制(?![造品剂种冷度作备])(?P<out>.{2,}|[氢氨油气电醇碱])$")
_PROCESS_SUFFIX = ("精深加工", "综合利用", "深加工", "加工", "制造", "生产", "种植", "养殖", "开发", "延伸", "利用")


@functools.lru_cache(maxsize=65536)
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
        for suf in _PROCESS_SUFFIX:  # the longest process word at the end decides (烯烃深加工 stays)
            if s.endswith(suf):
                if len(s) - len(suf) >= 3:
                    s = s[: -len(suf)]
                break
    return s


# precompiled: these run once per step, item or unit of every document (re's own cache lookup costs more)
_ALT_STEP = re.compile(r"^(?P<base>[^()]+)\((?P<alt>[^()]+)\)$")
_ALT_SEP = re.compile(r"[、,/]")


def _split_alternatives(step):
    """``煤(炭)`` -> ``("煤", ["炭"])``: one alternative per 、-separated item in the parenthesis.

    An open list's closing 等 is not part of its last item.

    >>> _split_alternatives("发电(火电、光电)"), _split_alternatives("冶(有色冶金及深加工)")
    (('发电', ['火电', '光电']), ('冶', ['有色冶金及深加工']))
    >>> _split_alternatives("钢材(螺纹钢、线材等)")
    ('钢材', ['螺纹钢', '线材'])
    """
    m = _ALT_STEP.match(step) if "(" in step else None  # (a match holds a parenthesis)
    if not m:
        return step, []
    alts = [a.strip() for a in _ALT_SEP.split(m.group("alt")) if a.strip()]
    if len(alts) > 1 and alts[-1].endswith("等") and len(alts[-1]) > 1:
        alts[-1] = alts[-1][:-1]
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

    for raw in steps:
        base, alts = _split_alternatives(raw)
        inputs = []
        m = _MAKE.match(base) if "制" in base else None  # (a match holds 制)
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
        m0 = _MAKE.match(b0) if "制" in b0 else None
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


# An enumerated chain: a 、-list of steps that the text itself calls a chain, written right before
# 产业链 / 全产业链 / 链条 (风电“研、造、装、运、维”全产业链; 完善A、B、C、D加工产业链).  A list joined by
# 和/及 or closed by 等 coordinates several sectors (铜、铝、铅锌和稀贵金属产业链), not the steps of one.
_LIST_CHAIN_TAIL = re.compile(r"产业链条?|链条")
_LIST_QUALITY = r"(?:(?:一体化|循环|闭环)(?:发展)?|完整|完善)的?"  # (a quality of a listed chain: “甲、乙、丙”一体化的…产业链)
_LIST_CHAIN_QUALITY = re.compile(_LIST_QUALITY + "$")
_LIST_QUALITY_HEAD = re.compile(_LIST_QUALITY)
# the verbs that build a chain out of a listed run of steps (形成|甲、乙、丙产业链, 构成甲、乙、丙的完整产业链)
_BUILD_VERBS = "形成|构建|打造|完善|构筑|建成|构成|组成|串联|串起|连成"
_LIST_BUILT = re.compile(rf"(?:{_BUILD_VERBS}|延伸|延长|拉长)(?:了|起|出)?$")
_BUILD_VERB = re.compile(_BUILD_VERBS)
_LIST_COUNTED = re.compile(rf"[{_CN_NUM}]+[条个大类项]$")
# (after a list's tail, the next chain of a list of chains: 甲、乙、丙产业链、丁产业链)
_LIST_NEXT_CHAIN = re.compile(rf"、[{H}A-Za-z0-9]{{1,12}}?(?:产业链|链条)")
# a chain in prose: 形成从原煤到甲醇再到烯烃的产业链; 构建多晶硅、单晶硅、电池片、组件的光伏产业链
# (the steps before the first 到 may be listed: 从甲开采、乙加工到丙制造的全产业链)
_FROM_TO_CHAIN = re.compile(rf"[从由](?P<steps>[{H}]{{1,10}}(?:、[{H}]{{1,10}}){{0,4}}(?:(?:再)?到[{H}]{{1,10}}){{1,6}})的(?:完整)?(?:[{H}]{{0,6}}?)(?:全)?产业链")
# (a step may be a chemical's abbreviation: 形成甲、乙、PVC的完整产业链)
_OF_CHAIN = re.compile(rf"(?:{_BUILD_VERBS})(?:了|起|出)?(?P<list>[{H}]{{1,8}}(?:、[{H}A-Za-z0-9]{{1,8}}){{2,}})的(?:完整)?"
                       rf"(?P<label>[{H}]{{0,8}}?)(?:全)?产业链")


def _literal_starts(text, literals):
    """The sorted positions where any of `literals` starts in `text` (found with str.find)."""
    out = set()
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            out.add(i)
            i = text.find(lit, i + 1)
    return sorted(out)


def _finditer_at(pattern, text, starts):
    """``pattern.finditer(text)`` for a pattern that can match only at `starts` (sorted): each start is tried in
    order, as finditer tries every position, and the scan goes on after a match's end (no pattern used here
    matches the empty string)."""
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = pattern.match(text, p)
        if m:
            yield m
            pos = m.end()


# qualities a plan wishes for, not products (布局优化、结构合理、竞争力较强的…产业链)
_QUALITY = re.compile(r"[强好高大化理进善显出稳快多广]$|要求|结构|布局|竞争|效益|水平|能力")
# what a plan lists as activities, not as the steps of a chain (研发、生产、销售…为一体)
_ACTIVITIES = {"研发", "生产", "销售", "服务", "设计", "制造", "维修", "运营", "营销", "检测", "回收", "仓储", "物流",
               "加工", "开发", "应用", "推广", "管理", "培训", "咨询", "贸易", "展示", "交易", "金融"}
# broad sectors of a plan: a list made only of them names one chain per sector (新能源、新材料、装备制造产业链), where a
# step of a chain is a product or an activity (a chain may still end in one: …屠宰加工、冷链物流)
_BROAD_SECTORS = frozenset((
    "钢铁", "有色", "有色金属", "冶金", "化工", "石化", "石油化工", "煤化工", "精细化工", "能源", "新能源", "新材料", "建材",
    "装备制造", "装备", "高端装备", "先进制造", "生物医药", "医药", "中医药", "电子信息", "信息技术", "数字经济", "大数据", "软件",
    "人工智能", "节能环保", "环保", "新能源汽车", "汽车", "航空航天", "轻工", "纺织", "服装", "食品", "文旅", "文化旅游", "旅游",
    "康养", "健康", "养老", "物流", "现代物流", "商贸", "电子商务", "电商", "金融", "会展", "文创", "现代农业", "农业", "特色农业",
))
# the last character in a span that is neither 、 nor a word character ([{H}A-Za-z0-9]) (a greedy match from the span's start
# ends right after it)
_LIST_RUN_LAST = re.compile(rf"(?s).*[^、{H}A-Za-z0-9]")
# (a document may quote with straight quotes or corner brackets: "甲、乙、丙"产业链, 「甲、乙、丙」产业链)
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"'「‘", "”\"'」’"
_LIST_CHAIN = re.compile(rf"(?P<q>[{_OPEN_QUOTES}])?(?P<list>[{H}A-Za-z0-9]{{1,8}}(?:、[{H}A-Za-z0-9]{{1,8}}){{2,}})"
                         rf"(?(q)[{_CLOSE_QUOTES}])$")
# A production route written as A制B (煤制烯烃, 煤(合成气)制乙二醇, MTO(甲醇制烯烃)): the chain [A, B].
# A and B are short product names standing on their own between separators; 制 inside a name (电解制氢装备,
# 某某风电绿电制氢合成氨) or a word (控制, 机制, 制造) is not a route.
# (预制菜, 定制, 炮制: 制 inside a word)
_MAKE_WORDS_BEFORE = set("预控机体编研定限抑强管压遏节牵专法税学建复克绘印轧炼酿监调特自仿改创试精规公币熔烧配腌泡炮炒熬挤拉铸锻"
                         "缝裁绣织有承统辖反受宰长任"
                         "晒烘焙烤熏蒸煮炸焊模吹雕刻染纺晾磨熟冲")  # (the ways food or ware is made: 晒制, 烘制, 焊制)
_MAKE_WORDS_AFTER = set("造品剂种冷度作备定约衡订止裁图成表式片药服动约宜革胜取办修浆")  # (制修订, 制浆造纸)
# a one-character product a route can make (煤制氢, 煤制油); the letters of an abbreviated chain are not
# products (氢能制储用: 制储运加用)
_ROUTE_ONE_CHAR = set("氢氨油气电醇碱糖酸砖")  # (甜菜制糖, 冶炼烟气制酸, 煤矸石制砖)
# a one-character step of a two-step dash chain: a material (煤—兰炭, 硅—多晶硅, 煤—电); not 银—企, 政—企
_ONE_CHAR_STEP = frozenset("煤油气电盐碱焦醇氨酸硅铝铁铜锂镁钛镍锌铅钨钼磷硫钾")
_CHAIN_LETTERS = set("制储运加用输配售产供销")
# (制高点 is a word; 合成气制高碳醇, 工业硅制高纯硅 are routes)
_MAKE_CANDIDATE = re.compile(rf"制(?<![{''.join(sorted(_MAKE_WORDS_BEFORE))}]制)(?![{''.join(sorted(_MAKE_WORDS_AFTER))}]|高点)")
# (the frame of a clause around a route: 由甲制乙向丙制丁延伸, 从甲制乙到…, 把甲制乙培育成…, 将甲制乙作为…)
_ROUTE_BOUNDARY = re.compile(rf"[^{H}A-Za-z0-9]|等|和|及|与|或|为|的|以|由|从|到|把|将(?!军)|(?<![取定导走趋方横纵双单转面])向(?![阳日])")
# an activity after the last listed step (甲、乙、丙加工产业链), but not a grade of it (精加工)
# the verbs that close a step which is an activity on a material (硅石开采, 工业硅冶炼, 硅片切割)
_ACTIVITY_VERBS = frozenset(("开采", "冶炼", "提纯", "切割", "拉晶", "切片", "精炼", "提炼", "选矿", "铸造", "锻造", "组装", "装配",
                             "封装", "回收", "屠宰", "仓储", "包装", "研发", "设计", "销售", "制备", "合成", "纺纱", "织造"))
_ACTIVITY_TAIL = re.compile(r"(?<=.)(?<![深初粗精])(?:加工|生产|制造)$")
# (甲制乙下游产业链: the chain below the route, whose product is 乙)
_ROUTE_TAIL = re.compile(r"(?:中下游|[上下]游)?(?:产业链条|产业链|产业|技术|工艺|路线|路径|领域|行业|方向|生产)$|(?:中下游|[上下]游)$")
# where the product of a route ends inside a longer run (煤制天然气|两条技术路线, 煤制甲醇|产业)
# (…制乙产能|规模: the amount of the product, after it)
# (…制乙还可…, …制乙可为…, …制乙用于…, …制乙并…: the clause goes on after the product with an adverb, a modal
# verb or a verb of use; …制乙培育成…, …制乙作为…, 向甲制乙延伸: the verb of the clause the route is the object of)
_ROUTE_CUT = re.compile(rf"[{_CN_NUM}\d]+[条个大项种类]|成本|能力|比例|比重|占比|效率|培育|打造|作$|成$|延伸|拓展|还(?!原)|(?<!可)可(?:$|[以用供作])|用于|并(?!网)|将|再(?!生)|产能|产量|规模|产业链|产业|技术|工艺|路线|路径|领域|行业|方向|项目|装备|装置|设备|"
                        r"基地|生产线|示范|试点|一体化|工程|综合利用|中心|园区|等|副产")  # (甲制乙副产品: what the route leaves)
# what a route makes something of when it recycles (某某废渣制乙, 废旧某某制乙, 某某副产品制乙, 某某尾矿制乙)
_WASTE_MATERIAL = re.compile(r"废|副产|尾矿|尾渣|[矿炉钢]渣|余热|回收")
# (a product of a route may be its capital-letter abbreviation: 焦炉煤气制LNG)
_ROUTE_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
# (and its material a chemical formula: CO2制甲醇)
_ROUTE_FORMULA = re.compile(r"[A-Z][A-Za-z0-9]{1,5}")
_ROUTE_NOT = re.compile(r"(?:项目|装备|装置|设备|基地|生产线|示范|一体化|工程|综合利用|中心|园区?|厂|站|机组|试点)$")
# a route that closes a list of projects (推动甲煤化焦炉煤气制乙二醇等项目开工) names a project, not a route
# (also from the first items of that list: 甲制乙、丙制丁等3个项目, or joined by 及/和: 甲制氢及氢冶金示范项目);
# but a list closed by 等 and a kind of project
# (甲制氢、乙储能等应用端项目) names the fields the projects are in, and the route is one of them
_ROUTE_PROJECT_AFTER = re.compile(rf"(?:[、及和与](?:(?!等)[{H}A-Za-z0-9]){{1,24}}?){{0,6}}(?:等(?:[{_CN_NUM}\d]+[个项]|一批)?(?:重点|重大)?)?"
                                  r"(?:项目|工程)")


# ============================================================================ parks

# Park types, longest first.  A park's name is a place or a theme in front of one of them; a park
# inside another is written right after it (张掖经开区|循环经济示范园|化工产业集中区).
PARK_TYPES = (
    "经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "综合保税区", "保税区", "化工产业集中区",
    "化工集中区", "工业集中区", "产业集中区", "经开区", "高新区", "开发区", "工业园区", "产业园区", "物流园区", "示范园区",
    "专属园区", "科技园区", "产业园", "工业园", "科技园", "科创园", "示范园", "创业园", "物流园", "园区", "新区",
    "产业集聚区", "工业集聚区", "工业区",
)
# a park named by its sector (某某生物医药园, 某某精细化工园), unless the word goes on (化工园区: …园区 decides)
_SECTOR_PARK = ("(?:医药|化工|材料|食品|装备|能源|汽车|软件|电子|纺织|冶金|加工|光电|信息|数据|数字|智造|创新|孵化|建材|"
                "陶瓷|电商|制造|高科|经济)园(?!区)")
_PARK_SUFFIX = f"(?:{_alternation(PARK_TYPES)}|{_SECTOR_PARK})"
# a lookahead for a first character of a type (a superset: every Han word of the types): a match of the type starts
# with one, so the matches are the same, and a position that has none fails at once instead of after trying each
# word of the alternation
_PARK_FIRST = "(?=[" + "".join(sorted({w[0] for w in PARK_TYPES} | {w[0] for w in re.findall(rf"[{H}]+", _SECTOR_PARK)})) + "])"
_PARK_SUFFIX_RE = re.compile(_PARK_FIRST + _PARK_SUFFIX)
# the name in front of the type is at most 16 characters (no digits: 20万吨聚丙烯…产业园 names the park after
# the capacity); a sub-park follows its parent directly, not after 和/与/及, and parks nest three deep at most
_PARK = re.compile(rf"[{H}A-Za-z]{{0,16}}?{_PARK_SUFFIX}(?:(?![和与及])[{H}]{{2,12}}?{_PARK_SUFFIX}){{0,3}}")
_PARK_CHAR = re.compile(rf"[{H}A-Za-z]")
# types that name a zone only together with a place (张掖经开区, 华亭工业园区); with a theme alone they are
# a generic mention (工业园区, 人才工业园)
_PLACE_TYPES = ("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "经开区", "高新区", "开发区",
                "工业园区", "工业园", "产业园区", "工业集中区", "新区", "综合保税区", "保税区", "产业集聚区", "工业集聚区")
# a park that opens a clause and is given its specialisation (某某工业园区重点发展甲和乙产业) is a named park
# even where its place is too small for the region index
_PARK_REGION_TWICE = re.compile(rf"([{H}]{{2,3}}?)[市县区](?=\1)")
_PARK_SUBJECT = re.compile(r"重点发展|主要发展|重点布局|着力发展|主导产业|主攻|定位为")
_PARK_LEAD = (
    "依托", "入驻", "加快", "支持", "已形成", "已成为", "吸引", "落地", "落户", "将", "把", "向", "由", "至", "等",
    "推动", "引导", "进", "入", "全力", "建成", "打造", "创建", "申报", "全省首个", "首个", "各", "本", "该", "现有",
    "所在", "个", "家", "一批", "及", "和", "与", "按照", "构建", "形成", "发展", "延伸", "推进", "围绕", "完善",
    "培育", "建设", "做强", "做大", "以", "的", "在", "为", "是", "着力", "积极", "大力", "实现", "聚焦", "壮大",
    "对接", "加强", "完善", "提升", "巩固", "规划", "明确", "优化", "整合", "签订", "发挥", "与", "对",
    "下辖", "包括", "涵盖", "设有", "辖", "完成", "启动", "通过", "开展", "实施", "新建", "续建", "扩建", "争创",
    "争取", "谋划", "启动建设", "其中", "统筹", "协调", "整合", "即",
    # a question put at a press conference (请问|某某产业园…)
    "请问", "想问", "请介绍",
    # a time word at the head of the clause (去年|某某工业集中区…)
    "去年", "今年", "明年", "年内", "全年", "当年", "目前", "近年来", "近年",
    # where a project is to stand (拟选址|某某经济开发区)
    "拟选址", "选址", "拟",
)
# (将 is a lead word, but 将军 is a place's word: 将军庙产业园)
# (behind a lookahead on the words' first characters, implied by each word: the same matches, and a position
# without one fails at once)
_PARK_LEAD_RE = re.compile("(?!将军)(?=[" + "".join(sorted({w[0] for w in _PARK_LEAD})) + "])(?:" + _alternation(_PARK_LEAD) + ")")
_CHAIN_LABEL = re.compile(rf"[{H}、及和]{{1,16}}?(?:产业链|链条|产业|行业|领域|环节)\s*[—\-－:]")
_FIELD_LEAD = re.compile(r"[^、,]{1,8}?(?:环节|领域|方面|板块)")
_ADDRESS = re.compile(r"地址\s*:|地址\s*(?=[\u4e00-\u9fff])|通讯地址|联系地址")
# words that end the text before a park's name (…入驻|智能制造产业园, …和|某某大数据产业园)
_PARK_BOUNDARY = ("入驻", "和", "与", "的", "在", "从", "把", "将", "向", "对", "由", "至", "等", "打造", "建设", "依托",
                  "推进", "加快", "支持", "形成", "为", "是", "、", "以", "签订", "发挥", "围绕", "落户", "落地", "项目",
                  "进入", "可", "均", "下设", "包括", "设立", "结合", "位于", "布局", "获得", "荣获", "评为", "认定为",
                  "命名为", "授予", "列为", "入选", "获批", "下辖", "简称", "直通", "接入", "连通", "通达", "毗邻", "紧邻",
                  "负责", "牵头", "配合", "推动", "引导", "鼓励", "坐落于", "地处",
                  # the firm that builds or runs the park (某某物流有限公司|某某物流园), a plan drawn up for it
                  # (编制|某某产业园控制性详细规划)
                  "公司", "股份", "编制", "修编",
                  # the places that build a park together (甲县与乙县|共建|飞地产业园): the kind of park follows
                  "共建",
                  # a visit's stops (调研|某某产业园, 察看|某某高新区), a verb done (介绍了|某某园区), a government
                  # body in front of the zone it has a branch in (某某局|高新区分局)
                  "调研", "察看", "考察", "视察", "走访", "参观", "来到", "前往", "走进", "了", "局", "厅",
                  # a verb done to the park or in it (实现|某园区全覆盖, 已建成|某产业园, 通过|省级化工园区复核)
                  "实现", "建成", "通过", "完成", "启动", "新建", "扩建", "续建", "申报", "创建", "争创", "谋划", "开展", "实施",
                  "覆盖", "位列", "位居", "排名", "跻身", "纳入", "列入", "晋升", "获评")
_PARK_BOUNDARY_RE = re.compile(_alternation(_PARK_BOUNDARY + ("关于",)))  # (某某市关于|某某开发区…的报告: a title)
# words that open with 含 or 设 and are no verb of containing (含山, 设施农业园, 设计产业园)
_NOT_CONTAINS = frozenset(("含山", "设计", "设施", "设备", "设置"))
_PARK_BOUNDARY_CHARS = tuple(w for w in _PARK_BOUNDARY if len(w) == 1)
_BOUNDARY_CHAR_SET = frozenset(_PARK_BOUNDARY_CHARS)
# words that hold a boundary character but are not a boundary (碳中和新材料高新产业园; 将 opens a clause, but 将军 is a
# place's word: 将军庙产业园)
_BOUNDARY_EXCEPTIONS = ("碳中和", "中和", "将军")
assert all("中和" in w or "将军" in w for w in _BOUNDARY_EXCEPTIONS)  # (see _boundary_cut)


def _regions_with_boundary():
    """The region names (full, and short for provinces and cities; short county names of three or more characters)
    that hold a one-character boundary word of a park's name (呼和浩特, 和林格尔, 和田市), longest first."""
    idx = region_index()
    names = set(idx.by_name) | set(idx.by_short) | {n for n in idx.by_county_short if len(n) >= 3}
    # (three characters or more: 和县, 和平 are as often the word 和 and what follows it)
    held = sorted((n for n in names if len(n) >= 3 and any(c in n for c in _PARK_BOUNDARY_CHARS)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, held)))


_REGIONS_WITH_BOUNDARY = _regions_with_boundary()
# a name never starts with a measure word or a unit (…3个|工业集中区, 万吨|某某化工产业园)
_BAD_START = re.compile(r"^(?:[级个家批类种型些处项所座条号户]|万?(?:吨|千瓦|瓦|平方米|亩|元|袋|套|台|件)级?)+")
_VERBISH = re.compile(r"解释权|坚持|获得|选派|落实|配合|会同|协同|督促|探索|完善|融入|建立|巩固|提升|推动|实施|强化|加强|优化|"
                      r"开展|争创|创建|申报|认定|命名|规划|引进|服务|管理|发挥|利用|领先|一流|相关|标准化")
# a type with nothing but a generic word in front is a mention of parks in general (化工园区, 各园区,
# 合作共建园区, 省级工业园区)
_GENERIC_PARK_WORDS = (
    r"[各全本该这此其][^区]{0,3}|工业|产业|化工|合作共建|合作|示范|专业|特色|省级|国家级|县级|市级|国家|绿色|智慧|"
    r"低碳|零碳|生态|重点|现有|周边|相关|配套|标准化|其他|新建|承接产业转移|循环化改造示范试点|循环化|"
    r"现代|综合|大型|中小|智能化|数字化|物流|应急物流|农业|科技|创业|创新|新型|高新技术|特色产业|主导产业|飞地")
_PARK_BATCH = re.compile(rf"首批|第[{_CN_NUM}\d]{{1,3}}批|新一批|一批|[百千万]亿级")
# a zone's designation written before the park in it (某某循环经济试验区, 某某综合改革试验区, 某某示范区)
_ZONE_BEFORE_PLACE = re.compile(rf"[{H}]{{2,12}}(?:试验区|实验区|示范区|先导区)")
_GENERIC_PARK = re.compile(rf"^(?:{_GENERIC_PARK_WORDS})?{_PARK_SUFFIX}$")
# several generic words before a …园区 are generic too (智慧化工园区, 特色农业示范园区); before a named type
# they can name a park (生态科技产业园 of a 一区多园 list)
_GENERIC_THEME = re.compile(rf"^(?:{_GENERIC_PARK_WORDS})+(?:工业园区|产业园区|示范园区|物流园区|园区)$")
# a designation or honour, not a park of its own (…省级低碳园区试点, 被评为国家绿色工业园区…等称号)
_PARK_HONOUR_AFTER = re.compile(r"等?(?:试点|称号|荣誉|创建|评价|认定|考核)")
# the rest of a firm's registered name after a park's name inside it (某某新区|开发建设有限公司)
# one-character words between a zone and a park type that are no trade (某高新区|内|产业园, 某经开区|新|产业园)
_NOT_TRADE_CHARS = frozenset("内外中下上各该本其和及与的等在为新老大小首")
_IN_FIRM_NAME = re.compile(r"(?:开发|建设|投资|发展|管理|运营|实业|城市|产业|控股)+(?:集团)?(?:有限责任公司|有限公司|"
                           r"股份有限公司|集团公司|集团)")
_PARK_HONOUR_BEFORE = re.compile(r"获得|荣获|评为|认定为|命名为|授予|列为|入选")
# (a list of honours takes 获评 too: 获评甲、乙、丙园区; before one park it would cut 获评 off a name that holds it)
_PARK_HONOURS_BEFORE = re.compile(_PARK_HONOUR_BEFORE.pattern + "|获评")
# a count in front of the type: a category of parks (某市5个工业集中区, 3个农业科技示范园区)
_COUNT = re.compile(rf"(?:\d+(?:-\d+)?|[{_CN_NUM}几多若干]+)(?:个|家|大|地)")
# a township (某某镇, 某某乡), and the words that end in 镇/乡 without being one (城乡, 乡镇, 小镇)
_TOWNSHIP = re.compile(rf"(?:镇|乡(?!村))(?=人民政府|政府|党委|街道|[、,)的和]|工业|产业|[{H}]{{0,8}}园)")
_NOT_TOWNSHIP = {"城乡", "下乡", "返乡", "家乡", "故乡", "乡镇", "城镇", "集镇", "重镇", "小镇", "名镇", "古镇", "强镇",
                 "村镇", "各乡", "全乡", "全镇", "各镇", "本镇", "本乡", "该镇", "该乡"}
# a rank in front of a type (省级开发区): a kind of zone, or a rank to apply for (创建国家级经开区)
_RANK = re.compile(r"省级|国家级|市级|县级")
# the words that open the list of a zone's parks (由甲、乙组成; 下设甲、乙)
_PARK_MADE_OF = re.compile(r"(?:由|下设|下辖|设有|辖)$")
_FIRM_DISCOURSE_LEAD = re.compile(r"(?:一方面|另一方面|随着|主要有|主要包括|另有|还有|预计|可以|利用|特别是|尤其是)+")
# a kind of firm that a place keeps, with no trade name: the county's 城投公司, a 供水公司 (县城投公司, 市交投集团)
# (国投 alone is a group's short name, not a kind)
_FIRM_KINDS = r"(?:城投|交投|水投|城建|供电|供水|供热|供气|担保)(?:集团)?"
_KIND_ONLY_FIRM = re.compile(rf"[省市州县区旗盟镇]{_FIRM_KINDS}(?:有限责任公司|有限公司|公司)?|{_FIRM_KINDS}(?:有限责任公司|有限公司|公司)")
_FIRM_DISCOURSE_IN = re.compile(r"主要有|主要包括|主要为|一方面|另一方面")
_NO_FIRM_NAME = re.compile(r"(?:预计)?(?:全|本|该|各|我|两|多)?(?:公司|企业|集团|合作社|厂|户)|"
                           r"(?:余|多)?家(?:子|分|控股)?(?:公司|企业)")  # (拥有50余家子公司: a count)
_LIMITED_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司")
_UTILITY_UNIT = re.compile(r"(?:供电|电力|电网)(?:分)?公司$")
# the types of a garden park, fullest first; a bare 园区 (the last) may stand for any of the others
_PARK_GARDEN_TYPES = ("工业园区", "产业园区", "工业园", "产业园", "园区")
# a verb that names where something stands (位于|落户|入驻 某某工业园区): a named park follows
_SITED_IN = re.compile(r"(?:位于|落户|入驻|坐落于|地处|落地)$")
# the opening of a declared short name right after a park (某某开发区(以下简称“某某经开区”))
_DECLARED = re.compile(r"\((?:以下)?简称[“\"]?$")
# 国家 inside a zone's name (某地国家高新区) does not make another zone than 某地高新区
_NATIONAL = re.compile(r"国家级?(?=经济技术开发区|高新技术产业开发区|经开区|高新区)")
# what never names a park without a place: a level word alone (县工业园区, 市县开发区), a part of the
# country or a belt (东部开发区, 沿黄工业园区), an anonymised name (某某园区), a way of running parks
# (东西部协作共建产业园区, 对口帮扶产业园)
_LEVEL_ONLY = re.compile(r"[省市县区州旗盟镇乡村]+|.*[东西南北中]部|沿[黄江河海边线]|.*某.*|.*(?:共建|协作|合作|对口|帮扶|飞地).*")
# a part of the country or a mode of aid in front of the type (东部地区合作产业园, 对口帮扶产业园, 东西部协作园区)
_PARK_MODE = re.compile(r"[东西南北中]部|对口|帮扶|飞地|协作")
# a quantifier in front of the type: the parks of a kind (各专业园区, 所有工业园区, 其他园区)
_PARKS_QUANTIFIED = re.compile(r"各|所有|全部|其他|其余")
# a mountain, river or lake and the side of it a place lies on (贺兰山|东麓, 黄河|南岸), read from the 山/河/湖 on:
# the region name that starts there (山东, 河南, 湖北, 山南) is not written
_FEATURE_SIDE = re.compile(r"[山河湖江海川][东西南北][麓岸坡侧缘畔]")
# a park's own management body (某某工业园区管委会): the park is a named one
_PARK_OFFICE = re.compile(r"管委会|管理委员会|管理办公室|管理处|管理局|党工委")
# a coordinated list of places before 等 / N个 and the type: one park per place
# (东城、西城、南城3个工业集中区; 北山、河口等工业集中区; 甲县、乙县2个省级工业园区)
_PARK_LIST_TAIL = re.compile(rf"(?:等|(?:\d+|[{_CN_NUM}]+)个)(?:省级|国家级|市级|县级)?$")


_PARK_LIST_AND = re.compile(r"(?:和|与|及|以及|、)")
# what ends a wide clause (see _Extractor.wide_clause_start): the last of them in a span, by a greedy match from its start
_WIDE_LAST = re.compile(r"(?s).*[,;:。!?\n]")


def _boundary_cut(raw):
    """Where a park's name starts in `raw`: after the last boundary word in front of its first type.

    >>> raw = "下设东华陶瓷产业园"
    >>> raw[_boundary_cut(raw):]
    '东华陶瓷产业园'
    """
    return _boundary_cut_before(raw, _PARK_SUFFIX_RE.search(raw).start())


def _boundary_cut_before(raw, first):
    """:func:`_boundary_cut` of `raw` whose first park type starts at `first` (``_PARK_SUFFIX_RE.search(raw)``)."""
    masked = raw[:first]
    if "中和" in masked or "将军" in masked:  # (every exception holds one of them)
        for w in _BOUNDARY_EXCEPTIONS:  # same length, so the cut index stays valid
            masked = masked.replace(w, "\0" * len(w))
    # (the last match of _PARK_BOUNDARY_RE.finditer(masked), found by an automaton: see _PARK_BOUNDARY_AC; none
    # there, none either once regions are masked: masking with \0 makes no word appear)
    found = _PARK_BOUNDARY_AC.find_matches_as_indexes(masked)
    if not found:
        return 0
    # (a region whose name holds a boundary character, 呼和浩特, 和林格尔: no boundary inside it)
    # (the matches of _REGIONS_WITH_BOUNDARY.sub, found by an automaton: see _REGIONS_WITH_BOUNDARY_AC; each
    # name holds a boundary character, so none is found where the text has none)
    regions = _REGIONS_WITH_BOUNDARY_AC.find_matches_as_indexes(masked)
    if regions:
        parts, last = [], 0
        for _k, a, b in regions:
            parts.append(masked[last:a])
            parts.append("\0" * (b - a))
            last = b
        parts.append(masked[last:])
        found = _PARK_BOUNDARY_AC.find_matches_as_indexes("".join(parts))
        if not found:
            return 0
    return found[-1][2]


# the names of _REGIONS_WITH_BOUNDARY (literals, longest first: at a position the regex takes the longest that is
# written there) in a leftmost-longest automaton: the non-overlapping matches it reports left to right are the ones
# _REGIONS_WITH_BOUNDARY.sub replaces (leftmost, then longest, the scan going on after each)
_REGIONS_WITH_BOUNDARY_NAMES = [re.sub(r"\\(.)", r"\1", w) for w in _REGIONS_WITH_BOUNDARY.pattern.split("|")]
assert "|".join(map(re.escape, _REGIONS_WITH_BOUNDARY_NAMES)) == _REGIONS_WITH_BOUNDARY.pattern and all(
    len(w) >= 3 and _BOUNDARY_CHAR_SET.intersection(w) for w in _REGIONS_WITH_BOUNDARY_NAMES) and len(
    set(_REGIONS_WITH_BOUNDARY_NAMES)) == len(_REGIONS_WITH_BOUNDARY_NAMES)
_REGIONS_WITH_BOUNDARY_AC = ahocorasick_rs.AhoCorasick(_REGIONS_WITH_BOUNDARY_NAMES,
                                                         matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
# the same for the words of _PARK_BOUNDARY_RE (an alternation of distinct literals, longest first)
_PARK_BOUNDARY_AC = ahocorasick_rs.AhoCorasick(sorted(set(_PARK_BOUNDARY + ("关于",)), key=len, reverse=True),
                                                 matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
assert _PARK_BOUNDARY_RE.pattern == _alternation(_PARK_BOUNDARY + ("关于",)) and all(_PARK_BOUNDARY)


_PARK_TYPE_MAX = max(len(w) for w in PARK_TYPES) + 3
# the longest type; every type ends in 园 or 区 and holds no other 园 or 区 than the 园 of a final 园区, and a sector
# park (_SECTOR_PARK) is two characters without 园 or 区 and its 园 (see _park_suffix_finder)
_TYPE_LEN = max(len(w) for w in PARK_TYPES)
assert all(w[-1] in "园区" and not any(c in "园区" for c in (w[:-2] if w.endswith("园区") else w[:-1])) for w in PARK_TYPES)
assert _SECTOR_PARK.startswith("(?:") and _SECTOR_PARK.endswith(")园(?!区)") and all(
    len(w) == 2 and "园" not in w and "区" not in w for w in _SECTOR_PARK[3:-len(")园(?!区)")].split("|")) and \
    _TYPE_LEN >= 3
# _PARK behind the same lookahead as _PARK_SUFFIX_RE
_PARK_FAST = re.compile(rf"[{H}A-Za-z]{{0,16}}?{_PARK_FIRST}{_PARK_SUFFIX}(?:(?![和与及])[{H}]{{2,12}}?{_PARK_FIRST}{_PARK_SUFFIX}){{0,3}}")


def _park_suffix_finder(text):
    """``find(text, s)``: ``_PARK_SUFFIX_RE.search(text, s)`` for one text, tried only around the characters a park
    type ends with (园, 区), found once with str.find (:func:`_literal_starts`) and bisected.

    Every type ends in 园 or 区 and is at most ``_PARK_TYPE_MAX`` characters long, so the first match at or after
    `s` starts within that distance of the first 园/区 it can end at; the regex runs on that window only, instead
    of testing its many common first characters (化, 工, 产…) all over the text.
    """
    ends = _literal_starts(text, "园区")
    last = len(ends)

    def find(text, s):
        i = bisect.bisect_left(ends, s)
        while i < last:
            k = ends[i]
            # (the type that holds the 园/区 at k ends there, with the character before k in front of its last one,
            # or is a final 园区 whose 园 is at k: it starts at k + 1 - span or later (_TYPE_SPAN); neither, and
            # no match in the window starts by k: none is taken)
            span = _TYPE_SPAN[text[k]].get(text[k - 1: k], 0)
            if span < _GARDEN_SPAN and text.startswith("园区", k):
                span = _GARDEN_SPAN
            if not span:
                s = k + 1
                i += 1
                continue
            # (a narrower window than [k - _PARK_TYPE_MAX, k + _PARK_TYPE_MAX + 2): no 园/区 stands in [s, k), so a
            # type that starts in [s, k] holds the 园/区 at k, and ends there or, as the 园 of a final 园区, one later
            # (see _TYPE_LEN): it starts at k + 1 - _TYPE_LEN or later and ends by k + 2, and the 区 a sector
            # word's 园 must not have after it is at k + 1 at most; every word that matches at such a start fits,
            # so the regex picks the same one; a match that starts after k is not taken, as before)
            m = _PARK_SUFFIX_RE.search(text, max(s, k + 1 - span), k + 3)
            if m is not None and m.start() <= k:
                return m
            s = k + 1
            i += 1
        return None
    return find


# (the gates of _park_name before _PARK_HONOUR_BEFORE and _COUNT: every word of the one holds 获, 为, 授 or 选, every
# match of the other ends with 个, 家, 大 or 地)
assert all(set(w) & set("获为授选") for w in _PARK_HONOUR_BEFORE.pattern.split("|"))
assert _COUNT.pattern.endswith("(?:个|家|大|地)")
# the first characters of the matches of _PARK_LEAD_RE, _BAD_START, _IN_FIRM_NAME and _PARK_HONOUR_AFTER, and the
# place suffixes of _PARK_REGION_TWICE (its third or fourth character): a name or a position without one is not tried
_PARK_LEAD_FIRST = frozenset(w[0] for w in _PARK_LEAD)
_BAD_START_FIRST = frozenset("级个家批类种型些处项所座条号户万吨千瓦平亩元袋套台件")
assert _BAD_START.pattern == r"^(?:[级个家批类种型些处项所座条号户]|万?(?:吨|千瓦|瓦|平方米|亩|元|袋|套|台|件)级?)+"
_IN_FIRM_NAME_FIRST = frozenset("开建投发管运实城产控")
assert _IN_FIRM_NAME.pattern.startswith("(?:开发|建设|投资|发展|管理|运营|实业|城市|产业|控股)+(?:集团)?(?:有限")
_HONOUR_AFTER_FIRST = frozenset("等试称荣创评认考")
assert _PARK_HONOUR_AFTER.pattern == r"等?(?:试点|称号|荣誉|创建|评价|认定|考核)"
_CITY_CHARS = frozenset("市县区")
assert _PARK_REGION_TWICE.pattern == rf"([{H}]{{2,3}}?)[市县区](?=\1)"
# (the words of _PARKS_QUANTIFIED hold 各, 所, 全 or 其; of _PARK_BATCH 批 or 亿; of _RANK 级; of _ZONE_BEFORE_PLACE 区)
assert _PARKS_QUANTIFIED.pattern == r"各|所有|全部|其他|其余" and _RANK.pattern == r"省级|国家级|市级|县级" and \
    _PARK_BATCH.pattern == rf"首批|第[{_CN_NUM}\d]{{1,3}}批|新一批|一批|[百千万]亿级" and \
    _ZONE_BEFORE_PLACE.pattern == rf"[{H}]{{2,12}}(?:试验区|实验区|示范区|先导区)"


# for a park type's last character (区 or 园) and the character before it, the longest type that ends so (a sector
# park: its two-character word and 园); and how far before its 园 a type that ends in 园区 starts, plus one
_TYPE_SPAN = {c: {} for c in "区园"}
for _type_word in PARK_TYPES + tuple(w + "园" for w in _SECTOR_PARK[3:-len(")园(?!区)")].split("|")):
    _TYPE_SPAN[_type_word[-1]][_type_word[-2]] = max(_TYPE_SPAN[_type_word[-1]].get(_type_word[-2], 0), len(_type_word))
del _type_word
_GARDEN_SPAN = max(len(w) for w in PARK_TYPES if w.endswith("园区")) - 1
assert all(len(w) >= 2 for w in PARK_TYPES)


# the last character of a span that is not one of _PARK_CHAR (Han, A-Z, a-z): a match of it at the span's start
# ends right after that character (see _suffix_anchored)
_LAST_NON_PARK_CHAR = re.compile(r"(?s).*[^\u4e00-\u9fff\u3400-\u4dbfA-Za-z]")


def _suffix_anchored(pattern, text, suffix, char, min_prefix, max_prefix):
    """``pattern.finditer(text)`` for a pattern made of a lazy prefix and a suffix word.

    `pattern` is ``char{min_prefix,max_prefix}?`` followed by `suffix` (and
    anything after).  Trying it at every position costs up to `max_prefix`
    suffix tests per character; here the scan jumps from one occurrence of the
    suffix to the next, and the pattern is matched only at the leftmost
    position that can reach it: the latest of where the previous match
    ended, `max_prefix` characters before the suffix, and the start of the
    run of `char` that holds it.  The matches are the same.
    """
    pos, n = 0, len(text)
    s = pos + min_prefix
    find = _park_suffix_finder(text) if suffix is _PARK_SUFFIX_RE else suffix.search
    while s < n:
        sm = find(text, s)
        if sm is None:
            return
        s = sm.start()
        start = max(pos, s - max_prefix)
        i = s
        if char is _PARK_CHAR:  # the run of Han characters and letters before the suffix, without a loop per character
            # (the greedy .* ends right after the last character of [start, s) outside the run class: where the
            # character-by-character walk back from s would stop; no such character, the walk reaches start)
            lm = _LAST_NON_PARK_CHAR.match(text, start, s)
            i = lm.end() if lm is not None else start
        else:
            while i > start and char.match(text, i - 1):
                i -= 1
        if s - i < min_prefix:
            s += 1
            continue
        m = pattern.match(text, i)
        if m is None:
            s += 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1
        s = pos + min_prefix


def _park_matches(text):
    """``_PARK.finditer(text)``, found from the park-type words (see :func:`_suffix_anchored`)."""
    return _suffix_anchored(_PARK_FAST, text, _PARK_SUFFIX_RE, _PARK_CHAR, 0, 16)


_CHAIN_LAST_NON_WORD = re.compile(rf"(?s).*[^{H}A-Za-z0-9+]")  # (greedy: ends right after the last non-_WORD)
_WORD_CHAR = re.compile(_WORD)
assert _WORD == rf"[{H}A-Za-z0-9+]" and _SEP_CHARS == "—-~⸺" + ARROWS + ">"


def _chain_matches_back(text, ls, le, seps, k):
    """``_CHAIN.finditer(text, ls, le)`` for the line ``[ls, le)`` whose separator characters are ``seps[k:]`` (up
    to le), tried only where a match can start instead of at every position of the line.

    A match is a first item, then a _SEP whose separator character (— - ~ ⸺ an arrow, or the = of =>: the > is in
    seps) stands after the item and spaces only. The item ends with a parenthesis ``([^()]{1,40})`` when it ends
    with ), after a run of _WORD characters; it starts where that run starts (the lookbehind (?<!_WORD) and the
    possessive run: nowhere inside it), or at a locant before it (1,4-|丁二醇). So every match starts at one of
    the positions found back from a separator character; they are tried in order, and after a match from its
    end on, as finditer does (the lookbehind sees the text before ls, as in finditer).
    """
    cands = set()
    n = len(seps)
    while k < n and seps[k] < le:
        g = seps[k]
        k += 1
        for q in ((g, g - 1) if text[g] == ">" and g > ls and text[g - 1] == "=" else (g,)):
            f = q
            while f > ls and text[f - 1] in " \u3000":
                f -= 1
            if f <= ls:
                continue
            e = f
            if text[f - 1] == ")":
                o = text.rfind("(", max(ls, f - 42), f - 1)
                if o < 0 or o > f - 3 or text.find(")", o + 1, f - 1) >= 0:
                    continue
                e = o
            if e <= ls or _WORD_CHAR.match(text, e - 1) is None:
                continue
            lm = _CHAIN_LAST_NON_WORD.match(text, ls, e)
            r = lm.end() if lm is not None else ls
            cands.add(r)
            if text[r - 1: r] == "-":  # (a locant \d(?:,\d)+- before the run)
                j = r - 3
                while j - 1 >= ls and text[j] == ",":
                    cands.add(j - 1)
                    j -= 2
    pos = ls
    for p in sorted(cands):
        if p < pos:
            continue
        m = _CHAIN.match(text, p, le)
        if m is not None:
            yield m
            pos = m.end()


# ============================================================================ capacities and projects

# energy before power: GWh and MWh must not be read as GW and MW followed by a stray h
_UNITS = (r"(?:万吨|吨|万千瓦时|万千瓦|千瓦时|千瓦|兆瓦时|兆瓦|GWh|MWh|MW|GW|万袋|万头|万只|万羽|万套|套|台套|台|条|万平方米|"
          r"亿平方米|平方米|亿片|万片|片|万件|件|万辆|辆|万立方米|立方米|万锭|亿粒|万亩|亩|万台套|万台|亿只|只|亿支|万支|"
          r"亿颗|万颗|万块|万张|万箱|万瓶|万盒|万株|万根|万部|万米|千米|公里|万千伏安|千伏安|MVA|kW|MWp|GWp|万千升|千升|万升)")
CAPACITY = re.compile(
    rf"(?P<basis>年产|年处理|年加工|日产|日处理|年回收|年利用)?(?P<value>\d+(?:\.\d+)?)(?P<unit>{_UNITS})(?:/(?:年|日|天))?"
    rf"|(?P<level>百万吨级|十万吨级|万吨级|千吨级|百吨级|GW级|千万千瓦级|百万千瓦级|十万千瓦级|万千瓦级)"
)
_VOLTAGE_LEAD = re.compile(r"\d+(?:千伏|kV)(?:输变电|变电站|线路)")
_LEAD_PHASE = re.compile(rf"([{_CN_NUM}]期)")
_PHASE = re.compile(rf"(?:[{_CN_NUM}\d]+期(?:工程)?|扩建|改扩建|技改)$")
# words that state a project's stage, as the genre uses them (谋划; 签约/落地; 开工; 在建; 竣工; 投产)
_STAGE_WORDS = (
    ("建成投产", "投产"), ("投产", "投产"), ("建成投运", "投产"), ("投运", "投产"), ("并网", "投产"), ("竣工", "竣工"),
    ("完工", "竣工"), ("开工建设", "开工"), ("开工", "开工"),
    ("在建", "在建"), ("落地建设", "在建"), ("加快建设", "在建"), ("加快实施", "在建"), ("加快推进", "在建"),
    ("推进", "在建"), ("实施", "在建"), ("签约", "签约"), ("落地", "签约"), ("落户", "签约"), ("谋划", "谋划"), ("储备", "谋划"),
    ("争取", "谋划"), ("布局", "谋划"),
)
_STAGE_RE = re.compile(_alternation(w for w, _ in _STAGE_WORDS))
_STAGE_OF = dict(_STAGE_WORDS)
# 项目 as the modifier of another noun names no project (技能培训等项目人员, 项目资金, 项目用地)
_PROJECT_MODIFIER = re.compile(r"人员|资金|用地|审批|手续|库|清单|单位|管理|招引|谋划|储备|论证|合作|履约|开工率|"
                               r"投资|融资|贷款|服务|数量|质量|工作|建设单位|建设规划|建设过程|建设倒逼|转化|"
                               r"引进|资源|专班|为王|包抓|挂项|节能|的|目录|库|信息|方案|攻坚|带动|业主|支撑|"
                               r"(?:推进|建设)(?:专班|小组|问题|台账|机制)")
# quantities and qualifiers between 等 and 项目 (等8个投资5亿元以上的大项目, 等重点项目)
_PROJECT_QUALIFIER = re.compile(rf"(?:\d+(?:\.\d+)?|[{_CN_NUM}]+)(?:个|项|批)|投资|总投资|亿元|万元|以上|以下|的|"
                                r"重点|重大|大|示范|一批|批|高技术产业化|产业化|技改|绿色化改造|改造|建设|工业|新|续建|"
                                r"在建|储备|谋划|签约|开工|好|优质|标志性|引领性|带动性|[\d.]+")
# what makes a project item specific when no 等-list vouches for it: a facility or product noun at its end
_FACILITY_WORDS = ("基地", "中心", "电站", "矿井", "配电网", "电网", "管网", "生产线", "工厂", "厂", "园", "线", "站", "组件",
                   "电池", "汽车", "装置", "机组", "材料", "设备", "装备", "产业化", "一体化", "搬迁改造", "扩能改造", "改扩建",
                   "技改", "一期", "二期", "三期", "中试")
_FACILITY = re.compile("(?:" + "|".join(_FACILITY_WORDS) + ")(?:示范)?(?:建设)?$")
# the last characters of _FACILITY's words (示范 and 建设 too): a match ends with one, at the end or before a line
# break that ends the string
_PJ_FACILITY_LAST = frozenset(w[-1] for w in (*_FACILITY_WORDS, "示范", "建设"))
_PJ_CATEGORY = re.compile(r"领域|行业|方面|类|产业$|低碳$|环保$|节能$|民生$|基础设施$|公共服务$|社会事业$")
_RENOVATION = re.compile(r"改造|技改|扩建")
# the renovations that name a work of their own (甲公司扩能改造); 技术改造 alone is any firm's upgrading, no project
_RENOVATION_LEAD = ("扩能", "搬迁", "升级", "节能")
_PHASE_BACK = re.compile(rf"[{_CN_NUM}\d]+$")
_PJ_BUILD = re.compile(r"加快|推进|推动|实施|建设|开工|启动|建成")
_LEGAL_BEFORE = re.compile(rf"(?:{_alternation(LEGAL_FORMS)})$")
_PJ_STRONG = re.compile(r"实施|建设|推进|推动|加快|开工|落地|落户|签约|对接|争取|打造|谋划|储备|启动|建成|投产|竣工|投运|并网|完工|完成")
_PJ_STRONG_VERB = re.compile(r"实施|加快|推进|推动|开工|落地|签约|对接|建设|争取|启动")
_PJ_ALREADY = re.compile(r"^[已正将]")
# when a project's progress happened, between 项目 and the word of its progress (项目2023年投产, 项目于6月投产)
_PJ_WHEN = re.compile(r"于?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:份|底|初|内|前(?!期)|中旬|上旬|下旬)?")
_PJ_ALREADY2 = re.compile(r"^(?:建设)?[已正将]?")
# a heading that opens a list of key projects (重点项目: 加快建设…, 推进…基地建设, …)
_PJ_HEADING = re.compile(r"重点项目\s*:")
# a line that lists projects of one stage after a heading (续建项目: 甲项目;乙项目. 新开工项目: …): each item is a
# project, in the heading's stage
# the header row of a project table, and what its columns hold
_PJ_TABLE_HEADER = re.compile(r"^[^\n]*项目(?:名称)?\t[^\n]*$", re.M)
_PJ_TABLE_COLUMNS = (
    ("name", re.compile(r"^\s*(?:建设|重点)?项目(?:名称)?\s*$|^\s*项目名称")),
    ("owner", re.compile(r"建设单位|实施单位|业主单位|项目单位|承建单位|建设主体|实施主体|企业名称|项目业主|"
                         r"(?:签约|投资|合作|引进|申报|落户|入驻)(?:企业|单位|主体|方)|项目法人|法人单位|责任企业|^\s*乙方")),
    # (签约企业, 投资方; a signing table's 甲方 is the government that signs, its 乙方 the investor)
    ("stage", re.compile(r"建设性质|进度|建设阶段|项目阶段|项目状态|阶段|状态|性质")),
    ("invest", re.compile(r"总投资")),
)
_PJ_NAME_CELL = re.compile(r"^\s*项目(?:名称)?\s*$|^\s*项目名称")
_TABLE_STAGE = re.compile(r"新开工|开工|新建|续建|在建|竣工|投产|建成|签约|前期|谋划|储备")
_TABLE_STAGE_OF = {"新开工": "开工", "开工": "开工", "新建": "开工", "续建": "在建", "在建": "在建", "竣工": "竣工",
                   "投产": "投产", "建成": "投产", "签约": "签约", "前期": "谋划", "谋划": "谋划", "储备": "谋划"}
# a count after 项目 counts projects of a kind (签约某某项目23个); a phase after it is the project's (项目(二期))
_PJ_COUNT_AFTER = re.compile(rf"(?:有|共有|共|达|计)?(?:\d+|[{_CN_NUM}百]+)[个项]")  # (…的项目有5个: a count)
_PJ_PHASE_AFTER = re.compile(rf"\(?(?P<ph>[{_CN_NUM}\d]{{1,2}}期)(?:工程)?\)?")
# what a project does after its name, in reports of progress (甲项目完成主体工程, 乙项目满负荷生产, 丙项目达产达效)
_PJ_PROGRESS = re.compile(r"(?:当年|年内|已|顺利|全面|正在|正)?(?:(?:开展|完成|启动)(?:可行性研究|可研)|完成主体|主体完工|主体封顶|主体厂房封顶|完成中交|完成设备安装|进入试生产|满负荷|满产|达产|达效|试生产|试运行|"
                          r"投入使用|投入运营|进入安装|建成送电|(?:完成|开展|启动)前期工作|完成(?:备案|立项|核准|环评)|"
                          r"(?:进行|开展|完成)?(?:场平|土建施工|桩基施工|基础施工|设备安装|设备调试|钢结构吊装))")
# business words a registered name ends with that its short form drops (某某连接技术有限公司 -> 某某连接)
_SHORT_TAIL = re.compile(r"(?:技术|科技|实业|控股|股份|发展|投资|工贸|商贸)$")
# the words of progress that close a list of named facilities written without 项目 (see _facility_list)
_FACILITY_PROGRESS_WORDS = ("建成投产", "开工建设", "前期工作", "建成送电", "投入使用", "建成投运", "建成使用", "竣工", "建设",
                            "通水", "通电", "通车", "贯通")  # (the works of a line between places: 甲至乙供水工程通水)
_CLAUSE_STOPS = (",", ";", "。", "\n")
_ROW_NUMBER = re.compile(r"\d{1,3}\t")  # (the number that opens a table's row)
_TOTAL_CELLS = ("合计", "小计", "总计", "总合计")
# a line of labelled fields (甲方:…  乙方:…  项目:…  金额:…): each label, its value up to the next field
_PJ_FIELD = re.compile(r"(?P<label>甲方|乙方|丙方|项目名称|项目|投资方|签约企业|签约单位|建设单位|企业名称|企业|金额|签约金额|"
                       r"总投资|投资额|建设地点|地点)\s*:\s*(?P<value>[^\t\n;:]+?)(?=\s{2,}|\t|;|\s*$|\s*\n)")
_PJ_FIELD_NAME = re.compile(r"项目(?:名称)?\s*:")
_PJ_FIELD_SEPS = frozenset(" \t;.、)")  # what stands before a field's label on its line
_PJ_FIELD_NEXT = frozenset(":名 \t\u3000")  # what may follow 项目 in a field's label (项目:, 项目名称:, 项目 :)
_PJ_FIELD_OWNERS = ("乙方", "投资方", "签约企业", "签约单位", "建设单位", "企业名称", "企业")
_PJ_FIELD_AMOUNT = re.compile(r"约?(\d+(?:\.\d+)?)\s*(亿|万)元")
_PJ_SECTION_COUNT = re.compile(r"[(（]\d{1,3}个[)）]\s*$")  # (a section's count of projects: 续建项目(12个))
_FIGURE_CELL = re.compile(r"[\d.,%-]+")
# an accredited platform's title (省级某某工程研究中心): a rank, not works
_PJ_ACCREDITED = re.compile(r"^(?:国家级|省级|自治区级|市级)[^,;。]{0,16}(?:工程研究中心|工程技术研究中心|企业技术中心|技术创新中心|"
                            r"制造业创新中心|重点实验室|工业设计中心)$")
_PJ_DONE_INSIDE = re.compile(r"完成|举行")  # (a verb of progress inside a name: the name ended before it)
_PJ_PART_OF = re.compile(r"配套建设|同步建设|[一二三四]期(?:再|将|拟|计划)?建设")
_PJ_SITE_WORDS = ("现场", "建设现场", "施工现场", "生产现场", "工地")
# the field of a project's card that says what it builds (建设内容:, 建设内容及规模:, 主要建设内容:)
_PJ_CONTENT_FIELD = re.compile(r"[ \t]*(?:主要)?(?:建设内容|建设规模)(?:及规模|及内容)?[ \t]*:")
# what points back at a project named before (这个项目, 该项目, 本次签约项目, 此次投资的项目)
_PJ_DEICTIC_END = re.compile(r"(?:这个|那个|这一|这些|本次|此次|这次|上述)(?:签约|新签|投资|落地|引进|建设)?的?$")
# words that point back to a firm (公司二期项目, 该企业三期): no name of their own
_PJ_ANAPHORS = ("公司", "该公司", "本公司", "我公司", "企业", "该企业", "集团", "该集团", "我们", "项目", "该项目", "本项目")
# a project followed by what it builds (某某中心项目|新建冷库2万吨, 某某项目|占地300亩)
_PJ_CONTENT_AFTER = re.compile(r"(?:主要|拟|计划)?(?:新建|改建|扩建|占地|建设内容|规划建设|总建筑面积)")
# a unit that acts on the projects after it (某县某局要对|甲、乙等项目开展检查)
_PJ_ADDRESSEE = re.compile(r"(?:局|委|厅|办|府|会|部|组|室)(?:要|应|须|必须|将|需)?对(?![接外标口于比照应称])")
# a subject (a place, a zone, a firm) and its coverb or modal in front of 项目 (某县把|项目建设…, 甲公司在|项目投产后,
# 某区对|甲风电、乙园等项目实行…, 某县分别建立|项目台账): who acts, not a part of the name; a modal leaves no name
# a size written inside a project's name (20万千瓦, 10万千瓦/40万千瓦时, 200MW/800MWh): left out when it is named again
_PJ_SIZE_IN_NAME = re.compile(r"[\d.]+(?:万|亿)?(?:千瓦时|千瓦|兆瓦时|兆瓦|MWh|MW|GWh|GW)"
                              r"(?:/[\d.]+(?:万|亿)?(?:千瓦时|千瓦|兆瓦时|兆瓦|MWh|MW|GWh|GW))?")
_PJ_SUBJECT_VERB = re.compile(r"(?:区|县|市|州|旗|公司|集团|企业|园)(?:(?:要|应|须|将|也|还|已)?(?P<cv>对|把|将|在)(?![接外标口于"
                              r"比照应称建谈库地])|(?:要|应|须|需|分别|均|各自)(?=[\u4e00-\u9fff]{1,2}$))")
# another phase of the same project after its phase's progress (项目一期已投产,|二期加快建设)
_PJ_NEXT_PHASE = re.compile(rf"[^。;\n]{{0,16}}?[,;](?:其)?[{_CN_NUM}\d]{{1,2}}期(?!项目|工程)")
# a place in brackets inside a registered name (甲能源(某县)新能源有限公司): part of the firm's name
_FIRM_PLACE_PAREN = re.compile(r"(?<=[\u4e00-\u9fff])\([\u4e00-\u9fff]{2,6}\)(?=[\u4e00-\u9fff]{2,12}?(?:有限责任公司|有限公司|集团|公司))")
# projects counted after a facility's progress word (…基地建成投产一批…项目, 开工建设3个…项目)
_PJ_COUNTED_AFTER = re.compile(rf"了?(?:一批|多个|若干|数个|\d+个|[{_CN_NUM}]+个)[^,;。\n]{{0,12}}?项目")
# verbs of building with the facility after them (落地某某数据服务基地, 投资建设某某一体化基地)
_BUILD_OBJECT_LEAD = ("投资", "开工", "落地", "加快")
_FACILITY_STAGE = {"建成投产": "投产", "开工建设": "开工", "前期工作": "谋划", "建成送电": "投产", "投入使用": "投产",
                   "建成投运": "投产", "建成使用": "投产", "竣工": "竣工", "通水": "竣工", "通电": "竣工", "通车": "竣工",
                   "贯通": "竣工"}
# what a named facility ends with; the classes of facilities a list may end with (等基础设施建设)
# (a park itself is not among them: 推动某某氢能产业园建设 builds a park; nor a designation: 某某产业基地, 示范基地)
_PJ_FACILITY_NOUN = re.compile(r"(?:基地|中心|工厂|厂|电站|变电站|厂房|管廊|供热|供水|供气|生产线|中试线|片区|风电|光伏|铁路线|专用线|示范工程)"
                               r"(?:提标改造|改扩建|扩建|扩能改造|改造)?$")
# a note of size or figures closing a facility's item (某园区标准化厂房三期(12万平方米)); a phase closing it
# verbs between a firm and the renovation it carries out (甲集团开展某装置节能改造)
_RENOVATION_VERB = re.compile(r"(?:开展|实施|推进|完成|启动)")
# the label of a project card's field of contents (3.建设内容:…, 主要建设规模:…)
_CONTENT_LABEL = re.compile(r"建设(?:内容|规模)\s*:")
_RENOVATED_PLANT = re.compile(r"装置|生产线|电解槽|炉|窑|矿井|机组|管网")
_FACILITY_NOTE = re.compile(r"\((?=[^()]*\d)[^()期]*\)$")
_PJ_PAREN_PHASE = re.compile(r"\(([一二三四五六七八九十\d]+期)\)$")
_MAGNITUDE_LEAD = re.compile(r"[万千百亿]+(?:[头只吨台套件辆座亩羽袋]|千瓦|平方米)")
_PJ_PLANT_WORDS = ("", "生产线", "基地", "工厂", "厂", "车间")  # 某产品生产线: the plant of a firm's product project
_PJ_ITEM_WHEN = re.compile(r"于?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|(?<!\d)\d{1,2}月)(?:份|底|初|中旬|上旬|下旬)?$")
_PHASE_END = re.compile(rf"[{_CN_NUM}\d]{{1,2}}期$")
# an item that is a phase alone (支持甲公司建设|二期|项目): the phase of the firm written before the verb
# a project named only by the parts it integrates (风光储一体化, 源荷储一体化示范)
_PJ_JOINED = re.compile(rf"([{H}]{{2,5}})一体化(?:示范)?")
_FIRM_BUILDS = re.compile(rf"(?:支持|鼓励|引导|推动)([{H}A-Za-z]{{2,16}}?)(?:加快|投资)?建设")
_FRAME_END = re.compile(r"为(?:抓手|重点|龙头|引领|牵引|核心|支撑|突破口|载体|依托)")
_PJ_PHASE_ONLY = re.compile(rf"[{_CN_NUM}\d]{{1,2}}期(?:工程)?")
_PJ_PHASE_VERB = re.compile(r"(?:加快|启动|推进|实施|开工)?建设$|(?:加快|启动)?(?:推进|实施)$")
_PJ_DESIGNATION = re.compile(r"(?:产业|工业|示范|产业化|集聚|聚集|集群)基地$")
_PJ_FACILITY_CLASS = re.compile(r"(?:(?:民生|社会事业|公共服务|交通|水利|市政)[和及与、])?(?:重点|重大)?"
                                r"(?:基础设施|配套设施|公共设施|设施)")
# words of time in front of a project item (去年|年产10万吨…项目建成投产): never part of its name
_PJ_TIME_LEAD = re.compile(r"(?:去年|今年|明年|当年|同年|次年|年内|近年|近期|目前|当前|现已)(?:以来)?")
# the count that closes a list of projects written without 等 (甲、乙、丙3个项目)
# the count of the projects of the places or firms before it (甲园区、乙园区的6个项目)
_PJ_OF_COUNT = re.compile(rf"的(?:\d+|[{_CN_NUM}]+)个$")
_PJ_LIST_COUNT = re.compile(rf"(?:\d+|[{_CN_NUM}]+)个$")
_PJ_DONE_AFTER = re.compile(r"落地|落户|开工|建成|投产|竣工|投运|投用|并网|完工")
_PJ_NOT_NAME = re.compile(r"(?:重点|重大|各类|有关|相关|加快|加速|推进|推动|做好|抓好|确保)$|^(?:可|能|将|为|对|给|满足|符合|入园|落地|招商|签约|新建|在建|续建|"
                          r"保障|降低|减少|提高|影响|制约)"  # (保障|甲和乙项目用能: what projects need, none named)
                          r"|^[\u4e00-\u9fff]?(?:入园|入驻|招商|引进)$")
_PJ_INVEST_AFTER = re.compile(r"[,(.]?总投资(?:约|达|为)?\d+(?:\.\d+)?(?:亿|万)元(?P<rest>[^;。\n()]{0,16})")
_PJ_STAGE_HEADING = re.compile(r"(?:^|[\n。;])[^\n。;:]{0,12}?(?P<h>续建|新开工|新建|竣工投产|建成投产|投产|竣工|签约|在建|开工|"
                               r"重点|重大|计划)(?:的)?(?:重点|重大)?项目(?:有|包括)?\s*:(?P<items>[^\n。]*)$")
_HEADING_STAGE = {"续建": "在建", "在建": "在建", "新开工": "开工", "开工": "开工", "竣工投产": "投产", "建成投产": "投产",
                  "投产": "投产", "竣工": "竣工", "签约": "签约"}
_PJ_FACILITY_VERB = re.compile(r"(?:加快|全力|积极)?(?:推进|推动|开工|谋划|启动)?建设|(?:加快)?推进|推动")
_PJ_BUILD_TAIL = re.compile(r"(?:建设|投产|竣工)+$")
# a named facility (某某繁育基地, 某某中试基地, 某某物流中心)
_PJ_FACILITY_END = re.compile(r"(?:基地|中心|电站|工厂|园区|物流园|产业园)$")
# a clause that forbids projects names a kind of project, never one project
_ABBREVIATION = re.compile(r"\([A-Za-z][A-Za-z0-9-]{1,9}\)")
# a qualifier in brackets closing a table's name cell (某某铁路(某省段), 某某大桥(扩建)), and 企业 in the name of a
# facility for firms (科技企业孵化器, 中小企业服务中心): parts of the name
_CELL_QUALIFIER = re.compile(r"\([\u4e00-\u9fff\d]{1,8}\)$|企业(?=孵化|加速器|服务中心|创业|总部)")
_PJ_LEFT_OUT = re.compile(r"(?:均|都|一律)?不(?:纳入|列入|属于|计入|在本)")
_PJ_NEGATED = re.compile(r"不再|不得|禁止|严禁|严控|停止")
# a place in front of a project's owner, joined by 的 (位于某开发区的|甲公司…项目, 某市某镇的|乙仪表二期…项目)
_PJ_PLACE_OF = re.compile(rf"^位于|(?:{_PARK_SUFFIX}|[镇乡县市区])$")
_PJ_SIGNED = re.compile(r"签订|签署|签约")
_PJ_AGREEMENT = re.compile(r"(?:投资|合作)?(?:协议|合同)")
_PJ_PARK_LEAD = re.compile(rf"(?:园区|[{H}]{{2,14}}{_PARK_SUFFIX})内?(?:已有|现有|新建|建设|实施|落地|投资建设|启动建设)?"
                           rf"(?=[{H}]{{4}})")  # (在某工业园|新建|甲化工年产…项目: where, then the verb)
# the facility word that closes a works named on a numbered line, before its total investment (某某直供工程.总投资)
_PJ_LINE_FACILITY = re.compile(r"(?P<w>工程|基地|中心|电站|生产线)[.,(]$")
_LINE_BREAKS = re.compile(r"[;。、!?]|项目")
_PJ_BAD_ITEM = re.compile(r"[,:“”()]|的|为|领先|一流|先导|企业")
# a firm's declared short name right before a project item (甲科技有限公司(以下简称“甲科技”)|年产…项目): the owner
_PJ_BETWEEN = re.compile(rf"[{H}]{{2,6}}(?:—|至)[{H}]{{2,6}}(?:[\d±]|[{H}]{{2,}})")
# a firm's declared short name written inside an item (甲有限公司(以下简称甲)年产…生产线): an aside, not the name
_PJ_DECLARED_ASIDE = re.compile(r"\((?:以下简称|简称|下称)[“\"]?[^()“”\"]{2,12}[”\"]?\)")
_PJ_BUILT_AT = re.compile(rf"(?:支持|鼓励|推动|计划|拟|将)?在(?P<place>[{H}]{{2,16}}?)内?")
_PJ_ITEM_INTENT = re.compile(r"(?:力争|计划|预计|有望|争取|确保|拟)于?(?:(?:今|明|后|当)?年内?|近期|(?:19|20)\d{2}年)?"
                             r"(?:\d{1,2}月)?(?:份|底|初|内|前|中旬|上旬|下旬)?$")
# what a project is introduced by before 的: its figures or who builds it (总投资8亿元的|…, 由甲集团投资建设的|…)
_PJ_OWN_INVESTMENT = re.compile(r"(?:计划)?(?:总)?投资(?:约|达|为|超)?\d")  # 甲项目投资12亿元: its own figure
_PJ_PARTY_SPLIT = re.compile(r"[与和同]")
_QUOTE_IN = re.compile(r"[“”\"]")
_PJ_MADE_BY = re.compile(r"(?:亿元|万元|建设|投资|打造|实施|合作|促成|引进|招引|签约|签订|洽谈|对接)$")  # (…促成的|甲年产…)
_PJ_BUILT_BY = re.compile(rf"(?:^|[,;、])(?:\d{{1,2}}[.、])?由?(?P<firm>[{H}A-Za-z()]{{2,24}}?)(?:与[{H}]{{2,16}}?)?(?:投资[\d.]+[亿万]元)?"
                          r"(?:投资|合作|出资)?(?:建设|打造|实施)的$")
_PJ_CARD_FIELD = re.compile(rf"\n[ \t]*(?:\d{{1,2}}\s*[.、]\s*|\(?[{_CN_NUM}]{{1,3}}[)、]\s*)?"
                            r"(?:建设地点|建设地址|项目地点|建设内容|建设规模|总投资|投资估算|投资规模|项目业主|"
                            r"建设单位|合作方式|项目概况|项目简介|项目名称)[ \t]*:")
# what opens the line of a card's heading before the project's name (5. , (一), 项目名称:, 项目三:)
_PJ_CARD_HEAD = re.compile(rf"\s*(?:\d{{1,2}}\s*[.、]|\(?[{_CN_NUM}]{{1,3}}[)、])?\s*"
                           rf"(?:(?:项目)?名称|项目[{_CN_NUM}\d]{{1,3}})?\s*:?\s*")
_STANDARD_PLANT = re.compile(r"标准化?厂房$")
# when or how a facility was done, between its name and 投产/建成 (于10月建成, 实现投产, 已正式投产)
_PJ_DONE_LEAD = re.compile(r"(?:已经|已|均已|将|预计)?(?:于?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:份|底|初|中旬|上旬|下旬)?)?"
                           r"(?:实现|正式|顺利|全面|已经|已|均已|陆续|相继|先后)*$")
# the verb that opens a clause whose object is a park's named works (推进|某某园区供热管网工程); and the words of a
# programme, not a works (强链工程, 提升工程, 行动)
_PJ_WORKS_VERB = re.compile(r"(?:积极|加快|全力|大力|着力)?(?:推进|实施|推动|启动|建成|加快建设|开工建设)")
_PJ_PROGRAMME = re.compile(r"链|行动|计划|提升|培育|示范|“|\"")
_PJ_SHORT_LEAD = re.compile(r"^(?:以下简称|简称|下称)|[“”\"]")
_PJ_DECLARED_OWNER = re.compile(r"\((?:以下简称|简称|下称)[“\"]?(?P<short>[^()“”\"]{2,12})[”\"]?\)$")
# verbs that introduce categories of development, not projects (发展…项目, 研究布局…项目)
# (前瞻谋划…项目: a project still to be conceived, not one under way)
_WEAK_PROJECT_VERBS = re.compile(r"发展|研究|布局|探索|培育|新建|鼓励|支持|引导|梳理|参与|面向|合作|前瞻")
# verbs of recruiting: what follows is wanted, not a project (招引…项目, 引进建设算力中心项目)
_RECRUIT = re.compile(r"招引|引进|引育|招商|招大引强|承接|推介")  # (推介: offered to investors, not yet theirs)
# a recruitment reported as done (成功引进, 已引进, 先后引进…, 引进了): its projects are the firms' own, under way
_RECRUITED = re.compile(r"(?:成功|已经|先后|相继|陆续|累计|已|新)$")
# a batch or programme, not a project (“十四五”第二批光伏新增指标, “1234”项目工程)
_BATCH = re.compile(r"第[一二三四五六七八九十\d]+批|“\d+”|十[二三四五]五|千万工程|[\d]+个|各类|一批|相关")


# the first and the last characters of the matches of _PROJECT_QUALIFIER (and \d: str.isdecimal, category Nd)
_QUALIFIER_FIRST = frozenset(".一二三四五六七八九十两投总亿万以的重大示批高产技绿改建工新续在储谋签开好优标引带")
_QUALIFIER_LAST = frozenset(".个项批资元上下的点大范化改造设业新建备划约工好质性")


def _all_qualifiers(s):
    """``not _PROJECT_QUALIFIER.sub("", s)``: `s` is made of qualifiers only. What sub leaves is empty only when
    `s` is a run of matches, so its first character opens a match and its last one closes one: else no sub."""
    if s and not (s[0] in _QUALIFIER_FIRST or s[0].isdecimal()) or s and not (s[-1] in _QUALIFIER_LAST or s[-1].isdecimal()):
        return False
    return not _PROJECT_QUALIFIER.sub("", s)


# the last of 、,;。.:\n( before endpos: max(text.rfind(c, pos, endpos) for c in "、,;。.:\n(") is its start, or -1
_PJ_LAST_STOP = re.compile(r"[、,;。.:\n(][^、,;。.:\n(]*\Z")
# the words find_projects' scans after its loop over 项目 start at
_PJ_WORDS = tuple(dict.fromkeys(("改造", *_FACILITY_PROGRESS_WORDS, "投产", "建成", "工程", "改完成", "建设", "落地", "布局",
                                  "总投资")))
# (no word overlaps itself: every occurrence is one of the non-overlapping occurrences _occurrences finds)
assert all(w and not any(w[k:] == w[: len(w) - k] for k in range(1, len(w))) for w in _PJ_WORDS)
# (leftmost-longest, non-overlapping: a scan with a prefilter, far cheaper than the overlapping one. Every occurrence
# of a word starts at a match's start or inside a match: the scan after the last match that ends at or before it
# reports the leftmost occurrence from there, which starts at or before it, so it ends after it)
_PJ_WORDS_AC = ahocorasick_rs.AhoCorasick(_PJ_WORDS, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                          implementation=ahocorasick_rs.Implementation.DFA)


def _pj_inner_words(w):
    """``(index of v, k, v or False)`` for each word v of _PJ_WORDS that can start at w[k] of a match of w (not w
    itself at 0): it agrees with w as far as w goes; v (to be checked in the text) when it runs past w's end."""
    out = []
    for k in range(len(w)):
        for vi, v in enumerate(_PJ_WORDS):
            n = min(len(v), len(w) - k)
            if not (k == 0 and v == w) and v[:n] == w[k: k + n]:
                out.append((vi, k, len(v) > len(w) - k and v))
    return tuple(out)


_PJ_WORDS_INNER = tuple(_pj_inner_words(w) for w in _PJ_WORDS)


def _pj_word_occurrences(text):
    """``{word: list(_occurrences(text, word))}`` for each of _PJ_WORDS, from one Aho-Corasick pass: each match, and
    each word that starts inside it (建成 and 投产 in 建成投产, 工程 in 竣工程), at character positions; the matches
    come in order and do not overlap, and a match's inner words come by their offset, so each word's starts come in
    order, each once."""
    lists = [[] for _ in _PJ_WORDS]
    sw = text.startswith
    for k, i, _e in _PJ_WORDS_AC.find_matches_as_indexes(text):
        lists[k].append(i)
        for vi, j, v in _PJ_WORDS_INNER[k]:
            if not v or sw(v, i + j):
                lists[vi].append(i + j)
    return dict(zip(_PJ_WORDS, lists))


def _occurrences(text, word):
    """The positions of `word` in `text`, found with str.find (a literal: faster than a regex scan)."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


def _table_header_matches(text):
    """``_PJ_TABLE_HEADER.finditer(text)``: each line that holds 项目 and a tab (or 项目名称 and a tab), matched
    from its start (the pattern's ^ is tried only where the literal it needs is, not at every position)."""
    last = -1
    for i in _occurrences(text, "项目"):
        if i >= last and (text.startswith("\t", i + 2) or text.startswith("名称\t", i + 2)):
            h = _PJ_TABLE_HEADER.match(text, text.rfind("\n", 0, i) + 1)
            last = h.end()
            yield h


# (the gates below rest on this and on the assertion after _LEGAL_FORM_ANCHORS: a new park type or legal form that
# breaks them must change the gate too)
assert all(w.endswith(("区", "园")) for w in PARK_TYPES)


def _park_at_end(s, pos=0, endpos=None):
    """``_PARK_AT_END.search(s, pos, endpos)``, not tried when `s` does not end (at endpos, or before a line break
    there, where $ matches) with 区 or 园: every park type ends with one of them, so no match could end there."""
    e = len(s) if endpos is None else min(endpos, len(s))
    if s[e - 1: e] in ("区", "园") if e >= 1 else False:
        return _PARK_AT_END.search(s, pos, e)
    if e >= 2 and s[e - 2: e] in ("区\n", "园\n"):
        return _PARK_AT_END.search(s, pos, e)
    return None


def _renovation_matches(text):
    """``_RENOVATION.finditer(text)`` (改造|技改|扩建): the three words found with str.find, each matched where it
    starts; of two that overlap (技改造) the one that starts first is the match, as in the scan."""
    end = 0
    for i, _w in sorted((i, w) for w in ("改造", "技改", "扩建") for i in _occurrences(text, w)):
        if i >= end:
            m = _RENOVATION.match(text, i)
            end = m.end()
            yield m


def _park_suffix_in(s, pos, endpos):
    """``_PARK_SUFFIX_RE.search(s, pos, endpos)`` (pos, endpos >= 0), not tried when neither 区 nor 园 is there: every
    park type holds one of them."""
    if s.find("区", pos, endpos) >= 0 or s.find("园", pos, endpos) >= 0:
        return _PARK_SUFFIX_RE.search(s, pos, endpos)
    return None


def _legal_form_in(s):
    """``_LEGAL_FORM_RE.search(s)``, not tried when none of _LEGAL_FORM_ANCHORS (公司, 集团, 总厂, 作社) is in `s`:
    every legal form holds one."""
    for a in _LEGAL_FORM_ANCHORS:
        if a in s:
            return _LEGAL_FORM_RE.search(s)
    return None


# characters one of which is in every match of _BATCH (第…批, “…”, 十…五, 千万工程, …个, 各类, 一批, 相关)
_BATCH_CHARS = frozenset("批”五千个各相")


# the last words of every match of _PHASE and _UPGRADE_TAIL (each ends with $: a match ends at the end of the string,
# or before a line break that ends it)
_PHASE_ENDS = ("期", "工程", "扩建", "技改")
_UPGRADE_ENDS = ("技改", "改造", "扩建", "扩能")


def _ends_as(s, ends):
    """True when `s` ends with one of `ends`, or with one of them and a line break (a necessary test for a match of
    a pattern that ends with one of `ends` and $)."""
    return s.endswith(ends) or s.endswith("\n") and s[:-1].endswith(ends)


# (capacity_products' two patterns, compiled once: re.split and re.sub compile the same patterns, looked up per call)
_CAP_SPLIT = re.compile(r"[,，;；。(（]")
_CAP_LEAD = re.compile(r"^(?:-|及配套|配套)+")


def capacity_products(text, lead_product=None):
    """The product after each capacity in `text`, with the capacity.

    `lead_product` names the first product when it stands before its capacity
    (年产精酿啤酒500吨生产线).

    >>> [(p["name"], p["capacity"], p["unit"]) for p in capacity_products("3000吨草甘膦原药8000吨农药中间体")]
    [('草甘膦原药', 3000.0, '吨'), ('农药中间体', 8000.0, '吨')]
    >>> capacity_products("建设2万吨绿氨及配套制氢装置，配套储罐")[0]["name"]
    '绿氨及配套制氢装置'
    """
    caps = list(CAPACITY.finditer(text))
    products = []
    for i, c in enumerate(caps):
        end = caps[i + 1].start() if i + 1 < len(caps) else len(text)
        # (200MW光伏+20MW/80MWh储能: the + and / between two capacities join them, they name no product)
        prod = _CAP_SPLIT.split(text[c.end():end])[0].strip("的及和、+/ ")
        prod = _CAP_LEAD.sub("", prod)
        if i == 0 and lead_product and normalise_product(prod) in ("", "生产线"):
            prod = lead_product
        if prod:
            products.append({"name": normalise_product(prod),
                             "capacity": float(c.group("value")) if c.group("value") else None,
                             "unit": c.group("unit") or c.group("level"), "basis": c.group("basis")})
    return products


_OWNER_CHARS = re.compile(rf"[{H}A-Za-z()]+")
_OWNER_BAD = re.compile(r"[的之地型式级类与及提]$|^[的之与和及对]|[的与及了]|^[一二三四五六七八九十]期")  # (三期|绿氨: a phase)
# a lowercase letter among Han characters is what a mis-decoded scrape leaves (…彤a业基地); xx is anonymisation
_PINYIN_DEBRIS = re.compile(rf"[{H}](?![xX]{{2}})[a-z]+[{H}]")
_CAP_BASIS = re.compile(r"年产|年处理|年加工|日产|日处理|日熔化?量")
_UNITS_COUNT = re.compile(r"\d{1,2}\s*[×xX*]\s*$")
# (the basis may name the work: 某某肉业年屠宰加工20万头, 年出栏, 年回收; it is not part of the owner)
_CAP_HEAD_TAIL = re.compile(r"(?:年产|年处理|年加工|日产|日处理|新建|建设|扩建|"
                            r"[年日](?:屠宰|出栏|存栏|养殖|生产|回收|吞吐|储存|冶炼|洗选)(?:加工)?)$")
_PARK_AT_END = re.compile(rf"{_PARK_SUFFIX}$")


# words only a firm's name ends with (绿醇科技, 云鹏工贸, 华煤集团): a product word in front does not make it a sector
_FIRM_ONLY = re.compile(rf"(?:科技|工贸|商贸|实业|控股|股份|集团|公司|(?![{_NOT_TRADE}])[{H}]业)$")


# _TRADE_WORDS_ONLY as a leftmost-longest Aho-Corasick automaton: its matches are those of the longest-first
# alternation of literals (at the leftmost position any word matches, the longest one; the scan goes on after it)
_TRADE_AC = ahocorasick_rs.AhoCorasick(sorted(set(TRADE_WORDS)), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _literal_anchors(*pairs):
    """``((char, ((literal, k), ...)), ...)`` for :func:`_anchored_starts`, from ``(literal, k)`` pairs: each
    literal is found from the occurrences of its k-th character (chosen as a rare one)."""
    out = {}
    for lit, k in pairs:
        out.setdefault(lit[k], []).append((lit, k))
    return tuple((ch, tuple(ls)) for ch, ls in out.items())


def _anchored_starts(text, anchors):
    """``_literal_starts(text, literals)`` for the literals of `anchors` (see :func:`_literal_anchors`): the sorted
    positions where any of them starts. A literal starting at s has its k-th character at s + k, so each one is
    found from the str.find scan of that one character (a fast scan for a rare character) and checked there."""
    out = set()
    find, startswith = text.find, text.startswith
    for ch, lits in anchors:
        i = find(ch)
        while i >= 0:
            for lit, k in lits:
                if i >= k and startswith(lit, i - k):
                    out.add(i - k)
            i = find(ch, i + 1)
    return sorted(out)


# the literals each match of _FIRM_DEED opens with (在[我本] is 在我 or 在本), and those of two scans of
# find_enterprises and of _legal_names, each with the place of a rare character of it (fewer scans of the text)
_DEED_ANCHORS = _literal_anchors(("投资", 0), ("获评", 0), ("获批", 0), ("荣获", 1), ("被评为", 0), ("被认定为", 0),
                               ("产值", 1), ("营业收入", 2), ("销售收入", 2), ("营收", 1), ("在我", 0), ("在本", 0))
_NAMED_AFTER_ANCHORS = _literal_anchors(("主要", 1), ("代表", 1), ("其中", 0))
_PARENT_ANCHORS = _literal_anchors(("下属", 1), ("旗下", 0), ("全资子公司", 4), ("控股子公司", 4))
_LEGAL_ANCHORS = _literal_anchors(("公司", 1), ("集团", 1), ("总厂", 1), ("作社", 1))
assert {lit for _c, ls in _LEGAL_ANCHORS for lit, _k in ls} == set(_LEGAL_FORM_ANCHORS)
# (the literals of three more scans of find_enterprises, for _anchored_starts in place of _literal_starts: the same
# sorted starts, from one str.find scan of a character per group of literals instead of one scan per literal)
_LIKE_ANCHORS = _literal_anchors(("这样", 0), ("这类", 0), ("一样", 1), ("这些", 0), ("这几家", 0))
_BUILD_ANCHORS = _literal_anchors(("布局", 0), ("新建", 1), ("建设", 0), ("投建", 1))
_PLANT_ANCHORS = _literal_anchors(("基地", 0), ("工厂", 1), ("分厂", 1))


def _table_header_starts(text):
    """The positions where _FIRM_TABLE_HEADER may match: a tab or a line break with 企 or 公 right after it, or 企 three
    or four characters after it (a role word of two or three characters, then 企业), from the str.find scans of 企
    and 公."""
    out = []
    find = text.find
    q = find("企")
    while q >= 0:
        if q >= 1 and text[q - 1] in "\t\n":
            out.append(q - 1)
        if q >= 3 and text[q - 3] in "\t\n":
            out.append(q - 3)
        if q >= 4 and text[q - 4] in "\t\n":
            out.append(q - 4)
        q = find("企", q + 1)
    q = find("公")
    while q >= 0:
        if q >= 1 and text[q - 1] in "\t\n":
            out.append(q - 1)
        q = find("公", q + 1)
    return sorted(set(out))


# a character no match of _ENUM_NAME holds before its final ':' (what it holds: blanks, digits, . 、 ( ), numerals,
# Han characters and Latin letters)
_ENUM_NOT = re.compile(rf"[^\s\d.、()A-Za-z{H}{_CN_NUM}]")


def _enum_starts(text):
    """The line breaks where _ENUM_NAME may match, in order. A match ends at the first ':' after its start (no ':'
    before it), and holds nothing that _ENUM_NOT matches: it starts at a line break between a ':' and the last
    such character before the ':' (found by a search of the reversed text)."""
    out = []
    n = len(text)
    rev = None
    c = text.find(":")
    while c >= 0:
        if rev is None:
            rev = text[::-1]
        m = _ENUM_NOT.search(rev, n - c)  # (rev[n - c] is text[c - 1])
        q = text.find("\n", n - m.start() if m else 0, c)
        while q >= 0:
            out.append(q)
            q = text.find("\n", q + 1, c)
        c = text.find(":", c + 1)
    return out  # (in order: the character before a later ':' is at or after the earlier ':')


def _colon_label_starts(text, k):
    """The positions where a label of `k` characters, blanks and a ':' (_FIRM_LABEL, 企业\\s*:) may start: `k`
    characters before the run of blanks in front of each ':' (the label ends with no blank)."""
    out = []
    c = text.find(":")
    while c >= 0:
        j = c
        while j > 0 and text[j - 1].isspace():  # (\s is str.isspace)
            j -= 1
        if j >= k:
            out.append(j - k)
        c = text.find(":", c + 1)
    return out  # (in order: each ':' and the blanks before it lie after the ones before)


# the role word after the list of _LEAD_ROLE (为龙头, …; these cannot overlap)
_ROLE_AFTER = re.compile("为(?:龙头|链主|引领|核心|重点)")


def _lead_role_starts(text):
    """The positions where _LEAD_ROLE may match: the list between its 以 and 为 holds 2 to 80 characters and no 以,
    so a match with its 为 at r starts at the last 以 of ``text[r - 81:r - 2]``."""
    out = set()
    for m in _ROLE_AFTER.finditer(text):
        r = m.start()
        if r >= 3 and (p := text.rfind("以", max(0, r - 81), r - 2)) >= 0:
            out.add(p)
    return sorted(out)


def _firm_named(s):
    """A trade name with a word only firms end with, in front of a capacity (绿醇科技10万吨…)."""
    return bool(3 <= len(s) <= 12 and _FIRM_ONLY.search(s) and _HAN_NAME.fullmatch(s) and not _ORG.search(s)
                and s[: _FIRM_ONLY.search(s).start()] not in GENERIC_WORDS)


_HAN_NAME = re.compile(rf"[{H}A-Za-z]+")


@functools.lru_cache(maxsize=65536)
def _lead_len(name):
    """The length of the region names `name` starts with (张掖凯烁 -> 2), from :meth:`RegionIndex.leading`."""
    return sum(len(t) for t, _ in region_index().leading(name))


# words that end a technical modifier of a product (钠离子电池, 固态电池, 硅基材料, 电子级氢氟酸, 柔性屏)
_MODIFIER_TAIL = re.compile(r"(?:离子|固态|液态|基|级|型|式|性)$")
# the state of a waste product at the head of an item (退役|风电叶片回收, 废旧|电池): what is recycled, not who does it
_WASTE_LEAD = re.compile(r"退役|废旧|废弃|报废|废")
# a material put to use again, at the head of a project item (再生|有色金属…) or before what is done with it (赤泥|综合利用)
_REUSED_MATERIAL = re.compile(r"再生|循环|回收")
_REUSE = re.compile(r"综合利用|综合回收|回收利用|资源化|无害化")
# chemical elements, whose material is written X基 (硅基, 银基: X-based) at the head of a product
_ELEMENTS = frozenset("氢锂铍硼碳氮氧氟钠镁铝硅磷硫氯钾钙钛钒铬锰铁钴镍铜锌镓锗砷硒锶锆铌钼钯银镉铟锡锑碲钡铂金汞铅铋钨钽铪铈镧钕稀")
# X基 (X-based: 硅基, 煤基, 生物基) at the head of a product: a material, never a trade name
_MATERIAL_BASE = re.compile(rf"^(?:[{''.join(sorted(_ELEMENTS))}煤油气]|生物)基")
# an -ization word (定制化, 轻量化, 数字化): it qualifies a product, it does not name a firm
_IZATION = re.compile(r"(?:定制|智能|数字|数智|轻量|规模|集约|标准|模块|绿色|高端|一体|国产|产业|信息|自动|网络|网联|精细|"
                      r"低碳|清洁|多元|差异|个性|专业|集群|市场|国际|现代|柔性|电气|电动|高值|资源|无害|减量|小型|大型|"
                      r"特色|链条|智慧|融合|品牌|服务)化$")
# public works and the people they serve (城市生活|垃圾, 农村|供水), a plant's own use (自备|新能源): what a project
# is for, not who builds it
_PUBLIC_LEAD = re.compile(r"城市|城乡|城区|农村|乡村|生活|居民|市政|自备|自用|屋顶|楼顶|厂房|厂区|矿区|荒漠|沙漠|戈壁|滩涂|整县|整村|"
                          r"游客|旅客|市民|群众|村民|农民|职工|员工|学生|老人|儿童")  # (游客|服务中心: whom it serves)
# a temple, a tower, a grotto (某某寺|文旅综合体): a sight, where a project stands, not who builds it
_SIGHT_TAIL = re.compile(r"[寺庙宫窟洞阁]$")
# the work a land or energy programme does (盐碱地改良|5万亩, 农光互补|50万千瓦): a task, not an owner; and the scope
# of a programme (全域|旅游示范区)
_TASK_TAIL = re.compile(r"(?:改良|治理|修复|整治|复垦|绿化|造林|防治|治沙|互补|保护|恢复|提升|改造)$")
_SCOPE_LEAD = re.compile(r"全域|全市|全县|全区|全省|全镇|全民")
# an energy mix written by its first characters (风光储, 源网荷储, 风光水火储): what a base joins, not who builds it
_ENERGY_MIX = re.compile(r"[风光水火储氢荷网源核热]{2,6}")
# a policy verb in front of a sector (保障|盐湖化工…项目用能, 降低|本地新能源项目成本): what is done for the sector
_POLICY_VERB = re.compile(r"保障|降低|提高|减少|满足|促进|助力|支撑|保证|增加|扩大|确保|优先|服务|服从|方便")
# the kind of a power plant, the whole item after a place (某县某山|风电): a plant named by where it stands
_PLANT_KIND_END = re.compile(r"(?:风电|光伏|光电|水电|风电场|光伏电站|电站)$")
# the last character of a settlement's or a landform's name (某营, 某堡, 某庄, 某滩, 某岱): a village or a township
_SETTLEMENT_END = re.compile(r"[营堡寨庄屯坪店集铺窑渠井岔垣岘洼岗塘圩岱山湖河沟滩峡岭坝泉川湾塬梁峪口桥嘴墩渡驿]$")
# a township in front of a firm's short name (某某镇|甲农业)
_TOWN_HEAD = re.compile(rf"[{H}]{{2,3}}?[镇乡](?!村)")
# the verbs of what a government does for firms or counts them as, left in front of the first of a list of firms
# (保障|甲铝业、乙化工…, 新增|甲电子、乙机械2家规上企业)
_SERVE_VERB = re.compile(r"(?:保障|解决|帮扶|帮助|服务好?|协助|支撑|助力|满足|确保|保证|扶持|督促|指导|推荐|对接|联系|"
                         r"走访|约谈|包抓|包联|服务保障|新增|新认定|认定|评定|命名)")
# a county-level name and its suffix (某某特区 -> 某某, 某某自治县 -> 某某)
_COUNTY_HEAD_SUFFIX = re.compile(r"(.{2,}?)(?:特区|林区|自治县|自治旗|县|区|市|旗)")


@functools.lru_cache(maxsize=65536)
def _plausible_owner(s, regions=None, strict=True):
    """Could `s` be the short name of a firm, written in front of a project or in a list?

    A firm's short name is a trade name (2-4 characters, often with a place in
    front) and perhaps one word of its trade (河西硅业, 张掖凯烁新能源); not
    a sector phrase, a place, a generic word or an institution.
    """
    if not s or not (2 <= len(s) <= 16) or not _OWNER_CHARS.fullmatch(s):
        return False
    if _ORG.search(s) or _OWNER_BAD.search(s):
        return False
    if _PARK_SUFFIX_RE.search(s) or _PINYIN_DEBRIS.search(s):
        return False  # a park (兰州新区…), or pinyin debris of a bad scrape
    if _is_sector_phrase(s):
        return False
    if _MODIFIER_TAIL.search(s) or _WASTE_LEAD.match(s) or _MATERIAL_BASE.match(s) or _IZATION.search(s):
        return False  # 钠离子|电池, 固态|电池, 硅基|材料, 碱性|电解槽: a modifier of the product, not a trade name
    regions = regions or region_index()
    core = s[_lead_len(s):]
    if not core or regions.is_region_name(s) or regions.is_region_name(core) or is_anonymised(s):
        return False
    if _PLACE_TAIL.search(s) and len(core) <= 3 and not _FIRM_WORD_RE.search(s):
        return False
    if s[0] in _ELEMENTS and _product_vocabulary().covers(s, extra=_ELEMENTS):
        return False  # 钒|电池, 钒钛|新材料: elements and a product, a material (金川: an element opens a trade name too)
    if _PUBLIC_LEAD.match(core):
        return False
    if _TOWNSHIP_END.search(s):
        return False  # 某某乡, 某某镇: a township, where the plant stands, not who builds it
    if strict:
        limit = 7 if _FIRM_WORD_RE.search(core) else 4
        if len(core) > limit:
            return False
    return True


def _split_owner(rest, known=(), regions=None):
    """``(owner, the rest)`` of a project item without a capacity, or ``(None, rest)``.

    The owner is, in order: a name with an organisation form (某某重工股份公司|新建…);
    a firm the document names elsewhere (恒拓|零碳基地氢基化工); else the text up
    to the first product or sector word after at least two characters of
    trade name (恒拓|共享储能, 青峰东方|绿电制氢), extended over one trade word when
    more follows (某某风电|绿电制氢合成氨, 瑞丰生物|维生素B原料药).
    """
    regions = regions or region_index()
    m = None
    head = rest[:24]
    for m in _LEGAL_FORM_RE.finditer(head) if _legal_form_in(head) else ():
        pass  # (the last form; _legal_form_in gates the scan on the anchors every form holds)
    if m is not None and m.end() < len(rest) and m.start() >= 2:
        owner = rest[: m.end()]
        if not _ORG.search(owner):
            return owner, rest[m.end():]
    elif m is not None and m.end() == len(rest) and m.start() >= 2 and not _ORG.search(rest) and \
            not _sector_vocabulary().covers(rest[: m.start()]):
        return rest, ""  # 某某旅游投资集团: the item is the firm (not 某某|旅游投资集团 cut at a product word)
    if rest in known and len(rest) >= 3:
        return rest, ""  # 某某轮毂一期: the firm's own project, named by the firm and a phase
    for n in range(min(len(rest) - 2, 24), 1, -1):
        if rest[:n] in known:
            return rest[:n], rest[n:]
    vocab = _product_vocabulary()
    first = _lead_len(rest) + 2
    if _SECTOR_START.at(rest, first - 2):
        fw = _TRADE_AT.match(rest, first - 2) if first > 2 else None
        if fw and fw.group().endswith("业") and len(rest) - fw.end() >= 2 and _plausible_owner(rest[: fw.end()], regions):
            return rest[: fw.end()], rest[fw.end():]  # 某省某市铝业|再生铝: a firm named after its city
        if len(_SECTOR_START.at(rest, first - 2)) == 1 and len(vocab.at(rest, first - 2)) <= 1 and \
                rest[first - 1] not in _MATERIAL_FORM and (fw := _FIRM_WORD_AT.match(rest, first)) and len(rest) - fw.end() >= 2 and \
                _plausible_owner(rest[: fw.end()], regions):
            return rest[: fw.end()], rest[fw.end():]  # 某地钛谷|装备|3D打印…: a trade name that opens with an element
        return None, rest  # 硅系新材料…, 钛材深加工: a product, no trade name in front
    if len(vocab.at(rest, first - 2)) > 2:
        return None, rest  # 碱性电解槽制造: a product word runs over where a trade name would end
    for p in range(first, min(len(rest), 12)):
        w = vocab.at(rest, p)
        if not w:
            continue
        owner = rest[:p]
        fw = _TRADE_AT.match(rest, p)
        fw_end = fw.end() if fw else p + len(w) if p == first > 2 and w in FIRM_WORDS else 0
        if fw and len(w) > fw.end() - p and (_FIRM_WORD_RE.search(owner) or _FIRM_WORD_END.search(owner)) and \
                _plausible_owner(owner, regions):
            fw_end = 0  # 某某科技|风电装备基地, 某某重工|风电塔筒: the name has its trade word, the next opens the product
        if fw_end and len(rest) - fw_end >= 2:
            owner = rest[:fw_end]  # (某省联泰|石化|EVA胶膜: a brand and its trade word after the place of origin)
        elif fw and fw.end() == len(rest):
            owner = rest  # 纳塔新材料: the firm is the whole item
        elif len(w) >= 2 and w not in _MODIFIERS and len(rest) - (q := p + len(w)) >= 4 and "制" not in rest[q:] and (
                len(vocab.at(rest, q)) >= 2 or any(vocab.at(rest, len(rest) - k) == rest[-k:] for k in (2, 3))) and \
                _plausible_owner(rest[:q], regions):
            owner = rest[:q]  # 甲乙铝材|汽车轻量化零部件: a product and then the project's own product, the first names
            # the firm's trade (甲乙|共享储能: a modifier opens the product; 甲乙|绿电氢制甲醇: a route, no product)
        if _plausible_owner(owner, regions):
            return owner, rest[len(owner):]
        return _owner_to_trade_word(rest, first, p, regions)
    return _owner_to_trade_word(rest, first, min(len(rest) - 2, 12), regions)


def _owner_to_trade_word(rest, first, end, regions):
    """``(owner, the rest)`` when a trade word ends a plausible owner before `end` (某地青塑科技|改性塑料基地)."""
    fw = _TRADE_AT.search(rest, first, end) if end > first else None
    if fw and len(rest) - fw.end() >= 2 and not rest.startswith(GENERIC_WORDS, fw.end()) and \
            _plausible_owner(rest[: fw.end()], regions):  # (not 某某科技|创新…: a compound, no firm)
        return rest[: fw.end()], rest[fw.end():]
    return None, rest


_SECTOR_START = _Vocabulary(SECTOR_WORDS)
_FIRM_WORD_END = re.compile(rf"(?:{_alternation(FIRM_WORDS)})$")
# the upgrade of a firm's own works, the whole rest of an item after the firm (某某钢铁|二期技改, |扩能改造)
# a works named by its trade (某某饮片厂, 某某机械厂), not a plant the project builds (电厂, 水厂, 污水处理厂)
_FIRM_WORD_AT = re.compile(_alternation(FIRM_WORDS))
# the form or series of a material, after an element (锂|电, 钛|白, 铜|材, 硅|系): a product, not a trade name
_MATERIAL_FORM = frozenset("电材粉料白盐矿合板管线箔锭丝棒片渣基系类")
_WORKS_END = re.compile(r"(?<![电水理烧热站])厂$")
_UPGRADE_TAIL = re.compile(rf"(?:[{_CN_NUM}]期)?(?:技改|技术改造|扩能改造|升级改造|提质改造|节能改造|改扩建|扩能|"
                           r"搬迁改造|(?:智能|数字|绿色)化改造)$")
_MODIFIERS = frozenset(MODIFIER_WORDS)
_BASE_AROUND = re.compile(r"基地(?:下游|上游|配套|周边|内)")


def parse_project_item(item, known_enterprises=(), product_words=()):
    """Split one project item into enterprise, capacities/products and phase.

    Parameters
    ----------
    item : str
        One item of a project list, as written.
    known_enterprises : iterable of str
        Firms the document names elsewhere (their names split owner from product first).
    product_words : iterable of str
        Unused; kept for callers of earlier versions.

    Examples
    --------
    >>> p = parse_project_item("青岭硅业10万吨硅基新材料综合利用二期")
    >>> p["enterprise"], p["phase"], p["products"]
    ('青岭硅业', '二期', [{'name': '硅基新材料', 'capacity': 10.0, 'unit': '万吨', 'basis': None}])
    >>> [x["name"] for x in parse_project_item("恒拓农化3000吨草甘膦原药8000吨农药中间体")["products"]]
    ['草甘膦原药', '农药中间体']
    >>> parse_project_item("恒拓共享储能")["enterprise"], parse_project_item("青岭抽水蓄能电站")["enterprise"]
    ('恒拓', None)
    """
    name = item.strip()
    rest = name
    phase = None
    m = _PHASE.search(rest) if _ends_as(rest, _PHASE_ENDS) else None
    if m and len(rest) - len(m.group(0)) >= 2:
        phase = m.group(0)
        rest = rest[: m.start()]
    regions = region_index()
    enterprise = None
    lead_product = None
    # (a capacity holds a digit, or 级 in a level: without either none is found)
    caps = list(CAPACITY.finditer(rest)) if "级" in rest or _TM_DIGIT.search(rest) else []
    if caps:
        head = rest[: caps[0].start()]
        head = head[: u.start()] if (u := _UNITS_COUNT.search(head)) else head  # 某电厂|2×|100万千瓦: units of a size
        b = _CAP_BASIS.search(head)
        if b and b.start() >= 2:  # 某某酒业年产精酿啤酒500吨生产线
            lead_product = head[b.end():] or None
            head = head[: b.start()]
        head = _CAP_HEAD_TAIL.sub("", head)
        ph = _PHASE.search(head) if _ends_as(head, _PHASE_ENDS) else None
        if ph and (ph.start() >= 2 or ph.start() == 0 and ph.end() == len(head)) and phase is None and \
                "期" in ph.group():
            phase, head = ph.group(0), head[: ph.start()]  # 某某铝业二期年产20万吨电池铝箔; 二期10万吨某产品: no owner
        if _plausible_owner(head, regions, strict=False) or head in known_enterprises or _firm_named(head):
            enterprise = head
            if len(head) > 6 and head not in known_enterprises:
                o, more = _split_owner(head, known_enterprises, regions)
                if o and more and (_LEGAL_BEFORE.search(o) or (_FIRM_ONLY.search(o) or _firm_like(o)) and
                                   _product_vocabulary().at(more, 0)):
                    enterprise = o  # 某某铝业|电解铝配套20万千瓦光伏, 某某有限公司|焦炉煤气制30万吨甲醇: the owner ends there
        products = capacity_products(rest, lead_product)
    elif _park_at_end(rest):
        products = []  # a park built as a project (某某新材料高新产业园一期)
    else:
        enterprise, body = _split_owner(rest, known_enterprises, regions)
        ph = _LEAD_PHASE.search(rest, 4, 9) if phase is None else None
        if ph and len(rest) - ph.end() >= 2 and enterprise and len(enterprise) < ph.start() and \
                _plausible_owner(rest[: ph.start()], regions):
            enterprise, body = rest[: ph.start()], rest[ph.start():]  # 某某仪表|二期|智能燃气表: the owner ends at the phase
        products = []
        if enterprise and _MAGNITUDE_LEAD.match(enterprise):
            enterprise = None  # 万头|肉牛养殖场, 千亩|某种植基地: a size without its figure, not a firm
        if (u := _UPGRADE_TAIL.search(name) if _ends_as(name, _UPGRADE_ENDS) else None) and (w := _FIRM_WORD_END.search(name, 0, u.start())) and \
                (enterprise is None or name.startswith(enterprise, 0, w.end())) and \
                2 <= w.start() <= 4 and not _is_sector_phrase(name[: w.start()]) and \
                _plausible_owner(name[: w.end()], regions, strict=False):
            # 某某水泥|技改, 某某钢铁|扩能改造: a firm's upgrade of its own works, the item names the firm
            enterprise, body, rest = name[: w.end()], "", name[: w.end()]
        elif u and (w := _WORKS_END.search(name, 0, u.start())) and w.start() >= 4 and \
                (enterprise is None or name.startswith(enterprise, 0, w.end())) and \
                _plausible_owner(name[: w.end()], regions, strict=False):
            # 某地某某饮片厂|扩能改造, 某某机械厂|技改: a works named by its trade and 厂 upgrades itself, the item
            # names the works (not a power or water plant, a facility the project is); a firm's trade word inside
            # (甲牧业|乳品加工厂|技改) makes it the firm's plant, the firm the owner
            tw = _TRADE_AT.search(name, 2, w.start() - 1)
            if tw and _plausible_owner(name[: tw.end()], regions, strict=False):
                enterprise = name[: tw.end()]
            else:
                enterprise, body, rest = name[: w.end()], "", name[: w.end()]
        if enterprise is None:
            body = rest
        ph = _LEAD_PHASE.match(body) if enterprise and phase is None else None
        if ph and len(body) - ph.end() >= 2:
            phase, body = ph.group(1), body[ph.end():]  # 某某铝业|二期|高精度铝板带: the phase after the owner
        if len(body) >= 2:
            products.append({"name": normalise_product(body), "capacity": None, "unit": None, "basis": None})
    return {"name": name, "enterprise": enterprise, "products": products, "phase": phase}


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
_TM_DIGIT = re.compile(r"\d")
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
_INDUSTRY_IN_TITLE = re.compile(rf"(?:推动|推进|发展|壮大|做强|培育|打造|加快)(?P<name>[{H}]{{2,12}}?)产业")
# an industry group: “A、B、C”N大主导产业 / A、B2个代表性产业 (the 2+6 / 2+4 systems)
_INDUSTRY_GROUP = re.compile(rf"(?P<n>[{_CN_NUM}\d]+)(?:大|个|条)(?P<label>[{H}]{{0,5}}?)$")
# a system of industry groups: “2+6”现代产业体系, “2+4”现代化产业集群
def _cn_number(s):
    """2 -> 2, 七 -> 7, 十二 -> 12 (small numbers as plans write them), else None."""
    if s.isdigit():
        return int(s)
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if s in digits:
        return digits[s]
    if s.startswith("十"):
        return 10 + digits.get(s[1:], 0)
    if len(s) == 2 and s[1] == "十":
        return digits.get(s[0], 0) * 10
    return None


# the lead and the tail an industry's item loses (做大做强|某某, 某某|等产业)
_INDUSTRY_ITEM_LEAD = re.compile(r"^(?:做大做强|确定以|确定|发展|以)")
_INDUSTRY_ITEM_TAIL = re.compile(r"(?:等)?(?:产业)?$")
_ANON_REGION_END = re.compile(r"[xX]{2}[市县区]$")
_INDUSTRY_SYSTEM = re.compile(r"(?P<sys>\d\+\d)”?(?P<label>[\u4e00-\u9fff]{0,6}?)(?:产业体系|产业集群|产业链)")
# a chain named by its industry, with a figure (有色金属新材料产业链120亿元): an industry
_NAMED_CHAIN = re.compile(r"产业链(?=\d)")
_HAN_RUN_END = re.compile(rf"[{H}“”+]{{2,14}}$")


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


@functools.lru_cache(maxsize=4)
def _region_scanner(index):
    return _RegionScanner(index)


class _Run:
    """A span of the text that stands in for a match (two dash runs joined across a stray space)."""

    __slots__ = ("_text", "_start", "_end")

    def __init__(self, text, start, end):
        self._text, self._start, self._end = text, start, end

    def group(self, _=0):
        return self._text[self._start:self._end]

    def start(self):
        return self._start

    def end(self):
        return self._end


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


def _sentence_at(sentences, pos, starts=None):
    """The sentence ``(start, end, text)`` holding `pos`, else the one before it."""
    if starts is None:
        starts = [s[0] for s in sentences]
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return None
    s = sentences[i]
    if pos < s[1] + 1 or i + 1 >= len(sentences):
        return s
    return s


# characters that end a clause: a list or a name never runs over them
# a tab ends a clause too: it separates the cells of a table row (序号\t项目名称\t建设内容\t总投资)
_CLAUSE_END_CHARS = ",;:。!?\n\t()【】《》[]"


def _clause_marked(text, chars):
    """`text` with each of `chars` (one of them the line break) replaced by a line break: the line breaks of the
    result stand exactly where `text` holds one of `chars`, so that str.find and str.rfind of a line break in it find
    the nearest of them (a few scans in compiled code, where a character-class regex costs some 50 instructions a
    character and a list of every position costs more)."""
    for c in chars:
        if c != "\n":
            text = text.replace(c, "\n")
    return text


# words that end a 、-list's last item (…、xx万事达集团|就新能源电池…达成合作)
_ITEM_END = re.compile(r"就|等|为|在|达成|签订|签署|开展|共同|合作|引领|带动|落地|入驻|建成|投产|开工|作为|参与|"
                       r"实施|推进|发展|围绕|的|已|正|将|被|获|向|是|通过|共|以|做大|做强|做优|入选|上市|扩能|扩产|合资|"
                       # (甲铝业、乙化工加快技改: the clause's predicate after the last name)
                       r"加快|加大|扩大|加紧|加速|启动|完成|实现|持续|积极|全力|稳步|计划")
_ROLE_STRIP = re.compile(r"(?:国家|省|市|县|自治区)级|链主|龙头|骨干|规上|规模以上|专精特新|小巨人|领军|头部|重点|优势|一批|\d+[户家个]|等|[“”]")
_ROLE_WORDS = {"链主": "链主", "龙头": "龙头", "骨干": "骨干", "规上": "规上", "规模以上": "规上",
               "专精特新": "专精特新", "小巨人": "小巨人", "领军": "龙头", "头部": "龙头"}
# what stands between 等 and 企业 when the items are not firms but sectors or categories
# (煤炭、化工、建材等工业企业; 农用机械…等行业企业; 钢铁有色…等领域龙头企业; …等上下游企业)
_FIRM_GRADE = re.compile(r"(?:国家级|省级|市级)?(?:专精特新|小巨人|单项冠军|隐形冠军|瞪羚|独角兽|雏鹰|潜在独角兽|科技型|创新型|高新技术|"
                         r"规上|规模以上|链主|龙头|骨干|领军|头部|上市|拟上市|后备)(?:中小)?(?:企业)?")
_ENT_CATEGORY = re.compile(r"行业|领域|类|相关|配套|[上中下]游|制品|生产|要素|向|环节|缺链|链上|方面")
_RANKED_IN_TRADE = re.compile(r"(?:行业|领域|业内)(?=龙头|链主|领军|头部|骨干)")  # 行业头部: a rank, not a category
_NAME_STOP = re.compile(
    r"(产业|发展|建设|推进|加快|实施|项目|企业|园区|规模|能力|水平|技术|资源|优势|行业|领域|政策|服务|"
    r"创新|市场|我市|全市|全区|全省|一批|工作|生产|主体|载体|平台|基地|体系|集群|提升|扩大|增效|有效|投资|"
    r"对接|主动|要素|改革|结构|核心|重组|转型|升级|\d|"
    # people and what they say (甲公司负责人分别发言, 某某一行先后深入…): a sentence about a firm, not its name
    r"负责人|董事长|总经理|一行|先后|发言|介绍|表示|"
    # pronouns (我们和甲公司合作): who speaks, never a firm's name
    r"我们|他们|咱们|你们)"
)


_COUNTY_SUFFIX = re.compile(r"[县区市旗]")
# a route named after the places it joins (甲乙铁路, 甲乙高速)
_ROUTE_AFTER = re.compile(r"铁路|高铁|公路|高速|航线|管道|管线|运河|大道")
# the items of a list of places: 、 or a dash between them (甲—乙—丙沿江带)
_PLACE_SEP = re.compile(r"[、—\-]")
_NEXT_PLACE = re.compile(r"(?:[^、,。;—\-]*?、|[—\-])([^、,。;—\-]+)")
_AROUND_IN_CLAUSE = re.compile(rf"围绕(?P<a>[{H}]{{2,12}}?)(?:产业链|产业)")
_INDUSTRY_TAIL = re.compile(r"(?:产业链|产业)(?:[^、]*)?$")
_SUBPARK_COUNT = re.compile(rf"(?:等)?[{_CN_NUM}\d]+$")
_SUBPARK_VERB = re.compile(r"下设|包括|设有|分为|辖")
# a 一区N园 list written after its count (甲园区(一区四园:A园、B园、C园、D园)), up to where it ends
# (also in quotes and named as the zone's way of running its parks: 甲园区实行“一区三园”模式,即A园、B园和C园)
_SUBPARK_COLON = re.compile(rf"一区[{_CN_NUM}\d多]+园[”\"]?(?:\s*:|(?:(?:发展|管理|运营)?(?:模式|格局|架构|布局))?,?"
                            r"(?:即|包括|分别为|分别是)\s*:?)")
_SUBPARK_COLON_END = re.compile(r"[)。;\n]")
# what ends a facility or a place, not the theme of a park (制种基地与…产业园, 安口陶瓷建材园和…创业园)
_THEME_NOT = re.compile(r"(?:基地|中心|园|区|场|站|厂|港|城)$")
# 以A、B为龙头 (以下 is not 以): the firms that lead
_LEAD_ROLE = re.compile(r"以(?!下)(?P<list>[^,。;以]{2,80}?)为(?P<role>龙头|链主|引领|核心|重点)")
_ALIAS_ASIDE = re.compile(r"\(以下简称[^()]*\)")
_FIRST_LINE = re.compile(r"[^\n]*\S[^\n]*")
_NAME_STOPS = frozenset("、和与及同向在由的等为是将把被就或")
_ANON_PLACE = re.compile(r"[xX][xX][市县区省]")
# a region name in front of an institution's name belongs to the institution (兰州大学)
# what follows a region's name inside an institution's name (兰州大学, 某地交通大学, 某地化学物理研究所)
_ORG_AFTER = re.compile(rf"大学|学院|理工|师范|研究|科学院|银行|日报|(?:(?![与和及同跟的在向对为、])[{H}]){{1,4}}?"
                        r"(?:大学|学院|研究院|研究所)")
_HAN_CHAR = re.compile(rf"[{H}]")
_HAN_ONLY = re.compile(rf"[{H}]+")
_PARK_BRACKET_PLACE = re.compile(rf"\(([{H}]{{2,4}})\)$")
# how a text names its own region: 全区, 我市, 本县
_SELF_REF = re.compile(r"[全我本]([区县市省])")
_LIST_SPAN = 400  # the longest 、-list read, in characters
_LIST_CLOSER = re.compile(r"等[^、,]{0,10}?(?:企业|项目|产业|单位|部门)")
# the role of a firm written in front of its name (链主企业某某股份有限公司)
_ROLE_LABEL = re.compile(r"^[^企]{0,4}?(?P<r>链主|龙头|骨干|重点|领军|头部)企业(?=.{4})")
# the last character of a product's name (电池托盘, 压铸件, 光伏胶膜): a link to recruit, not a firm's name
_PRODUCT_END = re.compile(r"[件板材器机池盘料剂品管线膜箔片粉液油泵阀柜箱架壳芯屏]$")
# the header row of a table of firms, and its name column
_FIRM_KIND_CELL = r"(?:链主|龙头|重点|骨干|代表性?|配套|规上|主要|领军|头部|招引|目标)企业(?:名称)?"
# (a header typed with spaces, 企 业 名 称; or naming a second field, 企业名称及主要产品; 企业简称)
_FIRM_NAME_CELL = re.compile(rf"(?:企 *业|公 *司)(?: *(?:名 *称|简 *称))?(?:[及和/][{H}]{{2,6}})?|{_FIRM_KIND_CELL}")
_FIRM_TABLE_HEADER = re.compile(rf"[\t\n](?:{_FIRM_NAME_CELL.pattern})(?=[\t\n])")
_CELL_ITEM = re.compile(r"[^、,;]+")  # the firms of a cell that lists several (甲公司、乙公司)
_PLANT_AT = re.compile(r"(?:生产|制造)?(?:基地|工厂|分厂)")


_AFTER_DONE = re.compile(r"[之以]?后")  # 项目建成|后|甲乙某地基地…: the time after the verb, not the firm
_PLANT_NOT_OWNER = re.compile(r"[省市县区州]$|产业|工业|国家|示范|重点|龙头|企业")
_CELL_NOTE = re.compile(r"\(([^()]{1,10})\)$")
# a role or a count of firms next to a list of them (甲、乙龙头企业; 龙头企业甲、乙; 甲、乙、丙3家企业): found from each
# 企业 backwards (a pattern that starts with a count would be tried at every digit)
# (the count may carry the firms' rank: 甲、乙2家规上企业, 3家专精特新企业)
_COUNT_FIRMS = re.compile(rf"(?P<n>\d+|[{_CN_NUM}]+)[家户](?:规上|规模以上|专精特新|高新技术|科技型|上市)?(?:工业)?$")
# what a firm does (投资建设, 获评, 产值突破): the trade name in front of it is a firm's
# a name leaned on, before the verb of what is done with it (依托甲铝业|推动…)
_LEANED_ON = re.compile(rf"依托(?P<n>[{H}]{{2,8}}?)(?=推动|推进|发展|建设|打造|延伸|做强|做大|实施|带动|扩大|拓展)")
_FIRM_DEED = re.compile(r"投资(?=\d|建设|兴建|新建)|获评|获批|荣获|被评为|被认定为|产值(?:达到|突破|超过)|营业收入|"
                        r"销售收入|营收|在[我本][省市州县区旗](?=设立|成立|新建|建设|布局|落户)")  # (甲科技在我市设立…)
# what stands in front of a list of firms a place holds (园区内有, 集聚了, 现有)
# a place in parentheses after a firm's name, before what the branch builds (甲乙(某省)数据中心), and that work
_BRANCH_PLACE = re.compile(rf"\((?P<r>[{H}]{{2,4}})\)(?P<x>[{H}]{{2}})")
_BRANCH_WORK = re.compile(r"中心|基地|项目|工厂|产业园|一期|二期|三期")
_BRANCH_LEGAL = re.compile(rf"[{H}]{{0,12}}?(?:有限公司|有限责任公司|股份有限公司)")
_HOLD_LEAD = re.compile(r"^[^、]{0,6}?(?:内有|拥有|共有|现有|已有|集聚|聚集|汇聚|涵盖)了?")
_SCENIC = re.compile(r"景区|景点|遗址|博物馆|纪念馆|公园")
_BUILDS_CAPACITY = re.compile(r"(?:布局|新建|建设|投建)(?=\d)")
_AWAITS = re.compile(r"[尚仍还亟有等]待|[尚仍还]?需(?:要|由)?|待")
# prepositions that may stand glued in front of an owner cut from a clause (在|甲公司…, 某区|对|甲项目…)
_FIRM_PREPOSITIONS = frozenset("在对把将向")
_CLAUSE_OPENERS = frozenset(",;:。!?\n")
_WRITER_PLACE = re.compile(r"[我本](?:省|市|州|县|区|旗)")  # 我市|甲公司: the place of the document's writer
_AND = re.compile(r"和|与|及")
# an item of a numbered list that names something before a colon (3. 甲聚烯烃:), and what says that it is a firm
_ENUM_NAME = re.compile(rf"\n[ \t]*(?:\d{{1,2}}\s*[.、]|\(?[{_CN_NUM}]{{1,3}}[)、])\s*(?P<n>[{H}A-Za-z]{{2,12}})\s*:")
_FIRM_CUE = re.compile(r"\s*(?:主营|主要产品|主导产品|成立于|注册资本|公司)")
# the number of an item of a numbered list (4. , 2、, (三))
_ENUM_LEAD = re.compile(rf"\s*(?:\d{{1,2}}\s*[.、]|\(?[{_CN_NUM}]{{1,3}}[)、])\s*")
# a label that introduces firms (链主企业:, 配套服务企业:)
_FIRM_LABEL = re.compile(r"企业\s*:")
_LABEL_BREAK = re.compile(r"[,;。!?、]")
# a firm named as a partner: 与某某签订/签署/达成…, 与某某合作, 进入某某供应链/供应体系
# (two patterns, each opening with its literal, which the regex engine finds fast)
# (the verb of the cooperation may stand before it: 与甲集团|开展合作, 与乙能源|深化战略合作)
_PARTNER = re.compile(rf"与(?P<n>[{H}]{{2,8}}?(?:、[{H}]{{2,8}}?){{0,3}})(?:开展|进行|深化|加强|推进|展开|建立)?(?:全面|战略|深度)?"
                      r"(?:签订|签署|达成|合作|合资)")
_SUPPLIER = re.compile(rf"进入(?P<n>[{H}]{{2,8}}?)(?:供应链|供应体系|采购体系)")
# a group named as the parent of a firm: 甲化工:乙集团下属企业, 乙集团旗下公司, 乙能源全资子公司
_PARENT_OF = re.compile(r"(?:下属|旗下)(?:企业|子公司|公司)|(?:全资|控股)子公司")
_PARTNER_NOT = re.compile(r"^(?:国际|国内|省内|省外|区内|区外|周边|沿海|沿边|东部|西部|中部|各|有关|相关|当地|本地|地方|高校|"
                          r"院所|科研|上下游|国外|境外|海外|全球|全国|社会|民间|知名|优质|头部)|[国省市县区内外方]$|(?:坡|斯坦|西亚|利亚|尼亚|罗斯)$|^(?:日本|德国|美国|法国|英国|韩国|意大利)|"
                          r"资本|资金|基金|机构|单位|部门|院校|客商|伙伴|群众|农户|国家|地区|城市|区域|"
                          r"对口|支援|帮扶|结对|援建|东西部|东西协作")  # (甲省与乙市对口支援合作: places and a mode of aid)
# a list of the units responsible for a task (牵头单位:甲局;责任单位:乙局、丙公司), and what ends it
_DUTY_LIST = re.compile(r"(?:牵头|责任|配合|协办|主办)(?:单位|部门)\s*:")
# the label of the units that attend a meeting (列席:甲局、乙公司): units, as in a list of responsible ones
_ATTENDING = re.compile(r"(?:列席|出席|参会|参加会议)(?:单位|人员)?\s*:")
# a firm pointed back to, no name: 其子公司, 该公司, 其母公司, 本集团, 所属企业
_POINTED_FIRM = re.compile(r"(?:[其该本此各我]|其他|下属|所属)(?:全资|控股|参股)?[子分母]?(?:公司|集团|企业)")
_OWNED_BY_END = re.compile(r"(?:全资|控股|参股)子公司$")  # 甲集团全资子公司: what the firm is to its group
_ATTENDING_AFTER = re.compile(r"(?:等单位)?(?:主要)?(?:负责同志|负责人|分管领导|有关同志)[^。;:\n]{0,24}?(?:参加|出席|列席|参会)")
# a water transfer work named by the river it draws from and what it supplies (引洮济陇, 引汉入渭, 引大济湟)
_WATER_TRANSFER = re.compile(rf"引[{H}]{{1,2}}?[济入供调补](?=[{H}])")
# a speaker and the preposition that joins it to the firms after it (我们要和|甲、乙…, 他们正与|甲…)
_PRONOUN_WITH = re.compile(r"(?:我们|他们|咱们|我|他|公司|企业)[^、和与同跟]{0,4}?[和与同跟]")
# a list of firms closed by a word of likeness or a demonstrative (甲、乙这样的头部企业, 甲这类企业, 甲、乙这些本地企业)
# the firms of a count of firms, listed after it (规上企业12户,主要有|甲、乙等; 入驻企业30家,代表企业有|甲、乙)
_LEGAL_TAIL_VERB = re.compile(rf"(?P<f>{_alternation(LEGAL_FORMS)})(?:加强|深化|推进|推动|开展|共同|联合|携手|积极|全面|进一步|协同|联动|"
                              r"正式|签订|签署|达成)[^公司]{0,4}$")
# the heading of a roster of firms, on a line of its own (附件:重点企业名录; 链主企业名单; 骨干企业:)
_ROSTER_LIST_HEAD = re.compile(r"(?:目标|重点|链主|龙头|骨干|代表性?|招引|引进|头部)企业[ \t]*\n")
_ROSTER_LIST_NOT = re.compile(r"[。:;]|等")  # (a sentence, a label or a list closed by 等: not a line of names)
_ROSTER_HEAD = re.compile(r"企业(?:(?:名录|名单|清单|目录)[ \t]*\n|[ \t]*:[ \t]*\n)")  # (企业 drawn out: a literal prefix)
_ITEM_NOTE_AT = re.compile(r"\((?!以下|简称|下称)([^()、,;。“”\"]{1,14})\)")  # (not (以下简称甲): read as an alias)
_ITEM_NOTE = re.compile(_ITEM_NOTE_AT.pattern + "$")
_SECTION_LEAD = re.compile(rf"\s*[{_CN_NUM}]{{1,3}}、")
_ROSTER_NOT_NAME = re.compile(r"[,。;:、!?\t]|产业链|产业|行业|领域|板块")
_FIRMS_NAMED_AFTER = re.compile(r"(?:主要|代表性?企业|其中)(?:有|包括|为|是)\s*:?")
_FIRMS_COUNTED = re.compile(rf"企业(?:\d+|[{_CN_NUM}]+)[户家个]|(?:\d+|[{_CN_NUM}]+)[户家](?:[{H}]{{0,4}})?企业")
# a list closed by 等 and a kind of firm (甲、乙等龙头企业), and what the words between say when the items are not
# firms: projects, places, institutes, the means of a deal (通过控股、代工等方式与…企业)
_FIRMS_OF_KIND = re.compile(r"等(?P<desc>[^,。;:、等()的]{0,12}?)(?P<kind>企业|集团|主机厂|整车厂|车企|央企|国企|民企)")
_DESC_NOT_FIRMS = re.compile(r"项目|给予|支持|对|向|为|高校|院所|院校|科研|机构|[镇乡村]|方式|途径|形式|模式|手段|渠道|与")
_LIKE_FIRMS = re.compile(r"(?:这样|这类|一样|这些|这几家)的?(?P<desc>[^,。;:、等()的]{0,8}?)(?P<kind>企业|集团|车企|央企|国企|民企)")
# what relates one firm to another (甲集团所属乙公司, 甲集团旗下, 进入甲集团供应体系): never inside a name
_FIRM_RELATION = re.compile(rf"其?(?:所属|下属|旗下|进入|(?:全资|控股|参股)子公司)|(?:其|(?<=集团|公司))子公司(?=[{H}]{{2}})")
# the units of a firm written after its name (甲集团发动机事业部, 甲公司铝材分厂)
# what a firm's name never holds (without an organisation form at its end): a capacity's unit at its head (万头|肉牛
#养殖场), a project or a pronoun (甲新能源二期项目是该公司…: the owner cut from a sentence)
_NOT_FIRM_NAME = re.compile(r"^万[头只羽吨袋套台件亩株箱]|项目|该公司|该企业|"
                            # a pronoun or a person (我们和甲公司合作, 某镇主要负责同志): who speaks or attends, no firm
                            r"^(?:我们|他们|咱们|你们|大家|双方|各方|对方)|同志$|负责人$")
# an event and 后 in front of 公司 (投产后|公司…, 重组后|公司): the firm the text is about, referred to by its form
_AFTER_EVENT = re.compile(r"(?:投产|建成|达产|达效|竣工|完工|投运|重组|改制|合并|整合|搬迁|上市|落地|开工|成立)[之以]?后$")
# a verb of founding before the form (在某地设立|分公司, 合资成立|公司): a firm to be set up, named by its kind only
_FOUNDED_END = re.compile(r"(?:(?:设立|成立|组建|注册|新设|筹建|合资)(?:全资|控股)?[子分]?|(?:全资|控股|参股)子)$")
# (甲能源|全资子公司: the parent is named, the subsidiary only by its kind)
# a placeholder for a firm (xx公司, 某某集团, ××化工): an anonymised mention, no firm is named (xx甲乙集团 names one,
# the placeholder hides its place)
_ANON_FIRM = re.compile(r"[xX×*＊○〇□]{2,4}|某+")
_FIRM_UNIT_END = re.compile(r"(?:事业部|分公司|子公司|分厂|工厂)$")
# a time word at the head of a clause (年内完成…, 去年…): never a firm's name, nor its start
_TIME_WORDS = r"年内|年底|年初|今年|去年|明年|当年|同年|上年|全年|次年|上半年|下半年|近年|近年来|目前|当前"
_TIME_LEAD = re.compile(rf"(?:{_TIME_WORDS})")
_TIME_FIRST = frozenset(w[0] for w in _TIME_WORDS.split("|"))  # (the first characters of the time words)
_TOWN_PART = re.compile(r"(?:县城|城区|市区|主城|老城|新城)[东西南北中]?(?:区|部|片|郊)?$")  # 县城北: where, not who
_DUTY_LIST_END = re.compile(r"[:。;!?()\n]")


def _opens_with_place(s, k):
    """True when `s` opens with a place written with its suffix (和田市, 同仁市) longer than `k` characters: the first
    `k` characters, a preposition or a conjunction by their look, are the place's.

    >>> _opens_with_place("和田市青禾新材料有限公司", 1), _opens_with_place("和青禾新材料有限公司", 1)
    (True, False)
    """
    if s[:1] not in "同和与以向由在及对将把":
        return False
    lead = region_index().leading(s[:6])
    return bool(lead) and lead[0][0][-1] in "市县区旗州盟" and len(lead[0][0]) > k


def _firm_name_start(s):
    """Where a firm's name starts in `s`: after a word that relates it to another firm (甲集团所属|乙公司, 进入|甲集团)
    and after a time word with the lead words that follow it (年内完成|甲集团); 0 when nothing stands in front.

    >>> _firm_name_start("年内完成青岭集团"), _firm_name_start("所属青岭股份有限公司"), _firm_name_start("青岭集团")
    (4, 2, 0)
    """
    k = 0
    # (each match of _FIRM_RELATION holds 属, 旗下, 进入 or 子公司; each time word opens with one of _TIME_FIRST)
    if "属" in s or "旗下" in s or "进入" in s or "子公司" in s:
        for m in _FIRM_RELATION.finditer(s):
            if len(s) - m.end() >= 2:
                k = m.end()
    t = _TIME_LEAD.match(s, k) if s[k:k + 1] in _TIME_FIRST else None
    if t and len(s) - t.end() >= 2:
        k = len(s) - len(_strip_lead(s[t.end():]))
    return k


@functools.lru_cache(maxsize=8)
def _and_splitter(words):
    return re.compile(rf"(?<=[^、]{{2}})(?:{words})(?=[^、]{{2}})")


def _plausible_name(s):
    """A listed firm's name: short, no digits, none of the words plans use for everything else."""
    return bool(2 <= len(s) <= 20 and _OWNER_CHARS.fullmatch(s) and not _NAME_STOP.search(s))


# the trade words a legal name carries after the firm's short name (某某氟化科技有限公司 -> 某某氟化)
_LEGAL_TRADE_TAIL = re.compile(r"(?:科技|技术|股份|实业|发展|控股)+$")


def _short_forms(name):
    """The short forms a plan uses for a firm registered under `name`: without the region in front, the legal
    form, a parenthesised place and a trailing trade word (江西某某电机有限公司 -> 某某电机).

    >>> sorted(_short_forms("江西青禾电机有限公司")), sorted(_short_forms("青禾封测(赣州)有限公司"))
    (['青禾电机'], ['青禾封测'])
    >>> _short_forms("青禾电机")
    []
    """
    m = None
    for m in _LEGAL_FORM_RE.finditer(name):  # (the legal form that ends the name: 甲集团|乙化工有限责任公司)
        pass
    if not m or m.end() != len(name):
        return []
    core = name[:m.start()]
    if ")" in core:  # (the place in parentheses; the pattern cannot match without one)
        core = re.sub(r"\([^()]*\)$", "", core)
    core = core[_lead_len(core):]
    out = []
    # a subsidiary written with its group in front (甲集团|乙化学有限责任公司) goes by its own name too (乙化学)
    g = core.find("集团")
    sub = core[g + 2:] if 2 <= g and len(core) - g - 2 >= 4 else ""
    for f in (core, _LEGAL_TRADE_TAIL.sub("", core), sub):
        if len(f) >= 3 and f not in out and f not in GENERIC_WORDS and not _ORG.search(f):
            out.append(f)
    return out


# the last character of a farm product (苹果, 花椒, 马铃薯, 牛羊肉, 百合): a place in front names produce, not a firm
_FARM_PRODUCE_END = re.compile(r"[果椒菜茶米面肉蛋奶菌菇薯枣梨桃杏瓜豆麦粮蜜药参芪草花合葱蒜姜牛羊猪鸡鱼虾]$")


@functools.lru_cache(maxsize=65536)
def _origin_named(s):
    """A trade name with its place of origin in front (上海某川, 广东某图精密): a firm written as the genre writes firms
    from elsewhere, whatever its trade; not a place and a sector or product (甘肃钢铁).

    >>> _origin_named("广东青图精密"), _origin_named("甘肃钢铁"), _origin_named("张掖")
    (True, False, False)
    """
    ll = _lead_len(s)
    core = s[ll:]
    if not ll or not 2 <= len(core) <= 6 or not _HAN_ONLY.fullmatch(core) or core in GENERIC_WORDS:
        return False
    if _ORG.search(s) or _is_sector_phrase(core) or _product_vocabulary().at(core, 0) or region_index().is_region_name(core):
        return False
    if _FARM_PRODUCE_END.search(core):
        return False  # 某地苹果, 某地花椒, 某地牛羊肉: a place's produce, a brand of the land, not a firm
    # (a trade name may end like a place, 某川, 某山: with a place of origin in front it is still a firm's)
    return not (_OWNER_BAD.search(s) or _PARK_SUFFIX_RE.search(s) or _TOWNSHIP_END.search(s) or is_anonymised(s))


# what a crop is sold or made as, after the crop's name (玉米|种子, 马铃薯|种薯, 牛肉|拉面, 苹果|醋)
_CROP_MADE_END = re.compile(r"[果椒菜茶米面肉蛋奶菌菇薯枣梨桃杏瓜豆麦粮蜜参芪草花葱蒜姜子苗干汁浆酱醋粉籽]$")


def _place_lead(s):
    """The length of the place `s` starts with: a region the index reads, or a county's short name (民乐), else 0."""
    return _lead_len(s) or next((k for k in (3, 2) if len(s) - k >= 1 and region_index().by_county_short.get(s[:k])), 0)


@functools.lru_cache(maxsize=65536)
def _place_produce(s, any_word=False):
    """A place and its produce (某县|蜜瓜, 某区|牛肉, 某县|白牦牛): a brand of the land, not a firm; the place may be a
    county's short name, which the region index reads only after its parent.  With `any_word`, any bare word of two
    or three characters after the place (a dish or a crop named beside such a brand: 某地手抓).

    >>> _place_produce("民乐蜜瓜"), _place_produce("民乐青禾"), _place_produce("民乐青禾果业"), _place_produce("民乐玉米种子")
    (True, False, False, True)
    """
    ll = _place_lead(s)
    core = s[ll:]
    if not ll or not _HAN_ONLY.fullmatch(core) or _FIRM_WORD_RE.search(core) or _FIRM_WORD_END.search(core) or \
            core.endswith("药") or _LEGAL_FORM_RE.search(core):
        return False  # (某地白药: a medicine's brand is a firm's)
    if 2 <= len(core) <= 3 and (any_word or _FARM_PRODUCE_END.search(core)):
        return True
    # (a crop and what is made of it or sold of it: 某地玉米|种子, 某地马铃薯|种薯, 某地牛肉|拉面; not 某地金牛|耐材)
    return any(len(core) - j in (1, 2) and _FARM_PRODUCE_END.search(core, 0, j) and _CROP_MADE_END.search(core)
               for j in (2, 3))


# fields of the service trades the sector vocabulary does not hold, written before 业 to name an industry (养老业)
_SERVICE_WORDS = frozenset(("养老", "商务", "零售", "批发", "餐饮", "住宿", "创意", "会展", "康养", "电商", "运输", "仓储",
                            "健康", "文化", "家政", "托育", "咨询", "中介", "租赁", "广告", "传媒", "出版", "体育", "教育",
                            "培训", "医疗", "快递", "邮政", "通信", "娱乐", "休闲", "修理", "加工", "制造", "种养", "养殖"))


@functools.lru_cache(maxsize=65536)
def _firm_like(s):
    """A trade name with a trade word (三益化工, 捷安物流, 大弓农化): a firm, whatever the list says."""
    m = _FIRM_WORD_RE.search(s)
    if not m or m.start() < 2 or not _plausible_owner(s, strict=True):
        return False
    if s[-1] == "业" and any(s[-1 - k:-1] in _SERVICE_WORDS or _sector_vocabulary().at(s, len(s) - 1 - k) == s[-1 - k:-1]
                            for k in (2, 3, 4) if len(s) - 1 - k >= 0):
        return False  # 现代物流|业, 健康养老|业: a field and 业, an industry (a firm's trade before 业 is one character)
    pre = s[: m.start()]
    if _EXCEPT_WORD.search(pre):
        return False  # 不含电力、…等服务: what a sum leaves out, not a trade name
    return not _is_sector_phrase(pre)


_EXCEPT_WORD = re.compile("不含|不包括|不包含|除了")
# (the last character of a preposition or verb before a bare 公司, never of a trade name: 对|公司, 有利于|公司)
_NOT_BEFORE_FIRM = frozenset("对于给向使令让把被害强交成")
_COUNTED_FIRMS = re.compile(rf"[{_CN_NUM}几多数\d]+家")

# ============================================================================ the extractor

class _Extractor:
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
            for a in record.get("aliases") or ():
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
            parts[0] = [stripped, p0 + len(first) - len(stripped)]
        if split_and and parts:
            last, pl = parts[-1]
            # (the splitter matches one of the words of `split_and`, a |-list of literals: none in the item, no match)
            m = _and_splitter(split_and).search(last) if any(map(last.__contains__, split_and.split("|"))) else None
            if m and not (stop and ("enterprises", last) in self._seen) and \
                    not _opens_with_place(last[m.start():], len(m.group())):  # (a firm's name: 某县泰和兰炭有限公司)
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
        refs = Counter({suf: 0 for suf in "区县市省"})
        # (refs.update(_SELF_REF.findall(text)), from the places of 全, 我 and 本: the two characters of a match
        # come from disjoint sets, so matches never overlap and each such place followed by a suffix is one)
        text = self.text
        for lead in "全我本":
            i = text.find(lead)
            while i >= 0:
                suf = text[i + 1:i + 2]
                if suf and suf in refs:
                    refs[suf] += 1
                i = text.find(lead, i + 1)
        suf, n = refs.most_common(1)[0]
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

    # ------------------------------------------------------------------ parks
    def _region_prefix(self, name):
        """The region a park's name starts with (张掖经开区 -> 张掖市; 华亭工业园区 -> 华亭市)."""
        try:
            return self._prefix_cache[name]
        except KeyError:
            r = self._region_prefix_uncached(name)
            self._prefix_cache[name] = r
            return r

    def _region_prefix_uncached(self, name):
        for s, e, rn in self.region_scan(name):
            if s == 0:
                r = self.resolve_region(rn)
                if r is not None:
                    return r
            break
        for n in (3, 2):
            cands = self.regions.with_county_suffix(name[:n])
            # (an autonomous county by its short name: 天祝|工业园区 for 天祝藏族自治县, 张家川|… for 张家川回族自治县)
            cands = cands or [r for r in self.regions.by_county_short.get(name[:n], ()) if r.name.endswith(("自治县", "自治旗"))]
            for r in cands:
                if r.adcode[:2] in self.provinces:
                    return r
            if len(cands) == 1 and not self.provinces:
                return cands[0]  # a text that names no province: a county named so nowhere else (华亭工业园区)
        return None

    def _place_like(self, name):
        """A park name's place: a region, an anonymised place (xx), or a region's initial and a direction (嘉北)."""
        if self._region_prefix(name) is not None or _ANON_PLACE.match(name):
            return True
        if len(name) >= 3 and name[0] in self.region_initials and name[1] in "东西南北中":
            return True
        return self._township_prefix(name)

    def _township_prefix(self, name):
        """True when `name` starts with a township: written in it (某某镇工业园) or named so in the text
        (某某特色产业园区 where the text also writes 某某镇); townships are below the region index."""
        if self._townships is None:
            text = self.text
            # (_TOWNSHIP matches one character, 镇 or 乡: tried only where one stands, the matches are its finditer's)
            self._townships = {text[m.start() - k: m.start()]
                               for m in _finditer_at(_TOWNSHIP, text, _literal_starts(text, "镇乡"))
                               for k in (2, 3) if m.start() >= k and text[m.start() - 1: m.end()] not in _NOT_TOWNSHIP}
        for k in (2, 3):
            place = name[:k]
            if len(name) > k + 2 and name[k] in "镇乡" and name[k - 1: k + 1] not in _NOT_TOWNSHIP or \
                    place in self._townships:
                if _HAN_ONLY.fullmatch(place) and not _GENERIC_PARK.match(place + "园区"):
                    return True
        return False

    @staticmethod
    def _generic_theme(own, type_word):
        """True when `own` + `type_word` is made of generic words only (智慧化工园区, 绿色低碳工业园区)."""
        # (_GENERIC_THEME's names end in 园区)
        return bool(_GENERIC_PARK.match(own + type_word) or "园区" in own + type_word and _GENERIC_THEME.match(own + type_word))

    def _park_parts(self, name):
        parts, pos = [], 0
        for m in _PARK_SUFFIX_RE.finditer(name):
            if m.end() <= pos:
                continue
            parts.append(name[pos:m.end()])
            pos = m.end()
        return parts

    def _coordinated_parks(self, type_start, type_word):
        """Parks written as a list of places before 等/N个 and one type (东城、西城、南城3个工业集中区).

        Returns the ``(place, position)`` items, or [] when the type is not preceded by such a list.
        """
        lo = max(0, type_start - 8)  # (a match holds 等 or 个: without one there, none)
        if self.text.find("等", lo, type_start) < 0 and self.text.find("个", lo, type_start) < 0 or \
                not (g := _PARK_LIST_TAIL.search(self.text, lo, type_start)):
            return []
        cs = self.clause_start(type_start)
        cs = max(cs, type_start - 200)
        before = self.text[cs:type_start]
        # (_PARK_LIST_TAIL.search(before): a match ends where g does; one that starts before g, found after lo, would
        # run through g's first character and the one before it, in the window, and match there too: only a match
        # found at lo may have an earlier start; so the search starts at g, or at cs when that is later)
        t = _PARK_LIST_TAIL.search(self.text, max(cs, g.start()) if g.start() > lo else cs, type_start)
        if not t:
            return []
        t_start = t.start() - cs
        # the list starts after the last park of the clause: 以甲县、乙县2个省级工业园区和|东城、西城…
        last = None
        # (every park type holds 园 or 区: without one, no match)
        for last in _PARK_SUFFIX_RE.finditer(before, 0, t_start) if before.find("园", 0, t_start) >= 0 or \
                before.find("区", 0, t_start) >= 0 else ():
            pass
        start = cs
        if last is not None:
            start = cs + last.end()
            # (the match re.match gives on text[start:], without copying the rest of the text; its end is absolute)
            m = _PARK_LIST_AND.match(self.text, start)
            if m:
                start = m.end()
        items = []
        for item, p in self.list_items(start, cs + t_start, split_and=False, cut=False):
            while not items and (lm := _PARK_LEAD_RE.match(item)) and len(item) - lm.end() >= 2 and \
                    self._region_prefix(item) is None:
                item, p = item[lm.end():], p + lm.end()  # (规划建设|甲、乙、丙3个产业园: the verb of the clause)
            if not (1 <= len(item) <= 6) or not re.fullmatch(rf"[{H}]+", item):
                return []
            items.append((item, p))
        return items if len(items) >= 2 else []

    def find_parks(self):
        text = self.text
        # (every branch of _ADDRESS holds 地址: a text without it has no address; a line break found in the last
        # 30 characters is the one rfind over the whole line would give, and none there leaves s - 30)
        has_address = "地址" in text
        for m in _park_matches(text):
            raw = m.group(0)
            s = m.start()
            if has_address and _ADDRESS.search(text, max(0, text.rfind("\n", max(0, s - 30), s), s - 30), s):
                continue  # 地址:某市某某新区某某大道1号: a postal address (a site footer), not a park
            first_suffix = _PARK_SUFFIX_RE.search(raw)
            type_start = s + first_suffix.start()
            # 东城、西城、南城3个工业集中区: one park per place of the list
            coord = self._coordinated_parks(type_start, first_suffix.group(0))
            if coord:
                tw = first_suffix.group(0)
                for place, p in coord:
                    name = place + tw
                    r = self._region_prefix(name)
                    self.add("parks", name, {"name": name, "parent": None, "region": r.name if r else None,
                                             "written": place, "evidence": [self.ev(p, type_start + len(tw), 0.7)]})
                    self._park_starts.add(p)
                self._park_ends[type_start + len(tw)] = name
                continue
            cut = _boundary_cut_before(raw, first_suffix.start())
            self._park_name(raw[cut:], s + cut, raw[:cut])
        self._vouch_parks()

    @staticmethod
    def _subpark_follows(rest):
        """True when `rest`, written right after a park's name, is a park inside it (…|化工园区, …|光电产业园)."""
        m = _PARK_SUFFIX_RE.search(rest)
        if m is None:
            return False
        own = rest[: m.start()]
        lead = _LEAD_RE.match(own)
        return len(own) <= 12 and not (_CUT_RE.search(own) or _PARK_BOUNDARY_RE.search(own) or _VERBISH.search(own)
                                       or _COUNT.search(own) or _RANK.match(own) or lead and len(lead.group()) >= 2)

    def _vouch_parks(self):
        """Take the parks put aside for want of a place (稀土高新区, 铝产业园) that the text shows to be parks:
        listed next to a park (甲高新区、某某工业园区和乙工业园区; 下辖铝产业园、新材料产业园), given a
        management body of their own (某某工业园区管委会), written with a park inside them (甲经济开发区化工园区),
        named as where something stands (位于|落户|入驻 甲工业园区), filling a table cell (the site column of a
        project table), or written again where one of those holds."""
        text = self.text
        changed = True
        while changed and self._deferred:
            changed = False
            rest = []
            for item in self._deferred:
                first, s, name, cut_word = item
                e = s + len(first)
                if first in self._vouched or _PARK_OFFICE.match(text, e) or (
                        s > 0 and text[s - 1] in "、和与及" and s - 1 in self._park_ends) or (
                        text[e:e + 1] in ("、", "和", "与", "及") and e + 1 in self._park_starts) or \
                        self._subpark_follows(name[len(first):]) or _SITED_IN.search(cut_word) or (
                        s > 0 and text[s - 1] == "\t" and text[e:e + 1] in ("\t", "\n", "")) or \
                        self._park_made_of(s):
                    self._vouched.add(first)
                    self._park_name(name, s, cut_word)
                    changed = True
                else:
                    rest.append(item)
            self._deferred = rest

    def _park_made_of(self, s):
        """True when the park at `s` opens the list of the parks another park of the same line is made of (甲高新区。
        由|乙工业园、丙工业园组成; 甲工业园区,位于某县,下设|乙工业园)."""
        text = self.text
        w = _PARK_MADE_OF.search(text, max(0, s - 3), s)
        if w is None:
            return False
        ls = max(text.rfind("\n", 0, s) + 1, s - 80)
        return any(pe in self._park_ends for pe in range(ls, w.start() + 1))

    def _listed_subparks(self):
        """The parks of a 一区N园 list: 甲园区下设A园、B园和C园N个园区 (their own names end in 园)."""
        text = self.text
        # (the list ends before 个园 or 大园: every 园 with 个 or 大 before it)
        for ts in [k - 1 for k in _literal_starts(text, "园") if k and text[k - 1] in "个大"]:
            m = _SUBPARK_COUNT.search(text, max(0, ts - 6), ts)
            if not m:
                continue
            cs = self.clause_start(m.start())
            seg = text[cs:m.start()]
            pm = _SUBPARK_VERB.search(seg)
            start = cs + pm.end() if pm else cs
            parent = self.park_in(cs, start) if pm else None
            self._add_subpark_items(start, m.start(), parent)
        # the list after its count: 甲园区(一区N园:A园、B园、C园); the parent is the park right before the (
        for m in _SUBPARK_COLON.finditer(text):
            end = _SUBPARK_COLON_END.search(text, m.end(), m.end() + 120)
            if end is None:
                continue
            o = m.start() - 1
            o -= text[o:o + 1] in "“\""
            parent = None
            if text[o:o + 1] == "(":
                parent = self._park_ends.get(o) or next(
                    (p["name"] for p in self.x.parks if text.startswith(p["name"], o - len(p["name"]), o)), None)
            elif text[m.end() - 1] != ":":  # (甲园区实行“一区三园”…即: the zone the clause is about)
                parent = self.park_in(self.clause_start(o + 1), o + 1)
            self._add_subpark_items(m.end(), end.start(), parent)

    def _add_subpark_items(self, start, end, parent):
        """Add the …园 items of the list in ``[start, end)`` as parks inside `parent`; a park written in a
        parenthesis right after one of them (A园(甲经济开发区)) is the same park under its other name."""
        text = self.text
        for item, p in self.list_items(start, end, cut=False, split_and="和|及"):
            item = _strip_lead(item, cut=False)
            if item.endswith("园") and 3 <= len(item) <= 14 and _HAN_ONLY.fullmatch(item) and \
                    not _GENERIC_PARK.match(item):
                known = self._seen.get(("parks", item))
                if known is None:
                    self.add("parks", item, {"name": item, "parent": parent, "region": None,
                                             "evidence": [self.ev(p, p + len(item), 0.7)]})
                elif parent and not known["parent"] and known["name"] == item and parent != item:
                    known["parent"] = parent  # found on its own first (after 下设), placed by the list
                rec = self._seen[("parks", item)]
                k = text.find(item + "(")
                while k >= 0:
                    o = k + len(item)
                    c = text.find(")", o, o + 24)
                    other = self._seen.get(("parks", text[o + 1:c])) if c > 0 else None
                    if other is not None and other is not rec and other in self.x.parks:
                        rec.setdefault("aliases", [])
                        rec["aliases"].append(other["name"])
                        rec["evidence"].extend(other["evidence"][:2])
                        self.x.parks.remove(other)
                        self._seen[("parks", other["name"])] = rec
                    k = text.find(item + "(", o)

    def _park_name(self, name, s, cut_word=""):
        """Check one park name written at `s` and add it with the sub-parks written after it."""
        text = self.text
        declared = None
        # 某某开发区(以下简称“某某经开区”) (a match holds 简称)
        dm = _DECLARED.search(text, max(0, s - 8), s) if text.find("简称", max(0, s - 8), s) >= 0 else None
        if dm:
            declared = self._park_ends.get(dm.start())
        while True:  # lead words, as long as a name is left
            lm = _PARK_LEAD_RE.match(name) if name[:1] in _PARK_LEAD_FIRST else None
            if not lm or len(name) - lm.end() < 2 or not _PARK_SUFFIX_RE.search(name, lm.end()):
                break
            if name[0] in _BOUNDARY_CHAR_SET and _REGIONS_WITH_BOUNDARY.match(name):
                break  # 和林格尔新区: the place's own first character, not the word 和
            name, s = name[lm.end():], s + lm.end()
        if name[:1] in "含设" and text[s - 1: s] in "(,;:" and name[:2] not in _NOT_CONTAINS and \
                _PARK_SUFFIX_RE.search(name, 3):
            # 甲开发区(含|乙工业园、丙工业园), 按一区两园布局,设|甲经开区乙产业园: the zone's parks, listed
            name, s = name[1:], s + 1
        if name.endswith("集聚区") and text[s - 1: s] in ("是", "为"):
            return  # 甲园区是|某区农产品加工业集聚区, 乙开发区成为|全省化工集聚区: what the park is, not a name
        bad = _BAD_START.match(name) if name[:1] in _BAD_START_FIRST else None
        if bad and _PARK_SUFFIX_RE.search(name[bad.end():]):
            name, s = name[bad.end():], s + bad.end()
        for sm in _PARK_SUBJECT.finditer(name, 2, 12) if "发展" in name or "布局" in name else ():
            if _PARK_SUFFIX_RE.search(name, sm.end()) and not _PARK_SUFFIX_RE.search(name, 0, sm.start()):
                name, s = name[sm.end():], s + sm.end()  # 某区重点发展|某区汽车零部件产业园: the subject, then the park
            break
        rp = _PARK_REGION_TWICE.match(name) if name[2:3] in _CITY_CHARS or name[3:4] in _CITY_CHARS else None
        if rp and _PARK_SUFFIX_RE.search(name, rp.end()):
            name, s = name[rp.end():], s + rp.end()  # 某某市|某某高新区: the city, then the park named after it
        if not name or text[s + len(name): s + len(name) + 1] in _IN_FIRM_NAME_FIRST and \
                _IN_FIRM_NAME.match(text, s + len(name)):
            return  # (某某新区|开发建设有限公司: a firm named after the zone, not the zone)
        if name.endswith("新区") and any(self.regions.is_region_name(name[k:]) and (k == 0 or self.regions.knows(name[:k]))
                                          for k in range(0, len(name) - 3)):
            return  # 某市|某某新区 that is a district of the city (浦东新区): a place, not a park
        # 化工产业集中区 is a zone's designation of its own (依托…化工产业集中区)
        # (a county the text names in full whose name starts like a generic word, 全椒经济开发区, names a park)
        if (_GENERIC_PARK.match(name) or "园区" in name and _GENERIC_THEME.match(name)) and name != "化工产业集中区" and \
                getattr(self._region_prefix(name), "name", None) not in self.region_counts:
            return
        # (以下简称X) right after a park: X is that park's short name, a park whatever it holds
        if declared and declared != name:
            self._park_short.setdefault(name, declared)
            self._vouched.add(name[: _PARK_SUFFIX_RE.search(name).end()])
        if name[:1] in "年月日" and text[s - 1: s].isdigit() and len(name) > 3:
            name, s = name[1:], s + 1  # 2023年|甲工业园: the date before the name
        # a zone's designation, then a park in it named after its place (某某循环经济试验区|格尔木工业园)
        ft = _PARK_SUFFIX_RE.search(name)
        zone = _ZONE_BEFORE_PLACE.match(name, 0, ft.start()) if ft and name.find("区", 0, ft.start()) >= 0 else None
        if zone and self._region_prefix(name[zone.end():]) is not None:
            name, s = name[zone.end():], s + zone.end()
            ft = None  # (the name changed: its first type is searched again below)
        # where a region name stands inside the prefix, the park's name starts there
        for rs, _re, rn in self.region_scan(name):
            # (贺兰山东麓, 祁连山南麓, 黄河南岸: a mountain or a river and its side, not a province or a city in it)
            if 0 < rs < _PARK_SUFFIX_RE.search(name).start() and not re.search(r"[xX]$", name[:rs]) and \
                    not _FEATURE_SIDE.match(name, rs):
                s += rs
                name = name[rs:]
                ft = None
            break
        first_type = ft if ft is not None else _PARK_SUFFIX_RE.search(name)
        own = name[: first_type.start()]
        tw = first_type.group(0)
        if not own and tw != "化工产业集中区":
            rest = name[first_type.end():]
            if rest and self._subpark_follows(rest):
                self._park_name(rest, s + first_type.end())  # 高新区|甲工业园: the park inside the zone
            elif rest and 0 < (cut := _boundary_cut(rest)) < len(rest):
                self._park_name(rest[cut:], s + first_type.end() + cut, rest[:cut])  # 经开区下辖|甲工业园区
            return
        wide = text[self.wide_clause_start(s, max(0, s - 60)):s]
        end_of_first = s + first_type.end()
        # an honour or a designation, not a park (被评为国家绿色工业园区…等称号; …低碳园区试点); a park
        # followed by the kind it is certified as (甲工业园|化工园区认定) is still a park
        # (every word of _PARK_HONOUR_BEFORE holds 获, 为, 授 or 选: a wide clause without them is not searched)
        if ("获" in wide or "为" in wide or "授" in wide or "选" in wide) and _PARK_HONOUR_BEFORE.search(wide) or \
                text[s - 1: s] == "、" and _PARK_HONOURS_BEFORE.search(
                text, self.wide_clause_start(s), s):
            return  # (先后获评甲示范基地、乙试点园区、…、丙省绿色化工园区: the last of a long list of honours)
        if text[s + len(name): s + len(name) + 1] in _HONOUR_AFTER_FIRST and \
                _PARK_HONOUR_AFTER.match(text, s + len(name)):
            parts = self._park_parts(name)
            last = _PARK_SUFFIX_RE.search(parts[-1])
            if len(parts) < 2 or not self._generic_theme(parts[-1][: last.start()], last.group(0)):
                return
            name = name[: len(name) - len(parts[-1])]
            # (甲工业集中区|化工园区认定: the text vouches that 甲工业集中区 is a park, wherever it is written)
            self._vouched.add(parts[0])
        region = self._region_prefix(name)
        if ("各" in own or "所" in own or "全" in own or "其" in own) and _PARKS_QUANTIFIED.search(own):
            return  # 甲市各工业园区, 会同|各专业园区 (a verb read as a county): every park of a kind, none named
        if region is None and _PARK_MODE.search(own) and name[:end_of_first - s] not in self._vouched:
            return  # 与东部地区合作产业园, 对口帮扶产业园: a way of building parks with partners, not a named park
        # a count makes a category of parks (某市5个工业集中区; 建成2-3个…示范园区; 甲乙两地开发区), and so does
        # a batch (某省首批国家级高新区, 第二批省级开发区)
        # (a match of _COUNT ends with 个, 家, 大 or 地: a span without them is not searched)
        if ("个" in own or "家" in own or "大" in own or "地" in own) and _COUNT.search(own) or (
                region is None and ("个" in wide or "家" in wide or "大" in wide or "地" in wide) and
                _COUNT.search(wide)) or ("批" in own or "亿" in own) and _PARK_BATCH.search(own):
            self.category_parks.add(name[: _PARK_SUFFIX_RE.search(name).end()])
            return
        # 张掖市开发区, 平凉市工业园区: the parks of a city, not one park; so is a bare 园区 after the city's
        # short name (甲县产业园区与某某园区错位发展)
        # (甲省省级开发区, 乙市国家级开发区: a rank between the place and the type, still the kind of zone)
        rk = _RANK.search(own, len(own) - 3) if "级" in own else None
        own_r = own[: rk.start()] if rk and rk.end() == len(own) else own
        if region is not None and (own_r == region.name or tw == "园区" and own_r == region.name[:-1]) and \
                region.level != "county" and (tw in ("开发区", "工业园区", "工业集中区", "园区", "产业园区") or
                                              own_r != own and region.level == "province" and tw in _PLACE_TYPES):
            return
        # 甲市、…、乙市应急物流园区; 甲市、乙市国家级开发区: the same kind of park in several places
        if s > 0 and text[s - 1] == "、" and region is not None:
            prev_item = text[self.clause_start(s - 1): s - 1].split("、")[-1]
            if self.regions.knows(_strip_lead(prev_item, cut=False)):
                return
        # 省级农业科技产业园: a kind of park, not a named one
        if region is None and re.match(r"省级|国家级|市级|县级", own):
            return
        # a type that needs a place (开发区, 工业园区, 园区) with a theme or a phrase in front: generic, unless
        # the text vouches for the name (see _vouch_parks)
        first_name = name[:end_of_first - s]
        vouched = first_name in self._vouched
        # (磷石膏综合利用产业园, 热管理系统产业园: a theme, a product, not a verb phrase)
        own_verb = own.replace("综合利用", "").replace("管理系统", "")
        if region is None and not vouched and not self._place_like(name) and (
                tw in _PLACE_TYPES or tw == "园区" or _VERBISH.search(own_verb)) and not (
                _PARK_SUBJECT.match(text, s + len(name)) and self.clause_start(s) == s
                and 2 <= len(own) <= 6 and not _VERBISH.search(own_verb)):
            lead = _LEAD_RE.match(own)
            if not (_VERBISH.search(own_verb) or _CUT_RE.search(own) or lead and len(lead.group()) >= 2) and \
                    _HAN_ONLY.fullmatch(own) and not _LEVEL_ONLY.fullmatch(own):
                self._deferred.append((first_name, s, name, cut_word))
            return
        if self.regions.knows(name[:end_of_first - s]):
            return  # 浦东新区: a district, not a park
        # 智能制造和大数据产业园: two parks of one type
        # (甲和某地工业园区: a park named after its place shares its type with no theme)
        if cut_word.endswith("和") and region is None:
            theme = _strip_lead(cut_word[:-1].split("、")[-1])
            theme_start = s - 1 - len(theme)
            if 2 <= len(theme) <= 8 and _HAN_ONLY.fullmatch(theme) and not _PARK_SUFFIX_RE.search(theme) \
                    and not self.region_scan(theme) and not _THEME_NOT.search(theme) and \
                    not (_LEAD_RE.fullmatch(theme) or _CUT_RE.search(theme) or _VERBISH.search(theme)):
                # (推动|和平产业园: a verb before a place that starts with 和, no theme of a second park)
                tname = theme + tw
                self.add("parks", tname, {"name": tname, "parent": None, "region": None,
                                          "written": theme + cut_word[-1] + name,
                                          "evidence": [self.ev(theme_start, s + len(name), 0.6)]})
        parts = self._park_parts(name)
        # 某高新区|钛产业园: a park named by one word of its trade, written right after the zone it is in
        parent = self._park_ends.get(s) if len(own) == 1 and _HAN_ONLY.fullmatch(own) and \
            own not in _NOT_TRADE_CHARS else None  # (not 某高新区|内|产业园: where, no name)
        acc = ""
        pos = s
        for i, p in enumerate(parts):
            ptype = _PARK_SUFFIX_RE.search(p)
            p_own = p[: ptype.start()]
            masked_own = p_own
            for w in _BOUNDARY_EXCEPTIONS:
                masked_own = masked_own.replace(w, "")
            if i and (_CUT_RE.search(p_own) or any(w in masked_own for w in _PARK_BOUNDARY) or
                      _LEAD_RE.match(p_own) and len(_LEAD_RE.match(p_own).group()) >= 2 or _COUNT.search(p_own) or
                      _VERBISH.search(p_own) or _RANK.match(p_own)):
                # 某某新区|加快推进精细化工产业园, 某某经开区|创建国家级经济技术开发区: a new name, not a sub-park
                rest = name[len(acc):]
                cut = _boundary_cut(rest)  # 某某园区|下设|甲产业园: the new name starts after the boundary word
                self._park_name(rest[cut:], pos + cut, rest[:cut])
                break
            if i and p_own and self._generic_theme(p_own, ptype.group(0)):
                break  # 某某高新区|智慧化工园区(综合管理平台): a kind of park, not a sub-park
            acc += p
            prefix_region = self._region_prefix(acc)
            if parent is None and prefix_region is None and len(p_own) < 2 and not self._place_like(acc) \
                    and p != "化工产业集中区" and acc not in self._vouched:
                if not i and _HAN_ONLY.fullmatch(p_own) and not _LEVEL_ONLY.fullmatch(p_own):
                    self._deferred.append((acc, s, name, cut_word))
                break
            rec = {"name": acc, "parent": parent, "region": prefix_region.name if prefix_region else None,
                   "evidence": [self.ev(s, s + len(acc), 0.85 if prefix_region or parent else 0.6)]}
            if parent is not None and len(p) >= 4:
                rec["aliases"] = [p]
            self.add("parks", acc, rec)
            self._park_starts.add(s)
            self._park_ends[s + len(acc)] = acc
            parent = acc
            pos = s + len(acc)

    def finish_parks(self):
        self._park_index = None
        self._listed_subparks()
        self._park_index = None
        # a short name the text declares (甲新技术开发区(以下简称甲高新区)) is the park's alias
        for short, full in self._park_short.items():
            rec, frec = self._seen.get(("parks", short)), self._seen.get(("parks", full))
            if rec is None or frec is None or rec is frec:
                continue
            frec.setdefault("aliases", [])
            if short not in frec["aliases"]:
                frec["aliases"].append(short)
            frec["evidence"].extend(rec["evidence"][:2])
            self.x.parks.remove(rec)
            self._seen[("parks", short)] = frec
            for p in self.x.parks:
                if p["parent"] == short:
                    p["parent"] = frec["name"]
        # a province or city with its city in brackets in front (甲省(乙市)新材料产业园): the park's full name;
        # so is a place with a scope in brackets (甲市(国际)农业科技产业园) or joined by a dot (甲市·乙科技产业园)
        for p in self.x.parks:
            e = p["evidence"][0]["start"]
            if p["parent"] or p["region"] or self.text[e - 1: e] not in (")", "·"):
                continue
            if self.text[e - 1] == "·":
                o, inner = e - 1, None
            else:
                bm = _PARK_BRACKET_PLACE.search(self.text, max(0, e - 7), e)
                inner = bm.group(1) if bm else None
                o = bm.start() if bm and (self.regions.knows(inner) or inner == "国际" or _GEO_WORD.fullmatch(inner)) \
                    else 0
            ps = next((o - n for n in (2, 3) if o >= n and self.regions.knows(self.text[o - n: o])), None)
            if ps is not None:
                name = self.text[ps:e] + p["name"]
                self._seen[("parks", name)] = p
                place = inner if inner and self.regions.knows(inner) else self.text[ps:o]
                p["name"], p["region"] = name, getattr(self._region_prefix(place), "name", None)
                p["evidence"][0] = self.ev(ps, p["evidence"][0]["end"], p["evidence"][0]["confidence"])
        # a theme-only name the text also counts (3个农业科技示范园区) names the kind, not a park
        for p in list(self.x.parks):
            if not p["region"] and not p["parent"] and p["name"] in self.category_parks:
                self.x.parks.remove(p)
                del self._seen[("parks", p["name"])]
        # a name cut after a one-character boundary word that starts the place's name (推进将|军某产业园: the text
        # also writes 将军某产业园) is that park
        by_name = {p["name"]: p for p in self.x.parks}
        # (the names one boundary character longer, by what follows that character: c + name is in by_name only
        # where c is in firsts.get(name); the characters are still tried in the order of _PARK_BOUNDARY_CHARS)
        firsts = {}
        for n in by_name:
            if n[:1] in _BOUNDARY_CHAR_SET:
                firsts.setdefault(n[1:], set()).add(n[0])
        for p in list(self.x.parks):
            cs = firsts.get(p["name"])
            f = next((by_name[c + p["name"]] for c in _PARK_BOUNDARY_CHARS if c in cs), None) if cs else None
            if f is not None and f is not p:
                f["evidence"].extend(p["evidence"][:2])
                self.x.parks.remove(p)
                self._seen[("parks", p["name"])] = f
        # a bare name (智能制造产业园) that ends a fuller one (张掖智能制造产业园) is the same park
        full = [p for p in self.x.parks if p["region"] or p["parent"]]
        for p in list(self.x.parks):
            if p["region"] or p["parent"]:
                continue
            owner = [f for f in full if f["name"].endswith(p["name"]) and f["name"] != p["name"]]
            if owner and all(_PARK_AT_END.search(self.text, max(0, e["start"] - 8), e["start"]) for e in p["evidence"]):
                continue  # 经开区|汽车零部件产业园: the zone's own park, written after the zone, not 甲县汽车零部件产业园
            if len(owner) == 1:
                self._absorb_park(owner[0], p)
                # 甲县某某产业园, written bare elsewhere too: the county places the park, the bare form names it
                full_name = owner[0]["name"]
                r = self._region_prefix(full_name)
                if owner[0]["parent"] is None and r is not None and r.level == "county" and \
                        full_name == r.name + p["name"]:
                    owner[0]["name"] = p["name"]
                    owner[0]["aliases"] = [a for a in owner[0]["aliases"] if a != p["name"]] + [full_name]
                    for c in self.x.parks:
                        if c["parent"] == full_name:
                            c["parent"] = p["name"]
        # one park under two names: its long and short forms (张掖经济技术开发区, 张掖经开区), and (以下简称X)
        from chainatlas.ontology.resolution import park_key

        by_key = {}
        for p in list(self.x.parks):
            k = park_key(_NATIONAL.sub("", p["name"]))  # 某地国家高新区 is 某地高新区
            first = by_key.setdefault(k, p)
            if first is not p:
                self._absorb_park(first, p)
        # a zone's park written again under another form of the zone (宜宾三江新区动力电池产业园 and 三江新区动力电池产业园:
        # the zone's alias) or with the zone's place only (射洪经济技术开发区锂电产业园 and 射洪锂电产业园): one park
        recs = {p["name"]: p for p in self.x.parks}
        forms = {}
        for p in self.x.parks:
            parent = recs.get(p["parent"]) if p["parent"] else None
            if parent is None or not p["name"].startswith(parent["name"]):
                continue
            sub = p["name"][len(parent["name"]):]
            for zone in [parent["name"], *parent.get("aliases", ())]:
                zt = _PARK_SUFFIX_RE.search(zone)
                for f in (zone + sub, zone[: zt.start()] + sub if zt and zt.start() >= 2 else None):
                    if f and f != p["name"]:
                        forms.setdefault(f, p)
        for p in list(self.x.parks):
            f = forms.get(p["name"])
            if f is None or f is p or f not in self.x.parks or any(c["parent"] == p["name"] for c in self.x.parks):
                continue
            self._absorb_park(f, p)
        # 甲园区 (a park counted in a list, 甲、乙、丙三个园区) beside 甲工业园区 or 甲产业园: one park, the bare type
        # the short way to write it
        by_own = {}
        for p in self.x.parks:
            for n in {p["name"], *p.get("aliases", ())}:
                for suffix in _PARK_GARDEN_TYPES:
                    if n.endswith(suffix) and len(n) - len(suffix) >= 2:
                        if p not in by_own.setdefault(n[: -len(suffix)], []):
                            by_own[n[: -len(suffix)]].append(p)
                        break
        for p in list(self.x.parks):
            if not p["name"].endswith("园区") or p["name"].endswith(_PARK_GARDEN_TYPES[:-1]):
                continue
            own = p["name"][:-2]
            fuller = [f for f in by_own.get(own, ()) if f is not p and f in self.x.parks]
            if len(fuller) != 1 or any(c["parent"] == p["name"] for c in self.x.parks):
                continue
            f = fuller[0]
            if not f.get("parent") and p.get("parent"):
                f["parent"] = p["parent"]
            self._absorb_park(f, p)
        # the document's park: a park named in the title
        if self.x.parks:
            in_title = [p["name"] for p in self.x.parks if p["name"] in self.x.title and not p["parent"]]
            if in_title:
                self.x.scope["park"] = in_title[0]
        self.park_names = {p["name"] for p in self.x.parks} | {a for p in self.x.parks for a in p.get("aliases", ())}
        # the places the parks are named after (甲 of 甲产业园), two characters or more: a dash run of them is no chain
        self.park_places = {n[: m.start()] for n in self.park_names if (m := _park_suffix_in(n, 0, len(n))) is not None
                            and m.start() >= 2 and _HAN_ONLY.fullmatch(n, 0, m.start())}

    def _absorb_park(self, into, p):
        """`p` is another name of the park `into`: its name becomes an alias, two of its evidence spans go with it."""
        into.setdefault("aliases", [])
        if p["name"] not in into["aliases"]:
            into["aliases"].append(p["name"])
        into["evidence"].extend(p["evidence"][:2])
        self.x.parks.remove(p)
        self._seen[("parks", p["name"])] = into

    def park_in(self, start, end):
        """The first park (in the order found) with evidence in ``[start, end)``."""
        if self._park_index is None:
            entries = sorted((ev["start"], i, p["name"]) for i, p in enumerate(self.x.parks) for ev in p["evidence"])
            self._park_index = ([e[0] for e in entries], entries)
        starts, entries = self._park_index
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if lo >= hi:
            return None
        return min(entries[lo:hi], key=lambda e: e[1])[2]

    # ------------------------------------------------------------------ industries
    def find_industries(self):
        text = self.text
        for key in re.finditer("产业", text):
            ks = key.start()
            w = text[max(0, ks - 6):ks]  # _INDUSTRY_GROUP's 大|个|条 stands at most 5 characters before the end
            if "大" not in w and "个" not in w and "条" not in w:
                continue
            m = _INDUSTRY_GROUP.search(text, max(0, ks - 12), ks)
            if not m:
                continue
            j = m.start()
            if j and self.text[j - 1] == "”":
                j -= 1
            k = j
            while k > 0 and j - k < 120 and (self.text[k - 1] in "、和" or _HAN_CHAR.match(self.text, k - 1)):
                k -= 1
            if j - k < 4 or (k > 0 and self.text[k - 1] in "—-→~"):
                continue  # “…—复合材料制品”两条产业链: chain steps, not industries
            group = text[m.start(): key.end() + (1 if text.startswith("链", key.end()) else 0)]
            items = re.split(r"[、,]", self.text[k:j])
            n = _cn_number(m.group("n"))
            if n and len(items) == n - 1 and "和" in items[-1]:
                items[-1:] = items[-1].split("和", 1)  # …甲、乙、丙、丁、戊和己6个基础性产业: six, not five
            for item in items:
                item = item.strip("“”")
                for _ in range(3):
                    item = _strip_lead(item, cut=False)
                    item = _INDUSTRY_ITEM_LEAD.sub("", item)
                item = _INDUSTRY_ITEM_TAIL.sub("", item)
                if 2 <= len(item) <= 12 and not _TM_DIGIT.search(item) and not _PARK_SUFFIX_RE.search(item):
                    self.add("industries", item, {"name": item, "group": group,
                                                  "evidence": [self.ev(k, key.end(), 0.8)]})
        # “2+6”现代产业体系 / “2+4”现代化产业集群: the system the groups make up
        systems = [m for m in (_INDUSTRY_SYSTEM.match(text, p.start() - 1) for p in re.finditer(r"\+", text)
                               if p.start() > 0) if m]
        system_starts = [m.start() for m in systems]
        for m in systems:
            sys_name = m.group("sys")
            for rec in self.x.industries:
                if rec.get("group") and not rec.get("system") and rec["evidence"][0]["start"] < m.start() and \
                        m.start() - rec["evidence"][0]["start"] < 400:
                    rec["system"] = sys_name
        # a chain named by its industry, with its output (某某新材料产业链120亿元): an industry of the text
        for m in _NAMED_CHAIN.finditer(self.text):
            cs = self.clause_start(m.start())
            run = _HAN_RUN_END.search(self.text, max(cs, m.start() - 14), m.start())
            if not run:
                continue
            name = _strip_lead(run.group().strip("“”"), cut=False)
            if 2 <= len(name) <= 14:
                system = None
                # the last system that starts in the 300 characters before (systems are in text order)
                k = bisect.bisect_left(system_starts, m.start()) - 1
                if k >= 0 and system_starts[k] >= m.start() - 300:
                    system = systems[k].group("sys")
                self.add("industries", name, {"name": name, "group": "产业链", "system": system,
                                              "evidence": [self.ev(m.start() - len(name), m.end(), 0.8)]})
        for m in self.task_matches():
            t = _INDUSTRY_IN_TITLE.search(m.group("title"))
            if t:
                name = t.group("name")
                self.add("industries", name, {"name": name, "group": None,
                                              "evidence": [self.ev(m.start("title"), m.end("title"), 0.7)]})
        self.industry_names = sorted({i["name"] for i in self.x.industries}, key=len, reverse=True)

    def industry_near(self, pos):
        """The industry named nearest before `pos` in its sentence, else in its paragraph."""
        if not self.industry_names:
            return None  # (no name to look for: both searches below find nothing)
        sent = _sentence_at(self.sentences, pos, self.sentence_starts)
        if sent:
            head = sent[2][max(0, pos - sent[0] - 300): pos - sent[0]]
            names = [n for n in self.industry_names if n in head]
            if names:
                return max(names, key=lambda n: (head.rfind(n), len(n)))
        para_start = max(self.text.rfind("\n", 0, pos) + 1, pos - 1500)
        para_end = self.text.find("\n", pos, pos + 1500)
        para = self.text[para_start: para_end if para_end >= 0 else min(len(self.text), pos + 1500)]
        rel = pos - para_start
        best = None  # (rank, name): nearest mention before pos, else the first after it
        for n in self.industry_names:
            i = para.rfind(n, 0, rel + 1)
            if i >= 0:
                rank = (0, rel - i)
            else:
                i = para.find(n, rel)
                if i < 0:
                    continue
                rank = (1, i - rel)
            if best is None or rank < best[0]:
                best = (rank, n)
        return best[1] if best else None

    # ------------------------------------------------------------------ chains
    def _add_chain(self, steps, start, end, conf, form):
        c = parse_chain(steps)
        if len(c["links"]) < 2:
            return
        name = "—".join(steps)
        # a chain written again with or without its parentheses (煤(炭)—发电, later 煤—发电) is the same chain:
        # one record, keyed by its main steps, that gathers the alternatives of every writing
        key = "—".join(_split_alternatives(s)[0] for s in steps)
        rec = self.add("chains", key, {
            "name": name, "steps": steps, "links": c["links"], "feeds": [list(f) for f in c["feeds"]],
            "segments": c["segment"], "positions": c["position"], "alternatives": c["alternatives"],
            "aliases": c["aliases"], "industry": self.industry_near(start), "form": form,
            "evidence": [self.ev(start, end, conf)],
        })
        if rec["alternatives"] is not c["alternatives"]:
            for link, alts in c["alternatives"].items():
                have = rec["alternatives"].setdefault(link, [])
                have.extend(a for a in alts if a not in have)

    def find_chains(self):
        # dash chains: steps between —, -, →, ~ (－ and ～ are folded to - and ~ by the cleaning)
        for m in self._dash_chain_matches():
            raw = m.group(0)
            start = m.start()
            if start > 0 and self.text[start - 1].isdigit():
                continue
            steps = [st.strip().replace(" ", "") for st in _SEP_SPLIT.split(raw)]
            raw_last = steps[-1]
            quoted = start > 0 and self.text[start - 1] in "“\"'「"
            end = m.end()
            if quoted and (tail := _QUOTED_LAST_LIST.match(self.text, end)):
                # “甲—乙—丙、丁”: inside quotes the last step may be a 、-list of the products the chain ends in
                steps[-1] += tail.group()
                raw += tail.group()
                raw_last, end = steps[-1], tail.end()
            if not quoted:
                first = _after_chain_verb(steps[0])
                first = _strip_lead(first, cut=False, lead=_CHAIN_LEAD_RE, keep=1)
                if (k := first.rfind("在")) >= 0 and len(first) - k > 2 and not first.startswith("在线", k):
                    first = first[k + 1:]  # 支持企业在|甲—乙—丙…产业链上补链: where the firms work, not a step
                start += len(steps[0]) - len(first)
                steps[0] = first
            # the province, city or county the chain is in, written before its first step (某某省盐湖化工—锂电),
            # or a park of the text (某某工业集中区萤石→氢氟酸: the park the chain is formed in)
            cut = self._region_lead(steps[0]) or self._park_lead(steps[0])
            start += cut
            steps[0] = steps[0][cut:]
            if not quoted and _EXPLAINED.search(steps[0]):
                # 两大产业——甲和乙, 一条主线——甲—乙—丙: a counted head that the dash explains, not a step
                at = self.text.find(steps[1], start + len(steps[0]), end)
                start = at if at >= 0 else start
                steps = steps[1:]
            if not quoted:
                tw = _TAIL_WORD.search(steps[-1], 1)
                if tw and tw.start() == 1 and steps[-1][0] in "精深初粗" and tw.group().startswith(("深加工", "加工")):
                    tw = _TAIL_WORD_PLAIN.search(steps[-1], 1)  # (…—精深加工产业链: 精深加工 is the step itself)
                if tw:
                    steps[-1] = steps[-1][: tw.start()]
                    steps[-1] = self._before_chain_industry(steps[-1], start)
                # (向甲—乙—丙延伸, 沿A—B—C延伸: the verb the chain is the goal of, not part of its last step; inside
                # quotes it is)
                steps[-1] = _ALONG_END.sub("", steps[-1])
                if _ALONG_OPEN.search(self.text, max(0, start - 2), start):
                    steps[-1] = _FRAMED_END.sub("", steps[-1])
                ob = _OPEN_CHAIN_BACK.search(steps[-1], 1)
                if ob:
                    steps[-1] = steps[-1][: ob.start()]
            steps[-1] = _TAIL.sub("", steps[-1]) or steps[-1]
            steps[-1] = _before_chain_end(steps[-1])
            # the count of levels written inside the last step (甲—乙—丙三级繁育体系, not in quotes)
            levels = _LEVELS_IN.search(steps[-1], 1) if "(" not in steps[-1] else None
            if levels:
                steps[-1] = steps[-1][: levels.start()]
            whole = [s for s in steps if s]
            for steps, s0, e0 in self._split_joined_chains(whole, start, end):
                bases = [_split_alternatives(s)[0] for s in steps]  # (a figure in a parenthesis is a grade: 烧碱(32%液碱))
                if not 2 <= len(steps) <= 24 or any(_TM_DIGIT.search(_DIGIT_TERM.sub("", _LOCANT_RE.sub("", s, 1))) and
                                                    not _STEP_GRADE.fullmatch(s) for s in bases):
                    continue  # a chain has a handful of steps (a long run of dashes is a rule or a table)
                if sum(1 for s in steps if _HAN_CHAR.search(s)) < (1 if _TAIL_WORD.search(raw_last, 1) else 2):
                    continue  # PX-PTA: abbreviations only (a step may be one, among steps written out, or where
                    # the text calls the run a chain: 焦炉气—LNG产业链)
                if len(steps) == 2 and any(len(b) < 2 and (b in self.region_initials or b not in _ONE_CHAR_STEP)
                                           for b in bases):
                    continue  # 东—西, 甲-乙: the initials of places; but 煤—兰炭, 煤—电: a material is one character
                if any(b in _CHAIN_FRAME for b in bases) or any(_LEGAL_FORM_RE.search(b) for b in bases):
                    continue  # “链条—环节—企业”: levels of a plan; 甲-乙汽车有限公司: a joint venture's name
                after = e0 + (self.text[e0:e0 + 1] in "”\"'」")
                if self._is_place_list(steps) or (levels or _CHAIN_LEVELS.match(self.text, after)) and \
                        any(_ADMIN_LEVEL.fullmatch(b) for b in bases):
                    continue  # (县—乡—村三级体系: the levels of an administration, not a chain)
                if _PROCEDURE_AFTER.match(self.text, after) or _PROCEDURE_IN.search(steps[-1]) or \
                        2 * sum(1 for b in bases if _PROCEDURE_STEP.search(b)) >= max(len(bases), 3):
                    continue  # “收集—交办—督办—反馈”闭环管理, 洽谈→签约→备案→开工: the steps of a procedure
                row = _SEGMENT_ROW.match(self.text, self.text.rfind("\n", 0, s0) + 1, s0)
                if any(_HOLDS_STEP.match(b) for b in bases[1:]) or row and not _ROW_CLAUSE_END.search(self.text, row.end(), s0) \
                        or len(bases) == 2 and self._firm_step(bases[1]):
                    continue  # 上游:甲、乙 —— 已有某公司: a row of an industry map, what a segment holds and who
                if quoted and _QUOTED_NOT_CHAIN.match(self.text, after):
                    continue  # “甲—乙—丙”企业梯度培育, “甲—乙—丙”主导产业: grades of firms, a town's sectors
                if quoted and _TOUR_ROUTE_AFTER.match(self.text, after) and \
                        any(b in _SEAT_WORDS or self._place_word(b) for b in bases):
                    continue  # 按照“县城—甲滩—乙镇”的路线: the stops of a tour
                if any(len(b) > 16 or b.endswith("之一") for b in bases):
                    continue  # 多个基地之一—某基地, 某项目—某园区厂房已完工: a dash of apposition, not steps
                if all(len(b) == 1 for b in bases[1:]) and bases[0][-1:] + "".join(bases[1:3]) in ("产学研", "政产学") or \
                        _PARTNERS_MEET.fullmatch(bases[-1]):
                    continue  # 产—学—研—用, 银—企对接会: the partners of a cooperation, not a chain
                if any(_SIGHT_OR_WASTE_STEP.search(b) for b in bases):
                    continue  # 甲庙—乙山景区, 生产废水—预处理—污水处理厂—回用: sights, or the way waste water goes
                if len(bases) >= 3 and all(len(b) == 1 and b not in _ONE_CHAR_STEP and b not in _CHAIN_LETTERS
                                           for b in bases[:-1]) and bases[-1][:1] not in _ONE_CHAR_STEP and \
                        len(bases[-1]) >= 3 and _is_sector_phrase(_TAIL.sub("", bases[-1][1:]) or bases[-1][1:]):
                    continue  # 呼—包—鄂—乌稀土产业: the initials of cities, then the industry they share
                if all(len(x) == 1 and x in self.region_initials for x in steps[:-1]) and (
                        _BELT.search(steps[-1]) or len(steps[-1]) == 1 and steps[-1] in self.region_initials and (
                            _REGION_COOPERATION.search(raw, len(raw) - len(raw_last)) or
                            quoted and _BELT.match(self.text, after))):
                    continue  # 甲-乙-丙经济带, 甲-乙-丙协同发展, “甲-乙-丙”城市群: the initials of the cities a belt or a
                    # cooperation joins
                if any(_ORG.search(b) or _SITE_STEP.search(b) or b in _VERB_STEPS for b in bases) or \
                        _HEADLINE_END.search(bases[-1]):
                    continue  # 某某市人民政府 - 政务公开: a site's breadcrumb or a page's title; 甲——…纪实: a headline
                if self._is_line_between(steps, bases, s0, e0):
                    continue  # 甲—乙铁路, 甲—乙±800千伏直流: a line named after the places at its ends
                if any(_TIME_OR_ORDINAL.match(b) for b in bases) or _PAIRED_SIDE_END.search(bases[0]) and \
                        all(_PAIRED_SIDE.fullmatch(b) for b in bases[1:-1]) and _PAIRED_SIDE.match(bases[-1]):
                    continue  # 周一—周五, 一期—二期: a span of time or of ordinals; 线上—线下, 东段—西段: two sides
                if all(_ROLE_END.search(b) or _ONE_EACH.fullmatch(b) for b in bases):
                    continue  # “市场主导—企业主体—社会参与”, “一企一策—一链一图”: principles and slogans of work
                if all(b.endswith("化") for b in bases) or all(b.endswith("企业") for b in bases):
                    continue  # 高端化—智能化—绿色化: the qualities a plan seeks; 龙头企业—配套企业—…: grades of firms
                if len(bases) == 2 and any(_EXPLAINED_HEAD.search(b) for b in bases) or \
                        all(_COUNTED_PART.fullmatch(b) for b in bases) or any(_PERSON_STEP.search(b) for b in bases) or \
                        all(b[-1] == "链" for b in bases) and all(len(b) == 2 for b in bases[1:]):
                    continue  # 重点企业—某某铝业, 一核—两带—三区, 链长—…—专员, 强链—补链—延链: no chain
                if all(len(b) == 1 for b in bases[:-1]) and _PLACES_COUNTED.match(bases[-1]):
                    continue  # 甲-乙-丙三市联合…: one character per place, then the count of the places
                self.chain_spans.append((s0, e0))
                self._add_chain(steps, s0, e0, 0.95 if quoted else 0.85, "dash")
        # enumerated chains: a 、-list the text calls a chain (风电“研、造、装、运、维”全产业链)
        text = self.text
        # (a match starts with 产业链 or 链条; _BUILD_VERBS and [从由] open the two prose forms below)
        # (_literal_starts(text, ("产业链", "链条")), from the 链 of each: one one-character scan)
        links = _literal_starts(text, "链")
        chain_words = sorted({q - 2 for q in links if q >= 2 and text.startswith("产业", q - 2)} |
                             {q for q in links if text.startswith("链条", q)})
        for t in _finditer_at(_LIST_CHAIN_TAIL, text, chain_words):
            if text.startswith("、", t.end()) and not _LIST_NEXT_CHAIN.match(text, t.end()):
                continue  # 抓甲、建乙、延链条、创丙: the chain word is one item of a list of tasks, not its tail
            ts = t.start()
            if text.startswith("全", ts - 1):
                ts -= 1
            q = _LIST_CHAIN_QUALITY.search(text, max(0, ts - 6), ts)
            if q and q.end() == ts:  # “甲、乙、丙”一体化全产业链 / 循环产业链 / 一体化发展的产业链: a quality of the chain
                ts = q.start()
            made = ""
            if text[ts - 2:ts] in ("加工", "生产", "制造") and text[ts - 3:ts - 2] not in ("深", "初", "粗", "精"):
                made = text[ts - 2:ts]
                ts -= 2  # 毛衫加工产业链: the chain of 毛衫 (but 精深加工 is a step of its own)
            if ts < 2 or text[ts - 1] not in _CLOSE_QUOTES and not _HAN_CHAR.match(text, ts - 1):
                continue
            # the list: the run of words and 、 before the tail, its first item at most 8 characters long
            end = ts - 1 if text[ts - 1] in _CLOSE_QUOTES else ts
            k = end
            lo = max(self.clause_start(ts), ts - 80)
            if k > lo:  # (the walk back over 、 and word characters: it stops right after the last other character)
                lm = _LIST_RUN_LAST.match(text, lo, k)
                k = lm.end() if lm is not None else lo
            lim = ts
            # (a quality may come first: “甲、乙、丙”一体化的石油化工产业链)
            qh = _LIST_QUALITY_HEAD.match(text, k, end) if lo < k < end and text[k - 1] in _CLOSE_QUOTES else None
            if lo < k < end and text[k - 1] in _CLOSE_QUOTES and end - (qh.end() if qh else k) <= 6 and \
                    _HAN_ONLY.fullmatch(text, k, end):
                # “制、储、运、加、用”氢能全产业链: the industry of the quoted chain stands between it and its tail
                lim = k
                end = k = k - 1
                if k > lo:
                    lm = _LIST_RUN_LAST.match(text, lo, k)
                    k = lm.end() if lm is not None else lo
            if k > lo and text[k - 1] in _OPEN_QUOTES:
                k -= 1
            comma = text.find("、", k, end)
            if comma < 0:
                continue
            m = None
            for start in range(max(k, comma - 8), comma):
                m = _LIST_CHAIN.match(text, start, lim)
                if m:
                    break
            if not m:
                continue
            items = m.group("list").split("、")
            if not m.group("q"):
                # the clause that leads into the list (初步形成|甲、乙、丙产业链) is not part of its first item
                raw0, items[0] = items[0], _strip_lead(_after_chain_verb(items[0]), keep=1)
                items[0] = items[0][self._region_lead(items[0]):]  # (某某省|甲、乙、丙产业链: the place of the chain)
                # the object of 形成/构建/打造 (形成甲、乙、丙、化工新材料全产业链): the steps may be longer, and so
                # may the products of one material's chain, which all start with its name (甲酸、甲砂、甲精细化学品
                # 产业链; but not sectors: 新能源汽车、新能源装备)
                verb_built = _LIST_BUILT.search(raw0[: len(raw0) - len(items[0])]) is not None
                built = verb_built or \
                    len({i[0] for i in items}) == 1 and _HAN_CHAR.match(items[0]) is not None and \
                    not any(_is_sector_phrase(i) for i in items)
                # the industry of the chain written between its last step and 产业链, named just before as its
                # heading (…氢能装备产业链。…制氢、储运、加注、应用氢能装备全产业链): not part of the last step
                last, s0 = items[-1], m.start("list")
                whole_named = text.rfind(last + "产业", max(0, s0 - 300), s0) >= 0  # (碳素及负极材料产业链: a product)
                for j in range(2, len(last) - 1):
                    if whole_named:
                        break
                    if (_is_sector_phrase(last[j:]) or _TRADE_YE.fullmatch(last, len(last) - 1)) and (
                            _heading_word_at(text, text.rfind(last[j:] + "产业", max(0, s0 - 300), s0)) or
                            text.rfind(last[j:] + "方面", max(0, s0 - 60), s0) >= 0 or
                            text.rfind(last[j:] + "企业", max(0, s0 - 200), s0) >= 0) or \
                            _chain_heading_before(text, last[j:], max(0, s0 - 300), s0):
                        items[-1] = last[:j]  # (风电装备方面,…形成甲、乙、丙风电装备全产业链: its heading;
                        break  # (四)乙产业链 / …甲养殖、乙加工、丙配送乙全产业链: the chain's own heading)
                # (after a verb that builds the chain a step may be longer still, but not a sector: 打造…、汽车轻量化部件产业链
                # lists the sectors a place builds)
                if any(len(i) > (6 if built or re.search(r"[深初粗精]加工$", i) else 4) and
                       not (verb_built and len(i) <= 8 and not _is_sector_phrase(i)) for i in items) or \
                        any(self.regions.knows(i) for i in items):
                    continue
            if any(re.search(r"\d|和|及|与|等|的", i) for i in items) or len(items) < 3:
                continue
            if _LIST_COUNTED.search(items[-1]):
                continue  # 甲、乙、丙三大产业链: several chains counted, not the steps of one
            if all(i in _BROAD_SECTORS for i in items):
                continue  # 钢铁、有色、化工产业链: the chains of several sectors, not the steps of one
            if len(items[-1]) == 1 and any(len(i) > 1 for i in items) and (
                    text[t.end():t.end() + 1] in _CLOSE_QUOTES and t.end() < len(text) or items[-1] in "延补强固"):
                continue  # “控甲、提乙、延链条”, 稳增长、抓项目、强链条: a slogan of tasks whose last one works on the chain
            if any(i.endswith(_PROCESS_SUFFIX) for i in items[:-1]) or \
                    sum(len(i) > 2 and i[-2:] in _ACTIVITY_VERBS for i in items[:-1]) * 2 >= len(items) - 1:
                items[-1] += made  # 甲种植、乙加工、丙生产产业链, 甲开采、乙冶炼、丙制造: every step is an activity, the last one too
            else:
                items[-1] = _ACTIVITY_TAIL.sub("", items[-1])
            s = m.start("list") + len(m.group("list")) - len("、".join(items))
            self._add_chain(items, s, t.end(), 0.8 if m.group("q") else 0.7, "list")
        # chains in prose: 形成从A到B再到C的产业链; 构建A、B、C的X产业链
        for m in _finditer_at(_FROM_TO_CHAIN, text, _literal_starts(text, "从由")):
            if "、" in m.group("steps")[m.group("steps").find("到"):]:
                continue  # 由甲到乙、丙再到丁: 乙 and 丙 side by side, one level of the chain (only a list before 到 is steps)
            steps = re.split(r"再到|到|、", m.group("steps"))
            if len(steps) >= 2 and not any(s in _ACTIVITIES or self.regions.knows(s) for s in steps):
                self._add_chain(steps, m.start("steps"), m.end(), 0.7, "prose")
        for m in _finditer_at(_OF_CHAIN, text, self._of_chain_starts(chain_words)):
            steps = m.group("list").split("、")
            if steps[-1].endswith(("于一体", "为一体")) or all(s in _BROAD_SECTORS for s in steps):
                continue  # 集甲、乙、丙于一体的产业链: the activities a place gathers; 钢铁、有色、化工的…: sectors
            # (a step may be an activity, 制氢、储运、加注、应用, but not most of them: 研发、生产、销售)
            if sum(s in _ACTIVITIES for s in steps) * 2 < len(steps) and \
                    not any(self.regions.knows(s) or _QUALITY.search(s) or
                            not 2 <= len(s) <= (8 if s.endswith(_PROCESS_SUFFIX) else 6) for s in steps):
                # (an activity step is longer: 甲种植、乙加工、丙产品开发的…全产业链)
                self._add_chain(steps, m.start("list"), m.end(), 0.65, "list")
        # production routes written A制B on their own (煤制烯烃, MTO(甲醇制烯烃))
        for m in _MAKE_CANDIDATE.finditer(self.text, 1):
            i = m.start()
            if self.in_spans(self.chain_spans, i):
                continue
            route = self._route_at(i)
            if route and (row := self._row_at(i)) and row.count("\t") >= 2 and "项目" in row:
                route = None  # 1\t甲铜业技改项目\t…\t配套烟气制酸: a cell of a project's row, what the project builds
            if route:
                a, b, s, e = route
                self._add_chain([a, b], s, e, 0.6, "prose")

    def _row_at(self, i):
        """The line of the text that holds position `i`."""
        e = self.text.find("\n", i)
        return self.text[self.text.rfind("\n", 0, i) + 1: len(self.text) if e < 0 else e]

    def _of_chain_starts(self, chain_words):
        """Where _OF_CHAIN can match: the starts of _BUILD_VERBS in the run of 、, Han characters, letters and
        digits before a 产业链 (every character of a match is one of those, and it ends in 产业链), found back from
        each 产业链 of `chain_words` (the starts of 产业链 and 链条) instead of over the whole text."""
        text = self.text
        out = set()
        for q in chain_words:
            if not text.startswith("产业链", q):
                continue
            lm = _LIST_RUN_LAST.match(text, 0, q)  # (greedy: its end is the run's start)
            k = lm.end() if lm is not None else 0
            while (vm := _BUILD_VERB.search(text, k, q)) is not None:
                out.add(vm.start())
                k = vm.start() + 1  # (verbs may overlap: 构建成)
        return sorted(out)

    def _before_chain_industry(self, last, start):
        """The last step of a dash chain without the industry written between it and the chain's tail word.

        甲—乙—组件光伏制造产业链 is the 光伏制造 chain whose last step is 组件: the industry is a sector word (with
        制造/加工 after it) that closes a step that is a word of its own, and that the text has named before the
        chain (its heading or the clause that opens it), or that names an activity (…制造). A compound whose head
        is the sector (分布式光伏, 新能源汽车) keeps its words.

        >>> x = _Extractor("光伏方面。甲—乙—组件光伏制造产业链", "d")
        >>> x._before_chain_industry("组件光伏制造", 5), x._before_chain_industry("分布式光伏", 5)
        ('组件', '分布式光伏')
        """
        if len(last) < 4 or _product_vocabulary().at(last, 0) == last or not _HAN_ONLY.fullmatch(last):
            return last
        m = _CHAIN_INDUSTRY_END.search(last, 2)
        if m is None or len(last) - m.start() < 2:
            return last
        head = last[: m.start()]
        if head in MODIFIER_WORDS or _MODIFIER_TAIL.search(head):
            return last
        activity = m.group("act") in ("制造", "加工", "装备制造") or m.group("mod") is not None
        product = _is_sector_phrase(head) or 2 <= len(head) <= 4 and (
            head[-1] in _MATERIAL_FORM or head.endswith(("组件", "部件", "构件", "器件")))  # (型材, 铝板, 组件)
        if activity and len(head) >= 2 or product and \
                self.text.find(m.group("ind"), max(0, start - 300), start) >= 0:
            return head
        return last

    def _firm_step(self, step):
        """True when `step` is the short name of a firm the text names in full (甲化工 for 某市甲化工有限公司).

        The full name is the step with a legal form after it and nothing or a region before it; a product in a
        firm's name has the firm's own words before it (某某铜箔有限公司 does not make 铜箔 a firm).
        """
        if len(step) < 3 or not _HAN_ONLY.fullmatch(step):
            return False
        memo = self._firm_step_memo  # (the answer depends on the step and the text only)
        if step not in memo:
            memo[step] = self._firm_step_uncached(step)
        return memo[step]

    def _firm_step_uncached(self, step):
        # the matches of re.finditer(re.escape(step) + _FIRM_STEP_FORM, text): the step is a literal, so a match
        # starts where str.find finds it and the form matches right after; the scan goes on after a match's end
        text = self.text
        i = text.find(step)
        while i >= 0:
            f = _FIRM_STEP_FORM_RE.match(text, i + len(step))
            if not f:
                i = text.find(step, i + 1)
                continue
            k = i
            while k > 0 and k > i - 6 and _HAN_CHAR.match(text, k - 1):
                k -= 1
            pre, covered = text[k:i], 0
            for s, e, _name in self.region_scan(pre):  # (nothing but places before it: 某省某市|甲化工有限公司)
                if s == covered:
                    covered = e
            if covered == len(pre) or self.regions.knows(pre):
                return True
            i = text.find(step, f.end())
        return False

    def _split_joined_chains(self, steps, start, end):
        """Two dash chains coordinated by 和 (A—B—C和D—E—F两条产业链) as ``[(steps, start, end), …]``.

        The 和 stands inside a middle step; it joins two chains when each side has three steps or more, or
        when the text counts two chains right after (…两条链). Otherwise the steps are one chain
        (电解铝—铝合金和铝加工材—铝深加工制品 keeps its middle step).
        """
        text = self.text
        for i in range(1, len(steps) - 1):
            k = steps[i].find("和")
            if k < 1 or k == len(steps[i]) - 1 or "(" in steps[i]:
                continue
            # (the second chain may have its own lead-in: …A—B—C和延伸D—E—F)
            head = _strip_lead(_after_chain_verb(steps[i][k + 1:]), cut=False, lead=_CHAIN_LEAD_RE, keep=1)
            left, right = steps[:i] + [_before_chain_end(steps[i][:k])], [head] + steps[i + 1:]
            counted = re.match(r"[两二2双]条", text[end:end + 2]) is not None
            if min(len(left), len(right)) >= 3 or counted and min(len(left), len(right)) >= 2:
                at = text.find(steps[i], start, end)
                if at >= 0:
                    return [(left, start, at + k), (right, at + len(steps[i]) - len(head), end)]
        return [(steps, start, end)]

    def _dash_chain_matches(self):
        """``_CHAIN.finditer(text)``, run only over the lines that hold a separator."""
        text = self.text
        seps = _literal_starts(text, _SEP_CHARS)
        pos = 0
        while True:
            k = bisect.bisect_left(seps, pos)
            if k == len(seps):
                return
            ls = text.rfind("\n", 0, seps[k]) + 1
            le = text.find("\n", seps[k])
            le = len(text) if le < 0 else le
            prev = None
            for m in _chain_matches_back(text, ls, le, seps, k):
                # a stray space of the scrape inside a step (甲—乙 丙—丁 for 甲—乙丙—丁) splits one run in two
                # (and so does a slash between two products of one step: 甲—乙铁/乙粉—丙, a step written as two)
                if prev is not None and m.start() == prev.end() + 1 and text[prev.end()] in " /" and \
                        _HAN_CHAR.match(text, m.start()) and _HAN_CHAR.match(text, prev.end() - 1):
                    prev = _Run(text, prev.start(), m.end())
                    continue
                if prev is not None:
                    yield prev
                prev = m
            if prev is not None:
                yield prev
            pos = le + 1

    def _route_at(self, i):
        """``(A, B, start, end)`` when the 制 at `i` joins two short product names standing alone."""
        text = self.text
        j = i
        if text[j - 1] == ")":  # 煤(合成气)制乙二醇: the alternative belongs to A
            o = text.rfind("(", max(0, j - 12), j)
            if o < 0:
                return None
            j = o
        while j > 0 and not _ROUTE_BOUNDARY.match(text, j - 1) and i - j <= 16:
            j -= 1
        k = i + 1
        while k < len(text) and not _ROUTE_BOUNDARY.match(text, k) and k - i <= 12:
            k += 1
        a_raw, b_raw = text[j:i], text[i + 1:k]
        # the material of a route follows the verb of its clause (牧场发展甲制乙: 甲), so cut after the last one
        # (形成制氢、储运…: 制 right after the clause's verb starts an activity, and the route has no material)
        a_obj = _after_last(_CHAIN_VERB, a_raw, keep=0)
        a_verb = _after_verb(a_obj)
        a = _strip_lead(a_verb, cut=False, lead=_CHAIN_LEAD_RE, keep=1)
        a = _after_last(_ROUTE_FRONT, a, keep=1)  # 但|铝制门窗: a conjunction in front
        if a.startswith("年") and len(a) > 1 and text[i - len(a) - 1: i - len(a)] == "/":
            a = a[1:]  # 80万吨/|年|煤制烯烃: the rate of the capacity, not the material
        if (bm := _ROUTE_SITE.search(a)) and 1 <= len(a) - bm.end() <= 4:
            a = a[bm.end():]  # 依托某某能源化工基地|煤制烯烃: the site where the route runs, then its material
        cut = _ROUTE_CUT.search(b_raw, 1)
        if cut:
            # (…制氢加氢示范项目, …制氢装备: the name of a project or of equipment; but a route that closes its
            # phrase with 综合利用, 推进甲制乙综合利用, is the way a by-product is used)
            # (nor does a route whose integration is to be developed: 甲制乙一体化发展; nor a route whose
            # demonstration closes the clause or an item of a list, 推进甲制乙示范、丙试点, which names no project:
            # a list of projects ends in 等…项目, see _ROUTE_PROJECT_AFTER)
            if _ROUTE_NOT.fullmatch(cut.group()) and not (cut.group() == "综合利用" and cut.end() == len(b_raw)) and \
                    not (cut.group() == "一体化" and b_raw.startswith("发展", cut.end())) and \
                    not (cut.group() in ("示范", "试点") and cut.end() == len(b_raw) and text[k:k + 1] in ",;。\n、"):
                return None
            b_raw = b_raw[: cut.start()]
        b = _ROUTE_TAIL.sub("", b_raw)
        if _ROUTE_PROJECT_AFTER.match(text, k) or _ROUTE_NOT.search(b) or _ROUTE_NOT.search(b_raw):
            return None
        base, _alts = _split_alternatives(a)
        if _ROUTE_VERB.fullmatch(base):
            return None  # 存在|制氢成本偏高: the clause's verb, and no material in front of 制
        if base in _MADE_OF or base in _METAL_MADE_OF or base[-1:] in _MADE_OF and (
                base[:-1] in GENERIC_WORDS or len(base) > 2 and base[-2] not in _MATERIAL_MAKING) or \
                base.endswith(("合金", "钢")) and not _WASTE_MATERIAL.search(base):
            # 铝制托盘, 产品铝制机壳, 光伏铝制边框, 建筑铝制模板 (a use in front; but 电解铝, 再生铝 are materials),
            # 镍合金制阀门: what an article is made of, not a route (an alloy or a steel is
            # never the feedstock of a route, unless it is scrap: 废旧硬质合金制钨粉)
            return None
        # (a material is short, unless it is one word of the genre: 可再生能源制氢)
        # (or the whole object of 发展, the industry the route is, or of any verb when it is a waste or by-product:
        # 发展某某硬质合金制乙, 利用某某废副产品制乙; but not what an article is made of, 发展一体化压铸铝制乙, nor a
        # place's project, 发展某地绿电制氢)
        short = 1 <= len(base) <= 4 or len(base) <= 6 and _sector_vocabulary().at(base, 0) == base or \
            len(base) <= 8 and len(a_verb) < len(a_obj) and (a_obj.endswith("发展", 0, len(a_obj) - len(a_verb)) or
                                                             _WASTE_MATERIAL.search(base) is not None) and \
            base[-1] not in _MADE_OF and "制" not in base and not base.endswith("再") and self._region_prefix(base) is None
        if not short or not (1 <= len(b) <= 5) or len(base) + len(b) < 3 and b not in _ROUTE_ONE_CHAR:
            return None
        if len(b) == 1 and b not in _ROUTE_ONE_CHAR or all(ch in _CHAIN_LETTERS for ch in b) or \
                len(base) == 1 and base not in _ONE_CHAR_STEP:  # (卤制熟食: a one-character material or nothing)
            return None
        if not (_HAN_ONLY.fullmatch(base) or _ROUTE_FORMULA.fullmatch(base)) or \
                not (_HAN_ONLY.fullmatch(b) or _ROUTE_ABBREVIATION.fullmatch(b)):
            return None
        if self.regions.knows(base) or base in GENERIC_WORDS or b in GENERIC_WORDS:
            return None
        start = j + len(a_raw) - len(a)
        return a, b, start, i + 1 + len(b)

    def _park_lead(self, step):
        """The length of a park of the text written at the start of `step` (某某工业集中区|萤石), else 0: only when
        at least two Han characters remain, the longest such park."""
        m = _park_suffix_in(step, 0, len(step) - 2) if len(step) > 4 else None
        best = 0
        while m is not None:
            if step[: m.end()] in self.park_names and _HAN_ONLY.fullmatch(step, m.end()):
                best = m.end()
            m = _park_suffix_in(step, m.start() + 1, len(step) - 2)
        return best

    def _region_lead(self, step):
        """The length of the region written with its suffix at the start of `step` (某某省|盐湖化工), else 0.

        Only a name written with its administrative suffix is cut, and only when a step remains: a bare
        place name may be part of the product (a region's speciality).
        """
        for s, e, name in self.region_scan(step):
            if s == 0:
                if step[e:e + 1] == "州" and name not in self.regions.by_name:
                    e += 1  # 某某州: a prefecture as it is spoken
                elif name not in self.regions.by_name:
                    break  # a short name (兰州|新区…): no suffix is written
                if step[e - 1] in "省市县区州旗盟" and len(step) > e and _HAN_CHAR.match(step, e) and \
                        step[e - 1:e + 1] not in _SUFFIX_WORDS:
                    return e
            break
        return 0

    def _place_word(self, s):
        """A place: a region, or a name ending like a mountain, lake, river or bay (a town or station below the index)."""
        return self.regions.knows(s) or bool(self.regions.with_county_suffix(s)) or \
            2 <= len(s) <= 4 and _PLACE_TAIL.search(s) is not None and _HAN_ONLY.fullmatch(s) is not None

    def _is_line_between(self, steps, bases, start, end):
        """Places joined by a dash and then a kind of line: the railway, road, pipeline or power line between them.

        The line is written after the last place (甲—乙铁路, 甲—乙供水工程), right after the run (甲—乙±800千伏) or
        before it with the run in parentheses (某某班列(甲—乙)); lines joined to lines (甲乙铁路—丙丁铁路) are a route too.
        Places below the region index (a town, a lake, a bay) joined on their own or with the area they make
        (甲湾—乙河片区, 甲峡—乙湖一体化) are a place list as well.
        """
        if sum(_LINE_END.search(b) is not None for b in bases) >= 2:
            return True
        if start > 2 and self.text[start - 1] == "(" and _LINE_BEFORE.search(self.text, max(0, start - 8), start - 1) and \
                any(self._place_word(b) for b in bases):
            return True
        if _LINE_WORD.match(self.text, end) and any(self._place_word(b) or b in _GREAT_REGION for b in bases):
            return True  # 甲基地—华中±800千伏: a line to a great region from a place below the index
        if not all(self._place_word(b) for b in bases[:-1]):
            return False
        last = bases[-1]
        if self._place_word(last):
            return True
        for k in range(2, min(len(last), 5)):
            if (_LINE_WORD.match(last, k) or _AREA_AFTER.match(last, k)) and self._place_word(last[:k]):
                return True
        return False

    def _is_place_list(self, steps):
        """Places joined by dashes (铜鼓-宜丰-奉新-高安; 融入甲—乙—丙产业带; 中国—东盟博览会), not a chain."""
        def place(s, first=False, last=False):
            base, alts = _split_alternatives(s)
            cands = [base, base + "".join(alts)]
            if last or _BELT.search(base) or "和" in base:  # 高安一体化发展, 甲中药材加工带和乙: a place, then more
                cands += [base[:2], base[:3]]
            if first:  # 深度融入甲: a place after the verb that leads to it (城市群与甲: after a conjunction)
                cands += [base[-2:], base[-3:], base[-4:], _AFTER_AND.split(base)[-1]]
            if any(_GEO_WORD.fullmatch(c) or c in _GREAT_REGION for c in cands) or any(c in park_places for c in cands):
                return True  # (or the place a park of the text is named after: 甲—乙—丙输水干线, 甲产业园 and 乙产业园)
            if last and self._region_prefix(base) is not None and len(base) > 2:
                return True  # 甲—鄂尔多斯新能源装备: a region of any length, then what the corridor makes
            return any(self.regions.is_region_name(c) or self.regions.with_county_suffix(c) for c in cands)

        park_places = self.park_places
        # (every step a place: a place list; 甲—乙—丙区域协作: from a place to the cooperation of a region, the places
        # that cooperate; two places or more, and at most one other step: a belt or corridor between cities.
        # place() is a pure test, so the steps are tried in order and the answer is False at the second step that
        # is no place: then neither the first nor the last rule can hold unless the first step is a place and the
        # last one names a cooperation, tried before)
        n = len(steps)
        if not n:
            return True
        first = place(steps[0], True, n == 1)
        if first and _REGION_COOPERATION.search(steps[-1]):
            return True
        others = 0 if first else 1
        for i in range(1, n):
            if not place(steps[i], False, i == n - 1):
                others += 1
                if others >= 2:
                    return False
        return others == 0 or n - others >= 2

    # ------------------------------------------------------------------ enterprises
    def _in_duty_list(self, pos):
        """True when `pos` is in a list of the units responsible for a task ((牵头单位:甲局;责任单位:乙局、丙公司)."""
        if self._duty_marks is None:
            self._duty_marks = [m.end() for m in _DUTY_LIST.finditer(self.text)]
        i = bisect.bisect_right(self._duty_marks, pos) - 1
        return i >= 0 and pos - self._duty_marks[i] <= 120 and \
            not _DUTY_LIST_END.search(self.text, self._duty_marks[i], pos)

    def add_enterprise(self, name, roles, start, end, conf, aliases=(), makers=False):
        if self.in_spans(self.dept_spans, start) or self._in_duty_list(start):
            return None  # 区供电公司 in a list of responsible units is a unit of the government
        cut = _firm_name_start(name)
        if (h := _HOLD_LEAD.match(name, cut)) and len(name) - h.end() >= 4:
            cut = h.end()  # 园区内已有|甲铋业 (the owner cut from a sentence that says what a park holds)
        if name.startswith(("我", "本"), cut) and (w := _WRITER_PLACE.match(name, cut)) and len(name) - w.end() >= 4:
            cut = w.end()  # 我市|甲机械有限公司: the writer's own place stands in front of the name
        if name[cut:cut + 1] in _FIRM_PREPOSITIONS and len(name) - cut >= 7 and _LEGAL_FORM_RE.search(name[-4:]) and \
                not _opens_with_place(name[cut:], 1):
            cut += 1  # 在|某省甲乙新材料有限公司…项目现场: a preposition in front of a registered name
        elif name[cut:cut + 1] in _FIRM_PREPOSITIONS and len(name) - cut >= 3 and self.text.startswith("、", end) and \
                start + cut > 0 and self.text[start + cut - 1] in _CLAUSE_OPENERS:
            cut += 1  # ;对|甲数控、乙智造等企业…: the preposition of the clause, in front of the first firm of its list
        # 目标企业.|甲化学有限公司, 甲公司.: an ASCII full stop between two Han characters (or at the end) ends a sentence
        # or a label in scraped text; inside a name it stands only between digits or letters (1.5万吨, A.O.史密斯)
        if "." in name:
            if name.endswith("."):
                k = len(name) - len(name.rstrip("."))
                name, end = name[:-k], end - k
            d = name.rfind(".")
            if cut < d < len(name) - 2 and _HAN_CHAR.match(name, d - 1) and _HAN_CHAR.match(name, d + 1):
                cut = d + 1
        # 在甲工业园区|乙省丙有限公司…项目现场: the park the firm builds in, then its registered name, which opens with
        # its region (a firm named after a park, 甲工业园区开发建设有限公司, goes on with no region)
        if (pm := _park_suffix_in(name, cut, len(name))) and _LEGAL_FORM_RE.search(name[-4:]) and \
                len(name) - pm.end() >= 6 and self._region_prefix(name[pm.end():]) is not None:
            cut = pm.end()
        if name.startswith("除", cut) and len(name) - cut >= 3 and self.text.startswith(("外", "以外", "之外"), end):
            cut += 1  # 除|甲集团外: the preposition that leaves the firm out
        # 一方面可以利用|甲集团, 随着|乙新材料, 主要有|丙有限公司: the words of the sentence in front of the name
        if (dl := _FIRM_DISCOURSE_LEAD.match(name, cut)) and len(name) - dl.end() >= 2:
            cut = dl.end()
        for di in _FIRM_DISCOURSE_IN.finditer(name, cut) if "主要" in name or "方面" in name else ():
            if len(name) - di.end() >= 2:
                cut = di.end()  # 企业主要有|甲有限公司
        # 甲硅材即|乙省甲硅材料有限公司: a short name, then 即 and the registered name it stands for
        if (k := name.find("即", cut)) > cut + 1 and _LEGAL_FORM_RE.search(name[-4:]) and len(name) - k > 5:
            aliases = (*aliases, name[cut:k])
            cut = k + 1
        # 2009年  甲有限公司 (a line of a timeline, a cell of a table laid out with spaces): a name holds no run of
        # blanks, it starts after the last one
        if "  " in name or "\t" in name or "\u3000" in name:
            ws = max(name.rfind("  "), name.rfind("\t"), name.rfind("\u3000"))
            if ws >= cut and len(name) - ws >= 4:
                cut = len(name) - len(name[ws:].lstrip())
        # 与|甲省乙有限公司: 与 joins the firm to what went before, it never opens a registered name
        if name.startswith("与", cut) and _LEGAL_FORM_RE.search(name[-4:]) and self._region_prefix(name[cut + 1:]):
            cut += 1
        # 甲有限公司|划归乙园管理: a registered name ends with its legal form; what follows 有限公司 and no other form
        # is the sentence going on
        if not _LEGAL_FORM_RE.search(name[-4:]) and (lf := _LIMITED_FORM.search(name, cut)) and lf.end() - cut >= 6:
            name, end = name[: lf.end()], end - (len(name) - lf.end())
        # 甲有限公司|成为…: a registered name ends with its legal form; a character or two after it is the next word
        if len(name) - cut >= 6 and name[-1] not in "司团厂社行" and \
                (lf := _LEGAL_FORM_RE.search(name, max(cut, len(name) - 7))) and 1 <= len(name) - lf.end() <= 2 and \
                lf.end() - cut >= 6 and _HAN_ONLY.fullmatch(name, lf.end()) and "公司" in lf.group():
            name, end = name[: lf.end()], end - (len(name) - lf.end())
        name, start = name[cut:], start + cut
        if _FIRM_DISCOURSE_LEAD.fullmatch(name) or _NO_FIRM_NAME.fullmatch(name) or name.endswith(("(", "(")) or \
                _KIND_ONLY_FIRM.fullmatch(name):
            return None  # 另有, 全公司, 合作社, 某某工程(, 县城投公司: a word of the sentence, a firm in general, a cut name
        legal_end = _LEGAL_FORM_RE.search(name[-4:])
        # (the region lead is asked only of a name without an organisation form at its end, the two rules that read
        # it hold only for such a name, and that opens with a region: _lead_len, cached, is 0 when the lead is empty)
        lead = region_index().leading(name) if not legal_end and _lead_len(name) else None
        if lead and name[(k := sum(len(t) for t, _ in lead)):k + 1] in _FIRM_PREPOSITIONS:
            return None  # 某区|对|甲风电、乙产业园等项目实行…: a place that acts on what follows, no firm's name
        if not legal_end and lead and \
                lead[-1][0][-1] in "县区旗市" and len(name) - (k := sum(len(t) for t, _ in lead)) >= 2 and \
                _plausible_owner(name[k:], strict=False):
            # 某某县|甲光电: a short name after a county written with its suffix names the firm in the place where it
            # works (a place of origin is written bare, 某某甲光电); the firm is 甲光电
            aliases, name, start = (*aliases, name), name[k:], start + k
        elif not legal_end and (t := _TOWN_HEAD.match(name)) and len(name) - t.end() >= 4 and \
                name[t.end() - 2: t.end()] not in _NOT_TOWNSHIP and _plausible_owner(name[t.end():], strict=False):
            aliases, name, start = (*aliases, name), name[t.end():], start + t.end()  # 某某镇|甲农业: the same for a town
        if len(name) < 2 or _TIME_LEAD.fullmatch(name) or _HOLD_LEAD.fullmatch(name) or _TOWN_PART.match(name) or \
                _POINTED_FIRM.fullmatch(name) or _OWNED_BY_END.search(name) or \
                (a := _ANON_FIRM.match(name)) and (len(c := _LEGAL_FORM_RE.sub("", name[a.end():])) < 2 or
                                                   _is_sector_phrase(c)):
            return None  # 去年|年产…, 已有|…, 县城北|…: a time, a verb or a part of town where an owner would stand
        if name in self.park_names or self._two_places(name) or \
                (self.regions.is_region_name(name) if makers else self.regions.knows(name)) or \
                _ORG.search(name) and not roles:  # (makers: 甲、乙等主机厂, a brand may be a county's short name)
            return None
        if _NOT_FIRM_NAME.search(name) and not _LEGAL_FORM_RE.search(name[-4:]) or \
                "至" in name and self.regions.knows(name[: name.index("至")]):
            return None  # 万头|肉牛养殖场, 甲新能源二期项目是该公司…, 甲市至乙县|供热管网: not a firm's name
        if self._unit_only(name, start, end):
            return None
        self.firm_spans.append((start, end))
        return self.add("enterprises", name, {
            "name": name, "roles": list(roles), "region": self.x.scope.get("region"),
            "park": self.park_in(start - 40, start) or None, "aliases": [a for a in aliases if a != name],
            "evidence": [self.ev(start, end, conf)],
        })

    def _two_places(self, name):
        """True when `name` is two places of the text: a region or a park's place, then the place a park of the
        text is named after (某某|甲湾: a zone's place, then its park's place, standing where an owner would; the zone's place may be
        written without its province, 某某 of 某省某某经济技术开发区)."""
        places = self.park_places
        return len(name) <= 8 and any(name[k:] in places and (self.regions.knows(name[:k]) or
                                                              any(p.endswith(name[:k]) for p in places))
                                      for k in range(2, len(name) - 1))

    def _known_short_forms(self):
        """The short forms of the registered names found so far (see :func:`_short_forms`)."""
        n = len(self.x.enterprises)
        if self._short_cache[0] != n:
            # (the short forms of each name, a function of the name alone, asked once per document)
            memo = self.__dict__.setdefault("_short_memo", {})
            self._short_cache = (n, {f for e in self.x.enterprises for f in (
                memo[e["name"]] if e["name"] in memo else memo.setdefault(e["name"], _short_forms(e["name"])))})
        return self._short_cache[1]

    def _declared_short_end(self, name):
        """The short name declared for a firm so far ((以下简称“甲钢集团”)) that `name` ends with, when what stands in
        front of it is no place (a clause: 我们还梳理|甲钢集团), else ``""``."""
        ends = sorted({a for e in self.x.enterprises for a in e.get("aliases", ())
                       if len(a) >= 3 and len(name) > len(a) + 1 and name.endswith(a)}, key=len, reverse=True)
        if ends and not _lead_len(name):
            return next((a for a in ends if not self.regions.knows(name[: len(name) - len(a)])), "")
        return ""

    def _unit_only(self, name, start, end):
        """True when `name`, a unit the document lists as responsible for a task, is named here as a unit again: the
        one charged with a task (由甲供电公司负责…) or in the list of the units that attend (列席:甲局、乙公司)."""
        if self._dept_names is None:
            self._dept_names = {n for d in self.x.departments for n in (d["name"], d["as_written"])}
        if name not in self._dept_names:
            return False
        text = self.text
        if text[start - 1: start] == "由" and text.startswith("负责", end):
            return True
        if _ATTENDING_AFTER.match(text, end):
            return True  # 甲局、乙供电公司负责同志参加会议: the units that attend, listed in the sentence
        return bool(_ATTENDING.search(text, text.rfind("\n", 0, start) + 1, start))

    def _legal_names(self):
        """Names ending in an organisation form: 某某集团股份有限公司, 某某石化公司, 某某集团某某公司."""
        text = self.text
        # (kept for _list_clauses; every form holds one of _LEGAL_FORM_ANCHORS at a known offset: tried only there)
        starts = sorted({q - k for q in _anchored_starts(text, _LEGAL_ANCHORS) for k in _LEGAL_FORM_OFFSETS[text[q:q + 2]]
                         if q >= k})
        forms = self._legal_form_matches = list(_finditer_at(_LEGAL_FORM_RE, text, starts))
        i = 0
        while i < len(forms):
            f = forms[i]
            end = f.end()
            if f.group() == "公司" and text[f.start() - 1: f.start()] == "子" and any(
                    (r := _FIRM_RELATION.match(text, f.start() - k)) and r.end() == end for k in (1, 2, 3, 4)):
                i += 1  # 甲集团控股子公司|乙有限公司: what the next firm is to the group, no name ends here
                continue
            # a subsidiary written after its group: 金川集团|精密铜材公司, 酒钢集团|榆钢公司
            # (two forms that touch are one longer form: 某某集团|控股有限公司)
            while i + 1 < len(forms) and (forms[i + 1].start() == end or 0 < forms[i + 1].start() - end <= 8 and
                    re.fullmatch(rf"[{H}A-Za-z]+", text[end:forms[i + 1].start()]) and
                    not _ITEM_END.search(text[end:forms[i + 1].start()]) and
                    not _FIRM_RELATION.match(text, end) and
                    not re.search(r"和|与|及|、", text[end:forms[i + 1].start()]) and
                    not _CUT_RE.search(text, end, forms[i + 1].start())):  # (甲集团重组|乙公司: two firms)
                i += 1
                end = forms[i].end()
            i += 1
            start = f.start()
            lo = max(self.clause_start(start), start - 24)
            # a parenthesis inside the name (某某(集团)股份有限公司, 某某(赣州)有限公司): the name goes on before it
            op = text.rfind("(", max(0, lo - 9), lo - 2) if lo >= 3 and text[lo - 1] == ")" else -1
            if op > 0 and ")" not in text[op:lo - 1] and _HAN_CHAR.match(text, op - 1) and \
                    _HAN_ONLY.fullmatch(text, op + 1, lo - 1):
                lo = max(self.clause_start(op), start - 30)
            j = start
            if text.startswith(("法", "化"), end):
                continue  # 公司法: a law; 集团化发展: a way of working
            if f.group() == "公司" and (text[f.start() - 1: f.start()] in _NOT_BEFORE_FIRM or
                                        text.startswith("上市", f.start() - 2)):
                continue  # 有利于公司, 对公司, 增强公司: the firm an announcement speaks of; 上市公司: a kind
            if text.startswith("合作社", f.start()):
                continue  # 奶农合作社, 种植合作社: a kind of cooperative; a registered one is a 专业合作社
            op = text.rfind("(", max(0, start - 12), start)
            if op >= 0 and text.startswith(("以下简称", "简称", "下称"), op + 1) and ")" not in text[op:start]:
                continue  # (以下简称华煤集团): the short name of the firm before it
            while j > lo and text[j - 1] not in _NAME_STOPS and (
                    "\u4e00" <= text[j - 1] <= "\u9fff" or text[j - 1] in "()" or text[j - 1].isascii() and text[j - 1].isalpha()):
                j -= 1
                if j - lo >= 3 and text[j - 1] in "和与及" and _HAN_CHAR.match(text, j - 2) and \
                        text[j - 2] not in _NAME_STOPS and (text[j:start] in self.product_set or
                                                            text[j - 1] == "和" and self._and_in_name(j - 1, lo, start)):
                    j -= 1  # 某县泰和|兰炭有限公司: a product alone is no trade name, the 和 is the name's
            if j - lo >= 2 and text[j - 1] == "和" and start - j >= 2 and \
                    (n := next((n for n in (2, 3) if j - n >= lo and self.regions.knows(text[j - n:j])), 0)):
                j -= n  # 民和|祥瑞铁合金有限责任公司: a county whose name ends in 和, the firm's place of origin
            if j > lo and _opens_with_place(text[j - 1:j + 5], 1):
                j -= 1  # 同|仁市…有限公司, 和|田市…: a place written with its suffix opens the name
            if j - lo >= 4 and text[j - 1] in "同向和" and start - j >= 2:
                # 某县同|源新能源科技有限公司: a county written right before the 同 makes it the first character of the
                # trade name (the place of origin, then the name), not a preposition
                for n in (4, 3, 2):
                    if j - 1 - n >= lo and text[j - 2] in "市县区旗" and self.regions.knows(text[j - 1 - n:j - 1]):
                        j -= 1 + n
                        break
            raw = text[j:end]
            k = raw.rfind("以")
            if 0 < k < start - j and "为" in text[end:end + 40]:
                raw, j = raw[k + 1:], j + k + 1  # 园区以某某有限公司为龙头: 以…为 frames the name
            name = _strip_lead(raw, keep=len(text[f.start():end]) + 2)
            if len(name) < len(raw) and _opens_with_place(raw, len(raw) - len(name)):
                name = raw  # 和|田市…有限公司: the 和 of a place written with its suffix is no lead word
            if len(name) < len(raw) and _sector_vocabulary().covers(name[: len(name) - len(text[f.start():end])]) and \
                    (lead := (whole := _strip_lead(raw, cut=False))[: len(whole) - len(name)]).endswith("建设") and \
                    not _CUT_RE.search(lead, 0, len(lead) - 2) and \
                    not _sector_vocabulary().covers(whole[: len(whole) - len(text[f.start():end])]):
                name = whole  # 推动|某某开发区建设投资集团: 建设 inside the name (建设投资) is the name's, not the clause's
            if not _opens_with_place(name, 1):
                # (同仁市|…有限公司, 和田市|…: a place written with its suffix opens the name; its first character is
                # no preposition)
                name = re.sub(r"^(?:以|把|将|与|和|及|对|向|由|在|同|通过|据|推动|支持|依托|围绕|发挥)+", "", name)
            if (v := _SERVE_VERB.match(name)) and (_firm_like(c := _LEGAL_FORM_RE.sub("", name[v.end():])) or
                                                   _origin_named(c)):
                name = name[v.end():]  # 保障|甲铝业有限公司用电: a verb of what is done for the firm
            # 甲集团所属|乙公司, 进入|甲集团: a word that relates a firm to another never stands inside a name; a time
            # word in front (年内完成|甲集团) is the clause's, with the lead words after it
            name = _FIRM_RELATION.split(name)[-1]
            if _TIME_LEAD.match(name):
                name = _strip_lead(name[_TIME_LEAD.match(name).end():], keep=len(text[f.start():end]) + 2)
            name = name[name.rfind("了") + 1:]  # 集聚了|某某公司: a verb and its aspect particle stand in front
            if "待" in name or "需" in name:
                name = _AWAITS.split(name)[-1]  # 方案尚待|电网公司批复: what still waits on the firm stands in front
            if len(name) >= 6 and (al := self._declared_short_end(name)):
                name = al  # 我们还梳理|甲钢集团, 全市…高度依赖|甲钢集团: the short name the text declared, a clause in front
            rl = _ROLE_LABEL.match(name)  # 链主企业|某某股份有限公司: the firm's role stands in front
            roles = [_ROLE_WORDS[rl.group("r")]] if rl and rl.group("r") in _ROLE_WORDS else []
            name = name[rl.end():] if rl else name
            s = end - len(name)
            core = name[: len(name) - len(text[f.start():end])] if f.start() >= s else ""
            core = _LEGAL_FORM_RE.sub("", core) if core else core
            if _COUNTED_FIRMS.search(name):
                continue  # 北京一家文旅投资企业联合本地国有平台公司: firms described and counted, no name
            if len(core) < 2 or _AFTER_EVENT.search(core) or _FOUNDED_END.search(core) or name[:1] in ("区", "市", "县", "省", "乡", "镇") and not _lead_len(name):
                continue
            if _sector_vocabulary().covers(core) or _ORG.search(name) or "的" in name:
                continue
            ll = _lead_len(core)
            brand = core[ll:]
            if brand and _sector_vocabulary().at(brand, 0) and not ll:
                continue  # 工业企业发行公司, 国有控股上市公司: a sector or generic word, no trade name
            rec = self.add_enterprise(name, roles, s, end, 0.8)
            paren = text.startswith("(", end)  # (both patterns of a short name open with its parenthesis)
            short = re.match(r"\((?:以下简称|简称|下称)[“\"]?(?P<s>[^()”\"]{2,10})[”\"]?\)", text[end:end + 20]) if paren else None
            if short is None and paren:
                # the short name in parentheses right after the name, without 以下简称 (某某集团有限公司(某钢)): a
                # part of the name's core (not a place, a role or a form)
                short = re.match(rf"\((?P<s>[{H}]{{2,10}})\)", text[end:end + 12])
                if short and (short.group("s")[0] not in core or _LEGAL_FORM_RE.fullmatch(short.group("s")) or
                              self.regions.knows(short.group("s")) or short.group("s") in _ROLE_WORDS):
                    short = None
            if rec is not None and short and short.group("s") != name:
                rec.setdefault("aliases", []).append(short.group("s"))
                self.firm_spans.append((end, end + short.end()))

    def _list_start(self, pos):
        """The clause start of `pos`, over a note in parentheses after a firm of the list (甲时代(某市)、乙电池(某县)
        等企业, 甲化工(主营甲醇)、乙硅业(…)等: the city of each firm's plant or what it makes does not close the clause)."""
        text = self.text
        cs = self.clause_start(pos)
        while cs >= 4:
            if text[cs - 1] == ")" and (op := text.rfind("(", max(0, cs - 17), cs - 1)) >= 2 and \
                    _ITEM_NOTE.fullmatch(text, op, cs) and _HAN_CHAR.match(text, op - 1):
                cs = self.clause_start(op)
            elif text[cs - 1] == "”" and (oq := text.rfind("“", max(0, cs - 20), cs - 1)) >= 0 and \
                    _HAN_ONLY.fullmatch(text, oq + 1, cs - 1) and text[oq - 1: oq] in ("、", "”", "") or \
                    text[cs - 1] == "“" and text.startswith("、", cs - 2):
                cs = self.clause_start(cs - 1)  # (“甲化工”、“乙硅业”等企业: each name in quotation marks)
            else:
                break
        return cs

    def _list_end(self, pos):
        """The clause end of `pos`, over the notes in parentheses after the firms of a list (see :meth:`_list_start`)."""
        text = self.text
        ce = self.clause_end(pos)
        while text.startswith("(", ce) and _HAN_CHAR.match(text, ce - 1) and (q := _ITEM_NOTE_AT.match(text, ce)) and \
                text.startswith(("、", "等"), q.end()):
            ce = self.clause_end(q.end())
        return ce

    def _and_in_name(self, k, lo, start):
        """True when the 和 at `k`, before the organisation form at `start`, is a character of the firm's name: what
        follows it up to the form is no trade name (某地金和|光电科技有限公司, 某地鑫和|半导体有限公司: a product and
        trade words), or what precedes it is a place and one character (某省银|和…: no firm is named by one)."""
        text = self.text
        after = text[k + 1:start]
        while (t := _FIRM_WORD_RE.search(after)) and t.start() > 0 or after in TRADE_WORDS:
            after = after[: t.start()] if t and t.start() > 0 else ""
        b = k
        while b > lo and _HAN_CHAR.match(text, b - 1) and text[b - 1] not in _NAME_STOPS:
            b -= 1
        before = _strip_lead(text[b:k], cut=False)
        if not before or _FIRM_ONLY.search(before) or ("enterprises", before) in self._seen:
            return False  # 甲化工和|乙科技有限公司: two firms
        if not after or _product_vocabulary().covers(after) or _sector_vocabulary().covers(after):
            return True
        lead = region_index().leading(before)
        return bool(lead) and len(before) - sum(len(t) for t, _ in lead) == 1

    def _add_listed(self, items, roles, conf, require_majority=True, vouched=False, makers=False):
        # 甲时代(某市)、乙电池(某县)等企业: a firm written with the city of its plant in parentheses; the bare name is
        # judged, the written form is its alias
        # (a note of what the firm makes or is, 甲化工(主营甲醇), 乙光电(链主企业), is no part of its name)
        written, noted = {}, {}
        if any(i.endswith(")") for i, _ in items):
            for k, (i, p) in enumerate(items):
                q = _ITEM_NOTE.search(i) if i.endswith(")") else None
                if not q or q.start() < 2 or "(" in i[: q.start()] or _LEGAL_FORM_RE.fullmatch(q.group(1)):
                    continue
                if self.regions.knows(q.group(1)):
                    written[i[: q.start()]] = i
                else:
                    noted[i[: q.start()]] = [r for w, r in _ROLE_WORDS.items() if w in q.group(1)]
                items[k] = (i[: q.start()], p)
        items = [(i.strip("“”"), p + (i[:1] == "“")) if "”" in i else (i, p) for i, p in items]
        # 甲集团及旗下|乙新能源、丙储能: the list of a group's subsidiaries starts after the word that relates them
        if items and (k := _firm_name_start(items[0][0])):
            items[0] = (items[0][0][k:], items[0][1] + k)
        # 甲公司与乙分公司|加强合作: the verb of the clause after the last firm's registered name is no part of it
        if items and (m := _LEGAL_TAIL_VERB.search(items[-1][0])):
            items[-1] = (items[-1][0][: m.start() + len(m.group("f"))], items[-1][1])
        # 甲产业链—乙集团、丙化工: the chain the firms are listed under, written in front as a label
        if items and (lb := _CHAIN_LABEL.match(items[0][0])) and len(items[0][0]) - lb.end() >= 2:
            items[0] = (items[0][0][lb.end():], items[0][1] + lb.end())
        # 轻量化环节甲精密等企业: the link or field the firms work in is written in front of the first name
        items = [(i[f.end():], p + f.end()) if (f := _FIELD_LEAD.match(i)) and len(i) - f.end() >= 2 else (i, p)
                 for i, p in items]
        # 紧盯|甲科技、乙电工等重点企业: a verb of the clause glued to a firm the text already names (its name or the
        # short form of its registered name): the list starts at the firm
        if items and ("enterprises", items[0][0]) not in self._seen:
            i0, p0 = items[0]
            k = next((k for k in (1, 2, 3) if len(i0) - k >= 2 and (("enterprises", i0[k:]) in self._seen or
                                                                   i0[k:] in self._known_short_forms())), 0)
            if k:
                items[0] = (i0[k:], p0 + k)
        # 对|甲新材、乙硅业等企业…: a preposition left in front of the first name
        if items and items[0][0][:1] in "对向给" and (_firm_like(items[0][0][1:]) or _origin_named(items[0][0][1:])):
            items[0] = (items[0][0][1:], items[0][1] + 1)
        # 保障|甲铝业、乙化工等企业用电, 帮扶|甲铝业…: a verb of what the government does for the firms, glued to the first
        if items and (v := _SERVE_VERB.match(items[0][0])) and (_firm_like(r := items[0][0][v.end():]) or
                                                                _origin_named(r) or _LEGAL_FORM_RE.search(r[-4:])):
            items[0] = (r, items[0][1] + v.end())
        # 帮助本地企业与|甲、乙等终端企业…: the list starts after the 与 that follows the clause's own subject
        if items and (k := items[0][0].rfind("与")) > 0 and len(items[0][0]) - k > 2 and \
                not _plausible_name(items[0][0][:k]) and _plausible_name(items[0][0][k + 1:]):
            items[0] = (items[0][0][k + 1:], items[0][1] + k + 1)
            # 支持甲集团与|乙、丙等企业合作: a firm of the text, then 与 and the firms it is to work with: both are firms
        elif items and (k := items[0][0].rfind("与")) >= 2 and len(items[0][0]) - k > 2 and \
                _plausible_name(items[0][0][k + 1:]) and (
                    _firm_like(f0 := _strip_lead(items[0][0][:k], cut=False)) or _LEGAL_FORM_RE.search(f0[-4:]) or
                    ("enterprises", f0) in self._seen or f0 in self._known_short_forms()):
            i0, p0 = items[0]
            items[0:1] = [(f0, p0 + k - len(f0)), (i0[k + 1:], p0 + k + 1)]
        # 我们要和|甲、乙这样的头部企业…: the speaker, then 和/同/跟 and the firms (a pronoun is never a firm's)
        elif items and (pr := _PRONOUN_WITH.match(items[0][0])) and len(items[0][0]) - pr.end() >= 2:
            items[0] = (items[0][0][pr.end():], items[0][1] + pr.end())
        # a firm's name in the list (a legal name, a trade word, a place of origin) vouches for its neighbours,
        # though the text also asks to recruit them (引进甲科技有限公司、乙锂电等一批企业)
        if items and (h := _HOLD_LEAD.match(items[0][0])) and len(items[0][0]) - h.end() >= 2:
            items[0] = (items[0][0][h.end():], items[0][1] + h.end())  # 园区内有|甲铝业、乙化工等规上企业
        firms = sum(bool(_LEGAL_FORM_RE.search(i[-4:]) or _firm_like(i) or _origin_named(i)) for i, _ in items)
        good = [(i, p) for i, p in items
                if self._listed_name_ok(i, recruited=vouched or firms * 2 >= len(items), makers=makers)]
        if len(good) < len(items) and any(map(_place_produce, (i for i, _ in items))):
            # 某州牛肉面、某地手抓等餐饮企业: beside a place's produce, a place and a bare word is a dish or a crop too
            good = [(i, p) for i, p in good if not _place_produce(i, any_word=True)]
        if not good or (require_majority and len(good) < len(items) / 2):
            return []
        out = []
        for item, p in good:
            rec = self.add_enterprise(item, sorted({*roles, *noted.get(item, ())}), p, p + len(item), conf,
                                      makers=makers, aliases=[written[item]] if item in written else ())
            if rec is not None:
                out.append(rec)
        return out

    def _listed_name_ok(self, item, recruited=False, makers=False):
        """`item` of a list may be a firm's name; with `recruited`, a wanted link may be one too; with `makers` (the
        list names carmakers, 甲、乙等主机厂) a county's short name may be one too (a brand named after its town)."""
        if not _plausible_name(item) and not _LEGAL_FORM_RE.search(item[-4:]) or _LEGAL_FORM_RE.fullmatch(item):
            return False  # (有限责任公司 alone: the end of a name cut at a parenthesis)
        if _FIRM_GRADE.fullmatch(item):
            return False  # “专精特新”、“小巨人”等企业: grades of firms, not names
        if _place_produce(item) and not _LEGAL_FORM_RE.search(item[-4:]):
            return False  # 某县蜜瓜、某区牛肉等加工企业: brands of the land the firms work, not the firms
        if item in self.product_set and not (_firm_like(item) or _origin_named(item)) or _is_sector_phrase(item) or \
                (self.regions.is_region_name(item) if makers else self.regions.knows(item)) or item in self.wanted_set and not (recruited and not _PRODUCT_END.search(item)) \
                and not _firm_like(item) and not _origin_named(item):
            return False  # a link or an industry, unless a trade name (a firm to recruit is also a wanted link)
        if item in self.park_names or _PARK_SUFFIX_RE.search(item) or _ANON_REGION_END.search(item):
            return False
        if _product_vocabulary().at(item, 0) and not (_firm_like(item) or _LEGAL_FORM_RE.search(item[-4:])):
            return False  # 电池托盘, 光伏支架: a product (a firm's name starts with its brand or its place)
        fw = _FIRM_WORD_RE.search(item)
        if fw and fw.start() >= 2 and ("enterprises", item) not in self._seen and not _origin_named(item) and \
                any(w.startswith(item[: fw.start()]) for w in self._products_by_first.get(item[0], ())):
            return False  # 乙炔化工: the trade of a product the document names (a chain's step), not a trade name
        return len(item) <= 20

    def find_enterprises(self):
        text = self.text
        self.product_set = {lk for c in self.x.chains for lk in c["links"]} | set(self.industry_names)
        self._products_by_first = {}  # the products the document names (chain steps, industries), by first character
        for w in self.product_set:
            if w:
                self._products_by_first.setdefault(w[0], []).append(w)
        self.wanted_set = {w["link"] for w in self.x.wanted_links}
        self._legal_names()
        # …等(龙头)企业: the items of the list before 等 are firms, unless what stands between 等 and 企业
        # makes them sectors (等行业企业, 等领域龙头企业, 等上下游企业)
        # (and 甲、乙这样的头部企业, 这类企业, 一样的企业: the same list, closed by a word of likeness; a second scan with
        # its own literal, only where one occurs)
        for m in heapq.merge(
                _FIRMS_OF_KIND.finditer(text),
                _finditer_at(_LIKE_FIRMS, text, _anchored_starts(text, _LIKE_ANCHORS))
                if "这" in text or "一样" in text else (),
                key=lambda m: m.start()):
            desc = m.group("desc").replace("“", "").replace("”", "")
            if _DESC_NOT_FIRMS.search(desc) or \
                    desc.startswith("地"):
                continue  # (甲、乙等地纺织企业: the items are places the firms are in; 甲大学、乙所等高校院所和…企业;
                # 通过控股、代工等方式与中小企业…: the means, and the firms are the other party)
            cs = self._list_start(m.start())
            items = self.list_items(cs, m.start(), stop=True)
            if m.re is _LIKE_FIRMS and len(items) < 2 and not all(
                    _firm_like(i) or _origin_named(i) or _LEGAL_FORM_RE.search(i[-4:]) or ("enterprises", i) in self._seen
                    for i, _ in items):
                continue  # 要支持|这些企业: a demonstrative points back, one item is a name only when it looks like one
            sector = _ROLE_STRIP.sub("", desc)
            # …等动力电池龙头企业: a role word (龙头, 链主, 头部) makes the items firms of that sector, unless the
            # items are sectors themselves
            leading = re.search(r"龙头|链主|领军|头部|骨干", desc) and not any(
                _is_sector_phrase(i) or _PRODUCT_END.search(i) and not _firm_like(i) for i, _ in items)
            # (…等一批行业头部企业: 行业 with a role word ranks the firms in their trade, it names no category)
            category = bool(_ENT_CATEGORY.search(_RANKED_IN_TRADE.sub("", desc) if leading else desc))
            if category and not all(_firm_like(i) or _origin_named(i) for i, _ in items):
                continue
            # (a quality in front of the sector, 高原特色|农畜产品加工, 沿黄|纺织, leaves it a sector)
            if sector and (_is_sector_phrase(sector) or any(
                    _is_sector_phrase(sector[k:]) for k in range(1, len(sector) - 3))) and not leading and \
                    sum(_firm_like(i) or _origin_named(i) or _LEGAL_FORM_RE.search(i[-4:]) is not None
                        for i, _ in items) * 2 <= len(items) and not (len(items) >= 2 and all(
                        len(i) >= 4 and _HAN_ONLY.fullmatch(i) and not _product_vocabulary().at(i, 0) and
                        not _is_sector_phrase(i) and i not in self.product_set and not self.regions.knows(i[:2]) and
                        _plausible_owner(i, strict=False) for i, _ in items)):
                continue  # 电机、变压器等装备制造企业: products of a sector, unless most items are trade names (or
                # brands of four characters that open with no product, 甲乙智能、丙丁重能等整机企业)
            roles = sorted({r for w, r in _ROLE_WORDS.items() if w in desc})
            self._add_listed(items, roles, 0.8, vouched=bool(leading),  # (引进甲、乙等龙头企业: firms to recruit)
                             makers=m.group("kind") in ("主机厂", "整车厂", "车企"))
        # A、B重点企业 / A、B龙头企业 / A、B、C3家企业 without 等; 龙头企业A、B (the role in front of the list)
        def vouched(items):
            return sum(_firm_like(i) or _origin_named(i) or ("enterprises", i) in self._seen for i, _ in items) * 2 > \
                len(items)

        for q in _occurrences(text, "企业"):
            e = q + 2
            desc = text[q - 2:q] if text[q - 2:q] in ("龙头", "骨干", "重点", "链主") else None
            # (_COUNT_FIRMS needs a 家 or 户 in the window)
            c = None if desc or (text.find("家", max(0, q - 14), q) < 0 and text.find("户", max(0, q - 14), q) < 0) else \
                _COUNT_FIRMS.search(text, max(0, q - 14), q)
            if not desc and not c:
                continue
            ls = c.start() if c else q - 2  # where the list before the role or the count ends
            roles = [_ROLE_WORDS.get(desc, "龙头")] if desc and desc != "重点" else []
            if desc and _HAN_CHAR.match(text, e):
                ce = self.clause_end(e)
                cut = text.find("等", e, ce)
                after = self.list_items(e, cut if cut >= 0 else ce, stop=True, cut=False)
                if after and vouched(after):
                    self._add_listed(after, roles, 0.7)
                    continue
            cs = self.clause_start(ls)
            if "等" in text[max(cs, ls - 3):ls] or "、" not in text[cs:ls]:
                continue
            items = self.list_items(cs, ls, stop=True)
            if not vouched(items) and not (c and _cn_number(c.group("n")) == len(items) >= 2 and
                                           all(_plausible_owner(i, strict=False) for i, _ in items)):
                continue  # 创新能力强、市场占有率高…的龙头企业: qualities, not names (甲、乙2家企业: as many names as firms)
            self._add_listed(items, roles, 0.75)
        # 以A、B为龙头 / 链主
        for m in _finditer_at(_LEAD_ROLE, text, _lead_role_starts(text)):
            items = [(_ALIAS_ASIDE.sub("", i), p) for i, p in self.list_items(m.start("list"), m.end("list"), cut=False)]
            if items and items[-1][0].endswith("等") and len(items[-1][0]) >= 3:
                items[-1] = (items[-1][0][:-1], items[-1][1])  # 以甲酒业、乙葡萄酒等为龙头: the list ends at 等
            role = "链主" if m.group("role") == "链主" else "龙头"
            if m.group("role") in ("引领", "核心", "重点") and not all(
                    _firm_like(i) or _LEGAL_FORM_RE.search(i[-4:]) or m.group("role") == "重点" and _origin_named(i)
                    for i, _ in items):
                continue  # 以深化某某改革为核心, 以甲、乙产品为重点: a task or products, not firms
            if items and all(self._listed_name_ok(i) for i, _ in items):
                for item, p in items:  # (以甲铝业、乙铝材为重点: the firms a task leans on, no role stated)
                    self.add_enterprise(item, [role] if m.group("role") != "重点" else [], p, p + len(item), 0.8)
        self._firm_tables()
        self._firm_roster()
        # the firms a count of firms is made of, in the next clause of the sentence: 入驻规上企业12户,主要有|甲、乙、丙等
        for m in _finditer_at(_FIRMS_NAMED_AFTER, text, _anchored_starts(text, _NAMED_AFTER_ANCHORS)):
            ss = self.sentence_start(m.start())
            if not _FIRMS_COUNTED.search(text, max(ss, m.start() - 30), m.start()):
                continue  # (主要有以下几方面: no firms counted before)
            end = self.clause_end(m.end())
            cut = text.find("等", m.end(), end)
            items = self.list_items(m.end(), cut if cut >= 0 else end, stop=True)
            if len(items) >= 2 and "企业" in m.group() or len(items) >= 2 and sum(_firm_like(i) or _origin_named(i) or _LEGAL_FORM_RE.search(i[-4:]) is not None or
                                       ("enterprises", i) in self._seen or (w := _FIRM_WORD_END.search(i)) is not None
                                       and w.start() >= 2 for i, _ in items) * 2 > len(items):
                self._add_listed(items, [], 0.7)
        # a field labelled with a kind of firm: 链主企业:甲、乙; 配套服务企业:甲、乙等为园区提供… (up to 等 or the clause)
        for m in _finditer_at(_FIRM_LABEL, text, _colon_label_starts(text, 2)):
            ls = text.rfind("\n", 0, m.start()) + 1
            if m.start() - ls > 14 or _LABEL_BREAK.search(text, ls, m.start()):
                continue  # a label opens its line ((二)链主企业:, 6. 配套服务企业:), it does not end a sentence
            end = self._list_end(m.end())
            cut = text.find("等", m.end(), end)
            items = self.list_items(m.end(), cut if cut >= 0 else end, stop=True)
            items = [(_ITEM_NOTE.sub("", i) if i.endswith(")") else i, p) for i, p in items]  # (for the check below)
            if not any(_firm_like(i) or _origin_named(i) or _LEGAL_FORM_RE.search(i[-4:]) or
                       ("enterprises", i) in self._seen or (w := _FIRM_WORD_END.search(i)) and w.start() >= 2 and
                       _plausible_owner(i, strict=False) for i, _ in items):
                continue  # 链主企业:发挥…作用: a duty, not a list of firms (a trade word, 甲乙重工, or a known firm vouches)
            roles = sorted({r for w, r in _ROLE_WORDS.items() if w in text[ls:m.start()]})
            self._add_listed(items, roles, 0.75)
        # an item of a numbered list of firms, the name before a colon: 3. 甲聚烯烃:主营高密度聚乙烯… (a trade word, a
        # place of origin or what follows, 主营/成立于/注册资本, says that it is a firm)
        for m in _finditer_at(_ENUM_NAME, text, _enum_starts(text)):
            name = m.group("n")
            cue = _FIRM_CUE.match(text, m.end())
            if self._listed_name_ok(name) and _plausible_owner(name, strict=False) and _strip_lead(name) == name and \
                    (cue or _firm_like(name) or _origin_named(name)):  # (not 1. 聚焦某某新材料: a task)
                self.add_enterprise(name, [], m.start("n"), m.end("n"), 0.7)
        # a trade name that does what firms do, at the head of its clause: 甲化工投资12亿元建设…, 由甲能源投资建设…,
        # 甲新材获评绿色工厂, 甲铝业产值突破百亿元
        for m in _finditer_at(_FIRM_DEED, text, _anchored_starts(text, _DEED_ANCHORS)):
            cs = self.clause_start(m.start())
            if m.start() - cs > 30:
                continue
            name = _strip_lead(text[cs:m.start()], cut=False)
            if (k := name.rfind("在")) >= 2 and (self.regions.knows(w := name[k + 1:]) or _WRITER_PLACE.fullmatch(w)):
                name = name[:k]  # 甲化工|在某县|投资10亿元…: the place of the deed after the firm
            if _firm_like(name):  # (a trade word: 某地苹果获评… names a brand of produce)
                at = text.rfind(name, cs, m.start())
                self.add_enterprise(name, [], at, at + len(name), 0.6)
        # the subject of a clause that builds a capacity at a place: 甲乙绿能在某新区布局5GW组件项目 (a brand of four
        # characters, no place, park, product or sector: only a firm builds its own plant somewhere)
        # (a match starts with one of its four verbs: tried only where one occurs)
        for m in _finditer_at(_BUILDS_CAPACITY, text, _anchored_starts(text, _BUILD_ANCHORS)):
            at = text.rfind("在", max(0, m.start() - 12), m.start())
            cs = self.clause_start(m.start())
            if at < 0 or at - cs != 4:
                continue
            name = text[cs:at]
            if _HAN_ONLY.fullmatch(name) and not _lead_len(name) and not self.regions.knows(name[:2]) and \
                    name not in self.park_names and not _product_vocabulary().at(name, 0) and \
                    not _is_sector_phrase(name) and name not in self.product_set and not _ORG.search(name) and \
                    _plausible_owner(name, strict=False) and self._listed_name_ok(name) and \
                    (self.regions.knows(p := text[at + 1:m.start()]) or self._region_prefix(p) is not None or
                     _PARK_SUFFIX_RE.search(p)):
                self.add_enterprise(name, [], cs, at, 0.6)
        # a firm the plan leans on, with a trade word, before what is done with it: 依托甲铝业推动…链条延伸,
        # 依托乙化工发展… (a park, a place or a sector leaned on is no firm; the trade word says it is one)
        for m in _LEANED_ON.finditer(text) if "依托" in text else ():
            name = m.group("n")
            if _firm_like(name) and name not in self.park_names and not self.regions.knows(name):
                self.add_enterprise(name, [], m.start("n"), m.end("n"), 0.6)
        # a firm's branch for a place, named by the firm and the place in parentheses before what it builds:
        # 推进甲乙(某省)数据中心二期, 甲乙(某县)基地一期投运
        for m in _BRANCH_PLACE.finditer(text):
            cs = self.clause_start(m.start())
            ce = self.clause_end(m.end())
            if m.start() - cs > 24 or not self.regions.knows(m.group("r")) or \
                    not _BRANCH_WORK.search(text, m.end(), min(ce, m.end() + 24)):
                continue
            if _BRANCH_LEGAL.match(text, m.end()) or _GEO_WORD.fullmatch(text, max(cs, m.start() - 2), m.start()):
                continue  # 甲乙(某市)环保科技有限公司: a legal name with its place inside; 中国(某省)…博览会: an event
            name = _strip_lead(text[cs:m.start()], cut=False)
            name = _strip_lead(name[name.rfind("、") + 1:], cut=False)  # 甲项目、|乙硅业(某县)…: the next item's firm
            if 2 <= len(name) <= 8 and _plausible_owner(name, strict=False) and name not in self.park_names:
                self.add_enterprise(name, [], m.start() - len(name), m.start(), 0.6,
                                    aliases=[name + m.group(0)[: -len(m.group("x"))]])
        # a firm's plant named by the firm and the place it stands in: 甲乙株洲工厂带动…, 发挥甲乙青海基地带动作用 (the
        # firm is 甲乙; a sector, a rank or a place in front names a base, not a firm: 新能源|某地基地, 国家级|某地基地)
        # (the starts of _PLANT_AT's matches: the core words, which cannot overlap, found with str.find; a 生产/制造
        # right before one opens the match there, and no core word ends with 生/产/制/造)
        for q in _anchored_starts(text, _PLANT_ANCHORS):
            if text[q - 2:q] in ("生产", "制造"):
                q -= 2
            rs = next((q - n for n in (3, 2) if self.regions.is_region_name(text[q - n:q]) or
                       self.regions.by_county_short.get(text[q - n:q])), None)  # (甲硅业高台|基地: a county's short name)
            if rs is None or rs < 2 or not _HAN_CHAR.match(text, rs - 1):
                continue
            cs = max(self.clause_start(rs), rs - 8)
            name = _strip_lead(text[cs:rs], cut=True)
            name = name[len(a.group()):] if (a := _AFTER_DONE.match(name)) and len(name) - a.end() >= 2 else name
            name = name[name.rfind("、") + 1:]  # 甲化工某地分厂、|乙硅业某地基地: the item of a list
            if 2 <= len(name) <= 6 and _plausible_owner(name, strict=False) and self._listed_name_ok(name) and \
                    not _LEGAL_FORM_RE.search(name) and not self.regions.knows(name) and \
                    not _PLANT_NOT_OWNER.search(name) and (
                        len(name) <= 3 or _firm_like(name) or _origin_named(name) or ("enterprises", name) in self._seen
                        or name in self._known_short_forms()):
                # (a longer name shows it is a firm's: a trade word, a place of origin, a firm the text names; not
                # 人才培训|某地基地, a designation of what is done there)
                self.add_enterprise(name, [], rs - len(name), rs, 0.6)
        # (the scan only where its rare literals occur: an alternation at its head defeats the literal search)
        for m in _finditer_at(_PARENT_OF, text, _anchored_starts(text, _PARENT_ANCHORS)):
            cs = self.clause_start(m.start())
            k = text.rfind(":", cs, m.start())  # (甲化工:乙集团下属企业: the parent after the firm's label)
            cs = k + 1 if k >= 0 else cs
            name = _strip_lead(text[cs:m.start()], cut=False) if m.start() - cs <= 12 else ""
            if name.startswith(("是", "为", "系")):
                name = name[1:]
            if (k := name.rfind("由")) >= 0 and len(name) - k > 2:
                name = name[k + 1:]  # 该项目由|甲集团全资子公司…: the agent after 由 is the parent
            if 2 <= len(name) <= 10 and _plausible_owner(name, strict=False) and self._listed_name_ok(name) and \
                    not _FOUNDED_END.search(name):  # (设立|全资子公司: a verb, no parent named)
                self.add_enterprise(name, [], m.start() - len(name), m.start(), 0.6)
        # a partner in an agreement or a supply chain: 与某某签订…协议, 与某某合作推进…, 进入某某供应链
        for m in heapq.merge(_PARTNER.finditer(text), _SUPPLIER.finditer(text), key=lambda m: m.start()):
            g = "n"
            if m.start() > 0 and text[m.start() - 1] in "参给" or m.group(g)[0] == "会":
                continue  # 参与国际产能合作, 与会嘉宾
            # (与甲、乙合资组建: each partner of a list, every one a name)
            names = m.group(g).split("、")
            at = m.start(g)
            found = []
            for name in names:
                found.append((name, at))
                at += len(name) + 1
            if any(_PARTNER_NOT.search(n) or _GEO_WORD.search(n[2:] if n.startswith("中国") and len(n) >= 4 else n)
                   for n in names):
                continue  # 与东盟国家: not a partner's name (与中国某建 is one)
            ok = [(n, a) for n, a in found if (len(n) >= 3 or _firm_like(n)) and self._listed_name_ok(n) and
                  _plausible_owner(n, strict=False) and "等" not in n]
            if len(ok) == len(found):
                for name, a in ok:
                    self.add_enterprise(name, [], a, a + len(name), 0.6)
                if m.re is _PARTNER:  # the other party, at the head of the clause: 甲化工与乙集团合资建设…
                    cs = self.clause_start(m.start())
                    other = _strip_lead(text[cs:m.start()], cut=False) if m.start() - cs <= 20 else ""
                    if _firm_like(other) or _origin_named(other):
                        self.add_enterprise(other, [], m.start() - len(other), m.start(), 0.6)
        # a list that holds firms holds only firms: A公司、B、C集团就…达成合作 (the legal names vouch for
        # their neighbours); and a list of trade names with trade words (甲化工、乙生物…) is one of firms
        for cs, ce in self._list_clauses():
            items = [(i[k:], p + k) for i, p in self.list_items(cs, ce, stop=True) for k in [_firm_name_start(i)]]
            if len(items) < 2:
                continue
            legal = [i for i, _ in items if _LEGAL_FORM_RE.search(i[-4:]) and ("enterprises", i) in self._seen]
            # (not a place's produce and 业, 某县枣业、某县辣椒业: the county's industries, in a list that says no 企业)
            firmish = [i for i, _ in items if _firm_like(i) and not (
                i.endswith("业") and _FARM_PRODUCE_END.search(i, 0, len(i) - 1) and 2 <= len(i) - _place_lead(i) <= 4)]
            if legal or len(firmish) >= max(2, (2 * len(items) + 2) // 3):
                self._add_listed(items, [], 0.7, require_majority=True)

    def _firm_roster(self):
        """A roster of firms, a heading line (重点企业名录, 链主企业名单, 骨干企业:) and then one numbered firm a line
        (1.甲农业, 2. 乙食品有限公司; a numbered group heading, (一)某某产业链, may stand between): each is a firm."""
        text = self.text
        for m in _ROSTER_HEAD.finditer(text):
            ls = text.rfind("\n", 0, m.start()) + 1
            if m.start() - ls > 16 or _LABEL_BREAK.search(text, ls, m.start()):
                continue  # the heading is a line of its own, not the end of a sentence
            pos, n = m.end(), 0
            while pos < len(text) and n < 200:
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                e = _ENUM_LEAD.match(text, pos, end)
                if e is None or _SECTION_LEAD.match(text, pos, end):
                    if e is not None or text[pos:end].strip():
                        break  # (四、保障措施: the next section)
                elif any(c.isdigit() for c in text[pos:e.end()]):  # ((二)某某产业链: a group of the roster)
                    name = text[e.end():end].strip()
                    name = name.split()[0] if name else name  # (1. 甲化工 甲醇 某县: the other cells of the line)
                    at = text.find(name, e.end(), end) if name else -1
                    if 2 <= len(name) <= 24 and not _ROSTER_NOT_NAME.search(name) and \
                            (self._listed_name_ok(name) or _LEGAL_FORM_RE.search(name[-4:])):
                        roles = sorted({r for w, r in _ROLE_WORDS.items() if w in text[ls:m.end()]})
                        self.add_enterprise(name, roles, at, at + len(name), 0.7)
                pos, n = end + 1, n + 1
        # a heading line that names a kind of firm ((五)招引目标企业, 链主企业) and one line of names under it
        # (甲、乙、丙): each name is a firm
        # (_ROSTER_LIST_HEAD.finditer: a match has its 企业 two characters after its start, or three after 代表性)
        for m in _finditer_at(_ROSTER_LIST_HEAD, text, sorted({q - k for q in _occurrences(text, "企业") for k in (2, 3)
                                                              if q >= k})) \
                if "企业\n" in text or "企业 " in text or "企业\t" in text else ():
            ls = text.rfind("\n", 0, m.start()) + 1
            head = text[ls:m.start()]
            h = _ENUM_LEAD.match(head)
            rest = head[h.end():] if h else head
            if len(rest) > 6 or rest and not _HAN_ONLY.fullmatch(rest):
                continue  # the heading is a line of its own ((五)招引|目标企业)
            pos = m.end()
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if "、" not in line or len(line) > 160 or _ROSTER_LIST_NOT.search(line):
                continue
            roles = sorted({r for w, r in _ROLE_WORDS.items() if w in text[ls:m.end()]})
            at = pos
            for name in line.split("、"):
                k = at + len(name) - len(name.lstrip())
                name = name.strip()
                if 2 <= len(name) <= 24 and not _ROSTER_NOT_NAME.search(name) and \
                        (self._listed_name_ok(name, recruited=True) or _LEGAL_FORM_RE.search(name[-4:])):
                    self.add_enterprise(name, roles, k, k + len(name), 0.7)
                at += len(name) + 1 + (k - at)

    def _firm_tables(self):
        """A table of firms (序号, 企业名称, 主要产品, 企业类别: one row per line, cells split by tabs): each cell of the
        name column is a firm, with the roles its row states (链主企业); a table of projects is read with the projects."""
        text = self.text
        if "\t" not in text:
            return
        seen = set()
        for t in _finditer_at(_FIRM_TABLE_HEADER, text, _table_header_starts(text)):
            ls = text.rfind("\n", 0, t.start() + 1) + 1  # (the match may open with the line break before the cell)
            le = text.find("\n", t.end())
            le = len(text) if le < 0 else le
            if ls in seen or "\t" not in text[ls:le]:
                continue
            seen.add(ls)
            cells = [c.strip() for c in text[ls:le].split("\t")]
            # (every column of firms: 企业名称; 链主企业 and 配套企业 of a chain's table, a cell may list several)
            cols = [i for i, c in enumerate(cells) if _FIRM_NAME_CELL.fullmatch(c)]
            if not cols or any(c.startswith("项目") for c in cells):
                continue
            pos = le + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end].split("\t")
                if len(row) > len(cells) or len(row) < max(2, max(cols) + 1):
                    break  # (a row may have lost its empty cells at the end of its line)
                for col in cols:
                    at = pos + sum(len(c) + 1 for c in row[:col])
                    roles = sorted({r for k, c in enumerate(row) if k != col for w, r in _ROLE_WORDS.items() if w in c} |
                                   {r for w, r in _ROLE_WORDS.items() if w in cells[col]})
                    names = [(n.group(), n.start()) for n in _CELL_ITEM.finditer(row[col])]
                    for name, off in names:
                        a = at + off + len(name) - len(name.lstrip())
                        name = name.strip()
                        q = _CELL_NOTE.search(name)
                        if q and q.start() >= 2 and not self.regions.knows(q.group(1)) and \
                                not _LEGAL_FORM_RE.fullmatch(q.group(1)):
                            name = name[: q.start()]  # 甲集团(化工板块): the part of the firm the row counts
                        if name and (self._listed_name_ok(name) or _LEGAL_FORM_RE.search(name[-4:])):
                            self.add_enterprise(name, roles, a, a + len(name), 0.8)
                pos = end + 1

    def _list_clauses(self):
        """``(start, end)`` of each clause holding a 、-list and two trade words or an organisation form."""
        text = self.text
        # trade words: the listed ones (the starts of _TRADE_WORDS_ONLY.finditer, from the Aho-Corasick pass of
        # _TRADE_AC) and any …业 but 产业, 企业, 工业… (a scan with a literal prefix)
        start = re.Match.start
        trade = {s for _k, s, _e in _TRADE_AC.find_matches_as_indexes(text)}
        trade.update(map((-1).__add__, map(start, _TRADE_YE.finditer(text, 1))))
        forms = getattr(self, "_legal_form_matches", None)  # (the scan of _legal_names, of the same text)
        legal = set(map(start, forms if forms is not None else _LEGAL_FORM_RE.finditer(text)))
        # the clause of a position p starts at clause_start(p), one past the last clause end before p (the last line
        # break of _clause_text before p: one rfind from p, no list of every clause end), and ends at clause_end of
        # its start; a clause is read when it holds an organisation form, or two trade words (the first trade word of
        # its clause is not enough)
        rfind = self._clause_text.rfind
        ti = [rfind("\n", 0, p) + 1 for p in sorted(trade)]
        keys = {rfind("\n", 0, p) + 1 for p in legal}
        keys.update(_compress(ti, map(_eq, ti, ti[1:])))
        for cs in sorted(keys):
            ce = self.clause_end(cs)
            # (_AND.search(text, cs, ce), a test whether one of its three characters is there: three str.find)
            if ce - cs <= _LIST_SPAN and (text.find("、", cs, ce) >= 0 or text.find("和", cs, ce) >= 0 or
                                          text.find("与", cs, ce) >= 0 or text.find("及", cs, ce) >= 0):
                yield cs, ce  # (two firms joined by 和/与/及 are a list too: 支持甲铝业和乙化工扩能改造)

    def finish_enterprises(self):
        """Merge the forms of one firm (张掖凯烁新能源 and 凯烁新能源; 兰州石化 and 兰州石化公司; 酒钢集团 and
        酒泉钢铁集团公司) and drop names that turned out to be places."""
        recs = self.x.enterprises

        @functools.lru_cache(maxsize=None)
        def core(n):
            m = None
            for m in _LEGAL_FORM_RE.finditer(n):  # (the last form: 甲集团乙铜材|公司, a subsidiary named after its group)
                pass
            forms = ""
            while m and m.end() == len(n) and m.start() >= 2:
                forms = n[m.start():] + forms
                n = n[: m.start()]
                m = None
                for m in _LEGAL_FORM_RE.finditer(n):
                    pass
            if forms and n.endswith("(集团)") and len(n) >= 6:
                n, forms = n[:-4], "集团" + forms  # 甲钢铁(集团)有限责任公司: a group's registered name
            return n, "集团" in forms

        # a county the text names is a place in front of a firm's name even when written short (平果华泰铝业 with
        # 平果市 in the text), though the region index takes a county's short name only after its parent
        shorts = sorted({n[:-1] for n in self.region_counts if len(n) >= 3 and n[-1] in "市县区旗"}, key=len,
                        reverse=True)

        @functools.lru_cache(maxsize=None)
        def lead_len(n):
            ll = _lead_len(n)
            return ll or next((len(t) for t in shorts if n.startswith(t) and len(n) - len(t) >= 2), 0)

        @functools.lru_cache(maxsize=None)
        def branch_short(n):
            """The short form of a group's branch named by its place (中国甲化九江分公司 -> 九江甲化), or ``""``."""
            if not n.endswith("分公司"):
                return ""
            c = core(n)[0]
            for k in (3, 2):
                if len(c) - k >= 2 and region_index().knows(c[-k:]):
                    return c[-k:] + c[-k - 2:-k]
            return ""

        def same(a, b):
            (ca, ga), (cb, gb) = core(a), core(b)
            if ga != gb and (ca != a and cb != b):
                return False
            if ca == cb or cb == branch_short(a) or ca == branch_short(b):
                return True  # (中国甲化九江分公司 / 九江甲化: a branch named by its place and its group's trade)
            for x, y in ((ca, cb), (cb, ca)):
                ll = lead_len(x)
                if ll and x[ll:] == y and len(y) >= 2:
                    return True  # 张掖凯烁新能源 / 凯烁新能源
                if ll and len(y) >= 4 and x[ll:].startswith(y) and _TRADE_WORDS_ONLY.fullmatch(x[ll + len(y):]):
                    return True  # 大理点苍生物制药 / 点苍生物: the short name drops the place and the trade
            # a registered name and the first four or more characters of its trade name, the form a plan
            # uses for it (某地瑞丰新材料股份有限公司 / 瑞丰新材; 某地青禾稀土金属有限公司 / 青禾稀土); not a
            # branch (分公司) and its group's short name
            for x, y, xn, yn in ((ca, cb, a, b), (cb, ca, b, a)):
                if x != xn and y == yn and not xn.endswith("分公司") and len(y) >= 4 and len(x) > len(y):
                    ll, ly = lead_len(x), lead_len(y)
                    if x.startswith(y) or (len(y) - ly >= 4 and x[ll:].startswith(y[ly:])):
                        return True
                # (某地恒曜光伏玻璃有限公司 / 恒曜: the trade name alone, the registered name adds what the firm makes
                # or its sector; 某地甲乙化学工业集团有限公司 / 甲乙集团: a group's short name keeps 集团)
                # (某地甲乙食品有限公司 / 甲乙公司: the trade name and a bare 公司, the way a report names it again)
                if x != xn and (y == yn or ga and gb or yn == y + "公司") and not xn.endswith("分公司") and len(y) >= 2 and \
                        x[lead_len(x):].startswith(y) and (_product_vocabulary().covers(
                            x[lead_len(x) + len(y):]) or _is_sector_phrase(x[lead_len(x) + len(y):]) or
                            yn == y + "公司" and _FIRM_WORD_RE.fullmatch(x[lead_len(x) + len(y):])):
                    return True  # (某地甲乙茶业有限公司 / 甲乙公司: the trade word dropped with the form)
            # a place of origin the index does not read in front (柴达木|恒锂科技有限公司 / 恒锂科技; a county's short
            # name, 某阳|清江新材 / 清江新材): the bare trade name of four or more characters ends the other's core
            for x, y, xn, yn in ((ca, cb, a, b), (cb, ca, b, a)):
                k = len(x) - len(y)
                if y == yn and 2 <= k <= 3 and len(y) >= 4 and x.endswith(y) and not _sector_vocabulary().at(y, 0) \
                        and _HAN_ONLY.fullmatch(x, 0, k) and (x != xn or region_index().by_county_short.get(x[:k])):
                    return True
            if ga and gb:
                # a group written with its country or place of origin in front, and without it (某国|甲乙集团 / 甲乙集团)
                for x, y in ((ca, cb), (cb, ca)):
                    if 2 <= len(x) - len(y) <= 3 and len(y) >= 2 and x.endswith(y) and \
                            _HAN_ONLY.fullmatch(x, 0, len(x) - len(y)) and not _sector_vocabulary().at(y, 0):
                        return True
            short, long_ = sorted((ca, cb), key=len)
            for lg, least in ((long_, 2), (long_[lead_len(long_):], 4)):
                if least <= len(short) < len(lg) and short[0] == lg[0] and not lg.startswith(short):
                    it = iter(lg)
                    if all(ch in it for ch in short):
                        return True  # 酒钢 / 酒泉钢铁; 甲乙零部件 / 某省甲乙汽车零部件 (without the place)
            return False

        merged = []
        index = {}  # core, core without its region, and first character -> merged records

        def keys(n):
            c, _g = core(n)
            ll = lead_len(c)
            # (and the core without two or three characters of an unread place in front: see same())
            ks = {("c", c), ("c", c[ll:]), ("f", c[:1]), ("f", c[ll:ll + 1]), ("c", c[2:]), ("c", c[3:])}
            return ks | {("c", bs)} if (bs := branch_short(n)) else ks

        declared = {}  # a short name the text declares, (以下简称X) -> the merged record of X's firm
        by_name = {}  # the names of each merged record (and those merged into it) -> the record
        first_name = {}  # the index of a merged record renamed after its registered name -> the name it was found by
        for r in recs:
            cands = set()
            ks = keys(r["name"])  # (read twice: the name does not change in between)
            for k in ks:
                cands.update(index.get(k, ()))
            # (a firm found by its short name first, 甲集团, and declared later, 甲某某集团有限公司(以下简称甲集团))
            target = declared.get(r["name"]) or by_name.get(r["name"]) or next(
                (by_name[a] for a in r.get("aliases", ()) if a in by_name), None) or next(
                (merged[i] for i in sorted(cands) if same(first_name.get(i, merged[i]["name"]), r["name"])), None)
            if target is None:
                for k in ks:
                    index.setdefault(k, []).append(len(merged))
                merged.append(r)
                by_name.setdefault(r["name"], r)
                for a in r.get("aliases", ()):
                    declared.setdefault(a, r)
                continue
            self._merge_firm(target, r)
            if target["name"] in r.get("aliases", ()) and len(r["name"]) > len(target["name"]):
                # the firm was found by its short name first, then declared (甲某某集团有限公司(以下简称甲集团)): the
                # registered name names the record
                old = target["name"]
                first_name.setdefault(next(i for i, m in enumerate(merged) if m is target), old)  # (keys and same())
                target["aliases"] = [a for a in target["aliases"] if a != r["name"]] + [old]
                target["name"] = r["name"]
            for a in r.get("aliases", ()):
                declared.setdefault(a, target)
            for a in (target["name"], *target["aliases"]):
                by_name.setdefault(a, target)
        self.x.enterprises[:] = self._owner_with_product(merged, core, lead_len)
        # a grid company's branch (甲供电公司, 国网乙电力公司) the text lists among the units a task falls to: a unit
        # of the public side there, and so wherever the text names it
        units = {d["as_written"] for d in self.x.departments}
        if units:
            self.x.enterprises[:] = [e for e in self.x.enterprises
                                     if not (_UTILITY_UNIT.search(e["name"]) and e["name"] in units)]

    def _merge_firm(self, target, r):
        for a in [r["name"], *r.get("aliases", ())]:
            if a != target["name"] and a not in target.setdefault("aliases", []):
                target["aliases"].append(a)
        target["roles"] = sorted(set(target["roles"]) | set(r["roles"]))
        target["evidence"].extend(e for e in r["evidence"][:3] if e not in target["evidence"])
        self._seen[("enterprises", r["name"])] = target

    def _owner_with_product(self, recs, core, lead_len):
        """`recs` without the names that are another firm's name with what it makes after it (甲铝业|电解铝配套,
        甲煤化有限公司|焦炉煤气制: an owner cut too long from a project item); a name that is the start of another
        firm's short name (甲|甲镁材, cut too short) is that firm's."""
        forms = {}  # a written form of a firm (name, alias, core, short form) -> the firms written so
        for r in recs:
            for n in (r["name"], *r.get("aliases", ())):
                c = core(n)[0]
                for f in {n, c, c[lead_len(c):], *_short_forms(n)}:
                    if len(f) >= 3:
                        forms.setdefault(f, []).append(r)
        vocab = _product_vocabulary()
        # the forms in sorted order: the forms that start with a name are the run of them from where the name would
        # be inserted, so each name looks at that run instead of at every form
        sorted_forms = sorted(forms)
        out = []
        for r in recs:
            n = r["name"]
            if core(n)[0] != n:
                out.append(r)  # a registered name is whole
                continue
            owner = next((f for k in range(len(n) - 2, 2, -1) if (f := n[:k]) in forms and
                          any(x is not r for x in forms[f])), None)
            rest = n[len(owner):] if owner else ""
            if owner and (vocab.at(rest, 0) or _is_sector_phrase(rest) or "制" in rest) and \
                    not _TRADE_WORDS_ONLY.fullmatch(rest) and not _FIRM_UNIT_END.search(rest):
                continue  # 甲铝业 and what it makes (not 甲集团发动机事业部: a unit of the firm)
            longer = {}
            i = bisect.bisect_left(sorted_forms, n)
            while i < len(sorted_forms) and sorted_forms[i].startswith(n):
                f = sorted_forms[i]
                if len(f) > len(n):
                    longer.update((id(x), x) for x in forms[f] if x is not r)
                i += 1
            if len(n) >= 2 and not _firm_like(n) and len(longer) == 1:
                self._merge_firm(next(iter(longer.values())), r)  # 甲, cut from 甲镁材
                continue
            out.append(r)
        return out

    # ------------------------------------------------------------------ projects
    def _park_head(self, item, lo, hi):
        """``any(item[:n] in self.park_names for n in range(lo, hi))`` for lo >= 4 and hi <= len(item) + 1: only the
        lengths of the park names that share item's first four characters are tried (a name of n >= 4 characters
        equal to item[:n] has them). The index is built from this document's park names (set once, in
        finish_parks, and not changed after) and rebuilt when the set is another."""
        names = self.park_names
        idx = getattr(self, "_park_head_index", None)
        if idx is None or idx[0] is not names:
            heads = {}
            for n in names:
                if len(n) >= 4:
                    heads.setdefault(n[:4], set()).add(len(n))
            idx = self._park_head_index = (names, heads)
        lens = idx[1].get(item[:4])
        return lens is not None and any(lo <= n < hi and item[:n] in names for n in lens)

    def _specific(self, item, p):
        """A project item that names one project: an owner, a capacity, a phase, a place or a facility."""
        if p["enterprise"] or p["phase"] or any(x.get("capacity") or x.get("unit") for x in p["products"]):
            return True
        # (the two regexes first: each test can only say True, and the region prefix, a memo of what the region
        # index and the context set by scan_regions give, is the same whether it is asked now or later)
        if (item[-1:] in _PJ_FACILITY_LAST or item[-2:-1] in _PJ_FACILITY_LAST and item.endswith("\n")) and \
                _FACILITY.search(item) or _legal_form_in(item):
            return True
        return self._region_prefix(item) is not None or self._park_head(item, 4, len(item) + 1)

    def find_headed_facilities(self):
        """Facilities listed under a 重点项目: heading without the word 项目 (推进某某繁育基地建设): each clause that
        builds a named facility is a project."""
        text = self.text
        known = set(getattr(self, "_short_to_legal", {})) | {e["name"] for e in self.x.enterprises}
        # (_PJ_HEADING.finditer: each match opens with the literal 重点项目, found with str.find, and holds no other)
        for h in filter(None, (_PJ_HEADING.match(text, i) for i in _occurrences(text, "重点项目"))):
            end = text.find("\n", h.end())
            end = len(text) if end < 0 else end
            for c in re.finditer(r"[^,;。]+", text[h.end():end]):
                clause = c.group()
                if "项目" in clause:
                    continue  # read by find_projects
                v = _PJ_FACILITY_VERB.match(clause)
                if not v:
                    continue
                item = _PJ_BUILD_TAIL.sub("", clause[v.end():])
                if 4 <= len(item) <= 30 and _PJ_FACILITY_END.search(item) and not _PJ_BAD_ITEM.search(item) \
                        and not _COUNT.match(item):
                    self._add_project(item, h.end() + c.start() + v.end(), None, 0.55, known)

    def _legal_of(self, short):
        """The record of the registered firm `short` abbreviates: its short form, or the end of it (a place the
        region index does not know may stand in front: 某县某某氟化科技有限公司 -> 某某氟化)."""
        table = getattr(self, "_short_to_legal", {})
        # (the name found depends on the table alone, which find_projects fills once, with an empty memo)
        memo = getattr(self, "_legal_memo", None)
        if memo is not None and short in memo:
            legal = memo[short]
        else:
            legal = table.get(short)
            if legal is None and len(short) >= 3:
                legal = next((n for f, n in table.items() if f.endswith(short)), None)
            if legal is None and len(short) >= 4 and short.endswith("股份"):
                # 甲乙股份: the listed firm's trade name and 股份 (某省甲乙工业股份有限公司), the usual short form of a stock
                hits = {n for n in table.values() if short[:-2] in n and n.endswith("股份有限公司")}
                legal = hits.pop() if len(hits) == 1 else None
            if memo is not None:
                memo[short] = legal
        return self._seen.get(("enterprises", legal)) if legal else None

    def _firm_named_by(self, item):
        """The names of the registered firm that `item` names whole: its short form, or a part of the short form at
        least four characters long (某地海纳镁材料有限公司 -> 海纳镁材); None when `item` says more than a firm."""
        rec = self._legal_of(item)
        if rec is None and len(item) >= 4:
            memo = getattr(self, "_legal_memo", None)
            if memo is not None and (None, item) in memo:
                legal = memo[None, item]
            else:
                legal = next((n for f, n in getattr(self, "_short_to_legal", {}).items() if item in f), None)
                if memo is not None:
                    memo[None, item] = legal
            rec = self._seen.get(("enterprises", legal)) if legal else None
        return {rec["name"], *rec.get("aliases", ())} if rec else None

    def _owner_before_place(self, item, p):
        """The owner of a project item ends where the place of the plant starts (某某科技包头1.5GW风机基地, 某某制造
        巩义中试基地): a region after the owner's name, a prefecture the index knows or a county the text names; and
        the owner does not name an industry (某县钒钛|产业创新中心)."""
        e = p["enterprise"]
        if e and _legal_form_in(e):
            return p  # a registered name is whole (某某石化兰州石化分公司)
        if e and item.startswith("产业", len(e)):
            return dict(p, enterprise=None)  # 某某钒钛产业创新中心: an industry's facility, not a firm's
        # a park built as a project: the name in front is the park's, unless it is written as a firm's (某省某某新材|
        # 某地功能新材料产业园), not a bare brand (中核|甘肃核技术产业园)
        park = e is None and _park_at_end(item)
        if self._county_shorts is None:
            self._county_shorts = sorted({n[:-1] for n in self.region_counts if len(n) >= 3 and n[-1] in "市县区旗"},
                                         key=len, reverse=True)
        ll = _lead_len(item)
        hits = [(a, b) for a, b, _n in self.region_scan(item) if b - a >= 2]
        hits += [(k, k + len(t)) for t in self._county_shorts if (k := item.find(t, ll + 2)) > 0]
        for a, b in sorted(hits):
            if a < ll + 2:
                continue
            if e and b < len(e) and item.startswith(e) and _FIRM_WORD_RE.fullmatch(e[b:]) and \
                    (_CAP_BASIS.match(item, len(e)) or item[len(e):len(e) + 1].isdigit()):
                break  # 甲乙某林|化工|年产…: a place's name inside the trade name, the owner ends at its trade word
                # before the capacity (not 甲|某州|化工新材料基地: the firm, the place, then the product)
            owner, rest = item[:a], item[b:]
            if len(rest) >= 2 and not _legal_form_in(rest[:12]) and not _TRADE_WORDS_ONLY.fullmatch(rest) and \
                    _plausible_owner(owner, strict=False) and (e is None or owner.startswith(e) or e.startswith(owner)) \
                    and (not park or _origin_named(owner) or _firm_like(owner)):
                return dict(p, enterprise=owner)
            break
        return p

    def _county_head(self, e):
        """The length of the county-level place `e` starts with (某区, a county's short name, or the short form of a
        county the text names: 某某特区 -> 某某), else 0."""
        lead = self.regions.leading(e)
        if lead and any(r.level == "county" for r in lead[-1][1]):
            return sum(len(t) for t, _ in lead)
        for n in (3, 2):
            if len(e) - n >= 2 and self.regions.by_county_short.get(e[:n]):
                return n
        if self._county_heads is None:
            self._county_heads = sorted({
                m.group(1) for n in self.region_counts if len(n) >= 4 and
                any(r.level == "county" for r in self.regions.candidates(n)) and
                (m := _COUNTY_HEAD_SUFFIX.fullmatch(n))}, key=len, reverse=True)
        return next((len(h) for h in self._county_heads if e.startswith(h) and len(e) - len(h) >= 2), 0)

    def _after_county(self, word):
        """True when the text writes `word` right after a county-level place (某区|高山湖): a place inside it."""
        text = self.text
        q = text.find(word)
        while q >= 2:
            if any(self.regions.knows(text[q - n:q]) and text[q - 1] in "县区旗市" for n in (2, 3, 4)):
                return True
            q = text.find(word, q + 1)
        return False

    def _place_owner(self, e, item, known):
        """True when the owner `e` of the project `item` is a place below the region index: after a county, a bare
        word of two or three characters ending as the names of settlements and landforms end, before a capacity or
        the kind of plant that is the whole rest of the item (某区西营|30万千瓦, 某县黄花滩|50万千瓦, 某县高山|风电: a
        township or a village; not 某县华电, 某县电厂: a firm and its plant), or a township the text writes with
        镇/乡 (某某镇、某某镇 in the text, 某某中药材物流中心 in the list)."""
        if len(e) > 9 or _FIRM_WORD_RE.search(e) and not _PLANT_KIND_END.search(e):
            return False  # (a trade word: a firm's name, whatever stands before it)
        at = item.find(e)
        head = item[: at + len(e)] if at > 0 else e  # (the county may stand in the item before the owner cut)
        rest = item[at + len(e):] if at >= 0 else ""
        if not rest and (w := _PLANT_KIND_END.search(head)) and 2 <= w.start() <= 3 and \
                _SETTLEMENT_END.search(head, 0, w.start()) and head[: w.start()] not in known and \
                self._after_county(head[: w.start()]):
            return True  # 高山湖风电, where the text writes 某区高山湖20万千瓦风电: the plant named by its place
        k = self._county_head(head)
        core = head[k:]
        if k and (w := _PLANT_KIND_END.search(core)) and not rest:
            core, rest = core[: w.start()], "0"  # 某县高山风电 (the whole item): the wind farm of a place
        if core in known or _FIRM_WORD_RE.search(core) or not _HAN_ONLY.fullmatch(core):
            return False
        if k and 2 <= len(core) <= 3 and (rest[:1].isdigit() or _PLANT_KIND_END.fullmatch(rest)) and \
                _SETTLEMENT_END.search(core):
            return True
        return len(core) <= 3 and self._township_prefix(core) and core in self._townships

    def _owner_names_firm(self, e, known, item=""):
        """Whether the owner `e` cut from a project item names a firm: not an element's material written as 银基|电子浆料
        (X基: X-based), nor a material the project reuses (赤泥|综合利用, 再生|有色金属回收), nor the place and
        industry a park is named after (某镇石墨|产业园 in the park's name)."""
        if e in known or _legal_form_in(e):
            return True
        if len(e) >= 3 and e[1] == "基" and e[0] in _ELEMENTS:
            return False
        k = item.find(e)
        if (v := _POLICY_VERB.match(e)) and (_is_sector_phrase(e[v.end():]) or k >= 0 and (
                a := _AND.match(item, k + len(e))) and _is_sector_phrase(item[a.end():])):
            return False  # 保障|盐湖化工和锂电项目用能, 降低|本地新能源项目成本: a verb and a sector (or one joined to a
            # sector, as the sector it is), no firm
        if not _FIRM_WORD_RE.search(e) and (_TASK_TAIL.search(e) or _SCOPE_LEAD.match(e) or _ENERGY_MIX.fullmatch(e) or
                                            _SIGHT_TAIL.search(e) and len(e) - _lead_len(e) <= 3):
            return False  # 盐碱地改良|5万亩, 农光互补|50万千瓦, 全域|旅游示范区, 风光储|100万千瓦, 某某寺|文旅综合体: a
            # task, a scope, an energy mix, a sight
        if _place_produce(e):
            return False  # 某县小枣|5万吨精深加工, 某县蜜瓜|冷链仓储: a place's produce, what the plant works
        if self._place_owner(e, item, known):
            return False  # 某区西营30万千瓦风电, 某某镇 named as 某某: the place of the plant, not its owner
        firmish = _firm_like(e)  # (a trade word or a firm's form: asked by most of the checks below)
        if not firmish and (_REUSED_MATERIAL.match(e) or k >= 0 and _REUSE.match(item, k + len(e))):
            return False
        if k >= 0 and item.startswith("一体化", k + len(e)) and not firmish:
            return False  # 源网荷储|一体化: the parts a project joins, not its owner
        if k >= 0 and not firmish and not _legal_form_in(e) and _SCENIC.search(item, k + len(e)):
            return False  # 某台汉|文化景区提升: a scenic area is named by its sight, not built by one
        if k >= 0 and not firmish and _WATER_TRANSFER.match(item, k):
            return False  # 引洮|济陇工程, 引汉|入渭: a water transfer named by its river and what it supplies
        if k >= 0 and not firmish and (item.endswith("发电", k + len(e)) and len(item) - k - len(e) == 2 or
                                             _FARM_PRODUCE_END.search(e) and item.startswith(_PROCESS_SUFFIX, k + len(e))):
            return False  # 余热|发电, 沼气|发电: the fuel of a plant; 苹果|深加工: the produce a plant works
        b = _BASE_AROUND.search(item, k + len(e), k + len(e) + 12) if k >= 0 and "基地" in item else None
        if b and _is_sector_phrase(item[k + len(e):b.start()]):
            return False  # 某地能源|化工基地下游…: a base, where the project is placed (its name opens with its place)
        return firmish or not any(k >= 0 and _PARK_SUFFIX_RE.match(pk, k + len(e)) for pk in self.park_names
                                  for k in [pk.find(e)]) or _origin_named(e)

    def _add_project(self, item, i, stage, conf_base, known, parsed=None):
        if (ph := _PHASE_END.search(item)) and item[: ph.start()] in _PJ_ANAPHORS:
            return  # 公司二期项目投产后: the firm the passage is about, named before
        if _PJ_DEICTIC_END.search(item):
            return  # 某地这个项目, 甲公司本次签约项目: a project named before, pointed at again
        if _PJ_ACCREDITED.search(item) or _PJ_DONE_INSIDE.search(item, 2):
            return  # 省级某某工程研究中心: a platform's rank, accredited, not works; 某园完成|专用线: a clause, not a name
        if 0 < i < len(self.text) and (item[:1].isdigit() or item.startswith("年产")) and \
                not self.text.startswith(("项目", "工程"), i + len(item)) and \
                _PJ_PART_OF.search(self.text, max(self.clause_start(i), i - 30), i):
            return  # 配套建设20万千瓦光伏和10万千瓦风电, 二期再建设3万吨生产线: the sized parts of a project named
            # before (a facility named on its own, 配套建设某某中心, is a project of its own)
        if 0 <= i < len(self.text) and _PJ_CONTENT_FIELD.match(self.text, self.text.rfind("\n", 0, i) + 1):
            return  # 建设内容及规模:建设年产15万吨甲、8万吨乙生产线: what the card's project builds, not projects
        if _PJ_PHASE_ONLY.fullmatch(item):
            vm = _PJ_PHASE_VERB.search(self.text, max(0, i - 30), i)
            owner = max((k for k in known if vm and self.text.startswith(k, vm.start() - len(k))), key=len,
                        default=None)
            if owner is None:
                return  # 建设二期项目: a phase of no named project
            item, i, parsed = owner + item, vm.start() - len(owner), None
        p = parsed or parse_project_item(item, known)
        p = self._owner_before_place(item, p)
        if (e := p["enterprise"]) and e not in known and (kf := next(
                (e[:n] for n in (len(e) - 2, len(e) - 3) if n >= 3 and (e[:n] in known or _firm_like(e[:n]) and
                                                                       self.regions.knows(e[n:])) or
                 n >= 2 and self.regions.by_county_short.get(e[n:]) and not self.regions.knows(e[:n]) and
                 (k := item.find(e)) >= 0 and item[k + len(e): k + len(e) + 1].isdigit()), None)) and \
                _HAN_ONLY.fullmatch(e, len(kf)) and not _FIRM_WORD_RE.search(e):
            p = dict(p, enterprise=kf)  # 甲乙电工|某地20万千瓦光伏: a firm the text names (or a trade name and a
            # county's short name), then where it builds; before a capacity, a county's short name after any owner
            # is the plant's place (甲能|某宁200万千瓦煤电)
        if p["enterprise"] and (self._park_head(item, len(p["enterprise"]), len(item)) if len(p["enterprise"]) >= 4
                                else any(item[:n] in self.park_names for n in range(len(p["enterprise"]), len(item)))):
            p = dict(p, enterprise=None)  # 某某种业产业园质量检测中心: in the park, not by it
        e = p["enterprise"]
        if e and e not in known and any(item.startswith(w) for w in self._products_by_first.get(item[:1], ())
                                        if len(w) > len(e)):
            p = dict(p, enterprise=None)  # 甲乙|煤气制乙二醇 where the document names 甲乙煤气 (a chain's step)
        if (pk := _park_suffix_in(item, 2, 16)) and (p["enterprise"] is None or pk.start() == len(
                p["enterprise"]) and item.startswith(p["enterprise"])) and \
                len(item) - pk.end() >= 4 and _HAN_ONLY.fullmatch(item, 0, pk.start()):
            q = parse_project_item(item[pk.end():], known)  # 某某工业集中区|甲新能源20万吨…: the owner after the park
            o = q["enterprise"]
            if o and not _PARK_SUFFIX_RE.search(o) and _plausible_owner(o, strict=False) and (
                    o in known or _firm_like(o) and any(x.get("capacity") for x in q["products"]) or
                    q["phase"] in ("技改", "改扩建")):  # (某园区|甲水泥技改: the firm's upgrade)
                p = dict(p, enterprise=o)
        if p["enterprise"] and self._two_places(p["enterprise"]):
            p = dict(p, enterprise=None)  # 某某|甲湾2×66万千瓦煤电: the zone and the park it is built in, no owner
        legal = self._legal_of(p["enterprise"]) if p["enterprise"] else None
        if p["enterprise"] and legal is not None:
            if p["enterprise"] not in legal.setdefault("aliases", []):
                legal["aliases"].append(p["enterprise"])  # 某某电机 in a table, 江西某某电机有限公司 beside it
        elif p["enterprise"] and self._owner_names_firm(p["enterprise"], known, item):
            known.add(p["enterprise"])
            at = i + max(0, item.find(p["enterprise"]))
            self.add_enterprise(p["enterprise"], [], at, at + len(p["enterprise"]), 0.7)
        park = self.park_in(self.sentence_start(i), i)
        self.add("projects", normalise_product(item), {
            **p, "stage": stage, "year": None, "investment": None, "park": park,
            "region": self.x.scope.get("region"), "industry": self.industry_near(i),
            "evidence": [self.ev(i, i + len(item), conf_base + (0.1 if p["enterprise"] else 0))],
        })

    def find_table_projects(self):
        """Each row of a project table (序号, 项目名称, 建设单位, 建设内容, 总投资, 进度: one row per line, cells split by
        tabs) names one project, with or without the word 项目; the owner, stage and investment come from their
        columns when the table has them."""
        text = self.text
        self._table_rows = []
        self._table_owners = []
        known = {e["name"] for e in self.x.enterprises} | {a for e in self.x.enterprises for a in e.get("aliases", ())}
        self._field_line_projects(known)
        if "\t" not in text:
            return
        for h in _table_header_matches(text):
            cells = h.group().split("\t")
            col = {}
            for i, c in enumerate(cells):
                for kind, pat in _PJ_TABLE_COLUMNS:
                    if kind not in col and pat.search(c):
                        col[kind] = i
                        break
            if "name" not in col or re.search(r"\t\s*(?:19|20)\d{2}年?\s*(?:\t|$)|指标", h.group()):
                continue  # an indicator table (指标, 2022年, 2025年), not a list of projects
            if not _PJ_NAME_CELL.match(cells[col["name"]]) and len(col) < 2 and "序号" not in h.group():
                continue  # 建设项目, 重点项目 name the column only beside a 序号 or another column (not 签约项目\t个\t40)
            unit = 1e-4 if "invest" in col and "万元" in cells[col["invest"]] else 1.0
            pos = h.end() + 1
            section_stage = None
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end].split("\t")
                cut = None
                if len(row) < len(cells) and _ROW_NUMBER.match(text, pos):
                    nl = text.find("\n", end + 1)
                    nl = len(text) if nl < 0 else nl
                    more = text[end + 1: nl].split("\t")
                    if len(more) > 1 and len(row) + len(more) - 1 == len(cells) and not _ROW_NUMBER.match(text, end + 1):
                        cut = len(row) - 1  # 9|甲光伏年产5GW单|(page break)|晶硅片项目|…: a row a page cut in a cell
                        row = row[:-1] + [row[-1] + more[0]] + more[1:]
                        end = nl
                if len(row) < 3:
                    # 二、新开工项目(7个): a section heading inside the table (one or a few in a row: 一、产业项目 then
                    # (一)续建项目), whose rows go on; a stage it names is the stage of its rows
                    nxt, heads = end, [text[pos:end]]
                    # (or a short numbered heading of a class of rows: 一、产业类, (二)基础设施类)
                    while len(heads) <= 3 and len(heads[-1]) <= 30 and "\t" not in heads[-1] and (
                            "项目" in heads[-1] or _PJ_SECTION_COUNT.search(heads[-1]) or
                            len(heads[-1]) <= 16 and _ENUM_LEAD.match(heads[-1]) and _HAN_CHAR.search(heads[-1])):
                        after = text.find("\n", nxt + 1)
                        after = len(text) if after < 0 else after
                        if _ROW_NUMBER.match(text, nxt + 1) and text.count("\t", nxt + 1, after) >= 2:
                            pos = nxt + 1
                            break
                        heads.append(text[nxt + 1: after])
                        nxt = after
                    else:
                        break
                    if "stage" not in col:
                        st = [_TABLE_STAGE.search(h) for h in heads]
                        section_stage = next((_TABLE_STAGE_OF.get(m.group()) for m in reversed(st) if m), None) \
                            if any(st) else (None if _ENUM_LEAD.match(heads[-1]) else section_stage)
                    continue
                nl = text.find("\n", end + 1)
                nl = len(text) if nl < 0 else nl
                if 0 < nl - end - 1 <= 12 and "\t" not in text[end + 1: nl] and text[nl + 1: nl + 2].isdigit() and \
                        "项目" not in text[end + 1: nl] and not _ENUM_LEAD.match(text, end + 1) and \
                        text.count("\t", nl, nl + 80) >= 2:
                    row[-1] += text[end + 1: nl]  # 青海某某光伏科|(page break)|技有限公司: the last cell, cut by a page
                    end = nl
                self._table_rows.append((pos, end))
                starts = [pos]
                for c in row[:-1]:
                    starts.append(starts[-1] + len(c) + 1)
                if cut is not None:
                    starts[cut + 1:] = [k + 1 for k in starts[cut + 1:]]  # (the line break inside the cut cell)
                name = row[col["name"]].strip() if col["name"] < len(row) else ""
                if name.endswith("项目"):
                    name = name[:-2]
                written = name
                phase = _PJ_PAREN_PHASE.search(name)
                if phase:
                    name = name[: phase.start()] + phase.group(1)  # (named as written: 某某厂房(三期))
                if not (2 <= len(name) <= 40) or _PJ_BAD_ITEM.search(_CELL_QUALIFIER.sub("", _ABBREVIATION.sub("", name))) \
                        or _BATCH.search(name) or name in _TOTAL_CELLS or row[0].strip() in _TOTAL_CELLS or \
                        _FIGURE_CELL.fullmatch(name):
                    # (the total row of the table, its label in the first column and its empty cells closed up)
                    pos = end + 1  # (a product's abbreviation in brackets may stay: 年产6万吨某某(ABC))
                    continue
                stage = section_stage
                if "stage" in col and col["stage"] < len(row):
                    st = _TABLE_STAGE.search(row[col["stage"]])
                    stage = _TABLE_STAGE_OF.get(st.group()) if st else None
                owner = row[col["owner"]].strip() if "owner" in col and col["owner"] < len(row) else ""
                k = next((k for k in (_lead_len(owner), 2, 3) if k and len(owner) - k >= 3 and owner[k:] in known),
                         0) if owner and owner not in known else 0
                owner = owner[k:]  # 某县|甲药业: the firm the text names, with its county in front
                shorts = _short_forms(owner) if owner else []
                pp = parse_project_item(name, known | set(shorts))
                if phase:
                    pp["name"] = written
                e = pp["enterprise"]
                # (the owner column names the firm: a head of the name cell that is no firm the text names is a part
                # of the project's name, 药食同源|食品加工, not another owner)
                if owner and (_LEGAL_FORM_RE.search(owner[-4:]) or owner in known) and (
                        not e or e in shorts or e in owner or e not in known):
                    # the owner column names the firm; the name cell may start with its short name (甲电子|控制器)
                    rec = self.add_enterprise(owner, [], starts[col["owner"]], starts[col["owner"]] + len(owner), 0.8)
                    if rec is not None:
                        known.add(owner)
                        if e and e != owner and e not in rec.setdefault("aliases", []):
                            rec["aliases"].append(e)
                        pp = dict(pp, enterprise=owner)
                before = len(self.x.projects)
                self._add_project(name, starts[col["name"]], stage, 0.75, known, pp)
                if owner and len(self.x.projects) > before and not self.x.projects[-1]["enterprise"]:
                    self._table_owners.append((self.x.projects[-1], owner))  # named by its short form: resolved later
                if "invest" in col and col["invest"] < len(row) and len(self.x.projects) > before:
                    v = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", row[col["invest"]])
                    if v:
                        self.x.projects[-1]["investment"] = float(v.group(1)) * unit
                pos = end + 1

    def _field_line_projects(self, known):
        """A line of labelled fields that records one project (1. 甲方:某管委会  乙方:甲公司  项目:乙项目  金额:2亿元;
        项目名称:…;建设单位:…): the project is the value of its 项目/项目名称 field, its owner the value of the investor's
        field (乙方, 投资方, 签约企业, 建设单位, 企业), its investment the 金额/总投资 field's figure."""
        text = self.text
        for i in _occurrences(text, "项目"):
            if text[i + 2: i + 3] not in _PJ_FIELD_NEXT or (i > 0 and text[i - 1] not in _PJ_FIELD_SEPS):
                continue  # (项目: or 项目名称: after a separator; most 项目 are neither)
            f = _PJ_FIELD_NAME.match(text, i)
            if f is None:
                continue
            ls, le = text.rfind("\n", 0, i) + 1, text.find("\n", i)
            le = len(text) if le < 0 else le
            fields = {}
            for m in _PJ_FIELD.finditer(text, ls, le):
                fields.setdefault(m.group("label"), m)
            if len(fields) < 3:
                continue  # (one or two labels on a line are prose: 项目:建成后…)
            v = _PJ_FIELD.match(text, f.start())
            if v is None:
                continue
            name = v.group("value").strip()
            if name.endswith("项目"):
                name = name[:-2]
            if not (2 <= len(name) <= 40) or any(rs <= i < re_ for rs, re_ in self._table_rows):
                continue
            owner, ostart = "", 0
            for label in _PJ_FIELD_OWNERS:
                if label in fields:
                    owner, ostart = fields[label].group("value").strip(), fields[label].start("value")
                    break
            pp = parse_project_item(name, known | set(_short_forms(owner) if owner else ()))
            if owner and _LEGAL_FORM_RE.search(owner[-4:]):
                rec = self.add_enterprise(owner, [], ostart, ostart + len(owner), 0.8)
                if rec is not None:
                    known.add(owner)
                    pp = dict(pp, enterprise=owner)
            before = len(self.x.projects)
            self._add_project(name, v.start("value"), None, 0.75, known, pp)
            if len(self.x.projects) > before:
                for label in ("金额", "总投资", "投资额", "投资"):
                    if label in fields and (a := _PJ_FIELD_AMOUNT.fullmatch(fields[label].group("value").strip())):
                        self.x.projects[-1]["investment"] = float(a.group(1)) * (1e-4 if a.group(2) == "万" else 1.0)
                        break

    def find_projects(self):
        text = self.text
        known = {e["name"] for e in self.x.enterprises} | {a for e in self.x.enterprises for a in e.get("aliases", ())}
        # a table or list names a firm by the short form of its registered name: the same firm
        # (and a firm introduced as 甲科技股份有限公司(以下简称甲) is named by its alias later: one firm)
        self._short_to_legal = {}
        self._legal_memo = {}  # (what _legal_of and _firm_named_by find in the table, once it is filled)
        self._whole_projects = set()  # (the projects written with the progress of each of their phases)
        for e in self.x.enterprises:
            for a in e.get("aliases", ()):
                if a != e["name"]:
                    self._short_to_legal.setdefault(a, e["name"])
            for n in (e["name"], *e.get("aliases", ())):
                # (a name without a legal form has no short form: _short_forms finds none of the forms in it)
                lf = _legal_form_in(n)
                for f in _short_forms(n) if lf else ():
                    if f != e["name"]:
                        self._short_to_legal.setdefault(f, e["name"])
                    t = _SHORT_TAIL.search(f) if lf else None
                    if t and t.start() >= 3:  # 某某连接技术有限公司 is written 某某连接 in front of its project
                        self._short_to_legal.setdefault(f[: t.start()], e["name"])
        known |= set(self._short_to_legal)
        rows = getattr(self, "_table_rows", [])
        row_starts = [r[0] for r in rows]
        cards = _CONTENT_LABEL.search(text) is not None  # (a document of project cards: 建设内容:…)
        for m in re.finditer("项目", text):
            q = m.start()
            if _PROJECT_MODIFIER.match(text, m.end()) and not _PJ_AGREEMENT.match(text, m.end()) and \
                    not _PJ_OWN_INVESTMENT.match(text, m.end()):
                continue  # (签订甲项目投资协议: the agreement is the project's, the project is named)
            k = bisect.bisect_right(row_starts, q) - 1
            if k >= 0 and q < rows[k][1]:
                continue  # a row of a project table, read by find_table_projects
            cs = self.clause_start(q)
            while cs > 1 and text[cs - 1] == ")" and _PJ_PAREN_PHASE.search(text, max(0, cs - 6), cs):
                cs = self.clause_start(text.rfind("(", 0, cs))  # 甲厂房(二期)、乙…: the phase's bracket is in the item
            if cs > 1 and text[cs - 1] == ")" and (o := text.rfind("(", max(0, cs - 9), cs)) > 0 and \
                    _FIRM_PLACE_PAREN.match(text, o) and _LEGAL_FORM_RE.search(text, cs, q):
                cs = self.clause_start(o)  # 甲能源(某县)新能源有限公司|…项目: the place in the firm's registered name
            cs = max(cs, q - _LIST_SPAN)
            seg = text[cs:q]
            if len(seg) < 2 or seg[-1] == "个" and _PJ_OF_COUNT.search(seg):
                continue  # 甲园区、乙园区的6个项目: where counted projects are, none named
            k = seg.rfind("等")
            listed = k >= 1 and len(seg) - k <= 30 and seg[k + 1: k + 2] not in ("级", "同")
            mid = seg[k + 1:] if listed else ""
            lst_end = cs + k if listed else q
            rest = _PROJECT_QUALIFIER.sub("", mid)
            if "企业" in mid or _PJ_CATEGORY.search(rest) and not _PJ_FACILITY_CLASS.fullmatch(rest):
                continue  # 甲风电、乙风电等4户上市企业项目: firms; 等领域项目: categories (等基础设施项目: facilities)
            if _PARK_SUFFIX_RE.search(mid) or "和" in mid and not _PJ_FACILITY_CLASS.fullmatch(rest):
                continue  # 某某产业园等6个…园区和重大项目: the 等 closes another list (not 等民生和基础设施项目)
            # 招引…项目: wanted, not a project; but 成功引进甲公司年产…项目: a recruited firm's project, under way
            recruit = _RECRUIT.search(seg)
            recruited = bool(recruit) and all(_RECRUITED.search(seg, max(0, r.start() - 2), r.start())
                                                         or seg.startswith("了", r.end()) for r in _RECRUIT.finditer(seg))
            if recruit and not recruited:
                continue
            if cards and _CONTENT_LABEL.search(text, max(0, text.rfind("\n", 0, cs), text.rfind("。", 0, cs)), cs + 1):
                continue  # 建设内容:…甲、乙项目进行改造: the parts of the card's project, not projects
            if _PJ_NEGATED.search(seg):
                continue  # 园区不再新增…项目, 严禁新上…项目: a ban, not a project
            if _PJ_LEFT_OUT.match(text, m.end()):
                continue  # 甲加工、乙构件等项目不纳入本规划: kinds the plan leaves out
            if text[q - 1] in "、,;" and not listed:
                continue  # 日常调度、项目推进: 项目 opens an item of its own, no project is named
            items = self.list_items(cs, lst_end, split_and="和")
            if not items:
                continue
            if len(items) > 1 and (text[cs:items[0][1]].endswith("在") or all(
                    _park_at_end(i) or self.regions.knows(i) for i, _ in items[:-1])):
                # 在甲园、乙园|布局|某某项目: the list is where the verb acts, its object is the project
                vm = None
                for vm in _CUT_RE.finditer(items[-1][0], 2, len(items[-1][0]) - 2):
                    pass
                if vm is not None:
                    items = [(items[-1][0][vm.end():], items[-1][1] + vm.end())]
                elif len(items) > 2 and _park_at_end(items[0][0]):
                    # 在甲园、乙园|建设某某和某某项目: the verb after the last place, its objects the kinds built there
                    j = next((j for j, (it, _) in enumerate(items) if not (_park_at_end(it) or
                                                                            self.regions.knows(it))), 0)
                    vm = _PARK_SUFFIX_RE.search(items[j][0]) if j else None
                    vm = _CUT_RE.match(items[j][0], vm.end()) if vm else None
                    if vm is not None and vm.end() < len(items[j][0]):
                        items = [(items[j][0][vm.end():], items[j][1] + vm.end())] + items[j + 1:]
            if not listed and _all_qualifiers(_strip_lead(items[-1][0]).replace("产业链", "")):
                continue  # 实施重点项目, 产业链重点项目: qualifiers of 项目, no project is named
            pre = text[cs:items[0][1]]
            intro = pre + items[0][0][:8]
            if _COUNT.search(intro) or "一批" in intro or "各类" in intro:
                continue  # 实施了1200个…改造项目, 加快一批纺织技改项目: counts and categories
            if _PJ_COUNT_AFTER.match(text, m.end()) or not listed and text.startswith("集中", m.end()) and not (
                    len(items) > 1 and items[-2][0].endswith("项目") and _TM_DIGIT.search(items[-1][0])):
                # (甲50万千瓦光伏项目、乙20万千瓦储能项目集中开工: a list of projects, each with its size, started together)
                continue  # 新签约某某项目23个, 某某产业项目集中签约: projects of a kind (a count, a batch), none named
            if not listed and len(items) > 1:
                c = _PJ_LIST_COUNT.search(items[-1][0])
                if c and c.start() >= 2:  # 甲光伏、乙余热发电、丙粗苯精制3个项目建成: the count closes the list
                    items[-1] = (items[-1][0][: c.start()], items[-1][1])
            # a phase written after 项目 is the project's (甲公司5GW组件项目一期建成投产, 乙金属镁项目(一期))
            ph_after = _PJ_PHASE_AFTER.match(text, m.end()) if not listed else None
            # (甲项目一期已投产,二期加快建设: the phases' progress, of one project written without its phase)
            whole = bool(ph_after and _PJ_NEXT_PHASE.match(text, ph_after.end()))
            if ph_after and not whole:
                items[-1] = (items[-1][0] + ph_after.group("ph"), items[-1][1])
            m_end = ph_after.end() if ph_after else m.end()
            signed = False  # (set by an item read after a verb of signing: the project is named)
            parsed = []
            prev = None
            for item, p in items:
                item = item[:-2].strip() if item.endswith("项目") else item
                k = item.find("项目")
                if k >= 0 and not _PJ_PHASE_AFTER.fullmatch(item, k + 2):
                    continue  # 甲二期项目是该公司继乙项目: the item runs over another project (not 甲项目二期), no name
                a = _PJ_ADDRESSEE.search(item) if "对" in item else None
                if a and len(item) - a.end() >= 2:
                    item, p = item[a.end():], p + a.end()  # 某县某局要对|甲二期、乙二期等项目开展检查: who acts on them
                sj = _PJ_SUBJECT_VERB.search(item)
                if sj:
                    if len(item) - sj.end() < 3:
                        continue  # 甲公司在|项目投产后, 某县分别建立|项目台账: no project is named
                    if sj.group("cv") and prev is None:
                        item, p = item[sj.end():], p + sj.end()  # 某区对|甲风电、乙园等项目: the object is the project
                t = _PJ_TIME_LEAD.match(item)
                if t and len(item) - t.end() >= 2:
                    item, p = item[t.end():], p + t.end()  # 去年|年产10万吨某材料项目建成投产: when, not who
                if item.startswith(("开展", "启动")) and len(item) >= 6:
                    item, p = item[2:], p + 2  # (甲公司)开展|某某项目前期工作: the verb, not a part of the name
                j = item.rfind("的")
                if j >= 2 and len(item) - j > 4 and (_PJ_PLACE_OF.search(item, 0, j) or _PJ_MADE_BY.search(item, 0, j)):
                    item, p = item[j + 1:], p + j + 1  # 位于某经开区的|甲公司年产…项目: where, not who (总投资8亿元的|…)
                sv = _PJ_SIGNED.search(item, 2) if not listed else None
                if sv and CAPACITY.match(item, sv.end()):
                    item, p, signed = item[sv.end():], p + sv.end(), True  # 甲市与乙客商签订|年产…项目(投资协议)
                lp = _PJ_PARK_LEAD.match(item) if "园" in item[:18] or "区" in item[:18] else None
                lq = parse_project_item(item[lp.end():], known) if lp else None
                if lq and lq["enterprise"] and (lq["enterprise"] in known or _LEGAL_BEFORE.search(lq["enterprise"]) or
                                                any(x.get("capacity") for x in lq["products"])):
                    item, p = item[lp.end():], p + lp.end()  # 某某工业园区|甲化工年产…项目, 园区内|乙公司…: where, not who
                if len(item) > 5 and item[0] in "“\"" and item[-1] in "”\"" and not _QUOTE_IN.search(item, 1, len(item) - 1):
                    item, p = item[1:-1], p + 1  # “某某智慧物流园”项目: the project's name, quoted
                written = item
                ph = _PJ_PAREN_PHASE.search(item) if item.endswith("期)") else None
                if ph:
                    item = item[: ph.start()] + ph.group(1)  # 某某厂房(二期): read as 某某厂房二期, named as written
                if not (2 <= len(item) <= 40) or _PJ_BAD_ITEM.search(_FIRM_PLACE_PAREN.sub("", item) if "(" in item else item):
                    continue
                if _CUT_RE.fullmatch(item, len(item) - 3, len(item) - 1):
                    continue  # 某领域重点推进|镁、铝合金等项目: a verb kept in front of a one-character kind, no name
                if len(item) <= 6 and self.regions.knows(item):
                    continue  # 甲县、乙县2个工业集中区厂房项目: places the works are in, no name
                # (_BATCH needs one of its characters, _PINYIN_DEBRIS a lowercase letter, which upper() changes)
                if not _BATCH_CHARS.isdisjoint(item) and _BATCH.search(item) or \
                        item.upper() != item and _PINYIN_DEBRIS.search(item):
                    continue  # a batch or programme; pinyin debris of a bad scrape
                # (a match is at the start, or one of the two-character words of the first alternative ends the item)
                if _PJ_NOT_NAME.match(item) or _PJ_NOT_NAME.search(item, max(0, len(item) - 3)):
                    continue  # 调度重点项目, 可满足大型化工项目, 为入园项目: a qualifier or a clause, no name
                pp = parse_project_item(item, known)
                bm = _PJ_BUILT_BY.search(text[max(cs, p - 40): p]) if text[p - 1: p] == "的" and not pp["enterprise"] \
                    else None
                if bm and (bm.group("firm") in known or _LEGAL_BEFORE.search(bm.group("firm")) or _firm_like(bm.group("firm"))):
                    pp = dict(pp, enterprise=bm.group("firm"))  # 由甲集团投资建设的|年产…项目: the firm's
                if not pp["enterprise"] and text[p - 2: p] in ("签约", "签订", "签署"):
                    # 某高新区与甲有限公司签约|年产…项目, 甲集团与某县签署|…项目: the firm among the parties owns it
                    parties = [f for f in (_strip_lead(x, cut=False) for x in
                                           _PJ_PARTY_SPLIT.split(text[max(cs, p - 40): p - 2])[-2:])
                               if not _ORG.search(f) and not _PJ_PLACE_OF.search(f)]  # (not 某县, 某高新区, 某县政府)
                    firm = next((f for f in parties if f in known or _LEGAL_BEFORE.search(f)), None) or next(
                        (f for f in parties if _firm_like(f)), None)
                    if firm:
                        pp = dict(pp, enterprise=firm)
                if recruited and not (pp["enterprise"] and _LEGAL_BEFORE.search(pp["enterprise"])):
                    continue  # (成功引进|甲、乙等企业: a recruited project is named by its registered firm)
                dm = _PJ_DECLARED_OWNER.search(text, max(0, p - 20), p) if text[p - 1: p] == ")" else None
                if dm and not pp["enterprise"] and dm.group("short") in known:
                    pp = dict(pp, enterprise=dm.group("short"))  # 甲有限公司(以下简称甲)|年产…项目一期: the firm's
                elif not pp["enterprise"] and text[cs - 1: cs] == ")" and p - cs <= 2 and \
                        (bo := text.rfind("(", max(0, cs - 18), cs - 1)) > 0 and _LEGAL_FORM_RE.search(text, max(0, bo - 6), bo):
                    inner = _PJ_SHORT_LEAD.sub("", text[bo + 1: cs - 1])
                    if inner in known:
                        pp = dict(pp, enterprise=inner)  # 甲有限公司(甲)开展|某某项目前期工作: the firm before its verb
                o, joined = pp["enterprise"], _PJ_JOINED.fullmatch(item) if "一体化" in item else None
                if joined and not (o and (o in known or _firm_like(o))) and not any(
                        x.get("capacity") for x in pp["products"]) and not _product_vocabulary().covers(joined.group(1)):
                    continue  # 风光储一体化(示范)项目: a kind of project named by the parts it joins (风、光、储), no owner
                if ph:
                    pp["name"] = written
                if prev is not None and prev[2]["enterprise"] and not pp["enterprise"] and CAPACITY.match(item):
                    if (cm := CAPACITY.match(item)).group("basis") and cm.group("basis") in prev[0]:
                        pp = dict(pp, enterprise=prev[2]["enterprise"])  # 甲集团年产5万吨X、年产3万吨Y等项目: each
                        prev = (item, p, pp)  # 年产 opens a plant of its own, the firm's
                        parsed.append(prev)
                        continue
                    prev[2]["products"].extend(pp["products"])  # a second product of the same owner's project
                    continue
                if item in known and not pp["products"] and any(q.get("enterprise") == item for q in self.x.projects):
                    continue  # 凯烁新能源项目: the firm's project named before, not a new one
                firm = self._firm_named_by(item) if len(item) <= 8 and not any(
                    x.get("capacity") for x in pp["products"]) else None
                if firm and any(q.get("enterprise") in firm for q in self.x.projects):
                    continue  # 加快海纳镁材、某某硼业等项目建设: the firms' projects, named before with their products
                prev = (item, p, pp)
                parsed.append(prev)
            if not parsed:
                continue
            if len(parsed) > 1 and all(_is_sector_phrase(i) for i, _, _ in parsed):
                continue  # 钢铁、电解铝…等项目: sectors
            # (what follows reads the text, the items and known, none of which the loop over the items changes: it is
            # read once some item is kept; the stage reads the strength before the loop's, as it was read before it)
            when = _PJ_WHEN.match(text, m_end)  # 甲项目2023年投产, 乙项目于6月打通全流程并投产: when, then what
            after = text[when.end(): when.end() + 10]
            strong = bool(_PJ_STRONG.search(pre + _PJ_ALREADY.sub("", after)[:6]) or _PJ_PROGRESS.match(after)) or \
                after.startswith("前期工作") and text.startswith(("开展", "启动"), cs) or \
                not listed and _PJ_DONE_AFTER.search(text, m_end, min(self.clause_end(m_end), m_end + 16)) is not None or \
                after.startswith(_PJ_SITE_WORDS)  # (在甲公司某某项目现场: the site a visit stands at, a project being built)
            card = False
            if not listed and (cs == 0 or text[cs - 1] == "\n") and _ENUM_LEAD.match(seg) and \
                    after[:1] in ("。", ";", "\n", "(", ",", "", ":"):
                strong = True  # 5.甲公司60万吨某产品项目。(or 项目: and its progress): a numbered line names one project
            # the heading of a project's card, its fields on the lines below (5.某某项目⏎建设地点:…⏎总投资:…; (一)某某
            # 项目⏎…; 项目名称:某某项目⏎建设单位:…)
            if not listed and after[:1] == "\n" and _PJ_CARD_FIELD.match(text, m_end) is not None:
                ls = text.rfind("\n", 0, cs) + 1
                if ls == cs and _ENUM_LEAD.match(seg) or ls < cs and _PJ_CARD_HEAD.fullmatch(text, ls, cs):
                    card = strong = True
            hs = max(0, text.rfind("\n", 0, cs))
            # (a heading ends with a colon and the items after it, no 。 among them: without a colon after the last 。
            # before cs none is found)
            heading = _PJ_STAGE_HEADING.search(text, hs, cs) if not listed and \
                text.find(":", max(hs, text.rfind("。", hs, cs)), cs) >= 0 else None
            if heading and not all(x.endswith("项目") or not x for x in re.split(r"[;、]", heading.group("items"))):
                heading = None
            strong = strong or heading is not None
            # 甲厂改造项目、乙管网改造项目、丙厂房项目: each item of a list of projects, each written with its 项目
            chained = not listed and len(items) > 1 and items[-2][0].endswith("项目") and len(
                pi := _strip_lead(items[-2][0][:-2])) >= 6 and self._specific(pi, parse_project_item(pi, known))
            # (the item before names one project itself: not 工业项目、民生项目、基础设施项目, kinds)
            strong = strong or chained or not listed and len(items) == 1 and (cs == 0 or text[cs - 1] in "。\n") and \
                _PJ_CONTENT_AFTER.match(text, m_end) is not None  # 某某中心项目新建冷库…: a sentence on its works
            inv = _PJ_INVEST_AFTER.match(text, m_end)
            strong = strong or inv is not None  # 甲项目,总投资3.6亿元,在建: a project with its own figures
            if not strong and not listed and text[cs:cs + 1] == "、" and text[cs - 1:cs] == ")":
                o = text.rfind("(", max(0, cs - 40), cs)
                strong = o >= 2 and text[o - 2:o] == "项目"  # 甲项目(总投资…,在建)、乙项目(…): the list goes on
            if cs > 0 and text[cs - 1] == "\t" and text.startswith("\t", m.end()):
                strong = True  # a cell of a project table (序号\t项目名称\t建设内容\t总投资): one project per row
            weak = bool(_WEAK_PROJECT_VERBS.search(pre)) and not _PJ_STRONG_VERB.search(pre) and \
                not _PJ_DONE_AFTER.match(_PJ_ALREADY2.sub("", after)) and \
                not (not listed and _PJ_PROGRESS.match(after))  # 支持甲项目落地建设, 乙项目开展前期工作: a project
            st = _STAGE_RE.match(_PJ_ALREADY2.sub("", after))
            if st is None and inv is not None:
                st = max(_STAGE_RE.finditer(inv.group("rest")), key=lambda w: w.start(), default=None)
            if st is None and after.startswith("("):  # 甲项目(总投资12亿元,竣工投产): the stage in the note
                note = text[m_end + 1: text.find(")", m_end, m_end + 40)]
                st = max(_STAGE_RE.finditer(note), key=lambda w: w.start(), default=None) if ")" in text[
                    m_end: m_end + 40] else None
            stage = _STAGE_OF[st.group()] if st else next((_STAGE_OF[w.group()] for w in _STAGE_RE.finditer(pre)), None)
            if heading and strong and heading.group("h") in _HEADING_STAGE and not st:
                stage = _HEADING_STAGE[heading.group("h")]
            strong = strong or signed
            for item, p, pp in parsed:
                if rest and pp["products"] and not any(x.get("capacity") or x.get("unit") for x in pp["products"]) and (
                        pp["products"][0]["name"] in rest or rest in pp["products"][0]["name"]):
                    continue  # 屋顶光伏、农光互补等光伏发电项目: kinds of the category
                specific = self._specific(item, pp) or card and len(item) >= 4 or heading is not None and \
                    len(item) >= 4 and not _is_sector_phrase(item) or \
                    chained and len(item) >= 6 and not _is_sector_phrase(item)  # (a card's heading names its project)
                if listed and not rest and not weak:
                    ok = not _is_sector_phrase(item) or len(parsed) > 1
                    if ok and len(item) <= 6 and not any(self._specific(i, q) for i, _, q in parsed):
                        ok = False  # 推动甲构件、乙家居等项目建设: short bare products, nothing names one project
                elif listed and _PJ_FACILITY_CLASS.fullmatch(rest) and not weak:  # 甲厂提标改造、乙…等基础设施项目
                    ok = len(item) >= 4 and not _is_sector_phrase(item)  # (not 水、电、路等基础设施项目)
                elif listed:  # (after a weak verb, 重点布局甲利用、乙等项目: an owner must read as a firm)
                    o = pp["enterprise"]
                    ok = specific and (strong or o and (not weak or o in known or _firm_like(o) or _LEGAL_BEFORE.search(o))
                                       or any(x.get("capacity") for x in pp["products"]))
                else:
                    o = pp["enterprise"]
                    # (a registered or known firm with a capacity names its one project, whatever the verb: 新建甲有限
                    # 公司年产3万吨某产品项目)
                    owned = bool(o and (o in known or _LEGAL_BEFORE.search(o) or _firm_like(o)) and
                                 any(x.get("capacity") for x in pp["products"]))
                    # (谋划布局|某市某某示范: a project planned at a named place, 谋划 its stage; not 谋划|某某材料, a kind)
                    planned = weak and "谋划" in pre and self._region_prefix(item) is not None
                    ok = specific and (not weak or owned or planned) and (strong or len(parsed) > 1 or owned)
                    if not ok and strong and not weak and len(parsed) > 1 and len(item) >= 6 and \
                            not _is_sector_phrase(item) and any(self._specific(i, q) for i, _, q in parsed if i != item):
                        ok = True  # 推动甲公司年产5万吨X、乙电子Y芯片封测项目开工: one list of projects
                if ok:
                    n = len(self.x.projects)
                    self._add_project(item, p, stage, 0.65 if listed else 0.55, known, pp)
                    if whole and len(self.x.projects) > n:
                        self._whole_projects.add(id(self.x.projects[-1]))
        occ = _pj_word_occurrences(text)  # (the words the scans below start at, found in one pass)
        # a firm's renovation named after it: 支持某某石化公司扩能改造
        legal = {e["name"] for e in self.x.enterprises if _legal_form_in(e["name"][-4:])}
        for m in _renovation_matches(text) if legal else ():
            ws = m.start()
            if m.group() == "改造":
                if text[ws - 2:ws] not in _RENOVATION_LEAD:
                    continue
                ws -= 2
            elif m.group() == "扩建" and text[ws - 1:ws] == "改":
                ws -= 1
            if not _LEGAL_BEFORE.search(text, max(0, ws - 8), ws):
                continue
            firm = next((text[ws - n: ws] for n in range(min(20, ws), 3, -1) if text[ws - n: ws] in legal), None)
            if firm:
                name = firm + text[ws:m.end()]
                self.add("projects", normalise_product(name), {
                    "name": name, "enterprise": firm, "products": [], "phase": None, "stage": None,
                    "year": None, "investment": None, "park": None, "region": self.x.scope.get("region"),
                    "industry": self.industry_near(m.start()),
                    "evidence": [self.ev(m.start() - len(firm), m.end(), 0.6)],
                })
        # a firm's renovation under its short name (甲铝业电解槽节能改造、乙碳素烟气超低排放改造全部完成; 丙集团开展某装置
        # 节能改造): the item runs from the firm's name (or the verb after it) to 改造
        firms = {n for n in known if len(n) >= 4}
        lens = sorted({len(n) for n in firms}, reverse=True)
        for ws in occ["改造"] if firms else ():
            k = (r.start() if (r := _PJ_LAST_STOP.search(text, max(0, ws - 24), ws)) else -1)  # (the last of them)
            seg = text[k + 1: ws]
            firm = next((seg[:n] for n in lens if seg[:n] in firms), None) if len(seg) >= 6 else None
            if firm is None or not 2 <= len(seg) - len(firm) <= 14 or _TM_DIGIT.search(seg, len(firm)) or \
                    "项目" in seg or text[ws + 2: ws + 4] in ("项目", "工程"):
                continue
            obj = seg[len(firm):]
            if obj[:1] == ")":  # 甲有限公司(|甲药业)|开展…改造: the firm's short name in brackets, then its works
                obj = obj[1:]
                seg = firm + obj
            v = _RENOVATION_VERB.match(obj)
            if "等" in seg or v and not _RENOVATED_PLANT.search(obj):
                continue  # 甲等企业开展技术改造; 乙公司完成节能降碳改造: no plant is named, no project
            name = (obj[v.end():] if v else seg) + "改造"
            if len(name) < 6 or _is_sector_phrase(name[:-2]):
                continue
            rec = self._legal_of(firm)
            self.add("projects", normalise_product(name), {
                "name": name, "enterprise": rec["name"] if rec else firm, "products": [], "phase": None, "stage": None,
                "year": None, "investment": None, "park": None, "region": self.x.scope.get("region"),
                "industry": self.industry_near(ws),
                "evidence": [self.ev(ws + 2 - len(name), ws + 2, 0.55)],
            })
        # a phase of a park being built is a project (加快推进某某大数据产业园二期建设)
        for q in re.finditer("期", text):
            m = _PHASE_BACK.search(text, max(0, q.start() - 3), q.start())
            if not m:
                continue
            ps = m.start()
            park = next((text[ps - n: ps] for n in range(min(20, ps), 3, -1) if text[ps - n: ps] in self.park_names),
                        None) if _park_at_end(text, max(0, m.start() - 10), m.start()) else None
            if park:
                if text.startswith(("扩区", "扩容", "规划", "用地", "范围"), q.end()):
                    continue  # 加快某产业园二期扩区: the park's land, no work is built
                pre = text[self.clause_start(ps - len(park)): ps - len(park)]
                if _PJ_BUILD.search(pre) or _PJ_INVEST_AFTER.match(text, q.end()):  # (某产业园二期,总投资8亿元,在建)
                    end = q.end() + (4 if text.startswith("基础设施", q.end()) else 0)  # (…产业园三期基础设施建设)
                    self._add_project(text[ps - len(park): end], ps - len(park), "在建", 0.6, known)
            elif text[q.end(): q.end() + 1] in (",", ";", "。", "\n", "、") or text.startswith("建设", q.end()):
                self._facility_list(q.end(), "期", known)  # 实施某某再生铝保级利用三期, 谋划建设某交易中心二期
        # named facilities listed before a word of their progress, without the word 项目 (推动甲公司年产20万辆某车工厂、
        # 乙公司某车基地建成投产; 推进某园区污水处理厂、某园区集中供热等基础设施建设; 推动某地200MW风电前期工作)
        # (the words are found with str.find: literals, so that the scans stay fast)
        for w in _FACILITY_PROGRESS_WORDS:
            for i in occ[w]:
                if w == "建设" and (text[i + 2: i + 3] not in _CLAUSE_STOPS or text[i - 2: i] == "开工"):
                    continue  # (…建设 as the last word of its clause: 推进甲基地、乙产业园建设)
                if _PJ_COUNTED_AFTER.match(text, i + len(w)):
                    continue  # 某某化工基地建成投产一批百万吨级项目: where projects were built, not one of them
                self._facility_list(i, w, known)
        # a facility done, the word closing its clause, after when or how (甲公司某某生产线实现投产; 乙二期工程于10月建成)
        for w in ("投产", "建成"):
            for i in occ[w]:
                if text[i + 2: i + 3] not in _CLAUSE_STOPS or text[i - 2: i] in ("建成", "竣工"):
                    continue  # (建成投产, 竣工投产: read above; 投产后: a condition)
                a = _PJ_DONE_LEAD.search(text, max(0, i - 14), i)
                e = a.start() if a else i
                ph = _PHASE_END.search(text, max(0, e - 5), e - 2) if text.startswith("工程", e - 2) else None
                if ph is not None:  # 甲新材二期工程于5月建成: the phase of the firm's works, named by the firm
                    cs = self.clause_start(ph.start())
                    if text[cs: ph.start()] in known:
                        self._add_project(text[cs:e], cs, _STAGE_OF.get(w) or "投产", 0.55, known)
                        continue
                if _PJ_FACILITY_NOUN.search(text, max(0, e - 8), e) or text.startswith("工程", e - 2):
                    self._facility_list(e, w, known)  # (not 一期2万吨某材料已投产: a product made, no works named)
        # a park's named works as the object of a verb that opens the clause (推进某某产业园再生水回用工程,…)
        for i in occ["工程"]:
            if text[i + 2: i + 3] not in _CLAUSE_STOPS:
                continue
            cs = self.clause_start(i)
            v = _PJ_WORKS_VERB.match(text, cs, i)
            name = text[v.end(): i + 2] if v else ""
            if not 7 <= len(name) <= 30 or _PJ_BAD_ITEM.search(name) or _LINE_BREAKS.search(name) or _BATCH.search(name):
                continue
            k = next((n for n in range(len(name) - 5, 3, -1) if name[:n] in self.park_names), 0)
            if k and not _PJ_PROGRAMME.search(name, k) and not _is_sector_phrase(name[k:-2]):
                self._add_project(name, v.end(), None, 0.55, known)
        for i in occ["改完成"]:  # 甲集团年产30万吨某产品技改完成: a firm's upgrade, done
            if text[i - 1] == "技" and text[i + 3: i + 4] in _CLAUSE_STOPS:
                self._facility_list(i + 1, "完成", known)
        # named facilities after a verb of building (尽快落地某某数据服务基地, 投资建设某某一体化基地)
        for w in ("建设", "落地", "布局"):
            for vs in occ[w]:
                ve = vs + 2
                if w == "布局":
                    if text[vs - 2: vs] not in ("谋划", "争取"):
                        continue  # (谋划布局某某中心, 争取布局某地某示范工程; 布局 alone lays out sectors)
                    vs -= 2
                elif w == "建设" and text[vs - 2: vs] in _BUILD_OBJECT_LEAD:
                    vs -= 2  # 投资建设, 开工建设, 落地建设, 加快建设
                if self.clause_end(ve) - ve < 4:
                    continue  # (the first test of _facility_object, which returns before it with nothing done: the
                    # frame 以…为… only moves the clause's end closer)
                self._facility_object(vs, ve, known)
        # a named facility being built: 加快“某某科技成果转化服务中心”建设
        for m in re.finditer(r"“(?P<n>[^“”]{4,40}?(?:中心|基地|园|工程|电站|生产线|矿井))”(?:项目)?建设", text):
            pre = text[self.clause_start(m.start()): m.start()]
            if re.search(r"加快|推进|推动|实施|开工|启动", pre):
                self._add_project(m.group("n"), m.start("n"), "在建", 0.6, known)
        # a numbered line that names one works without the word 项目, then its figures (3.某地某某供热工程.总投资8亿元;
        # (二)某某物流中心,总投资…): one project of a list
        for i in occ["总投资"]:
            f = _PJ_LINE_FACILITY.search(text, max(0, i - 4), i)
            if f is None:
                continue
            ls = text.rfind("\n", 0, i) + 1
            lead = _ENUM_LEAD.match(text, ls)
            name = text[lead.end(): f.end("w")] if lead else ""
            if 4 <= len(name) <= 40 and not _PJ_BAD_ITEM.search(name) and not _LINE_BREAKS.search(name) and \
                    not self.regions.knows(name):
                self._add_project(name, lead.end(), None, 0.6, known)
        self._project_investments()

    def _facility_list(self, end, word, known):
        """The named facilities of the list that ends at `end`, before the progress word `word`: each item that
        names one facility (a capacity, or a facility noun with a firm, a place or a park in front) is a project."""
        text = self.text
        e = end - 2 if text.startswith("工程", end - 2) else end  # 某园区污水处理厂提标改造工程投入使用
        if text.startswith("项目", e - 2) or e < 2:
            return  # 甲项目建成投产: read by find_projects
        cs = self.clause_start(e)
        while cs > 0 and text[cs - 1] in "()" and e - cs < _LIST_SPAN:
            cs = self.clause_start(cs - 1)  # (甲项目(二期)、乙园区标准化厂房建设: one list)
        cs = max(cs, e - _LIST_SPAN)
        if text.find("\t", cs, e) >= 0:
            return  # a row of a table, read by find_table_projects
        ph = _PHASE_END.search(text, max(cs, e - 3), e)  # (甲—乙供水|二期|工程通水: the facility before its phase)
        if word != "期" and not _PJ_FACILITY_NOUN.search(text, max(cs, e - 8), ph.start() if ph else e) and \
                not _PJ_FACILITY_CLASS.search(text, max(cs, e - 6), e) and not _TM_DIGIT.search(text, cs, e) and \
                not (e != end and _PJ_BETWEEN.search(text, cs, e)) and \
                not (_park_at_end(text, max(cs, e - 8), e) and any(  # (a match ends at cs + j, or before a line
                    # break there: it starts at most 9 characters before, and the pattern looks neither back nor ahead)
                    _PJ_FACILITY_NOUN.search(text, max(cs, cs + j - 12), cs + j) for j in _occurrences(text[cs:e], "、"))):
            # (甲—乙引水工程: a line between places; 甲公司某某基地、某某产业园建设: a park among facilities)
            return  # neither a facility nor a capacity before the word: nothing named is built
        k = text.rfind("等", cs, e)
        if k >= 0 and not _PJ_FACILITY_CLASS.fullmatch(text, k + 1, e):
            return  # 等 closes the list only with a class of facilities (等基础设施)
        items = self.list_items(cs, k if k >= 0 else e, split_and="和")
        if not items:
            return
        pre = text[cs: items[0][1]]
        if word == "建设" and not _PJ_STRONG_VERB.search(pre) or _RECRUIT.search(pre) or _PJ_NEGATED.search(pre):
            return  # 建设 alone is built by a verb (推进甲基地、乙产业园建设); 招引…: wanted, not built
        if _COUNT.search(pre) or "一批" in pre:
            return
        st = _STAGE_RE.match(word)
        stage = _STAGE_OF[st.group()] if st and word != "建设" else _FACILITY_STAGE.get(word) or next(
            (_STAGE_OF[w.group()] for w in _STAGE_RE.finditer(pre)), None)
        if word == "期":
            items = items[-1:]  # 实施甲二期、乙三期: each phase closes its own item
            if not _PJ_STRONG_VERB.search(pre) and "谋划" not in pre:
                return
        self._facility_items(items, stage, known, phased=word == "期", works=e != end)

    def _facility_object(self, vs, ve, known):
        """Named facilities written as the object of a verb of building that closes its clause (尽快落地某某公司数据
        服务基地; 某集团: 投资建设某某新材料一体化基地): each one named by a firm or a place is a project."""
        text = self.text
        ce = self.clause_end(ve)
        cs = self.clause_start(vs)
        if text[cs:cs + 1] == "以" and (w := _FRAME_END.search(text, ve, ce)):
            ce = w.start()  # 以加快建设某某基地|为抓手: the frame 以…为… closes the object
        # (the test of the object's size and its last word first: it needs the owner only when no facility noun
        # ends the object; what is computed before it has no side effects)
        if not 4 <= ce - ve <= 40:
            return
        noun = _PJ_FACILITY_NOUN.search(text, ce - 4, ce)
        if not noun and not _park_at_end(text, ce - 8, ce):
            return
        # 支持甲公司建设某某产业园: the firm the verb is supported in builds the facility (a park too)
        fm = _FIRM_BUILDS.fullmatch(text, cs, ve)
        owner = fm.group(1) if fm and fm.group(1) in known else None
        if not noun and not owner:
            return
        # (支持)在某经开区|建设某某检测中心: the place the facility is built in, named before the verb
        at = _PJ_BUILT_AT.fullmatch(text, cs, vs) if text.find("在", cs, vs) >= 0 else None
        if at and not (at.group("place") in self.park_names or self.regions.knows(at.group("place"))):
            at = None
        cs = vs if at else cs
        if (vs - cs > 6 and not owner) or _TM_DIGIT.search(text, cs, vs) or text.find("项目", ve, ce) >= 0 or \
                text.find("一批", ve, ce) >= 0 or _COUNT.match(text, ve):
            return  # (only adverbs before the verb; 项目 in the object: read by find_projects; 一批…: a kind)
        if not owner and text.startswith("了", ve):
            return  # 我们在某地建设了某某回收基地: told as done, a facility named by its kind
        pre = text[cs:ve]
        if _RECRUIT.search(pre) or _PJ_NEGATED.search(pre) or not owner and _WEAK_PROJECT_VERBS.search(
                text, cs, vs if text.startswith("布局", ve - 2) else ve):  # (谋划布局, 争取布局: the verb is strong)
            return
        if _CONTENT_LABEL.search(text, max(0, text.rfind("\n", 0, vs)), vs + 1) or text.find("\t", max(0, cs - 1), ce) >= 0:
            return  # 建设内容:建设某某生产线 (in a card, or in a table's cell): the parts of a project, not projects
        stage = next((_STAGE_OF[w.group()] for w in _STAGE_RE.finditer(pre)), None)
        # (园区正在谋划建设某某中试基地: the park builds it, the facility is placed in the park)
        in_park = text.startswith("园区", cs) or cs in self._park_starts or bool(at)
        self._facility_items(self.list_items(ve, ce, split_and="和"), stage, known, in_park=in_park, owner=owner)

    def _facility_items(self, items, stage, known, phased=False, in_park=False, owner=None, works=False):
        """Add the items of a list of facilities that name one facility each (see _facility_list)."""
        for item, p in items:
            aside = _PJ_DECLARED_ASIDE.search(item) if "称" in item else None
            if aside and aside.start() >= 4:
                item = item[: aside.start()] + item[aside.end():]  # (the firm's short name declared on the way)
            note = _FACILITY_NOTE.search(item)
            if note:
                item = item[: note.start()]  # 某园区标准化厂房三期(12万平方米): a note of its size, not its name
            when = _PJ_ITEM_WHEN.search(item, len(item) - 12) if "月" in item[-4:] or "年" in item[-2:] else None
            if when:
                item = item[: when.start()]  # 甲公司某某基地于9月开工建设: when, not a part of the name
            intent = _PJ_ITEM_INTENT.search(item, max(0, len(item) - 10))
            if intent and intent.start() >= 4:
                item = item[: intent.start()]  # 甲公司某某工厂|力争明年底|建成投产: the aim, not a part of the name
            if not (4 <= len(item) <= 40) or _PJ_BAD_ITEM.search(item) or \
                    not _BATCH_CHARS.isdisjoint(item) and _BATCH.search(item) or _is_sector_phrase(item):
                continue
            if "项目" in item:
                continue  # 甲项目一期, 乙项目今年建成投产: read by find_projects
            noun = _PJ_FACILITY_NOUN.search(_PHASE_END.sub("", item))  # (某园区标准化厂房|三期)
            # a line between two places, written …工程 (甲至乙750千伏输变电工程, 甲—乙供水二期工程): one facility
            between = works and _PJ_BETWEEN.match(item) is not None
            # (a park the text names, listed with facilities built: one of the works, 甲基地、某某产业园建设)
            parked = not noun and item in self.park_names and len(items) > 1 and any(
                _PJ_FACILITY_NOUN.search(o) and ((f := parse_project_item(o, known)["enterprise"]) and (
                    f in known or _firm_like(f)) or _TM_DIGIT.search(o)) for o, _ in items if o != item)
            noun = noun or between or parked
            if not phased and not _TM_DIGIT.search(item) and "级" not in item and not noun and not owner:
                continue  # neither a capacity nor a facility
            pp = parse_project_item(item, known)
            if phased:
                stem = item[: -len(pp["phase"])] if pp["phase"] and pp["phase"].endswith("期") else ""
                if len(stem) >= 4 and not _is_sector_phrase(stem) and not _GENERIC_PARK.match(stem) and \
                        not self.regions.is_region_name(stem):  # (not 某某县二期: a place, no project)
                    self._add_project(item, p, stage, 0.55, known, pp)
                continue
            cap = any(x.get("capacity") or x.get("unit") for x in pp["products"])
            if not cap and not pp["phase"] and _STANDARD_PLANT.search(item) and all(
                    _park_at_end(o) or _STANDARD_PLANT.search(o) for o, _ in items if o != item):
                # 加快(甲园、)某园区标准化厂房建设: the parks' standing programme of plant halls; a phase names one
                # batch (…三期), and a list of named projects makes the halls one of them
                continue
            if owner and not pp["enterprise"] and not _GENERIC_PARK.match(item):
                self._add_project(item, p, stage, 0.55, known, dict(pp, enterprise=owner))
                continue
            if not cap and (not noun or _PJ_DESIGNATION.search(item)):
                continue
            o = pp["enterprise"]
            firm = o and (o in known or _legal_form_in(o) or _firm_like(o) or _origin_named(o))
            # (建设国家某某创新中心: the one national facility of its name; not 国家级, a rank to reach)
            placed = in_park or item.startswith("国家") and item[2:3] != "级" or \
                self._region_prefix(item) is not None or self._township_prefix(item) or \
                self._park_head(item, 4, len(item)) or _VOLTAGE_LEAD.match(item) or between
            # (a centre named by what it does, 某某检验检测中心, 某某集中处置中心: one facility; not 各园区服务中心)
            centre = item.endswith("中心") and len(item) >= 6 and item[0] not in "各全本该这此其每"
            if cap or firm or placed or centre:
                self._add_project(item, p, stage, 0.55, known, pp if firm else dict(pp, enterprise=None))

    def _project_investments(self):
        """总投资…亿元 after a project in its sentence is that project's investment (亿元)."""
        for m in re.finditer(r"总投资(?:约|达|为)?(?P<v>\d+(?:\.\d+)?)(?P<u>亿元|万元)", self.text):
            if _COUNT.search(self.text, max(0, m.start() - 8), m.start()):
                continue  # 三个项目总投资约41亿元: the total of several projects
            v = float(m.group("v")) / (10000 if m.group("u") == "万元" else 1)
            ss = self.sentence_start(m.start())
            best = None
            for p in self.x.projects:
                for ev in p["evidence"]:
                    if ss <= ev["start"] < m.start() and (best is None or ev["start"] > best[0]):
                        best = (ev["start"], p)
                names = [n for n in (p.get("enterprise"),) if n]
                for n in names:
                    i = self.text.rfind(n, ss, m.start())
                    if i >= 0 and (best is None or i > best[0]):
                        best = (i, p)
            if best is not None and best[1].get("investment") is None:
                best[1]["investment"] = v

    def _merge_projects(self):
        """One project written twice (远川新能源制氢 / 某市远川新能源制氢综合利用) is one project."""
        owner_of = {}
        whole = getattr(self, "_whole_projects", set())
        for e in self.x.enterprises:
            for n in [e["name"], *e.get("aliases", ())]:
                owner_of[n] = e["name"]
        # the owner cell of a project table names the firm by a short form (甲钢铁 for 某地甲钢铁集团有限公司)
        for p, cell in getattr(self, "_table_owners", ()):
            # (某县|甲药业: the firm the text names, with its county in front, written short or not)
            o = owner_of.get(cell) or next((owner_of[cell[k:]] for k in (_lead_len(cell), 2, 3)
                                            if k and len(cell) - k >= 3 and cell[k:] in owner_of), None)
            if o is None and len(cell) >= 3:
                hits = {v for n, v in owner_of.items() if cell in n}
                o = hits.pop() if len(hits) == 1 else None
            if o and not p.get("enterprise"):
                p["enterprise"] = o
        # a project with no owner whose name opens with a firm's name the text uses (甲钠电|钠离子电池正极材料, a
        # table's row with no owner column): the firm's project
        starts = {}
        for n, v in owner_of.items():
            if len(n) >= 3:
                starts.setdefault(n[:2], []).append((n, v))
        for p in self.x.projects:
            if not p.get("enterprise"):
                o = max((nv for nv in starts.get(p["name"][:2], ()) if p["name"].startswith(nv[0]) and
                         len(p["name"]) - len(nv[0]) >= 4), key=lambda nv: len(nv[0]), default=None)
                if o is not None:
                    p["enterprise"] = o[1]
        merged = []

        def capacity(p):
            x = p["products"][0] if p["products"] else {}
            return (x.get("name"), x.get("capacity"), x.get("unit")) if x.get("capacity") else None

        def same_phase(p, q):  # 二期10万吨甲及配套乙 = 某公司二期10万吨甲: one phase of one size
            cp, cq = capacity(p), capacity(q)
            return bool(p.get("phase") and q.get("enterprise") and q.get("phase") == p["phase"] and cp and cq and
                        cq[1:] == cp[1:] and len(cq[0] or "") >= 2 and (cp[0] or "").startswith(cq[0]))

        def written_for(p, q):
            """Whether `p` names the firm's project `q` by its product alone (某产品生产线) or by a short form of the
            firm and the product (甲储能|某产品 for 某地甲储能科技有限公司|某产品)."""
            qo = q.get("enterprise")
            qp = q["products"][0]["name"] if q["products"] else ""
            if not qo or len(qp) < (3 if p["name"] == qp else 4) or capacity(p) or p.get("phase") != q.get("phase") \
                    or p is q:
                return False  # (甲化工|年产5万吨磷酸铁 named again 磷酸铁项目, its product alone)
            n = p["name"]
            if not p.get("enterprise"):
                return n.startswith(qp) and n[len(qp):] in _PJ_PLANT_WORDS
            k = len(n) - len(qp)
            return k >= 2 and n.endswith(qp) and p["enterprise"] != qo and any(
                n[:k] in a for a in names_of.get(owner_of.get(qo, qo), ()))

        names_of = {}
        for a, v in owner_of.items():
            names_of.setdefault(v, []).append(a)
        # (the products a project may be named by: a substring test first keeps the pairs to check few)
        by_product = [(q["products"][0]["name"], q) for q in self.x.projects
                      if q.get("enterprise") and q["products"] and len(q["products"][0]["name"]) >= 3]

        def short_of(n, q):
            """Whether `n` is the firm's word and the end of its product (甲胶膜 for 某地甲新材料股份有限公司|光伏胶膜)."""
            qo = q.get("enterprise")
            qp = q["products"][0]["name"] if capacity(q) else ""  # (a firm's project of a stated size)
            if not qo or len(qp) < 3:
                return False
            firm = names_of.get(owner_of.get(qo, qo), [qo])
            return any(qp.endswith(n[k:]) and qp != n[k:] and any(n[:k] in a for a in firm) and
                       not self.regions.knows(n[:k]) for k in range(2, len(n) - 1))  # (not 某省|胶膜: a place)

        def written_for_any(p, among):
            return [q for qp, q in by_product if qp in p["name"] and written_for(p, q) and any(q is r for r in among)]

        def phase_of_named(p):
            """Whether `p` opens with its phase and has no owner (公司计划分两期建设,|一期5万吨甲): a phase of a project
            named before."""
            return bool(not p.get("enterprise") and p.get("phase") and p["name"].startswith(p["phase"]) and capacity(p))

        def whole_of(p, among):
            """The one owned project of `p`'s product, larger and without a phase, that `p` is a phase of."""
            cp = capacity(p)
            same = [q for q in among if q.get("enterprise") and not q.get("phase") and (cq := capacity(q)) and
                    cq[0] == cp[0] and cq[2] == cp[2] and cq[1] > cp[1]]
            return same[0] if len(same) == 1 else None

        owned = {capacity(q) for q in self.x.projects if q.get("enterprise") and capacity(q)}
        later = [p for p in self.x.projects if not p.get("enterprise") and capacity(p) and (
            capacity(p) in owned or any(same_phase(p, q) for q in self.x.projects))]
        later_ids = {id(r) for r in later}  # (the records are alive: their ids stand for `is`)
        later += [p for p in self.x.projects if id(p) not in later_ids
                  and (written_for_any(p, self.x.projects) or phase_of_named(p))]
        later_ids = {id(r) for r in later}
        # merged by owner, in merged's order (no owner changes in this loop, and merged only grows, by append): the
        # owner's projects are the merged ones a test of the owner can take
        merged_of = {}
        for p in [q for q in self.x.projects if id(q) not in later_ids] + later:
            o = owner_of.get(p.get("enterprise"), p.get("enterprise"))
            prod = p["products"][0]["name"] if p["products"] else None
            target = None
            keep_phase = False
            if not o and capacity(p):  # 正在建设30万吨/年某产品项目: the owner's project named with its owner elsewhere
                target = next((q for q in merged if q.get("enterprise") and capacity(q) == capacity(p)
                               and q.get("phase") == p.get("phase")), None)
                if target is None:
                    target = next((q for q in merged if same_phase(p, q)), None)
                if target is None and phase_of_named(p):
                    target = whole_of(p, merged)
            if o and not prod and p.get("phase"):  # 某某轮毂一期: the first phase of the firm's project; 某某玻璃二期:
                # the firm's 二期 named before with its product (not the firm's project without a phase: its 一期)
                ok = (None, "一期") if p["phase"] == "一期" else (p["phase"],)
                same = [q for q in merged_of.get(o, ()) if q.get("phase") in ok]
                if not same and p["phase"] != "一期" and any(
                        q.get("phase") == "一期" and owner_of.get(q.get("enterprise"), q.get("enterprise")) == o
                        for q in self.x.projects):
                    # (甲二期 where the firm's 一期 is written apart: the firm's project without a phase is its 二期)
                    same = [q for q in merged_of.get(o, ()) if not q.get("phase") and q["products"]]
                    keep_phase = True  # (its other mentions without the phase stay the same project)
                target = same[0] if len(same) == 1 else None
            if o and prod and target is None:
                cp = capacity(p)  # (p does not change in the loop: its capacity is read once)
                for q in merged_of.get(o, ()):  # (a target is the owner's: qo == o)
                    qo = o
                    qp = q["products"][0]["name"] if q["products"] else None
                    if (p.get("phase") or "一期") != (q.get("phase") or "一期") and \
                            "期" in (p.get("phase") or "") + (q.get("phase") or "") and not any(
                                id(r) in whole and not r.get("phase") for r in (p, q)):
                        continue  # 一期 and 二期 of one product (a project and its 二期): two projects (not the whole
                        # project written with the progress of its phases, 甲项目一期已投产,二期在建)
                    cq = capacity(q)
                    if cp and cq and cp[2] == cq[2] and cp[1] != cq[1]:
                        continue  # 年产15万吨 and 年产20万吨 of one product: two plants
                    if qo == o and qp and (qp in prod or prod in qp) and min(len(qp), len(prod)) >= 2:
                        target = q
                        break
                    if qo == o and qp and not (cp and cq) and "及" in qp + prod and (
                            (h := qp.split("及", 1)[0]) in prod or (h := prod.split("及", 1)[0]) in qp) and len(h) >= 2:
                        target = q  # 甲肉羊屠宰 after 甲|肉羊及冷链物流: the firm's project, named by its first part
                        break
            if target is None and not o and p.get("phase") and p["name"].endswith(p["phase"]) and \
                    2 <= len(p["name"]) - len(p["phase"]) <= 6:
                stem = p["name"][: -len(p["phase"])]  # 甲四期项目 after 甲新能源某基地四期…项目: the firm's short name
                same = [q for q in merged if q.get("phase") == p["phase"] and q.get("enterprise") and any(
                    a.startswith(stem) for a in names_of.get(owner_of.get(q["enterprise"], q["enterprise"]),
                                                             [q["enterprise"]]))]
                target = same[0] if len(same) == 1 else None
            if target is None and by_product:
                same = written_for_any(p, merged)
                target = same[0] if len(same) == 1 else None
            if target is None and not o and not capacity(p) and not p.get("phase") and 4 <= len(p["name"]) <= 8:
                same = [q for q in merged if short_of(p["name"], q)]
                target = same[0] if len(same) == 1 else None
            if target is None:
                merged.append(p)
                merged_of.setdefault(o, []).append(p)
                continue
            target.setdefault("aliases", [])
            if p["name"] not in target["aliases"] and p["name"] != target["name"]:
                target["aliases"].append(p["name"])
            target["evidence"].extend(e for e in p["evidence"][:3] if e not in target["evidence"])
            for f in ("stage", "phase", "investment", "park"):
                if not target.get(f) and p.get(f) and not (f == "phase" and (phase_of_named(p) or keep_phase)):
                    target[f] = p[f]  # (the phase of a part is not the whole project's)
        # 甲有限公司|某地200MW某电站 beside 某地200MW某电站 (a table's row without its owner, the place read as one):
        # one project, the firm's
        by_name = {q["name"]: q for q in merged}
        for p in list(merged):
            o = p.get("enterprise")
            q = by_name.get(p["name"][len(o):]) if o and p["name"].startswith(o) else None
            if q is not None and not any(r is p for r in merged):
                continue
            if q is None or q is p or len(q["name"]) < 6 or capacity(p) != capacity(q) or not any(r is q for r in merged) or (
                    q.get("enterprise") and not (q["name"].startswith(q["enterprise"]) and
                                                 not _legal_form_in(q["enterprise"]))):
                continue
            p.setdefault("aliases", [])
            if q["name"] not in p["aliases"]:
                p["aliases"].append(q["name"])
            p["evidence"].extend(e for e in q["evidence"][:3] if e not in p["evidence"])
            for f in ("stage", "phase", "investment", "park"):
                if not p.get(f) and q.get(f):
                    p[f] = q[f]
            merged[:] = [r for r in merged if r is not q]
        # 某高新区|某某处置中心 beside 某某处置中心 (a table's row): the park in front names where, not another project
        by_name = {q["name"]: q for q in merged}
        for p in list(merged):
            m = _park_suffix_in(p["name"], 0, 16)
            q = by_name.get(p["name"][m.end():]) if m else None
            if q is None or q is p or len(q["name"]) < 4:
                continue
            q.setdefault("aliases", [])
            if p["name"] not in q["aliases"]:
                q["aliases"].append(p["name"])
            q["evidence"].extend(e for e in p["evidence"][:3] if e not in q["evidence"])
            for f in ("stage", "phase", "investment", "park"):
                if not q.get(f) and p.get(f):
                    q[f] = p[f]
            merged.remove(p)
        # 某区|甲湖20万千瓦风电 written again 甲湖风电 (某省|甲物流园 again 甲物流园): the same project, its place and
        # size left out; the short form's own place, when written, must be the long form's (乙县风电 is another)
        forms = {}
        # (forms is read only at the names of the projects in merged, which does not change before the loop below
        # takes its copy: a project none of whose cuts, each an end of its bare name, is such a name other than its
        # own adds nothing that is read)
        names = {p["name"] for p in merged}
        for q in merged:
            if q.get("enterprise"):
                continue  # (a firm's project is named again by its firm, read above)
            bare = _PJ_SIZE_IN_NAME.sub("", q["name"])
            if not any(f in names and f != q["name"] for f in (bare[k:] for k in range(len(bare) - 3))):
                continue
            cuts, lead = {bare}, 0
            for t, _ in self.regions.leading(bare):  # (某省|某区|甲园: each place in front may be left out)
                lead += len(t)
                cuts.add(bare[lead:])
            for f in cuts:
                if len(f) >= 4 and f != q["name"]:
                    forms.setdefault(f, []).append(q)
        for p in list(merged):
            qs = forms.get(p["name"], ())
            q = qs[0] if len(qs) == 1 else None
            if q is None or q is p or capacity(p) or p.get("enterprise") not in (None, q.get("enterprise"), p["name"]) or \
                    not any(r is q for r in merged):
                continue
            q.setdefault("aliases", [])
            if p["name"] not in q["aliases"]:
                q["aliases"].append(p["name"])
            q["evidence"].extend(e for e in p["evidence"][:3] if e not in q["evidence"])
            for f in ("stage", "phase", "investment", "park"):
                if not q.get(f) and p.get(f):
                    q[f] = p[f]
            merged[:] = [r for r in merged if r is not p]
        self.x.projects[:] = merged
        for p in self.x.projects:
            if p.get("enterprise") in owner_of:
                p["enterprise"] = owner_of[p["enterprise"]]

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
        with the role its header names."""
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
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end].split("\t")
                if len(row) != len(header):
                    break
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


# what follows a unit's name in a duty note: its role (甲局牵头, 乙局负责, 丙局配合)
# what a wanted item is not: a figure, a firm, a vague or generic word
_WANT_ITEM_BAD = re.compile(
    r"\d(?![A-Za-z])|[“”]|集团$|公司$|战略投资|链|的|一批|优质|相关|有关|外资|入园|新上|龙头|骨干|头部|企业|项目|资金|人才|"
    r"团队|技术$|[高大强好多广快]$|省内|国内|国外|境外")
_DEPT_DENG_END = re.compile(r"等$")
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


def extract_text(raw: str, doc_id: str, title=None) -> Extraction:
    """Extract chains, enterprises, parks, projects, regions, departments,
    industries, targets and wanted links from the text of one document.

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
