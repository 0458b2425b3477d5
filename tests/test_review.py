"""Review: uncertain facts, stable IDs, decisions that survive re-ingest."""

import doctest
import json

import pytest
from click.testing import CliRunner

from chainatlas import NotFoundError
from chainatlas.cli import cli
from chainatlas.graph import Store, ingest_extraction
from chainatlas.graph.review import (
    accept, decisions, fact_confidence, find_fact, reject, review_id, review_items, undo,
)
from chainatlas.loaders import extract_rows, extract_text
from chainatlas.ontology import Kind, Rel
from chainatlas.ontology.mapping import EdgeRecord, NodeRecord
from chainatlas.queries import gap_report

FIRM = "Enterprise:甲硅业"
LINK = "Link:工业硅"
OPERATES = (FIRM, "OPERATES", LINK)


def _ev(conf, sentence="s"):
    return [{"start": 0, "end": 1, "sentence": sentence, "confidence": conf}]


def _doc(store, doc_id, sha, firm_conf=0.6, edge_conf=0.5, extra=()):
    """A document asserting 甲硅业 -OPERATES-> 工业硅 and whatever `extra` nodes."""
    nodes = [NodeRecord(Kind.ENTERPRISE, "甲硅业有限公司", {}, _ev(firm_conf, f"{doc_id}: 甲硅业")),
             NodeRecord(Kind.LINK, "工业硅", {}, _ev(0.95)),
             *[NodeRecord(Kind.LINK, n, {}, _ev(0.9)) for n in extra]]
    edges = [EdgeRecord(FIRM, Rel.OPERATES, LINK, {}, _ev(edge_conf, f"{doc_id}: 甲硅业生产工业硅"))]
    return store.ingest({"id": doc_id, "sha256": sha}, nodes, edges)


def test_module_examples_run():
    import chainatlas.graph.review

    res = doctest.testmod(chainatlas.graph.review, optionflags=doctest.ELLIPSIS)
    assert res.failed == 0 and res.attempted > 5


def test_lists_uncertain_facts_with_evidence(store):
    _doc(store, "a", "1")
    items = {i.fact: i for i in review_items(store)}
    assert set(items) == {FIRM, OPERATES}  # 工业硅 (0.95) is certain enough
    f = items[FIRM]
    assert (f.type, f.kind, f.names, f.confidence, f.doc_id, f.sentence) == (
        "node", "Enterprise", ["甲硅业有限公司"], 0.6, "a", "a: 甲硅业")
    e = items[OPERATES]
    assert (e.type, e.kind, e.names, e.confidence) == ("edge", "OPERATES", ["甲硅业有限公司", "工业硅"], 0.5)
    assert [i.fact for i in review_items(store, below=0.55)] == [OPERATES]
    assert [i.fact for i in review_items(store, limit=1)] == [OPERATES]  # least confident first
    assert {i.fact for i in review_items(store, below=1.0)} == {FIRM, OPERATES, LINK}


def test_kind_filter(store):
    _doc(store, "a", "1")
    assert {i.fact for i in review_items(store, kind="Enterprise")} == {FIRM, OPERATES}
    assert {i.fact for i in review_items(store, kind="企业")} == {FIRM, OPERATES}
    assert {i.fact for i in review_items(store, kind="OPERATES")} == {OPERATES}
    assert review_items(store, kind="Park") == []
    from chainatlas import UnknownTermError

    with pytest.raises(UnknownTermError, match="neither a node kind"):
        review_items(store, kind="Firm")


def test_confidence_is_the_max_over_documents(store):
    _doc(store, "a", "1", firm_conf=0.6)
    _doc(store, "b", "1", firm_conf=0.7)
    item = next(i for i in review_items(store) if i.fact == FIRM)
    assert item.confidence == 0.7 and item.doc_id == "b" and item.documents == 2
    _doc(store, "c", "1", firm_conf=0.9)
    assert FIRM not in {i.fact for i in review_items(store)}
    assert fact_confidence(store, FIRM) == 0.9


def test_ids_are_stable_across_re_ingest(store):
    _doc(store, "a", "1")
    before = {i.fact: i.id for i in review_items(store)}
    store.remove_document("a")
    _doc(store, "a", "2", extra=("多晶硅",))  # a changed version, new rowids
    after = {i.fact: i.id for i in review_items(store)}
    assert before == after
    assert after[FIRM] == review_id(FIRM) and after[OPERATES] == review_id(OPERATES)
    assert len(set(after.values())) == len(after)


