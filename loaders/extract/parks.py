"""Parks: park names (place or theme plus a park type, sub-parks, coordinated names, vouched and deferred names)
as :class:`_ParksMixin`, with the park regexes and boundary tables only they use.
"""

import bisect
import functools
import re

import ahocorasick_rs

from chainatlas.ontology.regions import region_index

from . import lexicon
from .lexicon import (
    _alternation, _CN_NUM, _finditer_at, _GENERIC_PARK_WORDS, H, _literal_starts, _NOT_TOWNSHIP, _PARK_FIRST,
    _occurrences, _PARK_SUFFIX, _park_suffix_in, PARK_TYPES, _strip_lead,
)

# called as name.method(): bound by assignment, not imported by name (see chainatlas.loaders.extract)
_ANON_PLACE = lexicon._ANON_PLACE
_COUNT = lexicon._COUNT
_CUT_RE = lexicon._CUT_RE
_GENERIC_PARK = lexicon._GENERIC_PARK
_GEO_WORD = lexicon._GEO_WORD
_HAN_ONLY = lexicon._HAN_ONLY
_LEAD_RE = lexicon._LEAD_RE
_PARK_AT_END = lexicon._PARK_AT_END
_PARK_SUFFIX_RE = lexicon._PARK_SUFFIX_RE
_SECTOR_PARK = lexicon._SECTOR_PARK

__all__ = ["_ParksMixin"]


