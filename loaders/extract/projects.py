"""Capacities and projects: project lists (…等项目, tables, field lines, facility lists), their owners, products
and investments as :class:`_ProjectsMixin`, with :func:`parse_project_item`, :func:`capacity_products`,
:data:`CAPACITY` and the regexes and helpers only they use.
"""

import bisect
import re

import ahocorasick_rs

from chainatlas.ontology.regions import region_index

from . import lexicon
from .lexicon import (
    _alternation, _CN_NUM, _ELEMENTS, _firm_like, FIRM_WORDS, GENERIC_WORDS, H, _is_sector_phrase, _lead_len,
    _LEGAL_FORM_ANCHORS, LEGAL_FORMS, _LIST_SPAN, _MATERIAL_FORM, MODIFIER_WORDS, normalise_product, _NOT_TRADE,
    _occurrences, _origin_named, _PARK_SUFFIX, _park_suffix_in, PARK_TYPES, _place_produce, _plausible_owner,
    _PROCESS_SUFFIX, _product_vocabulary, _sector_vocabulary, SECTOR_WORDS, _short_forms, _strip_lead, TRADE_WORDS,
    _Vocabulary,
)

# called as name.method(): bound by assignment, not imported by name (see chainatlas.loaders.extract)
_COUNT = lexicon._COUNT
_CUT_RE = lexicon._CUT_RE
_ENUM_LEAD = lexicon._ENUM_LEAD
_FARM_PRODUCE_END = lexicon._FARM_PRODUCE_END
_FIRM_ONLY = lexicon._FIRM_ONLY
_FIRM_WORD_END = lexicon._FIRM_WORD_END
_FIRM_WORD_RE = lexicon._FIRM_WORD_RE
_GENERIC_PARK = lexicon._GENERIC_PARK
_HAN_CHAR = lexicon._HAN_CHAR
_HAN_ONLY = lexicon._HAN_ONLY
_LEGAL_FORM_RE = lexicon._LEGAL_FORM_RE
_ORG = lexicon._ORG
_PARK_AT_END = lexicon._PARK_AT_END
_PARK_SUFFIX_RE = lexicon._PARK_SUFFIX_RE
_PINYIN_DEBRIS = lexicon._PINYIN_DEBRIS
_TM_DIGIT = lexicon._TM_DIGIT
_TRADE_WORDS_ONLY = lexicon._TRADE_WORDS_ONLY

__all__ = ["CAPACITY", "capacity_products", "parse_project_item", "_ProjectsMixin"]


_TRADE_AT = re.compile(rf"(?:{_alternation(TRADE_WORDS)}|(?![{_NOT_TRADE}])[{H}]业)")


# ============================================================================ capacities and projects

# energy before power: GWh and MWh must not be read as GW and MW followed by a stray h
_UNITS = (r"(?:万吨|吨|万千瓦时|万千瓦|千瓦时|千瓦|兆瓦时|兆瓦|GWh|MWh|MW|GW|万袋|万头|万只|万羽|万套|套|万台\(套\)|台\(套\)|条\(套\)|台套|台|万条|亿条|条|万平方米|"
          r"亿平方米|平方米|亿片|万片|片|万件|件|万辆|辆|亿立方米|万立方米|立方米|万锭|亿粒|万亩|亩|万台套|万台|亿只|只|亿支|万支|"
          r"亿颗|万颗|亿块|万块|亿张|万张|亿件|万箱|万瓶|万盒|万株|万根|万部|亿米|万米|千米|公里|万千伏安|千伏安|MVA|kW|MWp|GWp|万千升|千升|万升)")
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
                               r"(?:推进|建设)(?:专班|小组|问题|台账|机制)|"
                               # (a field a question or a report is about: 在新材料项目建设方面有哪些进展)
                               r"(?:建设)?方面|市场(?:空间|前景|需求)|"  # (…等项目市场空间大: kinds, a market)
                               # (the people and the unit of a builder's project: 甲公司项目经理, 项目总监, 乙项目部)
                               r"经理|负责人|总监|总工|部(?![分署])")
# quantities and qualifiers between 等 and 项目 (等8个投资5亿元以上的大项目, 等重点项目)
_PROJECT_QUALIFIER = re.compile(rf"(?:\d+(?:\.\d+)?|[{_CN_NUM}]+)(?:个|项|批)|投资|总投资|亿元|万元|以上|以下|的|"
                                r"重点|重大|大|示范|一批|批|高技术产业化|产业化|技改|绿色化改造|改造|建设|工业|新|续建|"
                                r"在建|储备|谋划|签约|开工|好|优质|标志性|引领性|带动性|一般|[\d.]+|"
                                # (a heading's classes joined: 重点在建及扩建项目, 新建和改扩建项目)
                                r"扩建|改扩建|新建|拟建|及|和")
# what makes a project item specific when no 等-list vouches for it: a facility or product noun at its end
_FACILITY_WORDS = ("基地", "中心", "电站", "矿井", "配电网", "电网", "管网", "生产线", "工厂", "厂", "园", "线", "站", "组件",
                   "电池", "汽车", "装置", "机组", "材料", "设备", "装备", "产业化", "一体化", "搬迁改造", "扩能改造", "改扩建",
                   "技改", "一期", "二期", "三期", "中试")
_FACILITY = re.compile("(?:" + "|".join(_FACILITY_WORDS) + ")(?:示范)?(?:建设)?$")
# the last characters of _FACILITY's words (示范 and 建设 too): a match ends with one, at the end or before a line
# break that ends the string
_PJ_FACILITY_LAST = frozenset(w[-1] for w in (*_FACILITY_WORDS, "示范", "建设"))
_PJ_CATEGORY = re.compile(r"领域|行业|方面|方向|类|产业$|低碳$|环保$|节能$|民生$|基础设施$|公共服务$|社会事业$")
_RENOVATION = re.compile(r"改造|技改|扩建")
# the renovations that name a work of their own (甲公司扩能改造); 技术改造 alone is any firm's upgrading, no project
_RENOVATION_LEAD = ("扩能", "搬迁", "升级", "节能")
_PHASE_BACK = re.compile(rf"[{_CN_NUM}\d]+$")
_PJ_BUILD = re.compile(r"加快|推进|推动|实施|建设|开工|启动|建成")
_LEGAL_BEFORE = re.compile(rf"(?:{_alternation(LEGAL_FORMS)})$")
_PJ_STRONG = re.compile(r"实施|建设|推进|推动|加快|开工|落地|落户|签约|对接|争取|打造|谋划|储备|启动|建成|投产|竣工|投运|并网|完工|完成|洽谈中|正在洽谈")
_PJ_STRONG_VERB = re.compile(r"实施|加快|推进|推动|开工|落地|签约|对接|建设|争取|启动")
_PJ_ALREADY = re.compile(r"^[已正将]")
# when a project's progress happened, between 项目 and the word of its progress (项目2023年投产, 项目于6月投产)
_PJ_WHEN = re.compile(r"于?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:份|底|初|内|前(?!期)|中旬|上旬|下旬)?")
_PJ_ALREADY2 = re.compile(r"^(?:建设)?[已正将]?")
# the time of a clause on a project, after the comma that closes its name (甲项目,目前|正在建设)
_PJ_NOW = re.compile(r",(?:目前|当前|现阶段|截至目前)(?=[已正将在])")
# a heading that opens a list of key projects (重点项目: 加快建设…, 推进…基地建设, …)
_PJ_HEADING = re.compile(r"重点项目\s*:")
# a line that lists projects of one stage after a heading (续建项目: 甲项目;乙项目. 新开工项目: …): each item is a
# project, in the heading's stage
# the header row of a project table, and what its columns hold
# (a table without a name column names each project by what it builds: 序号 企业 项目内容及规模 阶段)
# (or the project column is the last: 宗地编号 … 竞得人 拟建项目)
_PJ_TABLE_HEADER = re.compile(r"^[^\n]*项目(?:名称|(?:建设)?内容(?:及规模)?)?(?:\t[^\n]*)?$", re.M)
_PJ_CONTENT_HEAD = re.compile(r"(?:建设)?内容(?:及规模)?\t")
# (and a table of the schemes an audit found, each with its investment: 序号 企业名称 方案名称 主要内容 投资 实施情况)
_PJ_LEAD_TABLE_HEADER = re.compile(r"[^\n]*\t(?:线索|电站|场站|站点)名称\t[^\n]*|[^\n]*\t方案名称\t[^\n]*投资[^\n]*")
_PJ_TABLE_COLUMNS = (
    # (a column named for the kind of project it lists: 配套产业项目, 招商项目名称, 拟建项目)
    # (and a list of investment leads: 线索名称, each lead a project being courted)
    # (not the items a check tests, 不合格项目, 检验项目: properties, no works)
    ("name", re.compile(r"^\s*(?:建设|重点)?项目(?:名称)?\s*$|^\s*项目名称|^\s*(?!(?:不合格|检验|检测|抽检|抽查|考核|评价|评分)项目)"
                        r"[\u4e00-\u9fff]{2,6}项目(?:名称)?\s*$|"
                        r"^\s*(?:项目)?线索名称\s*$|^\s*项目(?:建设)?内容(?:及规模)?\s*$|"
                        # (a table of power plants: 序号 发电企业 电站名称 类型 装机容量, each plant a project)
                        r"^\s*(?:电站|场站|站点|方案)名称\s*$|"  # (站点名称: a table of filling stations)
                        # (a fund's table: 投资方向/项目, the project each investment goes to)
                        r"^\s*[\u4e00-\u9fff]{2,6}/项目(?:名称)?\s*$")),
    ("owner", re.compile(r"建设单位|实施单位|业主单位|项目单位|承建单位|建设主体|实施主体|企业名称|项目业主|"
                         r"(?:签约|投资|合作|引进|申报|落户|入驻|意向)(?:企业|单位|主体|方)|项目法人|法人单位|责任企业|^\s*乙方|^\s*企业\s*$|"
                         r"竞得人|受让人|受让方|^\s*发电企业\s*$|被投(?:资)?企业")),
    # (签约企业, 投资方; a signing table's 甲方 is the government that signs, its 乙方 the investor)
    ("stage", re.compile(r"建设性质|进度|建设阶段|项目阶段|项目状态|阶段|状态|性质|实施情况|进展情况")),
    ("invest", re.compile(r"总投资|^\s*(?:计划|拟|项目)?投资(?:额|金额|规模)?\s*(?:\((?:亿元|万元)\))?\s*$")),
)
# what a firm is to the company that writes (an announcement, an annual report): 公司控股子公司|甲有限公司…项目
# (or a firm's own name: 甲生物全资子公司|乙有限公司…项目)
_PJ_SUBSIDIARY_LEAD = re.compile(r"(?:本|该|其|[\u4e00-\u9fff]{2,8}?)?(?:公司|集团)?(?:旗下)?(?:全资|控股|参股|下属)子公司|"
                                 r"(?:本|该)?(?:公司|集团)(?:下属|旗下)(?:企业|公司)|"
                                 r"(?:其|该公司)?子公司")  # (其子公司|甲有限公司…: the subsidiary of the firm before)


def _subsidiary_lead_len(item):
    """The length of what a firm is to the company that writes, in front of its registered name (公司控股子公司|甲有限公司
    年产…项目), or 0."""
    rel = _PJ_SUBSIDIARY_LEAD.match(item)
    return rel.end() if rel and _LEGAL_FORM_RE.search(item, rel.end(), rel.end() + 40) else 0


# the papers a project is reviewed by, and the size that makes the words before 项目 one project's name
_PJ_PAPER_WORDS = ("节能报告", "节能审查", "节能评估")
_PJ_SIZED_BEFORE = re.compile(r"年产(?:能)?[\d.]+|[\d.]+(?:万|亿)?(?:吨|千瓦|GW|MW|套|台)(?!\d)")
_PJ_PARK_TRADE = re.compile(rf"{_PARK_SUFFIX}(?:产业|工业)$")
_COST_COLUMN = re.compile(r"(?:[一二三四五]期|合计|小计|总计|金额|占比|比例|比重|备注|(?:收费)?标准|价格|单价|费用|说明)(?:\(.{1,6}\))?")
_COMPARED_COLUMN = re.compile(r"\t\s*(?:(?:申报|核实|核定|审定|计划|完成|实际|目标|预计|上年|本年)(?:数|值|额)|差异|差额|偏差|增减)\s*(?:\t|$)")
_SCORE_COLUMN = re.compile(r"满分|得分|分值|扣分|评分")
# the header of an indicator table (指标, 2022年, 2025年; 序号 指标名称 单位 …), not of a list of projects (a column of the
# quota each project is given, 分配指标, is a project's figure)
_INDICATOR_HEADER = re.compile(r"\t\s*(?:19|20)\d{2}年?\s*(?:\t|$)|(?:^|\t)\s*(?:主要|考核|核心|发展|具体)?指标(?:名称|类别)?\s*(?:\t|$)|"
                               r"指标(?:名称|值|类别)")
# a photo's caption, with its photographer's credit split into cells like a row (图为…。记者\t某某\t摄)
_PHOTO_CAPTION = re.compile(r"\(?图(?:为|片|示|:)|[^\n]*(?:记者|摄影)\t[^\t\n]{2,4}\t摄\)?\s*$")
_PJ_NAME_CELL = re.compile(r"^\s*项目(?:名称)?\s*$|^\s*项目名称")
_TABLE_STAGE = re.compile(r"新开工|开工|新建|续建|在建|竣工|投产|建成|签约|前期|谋划|储备")
_TABLE_STAGE_OF = {"新开工": "开工", "开工": "开工", "新建": "开工", "续建": "在建", "在建": "在建", "竣工": "竣工",
                   "投产": "投产", "建成": "投产", "签约": "签约", "前期": "谋划", "谋划": "谋划", "储备": "谋划"}
# a count after 项目 counts projects of a kind (签约某某项目23个); a phase after it is the project's (项目(二期))
_PJ_COUNT_AFTER = re.compile(rf"(?:有|共有|共|达|计)?(?:\d+|[{_CN_NUM}百]+)[个项]")  # (…的项目有5个: a count)
_PJ_PHASE_AFTER = re.compile(rf"\(?(?P<ph>[{_CN_NUM}\d]{{1,2}}期)(?:工程)?\)?")
# what a project does after its name, in reports of progress (甲项目完成主体工程, 乙项目满负荷生产, 丙项目达产达效)
_PJ_PROGRESS = re.compile(r"(?:当年|年内|已|顺利|全面|正在|正)?(?:(?:开展|完成|启动)(?:可行性研究|可研)|完成主体|主体完工|主体封顶|主体厂房封顶|完成中交|完成设备安装|进入试生产|满负荷|满产|达产|达效|试生产|试运行|"
                          r"投入使用|投入运营|进入安装|建成送电|(?:完成|开展|启动)前期(?:工作|论证)|完成(?:备案|立项|核准|环评)|"
                          r"(?:进行|开展|完成)?(?:场平|土建施工|桩基施工|基础施工|设备安装|设备调试|钢结构吊装))")
# business words a registered name ends with that its short form drops (某某连接技术有限公司 -> 某某连接)
_SHORT_TAIL = re.compile(r"(?:技术|科技|实业|控股|股份|发展|投资|工贸|商贸|制造)$")
# the words of progress that close a list of named facilities written without 项目 (see _facility_list)
_FACILITY_PROGRESS_WORDS = ("建成投产", "开工建设", "前期工作", "建成送电", "投入使用", "建成投运", "建成使用", "竣工", "建设",
                            "通水", "通电", "通车", "贯通",  # (the works of a line between places: 甲至乙供水工程通水)
                            # (a plant's progress on site: 某县年产…生产线完成设备安装, 主体完工, 进入试生产)
                            "完成设备安装", "主体完工", "进入试生产")
_CLAUSE_STOPS = (",", ";", "。", "\n")
_ROW_NUMBER = re.compile(r"\d{1,3}\t")  # (the number that opens a table's row)
_TABLE_GOES_ON = re.compile(r"\n?[ \t]*(?:续表|\(续表\)|续上表)[ \t\d]*\n")  # (a table continued on the next page)
_TOTAL_CELLS = lexicon.TOTAL_CELLS
# a line of labelled fields (甲方:…  乙方:…  项目:…  金额:…): each label, its value up to the next field
_PJ_FIELD = re.compile(r"(?P<label>甲方|乙方|丙方|项目名称|项目单位|项目|投资方|签约企业|签约单位|建设单位|企业名称|企业|金额|签约金额|"
                       r"总投资|投资额|建设地点|地点)\s*:\s*(?P<value>[^\t\n;:]+?)(?=\s{2,}|\t|;|\s*$|\s*\n)")
_PJ_FIELD_NAME = re.compile(r"项目(?:名称)?\s*:")
_PJ_FIELD_SEPS = frozenset(" \t;.、)")  # what stands before a field's label on its line
_PJ_FIELD_NEXT = frozenset(":名 \t\u3000")  # what may follow 项目 in a field's label (项目:, 项目名称:, 项目 :)
_PJ_FIELD_OWNERS = ("乙方", "投资方", "签约企业", "签约单位", "建设单位", "项目单位", "企业名称", "企业")
# (a line that opens with a field's label; its characters may be spaced out to align: 建 设 地 点:)
_PJ_FIELD_LINE = re.compile(rf"[ \t]*(?:[{H}]{{2,8}}|[{H}](?: [{H}]){{1,5}})[ \t]*:")
_PJ_FIELD_AMOUNT = re.compile(r"约?(\d+(?:\.\d+)?)\s*(亿|万)元")
_PJ_SECTION_COUNT = re.compile(r"[(（]\d{1,3}个[)）]\s*$")  # (a section's count of projects: 续建项目(12个))
_FIGURE_CELL = re.compile(r"[\d.,%-]+")
# an accredited platform's title (省级某某工程研究中心): a rank, not works
_PJ_ACCREDITED = re.compile(r"^(?:国家级|省级|自治区级|市级)[^,;。]{0,16}(?:工程研究中心|工程技术研究中心|企业技术中心|技术创新中心|"
                            r"制造业创新中心|重点实验室|工业设计中心)$")
# a research topic (…关键技术研究, …国产化研制, …轧制工艺研究, …合金开发, …旋压成形技术): a task of a science programme,
# not works (a project named after what it builds ends with a product, a line, a centre or a base)
_PJ_RESEARCH = re.compile(r"(?:研究|研制|攻关|(?<![生产])技术|(?:材料|合金|工艺|平台|系统|软件|产品|钢带|方法)开发(?:及应用)?|"
                          r"开发及应用|"
                          # (a science plan's topics: …研发(与应用示范), …技术(集成)示范, …工艺优化(与推广), …效益监测,
                          # …修复机制, …联合实验室, …技术合作)
                          r"(?:技术|系统)研发|研发与应用(?:示范)?|技术(?:集成)?示范|优化(?:与推广)?|监测|机制|实验室|技术合作)"
                          r"(?:项目|课题)?$")  # (not a product's 研发 alone: 专用无人机研发 builds a line)
# a programme a science or funding plan runs (重大科技专项, 揭榜挂帅专项) and a share of the projects (也有部分|项目,
# 还有一些|项目): no project named
_PJ_PROGRAMME_END = re.compile(r"(?:专项|部分|一些|个别|若干|少数)$")
_PJ_DONE_INSIDE = re.compile(r"完成|举行")  # (a verb of progress inside a name: the name ended before it)
_PJ_PART_OF = re.compile(r"配套建设|同步建设|主要建设|[一二三四]期(?:再|将|拟|计划)?建设")
_PJ_SITE_WORDS = ("现场", "建设现场", "施工现场", "生产现场", "工地")
# the field of a project's card that says what it builds (建设内容:, 建设内容及规模:, 主要建设内容:)
_PJ_CONTENT_FIELD = re.compile(r"[ \t]*(?:主要)?(?:建设内容|建设规模)(?:及规模|及内容)?[ \t]*:")
# the number of a card in a list of them, before its 项目名称: field (3.|项目名称:…, (3)|项目名称:…)
# a card's numbered heading that names a firm (1.甲有限公司(以下简称甲)) and a labelled line below it (所在园区:…)
_CARD_FIRM_HEAD = re.compile(rf"\s*(?:\d{{1,2}}\s*[.、]|\(?[{_CN_NUM}]{{1,3}}[)、])\s*(?P<firm>[{H}()]{{4,40}}?(?:有限责任公司|有限公司|集团))"
                             rf"(?:\([^()\n]{{0,20}}\))?\s*$")
_CARD_FIELD_LINE = re.compile(rf"\s*[{H}]{{2,10}}\s*:")
_PJ_CARD_NUMBER = re.compile(r"\s*(?:\d{1,2}[.、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)\s*")
# the areas of a zone's layout, counted after their list (甲园、乙园和丙园三个片区)
_AREAS_COUNTED = re.compile(r"[两二三四五六七八九十\d]+个(?:片区|园区|园|组团|板块|功能区)")
# the kinds of building listed before a class of projects (新建、改建、扩建…项目)
_BUILD_KINDS = frozenset(("新建", "改建", "扩建", "续建", "迁建", "技改", "改扩建"))
# a size class or an area of projects, not a name (亿元以上产业项目, 华池一带新能源项目, 省内新能源项目)
_PJ_CLASS_WORDS = re.compile(r"[亿万]元以上|[^,。]一带|^(?:省|市|县|区|境)内")
# a routine's period inside an item (甲高新区要于每月5日前更新|项目台账): a duty, no project's name
_PJ_ROUTINE = re.compile(r"每[月年季周日天]|[日月]前")
# (其 opening a word, not a firm's pronoun: 其他, 其中, 其余, 其次, 其实, 其后…)
_NOT_PRONOUN_NEXT = frozenset("他它中余次实后前间")
# the words of a clause that stand where a project's owner would (此前该公司…, 若甲二期推迟, 其年产…, 正在谋划…)
_OWNER_CLAUSE_LEAD = re.compile(r"此前|该|若|其|无法|直接|正在|尚|仍|已经|曾")
# the projects of a stage, counted or listed, named by it (新签约项目, 新开工项目): a kind, no project
# (and the chains, fields, campaigns and events a text names with 项目 or beside it: 三地重点产业链, 焦化及化产领域,
# “某某”招工行动, “某某”工业项目观摩活动; the plants of a stage, 主要在建及拟建焦化)
# (and the projects of a period, 某市上半年|项目建设汇报, 全县一季度|项目)
_PJ_KIND_END = re.compile(r"(?:新签约|新开工|新签|新引进|新落地|新入驻|重点产业链|领域|行动|活动|上半年|下半年|[一二三四]季度)$|"
                          r"在建及拟建|拟建及在建")
