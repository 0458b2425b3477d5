"""Industries and chains: the industries a document names and its chains (separated steps, 、-lists the text calls
a chain, A制B routes) as :class:`_ChainsMixin`, with :func:`parse_chain` and the chain regexes and helpers.
"""

import bisect
import functools
import re

from chainatlas.loaders.normalize import ARROWS
from chainatlas.ontology.regions import region_index

from . import lexicon
from .lexicon import (
    _alternation, _CLOSE_QUOTES, _CN_NUM, _cn_number, CUT_VERBS, _finditer_at, GENERIC_WORDS, H, _is_sector_phrase, _literal_starts,
    _MATERIAL_FORM, MODIFIER_WORDS, normalise_product, _park_suffix_in, _PROCESS_SUFFIX, _product_vocabulary,
    _sector_vocabulary, _sentence_at, _strip_lead, _OPEN_QUOTES,
)

# called as name.method(): bound by assignment, not imported by name (see chainatlas.loaders.extract)
_GEO_WORD = lexicon._GEO_WORD
_HAN_CHAR = lexicon._HAN_CHAR
_HAN_ONLY = lexicon._HAN_ONLY
_LEGAL_FORM_RE = lexicon._LEGAL_FORM_RE
_MODIFIER_TAIL = lexicon._MODIFIER_TAIL
_ORG = lexicon._ORG
_PARK_AT_END = lexicon._PARK_AT_END  # (a park's type ending a run's last step: …—有色金属新材料产业园)
_PARK_SUFFIX_RE = lexicon._PARK_SUFFIX_RE
_PLACE_TAIL = lexicon._PLACE_TAIL
_TM_DIGIT = lexicon._TM_DIGIT
_TRADE_YE = lexicon._TRADE_YE

__all__ = ["_ChainsMixin", "parse_chain"]


# the seat of a county or city, a place of its own (县城, 主城区)
_SEAT_WORDS = frozenset(("县城", "城区", "市区", "主城区", "中心城区", "老城区", "新城区", "市中心"))


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
# the prefix of a chemical's name, before its Han characters: locants (1,4-丁二醇), a Greek letter (γ-丁内酯, α-烯烃,
# β-胡萝卜素), N or N,N- (N-甲基吡咯烷酮, N,N-二甲基甲酰胺), L- or D- (L-乳酸); its hyphen is no separator
_GREEK = "αβγδεω"
_LOCANT = rf"(?:\d(?:,\d)+|[{_GREEK}]|N(?:,N)?|[LD])-"
_ITEM = rf"(?:(?:{_LOCANT}(?=[{H}]))?(?=[A-Za-z0-9+]*[{H}]){_WORD}++|[A-Z]{{2,8}}+(?!{_WORD}))(?:\([^()]{{1,40}}\))?"
_SEP_SPLIT = re.compile(rf"(?<!,\d)(?<![{_GREEK}])(?<!^[NLD])(?<![^A-Za-z0-9+][NLD]){_SEP}")
_LOCANT_RE = re.compile(_LOCANT)
# a figure that is part of a product's name, not a quantity (3D打印设备, 5G基站)
_DIGIT_TERM = re.compile(r"(?<![0-9A-Za-z])\d[DGK](?![0-9A-Za-z])")
_CHAIN = re.compile(rf"(?:(?<!{_WORD})|(?<=[{H}])(?={_LOCANT}[{H}])){_ITEM}(?:{_SEP}{_ITEM})+")  # (延伸|1,4-丁二醇—…)
_SEP_CHARS = "—-~⸺" + ARROWS + ">"  # the characters that separate the steps of a chain

# words that lead into a chain in running text; stripped from its first step
_CHAIN_LEAD = (
    "按照", "构建", "形成", "打造", "发展", "延伸", "推进", "推动", "围绕", "完善", "培育", "重点发展",
    "构筑", "建设", "做强", "做大", "拉长", "优化", "以", "的", "和", "及", "与", "在", "为", "是", "即",
    "着力", "加快", "全力", "积极", "大力", "依托", "实现", "聚焦", "壮大", "布局", "打通", "沿着", "沿",
    # (the spoken word for doing or making: 在搞甲—乙—丙, 可以搞甲制乙)
    "搞",
    # (a paper's verb, 本文梳理了|甲—乙—丙, and the base the chain is in, 基地|甲—乙—丙)
    "梳理了", "梳理", "基地",
    # (where a route starts: 由|甲→乙→丙方向提升; the spoken word for taking a road: 走|甲—乙—丙)
    "由", "走",
    # (a conjunction that opens the clause: 虽然体量不大,但|甲—乙—丙这条链…; 再加上|甲~乙~丙就地打通; 想|走甲制乙的路子)
    "但是", "但", "再加上", "加上", "想",
    # (the verb of holding to a path: 坚持|甲制乙接续的路径)
    "坚持",
)
# (or the ordinal of an item of a list of points, 三是甲→乙→丙: it numbers the point, it is no step)
_CHAIN_LEAD_RE = re.compile(_alternation(_CHAIN_LEAD) + rf"|[{_CN_NUM}]{{1,3}}是")
# a step that is only a verb is the clause a dash explains (目标很明确——打造…), never a product
_VERB_STEPS = frozenset(CUT_VERBS) | frozenset(w for w in _CHAIN_LEAD if len(w) > 1)
# a belt or corridor that joins places, written with the places' initials (甲-乙-丙产业带)
_BELT = re.compile(r"带|走廊|廊道|城市群|经济圈|都市圈|沿线")
# a group of cities (not 带 alone: 铝带, 钢带 are products)
_CITY_GROUP = re.compile(r"城市群|经济圈|都市圈|经济带")
# places written with one character each and then counted (甲-乙-丙三市, 甲—乙两地): a place list, not a chain
_PLACES_COUNTED_AFTER = re.compile(rf"[{_CN_NUM}]地(?![区域方带块])")  # (“甲-乙-丙”三地布局: the places counted)
_PLACES_COUNTED = re.compile(rf"[{H}](?:[{_CN_NUM}]|\d)+[市县地区州省城]")
# the cooperation of the places a dash run joins (甲—乙—丙区域产业协作), not the last step of a chain
_REGION_COOPERATION = re.compile(r"区域|协作|协同发展|联动发展")
# the rest of a quoted chain's last step written as a 、-list up to the closing quote (“甲—乙—丙、丁”)
_QUOTED_LAST_LIST = re.compile(rf"(?:、[{H}A-Za-z0-9]{{1,8}}){{1,4}}(?=[”\"'」])")
_AFTER_AND = re.compile(r"[与和及同]")
# the great regions of the grid and of statistics (甲—华中±800千伏): places in a dash run, only as a whole step
# a remark in brackets after a chain's last step, on the item's place in it (…(本项目定位电池和组件环节))
_STEP_NOTE = re.compile(r"\([^()]*(?:本项目|该项目|定位|环节)[^()]*\)$")
# the label of a card's or a table's field that names the chain an item belongs to (所属产业链:甲—乙环节; not 链条:…,
# which writes the chain itself)
_CHAIN_FIELD_LABEL = re.compile(r"(?m)(?:^|(?<=\t))[ \u3000]*(?:(?:所属|归属|对应)(?:产业链|链条)(?:及?环节)?|(?:产业链|链条)及环节)[ \t]*:[ \t\u3000]*[“\"]?$")
# a document's title as a step (…投资指南(2024版), 投资环境问答, …白皮书): a title and its part, no chain
_DOCUMENT_STEP = re.compile(r"(?:指南|问答|手册|白皮书|汇编|(?:19|20)\d\d(?:年)?版)\)?$")
# the stages of a plan counted right after a dash run (…”三步走, …两个阶段)
_STAGED_AFTER = re.compile(r"[”\"]?(?:的)?[两二三四五]步走|[”\"]?(?:的)?[两二三四五](?:个)?阶段")
_GREAT_REGION = frozenset(("华北", "华东", "华中", "华南", "西北", "西南", "东北"))
# a part of a province named by its one-character short name and a side (晋北, 蒙中, 陇东), and a place abroad named
# after its country (越南高平, 越南某省物流通道): places
_PROVINCE_PART = re.compile(r"[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔滇藏陕秦甘陇青宁新][东西南北中]")
_ABROAD = re.compile(rf"(?:{lexicon.COUNTRIES})[{H}]{{2,4}}")
# the economic areas of the country (长三角订单—宁夏产能), and the parts of the work a place takes in a division of
# labour between places (甲市研发—乙市制造, 甲地孵化—乙地转化, 甲地总部—乙地基地)
_ECONOMIC_AREAS = frozenset(("长三角", "珠三角", "京津冀", "粤港澳", "大湾区", "成渝", "东部", "西部", "中部", "沿海", "东南沿海"))
_PLACE_TASKS = frozenset(("研发", "制造", "生产", "订单", "产能", "孵化", "转化", "总部", "市场", "设计", "销售", "加工",
                          "组装", "应用", "服务", "需求", "资本", "技术", "人才", "基地", "飞地", "前台", "后台"))
# the last site word before the material of a route (某某化工基地|煤制烯烃, 某某产业园|煤制甲醇)
_ROUTE_SITE = re.compile(r".*(?:基地|园区|产业园|工业园|开发区|经开区|高新区|集中区)")
# A制B where A is a one-character material and B an article means "made of A" (铝制托盘, 木制家具), not a route
_MADE_OF = set("铝铁钢铜木竹纸塑皮陶瓷锡银")
# the character before a one-character material that makes it a material of its own (电解铝, 氧化铝, 再生铝, 废纸,
# 硫酸亚铁, 硫酸铜)
_MATERIAL_MAKING = frozenset("解化生原废纯精炼亚酸")
# (化 makes a material of an element's compound, 氧化铝, 氯化钾; a quality ending in 化 does not, 轻量化铝制车厢)
_COMPOUND_BEFORE_HUA = frozenset("氧硫氯氟碳氮硼磷溴碘硒氢")
# (so does any one-character metal: 钛制器械, 镁制外壳; a route's material is an ore, a gas, a salt or coal, never a
# bare metal, which is what routes end in)
_METAL_MADE_OF = frozenset("钛镁锌镍铅钨钼锂钴铬锰钒锆铌金铂钯锑铋铟镓锗钽")
# what may stand in front of a route's material inside its clause: a conjunction (但|铝制门窗), the area
# (全区|煤制油产能), the time (现在|煤制甲醇…), a preposition before what an article is made of (对|铝制框架的要求)
_ROUTE_FRONT = re.compile(rf"^(?:但|而|并|且|现在|目前|如今|当前|[全本我][省市区县旗州盟国]|[对给为](?=[{''.join(sorted(_MADE_OF))}]$)|"
                          # (a count and a topic's opener in speech and in articles: 一个|煤制气项目, 再说|煤制气, 至于|…)
                          r"[一每这那][个种类]|再说|至于|说到|比如|例如|对于|关于|针对)")
# 向 as a preposition (向甲延伸), not inside a word that ends in it (取向硅钢, 定向, 导向, 走向, 趋向, 方向, 横向…)
_TOWARD = r"(?<![取定导走趋方横纵双单转面])向"
# a clause that builds a chain ends in its verb, and the chain starts right after it, whatever stands in
# front (全市已初步构建起A—B—C; 基本形成A—B的完整链条): the text up to the last such verb is lead-in
_CHAIN_VERB = re.compile(r"(?:构建|形成|打造|建成|构筑|拉长|延伸|贯通|打通|建立|搭建|构成|组成|串联|串起|连成|梳理|理清|厘清|做成|做出)(?:起|了|出|成|至|到)?")
# the end of a chain joined to the next one in front of its first step (甲—乙(X)产业链和|丙→丁)
_CHAIN_JOINED_BEFORE = re.compile(r"(?:产业链条?|链条|产业链|主线|(?<=[\u4e00-\u9fff])材料链)(?:和|及|与|、|以及)")
# the verb a quoted task opens with (“做长甲—乙—丙链条”, “打通甲—乙—丙”): no product starts with one
_QUOTED_LEAD_VERB = re.compile(r"(?:做[强优大长深精实]|延长|拉长|补齐|补强|补全|打通|贯通|构建|打造|形成|壮大)(?:起|了|出|成)?")
# what else leads into the first step of a chain in running text: a possessive, an aspect particle, a
# verb of the clause, the place the chain is in (…的两个项目将填补我市A—B—C; 巩固A—B—C全链条优势; 目前园区A—B—C…)
_CHAIN_FRONT = re.compile(r"的|了|把|采用|探索|(?<![叫定订])做(?![强优大长深])|集中(?:在|于)|填补|补齐|补强|巩固|夯实|做强|做优|做大|做长|做深|提升|突破|畅通|延长|拓展|聚焦|支持|包括|涵盖|"
                          r"围绕|沿着|沿(?![海江河湖线边岸途用])|按照|依照|遵循|按(?![摩键钮])|补充|完成|承担|(?:本|该|我|贵)?公司|顺着|" + _TOWARD + r"(?![阳日])|依托|推进|推动|实施|发展|完善|培育|谋划|储备|布局|招引|引进|对接|承接|建设|从|"
                          r"提高|增强(?![型剂材纤塑])|现有|已有|拥有|从事|(?:须|应|需)?符合|还有|以(?![及上下内外后前来色])|"
                          r"(?:我|全|本|该)[省市县区州旗盟]|园区|(?:经开|高新|开发|新)区|目前|当前|现已|已经|"
                          # (the verbs of aiming and focusing: 瞄准|甲—乙—丙, 深耕|甲—乙; none starts a product's name, as
                          # 强化玻璃, 拉伸膜, 促进剂, 嵌入式, 加速器, 助推器 would)
                          r"着眼|瞄准|主攻|立足|坚持|紧扣|锚定|聚力|深耕|深挖|补上|补全|贯穿|做精|做实|做足|做专|做特|突出|抓住|抓好|"
                          # (what a product goes through: 成品再经过|甲~乙~丙的集成)
                          r"经过|"
                          r"用好|健全|致力于?|主打|培强|育强|打响|擦亮|融入|对标|紧盯|盯紧|专注|加力|带动|推广|推行|深化|拓宽|加紧|"
                          # (what a fair's stand shows, what a system is built on or achieves: 重点展示|甲—乙—丙, 基于|ERP—MES,
                          # 实现|甲—乙贯通)
                          r"展示|展出|基于|实现|另有|面向|"
                          # (what a firm carries out or a list covers: 开展|甲收购、乙、丙…产业链服务, 覆盖|甲—乙—丙; but 覆盖膜)
                          r"开展|覆盖(?![膜层件物])|涉及|"
                          # (a firm's line of business, the frame a bank or a plan matches against, the places a
                          # need is in: 主营|甲—乙, 该行对照|甲—乙—丙, 甲、乙两地|丙—丁)
                          r"主营|对照|[两三四多各]地|(?:分别)?位于|咱们|[这那]一?块|"
                          # (a preposition: 对|甲—乙—丙环节, 针对|甲—乙; but 对 opens a compound's locant, 对二甲苯, 对位芳纶,
                          # and a product, 对讲机)
                          r"对(?![苯二甲乙氨羟硝氯溴碘氟异叔位间邻讲])|"
                          # (the verbs that open a line between places: 开通|甲—乙城际公交, 开行|甲—乙班列)
                          r"开通|开行|开辟|"
                          # (what a route or a process is: 工艺路线为|甲—乙—丙, 主线是|甲—乙)
                          r"(?<=..)[为是]|"
                          # (where a route starts, after its subject: 碳素产业由|甲~乙~丙的路线; not 自由, 理由, 缘由)
                          r"(?<=..)(?<![自理缘来])由")
