"""The shared lexicon of the extractor: the vocabularies of the genre (sector, modifier, firm and trade words,
legal forms, generic words, lead and cut verbs, park types), the regexes and the small lexical helpers that more
than one topic of :mod:`chainatlas.loaders.extract` uses (literal anchors, place and firm-name tests,
:func:`normalise_product`, sentence lookup).
"""

import bisect
import functools
import re

from chainatlas.loaders.normalize import HAN
from chainatlas.ontology.regions import is_anonymised, region_index

__all__ = ["_alternation", "_anchored_starts", "_ANON_PLACE", "BODY_ENDS", "_CLOSE_QUOTES", "_CN_NUM", "_cn_number", "_COUNT",
    "COUNTRIES", "_CUT_RE", "CUT_VERBS", "_ELEMENTS", "_ENUM_LEAD", "_FARM_PRODUCE_END", "_finditer_at", "_firm_like",
    "_FIRM_ONLY", "_FIRM_WORD_END", "_FIRM_WORD_RE", "FIRM_WORDS", "_GENERIC_PARK", "_GENERIC_PARK_WORDS",
    "GENERIC_WORDS", "_GEO_WORD", "H", "_HAN_CHAR", "_HAN_ONLY", "_is_sector_phrase", "_ITEM_END", "_lead_len",
    "_LEAD_RE", "_LEGAL_FORM_ANCHORS", "_LEGAL_FORM_OFFSETS", "_LEGAL_FORM_RE", "LEGAL_FORMS", "_LIST_SPAN",
    "_literal_anchors", "_literal_starts", "_MATERIAL_FORM", "_MODIFIER_TAIL", "MODIFIER_WORDS",
    "normalise_product", "_NOT_TOWNSHIP", "_NOT_TRADE", "_occurrences", "_OPEN_QUOTES", "_opens_with_place", "_ORG",
    "_origin_named", "_OWNER_CHARS", "_PARK_AT_END", "_PARK_FIRST", "_PARK_SUFFIX", "_park_suffix_in",
    "_PARK_SUFFIX_RE", "PARK_TYPES", "_PINYIN_DEBRIS", "_place_lead", "_place_produce", "_PLACE_TAIL",
    "_plausible_owner", "_PROCESS_SUFFIX", "_product_vocabulary", "_SECTOR_PARK", "_sector_vocabulary",
    "SECTOR_WORDS", "_sentence_at", "_short_forms", "_strip_lead", "_TM_DIGIT", "TRADE_WORDS", "_TRADE_WORDS_ONLY",
    "_TRADE_YE", "_Vocabulary"]


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
    # (a coke plant's gas and by-products and its industry, the feed or the kind of a project: 焦炉煤气制LNG, 化产品深加工,
    # 煤焦化工中试基地; not a firm 焦炉, 化产品 or 煤焦化工 and what it makes)
    "焦炉煤气", "焦炉气", "化产品", "煤焦化工",
)
# Words that qualify a product or an industry (共享储能, 分布式光伏, 绿色建材).
MODIFIER_WORDS = (
    "共享", "分布式", "集中式", "独立", "新型", "绿色", "智能", "智慧", "高端", "高性能", "高效", "高纯", "高值",
    "高值化", "高载能", "重力", "增量", "低碳", "零碳", "碳中和", "清洁", "现代", "先进", "特种", "精细", "精密",
    "专用", "通用", "新一代", "传统", "优势", "特色", "新兴", "战略性", "未来", "大宗", "工业", "产业", "农用",
    "民用", "军民", "国家级", "省级", "重点", "大型", "中小", "小微", "综合", "循环", "一体化", "规模化",
    "网联", "智能网联", "液流", "全钒",  # (智能网联汽车, 全钒液流电池)
)
_MODIFIER_SET = frozenset(MODIFIER_WORDS)
# Words that end the short name of a firm (河西|硅业, 启福|生物, 华西|能源, 云鹏|工贸): the name of a
# trade (any …业) or an industry word the firm is named after.  Followed by more text in a project
# item, they belong to the owner (华锐风电|绿电制氢合成氨).
FIRM_WORDS = (
    "科技", "生物", "化学", "化工", "农化", "生化", "能源", "新能源", "新材料", "环保", "玻璃", "物流", "工贸",
    "商贸", "贸易", "电工", "电气", "电力", "风电", "水电", "光电", "光能", "光伏", "铁合金", "锂金属", "控股", "制药",
    "重工", "机械", "汽车", "电子", "信息", "网络", "食品", "钢铁", "水泥", "建材", "饲料", "热电", "燃气", "石化",
    "焦化", "化肥", "自控", "智能", "装备", "再生资源", "实业", "药业", "酒业", "乳业", "牧业", "种业", "矿业",
)
# The trade words proper (科技, 生物, 物流, …业): a trade name followed by one of them is a firm
# (三益化工, 捷安物流), while a product word at the end (方便食品, 钢化玻璃) names a product.
TRADE_WORDS = (
    "科技", "生物", "化学", "化工", "农化", "生化", "工贸", "商贸", "贸易", "物流", "电工", "电气", "自控", "实业",
    "控股", "制药", "能源", "新能源", "新材料", "电力", "风电", "水电", "光电", "铁合金", "锂金属", "再生资源", "环保",
    "电子", "微电子", "股份", "新材", "光能",  # (某某光能: a solar maker)
)
_NOT_TRADE = "产工农企行专就创职商事作物营毕开停主副林渔学"
_FIRM_WORD_RE = re.compile(rf"(?:{_alternation(TRADE_WORDS)}|(?![{_NOT_TRADE}])[{H}]业)$")
_TRADE_WORDS_ONLY = re.compile(_alternation(TRADE_WORDS))
_TRADE_YE = re.compile(rf"业(?<=[{H}]业)(?<![{_NOT_TRADE}]业)")
# Organisation forms (公司法 and the group words), longest first; a name ending in one is a firm.
LEGAL_FORMS = (
    "集团股份有限公司", "集团有限责任公司", "控股股份有限公司", "控股有限责任公司", "股份有限公司", "有限责任公司",
    "集团有限公司", "控股有限公司", "有限公司", "股份公司", "集团公司", "控股集团", "分公司", "公司", "集团",
    "总厂",  # (某油田炼化总厂: a state works named as a whole)
    "专业合作社", "合作社",  # (某镇某某种植专业合作社: a farmers' cooperative, registered as one)
    "联合社",  # (某县某某专业合作社联合社: a union of cooperatives, registered as one)
    "合伙企业(有限合伙)", "合伙企业",  # (某某产业投资基金合伙企业(有限合伙): a fund, registered as a partnership)
    "(有限合伙)",  # (某某企业管理咨询中心(有限合伙): an employees' shareholding platform)
    "专业合作社联合社", "合作社联合社",  # (某某专业合作社联合社: cooperatives registered together)
    "株式会社",  # (某某化成株式会社: a Japanese company, a foreign investor in a directory)
)
_LEGAL_FORM_RE = re.compile(_alternation(LEGAL_FORMS))
# where a form can start, from the first of 公司/集团/总厂 it holds (so _legal_names tries the pattern only there)
_LEGAL_FORM_ANCHORS = ("公司", "集团", "总厂", "作社", "合社", "合伙", "会社")
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
    "独立法人", "法人",  # (注册独立法人公司: the kind a rule asks for)
    "售电", "部分售电",  # (售电公司: a kind of firm in the power market)
    "非上市", "非上市股份",  # (非上市股份有限公司: a kind a rule names)
)
# Institutions that are not enterprises: universities, research bodies, associations, government.
_ORG = re.compile(r"大学|学院|学校|研究院|科学院|中科院|[农林医社工]科院|研究中心|研究所|设计院|协会|学会|商会|联合会|联盟|政府|"
                  r"管委会|委员会|人大|政协|(?:局|厅|办|委|(?<!事业)部)$|办公室|医院|党委|支部|^高校(?:院所)?$|院校$")  # (a firm's 事业部 is the firm's)