def test_reject_node_removes_it_and_its_edges_everywhere(store):
    _doc(store, "a", "1")
    fact, _ = reject(store, review_id(FIRM), note="not a firm")
    assert fact == FIRM
    assert not store.has_node(FIRM)
    assert FIRM not in {n["id"] for n in store.nodes()}
    assert not list(store.edges(Rel.OPERATES))
    assert store.find("甲硅业有限公司") == [] and store.find("甲硅业", Kind.ENTERPRISE) == []
    g = store.to_networkx()
    assert FIRM not in g and g.number_of_edges() == 0
    assert store.read("SELECT count(*) FROM assertions WHERE node_id=?", (FIRM,))[0][0] == 0
    assert "Enterprise" not in store.stats()["nodes"]
    assert store.has_node(LINK)  # the other end stays
    assert review_items(store) == []
    assert decisions(store)[0]["decision"] == "reject" and decisions(store)[0]["note"] == "not a firm"


def test_rejected_node_stays_out_on_re_ingest(store):
    _doc(store, "a", "1")
    reject(store, review_id(FIRM))
    _doc(store, "a", "2", firm_conf=0.65, extra=("多晶硅",))  # changed, still asserts the firm
    assert store.has_node("Link:多晶硅")  # the change is taken
    assert not store.has_node(FIRM) and not list(store.edges(Rel.OPERATES))
    _doc(store, "b", "1")  # another document asserts it too
    assert not store.has_node(FIRM) and not list(store.edges(Rel.OPERATES))
    assert store.find("甲硅业有限公司") == []


def test_undo_reject_restores_node_and_edges_at_once(store):
    _doc(store, "a", "1")
    _doc(store, "b", "1", firm_conf=0.7)
    before = store.fingerprint()
    reject(store, review_id(FIRM))
    _, _, old = undo(store, review_id(FIRM))
    assert old == "reject"
    assert store.fingerprint()[:3] == before[:3]  # nodes, edges, aliases
    assert sorted(map(repr, store.fingerprint()[3])) == sorted(map(repr, before[3]))  # assertions


def test_undo_after_re_ingest_restores_what_documents_say_now(store):
    _doc(store, "a", "1")
    reject(store, review_id(FIRM))
    _doc(store, "a", "2", firm_conf=0.65)
    undo(store, review_id(FIRM))
    assert [e["confidence"] for e in store.evidence(node_id=FIRM)] == [0.65]
    assert [e["dst"] for e in store.edges_of(FIRM, "out", [Rel.OPERATES])] == [LINK]
    # the document that asserted it is gone: nothing comes back
    reject(store, review_id(FIRM))
    store.remove_document("a")
    undo(store, review_id(FIRM))
    assert not store.has_node(FIRM)


def test_reject_edge_only(store):
    _doc(store, "a", "1")
    reject(store, review_id(OPERATES))
    assert store.has_node(FIRM) and not list(store.edges(Rel.OPERATES))
    _doc(store, "a", "2")
    assert not list(store.edges(Rel.OPERATES))
    assert [i.fact for i in review_items(store)] == [FIRM]
    undo(store, review_id(OPERATES))
    assert [e["dst"] for e in store.edges_of(FIRM, "out", [Rel.OPERATES])] == [LINK]


def test_edge_held_while_either_end_is_rejected(store):
    _doc(store, "a", "1")
    reject(store, review_id(OPERATES))
    reject(store, review_id(FIRM))
    undo(store, review_id(FIRM))
    assert store.has_node(FIRM) and not list(store.edges(Rel.OPERATES))  # the edge itself is still rejected
    undo(store, review_id(OPERATES))
    assert len(list(store.edges(Rel.OPERATES))) == 1


def test_accept_survives_re_ingest_and_counts_as_certain(store):
    _doc(store, "a", "1")
    fact, _ = accept(store, review_id(OPERATES))
    assert fact == OPERATES
    assert OPERATES not in {i.fact for i in review_items(store)}
    assert fact_confidence(store, OPERATES) == 1.0
    eid = next(store.edges(Rel.OPERATES))["id"]
    assert [e["confidence"] for e in store.evidence(edge_id=eid)] == [1.0]
    assert [e["confidence"] for e in store.edge_evidence_many([eid])[eid]] == [1.0]
    _doc(store, "a", "2", edge_conf=0.3, extra=("多晶硅",))
    assert OPERATES not in {i.fact for i in review_items(store)}
    assert fact_confidence(store, OPERATES) == 1.0
    undo(store, review_id(OPERATES))
    assert fact_confidence(store, OPERATES) == 0.3
    assert OPERATES in {i.fact for i in review_items(store)}


def test_accept_a_rejected_fact_brings_it_back(store):
    _doc(store, "a", "1")
    reject(store, review_id(FIRM))
    accept(store, review_id(FIRM))
    assert store.has_node(FIRM) and fact_confidence(store, FIRM) == 1.0
    assert len(list(store.edges(Rel.OPERATES))) == 1


def test_unknown_ids(store):
    _doc(store, "a", "1")
    with pytest.raises(NotFoundError, match="no fact with review ID"):
        reject(store, "n000000000000")
    with pytest.raises(NotFoundError, match="not a review ID"):
        accept(store, "x12")
    with pytest.raises(NotFoundError, match="no decision"):
        undo(store, review_id(FIRM))
    assert find_fact(store, review_id(FIRM)[:7]) == FIRM  # a unique prefix will do


