"""Extraction quality against the hand-made gold annotations, and extraction speed.

Runs the extractor on each corpus document through the library behind
``chainatlas extract --format json`` (:func:`chainatlas.loaders.load_file`
then :meth:`Extraction.to_json`), compares the result with
``tests/data/gold/<stem>.json`` and prints, per document and micro-averaged
over the corpus, precision / recall / F1 for each kind of record, the quality
bar (chains >= 0.95, parks >= 0.90, enterprises >= 0.90, projects >= 0.85 F1)
and the extraction throughput in MB of text per second per core.

Usage::

    python bench/extraction.py                    # table + bar + throughput
    python bench/extraction.py --errors           # also the false positives / negatives per kind
    python bench/extraction.py --json             # the same figures as one JSON document
    python bench/extraction.py --big              # also time one ~50 MB concatenation of the corpus

The matching rules are documented in ``tests/data/gold/README.md``; in short:
names are compared after :func:`chainatlas.ontology.names.normalise_name`, an
item matches its gold name or any gold alias, and every gold item matches at
most one predicted item (a maximum bipartite matching, so the counts do not
depend on the order of the records).

Examples
--------
>>> gold = {"enterprises": [{"name": "金川集团", "aliases": ["金川集团公司"], "roles": []}]}
>>> pred = {"enterprises": [{"name": "金川集团公司"}, {"name": "龙佰集团"}]}
>>> r = score_document(pred, gold)["enterprises"]
>>> (r.tp, r.fp, r.fn)
(1, 1, 0)
>>> round(r.f1, 3)
0.667
"""

import argparse
import glob
import json
import os
import re
import resource
import signal
import statistics
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field

__all__ = [
    "KINDS", "BAR", "Score", "prf", "load_gold", "gold_as_prediction", "predict", "score_document", "match_document", "score_corpus",
    "throughput", "big_throughput", "main",
]

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_GOLD = os.path.join(ROOT, "tests", "data", "gold")
DEFAULT_CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))

# the kinds scored, in the order printed; chain_alternatives scores the parenthesised alternatives of
# the chains' steps (煤（炭）, 发电（火电、光电）) as (step, alternative) pairs
KINDS = ("chains", "chain_alternatives", "enterprises", "parks", "projects", "regions", "departments",
         "targets", "wanted_links")
# the quality bar: micro-averaged F1 over the corpus
BAR = {"chains": 0.95, "parks": 0.90, "enterprises": 0.90, "projects": 0.85}

_QUOTES = re.compile(r"[“”\"'‘’《》「」『』]")
_PROJECT_SUFFIX = re.compile(r"(项目|工程)+$")
_REGION_SUFFIX = re.compile(
    r"((回族|藏族|蒙古族|哈萨克族|裕固族|东乡族|保安族|撒拉族|土族)*(自治州|自治县)|省|市|县|区)$")