# the name in front of the type is at most 16 characters (no digits: 20万吨聚丙烯…产业园 names the park after
# the capacity); a sub-park follows its parent directly, not after 和/与/及, and parks nest three deep at most
_PARK = re.compile(rf"[{H}A-Za-z]{{0,16}}?{_PARK_SUFFIX}(?:(?![和与及])[{H}]{{2,12}}?{_PARK_SUFFIX}){{0,3}}")
_PARK_CHAR = re.compile(rf"[{H}A-Za-z]")
# the full official types of a zone (not 开发区, 园区, whose own part may be a theme or a phrase)
_OFFICIAL_ZONE_TYPES = frozenset(("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "综合保税区"))
# the types of a park a name written twice vouches for (not 园区, 开发区: a phrase may stand before them)
_NAMED_TWICE_TYPES = frozenset(("工业园区", "工业园", "工业集中区", "经济开发区", "经济技术开发区", "高新技术产业开发区"))
# what opens a phrase before a zone's type, never a zone's own name (各|该|其他|所在|相关|周边|部分|有关|同类|重点|全省…)
_NOT_ZONE_OWN_FIRST = frozenset("各该本其全此每某所相周部有同重省区国境两三四五六七八九十多")
# types that name a zone only together with a place (张掖经开区, 华亭工业园区); with a theme alone they are
# a generic mention (工业园区, 人才工业园)
# a quality of parks written between their count and their type, no theme (甲、乙两个|特色|产业园)
# a copula before the place whose zone of a kind a thing is (甲市是我市|钢铁产业集中区)
_WHAT_IT_IS = re.compile(r"(?:是|为)[我全本][省市县区]$")
_QUALITY_THEME = re.compile(r"特色|专业|配套|小微|创业|现代")
_PLACE_TYPES = ("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "经开区", "高新区", "开发区",
                "工业园区", "工业园", "产业园区", "工业集中区", "新区", "综合保税区", "综保区", "保税区", "产业集聚区", "工业集聚区")
# a park that opens a clause and is given its specialisation (某某工业园区重点发展甲和乙产业) is a named park
# even where its place is too small for the region index
_PARK_REGION_TWICE = re.compile(rf"([{H}]{{2,3}}?)[市县区](?=\1)")
_PARK_SUBJECT = re.compile(r"重点发展|主要发展|重点布局|着力发展|主导产业|主攻|定位为")
# an institution's short name that opens a park's name before its place (中科院|白银高技术产业园)
_INSTITUTION_FIRST = re.compile(r"中科院|中国科学院|中关村")
_PARK_LEAD = (
    "依托", "入驻", "加快", "支持", "已形成", "已成为", "吸引", "落地", "落户", "将", "把", "向", "由", "至", "等",
    "推动", "引导", "进", "入", "全力", "建成", "打造", "创建", "申报", "全省首个", "首个", "各", "本", "该", "现有",
    "所在", "个", "家", "一批", "及", "和", "与", "按照", "构建", "形成", "发展", "延伸", "推进", "围绕", "完善",
    "培育", "建设", "做强", "做大", "以", "的", "在", "为", "是", "着力", "积极", "大力", "实现", "聚焦", "壮大",
    "对接", "加强", "完善", "提升", "巩固", "规划", "明确", "优化", "整合", "签订", "发挥", "与", "对",
    "下辖", "包括", "涵盖", "设有", "辖", "完成", "启动", "通过", "开展", "实施", "新建", "续建", "扩建", "争创",
    "争取", "谋划", "启动建设", "其中", "统筹", "协调", "整合", "即", "新增",
    # (a notice's verbs: 面向国内外公开招租|甲产业园标准化厂房, 关于公布|乙产业园入园企业名单)
    "公开招租", "招租", "出租", "公布", "发布", "国内外",
    # a question put at a press conference (请问|某某产业园…)
    "请问", "想问", "请介绍",
    # a time word at the head of the clause (去年|某某工业集中区…)
    "去年", "今年", "明年", "年内", "全年", "当年", "目前", "近年来", "近年",
    # a ban or a rule on where firms go (不得进入|甲工业集中区, 一律进入|乙化工园区)
    "不得", "严禁", "禁止", "一律", "退出", "迁出", "迁入", "搬入", "搬离",
    # where a project is to stand (拟选址|某某经济开发区)
    "拟选址", "选址", "拟",
    # what a zone holds or is counted by (甲工业园区含|乙、丙、丁3个园区, 按|乙园区、丙园区…统计)
    "含", "按",
    # who a decision goes through (须经|园区专家委员会论证, 并报|新区管委会审定)
    "须经", "并报", "报请", "报送", "报",
)
# (将 is a lead word, but 将军 is a place's word: 将军庙产业园; 进 too, but 进口 is a theme's: 进口资源加工产业园)
# (behind a lookahead on the words' first characters, implied by each word: the same matches, and a position
# without one fails at once)
_PARK_LEAD_RE = re.compile("(?!将军|进口|含山|含氟)(?=[" + "".join(sorted({w[0] for w in _PARK_LEAD})) + "])(?:" + _alternation(_PARK_LEAD) + ")")
_ADDRESS = re.compile(r"地址\s*:|地址\s*(?=[\u4e00-\u9fff])|通讯地址|联系地址")
# a park's new name after its old one (甲开发区更名为|乙高新区, …升级改名了,现在叫|乙高新区)
_PARK_RENAMED = re.compile(r"(?:更名|改名)(?:为|成)|升级(?:为|成)|现在叫|现名(?:为)?|现称|(?P<back>前身(?:为|是)|原名(?:为)?)")
_PARK_RENAMED_HINTS = ("更名", "改名", "升级", "现在叫", "现名", "现称", "前身", "原名")
# words that end the text before a park's name (…入驻|智能制造产业园, …和|某某大数据产业园)
_PARK_BOUNDARY = ("入驻", "和", "与", "的", "在", "从", "把", "将", "向", "对", "由", "至", "等", "打造", "建设", "依托",
                  "推进", "加快", "支持", "形成", "为", "是", "、", "以", "签订", "发挥", "围绕", "落户", "落地", "项目",
                  "进入", "可", "均", "下设", "包括", "设立", "结合", "位于", "布局", "获得", "荣获", "评为", "认定为",
                  "命名为", "授予", "列为", "入选", "获批", "下辖", "简称", "直通", "接入", "连通", "通达", "毗邻", "紧邻",
                  "负责", "牵头", "配合", "推动", "引导", "鼓励", "坐落于", "地处",
                  # a decision sent up to a zone's committee (论证并报|新区管委会, 评估结果报|新区管委会审定)
                  "并报", "并报送", "并报请", "结果报", "结果报送", "结果报请", "报送", "报请", "后报",
                  # (a way through: 甲分输站经|新区门站接入; moving in: 搬迁入驻|乙产业园)
                  "经", "迁入驻",
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
                  # where a material comes from (液氨外购自|某某产业园, 来自|某某开发区)
                  "来自", "购自", "源自", "取自", "运自",
                  "覆盖", "位列", "位居", "排名", "跻身", "纳入", "列入", "晋升", "获评",
                  # a road or a pipe that joins parks, where waste water is sent (连接|甲园区和乙园区, 处理后送|某园区)
                  # and a task on a park (抓好|镇区某某创业园)
                  "连接", "后送", "送至", "排入", "抓好", "确保", "让",  # (让|甲产业园的企业…: causative)
                  # (a building rented in a park, a supply that replaces another in it: 租用|甲产业园, 替代|乙化工园内)
                  "租用", "租赁", "替代", "取代",
                  # where a project is sited (初步考虑选址|甲产业园, 拟选址于|乙工业园), a government listed before a
                  # park's office (乙县人民政府及|丙园区管委会)
                  "选址", "选址于", "政府及",
                  # (the park a list leaves out: 除|甲产业园外, 还包括…; a belt along parks: 两带即沿|甲工业区、乙工业区, not
                  # 沿河湾能源化工园 of the town 沿河湾)
                  "除", "即沿", "是沿",
                  # (where power goes and what a plan adds: 绿电优先供应|甲产业园, 加密|乙产业园与…; a speaker's
                  # 只能进|化工集中区)
                  "优先供应", "供应给", "加密", "能进",
                  # spoken and written words before a park (an interview, a message board, a report): who speaks
                  # (我们|某某产业园, 我区|新材料产业园), what is asked or said of it (建议|某工业区, 欢迎关注|某工业区,
                  # 总体好于|…), a person named before it (某某同志|…), a count (某市共有|…)
                  "我们", "咱们", "我区", "我县", "我市", "我园", "建议", "关注", "欢迎", "找过", "好于", "同志", "共有",
                  # a chronicle's events at a park: a delegation that comes (某县代表团来|高新区), what is shown or
                  # learnt there (推介|甲产业园, 学习|化工园区…经验), a drill that plays an accident (模拟|甲产业园…事故)
                  "代表团来", "考察团来", "调研组来", "推介", "学习", "模拟",
                  # what a place has (基地现有|甲园区), is subject to (竞得人须接受|园区…监督), is sent to (赴|甲高新区
                  # 挂职), opens (开通|甲产业园—…公交), counts in (产值含原|甲产业园), who in it
                  # (一位|园区管理处负责人)
                  "现有", "建有", "设有", "拥有", "接受", "赴", "开通", "含原", "一位",
                  # what a netizen asks about (想了解|甲产业园…), a check by the park (并经|园区核对), a zone that runs
                  # its parks (统筹管理|甲产业园、乙产业园)
                  "了解", "并经", "统筹管理",
                  # a deputy's question in an inquiry (我问|甲工业园区, 我再问|…), a host's call (请|甲高新区…代表), a
                  # unit and a park (管委会及|甲工业园区), a service to a firm (服务|甲牛业园区)
                  "我问", "再问", "请问", "请", "管委会及", "服务",
                  # spoken questions and places (杭锦后旗有什么|园区, 某旗有|甲工业园, 那个|园区), a deadline (年底前|甲产
                  # 业园…), the next stop of a visit (再到|甲产业园), what a text refers to (有关|园区)
                  "有什么", "旗有", "县有", "市有", "那个", "底前", "再到", "有关",
                  # where a project lands or moves (落到|甲化工园, 迁入|乙新区), a conjunction opening a clause (但|甲产业园,
                  # 且|乙产业园), what a plant supplies (甲热电给|整个园区供汽)
                  "落到", "迁入", "但", "且", "给", "调出", "调入",  # (a zone's adjustment: 调出|甲物流园)
                  # a review's edits (复核|甲产业园…距离, 统一|乙产业园面积, 补充|丙工业集中区…机制), what a project improves
                  # (改善|甲产业园…状况), one part of a zone (园区另一板块|循环经济产业园)
                  "复核", "统一", "补充", "改善", "板块",
                  # a log's times and places, a figure's unit, what a park belongs to or is near (上午|甲园区, 初定|乙产业园,
                  # 亿元|丙产业园, 距|丁产业园, 属于|戊开发区, 涉及|己产业园), a conjunction (而|甲产业园)
                  "上午", "下午", "初定", "季度", "亿元", "万元", "公里", "距", "属于", "涉及", "而",
                  # the verbs of doing a thing well and of using one (要做好|甲产业园…规划, 使用|乙产业园生产的棉纱)
                  "做好", "建好", "管好", "使用",
                  # where a thing is sent or drawn (输送到|甲产业园, 引到|乙产业园), a park called by another name (甲片区即|乙产业园),
                  # one of two (甲局或|乙经开区管委会), a zone applied for (甲物流中心申建|综合保税区), what figures hold
                  # (甲经开区数据含|乙园)
                  "到", "即", "或", "申建", "数据含",
                  # (where a project is placed or what a figure owes to: 拟选址于|甲工业园, 得益于|乙产业园, 就近供应|丙产业园)
                  "选址于", "位于", "得益于", "就近供应",
                  # (where a thing is laid out or stands, written with 于: 布局于|园区西部某产业园, 集中于|乙园区; what a
                  # stand shows a visitor, what a plant serves: 向客商介绍|甲煤化工园, 可满足|乙产业园内企业…)
                  "于", "介绍", "满足",
                  # (a party body's name in front of the zone it works in: 中共|甲经济开发区工作委员会; a park's parts,
                  # spoken: 下面有|甲产业园、乙产业园)
                  "中共", "下面有",
                  # (what a park holds or is counted by: 甲工业园区含|乙、丙…园区, 甲工业园区按|乙园区、丙园区…统计; a
                  # park inside a zone, 甲经开区内|乙工业园; a body called in, 约谈|园区管委会; a question and a place
                  # for a plant, spoken: 可能会问|经开区…, 可以放|园区一般工业区)
                  "含", "按", "区内", "园内", "约谈", "问", "放",
                  # (a definition: “核心区”指|甲工业园; an example, 比如|甲产业园; a firm's question, 咨询|乙经开区)
                  "指", "比如", "例如", "咨询", "所辖",
                  # (a clause's opener, the wings of a layout: 此外|甲产业园, “两翼”即东翼|丙产业园; a site chosen,
                  # 已选址规划|丁产业园)
                  "此外", "东翼", "西翼", "南翼", "北翼", "选址规划",
                  # (a fair's stands: 某县组织|甲工业集中区…参展, 某区在A001展位发布|乙产业园…政策)
                  "组织", "发布",
                  # (another park, a zone that takes in a park, land reserved for one, a contact's column: 另有|甲物流园,
                  # 乙产业区涵盖|丙产业园, 重点保障|丁产业园, 办公电话|戊园区管理办公室)
                  "另有", "涵盖", "保障", "电话",
                  # (the parks a zone runs now, where a graduate firm stays, the zone a text points back to: 现辖|甲园区,
                  # 留驻|乙园区, 该区|丙产业园)
                  "现辖", "留驻", "该区")
# works done, which no park is named after (集中供热管网改造和|新材料产业园污水处理厂…)
_WORKS_THEME = re.compile(r"(?:改造|建设|工程|提标|整治|扩建|新建)$")
_PARK_BOUNDARY_RE = re.compile(_alternation(_PARK_BOUNDARY + ("关于",)))  # (某某市关于|某某开发区…的报告: a title)
# words that open with 含 or 设 and are no verb of containing (含山, 设施农业园, 设计产业园)
_NOT_CONTAINS = frozenset(("含山", "设计", "设施", "设备", "设置"))
_PARK_BOUNDARY_CHARS = tuple(w for w in _PARK_BOUNDARY if len(w) == 1)
_BOUNDARY_CHAR_SET = frozenset(_PARK_BOUNDARY_CHARS)
# words that hold a boundary character but are not a boundary (碳中和新材料高新产业园; 将 opens a clause, but 将军 is a
# place's word: 将军庙产业园)
_BOUNDARY_EXCEPTIONS = ("碳中和", "中和", "将军", "可降解", "含氟", "含山", "有色", "经开", "经济")  # (可降解材料产业园: a theme, 可 no verb;
# 含氟新材料孵化园: 含 no verb; 某县有色金属…产业园: 有 of 有色 is no verb, 县有 no boundary)
assert all("中和" in w or "将军" in w or "可降" in w or "含" in w or "有色" in w or "经" in w
           for w in _BOUNDARY_EXCEPTIONS)  # (see _boundary_cut)


def _regions_with_boundary():
    """The region names (full, and short for provinces and cities; short county names of three or more characters)
    that hold a one-character boundary word of a park's name (呼和浩特, 和林格尔, 和田市), longest first."""
    idx = region_index()
    names = set(idx.by_name) | set(idx.by_short) | {n for n in idx.by_county_short if len(n) >= 3}
    # (three characters or more: 和县, 和平 are as often the word 和 and what follows it)
    held = sorted((n for n in names if len(n) >= 3 and any(c in n for c in _PARK_BOUNDARY_CHARS)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, held)))


_REGIONS_WITH_BOUNDARY = _regions_with_boundary()
# a name never starts with a measure word or a unit (…3个|工业集中区, 万吨|某某化工产业园, 110千伏|某某产业园输变电工程;
# but 种业加工园: seeds)
_BAD_START = re.compile(r"^(?:[级个家批类型些处项所座条号户]|种(?![业植养子苗])|万?(?:吨|千瓦|瓦|平方米|亩|元|袋|套|台|件)级?|千伏|万伏|兆瓦|千吨|(?:平方)?公里)+")
_VERBISH = re.compile(r"解释权|坚持|获得|选派|落实|配合|会同|协同|督促|探索|完善|融入|建立|巩固|提升|推动|实施|强化|加强|优化|"
                      r"开展|争创|创建|申报|认定|命名|规划|引进|服务|管理|发挥|利用|领先|一流|相关|标准化")
_PARK_BATCH = re.compile(rf"首批|第[{_CN_NUM}\d]{{1,3}}批|新一批|一批|[百千万]亿级")
# a zone's designation written before the park in it (某某循环经济试验区, 某某综合改革试验区, 某某示范区)
_ZONE_BEFORE_PLACE = re.compile(rf"[{H}]{{2,12}}(?:试验区|实验区|示范区|先导区)")
# the parks of a base, taken together (某基地园区, 某基地主要产业园区): not one park's name
_BASE_PARKS = re.compile(r"基地(?:主要|各|重点)?(?:产业|工业|化工)?园区$")
# several generic words before a …园区 are generic too (智慧化工园区, 特色农业示范园区); before a named type
# they can name a park (生态科技产业园 of a 一区多园 list)
_GENERIC_THEME = re.compile(rf"^(?:{_GENERIC_PARK_WORDS})+(?:工业园区|产业园区|示范园区|物流园区|园区)$")
# a designation or honour, not a park of its own (…省级低碳园区试点, 被评为国家绿色工业园区…等称号)
_PARK_HONOUR_AFTER = re.compile(r"等?(?:试点|称号|荣誉|创建|评价|认定|考核)")
# the rest of a firm's registered name after a park's name inside it (某某新区|开发建设有限公司)
# one-character words between a zone and a park type that are no trade (某高新区|内|产业园, 某经开区|新|产业园)
_NOT_TRADE_CHARS = frozenset("内外中下上各该本其和及与的等在为新老大小首")
_IN_FIRM_NAME = re.compile(r"(?:开发|建设|投资|发展|管理|运营|实业|城市|产业|控股)+(?:集团)?(?:有限责任公司|有限公司|"
                           r"股份有限公司|集团公司|集团)|公司")  # (甲园区公司: a firm's short name)
_PARK_HONOUR_BEFORE = re.compile(r"获得|荣获|评为|认定为|命名为|授予|列为|入选")
# (a list of honours takes 获评 too: 获评甲、乙、丙园区; before one park it would cut 获评 off a name that holds it)
_PARK_HONOURS_BEFORE = re.compile(_PARK_HONOUR_BEFORE.pattern + "|获评")
# a township (某某镇, 某某乡), and the words that end in 镇/乡 without being one (城乡, 乡镇, 小镇)
_TOWNSHIP = re.compile(rf"(?:镇|乡(?!村))(?=人民政府|政府|党委|街道|[、,)的和]|工业|产业|[{H}]{{0,8}}园)")
# a rank in front of a type (省级开发区): a kind of zone, or a rank to apply for (创建国家级经开区)
_RANK = re.compile(r"省级|国家级|市级|县级")
# the words that open the list of a zone's parks (由甲、乙组成; 下设甲、乙)
_PARK_MADE_OF = re.compile(r"(?:由|下设|下辖|设有|辖)$")
# the types of a garden park, fullest first; a bare 园区 (the last) may stand for any of the others
_PARK_GARDEN_TYPES = ("工业园区", "产业园区", "工业园", "产业园", "园区")
# a verb that names where something stands (位于|落户|入驻 某某工业园区): a named park follows
_TIME_IN_OWN = re.compile(r"年|月|季|今|去|同期")  # (上半年|, 一季度|, 今|…: a time, no zone's own name)
# two partners by their one-character names before a way of building a park (甬黔|协作产业园区, 闽宁|合作…)
_PARTNERS_NAMED = re.compile(r"[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕秦甘陇青宁新甬深厦]{2}(?:协作|合作|共建)")
_SITED_IN = re.compile(r"(?:位于|落户|入驻|坐落于|地处|落地)$")
# the opening of a declared short name right after a park (某某开发区(以下简称“某某经开区”))
_DECLARED = re.compile(r"\((?:以下)?简称[“\"]?$")
# 国家 inside a zone's name (某地国家高新区) does not make another zone than 某地高新区
_NATIONAL = re.compile(r"国家级?(?=经济技术开发区|高新技术产业开发区|经开区|高新区)")
# what never names a park without a place: a level word alone (县工业园区, 市县开发区), a part of the
# country or a belt (东部开发区, 沿黄工业园区), an anonymised name (某某园区), a way of running parks
# (东西部协作共建产业园区, 对口帮扶产业园)
_LEVEL_ONLY = re.compile(r"[省市县区州旗盟镇乡村]+|团场|.*[东西南北中]部|沿[黄江河海边线]|.*沿线|.*某.*|.*(?:共建|协作|合作|对口|帮扶|飞地).*")
# a part of the country or a mode of aid in front of the type (东部地区合作产业园, 对口帮扶产业园, 东西部协作园区)
_PARK_MODE = re.compile(r"[东西南北中]部|对口|帮扶|飞地|协作")
_DECLARED_AFTER = re.compile(r"[”\"]?\((?:以下简称|简称|下称)")
# a quantifier in front of the type: the parks of a kind (各专业园区, 所有工业园区, 其他园区)
_PARKS_QUANTIFIED = re.compile(r"各|所有|全部|其他|其余")
# a mountain, river or lake and the side of it a place lies on (贺兰山|东麓, 黄河|南岸), read from the 山/河/湖 on:
# the region name that starts there (山东, 河南, 湖北, 山南) is not written
_FEATURE_SIDE = re.compile(r"[山河湖江海川][东西南北][麓岸坡侧缘畔]")
# a park's own management body (某某工业园区管委会): the park is a named one
_PARK_OFFICE = re.compile(r"管委会|管理委员会|管理办公室|管理处|管理局|党工委")
# a coordinated list of places before 等 / N个 and the type: one park per place
# (东城、西城、南城3个工业集中区; 北山、河口等工业集中区; 甲县、乙县2个省级工业园区)
# (a count of places written with their level: 甲、乙两县|工业集中区)
_COUNTED_PLACES_TAIL = re.compile(rf"[{_CN_NUM}]+[县区市旗]$")
_PARK_LIST_TAIL = re.compile(rf"(?:等|(?:\d+|[{_CN_NUM}]+)个|[{_CN_NUM}]+[县区市旗])(?:省级|国家级|市级|县级)?$")


_PARK_LIST_AND = re.compile(r"(?:和|与|及|以及|、)")
# (甲、乙两县|园区, 甲-乙-丙三市|园区协同: the places counted, then the word)
_PLACES_COUNTED_END = re.compile(r"[两二三四五六七八九十几多各]+[省市县区州旗]$")
# the last character of a region's name written with its rank (甲市, 乙县, 丙区, 丁州, 戊旗, 己盟)
_ADMIN_END = frozenset("省市县区州旗盟")
# a count in front of a type (甲、乙|两个|工业园区, 两县|园区): the places counted, read by _coordinated_parks
_THEME_COUNTED = re.compile(rf"[{_CN_NUM}两几]+[个县区市旗家]")
_THEME_NOT_RUN = re.compile(r"的|是|方向|不同")
# a name made of generic words only (现代|农业|产业园), and what follows a kind of park, not one (…体系, …建设工作)
_GENERIC_PARK_MULTI = re.compile(rf"(?:{_GENERIC_PARK_WORDS}|年?度){{2,3}}{_PARK_SUFFIX}$")
_PARK_KIND_AFTER = re.compile(r"体系|建设(?:工作|管理)|管理办法|认定|创建名单|名单")
# a count right after a park's type (国家现代农业产业园1个, 省级开发区3家): the kind counted
_COUNT_AFTER = re.compile(rf"\(?(?:\d+|[{_CN_NUM}两]+)(?:个|家|处)")  # (and in a heading: 甲园(1个))
# a place's parks of a kind, after its name (某市|老旧工业园区, 某县|其他园区, 某省|省级现代农业产业园)
_PLACE_GENERIC_PARK = re.compile(r"(?:老旧|现有|其他|其它|周边|相关|同类|各类|全部|所有|省级|市级|县级|国家级|自治区级)(?:"
                                 + lexicon._GENERIC_PARK_WORDS + r"){0,3}"
                                 + lexicon._PARK_SUFFIX + "$")
# the header cell of a table's park column, and the ends of a park's name a cell there may have without a park type
# (甲国际港务区, 乙物流港区)
_PARK_COLUMN_WORD = re.compile(r"(?:所在|所属|入驻|承载)?园区(?:名称)?")
_PARK_CELL_END = ("港务区", "港区", "物流港", "陆港", "空港")


def _boundary_cut(raw):
    """Where a park's name starts in `raw`: after the last boundary word in front of its first type.

    >>> raw = "下设东华陶瓷产业园"
    >>> raw[_boundary_cut(raw):]
    '东华陶瓷产业园'
    """
    return _boundary_cut_before(raw, _PARK_SUFFIX_RE.search(raw).start())


def _boundary_cut_before(raw, first, opens_run=False):
    """:func:`_boundary_cut` of `raw` whose first park type starts at `first` (``_PARK_SUFFIX_RE.search(raw)``);
    `opens_run` when no Han character stands right before `raw` in the text (a cell, an item after 、)."""
    masked = raw[:first]
    if "中和" in masked or "将军" in masked or "可降" in masked or "含" in masked or "有色" in masked or \
            "经" in masked:  # (every exception holds one of them)
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
    _k, b, e = found[-1]
    if e - b == 1:
        # (…、民和|工业园: a county's short name ends in the boundary character and the type follows it, no name would
        # be left; 和|政园区: the boundary character opens a county's short name that runs up to the type)
        if e == first and b >= 1 and _county_short(raw, b - 1, e):
            return b - 1
        if _county_short(raw, b, first):
            return b
        # (园区内|共和|光伏制造产业园: a county's short name that ends in the boundary character opens the name, right
        # after the boundary before it)
        if b >= 1 and _county_short(raw, b - 1, e) and (b == 1 or len(found) >= 2 and found[-2][2] == b - 1):
            return b - 1
        # (某某区|宣和|果品加工园: a place's suffix, then one character and 和 open the park's own name; not 县城和…,
        # 区内和…)
        if raw[b] == "和" and b >= 2 and raw[b - 2] in "市县区旗镇乡" and "\u4e00" <= raw[b - 1] <= "\u9fff" and \
                raw[b - 1] not in "省市县区州旗盟镇乡村园城内外中上下里等及与":
            return b - 1
        if b == 0 and opens_run and raw[e: e + 1] in ("县", "市", "旗") and e + 1 <= first and \
                region_index().knows(raw[b: e + 1]):
            return b  # 和|县经济开发区: the character opens a county written with its suffix (和县), at the start of
            # the run (a cell, an item after 、; not 甲同志和|县…, 市工业园区和|县工业园区: the word 和)
    return e


@functools.lru_cache(maxsize=4096)
def _admin_path_len_of(head):
    """:meth:`_ParksMixin._admin_path_len` of a name that opens with `head`, remembered (it depends on the region index
    alone, and the same names come again)."""
    idx = region_index()
    lead = idx.leading(head)
    if len(lead) < 2 or not all(t in idx.by_name for t, _ in lead):  # (full names: 江苏省|苏州 is no path)
        return 0
    for i in range(len(lead) - 1):
        if not any(idx.contains(o, n) for o in lead[i][1] for n in lead[i + 1][1]):
            return 0
    return sum(len(t) for t, _ in lead)


def _county_short(raw, s, e):
    """Whether ``raw[s:e]`` is a county's short name (民和, 和政): a place too short for _REGIONS_WITH_BOUNDARY, whose
    boundary character (和) is no conjunction there."""
    return raw[s:e] in region_index().by_county_short


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

    Every type ends in 园 or 区 and is at most ``_TYPE_LEN`` + 3 characters long, so the first match at or after
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
            # (a narrower window than [k - _TYPE_LEN - 3, k + _TYPE_LEN + 5): no 园/区 stands in [s, k), so a
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


# a line of a definitions table: the terms, 指, the park they stand for
_PARK_DEFINED = re.compile(rf"^[ \t]*(?P<a>[{H}A-Za-z0-9、]{{2,40}}?)[ \t]*指[ \t]*(?P<z>[{H}]{{4,30}}?)[ \t]*$", re.M)
# (the gates of _park_name before _PARK_HONOUR_BEFORE and _COUNT: every word of the one holds 获, 为, 授 or 选, every
# match of the other ends with 个, 家, 大 or 地)
assert all(set(w) & set("获为授选") for w in _PARK_HONOUR_BEFORE.pattern.split("|"))
assert _COUNT.pattern.endswith("(?:个|家|大|地(?![块段址号]))")
# the first characters of the matches of _PARK_LEAD_RE, _BAD_START, _IN_FIRM_NAME and _PARK_HONOUR_AFTER, and the
# place suffixes of _PARK_REGION_TWICE (its third or fourth character): a name or a position without one is not tried
_PARK_LEAD_FIRST = frozenset(w[0] for w in _PARK_LEAD)
_BAD_START_FIRST = frozenset("级个家批类种型些处项所座条号户万吨千瓦平亩元袋套台件兆公")
assert _BAD_START.pattern == r"^(?:[级个家批类型些处项所座条号户]|种(?![业植养子苗])|万?(?:吨|千瓦|瓦|平方米|亩|元|袋|套|台|件)级?|千伏|万伏|兆瓦|千吨|(?:平方)?公里)+"
_IN_FIRM_NAME_FIRST = frozenset("开建投发管运实城产控公")
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
for _type_word in PARK_TYPES + tuple(w + "园" for w in _SECTOR_PARK[3:-len(")园(?!区)")].split("|")) + ("分园",):
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
_MODEL_AFTER = re.compile(r"的?(?:管理|运营|合作|共建|发展|招商|建设)?模式")
_SUBPARK_COUNT = re.compile(rf"(?:等)?[{_CN_NUM}\d]+$")
# (设|有色金属产业园: 有 opens the park's name)
_SUBPARK_VERB = re.compile(r"下设|分设|包括|设有(?!色)|设(?=有色)|分为|辖")
# a 一区N园 list written after its count (甲园区(一区四园:A园、B园、C园、D园)), up to where it ends
# (also in quotes and named as the zone's way of running its parks: 甲园区实行“一区三园”模式,即A园、B园和C园)
# (or in a parenthesis right after it: 甲开发区“一区四园”(A工业园区、B工业园区、C园区、D产业园))
_SUBPARK_COLON = re.compile(rf"一区[{_CN_NUM}\d多]+园[”\"]?(?:\s*:|\(|(?:(?:发展|管理|运营)?(?:模式|格局|架构|布局))?,?"
                            r"(?:即|包括|分别为|分别是|下设|设有(?!色)|设(?=有色)|分为)\s*:?)")
_SUBPARK_COLON_END = re.compile(r"[)。;,\n]")  # (…和丙园,新材料产业产值…: the clause after the list)
# a sub-park named by two or three characters and 园 alone, right after its zone's name, the clause going on after it
_BARE_SUBPARK = re.compile(r"((?P<own>[\u4e00-\u9fff]{2,3})园)(?=[,。;、)\s])")
_ZONE_ENDS = ("工业园区", "产业园区", "开发区", "高新区", "经开区")
# the type of a file written right before the next title on a sharing site's list (….docx|甲产业园招商方案.pdf)
_FILE_TYPE_LEAD = re.compile(r"(?:docx?|pdf|xlsx?|wps|pptx?|txt)(?=[\u4e00-\u9fff])", re.I)
_FILE_TYPE_FIRST = frozenset("dpxtwDPXTW")
# the rest of a rule's title after the parks it is for (…化工园区|建设标准和认定管理办法(试行)》)
_RULES_TITLE_END = re.compile(r"[^《》\n]{0,16}?(?:办法|标准|规定|条例|细则|规范|导则|指南)(?:\([^()]{1,6}\))?》")
# a street and its number (某市某大道XX号, 某路18号): an address
_ADDRESS_IN = re.compile(r"(?:路|街|大道|大街|巷)[\dXx×*一二三四五六七八九十百]{1,5}号")
# what ends a facility or a place, not the theme of a park (制种基地与…产业园, 安口陶瓷建材园和…创业园)
_THEME_NOT = re.compile(r"(?:基地|中心|园|区|场|站|厂|港|城)$")
_PARK_BRACKET_PLACE = re.compile(rf"\(([{H}]{{2,4}})\)$")
_UNNAMED_OWN = re.compile(rf"(?:同类|同级|其他|其它|相关|周边|各类|部分|有关|一般){_PARK_SUFFIX}$")
_RANK_FIRST = re.compile(_RANK.pattern + "|自治区级|州级")  # (a rank that opens a name: see _park_name)


# (or of the units, the links, the places, the remarks: 责任单位, 招引环节, 建设地点, 备注)
_HEADER_CELL = re.compile(r"(?:^|\t)[^\t\n]{0,6}(?:名称|序号|单位|环节|地点|备注)(?:\t|$)", re.M)


def _header_row(text, pos):
    """True when `pos` is in the header row of a table: a tab-separated line, the first of its table (no tab in
    the line before), with a cell that names a column of names or numbers (企业名称, 序号) or of units, links,
    places or remarks (责任单位, 招引环节, 建设地点, 备注)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0 or (start and "\t" in text[text.rfind("\n", 0, start - 1) + 1: start]):
        return False  # (the last line, or a row under another)
    after = text.find("\n", end + 1)
    return bool(_HEADER_CELL.search(text, start, end)) and "\t" in text[end: len(text) if after < 0 else after]



class _ParksMixin:
    """The parks of a document (methods of :class:`~chainatlas.loaders.extract.core._Extractor`)."""

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

    def _admin_path_len(self, name):
        """The length of a path of two regions or more written in front of `name`, each containing the next
        (甘肃省白银市白银区|…), with their suffixes; else 0 (see :func:`_admin_path_len_of`).

        >>> from chainatlas.loaders.extract.core import _Extractor
        >>> x = _Extractor("", "d")
        >>> x._admin_path_len("甘肃省白银市白银区银西产业园"), x._admin_path_len("白银区银西产业园")
        (9, 0)
        """
        if "省" not in name[:7] and "市" not in name[:7] and "州" not in name[:7]:
            return 0  # (a path opens with a province, a city or a prefecture: 甘肃省|, 白银市|, 昌吉州|)
        return _admin_path_len_of(name[:16])

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
        if type_word == "园区" and _PLACES_COUNTED_END.search(self.text, max(0, type_start - 2), type_start):
            return []  # 甲、乙两县|园区建设滞后: the counties' parks in general, none named
        theme = ""
        # (a theme the parks share may stand between the count and the type: 甲、乙两个|中药材加工|园)
        if (k := self.text.rfind("个", max(0, type_start - 12), type_start)) >= 0 and \
                2 <= type_start - k - 1 <= 8 and _HAN_ONLY.fullmatch(self.text, k + 1, type_start) and \
                not _RANK_FIRST.match(self.text, k + 1) and not _THEME_NOT_RUN.search(self.text, k + 1, type_start):
            theme, type_start = self.text[k + 1:type_start], k + 1
        lo = max(0, type_start - 8)  # (a match holds 等 or 个: without one there, none)
        if self.text.find("等", lo, type_start) < 0 and self.text.find("个", lo, type_start) < 0 and \
                not _COUNTED_PLACES_TAIL.search(self.text, lo, type_start) or \
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
            if not items and not self.regions.knows(item) and \
                    (k := next((k for k in (4, 3, 2) if len(item) - k >= 2 and self.regions.knows(item[-k:])), 0)):
                item, p = item[-k:], p + len(item) - k  # (利用企业在|甲、乙两个经济开发区: the clause, then the first place)
            if not (1 <= len(item) <= 6) or not re.fullmatch(rf"[{H}]+", item):
                return []
            if len(item) >= 3 and item[-1] == "园" and theme:
                items.append((item, p))  # 下设甲园、乙园3个专业园区: each item a park's own name, the theme the kind
                continue
            if theme and not self.regions.knows(item) and not (
                    2 <= len(item) <= 3 and (item + "镇" in self.text or item + "乡" in self.text or
                                             _QUALITY_THEME.fullmatch(theme) and not lexicon._is_sector_phrase(item) and
                                             not lexicon._product_vocabulary().at(item, 0))):
                return []  # (with a theme between, the items are places the text's regions name, or its townships:
                # 甲、乙2个农产品初加工园 where the text writes 甲镇 and 乙乡; or a quality that makes no theme of the
                # items, 甲、乙两个特色产业园, when they are no product or sector)
            items.append((item + theme, p))
        return items if len(items) >= 2 else []

    def find_parks(self):
        text = self.text
        # (every branch of _ADDRESS holds 地址: a text without it has no address; a line break found in the last
        # 30 characters is the one rfind over the whole line would give, and none there leaves s - 30)
        has_address = "地址" in text
        shared = []
        for m in _park_matches(text):
            raw = m.group(0)
            s = m.start()
            if has_address and _ADDRESS.search(text, max(0, text.rfind("\n", max(0, s - 30), s), s - 30), s):
                continue  # 地址:某市某某新区某某大道1号: a postal address (a site footer), not a park
            if text[s - 1: s] == "\t" and text[m.end(): m.end() + 1] in ("\t", "\n", "") and _header_row(text, s):
                continue  # 集群名称\t核心区\t主要承载园区: the name of a column, not a park
            first_suffix = _PARK_SUFFIX_RE.search(raw)
            type_start = s + first_suffix.start()
            # 东城、西城、南城3个工业集中区: one park per place of the list
            coord = self._coordinated_parks(type_start, first_suffix.group(0))
            if coord:
                tw = first_suffix.group(0)
                for place, p in coord:
                    name = place if place.endswith("园") and not tw.startswith("园") else place + tw
                    r = self._region_prefix(name)
                    self.add("parks", name, {"name": name, "parent": None, "region": r.name if r else None,
                                             "written": place, "evidence": [self.ev(p, type_start + len(tw), 0.7)]})
                    self._park_starts.add(p)
                self._park_ends[type_start + len(tw)] = name
                continue
            if s > 0 and text[s - 1] == "、":  # 甲、乙化工园区: the places before the last one may share its type
                shared.append((s, type_start, first_suffix.group(0)))
            cut = _boundary_cut_before(raw, first_suffix.start(), s == 0 or not lexicon._HAN_CHAR.match(text, s - 1))
            self._park_name(raw[cut:], s + cut, raw[:cut])
        if "\t" in text:
            self._park_column_cells()
        self._vouch_parks()
        for s, type_start, tw in shared:
            if s in self._park_starts:  # (the last place's park taken, written or vouched for)
                self._places_sharing_type(s, type_start, tw)
        # a zone's former name in brackets after it (甲先进制造业开发区(原甲产业集聚区)): the zone's alias, as a short name
        # the text declares is (see finish_parks)
        k = text.find("(原")
        while k >= 0:
            e = text.find(")", k, k + 24)
            if k in self._park_ends and e > k + 4 and self._park_ends.get(e) == text[k + 2:e]:  # (a park read there)
                self._park_short.setdefault(text[k + 2:e], self._park_ends[k])
            k = text.find("(原", k + 2)

    def _local_place(self, word):
        """Whether `word` is a city's or a county's name or short name, no province's (长寿, 涪陵, 张掖; not 重庆, 甘肃)."""
        return 2 <= len(word) <= 4 and self.regions.knows(word) and \
            word not in self.regions.short_names("province") and \
            not any(r.level == "province" for r in self.regions.candidates(word))

    def _places_sharing_type(self, s, type_start, tw):
        """Add the parks of the places written before the one at `s`, joined by 、 and sharing its type with no count
        or 等 after them (临泽、民乐工业园区; 重庆长寿、涪陵化工园区, where a theme stands before the type): one
        park per place, when the last one opens the name at `s` and every item is a city or a county (a list of
        other words before a park names no park of theirs: 新材料、甲工业园区; nor is a bare 开发区 or 园区 after
        places, 甲、乙开发区, more than the places' zones spoken of loosely). The caller has taken the last one's park."""
        text = self.text
        if tw == "新区":
            return  # (a new area's name is its own: 甲、乙新区 is no pair of new areas)
        own = text[s:type_start]
        k = next((k for k in (4, 3, 2) if len(own) >= k and self._local_place(own[:k])), 0)
        rank = _RANK_FIRST.match(own, k) if k else None  # (临泽、民乐|省级|工业园区: the rank is no part of the name)
        theme = own[rank.end() if rank else k:]
        if not k or own[k - 1] in _ADMIN_END or len(theme) > 6 or not theme and tw in ("开发区", "园区") or \
                theme and (not _HAN_ONLY.fullmatch(theme) or _VERBISH.search(theme) or
                           _PARK_BOUNDARY_RE.search(theme) or _THEME_COUNTED.search(theme)):
            return
        places = []
        p = s - 1  # (the 、 before the item at hand)
        while p > 0 and text[p] == "、":
            q = p
            while q > 0 and p - q < 8 and "\u4e00" <= text[q - 1] <= "\u9fff":
                q -= 1
            # (the longest end of the run that is a place: the whole item, or the first one after the clause's words,
            # 加强与|重庆|长寿, where a city may stand before its county)
            j = next((j for j in range(q, p - 1) if self._local_place(text[j:p])), None)
            if j is None:
                return
            if text[p - 1] in _ADMIN_END:
                return  # 甲区、乙县和丙经开区, 甲市、乙园区: regions written with their rank, beside a park, not its places
            places.append((text[j:p], j))
            if j > q:
                break
            p = q - 1
        for place, j in places:
            name = place + theme + tw
            r = self._region_prefix(name)
            self.add("parks", name, {"name": name, "parent": None, "region": r.name if r else None,
                                     "written": place, "evidence": [self.ev(j, j + len(place), 0.6)]})
            self._park_starts.add(j)

    def _in_model_formula(self, start, end):
        """Whether ``text[start:end]`` stands inside a quoted formula joined by + that names a way of working (“甲园区
        +乙分园”管理模式, “飞地园区+…”模式)."""
        text = self.text
        if "+" not in text[max(0, start - 20): end + 20]:
            return False
        o = text.rfind("“", max(0, start - 20), start + 1)
        c = text.find("”", end, end + 20)
        return o >= 0 and c >= 0 and "+" in text[o:c] and "”" not in text[o:start] and \
            _MODEL_AFTER.match(text, c + 1) is not None

    def _park_column_cells(self):
        """The cells of a table's park column (序号, 企业名称, 所在园区): a name there that no park type closes (甲国际
        港务区) is a park too, unless it is a region (城关区) or has a park's type (read with the text)."""
        text = self.text
        # (each header cell holds 园区: its cells are found from the occurrences of the word, a cell whole between
        # tabs or line breaks)
        at = text.find("园区")
        seen = set()
        while at >= 0:
            q, at = at, text.find("园区", at + 2)
            e = q + 4 if text.startswith("名称", q + 2) else q + 2
            if text[e:e + 1] not in ("\t", "\n") or text[q - 1: q] not in ("\t", "\n", "在", "属", "驻", "载", ""):
                continue  # (a cell ends right after the word, and it opens with it or with its prefix)
            cs = max(text.rfind("\t", 0, q), text.rfind("\n", 0, q)) + 1
            if not _PARK_COLUMN_WORD.fullmatch(text, cs, e):
                continue
            ls = text.rfind("\n", 0, q) + 1
            if ls in seen:
                continue
            seen.add(ls)
            le = text.find("\n", q)
            le = len(text) if le < 0 else le
            head = text[ls:le].split("\t")
            col = next((i for i, c in enumerate(head) if _PARK_COLUMN_WORD.fullmatch(c.strip())), None)
            if col is None or len(head) < 3:
                continue
            pos = le + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end].split("\t")
                if len(row) != len(head):
                    break
                cell = row[col].strip()
                ca = pos + sum(len(c) + 1 for c in row[:col]) + len(row[col]) - len(row[col].lstrip())
                if 4 <= len(cell) <= 16 and _HAN_ONLY.fullmatch(cell) and cell.endswith(_PARK_CELL_END) and \
                        not _PARK_SUFFIX_RE.search(cell) and not self.regions.knows(cell) and \
                        (r := self._region_prefix(cell)) is not None and len(cell) - len(r.name) >= 3:
                    self.add("parks", cell, {"name": cell, "parent": None, "region": r.name,
                                             "evidence": [self.ev(ca, ca + len(cell), 0.6)]})
                pos = end + 1

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
                if first in self._vouched or _PARK_OFFICE.match(text, e) or \
                        s > 1 and text[s - 1] == "/" and self._cell_place_before(s - 1) or (
                        s > 0 and text[s - 1] in "、和与及" and s - 1 in self._park_ends) or (
                        text[e:e + 1] in ("、", "和", "与", "及") and e + 1 in self._park_starts) or \
                        self._subpark_follows(name[len(first):]) or _SITED_IN.search(cut_word) or (
                        s > 0 and text[s - 1] == "\t" and text[e:e + 1] in ("\t", "\n", "")) or \
                        self._park_made_of(s) or self._named_twice(first):
                    self._vouched.add(first)
                    self._park_name(name, s, cut_word)
                    changed = True
                else:
                    rest.append(item)
            self._deferred = rest

    def _named_twice(self, first):
        """A park written at least twice whose own part reads as a name (河滨|工业园区, 长胜|工业园): a short word that is
        no sector, product or phrase (the text would vouch no twice-written 化工工业园区 or 各工业园区)."""
        memo = self.__dict__.setdefault("_named_twice_memo", {})
        if first not in memo:
            memo[first] = self._named_twice_uncached(first)
        return memo[first]

    def _named_twice_uncached(self, first):
        t = _PARK_SUFFIX_RE.search(first)
        own = first[: t.start()] if t else ""
        return t is not None and t.group() in _NAMED_TWICE_TYPES and \
            2 <= len(own) <= 4 and _HAN_ONLY.fullmatch(own) is not None and own[0] not in _NOT_ZONE_OWN_FIRST and \
            not lexicon._is_sector_phrase(own) and not lexicon._product_vocabulary().at(own, 0) and not _VERBISH.search(own) and \
            not _CUT_RE.search(own) and not _LEVEL_ONLY.fullmatch(own) and self.text.count(first, 0) >= 2

    def _cell_place_before(self, k):
        """Whether a table cell's place stands before the slash at `k` (红寺堡区/|弘德工业园区: the county, then the park)."""
        ls = max(self.text.rfind("\t", 0, k), self.text.rfind("\n", 0, k)) + 1
        return 2 <= k - ls <= 8 and self.regions.knows(self.text[ls:k])

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
        # (the list ends before 个园, 大园 or 个子园: every 园 with 个 or 大 before it, or 个子)
        for ts in [k - 1 - (text[k - 1] == "子") for k in _literal_starts(text, "园")
                   if k and (text[k - 1] in "个大" or text[k - 2: k] == "个子")]:
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
            elif text[m.end() - 1] != ":":  # (甲园区实行“一区三园”…即: the zone the clause is about, or the
                # sentence: 甲园区位于某区,按照“一区四园”布局,下设…)
                parent = self.park_in(self.clause_start(o + 1), o + 1) or \
                    self.park_in(self.sentence_start(o + 1), o + 1)
            self._add_subpark_items(m.end(), end.start(), parent)
        # the parks a zone holds, in a parenthesis after it: 甲高新区(含A园区、B园区、C园区)
        o = text.find("(含")
        while o >= 0:
            c = text.find(")", o, o + 60)
            parent = self._park_ends.get(o)
            if c > 0 and parent is not None and "、" in text[o:c]:
                self._add_subpark_items(o + 2, c, parent)
            o = text.find("(含", o + 2)

    def _add_subpark_items(self, start, end, parent):
        """Add the …园 items of the list in ``[start, end)`` as parks inside `parent`; a park written in a
        parenthesis right after one of them (A园(甲经济开发区)) is the same park under its other name."""
        text = self.text
        for raw, p in self.list_items(start, end, cut=False, split_and="和|及"):
            item = _strip_lead(raw, cut=False)
            p += len(raw) - len(item)  # (the lead words are cut from the front)
            if item.endswith(("园", "园区")) and 3 <= len(item) <= 14 and _HAN_ONLY.fullmatch(item):
                # (继续位居|甲园区、乙园区…四个园区首位: the clause's verb before the first park)
                cut = _boundary_cut(item) if _PARK_SUFFIX_RE.search(item) else 0
                item, p = item[cut:], p + cut
                if len(item) < 3 or _GENERIC_PARK.match(item) and (parent is None or _PARK_SUFFIX_RE.fullmatch(item)):
                    continue  # (a zone's listed parks are its own, named even by generic words: 现代纺织园, 综合物流园)
                # (the park may be written with its zone in front elsewhere: 甲开发区乙工业园区 is 乙工业园区)
                known = self._seen.get(("parks", item)) or (self._seen.get(("parks", parent + item)) if parent else None)
                if known is None:
                    self.add("parks", item, {"name": item, "parent": parent, "region": None,
                                             "evidence": [self.ev(p, p + len(item), 0.7)]})
                elif parent and not known["parent"] and known["name"] == item and parent != item:
                    known["parent"] = parent  # found on its own first (after 下设), placed by the list
                rec = known or self._seen[("parks", item)]
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
        if s > 2 and text[s - 1] in "—-" and text[s + len(name): s + len(name) + 1] not in "—-" and \
                self._region_prefix(name) is not None:
            # 甲—|乙经济技术开发区: a zone named after the two places it joins, the first one before the dash (not a
            # place list that goes on after it, 甲-乙新区-丙)
            k = next((k for k in (4, 3, 2) if s - 1 - k >= 0 and self.regions.knows(text[s - 1 - k: s - 1])), 0)
            if k:
                name, s = text[s - 1 - k: s] + name, s - 1 - k
        elif s > 3 and text[s - 1] in "—-" and text.startswith("中国", s - 3) and \
                text[s + len(name): s + len(name) + 1] not in "—-":
            name, s = text[s - 3: s] + name, s - 3  # 中国—|东盟青年产业园: a park of China and a partner, named by both
        # 某某开发区(以下简称“某某经开区”) (a match holds 简称)
        dm = _DECLARED.search(text, max(0, s - 8), s) if text.find("简称", max(0, s - 8), s) >= 0 else None
        if dm:
            declared = self._park_ends.get(dm.start())
        if name[:1] in _FILE_TYPE_FIRST and (fm := _FILE_TYPE_LEAD.match(name)):
            name, s = name[fm.end():], s + fm.end()  # 甲园区名录.docx|甲园区名录: a listed file's type, then its title
        if _ADDRESS_IN.search(name):
            return  # 某市某大道XX号|食品园综合服务楼: an address, the park in it
        if name.endswith("园区") and _PLACES_COUNTED_END.search(name, 0, len(name) - 2):
            return  # 甲-乙-丙三市园区协同: the parks of several places, counted, none named
        if name[:1] in "我你他咱" and name[1:2] in "让叫请把要":
            name, s = name[2:], s + 2  # 我让|园区管委会…: a speaker and the verb of what they ask
        if (o := text.rfind("《", max(0, s - 12), s)) >= 0 and text.find("》", o, s) < 0 and \
                _RULES_TITLE_END.match(text, s + len(name), s + len(name) + 30):
            return  # 《某自治区化工园区建设标准和认定管理办法》: the parks a rule is for, a kind, none named
        while True:  # lead words, as long as a name is left
            lm = _PARK_LEAD_RE.match(name) if name[:1] in _PARK_LEAD_FIRST else None
            if not lm or len(name) - lm.end() < 2 or not _PARK_SUFFIX_RE.search(name, lm.end()):
                break
            if name[0] in _BOUNDARY_CHAR_SET and (_REGIONS_WITH_BOUNDARY.match(name) or
                                                  _PARK_SUFFIX_RE.match(name, 2) and _county_short(name, 0, 2) or
                                                  name[1:2] in "县市旗" and self.regions.knows(name[:2])):
                break  # 和林格尔新区, 和政|园区: the place's own first character, not the word 和 (和县|经济开发区)
            if lm.group().endswith("有") and name.startswith("色", lm.end()):
                name, s = name[lm.end() - 1:], s + lm.end() - 1  # 设|有色金属新材料产业园: 有色 is the park's word
                break
            name, s = name[lm.end():], s + lm.end()
        if name[:1] in "含设" and (text[s - 1: s] in "(,;:" or _PARK_AT_END.search(text, max(0, s - 8), s)) and \
                name[:2] not in _NOT_CONTAINS and _PARK_SUFFIX_RE.search(name, 2):
            # 甲开发区(含|乙工业园、丙工业园), 按一区两园布局,设|甲经开区乙产业园: the zone's parks, listed
            name, s = name[1:], s + 1
        if name.endswith("集聚区") and text[s - 1: s] in ("是", "为") or \
                name.endswith(("集聚区", "集中区")) and _WHAT_IT_IS.search(text, max(0, s - 6), s):
            return  # 甲园区是|某区农产品加工业集聚区, 乙开发区成为|全省化工集聚区: what the park is, not a name (甲市是
            # 我市|钢铁产业集中区: what the place is)
        if name[:1] == "其" and name[1:2] not in "他中余" and _PARK_SUFFIX_RE.search(name, 3):
            name, s = name[1:], s + 1  # 甲公司为专精特新企业,其|乙产业园项目…: the pronoun of the firm, then the park
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
        pathed = False
        if (k := self._admin_path_len(name)) and len(name) - k >= 4 and _PARK_SUFFIX_RE.search(name, k):
            name, s, pathed = name[k:], s + k, True  # 甘肃省白银市白银区|银西产业园 (an address): the path of places
            # that vouches for the park after it
        if not name or text[s + len(name): s + len(name) + 1] in _IN_FIRM_NAME_FIRST and \
                _IN_FIRM_NAME.match(text, s + len(name)):
            return  # (某某新区|开发建设有限公司: a firm named after the zone, not the zone)
        if name.endswith("新区") and any(self.regions.is_region_name(name[k:]) and (k == 0 or self.regions.knows(name[:k]))
                                          for k in range(0, len(name) - 3)):
            return  # 某市|某某新区 that is a district of the city (浦东新区): a place, not a park
        if _BASE_PARKS.search(name):
            return  # 某基地园区空间布局示意图, 某基地主要产业园区概况: the parks of a base, several, no name
        # 化工产业集中区 is a zone's designation of its own (依托…化工产业集中区)
        # (a county the text names in full whose name starts like a generic word, 全椒经济开发区, names a park)
        if (_GENERIC_PARK.match(name) or "园区" in name and _GENERIC_THEME.match(name)) and name != "化工产业集中区" and \
                getattr(self._region_prefix(name), "name", None) not in self.region_counts:
            return
        if _GENERIC_PARK_MULTI.match(name) and (name[0] in "全各本该度" or name.startswith("年度") or text[s - 1: s] in ("的", "年") or
                                                 _PARK_KIND_AFTER.match(text, s + len(name))):
            return  # 全市|现代农业产业园, …的现代农业产业园体系, 2024年度|现代农业产业园: parks of a kind, none named
        if (ll0 := lexicon._lead_len(name)) and _PLACE_GENERIC_PARK.match(name, ll0):
            return  # 某市|老旧工业园区, 某县|现有园区: the place's parks of a kind, none named
        # a place's parks named by a word of likeness or of kind (某市同类园区, 周边其他园区), a rank (自治区级现代农业产业园:
        # a designation), or each county's (各|县特色农产品加工园): a category, no name
        ll = lexicon._lead_len(name)
        if _UNNAMED_OWN.match(name, ll) or _RANK_FIRST.match(name) or \
                name[:1] in "县市区旗" and text[s - 1: s] in ("各", "每", "全") and not ll:
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
        # a park written after its city and its county (某某市某某区|甲乙工业园区): the address, then the park's own
        # name, when one is left (某市某区|工业集中区 is the county's park, named by its place)
        scan = self.region_scan(name) if any(c in "市州盟" for c in name[2:6]) else ()
        if len(scan) >= 2 and scan[0][0] == 0 and scan[1][0] == scan[0][1] and name[scan[0][1] - 1] in "市州盟" and \
                name[scan[1][1] - 1] in "区县旗" and (pt := _PARK_SUFFIX_RE.search(name, scan[1][1])) and \
                pt.start() - scan[1][1] >= 2 and _HAN_ONLY.fullmatch(name, scan[1][1], pt.start()) and \
                not self._generic_theme(name[scan[1][1]: pt.start()], pt.group(0)):
            name, s = name[scan[1][1]:], s + scan[1][1]
            ft = None
            self._vouched.add(name[: pt.end() - scan[1][1]])  # (its address vouches for it as a park)
        # a park written after its province and its city (and county): 某省某市(某区)|某地经济技术开发区, whose own name
        # opens with a place again: the address, then the park's name
        elif name[2:3] == "省" or name[3:4] == "省" or "自治区" in name[:8]:
            scan = self.region_scan(name)
            k = pos = 0
            while k < len(scan) and scan[k][0] == pos and name[scan[k][1] - 1] in "省区市州盟县旗" and \
                    (scan[k][1] - pos >= 3 or name[scan[k][1] - 1] in "县区旗") and \
                    not (k + 1 < len(scan) and scan[k + 1][0] == scan[k][0]):  # (兰州: a city's short name, no suffix)
                pos, k = scan[k][1], k + 1
            if k >= 2 and k < len(scan) and scan[k][0] == pos and (pt := _PARK_SUFFIX_RE.search(name, pos)) and \
                    pt.start() >= scan[k][1]:
                name, s = name[pos:], s + pos
                ft = None
        # where a region name stands inside the prefix, the park's name starts there
        for rs, _re, rn in self.region_scan(name):
            # (贺兰山东麓, 祁连山南麓, 黄河南岸: a mountain or a river and its side, not a province or a city in it)
            # (肃南县|南县…: a region found inside the one the name opens with, written short, is no start of it)
            # (中科院|白银高技术产业园: an institution that built the park, named first, is part of its name)
            if 0 < rs < _PARK_SUFFIX_RE.search(name).start() and not re.search(r"[xX]$", name[:rs]) and \
                    not _FEATURE_SIDE.match(name, rs) and rs >= lexicon._lead_len(name) and \
                    not _INSTITUTION_FIRST.fullmatch(name, 0, rs):
                s += rs
                name = name[rs:]
                ft = None
            break
        first_type = ft if ft is not None else _PARK_SUFFIX_RE.search(name)
        own = name[: first_type.start()]
        tw = first_type.group(0)
        if own and name[first_type.end(): first_type.end() + 1] == "内" and len(name) - first_type.end() > 4 and \
                self._subpark_follows(name[first_type.end() + 1:]):
            # 甲经开区内|乙工业园: the zone, then a park inside it, each a park of its own (each vouching for the other)
            sub = name[first_type.end() + 1:]
            self._vouched.add(name[: first_type.end()])
            self._vouched.add(sub[: _PARK_SUFFIX_RE.search(sub).end()])
            self._park_name(name[: first_type.end()], s, cut_word)
            self._park_name(name[first_type.end() + 1:], s + first_type.end() + 1)
            return
        if len(own) > 2 and own.endswith(("沿线", "沿岸", "一带")):
            return  # 甲—乙—丙沿线园区: the parks along a route or a river, none named
        if not own and tw != "化工产业集中区":
            at = first_type.end()
            if name[at:at + 1] == "内" and len(name) - at > 3:
                at += 1  # 园区内|某某产业园: inside the zone, a park in it
            rest = name[at:]
            if rest and self._subpark_follows(rest):
                self._park_name(rest, s + at)  # 高新区|甲工业园: the park inside the zone
            elif rest and (0 < (cut := _boundary_cut(rest)) or _county_short(rest, 0, 2) or _county_short(rest, 0, 3)) \
                    and cut < len(rest):
                self._park_name(rest[cut:], s + at + cut, rest[:cut])  # 经开区下辖|甲工业园区 (园区内|共和光伏…园)
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
        after = s + len(name) + (text[s + len(name): s + len(name) + 1] in lexicon._CLOSE_QUOTES)  # (“…园区”等称号)
        if text[after: after + 1] in _HONOUR_AFTER_FIRST and _PARK_HONOUR_AFTER.match(text, after):
            parts = self._park_parts(name)
            last = _PARK_SUFFIX_RE.search(parts[-1])
            if len(parts) < 2 or not self._generic_theme(parts[-1][: last.start()], last.group(0)):
                return
            name = name[: len(name) - len(parts[-1])]
            # (甲工业集中区|化工园区认定: the text vouches that 甲工业集中区 is a park, wherever it is written)
            self._vouched.add(parts[0])
        if name.startswith("国家") and name.endswith(("示范园区", "示范园", "现代农业产业园")):
            return  # 以国家循环化改造示范园区建设为抓手, 国家现代农业产业园: a national programme's title, which a zone is
            # given, not a park
        region = self._region_prefix(name)
        if ("各" in own or "所" in own or "全" in own or "其" in own) and _PARKS_QUANTIFIED.search(own):
            return  # 甲市各工业园区, 会同|各专业园区 (a verb read as a county): every park of a kind, none named
        if region is None and _PARK_MODE.search(own) and name[:end_of_first - s] not in self._vouched and \
                not _DECLARED_AFTER.match(text, s + len(name)) and not _PARTNERS_NAMED.match(own):
            return  # 与东部地区合作产业园, 对口帮扶产业园: a way of building parks with partners, not a named park
            # (but one the text gives a short name to, 甲乙飞地经济产业园(以下简称飞地产业园), is named, and so is one
            # named after its two partners by their one-character names, 甬黔协作产业园区, 闽宁合作产业园)
        # a count makes a category of parks (某市5个工业集中区; 建成2-3个…示范园区; 甲乙两地开发区), and so does
        # a batch (某省首批国家级高新区, 第二批省级开发区)
        # (a match of _COUNT ends with 个, 家, 大 or 地: a span without them is not searched)
        if ("个" in own or "家" in own or "大" in own or "地" in own) and self._counted(own) or (
                region is None and ("个" in wide or "家" in wide or "大" in wide or "地" in wide) and
                self._counted(wide)) or ("批" in own or "亿" in own) and _PARK_BATCH.search(own):
            self.category_parks.add(name[: _PARK_SUFFIX_RE.search(name).end()])
            return
        if region is None and _COUNT_AFTER.match(text, s + len(name)) and not self._place_like(name) and \
                text[s - 1: s] != "、":  # (甲园区、乙园区两个片区: the count of a list, each item named)
            return  # 创建国家现代农业产业园1个、省级…4个: a kind of park counted after it, none named
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
        # (磷石膏综合利用产业园, 退役风机循环利用产业园, 热管理系统产业园: a theme, a product, not a verb phrase)
        own_verb = own.replace("综合利用", "").replace("管理系统", "")
        if not tw.startswith("示范"):  # (but 重要的甲循环利用示范园区: what a plan wants the zone to be)
            own_verb = own_verb.replace("循环利用", "")
        # (a zone's full official type after a short name of its own, 甲经济技术开发区, names one zone: no phrase is
        # written in front of it, 腾格里经济技术开发区, 准东经济技术开发区)
        # (a time in front names none: …,上半年|综合保税区进出口额…)
        official = tw in _OFFICIAL_ZONE_TYPES and 2 <= len(own) <= 4 and _HAN_ONLY.fullmatch(own) is not None and \
            not _TIME_IN_OWN.search(own) and \
            own[0] not in _NOT_ZONE_OWN_FIRST and not _VERBISH.search(own) and not _CUT_RE.search(own) and \
            not _PARK_BOUNDARY_RE.search(own) and \
            not any(self.regions.knows(own[k:]) for k in range(1, len(own) - 1))  # (甲乙交城|经济开发区: a cell's word)
        if region is None and not vouched and not official and not pathed and not self._place_like(name) and \
                not _PARTNERS_NAMED.match(own) and (
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
        # 智能制造和大数据产业园: two parks of one type (not 甲供热管网改造和|乙产业园…: a works, then the park of another)
        # (甲和某地工业园区: a park named after its place shares its type with no theme)
        if cut_word.endswith("和") and region is None and tw != "新区":  # (甲和|乙新区: a new area's name is its own)
            theme = _strip_lead(cut_word[:-1].split("、")[-1])
            theme_start = s - 1 - len(theme)
            if 2 <= len(theme) <= 8 and _HAN_ONLY.fullmatch(theme) and not _PARK_SUFFIX_RE.search(theme) \
                    and not self.region_scan(theme) and not _THEME_NOT.search(theme) and not _WORKS_THEME.search(theme) and \
                    not (_LEAD_RE.fullmatch(theme) or _CUT_RE.search(theme) or _VERBISH.search(theme) or
                         _PARK_BOUNDARY_AC.find_matches_as_indexes(theme) or lexicon._ORG.search(theme)):
                # (市人民政府和|甲新区, 甲局和|乙产业园: a body, no theme)
                # (推动|和平产业园, 迁入|和平产业园: a verb before a place that starts with 和, no theme of a second park)
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
                      p_own[:1] in "设含" and p_own[:2] not in _NOT_CONTAINS and len(p_own) >= 2 or
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
            if self._in_model_formula(s, s + len(acc)):
                break  # “甲园区+乙分园”管理模式: the parts of a way of running parks, no park named
            if acc.endswith("分园") and prefix_region is None and not self.regions.knows(acc[:-2]):
                break  # 按…原则确定分园, 继续承担分园: the word for a zone's sub-parks, no name (甲县分园 is one)
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
        self._bare_subparks()
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
            self._reparent({short: frec["name"]})
        # a park called by its own name's first word and 园区 alone (沙河园区 for 沙河新能源装备产业园), when that word opens
        # one other park of the text only: its short name
        for rec in [p for p in self.x.parks if p["name"].endswith("园区") and 2 <= len(p["name"]) - 2 <= 3]:
            head = rec["name"][:-2]
            if rec not in self.x.parks or self.regions.knows(head) or rec.get("parent"):
                continue
            # (the other parks whose name opens with the word, their place in front or not: 吴忠|金积工业园区 and
            # 金积中小企业创业园 are two, the short name is neither's)
            others = [q for q in self.x.parks if q is not rec and
                      (q["name"].startswith(head) or q["name"].startswith(head, lexicon._lead_len(q["name"]))) and
                      len(q["name"]) - len(head) >= 4]
            others = others if len(others) == 1 and \
                _PARK_SUFFIX_RE.search(others[0]["name"], others[0]["name"].find(head) + len(head)).start() > \
                others[0]["name"].find(head) + len(head) else []
            if len(others) == 1:
                self._absorb_park(others[0], rec)
                self._reparent({rec["name"]: others[0]["name"]})
        # a definitions table (释义: 甲园区、甲工业园区 指 某地甲工业园区) declares the park's other names
        if "\t指" in self.text or " 指" in self.text:
            for m in self._definition_lines():
                frec = self._seen.get(("parks", m.group("z")))
                if frec is None or frec not in self.x.parks:
                    continue
                for a in m.group("a").split("、"):
                    rec = self._seen.get(("parks", a))
                    if len(a) < 2 or a == frec["name"] or rec is frec:
                        continue
                    if rec is not None and rec in self.x.parks:
                        self._absorb_park(frec, rec)
                        self._reparent({a: frec["name"]})
                    elif a not in frec.setdefault("aliases", []):
                        frec["aliases"].append(a)
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
            # 甲高新区乙产业园 (乙产业园 its own name), written elsewhere bare, after its district (某区乙产业园) or in a
            # list under its zone (甲高新区下设乙产业园、丙产业园): that park
            own = p["name"][len(p["region"]):] if p["region"] and p["name"].startswith(p["region"]) else p["name"]
            named = [f for f in full if f is not p and f["parent"] and p["parent"] in (None, f["parent"]) and
                     own in f.get("aliases", ()) and f in self.x.parks]
            if len(named) == 1:
                self._absorb_park(named[0], p)
                continue
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
                    self._reparent({full_name: p["name"]})
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
        # 甲县肉牛园区 or 甲县肉牛产业园 beside 甲县肉牛现代农业产业园: the agricultural park written short, one park
        if "现代农业" in self.text:
            names = {p["name"]: p for p in self.x.parks}
            for p in list(self.x.parks):
                for suffix in ("园区", "产业园"):
                    f = names.get(p["name"][: -len(suffix)] + "现代农业产业园") if p["name"].endswith(suffix) else None
                    if f is not None and f is not p and f in self.x.parks and len(p["name"]) - len(suffix) >= 4 and \
                            not any(c["parent"] == p["name"] for c in self.x.parks):
                        self._absorb_park(f, p)
                        break
        # a park's short name in parentheses right after its full name (某旗甲高新技术工业园区(甲高新区)): one park
        text = self.text
        if "(" in text:
            short_of = {}
            for p in self.x.parks:
                for n in (p["name"], *p.get("aliases", ())):
                    i = text.find(n + "(")
                    e = text.find(")", i, i + len(n) + 14) if i >= 0 else -1
                    if e > 0:
                        short_of.setdefault(text[i + len(n) + 1:e], p)
            for q in list(self.x.parks):
                # (the short name may be written with the places above it too: 某旗|甲高新区)
                f = short_of.get(q["name"]) or short_of.get(q["name"][lexicon._lead_len(q["name"]):])
                if f is None or f is q or f not in self.x.parks or q not in self.x.parks or \
                        len(q["name"]) >= len(f["name"]) or \
                        q["name"][lexicon._lead_len(q["name"]):][:2] not in f["name"] or q["parent"] or \
                        _PARK_SUFFIX_RE.search(q["name"]) is None:
                    continue
                for a in q.get("aliases", ()):
                    if a != f["name"] and a not in f.setdefault("aliases", []):
                        f["aliases"].append(a)
                self._absorb_park(f, q)
                self._reparent({q["name"]: f["name"]})
        # a park written with the places above it in front (某省某市某区|甲工业园区, 某自治州|乙经济技术开发区), where the
        # text also names it without them (or with a place of its own, 某市甲工业园区): that park; its long form is
        # the name (乙经济技术开发区 for 乙经开区)
        led = [p for p in self.x.parks if not p["parent"] and lexicon._lead_len(p["name"])]
        aka = {}
        for p in self.x.parks if led else ():
            for n in (p["name"], *p.get("aliases", ())):
                aka.setdefault(park_key(_NATIONAL.sub("", n)), p)
        for p in led:
            k = lexicon._lead_len(p["name"])
            own = p["name"][k:]
            t = _PARK_SUFFIX_RE.search(own) if k else None
            # (a park named after its place alone is no park of its own, unless the place in front is the same one:
            # 某旗|某经济开发区, the banner and its zone)
            if t is None or t.start() < 2 or self.regions.knows(own[: t.start()]) and \
                    not p["name"].startswith(own[: t.start()]):
                continue
            f = aka.get(park_key(_NATIONAL.sub("", own)))
            if f is None or f is p or f not in self.x.parks:
                continue
            self._absorb_park(f, p)
            self._reparent({p["name"]: f["name"]})  # (某旗甲开发区|乙产业园: the sub-park's zone by the name kept)
            if len(own) > len(f["name"]) and park_key(own) == park_key(f["name"]) and \
                    not any(q["name"] == own for q in self.x.parks):
                old_name = f["name"]
                f["aliases"] = [a for a in f["aliases"] if a != own] + [old_name]
                f["name"] = own
                self._seen[("parks", own)] = f
                self._reparent({old_name: own})
        # a park written with its zone in front whose own name the text also writes bare, under the same zone
        # (甲高新区乙产业园, alias 乙产业园, beside 乙产业园): one park, by its own name
        names = {p["name"]: p for p in self.x.parks}
        zone_of = {n: z for z in self.x.parks for n in (z["name"], *z.get("aliases", ()))}  # (a zone by any of its names)
        for p in list(self.x.parks):
            q = next((names[a] for a in p.get("aliases", ()) if a in names), None)
            if q is None or q is p or q not in self.x.parks or p not in self.x.parks or \
                    q["parent"] and zone_of.get(q["parent"], q["parent"]) is not zone_of.get(p["parent"], p["parent"]) or \
                    any(c["parent"] == p["name"] for c in self.x.parks):
                continue
            for a in p.get("aliases", ()):
                if a != q["name"] and a not in q.setdefault("aliases", []):
                    q["aliases"].append(a)
            q["parent"] = q["parent"] or p["parent"]
            self._absorb_park(q, p)
        # a sub-park written with its zone in front (甲高新区乙能源化工园) goes by its own name, the written form its
        # alias (when no other park of the document has that name)
        names = [n for p in self.x.parks for n in {p["name"], *p.get("aliases", ())}]
        renamed = {}
        by_name = {n: p for p in self.x.parks for n in (p["name"], *p.get("aliases", ()))}
        for p in self.x.parks:
            zone = by_name.get(p["parent"]) if p["parent"] else None
            written = next((z for z in ([zone["name"], *zone.get("aliases", ())] if zone else ())
                            if p["name"].startswith(z)), None)
            if written is None:
                continue
            own = p["name"][len(written):]
            t = _PARK_SUFFIX_RE.search(own)
            if own in p.get("aliases", ()) and names.count(own) == 1 and t is not None and t.start() >= 2:
                # (not 某新区|综合保税区: a type alone names no park of its own)
                renamed[p["name"]] = own
                p["aliases"] = [p["name"], *(a for a in p["aliases"] if a != own)]
                p["name"] = own
        self._reparent(renamed)
        self._renamed_parks()
        # the document's park: a park named in the title
        if self.x.parks:
            in_title = [p["name"] for p in self.x.parks if p["name"] in self.x.title and not p["parent"]]
            if in_title:
                self.x.scope["park"] = in_title[0]
        self.park_names = {p["name"] for p in self.x.parks} | {a for p in self.x.parks for a in p.get("aliases", ())}
        # the places the parks are named after (甲 of 甲产业园), two characters or more: a dash run of them is no chain
        self.park_places = {n[: m.start()] for n in self.park_names if (m := _park_suffix_in(n, 0, len(n))) is not None
                            and m.start() >= 2 and _HAN_ONLY.fullmatch(n, 0, m.start())}

    def _bare_subparks(self):
        """A sub-park named by a short word and 园 alone, written right after its zone (位于甲工业园区|东华园,): a park
        inside the zone."""
        text = self.text
        for z in [p for p in self.x.parks if p["name"].endswith(_ZONE_ENDS)]:
            k = text.find(z["name"])
            while k >= 0:
                e = k + len(z["name"])
                m = _BARE_SUBPARK.match(text, e)
                if m is not None and not _CUT_RE.search(m.group("own")) and not self.regions.knows(m.group("own")) and \
                        not _LEAD_RE.match(m.group("own")) and ("parks", m.group(1)) not in self._seen:
                    self.add("parks", m.group(1), {"name": m.group(1), "parent": z["name"], "region": None,
                                                   "evidence": [self.ev(e, m.end(1), 0.6)]})
                k = text.find(z["name"], e)

    def _definition_lines(self):
        """The matches of _PARK_DEFINED, tried only on the lines where 指 stands after a blank (a table's cell)."""
        text = self.text
        for w in ("\t指", " 指"):
            i = text.find(w)
            while i >= 0:
                ls = text.rfind("\n", 0, i) + 1
                le = text.find("\n", i)
                le = len(text) if le < 0 else le
                m = _PARK_DEFINED.fullmatch(text, ls, le)
                if m is not None:
                    yield m
                i = text.find(w, le)

    def _counted(self, s):
        """Whether `s` holds a count (_COUNT) that is no part of a place's name (五家渠经济技术开发区: a city)."""
        return any(not self.count_opens_place(s, m) for m in _COUNT.finditer(s))

    def _reparent(self, renamed):
        """The parks whose parent was renamed (``{old name: new name}``) name it by its new name."""
        if renamed:
            for p in self.x.parks:
                if p["parent"] in renamed:
                    p["parent"] = renamed[p["parent"]]

    def _renamed_parks(self):
        """A park renamed (甲经济开发区…更名为|升级为|现在叫乙高新技术产业开发区) goes by its new name, the old one its
        alias: the last park written before the word in its sentence, the first one right after it."""
        text = self.text
        if not self.x.parks:
            return
        # (each match opens with one of the hints: found with str.find, then matched there)
        words = sorted((m for w in _PARK_RENAMED_HINTS for k in _occurrences(text, w)
                        if (m := _PARK_RENAMED.match(text, k)) is not None), key=lambda m: m.start())
        if not words:
            return
        ends, starts = {}, {}
        for p in self.x.parks:
            for e in p["evidence"]:
                ends[e["end"]], starts[e["start"]] = p, (p, e["end"])
        for m in words:
            old = next((ends[k] for k in range(m.start(), max(self.sentence_start(m.start()), m.start() - 16) - 1, -1)
                        if k in ends), None)
            new, new_end = next((starts[k] for k in range(m.end(), m.end() + 4) if k in starts), (None, 0))
            if m.group("back") and new is not None:
                # 乙高新区前身为|甲经济开发区: the park's new name first (by any of its names: a mention past the
                # evidence kept), its old one after the word
                old, new = new, next((q for q in self.x.parks for n in (q["name"], *q.get("aliases", ()))
                                      if text.endswith(n, 0, m.start())), None)
                if new is None or new is old or new["parent"]:
                    continue
            if old is None or new is None or old["parent"] or old not in self.x.parks or new not in self.x.parks:
                continue
            if old is not new:
                self._absorb_park(new, old)
                self._reparent({old["name"]: new["name"]})
                continue
            # (the two forms were taken as one park already, under the old name: the alias written after the word is
            # the new name)
            written = next((a for a in new.get("aliases", ()) if text.endswith(a, 0, new_end)), None)
            if written is not None and written != new["name"]:
                new["aliases"] = [new["name"], *(a for a in new["aliases"] if a != written)]
                self._reparent({new["name"]: written})
                new["name"] = written

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
