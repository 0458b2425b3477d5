"""Gap query: the status of every link of a chain inside a region or park.

A scope is a region or a park together with everything inside it: regions
that are PART_OF it, parks LOCATED_IN any of those, and their sub-parks.

Status of a link, strongest first:

``present``
    an enterprise in the scope operates it, or a project there producing it
    is completed (竣工/投产);
``building``
    a project in the scope producing it is under construction (开工/在建);
``planned``
    a project in the scope producing it is planned or signed (谋划/签约) or
    at an unstated stage;
``wanted``
    nothing in the scope produces it, and a plan for the scope says it will
    recruit it (招引);
``missing``
    nothing in the scope produces it and no plan asks for it.

Links are stored under the reference library's names (the plan's 拉晶切片
is the link 硅片, with 拉晶切片 kept as an alias).

A product counts for a link when it is the link, when its name contains the
link's name (高纯多晶硅 for 多晶硅), or when it is one of the link's synonyms
in the reference chain library (:mod:`chainatlas.ontology.library`).

Examples
--------
>>> from chainatlas.graph import Store, ingest_extraction
>>> from chainatlas.loaders import extract_text
>>> st = Store(":memory:")
>>> text = ("甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。依托河西硅业等龙头企业。"
...         "加快建设河西硅业20万吨工业硅二期等项目。全力招引多晶硅等上下游企业。")
>>> _ = ingest_extraction(st, extract_text(text, doc_id="p"), {"id": "p"})
>>> r = gap_report(st, "工业硅", "甘州区")
>>> [(row.name, row.status) for row in r.rows]
[('工业硅', 'building'), ('多晶硅', 'wanted'), ('硅片', 'missing')]
>>> r.missing
['多晶硅', '硅片']
"""

import bisect
import functools
import itertools
import json
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field

from chainatlas.ontology.names import normalise_name
from chainatlas.ontology.vocab import Rel
from chainatlas.queries.resolve import resolve_chain, resolve_scope

__all__ = ["STATUSES", "LinkStatus", "GapReport", "gap_report", "link_status", "chain_links", "scope_places",
           "synonyms"]

STATUSES = ("present", "building", "planned", "wanted", "missing")
STATUS_ZH = {"present": "已有", "building": "在建", "planned": "谋划/签约", "wanted": "招引", "missing": "缺失"}
_BUILDING = {"开工", "在建"}
_DONE = {"竣工", "投产"}


@functools.lru_cache(maxsize=1)
def synonyms():
    """``{link name: {other names}}`` from the reference chain library's synonyms."""
    from chainatlas.ontology.library import load_library

    out = {}
    for c in load_library():
        for link in c.links.values():
            names = {normalise_name(link.name), *(normalise_name(n) for n in link.synonyms)}
            for n in names:
                out.setdefault(n, set()).update(names - {n})
    return out


@dataclass
class LinkStatus:
    link_id: str
    name: str
    position: int
    segment: str
    status: str
    wanted: bool = False
    enterprises: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    evidence: list = field(default_factory=list)
    enterprise_ids: list = field(default_factory=list)

    @property
    def status_zh(self):
        return STATUS_ZH[self.status]

    def as_dict(self):
        return {"link": self.name, "position": self.position, "segment": self.segment, "status": self.status,
                "status_zh": self.status_zh, "wanted": self.wanted, "enterprises": self.enterprises,
                "projects": [{"name": p["name"], "stage": p["stage"]} for p in self.projects],
                "evidence": self.evidence}


@dataclass
class GapReport:
    chain_id: str
    chain: str
    scope_id: str
    scope: str
    rows: list

    @property
    def missing(self):
        return [r.name for r in self.rows if r.status in ("wanted", "missing")]

    def as_dict(self):
        return {"chain": self.chain, "scope": self.scope, "links": [r.as_dict() for r in self.rows],
                "missing": self.missing}


