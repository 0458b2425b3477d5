"""Entity resolution: one key per enterprise and per park, however it is written.

Planning documents, lists and news name the same firm in several ways: the
registered legal name (甘肃河西硅业有限责任公司), a short name (河西硅业), the
short name with an organisation word (河西硅业公司, 河西硅业集团).  Parks too
(张掖经济技术开发区, 张掖经开区, 张掖市经开区).  Node ids are computed from a
name alone, without the store, so the rules here make every such form give
the same key; the forms as written are kept as aliases by the store.

Enterprise names
----------------
A Chinese firm's registered name is *region + trade name (字号) + industry +
organisation form* (企业名称登记管理规定).  :func:`parse_enterprise_name`
undoes the outer parts, in this order, until nothing changes:

1. the trailing organisation form (:data:`LEGAL_FORMS`: 股份有限公司,
   有限责任公司, 有限公司, 集团, 控股, 分公司, 厂, 合作社, …), a trailing or
   inner parenthesis that holds a form, 集团 or a region (（集团）, （青海）),
   and the region a branch is named after (…公司张掖分公司);
2. the leading region names, as :meth:`RegionIndex.leading
   <chainatlas.ontology.regions.RegionIndex.leading>` finds them in the
   national table: provinces and prefecture-level units with or without
   their suffix (甘肃, 张掖市), county-level units with their suffix (甘州区),
   a county's short name only right after a region containing it.

The rest is the *core*; the key is the core, except for this guard against
over-merging: **a core of two characters or fewer keeps the last region
prefix it lost**, in its short form.  Two-character cores are where
different firms collide (甘肃电投 and 张掖电投, 酒泉钢铁 and 钢铁, 中国中车 and
株洲中车), because a region plus an industry word is a complete firm name
with no trade name at all.  The price: 张掖中顾 and 中顾 get different keys;
:func:`document_redirects` merges them when one document uses both forms.

County short names are not stripped on their own because two-character
county names are also common trade names (永泰锂金属 is not a firm from
永泰县 named 锂金属).  中国/中华 are kept: they belong to the names of central
enterprises (中国华能).

Park names
----------
:func:`park_key` folds the long forms of park types to the short ones
(:data:`PARK_FOLDS`: 经济技术开发区 → 经开区, 高新技术产业开发区 → 高新区,
工业园区 → 工业园, …), writes the region a park is named after in its short
form (张掖市经开区 → 张掖经开区) and drops an enclosing region before it
(甘肃张掖经开区 → 张掖经开区, 平凉华亭工业园 → 华亭工业园).

Examples
--------
>>> from chainatlas.ontology.resolution import enterprise_key, park_key
>>> enterprise_key("甘肃河西硅业有限责任公司"), enterprise_key("河西硅业集团")
('河西硅业', '河西硅业')
>>> enterprise_key("甘肃电投"), enterprise_key("张掖市电投"), enterprise_key("张掖电投有限公司")
('甘肃电投', '张掖电投', '张掖电投')
>>> enterprise_key("亚洲硅业（青海）股份有限公司")
'亚洲硅业'
>>> park_key("甘肃省张掖市经济技术开发区") == park_key("张掖经开区")
True
"""

import functools
import os
import re
from dataclasses import dataclass

from chainatlas.ontology.regions import region_index, short_name

__all__ = ["LEGAL_FORMS", "PARK_FOLDS", "EnterpriseName", "parse_enterprise_name", "enterprise_key",
           "park_key", "document_redirects", "unresolved_region_key", "MIN_CORE"]

#: Organisation forms a firm's name ends with, tried in this order and again until none is left (公司法; 合伙企业法;
#: 农民专业合作社法; the 集团/控股/股份 words of group and listed-company names).
LEGAL_FORMS = (
    "集团股份有限公司", "集团有限责任公司", "控股股份有限公司", "控股有限责任公司",
    "股份有限公司", "有限责任公司", "股份合作公司", "集团有限公司", "控股有限公司",
    "农民专业合作社联合社", "农民专业合作社", "专业合作社", "合作联社", "合作社",
    "有限公司", "集团公司", "个人独资企业", "普通合伙", "有限合伙", "合伙企业",
    "总公司", "分公司", "子公司", "公司", "控股集团", "集团", "控股", "股份", "总厂", "分厂", "厂",
)
_BRANCH = ("分公司", "分厂")

#: The core length at or below which a firm keeps its region prefix.
MIN_CORE = 2

#: Long form -> short form of park types, applied in this order; the short form is the key.
PARK_FOLDS = (
    ("国家级经济技术开发区", "经开区"),
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
    ("高新技术产业园区", "高新区"),
    ("高新园区", "高新区"),
    ("工业园区", "工业园"),
    ("产业园区", "产业园"),
    ("综合保税区", "综保区"),
)

_PAREN = re.compile(r"（([^（）]*)）")


def _form_word(text):
    return text in LEGAL_FORMS or text in ("集团", "控股")


def _strip_forms(s, regions):
    """Remove organisation forms, parenthesised qualifiers and a branch's region from the end of `s`."""
    while True:
        before = s
        # （青海） or （集团） anywhere: the registration region or the group marker
        s = _PAREN.sub(lambda m: "" if _form_word(m.group(1)) or regions.knows(m.group(1)) else m.group(0), s)
        for f in LEGAL_FORMS:
            if s.endswith(f) and len(s) > len(f):
                s = s[: -len(f)]
                if f in _BRANCH:  # …有限公司张掖分公司: the branch's place goes too
                    s = _strip_trailing_region(s, regions)
                break
        if s == before:
            return s