# Names of mountains, lakes, rivers and the like: a place, not an owner (盘道山, 平山湖).
_PLACE_TAIL = re.compile(r"[山湖河沟滩峡岭坝泉川湾岛滩塬梁峪口堡寨屯铺][东西南北]?$")  # (a town of the north-west: 河西堡, 某某寨; a side of it: 某河口西)
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
    "从", "至", "到", "等", "拟", "一批", "一是", "二是", "三是", "四是", "五是", "抓好", "抓住", "用好", "做好", "加强",
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
    # (a conjunction that opens the next clause: 但|甲铝业扁锭项目…进展缓慢)
    "但", "但是", "而",
    # (what a place has already, 既有|甲能源…)
    "既有",
    # (a speaker's 现在|甲乳业…)
    "现在",
    # (what a review proposes for a project: 建议取消|甲公司30万吨/年某产品项目, 暂缓|…; a deal brought about,
    # 促成|甲能源与乙精细签订…)
    "取消", "暂缓", "促成",
    # (a tour's group, once its verb is cut: 观摩|团在|甲公司二期项目现场; what comes with time or is expected,
    # 随着|甲、乙等项目投产, 下一步|…, 预计|甲项目满产后…)
    "团在", "组在", "随着", "下一步", "预计",
    # (what a writer heard or learnt: 听说|甲有限公司要在…, 据了解|乙…)
    "听说", "据说", "据悉", "据了解", "获悉", "得知",
    # (a report's cause of a change: 收入增长主要系|甲项目投产所致, 得益于|乙项目…)
    "主要系", "主要是", "得益于", "受益于",
    # (a fund's or a zone's running total: 累计投资|甲、乙项目30余个)
    "累计投资", "累计引进", "累计实施",
    # (whom a firm supplies, and where a meeting heard a firm: 主要为|甲等企业供应, 座谈会上|乙、丙这样的小企业)
    "主要为", "座谈会上", "会议上", "会上",
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
    "回访", "拜访", "针对", "上报", "报送", "筹备", "总结推广",
    # the verbs of following a firm up and of what money is for (跟进|甲铝业, 主要用于|甲项目), and where a figure
    # comes from (主要来自|甲加工和乙新投产项目)
    "跟进", "跟踪", "用于", "来自",
    # (the time a clause falls in: 当前正值|甲春播和项目建设的关键时期; what a park is to take, 拟承载|甲、乙项目;
    # what is announced at a meeting, 宣布|年产…项目落户)
    "正值", "承载", "宣布",
    # where a ceremony is held (主会场设在|甲公司某某项目现场)
    "设在",
    # the subject of an official paper's title, after the body that issues it (某某局关于|甲公司…项目…的批复)
    "关于",
    # (the verbs of a meeting's or an approval's decision on a firm, 增补|甲公司为副会长单位, 同意|乙公司…项目核准; a
    # programme's story of one, 讲述|丙公司…; a page's rights notice, 图片版权归|丁集团所有)
    "增补", "同意", "讲述", "版权归",
    # (a unit's or a post's duties: 甲公司,负责|乙项目建设和运营; 熟悉|光伏、储能项目开发流程)
    "负责", "熟悉",
    # (a tour of projects and a service to one: 观摩了|甲二期、乙…等12个项目, 服务好|甲项目建设)
    "观摩", "观摩了", "服务好",
    # (what a fund or a plan watches: 重点关注|甲石化分公司周边…)
    "关注",
    # (a ceremony's host calling a signer to the stage: 有请|甲有限公司代表…)
    "有请",
    # (a report's verbs on the firm it picked, supplied or entrusted: 选取|甲公司, 明确|乙公司, 其余供应|丙公司,
    # 委托|丁公司, 均指|戊公司)
    "选取", "明确", "其余供应", "委托", "均指",
    # (a reply's words: 书面征求|甲公司意见, 建议|乙公司…; the firms a list names, 代表性企业有|丙公司; spoken 那边|丁集团)
    "征求", "建议", "代表性企业有", "主要企业有", "那边",
    # (the verbs of doing a thing well: 要做好|甲产业园管廊规划, 建好|乙园区; a department's 协调|甲集团…)
    "做好", "建好", "管好", "协调",
    # (a court's and a firm's deeds on a firm: 裁定受理|甲公司重整, 指定|乙律师事务所, 出资设立|丙公司, 收购|丁公司, 许可|戊公司
    # 实施; a party's role in a case, 根据债权人|甲金融租赁有限公司的申请, 债务人与|乙公司)
    "受理", "指定", "担任", "设立", "收购", "许可", "选任", "根据", "债权人", "债务人", "注册",
    # (a list's way to a firm: 首批推荐|甲公司; a unit's own works, 本部续建|甲项目; a visit, 组织企业赴|甲集团)
    "推荐", "续建", "赴",
    # (assets put into a firm, a firm joined, a firm brought in: 以采矿权作价入股|甲集团, 并入|乙公司, 引入|丙集团)
    "入股", "并入", "引入",
    # (a firm hired, a firm joined in a work, a former name: 聘请|甲公司, 还联合|乙有限公司, 原名|丙有限公司; 联合 alone
    # is a word of names, 某某联合石油化工有限公司)
    "聘请", "还联合", "原名",
    # (the firm a firm belongs to, buys from or supplies: 隶属于|甲集团, 采购自|乙股份, 产品配套|丙、丁等…企业)
    "隶属于", "采购自", "产品配套",
)
# (not 推进 in a product's name: 电力推进系统, 推进器, 推进剂; nor 孵化 in a facility's: 孵化器, 孵化基地)
_CUT_RE = re.compile(f"(?:{_alternation(CUT_VERBS + ('孵化',))})"
                     "(?!(?<=推进)(?:系统|器|剂|装置)|(?<=孵化)(?:器|基地|园|中心|平台|载体|空间|服务|楼|$))")


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
# countries named in front of a foreign firm (德国甲化工公司) or of a place abroad (越南高平): an alternation
COUNTRIES = ("哈萨克斯坦|乌兹别克斯坦|吉尔吉斯斯坦|塔吉克斯坦|土库曼斯坦|巴基斯坦|蒙古国|俄罗斯|白俄罗斯|日本|韩国|"
             "德国|法国|英国|美国|意大利|西班牙|荷兰|瑞士|瑞典|丹麦|挪威|芬兰|比利时|奥地利|加拿大|澳大利亚|"
             "新西兰|新加坡|马来西亚|印度尼西亚|泰国|越南|老挝|柬埔寨|缅甸|印度|以色列|沙特|阿联酋|土耳其|"
             "伊朗|巴西|阿根廷|智利|墨西哥|南非|埃及")
