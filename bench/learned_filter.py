"""A learned filter over the rule candidates: drop the records the rules probably got wrong.

The hand-written rules of :mod:`chainatlas.loaders.text` propose chains,
enterprises, parks and projects.  For each kind this module holds a small
logistic-regression model that scores a proposed record from its shape and
its context only (nothing that needs gold at run time): the shape of the name
(length bin, first and last one or two characters; the legal form shows in the
last two), the rule's confidence, the characters just before and after the
evidence span, a short genre-level list of words of the evidence sentence
(:data:`SENTENCE_WORDS`), and the record's own fields (a project's owner,
stage, capacity and investment; a firm's short name, park and region; a
chain's number and length of steps and its form).  No feature names a whole
record: the model cannot memorise particular firms, parks or chains.  (Marks
inside the name — digits, latin letters, units, brackets — and the two
characters after the span were tried first and left out: scoring them in
Python cost about twice the budget of 5 M instructions per corpus pass.)

The weights are in ``bench/learned_filter.json``; they are written by
``bench/train_filter.py``, which rebuilds its training data from the git
history: for each set of written documents under ``tests/data/``, what the
rules *of the time of that set's first measure* proposed, labelled right or
wrong by the scorer of ``bench/extraction.py``.  A kind is filtered only when
the weights file gives it a threshold (the training script writes one only for
the kinds whose leave-one-set-out estimate showed a gain, see
``bench/README.md``); the other kinds pass through untouched.

Scoring is pure Python (a sum of weights of the active features, compared
with the threshold's logit): about 20 thousand instructions per record, some
4 M per pass over the five corpus documents when enterprises and projects are
on.  Not shipped: extraction does not call it.  The leave-one-set-out
estimate passed the decision rule for enterprises (+0.016 F1, threshold 0.25)
and projects (+0.009, 0.35), but with them on, tests of the genre rules fail
(right answers on invented sentences are dropped) and the real corpus loses
right firms (see ``bench/README.md``).  Every kind's ``threshold`` in the
weights file is 0 (nothing dropped) and ``trained_threshold`` holds the value
that switches it on for an experiment: ``filter_extraction(x)`` applies it to
an :class:`~chainatlas.loaders.records.Extraction`.

Examples
--------
>>> from learned_filter import features, score, shipped_kinds
>>> rec = {"name": "甲乙新材料有限公司",
...        "evidence": [{"start": 2, "end": 11, "sentence": "支持甲乙新材料有限公司扩能。", "confidence": 0.8}]}
>>> feats = features("enterprises", rec, "支持甲乙新材料有限公司扩能。")
>>> "l2:公司" in feats and "p:持" in feats and "n:扩" in feats
True
>>> 0.0 < score("enterprises", rec, "支持甲乙新材料有限公司扩能。") < 1.0
True
>>> score("enterprises", rec, "支持甲乙新材料有限公司扩能。") == score("enterprises", rec, "支持甲乙新材料有限公司扩能。")
True
>>> set(shipped_kinds()) <= {"chains", "enterprises", "parks", "projects"}
True
"""

import itertools
import json
import math
import os

import ahocorasick_rs

__all__ = ["KINDS", "SENTENCE_WORDS", "features", "load_model", "score", "shipped_kinds", "keep", "filter_extraction"]

#: the kinds a model may exist for
KINDS = ("chains", "enterprises", "parks", "projects")

#: words of the evidence sentence that tell the genre of the passage (chosen by hand, before training, from
#: the register of planning documents, not from any set's errors), not a particular record: plans and
#: progress (项目 … 储备), lists and generic mentions (等 … 以及), chains (产业链 … 下游), firms and parks
#: (企业 … 培育), figures (亿元, 万吨), duties (负责, 牵头) and tables (a tab)
SENTENCE_WORDS = (
    "项目", "建成", "投产", "开工", "签约", "计划", "拟", "谋划", "储备", "推进", "实施",
    "等", "重点", "一批", "包括", "如", "以及", "其中",
    "产业链", "链条", "延伸", "形成", "打造", "围绕", "上游", "下游",
    "企业", "龙头", "园区", "引进", "招商", "培育",
    "亿元", "万吨", "负责", "牵头", "\t",
)

_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "learned_filter.json")
_WORDS = ahocorasick_rs.AhoCorasick(list(SENTENCE_WORDS))  # overlapping matches: each word found once at least
_MODEL = None


def _len_bin(n):
    return "1" if n <= 1 else "2" if n == 2 else "3" if n == 3 else "4" if n == 4 else "5" if n == 5 else \
        "6-7" if n <= 7 else "8-10" if n <= 10 else "11-15" if n <= 15 else "16+"


