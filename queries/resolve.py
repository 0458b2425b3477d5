"""Turn names a user types into node ids: chains and scopes (regions, parks).

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> x = extract_text("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。", doc_id="p")
>>> _ = ingest_extraction(st, x, {"id": "p"})
>>> resolve_chain(st, "多晶硅")
'Chain:工业硅—多晶硅—拉晶切片'
>>> resolve_scope(st, "甘州")
'Region:甘州区'
"""

from chainatlas.exceptions import NotFoundError
from chainatlas.ontology.names import node_id
from chainatlas.ontology.vocab import Kind, Rel

__all__ = ["resolve_chain", "resolve_scope", "resolve_node"]


def _one(cands, what, name):
    if len(cands) == 1:
        return cands[0]
    if not cands:
        raise NotFoundError(f"no {what} matches {name!r}")
    shown = ", ".join(c.split(":", 1)[1] for c in cands[:8])
    more = f" and {len(cands) - 8} more" if len(cands) > 8 else ""
    raise NotFoundError(f"{name!r} matches {len(cands)} {what}s: {shown}{more}; be more specific")


def resolve_chain(store, name):
    """The chain called `name`: by name or alias, then by substring, then the one chain with that link.

    When a reference-library chain and plan chains that match it all fit,
    the library chain is meant (光伏 -> 光伏产业链).
    """
    cands = store.find(name, Kind.CHAIN)
    if not cands:
        links = store.find(name, Kind.LINK)
        chains = set()
        for lid in links:
            chains.update(e["src"] for e in store.edges_of(lid, "in", [Rel.HAS_LINK]))
        cands = sorted(chains)
    if len(cands) > 1:
        # a library chain and plan chains that match it: the library chain is what the name means
        refs = [c for c in cands if store.node(c)["props"].get("reference")]
        if len(refs) == 1 and all(c == refs[0] or any(e["dst"] == refs[0] for e in
                                                      store.edges_of(c, "out", [Rel.MATCHES])) for c in cands):
            return refs[0]
    return _one(cands, "chain", name)


def resolve_scope(store, name):
    """The region or park called `name` (full name, short name or alias)."""
    cands = store.find(name, Kind.REGION) + store.find(name, Kind.PARK)
    exact = [c for c in cands if c in (node_id(Kind.REGION, name), node_id(Kind.PARK, name))]
    if exact:
        cands = exact
    if not cands:
        for suffix in ("市", "区", "县"):
            nid = node_id(Kind.REGION, name + suffix)
            if store.has_node(nid):
                cands.append(nid)
    return _one(sorted(set(cands)), "region or park", name)


def resolve_node(store, name, kind=None):
    """Any node by id, name, alias or substring."""
    if ":" in name and store.has_node(name):
        return name
    return _one(store.find(name, kind), "node", name)