# names of countries and world regions in bilateral names (中国—东盟, 中国—南亚博览会): places, never chain steps
_GEO_WORD = re.compile(r"中国|东盟|南亚|东南亚|中亚|西亚|东北亚|欧洲|中欧|亚欧|欧亚|非洲|中东|阿拉伯|俄罗斯|蒙古|"
                       # economic regions of China (京津冀—长三角—粤港澳大湾区): places too
                       r"京津冀|长三角|珠三角|粤港澳|粤港澳大湾区|大湾区|成渝|长株潭|环渤海|北部湾|关中|中原|海西")
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


# ============================================================================ parks

# Park types, longest first.  A park's name is a place or a theme in front of one of them; a park
# inside another is written right after it (张掖经开区|循环经济示范园|化工产业集中区).
PARK_TYPES = (
    "经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "综合保税区", "保税区", "化工产业集中区",
    "化工集中区", "工业集中区", "产业集中区", "加工集中区", "经开区", "高新区", "综保区", "开发区", "工业园区", "产业园区", "物流园区", "示范园区",
    "专属园区", "科技园区", "产业园", "工业园", "科技园", "科创园", "示范园", "创业园", "物流园", "专业园", "园区", "新区",
    "产业集聚区", "工业集聚区", "工业区",
    "边境经济合作区", "跨境经济合作区",  # (某某边境经济合作区: a state-approved zone at a land port)
)
# a park named by its sector (某某生物医药园, 某某精细化工园), unless the word goes on (化工园区: …园区 decides)
_SECTOR_PARK = ("(?:医药|化工|材料|食品|装备|能源|汽车|软件|电子|纺织|冶金|加工|光电|信息|数据|数字|智造|创新|孵化|建材|"
                "陶瓷|电商|制造|高科|经济|冶炼|炼化|配套)园(?!区)")
