import sqlite3

import pytest

from chainatlas import StoreError
from chainatlas.graph import Store, ingest_extraction, ingest_file
from chainatlas.loaders import extract_text
from chainatlas.ontology import Kind, Rel
from chainatlas.ontology.mapping import EdgeRecord, NodeRecord

PLAN_A = "甘州区形成“工业硅—多晶硅—拉晶切片”的产业链。依托河西硅业、黑河水电等龙头企业。"
PLAN_B = "华亭市形成“煤制甲醇—烯烃—化工新材料”的产业链。"


def _ingest(store, text, doc_id, sha):
    return ingest_extraction(store, extract_text(text, doc_id=doc_id), {"id": doc_id, "sha256": sha})


def test_ingest_twice_changes_nothing(store):
    assert _ingest(store, PLAN_A, "a", "1").status == "added"
    before = store.fingerprint()
    assert _ingest(store, PLAN_A, "a", "1").status == "unchanged"
    assert store.fingerprint() == before


def test_same_file_twice(store, tmp_path):
    f = tmp_path / "plan.txt"
    f.write_text(PLAN_A, encoding="utf-8")
    ingest_file(store, f)
    before = store.fingerprint()
    r, _ = ingest_file(store, f)
    assert r.status == "unchanged" and store.fingerprint() == before


def test_new_version_replaces_its_facts_and_keeps_others(store):
    _ingest(store, PLAN_A, "a", "1")
    _ingest(store, PLAN_B, "b", "1")
    assert store.has_node("Link:硅片")  # 拉晶切片, under its library name
    r = _ingest(store, "甘州区形成“工业硅—多晶硅—单晶硅”的产业链。", "a", "2")
    assert r.status == "replaced"
    assert not store.has_node("Link:硅片")  # only version 1 of 'a' said it
    assert not store.has_node("Enterprise:河西硅业")
    assert store.has_node("Link:单晶硅")
    assert store.has_node("Chain:煤制甲醇—烯烃—化工新材料")  # 'b' untouched
    # a fact two documents assert keeps both
    _ingest(store, "甘州区形成“工业硅—多晶硅”的产业链。", "c", "1")
    docs = {e["doc_id"] for e in store.evidence(node_id="Link:多晶硅")}
    assert docs == {"a", "c"}


def test_failing_ingest_leaves_store_exactly_as_it_was(store):
    _ingest(store, PLAN_A, "a", "1")
    before = store.fingerprint()
    ev = [{"start": 0, "end": 1, "sentence": "x", "confidence": 1.0}]
    good = NodeRecord(Kind.LINK, "新环节", {}, ev)
    bad_edge = EdgeRecord("Link:新环节", Rel.FEEDS, "Link:不存在的环节", {}, ev)
    with pytest.raises(StoreError):
        store.ingest({"id": "a", "sha256": "2"}, [good], [bad_edge])
    assert store.fingerprint() == before
    with pytest.raises(StoreError):
        store.ingest({"id": "new", "sha256": "1"}, [good], [bad_edge])
    assert store.fingerprint() == before


def test_failure_in_the_middle_of_writing_rolls_back(store, monkeypatch):
    _ingest(store, PLAN_A, "a", "1")
    before = store.fingerprint()

    def boom(*a, **k):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(Store, "_refresh", boom)
    with pytest.raises(RuntimeError):
        _ingest(store, PLAN_B, "b", "1")
    monkeypatch.undo()
    assert store.fingerprint() == before


def test_reopen_sees_committed_data(tmp_path):
    p = tmp_path / "s.db"
    st = Store(p)
    _ingest(st, PLAN_A, "a", "1")
    st.close()
    st2 = Store(p, create=False)
    assert st2.has_node("Chain:工业硅—多晶硅—拉晶切片")


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "nope.db", create=False)


def test_not_a_database(tmp_path):
    p = tmp_path / "junk.db"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(p)


def test_remove_document(store):
    _ingest(store, PLAN_A, "a", "1")
    _ingest(store, PLAN_B, "b", "1")
    store.remove_document("a")
    assert not store.has_node("Link:多晶硅")
    assert store.has_node("Link:烯烃")
    assert [d["id"] for d in store.documents()] == ["b"]


def test_networkx_view(store):
    _ingest(store, PLAN_A, "a", "1")
    g = store.to_networkx()
    assert g.nodes["Link:多晶硅"]["kind"] == "Link"
    assert g.has_edge("Link:工业硅", "Link:多晶硅", key="FEEDS")
    assert g.number_of_nodes() == sum(store.stats()["nodes"].values())


def test_writes_are_row_level(tmp_path):
    """The store is plain SQLite tables keyed per fact, not a file rewritten per ingest."""
    p = tmp_path / "s.db"
    st = Store(p)
    _ingest(st, PLAN_A, "a", "1")
    con = sqlite3.connect(p)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"nodes", "edges", "assertions", "documents", "aliases"} <= tables
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