# a demonstrative with its count and classifier (这个, 这两条): it opens what the clause says of the run before it
_DEMONSTRATIVE = r"这[两三几]?[条个种样]"
# a last step that supplies the assembly of whole vehicles or machines (…—总成装配—整车配套) keeps its 配套; any other
# 配套 closing a last step is the clause's (发展甲—乙配套): read by _CHAIN_BACK and _SECOND_END
_CLAUSE_SUPPLY_END = r"(?<!整车|整机|主机)配套$"
# where the last step of a chain ends in running text: a possessive or 等 and what they lead to, a count
# (A—B两个细分链条), the clause's own verb or frame (A—B—C协同攻关, 就地转化, 以A—B为突破口, …融合发展),
# the industry the whole chain makes (发展A—B—C产业) or its integration (发展A—B—C一体化), the project that builds it (谋划A—B—C一体化项目), the
# programme that lengthens it (实施A—B—C延链工程)
_CHAIN_BACK = re.compile(rf"的|[这该此][条一个]?(?:[{H}]{{1,4}}?)?(?:产业)?(?:链|主线|主链|路线|路径|流程|路子|线)|(?<=..)以|(?<=..)中的|(?<=..)这一|(?<=..)向?[上中下]游|(?<=..)[主各]$|(?<=..)循环经济|(?<=...)(?:一体化)?(?:生产|产品)线|(?<=..)行业|等(?!离子)|[作成]?为|[{_CN_NUM}\d]+[个条大类]|协同|融合|就地|就近|全链条|主?链条|(?<=..)(?<![深精初粗])(?:冶炼|加工|生产|制造)环节|(?:各|每个|每一个?)?环节|(?<=..)耦合(?:链接|发展)|(?<=..)一体化(?=布局|发展|格局|体系|生产|经营|运营|的)|(?<=..)短流程(?=改造)|(?<=..)回收利用(?=体系|网络)|(?<=..)业务|(?<=..)往[下上后]延|(?<=..)[之以]外|领域|方向|分支|(?<=..)是|(?<=..)(?:均未|均已|尚未|仍未|可以|能够|将会)|(?<=..)(?:绘制|开展)|"
                         # (the predicate the chain is the subject of: 甲—乙—丙初具规模, …基本形成, …项目落地)
                         # (甲→乙→丙工艺路线实现稳定运行, 甲—乙—丙跨链协同: what the chain is called, then its predicate)
                         r"(?<=..)(?:工艺)?路线(?=实现|运行|打通|贯通)|(?<=..)跨链|(?<=..)梳理|"
                         r"(?<=..)在(?:园区|基地|本地|当地|区内|市内|县内|省内|境内)|"
                         r"(?<=..)(?:基本|已经|已(?!内酰)|日趋|日益|不断|逐步|加快|稳步|初步|正在|全面|持续|进一步|加速(?!器)|初具|取得|链式|项目)|"
                         # (甲→乙→丙|较为完整的…产业链: how whole the chain is, after its last step)
                         r"(?<=..)(?:较为|比较|相对|更为|更加|较)(?=完整|完善|齐全|健全)|"
                         r"主线|主链|全(?:流程|过程|生命周期|周期|环节)|(?<=..)[短长]流程(?:加工|生产|制造)?$|(?<=..)(?:工业化|产业化|商业化)|(?<=..)[这该此][条个]$|(?<=..)(?<![安齐健周完])全$|"
                         # (spoken: 甲~乙~丙这个圈子闭合起来, 甲—乙这条路: a demonstrative opens what the clause says of it)
                         rf"(?<=..){_DEMONSTRATIVE}|"
                         r"(?<=..)一体化设计|"
                         # (按甲-乙-丙划分上中下游: the parts the chain is cut into, after it)
                         r"(?<=..)(?:划分|分为|分成)|"
                         # (甲—乙—丙循环利用中试: the trial of the route, no step; 甲→乙→丙利用链条: the use the chain is)
                         r"(?<=..)(?:(?:循环|综合)利用)?中试|(?<=..)梯次开发$|"
                         # (甲~乙~丙产业也在加快…: the industry the clause goes on about)
                         r"(?<=..)产业(?=也|还|都|正|已|均)|"
                         # (the clause's next verb, glued to the last step: 甲—乙—丙延伸加工链条, 甲→乙→丙构建某某产业链)
                         r"(?<=..)(?:延伸加工$|构建(?!筑)|打造)|"
                         # (发展甲—乙配套, 建设甲~乙~丙示范: what the clause builds of the chain, closing it; but
                         # …—总成装配—整车配套: supplying the assembly of whole vehicles or machines is a step)
                         r"(?<=..)" + _CLAUSE_SUPPLY_END + r"|(?<=..)示范$|"
                         # (实现甲—乙—丙贯通: the systems joined, the clause's verb after them; not 集成, a step's own
                         # word, …—储能系统集成)
                         r"(?<=.)(?:贯通|互通)$|"
                         # (the capacity the clause raises: 提升A—B—C加工能力, …配套水平, …一体化发展水平)
                         rf"(?<=..)(?:一体化)?(?:发展)?(?:加工|生产|制造|配套|供应|供给|转化|服务|保障|[{H}]{{1,2}}化)?(?:能力|水平(?!井))|"
                         r"优势|空白|[一二三]{2,3}产|(?<=.)(?:产业|一体化|联动|协调|集聚|集群化?|高质量|循环|绿色|示范|转型|升级|[延补强]链)*"
                         r"(?:产业|一体化|转型|升级|发展|建设|项目|工程|行动|[延补强]链|基地|产业园|园区)$")
# where the last step of a chain not in quotes ends: the chain's up- and downstream, its supporting industries, the
# frame of a whole (做强甲—乙—丙上下游, 建成甲—乙及配套产业, 集甲—乙于一体), a bare 链 (延伸甲—乙—丙链, 甲—乙生产链, 甲—乙产品链;
# not 冷链, 区块链, 供应链); inside quotes these are written steps
# (甲~乙~丙电子材料链: the field the text files the chain under, after its last step)
_OPEN_CHAIN_BACK = re.compile(r"上下游|[及和]配套|于一体|(?<=..)(?:电子|光伏|新能源|化工|金属|有色)材料链$|"
                              r"(?<![冷块应延补强])(?:生产|产品|(?<=..)装备)?链$")
# words that name the levels or parts of a plan, never a product: a “链条—环节—企业” frame, a table's
# 上游—(empty cell) row, a step in front of a project
# (配套 alone is a stage of its own, 设计—总装—配套—运维; a frame has other frame words beside it)
_CHAIN_FRAME = {"上游", "中游", "下游", "上下游", "全链", "链条", "环节", "产业链", "企业", "项目", "产品", "产业", "园区",
                "众创空间", "孵化器", "加速器", "产业园",  # (众创空间—孵化器—加速器—产业园: the carriers a firm grows through)
                "车间", "班组",  # (厂—车间—班组: the levels of a works)
                "行业", "领域", "链主", "龙头", "平台", "集团", "公司"}
# a chain the text extends along (沿A—B—C延伸): 延伸 after its last step closes the frame 沿 opened
_ALONG_END = re.compile(r"(?<=..)(?:配套)?(?:延伸|拓展)$")  # (围绕A—B—C配套延伸: 配套 is the verb's too)
# 布局 (or 构建, 打造, 形成) closes the frame only where 沿, 按 or 围绕 opened it (沿A—B—C布局, 围绕A—B—C布局项目;
# 一心—两翼—多点空间布局 is a layout of its own)
_FRAMED_END = re.compile(r"(?<=..)(?:布局|构建|打造|形成)$")  # (按照A—B—C构建全产业链)
# (a product that may end the word before 和 in front of a chain's first step: 胡麻油和|谷子-小米)
_PRODUCT_BEFORE_AND = re.compile(r"(?:油|粉|酒|醋|茶|奶|肉|糖|面|米|盐|碱|酸|材|料|剂|品)$")
_ALONG_NEXT_VERB = re.compile(r"切入|进入|布局|延伸|拓展|打入|融入")
_ALONG_OPEN = re.compile(r"(?:沿着?|按照?|依照|遵循|顺着|围绕)$")
# (the route 按/沿 opened, 按照甲-乙-丙路线生产丁: it ends the chain wherever it stands in the last step)
# (the way a quoted run is followed: 沿“甲→乙→丙”方向延伸)
_ALONG_WAY = re.compile(r"的?(?:方向|路线|路径)")
_ALONG_ROUTE = re.compile(r"路线|路径|思路|模式|工艺")
# a use as the last words of a chain (not 回收利用, 梯次利用, 再生利用, 循环利用: activities of their own), and the
# residues whose use is a step
_USE_TAIL = re.compile(r"(?<!回收)(?<!梯次)(?<!再生)(?<!循环)(?:综合|规模化|资源化|高值化|循环)?利用$")
_RESIDUE = re.compile(r"渣|灰|尾气|煤气|余热|余压|废|尾矿|矸|污泥|秸秆|粪|副产")
# a quoted chain the rest of its clause calls a chain (“甲→乙→丙”和“丁→戊”两条产业链)
_QUOTED_CALLED = re.compile(r"[^。；，,;\n]{0,40}?(?:产业链|链条)")
_CHAIN_LEVELS = re.compile(rf"[{_CN_NUM}\d]+(?:级|个?层次|个?层级)")
_LEVELS_IN = re.compile(r"(?:[二三四五六七八九十两]|[2-9])(?:级|个?层次|个?层级)")
# the levels of an administration (县—乡—村三级): a counted run of them is a hierarchy, where a counted run of
# products is a chain all the same (甲种—乙种—丙种三级繁育体系)
_ADMIN_LEVEL = re.compile(r"(?:国家|中央|省|市|州|县|区|乡|镇|街道?|村|社区|组|户)级?")
# a run of tasks the text manages as a loop (“收集—交办—督办—反馈”闭环管理) or works by (…工作机制, …工作法, 采取“…”的方式): a
# procedure, not a chain (but 甲—乙—丙协同机制: products whose industries work together)
_PROCEDURE_AFTER = re.compile(r"(?:闭环|全过程|全流程|一体化)管理|的?步骤|的?工序|的?工作(?:路径|思路)|的程序|(?:协同)?创新模式|的?(?:闭环|工作|服务|办理|审批)?(?:机制|流程|制度|程序)|工作法|的方式")
# what a quoted dash run names when the quote is followed by these: the grades a plan raises firms through
# (“甲—乙—丙”企业梯度培育) or the leading sectors of a place (“甲—乙—丙”主导产业), not the steps of a chain
_QUOTED_NOT_CHAIN = re.compile(r"企业|(?:主导|首位|支柱)产业")
# (“甲—乙”耦合提锂技术: techniques coupled in one process, where “甲—乙”耦合发展 is a chain; “甲—乙—丙—丁”四个阶段: the stages of a period of time, a
# training or a process)
# (and a code's parts, “链-级-序”编码, 按“年-月-号”编号)
_NOT_CHAIN_AFTER_QUOTE = re.compile(rf"(?:耦合|联用)[{H}]{{0,4}}(?:技术|工艺)|[{_CN_NUM}\d]+个?阶段|(?:的)?(?:编码|编号|代码|格式)")
# a run written as a firm's values or ideas (核心价值观:安全-责任-创新-共享, 经营理念:“甲—乙”)
# (and a procedure's or a code's label: 办理流程:甲→乙→丙, 格式为“年月-代码-流水号”, 中欧班列:甲—乙—丙)
_LABEL_BEFORE = re.compile(r"(?:价值观|理念|精神|宗旨|使命|愿景|方针|作风|校训|司训|(?:办理|审批|申报|工作|服务)(?:流程|程序)|"
                            r"格式为?|班列|线路|航线|思路|案例[一二三四五六七八九十\d]*)"
                            r"\s*:?\s*[“\"]?$")
# (“甲—乙—丙”的路线: the stops of a tour, an inspection or a visit, not the steps of a chain)
_TOUR_ROUTE_AFTER = re.compile(r"的?(?:观摩|考察|调研|参观|巡查)?(?:路线|线路)")
# the grades of a firm's climb written last without 企业 (创新型中小企业—专精特新中小企业—专精特新‘小巨人’…)
_ROLE_GRADE = re.compile(r"专精特新|小巨人|单项冠军|瞪羚|独角兽|隐形冠军|链主|龙头|雏鹰")
# a street of a town (经二路, 纬七路, 某某大道), not a product (集成电路, 输电线路)
_STREET = re.compile(r"(?<![电线通油气水])(?:路|街|大道|大街)$")
# (the same words inside the last step of a chain not in quotes: …—反馈闭环管理)
_PROCEDURE_IN = re.compile(r"(?<=.)(?:闭环|工作)(?:管理|机制|流程|制度|程序)|(?<=.)工作(?:法|路径|思路)|(?<=.)工序(?=[提处后])")
# an official or a person's title in a step: a headline and its subtitle, a speaker, never a product
_OFFICIAL_IN = re.compile(r"(?:县|市|区|旗|省|州|镇|乡)长|书记|主任|局长|厅长|董事长|总经理|同志|做客|答网友")
# the acts of an administrative procedure (洽谈 → 签约 → 备案 → 环评 → 施工许可 → 竣工验收): a step holding one
# is a stage of the approval of a project, not of making a product; a run made mostly of them is a procedure
_PROCEDURE_STEP = re.compile(r"洽谈|签约|签订|协议|注册|登记|备案|核准|审批|审核|审查|核查|复核|评分|打分|受理|申请|申报|[预初终联会]审|评估|答复|检验|接电|装表|面谈|面试|复试|投递|"
                             # (a port's clearance and an emergency's response: 预约—查验—放行, 接警—研判—启动—处置—终止)
                             r"预约|查验|放行|接警|研判|终止|^启动$|"
                             # (a mine's life: 探矿—采矿—闭坑—复垦)
                             r"^(?:探矿|闭坑|复垦)$|"
                             r"[环能安稳]评|招拍挂|"
                             # (the quotas a project is given: 能耗—用水—用地指标向…倾斜)
                             r"^(?:能耗|用水|用地|用电|用能|用气|排污)|"
                             r"许可|验收|开工|竣工|投产|办结|办理|评审|公示|立项|报批|批复|选址|供地|交地|拿地|"
                             # (and the acts of a management cycle: 识别—评估—应对—监控—报告, 计划-执行-检查-改进)
                             # (and the links of a chain of responsibility: 目标—责任—考核—奖惩)
                             r"^(?:识别|评估|应对|监控|监测|报告|计划|执行|检查|改进|处置|整改|反馈|交办|督办|收集|预警|复盘|"
                             r"目标|责任|考核|奖惩|问责|督查|落实|"
                             # (an EPC contract's and a plant's commissioning acts: 设计-采购-施工, 单机试车—联动试车; the
                             # stages of innovation, 基础研究—中试验证—产业化; the steps of a survey, 问卷设计—实地走访)
                             # (研发—中试—量产, 小试—中试—产业化: a technique's way to the market, tasks, no products)
                             r"设计|采购|施工|安装|调试|(?:单机|联动|投料)?试车|基础研究|(?:中试|概念)?验证|(?:中试)?熟化|孵化|产业化|"
                             r"(?:已?完成)?(?:研发|小试|中试|量产)|"
                             # (a school's way of training, a planting's field work, an emitter's yearly duties, a
                             # ceremony's running order: 认知实习—跟岗实习, 招生—培养—就业, 整地—定植—管护, 编制—核查—清缴)
                             r"(?:认知|跟岗|顶岗|毕业)?实习|招生|培养|就业|整地|定植|管护|(?:配额)?清缴|.{0,6}编制|"
                             r".{0,4}(?:发言|讲话|致辞|开场)|宣布开工|"
                             r"(?:问卷|实地|座谈|综合|现场)(?:设计|走访|调研|交流|分析))$|"
                             # (an auction's and an inspection's steps, and a payment's instalments: 报名审核—交纳保证金—
                             # 参与竞价—成交确认, 企业自查—现场监察—复查销号, 首付款—中期款—验收款)
                             r"报名|保证金|竞价|竞买|成交|确认书?$|自查|自评|抽查|通报|监察|销号|复查|(?<=.)款$|"
                             # (a programme's grades and phases, a diagnosis's and a closure's steps, the layers of a
                             # system: 市级入库—省级认定, 动员部署—组织实施, 调研—分析—出具报告, 断电—拆除, 设备层—平台层)
                             r"入库|认定|推荐|部署|调研|(?<=.)分析$|出具|反馈|解读|断电|断水|拆除|拨付|核实|^.{1,3}层$|"
                             # (a spot check's steps and a rectification's columns: 抽样—检验—告知—复检—公告, 问题—措施—
                             # 时限—责任人)
                             r"抽样|告知|复检|公告|^(?:问题|措施|时限|责任人)$")
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
                        r"(?:工作|政务|部门|基层)动态|要闻|政策(?:文件|解读)|专题专栏|互动交流|办事服务|服务指南|办事指南|"
                        r"办事大厅|交易信息|文档|下载|"
                        # (and the source and the staff of a news item: 来源:某某日报-某某客户端, 记者 某—通讯员 某)
                        r"日报|晚报|报社|客户端|电视台|融媒|公众号|知网节|(?<=..)证券$|研究所|(?<=..)发布$|(?<=..)(?<![联电管光热气水路])网$|^(?:记者|通讯员|(?:责任)?编辑|摄影|摄像|来源)$")
