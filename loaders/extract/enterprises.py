"""Enterprises: firm names (…等龙头企业, 以…为龙头, legal names, partners, labelled lines, rosters and tables
of firms) as :class:`_EnterprisesMixin`, with the regexes and helpers only they use.
"""

import bisect
import functools
import heapq
import re

import ahocorasick_rs
from itertools import compress as _compress
from operator import eq as _eq

from chainatlas.ontology.regions import region_index

from . import lexicon
from .lexicon import (
    _alternation, _anchored_starts, _CN_NUM, _cn_number, _finditer_at, _firm_like, H, _is_sector_phrase, _lead_len,
    _LEGAL_FORM_ANCHORS, _LEGAL_FORM_OFFSETS, LEGAL_FORMS, _LIST_SPAN, _literal_anchors, _NOT_TOWNSHIP, _occurrences,
    _opens_with_place, _origin_named, _park_suffix_in, _place_lead, _place_produce, _plausible_owner,
    _product_vocabulary, _sector_vocabulary, _short_forms, _strip_lead, TRADE_WORDS,
)

# called as name.method(): bound by assignment, not imported by name (see chainatlas.loaders.extract)
_CUT_RE = lexicon._CUT_RE
_ENUM_LEAD = lexicon._ENUM_LEAD
_FARM_PRODUCE_END = lexicon._FARM_PRODUCE_END
_FIRM_ONLY = lexicon._FIRM_ONLY
_FIRM_WORD_END = lexicon._FIRM_WORD_END
_FIRM_WORD_RE = lexicon._FIRM_WORD_RE
_GEO_WORD = lexicon._GEO_WORD
_HAN_CHAR = lexicon._HAN_CHAR
_ELEMENTS = lexicon._ELEMENTS
_FORMER_NAME = re.compile(r"曾用名\s*:?|前身(?:为|是)|原名(?:为|是)?\s*:?|(?<=\()原(?=[\u4e00-\u9fff])")
_LEGAL_FORMS_RUN = re.compile(rf"(?:{lexicon._LEGAL_FORM_RE.pattern})+")
_HAN_ONLY = lexicon._HAN_ONLY
_ITEM_END = lexicon._ITEM_END
_LEAD_RE = lexicon._LEAD_RE
_LEGAL_FORM_RE = lexicon._LEGAL_FORM_RE
_ORG = lexicon._ORG
_OWNER_CHARS = lexicon._OWNER_CHARS
_PARK_SUFFIX_RE = lexicon._PARK_SUFFIX_RE
# the verbs of a log's or a report's clause before a registered name (参加…, 送…, 看…, 并入…, 子公司…)
_SIGNED = re.compile(r"签订|签署")  # (a sentence in which a party signs an agreement)
_VERB_BEFORE_FIRM = re.compile(r"参加|参观|走进|去|到|看|送往|送至|送|并入|接入|来自|子公司|还有|有|企业|"
                               r"投产|协调|建设|促成|召开|推动|支持|引进|参股|控股|持股|区内|园内|另外|"
                               r"本季度|本月|上月|召集|"
                               # (what an authority does to a firm: 重点诊断|甲县乙有限公司, 授予|丙公司, 东侧紧邻|丁公司)
                               r"诊断|授予|表彰|约谈|督促|指导|紧邻|毗邻|委托|得益于|主体|[东西南北][至邻]|"
                               # (拟认定|甲集团有限公司等3户企业为链主; 甲分公司隶属|乙集团有限公司: a ruling, a parent;
                               # 集团下设|甲市乙有限公司: a subsidiary)
                               r"认定|隶属于?|下设|" + lexicon._DAY_TIME)  # (已建成投产|甲省乙有限公司, 甲方协调|某县丙有限公司,
# 参股|甲省乙有限公司, 高新区内|甲省丙有限公司, 今天上午|甲市丁有限公司)
# the words that take a firm as their object, left in front of its registered name (市工信局对|甲省…, 截至…仅|乙市…;
# 甲(简称甲)系|乙省…集团: the copula before its group)
_OBJECT_MARKS = frozenset("对向给把将被仅只系")
# the kind of firm a name is, written in front of it (设立独资企业|甲(某地)乙有限公司)
_KIND_BEFORE_NAME = re.compile(r"(?:中外合资|独资|合资|外资|外商独资)(?:企业|公司)")
# the speaker of a clause (我们确定|甲集团…, 我市支持|乙公司…): no firm's name opens with it
_SPEAKERS = ("我们", "咱们", "他们", "我省", "我市", "我州", "我县", "我区", "我旗")
# the copula before a parent, with its time (是|, 原为|, 现系|)
_PARENT_COPULA = re.compile(r"(?:原|现|曾|均|仍|已)?(?:是|为|系)")
# a list's item that is a question's head or a source of capital, never a firm's name
_NOT_A_PARTY = re.compile(r"为什么|怎么|怎样|如何|是否|哪些|哪家|(?:社会|民间|国有|金融|产业|工商)资本$")
# a party's label in an agreement (甲方, 乙方), and the modal or verb of what the party does after it
_PARTY_LABEL = re.compile(r"[甲乙丙丁]方")
_PARTY_ACTS = re.compile(r"应|须|需|要|将|可|负责|承诺|同意|保证|有权|编制|提供|协助|支持|配合")
# a word that points at the text's own time or scope (本次, 此批, 上述, 全市), never a name
_DEICTIC_ITEM = re.compile(r"(?:本|此|该|上|今|去|前|全)(?:次|批|年|述|期|市|县|区|省)")
# the verbs of an award, in front of the firm given it (决定授予|甲公司…称号, 予以表彰|乙集团)
_AWARD_VERB = re.compile(r"授予|表彰")
# a rank written bare (a table's cell) right before a registered name that opens with its place
# (and what a unit is to a project or a park: 运营主体|甲有限公司, 平台公司|乙投资有限公司, 建设单位|丙公司)
_UNIT_ROLE = r"(?:运营|实施|投资|建设|责任)主体|平台公司|(?:建设|业主|实施)单位"
_ROLE_WORD_LEAD = re.compile(r"规上|专精特新|小巨人|链主|龙头|骨干|" + _UNIT_ROLE)
# (the unit words searched for inside a name, and a project's 业主 and a firm's 关联企业)
_ROLE_WORD_SEARCH = re.compile(_UNIT_ROLE + r"|业主|关联企业")
# a person's title (a signature table's cell) before a unit's name
_PERSON_TITLE = re.compile(r"(?:副?(?:局长|主任|处长|科长|院长|所长|总经理|董事长|总工程师|经理)|教授|(?:副|高级)?研究员|"
                           r"(?:正高级|高级)?工程师)")
_TRADE_WORDS_ONLY = lexicon._TRADE_WORDS_ONLY
_TRADE_YE = lexicon._TRADE_YE

__all__ = ["_EnterprisesMixin"]


_CHAIN_LABEL = re.compile(rf"[{H}、及和]{{1,16}}?(?:产业链|链条|产业|行业|领域|环节)\s*[—\-－:]")
_FIELD_LEAD = re.compile(r"[^、,]{1,8}?(?:环节|领域|方面|板块)")
_FIRM_DISCOURSE_LEAD = re.compile(r"(?:一方面|另一方面|随着|主要有|主要包括|另有|还有|预计|可以|利用|特别是|尤其是|通过|加入)+")
# a kind of firm that a place keeps, with no trade name: the county's 城投公司, a 供水公司 (县城投公司, 市交投集团)
# (国投 alone is a group's short name, not a kind)
_FIRM_KINDS = r"(?:城投|交投|水投|城建|供电|供水|供热|供气|担保)(?:集团)?"
_KIND_ONLY_FIRM = re.compile(rf"[省市州县区旗盟镇]{_FIRM_KINDS}(?:有限责任公司|有限公司|公司)?|{_FIRM_KINDS}(?:有限责任公司|有限公司|公司)")
# verbs of a clause, which no trade name holds, before a bare 集团 (已经|集团董事会, 改善|集团资产结构)
_VERB_IN_GROUP = re.compile(r"已经|包括|改善|增加|形成|供应|有利于|直接|提高|降低|承担|负责")
# a word of the clause, two characters, that may stand right before a registered name opening with its province
# (现状|宁夏甲牧业有限公司; but 国网|宁夏电力有限公司, 大唐|甘肃发电有限公司 are names)
_CLAUSE_WORD = re.compile(r"现状|目前|其中|此外|另外|同时|如今|当前|现有|原有|例如|比如|包括|以及")
_FIRM_DISCOURSE_IN = re.compile(r"主要有|主要包括|主要为|一方面|另一方面")
_NO_FIRM_NAME = re.compile(r"(?:预计)?(?:全|本|该|各|我|两|多)?(?:公司|企业|集团|合作社|厂|户)|"
                           r"(?:年末|年底|年初)?(?:全[省市县区州旗])?个?(?:农民)?专业合作社|"  # (年末全市农民专业合作社达到…)
                           r"(?:余|多)?家(?:子|分|控股)?(?:公司|企业)|"  # (拥有50余家子公司: a count)
                           # (an annual report's kinds of firm and what it does with them: 主要控股参股公司, 参股公司,
                           # 处置子公司; and a legal form with a business word and no trade name: 科技有限公司)
                           r"(?:发行人|本公司|公司|集团)?(?:主要|重要|核心)?(?:全资|控股|参股|联营|合营)*子?公司|(?:项目|母)公司|"
                           r"(?:发行人|本公司|公司|集团)?(?:主要|重要|其他|相关|下属|旗下|二级|三级)(?:子|分)?公司|"
                           r"(?:\d+|[一二三四五六七八九十几多数]+)?家?(?:央企|国企|民企|外企|省属|市属|县属)(?:企业)?"
                           r"(?:二级|三级)?(?:子|分)?公司|"
                           r"(?:取得|处置|新设|设立|注销|出售|收购|转让|合并)(?:全资|控股|参股)?子公司|"
                           r"(?:科技|实业|发展|投资|控股|工贸|商贸|技术|基金|资本|创投)?(?:股份)?有限(?:责任)?公司|"
                           # (a party by its role in a prospectus, a tender or a sale: 系发行人全资子公司)
                           r"(?:发行|保荐|申请|招标|投标|竞买|竞得|受让|出让)人|"
                           # (a pronoun and what follows it, 把它作为…; a size of group, 百亿级企业集团; a verb and the
                           # word 集团 the text uses for its own group, 优先满足集团自用)
                           r"(?:按|以|各|其|该)?子公司|(?:空壳|皮包)公司|.*注册个?公司|[它他她].{0,3}|(?:[百千万亿]+级|大型|龙头|国有|民营|综合性)?企业集团|"
                           r"(?:进入|加入|服务|支持|带动|成为|组建)(?:企业)?集团|.*(?:满足|列入|纳入|依托)(?:企业)?集团|"
                           # (the group a plan sets up, named by its trade and rank: 组建县域甲骨干企业集团)
                           r".*(?:骨干|龙头|领军|头部)企业集团|"
                           # (a part and the firm the text is about, 缺口部分|公司计划外购; some firms, 部分公司)
                           r".*部分(?:子|分)?公司")
# the terms a definitions table (释义) gives a firm, written before 指 and the firm's registered name
_DEFINED_AS = re.compile(rf"\s*(?P<a>[{H}A-Za-z0-9、]{{2,40}}?)\s*指\s*")
# the terms of such a table that name a role, not the firm (控股股东, 实际控制人, 本公司, 发行人, 保荐人)
_DEFINED_ROLE = re.compile(r"股东|控制人|^本|公司$|人$|机构$")
_LIMITED_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司")
_BARE_BRANCH = re.compile(r"(?:选矿|采矿|冶炼|矿山|管理|销售|物流|运输|营销|检修|动力|供应|贸易|后勤|生产|研发|工程|安装|运营|服务)+"
                          r"分公司")
_UTILITY_UNIT = re.compile(r"(?:供电|电力|电网)(?:分)?公司$")