# ---------------------------------------------------------------- what queries reuse between calls
#
# A gap report over a whole region asks for hundreds of chains, each for the
# same scope, and every link needs the set of Link nodes its product matches.
# Both are computed once and kept per store until the store changes
# (Store.data_version: any write here, any commit elsewhere); the results are
# those of the plain queries, in the same order.

_CACHES = weakref.WeakKeyDictionary()
# a scope with more located enterprises and projects than this is read link by link the first time it is asked
# for, and read whole (then kept) the second time
_SCAN_LIMIT = 20000
_KEEP_SCOPES = 4
# names searched in the Link ids before an index of them (and of the Link aliases) pays
_INDEX_AFTER = 300
# the most edges of one scope whose evidence is kept with it
_PREFETCH_LIMIT = 200_000


class _StoreCache:
    def __init__(self, version):
        self.version = version
        self.places = {}       # scope id -> frozenset of place ids
        self.matches = {}      # link name (key) -> frozenset of Link ids
        self.link_ids = None   # every Link id
        self.link_text = None  # the same, one string with a newline between them
        self.link_starts = None
        self.searches = 0
        self.bigrams = None    # two characters -> [Link ids containing them], built once many names are asked
        self.link_aliases = None  # alias -> [Link ids], the same way
        self.last_places = None   # (set of places, its frozenset)
        self.scopes = OrderedDict()  # frozenset of places -> _ScopeFacts
        self.asked = set()     # large scopes asked for once


_SNAPSHOT_CACHES = weakref.WeakKeyDictionary()


def _cache(store):
    """The cache for the state `store` shows now.

    Outside a snapshot: the store's cache while its data version holds.
    Inside one (Store.snapshot): that cache too when nothing has been
    committed since it was filled (the snapshot then shows the same state);
    otherwise a cache of the snapshot's own, dropped with it.
    """
    version = store.data_version()
    c = _CACHES.get(store)
    if c is not None and c.version == version:
        return c
    token = store.snapshot_token
    if token is None:
        c = _CACHES[store] = _StoreCache(version)
        return c
    c = _SNAPSHOT_CACHES.get(store)
    if c is None or c.token is not token:
        c = _SNAPSHOT_CACHES[store] = _StoreCache(version)
        c.token = token
    return c


def _keep_snapshot_cache(store):
    """After a snapshot: keep what it computed when nothing was committed since it began (the same state)."""
    c = _SNAPSHOT_CACHES.get(store)
    if c is None or store.snapshot_token is not None:
        return
    del _SNAPSHOT_CACHES[store]
    if store.data_version() == c.version:
        c.token = None
        _CACHES[store] = c


def scope_places(store, scope_id):
    """Ids of the scope and every region and park inside it."""
    cache = _cache(store)
    places = cache.places.get(scope_id)
    if places is None:
        # children reached by PART_OF / LOCATED_IN that are regions or parks, transitively (UNION ends cycles)
        rows = store.read(
            "WITH RECURSIVE inside(id) AS (SELECT ? UNION SELECT e.src FROM edges e JOIN inside ON e.dst = inside.id"
            " WHERE e.rel IN (?, ?) AND (substr(e.src, 1, 7) = 'Region:' OR substr(e.src, 1, 5) = 'Park:'))"
            " SELECT id FROM inside", (scope_id, Rel.PART_OF.value, Rel.LOCATED_IN.value))
        places = cache.places[scope_id] = frozenset(r[0] for r in rows)
    return set(places)


