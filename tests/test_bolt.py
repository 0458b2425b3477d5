"""Push over Bolt (into the session's ArcadeDB engine, through the official driver), the local engine, and
the `push` / `report` commands."""

import os

import psutil
import pytest
from click.testing import CliRunner

from chainatlas.cli import cli
from chainatlas.exceptions import ChainAtlasError, StoreError
from chainatlas.graph import Store
from chainatlas.graph import arcade as arcade_mod
from chainatlas.graph.bolt import connect, push, pushed_counts
from chainatlas.graph.propgraph import MARKER, property_graph
from chainatlas.ontology import Kind, Rel
from chainatlas.ontology.mapping import EdgeRecord, NodeRecord


def _snapshot(engine):
    """Every node and relationship ChainAtlas wrote, with all properties."""
    def work(tx):
        nodes = sorted((r["labels"], r["props"]["id"], sorted(r["props"].items())) for r in tx.run(
            f"MATCH (n) WHERE n.{MARKER} IS NOT NULL RETURN labels(n) AS labels, properties(n) AS props"))
        rels = sorted((r["a"], r["t"], r["b"], sorted(r["props"].items())) for r in tx.run(
            f"MATCH (a)-[r]->(b) WHERE r.{MARKER} IS NOT NULL "
            "RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props"))
        return nodes, rels

    with engine.driver.session(database=engine.database) as s:
        return s.execute_read(work)


def _expected(store):
    pg = property_graph(store)
    nodes = sorted(([n.label], n.id, sorted(n.props.items())) for n in pg.nodes)
    rels = sorted((r.src, r.type, r.dst, sorted(r.props.items())) for r in pg.rels)
    return nodes, rels


def test_push_mirrors_the_store_and_twice_changes_nothing(arcade, corpus_store):
    first = push(corpus_store, arcade.driver, database=arcade.database)
    stats = corpus_store.stats()
    assert first.nodes == sum(stats["nodes"].values()) and first.relationships == sum(stats["edges"].values())
    assert pushed_counts(arcade.driver, database=arcade.database) == {"nodes": stats["nodes"],
                                                                       "relationships": stats["edges"]}
    snap = _snapshot(arcade)
    assert snap == _expected(corpus_store)  # every property, with its type
    second = push(corpus_store, arcade.driver, database=arcade.database, batch_size=37)
    assert (second.deleted_nodes, second.deleted_relationships) == (0, 0) and second.digest == first.digest
    assert _snapshot(arcade) == snap
    assert first.constraints == "neo4j5"


def test_constraints_and_indexes_exist(arcade, corpus_store):
    push(corpus_store, arcade.driver, database=arcade.database)
    with arcade.driver.session(database=arcade.database) as s:
        constraints = {r["name"]: r for r in s.run("SHOW CONSTRAINTS")}
        indexes = {r["name"] for r in s.run("SHOW INDEXES")}
    for k in Kind:
        c = constraints[f"chainatlas_{k.value.lower()}_id"]
        assert c["labelsOrTypes"] == [k.value] and c["properties"] == ["id"] and c["type"] == "UNIQUENESS"
        assert f"chainatlas_{k.value.lower()}_name" in indexes


def _doc(store, doc_id, sha, nodes, edges):
    return store.ingest({"id": doc_id, "title": doc_id, "sha256": sha}, nodes, edges)


def _ev(s):
    return [{"start": 0, "end": len(s), "sentence": s, "confidence": 0.9}]