# (a zone's sub-park named after its place: 甲县分园; not 划分园区)
_BRANCH_PARK = "(?<![划区部拆])分园(?!区)"
_PARK_SUFFIX = f"(?:{_alternation(PARK_TYPES)}|{_SECTOR_PARK}|{_BRANCH_PARK})"
# a lookahead for a first character of a type (a superset: every Han word of the types): a match of the type starts
# with one, so the matches are the same, and a position that has none fails at once instead of after trying each
# word of the alternation
_PARK_FIRST = "(?=[" + "".join(sorted({w[0] for w in PARK_TYPES} | {w[0] for w in re.findall(rf"[{H}]+", _SECTOR_PARK + _BRANCH_PARK)})) + "])"
_PARK_SUFFIX_RE = re.compile(_PARK_FIRST + _PARK_SUFFIX)
# a type with nothing but a generic word in front is a mention of parks in general (化工园区, 各园区,
# 合作共建园区, 省级工业园区)
_GENERIC_PARK_WORDS = (
    r"[各全本该这此其][^区]{0,3}|工业|产业|化工|合作共建|合作|示范|专业|特色|省级|自治区级|国家级|县级|市级|国家|绿色|智慧|同类|"
    r"低碳|零碳|生态|重点|现有|周边|相关|配套|标准化|其他|新建|承接产业转移|循环化改造示范试点|循环化|老旧|"
    r"现代|综合|大型|中小|智能化|数字化|物流|应急物流|农业|科技|创业|创新|新型|高新技术|特色产业|主导产业|飞地|"
    r"(?:乡镇|村镇|乡村)(?:现代)?(?:农业|特色|特色农业)?")  # (各乡镇农业产业园: the parks of the townships, none named)