# the end of a news headline's subtitle (某某结硕果——某某县工业经济纪实)
_HEADLINE_END = re.compile(r"(?:纪实|侧记|综述|巡礼|回眸|掠影|访谈|专访|手记|见闻|记事)$")
# a counted head that a dash explains (两大产业——甲和乙; 三项工程——…): not the first step of a chain; the nouns
# such a head is made of (一条主线, 两大产业, 三个方向)
_EXPLAINED_NOUN = re.compile(r"(?:主线|主链|产业|链条|链|工程|方向|路径|路线|重点|任务|板块|领域|环节|目标|举措|支柱)")
_EXPLAINED = re.compile(rf"[{_CN_NUM}]+(?:大|个|项|条|种|类|方面)")
# a line between two places: the railway, road, pipeline or power line named after its ends (甲—乙铁路,
# 甲—乙供水工程, 甲—乙±800千伏直流), written after the last place or right after the run
_LINE_WORD = re.compile(r"(?:高速)?铁路|高铁|城际|(?:高速|快速)?公路|高速|国道|省道|快速路|快速通道|(?:输电|输送)?通道|"
                        r"输电|输气|输油|输水|供水|引水|调水|供热|供气|管道|管线|(?:输电|直供|供电|专用)?线路|航线|(?:中欧|中亚|国际)?(?:货运)?班列|专线|干线|"
                        r"(?:特高压)?(?:直流|交流)|特高压|±|\d+(?:千伏|kV|KV|万伏)|(?:旅游)?(?:环线|精品线|风景道)|"
                        r"通勤|公交|班车|客运|大巴|(?:海铁|铁海|公铁|多式)联运|"
                        # (the direction of a road out of a place: 甲—乙方向公路, 甲—乙方向和丙—丁方向两条通道)
                        r"方向(?=公路|道路|通道|线路|和)")
# the colours of a ranking or a supervision (红—黄—绿), and a technique joined to another (甲—乙耦合提锂工艺)
_COLOURS = frozenset("红黄绿蓝橙紫白黑")
_JOINED_TECHNIQUE = re.compile(r"(?:耦合|联用)[\u4e00-\u9fff]{0,4}(?:技术|工艺)$")
# the words of a clause, not of a product (a pronoun, an adverb, a modal, an aspect particle, a copula): a two-step
# run with one of them in a step is two clauses and the pause between them (…好几倍——这就逼着…)
_CLAUSE_IN_STEP = re.compile(r"这|那(?!曲)|就(?!地|近)|可能|必须|其实|原来|感觉|考虑|答案|不[把是会能要再]|没有|好几|"
                             r"我们|大家|你|他们|很|也|都(?![市江兰匀])|还(?!原)|已经|了|着|是")
# a step that is a time or an ordinal (周一—周五, 一月—三月, 一期—二期, 第一—第三): a span, not a chain
_TIME_OR_ORDINAL = re.compile(rf"(?:周|星期)[{_CN_NUM}日天]|第[{_CN_NUM}]+(?:[名位批届期季]|$)|"
                              rf"[{_CN_NUM}]+(?:月|季度|期|批|届|周|阶段|标段|号|日)|[上中下]午|早上|晚上|凌晨")
# a head that a dash explains (重点企业—某某铝业, 主导产业—甲、乙, 某某研究—以某县为例): a kind, a programme or a study
# and then its instance, not two steps
_EXPLAINED_HEAD = re.compile(r"(?<=.)(?:企业|产业|对象|项目|工程|研究|领域|方向|重点|目标|定位|任务|举措|路径|模式)$|为例$|"
                             r"^[东西南北][翼片]$")  # (东翼——甲经开区…: a layout's wing and what it holds)
# the layout of a plan, counted (一核—两带—三区, 一心—两翼—多点), and the people of a chain's work system
# (链长—链主企业—服务专员): not products
_COUNTED_PART = re.compile(rf"[{_CN_NUM}多]+[{H}]{{1,2}}")
_PERSON_STEP = re.compile(r"(?:链长|专员|专班|书记|县长|市长|区长|局长|主任|经理|负责人)$")
# the two sides of a whole (线上—线下, 国内—国外, 产前—产中—产后, 东段—西段): not products
_PAIRED_SIDE = re.compile(r"线[上下]|[国境省市区县域][内外]|[产事][前中后]|[东西南北中上下前后内外][段区片部侧端翼]")
_PAIRED_SIDE_END = re.compile(rf"(?:{_PAIRED_SIDE.pattern})$")
# who does what in a principle of work (市场主导—企业主体—社会参与) and the one-each slogans (一企一策—一链一图)
_ROLE_END = re.compile(r"(?<=.)(?:主导|主体|参与|引导|推动|支撑|保障|牵头|配合|运作|监管|兜底)$")
_MATERIAL_END_CHARS = frozenset("炭钢铁油气醇酸碱盐粉料材片线板膜丝纱布液胶")
_ORDINAL_OR_RANK = re.compile(rf"第[{_CN_NUM}\d]+(?:批次|批|阶段|部分|篇|章|节)|首个|唯一|全国第一|全球第一")
_INSIDE_OUTSIDE = re.compile(r"在[内外]$")
_RATING = re.compile(r"(?:强烈|谨慎)?推荐|中性|回避|买入|增持|持有|减持|卖出|跑赢|跑输|同步大市|优于大市|弱于大市")
_ONE_EACH = re.compile(r"一[^一]一[^一]")
# a government body as a step (市自然资源局, 县政府, 园区管委会) and a grade of a scale (III级, 一级)
_BODY_STEP = re.compile(r"(?:局|委|厅|办|政府|管委会)(?:要|将|应|负责|牵头)?[^局委厅办府会]{0,2}$")
_GRADE_STEP = re.compile(r"(?:[IVX]+|[一二三四五六七八九十\d]+)级")
# villages and townships: the ends of a works between them (甲镇乙村—丙村产业路)
_VILLAGE_END = re.compile(r"[镇乡村]$")
_VILLAGE_LEAD = re.compile(rf"[{H}]{{1,4}}?[镇乡村](?!镇|乡)")
# what is left at a last step's end once the clause word after it is cut (甲—乙—丙配套|产业, 丁延伸加工|为主; not
# …—整车配套, a step: see _CLAUSE_SUPPLY_END)
_SECOND_END = re.compile(_CLAUSE_SUPPLY_END + "|延伸加工$")
_FALLBACK = ("改用", "替代", "取代")  # (the verbs of what a clause would fall back on or replace: 改用|煤制氢)
# a kind of body as a step (链主企业, 配套企业, 服务机构, 科研院所)
_ORG_KINDS = r"(?:企业|机构|院所|单位|部门|高校)"
_ORG_KIND_STEP = re.compile(_ORG_KINDS + "$")
_ORG_KIND_START = re.compile(r"[\u4e00-\u9fff]{0,4}" + _ORG_KINDS)  # (the last step, before its clause)
# the label of a report's stop or part at the head of a line (第一站:, 第三部分:), before a firm and a headline
_STOP_LABEL = re.compile(r"\s*第[一二三四五六七八九十\d]{1,3}[站部分篇章节期]{1,2}\s*[::]\s*$")
# what follows the dash inside a registered name (甲-|乙汽车有限公司): the head of the second part kept
_DASHED_FIRM_TAIL = re.compile(r"[-—]([\u4e00-\u9fff]{2,4}?)[\u4e00-\u9fff]{0,8}(?:有限公司|有限责任公司|股份有限公司)")
_HAN_END = re.compile(r"[\u4e00-\u9fff]{2,4}$")
# the parts of a code or a number's layout (GI—JN—年份—序号, 链—级—序号)
_CODE_PART = re.compile(r"^(?:年份|序号|编号|流水号|顺序码|代码|校验码)$")
# what two makers do together, after the second (叶片—整机|协同设计)
_PAIR_WORK = re.compile(r"(?:协同|联合)(?:设计|研发|攻关)|对接")
# a class of an order of supply (“一类—二类—三类—一般工业企业”的顺序): classes, not steps
_CLASS_STEP = re.compile(r"^[一二三四五六七八九十]类")
# the area or the cooperation that places joined by a dash make (甲湾—乙河片区, 甲峡—乙湖组团联动)
_AREA_AFTER = re.compile(r"片区|组团|板块|区域|城区|新城|段|一体化|联动|协同|同城化")
# a region's suffix that makes a word with what follows it (兰州市场, 张掖市级, 白银区域): no region is written
_SUFFIX_WORDS = frozenset(("市场", "区域", "县域", "市级", "省级", "县级", "区级", "州级", "市区", "区块", "省内", "市内", "县内",
                           "区内", "省外", "市外", "县城", "市民", "区位"))
# (a place of two to four characters and the road to it, 甲—乙公路部分路段…: a line, whatever follows)
_PLACE_ROAD = re.compile(rf"[{H}]{{2,4}}(?:公路|铁路|高速公路|国道|省道|快速路|专用线|线路(?!板)|航线|班列|产业路|通村路|旅游路)")  # (not 印制线路板, a product)
# lines named after their ends listed before their kind (甲-乙、甲-丙等外输管线, 甲—乙、甲—丙方向公路): look past
# the list for the kind
_LINES_LISTED = re.compile(rf"(?:、[{H}\-—]{{2,12}}?)*(?:等(?:外输|输送|输气|输油|外送)?)?(?:[{_CN_NUM}\d]+条)?(?={_LINE_WORD.pattern})")
_LINES_COUNTED = re.compile(rf"[{_CN_NUM}\d]+条$")
_LINE_BEFORE = re.compile(r"(?:铁路|公路|高速|国道|省道|航线|班列|专列|专线|线路|干线)$")
# 向 after a chain's last step, and what follows up to the verb of the way it goes (…—丙|向丁、戊中间体延伸)
_TOWARD_AFTER = re.compile(_TOWARD)
_TOWARD_GOAL = re.compile(r"[^,;。:\n]{2,24}?(?:延伸|拓展|延展|转型|发展|升级)")
# the kind of line that closes a line's name (甲—乙新亚欧陆海联运通道, 甲—乙北部沿边公路)
_LINE_KIND_END = re.compile(r"(?<=....)(?:通道|走廊|铁路|公路|高速|干线|专线|航线|班列)$")
_LINE_END = re.compile(r"(?<=..)(?:铁路|公路|高速|国道|省道|快速路|专用线|航线|班列)")
_DONE_NEWS = re.compile(r"(?:建成投用|建成投产|正式投产|开工建设|建成|投用|投运)$")  # (the news of a works done)
# the last of the partners a dash joins and their meeting (银—企对接会, 政—企座谈): a cooperation, not a chain
_PARTNERS_MEET = re.compile(r".(?:[两三四多]方)?(?:对接|座谈|洽谈|恳谈|联谊|合作|协作|共建)会?")
# a step with a number is a date, a range or a count, except a grade written after its name (尼龙6, PA66),
# which may go on with the form of the product (尼龙6切片) but not with a unit (产能100万吨)
# (or a reagent's or a grade's code in front of the step, P204萃取除杂, T700碳纤维: capitals, then digits, then a word)
# (or a product named by its number, 107胶: three digits, then a word that is no unit or counter)
_COUNTERS = "万亿千百吨个年月日号期条项家座台套"  # (the units and counters a figure is followed by)
_MEASURES = _COUNTERS + "分秒时天周度米克升瓦元倍岁人户名次批级层栋亩英寸毫公厘"  # (and the rest of the measures)
_STEP_GRADE = re.compile(rf"[^\d]*[{H}A-Za-z]{{2}}(?<![第件表图号页])\d{{1,3}}(?:(?![{_COUNTERS}])[{H}]+)?|"
                         rf"[A-Z]{{1,3}}\d{{2,4}}(?![{_COUNTERS}])[{H}]{{2,}}|"
                         rf"\d{{3}}(?![{_MEASURES}])[{H}]{{1,4}}")


_ROUTE_VERB = re.compile(r"发展|从事|推进|推动|实施|布局|开展|建设|鼓励|支持|探索|利用|实现|扩大|提升|新增|推广|培育|壮大|谋划|"
                         r"引进|招引|延伸|拓展|开发|存在|面临|降低|减少|控制|稳定(?!剂)|巩固|做大|做强|主营|"
                         r"用于|用作|现有|已有|基于|面向|在|关注|研究|部署|推介|展示|展出|负责|承担|论证|转向|突破|攻关|"
                         r"(?<![叫定订])做")  # (用于|甲制乙: a use; 园区现有|甲制乙: what a place has; 基于|面向|在: a frame; spoken 在做|甲制乙)


def _after_last(pattern, s, keep=2):
    """`s` after the last match of `pattern` that leaves at least `keep` characters."""
    last = 0
    for m in pattern.finditer(s):
        if len(s) - m.end() >= keep:
            last = m.end()
    return s[last:]


def _one_material(items, allow_sectors=False):
    """True when the items of a list are the products of one material: all start with its name (甲酸、甲砂、甲精细
    化学品), or each holds the material the one before ends in (金属甲、甲合金、甲合金压铸件); unless
    `allow_sectors`, none is a phrase of sector words (新能源汽车、新能源装备).

    >>> _one_material(["番茄", "番茄酱", "番茄红素"]), _one_material(["苹果", "红枣", "核桃"])
    (True, False)
    >>> _one_material(["铝型材", "铝板带箔", "铝合金压铸件"]), _one_material(["铝型材", "铝板带箔"], allow_sectors=True)
    (False, True)
    """
    return _HAN_CHAR.match(items[0]) is not None and (
        len({i[0] for i in items}) == 1 and (allow_sectors or not any(_is_sector_phrase(i) for i in items)) or
        all(items[k - 1][-1:] in items[k] and (allow_sectors or not _is_sector_phrase(items[k]))
            for k in range(1, len(items))))


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


# the alternatives of _CHAIN_BACK that go on with a clause of its own after a chain in running text
_CLAUSE_VERBS = frozenset({"就地", "就近", "协同", "融合"})


def _before_chain_end(step, quoted=False):
    """The last step of a chain without the clause that goes on after it.

    Inside quotes the step is written whole up to the closing quote: the words of a clause that would go on after
    a chain in running text (就地, 就近, 协同, 融合) are the step's own there (“甲—乙—绿电就地消纳”).

    >>> _before_chain_end("电池的一体化布局"), _before_chain_end("精密铸造两个细分"), _before_chain_end("激光器件协同攻关")
    ('电池', '精密铸造', '激光器件')
    >>> _before_chain_end("等离子体"), _before_chain_end("纤维(涤纶、短纤)")
    ('等离子体', '纤维(涤纶、短纤)')
    >>> _before_chain_end("绿电就近转化"), _before_chain_end("绿电就近转化", quoted=True)
    ('绿电', '绿电就近转化')

    A clause that goes on before a parenthesis takes the parenthesis with it (a firm's short name written after it):

    >>> _before_chain_end("铝箔以甲铝业有限公司(以下简称甲铝)")
    '铝箔'
    """
    o = step.find("(")
    end = len(step) if o < 0 else o
    m = _CHAIN_BACK.search(step, 1, end)
    while m and quoted and m.group() in _CLAUSE_VERBS:
        m = _CHAIN_BACK.search(step, m.end(), end)
    return step[: m.start()] if m else step


# (what the chain is for, before the word that calls it a chain: 循环, 全, …用氢|利用|链条; not 再生利用, 综合利用)
_TAIL_PURPOSE = r"(?:循环经济|循环|全|(?<=..)(?<!再生|回收|综合|梯次|循环)(?<!资源化)利用)?"
# (the words that call a run a chain: 产业链, 产业体系, 产业布局, 价值链, 链条)
_TAIL_NOUNS = r"产业链条|产业链|产业体系|产业集群|产业布局|价值链|链条"
_TAIL = re.compile(
    r"(?:等|的)?(?:一体化)?" + _TAIL_PURPOSE + r"(?:千亿级|百亿级)?(?:循环经济)?"
    r"(?:" + _TAIL_NOUNS + r"|模式|体系|路径|路线|(?<=..)工艺|方向|顺序|次序|主线|主链|主导链|(?<=..)主导)$|为首位产业$|"
    r"为主导产业$"
)
# the tail of the last step: what the text calls the chain, with its qualifiers (…的完整链条, …精深加工链条)
_TAIL_WORD = re.compile(r"(?:等|的)?(?:较为|较|比较|相对|更加|更为)?(?:完整|完善)?的?(?:一体化)?"
                        + _TAIL_PURPOSE + r"(?:千亿级|百亿级)?(?:精深加工|深加工|精细化工)?(?:" + _TAIL_NOUNS + ")")


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


