"""Plain records that loaders yield.

A loader knows nothing about the store: it returns an :class:`Extraction`, a
set of plain dictionaries grouped by what they describe, each with its
evidence.  :func:`chainatlas.ontology.mapping.map_extraction` puts them onto
the ontology.

Examples
--------
>>> from chainatlas.loaders.records import Extraction, evidence
>>> x = Extraction(doc_id="plan.txt", text="形成“工业硅—多晶硅”的产业链。")
>>> x.chains.append({"name": "工业硅—多晶硅", "steps": ["工业硅", "多晶硅"],
...                  "evidence": [evidence(3, 10, x.text, 0.95)]})
>>> x.to_json()["chains"], x.counts()["chains"]
([['工业硅', '多晶硅']], 1)
>>> evidence(3, 10, "…", 0.951234)
{'start': 3, 'end': 10, 'sentence': '…', 'confidence': 0.951}
"""

from dataclasses import dataclass, field

__all__ = ["Extraction", "evidence", "CATEGORIES"]

CATEGORIES = (
    "chains", "industries", "enterprises", "parks", "projects", "regions",
    "departments", "targets", "wanted_links",
)


def evidence(start, end, sentence, confidence, **extra):
    """An evidence dictionary: span in the cleaned text, the sentence, a confidence."""
    ev = {"start": int(start), "end": int(end), "sentence": sentence,
          "confidence": round(float(confidence), 3)}
    ev.update(extra)
    return ev


@dataclass
class Extraction:
    """What a loader found in one document.

    Attributes
    ----------
    doc_id : str
        The document's id (its path unless given).
    title : str
        A title for display.
    text : str
        The cleaned text that evidence spans refer to ('' for tables).
    scope : dict
        The region and park the document is about, when it can tell.
    chains, industries, enterprises, parks, projects, regions, departments,
    targets, wanted_links : list of dict
        The records.
    problems : list of str
        Rows or passages that could not be read, in words.
    """

    doc_id: str
    title: str = ""
    text: str = ""
    source_format: str = "txt"
    scope: dict = field(default_factory=dict)
    chains: list = field(default_factory=list)
    industries: list = field(default_factory=list)
    enterprises: list = field(default_factory=list)
    parks: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    departments: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    wanted_links: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def to_dict(self):
        d = {"document": {"id": self.doc_id, "title": self.title, "format": self.source_format,
                          "scope": self.scope}}
        for c in CATEGORIES:
            d[c] = getattr(self, c)
        d["problems"] = self.problems
        return d

    def to_json(self):
        """The ``chainatlas extract --format json`` document.

        ``chains`` is a list of step lists (``[["A", "B", "C"], …]``) in the
        order found; ``chain_details`` holds, in the same order, each chain's
        name, segments, alternatives, feeds and evidence.  Every other key is
        a list of records, each with its ``evidence``.
        """
        d = self.to_dict()
        d["chain_details"] = d.pop("chains")
        out = {"chains": [list(c["steps"]) for c in self.chains]}
        out.update(d)
        return out

    def counts(self):
        return {c: len(getattr(self, c)) for c in CATEGORIES}