# what points back at a project named before (这个项目, 该项目, 本次签约项目, 此次投资的项目)
_PJ_DEICTIC_END = re.compile(r"(?:这个|那个|这一|这些|本次|此次|这次|上述)(?:签约|新签|投资|落地|引进|建设)?的?$")
# words of products and processes that open with 等 (等静压石墨, 等离子体): no list closes at their 等
_DENG_WORDS = ("等静压", "等离子", "等轴", "等温", "等径")
# a use of raised funds that builds nothing (补充流动资金, 偿还银行贷款, 偿还有息债务)
_PJ_FUNDS_USE = re.compile(r"(?:补充|偿还|归还)(?:公司|发行人)?(?:流动资金|营运资金|运营资金|银行贷款|有息(?:负债|债务)|"
                           r"债务|借款|公司债券)")
# (or the words that open it: 上述配套产业项目, 以上新能源项目, 前述项目)
# (and a part of the projects spoken of: 部分储能、煤化工项目用能…; a project pointed at in speech: 某地那个绿氢项目)
# (and the batch a list publishes, 本批产业类项目; the items left out, 除上述…)
_PJ_DEICTIC_LEAD = re.compile(r"(?:除?上述|前述|以上|这些|这批|本批|该批|此批|此类|该类|部分|个别|少数|多数|.{0,6}?(?:那个|这个|那些))")
# words that point back to a firm (公司二期项目, 该企业三期): no name of their own
_PJ_ANAPHORS = ("公司", "该公司", "本公司", "我公司", "企业", "该企业", "集团", "该集团", "我们", "项目", "该项目", "本项目",
                "本", "该")
# a project followed by what it builds (某某中心项目|新建冷库2万吨, 某某项目|占地300亩)
_PJ_CONTENT_AFTER = re.compile(r"(?:主要|拟|计划)?(?:新建|改建|扩建|占地|建设内容|规划建设|总建筑面积)")
# a unit that acts on the projects after it (某县某局要对|甲、乙等项目开展检查)
_PJ_ADDRESSEE = re.compile(r"(?:局|委|厅|办|府|会|部|组|室|机构|银行)(?:要|应|须|必须|将|需)?对(?![接外标口于比照应称])")
# a subject (a place, a zone, a firm) and its coverb or modal in front of 项目 (某县把|项目建设…, 甲公司在|项目投产后,
# 某区对|甲风电、乙园等项目实行…, 某县分别建立|项目台账): who acts, not a part of the name; a modal leaves no name
# a size written inside a project's name (20万千瓦, 10万千瓦/40万千瓦时, 200MW/800MWh): left out when it is named again
_PJ_SIZE_IN_NAME = re.compile(r"[\d.]+(?:万|亿)?(?:千瓦时|千瓦|兆瓦时|兆瓦|MWh|MW|GWh|GW)"
                              r"(?:/[\d.]+(?:万|亿)?(?:千瓦时|千瓦|兆瓦时|兆瓦|MWh|MW|GWh|GW))?")
_PJ_SUBJECT_VERB = re.compile(r"(?:区|县|市|州|旗|公司|集团|企业|园)(?:(?:要|应|须|将|也|还|已)?(?P<cv>对|把|将|在|受(?:益于)?)(?![接外标口于"
                              r"比照应称建谈库地])|(?:要|应|须|需|分别|均|各自)(?=[\u4e00-\u9fff]{1,2}$))")
# places counted after the last of them (甲、乙两县, 丙、丁两地): what follows is of all of them (also read as a
# whole item, 甲-乙-丙三区和…新签约项目: where projects are, none named)
_PJ_PLACES_COUNTED = re.compile(r"[两三四五六几多各](?:县区|县|市|区|地|镇|乡|旗)")
# what a venue offers its visitors, written between 等 and 项目 (甲、乙等互动体验项目, 等研学项目)
_PJ_VISIT_KIND = re.compile(r"体验|互动|游乐|娱乐|研学|科普|游览")
# an investment's figure on a project's line (…项目,年产…,总投资2.3亿元)
_PJ_INVEST_FIGURE = re.compile(r"投资(?:约|近|超过?)?[\d.]+(?:亿|万)元")
# the money a project has received, said right after it (甲项目实际到位资金…, 乙项目到位资金…): a project under way
_PJ_FUNDS_AFTER = re.compile(r"(?:实际|累计|当年)?到位(?:资金|内资|外资)")
# a phase written at the end of a project's name, in brackets or not (甲产业园(一期), 乙基地二期)
# (written after 项目 as well: 甲项目(一期), whose name without its phase is 甲)
_PJ_PHASE_TAIL = re.compile(rf"(?:(?<=..)项目)?\(?[{_CN_NUM}\d]{{1,2}}期\)?$")
# the part a unit takes in a works, noted after its name in a table's cell (甲工程(监理), 乙项目(施工))
_BUILDER_ROLE_NOTE = re.compile(r"\((?:监理|施工|设计|总承包|EPC|代建)\)$")
# the end of a kind of work, not of a works' name (甲余热回收, 乙变频改造, 丙升级: beside 一批, kinds of works)
_PJ_KIND_OF_WORK_END = re.compile(r"(?:改造|回收|利用|升级|替代|优化)$")
# a head count or size inside a name (甲2000头牦牛繁育场, 乙5万只蛋鸡场)
_PJ_HEAD_COUNT = re.compile(r"(\d+(?:\.\d+)?)(万?)(头|只|羽|吨|台|套)")
# two parties and the project they talk about (甲与乙管委会就|…项目达成意向)
# (the first party may be the clause's subject, written before: 与|一家龙头企业就|年产…项目达成意向)
_PJ_TOPIC_FRAME = re.compile(r"(?P<firm>[\u4e00-\u9fff]{2,16}?)?(?:与|同|和)[\u4e00-\u9fff]{2,16}?就")
# 制 of a route inside a would-be owner (秸秆制生物|天然气), not of a trade (甲制药, 乙制品)
_ROUTE_IN_OWNER = re.compile(r"制(?![药造品剂衣])")
# a word that gives an example or a condition in front of an item (如|甲煤制甲醇等项目, 比如|乙项目; not 如意)
_PJ_EXAMPLE_LEAD = re.compile(r"(?:例如|比如|譬如|诸如|如(?!意)|主要是|主要为|得益于)")
# an ordinal in front of an item (第3项|甲硅材料项目, 第二个|乙项目)
# (not 第三批: a batch; 序号1企业|甲…项目: a note on a table's row names the row before its firm)
_PJ_ORDINAL_LEAD = re.compile(rf"第[{_CN_NUM}\d]{{1,3}}(?:项|个|条)|序号\d{{1,3}}(?:的)?(?:企业|单位|项目)?")
# a name cell without 项目 that names work, not works: projects of a kind or a place (县域重点项目综合推进, 甲产业园
# 项目集群) or a service (竞赛组织服务, 要素协调保障)
_CELL_WORK_NOT_WORKS = re.compile(r"项目(?:综合|集群|群$|推进)|(?<=..)(?:服务|推进|保障|协调)$")
# the verb of pushing inside a listed item (甲、乙产业链要加快推进|丙年产…项目): what is pushed follows it
_PJ_PUSH_IN = re.compile(r"(?:要|应|需|须|将)(?:加快|加速|全力|积极|持续|着力)?推进|(?:加快|全力|着力)推进")
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
                   "贯通": "竣工", "完成设备安装": "在建", "主体完工": "在建", "进入试生产": "投产"}
# what a named facility ends with; the classes of facilities a list may end with (等基础设施建设)
# (a park itself is not among them: 推动某某氢能产业园建设 builds a park; nor a designation: 某某产业基地, 示范基地)
_PJ_FACILITY_NOUN = re.compile(r"(?:基地|中心|工厂|厂|电站|变电站|厂房|管廊|供热|供水|供气|生产线|中试线|片区|风电|光伏|铁路线|专用线|示范工程)"
                               r"(?:提标改造|改扩建|扩建|扩能改造|改造)?$")
# a note of size or figures closing a facility's item (某园区标准化厂房三期(12万平方米)); a phase closing it
# verbs between a firm and the renovation it carries out (甲集团开展某装置节能改造)
_RENOVATION_VERB = re.compile(r"(?:开展|实施|推进|完成|启动)")
# the label of a project card's field of contents (3.建设内容:…, 主要建设规模:…)
_CONTENT_LABEL = re.compile(r"(?:建设(?:内容|规模)|项目概况)\s*:")  # (a card's field of what is built)
# a firm's plant told without the word 项目 (甲有限公司实施|年产2万吨某产品扩能技改; 乙科技公司通过建设|年产1.5万吨某
# 压铸件生产线): the verb before the size, who builds it before the verb, the plant's word at the clause's end
_PJ_PLANT_VERB = re.compile(r"(?:通过|正在|正|已|将|拟|计划|积极|加快)?(?:投资|开工|启动)?(?:新建|建设|实施|扩建)$")
# the progress that closes the clause of a plant told without 项目 (…生产线已投产, …正在建设)
_PJ_PLANT_PROGRESS = re.compile(r"(?:已经|已|正在|目前已|于[^,;。\n]{2,10}?)?(?:建成投产|竣工投产|投产|竣工|开工建设|开工|加快建设|建设)$")
_PJ_PLANT_END = re.compile(r"(?:生产线|产线|装置|车间|工厂|扩能技改|技改|技术改造|扩能改造|升级改造|扩建)$")
_RENOVATED_PLANT = re.compile(r"装置|生产线|电解槽|炉|窑|矿井|机组|管网")
_FACILITY_NOTE = re.compile(r"\((?=[^()]*\d)[^()期]*\)$")
_PJ_PAREN_PHASE = re.compile(r"\(([一二三四五六七八九十\d]+期)\)$")
_MAGNITUDE_LEAD = re.compile(r"[万千百亿]+(?:[头只吨台套件辆座亩羽袋]|千瓦|平方米)")
_PJ_PLANT_WORDS = ("", "生产线", "基地", "工厂", "厂", "车间")  # 某产品生产线: the plant of a firm's product project
_PJ_ITEM_WHEN = re.compile(r"于?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|(?<!\d)\d{1,2}月)(?:份|底|初|中旬|上旬|下旬)?$")
_PHASE_END = re.compile(rf"[{_CN_NUM}\d]{{1,2}}期$")
# the time an item of a list is to be done by, and the stage, closing it (甲二期|2025年底前建成、乙项目年内开工)
_PJ_ITEM_DUE = re.compile(r"(?:于|在)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?|年内|年底|明年|今年)(?:底|初|中|上半年|下半年)?(?:前|内)?"
                          r"(?:全面)?(?:建成投产|建成|投产|开工|竣工|完工|达产)$")
# an item that is a phase alone (支持甲公司建设|二期|项目): the phase of the firm written before the verb
# a project named only by the parts it integrates (风光储一体化, 源荷储一体化示范)
_PJ_JOINED = re.compile(rf"([{H}]{{2,5}})一体化(?:示范)?")
# (or the firm the clause opens with: 甲有限公司谋划建设|乙生产线; the firm must be one the text names)
_FIRM_BUILDS = re.compile(rf"(?:支持|鼓励|引导|推动)?([{H}A-Za-z]{{2,24}}?)(?:正在|正|计划|拟|将)?(?:谋划|加快|投资)?(?:建设|筹建)")
_FRAME_END = re.compile(r"为(?:抓手|重点|龙头|引领|牵引|核心|支撑|突破口|载体|依托)")
_PJ_PHASE_ONLY = re.compile(rf"[{_CN_NUM}\d]{{1,2}}期(?:工程)?")
_PJ_PHASE_VERB = re.compile(r"(?:加快|启动|推进|实施|开工)?建设$|(?:加快|启动)?(?:推进|实施)$")
_PJ_DESIGNATION = re.compile(r"(?:产业|工业|示范|产业化|集聚|聚集|集群)基地$")
# a superlative (最优, 最实, 最大): how a speaker says something is done, never part of a project's name
_SUPERLATIVE = re.compile(r"最[优实好佳快强大高新低短]")
# a line of units under a table's header, its columns' units written apart ((亿元)(亿元)\t(亿元))
_UNITS_LINE = re.compile(r"[ \t\u3000]*(?:\((?:亿元|万元|元|万吨|吨|%|个|家|亩|MW|GW|万千瓦|平方米|万平方米)\)[ \t\u3000]*)+")
# a stage written right after a phase, closing an item of a list of tasks (抓好甲一期投产、乙项目投产)
_PHASE_STAGE_END = re.compile(r"(?<=[一二三四五六七八九十]期)(?:建成投产|开工|投产|竣工|满产|达产|达效|达产达效)$")
# the power and mass units a capacity may be written in, in kilowatts and tonnes
_BASE_UNITS = {"GW": ("kW", 1e6), "MW": ("kW", 1e3), "万千瓦": ("kW", 1e4), "千瓦": ("kW", 1.0), "kW": ("kW", 1.0),
               "万吨": ("t", 1e4), "吨": ("t", 1.0)}


def _other_size(a, b):
    """Whether two capacities ``(product, value, unit)`` are different sizes: the same unit or units that convert
    (2GW and 100万千瓦, kilowatts) with different values; units that do not convert (台, 套) are not compared.

    >>> _other_size(("甲", 2.0, "GW"), ("甲", 100.0, "万千瓦")), _other_size(("甲", 1.0, "GW"), ("甲", 100.0, "万千瓦"))
    (True, False)
    """
    ua, ub = _BASE_UNITS.get(a[2], (a[2], 1.0)), _BASE_UNITS.get(b[2], (b[2], 1.0))
    return ua[0] == ub[0] and a[1] is not None and b[1] is not None and round(a[1] * ua[1], 3) != round(b[1] * ub[1], 3)

# a zone (never a project itself), then at most a kind of its projects (甲经开区|锂电, 乙高新区|部分|氢能)
_ZONE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:经济技术开发区|高新技术产业开发区|经开区|高新区|经济开发区|开发区|工业园区|"
                        r"工业集中区|工业区)(?:部分|有关|相关|重点|其他)?(?P<rest>[\u4e00-\u9fff]{0,8})")
_LINES_COUNTED_ONLY = re.compile(rf"(?:\d+|[{_CN_NUM}]+)条(?:生产线|产线|生产装置)")
# a numbered line that opens by naming one project, then a full stop (4.甲公司某某综合利用项目。…)
_PJ_NUMBERED_HEAD = re.compile(r"\s*\d{1,2}[.、][^。\n]{2,40}?(?:项目|工程)。")
_PJ_FACILITY_CLASS = re.compile(r"(?:(?:民生|社会事业|公共服务|交通|水利|市政)[和及与、]?)?(?:重点|重大)?"
                                r"(?:基础设施|配套设施|公共设施|设施|公共配套)")  # (甲中心、乙厂二期等公共配套项目)
# words of time in front of a project item (去年|年产10万吨…项目建成投产): never part of its name
# (2026年是|甲一期项目建设的攻坚之年: the year the sentence is about, then its copula)
_PJ_TIME_LEAD = re.compile(r"(?:(?:19|20)\d{2}年|今年|明年)是|(?:去年|今年|明年|当年|同年|次年|年内|全年|近年|近期|目前|当前|现已|本次|此次|(?:本)?报告期内?)(?:以来)?|"
                           + lexicon._DAY_TIME)  # (a log's or a chat's day and time)
# the count that closes a list of projects written without 等 (甲、乙、丙3个项目)
# the count of the projects of the places or firms before it (甲园区、乙园区的6个项目)
_PJ_OF_COUNT = re.compile(rf"的(?:\d+|[{_CN_NUM}]+)个$")
_PJ_LIST_COUNT = re.compile(rf"(?:\d+|[{_CN_NUM}]+)个$")
# works named with 工程 (see find_named_works): what it builds, and what follows or leads into it
_WORKS_MARK = re.compile(r"\d|千伏|输变电|输电|送出|变电|管网|管廊|供水|供排水|排水|水源|污水|中水|再生水|治理|开拓|开采|扩建|"
                         r"扩容|扩能|提标|制酸|冶炼|选矿|电解|机组|风电场|电站|专用线|铁路|公路|道路|[一二三四五六]期|第[一二三四五六]期")
_WORKS_PROGRAMME = re.compile(r"行动|提升工程$|培育|示范工程$|强链|补链|延链|人才|培训|素质|品牌|质量|创新|计划|攻坚|引领|民生|惠民|"
                              r"民心|系统工程|一号工程|德政|形象|重点工程|骨干工程|标志性|[一二三四五六七八九十两多]+大")
_WORKS_NAME_GOES_ON = re.compile(r"师|机械|技术|建设领域|质量|款|量|造价|监理|招标|施工|咨询|总承包|承包|设计|公司|局|处|学|院|兵")
# (the kind of works closing the name, and what names no works before it: a size, a voltage, the park, a frame)
_WORKS_KIND = re.compile(r"(?:第?[一二三四五六]期|输变电|输电|送出|扩建|扩容|改造|提标改造|治理|管网|道路|公用|主体)?工程$")
_WORKS_GENERIC = re.compile(r"[\d.×\s]+(?:千伏|kV|KV|MW|万千瓦|兆瓦)?|园区|基础设施|配套|公用|集中|目前|约定|土建|道路|管网|提质|[和及与]")
_WORKS_YEAR = re.compile(r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?:份|底|初)?")
_WORKS_PROGRESS = re.compile(r"加快建设|正在建设|在建|加快推进|前期工作|主体|完成")
_WORKS_VERB = re.compile(r"推进|加快|实施|建设|开工|续建|新建|启动|配套")
# a count of projects and the names that follow it (新开工项目5个,分别是|甲、乙和丙; …项目3个,分别为…)
_PJ_COUNT_BEFORE = re.compile(rf"(?P<st>开工|竣工|投产|签约|在建|续建)?项目(?:\d+|[{_CN_NUM}]+)个[,:]?$")
_PJ_COUNTED_NAMED = re.compile(r"分别(?:是|为)\s*:?(?P<items>[^;。\n]+)")
_PJ_COUNTED_SPLIT = re.compile(r"、|和(?=[^、]*$)")
_PJ_DONE_AFTER = re.compile(r"落地|落户|开工|建成|投产|竣工|投运|投用|并网|完工")
# a tender's or a notice's words for its own project, before its name (本招标项目|甲项目(一期)已由…批准建设)
_PJ_TENDER_LEAD = re.compile(r"(?:本|该)(?:招标|采购|公示|备案)项目")
# a project approved by a named body (甲项目(一期)已由某县发展和改革局以…号批准建设): one named project
_PJ_APPROVED_AFTER = re.compile(r"(?:已经?)?由[^。;\n]{2,40}?(?:批准|核准|备案|审批)")
_PJ_NOT_NAME = re.compile(r"(?:重点|重大|各类|有关|相关|加快|加速|推进|推动|做好|抓好|确保)(?:建设)?$|^(?:可|能|将|为|对|给|满足|符合|入园|落地|招商|签约|新建|在建|续建|"
                          r"保障|降低|减少|提高|影响|制约|无法|不能|难以|直接服务|服务于|全[省市县区州旗](?=..)|授予|表彰|列入|纳入|欢迎|"
                          r"涉及?(?=..))|投向"  # (全市|新能源项目: all of a place's; 授予|甲公司…: an award's
                          # winners; 保障|甲和乙项目用能: what projects
                          # need, none named; 无法满足|甲、乙等高耗水项目, 直接服务|园区…项目: what a works serves;
                          # 拟列入|市级人才项目: the programme a firm is put in; 涉|甲品、乙冶炼项目: projects of a kind;
                          # 基金重点投向|甲项目: what a fund is for)
                          r"|^[\u4e00-\u9fff]?(?:入园|入驻|招商|引进)$|新?入库$|新入园$|新入驻$|情况$")  # (甲开发区新入库|项目较多: projects newly listed; 集团基本情况、…项目: a report's parts)
# (甲项目计划总投资9.8亿元, 乙项目(一期)计划投资11亿元: the figure planned)
_PJ_INVEST_AFTER = re.compile(r"[,(.]?(?:计划|预计|拟)?(?:总投资|投资)(?:约|达|为)?\d+(?:\.\d+)?(?:亿|万)元(?P<rest>[^;。\n()]{0,16})")
_PJ_STAGE_HEADING = re.compile(r"(?:^|[\n。;])[^\n。;:]{0,12}?(?P<h>续建|新开工|新建|竣工投产|建成投产|投产|竣工|签约|在建|开工|"
                               r"重点|重大|计划)(?:的)?(?:重点|重大)?项目(?:有|包括)?\s*:(?P<items>[^\n。]*)$")
_HEADING_STAGE = {"续建": "在建", "在建": "在建", "新开工": "开工", "开工": "开工", "竣工投产": "投产", "建成投产": "投产",
                  "投产": "投产", "竣工": "竣工", "签约": "签约"}
_PJ_FACILITY_VERB = re.compile(r"(?:加快|全力|积极)?(?:推进|推动|开工|谋划|启动)?建设|(?:加快)?推进|推动")
_PJ_BUILD_TAIL = re.compile(r"(?:建设|投产|竣工)+$")
# a named facility (某某繁育基地, 某某中试基地, 某某物流中心)
_PJ_FACILITY_END = re.compile(r"(?:基地|中心|电站|工厂|园区|物流园|产业园)$")
# a numbered or bulleted line that names a facility, then its figures ((3)甲研发中心,总投资6500万元,在建; ◆ 乙中心:…)
# (the bullets a list's line may open with: read by _BULLET_LEAD, _LISTED_FACILITY and _line_lead_kind)
_BULLETS = "—·•▪■◆●√✓✔"
_LISTED_FACILITY = re.compile(rf"^(?P<lead>\(\d{{1,2}}\)|\d{{1,2}}[.、]|[{_BULLETS}]\s*)(?P<name>[^,:;。\n()]{{4,30}})[,:]"
                              r"(?P<rest>[^\n]*?总投资[^\n]*)$", re.M)