_WASTE_WATER = re.compile(r"污水|废水")
# (what is done to waste water, not a product made from it: 处理, 回用, 再生水, 蒸发结晶)
_WATER_TREATED = re.compile(r"处理|回用|处置|排放|中水|再生水|回收|污泥|达标|净化|纯水|浓缩|蒸发|结晶|灌溉|绿化|"
                            r"废[气渣液物料]|[固危]废")  # (废水—废气—废渣: the wastes of a works, listed)
_SIGHT_OR_WASTE_STEP = re.compile(r"景区|景点|街区|古城|故居|遗址|丹霞|[寺庙窟]$|污水|废水|"
                                  # (the stops of a visit: 甲关城→乙长城→丙博物馆→丁体验馆, 甲研学基地→乙科普园→丙酒庄)
                                  r"(?:博物|体验|展览|纪念|科技|展示)馆$|[关古]城$|长城$|研学基地$|科普[园馆]$|酒庄$|"
                                  # (a mine's shafts: 主斜井—副立井开拓)
                                  r"[斜立竖风]井$|"
                                  # (a wastewater plant's units: 粗格栅—提升泵房—细格栅, 预处理—膜浓缩—蒸发结晶)
                                  r"格栅|泵房|[沉调]砂?池$|沉淀池|调节池|生化池|膜浓缩")
# the word that calls a run a route after its last step (甲～BDO～PTMEG路线)
_CALLED_ROUTE = re.compile(r"(?:路线|路径)$")
# the words that call a run a route before it (工艺路线是|BDO-GBL-NMP): abbreviations may make it all
_CALLED_ROUTE_BEFORE = re.compile(r"(?:路线|路径|链条)(?:是|为|:)$")
# a dash between two columns of a table laid out with blanks (电解液  ——  本地正极…), not a chain's separator
_COLUMN_GAP = re.compile(r"[ \u3000]{2,}—|—[ \u3000]{2,}")  # (the cleaning writes —— as —)
# the first step of a recycling route (退役电池, 废旧电池, 废钢)
_RECYCLED_FIRST = re.compile(r"退役|废旧|^废")
# the same tail without the processing words, for a last step that is processing itself (精深加工|产业链)
_TAIL_WORD_PLAIN = re.compile(_TAIL_WORD.pattern.replace("(?:精深加工|深加工|精细化工)?", ""))
# the industry of a dash chain written after its last step, before 产业链 (甲—乙—组件|光伏制造|产业链)
# (a quality in front, 甲—乙—有机肥|循环农业|产业链, names the chain's industry as well as 制造 after it does)
_CHAIN_INDUSTRY_END = re.compile(r"(?P<mod>循环|生态|绿色|现代|特色)?(?P<ind>光伏|锂电|氢能|风电|储能|煤化工|盐化工|化工|石化|新能源|"
                                 r"新材料|冶金|钢铁|有色|建材|医药|纺织|食品|农业|畜牧)(?P<act>装备制造|制造|加工|装备|新材料|材料)?$")
_MAKE = re.compile(r"^(?P<inp>.+?)制(?![造品剂种冷度作备])(?P<out>.{2,}|[氢氨油气电醇碱])$")


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
# (words that make one compound with the product before them: 绿氢化工, 新能源材料, 钢结构制品)
_COMPOUND_TAILS = frozenset(("化工", "材料", "新材料", "制品", "装备", "产品", "器件", "部件"))
_PERIOD_ENDS = ("期", "阶段")  # (the ends of a period's name: 建设期, 运营期, 成长阶段)
_SECTORS_JOINED = ("融合发展", "协同发展", "融合发展的", "协同发展的")  # (甲、乙、丙融合发展|产业链: several sectors)
_INDUSTRY_ONLY = frozenset({"大数据", "人工智能", "数字经济", "云计算"})  # (industries, never a chain's step)
_CHAIN_CHIEF_WORDS = ("链长", "链主", "专班")  # (after the tail, the people or firms of each chain listed)
# (a quality of a listed chain: “甲、乙、丙”一体化的…产业链, 甲、乙、丙本地配套产业链: a chain supplied where it stands)
_LIST_QUALITY = r"(?:(?:一体化|循环|闭环)(?:发展)?|完整|完善|(?:本地|就地|就近)配套)的?"
_LIST_CHAIN_QUALITY = re.compile(_LIST_QUALITY + "$")
_LIST_QUALITY_HEAD = re.compile(_LIST_QUALITY)
_LIST_QUALITY_INDUSTRY = re.compile(_LIST_QUALITY + rf"[{H}]{{2,6}}$")
# the verbs that build a chain out of a listed run of steps (形成|甲、乙、丙产业链, 构成甲、乙、丙的完整产业链)
_BUILD_VERBS = "形成|构建|打造|完善|构筑|建成|构成|组成|串联|串起|连成"
# (补齐甲、乙、丙产业链条: the links a chain lacks, its steps as long as a built chain's)
_LIST_BUILT_VERB = rf"(?:{_BUILD_VERBS}|延伸|延长|拉长|补齐|补全|补强|培育|围绕|打通|贯通)"
# (建设 and 建立 build a chain right before it, 建设|甲、乙、丙全产业链, but are a step's own word inside a run: 数据中心建设运营)
_LIST_BUILT = re.compile(r"(?:" + _LIST_BUILT_VERB + r"|建设|建立)(?:了|起|出)?$")
_LIST_BUILT_ANY = re.compile(_LIST_BUILT_VERB)  # (the same verbs anywhere in a list's run)
_LIST_SERVED_AFTER = re.compile(r"延伸|服务")  # (what the text does with a listed chain, after its tail)
# a material named after its base (镁基新材料, 铝基材料): one family of products, not a sector
_BASED_MATERIAL = re.compile(r"[\u4e00-\u9fff]{1,2}基新?材料")
_SECTOR_END = re.compile(r"(?:产业|制造|装备|化工|经济|服务|旅游|能源|材料)$")  # (新能源及新材料: sectors, not products)
# (the count may be followed by the chains' kind, or be a demonstrative's: 甲、乙、丙三条重点|产业链, …这几条特色|产业链)
_LIST_COUNTED = re.compile(rf"(?:[{_CN_NUM}]+|这几?|几)[条个大类项张][{H}]{{0,4}}$")  # (甲、乙、丙三张|产业链招商图谱)
# (after a list's tail, the next chain of a list of chains: 甲、乙、丙产业链、丁产业链)
# a word that joins or qualifies in a listed step (甲和乙, 甲等, 甲的), and a digit: in a quoted list only one that
# does not go on a word (2、3家, not 尼龙66盐)
_ITEM_JOINED = re.compile(r"和|及|与|等|的")
_ANY_DIGIT = re.compile(r"\d")
# a product's name that ends in its number or letters after a Han character (尼龙66, 聚酰胺PA6)
_CODED_END = re.compile(r"[\u4e00-\u9fff][A-Za-z0-9]{1,4}$")
_COUNT_DIGIT = re.compile(r"(?<![\u4e00-\u9fffA-Za-z\d])\d")
_LIST_NEXT_CHAIN = re.compile(rf"、[{H}A-Za-z0-9]{{1,12}}?(?:产业链|链条)")
# a chain in prose: 形成从原煤到甲醇再到烯烃的产业链; 构建多晶硅、单晶硅、电池片、组件的光伏产业链
# (the steps before the first 到 may be listed: 从甲开采、乙加工到丙制造的全产业链)
# (spoken, the steps after a comma and the chain after 这样: 从甲到乙,再到丙,再到丁这样一条链子)
_FROM_TO_CHAIN = re.compile(rf"[从由](?P<steps>[{H}]{{1,10}}(?:、[{H}]{{1,10}}){{0,4}}"
                            rf"(?:(?:[,、]?再)?到[{H}]{{1,10}}){{1,6}})"
                            rf"(?:的(?:完整)?(?:[{H}]{{0,6}}?)(?:全)?产业链|这样的?一?条(?:产业链|链条|链子))")
# the links a chain is said to hold, listed after it (完整的甲产业链包括乙、丙、丁、戊等环节)
_CHAIN_HOLDS = re.compile(rf"(?:产业链|链条)(?:主要)?(?:包括|包含|涵盖)(?P<list>[{H}]{{1,8}}(?:、(?:(?!等)[{H}A-Za-z0-9]){{1,8}}){{2,}})"
                          r"等?(?:主要|关键|核心)?(?:环节|部分)")
# the materials a product is made of, counted right before a dash run of them (四大主材|正极—负极—隔膜—电解液)
_COUNTED_MATERIALS_BEFORE = re.compile(r"[二三四五六七八九十两]大(?:主材|主要材料|关键材料|材料|部件|件)[\u4e00-\u9fff—－-]{0,6}$")
# (a step may be a chemical's abbreviation: 形成甲、乙、PVC的完整产业链)
# (or a verb that takes the steps as what the chain is made of: 都离不开甲、乙、丙的…产业链)
_OF_VERBS = _BUILD_VERBS + "|离不开|涵盖|贯穿|覆盖"
_OF_VERB = re.compile(_OF_VERBS)
# (the steps' working together may stand before 的: 形成甲、乙、丙、丁上下游协同的产业链)
_OF_CHAIN = re.compile(rf"(?:{_OF_VERBS})(?:了|起|出)?(?P<list>[{H}]{{1,8}}(?:、[{H}A-Za-z0-9]{{1,8}}){{2,}}?)"
                       rf"(?:上下游(?:协同|配套|联动)?)?的(?:完整)?"
                       rf"(?P<label>[{H}]{{0,8}}?)(?:全)?(?:产业链|链条)")


# qualities a plan wishes for, not products (布局优化、结构合理、竞争力较强的…产业链)
_QUALITY = re.compile(r"[强好高大化进善显稳快多广]$|(?<!处)理$|(?<![挤])出$|要求|结构|布局|竞争|效益|水平|能力")
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
# (the last item, the end product, may be up to 10 characters long: …、混合动力汽车电池包产业链)
_LIST_CHAIN = re.compile(rf"(?P<q>[{_OPEN_QUOTES}])?(?P<list>[{H}A-Za-z0-9]{{1,8}}(?:、[{H}A-Za-z0-9]{{1,8}})+"
                         rf"、[{H}A-Za-z0-9]{{1,10}})(?(q)[{_CLOSE_QUOTES}])$")
# A production route written as A制B (煤制烯烃, 煤(合成气)制乙二醇, MTO(甲醇制烯烃)): the chain [A, B].
# A and B are short product names standing on their own between separators; 制 inside a name (电解制氢装备,
# 某某风电绿电制氢合成氨) or a word (控制, 机制, 制造) is not a route.
# (预制菜, 定制, 炮制: 制 inside a word)
_MAKE_WORDS_BEFORE = set("预控机体编研定限抑强管压遏节牵专法税学建复克绘印轧炼酿监调特自仿改创试精规公币熔烧配腌泡炮炒熬挤拉铸锻直份徒日部"
                         "缝裁绣织有承统辖反受宰长任鞣腊酱"
                         "晒烘焙烤熏蒸煮炸焊模吹雕刻染纺晾磨熟冲干")  # (the ways food or ware is made: 晒制, 烘制, 焊制, 干制)
_MAKE_WORDS_AFTER = set("造品剂种冷度作备定约衡订止裁图成表式片药服动约宜革胜取办修得")  # (制修订, 制得)
# a one-character product a route can make (煤制氢, 煤制油); the letters of an abbreviated chain are not
# products (氢能制储用: 制储运加用)
# (what 制氢 is the noun of, right after it: 制氢用电, 制氢电耗, 制氢成本; and 制氢与用氢, two activities)
_ROUTE_NOUN_AFTER = re.compile(r"用电|电耗|能耗|成本|效率|规模|能力|设备|装置|系统|环节|与用|和用|及用")
# (the last words of a product that may make a route's six-character output: 针状焦制人造石墨负极)
_LONG_PRODUCT_ENDS = ("负极", "正极", "负极材料", "隔膜", "电解液", "纤维", "薄膜", "蛋白肽", "多肽", "胶原蛋白")
# the grade a product is made to, in front of its name (电池级碳酸锂, 电子级多晶硅, 食品级二氧化碳)
_PRODUCT_GRADE = re.compile(r"(?:(?:电池|电子|食品|医药|药用|饲料|工业|光伏|半导体|太阳能|冶金|试剂)级|高纯)(?=[\u4e00-\u9fff]{2})")
_ROUTE_ONE_CHAR = set("氢氨油气电醇碱糖酸砖砂茶醋酒")  # (甜菜制糖, 冶炼烟气制酸, 煤矸石制砖, 尾矿制砂, 桑叶制茶, 苹果制醋)
# a one-character step of a two-step dash chain: a material (煤—兰炭, 硅—多晶硅, 煤—电); not 银—企, 政—企
_ONE_CHAR_STEP = frozenset("煤油气电盐碱焦醇氨酸硅铝铁铜锂镁钛镍锌铅钨钼磷硫钾")
_CHAIN_LETTERS = set("制储运加用输配售产供销")
# (制高点 is a word; 合成气制高碳醇, 工业硅制高纯硅 are routes)
# (制浆造纸 is pulping, but 浆粕 is a product: 棉短绒制浆粕)
_MAKE_CANDIDATE = re.compile(rf"制(?<![{''.join(sorted(_MAKE_WORDS_BEFORE))}]制)(?![{''.join(sorted(_MAKE_WORDS_AFTER))}]|高点|浆(?!粕))")
# (the frame of a clause around a route: 由甲制乙向丙制丁延伸, 从甲制乙到…, 把甲制乙培育成…, 将甲制乙作为…)
_ROUTE_BOUNDARY = re.compile(rf"[^{H}A-Za-z0-9]|等|和|及|与|或|为|是|的|了|搞|推(?![进广动行出向介])|以|由|从(?!事)|到|把|将(?!军)|{_TOWARD}(?![阳日])")
# an activity after the last listed step (甲、乙、丙加工产业链), but not a grade of it (精加工)
# the verbs that close a step which is an activity on a material (硅石开采, 工业硅冶炼, 硅片切割)
_ACTIVITY_VERBS = frozenset(("开采", "冶炼", "提纯", "切割", "拉晶", "切片", "精炼", "提炼", "选矿", "铸造", "锻造", "组装", "装配",
                             "封装", "回收", "屠宰", "仓储", "包装", "研发", "设计", "销售", "制备", "合成", "纺纱", "织造"))
# the processing written between a list of products and its chain word (甲、乙、丙精深加工产业链), where a Han
# character other than a separator stands before it (a step 精深加工 of its own follows 、)
_DEEP_MADE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![、精初粗])(?P<deep>精深加工|深加工)")
_ACTIVITY_TAIL = re.compile(r"(?<=.)(?<![深初粗精])(?:加工|生产|制造)$")
@functools.lru_cache(maxsize=1)
def _city_initials():
    """The first characters of the prefecture-level cities' short names (张掖 -> 张): a run of them, one a step, is a
    list of cities by their initials."""
    return frozenset(s[0] for s in region_index().short_names("city"))


_DEMONSTRATIVE_AFTER = re.compile(_DEMONSTRATIVE)