def _links_containing(store, cache, text):
    """Link ids containing `text` (two characters or more), as ``instr(id, text) > 0`` would find them.

    The ids are read once into one string, searched with ``str.find``; once a
    cache has answered many names (a whole region's chains), an index of the
    ids by each pair of characters answers the rest.
    """
    if cache.link_text is None:
        ids = [r[0] for r in store.read("SELECT id FROM nodes WHERE kind='Link'")]
        cache.link_ids = ids
        cache.link_text = "\n".join(ids)
        cache.link_starts = list(itertools.accumulate((len(i) + 1 for i in ids[:-1]), initial=0))
    cache.searches += 1
    if cache.bigrams is None and cache.searches > _INDEX_AFTER:
        index = {}
        for lid in cache.link_ids:
            for bg in {lid[i:i + 2] for i in range(len(lid) - 1)}:
                index.setdefault(bg, []).append(lid)
        cache.bigrams = index
    if cache.bigrams is not None and "\n" not in text:
        lists = [cache.bigrams.get(text[i:i + 2], ()) for i in range(len(text) - 1)]
        return [lid for lid in min(lists, key=len) if text in lid]
    out, blob, starts = [], cache.link_text, cache.link_starts
    i = blob.find(text)
    while i >= 0:
        k = bisect.bisect_right(starts, i) - 1
        lid = cache.link_ids[k]
        if i + len(text) <= starts[k] + len(lid):  # inside one id, not across the separator
            out.append(lid)
            i = blob.find(text, starts[k] + len(lid) + 1)
        else:
            i = blob.find(text, i + 1)
    return out


def _links_aliased(store, cache, alias):
    """Link ids carrying `alias`; after many names, every Link alias is read once into the cache."""
    if cache.link_aliases is None and cache.searches > _INDEX_AFTER:
        index = {}
        # node ids start with their kind: the range is the ids LIKE 'Link:%' (no other kind spells Link)
        for a, lid in store.read("SELECT alias, node_id FROM aliases WHERE node_id >= 'Link:' AND node_id < 'Link;'"):
            index.setdefault(a, []).append(lid)
        cache.link_aliases = index
    if cache.link_aliases is not None:
        return cache.link_aliases.get(alias, ())
    return [r[0] for r in store.read("SELECT node_id FROM aliases WHERE alias=? AND node_id LIKE 'Link:%'", (alias,))]


def _matching_links(store, name, cache=None):
    """Link ids whose product counts for the link called `name`.

    The link itself, its synonyms, Link nodes whose name contains the link's
    name (at least two characters) or a synonym of at least three (高纯多晶硅
    for 多晶硅; not when 制 follows: 绿电制氢 makes hydrogen, not power), and
    Link nodes carrying any of these names as an alias.
    """
    cache = cache or _cache(store)
    key = normalise_name(name)
    found = cache.matches.get(key)
    if found is None:
        names = {key} | synonyms().get(key, set())
        out = {f"Link:{n}" for n in names}
        for n in sorted(names):
            # containment: the link's own name from 2 characters, a synonym from 3 (光电 is inside 风光电装备)
            if len(n) < (2 if n == key else 3):
                continue
            for lid in _links_containing(store, cache, n):
                i = lid.find(n)
                if "制" not in lid[i + len(n): i + len(n) + 2]:
                    out.add(lid)
            out.update(_links_aliased(store, cache, n))
        found = cache.matches[key] = frozenset(out)
    return set(found)