# ----------------------------------------------------------------------------------------------- scores
@dataclass
class Score:
    """Counts for one kind in one document (or summed over documents).

    ``false_positives`` and ``false_negatives`` hold short descriptions of the
    unmatched items, for ``--errors``.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list = field(default_factory=list)
    false_negatives: list = field(default_factory=list)

    @property
    def precision(self):
        return prf(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self):
        return prf(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self):
        return prf(self.tp, self.fp, self.fn)[2]

    def add(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        return self

    def as_dict(self, errors=False):
        d = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
             "recall": round(self.recall, 4), "f1": round(self.f1, 4)}
        if errors:
            d["false_positives"] = list(self.false_positives)
            d["false_negatives"] = list(self.false_negatives)
        return d


def prf(tp, fp, fn):
    """Precision, recall and F1 from counts.

    With nothing predicted and nothing to find, all three are 1; with
    nothing predicted (or nothing to find) but something on the other side,
    the empty side's ratio is 0.

    >>> prf(3, 1, 1)
    (0.75, 0.75, 0.75)
    >>> prf(0, 0, 0)
    (1.0, 1.0, 1.0)
    >>> prf(0, 0, 4)
    (0.0, 0.0, 0.0)

    F1 is computed as 2·tp / (2·tp + fp + fn), one division, so that a score
    exactly on a bar is not pushed under it by rounding (2·p·r / (p + r) gives
    0.8999999999999999 here):

    >>> prf(81, 11, 7)[2]
    0.9
    """
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f = 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if fp == 0 and fn == 0 else 0.0)
    return p, r, f


# ------------------------------------------------------------------------------------------ normalising
def _norm(s, kind=None):
    from chainatlas.ontology.names import normalise_name

    if s is None:
        return ""
    return _QUOTES.sub("", normalise_name(str(s), kind))


def _project_key(s):
    return _PROJECT_SUFFIX.sub("", _norm(s))


def _region_root(s):
    s = _norm(s)
    root = _REGION_SUFFIX.sub("", s)
    return root if len(root) >= 2 else s


def _unit(s):
    if s is None:
        return ""
    return unicodedata.normalize("NFKC", str(s)).replace(" ", "").replace("(", "（").replace(")", "）")


def _bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


def _similar(a, b):
    """Metric names are close: one contains the other, or their character bigrams overlap (Dice >= 0.5)."""
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) >= 0.5


# --------------------------------------------------------------------------------------------- matching
def _max_matching(n_pred, n_gold, accepts):
    """Maximum bipartite matching; ``accepts(i, j)`` tells whether predicted i may match gold j.

    Returns ``{pred_index: gold_index}``.
    """
    cand = [[j for j in range(n_gold) if accepts(i, j)] for i in range(n_pred)]
    gold_to_pred = {}

    def augment(i, seen):
        for j in cand[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in gold_to_pred or augment(gold_to_pred[j], seen):
                gold_to_pred[j] = i
                return True
        return False

    for i in range(n_pred):
        if cand[i]:
            augment(i, set())
    return {i: j for j, i in gold_to_pred.items()}


def _score(pred, gold, accepts, show_pred, show_gold):
    m = _max_matching(len(pred), len(gold), accepts)
    matched_gold = set(m.values())
    s = Score(tp=len(m), fp=len(pred) - len(m), fn=len(gold) - len(matched_gold))
    s.false_positives = [show_pred(pred[i]) for i in range(len(pred)) if i not in m]
    s.false_negatives = [show_gold(gold[j]) for j in range(len(gold)) if j not in matched_gold]
    return s, m


def _names(item, kind=None, key="name"):
    out = {_norm(item.get(key), kind)}
    out.update(_norm(a, kind) for a in item.get("aliases") or ())
    out.discard("")
    return out


def _dedupe(items, key):
    seen, out = set(), []
    for it in items:
        k = key(it)
        if k in seen:
            continue
        seen.add(k)
        out.append(it)
    return out


# ----------------------------------------------------------------------------------------------- chains
def _step_ok(pred_step, gold_step, alts):
    p, g = _norm(pred_step), _norm(gold_step)
    alts = [_norm(a) for a in alts]
    if p == g or p in alts:
        return True
    if alts and p == g + "（" + "、".join(alts) + "）":
        return True
    return any(p == g + a for a in alts)  # 煤（炭） read as 煤炭


def _alt_ok(pred_alt, main, gold_alt):
    p, a, g = _norm(pred_alt), _norm(gold_alt), _norm(main)
    return p == a or p == g + a or g + p == a


_PARENTHESIS = re.compile(r"[（(][^（()）]*[）)]")


def _pred_chains(pred):
    """(steps, alternatives) for each predicted chain, from ``chains`` and ``chain_details``.

    The extractor keys a chain's alternatives by link, the product a step normalises to (镁合金深加工（压铸件、型材）
    gives the link 镁合金), and lists the steps written for a link in ``aliases``; the gold keys them by the step.
    Each key is read as the names it stands for: itself and the main part of each step written for it.
    """
    details = pred.get("chain_details") or []
    out = []
    for i, steps in enumerate(pred.get("chains") or []):
        alts = {}
        if i < len(details) and isinstance(details[i], dict):
            aliases = details[i].get("aliases") or {}
            for link, al in (details[i].get("alternatives") or {}).items():
                names = [link] + [_PARENTHESIS.sub("", w) for w in aliases.get(link) or ()]
                alts[tuple(dict.fromkeys(names))] = al
        out.append((list(steps), alts))
    return out


def _score_chains(pred, gold):
    pchains = _pred_chains(pred)
    gchains = gold.get("chains") or []

    def accepts(i, j):
        steps, _ = pchains[i]
        g = gchains[j]
        if len(steps) != len(g["steps"]):
            return False
        ga = g.get("alternatives") or {}
        return all(_step_ok(p, s, ga.get(s, ())) for p, s in zip(steps, g["steps"]))

    s, m = _score(pchains, gchains, accepts, lambda c: "—".join(map(str, c[0])), lambda g: "—".join(g["steps"]))

    # alternatives, as (chain, step, alternative) triples; only those of matched chains can match
    gpairs = [(j, st, a) for j, g in enumerate(gchains) for st, alts in (g.get("alternatives") or {}).items()
              for a in alts]
    ppairs = [(i, names, a) for i, (_, alts) in enumerate(pchains) for names, al in alts.items() for a in (al or ())]

    def accepts_alt(x, y):
        i, names, pa = ppairs[x]
        j, gst, ga = gpairs[y]
        if m.get(i) != j:
            return False
        galts = (gchains[j].get("alternatives") or {}).get(gst, ())
        return any(_step_ok(pst, gst, galts) for pst in names) and _alt_ok(pa, gst, ga)

    a, _ = _score(ppairs, gpairs, accepts_alt, lambda p: f"{p[1][0]}（{p[2]}）", lambda g: f"{g[1]}（{g[2]}）")
    return s, a, m


# ------------------------------------------------------------------------------------------ other kinds
def _score_named(pred_items, gold_items, kind=None):
    gnames = [_names(g, kind) for g in gold_items]

    def accepts(i, j):
        return _norm(pred_items[i].get("name"), kind) in gnames[j]

    return _score(pred_items, gold_items, accepts, lambda p: str(p.get("name")), lambda g: g["name"])


def _enterprise_names(gold):
    """Normalised name -> all normalised names of that gold enterprise."""
    out = {}
    for e in gold.get("enterprises") or []:
        names = _names(e)
        for n in names:
            out[n] = names
    return out


def _products_match(pred_products, gold_products):
    if not pred_products or not gold_products:
        return False
    first = pred_products[0]
    p = _norm(first.get("name") if isinstance(first, dict) else first)
    if not p:
        return False
    for g in gold_products:
        g = _norm(g.get("name"))
        if p == g or (min(len(p), len(g)) >= 2 and (p in g or g in p)):
            return True
    return False


def _score_projects(pred_items, gold):
    gold_items = gold.get("projects") or []
    ent = _enterprise_names(gold)
    gkeys = [{_project_key(n) for n in [g["name"], *(g.get("aliases") or ())]} for g in gold_items]

    def accepts(i, j):
        p, g = pred_items[i], gold_items[j]
        pk = _project_key(p.get("name"))
        if pk:
            if pk in gkeys[j]:
                return True
            for k in gkeys[j]:
                if min(len(pk), len(k)) >= 4 and (pk in k or k in pk):
                    return True
        pe, ge = _norm(p.get("enterprise")), _norm(g.get("enterprise"))
        if pe and ge and pe in ent.get(ge, {ge}):
            return _products_match(p.get("products"), g.get("products"))
        return False

    def show_pred(p):
        prods = "、".join(_norm(x.get("name") if isinstance(x, dict) else x) for x in p.get("products") or ())
        return f"{p.get('name')} [{p.get('enterprise') or '-'} | {prods or '-'}]"

    def show_gold(g):
        prods = "、".join(x["name"] for x in g.get("products") or ())
        return f"{g['name']} [{g.get('enterprise') or '-'} | {prods or '-'}]"

    return _score(pred_items, gold_items, accepts, show_pred, show_gold)


def _region_dedupe_key(s):
    """The root of a region's name, with its level kept when it is a district or a county (白银 and 白银市 are one
    mention, 白银区 is another region)."""
    n = _norm(s)
    root = _region_root(s)
    return root + n[-1] if root != n and n[-1] in "区县旗" else root


def _score_regions(pred_items, gold_items):
    pred_items = _dedupe(pred_items, lambda r: _region_dedupe_key(r.get("name") or r.get("mention")))
    groots = [{_region_root(n) for n in [g["name"], *(g.get("aliases") or ())]} for g in gold_items]

    def accepts(i, j):
        p = pred_items[i]
        return any(_region_root(x) in groots[j] for x in (p.get("name"), p.get("mention")) if x)

    s, _ = _score(pred_items, gold_items, accepts, lambda p: str(p.get("name") or p.get("mention")),
                  lambda g: g["name"])
    return s


def _score_departments(pred_items, gold_items):
    pred_items = _dedupe(pred_items, lambda d: _norm(d.get("name")))
    gnames = [_names(g) for g in gold_items]

    def accepts(i, j):
        p = pred_items[i]
        return any(_norm(x) in gnames[j] for x in (p.get("name"), p.get("as_written")) if x)

    s, _ = _score(pred_items, gold_items, accepts, lambda p: str(p.get("name")), lambda g: g["name"])
    return s


def _number(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def _score_targets(pred_items, gold_items):
    pred_items = _dedupe(pred_items, lambda t: (_norm(t.get("metric")), _norm(t.get("industry") or t.get("subject")),
                                               t.get("year"), _number(t.get("value")), _unit(t.get("unit"))))

    def metrics_gold(g):
        ms = [g["metric"], *(g.get("metric_aliases") or ())]
        if g.get("subject"):
            ms += [g["subject"] + m for m in list(ms)]
        return [_norm(m) for m in ms]

    def metrics_pred(p):
        ms = [p.get("metric") or ""]
        for extra in (p.get("industry"), p.get("subject")):
            if extra:
                ms.append(extra + (p.get("metric") or ""))
        return [_norm(m) for m in ms if m]

    gm = [metrics_gold(g) for g in gold_items]

    def accepts(i, j):
        p, g = pred_items[i], gold_items[j]
        pv, gv = _number(p.get("value")), _number(g.get("value"))
        if pv is None or gv is None or abs(pv - gv) > 1e-6 * max(1.0, abs(gv)):
            return False
        if _unit(p.get("unit")) != _unit(g.get("unit")):
            return False
        if p.get("year") is not None and g.get("year") is not None and int(p["year"]) != int(g["year"]):
            return False
        return any(_similar(a, b) for a in metrics_pred(p) for b in gm[j])

    def show(t):
        about = t.get("subject") or t.get("industry") or ""
        return f"{about}{t.get('metric')} {t.get('year')} {t.get('value')}{t.get('unit') or ''}"

    s, _ = _score(pred_items, gold_items, accepts, show, show)
    return s


def _score_wanted(pred_items, gold_items):
    pred_items = _dedupe(pred_items, lambda w: _norm(w.get("link")))

    def accepts(i, j):
        p = pred_items[i]
        return any(_norm(x) == _norm(gold_items[j]["link"]) for x in (p.get("link"), p.get("as_written")) if x)

    s, _ = _score(pred_items, gold_items, accepts, lambda p: str(p.get("link")), lambda g: g["link"])
    return s


def _drop_excluded(pred, gold):
    """Predicted records that match a gold ``excluded`` entry are neither right nor wrong: drop them."""
    excl = {}
    for e in gold.get("excluded") or ():
        excl.setdefault(e["kind"], set()).add(_norm(e["name"]))
    if not excl:
        return pred
    pred = dict(pred)
    for kind, names in excl.items():
        pred[kind] = [p for p in pred.get(kind) or () if _norm(p.get("name")) not in names]
    return pred


def _score_all(pred, gold):
    """``({kind: Score}, {kind: {pred index: gold index}})``; the matchings are given for chains,
    enterprises, parks and projects, with indices into *pred*'s own lists (before the excluded are dropped)."""
    kept = {}
    dropped = _drop_excluded(pred, gold)
    for kind in ("enterprises", "parks", "projects"):
        items = pred.get(kind) or []
        ids = {id(x) for x in dropped.get(kind) or []}
        kept[kind] = [i for i, x in enumerate(items) if id(x) in ids]
    pred = dropped
    chains, alts, mc = _score_chains(pred, gold)
    ents, me = _score_named(pred.get("enterprises") or [], gold.get("enterprises") or [])
    parks, mp = _score_named(pred.get("parks") or [], gold.get("parks") or [], "Park")
    projects, mj = _score_projects(pred.get("projects") or [], gold)
    scores = {
        "chains": chains,
        "chain_alternatives": alts,
        "enterprises": ents,
        "parks": parks,
        "projects": projects,
        "regions": _score_regions(pred.get("regions") or [], gold.get("regions") or []),
        "departments": _score_departments(pred.get("departments") or [], gold.get("departments") or []),
        "targets": _score_targets(pred.get("targets") or [], gold.get("targets") or []),
        "wanted_links": _score_wanted(pred.get("wanted_links") or [], gold.get("wanted_links") or []),
    }
    matchings = {"chains": dict(mc)}
    for kind, m in (("enterprises", me), ("parks", mp), ("projects", mj)):
        matchings[kind] = {kept[kind][i]: j for i, j in m.items()}
    return scores, matchings