def _char(c):
    if not c:
        return "^"
    if c.isdigit():
        return "0"
    if c.isascii() and c.isalpha():
        return "a"
    return c


def _name(kind, rec):
    if kind == "chains":
        return "—".join(str(s) for s in rec.get("steps") or ())
    return str(rec.get("name") or "")


def features(kind, rec, text):
    """The active features of one record, as a list of strings.

    Parameters
    ----------
    kind : str
        One of :data:`KINDS`.
    rec : dict
        The record as the extractor returns it (a chain's record is its
        detail dict, with ``steps``).
    text : str
        The cleaned text its evidence spans refer to.

    Returns
    -------
    list of str

    Examples
    --------
    >>> rec = {"name": "年产2万吨甲材料", "enterprise": None, "products": [{"name": "甲材料", "capacity": 2.0}],
    ...        "evidence": [{"start": 0, "end": 8, "sentence": "年产2万吨甲材料项目开工。", "confidence": 0.85}]}
    >>> features("projects", rec, "年产2万吨甲材料项目开工。")
    ['len:8-10', 'f1:年', 'l1:料', 'f2:年产', 'l2:材料', 'conf:0.85', 'p:^', 'n:项', 'w:项目', 'w:开工', 'w:万吨', '-ent', 'cap']
    """
    name = _name(kind, rec)
    f = ["len:" + _len_bin(len(name))]
    if name:
        f += ["f1:" + name[0], "l1:" + name[-1], "f2:" + name[:2], "l2:" + name[-2:]]
    evs = rec.get("evidence") or ()
    if evs:
        ev = evs[0]
        start, end = ev.get("start") or 0, ev.get("end") or 0
        f.append("conf:%.2f" % max(e.get("confidence") or 0.0 for e in evs))
        f.append("p:" + _char(text[start - 1:start] if start > 0 else ""))
        f.append("n:" + _char(text[end:end + 1]))
        sent = ev.get("sentence") or ""
        f += ["w:" + w for w in SENTENCE_WORDS if w in sent]
    if kind == "projects":
        f.append("+ent" if rec.get("enterprise") else "-ent")
        for key in ("stage", "investment"):
            if rec.get(key) is not None:
                f.append("+" + key)
        if any(isinstance(p, dict) and p.get("capacity") is not None for p in rec.get("products") or ()):
            f.append("cap")
    elif kind == "chains":
        steps = [str(s) for s in rec.get("steps") or ()]
        n = len(steps)
        f.append("steps:" + ("5+" if n >= 5 else str(n)))
        if steps:
            lens = [len(s) for s in steps]
            f.append("maxstep:" + _len_bin(max(lens)))
            f.append("minstep:" + _len_bin(min(lens)))
        f.append("form:" + str(rec.get("form")))
    elif kind == "enterprises":
        for key in ("aliases", "park", "region"):
            if rec.get(key):
                f.append("+" + key)
    elif kind == "parks":
        for key in ("parent", "aliases", "region"):
            if rec.get(key):
                f.append("+" + key)
    return f


def load_model(path=None):
    """The weights file as a dict (cached when *path* is the packaged file).

    Examples
    --------
    >>> m = load_model()
    >>> sorted(m["kinds"]) == sorted(KINDS)
    True
    """
    global _MODEL
    if path is not None:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    if _MODEL is None:
        with open(_PATH, encoding="utf-8") as fh:
            _MODEL = json.load(fh)
    return _MODEL


_ZEROS = itertools.repeat(0.0)  # the default of map(dict.get, keys, _ZEROS)
_TABLES = {}


def _tables(m):
    """The weights of one kind split by feature family, keyed by what follows the family's prefix."""
    t = _TABLES.get(id(m))
    if t is None or t[0] is not m:
        fam = {}
        for f, w in m["weights"].items():
            head, sep, tail = f.partition(":")
            if sep:
                fam.setdefault(head, {})[tail] = w
            else:
                fam.setdefault("", {})[f] = w
        for head in ("len", "f1", "l1", "f2", "l2", "conf", "p", "n", "w", ""):
            fam.setdefault(head, {})
        t = _TABLES[id(m)] = (m, fam)
    return t[1]


def _cls(c):
    # _char for one character (or ''), as a key of the p/n/n2 tables
    if not c:
        return "^"
    if c.isdigit():
        return "0"
    if c < "\x80" and c.isalpha():
        return "a"
    return c


