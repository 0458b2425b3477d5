"""Crash safety and concurrent readers.

- kill -9 at random points of an ingest (a new document, and a new version of
  one): the store opens afterwards, passes SQLite's integrity check and
  equals its state before the interrupted ingest, or after it when the kill
  came after COMMIT; nothing else.
- kill -9 at random points of a push to the local ArcadeDB engine: the store
  is untouched, and pushing again converges to the counts of a clean push.
- Readers (gap reports, chain analysis, chain map, stats, the property graph
  a report or export reads) keep working while another process ingests, and
  each result is one of the consistent states.

The children are forked processes (``multiprocessing`` with the fork start
method), so that each of the many runs costs milliseconds, not an interpreter
start-up; each opens its own store and is killed with SIGKILL.
"""

import hashlib
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time

import pytest

from chainatlas.graph import Store, ingest_library
from chainatlas.ontology.library import load_library
from chainatlas.ontology.mapping import EdgeRecord
from chainatlas.queries import gap_report
from chainatlas.queries.analysis import analyse_chain

from conftest import bench_module

gen = bench_module("generate")

FORK = multiprocessing.get_context("fork")
KILLS = 10  # per kind of ingest: 20 kills in all


def _sizes(enterprises):
    return gen.Sizes(provinces=1, enterprises=enterprises, projects=0, chains=len(load_library()) + 4,
                     links=sum(len(c) for c in load_library()) + 60, parks=10)


def _build(path, small_path, enterprises, seed=11):
    """A store with the library, chains, regions and parks of a small world; returns its enterprise list doc.

    `small_path` gets the regions and parks only (for pushes, which are slow on the local engine).
    """
    st, small = Store(path), Store(small_path)
    ingest_library(st)
    big = None
    for doc in gen.World(seed, _sizes(enterprises)).documents():
        if doc.id.startswith("enterprises:"):
            big = doc
            break
        doc.ingest(st)
        if doc.id.startswith(("regions:", "parks:")):
            doc.ingest(small)
    st.close()  # the last connection checkpoints the WAL into the file: a plain copy is the whole store
    small.close()
    return big


def _records(doc, keep=lambda i: True, tag=""):
    """The document's (meta, nodes, edges); `keep` picks enterprises by position (a new version drops some)."""
    firms = [nid for nid in doc.nodes if nid.startswith("Enterprise:")]
    dropped = {nid for i, nid in enumerate(firms) if not keep(i)}
    nodes = [n for nid, n in doc.nodes.items() if nid not in dropped]
    edges = [EdgeRecord(e.src, e.rel, e.dst, dict(e.props, **({"note": tag} if tag else {})), e.evidence)
             for e in doc.edges.values() if e.src not in dropped]
    meta = doc.meta()
    meta["sha256"] = hashlib.sha256((meta["sha256"] + tag).encode()).hexdigest()
    return meta, nodes, edges


def _digest(path):
    st = Store(path, create=False)
    try:
        return hashlib.sha256(repr(st.fingerprint()).encode()).hexdigest()
    finally:
        st.close()