_GENERIC_PARK = re.compile(rf"^(?:{_GENERIC_PARK_WORDS})?{_PARK_SUFFIX}$")
# a count in front of the type: a category of parks (某市5个工业集中区, 3个农业科技示范园区)
# (a plot's number is no count: G07地块, 3号地块; nor is 地 of a plot, a section or an address)
_COUNT = re.compile(rf"(?:(?<![A-Za-z\d.])\d+(?:-\d+)?|[{_CN_NUM}几多若干]+)(?:个|家|大|地(?![块段址号]))")
_NOT_TOWNSHIP = {"城乡", "下乡", "返乡", "家乡", "故乡", "乡镇", "城镇", "集镇", "重镇", "小镇", "名镇", "古镇", "强镇",
                 "村镇", "各乡", "全乡", "全镇", "各镇", "本镇", "本乡", "该镇", "该乡"}


@functools.lru_cache(maxsize=8192)
def _outside_gb2312(ch):
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def looks_mojibake(s):
    """Whether `s` reads as a line decoded in the wrong code page: it holds U+FFFD or 锟斤拷, or three or more of its
    Han characters are outside GB 2312, half of those from the first such character to the last (瀵屾簮寤烘潗, 鏂版潗鏂:
    UTF-8 bytes read as GBK give rare characters densely; a real name holds one or two rare characters at most), or,
    of six characters or more, it reads as UTF-8 once written back in GBK (:func:`_reads_back_as_utf8`: the same
    mistake where the characters it gave are common ones, or were made simplified after it).

    >>> looks_mojibake("嘉峪关瀵屾簮寤烘潗有限公司"), looks_mojibake("甘肃喆祥镕业有限公司")
    (True, False)
    """
    if "\ufffd" in s or "锟斤拷" in s:
        return True  # (a byte no code page could read, and U+FFFD written in UTF-8 then read as GBK)
    try:
        s.encode("gb2312")
    except UnicodeEncodeError:
        at = [k for k, c in enumerate(s) if "\u4e00" <= c <= "\u9fff" and _outside_gb2312(c)]
        if len(at) >= 3 and 2 * len(at) >= at[-1] - at[0] + 1:
            return True
    return len(s) >= 6 and _reads_back_as_utf8(s)


def _reads_back_as_utf8(s):
    """Whether `s`, written back in GBK, reads as UTF-8 text: the mark of UTF-8 read as GBK even where every character
    it gave is a common one (骞翠骇2涓囧惃… is 年产2万吨…). Chinese text written in GBK and read as UTF-8 gives
    replacement characters almost everywhere; the Han characters must be four or more and no fewer than them.

    >>> _reads_back_as_utf8("骞翠骇2涓囧惃椹?阈冭柉鍏ㄧ蒙锷犲伐椤圭洰"), _reads_back_as_utf8("年产2万吨马铃薯全粉加工项目")
    (True, False)
    """
    d = s.encode("gbk", errors="ignore").decode("utf-8", errors="replace")
    han = sum("\u4e00" <= c <= "\u9fff" for c in d)
    return han >= 4 and han >= d.count("\ufffd")


# the label of a table's total row (合计, 小计): no project, no firm
TOTAL_CELLS = ("合计", "小计", "总计", "总合计")


def _occurrences(text, word):
    """The positions of `word` in `text`, found with str.find (a literal: faster than a regex scan)."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


def _park_suffix_in(s, pos, endpos):
    """``_PARK_SUFFIX_RE.search(s, pos, endpos)`` (pos, endpos >= 0), not tried when neither 区 nor 园 is there: every
    park type holds one of them."""
    if s.find("区", pos, endpos) >= 0 or s.find("园", pos, endpos) >= 0:
        return _PARK_SUFFIX_RE.search(s, pos, endpos)
    return None


# a log's or a chat's day and time at the head of a clause (今天上午|甲公司…, 下午|乙项目开工)
_DAY_TIME = r"(?:今天|昨天|明天)?(?:上午|下午|晚上)|今天|昨天|明天"
_OWNER_CHARS = re.compile(rf"[{H}A-Za-z()]+")
# the last words of a government body's name (市甲局, 乙委, 丙管委会, 丁办公室, 戊县人民政府): never a chain's step nor
# a project's name (read by the chain and project scans)
BODY_ENDS = ("局", "委", "委员会", "管委会", "办公室", "人民政府")
_OWNER_BAD = re.compile(r"[的之地型式级类与及提]$|^[的之与和及对]|[的与及了]|^[一二三四五六七八九十]期")  # (三期|绿氨: a phase)
# the ends and the starts of what is no owner: 甲渣综合利用|年产…, what the project does with a waste; 某县新建|…, the
# verb; 基地内|…, where; 年组装甲…, a yearly output written before its product; 就近|甲项目, 我市|乙项目, where
_OWNER_BAD_END = ("利用", "处置", "新建", "扩建", "续建", "实施", "区内", "园内", "基地内")
# (基地|新能源商用车…, 园区|集中供热: the base or park the passage is about, then its works; 某镇|磷石膏…: a town, and the
# first character of what it makes; 已集聚|…: the aspect of a clause's verb)
_OWNER_BAD_START = re.compile(r"年(?:产|组装|加工|处理|生产|新增|回收|装配|提取|印染)|就近|[我本全该][省市县区州旗盟]$|已|(?:长期)?从事|"
                              rf"(?:基地|园区|厂区)(?=[{H}])|(?:[{H}]{{2,3}}[省市县区])?[{H}]{{2,3}}[镇乡][{H}]$")


def _owner_bad(s):
    """Whether `s` holds, opens or ends with what no owner's name does (_OWNER_BAD, _OWNER_BAD_END, _OWNER_BAD_START)."""
    return _OWNER_BAD.search(s) is not None or s.endswith(_OWNER_BAD_END) or _OWNER_BAD_START.match(s) is not None