def test_push_after_reingest_updates_and_removes(arcade, tmp_path):
    st = Store(tmp_path / "s.db")
    a = [NodeRecord(Kind.CHAIN, "甲—乙", {}, _ev("甲—乙")), NodeRecord(Kind.LINK, "甲", {}, _ev("甲")),
         NodeRecord(Kind.LINK, "乙", {}, _ev("乙")), NodeRecord(Kind.PROJECT, "丙项目", {"stage": "谋划"}, _ev("丙"))]
    ea = [EdgeRecord("Chain:甲—乙", Rel.HAS_LINK, "Link:甲", {"position": 0}, _ev("链")),
          EdgeRecord("Chain:甲—乙", Rel.HAS_LINK, "Link:乙", {"position": 1}, _ev("链")),
          EdgeRecord("Project:丙项目", Rel.BUILDS, "Link:乙", {}, _ev("建"))]
    _doc(st, "a", "1", a, ea)
    push(st, arcade.driver, database=arcade.database)
    # a user's own data, without the marker, next to ours
    with arcade.driver.session(database=arcade.database) as s:
        s.run("CREATE (n:Link {id: $id, name: $name})", id="user:1", name="用户的节点").consume()
        s.run("MATCH (a:Link {id: $a}), (b:Link {id: $b}) CREATE (a)-[:FEEDS {note: $n}]->(b)",
              a="Link:甲", b="user:1", n="用户的关系").consume()
    # the document changes: the project moves on, 乙 and its edges are dropped
    a2 = [a[0], a[1], NodeRecord(Kind.PROJECT, "丙项目", {"stage": "在建"}, _ev("丙"))]
    ea2 = [ea[0], EdgeRecord("Project:丙项目", Rel.BUILDS, "Link:甲", {}, _ev("建"))]
    assert _doc(st, "a", "2", a2, ea2).status == "replaced"
    res = push(st, arcade.driver, database=arcade.database)
    assert res.deleted_nodes == 1 and res.deleted_relationships == 2
    nodes, rels = _snapshot(arcade)
    assert [n[1] for n in nodes] == ["Chain:甲—乙", "Link:甲", "Project:丙项目"]
    assert dict(next(n for n in nodes if n[1] == "Project:丙项目")[2])["stage"] == "在建"
    assert [(r[0], r[1], r[2]) for r in rels] == [("Chain:甲—乙", "HAS_LINK", "Link:甲"),
                                                 ("Project:丙项目", "BUILDS", "Link:甲")]
    assert (nodes, rels) == _expected(st)
    with arcade.driver.session(database=arcade.database) as s:
        assert s.run("MATCH (n {id: $id}) RETURN n.name AS name", id="user:1").single()["name"] == "用户的节点"
        assert s.run("MATCH (:Link {id: $a})-[r:FEEDS]->(:Link {id: $b}) RETURN r.note AS note",
                     a="Link:甲", b="user:1").single()["note"] == "用户的关系"
        s.run("MATCH (n {id: $id}) DETACH DELETE n", id="user:1").consume()
    st.close()


def test_progress_reports_every_row(arcade, tmp_path):
    st = Store(tmp_path / "p.db")
    _doc(st, "d", "1", [NodeRecord(Kind.LINK, f"环节{i}", {}, _ev("x")) for i in range(7)],
         [EdgeRecord(f"Link:环节{i}", Rel.FEEDS, f"Link:环节{i + 1}", {}, _ev("y")) for i in range(6)])
    ticks = []
    res = push(st, arcade.driver, database=arcade.database, batch_size=4, progress=ticks.append)
    assert sum(ticks) == 13 and max(ticks) == 4 and res.rows_per_second > 0
    st.close()


def test_bad_server_gives_one_line(arcade):
    with pytest.raises(StoreError, match="authentication failed for user 'root'"):
        connect(arcade.uri, "root", "wrong-password")
    with pytest.raises(StoreError, match="cannot connect"):
        connect(f"bolt://127.0.0.1:{arcade_mod.free_port()}", "neo4j", "x")
    with pytest.raises(StoreError, match="not a Bolt URI"):
        connect("http://127.0.0.1:1", "neo4j", "x")


def test_engine_listens_on_loopback_only(arcade):
    listening = [c for c in psutil.Process(arcade.pid).net_connections(kind="inet") if c.status == "LISTEN"]
    assert listening and all(c.laddr.ip in ("127.0.0.1", "::ffff:127.0.0.1") for c in listening), listening
    assert arcade.uri.startswith("bolt://127.0.0.1:") and len(arcade.password) >= 24


def test_missing_extra_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(arcade_mod, "arcadedb_available", lambda: False)
    with pytest.raises(ChainAtlasError, match=r"pip install 'chainatlas\[arcadedb\]'"):
        arcade_mod.LocalEngine().start()


