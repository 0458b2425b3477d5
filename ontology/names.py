"""Name normalisation and stable node ids.

A node's id is its kind and its normalised name: NFKC, simplified script, no
white space, and the usual abbreviations of park names folded, so that
张掖经开区 and 张掖经济技术开发区 are the same park.

Examples
--------
>>> from chainatlas.ontology import node_id, to_simplified
>>> to_simplified("張掖經開區")
'张掖经开区'
>>> node_id("Park", "张掖经济技术开发区") == node_id("Park", " 张掖经开区")
True
>>> node_id("Link", "多晶硅")
'Link:多晶硅'
"""

import functools
import re
import unicodedata

from chainatlas.ontology.vocab import Kind, kind as _kind

__all__ = ["to_simplified", "normalise_name", "node_id", "split_node_id", "PARK_ABBREVIATIONS"]

# long form -> short form; the short form is the key used in ids
PARK_ABBREVIATIONS = (
    ("经济技术开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
    ("经济开发区", "经开区"),
)

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


def normalise_name(name: str, kind=None) -> str:
    """The normalised form of a name: NFKC, simplified, no white space.

    For parks, the long forms of 经开区 / 高新区 are folded to the short ones.
    """
    s = unicodedata.normalize("NFKC", name or "")
    s = _SPACE.sub("", s)
    s = to_simplified(s)
    s = s.replace("(", "（").replace(")", "）")
    if kind is not None and _kind(kind) is Kind.PARK:
        for long, short in PARK_ABBREVIATIONS:
            s = s.replace(long, short)
    return s


def node_id(kind, name: str) -> str:
    """The stable id of a node: ``Kind:normalised-name``."""
    k = _kind(kind)
    return f"{k.value}:{normalise_name(name, k)}"


def split_node_id(nid: str):
    """Split an id into ``(Kind, key)``."""
    k, _, key = nid.partition(":")
    return _kind(k), key