def test_fingerprint_holds_decisions_and_held_facts_and_a_bad_id_changes_nothing(store):
    _doc(store, "a", "1")
    before = store.fingerprint()
    reject(store, review_id(FIRM))
    after = store.fingerprint()
    decided, held, held_aliases = after[5:]
    assert [d[0] for d in decided] == [FIRM] and decided[0][5] == "reject"
    assert held and all(h[0] == "a" for h in held) and before[5:] == ([], [], [])
    with pytest.raises(NotFoundError):
        reject(store, "n000000000000")
    with pytest.raises(NotFoundError):
        undo(store, review_id(LINK))
    assert store.fingerprint() == after


def test_rejected_firm_leaves_the_gap_report(store):
    plan = "甘州区形成“硅石—工业硅—多晶硅”的产业链。"
    ingest_extraction(store, extract_text(plan, doc_id="plan"), {"id": "plan"})
    rows = [["企业名称", "所在地", "主营产品"], ["甲硅业有限公司", "甘肃省张掖市甘州区", "工业硅"]]
    ingest_extraction(store, extract_rows(rows, doc_id="ent.csv"), {"id": "ent.csv", "sha256": "1"})
    row = {r.name: r for r in gap_report(store, "硅石—工业硅", "甘州区").rows}["工业硅"]
    assert row.status == "present" and row.enterprises
    reject(store, review_id(FIRM))
    rows.append(["乙硅业有限公司", "甘肃省酒泉市肃州区", "多晶硅"])  # a changed list still naming 甲硅业
    ingest_extraction(store, extract_rows(rows, doc_id="ent.csv"), {"id": "ent.csv", "sha256": "2"})
    row = {r.name: r for r in gap_report(store, "硅石—工业硅", "甘州区").rows}["工业硅"]
    assert row.status != "present" and not row.enterprises


def test_unresolved_region_is_listed_whatever_its_confidence(store):
    x = extract_text("xx市推进工业发展,全市依托某某集团等企业。", doc_id="anon")
    assert x.scope.get("unresolved") == "xx市"
    ingest_extraction(store, x, {"id": "anon"})
    items = review_items(store, below=0.0)
    assert [(i.kind, i.names, i.unresolved, i.reason) for i in items] == [("Region", ["xx市"], True, "anonymised")]


# ---------------------------------------------------------------------------- CLI
def _run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def test_cli_review_accept_reject_undo(tmp_path):
    db = tmp_path / "s.db"
    st = Store(db)
    _doc(st, "a", "1")
    st.close()
    r = _run(db, "review", "--format", "json")
    assert r.exit_code == 0, r.output
    listed = {tuple(d["fact"]) if isinstance(d["fact"], list) else d["fact"]: d for d in json.loads(r.output)}
    assert set(listed) == {FIRM, OPERATES}
    assert listed[FIRM]["id"] == review_id(FIRM) and listed[FIRM]["sentence"] == "a: 甲硅业"
    r = _run(db, "review")
    assert r.exit_code == 0 and review_id(FIRM) in r.output
    r = _run(db, "review", "--kind", "OPERATES", "--below", "0.9", "--format", "json")
    assert [d["kind"] for d in json.loads(r.output)] == ["OPERATES"]

    r = _run(db, "review", "reject", review_id(FIRM), "--note", "not a firm")
    assert r.exit_code == 0 and "rejected" in r.output, r.output
    st = Store(db, create=False)
    assert not st.has_node(FIRM) and st.decision(FIRM)["note"] == "not a firm"
    _doc(st, "a", "2")  # re-ingest through the library: still out
    assert not st.has_node(FIRM)
    st.close()

    r = _run(db, "review", "--decided")
    assert review_id(FIRM) in r.output and "reject" in r.output
    r = _run(db, "review", "undo", review_id(FIRM))
    assert r.exit_code == 0 and "undid reject" in r.output
    r = _run(db, "review", "accept", review_id(OPERATES))
    assert r.exit_code == 0, r.output
    st = Store(db, create=False)
    assert st.has_node(FIRM) and st.decision(OPERATES)["decision"] == "accept"
    assert fact_confidence(st, OPERATES) == 1.0
    st.close()


def test_cli_unknown_id_is_one_line(tmp_path):
    db = tmp_path / "s.db"
    Store(db).close()
    for args in (("reject", "n000000000000"), ("accept", "zzz"), ("undo", "e123456789abc")):
        r = _run(db, "review", *args)
        assert r.exit_code == 1
        lines = r.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error:"), r.output
    r = _run(db, "review", "--kind", "Firm")
    assert r.exit_code == 1 and r.output.startswith("Error:") and len(r.output.strip().splitlines()) == 1