# _TRADE_WORDS_ONLY as a leftmost-longest Aho-Corasick automaton: its matches are those of the longest-first
# alternation of literals (at the leftmost position any word matches, the longest one; the scan goes on after it)
_TRADE_AC = ahocorasick_rs.AhoCorasick(sorted(set(TRADE_WORDS)), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


# the literals each match of _FIRM_DEED opens with (在[我本] is 在我 or 在本), and those of two scans of
# find_enterprises and of _legal_names, each with the place of a rare character of it (fewer scans of the text)
_DEED_ANCHORS = _literal_anchors(("投资", 0), ("获评", 0), ("获批", 0), ("荣获", 1), ("被评为", 0), ("被认定为", 0),
                               ("产值", 1), ("营业收入", 2), ("销售收入", 2), ("营收", 1), ("在我", 0), ("在本", 0))
_NAMED_AFTER_ANCHORS = _literal_anchors(("主要", 1), ("代表", 1), ("其中", 0))
_PARENT_ANCHORS = _literal_anchors(("下属", 1), ("旗下", 0), ("全资子公司", 4), ("控股子公司", 4))
_LEGAL_ANCHORS = _literal_anchors(("公司", 1), ("集团", 1), ("总厂", 1), ("作社", 1), ("合社", 1), ("合伙", 1), ("会社", 1))
assert {lit for _c, ls in _LEGAL_ANCHORS for lit, _k in ls} == set(_LEGAL_FORM_ANCHORS)
# (the literals of three more scans of find_enterprises, for _anchored_starts in place of _literal_starts: the same
# sorted starts, from one str.find scan of a character per group of literals instead of one scan per literal)
_LIKE_ANCHORS = _literal_anchors(("这样", 0), ("这类", 0), ("一样", 1), ("这些", 0), ("这几家", 0))
_BUILD_ANCHORS = _literal_anchors(("布局", 0), ("新建", 1), ("建设", 0), ("投建", 1))
_PLANT_ANCHORS = _literal_anchors(("基地", 0), ("工厂", 1), ("分厂", 1))


def _table_header_starts(text):
    """The positions where _FIRM_TABLE_HEADER may match: a tab or a line break with 企 or 公 right after it, or 企 three
    or four characters after it (a role word of two or three characters, then 企业), or 公 up to four (子公司名称,
    控股子公司), from the str.find scans of 企 and 公."""
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
        for k in (1, 2, 3, 4):  # (公司名称, or a kind in front: 子公司名称, 参股公司, 控股子公司)
            if q >= k and text[q - k] in "\t\n":
                out.append(q - k)
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
# a township in front of a firm's short name (某某镇|甲农业)
_TOWN_HEAD = re.compile(rf"[{H}]{{2,3}}?[镇乡](?!村)")
# a foreign firm written with its country in front (哈萨克斯坦甲粮油集团, 德国乙化工公司): the same firm as without it
_COUNTRY_HEAD = re.compile(rf"(?:{lexicon.COUNTRIES})(?=[\u4e00-\u9fff]{{4}})")
# the verbs of what a government does for firms or counts them as, left in front of the first of a list of firms
# (保障|甲铝业、乙化工…, 新增|甲电子、乙机械2家规上企业)
# the verbs of aiming at firms (瞄准|甲时代、乙等龙头: the firms a plan aims at)
_AIM_WORDS = ("瞄准", "紧盯", "盯紧", "锁定")
_SERVE_VERB = re.compile(r"(?:首批|先后|共|本次|此次|就近|就地){0,2}(?:消纳|保障|解决|帮扶|帮助|服务好?|协助|支撑|助力|满足|确保|保证|扶持|督促|指导|推荐|对接|联系|"
                         r"走访|约谈|包抓|包联|服务保障|新增|新认定|认定|评定|命名|吸纳|" + "|".join(_AIM_WORDS) + ")")
# (首批吸纳|甲轴承、乙电气: who joins)
# (the verbs among them that no name ends in: whatever follows is the firm, 首批吸纳|甲轴承)
_NEVER_NAME_VERBS = ("吸纳", "走访", "约谈", "包抓", "包联", "帮扶", "督促", *_AIM_WORDS)
# verbs and labels glued to a registered name by the clause before it (召集, 确定, 建议, 下辖, 认缴, 竞得人, 责任单位)
_GLUED_VERB = re.compile(r"召集|确定|建议|下辖|认缴|竞得人|责任单位")
_AIM_VERB = re.compile("|".join((*_AIM_WORDS, "对标")))  # (the same verbs, and 对标, inside the clause before the firms)
_ANON_REGION_END = re.compile(r"[xX]{2}[市县区]$")
_ROLE_STRIP = re.compile(r"(?:国家|省|市|县|自治区)级|链主|龙头|骨干|规上|规模以上|专精特新|小巨人|领军|头部|重点|优势|一批|\d+[户家个]|等|[“”]")
# the short name in parentheses right after a firm's name, then a note of its role (甲某某科技有限公司(甲某,规上企业))
_SHORT_WITH_ROLE = re.compile(rf"\((?P<s>[{H}]{{2,10}})[,;、](?P<note>[^()]{{1,30}})\)")
_ROLE_WORDS = {"链主": "链主", "龙头": "龙头", "骨干": "骨干", "规上": "规上", "规模以上": "规上",
               "专精特新": "专精特新", "小巨人": "小巨人", "领军": "龙头", "头部": "龙头"}
# what stands between 等 and 企业 when the items are not firms but sectors or categories
# (煤炭、化工、建材等工业企业; 农用机械…等行业企业; 钢铁有色…等领域龙头企业; …等上下游企业)
_FIRM_GRADE = re.compile(r"(?:国家级|省级|市级)?(?:专精特新|小巨人|单项冠军|隐形冠军|瞪羚|独角兽|雏鹰|潜在独角兽|科技型|创新型|高新技术|"
                         r"规上|规模以上|链主|龙头|骨干|领军|头部|上市|拟上市|后备)(?:中小)?(?:企业)?")
# (甲、乙、丙等核心部件企业: the parts a kind of firm makes, named by their rank in the product)
_ENT_CATEGORY = re.compile(r"行业|领域|类|相关|配套|[上中下]游|制品|生产|要素|向|环节|缺链|链上|方面|(?:核心|关键)零?部件")
_RANKED_IN_TRADE = re.compile(r"(?:行业|领域|业内)(?=龙头|链主|领军|头部|骨干)")  # 行业头部: a rank, not a category
_NAME_STOP = re.compile(
    r"(产业|发展|建设|推进|加快|实施|项目|企业|园区|规模|能力|水平|技术|资源|优势|行业|领域|政策|服务|"
    r"创新|市场|我市|全市|全区|全省|一批|工作|生产|主体|载体|平台|基地|体系|集群|提升|扩大|增效|有效|投资|"
    r"对接|主动|要素|改革|结构|核心|重组|转型|升级|\d|"
    # people and what they say (甲公司负责人分别发言, 某某一行先后深入…): a sentence about a firm, not its name
    r"负责人|董事长|总经理|一行|先后|发言|介绍|表示|"
    # pronouns (我们和甲公司合作): who speaks, never a firm's name
    r"我们|他们|咱们|你们|职工|债务人|债权人|"
    # (an aspect particle: 和某县签了合同, a clause, no name)
    r"[签订做建投]了|"
    # a slogan's 以甲带乙 (要以通道带物流、以物流带贸易): a way of working, no firm
    r"^[要应]?以[\u4e00-\u9fff]{1,3}[带促引招])"
)
# 以A、B为龙头 (以下 is not 以): the firms that lead
_LEAD_ROLE = re.compile(r"以(?!下)(?P<list>[^,。;以]{2,80}?)为(?P<role>龙头|链主|引领|核心|重点)")
_ALIAS_ASIDE = re.compile(r"\(以下简称[^()]*\)")
_NAME_STOPS = frozenset("、和与及同向在由的等为是将把被就或")
# the role of a firm written in front of its name (链主企业某某股份有限公司)
# (规上铝加工企业|甲有限公司, 专精特新企业|乙有限公司: a rank with the firm's trade between; 总包单位|丙有限公司, 总包方
# |…: the part a firm plays in a works)
_ROLE_LABEL = re.compile(r"^[^企]{0,10}?(?:(?P<r>链主|龙头|骨干|重点|领军|头部)企业|(?P<r2>规上|规模以上|专精特新|小巨人)"
                         r"[\u4e00-\u9fff]{0,4}?企业|(?:总承包|总包|分包|施工|承建|设计|监理|供货|中标|编制|咨询|承办|协办|主办)(?:单位|方|商)|"
                         # (a plot's bidder or winner, 地块竞得人|甲有限公司; a supplier, 配套企业|乙有限公司)
                         r"(?:竞得|竞买|受让|中标|投标)人|(?:配套|上下游|入驻|落户|新引进|引进)企业)(?=.{6})")
def _last_park_in(name):
    """The end of the last park type written inside `name` before its last eight characters, or None."""
    end = None
    m = _park_suffix_in(name, 0, len(name) - 8)
    while m is not None:
        end = m.end()
        m = _park_suffix_in(name, m.start() + 1, len(name) - 8)
    return end


# an adverb written after the subject of a clause (某县还与…, 甲油田已与乙签订…): a place or a firm and its adverb are no
# firm's name
_ADVERB_END = re.compile(r"(?<=..)(?:已经|已|将|还|也|又|亦|正|均|都|曾|则|就|再|先后|分别|同时)$")
_BANK_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:分行|支行|营业部)")
# (the word that closes the clause before a firm: what lists it, what is handed to it, what a figure includes)
_HANDED_TO = re.compile(r"所列|[换让售卖交租借付]给|(?:主要|全部|优先|定向|直接|专门)供(?:给|应)?(?!应链|电|水|热|气|销|暖)|(?:额|量|值|数|收入)(?:包)?含|依[靠赖]")
_FOOD_END = frozenset("肉奶蛋茶酒醋糖面米")  # (the foods a list of kinds of firms may end its items with)
# the last character of a product's name (电池托盘, 压铸件, 光伏胶膜): a link to recruit, not a firm's name
_PRODUCT_END = re.compile(r"[件板材器机池盘料剂品管线膜箔片粉液油泵阀柜箱架壳芯屏]$")
# the header row of a table of firms, and its name column
_FIRM_KIND_CELL = r"(?:链主|龙头|重点|骨干|代表性?|配套|规上|主要|领军|头部|招引|目标)企业(?:名称)?"
# (a header typed with spaces, 企 业 名 称; or naming a second field, 企业名称及主要产品; 企业简称)
# (a kind of company names the column with 名称 only: 子公司名称; a cell 子公司 is a row's type of firm)
_FIRM_NAME_CELL = re.compile(rf"(?:企 *业|公 *司)(?: *(?:名 *称|简 *称))?(?:[及和/][{H}]{{2,6}})?|"
                             rf"(?:子|控股子|参股|下属|关联)公 *司 *名 *称|{_FIRM_KIND_CELL}")
# the column of the short names of a table's firms, beside the column of their names (子公司名称 | 简称)
_SHORT_NAME_CELL = re.compile(r"(?:企业|公司)?简 *称")
_FIRM_TABLE_HEADER = re.compile(rf"[\t\n](?:{_FIRM_NAME_CELL.pattern})(?=[\t\n])")
_CELL_ITEM = re.compile(r"(?:[^、,;(]|\([^()]*\))+")  # the firms of a cell that lists several (甲公司、乙公司; a note in
# brackets after a firm holds its own 、: 甲新材(链主、专精特新))
_PLANT_AT = re.compile(r"(?:生产|制造)?(?:基地|工厂|分厂)")


def _plant_starts(text):
    """The starts of ``_PLANT_AT.finditer(text)``: the core words, which cannot overlap, found with str.find; a
    生产/制造 right before one opens the match there, and no core word ends with 生/产/制/造."""
    for q in _anchored_starts(text, _PLANT_ANCHORS):
        yield q - 2 if text[q - 2:q] in ("生产", "制造") else q