def score_document(pred, gold):
    """Score one document's extraction (the ``extract --format json`` dict) against its gold dict.

    Returns ``{kind: Score}`` for every kind in :data:`KINDS`; kinds missing
    from either side count as empty.
    """
    return _score_all(pred, gold)[0]


def match_document(pred, gold):
    """Which predicted chains, enterprises, parks and projects the scorer matched, and what it ignored.

    Returns ``{kind: labels}`` with one label per item of ``pred[kind]`` (for
    chains, per step list of ``pred["chains"]``): ``True`` matched a gold item,
    ``False`` is a false positive, ``None`` matched a gold ``excluded`` entry
    and is not scored.  The counts agree with :func:`score_document`.

    >>> gold = {"enterprises": [{"name": "金川集团", "aliases": ["金川集团公司"], "roles": []}]}
    >>> match_document({"enterprises": [{"name": "金川集团公司"}, {"name": "龙佰集团"}]}, gold)["enterprises"]
    [True, False]
    """
    _, matchings = _score_all(pred, gold)
    dropped = _drop_excluded(pred, gold)
    out = {}
    for kind in ("chains", "enterprises", "parks", "projects"):
        items = pred.get(kind) or []
        ids = {id(x) for x in dropped.get(kind) or []}
        out[kind] = [(i in matchings[kind]) if (kind == "chains" or id(x) in ids) else None
                     for i, x in enumerate(items)]
    return out