# a lowercase letter among Han characters is what a mis-decoded scrape leaves (…彤a业基地); xx is anonymisation
_PINYIN_DEBRIS = re.compile(rf"[{H}](?![xX]{{2}})[a-z]+[{H}]")
_PARK_AT_END = re.compile(rf"{_PARK_SUFFIX}$")


# words only a firm's name ends with (绿醇科技, 云鹏工贸, 华煤集团): a product word in front does not make it a sector
_FIRM_ONLY = re.compile(rf"(?:科技|工贸|商贸|实业|控股|股份|集团|公司|(?![{_NOT_TRADE}])[{H}]业)$")


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


@functools.lru_cache(maxsize=65536)
def _lead_len(name):
    """The length of the region names `name` starts with (张掖凯烁 -> 2), from :meth:`RegionIndex.leading`."""
    return sum(len(t) for t, _ in region_index().leading(name))


# words that end a technical modifier of a product (钠离子电池, 固态电池, 硅基材料, 电子级氢氟酸, 柔性屏)
_MODIFIER_TAIL = re.compile(r"(?:离子|固态|液态|基|级|型|式|性)$")
# the state of a waste product at the head of an item (退役|风电叶片回收, 废旧|电池): what is recycled, not who does it
_WASTE_LEAD = re.compile(r"退役|废旧|废弃|报废|废")
# chemical elements, whose material is written X基 (硅基, 银基: X-based) at the head of a product
_ELEMENTS = frozenset("氢锂铍硼碳氮氧氟钠镁铝硅磷硫氯钾钙钛钒铬锰铁钴镍铜锌镓锗砷硒锶锆铌钼钯银镉铟锡锑碲钡铂金汞铅铋钨钽铪铈镧钕稀")
# X基 (X-based: 硅基, 煤基, 生物基) at the head of a product: a material, never a trade name
_MATERIAL_BASE = re.compile(rf"^(?:[{''.join(sorted(_ELEMENTS))}煤油气]|生物|沥青|树脂|石墨|陶瓷)基")
# an -ization word (定制化, 轻量化, 数字化): it qualifies a product, it does not name a firm
_IZATION = re.compile(r"(?:定制|智能|数字|数智|轻量|规模|集约|标准|模块|绿色|高端|一体|国产|产业|信息|自动|网络|网联|精细|"
                      r"低碳|清洁|多元|差异|个性|专业|集群|市场|国际|现代|柔性|电气|电动|高值|资源|无害|减量|小型|大型|"
                      r"特色|链条|智慧|融合|品牌|服务)化$")
# public works and the people they serve (城市生活|垃圾, 农村|供水), a plant's own use (自备|新能源): what a project
# is for, not who builds it
_PUBLIC_LEAD = re.compile(r"城市|城乡|城区|农村|乡村|生活|居民|市政|自备|自用|屋顶|楼顶|厂房|厂区|矿区|荒漠|沙漠|戈壁|滩涂|整县|整村|"
                          r"游客|旅客|市民|群众|村民|农民|职工|员工|学生|老人|儿童")  # (游客|服务中心: whom it serves)
# a scope or a time opening what stands before a project (全省|新能源…基地, 三季度|重点产业项目): no trade name
_SCOPE_OR_TIME_LEAD = re.compile(r"全[省市县区州旗]|[一二三四]季度|[上下]半年")