# (甲制乙下游产业链: the chain below the route, whose product is 乙)
_ROUTE_TAIL = re.compile(r"(?:中下游|[上下]游)?(?:产业链条|产业链|产业|技术|工艺|路线|路径|领域|行业|方向|生产|业务)$|(?:中下游|[上下]游)$")
# where the product of a route ends inside a longer run (煤制天然气|两条技术路线, 煤制甲醇|产业)
# (…制乙产能|规模: the amount of the product, after it; 巩固甲制乙优势: what the route gives; 甲制乙二期: a phase,
# the route names a project)
# (…制乙还可…, …制乙可为…, …制乙用于…, …制乙并…: the clause goes on after the product with an adverb, a modal
# verb or a verb of use; …制乙培育成…, …制乙作为…, 向甲制乙延伸: the verb of the clause the route is the object of)
_ROUTE_CUT = re.compile(rf"(?<=.)产业园|起家|关键|提供|升级|试验|已(?!内酰)|于一体|[{_CN_NUM}\d]+[条个大项种类]|(?:工业|产业|商业)化|成本|能力|比例|比重|占比|效率|培育|打造|作$|成$|延伸|拓展|还(?!原)|(?<!可)可(?:$|[以用供作])|用于|并(?!网)|将|再(?!生)|产能|产量|规模|产业链|产业|技术|工艺|路线|路径|领域|行业|方向|项目|装备|装置|设备|"
                        r"基地|生产线|示范|试点|一体化|工程|综合利用|中心|园区|等|副产|优势|[一二三四五六七八九\d]期|"
                        # (甲制乙副产品: what the route leaves; 甲制乙产品链, 甲制乙大户, 甲制乙方面, 甲制乙耦合…: the
                        # route's chain, its firms, a field, a process joined to it)
                        r"产品链|(?<=.)链|大户|方面|耦合|"
                        # (…制乙也…, …制乙不可能: the clause goes on with an adverb or a negation)
                        r"(?<=.)(?:也|不(?!锈))|"
                        # (甲制乙产出的乙…, 甲制乙产生的…, 甲制乙实现…: what the route yields, the clause's verb)
                        r"(?<=.)(?:产出|产生|实现|配套)|"
                        # (…制乙低碳化, …制乙接续: what the route is to become or do next; …制乙呢: a spoken particle)
                        r"(?<=.)(?:低碳化|清洁化|绿色化|规模化|高端化|接续|起步|跟进)|(?<=.)[呢吗吧啊嘛]")
# what a route makes something of when it recycles (某某废渣制乙, 废旧某某制乙, 某某副产品制乙, 某某尾矿制乙)
_WASTE_MATERIAL = re.compile(r"废|副产|尾矿|尾渣|[矿炉钢果药菌]渣|酒糟|粪污|余热|回收|秸秆|粉煤灰|脱硫石膏|磷石膏|赤泥|煤矸石")
# (a product of a route may be its capital-letter abbreviation: 焦炉煤气制LNG)
_ROUTE_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
_LETTERED_PRODUCT = re.compile(r"[\u4e00-\u9fff]{2,4}[A-Z]\d{0,2}")  # (甲制维生素C, 维生素B12: a product's letter)
# (and its material a chemical formula: CO2制甲醇)
_ROUTE_FORMULA = re.compile(r"[A-Z][A-Za-z0-9]{1,5}")
# a way of making, not a material, before 制 (离网制氢, 柔性制氢, 分布式制氢, 电解制氢), and a place in the text (表中制氢规模)
_ROUTE_MODE = re.compile(r"(?:[离并]网|柔性|电解|[式性]|[表文中上下内]|成本)$")  # (and a cost: 低成本|制氢技术)
# a plant's size written right before the route (20万吨/年煤制乙二醇, 40亿立方米/年煤制天然气): the route is what
# the plant makes, a part of the project's name
_SIZED_BEFORE_ROUTE = re.compile(r"[\d.]+(?:万|亿)?(?:吨|立方米|标方|标准立方米)(?:/年)?$")
# what a …制 names when it is a system of administration, not a route (承诺制审批, 备案制管理, 聘任制改革)
_SYSTEM_AFTER = re.compile(r"审批|管理|改革|考核|服务|办理|招商")
_ROUTE_NOT = re.compile(r"(?:项目|装备|装置|设备|基地|生产线|示范|一体化|工程|综合利用|中心|(?:产业)?园区?|厂|站|机组|试点|[一二三四五六七八九\d]期|"
                        r"提供)$")  # (为甲制乙提供了…优势: what the route is given, the object of 为, no industry)
# a route that closes a list of projects (推动甲煤化焦炉煤气制乙二醇等项目开工) names a project, not a route
# (also from the first items of that list: 甲制乙、丙制丁等3个项目, or joined by 及/和: 甲制氢及氢冶金示范项目);
# but a list closed by 等 and a kind of project
# (甲制氢、乙储能等应用端项目) names the fields the projects are in, and the route is one of them
_ROUTE_PROJECT_AFTER = re.compile(rf"(?:[、及和与](?:(?!等)[{H}A-Za-z0-9]){{1,24}}?){{0,6}}(?:等(?:[{_CN_NUM}\d]+[个项]|一批)?(?:重点|重大)?)?"
                                  r"(?:项目|工程)")
# the verb of planning that opens a list of routes before 等…项目 (积极谋划|甲制乙、丙制丁等项目, 推进|甲制乙项目建设):
# the kinds of project a place is to plan, each a route of its own (a park's or a plant's, 某园甲制乙等项目, is a project,
# and so is a route joined by 及 or 和 to the rest of one project's name, 谋划甲制乙及丙示范项目)
_PLANNED_ROUTES = re.compile(rf"(?:谋划|推进|招引|引进|发展|布局|以及)(?:[{H}A-Za-z0-9()]{{1,24}}?、){{0,6}}$")
_JOINS_ONE_NAME = frozenset("及和与")  # (the joins of _ROUTE_PROJECT_AFTER other than 、)


_CHAIN_LAST_NON_WORD = re.compile(rf"(?s).*[^{H}A-Za-z0-9+]")  # (greedy: ends right after the last non-_WORD)
_WORD_CHAR = re.compile(_WORD)
_ASCII_WORD = re.compile(r"[A-Za-z0-9+]")
assert _WORD == rf"[{H}A-Za-z0-9+]" and _SEP_CHARS == "—-~⸺" + ARROWS + ">"


def _split_steps(raw):
    """The steps of a dash run: split at its separators outside a parenthesis, whose hyphens are a code's
    (含氟制冷剂(HFC-32、R-125), one step with its grades).

    >>> _split_steps("萤石—制冷剂(HFC-32、R-125)—聚合物"), _split_steps("甲—乙")
    (['萤石', '制冷剂(HFC-32、R-125)', '聚合物'], ['甲', '乙'])
    """
    if "(" not in raw:
        return _SEP_SPLIT.split(raw)
    out, at = [], 0
    for m in _SEP_SPLIT.finditer(raw):
        if raw.count("(", 0, m.start()) == raw.count(")", 0, m.start()):
            out.append(raw[at:m.start()])
            at = m.end()
    out.append(raw[at:])
    return out


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
            if text[r - 1: r] == "-":  # (a chemical's prefix before the run: 1,4-|丁二醇, γ-|丁内酯, N,N-|二甲基…)
                j = r - 3
                while j - 1 >= ls and text[j] == ",":
                    cands.add(j - 1)
                    j -= 2
                if r - 2 >= ls and text[r - 2] in _GREEK:
                    cands.add(r - 2)
                elif r - 2 >= ls and text[r - 2] in "NLD" and (r - 3 < ls or not _ASCII_WORD.match(text, r - 3)):
                    cands.add(r - 2)
                elif r - 4 >= ls and text[r - 4: r - 1] == "N,N" and (r - 5 < ls or not _ASCII_WORD.match(text, r - 5)):
                    cands.add(r - 4)
    pos = ls
    for p in sorted(cands):
        if p < pos:
            continue
        m = _CHAIN.match(text, p, le)
        if m is not None:
            yield m
            pos = m.end()
_INDUSTRY_IN_TITLE = re.compile(rf"(?:推动|推进|发展|壮大|做强|培育|打造|加快)(?P<name>[{H}]{{2,12}}?)产业")
# an industry group: “A、B、C”N大主导产业 / A、B2个代表性产业 (the 2+6 / 2+4 systems)
_INDUSTRY_GROUP = re.compile(rf"(?P<n>[{_CN_NUM}\d]+)(?:大|个|条)(?P<label>[{H}]{{0,5}}?)$")


# the lead and the tail an industry's item loses (做大做强|某某, 某某|等产业)
_INDUSTRY_ITEM_LEAD = re.compile(r"^(?:做大做强|确定以|确定|发展|以)")
_INDUSTRY_ITEM_TAIL = re.compile(r"(?:等)?(?:产业)?$")
_INDUSTRY_SYSTEM = re.compile(r"(?P<sys>\d\+\d)”?(?P<label>[\u4e00-\u9fff]{0,6}?)(?:产业体系|产业集群|产业链)")
# a chain named by its industry, with a figure (有色金属新材料产业链120亿元): an industry
_NAMED_CHAIN = re.compile(r"产业链(?=\d)")
_HAN_RUN_END = re.compile(rf"[{H}“”+]{{2,14}}$")


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


