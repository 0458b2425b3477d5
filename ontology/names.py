"""Name normalisation and stable node ids.

A node's id is its kind and its key.  Every key starts from the *surface*
form of the name (:func:`surface_name`: NFKC, simplified script, no white
space, full-width parentheses); two kinds go further, by the rules of
:mod:`chainatlas.ontology.resolution`:

- an enterprise's key is its core name: 甘肃河西硅业有限责任公司, 河西硅业公司
  and 河西硅业 are one firm;
- a park's key folds the long forms of park types and writes its region in
  short form: 张掖经济技术开发区, 张掖市经开区 and 张掖经开区 are one park.

The store keeps every form as written as an alias of the node.

Examples
--------
>>> from chainatlas.ontology import node_id, to_simplified
>>> to_simplified("張掖經開區")
'张掖经开区'
>>> node_id("Park", "张掖经济技术开发区") == node_id("Park", " 张掖经开区")
True
>>> node_id("Link", "多晶硅")
'Link:多晶硅'
>>> node_id("Enterprise", "甘肃河西硅业有限责任公司")
'Enterprise:河西硅业'
>>> surface_name("河西 硅业（集团）")
'河西硅业（集团）'
"""

import functools
import re
import unicodedata

from chainatlas.ontology.resolution import PARK_FOLDS, enterprise_key, park_key
from chainatlas.ontology.vocab import Kind, kind as _kind

__all__ = ["to_simplified", "surface_name", "normalise_name", "node_id", "split_node_id", "PARK_ABBREVIATIONS"]

# long form -> short form; the short form is the key used in ids
PARK_ABBREVIATIONS = PARK_FOLDS

_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=65536)
def _t2s_cached(text):
    return _converter().convert(text)


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified ones (OpenCC ``t2s``)."""
    if not text:
        return text
    if len(text) < 64:
        return _t2s_cached(text)
    return _converter().convert(text)


def surface_name(name: str) -> str:
    """A name as written, made comparable: NFKC, simplified script, no white space, （）."""
    s = unicodedata.normalize("NFKC", name or "")
    s = _SPACE.sub("", s)
    s = to_simplified(s)
    return s.replace("(", "（").replace(")", "）")


def normalise_name(name: str, kind=None) -> str:
    """The key of a name: its :func:`surface_name`, resolved further for some kinds.

    Enterprises get :func:`~chainatlas.ontology.resolution.enterprise_key`
    (core name), parks :func:`~chainatlas.ontology.resolution.park_key`
    (short park types, region in short form); other kinds the surface form.
    """
    s = surface_name(name)
    if kind is not None and s:
        k = _kind(kind)
        if k is Kind.ENTERPRISE:
            return enterprise_key(s)
        if k is Kind.PARK:
            return park_key(s)
    return s


def node_id(kind, name: str) -> str:
    """The stable id of a node: ``Kind:normalised-name``."""
    k = _kind(kind)
    return f"{k.value}:{normalise_name(name, k)}"


def split_node_id(nid: str):
    """Split an id into ``(Kind, key)``."""
    k, _, key = nid.partition(":")
    return _kind(k), key