class _ScopeFacts:
    """Every OPERATES, BUILDS and WANTS edge that starts in one scope, by target link, in edge-id order."""

    def __init__(self, store, places):
        arr = json.dumps(sorted(places), ensure_ascii=False)
        located = ("SELECT l.src FROM edges l WHERE l.rel = 'LOCATED_IN'"
                   " AND l.dst IN (SELECT value FROM json_each(?))")
        self.ops, self.builds, self.wants = {}, {}, {}
        for dst, eid, src, name in store.read(
                "SELECT o.dst, o.id, o.src, n.name FROM edges o JOIN nodes n ON n.id = o.src"
                f" WHERE o.rel = ? AND o.src IN ({located}) ORDER BY o.dst, o.id", (Rel.OPERATES.value, arr)):
            self.ops.setdefault(dst, []).append((eid, src, name))
        for dst, eid, src, name, props in store.read(
                "SELECT o.dst, o.id, o.src, n.name, n.props FROM edges o JOIN nodes n ON n.id = o.src"
                f" WHERE o.rel = ? AND o.src IN ({located}) ORDER BY o.dst, o.id", (Rel.BUILDS.value, arr)):
            self.builds.setdefault(dst, []).append((eid, src, name, props))
        for dst, eid, src in store.read(
                "SELECT dst, id, src FROM edges WHERE rel = ? AND src IN (SELECT value FROM json_each(?))"
                " ORDER BY dst, id", (Rel.WANTS.value, arr)):
            self.wants.setdefault(dst, []).append((eid, src))

        self.asked = 0  # edges whose evidence was read link by link
        self.evidence = None

    def rows(self, table, matches):
        """The rows of `table` for the links in `matches`, in (link id, edge id) order."""
        return [r for dst in sorted(matches) for r in table.get(dst, ())]

    def evidence_of(self, store, edge_ids):
        """``{edge id: evidence}`` covering `edge_ids` (edges of this scope).

        Once the links asked for have needed as many edges as the scope has
        (a region's every chain), the evidence of all its edges is read in one
        query and kept with it; so reading link by link never costs more than
        about twice reading everything at once.
        """
        if self.evidence is None:
            total = sum(len(rows) for table in (self.ops, self.builds, self.wants) for rows in table.values())
            self.asked += len(edge_ids)
            if self.asked <= total or total > _PREFETCH_LIMIT:
                return store.edge_evidence_many(edge_ids)
            ids = [r[0] for table in (self.ops, self.builds, self.wants) for rows in table.values() for r in rows]
            self.evidence = store.edge_evidence_many(ids)
        return self.evidence


def _scope_facts(store, places, cache=None):
    """The :class:`_ScopeFacts` of `places`, or None while reading it link by link is cheaper."""
    cache = cache or _cache(store)
    if cache.last_places is not None and cache.last_places[0] is places and len(places) == len(cache.last_places[1]):
        key = cache.last_places[1]  # the same set again (every link of one report): no need to hash it again
    else:
        key = frozenset(places)
        cache.last_places = (places, key)
    facts = cache.scopes.get(key)
    if facts is not None:
        cache.scopes.move_to_end(key)
        return facts
    if key not in cache.asked:
        (n,) = store.read("SELECT count(*) FROM edges WHERE rel = 'LOCATED_IN'"
                          " AND dst IN (SELECT value FROM json_each(?))",
                          (json.dumps(sorted(key), ensure_ascii=False),))[0]
        if n > _SCAN_LIMIT:
            cache.asked.add(key)
            return None
    facts = cache.scopes[key] = _ScopeFacts(store, key)
    while len(cache.scopes) > _KEEP_SCOPES:
        cache.scopes.popitem(last=False)
    return facts


def chain_links(store, chain_id):
    """``(link id, name, HAS_LINK props)`` of a chain, upstream first."""
    rows = store.read("SELECT e.dst, n.name, e.props FROM edges e JOIN nodes n ON n.id=e.dst "
                      "WHERE e.src=? AND e.rel=?", (chain_id, Rel.HAS_LINK.value))
    out = [(lid, name, json.loads(props)) for lid, name, props in rows]
    out.sort(key=lambda r: (r[2].get("position", 0), r[1]))
    return out


def _short(ev):
    return {"document": ev["doc_title"] or ev["doc_id"], "doc_id": ev["doc_id"], "sentence": ev["sentence"],
            "start": ev["start"], "end": ev["end"], "confidence": ev["confidence"]}


def gap_report(store, chain, scope):
    """The status of each link of `chain` inside `scope`.

    Parameters
    ----------
    store : Store
    chain : str
        A chain's name, part of it, or a link only one chain has.
    scope : str
        A region or park.

    Returns
    -------
    GapReport
    """
    with store.snapshot():  # one consistent state, even while another process ingests
        chain_id = chain if store.has_node(chain) else resolve_chain(store, chain)
        scope_id = scope if store.has_node(scope) else resolve_scope(store, scope)
        places = scope_places(store, scope_id)
        rows = [link_status(store, lid, name, places, position=p.get("position", 0), segment=p.get("segment", ""))
                for lid, name, p in chain_links(store, chain_id)]
        chain_name = store.node(chain_id)["name"]
        scope_name = store.node(scope_id)["name"]
    _keep_snapshot_cache(store)
    rows.sort(key=lambda r: (r.position, r.segment == "配套", r.name))
    return GapReport(chain_id, chain_name, scope_id, scope_name, rows)


