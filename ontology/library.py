"""The reference chain library: complete industry chains shipped with ChainAtlas.

A plan writes a chain as a few steps ("工业硅—多晶硅—拉晶切片"); a gap report
needs the whole chain.  The library holds the complete chains, written by the
team as one TOML file per chain under ``ontology/data/chains/`` and read with
the standard library's :mod:`tomllib`::

    id = "silicon-pv"                  # the file name without .toml
    name = "光伏产业链"
    en = "Crystalline-silicon photovoltaics"
    industry = "新能源"
    aliases = ["晶硅光伏产业链"]

    [[links]]                          # upstream first
    name = "多晶硅"                     # canonical link name, simplified Chinese
    en = "polysilicon"
    segment = "上游"                    # 上游 / 中游 / 下游 / 配套
    inputs = ["工业硅"]                 # links of this chain that feed it
    synonyms = ["高纯多晶硅"]            # other names for the same link
    gbt = "3218"                        # GB/T 4754-2017 class (4 digits) or ""

Required keys: ``id``, ``name``, ``industry``, ``links`` and, per link,
``name``, ``segment`` and ``gbt``; ``en``, ``aliases``, ``inputs`` and
``synonyms`` may be left out.  Loading checks every file and raises
:class:`~chainatlas.exceptions.InputError` naming the file and the offending
link or value: an unknown key or segment, an input that is not a link of the
chain, a cycle, a duplicate link name, a synonym claimed by two links, a code
that is not a class of GB/T 4754-2017, a missing key, or an ``id`` that is not
the file name.  Connectedness is a rule of the shipped chains, checked by the
tests rather than at loading: every link is linked to the rest of its chain,
配套 links (equipment, auxiliary materials, services) included, by feeding
the links they supply.

Names are compared after :func:`~chainatlas.ontology.names.normalise_name`
(NFKC, simplified script, no white space) and case folding.  A product name
resolves to a link of a chain in this order:

1. the name, or the name with a parenthesis dropped or opened ("煤（炭）" is
   tried as 煤炭 and 煤), is a link's name or synonym;
2. for "A制B" (B made from A), the same for B, the part after the last 制;
3. the longest link name or synonym of at least two characters contained in B,
   then in the whole name; of two equally long ones the one ending later wins
   (Chinese noun phrases end with their head: 高纯多晶硅 is 多晶硅).

Across the library (:meth:`Library.canonical_link`), a result whose inputs
the "A" of "A制B" names wins (绿氢+二氧化碳制甲醇 is green methanol, made from
绿氢 and 二氧化碳, not coal methanol); then a match of the whole name beats a
match of B, a link's own name beats another link's synonym, and containment
comes last, the longest contained name first.

Examples
--------
>>> lib = load_library()
>>> pv = lib.chain("光伏")
>>> pv.name, pv.links["多晶硅"].inputs, pv.links["多晶硅"].gbt_name
('光伏产业链', ('工业硅',), '硅冶炼')
>>> pv.resolve_link("高纯多晶硅"), pv.resolve_link("拉晶切片"), pv.resolve_link("玉米")
('多晶硅', '硅片', None)
>>> chain, steps = lib.match_chain(["工业硅", "多晶硅", "拉晶切片"])
>>> chain.id, steps
('silicon-pv', {'工业硅': '工业硅', '多晶硅': '多晶硅', '拉晶切片': '硅片'})
>>> lib.canonical_link("绿电制绿氢")
'绿氢'
>>> lib.match_chain(["人工智能", "数据标注"]) is None
True
"""

import difflib
import functools
import importlib.resources
import os
import re
import tomllib
from dataclasses import dataclass

import networkx as nx

from chainatlas.exceptions import InputError, NotFoundError
from chainatlas.ontology.names import normalise_name
from chainatlas.ontology.vocab import SEGMENTS

__all__ = ["GBT_LEVELS", "gbt_table", "RefLink", "RefChain", "Library", "load_library", "chain_files"]

#: The levels of GB/T 4754-2017 and their Chinese names.
GBT_LEVELS = {1: "门类", 2: "大类", 3: "中类", 4: "小类"}