_LEN_KEYS = tuple(_len_bin(i) for i in range(17))
_CONF_KEYS = {}


def _logit(kind, rec, text, model, words=None):
    """bias + the weights of :func:`features` (the same sum, computed without building the list).

    *words* caches the sentence-word part of the sum per sentence (one dict per document and kind).
    """
    m = model["kinds"][kind]
    if kind == "chains":
        g = m["weights"].get
        return m["bias"] + sum(g(x, 0.0) for x in features(kind, rec, text))
    return _fast(kind == "projects", rec, text, _tables(m), m["bias"], words, _FIELDS.get(kind, ()))


_FIELDS = {"enterprises": (("aliases", "+aliases"), ("park", "+park"), ("region", "+region")),
           "parks": (("parent", "+parent"), ("aliases", "+aliases"), ("region", "+region"))}


def _fast(project, rec, text, fam, z, words, fields):
    other = fam[""]
    get = rec.get
    name = get("name") or ""
    z += fam["len"].get(_LEN_KEYS[min(len(name), 16)], 0.0)
    if name:
        z += (fam["f1"].get(name[0], 0.0) + fam["l1"].get(name[-1], 0.0) + fam["f2"].get(name[:2], 0.0)
              + fam["l2"].get(name[-2:], 0.0))
    evs = get("evidence")
    if evs:
        ev = evs[0]
        start = ev["start"]
        c = ev["confidence"] if len(evs) == 1 else max(e["confidence"] for e in evs)
        key = _CONF_KEYS.get(c)
        if key is None:
            key = _CONF_KEYS[c] = "%.2f" % c
        z += fam["conf"].get(key, 0.0)
        c = (text[start - 1:start] if start > 0 else "") or "^"
        if c < "\x80" or c.isdigit():
            c = _cls(c)
        end = ev["end"]
        d = text[end:end + 1] or "^"
        if d < "\x80" or d.isdigit():
            d = _cls(d)
        z += fam["p"].get(c, 0.0) + fam["n"].get(d, 0.0)
        sent = ev["sentence"]
        if sent:
            part = None if words is None else words.get(sent)
            if part is None:
                part = sum(map(fam["w"].get, set(_WORDS.find_matches_as_strings(sent, overlapping=True)), _ZEROS))
                if words is not None:
                    words[sent] = part
            z += part
    if project:
        z += other.get("+ent" if get("enterprise") else "-ent", 0.0)
        if get("stage") is not None:
            z += other.get("+stage", 0.0)
        if get("investment") is not None:
            z += other.get("+investment", 0.0)
        for p in get("products") or ():
            if isinstance(p, dict) and p.get("capacity") is not None:
                z += other.get("cap", 0.0)
                break
    else:
        for key, feat in fields:
            if get(key):
                z += other.get(feat, 0.0)
    return z


def score(kind, rec, text, model=None):
    """The model's probability that the record is right (matches the gold), in (0, 1)."""
    z = _logit(kind, rec, text, model or load_model())
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def shipped_kinds(model=None):
    """The kinds the filter drops records of: those whose threshold is above 0."""
    model = model or load_model()
    return tuple(k for k in KINDS if (model["kinds"].get(k) or {}).get("threshold", 0.0) > 0.0)


def keep(kind, rec, text, model=None, _words=None):
    """Whether the filter keeps the record (always, for a kind that is not shipped)."""
    model = model or load_model()
    t = (model["kinds"].get(kind) or {}).get("threshold", 0.0)
    if t <= 0.0:
        return True
    return _logit(kind, rec, text, model, _words) >= math.log(t / (1.0 - t))


def filter_extraction(x, model=None):
    """Drop, in place, the records of the shipped kinds the model scores under their threshold.

    Parameters
    ----------
    x : Extraction
        What the rules found (its ``text`` is the cleaned text).
    model : dict, optional
        Weights (``bench/learned_filter.json`` by default).

    Returns
    -------
    Extraction
        *x* itself.
    """
    model = model or load_model()
    text = x.text
    for kind in shipped_kinds(model):
        items = getattr(x, kind)
        if items:
            m = model["kinds"][kind]
            cut = math.log(m["threshold"] / (1.0 - m["threshold"]))
            words = {}
            if kind != "chains":
                fam, bias, project, fields = _tables(m), m["bias"], kind == "projects", _FIELDS.get(kind, ())
                setattr(x, kind, [r for r in items if _fast(project, r, text, fam, bias, words, fields) >= cut])
            else:
                setattr(x, kind, [r for r in items if _logit(kind, r, text, model, words) >= cut])
    return x