@functools.lru_cache(maxsize=65536)
def _plausible_owner(s, regions=None, strict=True):
    """Could `s` be the short name of a firm, written in front of a project or in a list?

    A firm's short name is a trade name (2-4 characters, often with a place in
    front) and perhaps one word of its trade (河西硅业, 张掖凯烁新能源); not
    a sector phrase, a place, a generic word or an institution.
    """
    if not s or not (2 <= len(s) <= 16) or not _OWNER_CHARS.fullmatch(s):
        return False
    if _ORG.search(s) or _owner_bad(s):
        return False
    if _PARK_SUFFIX_RE.search(s) or _PINYIN_DEBRIS.search(s):
        return False  # a park (兰州新区…), or pinyin debris of a bad scrape
    if _is_sector_phrase(s):
        return False
    if _MODIFIER_TAIL.search(s) or _WASTE_LEAD.match(s) or _MATERIAL_BASE.match(s) or _IZATION.search(s):
        return False  # 钠离子|电池, 固态|电池, 硅基|材料, 碱性|电解槽: a modifier of the product, not a trade name
    if _SCOPE_OR_TIME_LEAD.match(s):
        return False  # 全省|新能源…基地, 三季度|重点产业项目: a scope or a time, no trade name
    regions = regions or region_index()
    core = s[_lead_len(s):]
    if not core or regions.is_region_name(s) or regions.is_region_name(core) or is_anonymised(s):
        return False
    if (pt := _PLACE_TAIL.search(s)) and len(core) <= 2 + len(pt.group()) and not _FIRM_WORD_RE.search(s):
        return False
    if s[0] in _ELEMENTS and _product_vocabulary().covers(s, extra=_ELEMENTS):
        return False  # 钒|电池, 钒钛|新材料: elements and a product, a material (金川: an element opens a trade name too)
    if _PUBLIC_LEAD.match(core) or core in _MODIFIER_SET:
        return False  # (白银|绿色|算力中心: a place and a quality of the product, no trade name)
    if _TOWNSHIP_END.search(s):
        return False  # 某某乡, 某某镇: a township, where the plant stands, not who builds it
    if strict:
        limit = 7 if _FIRM_WORD_RE.search(core) else 4
        if len(core) > limit:
            return False
    return True
_FIRM_WORD_END = re.compile(rf"(?:{_alternation(FIRM_WORDS)})$")
# the form or series of a material, after an element (锂|电, 钛|白, 铜|材, 硅|系): a product, not a trade name
_MATERIAL_FORM = frozenset("电材粉料白盐矿合板管线箔锭丝棒片渣基系类")
_TM_DIGIT = re.compile(r"\d")
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


def _sentence_at(sentences, pos, starts=None):
    """The sentence ``(start, end, text)`` holding `pos`, else the one before it."""
    if starts is None:
        starts = [s[0] for s in sentences]
    i = bisect.bisect_right(starts, pos) - 1
    return sentences[i] if i >= 0 else None


# words that end a 、-list's last item (…、xx万事达集团|就新能源电池…达成合作)
_ITEM_END = re.compile(r"就|等|为|在|达成|签订|签署|签约|开展|共同|合作(?!社)|引领|带动|落地|入驻|建成|投产|开工|作为|参与|分别|担任|按(?=[\d照比])|"
                       r"实施|推进|发展|围绕|的|已|正(?=[在是加积着值处抓全推与同向为])|将|被|获|(?<!面)向|是|通过|共|以|做大|做强|做优|入选|上市|扩能|扩产|合资|"
                       # (甲铝业、乙化工加快技改: the clause's predicate after the last name)
                       r"加快|加大|扩大|加紧|加速|启动|完成|实现|持续|积极|全力|稳步|计划|"
                       # (甲集团、乙新材可就近供应…: a modal or an adverb before the predicate)
                       # (均/也/亦 only before the predicate's first word: 均胜, 亦庄 are in names)
                       r"可(?![再降口乐])|[也均亦](?=[已将可为在是获])")
_ANON_PLACE = re.compile(r"[xX][xX][市县区省]")
_HAN_CHAR = re.compile(rf"[{H}]")
# the quotation marks a document may quote with: curly, straight, corner brackets ("甲、乙、丙"产业链, 「甲、乙、丙」产业链)
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"'「‘", "”\"'」’"
_HAN_ONLY = re.compile(rf"[{H}]+")
_LIST_SPAN = 400  # the longest 、-list read, in characters
# the number of an item of a numbered list (4. , 2、, (三))
# (not a decimal's point: 1.2万头…)
_ENUM_LEAD = re.compile(rf"\s*(?:\d{{1,2}}\s*(?:\.(?!\d)|、)|\(?[{_CN_NUM}]{{1,3}}[)、])\s*")