_CHAIN_KEYS = {"id", "name", "en", "industry", "aliases", "links"}
_CHAIN_REQUIRED = ("id", "name", "industry", "links")
_LINK_KEYS = {"name", "en", "segment", "inputs", "synonyms", "gbt"}
_LINK_REQUIRED = ("name", "segment", "gbt")
_PAREN = re.compile(r"（[^（）]*）")
_HEAD_SPLIT = re.compile(r"[+、和与及]")
_CHAIN_SUFFIXES = ("循环经济产业链", "产业链", "产业集群", "产业", "链")


@functools.lru_cache(maxsize=1)
def gbt_table():
    """``{code: (level, name)}`` for every code of GB/T 4754-2017 (国民经济行业分类).

    Levels are 1 门类 (a letter), 2 大类, 3 中类 and 4 小类 (four digits); see
    :data:`GBT_LEVELS`.  Read once from the table shipped with the ontology.

    Examples
    --------
    >>> gbt_table()["3825"]
    (4, '光伏设备及元器件制造')
    >>> GBT_LEVELS[gbt_table()["C"][0]], gbt_table()["C"][1]
    ('门类', '制造业')
    """
    text = importlib.resources.files("chainatlas.ontology").joinpath("data/gbt4754_2017.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        code, level, name = line.split("\t")
        out[code] = (int(level), name)
    return out


def _key(name):
    return normalise_name(name).casefold()


def _variants(key):
    """The key, the key with parentheses opened, and the key with parenthesised text dropped."""
    out = [key]
    if "（" in key:
        for v in (key.replace("（", "").replace("）", ""), _PAREN.sub("", key)):
            if v and v not in out:
                out.append(v)
    return out


def _chain_key(name):
    k = _key(name)
    for suffix in _CHAIN_SUFFIXES:
        if k.endswith(suffix) and len(k) > len(suffix):
            return k[: -len(suffix)]
    return k


@dataclass(frozen=True)
class RefLink:
    """A link of a reference chain.

    Attributes
    ----------
    name : str
        Canonical name (simplified Chinese).
    segment : str
        上游, 中游, 下游 or 配套.
    inputs : tuple of str
        The links of the same chain that feed it.
    synonyms : tuple of str
        Other names plans use for it.
    gbt : str
        GB/T 4754-2017 class code (4 digits), or "" when no class fits.
    gbt_name : str
        The class's name, or "".
    en : str
        English name.
    """

    name: str
    segment: str
    inputs: tuple = ()
    synonyms: tuple = ()
    gbt: str = ""
    gbt_name: str = ""
    en: str = ""

    def as_dict(self):
        return {"name": self.name, "en": self.en, "segment": self.segment, "inputs": list(self.inputs),
                "synonyms": list(self.synonyms), "gbt": self.gbt, "gbt_name": self.gbt_name}


class RefChain:
    """A reference chain: a DAG of links, upstream first.

    Attributes
    ----------
    id, name, en, industry : str
    aliases : tuple of str
        Other names plans use for the chain.
    links : dict
        ``{name: RefLink}`` in file order.
    source : str
        The file it was read from.
    """

    def __init__(self, id, name, links, *, en="", industry="", aliases=(), source=""):
        self.id = id
        self.name = name
        self.en = en
        self.industry = industry
        self.aliases = tuple(aliases)
        self.links = dict(links)
        self.source = source
        self._graph = nx.DiGraph()
        self._graph.add_nodes_from(self.links)
        self._graph.add_edges_from(self.feeds())
        # exact lookup: normalised name or synonym -> canonical name (names first)
        self._names = {}
        self._synonyms = {}
        for link in self.links.values():
            self._names[_key(link.name)] = link.name
            for s in link.synonyms:
                self._synonyms.setdefault(_key(s), link.name)
        self._contained = [(k, n) for k, n in {**self._synonyms, **self._names}.items() if len(k) >= 2]
        self._positions = None
        self._resolved = {}  # name -> _resolve(name)

    def __repr__(self):
        return f"<RefChain {self.id} {self.name} ({len(self.links)} links)>"

    def __len__(self):
        return len(self.links)

    def __iter__(self):
        return iter(self.links.values())

    def __contains__(self, name):
        return self.resolve_link(name) is not None

    def feeds(self):
        """``[(upstream, downstream)]`` for every input of every link, in file order."""
        return [(i, link.name) for link in self.links.values() for i in link.inputs]

    def positions(self):
        """``{link: depth}``: the longest path from the chain's sources (0 = most upstream)."""
        if self._positions is None:
            pos = {}
            for n in nx.topological_sort(self._graph):
                preds = list(self._graph.predecessors(n))
                pos[n] = 1 + max(pos[p] for p in preds) if preds else 0
            self._positions = {n: pos[n] for n in self.links}
        return dict(self._positions)

    def _link(self, name):
        canon = self.resolve_link(name)
        if canon is None:
            raise NotFoundError(f"no link {name!r} in the reference chain {self.name} ({self.id})")
        return canon

    def upstream(self, name):
        """Every link upstream of `name` (transitively), as a set of canonical names."""
        return set(nx.ancestors(self._graph, self._link(name)))

    def downstream(self, name):
        """Every link downstream of `name` (transitively), as a set of canonical names."""
        return set(nx.descendants(self._graph, self._link(name)))

    def sources(self):
        """Links with no inputs, in file order (配套 links included)."""
        return [n for n in self.links if self._graph.in_degree(n) == 0]

    def sinks(self):
        """Links that feed no other link, in file order."""
        return [n for n in self.links if self._graph.out_degree(n) == 0]

    def _exact(self, key):
        for v in _variants(key):
            if v in self._names:
                return self._names[v], 0
            if v in self._synonyms:
                return self._synonyms[v], 1
        return None

    def _contains(self, text):
        """``(canonical, length matched)`` for the longest name or synonym in `text`, or None."""
        best = None
        for k, canon in self._contained:
            end = text.rfind(k)
            if end < 0:
                continue
            rank = (len(k), end + len(k))
            if best is None or rank > best[0]:
                best = (rank, canon)
        return (best[1], best[0][0]) if best else None

    def _lookup(self, text):
        """The canonical name for `text` by name, synonym or containment (no 制 rule), or None."""
        hit = self._exact(text)
        if hit:
            return hit[0]
        for v in _variants(text):
            hit = self._contains(v)
            if hit:
                return hit[0]
        return None

    def _resolve(self, name):
        """``(canonical, tier, length, fit)`` or None.

        tier: 0 the name is a link's name, 1 a synonym; 2 and 3 the same for
        B of "A制B"; 4 by containment.  length: the characters matched.  fit:
        for "A制B", how many of A's parts (split at + 、 和 与 及) are links
        upstream of the result.
        """
        if name in self._resolved:
            return self._resolved[name]
        if len(self._resolved) > 10000:
            self._resolved.clear()
        self._resolved[name] = hit = self._resolve_uncached(name)
        return hit

    def _resolve_uncached(self, name):
        key = _key(name)
        if not key:
            return None
        head, _, tail = key.rpartition("制") if "制" in key else ("", "", "")
        hit = self._exact(key)
        if hit:
            hit = (hit[0], hit[1], len(key))
        elif tail and self._exact(tail):
            canon, tier = self._exact(tail)
            hit = (canon, 2 + tier, len(tail))
        else:
            hit = None
            for text in ([tail] if tail else []) + [key]:
                for v in _variants(text):
                    found = self._contains(v)
                    if found:
                        hit = (found[0], 4, found[1])
                        break
                if hit:
                    break
        if hit is None:
            return None
        fit = 0
        if head:
            above = nx.ancestors(self._graph, hit[0])
            for part in _HEAD_SPLIT.split(head):
                fit += bool(part) and self._lookup(part) in above
        return (*hit, fit)

    def resolve_link(self, name):
        """The canonical name of the link that product `name` stands for, or None.

        Exact name or synonym first (also with parentheses opened or dropped),
        then for "A制B" the product B, then the longest contained link name or
        synonym of two characters or more (ties: the one ending later).

        Examples
        --------
        >>> pv = load_library().chain("silicon-pv")
        >>> pv.resolve_link("单晶硅棒"), pv.resolve_link("N型单晶硅片"), pv.resolve_link("金属硅")
        ('单晶硅', '硅片', '工业硅')
        """
        hit = self._resolve(name)
        return hit[0] if hit else None

    def to_networkx(self):
        """The chain as a :class:`networkx.DiGraph` (edges upstream -> downstream).

        Nodes carry ``segment``, ``gbt``, ``gbt_name``, ``en``, ``synonyms`` and
        ``position``; the graph carries ``id``, ``name`` and ``industry``.

        Examples
        --------
        >>> g = load_library().chain("光伏").to_networkx()
        >>> g.nodes["硅片"]["gbt"], g.nodes["硅片"]["position"], g.has_edge("单晶硅", "硅片")
        ('3985', 4, True)
        """
        g = nx.DiGraph(id=self.id, name=self.name, en=self.en, industry=self.industry)
        pos = self.positions()
        for link in self.links.values():
            g.add_node(link.name, segment=link.segment, gbt=link.gbt, gbt_name=link.gbt_name, en=link.en,
                       synonyms=list(link.synonyms), position=pos[link.name])
        g.add_edges_from(self.feeds())
        return g

    def as_dict(self):
        """The chain as plain data (for JSON)."""
        pos = self.positions()
        return {"id": self.id, "name": self.name, "en": self.en, "industry": self.industry,
                "aliases": list(self.aliases),
                "links": [{**link.as_dict(), "position": pos[link.name]} for link in self.links.values()]}


class Library:
    """A set of reference chains, looked up by id, name or alias.

    Attributes
    ----------
    chains : dict
        ``{id: RefChain}``.
    """

    def __init__(self, chains):
        self.chains = {c.id: c for c in chains}
        self._by_name = {}
        for c in self.chains.values():
            for n in (c.id, c.name, *c.aliases):
                self._by_name.setdefault(_key(n), c)

    def __repr__(self):
        return f"<Library {len(self.chains)} chains>"

    def __len__(self):
        return len(self.chains)

    def __iter__(self):
        return iter(self.chains.values())

    def __contains__(self, name):
        return len(self._find_chain(name)) == 1

    def _find_chain(self, name, *, loose=True):
        """``[chains]`` for `name`: exact id/name/alias, then without 产业链, then (`loose`) by containment."""
        key = _key(name)
        if not key:
            return []
        if key in self._by_name:
            return [self._by_name[key]]
        short = _chain_key(name)
        found = [c for c in self.chains.values()
                 if any(_chain_key(n) == short for n in (c.name, *c.aliases))]
        if not found and loose and len(short) >= 2:
            found = [c for c in self.chains.values() if any(short in _key(n) for n in (c.name, *c.aliases))]
        return found

    def chain(self, name):
        """The chain called `name` (its id, name, an alias, or the name without 产业链).

        Raises
        ------
        NotFoundError
            When no chain, or more than one, has that name; the message lists
            close names.

        Examples
        --------
        >>> lib = load_library()
        >>> lib.chain("氢能").id, lib.chain("晶硅光伏产业链").id
        ('hydrogen', 'silicon-pv')
        """
        found = self._find_chain(name)
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(f"{c.name} ({c.id})" for c in found)
            raise NotFoundError(f"reference chain {name!r} is ambiguous: {names}")
        every = [n for c in self.chains.values() for n in (c.name, *c.aliases)]
        close = difflib.get_close_matches(str(name), every, n=5, cutoff=0.3)
        hint = f"; close names: {', '.join(close)}" if close else ""
        raise NotFoundError(f"no reference chain {name!r}{hint}")

    def _resolutions(self, name):
        """``[(chain, canonical)]`` at the best tier any chain resolves `name` at (by
        containment: the longest match)."""
        hits = []
        for c in self.chains.values():
            hit = c._resolve(name)
            if hit:
                canon, tier, length, fit = hit
                hits.append(((-fit, tier, -length if tier == 4 else 0), c, canon))
        if not hits:
            return []
        best = min(r for r, _, _ in hits)
        return [(c, canon) for r, c, canon in hits if r == best]

    def canonical_link(self, name):
        """The canonical link name `name` stands for across the library, if only one.

        A link's own name beats a synonym of another link, which beats
        containment (the longest contained name wins); None when the best
        matches disagree or nothing matches.

        Examples
        --------
        >>> lib = load_library()
        >>> lib.canonical_link("拉晶切片"), lib.canonical_link("甲醇"), lib.canonical_link("人工智能")
        ('硅片', '甲醇', None)
        """
        names = {canon for _, canon in self._resolutions(name)}
        return names.pop() if len(names) == 1 else None

    def chains_with_link(self, name):
        """The chains (by id) in which `name` resolves to a link, at the best tier found.

        Examples
        --------
        >>> [c.id for c in load_library().chains_with_link("多晶硅")]
        ['silicon-materials', 'silicon-pv']
        """
        return [c for c, _ in self._resolutions(name)]

    def match_chain(self, steps, name=None):
        """The library chain a document chain belongs to, with its steps resolved.

        Parameters
        ----------
        steps : list of str
            The document chain's steps (or link names), upstream first.
        name : str, optional
            The document chain's name; when it is a library chain's id, name
            or alias (also without 产业链), that chain is the match.

        Returns
        -------
        tuple or None
            ``(RefChain, {step: canonical link})`` for the chain resolving
            the most steps (ties: fewer steps resolved only by containment,
            then fewer links, then id), provided at least two steps resolve
            (one when the document chain has a single step);
            a single step that names a library chain matches it too.  None
            when no chain qualifies.
        """
        steps = [s for s in steps if s and str(s).strip()]
        named = None
        for n in ([name] if name else []) + (steps if len(steps) == 1 else []):
            found = self._find_chain(n, loose=False)
            if len(found) == 1:
                named = found[0]
                break
        if named is not None:
            return named, self._resolve_steps(named, steps)[0]
        need = 1 if len(steps) == 1 else 2
        best = None
        for c in self.chains.values():
            resolved, loose = self._resolve_steps(c, steps)
            if len(resolved) < need:
                continue
            rank = (-len(resolved), loose, len(c.links), c.id)
            if best is None or rank < best[0]:
                best = (rank, c, resolved)
        return (best[1], best[2]) if best else None

    @staticmethod
    def _resolve_steps(chain, steps):
        """``({step: canonical}, number of steps resolved only by containment)``."""
        out = {}
        loose = 0
        for s in steps:
            hit = chain._resolve(s)
            if hit is not None:
                out[s] = hit[0]
                loose += hit[1] == 4
        return out, loose


# ---------------------------------------------------------------- loading


def _fail(path, message, where=None):
    raise InputError(message, source=str(path), where=where)


def _string(path, value, what, where=None, *, empty=True):
    if not isinstance(value, str) or (not empty and not value.strip()):
        _fail(path, f"{what} must be a{'' if empty else ' non-empty'} string, not {value!r}", where)
    return value.strip()


def _strings(path, value, what, where=None):
    if not isinstance(value, list):
        _fail(path, f"{what} must be a list of strings, not {value!r}", where)
    return tuple(_string(path, v, what, where, empty=False) for v in value)


def _read_chain(path):
    path = os.fspath(path)
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        _fail(path, f"not valid TOML: {e}")
    except OSError as e:
        _fail(path, f"cannot read: {e.strerror or e}")
    for k in data:
        if k not in _CHAIN_KEYS:
            _fail(path, f"unknown key {k!r}; expected {', '.join(sorted(_CHAIN_KEYS))}")
    for k in _CHAIN_REQUIRED:
        if k not in data:
            _fail(path, f"missing key {k!r}")
    cid = _string(path, data["id"], "id", empty=False)
    stem = os.path.splitext(os.path.basename(path))[0]
    if cid != stem:
        _fail(path, f"id {cid!r} differs from the file name {stem!r}")
    name = _string(path, data["name"], "name", empty=False)
    industry = _string(path, data["industry"], "industry", empty=False)
    en = _string(path, data.get("en", ""), "en")
    aliases = _strings(path, data.get("aliases", []), "aliases")
    raw_links = data["links"]
    if not isinstance(raw_links, list) or not raw_links or not all(isinstance(x, dict) for x in raw_links):
        _fail(path, "links must be a non-empty array of tables ([[links]])")
    table = gbt_table()
    links = {}
    owner = {}  # normalised name or synonym -> link name
    for i, raw in enumerate(raw_links, 1):
        label = repr(raw["name"]) if isinstance(raw.get("name"), str) else f"#{i}"
        where = f"link {label}"
        for k in raw:
            if k not in _LINK_KEYS:
                _fail(path, f"unknown key {k!r}; expected {', '.join(sorted(_LINK_KEYS))}", where)
        for k in _LINK_REQUIRED:
            if k not in raw:
                _fail(path, f"missing key {k!r}", where)
        lname = _string(path, raw["name"], "link name", where, empty=False)
        segment = _string(path, raw["segment"], "segment", where)
        if segment not in SEGMENTS:
            _fail(path, f"unknown segment {segment!r}; expected one of {', '.join(SEGMENTS)}", where)
        gbt = _string(path, raw["gbt"], "gbt", where)
        gbt_name = ""
        if gbt:
            if gbt not in table:
                _fail(path, f"gbt {gbt!r} is not a code of GB/T 4754-2017", where)
            level, gbt_name = table[gbt]
            if level != 4:
                _fail(path, f"gbt {gbt!r} ({gbt_name}) is a {GBT_LEVELS[level]}, not a 4-digit class (小类)", where)
        inputs = _strings(path, raw.get("inputs", []), "inputs", where)
        synonyms = _strings(path, raw.get("synonyms", []), "synonyms", where)
        link_en = _string(path, raw.get("en", ""), "en", where)
        k = _key(lname)
        if k in owner:
            other = owner[k]
            dup = _key(other) == k
            _fail(path, f"duplicate link name {lname!r}" if dup else f"link name {lname!r} is a synonym of {other!r}",
                  where)
        owner[k] = lname
        for s in synonyms:
            sk = _key(s)
            if sk == k:
                continue
            if sk in owner and owner[sk] != lname:
                _fail(path, f"synonym {s!r} is also used by link {owner[sk]!r}", where)
            owner[sk] = lname
        links[lname] = RefLink(lname, segment, inputs, synonyms, gbt, gbt_name, link_en)
    for link in links.values():
        for inp in link.inputs:
            if inp not in links:
                _fail(path, f"input {inp!r} is not a link of this chain", f"link {link.name!r}")
    g = nx.DiGraph()
    g.add_edges_from((i, link.name) for link in links.values() for i in link.inputs)
    try:
        cycle = nx.find_cycle(g)
    except nx.NetworkXNoCycle:
        cycle = None
    if cycle:
        loop = " -> ".join([a for a, _ in cycle] + [cycle[0][0]])
        _fail(path, f"the links form a cycle: {loop}", f"link {cycle[0][1]!r}")
    return RefChain(cid, name, links, en=en, industry=industry, aliases=aliases, source=path)


def chain_files():
    """Paths of the chain files shipped with ChainAtlas, sorted."""
    root = importlib.resources.files("chainatlas.ontology").joinpath("data/chains")
    return sorted(os.fspath(p) for p in root.iterdir() if p.name.endswith(".toml"))


def _expand(paths):
    out = []
    for p in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            out.extend(sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".toml")))
        else:
            out.append(p)
    return out