def link_status(store, link_id, name, places, *, position=0, segment=""):
    """The :class:`LinkStatus` of one link inside a set of places (see :func:`scope_places`).

    Besides the names shown in reports, ``enterprise_ids`` and ``projects``
    (with their ids, stages and investments) are filled for the analysis built
    on top of this.
    """
    row = LinkStatus(link_id, name, position, segment, "missing")
    cache = _cache(store)
    matches = _matching_links(store, name, cache)
    facts = _scope_facts(store, places, cache)
    if facts is not None:
        operators = facts.rows(facts.ops, matches)
        builders = facts.rows(facts.builds, matches)
        wants = facts.rows(facts.wants, matches)
    else:
        operators, builders, wants = _link_rows(store, matches, places)
    edge_ids = []
    status = set()
    # enterprises operating it in the scope
    firms = set()
    for eid, ent, ename in operators:
        row.enterprises.append(ename)
        if ent not in firms:
            firms.add(ent)
            row.enterprise_ids.append(ent)
        edge_ids.append(eid)
        status.add("present")
    names = set()
    for eid, proj, pname, pprops in builders:
        props = json.loads(pprops)
        stage = props.get("stage")
        if pname not in names:
            names.add(pname)
            row.projects.append({"name": pname, "stage": stage, "id": proj,
                                 "investment": props.get("investment")})
        edge_ids.append(eid)
        status.add("present" if stage in _DONE else "building" if stage in _BUILDING else "planned")
    for eid, place in wants:
        row.wanted = True
        edge_ids.append(eid)
    for s in STATUSES:
        if s in status:
            row.status = s
            break
    else:
        row.status = "wanted" if row.wanted else "missing"
    ev = facts.evidence_of(store, edge_ids) if facts is not None else store.edge_evidence_many(edge_ids)
    seen = set()
    for eid in edge_ids:
        for e in ev.get(eid, ()):
            k = (e["doc_id"], e["sentence"])
            if e["sentence"] and k not in seen:
                seen.add(k)
                row.evidence.append(_short(e))
    row.enterprises = sorted(set(row.enterprises))
    return row


def _link_rows(store, matches, places):
    """OPERATES, BUILDS and WANTS rows for `matches` whose source lies in `places`, by (link id, edge id)."""
    marks = ",".join("?" * len(matches))
    arr = json.dumps(sorted(places), ensure_ascii=False)
    located = ("EXISTS (SELECT 1 FROM edges l WHERE l.src = e.src AND l.rel = 'LOCATED_IN'"
               " AND l.dst IN (SELECT value FROM json_each(?)))")
    operators = store.read(
        f"SELECT e.id, e.src, n.name FROM edges e JOIN nodes n ON n.id=e.src WHERE e.rel=? AND e.dst IN ({marks})"
        f" AND {located} ORDER BY e.dst, e.id", (Rel.OPERATES.value, *matches, arr))
    builders = store.read(
        f"SELECT e.id, e.src, n.name, n.props FROM edges e JOIN nodes n ON n.id=e.src "
        f"WHERE e.rel=? AND e.dst IN ({marks}) AND {located} ORDER BY e.dst, e.id", (Rel.BUILDS.value, *matches, arr))
    wants = [(eid, src) for eid, src in store.read(
        f"SELECT id, src FROM edges WHERE rel=? AND dst IN ({marks}) ORDER BY dst, id", (Rel.WANTS.value, *matches))
        if src in places]
    return operators, builders, wants