def _opens_with_place(s, k):
    """True when `s` opens with a place written with its suffix (和田市, 同仁市) longer than `k` characters: the first
    `k` characters, a preposition or a conjunction by their look, are the place's.

    >>> _opens_with_place("和田市青禾新材料有限公司", 1), _opens_with_place("和青禾新材料有限公司", 1)
    (True, False)
    """
    if s[:1] not in "同和与以向由在及对将把含":
        return False
    lead = region_index().leading(s[:6])
    return bool(lead) and lead[0][0][-1] in "市县区旗州盟" and len(lead[0][0]) > k


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
    return list(_short_forms_of(name))


@functools.lru_cache(maxsize=65536)
def _short_forms_of(name):
    """:func:`_short_forms` as a tuple, remembered (the same registered names are asked for again and again)."""
    m = None
    for m in _LEGAL_FORM_RE.finditer(name):  # (the legal form that ends the name: 甲集团|乙化工有限责任公司)
        pass
    if not m or m.end() != len(name):
        return ()
    core = name[:m.start()]
    if ")" in core:  # (the place in parentheses; the pattern cannot match without one)
        core = re.sub(r"\([^()]*\)$", "", core)
    whole = core
    core = core[_lead_len(core):]
    out = []
    # (a firm registered under its province, then its county or city: 甘肃|靖远丰源热电 goes by 靖远丰源 and
    # 靖远丰源热电 too, the place that tells it from others)
    lead = region_index().leading(whole[:8])
    placed = whole[len(lead[0][0]):] if len(lead) >= 2 and any(r.level == "province" for r in lead[0][1]) else ""
    # a subsidiary written with its group in front (甲集团|乙化学有限责任公司) goes by its own name too (乙化学)
    g = core.find("集团")
    sub = core[g + 2:] if 2 <= g and len(core) - g - 2 >= 4 else ""
    # (and without 集团 when the form ran on after it: 甲控股集团有限公司 -> 甲控股)
    grp = core[:-2] if core.endswith("集团") and core[-4:-2] in ("控股", "实业", "投资", "科技") else ""
    placed_forms = ()
    if len(placed) - len(core) >= 2 and len(_LEGAL_TRADE_TAIL.sub("", core)) >= 2 and \
            not lead[1][0].endswith(("市", "县", "区", "旗", "州", "盟")):  # (a place's short name, as a firm's is written)
        bare = _LEGAL_TRADE_TAIL.sub("", placed)
        # (and without its trade word, the place and the trade name left: 靖远丰源|热电)
        tw = next((w for w in FIRM_WORDS if bare.endswith(w) and len(bare) - len(w) >= 4), "")
        placed_forms = (placed, bare, bare[: len(bare) - len(tw)])
    for f in (core, _LEGAL_TRADE_TAIL.sub("", core), sub, grp, *placed_forms):
        if len(f) >= 3 and f not in out and f not in GENERIC_WORDS and not _ORG.search(f):
            out.append(f)
    return tuple(out)


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
    return not (_owner_bad(s) or _PARK_SUFFIX_RE.search(s) or _TOWNSHIP_END.search(s) or is_anonymised(s))


# what a crop is sold or made as, after the crop's name (玉米|种子, 马铃薯|种薯, 牛肉|拉面, 苹果|醋)
_CROP_MADE_END = re.compile(r"[果椒菜茶米面肉蛋奶菌菇薯枣梨桃杏瓜豆麦粮蜜参芪草花葱蒜姜子苗干汁浆酱醋粉籽]$")


def _place_lead(s):
    """The length of the place `s` starts with: a region the index reads, or a county's short name (民乐), else 0."""
    return _lead_len(s) or next((k for k in (3, 2) if len(s) - k >= 1 and region_index().by_county_short.get(s[:k])), 0)


_PRODUCE_QUALITY = frozenset(("冷凉", "高原", "有机", "绿色", "特色", "优质", "富硒", "精品", "生态", "高山", "设施", "露地",
                              "夏季", "反季"))


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
    if len(core) == 4 and core[:2] in _PRODUCE_QUALITY and _FARM_PRODUCE_END.search(core):
        return True  # 某地冷凉蔬菜, 某地高原夏菜: a quality of the land's produce, then the produce
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
    if _EXCEPT_WORD.search(pre) or pre in _GENERIC_TRADE_PRE:
        return False  # 不含电力、…等服务: what a sum leaves out, not a trade name; 保税|物流, 跨境|贸易: a field
    return not _is_sector_phrase(pre)


_EXCEPT_WORD = re.compile("不含|不包括|不包含|除了")
# the modifiers of a field of trade, no trade name (保税物流, 跨境贸易, 现代物流, 智慧能源)
_GENERIC_TRADE_PRE = frozenset(("保税", "跨境", "现代", "智慧", "国际", "城乡", "冷链", "数字", "应急", "多式联运"))