# ------------------------------------------------------------------------------------------------ corpus
def load_gold(gold_dir):
    """``{stem: gold dict}`` for every ``*.json`` file in *gold_dir*."""
    out = {}
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            out[os.path.splitext(os.path.basename(path))[0]] = json.load(f)
    if not out:
        raise SystemExit(f"no gold files in {gold_dir}")
    return out


def gold_as_prediction(g):
    """What a perfect extractor would print for gold *g* (the ``extract --format json`` shape).

    Scoring one annotation against another (``bench/agreement.py``) goes through it too.
    """
    return {
        "chains": [list(c["steps"]) for c in g["chains"]],
        "chain_details": [{"steps": list(c["steps"]), "alternatives": c["alternatives"]} for c in g["chains"]],
        "enterprises": [{"name": e["name"], "roles": e["roles"]} for e in g["enterprises"]],
        "parks": [{"name": p["name"], "parent": p["parent"]} for p in g["parks"]],
        "projects": [{"name": j["name"], "enterprise": j["enterprise"], "products": j["products"]}
                     for j in g["projects"]],
        "regions": [{"name": r["name"], "mention": r["name"]} for r in g["regions"]],
        "departments": [{"name": d["name"], "as_written": d["name"]} for d in g["departments"]],
        "targets": [{"metric": t["metric"], "industry": t["subject"], "year": t["year"], "value": t["value"],
                     "unit": t["unit"]} for t in g["targets"]],
        "wanted_links": [{"link": w["link"]} for w in g["wanted_links"]],
    }