def _strip_trailing_region(s, regions):
    """…公司甘肃张掖 -> …公司: every region name at the end."""
    while True:
        for n in range(min(regions._maxlen, len(s) - 2), 1, -1):
            t = s[-n:]
            if regions.knows(t):
                s = s[:-n]
                break
        else:
            return s


def _short_text(text, regions):
    """A leading region's text in short form: 张掖市 -> 张掖, 临夏州 -> 临夏."""
    s = short_name(text)
    if s == text:
        shorts = {short_name(r.name) for r in regions}
        if len(shorts) == 1 and len(next(iter(shorts))) >= 2:
            return shorts.pop()
    return s


@dataclass(frozen=True)
class EnterpriseName:
    """A firm's name taken apart.

    Attributes
    ----------
    written : str
        The name as given (after :func:`~chainatlas.ontology.names.surface_name`).
    regions : tuple of str
        The leading region names, outermost first, as written.
    core : str
        What is left once regions and organisation forms are gone.
    key : str
        The core, or the last region's short name plus the core when the core
        is :data:`MIN_CORE` characters or fewer.
    """

    written: str
    regions: tuple
    core: str
    key: str

    @property
    def guarded(self):
        """True when the key kept a region prefix because the core is short."""
        return self.key != self.core


@functools.lru_cache(maxsize=65536)
def parse_enterprise_name(name):
    """Take a firm's name apart into regions, core and key (see the module's rules).

    >>> p = parse_enterprise_name("甘肃省张掖市甘州区河西硅业有限责任公司")
    >>> p.regions, p.core, p.key
    (('甘肃省', '张掖市', '甘州区'), '河西硅业', '河西硅业')
    >>> p = parse_enterprise_name("张掖中顾")
    >>> p.core, p.key, p.guarded
    ('中顾', '张掖中顾', True)
    >>> parse_enterprise_name("金川集团").key
    '金川'
    """
    idx = region_index()
    s = _strip_forms(name, idx)
    if len(s) < 2:  # 公司, 厂: nothing to key on but the whole name
        return EnterpriseName(name, (), name, name)
    lead = idx.leading(s)
    regions = tuple(t for t, _ in lead)
    core = s[sum(map(len, regions)):]
    core = _strip_forms(core, idx) if core else core
    key = core
    if len(core) <= MIN_CORE and regions:
        key = _short_text(*lead[-1]) + core
    return EnterpriseName(name, regions, core, key)


def enterprise_key(name):
    """The key of a firm's node id: its core name, guarded as described above."""
    return parse_enterprise_name(name).key


@functools.lru_cache(maxsize=65536)
def park_key(name):
    """The key of a park's node id: park types folded, the region prefix in short form.

    >>> park_key("张掖市经开区"), park_key("华亭市工业园区"), park_key("平凉华亭工业园")
    ('张掖经开区', '华亭工业园', '华亭工业园')
    >>> park_key("兰州高新技术产业开发区")
    '兰州高新区'
    """
    s = name
    for long, short in PARK_FOLDS:
        s = s.replace(long, short)
    idx = region_index()
    lead = idx.leading(s)
    rest = s[sum(len(t) for t, _ in lead):]
    if not lead or not rest:  # no region, or a park called only by a region's name
        return s
    # a chain of regions each containing the next (甘肃省张掖市…) comes down to the innermost one;
    # a region that does not contain the next (酒泉嘉峪关两地开发区) is part of the name
    i = 0
    while i + 1 < len(lead) and any(idx.contains(o, n) for o in lead[i][1] for n in lead[i + 1][1]):
        i += 1
    return _short_text(*lead[i]) + "".join(t for t, _ in lead[i + 1:]) + rest


def document_redirects(names):
    """Within one document, send a region-guarded firm name to its bare form when both occur.

    When a document writes both 张掖凯烁 and 凯烁, the guard in
    :func:`parse_enterprise_name` would keep them apart; the document itself
    shows that the bare name means the same firm.

    Parameters
    ----------
    names : iterable of str
        The firm names as written in one document.

    Returns
    -------
    dict
        ``{guarded key: bare name as written}``.

    >>> document_redirects(["张掖凯烁", "凯烁", "甘肃电投"])
    {'张掖凯烁': '凯烁'}
    """
    by_key = {}
    parsed = []
    for n in names:
        if not n:
            continue
        p = parse_enterprise_name(n)
        parsed.append(p)
        by_key.setdefault(p.key, n)
    out = {}
    for p in parsed:
        if p.guarded and p.core in by_key and len(p.core) >= 2:
            out[p.key] = by_key[p.core]
    return out


def unresolved_region_key(name, doc_id):
    """The key of a region name that cannot be resolved (xx市): the name and its document.

    Two documents that both write xx市 need not mean one city, so the node is
    the document's own; its name stays as written and the store finds it by
    that name.

    >>> unresolved_region_key("xx市", "../corpus/004_b32c.txt")
    'xx市@004_b32c.txt'
    """
    return f"{name}@{os.path.basename(str(doc_id)) or doc_id}"