_AFTER_DONE = re.compile(r"[之以]?后")  # 项目建成|后|甲乙某地基地…: the time after the verb, not the firm
_PLANT_NOT_OWNER = re.compile(r"[省市县区州]$|产业|工业|国家|示范|重点|龙头|企业")
_CELL_NOTE = re.compile(r"\(([^()]{1,10})\)$")
_CELL_DECLARED = re.compile(r"\((?:以下简称|简称|下称)[“\"]?([^()“”\"]{2,10})[”\"]?\)$")
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
_BUILDS_CAPACITY = re.compile(r"(?:布局|新建|建设|投建)(?=\d)")
_AWAITS = re.compile(r"[尚仍还亟有等]待|[尚仍还]?需(?:要|由)?|待")
# prepositions that may stand glued in front of an owner cut from a clause (在|甲公司…, 某区|对|甲项目…)
_FIRM_PREPOSITIONS = frozenset("在对把将向")
# what a body of government or of work is called, at the end of a list's item (协办单位, 园区管委会, 工作专班)
_BODY_END = re.compile(r"(?:单位|管委会|部门|科室|专班|工作组|领导小组)$")
# the trades a firm's name holds after 项目 (某某项目管理有限公司): 项目 inside its name, no heading before it
_PROJECT_TRADE = ("管理", "投资", "建设", "咨询", "开发", "运营", "服务")
_CLAUSE_OPENERS = frozenset(",;:。!?\n")
_WRITER_PLACE = re.compile(r"[我本](?:省|市|州|县|区|旗)")  # 我市|甲公司: the place of the document's writer
# an item of a numbered list that names something before a colon (3. 甲聚烯烃:), and what says that it is a firm
_ENUM_NAME = re.compile(rf"\n[ \t]*(?:\d{{1,2}}\s*[.、]|\(?[{_CN_NUM}]{{1,3}}[)、])\s*(?P<n>[{H}A-Za-z]{{2,12}})\s*:")
_FIRM_CUE = re.compile(r"\s*(?:主营|主要产品|主导产品|成立于|注册资本|公司)")
# a label that introduces firms (链主企业:, 配套服务企业:)
_FIRM_LABEL = re.compile(r"企业\s*:")
_LABEL_BREAK = re.compile(r"[,;。!?、]")
# a firm named as a partner: 与某某签订/签署/达成…, 与某某合作, 进入某某供应链/供应体系
# (two patterns, each opening with its literal, which the regex engine finds fast)
# (the verb of the cooperation may stand before it: 与甲集团|开展合作, 与乙能源|深化战略合作)
_PARTNER = re.compile(rf"与(?P<n>[{H}]{{2,8}}?(?:、[{H}]{{2,8}}?){{0,3}})(?:已经?|正式|共同|先后)?(?:开展|进行|深化|加强|推进|展开|建立)?(?:全面|战略|深度)?"
                      r"(?:签订|签署|达成|合作|合资)")
_SUPPLIER = re.compile(rf"进入(?P<n>[{H}]{{2,8}}?)(?:供应链|供应体系|采购体系)")
# a group named as the parent of a firm: 甲化工:乙集团下属企业, 乙集团旗下公司, 乙能源全资子公司
_PARENT_OF = re.compile(r"(?:下属|旗下)(?:企业|子公司|公司)|(?:全资|控股)子公司")
# a modal or an adverb of the clause's verb right before 与 (要提前|与甲、乙等企业签订…)
_MODALS = "要需应须拟"  # (the one-character modals: 甲永磁要|与…)
_MODAL_BEFORE_WITH = re.compile(rf"(?:[{_MODALS}将]|提前|及时|主动|积极|尽快|加快)$")
# a firm named by its kind alone (平台公司建设、专业公司运营的模式; 委托第三方公司): no name
_KIND_OF_FIRM = frozenset(("专业公司", "第三方公司", "物业公司", "运营公司", "国有公司", "子公司", "母公司", "分公司"))
_PARTNER_NOT = re.compile(r"^(?:国际|国内|省内|省外|区内|区外|周边|沿海|沿边|东部|西部|中部|各|有关|相关|当地|本地|地方|高校|"
                          r"院所|科研|上下游|国外|境外|海外|全球|全国|社会|民间|知名|优质|头部|合作方|对方|双方)|[国省市县区内外方]$|(?:坡|斯坦|西亚|利亚|尼亚|罗斯)$|^(?:日本|德国|美国|法国|英国|韩国|意大利)|"
                          r"资本|资金|基金|机构|单位|部门|院校|客商|伙伴|群众|农户|国家|地区|城市|区域|用户$|客户$|"
                          r"(?:种植|养殖|种养)大?户$|农民|牧民|村民|"  # (企业与种植户签订订单: households)
                          r"对口|支援|帮扶|结对|援建|东西部|东西协作|^(?:您|你们|我们|大家|各位)|"  # (甲省与乙市对口支援合作: places and
                          # a mode of aid; 期待与您携手: the reader)
                          r"^(?:[两一二三四五六七八九十\d]+|多|数|几)[家个户所]")  # (与两家银行签订: firms counted by kind)
# a list of the units responsible for a task (牵头单位:甲局;责任单位:乙局、丙公司), and what ends it
_DUTY_LIST = re.compile(r"(?:牵头|责任|配合|协办|主办)(?:单位|部门)\s*:")
# the label of the units that attend a meeting (列席:甲局、乙公司): units, as in a list of responsible ones
_ATTENDING = re.compile(r"(?:列席|出席|参会|参加会议)(?:单位|人员)?\s*:")
# a firm pointed back to, no name: 其子公司, 该公司, 其母公司, 本集团, 所属企业
_POINTED_FIRM = re.compile(r"(?:[其该本此各我你贵]|其他|下属|所属)(?:全资|控股|参股)?[子分母]?(?:公司|集团|企业|行)")  # (该行: a bank)
_OWNED_BY_END = re.compile(r"(?:全资|控股|参股)子公司$")  # 甲集团全资子公司: what the firm is to its group
_ATTENDING_AFTER = re.compile(r"(?:等单位)?(?:主要)?(?:负责同志|负责人|分管领导|有关同志)[^。;:\n]{0,24}?(?:参加|出席|列席|参会)")
# a speaker and the preposition that joins it to the firms after it (我们要和|甲、乙…, 他们正与|甲…)
_PRONOUN_WITH = re.compile(r"(?:我们|他们|咱们|我|他|公司|企业)[^、和与同跟]{0,4}?[和与同跟]")
# a list of firms closed by a word of likeness or a demonstrative (甲、乙这样的头部企业, 甲这类企业, 甲、乙这些本地企业)
# the firms of a count of firms, listed after it (规上企业12户,主要有|甲、乙等; 入驻企业30家,代表企业有|甲、乙)
_LEGAL_TAIL_VERB = re.compile(rf"(?P<f>{_alternation(LEGAL_FORMS)})(?:加强|深化|推进|推动|开展|共同|联合|携手|积极|全面|进一步|协同|联动|"
                              r"正式|签订|签署|达成)[^公司]{0,4}$")
# (and written without brackets, in a note: 甲有限公司以下简称"甲乙";乙有限公司…)
_SHORT_DECLARED_BARE = re.compile(r"(?:以下简称|简称)[“\"](?P<s>[^()”\"或]{2,10})[”\"]")
# (after a note on the firm in the same brackets: (省级专精特新中小企业,以下简称甲), (暂定名,…为准,以下简称"甲"))
_SHORT_DECLARED = re.compile(r"\((?:[^()“”\"]{2,30}?[,;])?(?:以下简称|简称|下称)[“\"]?(?P<s>[^()”\"或]{2,10})[”\"]?(?:或[“\"]?[^()”\"]{1,8}[”\"]?)?\)")
# the verb of selling in front of the firms a product goes to (产品主要供应|甲、乙等电池企业, 下游|甲等…)
# (what is sold may be named before the adverb: 叶片主要配套|甲、乙等整机企业)
_CUSTOMER_LEAD = re.compile(r"(?:[其该]?(?:主要)?产品|[\u4e00-\u9fff]{1,6}?(?=主要|批量|稳定|长期))?"
                            r"(?:主要|批量|稳定|长期|已|均|就地|就近)*(?:供应|供货|配套|销往|卖给|供给)给?|"
                            r"下游(?:客户)?(?:包括|有|为)?|"
                            # (the customers a need or a product serves: 为满足|甲等轮胎企业对…的需求, 面向|甲、乙等整车企业)
                            r"(?:[其该]?(?:主要)?产品|[\u4e00-\u9fff]{1,8}?(?=主要))?(?:主要)?(?:为|以)?(?:满足|面向|服务于)")
# the words in front of a firm the clause's subject measures itself against, up to the firm (推动甲乳业对标|乙、丙等乳企),
# or a verb with its aspect particle 了 (会议还听取了|甲石化、乙环氧等企业…)
_COUNTERPART_LEAD = re.compile(r".{0,12}?对标|.{1,12}?了(?=[\u4e00-\u9fff]{2})")


def _without_counterpart_lead(items):
    """`items` with the words cut off in front of the first firm that tell whom the clause's subject sells to or
    measures itself against, or what it did with the firms (产品主要供应|甲、乙等电池企业, 会议还听取了|甲、乙等企业…)."""
    if items and ((cu := _COUNTERPART_LEAD.match(items[0][0])) or (cu := _CUSTOMER_LEAD.match(items[0][0]))) and \
            len(items[0][0]) - cu.end() >= 2:
        return [(items[0][0][cu.end():], items[0][1] + cu.end())] + items[1:]
    return items


# the verbs of what the last firm of a list supplies or takes on (协调甲集团和乙新能源|提供绿电直供), after its short name
_SUPPLY_VERB = re.compile(r"提供|供应|供给|负责|承担|承建|保障|用好|用足|利用|扩大|开拓")
# the heading of a roster of firms, on a line of its own (附件:重点企业名录; 链主企业名单; 骨干企业:)
_ROSTER_LIST_HEAD = re.compile(r"(?:目标|重点|链主|龙头|骨干|代表性?|招引|引进|头部)企业[ \t]*\n")
_ROSTER_LIST_NOT = re.compile(r"[。:;]|等")  # (a sentence, a label or a list closed by 等: not a line of names)
_ROSTER_HEAD = re.compile(r"企业(?:(?:名录|名单|清单|目录)[ \t]*\n|[ \t]*:[ \t]*\n)")  # (企业 drawn out: a literal prefix)
_ITEM_NOTE_AT = re.compile(r"\((?!以下|简称|下称)([^()、,;。“”\"]{1,14})\)")  # (not (以下简称甲): read as an alias)
_ITEM_NOTE = re.compile(_ITEM_NOTE_AT.pattern + "$")
_SECTION_LEAD = re.compile(rf"\s*[{_CN_NUM}]{{1,3}}、")
# (and an annex's title, a form or a paper the list goes on with: 4.厂房租赁申请表, 5.合同主要条款(摘要))
_ROSTER_NOT_NAME = re.compile(r"[,。;:、!?\t]|产业链|产业|行业|领域|板块|(?:表|清单|名单|名录|条款|合同|协议|方案|办法|细则|说明)(?:\(摘要\))?$")
_FIRMS_NAMED_AFTER = re.compile(r"(?:主要|代表性?企业|其中)(?:有|包括|为|是)\s*:?")
_FIRMS_COUNTED = re.compile(rf"企业(?:\d+|[{_CN_NUM}]+)[户家个]|(?:\d+|[{_CN_NUM}]+)[户家](?:[{H}]{{0,4}})?企业")
# a list closed by 等 and a kind of firm (甲、乙等龙头企业), and what the words between say when the items are not
# firms: projects, places, institutes, the means of a deal (通过控股、代工等方式与…企业)
# (the items are assets put into a group, 以其采矿权、选矿厂等资产作价入股甲集团; what exists, 甲、乙等已有企业开展…;
# platforms the firms are joined to, “甲”等融资平台已接入全市规上企业)
_FIRMS_OF_KIND = re.compile(r"等(?P<desc>[^,。;:、等()的\n\t]{0,12}?)(?P<kind>企业|集团|主机厂|整车厂|车企|央企|国企|民企|"
                            # (甲、乙等动力电池龙头, 等行业龙头: the rank alone names firms; 乳企, 药企, 种企: a trade's firms)
                            r"龙头(?!产品|品牌|产业|项目|园区|基地)|[乳药种]企|整机商)")
# (…等专业毕业生到…企业: people the firms take on)
_DESC_NOT_FIRMS = re.compile(r"项目|给予|支持|对|向|为|高校|院所|院校|科研|机构|[镇乡村]|方式|途径|形式|模式|手段|渠道|与|"
                             # (甲料、乙料等全部返回集团: where materials go back to)
                             r"返回|运回|送回|交回|退回|运往|送往|交给|交由|卖给|售给|"
                             r"专业|毕业生|学生|人才|人员|员工|职工|到|"
                             # (甲、乙等核心专利主要由国外企业持有: what the firms hold, and the firms are the other party)
                             r"专利|由|被|工艺|资产|入股|作价|已有|均有|接入|原因|"
                             # (岗位数量、薪酬待遇等以企业…公布的为准, 营业收入、产能等数据来源于企业填报: figures the firms
                             # give, no firms)
                             r"^以|数据|来源|填报")