def predict(path):
    """What ``chainatlas extract PATH --format json`` prints, as a dict (through the library)."""
    from chainatlas.loaders import load_file

    x, _meta = load_file(path, doc_id=os.path.splitext(os.path.basename(path))[0])
    return x.to_json()


def score_corpus(gold, corpus_dir):
    """``({stem: {kind: Score}}, {kind: Score micro-summed})`` for every gold document."""
    per_doc, total = {}, {k: Score() for k in KINDS}
    for stem, g in gold.items():
        path = os.path.join(corpus_dir, stem + ".txt")
        if not os.path.exists(path):
            raise SystemExit(f"{path}: corpus document for gold file {stem}.json not found")
        scores = score_document(predict(path), g)
        per_doc[stem] = scores
        for k in KINDS:
            total[k].add(scores[k])
    return per_doc, total


# -------------------------------------------------------------------------------------------- throughput
def throughput(paths, min_seconds=3.0, min_rounds=3):
    """Extraction speed over *paths*, in MB (10^6 bytes of the files) per CPU-second of this process.

    The corpus is extracted in rounds until at least *min_seconds* of CPU
    time and *min_rounds* rounds have passed; returns the first round's rate
    (cold when nothing was extracted before in this process: it includes the
    one-time loading of tables and converters), the median and best of the
    rounds, and the sizes.
    """
    from chainatlas.loaders import load_file

    size = sum(os.path.getsize(p) for p in paths)
    rounds = []
    start = time.process_time()
    while len(rounds) < min_rounds or time.process_time() - start < min_seconds:
        t0 = time.process_time()
        for p in paths:
            load_file(p)
        rounds.append(time.process_time() - t0)
    rates = [size / 1e6 / r for r in rounds if r > 0]
    return {"bytes": size, "rounds": len(rounds), "cpu_seconds": round(sum(rounds), 3),
            "mb_per_s_cold": round(rates[0], 3), "mb_per_s_median": round(statistics.median(rates), 3),
            "mb_per_s_best": round(max(rates), 3)}