def _integrity(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def _ingest_child(path, records, ready):
    st = Store(path, create=False)
    ready.set()
    st.ingest(*records)
    st.close()
    os._exit(0)


def _ingest_killed(path, records, delay):
    """Run the ingest in a child and SIGKILL it `delay` seconds after it starts writing (None: let it finish)."""
    ready = FORK.Event()
    child = FORK.Process(target=_ingest_child, args=(path, records, ready))
    t0 = time.perf_counter()
    child.start()
    assert ready.wait(60), "the child never started"
    t1 = time.perf_counter()
    if delay is None:
        child.join(120)
    else:
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.join(30)
    return child.exitcode, time.perf_counter() - t1, t1 - t0


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    d = tmp_path_factory.mktemp("crash")
    base, small = str(d / "base.db"), str(d / "small.db")
    doc = _build(base, small, 400)
    v1 = _records(doc)
    v2 = _records(doc, keep=lambda i: i % 3 != 0, tag="v2")
    with_v1 = str(d / "with_v1.db")
    shutil.copy(base, with_v1)
    st = Store(with_v1, create=False)
    st.ingest(*v1)
    st.close()
    return d, base, with_v1, v1, v2, small


@pytest.mark.parametrize("case", ["new document", "new version"])
def test_kill_during_ingest_leaves_before_or_after(world, case):
    d, base, with_v1, v1, v2, _ = world
    start, records = (base, v1) if case == "new document" else (with_v1, v2)
    before = _digest(start)
    # one undisturbed run: the state after, and how long the write takes
    done = str(d / f"done-{case}.db")
    shutil.copy(start, done)
    code, took, _ = _ingest_killed(done, records, None)
    assert code == 0
    after = _digest(done)
    assert after != before
    rng = random.Random(1234 if case == "new document" else 4321)
    outcomes = []
    for i in range(KILLS):
        path = str(d / f"kill-{case}-{i}.db")
        shutil.copy(start, path)
        delay = rng.uniform(0, took * 1.25)
        code, _, _ = _ingest_killed(path, records, delay)
        assert _integrity(path) == "ok"
        got = _digest(path)
        assert got in (before, after), f"kill {i} after {delay:.3f} s left a third state"
        outcomes.append("before" if got == before else "after")
        if code == -signal.SIGKILL and got == before and outcomes.count("before") == 1:
            # the interrupted ingest is simply redone, and gives the state after
            st = Store(path, create=False)
            st.ingest(*records)
            st.close()
            assert _digest(path) == after
        for f in (path, path + "-wal", path + "-shm"):
            if os.path.exists(f):
                os.remove(f)
    assert "before" in outcomes, f"no kill interrupted the ingest ({took:.3f} s): {outcomes}"


# ---------------------------------------------------------------- push to the local engine


def _push_child(path, uri, user, password, database, ready):
    from chainatlas.graph.bolt import connect, push

    st = Store(path, create=False)
    driver = connect(uri, user, password, database=database)
    ready.set()
    push(st, driver, database=database, batch_size=20)
    os._exit(0)


def test_kill_during_push_leaves_the_store_alone_and_a_new_push_converges(world, arcade):
    from chainatlas.graph.bolt import push, pushed_counts

    d, _, _, _, _, path = world
    before = _digest(path)
    st = Store(path, create=False)
    t = time.perf_counter()
    push(st, arcade.driver, database=arcade.database, batch_size=20)
    took = time.perf_counter() - t
    expected = pushed_counts(arcade.driver, database=arcade.database)
    assert expected["nodes"] == {k: n for k, n in st.stats()["nodes"].items()}
    rng = random.Random(99)
    for i in range(3):
        ready = FORK.Event()
        child = FORK.Process(target=_push_child, args=(path, arcade.uri, arcade.user, arcade.password,
                                                       arcade.database, ready))
        child.start()
        assert ready.wait(60)
        time.sleep(rng.uniform(0, took))
        os.kill(child.pid, signal.SIGKILL)
        child.join(30)
        assert _integrity(path) == "ok"
        assert _digest(path) == before, "a push changed the store"
        push(st, arcade.driver, database=arcade.database)
        assert pushed_counts(arcade.driver, database=arcade.database) == expected
    st.close()


# ---------------------------------------------------------------- readers while another process ingests


def _writer(path, versions, stop, count):
    st = Store(path, create=False)
    i = 0
    while not stop.is_set() and i < 400:
        st.ingest(*versions[i % len(versions)])
        i += 1
        count.value = i
    st.close()
    os._exit(0)


def _reads(st, chains, scope, graph=True):
    from chainatlas.graph.propgraph import property_graph
    from chainatlas.viz.chainmap import chain_map_data, chain_map_html

    out = {f"gaps {c}": gap_report(st, c, scope).as_dict() for c in chains}  # each report is one snapshot
    out["stats"] = st.stats()
    with st.snapshot():
        out["analysis"] = analyse_chain(st, chains[0], scope).as_dict()
    with st.snapshot():
        out["map"] = chain_map_data(st, chains[0], scope)
    with st.snapshot():
        html = chain_map_html(st, chains[0], scope)
        out["map_html"] = hashlib.sha256(html.encode()).hexdigest()
    if graph:  # what a Cypher report or an export reads from the store (about a second: once per round)
        with st.snapshot():
            out["graph"] = property_graph(st).digest
    return out


def test_readers_keep_working_while_another_process_ingests(world):
    d, _, with_v1, v1, v2, _ = world
    path = str(d / "readers.db")
    shutil.copy(with_v1, path)
    st = Store(path, create=False)
    scope = st.read("SELECT dst, count(*) c FROM edges WHERE rel = 'LOCATED_IN' AND src LIKE 'Enterprise:%'"
                    " AND dst LIKE 'Region:%' GROUP BY dst ORDER BY c DESC, dst LIMIT 1")[0][0]
    chains = [r[0] for r in st.read(
        "SELECT DISTINCT h.src FROM edges l JOIN edges o ON o.src = l.src AND o.rel = 'OPERATES'"
        " JOIN edges h ON h.dst = o.dst AND h.rel = 'HAS_LINK' WHERE l.rel = 'LOCATED_IN' AND l.dst = ?"
        " ORDER BY h.src LIMIT 2", (scope,))]
    # edges v2 drops come back with new ids when v1 returns, so the states are those after one round
    st.ingest(*v2)
    st.ingest(*v1)
    state_v1 = _reads(st, chains, scope)
    st.ingest(*v2)
    state_v2 = _reads(st, chains, scope)
    assert all(state_v1[k] != state_v2[k] for k in state_v1 if k != "map_html"), \
        "the two versions must differ in every read for the test to tell them apart"
    states = {"v1": state_v1, "v2": state_v2}
    st.ingest(*v1)
    assert _reads(st, chains, scope) == state_v1
    stop, count = FORK.Event(), FORK.Value("i", 0)
    child = FORK.Process(target=_writer, args=(path, [v2, v1], stop, count))
    child.start()
    seen = []
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (len(set(seen)) < 2 or count.value < 3 or len(seen) < 6):
            # a long-lived store (a server) and a fresh one per request (the command line)
            for reader in (st, None):
                r = reader or Store(path, create=False)
                got = _reads(r, chains, scope, graph=reader is not None)
                if reader is None:
                    r.close()
                for part in got:
                    match = [k for k, s in states.items() if s[part] == got[part]]
                    assert match, f"{part} read a state that is neither version"
                seen.append(match[0])
    finally:
        stop.set()
        child.join(60)
        st.close()
    assert child.exitcode == 0
    assert count.value >= 3, "the writer did not get to write while the readers read"
    assert set(seen) == {"v1", "v2"}, f"the readers saw only {set(seen)} in {len(seen)} reads"