class _ChainsMixin:
    """The industries and chains of a document (methods of :class:`~chainatlas.loaders.extract.core._Extractor`)."""

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
        # (the industries a document counts, 甲、乙和丙三条产业链: listed again, 推动甲、乙、丙产业链…, they are its chains,
        # not the steps of one)
        self.counted_industries = frozenset(i["name"] for i in self.x.industries)
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
        if all(_split_alternatives(st)[0].endswith(_PERIOD_ENDS) for st in steps):
            return  # 施工期—试运行期—运营期, 导入阶段—成长阶段: periods of a life, not a chain of products
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
        # (a firm whose registered name holds a dash, 甲-乙汽车有限公司: its name written short, 甲-乙, is no chain)
        dashed = self._dashed_firms() if "公司" in self.text else ()
        for m in self._dash_chain_matches():
            raw = m.group(0)
            start = m.start()
            if start > 0 and self.text[start - 1].isdigit():
                continue
            steps = [st.strip().replace(" ", "") for st in _split_steps(raw)]
            if dashed and len(steps) == 2 and any(d in raw.replace("—", "-") for d in dashed):
                continue
            if len(steps) == 2 and _STOP_LABEL.match(self.text, self.text.rfind("\n", 0, start) + 1, start):
                continue  # 第一站:甲糖业——技改赶工期: a report's stop or part, its firm and its headline, no chain
            if all(_ORG_KIND_STEP.search(st) for st in steps[:-1]) and _ORG_KIND_START.match(steps[-1]):
                continue  # 链主企业—配套企业—服务机构: the tiers of the bodies a chain gathers, no products
            if (nt := _STEP_NOTE.search(steps[-1])) and nt.start() >= 2:
                steps[-1] = steps[-1][: nt.start()]  # 甲→乙→丙(本项目定位乙和丙环节): a remark on the chain, no alternative
            raw_last = steps[-1]
            quoted = start > 0 and self.text[start - 1] in "“\"'「"
            end = m.end()
            if quoted and self.text[end:end + 1] not in _CLOSE_QUOTES and not _QUOTED_LAST_LIST.match(self.text, end):
                quoted = False  # “我们的路线是甲-乙-丙,…”: a speech the quote opens, the chain inside its clause
            if quoted and (tail := _QUOTED_LAST_LIST.match(self.text, end)):
                # “甲—乙—丙、丁”: inside quotes the last step may be a 、-list of the products the chain ends in
                steps[-1] += tail.group()
                raw += tail.group()
                raw_last, end = steps[-1], tail.end()
            if not quoted:
                first = _after_chain_verb(steps[0])
                if (jc := _CHAIN_JOINED_BEFORE.search(first)) and len(first) - jc.end() >= 1:
                    first = first[jc.end():]  # 甲—乙产业链和|丙→丁→戊产业链: the chain before, joined to this one
                first = _strip_lead(first, cut=False, lead=_CHAIN_LEAD_RE, keep=1)
                if (k := first.rfind("在")) >= 0 and len(first) - k > 2 and not first.startswith("在线", k):
                    first = first[k + 1:]  # 支持企业在|甲—乙—丙…产业链上补链: where the firms work, not a step
                    first = _strip_lead(first, cut=False, lead=_CHAIN_LEAD_RE, keep=1)  # (正在|由|甲→乙)
                if (k := first.find("和")) >= 2 and len(first) - k > 2 and not 0 <= first.find("(") < k and \
                        _PRODUCT_BEFORE_AND.search(first, 0, k):
                    first = first[k + 1:]  # 发展胡麻油和|谷子(糜子)-小米-…链条: another product of the clause, then the chain
                start += len(steps[0]) - len(first)
                steps[0] = first
            elif (v := _QUOTED_LEAD_VERB.match(steps[0])) and len(steps[0]) > v.end():
                start += v.end()  # “做长甲—乙—丙链条”: a quoted task opens with its verb, no part of the first step
                steps[0] = steps[0][v.end():]
            # the province, city or county the chain is in, written before its first step (某某省盐湖化工—锂电),
            # or a park of the text (某某工业集中区萤石→氢氟酸: the park the chain is formed in)
            cut = self._region_lead(steps[0]) or self._park_lead(steps[0])
            start += cut
            steps[0] = steps[0][cut:]
            if not quoted and (ex := _EXPLAINED.match(steps[0])) and \
                    len(steps[0]) - ex.end() >= 2 and not _EXPLAINED_NOUN.match(steps[0], ex.end()):
                # 一条|绿电→绿氢→…的转化链条: a count in front of the first product, not a head the dash explains
                start += ex.end()
                steps[0] = steps[0][ex.end():]
            elif not quoted and _EXPLAINED.search(steps[0]):
                # 两大产业——甲和乙, 一条主线——甲—乙—丙: a counted head that the dash explains, not a step
                at = self.text.find(steps[1], start + len(steps[0]), end)
                start = at if at >= 0 else start
                steps = steps[1:]
            if not quoted:
                tw = _TAIL_WORD.search(steps[-1], 1)
                if tw and tw.start() == 1 and (steps[-1][0] in "精深初粗" and tw.group().startswith(("深加工", "加工")) or
                                               tw.group().startswith(("精深加工", "深加工"))):
                    tw = _TAIL_WORD_PLAIN.search(steps[-1], 1)  # (…—精深加工产业链: 精深加工 is the step itself; …—铝
                    # 精深加工链条: a one-character material's processing is the step, where 乳铁蛋白|精深加工链条 is not)
                if tw:
                    steps[-1] = steps[-1][: tw.start()]
                    steps[-1] = self._before_chain_industry(steps[-1], start)
                # (向甲—乙—丙延伸, 沿A—B—C延伸: the verb the chain is the goal of, not part of its last step; inside
                # quotes it is)
                steps[-1] = _ALONG_END.sub("", steps[-1])
                if _ALONG_OPEN.search(self.text, max(0, start - 2), start):
                    steps[-1] = _FRAMED_END.sub("", steps[-1])
                    # (按照甲-乙-丙路线生产丁: the route the text follows ends the chain, whatever comes after it)
                    if (rw := _ALONG_ROUTE.search(steps[-1], 2)):
                        steps[-1] = steps[-1][: rw.start()]
                    # (沿甲→乙→丙|切入…供应链, 沿甲~乙~丙|布局配套: the verb the route leads to, after its last step)
                    if (nv := _ALONG_NEXT_VERB.search(steps[-1], 2)):
                        steps[-1] = steps[-1][: nv.start()]
                ob = _OPEN_CHAIN_BACK.search(steps[-1], 1)
                if ob:
                    steps[-1] = steps[-1][: ob.start()]
            steps[-1] = _TAIL.sub("", steps[-1]) or steps[-1]
            steps[-1] = _before_chain_end(steps[-1], quoted)
            if not quoted and (de := _SECOND_END.search(steps[-1], 2)) is not None:
                steps[-1] = steps[-1][: de.start()]  # (甲—乙—丙配套|产业, 丁延伸加工|为主: a clause word under another)
            if not quoted and (tw := _TOWARD_AFTER.search(steps[-1], 2)) and \
                    _TOWARD_GOAL.match(self.text, start + len(raw) - len(raw_last) + tw.end()):
                steps[-1] = steps[-1][: tw.start()]  # 甲—乙—丙|向丁、戊中间体延伸: where the chain goes next
            if not quoted and "(" not in steps[-1] and (k := steps[-1].find("和")) >= 2 and \
                    len(steps[-1]) - k - 1 >= 4 and steps[-1].endswith(_PROCESS_SUFFIX) and \
                    not steps[-1][:k].endswith(_PROCESS_SUFFIX):
                steps[-1] = steps[-1][:k]  # 发展甲—乙—丙|和丁深加工: another industry joined to the chain's clause
            if not quoted and self.text.startswith("制", end) and (k := steps[-1].find("和")) >= 2 and \
                    not 0 <= steps[-1].find("(") < k:
                steps[-1] = steps[-1][:k]  # 甲—乙—丙精深加工|和丁(戊)制己: the next clause a route, joined by 和
            # (甲—乙工艺路线, 甲—乙—丙路线延链补链: a tail the clause's end left, and a tail before it)
            while (t := _TAIL.search(steps[-1], 2)) is not None and t.end() == len(steps[-1]):
                steps[-1] = steps[-1][: t.start()]
            # the use written after the last product of a run of materials (甲尾气—合成气—乙二醇综合利用, 粉煤灰→水泥
            # 掺合料规模化利用): the aim of the whole run, not part of its last step; a residue's use is a step of its own
            # (果渣综合利用, 焦炉煤气综合利用), and so is a use among activities (资源开发—发电—调峰—氢能综合利用)
            if (u := _USE_TAIL.search(steps[-1], 2)) and not _RESIDUE.search(steps[-1], 0, u.start()) and \
                    not any(x.endswith(_PROCESS_SUFFIX) or x[-2:] in _ACTIVITY_VERBS
                            for x in map(lambda x: _split_alternatives(x)[0], steps[:-1])):  # (精深加工(薯条))
                steps[-1] = steps[-1][: u.start()]
            # the count of levels written inside the last step (甲—乙—丙三级繁育体系, not in quotes)
            levels = _LEVELS_IN.search(steps[-1], 1) if "(" not in steps[-1] else None
            if levels:
                steps[-1] = steps[-1][: levels.start()]
            # (退役电池—黑粉—…—前驱体再生利用: the aim of a recycling route, written after its last product)
            if steps[-1].endswith("再生利用") and len(steps[-1]) > 5 and _RECYCLED_FIRST.search(steps[0]):
                steps[-1] = steps[-1][:-4]
            whole = [s for s in steps if s]
            for steps, s0, e0 in self._split_joined_chains(whole, start, end):
                bases = [_split_alternatives(s)[0] for s in steps]  # (a figure in a parenthesis is a grade: 烧碱(32%液碱))
                if not 2 <= len(steps) <= 24 or any(_TM_DIGIT.search(_DIGIT_TERM.sub("", _LOCANT_RE.sub("", s, 1))) and
                                                    not _STEP_GRADE.fullmatch(s) for s in bases) or \
                        any(a[-1:].isdigit() and b[:1].isdigit() for a, b in zip(bases, bases[1:])):
                    continue  # a chain has a handful of steps (a long run of dashes is a rule or a table); 甲300—400乙: a range
                after = e0 + (self.text[e0:e0 + 1] in "”\"'」")
                if sum(1 for s in steps if _HAN_CHAR.search(s)) < (
                        0 if _CALLED_ROUTE_BEFORE.search(self.text, max(0, s0 - 4), s0) and len(steps) >= 3 else
                        1 if _TAIL_WORD.search(raw_last, 1) or _CALLED_ROUTE.search(raw_last, 1) or
                        quoted and (_QUOTED_CALLED.match(self.text, after) or
                                    _ALONG_OPEN.search(self.text, max(0, s0 - 3), s0 - 1) and
                                    _ALONG_WAY.match(self.text, after)) else 2):
                    continue  # PX-PTA: abbreviations only (a step may be one, among steps written out, or where
                    # the text calls the run a chain or a route: 焦炉气—LNG产业链, “甲—BDO—PBS”和“…”两条产业链,
                    # 甲～BDO～PTMEG路线, 沿“BDO→PBAT→甲”方向延伸; or names it one before: 路线是|BDO-GBL-NMP)
                if len(steps) == 2 and any(len(b) < 2 and (b in self.region_initials or b not in _ONE_CHAR_STEP)
                                           for b in bases):
                    continue  # 东—西, 甲-乙: the initials of places; but 煤—兰炭, 煤—电: a material is one character
                # (产品 alone among steps is the middle stage of a flow, 资源—产品—废弃物; with another frame word
                # it is a level of the plan, 链条—产品—企业)
                if sum(b in _CHAIN_FRAME for b in bases) >= (2 if "产品" in bases else 1) or \
                        any(_LEGAL_FORM_RE.search(b) for b in bases):
                    continue  # “链条—环节—企业”: levels of a plan; 甲-乙汽车有限公司: a joint venture's name
                if self._is_place_list(steps) or (levels or _CHAIN_LEVELS.match(self.text, after)) and \
                        any(_ADMIN_LEVEL.fullmatch(b) for b in bases) or _PLACES_COUNTED_AFTER.match(self.text, after):
                    continue  # (县—乡—村三级体系: the levels of an administration, not a chain; “甲-乙-丙”三地布局: places)
                if any(_OFFICIAL_IN.search(b) for b in bases):
                    continue  # 强链延链 工业兴县——县长做客某节目: a title and its subtitle, an official in it, no chain
                if _PROCEDURE_AFTER.match(self.text, after) or _PROCEDURE_IN.search(raw_last) or \
                        2 * sum(1 for b in bases if _PROCEDURE_STEP.search(b)) >= max(len(bases), 3):
                    continue  # “收集—交办—督办—反馈”闭环管理, 洽谈→签约→备案→开工: the steps of a procedure
                if "之间" in steps[-1] or _COLUMN_GAP.search(self.text, s0, e0):
                    continue  # 甲—乙之间的道路: two places and what lies between; 电解液  ——  本地…: a column's gap
                if len(bases) == 2 and _PARK_AT_END.search(raw_last) or any(_PARK_AT_END.search(b) for b in bases[:-1]):
                    continue  # 镍钴新材料 → 有色金属新材料产业园: a sector and the park it is placed in; 甲产业园—建成乙: a
                    # park, then what is done in it
                if "联用" in bases[-1] or ("于一体" in raw_last or self.text.startswith("于一体", e0)) and "集" in steps[0]:
                    continue  # 甲—乙联用技术: two techniques used together; 集研发—生产—销售于一体: a firm's activities
                if all(_BODY_STEP.search(b) for b in bases) or all(_GRADE_STEP.search(b) for b in bases) or \
                        sum(bool(_CLASS_STEP.match(b)) for b in bases) >= 2:
                    continue  # 市甲局—市乙局—市丙局要…: the bodies a task goes through; III级—I级, 一类—二类: grades of a scale
                if len(bases) >= 2 and all(_VILLAGE_END.search(b) for b in bases[:-1]) and _VILLAGE_LEAD.match(bases[-1]):
                    continue  # 甲镇乙村—丙村产业路, 丁镇—戊镇供水管网: a works between villages, not a chain
                if any(_CODE_PART.search(b) for b in bases) or sum(bool(_ROLE_GRADE.search(b)) for b in bases) >= 2:
                    continue  # GI—JN—年份—序号: the parts of a code; 雏鹰—瞪羚—独角兽: the grades of firms
                if len(bases) == 2 and _PAIR_WORK.match(raw_last, len(bases[-1])):
                    continue  # 叶片—整机协同设计: two makers designing together, not two steps
                if raw_last.endswith(("区间", "河段", "路段")):
                    continue  # 甲河干流乙庄—丙水文站区间: the stretch between two points, not a chain
                if all(_STREET.search(b) for b in bases):
                    continue  # 经二路—经六路: the streets of a district, not products
                row = _SEGMENT_ROW.match(self.text, self.text.rfind("\n", 0, s0) + 1, s0)
                if any(_HOLDS_STEP.match(b) for b in bases[1:]) or row and not _ROW_CLAUSE_END.search(self.text, row.end(), s0) \
                        and not (quoted and self.text.find(",", row.end(), s0) >= 0) \
                        or len(bases) == 2 and self._firm_step(bases[1]):
                    # 上游:甲、乙 —— 已有某公司: a row of an industry map, what a segment holds and who (but 下游:甲企业
                    # 生产乙,“丙—丁—戊”的布局…: a chain quoted in a clause of its own, named by the text)
                    continue
                if quoted and _NOT_CHAIN_AFTER_QUOTE.match(self.text, after) or \
                        _LABEL_BEFORE.search(self.text, max(0, s0 - 10), s0) or \
                        (o := self.text.rfind("(", max(0, s0 - 30), s0)) >= 0 and ")" not in self.text[o:s0] and \
                        _LABEL_BEFORE.search(self.text, max(0, o - 10), o):
                    # (班列(甲—乙、甲—丙): the routes a train runs, in a bracket after it)
                    continue  # “甲-乙”耦合…技术, “…”四个阶段; 核心价值观:甲-乙-丙: no chain
                if quoted and _QUOTED_NOT_CHAIN.match(self.text, after):
                    continue  # “甲—乙—丙”企业梯度培育, “甲—乙—丙”主导产业: grades of firms, a town's sectors
                if quoted and _TOUR_ROUTE_AFTER.match(self.text, after) and \
                        any(b in _SEAT_WORDS or self._place_word(b) for b in bases):
                    continue  # 按照“县城—甲滩—乙镇”的路线: the stops of a tour
                if any(len(b) > 16 or b.endswith("之一") for b in bases):
                    continue  # 多个基地之一—某基地, 某项目—某园区厂房已完工: a dash of apposition, not steps
                if all(len(b) == 1 for b in bases[1:]) and bases[0][-1:] + "".join(bases[1:3]) in ("产学研", "政产学") or \
                        _PARTNERS_MEET.fullmatch(bases[-1]) or \
                        all(len(b) == 1 for b in bases[1:-1]) and _PARTNERS_MEET.match(bases[-1]):
                    continue  # 产—学—研—用, 银—企对接会, 校—地—企三方合作要…: the partners of a cooperation, not a chain
                if len(bases) == 2 and (bases[1].startswith("从") and "到" in bases[1] or _DONE_NEWS.search(bases[1])):
                    continue  # 深刻转变——从卖资源到卖产品, 首座加氢站——甲加氢站建成投用: a dash of apposition, not steps
                if any(_SIGHT_OR_WASTE_STEP.search(b) for b in bases) and not (
                        _WASTE_WATER.search(bases[0]) and not any(_SIGHT_OR_WASTE_STEP.search(b) or _WATER_TREATED.search(b)
                                                                  for b in bases[1:])):
                    continue  # 甲庙—乙山景区, 生产废水—预处理—污水处理厂—回用: sights, or the way waste water goes
                    # (but 洗毛废水—羊毛脂—胆固醇: the products recovered from a waste water, a chain)
                if bases[0].endswith("产业链") or all(b.endswith(("用户", "客户", "企业")) for b in bases) and \
                        any(b.endswith(("用户", "客户")) for b in bases):
                    continue  # 甲产业链—缺乙、丙: a chain named, then what it lacks; 甲用户—乙企业—其他用户: an order of buyers
                if len(bases) >= 3 and all(len(b) == 1 and b not in _ONE_CHAR_STEP and b not in _CHAIN_LETTERS
                                           for b in bases[:-1]) and bases[-1][:1] not in _ONE_CHAR_STEP and (
                        len(bases[-1]) == 1 and all(b in self.region_initials or b in _city_initials() for b in bases) or
                        len(bases[-1]) >= 3 and (_is_sector_phrase(_TAIL.sub("", bases[-1][1:]) or bases[-1][1:]) or
                                                 _REGION_COOPERATION.match(bases[-1], 1) or _BELT.match(bases[-1], 1)) or
                        len(bases[-1]) == 1 and quoted and (_REGION_COOPERATION.match(self.text, after) or
                                                            _BELT.match(self.text, after))):
                    continue  # 呼—包—鄂—乌稀土产业, 甲-乙-丙区域协同, “甲-乙-丙”区域市场, 呼—包—鄂—榆: the initials of
                    # cities (of the text's regions or of any prefecture's), then the industry they share or the
                    # region they make
                if all(len(x) == 1 and x in self.region_initials for x in steps[:-1]) and (
                        _BELT.search(steps[-1]) or
                        steps[-1][:1] in self.region_initials and _REGION_COOPERATION.match(steps[-1], 1) or
                        len(steps[-1]) == 1 and steps[-1] in self.region_initials and (
                            _REGION_COOPERATION.search(raw, len(raw) - len(raw_last)) or
                            quoted and _BELT.match(self.text, after))):
                    continue  # 甲-乙-丙经济带, 甲-乙-丙协同发展, “甲-乙-丙”城市群: the initials of the cities a belt or a
                    # cooperation joins
                if len(steps) >= 3 and all(len(x) == 1 for x in steps[1:-1]) and _CITY_GROUP.match(steps[-1], 1) and \
                        any(c in self.region_initials for c in (steps[0][-1:], *steps[1:-1], steps[-1][:1])):
                    continue  # 地处甲—乙—丙城市群: the same initials unquoted, the clause's words run into the first and
                    # the last step (one of them the initial of a place the text names)
                if any(_ORG.search(b) or _SITE_STEP.search(b) or b in _VERB_STEPS for b in bases) or \
                        _HEADLINE_END.search(bases[-1]):
                    continue  # 某某市人民政府 - 政务公开: a site's breadcrumb or a page's title; 甲——…纪实: a headline
                if self._is_line_between(steps, bases, s0, e0):
                    continue  # 甲—乙铁路, 甲—乙±800千伏直流: a line named after the places at its ends
                if any(_TIME_OR_ORDINAL.match(b) for b in bases) or _PAIRED_SIDE_END.search(bases[0]) and \
                        all(_PAIRED_SIDE.fullmatch(b) for b in bases[1:-1]) and _PAIRED_SIDE.match(bases[-1]):
                    continue  # 周一—周五, 一期—二期: a span of time or of ordinals; 线上—线下, 东段—西段: two sides
                if any(_ORDINAL_OR_RANK.search(b) for b in bases) or \
                        len(bases) >= 2 and (all(b.endswith("经济") for b in bases) or
                                             all(_INSIDE_OUTSIDE.search(b) for b in bases)):
                    continue  # 第一批次—某某产业链, 某中心——全球首个…; 过货经济→落地经济; 资源在外→加工在内: no products
                if _RATING.fullmatch(bases[0]):
                    continue  # 推荐—未来6个月内…, 谨慎推荐—超越基准指数…: a research report's ratings and what they mean
                if all(_ROLE_END.search(b) or _ONE_EACH.fullmatch(b) for b in bases):
                    continue  # “市场主导—企业主体—社会参与”, “一企一策—一链一图”: principles and slogans of work
                if any(_DOCUMENT_STEP.search(b) for b in bases):
                    continue  # 甲产业投资指南(2024版)—投资环境问答: a document's title and its part, no products
                if "通勤" in bases[-1]:
                    continue  # 甲—乙通勤专线公交: a commuter line between two places
                if bases[-1].endswith(("共聚物", "共聚树脂")):
                    continue  # 乙烯-醋酸乙烯共聚物, 苯乙烯-丁二烯-苯乙烯嵌段共聚物: one chemical made of its monomers, not a chain
                if _STAGED_AFTER.match(self.text, e0):
                    continue  # “试点示范—整村推进—全域覆盖”三步走: the stages of a plan, counted after them, no products
                if all(b.endswith(("清单", "清单管理", "清单制度")) for b in bases):
                    continue  # 问题清单—整改清单—责任清单: lists a procedure keeps, no products
                if len(bases) == 2 and bases[0].endswith(("事情", "东西", "事儿")):
                    continue  # 做一件…的事情—固态电池: a dash of apposition, what the thing is
                if len(bases) == 2 and _CHAIN_FIELD_LABEL.search(self.text, self.text.rfind("\n", 0, s0) + 1, s0):
                    continue  # 所属产业链:甲—乙环节: a card's field, the chain's name and the link the project is in (three
                    # steps or more after the label are the chain itself: 所属产业链:甲—乙—丙)
                if _COUNTED_MATERIALS_BEFORE.search(self.text, max(0, s0 - 14), s0):
                    continue  # 电池四大主材|正极—负极—隔膜—电解液: parallel materials counted, no chain
                if len(steps) == 2 and re.search(r"[A-Za-z0-9]-[A-Za-z0-9]", self.text[s0:e0]):
                    continue  # CO2-EOR(…), UP-SS级: a code or a grade written with a hyphen, not two steps
                if quoted and len(bases) >= 3 and all(len(b) == 2 and b[1] == bases[0][1] for b in bases) and \
                        bases[0][1] not in _ONE_CHAR_STEP and bases[0][1] not in lexicon._ELEMENTS and \
                        bases[0][1] not in _MATERIAL_END_CHARS:
                    # (制氢—储氢—加氢—用氢: the acts on one material; 煤炭—焦炭—兰炭: materials of one kind)
                    continue  # “对标—追标—创标”: one word's changes rung as a slogan, not products
                if all(b.endswith("化") for b in bases) or all(b.endswith("企业") for b in bases) or \
                        len(bases) >= 3 and sum(b.endswith("企业") for b in bases) == len(bases) - 1 and \
                        _ROLE_GRADE.match(bases[-1]):
                    continue  # 高端化—智能化—绿色化: the qualities a plan seeks; 龙头企业—配套企业—…: grades of firms
                if len(bases) == 2 and any(_EXPLAINED_HEAD.search(b) for b in bases) or \
                        all(_COUNTED_PART.fullmatch(b) for b in bases) or any(_PERSON_STEP.search(b) for b in bases) or \
                        all(b[-1] == "链" for b in bases) and all(len(b) == 2 for b in bases[1:]):
                    continue  # 重点企业—某某铝业, 一核—两带—三区, 链长—…—专员, 强链—补链—延链: no chain
                if all(len(b) == 1 for b in bases[:-1]) and _PLACES_COUNTED.match(bases[-1]):
                    continue  # 甲-乙-丙三市联合…: one character per place, then the count of the places
                if all(self._place_task(b) for b in bases):
                    continue  # “甲市研发—乙市制造”, “长三角订单—宁夏产能”: a division of work between places, no products
                if all(b in _COLOURS for b in bases) or _JOINED_TECHNIQUE.search(raw_last):
                    continue  # 绿—黄—红: the colours of a supervision; 吸附—膜耦合提锂(工艺): a technique's parts
                if len(bases) == 2 and any(len(b) > 12 or _CLAUSE_IN_STEP.search(b) for b in bases):
                    continue  # …贵好几倍——这就逼着…, 有个“保供”的考虑——冬季…: a dash of pause between clauses
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
            if text.startswith(_CHAIN_CHIEF_WORDS, t.end() + (text[t.end(): t.end() + 1] in _OPEN_QUOTES)):
                continue  # 担任甲、乙、丙产业链链长: the chiefs of several chains, one per item, not the steps of one
                # (甲、乙、丙产业链“链长制”: the system of chiefs, quoted)
            ts = t.start()
            if text.startswith("全", ts - 1):
                ts -= 1
            if text.endswith(_SECTORS_JOINED, 0, ts):
                continue  # 甲、乙、丙融合发展|产业链: sectors that grow together, not the steps of one chain
            q = _LIST_CHAIN_QUALITY.search(text, max(0, ts - 6), ts)
            if q and q.end() == ts:  # “甲、乙、丙”一体化全产业链 / 循环产业链 / 一体化发展的产业链: a quality of the chain
                ts = q.start()
            elif (qi := _LIST_QUALITY_INDUSTRY.search(text, max(0, ts - 14), ts)) is not None:
                ts = qi.start()  # 甲、乙、丙一体化的|有色金属|全产业链: the quality, then the industry the chain is of
            made = deep = ""
            if text[ts - 2:ts] in ("加工", "生产", "制造") and text[ts - 3:ts - 2] not in ("深", "初", "粗", "精"):
                made = text[ts - 2:ts]
                ts -= 2  # 毛衫加工产业链: the chain of 毛衫 (but 精深加工 is a step of its own)
            elif (dm := _DEEP_MADE.search(text, max(0, ts - 5), ts)) and dm.end() == ts:
                deep = dm.group("deep")  # 甲型材、甲板、甲压铸件|精深加工|产业链: the processing of the products listed,
                ts -= len(deep)  # (kept in the last step below unless the products are one material's)
            if ts < 2 or text[ts - 1] not in _CLOSE_QUOTES and not _HAN_CHAR.match(text, ts - 1) and \
                    not _CODED_END.search(text, max(0, ts - 6), ts):  # (…、尼龙66|产业链: a product's number)
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
            if lo < k < end and text[k - 1] in _CLOSE_QUOTES and end - (qh.end() if qh else k) <= 8 and \
                    _HAN_ONLY.fullmatch(text, k, end):
                # “制、储、运、加、用”氢能全产业链: the industry of the quoted chain stands between it and its tail
                lim = k
                end = k = k - 1
                if k > lo:
                    lm = _LIST_RUN_LAST.match(text, lo, k)
                    k = lm.end() if lm is not None else lo
            if k > lo and text[k - 1] in _OPEN_QUOTES:
                k -= 1
            if (tw := text.rfind("向", k, end)) > k and text.find("、", tw, end) >= 0 and \
                    (text.find("由", k, tw) >= 0 or text.find("从", k, tw) >= 0):
                k = tw + 1  # 由甲、乙|向|丙、丁、戊产业链延伸: where the firm goes from, then the chain it goes to
            bv = None
            for bv in _LIST_BUILT_ANY.finditer(text, k, end):
                pass
            if bv is not None and text.find("、", k, bv.start()) >= 0:
                k = bv.start()  # 甲、乙等县打造|丙种植、丁、戊产业链: the places that build it, listed before the verb
            parts = text[k:end].split("、")
            if len(parts) >= 4 and self.regions.knows(_after_chain_verb(parts[0])):
                # 带动甲县、乙县|丙种植、丁、戊产业链: the places the chain runs in, listed before its first step, the
                # last one written with the step
                at = k + len(parts[0]) + 1
                for part in parts[1:-2]:
                    if not self.regions.knows(part):
                        k = at + self._region_lead(part) if self._region_lead(part) else k
                        break
                    at += len(part) + 1
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
            kept_deep = bool(deep) and not _one_material(items, allow_sectors=True)
            if kept_deep:
                items[-1] += deep  # 煤炭、焦化、煤焦油深加工产业链: the processing is the last step's own
            if not m.group("q"):
                # the object of 形成/构建/打造 (形成甲、乙、丙、化工新材料全产业链): the steps may be longer, and so
                # may the products of one material's chain, which all start with its name (甲酸、甲砂、甲精细化学品
                # 产业链; but not sectors: 新能源汽车、新能源装备)
                # (the verb may stand before the list's match, which starts at most 8 characters before the first 、)
                lead_at = m.start("list") + len(raw0) - len(items[0])
                verb_built = _LIST_BUILT.search(text, max(0, lead_at - 6), lead_at) is not None
                # (or a list whose every step holds the material the step before it ends in: 金属甲、甲合金、甲合金
                # 压铸件产业链, each made of the one before)
                # (and a list whose chain the text extends or serves: 带动甲、乙、丙产业链延伸, 开展甲、乙、丙产业链服务)
                built = verb_built or _one_material(items) or bool(deep) and not kept_deep or \
                    _LIST_SERVED_AFTER.match(text, t.end()) is not None
                # the industry of the chain written between its last step and 产业链, named just before as its
                # heading (…氢能装备产业链。…制氢、储运、加注、应用氢能装备全产业链): not part of the last step
                last, s0 = items[-1], m.start("list")
                whole_named = text.rfind(last + "产业", max(0, s0 - 300), s0) >= 0 or \
                    _product_vocabulary().at(last, 0) == last  # (碳素及负极材料产业链: a product; 燃料电池系统: one word)
                if len(last) >= 4 and last[-1] == "业" and last[:-2] in _ACTIVITIES:
                    items[-1] = last = last[:-2]  # 育种、加工、销售|种业全产业链: an activity, then the trade of the chain
                for j in range(2, len(last) - 1):
                    if whole_named:
                        break
                    if len(last) - j >= 2 and items[0].startswith(last[j:]) and not items[0] == last[j:]:
                        items[-1] = last[:j]  # 储能材料、…、电站运营|储能全产业链: the industry the first step opens with
                        break
                    if last[j:] in _INDUSTRY_ONLY and j >= 2:
                        items[-1] = last[:j]  # 甲、乙、场景应用|大数据产业链: the industry the chain is of, never a step
                        break
                    if (_is_sector_phrase(last[j:]) or _TRADE_YE.fullmatch(last, len(last) - 1)) and (
                            (len(last) - j >= 4 or _product_vocabulary().at(last, 0) == last[:j] and j >= 2 and
                             last[j:] not in _COMPOUND_TAILS) and
                            verb_built and last[j:j + 2] not in _ACTIVITIES and
                            text.startswith("全产业链", m.end("list")) or
                            _heading_word_at(text, text.rfind(last[j:] + "产业", max(0, s0 - 300), s0)) or
                            text.rfind(last[j:] + "方面", max(0, s0 - 60), s0) >= 0 or
                            text.rfind(last[j:] + "企业", max(0, s0 - 200), s0) >= 0) or \
                            _chain_heading_before(text, last[j:], max(0, s0 - 300), s0):
                        items[-1] = last[:j]  # (风电装备方面,…形成甲、乙、丙风电装备全产业链: its heading; 甲、乙、组件|光伏
                        # 全产业链: a product word, then the industry, after a verb that builds the chain)
                        break  # (四)乙产业链 / …甲养殖、乙加工、丙配送乙全产业链: the chain's own heading)
                # (after a verb that builds the chain a step may be longer still, but not a sector: 打造…、汽车轻量化部件产业链
                # lists the sectors a place builds)
                # (the last step, the end product, up to 10: 形成…、混合动力汽车电池包产业链)
                # (the end product of a plain list may be a word longer than the rest: 铜箔、覆铜板、印制电路板产业链)
                if any(len(i) > (6 if built or re.search(r"[深初粗精]加工$", i) or i.endswith(_PROCESS_SUFFIX) else 4) and
                       not (verb_built and len(i) <= (10 if k == len(items) - 1 else 8) and not _is_sector_phrase(i)) and
                       not (k == len(items) - 1 and len(i) <= 5 and not _is_sector_phrase(i) and
                            not any(x in _CHAIN_FRAME for x in items))  # (上游、中游、下游分解各产业链)
                       for k, i in enumerate(items)) or \
                        any(self.regions.knows(i) for i in items):
                    continue
            # (the end of a built chain may be two products joined by 及 or 和: 形成甲、乙、丙及丁一体化产业链; not two
            # sectors: 新能源及新材料)
            last_pair = items[-1].split("及") if "及" in items[-1] else items[-1].split("和")
            pair_end = m.group("q") is None and verb_built and len(last_pair) == 2 and \
                all(2 <= len(h) <= 6 and h not in _BROAD_SECTORS and (
                    not _SECTOR_END.search(h) or _BASED_MATERIAL.fullmatch(h)) and
                    not self.regions.knows(h) for h in last_pair)
            # (a quoted list's product may hold a number inside its name: “己二酸、尼龙66盐、尼龙66切片”产业链)
            # (and so may an unquoted list's last product: 己二腈、己二胺、尼龙66产业链)
            count = _COUNT_DIGIT if m.group("q") or _CODED_END.search(items[-1]) else _ANY_DIGIT
            if any(_ITEM_JOINED.search(i) or count.search(i) for i in (items[:-1] if pair_end else items)) or \
                    pair_end and re.search(r"\d|与|等|的", items[-1]) or len(items) < 3:
                continue
            if _LIST_COUNTED.search(items[-1]):
                continue  # 甲、乙、丙三大产业链: several chains counted, not the steps of one
            if any(i.endswith(lexicon.BODY_ENDS) for i in items[:-1]):
                continue  # 市甲局、市乙局、市丙局要对产业链…: the bodies a clause charges, before the chain it speaks of
            if all(i in _BROAD_SECTORS for i in items):
                continue  # 钢铁、有色、化工产业链: the chains of several sectors, not the steps of one
            if all(i in self.counted_industries or k == 0 and any(c.endswith(i) for c in self.counted_industries)
                   for k, i in enumerate(items)):
                continue  # 甲、乙、丙产业链, the document's counted industries: its chains, listed (the first counted
                # with the clause before it: 全县培育甲、乙和丙三条产业链)
            if len(items[-1]) == 1 and any(len(i) > 1 for i in items) and (
                    text[t.end():t.end() + 1] in _CLOSE_QUOTES and t.end() < len(text) or items[-1] in "延补强固"):
                continue  # “控甲、提乙、延链条”, 稳增长、抓项目、强链条: a slogan of tasks whose last one works on the chain
            if any(i.endswith(_PROCESS_SUFFIX) for i in items[:-1]) or \
                    sum(len(i) > 2 and i[-2:] in _ACTIVITY_VERBS for i in items[:-1]) * 2 >= len(items) - 1:
                items[-1] += made  # 甲种植、乙加工、丙生产产业链, 甲开采、乙冶炼、丙制造: every step is an activity, the last one too
            elif made and len(items[-1]) == 1:
                items[-1] += made  # 铝土矿、氧化铝、电解铝、铝加工全产业链: a one-character material's processing is the step
            else:
                items[-1] = _ACTIVITY_TAIL.sub("", items[-1])
            s = m.start("list") + len(m.group("list")) - len("、".join(items)) + (len(deep) if kept_deep else 0)
            self.chain_spans.append((s, t.end()))  # (甲、乙制丙、丁产业链: no route of its own inside a step)
            self._add_chain(items, s, t.end(), 0.8 if m.group("q") else 0.7, "list")
        # chains in prose: 形成从A到B再到C的产业链; 构建A、B、C的X产业链
        for m in _finditer_at(_FROM_TO_CHAIN, text, _literal_starts(text, "从由")):
            written = m.group("steps").replace("、再到", "再到")  # (从甲到乙、再到丙: the 、 before 再到 goes on)
            if "、" in written[written.find("到"):]:
                continue  # 由甲到乙、丙再到丁: 乙 and 丙 side by side, one level of the chain (only a list before 到 is steps)
            steps = re.split(r",?再到|到|、", written)
            # (从甲到乙的完整产业链 names the chain's two ends, not its steps: three at least)
            if len(steps) >= 3 and not any(s in _ACTIVITIES or self.regions.knows(s) for s in steps):
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
        for m in _finditer_at(_CHAIN_HOLDS, text, [q for q in chain_words if text.startswith(("产业链", "链条"), q)]):
            steps = m.group("list").split("、")
            if sum(s in _ACTIVITIES for s in steps) * 2 < len(steps) and not any(
                    self.regions.knows(s) or s in _CHAIN_FRAME or _QUALITY.search(s) for s in steps):
                self._add_chain(steps, m.start("list"), m.end("list"), 0.65, "list")  # 甲产业链包括乙、丙、丁等环节
        # production routes written A制B on their own (煤制烯烃, MTO(甲醇制烯烃))
        for m in _MAKE_CANDIDATE.finditer(self.text, 1):
            i = m.start()
            if self.in_spans(self.chain_spans, i):
                continue
            route = self._route_at(i)
            if route and self._in_project_row(i):
                route = None  # 1\t甲铜业技改项目\t…\t配套烟气制酸: a cell of a project's row, what the project builds
            if route:
                a, b, s, e = route
                self._add_chain([a, b], s, e, 0.6, "prose")

    def _row_at(self, i):
        """The line of the text that holds position `i`."""
        e = self.text.find("\n", i)
        return self.text[self.text.rfind("\n", 0, i) + 1: len(self.text) if e < 0 else e]

    def _in_project_row(self, i):
        """True when position `i` is in a cell of a table row (three cells or more) another cell of which names a
        project (1\\t甲铜业技改项目\\t…\\t配套烟气制酸), or in a column whose header does (序号\\t…\\t重点项目 over
        …\\t副产盐酸制氯甲烷循环利用); a row whose only 项目 is in the prose of the same cell
        (a reply's result: 某某项目已签约。支持企业发展果渣制饲料) is a table of something else.

        >>> from chainatlas.loaders.extract.core import _Extractor
        >>> x = _Extractor("1\\t甲项目\\t烟气制酸\\n2\\t建议\\t乙项目已签约。发展果渣制饲料", "d")
        >>> x._in_project_row(x.text.find("制酸")), x._in_project_row(x.text.find("制饲料"))
        (True, False)
        """
        start = self.text.rfind("\n", 0, i) + 1
        row = self._row_at(i)
        if row.count("\t") < 2:
            return False
        k = i - start  # (the cell holding `i`: the tabs before it)
        cell = row.count("\t", 0, k)
        if "项目" in row and any("项目" in c for n, c in enumerate(row.split("\t")) if n != cell):
            return True
        # (or a column whose header names the project: 序号\t企业名称\t…\t重点项目 over the row's cell)
        head = self._table_header_above(start)
        return head is not None and cell < len(head) and "项目" in head[cell]

    def _dashed_firms(self):
        """The short forms of the registered names with a dash inside them (甲-乙 of 甲-乙汽车有限公司), with -, read at
        each dash of the text (a regular expression tried at every position cost about 6 % of a corpus pass)."""
        text = self.text
        out = set()
        for dash in "-—":
            k = text.find(dash)
            while k >= 0:
                m = _DASHED_FIRM_TAIL.match(text, k)
                if m is not None and (h := _HAN_END.search(text, max(0, k - 4), k)) is not None:
                    out.add(h.group() + "-" + m.group(1))
                k = text.find(dash, k + 1)
        return out

    def _table_header_above(self, start):
        """The cells of the header row of the tab-separated table whose row starts at `start`: the line that opens
        with 序号, or else the first line of the table's run of tabbed lines, walking up over its rows (20 at most);
        None when the row itself is the first."""
        text = self.text
        top = None
        for _ in range(20):
            if start == 0:
                break
            ls = text.rfind("\n", 0, start - 1) + 1
            line = text[ls:start - 1]
            if "\t" not in line:
                break
            if line.lstrip().startswith("序号"):
                return line.split("\t")
            top, start = line, ls
        return top.split("\t") if top is not None else None

    def _of_chain_starts(self, chain_words):
        """Where _OF_CHAIN can match: the starts of _BUILD_VERBS in the run of 、, Han characters, letters and
        digits before a 产业链 or 链条 (every character of a match is one of those, and it ends in one), found back from
        each 产业链 of `chain_words` (the starts of 产业链 and 链条) instead of over the whole text."""
        text = self.text
        out = set()
        for q in chain_words:
            if not text.startswith(("产业链", "链条"), q):
                continue
            lm = _LIST_RUN_LAST.match(text, 0, q)  # (greedy: its end is the run's start)
            k = lm.end() if lm is not None else 0
            while (vm := _OF_VERB.search(text, k, q)) is not None:
                out.add(vm.start())
                k = vm.start() + 1  # (verbs may overlap: 构建成)
        return sorted(out)

    def _before_chain_industry(self, last, start):
        """The last step of a dash chain without the industry written between it and the chain's tail word.

        甲—乙—组件光伏制造产业链 is the 光伏制造 chain whose last step is 组件: the industry is a sector word (with
        制造/加工 after it) that closes a step that is a word of its own, and that the text has named before the
        chain (its heading or the clause that opens it), or that names an activity (…制造). A compound whose head
        is the sector (分布式光伏, 新能源汽车) keeps its words.

        >>> from chainatlas.loaders.extract.core import _Extractor
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
        # (…—丙|化工新材料|产业链: the new materials of a sector are an industry too)
        activity = m.group("act") in ("制造", "加工", "装备制造", "新材料") or m.group("mod") is not None
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

        The 和 stands inside a middle step, before any parenthesis of that step; it joins two chains when each side
        has three steps or more, or when the text counts two chains right after (…两条链). Otherwise the steps
        are one chain (电解铝—铝合金和铝加工材—铝深加工制品 keeps its middle step).
        """
        text = self.text
        for i in range(1, len(steps) - 1):
            k = steps[i].find("和")
            if k < 1 or k == len(steps[i]) - 1 or "(" in steps[i][:k]:
                continue  # (a parenthesis after 和 is the second chain's first step's: …—动力电池和钴(氯化钴)—四氧化三钴)
            # (the second chain may have its own lead-in: …A—B—C和延伸D—E—F)
            head = _strip_lead(_after_chain_verb(steps[i][k + 1:]), cut=False, lead=_CHAIN_LEAD_RE, keep=1)
            # (…—丙产业链和丁→戊: what the text calls the first chain ends its last step)
            left, right = steps[:i] + [_before_chain_end(_TAIL.sub("", steps[i][:k]) or steps[i][:k])], [head] + steps[i + 1:]
            j = text.rfind(steps[-1], start, end + len(steps[-1]))  # (…—丁两条应用链: the count after the last step)
            counted = re.match(r"[两二2双]条", text[end:end + 2]) is not None or \
                j >= 0 and re.match(r"[两二2双]条", text[j + len(steps[-1]): j + len(steps[-1]) + 2]) is not None
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
                # (or a slash between two abbreviations: 甲—PBAT/PBS可降解树脂—丙)
                if prev is not None and m.start() == prev.end() + 1 and text[prev.end()] in " /" and (
                        _HAN_CHAR.match(text, m.start()) and _HAN_CHAR.match(text, prev.end() - 1) or
                        text[prev.end()] == "/" and _ASCII_WORD.match(text, m.start()) and
                        _ASCII_WORD.match(text, prev.end() - 1)):
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
        while j > 0 and i - j <= 16 and (not _ROUTE_BOUNDARY.match(text, j - 1) or
                                         text[j - 1] == "+" and j < i and j > 1 and _HAN_CHAR.match(text, j - 2)):
            j -= 1  # (绿氢+二氧化碳制甲醇: two materials joined by +, the route's feedstock)
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
        start = j + len(a_raw) - len(a)  # (where the route's material starts)
        cut = _ROUTE_CUT.search(b_raw, 1)
        if cut:
            # (…制氢加氢示范项目, …制氢装备: the name of a project or of equipment; but a route that closes its
            # phrase with 综合利用, 推进甲制乙综合利用, is the way a by-product is used)
            # (nor does a route whose integration is to be developed: 甲制乙一体化发展; nor a route whose
            # demonstration, or its demonstration use, closes the clause or an item of a list, 推进甲制乙示范、丙试点,
            # 推动甲制乙示范应用, which names no project:
            # a list of projects ends in 等…项目, see _ROUTE_PROJECT_AFTER)
            if _ROUTE_NOT.fullmatch(cut.group()) and not (cut.group() == "综合利用" and cut.end() == len(b_raw)) and \
                    not (cut.group() == "一体化" and b_raw.startswith("发展", cut.end())) and \
                    not (cut.group() in ("示范", "试点") and b_raw[cut.end():] in ("", "应用") and text[k:k + 1] in ",;。\n、"):
                return None
            if cut.group() == "耦合" and _ROUTE_NOT.search(b_raw):
                return None  # 甲制乙耦合丙示范项目: the process joined to the route, in a project's name
            b_raw = b_raw[: cut.start()]
        if (dm := _DEMONSTRATIVE_AFTER.search(b_raw, 1)) is not None:
            b_raw = b_raw[: dm.start()]  # 甲制乙|这个方向: a demonstrative opens what the clause says of the route
        b = _ROUTE_TAIL.sub("", b_raw)
        if (pa := _ROUTE_PROJECT_AFTER.match(text, k)) and (
                not _JOINS_ONE_NAME.isdisjoint(pa.group()) or  # (甲制乙及丙示范项目: one project's name)
                not _PLANNED_ROUTES.search(text, max(0, start - 80), start)) or \
                _ROUTE_NOT.search(b) or _ROUTE_NOT.search(b_raw):
            return None
        if _SYSTEM_AFTER.match(b_raw):
            return None  # 承诺制|审批, 备案制|管理: a system of administration (…制), not a route
        base, _alts = _split_alternatives(a)
        if base.startswith(_FALLBACK) or text.endswith(_FALLBACK, 0, start) or text[start - 1: start] == "的" and any(
                text.find(v, self.clause_start(start), start) >= 0 for v in _FALLBACK):
            return None  # 避免…改用|煤制氢的情况: what the clause would fall back on, no route to develop (替代甲园区内企业
            # 的|煤制氢: the route replaced, written after whose it is)
        if _ROUTE_VERB.fullmatch(base) or _ROUTE_MODE.search(base):
            return None  # 存在|制氢成本偏高: the clause's verb, and no material in front of 制; 离网|制氢: a way of making
        if base in _MADE_OF or base in _METAL_MADE_OF or base[-1:] in _MADE_OF and (
                base[:-1] in GENERIC_WORDS or len(base) > 2 and (base[-2] not in _MATERIAL_MAKING or base[-2] == "化" and
                                                                 base[-3] not in _COMPOUND_BEFORE_HUA) and
                not _WASTE_MATERIAL.search(base)) or \
                base.endswith(("合金", "钢")) and not _WASTE_MATERIAL.search(base):
            # 铝制托盘, 产品铝制机壳, 光伏铝制边框, 建筑铝制模板 (a use in front; but 电解铝, 再生铝 are materials),
            # 镍合金制阀门: what an article is made of, not a route (an alloy or a steel is
            # never the feedstock of a route, unless it is scrap: 废旧硬质合金制钨粉)
            return None
        # (a material is short, unless it is one word of the genre: 可再生能源制氢)
        # (or the whole object of 发展, the industry the route is, or of any verb when it is a waste or by-product:
        # 发展某某硬质合金制乙, 利用某某废副产品制乙; but not what an article is made of, 发展一体化压铸铝制乙, nor a
        # place's project, 发展某地绿电制氢)
        # (绿电+园区|制氢, 甲直供+园区: a mode that joins a supply to a place, no material)
        joined = "+" in base and all(1 <= len(x) <= 4 and _HAN_ONLY.fullmatch(x) and x not in GENERIC_WORDS and
                                     not _PARK_SUFFIX_RE.search(x) for x in base.split("+"))
        short = joined or 1 <= len(base) <= 4 or len(base) <= 6 and _sector_vocabulary().at(base, 0) == base or \
            len(base) <= 8 and len(a_verb) < len(a_obj) and (a_obj.endswith("发展", 0, len(a_obj) - len(a_verb)) or
                                                             _WASTE_MATERIAL.search(base) is not None) and \
            (base[-1] not in _MADE_OF or base[-2] == "化") and "制" not in base and not base.endswith("再") and \
            self._region_prefix(base) is None  # (a compound is a material: 发展高纯氧化铝制乙)
        grade = _PRODUCT_GRADE.match(b)  # (甲制电池级碳酸锂: the grade of the product, then the product)
        if not short or not (1 <= len(b) - (grade.end() if grade else 0) <=
                             (7 if _WASTE_MATERIAL.search(base) else 6 if b.endswith(_LONG_PRODUCT_ENDS) else 5)) or \
                len(base) + len(b) < 3 and b not in _ROUTE_ONE_CHAR:  # (a waste's product may be longer: 废旧锂电池制电池级碳酸锂)
            return None
        if text[i + 1: i + 2] in _ROUTE_ONE_CHAR and _ROUTE_NOUN_AFTER.match(text, i + 2):
            return None  # 按照制氢用电…, 单位制氢电耗, 推动制氢与用氢一体化: 制氢 a noun of what it takes, no route
        if len(b) == 1 and b not in _ROUTE_ONE_CHAR or all(ch in _CHAIN_LETTERS for ch in b) or \
                len(base) == 1 and base not in _ONE_CHAR_STEP:  # (卤制熟食: a one-character material or nothing)
            return None
        if not (joined or _HAN_ONLY.fullmatch(base) or _ROUTE_FORMULA.fullmatch(base)) or \
                not (_HAN_ONLY.fullmatch(b) or _ROUTE_ABBREVIATION.fullmatch(b) or _LETTERED_PRODUCT.fullmatch(b)):
            return None
        if self.regions.knows(base) or base in GENERIC_WORDS or b in GENERIC_WORDS:
            return None
        if _SIZED_BEFORE_ROUTE.search(text, max(0, start - 12), start):
            return None  # 20万吨/年|甲制乙(…)项目, 50万吨/年|甲制乙: the product of a plant of a stated size, not a route
        if self._firm_step(text[start:i + 1 + len(b)]) or \
                _LEGAL_FORM_RE.search(text, i + 1, k + 4 if _HAN_CHAR.match(text, k) else k):  # (not over a 。)
            return None  # 某地|甲煤制气有限公司 … 甲煤制气: a firm's name and its short name
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

    def _place_task(self, step):
        """True when `step` is a place and the part of the work done there (苏州研发, 长三角订单, 宁夏产能).

        >>> from chainatlas.loaders.extract.core import _Extractor
        >>> x = _Extractor("", "d")
        >>> x._place_task("苏州研发"), x._place_task("长三角订单"), x._place_task("苏州丝绸")
        (True, True, False)
        """
        return any(step[k:] in _PLACE_TASKS and (step[:k] in _ECONOMIC_AREAS or self._place_word(step[:k]))
                   for k in range(2, min(len(step) - 1, 5)))

    def _place_word(self, s):
        """A place: a region, or a name ending like a mountain, lake, river or bay (a town or station below the index)."""
        return self.regions.knows(s) or bool(self.regions.with_county_suffix(s)) or \
            s.endswith("新区") and self.regions.knows(s[:-2]) or \
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
        if (k := bases[-1].find("沿线", 2, 7)) >= 2 and _HAN_ONLY.fullmatch(bases[-1], 0, k) and \
                all(2 <= len(b) <= 4 and _HAN_ONLY.fullmatch(b) for b in bases[:-1]):
            return True  # 甲—乙—丙沿线物流通道: the places a line runs along, below the index or not
        if start > 2 and self.text[start - 1] == "(" and _LINE_BEFORE.search(self.text, max(0, start - 8), start - 1) and \
                any(self._place_word(b) for b in bases):
            return True
        # (the places may be quoted: 开行“甲—乙”中欧班列; or the line may be one of a list, 甲-乙、甲-丙等外输管线)
        # (_LINES_LISTED ends where a kind of line follows, the list before it empty or not; it is looked for after the
        # last step as kept, the list's 等 cut from it, and after the run)
        at = end + (self.text[end:end + 1] in _CLOSE_QUOTES)
        while self.text.startswith("“", at) and (q := self.text.find("”", at, at + 16)) > 0:
            at = q + 1  # (开通“甲—乙”“甲—丙”等国际货运班列: more quoted lines before the kind)
        k = self.text.rfind(bases[-1], start, end)
        lm = k >= 0 and _LINES_LISTED.match(self.text, k + len(bases[-1])) or _LINES_LISTED.match(self.text, at)
        if lm and (any(self._place_word(b) or b in _GREAT_REGION for b in bases) or _LINES_COUNTED.search(lm.group())):
            return True  # 甲基地—华中±800千伏: a line to a great region from a place below the index; 甲—乙、丙—丁两条
            # 直供线路: lines counted before their kind, whatever places they join
        if len(bases) == 2 and (any(_LINE_WORD.match(bases[1], k) and self._place_word(bases[1][:k])
                                    for k in range(2, min(len(bases[1]), 5))) or _PLACE_ROAD.match(bases[1])):
            return True  # …轮南—某市输气干线: the line named after the place at its far end
        if not all(self._place_word(b) for b in bases[:-1]):
            return False
        last = bases[-1]
        if self._place_word(last):
            return True
        for k in range(2, min(len(last), 5)):
            if (_LINE_WORD.match(last, k) or _AREA_AFTER.match(last, k)) and self._place_word(last[:k]):
                return True
            if _LINE_WORD.fullmatch(last, k) and _HAN_ONLY.fullmatch(last, 0, k):
                return True  # 甲—乙国中欧班列: from a place to one abroad (below no index), the line's kind closing it
        if len(bases) == 2 and _LINE_KIND_END.search(last) and any(self._place_word(last[:k]) for k in range(2, 5)):
            return True  # 甲—乙新亚欧陆海联运通道: a line named after its two ends, what it carries between, its kind last
        return False

    def _is_place_list(self, steps):
        """Places joined by dashes (铜鼓-宜丰-奉新-高安; 融入甲—乙—丙产业带; 中国—东盟博览会), not a chain."""
        def place(s, first=False, last=False):
            base, alts = _split_alternatives(s)
            cands = [base, base + "".join(alts)]
            if last or _BELT.search(base) or "和" in base:  # 高安一体化发展, 甲中药材加工带和乙: a place, then more
                cands += [base[:2], base[:3]]
            if len(base) >= 3 and base[-1] in "东西南北":
                cands.append(base[:-1])  # 哈密南—郑州: a side of a place (its station, its converter)
            if first:  # 深度融入甲: a place after the verb that leads to it (城市群与甲: after a conjunction)
                cands += [base[-2:], base[-3:], base[-4:], _AFTER_AND.split(base)[-1]]
            if any(_GEO_WORD.fullmatch(c) or c in _GREAT_REGION or _PROVINCE_PART.fullmatch(c) or _ABROAD.match(c)
                   for c in cands) or any(c in park_places for c in cands):
                return True  # (or the place a park of the text is named after: 甲—乙—丙输水干线, 甲产业园 and 乙产业园)
            if last and self._region_prefix(base) is not None and len(base) > 2:
                return True  # 甲—鄂尔多斯新能源装备: a region of any length, then what the corridor makes
            return any(self.regions.is_region_name(c) or self.regions.with_county_suffix(c) or
                       self.regions.by_county_short.get(c) for c in cands)  # (循化 of 循化撒拉族自治县)

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