def big_throughput(paths, target_mb=50):
    """Extract one ~*target_mb* MB text made by repeating the corpus (in a temporary directory)."""
    from chainatlas.loaders import load_file

    parts = [open(p, encoding="utf-8-sig").read() for p in paths]
    block = "\n\n".join(parts) + "\n\n"
    block_bytes = len(block.encode("utf-8"))
    copies = max(1, int(target_mb * 1e6 // block_bytes) + 1)
    with tempfile.TemporaryDirectory(prefix="chainatlas-bench-") as tmp:
        path = os.path.join(tmp, "corpus-x%d.txt" % copies)
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(copies):
                f.write(block)
        size = os.path.getsize(path)
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0, w0 = time.process_time(), time.perf_counter()
        x, _ = load_file(path)
        cpu, wall = time.process_time() - t0, time.perf_counter() - w0
        rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        counts = x.counts()
    return {"bytes": size, "copies": copies, "cpu_seconds": round(cpu, 3), "wall_seconds": round(wall, 3),
            "mb_per_s": round(size / 1e6 / cpu, 3) if cpu else None,
            "peak_rss_mb": round(max(rss0, rss1) / 1024, 1), "counts": counts}


# --------------------------------------------------------------------------------------------- printing
def _row(label, s, bar=None):
    mark = ""
    if bar is not None:
        mark = f"≥{bar:.2f} " + ("pass" if s.f1 >= bar else "FAIL")
    return (f"  {label:<20}{s.tp:>5}{s.fp:>5}{s.fn:>5}   {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {mark}")


def _header():
    return f"  {'kind':<20}{'tp':>5}{'fp':>5}{'fn':>5}   {'P':>6} {'R':>6} {'F1':>6}   bar"


def _print_report(per_doc, total, errors, out=sys.stdout):
    for stem, scores in per_doc.items():
        print(f"\n{stem}", file=out)
        print(_header(), file=out)
        for k in KINDS:
            print(_row(k, scores[k]), file=out)
    print("\nmicro-average over the corpus", file=out)
    print(_header(), file=out)
    for k in KINDS:
        print(_row(k, total[k], BAR.get(k)), file=out)
    failed = [k for k, b in BAR.items() if total[k].f1 < b]
    print("\nbar: " + ("all pass" if not failed else "FAIL (" + ", ".join(failed) + ")"), file=out)
    if errors:
        print("\nerrors (FP = extracted but not in the gold, FN = in the gold but not extracted)", file=out)
        for stem, scores in per_doc.items():
            for k in KINDS:
                s = scores[k]
                if not (s.false_positives or s.false_negatives):
                    continue
                print(f"\n{stem}  {k}", file=out)
                for x in s.false_positives:
                    print(f"  FP  {x}", file=out)
                for x in s.false_negatives:
                    print(f"  FN  {x}", file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=DEFAULT_GOLD, help="folder of gold JSON files (default: tests/data/gold)")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS,
                    help="folder of the corpus .txt files (default: ../shared/corpus)")
    ap.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    ap.add_argument("--errors", action="store_true", help="list the false positives and false negatives per kind")
    ap.add_argument("--big", action="store_true", help="also time one ~50 MB concatenation of the corpus")
    ap.add_argument("--big-mb", type=float, default=50.0, help="size of the --big file in MB (default 50)")
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")
    ap.add_argument("--seconds", type=float, default=3.0, help="minimum CPU seconds for the throughput rounds")
    args = ap.parse_args(argv)

    gold = load_gold(args.gold)
    paths = [os.path.join(args.corpus, stem + ".txt") for stem in gold]
    # speed first, so that its first round is a cold start (imports, tables, caches)
    speed = None if args.no_speed else throughput(paths, min_seconds=args.seconds)
    per_doc, total = score_corpus(gold, args.corpus)
    big = None
    if args.big:
        # a SIGTERM (timeout, CI) unwinds normally, so the temporary directory is removed
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
        big = big_throughput(paths, target_mb=args.big_mb)

    if args.json:
        doc = {
            "documents": {stem: {k: s.as_dict(args.errors) for k, s in sc.items()} for stem, sc in per_doc.items()},
            "micro": {k: s.as_dict(args.errors) for k, s in total.items()},
            "bar": {k: {"f1_min": b, "f1": round(total[k].f1, 4), "pass": total[k].f1 >= b} for k, b in BAR.items()},
            "throughput": speed, "big": big,
        }
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_report(per_doc, total, args.errors)
        if speed:
            print(f"\nthroughput: {speed['bytes'] / 1e6:.3f} MB of text, {speed['rounds']} rounds, "
                  f"{speed['cpu_seconds']} CPU s; MB/s per core: first round (cold) {speed['mb_per_s_cold']}, "
                  f"median {speed['mb_per_s_median']}, best {speed['mb_per_s_best']} (target ≥ 2)")
        if big:
            print(f"big: {big['bytes'] / 1e6:.1f} MB ({big['copies']} copies of the corpus) in {big['cpu_seconds']} "
                  f"CPU s / {big['wall_seconds']} s wall: {big['mb_per_s']} MB/s per core, "
                  f"peak RSS {big['peak_rss_mb']} MB")
    return 0 if all(total[k].f1 >= b for k, b in BAR.items()) else 1


if __name__ == "__main__":
    sys.exit(main())