def _build(files):
    chains = []
    seen = {}
    names = {}
    for f in files:
        c = _read_chain(f)
        if c.id in seen:
            _fail(f, f"chain id {c.id!r} is also used by {seen[c.id]}")
        seen[c.id] = f
        for n in (c.name, *c.aliases):
            k = _key(n)
            if k in names and names[k] != c.id:
                _fail(f, f"chain name or alias {n!r} is also used by the chain {names[k]!r}")
            names[k] = c.id
        chains.append(c)
    return Library(chains)


@functools.lru_cache(maxsize=1)
def _shipped():
    return _build(chain_files())


def load_library(paths=None, *, shipped=True):
    """Load the reference chain library.

    Parameters
    ----------
    paths : path or list of paths, optional
        Further chain files (or directories of ``*.toml``) to load.
    shipped : bool, default True
        Include the chains shipped with ChainAtlas.  With no `paths` the
        shipped library is read once and cached.

    Raises
    ------
    InputError
        A file that cannot be read or fails a check, naming the file and the
        link or value at fault.

    Examples
    --------
    >>> lib = load_library()
    >>> len(lib) >= 30, "silicon-pv" in lib.chains
    (True, True)
    """
    if not paths:
        return _shipped() if shipped else Library([])
    files = (chain_files() if shipped else []) + _expand(paths)
    return _build(files)
