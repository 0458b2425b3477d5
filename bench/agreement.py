"""How far a second annotator agrees with the gold, and the extractor with each of them.

``tests/data/agreement/`` holds second, independent annotations of documents
that already have gold (``tests/data/<set>/X.json`` or ``tests/data/gold/X.json``
for a corpus document), made under the same written rules
(``tests/data/gold/README.md``) by annotators who saw neither the gold, the
extractor's code nor its output (``tests/data/agreement/README.md``).  For each
document this prints micro F1 of chains, enterprises, parks and projects for

- ``B~A``: the second annotation scored against the gold (annotator agreement;
  the ceiling a bar on this gold can ask of anyone who follows the rules),
- ``X~A``: the extractor against the gold,
- ``X~B``: the extractor against the second annotation,

with the scorer of ``bench/extraction.py`` (``gold_as_prediction`` turns an
annotation into what a perfect extractor would print).  Only the four kinds of
the bar are annotated a second time.

Usage::

    python bench/agreement.py            # the table and the micro sums
    python bench/agreement.py --errors   # also what the annotators disagree on
    python bench/agreement.py --json
"""

import argparse
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)

import extraction as E  # noqa: E402

__all__ = ["KINDS", "PAIRS", "find_source", "agreement", "main"]

KINDS = ("chains", "enterprises", "parks", "projects")
PAIRS = ("B~A", "X~A", "X~B")
AGREEMENT = os.path.join(ROOT, "tests", "data", "agreement")


def find_source(stem, *, data=os.path.join(ROOT, "tests", "data"), corpus=E.DEFAULT_CORPUS):
    """``(document path, gold path)`` of the document *stem*: a written set's, or a corpus document's."""
    for gold in sorted(glob.glob(os.path.join(data, "*", stem + ".json"))):
        folder = os.path.dirname(gold)
        if os.path.basename(folder) == "agreement":
            continue
        text = os.path.join(corpus if os.path.basename(folder) == "gold" else folder, stem + ".txt")
        if os.path.exists(text):
            return text, gold
    raise SystemExit(f"{stem}: no gold and document of that name under {data}")


def agreement(directory=AGREEMENT, *, extractor=True):
    """``(rows, totals)``: per document ``(stem, {pair: {kind: Score}})`` and the micro sums per pair."""
    totals = {p: {k: E.Score() for k in KINDS} for p in PAIRS}
    rows = []
    for path in sorted(glob.glob(os.path.join(directory, "*.json"))):
        stem = os.path.splitext(os.path.basename(path))[0]
        text, gold_path = find_source(stem)
        with open(path, encoding="utf-8") as f:
            b = json.load(f)
        with open(gold_path, encoding="utf-8") as f:
            a = json.load(f)
        res = {"B~A": E.score_document(E.gold_as_prediction(b), a)}
        if extractor:
            x = E.predict(text)
            res["X~A"] = E.score_document(x, a)
            res["X~B"] = E.score_document(x, b)
        for pair, scores in res.items():
            for k in KINDS:
                totals[pair][k].add(scores[k])
        rows.append((stem, res))
    if not rows:
        raise SystemExit(f"no annotations in {directory}")
    return rows, {p: t for p, t in totals.items() if any(p in r for _, r in rows)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=AGREEMENT, help="the second annotations (default tests/data/agreement)")
    ap.add_argument("--errors", action="store_true", help="list the disagreements of the annotators")
    ap.add_argument("--no-extractor", action="store_true", help="annotators only (B~A)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rows, totals = agreement(args.dir, extractor=not args.no_extractor)
    if args.json:
        print(json.dumps({"documents": {stem: {p: {k: s[k].as_dict(args.errors) for k in KINDS} for p, s in r.items()}
                                        for stem, r in rows},
                          "micro": {p: {k: t[k].as_dict() for k in KINDS} for p, t in totals.items()}},
                         ensure_ascii=False, indent=1))
        return 0
    pairs = list(totals)
    print(f"{'document':42}" + "".join(f"{p:>26}" for p in pairs))
    print(f"{'':42}" + "".join(f"{'ch    ent   park  proj':>26}" for _ in pairs))
    for stem, r in rows:
        print(f"{stem[:42]:42}" + "".join(f"{'  '.join(f'{r[p][k].f1:.2f}' for k in KINDS):>26}" for p in pairs))
        if args.errors:
            for k in KINDS:
                s = r["B~A"][k]
                for x in s.false_positives:
                    print(f"    {k}: second annotator only: {x}")
                for x in s.false_negatives:
                    print(f"    {k}: gold only: {x}")
    print("micro F1 (tp/fp/fn):")
    for p, t in totals.items():
        print(f"  {p}: " + "  ".join(f"{k} {t[k].f1:.3f} ({t[k].tp}/{t[k].fp}/{t[k].fn})" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