def _line_lead_kind(line):
    """How a line of a list is opened: ( for (1), n for 1. or 1、, else its bullet character; "" for none."""
    line = line.lstrip()
    if line.startswith("("):
        return "("
    if line[:1].isdigit():
        return "n"
    return line[:1] if line[:1] in _BULLETS else ""


# a facility named without 项目, its progress right after it (or after a note on its size, or where it is built)
# (the kinds of works a facility's name ends in; a power plant, a works or a base is named so too, but only told with
# its progress does it name a facility rather than a kind)
_WORKS_KINDS = "中心|处理站|处理厂|供热站|储能站|贮存库|储备库|冷库|处置场|填埋场"
_FACILITY_PROGRESS = re.compile(
    rf"(?P<kind>{_WORKS_KINDS}|变电站|电站|工厂|基地)(?:\([^()\n]{{1,30}}\))?"
    r"(?:在[^,;。\n]{2,14}?)?(?:,(?=目前|现在|当前))?(?:现在|当前)?"  # (…基地,目前正在加快建设)
    r"(?P<p>(?:正在|目前正在|正|已)?(?:加快|抓紧)(?:建设|推进)|正在建设|正在谋划|"
    r"(?:均|目前|现)?处于(?:在建|谋划|建设|前期)阶段|已于[^,;。\n]{1,10}?(?:建成投产|建成|投产|竣工|投运|开工)|"
    r"(?:已)?开工建设|已建成投产|已竣工投产|已(?:竣工|建成|投产|投运)(?=[,;。]))")
# a facility built at a park, after its verb (在甲产业园谋划建设|乙检测中心,): its name, up to the clause's end
_SITED_FACILITY = re.compile(rf"[^,;。\n、()“”]{{2,20}}?(?P<kind>{_WORKS_KINDS})(?=[,;。\n(])")
# a park's phase told with its progress (甲产业园|一期已于12月开工, 乙工业园|二期工程正在建设)
_PARK_PHASE = re.compile(r"(?P<ph>[一二三四五]期)(?:工程)?(?P<p>已于[^,;。\n]{1,10}?(?:建成投产|开工|投产|竣工|建成|投运)|"
                         r"(?:已)?开工建设|正在(?:加快)?建设|已建成投产|已建成|已开工|已投产|已竣工)")
_SITED_VERB_HEADS = ("谋划", "规划", "计划", "启动", "加快", "布局", "开工")
# a centre that is an office, a service or a platform, not works (政务服务中心, 调度指挥中心, 交易中心)
_FACILITY_NOT_WORKS = re.compile(r"政务|服务中心$|指挥|调度|交易|招商|运营中心$|研究中心$|技术中心$|创新中心$")
# a clause that forbids projects names a kind of project, never one project
_ABBREVIATION = re.compile(r"\([A-Za-z][A-Za-z0-9-]{1,9}\)")
# a qualifier in brackets closing a table's name cell (某某铁路(某省段), 某某大桥(扩建)), and 企业 in the name of a
# facility for firms (科技企业孵化器, 中小企业服务中心): parts of the name
_CELL_QUALIFIER = re.compile(r"\([\u4e00-\u9fff\d]{1,8}\)$|企业(?=孵化|加速器|服务中心|创业|总部)")
# a stage written in a note after a listed works: (已签约), (在建), (谋划), (已开工)
_PJ_STAGE_NOTE = re.compile(r"\((?:已|正在)?(?P<st>签约|开工|在建|谋划|投产|竣工|建成投产)\)")
# the copula after 项目 or 工程 that names the project (所说的项目为|…, 主要在建工程为|…)
_PJ_COPULA = re.compile(r"(?:的项目|工程)(?:主要)?(?:为|是)|"  # (not 以下9个项目为|某某示范项目: a programme's)
                        # (在建项目主要有|甲…项目、乙…项目: the projects a class holds, listed; not 项目有望, 项目有关)
                        r"项目(?:主要)?(?:有|包括)(?![望关效力序所些的])|"
                        r"(?:第[一二三四五六七八九十\d]{1,3}|一|另一|还有一)个(?:项目)?是|"  # (a speaker's count: 第三个是|甲公司…
                        # 项目, 一个是|乙公司的…项目)
                        # (…,前提是|甲公司…项目先行落地: the condition a clause names, then the project it is)
                        r"(?:前提|条件|关键|难点|症结|原因)(?:是|在于)")


def _progress_stage(p):
    """The stage a facility's progress tells (正在谋划, 已于3月投运, 已建成, 开工建设, 正在加快建设: 谋划, 投产, 竣工, 开工,
    在建)."""
    return "谋划" if "谋划" in p or "前期" in p else "投产" if "投产" in p or "投运" in p else \
        "竣工" if ("建成" in p or "竣工" in p) else "开工" if "开工" in p else "在建"  # (已于3月投运: in use)


def _last(matches):
    """The last of `matches` (an iterator), or None."""
    m = None
    for m in matches:
        pass
    return m


_PJ_LEFT_OUT = re.compile(r"(?:均|都|一律)?不(?:纳入|列入|属于|计入|在本)")
# the rules of a programme of projects, named after it (《某某示范项目实施细则》, 某某项目申报工作的通知): no project
_PJ_RULES_AFTER = re.compile(r"(?:(?:实施|管理)?(?:细则|暂行办法|办法|规定)|申报(?:工作|指南|通知)|评审(?:办法|细则)|"
                             r"认定(?:办法|标准)|(?:开发)?建设方案)")  # (纳入全州新能源项目开发建设方案: a plan, none named)
# (and the projects firms signed, 督促甲、乙签约项目尽快开工: a class, none named)
_PJ_IN_TALKS_CLASS = re.compile(r"(?:在谈|洽谈中?|在洽谈)(?:及(?:签约|落地|在建))?$|(?<=..)(?<!合同)(?<!协议)签约$")
_PJ_NEGATED = re.compile(r"不再|不得|禁止|严禁|严控|停止|限制(?:新建|新上|新增|建设|发展|引入|类)")
_PJ_COUNT_KIND = re.compile(rf"(?:\d+|[{_CN_NUM}]+)个[{H}]{{1,6}}$")
_PJ_PARK_STAGE = re.compile(rf"{_PARK_SUFFIX}(?:签约|落地|开工|在建|续建|新建|投产|竣工)$")
_PJ_PRONOUN_LEAD = re.compile(r"我们|他们|咱们|你们")
_PJ_NOT_LEAD = re.compile(r"[不只](?:看|做|要|搞|是|能|会|得|讲|顾)")
# a project told done or under way right after it (…项目,2023年11月竣工; …项目已投产)
_PJ_DONE_RIGHT_AFTER = re.compile(r"(?:[,，](?:总)?投资[\d.]+[亿万]元)?"  # (甲项目,总投资6.5亿元,已于6月开工: its figure first)
                                  r"[,，]?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:已|已经|均已)?(?:于\d{1,2}月(?:\d{1,2}日)?)?"
                                  r"(?:建成投产|竣工投产|竣工|投产|建成|开工)")
# a place in front of a project's owner, joined by 的 (位于某开发区的|甲公司…项目, 某市某镇的|乙仪表二期…项目)
_PJ_PLACE_OF = re.compile(rf"^位于|(?:{_PARK_SUFFIX}|[镇乡县市区])$")
_PJ_SIGNED = re.compile(r"签订|签署|签约")
# the progress of a project told before it, in a clause closed by 的 (去年建成投产的|年产…项目)
_PJ_DONE_BEFORE_OF = re.compile(r"(?:建成|投产|竣工|开工|落地|投运)$")
_PJ_AGREEMENT = re.compile(r"(?:投资|合作)?(?:协议|合同)")
_PJ_PARK_LEAD = re.compile(rf"(?:园区|[{H}]{{2,14}}{_PARK_SUFFIX})内?(?:另行|计划|拟|将|正在)?(?:已有|现有|新建|建设|实施|落地|投资建设|启动建设)?"
                           rf"(?=[{H}]{{4}})")  # (在某工业园|新建|甲化工年产…项目: where, then the verb)
# the facility word that closes a works named on a numbered line, before its total investment (某某直供工程.总投资)
_PJ_LINE_FACILITY = re.compile(r"(?P<w>工程|基地|中心|电站|生产线)[.,(]$")
_LINE_BREAKS = re.compile(r"[;。、!?]|项目")
# a speaker's own firm, possessive (我们的|年产…项目, 我公司的|…): the project of the firm that speaks
_PJ_SPEAKER_OF = re.compile(r"(?:我们|咱们|我们公司|我公司|本公司|公司|我厂|我们厂)的|"
                            r"其(?:募投|投资|新建|建设|实施|配套|在建|规划)?的?(?=年|\d)")  # (其募投的|年产…项目: its own)
# a plant's size in brackets after its name (甲煤矿(240万吨/年), a table's cell): a note of the name, no aside
# (the size may open with its rate and verb: 甲污水处理厂扩建(日处理3万吨), 乙电站(装机20万千瓦))
_SIZE_NOTE = re.compile(r"\((?:(?:日|年)(?:处理|产|加工|供水|供气)?|装机(?:容量)?)?[\d.×]+(?:万|亿)?"
                        r"(?:吨|千瓦|千伏|立方米|台|套|头|只|MW|GW)(?:/年|/日|/天)?\)")
# what makes a firm the parent of the clause's subject, after its name (企业系甲集团(以下简称…)全资子公司)
# (up to 子公司 in the clause, with no copula between: 企业系|甲控股|集团有限公司(以下简称…)全资子公司; not 甲公司|是乙集团
# 的子公司, where 甲 is the subsidiary)
_PARENT_NAMED = re.compile(r"[^,。;系是为]{0,30}?子公司")
# the firm a passage is about, named again by its kind (企业|年产…项目, 该公司|年产…项目)
_PJ_THE_FIRM = re.compile(r"(?:该|本)?(?:企业|公司)")
# a bank or its branch (甲银行某省分行)
_BANK_ITEM = re.compile(r"银行(?:[\u4e00-\u9fff]{2,8}?(?:分行|支行))?$")
# a count of lines (2条…生产线), not an output (1200万条…)
_LINES_COUNTED = re.compile(r"\d+条")
# a product's abbreviation in brackets inside an item (甲公司年产5万吨可降解塑料(PBS)): the product's, no bad bracket
_ITEM_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([A-Za-z][A-Za-z0-9+\-/·. ]{0,11}\)")
_UNIT_PAIR = re.compile(r"[台条片支]\([套支片]\)")  # (a unit and its alternative: 台(套), 片(支))
_PJ_BAD_ITEM = re.compile(r"(?<!\d),|,(?!\d)|[:“”]|(?<![台条片支])\((?![套支片]\))|(?<![台条片支]\([套支片])\)|的|(?<![犍无])为|"
                          r"领先|一流|先导|企业|"
                          r"面临|一方面|不宜|寄望")  # (not 1,4-丁二醇's comma, nor the brackets of the unit 台(套), 条(套), 片(支);
# nor the 为 of a county's name: 犍为县 and 无为市 are the national table's only names that hold it, see
# tests/test_extraction_genre.py)
# a mode of building quoted after the size (某县50万千瓦“光伏+治沙”项目): part of the name, not a quotation
_QUOTED_MODE = re.compile(r"(?<=[瓦吨时套W])“[^“”,。]{2,8}”$")
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
_PJ_MADE_BY = re.compile(r"(?:亿元|万元|建设|新建|投资|打造|实施|合作|促成|引进|招引|签约|签订|洽谈|对接)$")  # (…促成的|甲年产…)
# the verb of applying for a programme, right before a list of its kinds (申报各级|技术改造、专精特新…等项目)
_PJ_APPLY_FOR = re.compile(r"申报(?:各级|国家级?|省级?|市级?|各类)?(?![的了])")
# the word for a firm, not its name (公司在某新区建设的|…项目: the company that speaks)
_PJ_FIRM_WORD = re.compile(r"[该本我其]?(?:公司|企业|集团)")
# (the firm may have its short name declared after it, and the place where it builds before the verb: 甲有限公司(以下
# 简称甲)投资8亿元建设的, 甲有限公司在某工业园建设的)
_PJ_BUILT_BY = re.compile(rf"(?:^|[,;、])(?:\d{{1,2}}[.、])?由?(?P<firm>[{H}A-Za-z()]{{2,24}}?)(?:\((?:以下简称|简称|下称)[^()]{{1,12}}\))?"
                          rf"(?:在[{H}]{{2,16}}?)?(?:与[{H}]{{2,16}}?)?(?:投资[\d.]+[亿万]元)?"
                          r"(?:投资|合作|出资)?(?:建设|打造|实施)的$")
# a route from one product to another (焦炉煤气制LNG, 电石渣制水泥): the plant a project builds
_PJ_ROUTE_ITEM = re.compile(rf"[{H}]{{2,8}}制(?![造品剂种冷度作备])[{H}A-Z]{{1,6}}")
# a registered firm, then the verb of building, right before a project item (支持甲有限公司建设|乙项目)
_PJ_FIRM_BUILDS = re.compile(rf"(?<![^,;、:\n。])(?:支持|推动|鼓励|由)?(?:所属|下属|旗下)?(?P<firm>(?:(?!的)[{H}]){{2,24}}?(?:{_alternation(LEGAL_FORMS)}))"
                             r"(?:\((?:以下)?简称[^()]{2,12}\))?"  # (甲有限公司(简称甲)拟建设|…: its short name declared)
                             r"(?:(?:拟|计划|将)?投资约?[\d.]+[亿万]元,?|投资|加快|正在|计划|拟|将)?(?:建设|新建|实施)$")
_INVEST_CLAUSE_END = re.compile(r"投资约?[\d.]+[亿万]元,$")  # (甲有限公司投资58亿元,|建设…: the firm's figure first)
_PJ_CARD_FIELD = re.compile(rf"\n[ \t]*(?:\d{{1,2}}\s*[.、]\s*|\(?[{_CN_NUM}]{{1,3}}[)、]\s*)?"
                            r"(?:建设地点|建设地址|项目地点|建设内容|建设规模|总投资|投资估算|投资规模|项目业主|"
                            r"建设单位|合作方式|项目概况|项目简介|项目名称)[ \t]*:")
# a bullet that opens a line's item (—甲公司年产…项目。, ·乙项目。)
_BULLET_LEAD = re.compile(rf"[ \t\u3000]*[{_BULLETS}]")
# the blanks and bullets around a party of a signing written first on its line (    ◆甲有限公司与乙县签约…)
_PARTY_MARKS = " \t\u3000·•▪■□◆◇●○▲△★☆▶►√※"
# an item's number in brackets at the start of its line ((一), (1)): it ends a clause
_BRACKET_NUMBER = re.compile(rf"\s*\((?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\)\s*")
# a product's abbreviation in brackets after it (储能变流器(PCS))
_PJ_GLOSS = re.compile(r"[A-Za-z0-9+\-/·. ]{1,12}")
# a clause whose subject is the project the text speaks of (…,项目位于某园区,建设…; 该项目总投资…)
_PJ_SUBJECT_CLAUSE = re.compile(r"(?<=[,;。\n])(?:该|本|此)?项目(?:位于|选址|总投资|计划|拟|主要|建设|分|占地|依托|实施)")
# the builder named right after a project (…项目由甲有限公司投资建设)
_PJ_BUILDER_AFTER = re.compile(rf"由(?P<firm>[{H}()]{{2,30}}?(?:{_alternation(LEGAL_FORMS)}))(?:负责)?(?:投资)?(?:建设|实施|承建)")
# the end of a clause right before a bare 项目 (要将|项目纳入, 要把本|项目作为): the project a text is about, unnamed
_PJ_BARE_AFTER = re.compile(r"(?:要|须|应|需|并|已)[将把]$|[把将对为是与在从让使由按][该此]$|"
                            r"(?<=[\u4e00-\u9fff])(?<![日资成根基样文版剧书标蓝课脚账])本$")  # (委托甲公司承担本|项目…)
# the kinds of a list's item, listed in its brackets (糖醇(木糖醇、赤藓糖醇))
_PAREN_SUBLIST = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+")
# the column of a table of firms that names each row's firm (narrower than a project table's owner column, whose
# 实施主体 or 建设单位 names who builds a row's project, not whose row it is)
_FIRM_COLUMN = re.compile(r"(?:企业|单位|公司)名称|企业|诉求企业|申报企业|申请企业")
# another project named after a heading's (not 该项目 nor a short name given to it, (以下简称“二期项目”): the heading's own)
_PJ_NAMED_AGAIN = re.compile(r"(?<![该此本其期])项目")
# what opens the line of a card's heading before the project's name (5. , (一), 项目名称:, 项目三:)
_PJ_CARD_HEAD = re.compile(rf"\s*(?:\d{{1,2}}\s*[.、]|\(?[{_CN_NUM}]{{1,3}}[)、])?\s*"
                           rf"(?:(?:项目)?名称|项目[{_CN_NUM}\d]{{1,3}})?\s*:?\s*")
_STANDARD_PLANT = re.compile(r"标准化?厂房$")
# what a list was told as, in front of its first item (园区已建成投产|甲风电主机、乙…等项目): done, not a name
_PJ_DONE_VERB_LEAD = re.compile(r"(?:已经?)?(?:建成|竣工)?投产(?!业)")
# who builds the project, right after it (甲项目,由乙公司投资8000万元建设): a named project being built
# (or signed by two parties: 甲项目,由乙与某县人民政府于4月正式签约)
_PJ_BUILT_BY_AFTER = re.compile(r",由[^,;。\n]{2,24}?(?:投资|出资|合作|负责|牵头|独资)?(?:建设|实施|承建)|"
                                r",由[^,;。\n]{2,16}?[与和][^,;。\n]{2,30}?签约")
# governments and offices, listed as who acts on projects (甲区人民政府、乙县人民政府负责…项目推进)
_GOVERNMENT_END = re.compile(r"(?:人民政府|政府|管委会|管理委员会|委员会|办事处)$")
# the way a firm is dealt with, or a modal, before 改造 (就地改造, 将结合…升级改造; 通过…改造, the means of a result): no
# named works
_RENOVATION_MANNER = ("就地", "异地", "原地", "原址", "将", "拟", "要", "需", "结合", "通过")
# a unit of a plant or what it gives off, after the plant's product (BDO|装置含醛废水预处理, 电石|炉尾气综合利用)
_PJ_PLANT_PART = ("装置", "系统", "车间", "尾气", "废水", "废气", "烟气", "炉尾气", "炉烟气", "窑尾气")
# who builds a facility, written between its name and the word of building (甲中心由乙公司投资|建设)
_PJ_FACILITY_BUILT_BY = re.compile(r"(?<=..)由[\u4e00-\u9fffA-Za-z]{2,16}?(?:投资|出资|承建|负责|牵头|独资|控股)$")
# when or how a facility was done, between its name and 投产/建成 (于10月建成, 实现投产, 已正式投产)
_PJ_DONE_LEAD = re.compile(r"(?:已经|已|均已|将|预计)?(?:于?(?:(?:19|20)\d{2}年|今年|去年|明年|当年)?(?:\d{1,2}月)?(?:份|底|初|中旬|上旬|下旬)?)?"
                           r"(?:实现|正式|顺利|全面|已经|已|均已|陆续|相继|先后|完成|刚刚|刚|通过)*$")
# the verb that opens a clause whose object is a park's named works (推进|某某园区供热管网工程); and the words of a
# programme, not a works (强链工程, 提升工程, 行动)
_PJ_WORKS_VERB = re.compile(r"(?:积极|加快|全力|大力|着力)?(?:推进|实施|推动|启动|建成|加快建设|开工建设)")
_PJ_PROGRAMME = re.compile(r"链|行动|计划|提升|培育|示范|“|\"")
_PJ_SHORT_LEAD = re.compile(r"^(?:以下简称|简称|下称)|[“”\"]")
_PJ_DECLARED_OWNER = re.compile(r"\((?:以下简称|简称|下称)[“\"]?(?P<short>[^()“”\"]{2,12})[”\"]?\)$")
# verbs that introduce categories of development, not projects (发展…项目, 研究布局…项目)
# (前瞻谋划…项目: a project still to be conceived, not one under way)
# a body that reports on projects, the clause's subject (县工业和信息化局通报了全县…重点项目推进情况): no project's name
_PJ_BODY_SPEAKS = re.compile(r"(?:局|委|管委会|政府|办公室)(?:通报|汇报|介绍|报告|部署)")
# a firm's role written before its name, at the head of a project's clause (规上企业|甲有限公司签约…项目)
_OWNER_ROLE_LEAD = re.compile(r"(?:规上|龙头|链主|骨干|重点|配套|专精特新)企业")
_WEAK_PROJECT_VERBS = re.compile(r"发展|研究|布局|探索|培育|新建|鼓励|支持|引导|梳理|参与|面向|合作|前瞻")
# verbs of recruiting: what follows is wanted, not a project (招引…项目, 引进建设算力中心项目)
# (推介: offered to investors, not yet theirs; 适合/适宜: the kinds of projects a plot or a zone suits)
_RECRUIT = re.compile(r"招引|引进|引育|招商|招大引强|承接|推介|适合|适宜")
# a recruitment reported as done (成功引进, 已引进, 先后引进…, 引进了): its projects are the firms' own, under way
_RECRUITED = re.compile(r"(?:成功|已经|先后|相继|陆续|累计|已|新)$")
# a batch or programme, not a project (“十四五”第二批光伏新增指标, “1234”项目工程)
_BATCH = re.compile(r"第[一二三四五六七八九十\d]+批|“\d+”|十[二三四五]五|千万工程|[\d]+个|各类|一批|相关")