# ------------------------------------------------------------------------------------------ commands
def test_push_command_takes_the_password_from_the_environment_or_a_prompt(arcade, corpus_store):
    runner = CliRunner()
    args = ["--db", corpus_store.path, "push", "--uri", arcade.uri, "--user", "root", "--database", arcade.database]
    r = runner.invoke(cli, args, env={"NEO4J_PASSWORD": arcade.password})
    assert r.exit_code == 0, r.output
    assert f"pushed {sum(corpus_store.stats()['nodes'].values())} nodes" in r.output
    r = runner.invoke(cli, args, env={"NEO4J_PASSWORD": None}, input=arcade.password + "\n")
    assert r.exit_code == 0, r.output
    assert "removed 0 stale nodes and 0 stale relationships" in r.output
    r = runner.invoke(cli, args, env={"NEO4J_PASSWORD": "wrong"})
    assert r.exit_code == 1 and r.output.strip().splitlines()[-1].startswith("Error: ")
    assert "authentication failed" in r.output
    options = {o for p in cli.commands["push"].params for o in p.opts} | {
        o for p in cli.commands["report"].params for o in p.opts}
    assert not any("pass" in o for o in options)


def test_report_command_on_a_server(arcade, corpus_store):
    runner = CliRunner()
    env = {"NEO4J_PASSWORD": arcade.password}
    push(corpus_store, arcade.driver, database=arcade.database)
    base = ["--db", corpus_store.path, "report"]
    server = ["--uri", arcade.uri, "--user", "root", "--database", arcade.database]
    r = runner.invoke(cli, base)
    assert r.exit_code == 0 and "gaps" in r.output and "--param chain" in r.output
    r = runner.invoke(cli, base + ["plan_targets", "--format", "json"] + server, env=env)
    assert r.exit_code == 0, r.output
    import json

    rows = json.loads(r.output)
    assert len(rows) == len(list(corpus_store.nodes("Target")))
    r = runner.invoke(cli, base + ["pipeline", "--param", "scope=甘州区", "--format", "csv"] + server, env=env)
    assert r.exit_code == 0 and r.output.splitlines()[0] == "stage,year,projects,investment,names"
    for bad, msg in ((["gapz"], "Error: no report 'gapz'"), (["gaps", "--param", "chain=x"], "missing parameter scope"),
                     (["pipeline", "--param", "scope"], "expected NAME=VALUE"),
                     (["pipeline", "--param", "scope=甘州区", "--param", "yr=1"], "no parameter 'yr'")):
        r = runner.invoke(cli, base + bad)
        assert r.exit_code == 1 and msg in r.output and len(r.output.strip().splitlines()) == 1, r.output


def test_report_command_starts_and_stops_a_local_engine(tmp_path, monkeypatch):
    st = Store(tmp_path / "s.db")
    _doc(st, "d", "1", [NodeRecord(Kind.CHAIN, "甲—乙", {}, _ev("甲—乙")), NodeRecord(Kind.LINK, "甲", {}, _ev("甲")),
                        NodeRecord(Kind.REGION, "某县", {}, _ev("某县"))],
         [EdgeRecord("Chain:甲—乙", Rel.HAS_LINK, "Link:甲", {"position": 0, "segment": "上游"}, _ev("链")),
          EdgeRecord("Region:某县", Rel.WANTS, "Link:甲", {}, _ev("招引甲"))])
    st.close()
    started = []
    original = arcade_mod.LocalEngine.start

    def start(self):
        out = original(self)
        started.append((self.pid, self._root))
        return out

    monkeypatch.setattr(arcade_mod.LocalEngine, "start", start)
    r = CliRunner().invoke(cli, ["--db", str(tmp_path / "s.db"), "report", "gaps", "--param", "chain=甲—乙",
                                 "--param", "scope=某县", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "local ArcadeDB engine: started in" in r.output and "招引甲" in r.output and '"wanted"' in r.output
    [(pid, root)] = started
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    assert not os.path.exists(root)