_LIKE_FIRMS = re.compile(r"(?:这样|这类|一样|这些|这几家)的?(?P<desc>[^,。;:、等()的]{0,8}?)(?P<kind>企业|集团|车企|央企|国企|民企)")
# what relates one firm to another (甲集团所属乙公司, 甲集团旗下, 进入甲集团供应体系): never inside a name
_FIRM_RELATION = re.compile(rf"其?(?:所属|下属|旗下|进入|(?:全资|控股|参股)子公司)|(?<=集团|公司)下设(?=[{H}]{{2}})|(?:其|(?<=集团|公司))子公司(?=[{H}]{{2}})|"
                            rf"其[{H}]{{0,4}}平台(?=[{H}]{{2}})|其?母公司(?=[{H}]{{2}})|其?控股股东(?=[{H}]{{2}})|"  # (其外贸平台|甲公司)
                            # (a plot handed on to a firm, 出让给|甲公司; a park's former firm, 某工业园原|甲公司)
                            rf"(?:出让|转让|划拨|租赁|出租|移交)给|(?<=[园区])原(?=[{H}]{{2}})")
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
_TIME_WORDS = r"年内|年底|年初|今年|去年|明年|当年|同年|上年|全年|次年|上半年|下半年|近年|近年来|目前|当前|报告期[内末]?"
_TIME_LEAD = re.compile(rf"(?:{_TIME_WORDS})")
_TIME_FIRST = frozenset(w[0] for w in _TIME_WORDS.split("|"))  # (the first characters of the time words)
_TOWN_PART = re.compile(r"(?:县城|城区|市区|主城|老城|新城)[东西南北中]?(?:区|部|片|郊)?$")  # 县城北: where, not who
_DUTY_LIST_END = re.compile(r"[:。;!?()\n]")


@functools.lru_cache(maxsize=4096)
def _province_first(s):
    """Whether `s` opens with a province's short name (甘肃, 内蒙古)."""
    return any(s.startswith(p) for p in _province_shorts())


@functools.lru_cache(maxsize=1)
def _province_shorts():
    return tuple(sorted(region_index().short_names("province"), key=len, reverse=True))


def _city_of_county_after(s, k):
    """Whether ``s[:k]`` is a county and ``s[k:]`` opens with the short name of the city it is in (新荣区|大同…, not
    高台县|黑河湾…: 黑河 is a city elsewhere, the county's name is the firm's)."""
    idx = region_index()
    counties = [r.parent for n, rs in idx.leading(s[:k]) if len(n) == k for r in rs]
    return bool(counties) and any(r.adcode in counties for _, rs in idx.leading(s[k:k + 4])[:1] for r in rs)


def _object_mark_end(name, cut=0):
    """Where a registered name that opens with its place starts in `name`, after a word that takes it as its object
    (市工信局对|甲省乙有限公司, 截至审计时仅|丙市丁有限公司), or 0."""
    return next((k for k in range(cut + 2, min(cut + 14, len(name) - 5))
                 if name[k - 1] in _OBJECT_MARKS and _place_led_registered(name, k, 6)), 0)


def _place_led_registered(name, k, rest):
    """Whether ``name[k:]`` is a registered name (a legal form at the end) of `rest` characters or more that opens with
    its place (甘肃…, 某县…, or the country, 中国甲集团有限公司): what stands before `k` is the sentence's, not the
    name's."""
    return len(name) - k >= rest and _LEGAL_FORM_RE.search(name[-4:]) is not None and (
        _lead_len(name[k:]) >= 2 or name.startswith("中国", k))


def _firm_name_start(s):
    """Where a firm's name starts in `s`: after a word that relates it to another firm (甲集团所属|乙公司, 进入|甲集团)
    and after a time word with the lead words that follow it (年内完成|甲集团); 0 when nothing stands in front.

    >>> _firm_name_start("年内完成青岭集团"), _firm_name_start("所属青岭股份有限公司"), _firm_name_start("青岭集团")
    (4, 2, 0)
    """
    k = 0
    # (each match of _FIRM_RELATION holds 属, 旗下, 进入 or 子公司; each time word opens with one of _TIME_FIRST)
    if "属" in s or "旗下" in s or "进入" in s or "子公司" in s or "平台" in s or "母公司" in s or "股东" in s:
        for m in _FIRM_RELATION.finditer(s):
            if len(s) - m.end() >= 2:
                k = m.end()
    t = _TIME_LEAD.match(s, k) if s[k:k + 1] in _TIME_FIRST else None
    if t and len(s) - t.end() >= 2:
        k = len(s) - len(_strip_lead(s[t.end():]))
    return k


def _plausible_name(s):
    """A listed firm's name: short, no digits, none of the words plans use for everything else."""
    return bool(2 <= len(s) <= 20 and _OWNER_CHARS.fullmatch(s) and not _NAME_STOP.search(s))
# a legal form after a business word only (工程有限公司): what a cut inside a name (甲建设|工程有限公司) leaves
_LEGAL_KIND_ONLY = re.compile(r"(?:工程|建筑|建材|安装|咨询|设计|研究院|设计院)(?:集团)?(?:股份)?有限(?:责任)?公司")
# the last word of a page's breadcrumb or a tender's text before a firm (招标公告|甲有限公司, 本招标项目|甲…)
_BREADCRUMB_WORD = re.compile(r".*(?:公告|公示|招标项目|招标人|说明书|报告书|正文)[:]?")  # (正文: a breadcrumb's last item)
# what ends the words before a bare 公司 that never end a trade name: the last character of a preposition or a verb
# (对|公司, 有利于|公司), and the verbs an annual report puts before the firm it speaks of (可能影响|公司, 就近消化|公司产品);
# 上市|公司 is a kind
_NOT_BEFORE_FIRM = (*"对于给向使令让把被害强交成你贵母因该指们到占着", "项目", "入住", "于子",
                    # (a speaker's or a time's company: 我们公司, 今年公司…)
                    "今年", "去年", "明年",
                    # (an investor-relations record's words before the company that answers: 请介绍一下公司, 一季度公司,
                    # 原料来自公司, 缺口部分公司, 回购公司股份)
                    "一下", "来自", "季度", "部分", "回购",
                    # (a report's words before the company that writes it: 纳入公司…体系, 持续改进公司…, 期间公司将…; and
                    # firms described, not named: 外地公司, 当地公司)
                    "纳入", "改进", "涵盖", "期间", "期内", "同意", "外地", "本地", "当地", "有关", "经",
                    "上市", "影响", "消化", "带动", "帮助", "督促", "要求", "引导", "鼓励", "推动", "提升", "保障",
                    # (an announcement's verbs on the company that writes it: 完善公司…, 授权公司管理层, 根据公司要求)
                    "完善", "授权", "根据", "依据", "归属于",
                    # (a prospectus's words of who holds or controls the company: 直接持有公司…, 无参股公司)
                    "持有", "控制", "参股",
                    # (each of the subsidiaries a report sums up: 各子公司主要指标, 各分公司)
                    "各子", "各分",
                    # (a company to be set up, named by its kind: 拟成立新公司, 明确新公司的出资, 组建新公司)
                    "立新", "确新", "明新", "建新", "设新", "的新", "个新", "家新",
                    # (a research report's words on the company it covers, or on companies in general: 我们预计公司…,
                    # 未来6个月内公司股价, 为这些公司提供…服务)
                    "预计", "月内", "这些", "那些",
                    # (a disclosure's words on the company that writes it: 不代表公司…, 含子公司; 经营计划系|公司基于…
                    # 作出的预测, 可能增加|公司财务费用: a copula, a verb of what may befall it)
                    "代表", "含子", "系", "增加", "减少", "导致", "造成")
# the words before a bare 集团 when a speech or a report speaks of the group that writes it (动员全集团, 带队到集团,
# 我代表集团, 影响集团的发展, 直接供给集团, 实行集团领导包保, 迎接集团成立…周年)
# a material and 业, then the form, with nothing in front (硼业公司, 锂业公司): a unit called by its trade, no name
_MATERIAL_TRADE_ONLY = re.compile(rf"[{''.join(sorted(_ELEMENTS))}煤盐碱]业(?:公司|集团)")
_NOT_BEFORE_GROUP = ("到", "代表", "影响", "供给", "实行", "迎接", "服务", "支持", "并入", "纳入", "归入", "划入", "报送", "履行", "报请",
                     "提交", "上报", "返回", "运回", "送回", "交回", "退回", "责成")
# a listed firm's name and its stock code (甲乙股份(600438), 丙丁绿能(601012.SH), 戊己控股(00968.HK))
_STOCK_NAME_NOT_FIRST = frozenset("以有和与及如是为在由等")
_STOCK_CODE = re.compile(r"\((?:股票代码|证券代码)?[:：]?(?:[0-9]{6}(?:\.(?:SH|SZ|BJ))?|[0-9]{4,5}\.HK)\)")
# the name right before the code: letters and up to four Han characters, or up to four Han characters
_STOCK_NAME = re.compile(rf"(?:(?:[A-Za-z]{{1,6}}|\*?ST)[{H}]{{1,4}}|[{H}]{{2,4}})$")
_COUNTED_FIRMS = re.compile(rf"[{_CN_NUM}几多数\d]+家")
# the park a firm is in, written before its name (园区内|甘肃某某化工有限公司, 开发区内|某某公司), but not a 内 that opens
# a place or a word (内蒙古, 内江, 内乡, 内黄, 内丘; 内燃机, 内饰, 内衣, 内科); only after a park word (a city's or a
# county's 内 would break 某市内燃机配件有限公司)
_INSIDE_LEAD = re.compile(rf"[{H}]{{0,6}}?(?:园区|厂区|开发区|工业园|产业园)内(?!蒙古|江|乡|黄|丘|燃|饰|衣|科)")
# the central state firms whose names open with 国家, a generic word elsewhere (国家电投黄河鑫业有限公司, 国家能源集团某某
# 煤业有限责任公司, 国家电网某省电力公司, 国家管网, 国家开发银行): the closed class of their short names
_STATE_FIRM = re.compile(r"国家(?:电投|电网|管网|能源集团|能源投资|电力投资|开发投资|开发银行)")