# the first and the last characters of the matches of _PROJECT_QUALIFIER (and \d: str.isdecimal, category Nd)
_QUALIFIER_FIRST = frozenset(".一二三四五六七八九十两投总亿万以的重大示批高产技绿改建工新续在储谋签开好优标引带扩拟及和")
_QUALIFIER_LAST = frozenset(".个项批资元上下的点大范化改造设业新建备划约工好质性及和")


def _all_qualifiers(s):
    """``not _PROJECT_QUALIFIER.sub("", s)``: `s` is made of qualifiers only. What sub leaves is empty only when
    `s` is a run of matches, so its first character opens a match and its last one closes one: else no sub."""
    if s and not (s[0] in _QUALIFIER_FIRST or s[0].isdecimal()) or s and not (s[-1] in _QUALIFIER_LAST or s[-1].isdecimal()):
        return False
    return not _PROJECT_QUALIFIER.sub("", s)


# the last of 、,;。.:\n( before endpos: max(text.rfind(c, pos, endpos) for c in "、,;。.:\n(") is its start, or -1
_PJ_LAST_STOP = re.compile(r"[、,;。.:\n(][^、,;。.:\n(]*\Z")
# the words find_projects' scans after its loop over 项目 start at
_PJ_WORDS = tuple(dict.fromkeys(("改造", *_FACILITY_PROGRESS_WORDS, "投产", "建成", "工程", "改完成", "建设", "落地", "布局", "筹建", "签约",
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


def _table_header_matches(text):
    """``_PJ_TABLE_HEADER.finditer(text)``: each line that holds 项目 and a tab (or 项目名称 and a tab), matched
    from its start (the pattern's ^ is tried only where the literal it needs is, not at every position)."""
    last = -1
    leads = []
    for word in ("\t线索名称\t", "\t电站名称\t", "\t场站名称\t", "\t站点名称\t", "\t方案名称\t"):
        i = text.find(word)  # (a table of investment leads: 序号 线索名称 投资方 …; of power plants: 电站名称)
        while i >= 0:
            h = _PJ_LEAD_TABLE_HEADER.match(text, text.rfind("\n", 0, i) + 1)
            if h is not None:
                leads.append(h)
            i = text.find(word, i + 6)
    leads.sort(key=lambda h: h.start())
    for i in _occurrences(text, "项目"):
        if i >= last and (text.startswith("\t", i + 2) or text.startswith("名称\t", i + 2) or
                          _PJ_CONTENT_HEAD.match(text, i + 2) or
                          text.startswith("\n", i + 2) and text.rfind("\t", text.rfind("\n", 0, i) + 1, i) > 0):
            h = _PJ_TABLE_HEADER.match(text, text.rfind("\n", 0, i) + 1)
            while leads and leads[0].start() < h.start():
                yield leads.pop(0)
            if leads and leads[0].start() == h.start():
                leads.pop(0)
            last = h.end()
            yield h
    yield from leads


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


def _legal_form_in(s):
    """``_LEGAL_FORM_RE.search(s)``, not tried when none of _LEGAL_FORM_ANCHORS (公司, 集团, 总厂, 作社, 合伙, 会社) is in `s`:
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
_CAP_SPLIT = re.compile(r"(?<!\d),|,(?!\d)|[，;；。(（]")  # (not the comma of a chemical's locants: 1,4-丁二醇)
_CAP_LEAD = re.compile(r"^(?:-|及配套|配套)+")


# the words that end the name of a kind of products, not of one product (电子化学品, 矿用智能装备, 高端金属材料)
_PRODUCT_KINDS = ("化学品", "装备", "设备", "材料", "产品", "制品")


def _absorb_project(into, p, phase=True):
    """`p` is another writing of the project `into`: its name becomes an alias, up to three of its evidence spans go
    with it, and it fills the stage, phase (unless `phase` is false), investment and park `into` lacks."""
    into.setdefault("aliases", [])
    if p["name"] not in into["aliases"] and p["name"] != into["name"]:
        into["aliases"].append(p["name"])
    into["evidence"].extend(e for e in p["evidence"][:3] if e not in into["evidence"])
    for f in ("stage", "phase", "investment", "park") if phase else ("stage", "investment", "park"):
        if not into.get(f) and p.get(f):
            into[f] = p[f]


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
_CAP_BASIS = re.compile(r"年产|年处理|年加工|日产|日处理|日熔化?量")
# a table's column of what each row builds (项目内容, 建设内容及规模), and a cell of it that opens with a size
_CONTENT_COLUMN = re.compile(r"\s*(?:项目)?(?:建设)?内容")
_SIZE_LED = re.compile(rf"(?:[{_CN_NUM}\d]{{1,2}}期)?(?:新增|新建)?(?:{_CAP_BASIS.pattern})?\d")
_BASIS_WORK = "屠宰|出栏|存栏|养殖|生产|回收|吞吐|储存|冶炼|洗选|组装|装配|提取|印染|分选|分拣|烘干|压榨|处置"  # (the work a yearly or daily figure counts)
# the basis of a capacity opening an item, with what it works written before the figure (年屠宰加工肉羊100万只)
_CAP_BASIS_LEAD = re.compile(rf"[年日](?:产|处理|加工|利用|{_BASIS_WORK})(?:加工)?")
_CAP_BASIS_ANY = re.compile(_CAP_BASIS.pattern + "|" + _CAP_BASIS_LEAD.pattern)  # (either, after the owner)
_UNITS_COUNT = re.compile(r"\d{1,2}\s*[×xX*]\s*$")
# (the basis may name the work: 某某肉业年屠宰加工20万头, 年出栏, 年回收; it is not part of the owner)
# the roof a firm's panels are on, between the firm and the size (甲公司厂房屋顶|3.6MW分布式光伏)
_ROOF_END = re.compile(r"(?:的)?(?:厂房|厂区|仓库|车间|库房|办公楼)?屋顶$")
# (and the measure a figure is of: 日熔化量1200吨|光伏压延玻璃, 年吞吐量, 日供水量)
_CAP_HEAD_TAIL = re.compile(rf"(?:年产|年处理|年加工|日产|日处理|新建|建设|扩建|[年日](?:{_BASIS_WORK})(?:加工)?|"
                            rf"[年日][\u4e00-\u9fff]{{1,3}}量)$")


def _firm_named(s):
    """A trade name with a word only firms end with, in front of a capacity (绿醇科技10万吨…)."""
    return bool(3 <= len(s) <= 12 and _FIRM_ONLY.search(s) and _HAN_NAME.fullmatch(s) and not _ORG.search(s)
                and s[: _FIRM_ONLY.search(s).start()] not in GENERIC_WORDS)


_HAN_NAME = re.compile(rf"[{H}A-Za-z]+")


def _city_tail_len(s, regions):
    """The length of a prefecture-level city's name (鄂尔多斯, 包头市) that ends `s` after at least four characters,
    else 0.

    >>> from chainatlas.ontology.regions import region_index
    >>> _city_tail_len("青川能源鄂尔多斯", region_index()), _city_tail_len("青川能源", region_index())
    (4, 0)
    """
    for k in (5, 4, 3, 2):
        if len(s) - k >= 4 and any(r.level == "city" for r in regions.candidates(s[-k:])):
            return k
    return 0


# a material put to use again, at the head of a project item (再生|有色金属…) or before what is done with it (赤泥|综合利用)
_REUSED_MATERIAL = re.compile(r"再生|循环|回收")
_REUSE = re.compile(r"综合利用|综合回收|回收利用|资源化|无害化")
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
# a county-level name and its suffix (某某特区 -> 某某, 某某自治县 -> 某某)
_COUNTY_HEAD_SUFFIX = re.compile(r"(.{2,}?)(?:特区|林区|自治县|自治旗|县|区|市|旗)")


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
# the upgrade of a firm's own works, the whole rest of an item after the firm (某某钢铁|二期技改, |扩能改造)
# a works named by its trade (某某饮片厂, 某某机械厂), not a plant the project builds (电厂, 水厂, 污水处理厂)
_FIRM_WORD_AT = re.compile(_alternation(FIRM_WORDS))
_WORKS_END = re.compile(r"(?<![电水理烧热站])厂$")
_UPGRADE_TAIL = re.compile(rf"(?:[{_CN_NUM}]期)?(?:技改|技术改造|扩能改造|升级改造|提质改造|节能改造|改扩建|扩能|"
                           r"搬迁改造|(?:智能|数字|绿色)化改造)$")
_MODIFIERS = frozenset(MODIFIER_WORDS)
_BASE_AROUND = re.compile(r"基地(?:下游|上游|配套|周边|内)")


def _route_as_owner(name, known_enterprises):
    """Whether `name`, read as a project's owner, is a route's material and the start of its product (秸秆制生物|天然气),
    not a firm: 制 of a route (not of a trade, 甲制药), and neither a firm the text names nor a registered name."""
    return _ROUTE_IN_OWNER.search(name) is not None and name not in known_enterprises and not _LEGAL_BEFORE.search(name)


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
    name = name[_subsidiary_lead_len(name):]  # (公司控股子公司|甲有限公司年产…: the firm is the owner)
    rest = name
    phase = None
    m = _PHASE.search(rest) if _ends_as(rest, _PHASE_ENDS) else None
    if m and len(rest) - len(m.group(0)) >= 2:
        phase = m.group(0)
        rest = rest[: m.start()]
        if rest.endswith("项目") and len(rest) > 4:
            rest = rest[:-2]  # 甲新材料项目|一期: the project's phase, named as written; 项目 is no product
    regions = region_index()
    enterprise = None
    lead_product = None
    # (a capacity holds a digit, or 级 in a level: without either none is found)
    caps = list(CAPACITY.finditer(rest)) if "级" in rest or _TM_DIGIT.search(rest) else []
    if caps:
        head = rest[: caps[0].start()]
        head = head[: u.start()] if (u := _UNITS_COUNT.search(head)) else head  # 某电厂|2×|100万千瓦: units of a size
        b = _CAP_BASIS_ANY.search(head)
        if b and b.start() >= 2:  # 某某酒业年产精酿啤酒500吨生产线, 某某肉业年屠宰肉牛5万头
            lead_product = head[b.end():] or None
            head = head[: b.start()]
        elif (b := _CAP_BASIS_LEAD.match(head)) and len(head) > b.end():
            lead_product, head = head[b.end():], ""  # 年屠宰加工|肉羊|100万只: the basis, then what it works; no owner
        head = _CAP_HEAD_TAIL.sub("", head)
        if (rf := _ROOF_END.search(head, 2)) is not None:
            head = head[: rf.start()]  # 甲公司厂房屋顶|3.6MW分布式光伏: the firm, then the roof its panels are on
        ph = _PHASE.search(head) if _ends_as(head, _PHASE_ENDS) else None
        if ph and (ph.start() >= 2 or ph.start() == 0 and ph.end() == len(head)) and phase is None and \
                "期" in ph.group():
            phase, head = ph.group(0), head[: ph.start()]  # 某某铝业二期年产20万吨电池铝箔; 二期10万吨某产品: no owner
        if (_plausible_owner(head, regions, strict=False) or head in known_enterprises or _firm_named(head)) and \
                not _route_as_owner(head, known_enterprises):
            enterprise = head
            if len(head) > 6 and head not in known_enterprises:
                o, more = _split_owner(head, known_enterprises, regions)
                if o and more and (_LEGAL_BEFORE.search(o) or (_FIRM_ONLY.search(o) or _firm_like(o)) and
                                   _product_vocabulary().at(more, 0)):
                    enterprise = o  # 某某铝业|电解铝配套20万千瓦光伏, 某某有限公司|焦炉煤气制30万吨甲醇: the owner ends there
            if len(enterprise) >= 6 and enterprise not in known_enterprises and (k := _city_tail_len(enterprise, regions)):
                o = enterprise[:-k]
                if o in known_enterprises or _FIRM_ONLY.search(o) or _firm_like(o):
                    enterprise = o  # 某某能源|包头|年产10万吨多晶硅: the firm, then the city its plant stands in
        products = capacity_products(rest, lead_product)
    elif _park_at_end(rest):
        products = []  # a park built as a project (某某新材料高新产业园一期)
    else:
        enterprise, body = _split_owner(rest, known_enterprises, regions)
        if enterprise and _route_as_owner(enterprise, known_enterprises):
            enterprise = None
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
_SCENIC = re.compile(r"景区|景点|遗址|博物馆|纪念馆|公园")
_AND = re.compile(r"和|与|及")
# a water transfer work named by the river it draws from and what it supplies (引洮济陇, 引汉入渭, 引大济湟)
_WATER_TRANSFER = re.compile(rf"引[{H}]{{1,2}}?[济入供调补](?=[{H}])")


class _ProjectsMixin:
    """The projects of a document (methods of :class:`~chainatlas.loaders.extract.core._Extractor`)."""

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

    def _paragraph_firm(self, i, known):
        """The firm the paragraph of position `i` names first, before `i` (a firm's card: 甲有限公司…。企业|年产…项目), or
        None."""
        ls = self.text.rfind("\n", 0, i) + 1
        first = min(((at, -len(k), k) for k in known if len(k) >= 4 and 0 <= (at := self.text.find(k, ls, i))),
                    default=None)
        return first[2] if first else None

    def _specific(self, item, p):
        """A project item that names one project: an owner, a capacity, a phase, a place or a facility."""
        if p["enterprise"] or p["phase"] or any(x.get("capacity") or x.get("unit") for x in p["products"]):
            return True
        # (the two regexes first: each test can only say True, and the region prefix, a memo of what the region
        # index and the context set by scan_regions give, is the same whether it is asked now or later)
        if (item[-1:] in _PJ_FACILITY_LAST or item[-2:-1] in _PJ_FACILITY_LAST and item.endswith("\n")) and \
                _FACILITY.search(item) and not (item.endswith("材料") and _is_sector_phrase(item)) or _legal_form_in(item):
            return True  # (not a sector's materials: 为化工新材料项目落地创造条件)
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
        self.find_named_works(known)
        self.find_named_facilities(known)
        self.find_sited_facilities(known)
        self.find_park_phases(known)
        self.find_counted_lists(known)
        self.find_listed_facilities(known)

    def find_listed_facilities(self, known):
        """A facility on a numbered or bulleted line among lines that name projects, written without 项目 and with its
        own investment ((3)甲生物血浆综合利用研发中心,总投资6500万元,在建; ◆ 乙再生资源分拣中心:…总投资2.8亿元,
        正在谋划): one project of the list, at the stage its line tells."""
        text = self.text
        if "总投资" not in text:
            return
        for m in _LISTED_FACILITY.finditer(text):
            name = m.group("name")
            if "项目" in name or not _PJ_FACILITY_END.search(name) or _PJ_BAD_ITEM.search(name):
                continue
            # (a line before or after it, opened the same way, names a project)
            kind = _line_lead_kind(m.group("lead"))
            ls, le = m.start(), m.end()
            prev_s = text.rfind("\n", 0, max(0, ls - 1)) + 1
            next_e = text.find("\n", le + 1)
            around = [text[prev_s:max(prev_s, ls - 1)], text[le + 1: next_e if next_e >= 0 else len(text)]]
            if not any("项目" in line and _line_lead_kind(line) == kind for line in around):
                continue
            st = _STAGE_RE.search(m.group("rest"))
            pp = parse_project_item(name, known)
            if pp["enterprise"] and pp["enterprise"] not in known and not _legal_form_in(pp["enterprise"]):
                pp = dict(pp, enterprise=None)  # (乙再生资源|分拣中心: a firm only where the text names one)
            self._add_project(name, m.start("name"), _STAGE_OF[st.group()] if st else None, 0.55, known, pp)

    def find_park_phases(self, known):
        """A phase of a park the text names, told with its progress and without 项目 (甲循环经济产业园一期已于12月开工):
        one project, the park and its phase, at the stage told."""
        text = self.text
        names = self.park_names
        for m in _PARK_PHASE.finditer(text):
            park = max((n for n in names if text.endswith(n, 0, m.start())), key=len, default=None)
            if park is None or len(park) < 4 or self._region_prefix(park) is None:
                continue  # (a park named after its place: 甲县某某产业园|一期; not 软件外包产业园一期, a part of a kind)
            self._add_project(park + m.group("ph"), m.start() - len(park), _progress_stage(m.group("p")), 0.55, known)

    def find_sited_facilities(self, known):
        """A facility built at a park the text names, without 项目 (在甲产业园谋划建设乙检测中心,…; 在丙工业园建设丁
        处置中心。): the park places it, the verb's word its stage; one project."""
        text = self.text
        names = self.park_names
        for i in _occurrences(text, "建设"):
            j = i - 2 if text[i - 2: i] in _SITED_VERB_HEADS else i - 1 if text[i - 1: i] in "拟新筹" else i
            a = text.rfind("在", max(0, j - 16), j)
            if a < 0 or text[a + 1: j] not in names:
                continue
            m = _SITED_FACILITY.match(text, i + 2)
            if m is None or _FACILITY_NOT_WORKS.search(m.group()) or _PJ_BAD_ITEM.search(m.group()) or \
                    len(m.group()) - len(m.group("kind")) < 4:
                continue  # (在甲园区建设研发中心: a firm's office; 在甲园区建设处理站: the kind alone)
            item = m.group()
            if any(p["name"].startswith(item) for p in self.x.projects):
                continue  # (甲中心一期 named as a project: the facility is that project's)
            pp = parse_project_item(item, known)
            if pp["enterprise"] and pp["enterprise"] not in known and not _LEGAL_BEFORE.search(pp["enterprise"]):
                pp = dict(pp, enterprise=None)  # (全液冷|数据中心: the kind of the facility, no firm the text names)
            stage = "谋划" if text[j:i] in ("谋划", "规划", "计划", "拟", "筹") else None
            self._add_project(item, i + 2, stage, 0.55, known, pp)

    def find_named_facilities(self, known):
        """Facilities named without 项目 and told with their progress right after them (甲工业园固废综合处置中心正在加快
        建设, 乙油田装备维修再制造中心在某园加快建设, 甲公司乙检测中心均处于在建阶段, 丙处理站(日处理…)已于3月投产): a name
        that opens with a park, a place or a firm the text names, then what is built, is one project at the stage told."""
        text = self.text
        for m in _FACILITY_PROGRESS.finditer(text):
            e = m.start("kind") + len(m.group("kind"))
            lo = max(0, m.start() - 30)
            cs = max(self.clause_start(m.start()), text.rfind("、", lo, m.start()) + 1, lo)
            if cs > 0 and text[cs - 1] == "、" and not text.endswith("项目", 0, cs - 1):
                continue  # (甲、乙中心加快建设: a list of facilities only after a project named with its 项目)
            raw = text[cs:e]
            k = max(raw.rfind("的"), raw.rfind("—"))  # (第二座变电站—|甲变电站: the kind, then the name)
            item = raw[k + 1:] if k >= 0 else raw
            # (甲有限公司(以下简称乙)的|5万吨某某基地,目前正在加快建设: a sized facility of a firm the text names)
            before = re.sub(r"\((?:以下简称|简称)[^()]{1,12}\)$", "", text[max(0, cs - 40): cs + k]) \
                if k >= 0 and raw[k] == "的" else ""
            owner = max((n for n in known if len(n) >= 4 and before.endswith(n)), key=len, default=None) \
                if before and CAPACITY.match(item) else None
            item = _strip_lead(item, keep=4)
            if (en := _ENUM_LEAD.match(item)) is not None:
                item = item[en.end():]
            if not 6 <= len(item) <= 30 or _PJ_BAD_ITEM.search(item) or "项目" in item or _COUNT.match(item) or \
                    _FACILITY_NOT_WORKS.search(item):
                continue
            head = item[: len(item) - len(m.group("kind"))]
            named = (self._region_prefix(item) is not None or any(item.startswith(n) for n in self.park_names) or
                     any(item.startswith(n) for n in known if len(n) >= 3) or _LEGAL_FORM_RE.search(head) is not None)
            if not (named or owner) or len(head) < 4:
                continue  # 污水处理站加快建设: the kind alone, or no name of whose or where it is
            stage = _progress_stage(m.group("p"))
            pp = parse_project_item(item, known)
            if owner and not pp["enterprise"]:
                pp = dict(pp, enterprise=owner)
            if pp["enterprise"] and pp["enterprise"] not in known and not _LEGAL_BEFORE.search(pp["enterprise"]):
                pp = dict(pp, enterprise=None)  # (庆阳油田装备|维修再制造中心: where and what, no firm the text names)
            self._add_project(item, e - len(item), stage, 0.55, known, pp)

    def find_counted_lists(self, known):
        """The projects a count introduces and then names (新开工项目5个,分别是甲项目、乙二期工程、丙污水处理厂和丁中心):
        each item is one project, at the stage the count is of."""
        text = self.text
        for i in _occurrences(text, "分别"):
            m = _PJ_COUNTED_NAMED.match(text, i)
            if m is None:
                continue
            c = _PJ_COUNT_BEFORE.search(text, max(0, i - 16), i)
            if c is None or c.end() != i:
                continue
            stage = _STAGE_OF.get(c.group("st")) if c.group("st") else None
            at = m.start("items")
            for item in _PJ_COUNTED_SPLIT.split(m.group("items")):
                k = text.find(item, at)
                at = k + len(item)
                name = item[:-2] if item.endswith("项目") else item
                if 4 <= len(name) <= 40 and not _PJ_BAD_ITEM.search(name.replace("(", "").replace(")", "")):
                    self._add_project(name, k, stage, 0.6, known)

    def find_named_works(self, known):
        """Works named with 工程 and no 项目 (北大桥110千伏输变电工程已于8月开工, 推进甲工业园第二水源工程建设, 1979年,选矿
        二期工程开工): a name that says what is built (a line, a pipe network, a water source, a treatment plant, a
        mine's development, an extension, a phase) before 工程, with its progress after it or the verb that builds
        it before it, is one project; a programme named 工程 (人才培育工程, 强链工程, 五大工程) is not."""
        text = self.text
        for q in _occurrences(text, "工程"):
            e = q + 2
            if text.startswith("项目", e) or _WORKS_NAME_GOES_ON.match(text, e):
                continue  # (…工程项目: read by find_projects; 工程师, 工程机械, 工程建设领域: other words)
            after = text[e: e + 30]
            if after[:1] in "(":  # (锌冶炼二期工程(10万吨/年)竣工, 第二污水处理厂扩建工程(…,在建))
                close = after.find(")")
                note, after = (after[1:close], after[close + 1:]) if close > 0 else ("", after)
            else:
                note = ""
            stop = min((i for i in (after.find(c) for c in ",;。\n、") if i >= 0), default=len(after))
            nxt = after[:stop]
            progress = _WORKS_PROGRESS.search(nxt)
            done = _PJ_DONE_AFTER.search(nxt) or progress or _STAGE_RE.search(note)
            closed = after[:1] in ",;。、\n" or after.startswith("建设")
            if not (done or closed) or after.startswith(("项目", "等")):
                continue  # (no progress after it, and no verb before it can close its clause)
            cs = self.clause_start(q)
            raw = text[cs:e]
            k = raw.rfind("的")
            item = raw[k + 1:] if k >= 0 else raw
            item = _strip_lead(item, keep=4)
            if (y := _WORKS_YEAR.match(item)) is not None:
                item = item[y.end():]  # 2011年|锌冶炼二期工程竣工: a chronicle's year, not the name's
            if (en := _ENUM_LEAD.match(item)) is not None:
                item = item[en.end():]  # 3.|甲工程
            lead = len(raw) - len(item)  # (the verb before the name: 推进|甲工程)
            if not 5 <= len(item) <= 30 or _PJ_BAD_ITEM.search(item) or "、" in item or \
                    not _WORKS_MARK.search(item) or _WORKS_PROGRAMME.search(item) or _COUNT.match(item):
                continue
            head = _WORKS_GENERIC.sub("", item[: _WORKS_KIND.search(item).start()])
            if len(head) < 2 or "项目" in item or item.startswith(("园区", "厂区", "目前", "约定")):
                continue  # 330千伏输变电工程, 园区道路工程, 配套送出工程, 目前一期工程: the kind of works alone, none named;
                # 甲项目主体工程: a part of a project named before
            verb = lead > 0 and _WORKS_VERB.search(raw, max(0, lead - 6), lead) is not None and closed
            if not (done or verb):
                continue
            st = _STAGE_RE.search(nxt) or _STAGE_RE.search(note)
            stage = _STAGE_OF[st.group()] if st else ("在建" if progress else None)
            self._add_project(item, e - len(item), stage, 0.55, known)

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
        if _OWNER_CLAUSE_LEAD.match(e):
            return False  # 此前该公司, 若|甲硅材二期, 其|年屠宰…, 无法满足|…, 正在谋划|…: the clause's words, no firm
        if e[:1] == "年" and len(e) <= 4 and (k0 := item.find(e)) >= 0 and item[k0 + len(e): k0 + len(e) + 1].isdigit():
            return False  # 年印染|5000万米…: a year's capacity and its verb, no firm
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
        if e.endswith("区"):
            return False  # 某区采煤沉陷区|100万千瓦水面光伏, 露天矿区|光伏制氢: an area the plant is built on, no firm
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
        if item and not (item[0].isalnum() or item[0] in "“\"(《"):
            k = 1
            while k < len(item) and not (item[k].isalnum() or item[k] in "“\"(《"):
                k += 1
            item, i, parsed = item[k:], i + k, None  # ▪️甲公司年产…: a post's bullet, no part of the name
        if lexicon.looks_mojibake(item):
            return  # 鐣ラ椝铡…�: a line decoded in the wrong code page, no name
        if _LINES_COUNTED_ONLY.fullmatch(item):
            return  # 将建设|12条生产线: the lines a project named before builds, counted, no project of their own
        if (zm := _ZONE_ITEM.fullmatch(item)) is not None and (
                len(zm.group("rest")) <= 2 or len(zm.group("rest")) <= 4 and _is_sector_phrase(zm.group("rest"))):
            return  # 将甲经开区、乙经开区锂电项目纳入…, 察看了甲工业区、乙高新区部分氢能项目: zones and their kinds of
            # projects, none named
        if (sm := _PHASE_STAGE_END.search(item)) is not None:
            item, parsed = item[: sm.start()], None  # 抓好甲一期|投产、乙项目投产: the phase's stage, no part of its name
            stage = stage or _STAGE_OF.get(sm.group())
        if item[:1] == "有" or item.startswith("还有"):
            k = 2 if item[0] == "还" else 1
            k += 2 if item.startswith(("前述", "上述"), k) else 0  # (投产的有|前述|甲硅材一期: the firm named before)
            if any(item[k:k + n] in known for n in range(2, min(16, len(item) - k) + 1)):
                item, i, parsed = item[k:], i + k, None  # 投产的有|甲集团年产…: the verb of a list, then the firm
        if _PJ_ROUTINE.search(item):
            return  # 甲高新区要于每月5日前更新|项目台账: a routine's duty, no project's name
        if _PJ_CLASS_WORDS.search(item) or "因" in item:
            return  # 亿元以上产业|项目, 某县一带新能源|项目: a class of projects; 甲装置因|…: a clause's cause
        if item[:1] == "按" and len(item) >= 5 and item[1] not in "摩键钮":
            item, i, parsed = item[1:], i + 1, None  # 按|甲项目投产后的清单测算: the basis of a reckoning
        if (bar := max(item.rfind("丨"), item.rfind("|"))) >= 0 and len(item) - bar > 4:
            item, i, parsed = item[bar + 1:], i + bar + 1, None  # 项目建设进行时丨|甲公司…: a series' title and its bar
        if item.endswith(("产业", "工业")) and _PJ_PARK_TRADE.search(item):
            return  # 某某工业园区产业项目: the park's projects of industry, a kind, none named
        if (k := _subsidiary_lead_len(item)):
            item, i, parsed = item[k:], i + k, None  # 公司控股子公司|甲有限公司年产…项目: the firm's project
        elif item.startswith(("公司", "本公司", "该公司", "集团", "本集团")) and \
                (w := _PJ_FIRM_WORD.match(item)) and len(item) - w.end() >= 4:
            item, i, parsed = item[w.end():], i + w.end(), None  # 与公司|某某项目配套: the company that writes
        if (ph := _PHASE_END.search(item)) and item[: ph.start()] in _PJ_ANAPHORS:
            return  # 公司二期项目投产后: the firm the passage is about, named before
        if _PJ_FUNDS_USE.match(item):
            return  # 补充流动资金, 偿还银行贷款: a use of raised funds (a row of a prospectus' table), no works
        if item.startswith(("我们", "咱们")) and len(item) >= 6:
            item, i, parsed = item[2:], i + 2, None  # 我们|甲装备年产…项目: the speaker's firm, named after the pronoun
        if item.startswith("其") and len(item) >= 5 and (item[1].isdigit() or item.startswith("其年产") or
                                                       item[1] not in _NOT_PRONOUN_NEXT):
            item, i, parsed = item[1:], i + 1, None  # 甲公司…,其|年产20万吨某产品项目: the pronoun of the firm
            # (or of its product: 甲公司表示,其|乙及丙材料项目…)
            pronoun = True
        else:  # (the pronoun cut off before: 其|年产…)
            pronoun = 0 < i <= len(self.text) and self.text[i - 1] == "其" and (item[:1].isdigit() or item.startswith("年产"))
        if len(item) <= 2 and not _PJ_PHASE_ONLY.fullmatch(item) or _PJ_KIND_END.search(item) or "表示" in item or _PJ_PLACES_COUNTED.search(item) or \
                item.startswith(("某", "其他", "其它")) or \
                0 < i < len(self.text) and (ls := self.text.rfind("\n", 0, i) + 1) >= 0 and \
                self.text.rfind("《", ls, i) > self.text.rfind("》", ls, i):
            return  # 基地项目: a word; 甲经开区新签约项目: a kind; 甲方面表示项目…: speech; 《某市工业项目建设用地…》: a title;
            # 其他零星工程: the rest of a table, no name
        if _PJ_DEICTIC_END.search(item) or _PJ_DEICTIC_LEAD.match(item) or \
                item.startswith("上") and i > 0 and self.text[i - 1] == "以":  # (以|上…: 以 read as a lead word)
            return  # 某地这个项目, 甲公司本次签约项目, 上述配套产业项目: projects named before, pointed at again
        if _PJ_RESEARCH.search(item) or _PJ_PROGRAMME_END.search(item):
            return  # 某合金板材组织调控研究, 某轴承国产化研制: a research topic, not a construction project; 重大科技专项: a
            # programme; 两个工业园区也有部分|项目: some of the projects
        if _PJ_ACCREDITED.search(item) or _PJ_DONE_INSIDE.search(item, 2):
            return  # 省级某某工程研究中心: a platform's rank, accredited, not works; 某园完成|专用线: a clause, not a name
        if 0 < i < len(self.text) and (item[:1].isdigit() or item.startswith("年产")) and \
                not self.text.startswith(("项目", "工程"), i + len(item)) and \
                _PJ_PART_OF.search(self.text, max(self.clause_start(i), i - 30), i):
            return  # 配套建设20万千瓦光伏和10万千瓦风电, 二期再建设3万吨生产线: the sized parts of a project named
            # before (a facility named on its own, 配套建设某某中心, is a project of its own)
        if 0 < i < len(self.text) and (item[:1].isdigit() or item.startswith("年产")) and \
                not self.text.startswith(("项目", "工程"), i + len(item)) and \
                (hm := _PJ_NUMBERED_HEAD.match(self.text, self.text.rfind("\n", 0, i) + 1)) is not None and hm.end() <= i:
            return  # 4.甲公司某某综合利用项目。…拟在某园建设|年产3000万平方米乙、50万吨丙生产线: what the project the
            # numbered line names builds, sized, no project of its own
        if 0 <= i < len(self.text) and _PJ_CONTENT_FIELD.match(self.text, self.text.rfind("\n", 0, i) + 1):
            return  # 建设内容及规模:建设年产15万吨甲、8万吨乙生产线: what the card's project builds, not projects
        if _PJ_PHASE_ONLY.fullmatch(item):
            vm = _PJ_PHASE_VERB.search(self.text, max(0, i - 30), i)
            owner = max((k for k in known if vm and self.text.startswith(k, vm.start() - len(k))), key=len,
                        default=None)
            if owner is None:
                return  # 建设二期项目: a phase of no named project
            item, i, parsed = owner + item, vm.start() - len(owner), None
        if (ll := _lead_len(item)) >= 3 and item[ll - 1] in "县区旗" and \
                any(item.startswith(k, ll) for k in known if len(k) >= 6 and _lead_len(k) >= 2):
            item, i, parsed = item[ll:], i + ll, None  # 某区|大同甲科技有限公司年产…: where the firm works, then its
            # registered name, which opens with its own place
        p = parsed or parse_project_item(item, known)
        p = self._owner_before_place(item, p)
        if (e := p["enterprise"]) and (rk := _OWNER_ROLE_LEAD.match(e)) and e[rk.end():] in known:
            p = dict(p, enterprise=e[rk.end():])  # 规上企业|甲煤业有限公司签约…项目: the firm's role, then the firm
        if pronoun and not p["enterprise"] and 0 < i <= len(self.text):
            ss = self.sentence_start(i)  # (the firm the sentence opens with is the one 其 points back to)
            firm = min(((at, -len(k), k) for k in known if len(k) >= 4 and (at := self.text.find(k, ss, i)) >= 0 and
                        not _PARENT_NAMED.match(self.text, at + len(k))), default=None)
            if firm is not None:
                p = dict(p, enterprise=firm[2])  # (not a group named as the parent: 企业系甲集团…全资子公司,其|…)
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

    def _row_firm(self, cs):
        """The registered firm of the table row whose cell opens at `cs`, when the table has a firm column (企业名称)
        and the cell is another column's; else None."""
        text = self.text
        ls = text.rfind("\n", 0, cs) + 1
        col = text.count("\t", ls, cs)
        memo = self.__dict__.setdefault("_row_firm_memo", {})
        if ls not in memo:
            memo[ls] = self._row_firm_cell(ls)
        k, firm = memo[ls]
        return firm if k is not None and k != col else None

    def _row_firm_cell(self, ls):
        """``(column, firm)`` of the row at `ls` (see :meth:`_row_firm`), or ``(None, None)``."""
        text = self.text
        le = text.find("\n", ls)
        row = text[ls: len(text) if le < 0 else le].split("\t")
        if len(row) < 3:
            return None, None
        h = ls - 1
        for _ in range(40):  # (the header: the nearest line above with as many cells that names a firm column)
            if h <= 0:
                return None, None
            hs = text.rfind("\n", 0, h) + 1
            cells = text[hs:h].split("\t")
            if len(cells) == len(row) and any(_FIRM_COLUMN.fullmatch(c.strip()) for c in cells):
                k = next(i for i, c in enumerate(cells) if _FIRM_COLUMN.fullmatch(c.strip()))
                firm = re.sub(r"\([^()]*\)$", "", row[k].strip()) if k < len(row) else ""
                return (k, firm) if _LEGAL_FORM_RE.search(firm[-4:]) else (None, None)
            h = hs - 1
        return None, None

    def _park_places(self):
        """The names the text's parks go by before their type (准东 of 准东经济技术开发区), once the parks are found."""
        if getattr(self, "_park_place_memo", None) is None:
            own = set()
            for p in self.x.parks:
                for n in (p["name"], *p.get("aliases", ())):
                    t = _PARK_SUFFIX_RE.search(n)
                    if t is not None and t.start() >= 2:
                        own.add(n[: t.start()])
            self._park_place_memo = frozenset(own)
        return self._park_place_memo

    def find_table_projects(self):
        """Each row of a project table (序号, 项目名称, 建设单位, 建设内容, 总投资, 进度: one row per line, cells split by
        tabs) names one project, with or without the word 项目; the owner, stage and investment come from their
        columns when the table has them."""
        text = self.text
        self._table_rows = []
        self._table_owners = []
        self._table_projects = set()  # (the projects read from a row of a project table)
        self._table_of = {}  # (the id of each such project -> where its table's header starts)
        self._content_rows = set()  # (the ids of such projects named by a content cell alone: 年产5万吨甲、1万吨乙)
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
            if "name" not in col or _INDICATOR_HEADER.search(h.group()) or \
                    _COMPARED_COLUMN.search(h.group()) and cells[col["name"]].strip() == "项目":
                continue  # an indicator table (指标, 2022年, 2025年), not a list of projects; nor a table of items
                # compared (企业名称 项目 申报数 核实数 差异: what a firm declared and what was found)
            if (not _PJ_NAME_CELL.match(cells[col["name"]]) or _SCORE_COLUMN.search(h.group())) and len(col) < 2 and \
                    "序号" not in h.group():
                continue  # 建设项目, 重点项目 name the column only beside a 序号 or another column (not 签约项目\t个\t40);
                # 项目 beside 满分 or 得分 is an item of a score sheet
            if len(col) < 2 and cells[col["name"]].strip() == "项目" and \
                    all(_COST_COLUMN.fullmatch(c.strip()) for i, c in enumerate(cells)
                        if i != col["name"] and c.strip() not in ("", "序号")):
                continue  # 序号 项目 一期 二期 合计: the items of an investment estimate (建筑工程费, 预备费), not projects
                # (项目 标准 备注: the items of a cost reference, 工业用地出让价格, 标准化厂房租金)
            if "invest" in col and "基金" in h.group() and "总投资" not in cells[col["invest"]]:
                del col["invest"]  # (子基金 被投企业 拟投资金额: what a fund puts into the firm, not the project's cost)
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
                if (go_on := _TABLE_GOES_ON.match(text, pos)) is not None:
                    # a blank line and 续表 (the table goes on after a page break, its header not written again)
                    k = go_on.end()
                    e2 = text.find("\n", k)
                    if _ROW_NUMBER.match(text, k) and text.count("\t", k, len(text) if e2 < 0 else e2) == len(cells) - 1:
                        pos = k
                        continue
                if pos == end and _ROW_NUMBER.match(text, end + 1):
                    nxt = text.find("\n", end + 1)
                    if text.count("\t", end + 1, len(text) if nxt < 0 else nxt) == len(cells) - 1:
                        pos = end + 1  # a blank line where a passage was hidden (---此处隐藏…---), the rows go on
                        continue
                if len(row) < len(cells) and text.startswith("\n\n", end):
                    # 31\t甲|(a hidden passage)|…\t乙银行: a row cut where a passage was hidden, and the end of another
                    # row after it; the table's rows go on at the next whole row
                    k = end + 2
                    for _ in range(2):
                        e2 = text.find("\n", k)
                        e2 = len(text) if e2 < 0 else e2
                        if _ROW_NUMBER.match(text, k) and text.count("\t", k, e2) == len(cells) - 1:
                            break
                        k = e2 + 1
                    else:
                        k = -1
                    if k > 0:
                        pos = k
                        continue
                if pos == h.end() + 1 and _UNITS_LINE.fullmatch(text, pos, end):
                    pos = end + 1  # (亿元)(亿元)\t(亿元): the header's units on a line of their own under it
                    continue
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
                if _PHOTO_CAPTION.match(text, pos, end):
                    break  # (图为签约仪式现场。记者\t王某某\t摄): a photo's caption under the table, which ends there
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
                if (sn := _SIZE_NOTE.search(name)) is not None and sn.end() == len(name) and sn.start() >= 2 and \
                        not name.endswith("项目", 0, sn.start()):
                    name = name[: sn.start()]  # 甲煤矿(240万吨/年): the plant, its size a note (乙项目(20万千瓦) stays)
                if name.endswith(")") and (rn := _BUILDER_ROLE_NOTE.search(name)) and rn.start() >= 4:
                    name = name[: rn.start()]  # 甲输变电工程(监理): the works, the row's unit's part in it a note
                if name.endswith("项目"):
                    name = name[:-2]
                written = name
                phase = _PJ_PAREN_PHASE.search(name)
                if phase:
                    name = name[: phase.start()] + phase.group(1)  # (named as written: 某某厂房(三期))
                if not (2 <= len(name) <= 40) or _PJ_BAD_ITEM.search(_SIZE_NOTE.sub("", _CELL_QUALIFIER.sub("", _ABBREVIATION.sub("", name)))) \
                        or _BATCH.search(name) or name in _TOTAL_CELLS or row[0].strip() in _TOTAL_CELLS or \
                        _FIGURE_CELL.fullmatch(name) or written == row[col["name"]].strip() and _CELL_WORK_NOT_WORKS.search(name):
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
                        if e and e != owner and e not in rec.setdefault("aliases", []) and not self.regions.knows(e) and \
                                "至" not in e:  # (吴忠至青|铜峡…通道: a road between places, no short name)
                            rec["aliases"].append(e)  # (not a place opening the name cell: 某市|30万吨…)
                        pp = dict(pp, enterprise=owner)
                elif owner and e and e not in known and e not in owner and not _firm_like(e) and \
                        not _LEGAL_FORM_RE.search(e):
                    pp = dict(pp, enterprise=None)  # 甲牦牛藏羊|种质资源保护中心\t州畜牧工作站: the owner column names the
                    # builder, a unit that is no firm; the head of the name cell is a part of the name
                before = len(self.x.projects)
                self._add_project(name, starts[col["name"]], stage, 0.75, known, pp)
                if len(self.x.projects) > before:
                    self._table_projects.add(id(self.x.projects[-1]))
                    self._table_of[id(self.x.projects[-1])] = h.start()
                    if _CONTENT_COLUMN.match(cells[col["name"]]) and _SIZE_LED.match(name):
                        # (项目内容|年产20万吨甲、5万吨乙: what the row's firm builds, its size, and no name of its own)
                        self._content_rows.add(id(self.x.projects[-1]))
                if owner and len(self.x.projects) > before and not self.x.projects[-1]["enterprise"]:
                    self._table_owners.append((self.x.projects[-1], owner))  # named by its short form: resolved later
                if "invest" in col and col["invest"] < len(row) and len(self.x.projects) > before:
                    v = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", row[col["invest"]])
                    if v:
                        self.x.projects[-1]["investment"] = float(v.group(1)) * unit
                pos = end + 1

    def _builder_clause_start(self, cs):
        """Where the clause that ends at a verb of building before a project starts, going on over a comma or a bracket
        that cuts the firm off from the verb: a short name declared (甲有限公司(简称甲)|拟建设…) or the firm's investment
        (甲有限公司投资58亿元,|建设…)."""
        text = self.text
        if text[cs - 1: cs] == ")" and (o := text.rfind("(", max(0, cs - 16), cs)) > 0 and \
                text.startswith(("简称", "以下简称"), o + 1):
            return self.clause_start(o)
        if text[cs - 1: cs] == "," and _INVEST_CLAUSE_END.search(text, max(0, cs - 16), cs):
            return self.clause_start(cs - 1)
        return cs

    def _card_firm(self, cs):
        """The firm a card's numbered heading names (1.甲有限公司(以下简称甲)), when the line holding `cs` is one of the
        labelled lines below it (所属产业链:…;所在园区:… / 升级改造项目:…), at most four lines down; else None.

        >>> from chainatlas.loaders.extract.core import _Extractor
        >>> x = _Extractor("1.甲乙电器有限公司(以下简称甲乙)\\n所在园区:丙园区。\\n改造项目:丁改造项目,总投资1亿元。", "d")
        >>> x._card_firm(x.text.find("丁"))
        '甲乙电器有限公司'
        """
        text = self.text
        ls = text.rfind("\n", 0, cs) + 1
        for _ in range(4):
            if ls <= 0:
                return None
            ps = text.rfind("\n", 0, ls - 1) + 1
            line = text[ps: ls - 1]
            h = _CARD_FIRM_HEAD.match(line)
            if h is not None:
                return h.group("firm")
            if not _CARD_FIELD_LINE.match(line):
                return None
            ls = ps
        return None

    def _field_block(self, ls, le):
        """The lines of labelled fields around the line `ls`..`le` (each opens with a label and a colon), up to a
        blank line or another kind of line, at most eight lines either way."""
        text = self.text
        bs, be = ls, le
        # (a line that names a project opens a card: 1.项目名称:甲 / 建设单位:乙 / 2.项目名称:丙 / …; the fields
        # before it are the card before's)
        for _ in range(0 if text.find("项目名称", ls, le) >= 0 else 8):
            p = text.rfind("\n", 0, bs - 1) + 1 if bs > 0 else -1
            if p < 0 or not _PJ_FIELD_LINE.match(text, p, bs - 1) or text.find("项目名称", p, bs - 1) >= 0:
                break
            bs = p
        for _ in range(8):
            if be >= len(text):
                break
            n = text.find("\n", be + 1)
            n = len(text) if n < 0 else n
            if not _PJ_FIELD_LINE.match(text, be + 1, n) or text.find("项目名称", be + 1, n) >= 0:
                break
            be = n
        return bs, be

    def _field_line_projects(self, known):
        """A line of labelled fields that records one project (1. 甲方:某管委会  乙方:甲公司  项目:乙项目  金额:2亿元;
        项目名称:…;建设单位:…): the project is the value of its 项目/项目名称 field, its owner the value of the investor's
        field (乙方, 投资方, 签约企业, 建设单位, 企业), its investment the 金额/总投资 field's figure."""
        text = self.text
        for i in _occurrences(text, "项目"):
            if text[i + 2: i + 3] not in _PJ_FIELD_NEXT:
                continue  # (项目: or 项目名称:, most 项目 are neither)
            ls = text.rfind("\n", 0, i) + 1
            # (after a separator or at a line's start, or after the number of a list of cards: 3.|项目名称:…)
            numbered = 0 < i - ls <= 5 and _PJ_CARD_NUMBER.fullmatch(text, ls, i) is not None
            if i > 0 and text[i - 1] not in _PJ_FIELD_SEPS and text[i - 1] != "\n" and not numbered:
                continue
            f = _PJ_FIELD_NAME.match(text, i)
            if f is None:
                continue
            le = text.find("\n", i)
            le = len(text) if le < 0 else le
            fields = {}
            card = False
            for m in _PJ_FIELD.finditer(text, ls, le):
                fields.setdefault(m.group("label"), m)
            if len(fields) < 3 and (ls == i or numbered):
                # a record written one field a line (项目名称:甲项目 / 项目单位:甲公司 / 总投资:2亿元), its lines
                # between blank ones: the fields of the block, when one of them names the owner
                # (each label opens its line: 已有企业:… is no owner's field)
                bs, be = self._field_block(ls, le)
                fields = {}
                for m in _PJ_FIELD.finditer(text, bs, be):
                    lead = text[text.rfind("\n", 0, m.start()) + 1: m.start()]
                    if not lead.strip() or _PJ_CARD_NUMBER.fullmatch(lead):
                        fields.setdefault(m.group("label"), m)
                # (or a card without an owner, 项目名称: opening a block of three labelled lines or more: a project
                # offered to investors, 项目名称:…/项目类别:…/建设地点:…)
                card = not any(label in fields for label in _PJ_FIELD_OWNERS)
                if card and not ("项目名称" in fields and text.count("\n", bs, be) >= 2):
                    continue
            elif len(fields) < 3:
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
                    if (k := owner.find("(以下简称")) > 0 or (k := owner.find("(简称")) > 0:
                        owner = owner[:k]  # (甲有限公司(以下简称甲): the short name declared after it)
                    break
            pp = parse_project_item(name, known | set(_short_forms(owner) if owner else ()))
            if card and pp.get("enterprise") not in known:
                pp = dict(pp, enterprise=None)  # (a card names no owner: 甲古城文化旅游提升 is a place's project)
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
                    not _PJ_OWN_INVESTMENT.match(text, m.end()) and not (
                        text.startswith(_PJ_PAPER_WORDS, m.end()) and _PJ_SIZED_BEFORE.search(text, max(0, q - 24), q)) and \
                    not (text[(c0 := self.clause_start(q)) - 1: c0] == "\t" and self._row_firm(c0) is not None):
                # (a firm's row: 甲公司\t…\t乙项目用地中…需办理…, the cell names the row's firm's project)
                continue  # (签订甲项目投资协议: the agreement is the project's, the project is named; so is the
                # report on a sized project: 关于甲公司年产10万吨乙项目节能报告的审查意见)
            k = bisect.bisect_right(row_starts, q) - 1
            if k >= 0 and q < rows[k][1]:
                continue  # a row of a project table, read by find_table_projects
            cs = self.clause_start(q)
            while cs > 1 and text[cs - 1] == ")" and _PJ_PAREN_PHASE.search(text, max(0, cs - 6), cs):
                cs = self.clause_start(text.rfind("(", 0, cs))  # 甲厂房(二期)、乙…: the phase's bracket is in the item
            if cs > 4 and _UNIT_PAIR.match(text, cs - 4):
                cs = self.clause_start(cs - 4)  # 甲公司年产2000台(套)|乙装备项目: the unit's bracket is in the size
                # (3亿片(支)|制剂 too)
            while cs > 1 and text[cs - 1] == ")" and text[cs:cs + 1] == "、" and \
                    (o := text.rfind("(", max(0, cs - 30), cs - 1)) > 0 and (
                        _PJ_GLOSS.fullmatch(text, o + 1, cs - 1) or _PAREN_SUBLIST.fullmatch(text, o + 1, cs - 1)):
                cs = self.clause_start(o)  # 招引甲、乙变流器(PCS)、丙等项目: a product's abbreviation in a list's item
                # (招引甲、乙醇(丙醇、丁醇)、戊等项目: the kinds of an item, listed in its brackets)
            if cs > 1 and text[cs - 1] == ")" and (o := text.rfind("(", max(0, cs - 9), cs)) > 0 and \
                    _FIRM_PLACE_PAREN.match(text, o) and _LEGAL_FORM_RE.search(text, cs, q):
                cs = self.clause_start(o)  # 甲能源(某县)新能源有限公司|…项目: the place in the firm's registered name
            if cs >= q - 1 and text[q - 1: q] == "”" and (o := text.rfind("“", max(0, q - 14), q - 1)) > 0 and \
                    _TM_DIGIT.search(text, max(0, o - 8), o):
                cs = self.clause_start(o)  # 某县50万千瓦“光伏+治沙”项目: a quoted mode of building inside the name
            if cs >= q - 1 and text[q - 1: q] == ")" and (o := text.rfind("(", max(0, q - 14), q - 1)) > 0 and \
                    _PJ_GLOSS.fullmatch(text, o + 1, q - 1) and _HAN_CHAR.match(text, o - 1):
                cs = self.clause_start(o)  # 甲公司年产5万吨可降解塑料(PBS)|项目: the product's abbreviation, in the name
            cs = max(cs, q - _LIST_SPAN)
            seg = text[cs:q]
            if ("为" in seg or "是" in seg or "有" in seg or "包括" in seg or "在于" in seg) and \
                    (cm := _last(_PJ_COPULA.finditer(seg))) and len(seg) - cm.end() >= 4:
                cs += cm.end()  # 您关心的项目是|甲公司…项目, 主要在建工程为|乙…项目: the project named after the copula
                seg = text[cs:q]
            if seg[:1] == "除" and text.startswith("外", m.end()):
                cs += 1  # 除|甲煤业120万吨/年乙改造项目外,…: what the clause leaves out, the project after the preposition
                seg = text[cs:q]
            if len(seg) < 2 or seg[-1] == "个" and _PJ_OF_COUNT.search(seg):
                continue  # 甲园区、乙园区的6个项目: where counted projects are, none named
            if "对" in seg and (ad := _last(_PJ_ADDRESSEE.finditer(seg))) is not None and len(seg) - ad.end() >= 2 and \
                    "和" in seg[: ad.start()]:
                cs += ad.end()  # 市甲和乙局对|…项目开辟绿色通道: the body (its name split by 和) acts on the projects
                seg = text[cs:q]
            if _PJ_BARE_AFTER.search(seg):
                continue  # 甲局要将|项目纳入…, 各部门要把本|项目作为…: the project spoken of, none named
            k = seg.rfind("等")
            while k >= 1 and seg.startswith(_DENG_WORDS, k):
                k = seg.rfind("等", 0, k)  # 甲碳素年产3万吨等静压石墨项目: a word that opens with 等 closes no list
            # (等级, 等同: no list closes there; but 等同类项目 closes one, with a category: 甲、乙等同类项目)
            listed = k >= 1 and len(seg) - k <= 30 and (seg[k + 1: k + 2] not in ("级", "同") or
                                                        seg.startswith("同类", k + 1))
            mid = seg[k + 1:] if listed else ""
            lst_end = cs + k if listed else q
            rest = _PROJECT_QUALIFIER.sub("", mid)
            if "企业" in mid or _PJ_CATEGORY.search(rest) and not _PJ_FACILITY_CLASS.fullmatch(rest):
                continue  # 甲风电、乙风电等4户上市企业项目: firms; 等领域项目: categories (等基础设施项目: facilities)
            if listed and text.startswith(("为主", "居多"), m.end()) and "以" in seg:
                continue  # 甲产业园以光伏组件等资本密集型项目为主: the kinds of a park's projects, none named
            if _PJ_VISIT_KIND.search(mid):
                continue  # 智能焊接、数控加工等互动体验项目: what a venue lets visitors do, not works
            if _PARK_SUFFIX_RE.search(mid) or "和" in mid and not _PJ_FACILITY_CLASS.fullmatch(rest):
                continue  # 某某产业园等6个…园区和重大项目: the 等 closes another list (not 等民生和基础设施项目)
            # 招引…项目: wanted, not a project; but 成功引进甲公司年产…项目: a recruited firm's project, under way
            recruit = _RECRUIT.search(seg)
            # (某市引进的|甲公司…项目: a recruited firm's project, told as done)
            recruited = bool(recruit) and (all(_RECRUITED.search(seg, max(0, r.start() - 2), r.start())
                                               or seg.startswith(("了", "的"), r.end()) for r in _RECRUIT.finditer(seg))
                                           # (引进甲公司…项目,2023年11月竣工: the project the recruited firm built)
                                           or _PJ_DONE_RIGHT_AFTER.match(text, m.end()) is not None)
            if recruit and not recruited:
                continue
            if cards and _CONTENT_LABEL.search(text, max(0, text.rfind("\n", 0, cs), text.rfind("。", 0, cs)), cs + 1):
                continue  # 建设内容:…甲、乙项目进行改造: the parts of the card's project, not projects
            if _PJ_IN_TALKS_CLASS.search(seg):
                continue  # 甲园区在谈及签约项目:, 在谈项目: a class of projects a heading opens, none named
            if _PJ_NEGATED.search(seg):
                continue  # 园区不再新增…项目, 严禁新上…项目, 限制新建…项目: a ban or a limit, not a project
            if _PJ_LEFT_OUT.match(text, m.end()):
                continue  # 甲加工、乙构件等项目不纳入本规划: kinds the plan leaves out
            if _PJ_RULES_AFTER.match(text, m.end()):
                continue  # 《某某一体化示范项目实施细则》: the rules of a programme, no project named
            if text[q - 1] in "、,;" and not listed:
                continue  # 日常调度、项目推进: 项目 opens an item of its own, no project is named
            items = self.list_items(cs, lst_end, split_and="和")
            if not items:
                continue
            if len(items) >= 2 and all(_GOVERNMENT_END.search(i) for i, _ in items[:-1]):
                continue  # 甲区人民政府、乙县人民政府负责本辖区内项目推进: the governments that act, no project named
            # a cell that opens with a project (or a sentence of it does), in a row of a table of firms (序号\t企业名称\t…\t
            # 甲项目需办理…, …企业。乙项目申请…): the row's firm's project
            row_firm = self._row_firm(cs) if not listed and cs > 0 and (
                text[cs - 1] == "\t" or text[cs - 1] in "。;" and CAPACITY.search(text, cs, q) is not None and
                text.find("\t", text.rfind("\n", 0, cs) + 1, cs) >= 0) else None
            if len(items) > 1 and all(it in _BUILD_KINDS for it, _ in items[:-1]):
                continue  # 新建、改建、扩建|危险化学品生产项目: the kinds of building a rule covers, no project named
            if len(items) > 1 and _PJ_APPLY_FOR.search(items[0][0]):
                continue  # 优先推荐申报各级甲、乙、丙等项目: the programmes a firm applies to, none named
            if len(items) > 2 and self.regions.knows(items[0][0]):
                # 甲县、乙县主要支持|丙和丁项目: the places that act, then the verb; its objects are the list
                j = next((j for j, (it, _) in enumerate(items) if not self.regions.knows(it)), 0)
                k = (_lead_len(items[j][0]) or next((n for n in (3, 2) if self.regions.knows(items[j][0][:n])), 0)) \
                    if j else 0  # (a county written without its suffix, 甲、乙|两个工业集中区…)
                vm = _CUT_RE.search(items[j][0], k) if k else None
                if vm is not None and len(items[j][0]) - vm.end() >= 2 and (
                        vm.start() - k <= 4 or _park_at_end(items[j][0], 0, vm.start()) or
                        _park_at_end(items[j][0], 0, vm.start() - 2)):  # (甲、乙两个工业集中区|(规划)布局…)
                    items = [(items[j][0][vm.end():], items[j][1] + vm.end())] + items[j + 1:]
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
            if not listed and (_all_qualifiers(_strip_lead(items[-1][0]).replace("产业链", "")) or
                               _all_qualifiers(items[-1][0])):  # (重点在建及扩建: the lead cut would take 在 of 在建)
                continue  # 实施重点项目, 产业链重点项目: qualifiers of 项目, no project is named
            pre = text[cs:items[0][1]]
            intro = pre + items[0][0][:8]
            if _COUNT.search(intro) or "一批" in intro or "各类" in intro:
                continue  # 实施了1200个…改造项目, 加快一批纺织技改项目: counts and categories
            counted = _PJ_COUNT_AFTER.match(text, m.end())
            if counted and listed:
                # 甲公司年产…、乙公司年产…等项目20个以上: the list's items written with their size name projects, the
                # count is of the whole batch; 甲改造、乙提升等项目28个: kinds of projects, counted
                items = [(i, p) for i, p in items if _TM_DIGIT.search(i)]
                if not items:
                    continue
            elif counted or not listed and text.startswith("集中", m.end()) and not (
                    len(items) > 1 and items[-2][0].endswith("项目") and _TM_DIGIT.search(items[-1][0])):
                # (甲50万千瓦光伏项目、乙20万千瓦储能项目集中开工: a list of projects, each with its size, started together)
                continue  # 新签约某某项目23个, 某某产业项目集中签约: projects of a kind (a count, a batch), none named
            if len(items) > 1 and (ck := _PJ_COUNT_KIND.search(items[-1][0], 2)) and all(
                    lexicon._lead_len(i) for i, _ in items[:-1]) and lexicon._lead_len(items[-1][0][: ck.start()]):
                continue  # 甲县某山、乙县某滩两个风电项目: the places of projects named elsewhere, counted with their kind
            if not listed and len(items) > 1:
                c = _PJ_LIST_COUNT.search(items[-1][0])
                if c and c.start() >= 2:  # 甲光伏、乙余热发电、丙粗苯精制3个项目建成: the count closes the list
                    items[-1] = (items[-1][0][: c.start()], items[-1][1])
            # a phase written after 项目 is the project's (甲公司5GW组件项目一期建成投产, 乙金属镁项目(一期))
            ph_after = _PJ_PHASE_AFTER.match(text, m.end()) if not listed else None
            # (甲项目一期已投产,二期加快建设: the phases' progress, of one project written without its phase)
            whole = bool(ph_after and _PJ_NEXT_PHASE.match(text, ph_after.end()))
            if ph_after and not whole:
                # (named as written, 甲项目(一期); a bracket that goes on with the phase's size, 乙项目(一期10万千瓦),
                # leaves the phase alone)
                written = text[m.start():ph_after.end()]
                written = written[:-2] if written.endswith("工程") else written  # (甲项目一期|工程计划…: the phase)
                items[-1] = (items[-1][0] + (written if written.count("(") == written.count(")") else
                                             ph_after.group("ph")), items[-1][1])
            m_end = ph_after.end() if ph_after else m.end()
            # (甲加氢站项目由乙有限公司建设: the builder named right after the project, which it names)
            by = _PJ_BUILDER_AFTER.match(text, m_end) if text.startswith("由", m_end) else None
            signed = False  # (set by an item read after a verb of signing: the project is named)
            sizes_joined = False  # (set where a second size joined the item before it: 年产20万吨甲、|3万吨乙项目)
            parsed = []
            # (升级改造项目:|甲改造项目,总投资…: a field of a firm's card, its label a kind of project; the card's
            # numbered heading names the firm, 1.乙有限公司(以下简称乙))
            label_firm = self._card_firm(cs) if not listed and text[cs - 1: cs] == ":" and \
                text.endswith("项目", 0, cs - 1) else None
            prev = None
            if len(items) > 1 and _PJ_PRONOUN_LEAD.match(items[-1][0]):
                continue  # 甲公司就在和|我们谈乙项目: 和 joins the firm to the speaker, whose talks name no project
            if any("分别在" in it or "这些" in it or "那些" in it for it, _ in items):
                continue  # 甲公司分别在乙县、丙区签约丁和戊项目: each place's project, told together, none named whole;
                # 甲集团、乙集团这些央企…都有大项目: what firms of a kind have, none named
            for item, p in items:
                item = item[:-2].strip() if item.endswith("项目") else item
                if _PJ_NOT_LEAD.match(item) or _PJ_PARK_STAGE.search(item) or _PJ_BODY_SPEAKS.search(item) or \
                        item.endswith(lexicon.BODY_ENDS) or "负责同志" in item or "负责人" in item:
                    continue  # 不看产业关联、不做背景调查…的项目: what a project is like, not one; 甲产业园签约|项目(6个):
                    # the projects signed in a park, counted
                if (du := _PJ_ITEM_DUE.search(item, 4)) is not None:
                    item = item[: du.start()]  # 确保甲二期|2025年底前建成、乙项目年内开工: the item's aim, not its name
                if (sl := _PJ_TENDER_LEAD.match(item)) and len(item) - sl.end() >= 6:
                    item, p = item[sl.end():], p + sl.end()  # 本招标项目|甲园区标准化厂房…项目: the notice's own project
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
                topic_firm = None
                if "就" in item and (tf := _PJ_TOPIC_FRAME.match(item)) and len(item) - tf.end() >= 4:
                    # 甲与乙管委会就|年屠宰…项目达成意向: the parties, then the project they talk about; the first
                    # party, a firm the text names, owns it
                    if tf.group("firm") and (tf.group("firm") in known or _LEGAL_BEFORE.search(tf.group("firm"))):
                        topic_firm = tf.group("firm")
                    item, p = item[tf.end():], p + tf.end()
                elif item.startswith("就") and len(item) >= 6:
                    item, p = item[1:], p + 1  # 甲与乙公司(乙)|就|年产…项目达成协议: the parties are before the bracket
                if (ex := _PJ_EXAMPLE_LEAD.match(item)) and len(item) - ex.end() >= 4:
                    item, p = item[ex.end():], p + ex.end()  # 如|甲能化煤制甲醇等重大项目…: an example, not a name
                if (nl := _PJ_ORDINAL_LEAD.match(item)) and len(item) - nl.end() >= 4:
                    item, p = item[nl.end():], p + nl.end()  # 第3项|甲项目…: the item's number in a list, not its name
                if (pv := _PJ_PUSH_IN.search(item, 2)) and len(item) - pv.end() >= 6:
                    item, p = item[pv.end():], p + pv.end()  # 甲、乙产业链要加快推进|丙年产…项目: who pushes, not a name
                t = _PJ_TIME_LEAD.match(item)
                if t and len(item) - t.end() >= 2:
                    item, p = item[t.end():], p + t.end()  # 去年|年产10万吨某材料项目建成投产: when, not who
                if (bt := _PJ_DONE_VERB_LEAD.match(item)) and len(item) - bt.end() >= 4:
                    item, p = item[bt.end():], p + bt.end()  # 园区已建成投产|甲风电主机、乙…等项目: done, not the name
                    pre += bt.group()  # (the list's stage, read from what comes before its items)
                if item.startswith(("开展", "启动")) and len(item) >= 6:
                    item, p = item[2:], p + 2  # (甲公司)开展|某某项目前期工作: the verb, not a part of the name
                j = item.rfind("的")
                if j == 0 and len(item) > 5:
                    item, p, j = item[1:], p + 1, -1  # 去年建成投产|的|年产…项目: the lead cut before 的, no name opens with it
                if j >= 2 and len(item) - j > 4 and (_PJ_PLACE_OF.search(item, 0, j) or _PJ_MADE_BY.search(item, 0, j)
                                                    or _PJ_DONE_BEFORE_OF.search(item, 0, j)):
                    item, p = item[j + 1:], p + j + 1  # 位于某经开区的|甲公司年产…项目: where, not who (总投资8亿元的|…;
                    # 去年建成投产的|…: when it was done)
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
                # (甲公司在某园建设的“|某某示范项目”: the name quoted with its 项目; `quote` is the width of the mark)
                quote = 1 if item[:1] == "“" and text.startswith("”", q + 2) and "”" not in item else 0
                item, p = item[quote:], p + quote
                if (sp := _PJ_SPEAKER_OF.match(item)) and len(item) - sp.end() >= 4:
                    item, p = item[sp.end():], p + sp.end()  # 我们的|年产…项目: the speaker's firm's project
                if (fw := _PJ_THE_FIRM.match(item)) and len(item) - fw.end() >= 6 and \
                        (c := CAPACITY.search(item, fw.end(), fw.end() + 14)) is not None and (
                        c.start() == fw.end() or
                        item[fw.end()] == "年" and _HAN_ONLY.fullmatch(item, fw.end(), c.start()) is not None):
                    # 企业|年产…项目, 该企业|年产…项目: the firm the paragraph is about, then its sized project
                    item, p = item[fw.end():], p + fw.end()
                    topic_firm = topic_firm or self._paragraph_firm(p, known)
                of_firm = None
                if "的" in item and (k := item.rfind("的")) >= 4 and len(item) - k > 4 and \
                        (_LEGAL_BEFORE.search(item, 0, k) or item[:k] in known):
                    of_firm, item, p = item[:k], item[k + 1:], p + k + 1  # 甲有限公司的|50万吨某产品项目: the firm's
                    # (乙集团旗下全资子公司|甲有限公司的…: what the firm is to its group, the group before it)
                    if (sk := of_firm.rfind("子公司")) >= 0 and _LEGAL_FORM_RE.search(of_firm, sk + 5):
                        of_firm = of_firm[sk + 3:]
                elif "的" in item and (k := item.rfind("的")) >= 8 and len(item) - k > 4 and \
                        (lf := _legal_form_in(item[:k])) is not None and 1 <= k - lf.end() <= 12 and \
                        _HAN_ONLY.fullmatch(item, lf.end(), k) and CAPACITY.search(item, k + 1) and \
                        not any(c in item[:lf.start()] for c in "与和及、"):  # (甲与乙有限公司合资的…: two owners)
                    # 甲有限公司承建的|…, 甲有限公司依托本成果的|年产…项目: what the firm does, then its sized project
                    of_firm, item, p = item[:lf.end()], item[k + 1:], p + k + 1
                written = item
                ph = _PJ_PAREN_PHASE.search(item) if item.endswith("期)") else None
                if ph:
                    item = item[: ph.start()] + ph.group(1)  # 某某厂房(二期): read as 某某厂房二期, named as written
                bare = _ITEM_GLOSS.sub("", _FIRM_PLACE_PAREN.sub("", item)) if "(" in item else item
                if not (2 <= len(item) <= 40) or _PJ_BAD_ITEM.search(_QUOTED_MODE.sub("", bare) if "“" in bare else bare):
                    continue
                if _CUT_RE.fullmatch(item, len(item) - 3, len(item) - 1) and item[-1] not in "库厂站仓港馆":
                    continue  # 某领域重点推进|镁、铝合金等项目: a verb kept in front of a one-character kind, no name
                    # (but 粮食储备|库: a facility, its last character a noun of one)
                if len(item) <= 6 and self.regions.knows(item):
                    continue  # 甲县、乙县2个工业集中区厂房项目: places the works are in, no name
                if (pc := _PJ_PLACES_COUNTED.search(item, 2, 9)) and self.regions.knows(item[: pc.start()]):
                    continue  # 供应甲、乙两县新能源项目: the projects of the places counted, no name
                # (_BATCH needs one of its characters, _PINYIN_DEBRIS a lowercase letter, which upper() changes)
                if not _BATCH_CHARS.isdisjoint(item) and _BATCH.search(item) or \
                        item.upper() != item and _PINYIN_DEBRIS.search(item):
                    continue  # a batch or programme; pinyin debris of a bad scrape
                # (a match is at the start, or one of the two-character words of the first alternative ends the item,
                # alone or with 建设 after it)
                if _PJ_NOT_NAME.match(item) or _PJ_NOT_NAME.search(item, max(0, len(item) - 5)):
                    continue  # 调度重点项目, 可满足大型化工项目, 为入园项目: a qualifier or a clause, no name
                pp = parse_project_item(item, known)
                if (rf := row_firm) and (
                        not pp["enterprise"] or pp["enterprise"] not in known and not _LEGAL_BEFORE.search(pp["enterprise"])):
                    pp = dict(pp, enterprise=rf)  # (the firm of the table's row, its own project: 数控机床… is no owner)
                if (pe := pp["enterprise"]) and (pe in self._park_places() or
                                                 pe[-1] in "东西南北" and pe[:-1] in self._park_places()):
                    pp = dict(pp, enterprise=None)  # 准东|2GW光伏…: the zone the project stands in, not who builds it
                    # (甲西|30万千瓦风电: a side of it)
                if of_firm and not pp["enterprise"]:
                    pp = dict(pp, enterprise=of_firm)
                if topic_firm and not pp["enterprise"]:
                    pp = dict(pp, enterprise=topic_firm)
                bm = None
                if text[p - 1 - quote: p - quote] == "的" and not pp["enterprise"] and not of_firm:
                    bs = cs  # (甲有限公司(以下简称甲)|投资…建设的: the firm before the short name it is given)
                    if text[cs - 1: cs] == ")" and (o := text.rfind("(", max(0, cs - 16), cs)) > 0 and \
                            text.startswith(("以下简称", "简称", "下称"), o + 1):
                        bs = self.clause_start(o)
                        while text[bs - 1: bs] == ")" and (o2 := text.rfind("(", max(0, bs - 8), bs)) > 0 and \
                                self.regions.knows(text[o2 + 1: bs - 1]):
                            bs = self.clause_start(o2)  # 甲(某地)乙有限公司(以下简称…): the place in the name is no clause
                    bm = _PJ_BUILT_BY.search(text[max(bs, p - 40 - (cs - bs)): p - quote])
                bf = bm.group("firm")[_subsidiary_lead_len(bm.group("firm")):] if bm else ""  # (其全资子公司|甲…)
                if bf and (k := bf.rfind("由")) >= 0 and len(bf) - k > 2:
                    bf = bf[k + 1:]  # 本项目所需电力主要由|甲集团在某市建设的…: the agent after 由
                if bf and (sl := _strip_lead(bf, keep=4)) != bf and _LEGAL_BEFORE.search(sl):
                    bf = sl  # 加快推进|甲有限公司投资建设的…: the clause's verbs, then the firm
                if bm and not _PJ_FIRM_WORD.fullmatch(bf) and (
                        bf in known or _LEGAL_BEFORE.search(bf) or _firm_like(bf)):
                    pp = dict(pp, enterprise=bf)  # 由甲集团投资建设的|年产…项目: the firm's
                if not pp["enterprise"] and not of_firm and text.endswith(("建设", "新建", "实施"), 0, p) and \
                        (fb := _PJ_FIRM_BUILDS.search(text, max(self._builder_clause_start(cs), p - 56), p)):
                    f = fb.group("firm")  # 支持甲有限公司建设|乙制丙项目: the firm that builds it (其全资子公司|甲有限公司…)
                    pp = dict(pp, enterprise=f[_subsidiary_lead_len(f):])
                if by is not None and not pp["enterprise"] and p + len(item) == q:
                    pp = dict(pp, enterprise=by.group("firm"))
                if label_firm and not pp["enterprise"] and p == cs:
                    pp = dict(pp, enterprise=label_firm)
                if not pp["enterprise"] and text[p - 2: p] in ("签约", "签订", "签署"):
                    # 某高新区与甲有限公司签约|年产…项目, 甲集团与某县签署|…项目: the firm among the parties owns it
                    # (a party's declared short name in brackets, 甲有限公司(简称甲)与乙县签约: an aside, and the clause
                    # runs on over it)
                    ps = cs
                    if text[cs - 1: cs] == ")" and (o := text.rfind("(", max(0, cs - 16), cs)) > 0 and \
                            text.startswith(("以下简称", "简称", "下称"), o + 1):
                        ps = self.clause_start(o)
                    parties = [f for f in (_strip_lead(_PJ_DECLARED_ASIDE.sub("", x).strip(_PARTY_MARKS), cut=False) for x in
                                           _PJ_PARTY_SPLIT.split(text[max(ps, p - 40): p - 2])[-2:])
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
                if prev is not None and prev[2]["enterprise"] and (o2 := pp["enterprise"]) and o2 not in known and \
                        (pb := _CAP_BASIS_ANY.search(prev[0])) and \
                        not CAPACITY.match(prev[0], pb.start()) and (_product_vocabulary().covers(o2) or len(o2) <= 3 and
                                                                     not _firm_like(o2) and not self.regions.knows(o2)) and \
                        (cm := CAPACITY.match(item, len(o2))) and not cm.group("basis"):
                    # 甲肉业年屠宰肉牛5万头、|肉羊30万只生产线: the basis, then each product with its figure after it;
                    # the second is the same plant's (its product read as an owner), the name runs over both
                    whole = text[prev[1]: p + len(item)]
                    prev[2]["products"].append({"name": normalise_product(o2), "capacity": float(cm.group("value")),
                                                "unit": cm.group("unit"), "basis": None})
                    prev[2]["name"] = whole
                    parsed[-1] = prev = (whole, prev[1], prev[2])
                    continue
                if prev is not None and not listed and not prev[2]["enterprise"] and not pp["enterprise"] and \
                        text[prev[1] + len(prev[0]): p] == "、" and not prev[0].endswith("生产线") and \
                        (cm := CAPACITY.match(item)) and not cm.group("basis") and \
                        (cp := _last(CAPACITY.finditer(prev[0]))) and cp.group("basis") and \
                        (cp.start() == 0 or _HAN_ONLY.fullmatch(prev[0], cp.end())):
                    prev[2]["products"].extend(pp["products"])  # 年产20万吨甲、|3万吨乙项目: the year's output of one
                    sizes_joined = True
                    continue  # plant, two products (the second with no 年产 of its own; 某园区乙综合利用年产20万吨甲、|
                    # 30万吨丙项目: the name, then its two sizes)
                if prev is not None and prev[2]["enterprise"] and not pp["enterprise"] and CAPACITY.match(item):
                    if (cm := CAPACITY.match(item)).group("basis") and cm.group("basis") in prev[0]:
                        # 甲集团年产5万吨X、年产3万吨Y等项目: each 年产 opens a plant of its own, the firm's (the owner as
                        # the first item's is read: 甲绿能|某市|年产…, without the city its plant stands in)
                        pp = dict(pp, enterprise=self._owner_before_place(prev[0], prev[2])["enterprise"])
                        prev = (item, p, pp)
                        parsed.append(prev)
                        continue
                    prev[2]["products"].extend(pp["products"])  # a second product of the same owner's project
                    continue
                if item in known and not pp["products"] and any(q.get("enterprise") == item for q in self.x.projects):
                    continue  # 凯烁新能源项目: the firm's project named before, not a new one
                if listed and _COUNT.search(mid) and (
                        (item in known or pp["enterprise"] == item) and not pp["products"] or _BANK_ITEM.search(item)):
                    continue  # 为甲新材、乙新能源等12个项目发放贷款: the firms whose projects are counted, none named; a
                    # bank in the clause before (丙银行某省分行等金融机构为…) lends, it builds nothing
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
            if when.end() == m_end and text.startswith(("已于", "将于", "已经于"), m_end):
                when = _PJ_WHEN.match(text, text.find("于", m_end))  # 甲项目已于2023年10月|建成投产
            after = text[when.end(): when.end() + 10]
            if (nw := _PJ_NOW.match(text, when.end())) is not None:
                after = text[nw.end(): nw.end() + 10]  # 甲项目,目前|正在建设: the time of the clause, then the progress
            strong = bool(_PJ_STRONG.search(pre + _PJ_ALREADY.sub("", after)[:6]) or _PJ_PROGRESS.match(after)) or \
                _PJ_FUNDS_AFTER.match(after) is not None or _PJ_BUILT_BY_AFTER.match(text, m_end) is not None or \
                after.startswith("前期工作") and text.startswith(("开展", "启动"), cs) or \
                not listed and _PJ_DONE_AFTER.search(text, m_end, min(self.clause_end(m_end), when.end() + 16)) is not None or \
                not listed and text.startswith(("在建", "正在建设"), m_end) or \
                not listed and _PJ_APPROVED_AFTER.match(text, when.end()) is not None or \
                after.startswith(_PJ_SITE_WORDS) or \
                not listed and after.startswith(("位于", "选址", "坐落")) and _PJ_INVEST_FIGURE.search(
                    text, m_end, (text.find("。", m_end) + 1 or len(text) + 1) - 1) is not None
            # (在甲公司某某项目现场: the site a visit stands at, a project being built; 甲中心三期项目位于某基地,…总投资12亿元:
            # where a project stands, then its own figures)
            card = False
            if not listed and ((cs == 0 or text[cs - 1] == "\n") and (_ENUM_LEAD.match(seg) or _BULLET_LEAD.match(seg)) or
                               text[cs - 1: cs] == ")" and _BRACKET_NUMBER.fullmatch(text, text.rfind("\n", 0, cs) + 1, cs) and
                               not _PJ_NAMED_AGAIN.search(text, m_end, (text.find("\n", m_end) + 1 or len(text) + 1) - 1)) and \
                    after[:1] in ("。", ";", "\n", "(", ",", "", ":"):
                strong = True  # 5.甲公司60万吨某产品项目。(or 项目: and its progress): a numbered line names one project
                # (the number in brackets, (一)|年产…项目。, ends a clause: the line's start is before it; a line that
                # names more projects after it is a class's heading, (一)奶源基地项目。甲牧业…项目)
            # the heading of a project's card, its fields on the lines below (5.某某项目⏎建设地点:…⏎总投资:…; (一)某某
            # 项目⏎…; 项目名称:某某项目⏎建设单位:…)
            if not listed and after[:1] == "\n" and _PJ_CARD_FIELD.match(text, m_end) is not None:
                ls = text.rfind("\n", 0, cs) + 1
                if ls == cs and _ENUM_LEAD.match(seg) or ls < cs and _PJ_CARD_HEAD.fullmatch(text, ls, cs):
                    card = strong = True
            if label_firm:
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
            strong = strong or chained or not listed and len(items) == 1 and (
                cs == 0 or text[cs - 1] in "。\n" or parsed[0][2]["enterprise"] in known) and \
                _PJ_CONTENT_AFTER.match(text, m_end) is not None  # 某某中心项目新建冷库…: a sentence on its works (or a
            # clause on a project of a firm the text names: …,甲玻璃|乙二期项目新建2条…生产线)
            inv = _PJ_INVEST_AFTER.match(text, m_end)
            strong = strong or inv is not None or by is not None  # 甲项目,总投资3.6亿元,在建: a project with its own
            # figures (or its builder: 甲项目由乙有限公司建设)
            # (4.甲隧道窑余热回收利用项目,投资3800万元: a numbered line that names one project with its own figures)
            # (its number may stand before the firm and the short name it is given: 1.甲有限公司(以下简称甲)|乙项目)
            ls0 = text.rfind("\n", 0, cs) + 1
            # (or its sentence ends and the line goes on with the project's figures, 6.甲项目。总投资…; not a heading of a
            # class of projects whose line names one, (一)乙基地项目。丙公司…项目,总投资…)
            numbered_inv = False
            if not listed and text[m_end: m_end + 1] in (",", "(", "。") and _ENUM_LEAD.match(text, ls0) is not None and \
                    not any(c in text[ls0:cs] for c in "。;,:"):
                le0 = (text.find("\n", m_end) + 1 or len(text) + 1) - 1
                if text[m_end] == "。":
                    fig = _PJ_INVEST_FIGURE.search(text, m_end, le0)
                    numbered_inv = fig is not None and text.find("项目", m_end, fig.start()) < 0
                else:
                    numbered_inv = inv is not None or _PJ_INVEST_FIGURE.search(text, m_end, le0) is not None
            strong = strong or numbered_inv
            # (the project's own figures in a note after it: 甲项目(新增4条生产线,投资8500万元))
            close = text.find(")", m_end, m_end + 30) if after.startswith("(") else -1  # (a note right after 项目)
            noted = close > 0 and (CAPACITY.search(text, m_end, close) is not None or
                                   _PJ_INVEST_FIGURE.search(text, m_end, close) is not None)
            if not strong and close > 0:
                # (甲公司乙中心一期项目(2万架标准机柜)于今年7月开工: the progress after the note on its size)
                nl = text.find("\n", close + 1, close + 12)
                strong = _PJ_STRONG.search(text, close + 1, nl if nl >= 0 else close + 12) is not None or \
                    _STAGE_RE.search(text, m_end + 1, close) is not None and \
                    text.find("\t", text.rfind("\n", 0, m_end) + 1, m_end) < 0  # (甲项目(年产…,已建成投产): its stage in
                # the note, in running text; a table's cell that names a project in a finding is no list of them)
            if not strong and not listed and text[cs:cs + 1] == "、" and text[cs - 1:cs] == ")":
                o = text.rfind("(", max(0, cs - 40), cs)
                strong = o >= 2 and text[o - 2:o] == "项目"  # 甲项目(总投资…,在建)、乙项目(…): the list goes on
            if cs > 0 and text[cs - 1] == "\t" and text.startswith("\t", m.end()):
                strong = True  # a cell of a project table (序号\t项目名称\t建设内容\t总投资): one project per row
            strong = strong or row_firm is not None
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
                if _SUPERLATIVE.search(item):
                    continue  # 以最优服务、最实举措推动项目…: the speaker's words of how, no project's name
                if rest and pp["products"] and not any(x.get("capacity") or x.get("unit") for x in pp["products"]) and (
                        pp["products"][0]["name"] in rest or rest in pp["products"][0]["name"]):
                    continue  # 屋顶光伏、农光互补等光伏发电项目: kinds of the category
                if rest and not pp["enterprise"] and not any(x.get("capacity") for x in pp["products"]) and \
                        len(item) <= 8 and not _PJ_FACILITY_END.search(item) and _is_sector_phrase(rest) and \
                        not _PJ_FACILITY_CLASS.fullmatch(rest):  # (not 等基础设施项目: works of a class)
                    continue  # 电解槽、燃料电池等装备制造项目: the products of a sector's projects, none named
                specific = self._specific(item, pp) or card and len(item) >= 4 or \
                    numbered_inv and len(item) >= 6 and not _is_sector_phrase(item) or heading is not None and \
                    len(item) >= 4 and not _is_sector_phrase(item) or \
                    chained and len(item) >= 6 and not _is_sector_phrase(item) or \
                    inv is not None and _PJ_ROUTE_ITEM.fullmatch(item) is not None or \
                    noted and not listed and len(item) >= 6 and not _is_sector_phrase(item) and \
                    text[p - 1: p] not in ("和", "与", "及")  # (a card's heading names its
                # project; a route with its own investment, 甲气制乙项目总投资3.5亿元, names one plant; so does a name
                # with its own figures in a note, 甲型材扩产项目(新增4条挤压生产线,投资8500万元)已竣工, unless the name
                # is the second of two joined, 甲和|乙处理项目(…), whose first holds the rest of it)
                if listed and ("一批" in mid or "一系列" in mid) and not pp["enterprise"] and \
                        not any(x.get("capacity") for x in pp["products"]) and self._region_prefix(item) is None and \
                        _PJ_KIND_OF_WORK_END.search(item):
                    continue  # 甲余热回收、乙变频改造等一批项目: kinds of works, a batch of them, none named
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
                    # (谋划布局|年产5万吨某产品: a plant of a stated size planned, 谋划 its stage)
                    planned = weak and "谋划" in pre and (self._region_prefix(item) is not None or
                                                         CAPACITY.match(item) is not None)
                    # (甲公司在某园布局|1GWh储能系统集成项目,总投资3亿元: a size and its own investment name one plant)
                    sized = inv is not None and any(x.get("capacity") for x in pp["products"])
                    # (在甲高新区布局了|某市某某中试基地项目,总投资2.8亿元: a facility named after its place, with its
                    # own investment)
                    sized = sized or inv is not None and _PJ_FACILITY_END.search(item) is not None and \
                        self._region_prefix(item) is not None
                    ok = specific and (not weak or owned or planned or sized) and (
                        strong or len(parsed) > 1 or sizes_joined or owned or sized)
                    if not ok and strong and not weak and len(parsed) > 1 and len(item) >= 6 and \
                            not _is_sector_phrase(item) and any(self._specific(i, q) for i, _, q in parsed if i != item):
                        ok = True  # 推动甲公司年产5万吨X、乙电子Y芯片封测项目开工: one list of projects
                if ok and text[p - 1: p] == "的" and _is_sector_phrase(item) and not _TM_DIGIT.search(item):
                    ok = False  # 甲集团在某市建设的|新能源项目: the kind of what it builds, none named
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
                    "项目" in seg or text[ws + 2: ws + 4] in ("项目", "工程") or text.startswith("的同时", ws + 2):
                continue  # (甲公司在抓好乙改造|的同时: the frame of what else it does)
            obj = seg[len(firm):]
            if obj[:1] == ")":  # 甲有限公司(|甲药业)|开展…改造: the firm's short name in brackets, then its works
                obj = obj[1:]
                seg = firm + obj
            v = _RENOVATION_VERB.match(obj)
            if obj.startswith(_RENOVATION_MANNER):
                continue  # 甲化工就地改造, 乙集团将结合…升级改造: the way a firm is dealt with, or what it will do, no works
            if "等" in seg or v and not _RENOVATED_PLANT.search(obj) or obj[:1] in "因由经" or "的" in obj:
                continue  # 甲等企业开展技术改造; 乙公司完成节能降碳改造: no plant is named, no project; 丙因节能改造后…:
                # why a firm's figure changed; 丁化工的|某装置完成节能改造: a clause on the firm's plant, no name
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
                if (k := bisect.bisect_right(row_starts, i) - 1) >= 0 and i < rows[k][1]:
                    continue  # a row of a project table (…\t完成12万平方米厂房竣工验收\t…): the progress of its project
                self._facility_list(i, w, known)
        # a facility done, the word closing its clause, after when or how (甲公司某某生产线实现投产; 乙二期工程于10月建成;
        # 丙数据中心扩容工程已于5月竣工; 丁智算中心已完成签约)
        for w in ("投产", "建成", "竣工", "签约"):
            for i in occ[w]:
                if text[i + 2: i + 3] not in _CLAUSE_STOPS or text[i - 2: i] in ("建成", "竣工"):
                    continue  # (建成投产, 竣工投产: read above; 投产后: a condition)
                a = _PJ_DONE_LEAD.search(text, max(0, i - 14), i)
                e = a.start() if a else i
                if w == "签约" and text.find("与", self.clause_start(e), e) >= 0:
                    continue  # 甲集团与某基地签约: the parties that sign, not a works
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
        self._firm_plants(known)
        # a listed works with its stage in a note after it (某县20万千瓦共享储能电站(在建)、甲公司2GWh某产品生产线(谋划))
        if "(" in text:
            for m in _PJ_STAGE_NOTE.finditer(text):
                b = max(text.rfind(c, 0, m.start()) for c in "、,;:。\n") + 1
                item = text[b:m.start()]
                if "项目" not in item and 4 <= len(item) <= 40 and _TM_DIGIT.search(item):
                    self._facility_items([(item, b)], _STAGE_OF.get(m.group("st"), m.group("st")), known)
        # named facilities after a verb of building (尽快落地某某数据服务基地, 投资建设某某一体化基地)
        for w in ("建设", "落地", "布局", "筹建"):
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

    def _firm_plants(self, known):
        """A firm's plant of a stated size told without the word 项目, the firm opening its clause and a verb of
        building (not 建成: a plant that stands) right before the size: 甲有限公司实施年产2万吨某产品扩能技改, 乙科技
        公司通过建设年产1.5万吨某压铸件生产线. The phase of a project (一期建设年产…) and a card's 建设内容 are parts of
        a project named elsewhere, not projects."""
        text = self.text
        i = text.find("年产")
        while i >= 0:
            at, i = i, text.find("年产", i + 2)
            cs = self.clause_start(at)
            v = _PJ_PLANT_VERB.search(text, max(cs, at - 8), at)
            if v is None:
                self._told_plant(cs, at, known)  # 甲装备一期|年产500MW碱性电解槽|已投产: no verb, its progress after it
                continue
            if v.start() - cs < 3:
                continue
            head = text[cs: v.start()]
            k = head.rfind("在")
            w = _PJ_BUILT_AT.fullmatch(head, k) if k >= 3 else None  # (甲公司在某园区|建设…)
            firm = head[:k] if w else head
            if not (firm in known or _LEGAL_BEFORE.search(firm) and len(firm) >= 6):
                continue
            ce = self.clause_end(at)
            name = text[at:ce]
            if not 6 <= len(name) <= 40 or "项目" in name or not _PJ_PLANT_END.search(name) or \
                    _LINE_BREAKS.search(name) or text.find("\t", cs, ce) >= 0 or \
                    _CONTENT_LABEL.search(text, max(0, text.rfind("\n", 0, cs)), cs + 1):
                continue
            pp = parse_project_item(name, known)
            if not any(x.get("capacity") for x in pp["products"]):
                continue
            rec = self._legal_of(firm) if firm in known else None
            self._add_project(name, at, _STAGE_OF.get(v.group()[-2:]), 0.55, known,
                              dict(pp, enterprise=rec["name"] if rec else firm))

    def _told_plant(self, cs, at, known):
        """A firm the text names opens the clause, its phase may follow, then a plant's size and product and its
        progress closing the clause (甲装备一期年产500MW碱性电解槽已投产): the firm's project, told without 项目."""
        text = self.text
        head = text[cs:at]
        ph = _PJ_PHASE_ONLY.search(head)
        firm = head[: ph.start()] if ph is not None and ph.end() == len(head) else head
        if firm not in known or len(firm) < 3:
            return
        ce = self.clause_end(at)
        pm = _PJ_PLANT_PROGRESS.search(text, at, ce)
        if pm is None or pm.end() != ce:
            return
        name = text[cs: pm.start()]
        if not 8 <= len(name) <= 40 or "项目" in name or text.find("\t", cs, ce) >= 0 or _LINE_BREAKS.search(name):
            return
        pp = parse_project_item(text[at: pm.start()], known)
        if not any(x.get("capacity") for x in pp["products"]):
            return
        rec = self._legal_of(firm)
        st = _STAGE_RE.search(pm.group())
        self._add_project(name, cs, _STAGE_OF[st.group()] if st else None, 0.55, known,
                          dict(pp, enterprise=rec["name"] if rec else firm, phase=ph.group() if ph else None))

    def _facility_list(self, end, word, known):
        """The named facilities of the list that ends at `end`, before the progress word `word`: each item that
        names one facility (a capacity, or a facility noun with a firm, a place or a park in front) is a project."""
        text = self.text
        e = end - 2 if text.startswith("工程", end - 2) else end  # 某园区污水处理厂提标改造工程投入使用
        if word != "期" and (a := _PJ_DONE_LEAD.search(text, max(0, e - 14), e)) and a.start() < e:
            e = a.start()  # 甲牧场|今年5月建成投产: when it was done, not a part of its name
        if word != "期" and (b := _PJ_FACILITY_BUILT_BY.search(text, max(0, e - 20), e)) is not None:
            e = b.start()  # 甲物流中心|由乙冷链投资|建设: who builds it, not a part of its name
        if text.startswith("项目", e - 2) or e < 2:
            return  # 甲项目建成投产: read by find_projects
        if text[e - 1] == "未" or text.startswith(("没有", "未能", "不能"), e - 2):
            return  # 通道尚有3公里未|贯通: the word negated, nothing done
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
        ls = text.rfind("\n", 0, vs) + 1
        if _CONTENT_LABEL.search(text, max(0, ls - 1), vs + 1) or text.find("\t", ls, ce) >= 0:
            return  # 建设内容:建设某某生产线 (in a card, or in a table's row): the parts of a project, not projects
        stage = next((_STAGE_OF[w.group()] for w in _STAGE_RE.finditer(pre)), None)
        # (园区正在谋划建设某某中试基地: the park builds it, the facility is placed in the park)
        in_park = text.startswith("园区", cs) or cs in self._park_starts or bool(at)
        # (主要建设|甲中心、乙中心, 配套建设|甲间、乙车间和丙中心: what the project named before builds, its parts; only a
        # facility named by its firm or its place is one of its own, and so is one facility built beside it, 配套建设|甲中心)
        if _AREAS_COUNTED.search(text, ve, ce):
            return  # 规划建设甲园、乙园和丙园三个片区: the areas of a zone's layout, counted, not works
        items = self.list_items(ve, ce, split_and="和")
        part_of = _PJ_PART_OF.search(text, max(cs, vs - 2), ve)
        parts = part_of is not None and (part_of.group().startswith("主要") or len(items) >= 2)
        self._facility_items(items, stage, known, in_park=in_park, owner=owner, parts=parts)

    def _facility_items(self, items, stage, known, phased=False, in_park=False, owner=None, works=False, parts=False):
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
            if item.endswith(("已", "正在")):
                item = item[: -1 if item[-1] == "已" else -2]  # 某县某某生产线已|完成设备安装: the aspect, not the name
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
            if pp["phase"] and item.startswith(pp["phase"]) and not pp["enterprise"] and \
                    "项目" in self.text[self.sentence_start(p):p]:
                continue  # 甲公司建设…项目,|一期4条乙生产线已投产: the phase of the project its sentence names
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
            centre = item.endswith("中心") and len(item) >= 6 and item[0] not in "各全本该这此其每" and not parts
            if _LINES_COUNTED.match(item) and "项目" in self.text[self.sentence_start(p):p]:
                continue  # 甲项目,总投资…,建设|2条乙生产线: the lines the project its sentence names builds, counted
            if cap and not firm and _PJ_SUBJECT_CLAUSE.search(self.text, self.sentence_start(p), p):
                continue  # 甲公司为…企业,项目位于某园区,建设|年产300套乙: what the project spoken of builds, its size
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
        rows = getattr(self, "_table_projects", set())
        table_of = getattr(self, "_table_of", {})
        content = getattr(self, "_content_rows", set())
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
            n = p["name"]
            if not p.get("enterprise") and len(q["products"]) > 1 and capacity(q) and n == q["products"][-1]["name"] and \
                    len(n) >= 3 and not capacity(p) and p.get("phase") == q.get("phase"):
                return True  # (甲和乙项目 for 年产5万吨甲及10万吨乙: the firm's project by its last product)
            qp = q["products"][0]["name"] if q["products"] else ""
            if not qo or len(qp) < (3 if p["name"] == qp else 4) or capacity(p) or p.get("phase") != q.get("phase") \
                    or p is q:
                return False  # (甲化工|年产5万吨磷酸铁 named again 磷酸铁项目, its product alone)
            if not p.get("enterprise"):
                return n.startswith(qp) and n[len(qp):] in _PJ_PLANT_WORDS
            k = len(n) - len(qp)
            return k >= 2 and n.endswith(qp) and p["enterprise"] != qo and any(
                n[:k] in a for a in names_of.get(owner_of.get(qo, qo), ()))

        names_of = {}
        for a, v in owner_of.items():
            names_of.setdefault(v, []).append(a)
        # (the products a project may be named by: a substring test first keeps the pairs to check few)
        # (the first product, and the last of a sized project of several: see written_for)
        by_product = [(x["name"], q) for q in self.x.projects if q.get("enterprise")
                      for x in q["products"][:1] + (q["products"][1:][-1:] if capacity(q) else [])
                      if len(x["name"]) >= 3]

        def short_of(n, q):
            """Whether `n` is the firm's word and the end of its product (甲胶膜 for 某地甲新材料股份有限公司|光伏胶膜)."""
            qo = q.get("enterprise")
            qp = q["products"][0]["name"] if capacity(q) else ""  # (a firm's project of a stated size)
            if not qo or len(qp) < 3:
                return False
            firm = names_of.get(owner_of.get(qo, qo), [qo])
            return any(qp.endswith(n[k:]) and qp != n[k:] and any(n[:k] in a for a in firm) and
                       not self.regions.knows(n[:k]) for k in range(2, len(n) - 1))  # (not 某省|胶膜: a place)

        def without_firm(n, q):
            """Whether `n` is the owned project `q`'s name without the firm's word in front and without its phase
            (新能源材料产业园 for 甲集团|新能源材料产业园(一期) of 甲集团股份有限公司)."""
            qo = q.get("enterprise")
            if not qo or not q.get("phase"):
                return False
            qn = _PJ_PHASE_TAIL.sub("", q["name"])
            k = len(qn) - len(n)
            return k >= 2 and qn.endswith(n) and any(qn[:k] in a for a in names_of.get(owner_of.get(qo, qo), [qo]))

        def written_for_any(p, among):
            return [q for qp, q in by_product if qp in p["name"] and written_for(p, q) and any(q is r for r in among)]

        def phase_of_named(p):
            """Whether `p` opens with its phase and has no owner (公司计划分两期建设,|一期5万吨甲): a phase of a project
            named before."""
            return bool(not p.get("enterprise") and p.get("phase") and p["name"].startswith(p["phase"]) and capacity(p))

        def whole_of(p, among):
            """The one owned project of `p`'s product, larger and without a phase, that `p` is a phase of."""
            cp = capacity(p)
            # (or the phase's line, written without its product: 年产2GW甲项目,|一期1GW生产线…)
            same = [q for q in among if q.get("enterprise") and not q.get("phase") and (cq := capacity(q)) and
                    (cq[0] == cp[0] or cp[0] in _PJ_PLANT_WORDS) and cq[2] == cp[2] and cq[1] > cp[1]]
            return same[0] if len(same) == 1 else None

        def written_longer(p, among):
            """The one owned project of `p`'s size whose product opens with `p`'s (甲|1GW PEM电解槽及燃料电池系统 for
            年产1GW PEM电解槽及年产300台套燃料电池系统, a table's row written again in the text), or None."""
            cp = capacity(p)
            same = [q for q in among if q.get("enterprise") and q.get("phase") == p.get("phase") and
                    (cq := capacity(q)) and cq[1:] == cp[1:] and cq[0] != cp[0] and len(cp[0] or "") >= 3 and
                    cq[0].startswith(cp[0])]
            return same[0] if len(same) == 1 else None

        # a firm's project named without its size (a table's row: 甲公司|乙生产线) and written again with its size and
        # no owner (年产10万吨|乙生产线): one project, the size its product's
        by_name = {}
        for q in self.x.projects:
            if q.get("enterprise") and not capacity(q):
                by_name.setdefault(q["name"], []).append(q)
        for p in [p for p in self.x.projects if not p.get("enterprise") and capacity(p)] if by_name else ():
            cap = CAPACITY.match(p["name"])
            qs = by_name.get(p["name"][cap.end():]) if cap else None
            # (a name longer than a bare product: 铝合金轮毂 sized elsewhere may be another firm's plant)
            if qs and len(qs) == 1 and p.get("phase") == qs[0].get("phase") and len(qs[0]["name"]) >= 8:
                qs[0]["products"] = p["products"]
                _absorb_project(qs[0], p)
                self.x.projects.remove(p)
        # a firm's phase (a table's row: 甲公司|年产2万吨乙(一期)) and the project it is a phase of, written whole and with
        # no owner (年产2万吨乙项目分两期实施): one project, the firm's
        phased = {}
        for q in self.x.projects:
            if q.get("enterprise") and q.get("phase") and capacity(q):
                phased.setdefault(_PJ_PHASE_TAIL.sub("", q["name"]), []).append(q)
        for p in [p for p in self.x.projects if not p.get("enterprise") and not p.get("phase")] if phased else ():
            qs = phased.get(p["name"])
            if qs and len(qs) == 1 and capacity(qs[0]) == capacity(p):
                _absorb_project(qs[0], p)
                self.x.projects.remove(p)

        def named_short(p, q):
            """Whether the owned project `q` without a size is named by its firm's short name and `p`'s product (甲开关|
            乙开关柜 for 年产30万台(套)乙开关柜)."""
            cp = capacity(p)
            return bool(cp and cp[0] and len(cp[0]) >= 3 and q.get("enterprise") and not capacity(q) and
                        q["name"].endswith(cp[0]) and q["name"][:-len(cp[0])] in names_of.get(
                            owner_of.get(q["enterprise"], q["enterprise"]), ()))

        owned = {capacity(q) for q in self.x.projects if q.get("enterprise") and capacity(q)}
        later = [p for p in self.x.projects if not p.get("enterprise") and capacity(p) and (
            capacity(p) in owned or any(same_phase(p, q) for q in self.x.projects) or
            written_longer(p, self.x.projects) or any(named_short(p, q) for q in self.x.projects))]
        later_ids = {id(r) for r in later}  # (the records are alive: their ids stand for `is`)
        later += [p for p in self.x.projects if id(p) not in later_ids
                  and (written_for_any(p, self.x.projects) or phase_of_named(p))]
        later_ids = {id(r) for r in later}
        if content:  # (a content row comes after the projects it may be a row of)
            later += [p for p in self.x.projects if id(p) in content and id(p) not in later_ids]
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
                if target is None:
                    target = written_longer(p, merged)
                if target is None:
                    # (a table's row names the firm's project short, 光伏制氢示范 | 甲煤业, the sentence that names the
                    # firm with the project's size, 甲煤业…建设20万千瓦光伏制氢示范项目: one project)
                    # (or names it by the firm's short name and the product, 甲开关|乙开关柜, where the sentence with
                    # the size says 甲开关…建设年产30万台(套)乙开关柜项目)
                    sent = p["evidence"][0]["sentence"] if p["evidence"] else ""
                    same = [q for q in merged if q.get("enterprise") and not capacity(q) and len(q["name"]) >= 4 and
                            (p["name"].endswith(q["name"]) and p["name"] != q["name"] or named_short(p, q)) and
                            any(a in sent for a in names_of.get(owner_of.get(q["enterprise"], q["enterprise"]),
                                                                [q["enterprise"]]))]
                    target = same[0] if len(same) == 1 else None
                    if target is not None:
                        target["products"] = p["products"]
            if o and not prod and p.get("phase"):  # 某某轮毂一期: the first phase of the firm's project; 某某玻璃二期:
                # the firm's 二期 named before with its product (not the firm's project without a phase: its 一期)
                ok = (None, "一期") if p["phase"] == "一期" else (p["phase"],)
                # (two rows: two projects, of one table, or of two whose names share no stem: 甲产业园一期 and 乙产业园一期
                # of one builder in two tables of a weekly report)
                stem_p = _PJ_PHASE_TAIL.sub("", p["name"])
                same = [q for q in merged_of.get(o, ()) if q.get("phase") in ok and not (
                    id(p) in rows and id(q) in rows and (table_of.get(id(p)) == table_of.get(id(q)) or not (
                        stem_p in q["name"] or _PJ_PHASE_TAIL.sub("", q["name"]) in p["name"])))]
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
                    if qp and not (qp in prod or prod in qp) and not cp and len(prod) >= 3:
                        # (甲氟化铝, no size, and 年产6万吨乙及5万吨氟化铝: the firm's project by its second product)
                        qp = next((x["name"] for x in q["products"][1:] if x["name"] == prod), qp)
                    if (p.get("phase") or "一期") != (q.get("phase") or "一期") and \
                            "期" in (p.get("phase") or "") + (q.get("phase") or "") and not any(
                                id(r) in whole and not r.get("phase") for r in (p, q)):
                        continue  # 一期 and 二期 of one product (a project and its 二期): two projects (not the whole
                        # project written with the progress of its phases, 甲项目一期已投产,二期在建)
                    cq = capacity(q)
                    if cp and cq and _other_size(cp, cq):
                        continue  # 年产15万吨 and 年产20万吨 of one product: two plants (2GW and 100万千瓦 too)
                    if any(c and not d and (f := _PJ_HEAD_COUNT.search(r["name"])) and f.group(3) == (c[2] or "")[-1:] and
                           float(f.group(1)) * (10000 if f.group(2) else 1) != c[1] * (10000 if c[2][:1] == "万" else 1)
                           for c, d, r in ((cp, cq, q), (cq, cp, p))):
                        continue  # 甲2000头牦牛繁育场 and 年屠宰牦牛2万头: a size in the other's name, not this one
                    if id(p) in rows and id(q) in rows and (table_of.get(id(p)) == table_of.get(id(q)) or
                                                            min(len(qp or ""), len(prod)) < 5 and not (cp and cp == cq)):
                        continue  # two rows of a project table: two projects (甲|风光制氢合成绿氨 and 甲|年产15万吨绿氨)
                        # (a row of another table may name the same project again, its product written out: a
                        # signing list, a progress table; or the same product of the same size, 甲|1万吨乙 and 年产1万吨乙)
                    if qo == o and qp and cp and cq and cp[1:] == cq[1:] and (
                            f"({prod})" in q["name"] or f"({qp})" in p["name"]):
                        target = q  # 甲年产2万吨氯化聚氯乙烯(CPVC) and 年产2万吨CPVC: one product, by its abbreviation
                        break
                    if qo == o and qp and (qp in prod or prod in qp) and min(len(qp), len(prod)) >= 2:
                        sh, lg = sorted((qp, prod), key=len)
                        if lg.startswith(sh) and lg.startswith(_PJ_PLANT_PART, len(sh)) or \
                                lg.startswith("制", lg.find(sh) + len(sh)) and (cq if sh == qp else cp):
                            continue  # 年产6万吨BDO and BDO装置含醛废水预处理: the plant, and a works on its unit;
                            # 30万千瓦风电 and 风电制氢一体化示范: a plant of a stated size, and a route that starts from
                            # its product (甲电石渣综合利用 and 年产60万吨电石渣制水泥 are one project)
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
            if target is None and not o and not capacity(p) and not p.get("phase") and len(p["name"]) >= 5:
                same = [q for q in merged if without_firm(p["name"], q)]
                target = same[0] if len(same) == 1 else None
            if target is None:
                merged.append(p)
                merged_of.setdefault(o, []).append(p)
                continue
            # (the phase of a part is not the whole project's)
            _absorb_project(target, p, phase=not (phase_of_named(p) or keep_phase))
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
            _absorb_project(p, q)
            merged[:] = [r for r in merged if r is not q]
        # 甲、乙等3个项目 where 甲 and 乙 are firms: each firm's project, named elsewhere with what it builds (the firm's
        # one other project), not a project of its own
        for p in list(merged):
            o = p.get("enterprise")
            if not o or p["products"] or p["name"] not in names_of.get(owner_of.get(o, o), (o,)):
                continue
            same = [q for q in merged if q is not p and q.get("enterprise") and
                    owner_of.get(q["enterprise"], q["enterprise"]) == owner_of.get(o, o)]
            if len(same) == 1:
                q = same[0]
                q["evidence"].extend(e for e in p["evidence"][:3] if e not in q["evidence"])
                merged[:] = [r for r in merged if r is not p]
        # a table's row that names a firm's project short, by the kind of its products (甲精化|电子化学品), beside the
        # firm's one sized project of the text (甲精细化工有限公司…年产5000吨电子级双氧水、3000吨电子级硫酸项目): one
        # project, when the firm has no other, the phases agree and the kind (a word of _PRODUCT_KINDS) opens as one of
        # the products does
        by_owner = {}
        for q in merged:
            if q.get("enterprise"):
                by_owner.setdefault(owner_of.get(q["enterprise"], q["enterprise"]), []).append(q)
        for qs in by_owner.values():
            if len(qs) != 2 or (id(qs[0]) in rows) == (id(qs[1]) in rows):
                continue
            t, p = qs if id(qs[0]) in rows else qs[::-1]  # (the table's row, the text's project)
            if capacity(t) or not capacity(p) or t.get("phase") != p.get("phase"):
                continue
            tw = t["products"][0]["name"] if t["products"] else t["name"]
            if len(tw) >= 4 and tw.endswith(_PRODUCT_KINDS) and _HAN_ONLY.fullmatch(tw, 0, 2) and \
                    any(x["name"][:2] == tw[:2] and x["name"] != tw for x in p["products"]):
                _absorb_project(p, t)
                merged[:] = [r for r in merged if r is not t]
        # a register's row that names what a firm builds and no project (意向企业|甲 and 项目内容|年产20万吨乙、5万吨丙),
        # beside the firm's one project of the text written without a size (甲扩建项目): that project's row, when the
        # phases agree (not 甲|0.6GW屋顶光伏 beside the firm's 年产20万吨乙项目, another project)
        for qs in by_owner.values():
            if len(qs) == 2 and ((id(qs[0]) in content) != (id(qs[1]) in content)) and \
                    all(any(r is q for r in merged) for q in qs):
                t, p = qs if id(qs[0]) in content else qs[::-1]
                if (t.get("phase") or "一期") == (p.get("phase") or "一期") and not capacity(p):
                    if capacity(t):
                        p["products"] = t["products"]
                    _absorb_project(p, t)
                    merged[:] = [r for r in merged if r is not t]
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