class _EnterprisesMixin:
    """The enterprises of a document (methods of :class:`~chainatlas.loaders.extract.core._Extractor`)."""

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
        if name.endswith("集团") and _VERB_IN_GROUP.search(name, 0, len(name) - 2):
            return None  # 投资计划已经|集团董事会审议, 有利于改善|集团…, 供应|集团内…: the group the text is about, named
            # bare after the clause's verb (no trade name holds one of these verbs)
        if name.endswith("联合社") and self.text.startswith("会", end):
            return None  # 甲能投联合|社会资本…: the verb 联合 and 社会, no union of cooperatives
        if name.endswith(("集团", "公司", "企业")) and len(name) <= 8 and any(
                0 <= (k := name.find(sp, 0, 5)) and len(name) - k <= 6 for sp in _SPEAKERS):
            return None  # (前年)我们集团的产品…, 我们公司: the speaker's own firm, named by the pronoun, no name
        if name.startswith(("人民银行", "中国人民银行")):
            return None  # 人民银行某市分行: the central bank's branch, an organ of the state that leads tasks, no firm
        if lexicon.looks_mojibake(name):
            return None  # 鐣ラ椝铡…�有限公司, 嘉峪关瀵屾簮寤烘潗有限公司: a line decoded in the wrong code page, no name
        if name.endswith(("平台公司", "装置", "有限公", "有限责任公", "股份经济合作社")) or name in _KIND_OF_FIRM:
            return None  # 园区平台公司, 国有平台公司: the kind of firm a zone raises funds by; 甲装置: a plant's unit;
            # 甲有限公|(a page break): a registered name cut before its last character
        cut = _firm_name_start(name)
        if name[cut:cut + 1] == "除" and len(name) - cut >= 4 and (
                start + cut == 0 or not _HAN_CHAR.match(self.text, start + cut - 1)) and \
                self.text.find("外", end, end + 40) >= 0:
            cut += 1  # 除|甲集团、乙新材外,…: what the clause leaves out, the firms after the preposition
        # 同意|吴忠市甲集团有限公司, 给|某县乙化工有限公司, ②|杭州丙科技有限公司: one character (or a list's number)
        # before a name that opens with a place is the sentence's, not the name's
        if len(name) - cut >= 7 and _LEGAL_FORM_RE.search(name[-4:]) and not _lead_len(name[cut:]) and \
                (k := 2 if name[cut:cut + 2].isdigit() else 1) and (pl := _lead_len(name[cut + k:])) >= 2 and \
                not (k == 1 and (self.regions.knows(name[cut:cut + 2]) or self.regions.knows(name[cut:cut + 3])) and
                     name[cut + k + pl - 1] not in "省市县区旗州盟"):
            cut += k  # (but 静宁|德盛…, 峨眉山|嘉宸…: the character opens a county's short name, and what follows is a
            # place only without its suffix; 原|平罗县… is cut)
        # 甲(简称甲新材)系|乙控股集团有限公司的全资子公司, 甲新能源系|江苏乙集团…: the copula after a firm the text names
        if (k := name.find("系", cut)) >= cut and len(name) - k > 6 and _LEGAL_FORM_RE.search(name[-4:]) and (
                k == cut and start + cut > 0 and not _HAN_CHAR.match(self.text, start + cut - 1) or
                k > cut + 1 and (_lead_len(name[k + 1:]) >= 2 or _LEGAL_FORM_RE.search(name[max(cut, k - 4):k]) or
                                 ("enterprises", name[cut:k]) in self._seen or name[cut:k] in self._known_short_forms() or
                                 k - cut >= 3 and self.text.count(name[cut:k]) > self.text.count(name[cut:k + 1]))):
            # (甲半导体系|乙集团有限公司…: a name the text writes elsewhere on its own, then the copula)
            cut = k + 1  # (甲有限公司系|乙集团有限公司的子公司: the first firm's copula)
        if (bar := max(name.rfind("丨"), name.rfind("|"))) >= cut and len(name) - bar > 4:
            cut = bar + 1  # 项目建设进行时丨|甲新能源…: a series' title and its bar, then the name
        # (a word of the clause or of a table's cell, then a registered name that opens with its place)
        for vm in _VERB_BEFORE_FIRM.finditer(name, cut) if len(name) - cut >= 5 else ():
            if _place_led_registered(name, vm.end(), 4):
                cut = vm.end()  # 参加|甲市乙有限公司…, 电石渣目前送|甲县乙建材有限公司, 某区看|甲新能源有限公司: a verb
        # 市工信局对|甲省乙有限公司, 截至审计时仅|丙市丁有限公司: a word that takes the firm as its object (a preposition,
        # 仅), then a registered name that opens with its place
        if not _lead_len(name[cut:]) and (k := _object_mark_end(name, cut)):
            cut = k
        # 设立独资企业|甲(某地)乙有限公司: the kind of firm the name is, written in front of it
        if (kb := _KIND_BEFORE_NAME.search(name, cut, cut + 10)) and len(name) - kb.end() >= 6 and \
                _LEGAL_FORM_RE.search(name[-4:]):
            cut = kb.end()
        if name.startswith(_SPEAKERS, cut) and (k := next((k for k in range(cut + 2, min(cut + 8, len(name) - 6))
                                                           if _place_led_registered(name, k, 6)), 0)):
            cut = k  # 我们确定|甲省乙集团有限公司…: the speaker and the verb, then a registered name that opens with its place
        if (aw := _AWARD_VERB.search(name, cut, cut + 8)) and len(name) - aw.end() >= 5 and name.endswith(("公司", "集团")):
            cut = aw.end()  # 决定授予|甲供电公司…称号: what is given to the firm, then its name
        if (ll := _lead_len(name[cut:])) >= 3 and name[cut + ll - 1] in "县区市旗" and \
                (_province_first(name[cut + ll: cut + ll + 3]) or _city_of_county_after(name[cut:], ll)) and \
                _place_led_registered(name, cut + ll, 8):
            cut += ll  # 某县|甘肃甲药业有限公司: where the firm works, then its registered name from its province (or from
            # the city of that county, 新荣区|大同甲科技有限公司)
        elif (pk := _PARK_SUFFIX_RE.search(name, cut, cut + 14)) and _province_first(name[pk.end(): pk.end() + 3]) and \
                _place_led_registered(name, pk.end(), 8):
            cut = pk.end()  # 某工业园|青海甲科技有限公司: the park the firm is in, then its registered name
        if (rw := _ROLE_WORD_LEAD.match(name, cut)) and _place_led_registered(name, rw.end(), 6):
            cut = rw.end()  # 专精特新|甘肃甲铜箔科技有限公司: a table row's last cell joined to the next row's name
        elif _CLAUSE_WORD.match(name, cut) and _province_first(name[cut + 2: cut + 5]) and \
                _place_led_registered(name, cut + 2, 8):
            cut += 2  # 现状|宁夏甲牧业有限公司: a word of the clause, then a registered name that opens with its province
        if name.startswith(("有", "还有"), cut) and ("enterprises", name[cut + 1 + (name[cut] == "还"):]) in self._seen:
            cut += 1 + (name[cut] == "还")  # 投产的有|甲集团: the verb of a list, then a firm the text names
        if (t := _PERSON_TITLE.match(name, cut)) and _place_led_registered(name, t.end(), 6):
            cut = t.end()  # 局长|某市甲设计研究院有限公司: a signature table's title cell, then the unit's name
        if (h := _HOLD_LEAD.match(name, cut)) and len(name) - h.end() >= 4:
            cut = h.end()  # 园区内已有|甲铋业 (the owner cut from a sentence that says what a park holds)
        if name.startswith(("我", "本"), cut) and (w := _WRITER_PLACE.match(name, cut)) and len(name) - w.end() >= 4:
            cut = w.end()  # 我市|甲机械有限公司: the writer's own place stands in front of the name
        if (k := name.rfind("项目", cut)) >= cut and len(name) - k >= 6 and name.endswith(("公司", "集团")) and \
                not name.startswith(_PROJECT_TRADE, k + 2):
            cut = k + 2  # …5万吨饲草料项目|甲饲草公司: a heading run into the sentence after it, the firm its subject
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
        # 〔2026〕9号|甲有限公司: a paper's number, then the firm it is addressed to; 招标公告|甲有限公司, 本招标项目|甲…:
        # a page's breadcrumb or a tender's words, then the firm (no registered name holds 公告 or 招标)
        if name.startswith("号", cut) and start + cut > 0 and self.text[start + cut - 1].isdigit():
            cut += 1
        if _LEGAL_FORM_RE.search(name[-4:]) and (bw := _BREADCRUMB_WORD.search(name, cut)) and len(name) - bw.end() >= 6:
            cut = bw.end()
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
        if not _LEGAL_FORM_RE.search(name[-4:]) and (lf := _LIMITED_FORM.search(name, cut)) and lf.end() - cut >= 6 and \
                not (_BANK_BRANCH.fullmatch(name, lf.end()) and "银行" in name[cut:lf.start()]):  # (甲银行…公司|某市分行)
            name, end = name[: lf.end()], end - (len(name) - lf.end())
        # 甲有限公司|成为…: a registered name ends with its legal form; a character or two after it is the next word
        if len(name) - cut >= 6 and name[-1] not in "司团厂社行" and \
                (lf := _LEGAL_FORM_RE.search(name, max(cut, len(name) - 7))) and 1 <= len(name) - lf.end() <= 2 and \
                lf.end() - cut >= 6 and _HAN_ONLY.fullmatch(name, lf.end()) and "公司" in lf.group():
            name, end = name[: lf.end()], end - (len(name) - lf.end())
        name, start = name[cut:], start + cut
        if name.startswith("(") or name.endswith(")") and "(" not in name or start > 0 and self.text[start - 1] == "*" or "*" in name or _FIRM_GRADE.fullmatch(name):
            return None  # (未明确), (待定): a table's note where the firm would stand; 包头**|磁业有限公司: a name the
            # page masks; 专精特新小巨人: an honour's name
        if _FIRM_DISCOURSE_LEAD.fullmatch(name) or _NO_FIRM_NAME.fullmatch(name) or name.endswith(("(", "(")) or \
                _KIND_ONLY_FIRM.fullmatch(name) or "某" in name or "\ufffd" in name:
            return None  # 另有, 全公司, 合作社, 某某工程(, 县城投公司: a word of the sentence, a firm in general, a cut name;
            # 西安某塑料制品公司: a firm the writer does not name; 甘肃鑫\ufffd新能源…: a name the page lost a character of
        if _BARE_BRANCH.fullmatch(name):
            return None  # 选矿分公司, 矿山管理分公司: a branch named by its work alone, no firm's name (甲电机分公司 is one)
        legal_end = _LEGAL_FORM_RE.search(name[-4:])
        # (the region lead is asked only of a name without an organisation form at its end, the two rules that read
        # it hold only for such a name, and that opens with a region: _lead_len, cached, is 0 when the lead is empty)
        lead = region_index().leading(name) if not legal_end and _lead_len(name) else None
        if lead and name[(k := sum(len(t) for t, _ in lead)):k + 1] in _FIRM_PREPOSITIONS:
            return None  # 某区|对|甲风电、乙产业园等项目实行…: a place that acts on what follows, no firm's name
        # (a works registered with its county, 某县甲碳素制品厂, keeps it: the county is part of a 厂's name)
        if not legal_end and lead and not name.endswith("厂") and \
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
                _ORG.search(name) and not roles and not _LIMITED_FORM.search(name[-8:]):
            # (makers: 甲、乙等主机厂, a brand may be a county's short name; 甲设计研究院有限公司 is a firm)
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

    def _declared_shorts(self):
        """The short names declared for the firms found so far (甲永磁材料有限公司(以下简称甲永磁): 甲永磁)."""
        return {a for e in self.x.enterprises for a in e.get("aliases", ())}

    def _declared_short_end(self, name):
        """The short name declared for a firm so far ((以下简称“甲钢集团”)) that `name` ends with, when what stands in
        front of it is no place (a clause: 我们还梳理|甲钢集团), else ``""``."""
        # (or one preposition in front: 经|甲芯集团同意)
        ends = sorted({a for a in self._declared_shorts()
                       if len(a) >= 3 and (len(name) > len(a) + 1 or len(name) == len(a) + 1 and name[0] in "经据由将把被对向给从")
                       and name.endswith(a)}, key=len, reverse=True)
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
            if f.group() == "公司" and text[f.start() - 1: f.start()] in ("子", "母") and any(
                    (r := _FIRM_RELATION.match(text, f.start() - k)) and r.end() == end for k in (1, 2, 3, 4)):
                i += 1  # 甲集团控股子公司|乙有限公司: what the next firm is to the group, no name ends here (甲能源的母公司|
                # 乙控股集团有限公司: nor here)
                continue
            # a subsidiary written after its group: 金川集团|精密铜材公司, 酒钢集团|榆钢公司
            # (two forms that touch are one longer form: 某某集团|控股有限公司)
            while i + 1 < len(forms) and (forms[i + 1].start() == end or 0 < forms[i + 1].start() - end <= 8 and
                    re.fullmatch(rf"[{H}A-Za-z]+", text[end:forms[i + 1].start()]) and
                    not _ITEM_END.search(text[end:forms[i + 1].start()]) and
                    not _FIRM_RELATION.match(text, end) and not text.startswith("系", end) and
                    not re.search(r"和|与|及|、|并|该|其|由|以|或", text[end:forms[i + 1].start()]) and  # (甲公司并由该|公司)
                    # (平台公司|某地甲投资有限公司: a kind, then a registered name that opens with its place; but 甲集团|
                    # 某地乙分公司 is the group's branch)
                    not (f.group() == "公司" and _lead_len(text[end:forms[i + 1].start()]) >= 2 and
                         _LIMITED_FORM.search(forms[i + 1].group())) and
                    not _CUT_RE.search(text, end, forms[i + 1].start())):  # (甲集团重组|乙公司: two firms)
                i += 1
                end = forms[i].end()
            i += 1
            if (br := _BANK_BRANCH.match(text, end)) is not None and text.find("银行", max(0, f.start() - 12), f.start()) >= 0:
                end = br.end()  # 甲银行股份有限公司|某市分行: a bank's branch, named after the bank's registered name
            start = f.start()
            lo = max(self.clause_start(start), start - 24)
            # a parenthesis inside the name (某某(集团)股份有限公司, 某某(赣州)有限公司): the name goes on before it
            op = text.rfind("(", max(0, lo - 9), lo - 2) if lo >= 3 and text[lo - 1] == ")" else -1
            if op > 0 and ")" not in text[op:lo - 1] and _HAN_CHAR.match(text, op - 1) and \
                    _HAN_ONLY.fullmatch(text, op + 1, lo - 1):
                lo = max(self.clause_start(op), start - 30)
            j = start
            if text.startswith(("法", "化", "金融", "治理", "章程", "债券"), end):
                continue  # 公司法: a law; 集团化发展: a way of working; 公司金融部, 公司治理: a bank's line, a firm's rules
            if f.group() == "公司" and (text[max(0, f.start() - 2): f.start()].endswith(_NOT_BEFORE_FIRM) or
                                       text[f.start() - 1: f.start()] in ("本", "我")):  # (持有本公司, 委托我公司: the
                # company that writes)
                continue  # 有利于公司, 对公司, 增强公司, 可能影响公司: the firm an announcement speaks of; 上市公司: a kind
            if f.group() == "集团" and (text[max(0, f.start() - 2): f.start()].endswith(_NOT_BEFORE_GROUP) or
                                       text[f.start() - 1: f.start()] == "全" and
                                       text[f.start() - 2: f.start() - 1] not in "安万健齐周完保"):
                continue  # 动员全集团, 我代表集团: the group that speaks (not 万全集团, a name)
            if _MATERIAL_TRADE_ONLY.fullmatch(text, max(0, f.start() - 2), f.end()) and \
                    (f.start() < 3 or not _HAN_CHAR.match(text, f.start() - 3)):
                continue  # 硼业公司要…: the group's unit for a material, called by its trade alone
            if text.startswith("合作社", f.start()):
                continue  # 奶农合作社, 种植合作社: a kind of cooperative; a registered one is a 专业合作社
            op = text.rfind("(", max(0, start - 12), start)
            if op >= 0 and text.startswith(("以下简称", "简称", "下称"), op + 1) and ")" not in text[op:start]:
                continue  # (以下简称华煤集团): the short name of the firm before it
            while j > lo:
                ch = text[j - 1]
                if ch in _NAME_STOPS:
                    if ch == "和" and f.group() == "株式会社":
                        j -= 1  # 光和|化成株式会社, 大和|…: 和 is common in a Japanese firm's name
                        continue
                    if ch not in "和同" or (a := self._place_across(j - 1, lo)) < 0:
                        break
                    j = a  # 呼和浩特市|…, 宁夏同心|…: the 和 or 同 is a character of the place that opens the name
                    continue
                if not ("\u4e00" <= ch <= "\u9fff" or ch in "()" or ch.isascii() and ch.isalpha()):
                    break
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
            if j - lo >= 3 and text[j - 1] in "同向和" and start - j >= 2:
                # 某县同|源新能源科技有限公司: a county written right before the 同 makes it the first character of the
                # trade name (the place of origin, then the name), not a preposition; so does a place without its
                # suffix that opens the clause (应用前景:兰州同|辉医疗科技有限公司)
                for n in (4, 3, 2):
                    if j - 1 - n >= lo and (text[j - 2] in "市县区旗" or j - 1 - n == lo or
                                            text[j - 2 - n: j - 1 - n] in ("、", "\t", ",", ":")) and \
                            self.regions.knows(text[j - 1 - n:j - 1]):
                        j -= 1 + n
                        break
            raw = text[j:end]
            if raw.startswith("企业") and start - j >= 6 and j > 0 and text[j - 1] in lexicon._CLOSE_QUOTES:
                raw, j = raw[2:], j + 2  # “小巨人”企业|甲有限公司: the honour's noun, after its quotes
            k = raw.rfind("以")
            if 0 < k < start - j and "为" in text[end:end + 40]:
                raw, j = raw[k + 1:], j + k + 1  # 园区以某某有限公司为龙头: 以…为 frames the name
            name = _strip_lead(raw, keep=len(text[f.start():end]) + 2)
            if f.group() == "公司" and (k := name.rfind("有限公司", 0, len(name) - 2)) >= 0:
                name = re.split("[以由为向]", name[k + 4:])[-1]  # 甲有限公司|首次以|售电公司: a registered name ends
                # before the clause that goes on
            if len(name) < len(raw) and _opens_with_place(raw, len(raw) - len(name)):
                name = raw  # 和|田市…有限公司: the 和 of a place written with its suffix is no lead word
            if len(name) < len(raw) and _sector_vocabulary().covers(name[: len(name) - len(text[f.start():end])]) and \
                    (lead := (whole := _strip_lead(raw, cut=False))[: len(whole) - len(name)]).endswith("建设") and \
                    not _CUT_RE.search(lead, 0, len(lead) - 2) and \
                    not _sector_vocabulary().covers(whole[: len(whole) - len(text[f.start():end])]):
                name = whole  # 推动|某某开发区建设投资集团: 建设 inside the name (建设投资) is the name's, not the clause's
            elif len(name) < len(raw) and (_NO_FIRM_NAME.fullmatch(name) or _LEGAL_KIND_ONLY.fullmatch(name)) and \
                    len(whole := _strip_lead(raw, cut=False)) > len(name):
                name = whole  # 宁夏宁化建设|工程有限公司: the verb leaves no trade name, it is the name's (建设工程)
            if not _opens_with_place(name, 1):
                # (同仁市|…有限公司, 和田市|…: a place written with its suffix opens the name; its first character is
                # no preposition)
                name = re.sub(r"^(?:以|把|将|与|和|及|对|向|由|在|同|通过|据|推动|支持|依托|(?:主要)?依[靠赖]|围绕|发挥|全称|含(?=.{4}))+", "", name)
            if "内" in name and (m := _INSIDE_LEAD.match(name)) and len(name) - m.end() >= len(text[f.start():end]) + 2:
                name = name[m.end():]
            if (v := _SERVE_VERB.match(name)) and (_firm_like(c := _LEGAL_FORM_RE.sub("", name[v.end():])) or
                                                   _origin_named(c)):
                name = name[v.end():]  # 保障|甲铝业有限公司用电: a verb of what is done for the firm
            # 甲集团所属|乙公司, 进入|甲集团: a word that relates a firm to another never stands inside a name; a time
            # word in front (年内完成|甲集团) is the clause's, with the lead words after it
            name = _FIRM_RELATION.split(name)[-1]
            if (gv := _GLUED_VERB.search(name, 0, 16)) is not None and len(name) - gv.end() >= 6:
                name = name[gv.end():]  # 召集|甲供电公司, 公开比选确定|乙有限公司, 竞得人|丙有限公司: the clause before the name
            if len(name) >= 14 and (pm := _last_park_in(name)) is not None and len(name) - pm >= 8 and \
                    _lead_len(name[pm:]) >= 2:
                name = name[pm:]  # 观摩了甲经开区乙产业园|丙市丁食品有限公司: the park the firm stands in, then its name
            if _TIME_LEAD.match(name):
                name = _strip_lead(name[_TIME_LEAD.match(name).end():], keep=len(text[f.start():end]) + 2)
            name = name[name.rfind("了") + 1:]  # 集聚了|某某公司: a verb and its aspect particle stand in front
            # 除一览表所列|甲有限公司, 按比例置换给|乙有限公司, 出口额含|丙有限公司: a clause ends in the list the firm
            # is in, what is handed to it, or what a figure takes in, before the name
            if (g := max(_HANDED_TO.finditer(name), key=lambda x: x.start(), default=None)) and len(name) - g.end() >= 6:
                name = name[g.end():]
                pk = max((len(p) for p in self.park_names if name.startswith(p)), default=0)
                if pk and len(name) - pk >= 8:
                    name = name[pk:]  # 主要供应|某经济技术开发区|甲有限公司: the park the firm is in, before its name
            if "待" in name or "需" in name:
                name = _AWAITS.split(name)[-1]  # 方案尚待|电网公司批复: what still waits on the firm stands in front
            if len(name) >= 5 and (al := self._declared_short_end(name)):
                name = al  # 我们还梳理|甲钢集团, 全市…高度依赖|甲钢集团: the short name the text declared, a clause in front
            if name[:1] in "这那该此" and name[1:2] in "家个类些种":
                continue  # 这家外资集团, 该类企业公司: a firm pointed back to, described, no name
            rl = _ROLE_LABEL.match(name)  # 链主企业|某某股份有限公司: the firm's role stands in front
            r = rl and (rl.group("r") or rl.group("r2"))
            roles = [_ROLE_WORDS[r]] if r in _ROLE_WORDS else []
            name = name[rl.end():] if rl else name
            if (pl := _PARTY_LABEL.match(name)) is not None:
                if _PARTY_ACTS.match(name, pl.end()):
                    continue  # 乙方应编制|集团在…的规划: the party acts on its group, no name
                name = name[pl.end():]  # 乙方|甲化工集团有限公司: the party's label in an agreement, then its name
            # (运营主体|某地甲有限公司, 园区平台公司|某地乙投资有限公司: what the unit is, then its registered name)
            if (rw := _ROLE_WORD_SEARCH.search(name, 0, 12)) and len(name) - rw.end() >= 8 and \
                    _LIMITED_FORM.search(name[-8:]):
                name = name[rw.end():]
            if not _lead_len(name) and (k := _object_mark_end(name)):
                name = name[k:]  # 市工信局对|甲省乙有限公司: a body acts on the firm, named after it
            s = end - len(name)
            core = name[: len(name) - len(text[f.start():end])] if f.start() >= s else ""
            if f.start() < s and f.group() == "集团" and \
                    (lf := max(_LEGAL_FORM_RE.finditer(name), key=lambda x: x.start(), default=None)) is not None:
                core = name[: lf.start()]  # 集团另一家全资子公司|甲有限公司: the group's form was cut off with the words
                # that relate it to the firm; the firm's own form closes the name
            core = _LEGAL_FORM_RE.sub("", core) if core else core
            if name[:1] in "家户个" and text[s - 1: s].isdigit():
                continue  # 52|家证券公司: firms counted by their kind
            if name[:1] == "年" and text[s - 1: s].isdigit() and len(name) >= 5:
                name, s = name[1:], s + 1  # 2023|年|甲集团: the year before the name
            elif name[:1] in "月日" and text[s - 1: s].isdigit() and len(name) >= 5:
                name, s = name[1:], s + 1  # 1—5|月|帮助甲集团: the months before the clause's verb
                if (v := _SERVE_VERB.match(name)) and len(name) - v.end() >= 4:
                    name, s = name[v.end():], s + v.end()
            if (c := _COUNTED_FIRMS.search(name)) and not (c.start() == 0 and self.count_opens_place(name, c)):
                continue  # 北京一家文旅投资企业联合本地国有平台公司: firms described and counted, no name (not a place
                # that opens the name: 五家渠…有限公司)
            if len(core) < 2 or _AFTER_EVENT.search(core) or _FOUNDED_END.search(core) or name[:1] in ("区", "市", "县", "省", "乡", "镇") and not _lead_len(name):
                continue
            if len(core) <= 4 and core.startswith(("外地", "本地", "当地", "外省", "省外", "国外", "境外")):
                continue  # 依靠外地代理公司: firms described by where they are, no name
            if core in ("原子", "各子", "其子", "该子", "下属子") or core.endswith("子") and self.regions.knows(core[:-1]) or \
                    name.endswith(("各子公司", "各分公司", "下属子公司", "所属子公司", "旗下子公司")):
                continue  # 原子公司及关联资产, 在宁夏子公司落地: the former subsidiaries, a place's subsidiary, no name
                # (甲集团各子公司负责人: the group's subsidiaries together)
            if core.endswith("子") and name.endswith("子公司") and (
                    ("enterprises", core[:-1]) in self._seen or core[:-1] in self._known_short_forms() or _firm_like(core[:-1])
                    or re.search(rf"简称[“\"]?{re.escape(core[:-1])}", text)):
                continue  # 甲数据子公司: a firm's subsidiary, said of a firm the text names, not a name (but 种子公司)
            if _sector_vocabulary().covers(core) and not _STATE_FIRM.match(name) or _ORG.search(name) and not _LIMITED_FORM.search(name[-8:]) or \
                    "的" in name:
                continue  # (甲设计研究院有限公司: an institute registered as a company is a firm)
            ll = _lead_len(core)
            brand = core[ll:]
            if brand and _sector_vocabulary().at(brand, 0) and not ll and not _STATE_FIRM.match(name):
                continue  # 工业企业发行公司, 国有控股上市公司: a sector or generic word, no trade name
            rec = self.add_enterprise(name, roles, s, end, 0.8)
            paren = text.startswith("(", end)  # (both patterns of a short name open with its parenthesis)
            # (the first of two short names, (以下简称“甲公司”或“债务人”): the second is a role in the case, not a name)
            short = _SHORT_DECLARED.match(text[end:end + 60]) if paren else \
                _SHORT_DECLARED_BARE.match(text, end) if text.startswith(("以下简称", "简称"), end) else None
            if short is None and paren:
                # the short name in parentheses right after the name, without 以下简称 (某某集团有限公司(某钢)): a
                # part of the name's core (not a place, a role or a form)
                short = re.match(rf"\((?P<s>[{H}]{{2,10}})\)", text[end:end + 12])
                if short is None and (short := _SHORT_WITH_ROLE.match(text[end:end + 44])) is not None and \
                        not _FIRM_GRADE.search(short.group("note")) and \
                        not any(w in short.group("note") for w in _ROLE_WORDS):
                    short = None  # (甲某某科技有限公司(甲某,规上企业): the short name, then the firm's role)
                if short and (short.group("s")[0] not in core or _LEGAL_FORM_RE.fullmatch(short.group("s")) or
                              self.regions.knows(short.group("s")) or short.group("s") in _ROLE_WORDS):
                    short = None
            if rec is not None and short and short.group("s") != name and not _LEGAL_FORM_RE.fullmatch(short.group("s")):
                # (not a bare form, (以下简称“公司”或“本公司”): the way a report names the firm that writes it)
                if short.group("s") not in rec.setdefault("aliases", []):  # (declared again: 释义 and 以下简称)
                    rec["aliases"].append(short.group("s"))
                self.firm_spans.append((end, end + short.end() if paren else short.end()))  # (a bare one: absolute)
            elif rec is not None and not paren and (dm := _DEFINED_AS.fullmatch(text, text.rfind("\n", 0, s) + 1, s)):
                # a prospectus's or an annual report's definitions (释义): 甲股份、本公司\t指\t某某甲股份有限公司, the
                # short names in front of 指 that are a part of the name's core (not 本公司, 发行人, 控股股东)
                for a in dm.group("a").split("、"):
                    if 2 <= len(a) <= 10 and _HAN_ONLY.fullmatch(a) and a[0] in core and a != name and \
                            not _DEFINED_ROLE.search(a) and a not in rec.get("aliases", ()):
                        rec.setdefault("aliases", []).append(a)

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

    def _place_across(self, k, lo):
        """The start of a region's name written across the character at `k` (a 和 or 同 that reads as a conjunction)
        and going on after it, or -1: inside the name (呼和浩特市) or opening a county written after its province
        (宁夏|同心), or closing a city's short name that the firm's name goes on after (大同|云中热电有限公司); a place
        that opens with it on its own (和林格尔县) is :func:`_opens_with_place`'s."""
        text = self.text
        for a in range(max(lo, k - 4), k + 1):  # a province's short name (宁夏, 内蒙古) or the head of 呼和浩特 before it
            off = a
            for name, _ in region_index().leading(text[a:a + 12]):
                end = off + len(name)
                if off <= k < end - 1 and (off < k or off > a) or \
                        k == end - 1 and off < k and _HAN_CHAR.match(text, k + 1) and text[k + 1] not in _NAME_STOPS:
                    return off
                off = end
        return -1

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
        core = after
        while (mw := next((w for w in lexicon.MODIFIER_WORDS if core.endswith(w) and len(core) > len(w)), None)):
            core = core[: len(core) - len(mw)]
        if len(core) == 1:
            return True  # 某地和|盛清洁能源有限公司: one character and trade words after it, no trade name of its own
        # (the place may follow the clause's own words: 实施主体|某区|祥|和…)
        for i in range(max(0, len(before) - 8), len(before) - 2):
            lead = region_index().leading(before[i:])
            if lead and len(before) - i - sum(len(t) for t, _ in lead) == 1:
                return True
        return False

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
        # (…和乙新能源|提供绿电直供: the same after a short name the text calls a firm's)
        elif items and (m := _SUPPLY_VERB.search(items[-1][0], 2)) and (
                _firm_like(items[-1][0][: m.start()]) or _LEGAL_FORM_RE.search(items[-1][0], max(0, m.start() - 4), m.start())):
            items[-1] = (items[-1][0][: m.start()], items[-1][1])
        # 甲集团下属|的乙有限公司: the word that relates the group to the firm after it is no part of the group's name
        items = [(i[:-2], p) if len(i) >= 6 and i.endswith(("下属", "所属", "旗下")) else (i, p) for i, p in items]
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
            declared = self._declared_shorts()
            def named(r):
                return ("enterprises", r) in self._seen or r in self._known_short_forms() or r in declared
            k = next((k for k in (1, 2, 3) if len(i0) - k >= 2 and named(i0[k:])), 0)
            if not k and (j := max(i0.rfind(c, 0, len(i0) - 2) for c in "由经从被")) > 0 and named(i0[j + 1:]):
                k = j + 1  # (原料糖蜜由|甲糖业等企业供应: the clause's subject and its preposition before the firm)
            if k:
                items[0] = (i0[k:], p0 + k)
        # 甲永磁要|与乙公司就…: the modal of the clause after a short name the text declared, the list split at 与
        if any(i[-1:] in _MODALS for i, _ in items):
            declared = self._declared_shorts()
            items = [(i[:-1], p) if i[-1:] in _MODALS and i[:-1] in declared else (i, p) for i, p in items]
        # 对|甲新材、乙硅业等企业…: a preposition left in front of the first name
        if items and items[0][0][:1] in "对向给" and (_firm_like(items[0][0][1:]) or _origin_named(items[0][0][1:])):
            items[0] = (items[0][0][1:], items[0][1] + 1)
        # 保障|甲铝业、乙化工等企业用电, 帮扶|甲铝业…: a verb of what the government does for the firms, glued to the first
        if items and (v := _SERVE_VERB.match(items[0][0])) and (_firm_like(r := items[0][0][v.end():]) or
                                                                _origin_named(r) or _LEGAL_FORM_RE.search(r[-4:]) or
                                                                v.group().endswith(_NEVER_NAME_VERBS) and len(r) >= 3):
            items[0] = (r, items[0][1] + v.end())
        elif items and (v := _AIM_VERB.search(items[0][0], 1)) and len(items[0][0]) - v.end() >= 2:
            items[0] = (items[0][0][v.end():], items[0][1] + v.end())  # 产品瞄准|甲等整车企业: what a clause aims at
        else:
            items = _without_counterpart_lead(items)
        # 帮助本地企业与|甲、乙等终端企业…: the list starts after the 与 that follows the clause's own subject
        if items and (k := items[0][0].rfind("与")) > 0 and len(items[0][0]) - k > 2 and \
                (not _plausible_name(items[0][0][:k]) or _MODAL_BEFORE_WITH.search(items[0][0], 0, k)) and \
                _plausible_name(items[0][0][k + 1:]):  # (要提前与|甲、乙等企业签订…: a modal or an adverb, no firm)
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
        if not firms and not vouched and len(items) >= 2 and all(
                _PRODUCT_END.search(i) or i[-1] in _FOOD_END for i, _ in items) and \
                not any(("enterprises", i) in self._seen for i, _ in items):
            return []  # 已入驻手抓羊肉、杏制品、清真调味品等企业: the products the firms make, none named
        good = [(i, p) for i, p in items
                if self._listed_name_ok(i, recruited=vouched or firms * 2 >= len(items), makers=makers)]
        if len(good) < len(items) and any(map(_place_produce, (i for i, _ in items))):
            # 某州牛肉面、某地手抓等餐饮企业: beside a place's produce, a place and a bare word is a dish or a crop too
            good = [(i, p) for i, p in good if not _place_produce(i, any_word=True)]
        if not good or (require_majority and len(good) < len(items) / 2):
            return []
        if require_majority and len(good) < len(items) and not vouched and not any(
                _LEGAL_FORM_RE.search(i[-4:]) or _firm_like(i) or _origin_named(i) or ("enterprises", i) in self._seen
                for i, _ in good):
            return []  # 引进智能矿山装备、液压支架再制造等企业: beside a sector, a word that no name vouches for is one too
        out = []
        for item, p in good:
            rec = self.add_enterprise(item, sorted({*roles, *noted.get(item, ())}), p, p + len(item), conf,
                                      makers=makers, aliases=[written[item]] if item in written else ())
            if rec is not None:
                out.append(rec)
        return out

    def _bare_brand(self, item):
        """Whether `item`, listed before 等 and a kind of firm, reads as a firm's brand written bare (甲乙智能, 某地时代):
        no product, sector or step of the document's chains opens it or is it, and a place in front of it is followed
        by a name of two characters or more, not by the land's produce (某县|蜜瓜)."""
        return len(item) <= 8 and _HAN_ONLY.fullmatch(item) is not None and not _product_vocabulary().at(item, 0) and \
            not _is_sector_phrase(item) and item not in self.product_set and not _PRODUCT_END.search(item) and \
            not _place_produce(item) and _plausible_owner(item, strict=False) and \
            (not self.regions.knows(item[:2]) or len(item) - _lead_len(item) >= 2)

    def _listed_name_ok(self, item, recruited=False, makers=False):
        """`item` of a list may be a firm's name; with `recruited`, a wanted link may be one too; with `makers` (the
        list names carmakers, 甲、乙等主机厂) a county's short name may be one too (a brand named after its town)."""
        if not _plausible_name(item) and not _LEGAL_FORM_RE.search(item[-4:]) or _LEGAL_FORM_RE.fullmatch(item):
            return False  # (有限责任公司 alone: the end of a name cut at a parenthesis)
        if _DEICTIC_ITEM.fullmatch(item):
            return False  # 本次|共认定甲有限公司等企业: the clause's time or scope, cut from the firm after it
        if _NOT_A_PARTY.match(item):
            return False  # 为什么选择|与甲集团合作: a question, not a party; 由甲集团和|社会资本共同出资: capital, no firm
        if _FIRM_GRADE.fullmatch(item) or _BODY_END.search(item):
            return False  # “专精特新”、“小巨人”等企业: grades of firms, not names; …协办单位、园区管委会和甲等企业: bodies
        if _place_produce(item) and not _LEGAL_FORM_RE.search(item[-4:]):
            return False  # 某县蜜瓜、某区牛肉等加工企业: brands of the land the firms work, not the firms
        if item in self.product_set and not (_firm_like(item) or _origin_named(item)) or _is_sector_phrase(item) or \
                (self.regions.is_region_name(item) if makers else self.regions.knows(item)) or \
                len(item) >= 5 and _lead_len(item) == len(item) or \
                item in self.wanted_set and not (recruited and not _PRODUCT_END.search(item)) \
                and not _firm_like(item) and not _origin_named(item):
            return False  # a link or an industry, unless a trade name (a firm to recruit is also a wanted link)
        if item in self.park_names or _PARK_SUFFIX_RE.search(item) or _ANON_REGION_END.search(item):
            return False
        if (av := _ADVERB_END.search(item)) and self.regions.knows(item[: av.start()]):
            return False  # …的2个项目外,陇西县还|与甲…: a place that acts, and the adverb of its verb
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
        if "(" in text:
            self._stock_coded()
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
            if m.group("kind") == "龙头":
                desc += m.group("kind")  # (等行业龙头: the rank is what the words between say of the firms)
            if _DESC_NOT_FIRMS.search(desc) or \
                    desc.startswith(("地", "级")) or desc[:1] in "县市区旗" and any(
                        self.regions.knows(text[m.start() - k: m.start() + 2]) for k in (1, 2)):
                continue  # (甲、乙等地纺织企业: the items are places the firms are in; 撤销等级企业: 等级, a grade;
                # 甲大学、乙所等高校院所和…企业; 通过控股、代工等方式与中小企业…: the means, and the firms are the other party)
                # (甲合金为天等县规上企业: 等 inside a county's name, 天等县)
            cs = self._list_start(m.start())
            items = _without_counterpart_lead(self.list_items(cs, m.start(), stop=True))
            if m.re is _LIKE_FIRMS and len(items) < 2 and not all(
                    _firm_like(i) or _origin_named(i) or _LEGAL_FORM_RE.search(i[-4:]) or ("enterprises", i) in self._seen
                    for i, _ in items):
                continue  # 要支持|这些企业: a demonstrative points back, one item is a name only when it looks like one
            sector = _ROLE_STRIP.sub("", desc)
            # …等动力电池龙头企业: a role word (龙头, 链主, 头部) makes the items firms of that sector, unless the
            # items are sectors themselves
            # (a brand ending in its trade, 中国建材, is no product: the vocabulary does not cover its head)
            leading = re.search(r"龙头|链主|领军|头部|骨干", desc) and not any(
                _is_sector_phrase(i) or _PRODUCT_END.search(i) and not _firm_like(i) and _product_vocabulary().covers(i)
                for i, _ in items)
            # (…等一批行业头部企业: 行业 with a role word ranks the firms in their trade, it names no category)
            category = bool(_ENT_CATEGORY.search(_RANKED_IN_TRADE.sub("", desc) if leading else desc))
            if category and not all(_firm_like(i) or _origin_named(i) or leading and self._bare_brand(i)
                                    for i, _ in items):
                continue  # (甲、乙等乳制品龙头企业: brands the rank vouches for, beside the category of their trade)
            # (a quality in front of the sector, 高原特色|农畜产品加工, 沿黄|纺织, leaves it a sector)
            if sector and (_is_sector_phrase(sector) or any(
                    _is_sector_phrase(sector[k:]) for k in range(1, len(sector) - 3))) and not leading and \
                    sum(_firm_like(i) or _origin_named(i) or _LEGAL_FORM_RE.search(i[-4:]) is not None
                        for i, _ in items) * 2 <= len(items) and \
                    not all(len(i) >= 3 and self._bare_brand(i) for i, _ in items):
                continue  # 电机、变压器等装备制造企业: products of a sector, unless most items are trade names (or
                # brands that open with no product, 甲乙智能、丙丁重能等整机企业, 甲时代等电池企业)
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
        for q in _plant_starts(text):
            rs = next((q - n for n in (3, 2) if self.regions.is_region_name(text[q - n:q]) or
                       self.regions.by_county_short.get(text[q - n:q])), None)  # (甲硅业高台|基地: a county's short name)
            if rs is None or rs < 2 or not _HAN_CHAR.match(text, rs - 1):
                continue
            cs = max(self.clause_start(rs), rs - 8)
            name = _strip_lead(text[cs:rs], cut=True)
            name = name[len(a.group()):] if (a := _AFTER_DONE.match(name)) and len(name) - a.end() >= 2 else name
            name = name[name.rfind("、") + 1:]  # 甲化工某地分厂、|乙硅业某地基地: the item of a list
            if 2 <= len(name) <= 6 and _plausible_owner(name, strict=False) and self._listed_name_ok(name) and \
                    name[-1] not in "给对向把被让从" and not _LEAD_RE.fullmatch(name) and \
                    not _LEGAL_FORM_RE.search(name) and not self.regions.knows(name) and \
                    not _PLANT_NOT_OWNER.search(name) and (
                        len(name) <= 3 or _firm_like(name) or _origin_named(name) or ("enterprises", name) in self._seen
                        or name in self._known_short_forms()):
                # (a longer name shows it is a firm's: a trade word, a place of origin, a firm the text names; not
                # 人才培训|某地基地, a designation of what is done there; nor a verb, 完成|新建|基地…, whose object a
                # place's name happens to open)
                self.add_enterprise(name, [], rs - len(name), rs, 0.6)
        # (the scan only where its rare literals occur: an alternation at its head defeats the literal search)
        for m in _finditer_at(_PARENT_OF, text, _anchored_starts(text, _PARENT_ANCHORS)):
            cs = self.clause_start(m.start())
            k = text.rfind(":", cs, m.start())  # (甲化工:乙集团下属企业: the parent after the firm's label)
            cs = k + 1 if k >= 0 else cs
            name = _strip_lead(text[cs:m.start()], cut=False) if m.start() - cs <= 12 else ""
            if (cp := _PARENT_COPULA.match(name)) and len(name) - cp.end() >= 2:
                name = name[cp.end():]  # (甲有限公司,原为|乙化工全资子公司: the copula, with its time)
            if name.endswith(("旗下", "下属", "所属")):
                name = name[:-2]  # 甲集团旗下|全资子公司乙: the word of belonging before the kind, the parent before it
            if name.endswith(("另一家", "又一家", "另外一家")):
                continue  # 集团另一家|全资子公司乙: the group spoken of, another of its firms (no parent named)
            if name.endswith(("由", "通过", "经", "与", "向", "其")):
                continue  # 甲产品主要由|全资子公司乙生产: a preposition, then the subsidiary itself (no parent named)
            if (k := name.rfind("由")) >= 0 and len(name) - k > 2:
                name = name[k + 1:]  # 该项目由|甲集团全资子公司…: the agent after 由 is the parent
            if (k := name.find("为", 2)) > 0 and len(name) - k > 2 and (
                    ("enterprises", name[:k]) in self._seen or name[:k] in self._declared_shorts()):
                name = name[k + 1:]  # 甲氢能为|乙能投全资子公司: the firm the text named, its copula, then the parent
            if 2 <= len(name) <= 10 and _plausible_owner(name, strict=False) and self._listed_name_ok(name) and \
                    not _FOUNDED_END.search(name) and not _CUT_RE.fullmatch(name):
                # (设立|全资子公司, 依托|控股子公司: a verb, no parent named)
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
                    other = _ADVERB_END.sub("", other)  # 甲油田已|与乙签订…: the adverb of the verb, not the name's
                    if _firm_like(other) or _origin_named(other):
                        self.add_enterprise(other, [], m.start() - len(other), m.start(), 0.6)
        # a list that holds firms holds only firms: A公司、B、C集团就…达成合作 (the legal names vouch for
        # their neighbours); and a list of trade names with trade words (甲化工、乙生物…) is one of firms
        for cs, ce in self._list_clauses():
            items = [(i[k:], p + k) for i, p in self.list_items(cs, ce, stop=True) for k in [_firm_name_start(i)]]
            if len(items) < 2 or any(i[-1:] in "拟将要已" for i, _ in items[:-1]):
                continue  # (气源协议拟|与甲有限公司签订: a modal before 与, a preposition, no list of firms)
            legal = [i for i, _ in items if _LEGAL_FORM_RE.search(i[-4:]) and ("enterprises", i) in self._seen]
            # (not a place's produce and 业, 某县枣业、某县辣椒业: the county's industries, in a list that says no 企业)
            firmish = [i for i, _ in items if _firm_like(i) and not (
                i.endswith("业") and _FARM_PRODUCE_END.search(i, 0, len(i) - 1) and 2 <= len(i) - _place_lead(i) <= 4)]
            if legal or len(firmish) >= max(2, (2 * len(items) + 2) // 3):
                self._add_listed(items, [], 0.7, require_majority=True)

    def _stock_coded(self):
        """A listed firm written with its stock code (甲乙股份(600438), 丙丁绿能(601012.SH)): the name before the code."""
        text = self.text
        for m in _STOCK_CODE.finditer(text):
            # (a listed firm's short name is at most four Han characters, after letters or not: 甲乙股份, TCL某某;
            # what stands before it is the sentence, 代表企业有|甲乙股份, 以|丙丁(…)为代表)
            n = _STOCK_NAME.search(text, max(0, m.start() - 10), m.start())
            if n is None:
                continue
            name, end = n.group(), m.start()
            if name[0] in _STOCK_NAME_NOT_FIRST and len(name) > 2:
                name = name[1:]
            if 2 <= len(name) <= 8 and not self.regions.knows(name) and not _NO_FIRM_NAME.fullmatch(name):
                self.add_enterprise(name, [], end - len(name), end, 0.8)

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
            if cells[0].isdigit():
                continue  # 1\t甲集团有限公司\t某区\t链主企业: a numbered row, its role cell no header of a column
            if any(i + 1 < len(cells) and cells[i + 1] == "" for i in cols) and "序号" not in cells:
                continue  # 企业名称\t\t统一社会信用代码: a form to fill in, a label then its empty cell, no list of firms
            short = next((i for i, c in enumerate(cells) if _SHORT_NAME_CELL.fullmatch(c)), None)
            if short is not None and (len(cols) > 1 or short not in cols):
                cols = [i for i in cols if i != short]  # (名称 | 简称: the short names are the names' aliases)
            else:
                short = None
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
                        declared = _CELL_DECLARED.search(name)
                        if declared and declared.start() >= 4:
                            name = name[: declared.start()]  # 甲有限公司(以下简称"甲公司"): the short name the cell declares
                        q = _CELL_NOTE.search(name)
                        if q and q.start() >= 2 and not self.regions.knows(q.group(1)) and \
                                not _LEGAL_FORM_RE.fullmatch(q.group(1)):
                            name = name[: q.start()]  # 甲集团(化工板块): the part of the firm the row counts
                        if name and name not in lexicon.TOTAL_CELLS and (
                                self._listed_name_ok(name) or _LEGAL_FORM_RE.search(name[-4:])):  # (not a total row)
                            al = row[short].strip() if short is not None and short < len(row) and len(names) == 1 else \
                                declared.group(1) if declared and declared.start() >= 4 else ""
                            self.add_enterprise(name, roles, a, a + len(name), 0.8,
                                                aliases=(al,) if 2 <= len(al) < len(name) and al != "-" else ())
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
            elif forms and "(集团)" in n and len(n) >= 8:
                n, forms = n.replace("(集团)", "", 1), "集团" + forms  # 某国甲乙稀土(集团)高科技股份有限公司
            return n, "集团" in forms

        # a county the text names is a place in front of a firm's name even when written short (平果华泰铝业 with
        # 平果市 in the text), though the region index takes a county's short name only after its parent
        shorts = sorted({n[:-1] for n in self.region_counts if len(n) >= 3 and n[-1] in "市县区旗"}, key=len,
                        reverse=True)

        @functools.lru_cache(maxsize=None)
        def lead_len(n):
            ll = _lead_len(n)
            if not ll and n.startswith("中国") and len(n) >= 6:
                return 2  # (a national group's 中国 in front: 中国甲乙稀土… / 甲乙稀土)
            if not ll and (cm := _COUNTRY_HEAD.match(n)):
                return cm.end()  # (a foreign firm's country in front: 哈萨克斯坦甲粮油集团 / 甲粮油集团)
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
            for x, y in ((a, b), (b, a)):
                if len(y) >= 3 and len(x) > len(y) and x.startswith(y) and _LEGAL_FORMS_RUN.fullmatch(x, len(y)):
                    return True  # 甲控股集团有限公司 / 甲控股: the name without the forms that end it
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
            # (and after a place the index reads: 新疆|西域|牧歌乳业有限公司 / 牧歌乳业)
            for x, y, xn, yn in ((ca, cb, a, b), (cb, ca, b, a)):
                if y != yn or len(y) < 4:
                    continue
                for z in {x, x[lead_len(x):]} if x != xn else (x,):
                    k = len(z) - len(y)
                    if 2 <= k <= 3 and z.endswith(y) and not _sector_vocabulary().at(y, 0) and \
                            _HAN_ONLY.fullmatch(z, 0, k) and (x != xn or region_index().by_county_short.get(z[:k])):
                        return True
            if ga and gb:
                # a group written with its country or place of origin in front, and without it (某国|甲乙集团 / 甲乙集团)
                for x, y in ((ca, cb), (cb, ca)):
                    if 2 <= len(x) - len(y) <= 3 and len(y) >= 2 and x.endswith(y) and \
                            _HAN_ONLY.fullmatch(x, 0, len(x) - len(y)) and not _sector_vocabulary().at(y, 0):
                        return True
            if _LIMITED_FORM.search(a[-8:]) and _LIMITED_FORM.search(b[-8:]):
                return False  # two registered names (甲乙控股有限公司 / 甲市乙某材料有限公司): two firms, neither abbreviates
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
            if ll and len(c) - ll >= 6:  # (an unread place after a read one: 新疆|西域|牧歌乳业; the rest 4 or more)
                ks |= {("c", c[ll + 2:]), ("c", c[ll + 3:])}
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
        self._former_names()
        # a grid company's branch (甲供电公司, 国网乙电力公司) the text lists among the units a task falls to: a unit
        # of the public side there, and so wherever the text names it
        # (unless the text has it sign an agreement, 市工信局与甲供电公司签订…协议: a party to a contract, a firm)
        units = {d["as_written"] for d in self.x.departments}
        if units:
            self.x.enterprises[:] = [e for e in self.x.enterprises
                                     if not (_UTILITY_UNIT.search(e["name"]) and e["name"] in units and not any(
                                         _SIGNED.search(v["sentence"]) for v in e["evidence"]))]

    def _former_names(self):
        """A firm's former names (曾用名:甲有限公司 乙有限公司; …,前身为甲有限公司; 原名甲公司; 甲有限公司(原乙有限公司))
        are its aliases: the firms named after the word, up to the end of its line or sentence (or of the bracket it
        opens), merge into the firm named last before it."""
        text = self.text
        if "曾用名" not in text and "前身" not in text and "原名" not in text and "(原" not in text:
            return
        recs = self.x.enterprises
        spans = sorted((ev["start"], ev["end"], i) for i, r in enumerate(recs) for ev in r["evidence"])
        gone = set()
        for m in _FORMER_NAME.finditer(text):
            stop = min(x for x in (text.find("\n", m.end()), text.find("。", m.end()), m.end() + 120,
                                   text.find(")", m.end()) if m.group() == "原" else -1) if x >= 0)
            before = [(e, i) for s_, e, i in spans if e <= m.start() and m.start() - e <= 200]
            if not before:
                continue
            owner = max(before)[1]
            for s_, _e, i in spans:
                if m.end() <= s_ < stop and i != owner and i not in gone and owner not in gone:
                    self._merge_firm(recs[owner], recs[i])
                    gone.add(i)
        if gone:
            recs[:] = [r for i, r in enumerate(recs) if i not in gone]

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
