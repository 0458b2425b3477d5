"""neo4j-admin import files: parsed back, they hold every node, edge, alias and assertion of the store."""

import os
import re
import subprocess

import pytest
from click.testing import CliRunner

from chainatlas.cli import cli
from chainatlas.exceptions import InputError
from chainatlas.graph.neo4j_csv import export_neo4j_csv, read_neo4j_csv
from chainatlas.ontology import Kind, Rel
from chainatlas.ontology.mapping import EdgeRecord, NodeRecord

HEADER_FIELD = re.compile(r"^(?:[a-z_]+:ID|:LABEL|:START_ID|:END_ID|:TYPE|[a-z_]+:(?:string|long|double|boolean)(?:\[\])?)$")


def _read_all(out):
    nodes, rels = {}, []
    for f in out.node_files:
        for row in read_neo4j_csv(f, out.array_delimiter):
            assert row["id"] not in nodes
            nodes[row["id"]] = row
    for f in out.relationship_files:
        rels.extend(read_neo4j_csv(f, out.array_delimiter))
    return nodes, rels


def _evidence(store, **key):
    return [(e["doc_id"], e["doc_title"] or "", e["sentence"] or "", -1 if e["start"] is None else e["start"],
             -1 if e["end"] is None else e["end"], -1.0 if e["confidence"] is None else e["confidence"])
            for e in store.evidence(**key)]


def _row_evidence(props):
    if "evidence_docs" not in props:
        return []
    return list(zip(props["evidence_docs"], props["evidence_titles"], props["evidence_sentences"],
                    props["evidence_starts"], props["evidence_ends"], props["evidence_confidences"]))


def _check_round_trip(store, out):
    nodes, rels = _read_all(out)
    assert sorted(nodes) == sorted(n["id"] for n in store.nodes())
    for n in store.nodes():
        row = nodes[n["id"]]
        assert row["label"] == n["kind"] and row["props"]["name"] == n["name"]
        assert row["props"].get("aliases", []) == store.aliases(n["id"])
        assert _row_evidence(row["props"]) == _evidence(store, node_id=n["id"])
        for k, v in n["props"].items():
            if v not in (None, "", []):
                assert row["props"][k] == v, (n["id"], k)
    by_key = {(r["src"], r["type"], r["dst"]): r for r in rels}
    assert len(by_key) == len(rels)
    assert sorted(by_key) == sorted((e["src"], e["rel"], e["dst"]) for e in store.edges())
    for e in store.edges():
        row = by_key[(e["src"], e["rel"], e["dst"])]
        assert _row_evidence(row["props"]) == _evidence(store, edge_id=e["id"])
        for k, v in e["props"].items():
            if v not in (None, "", []):
                assert row["props"][k] == v, (e, k)
    return nodes, rels


def test_corpus_round_trip(corpus_store, tmp_path):
    out = export_neo4j_csv(corpus_store, tmp_path / "csv")
    nodes, rels = _check_round_trip(corpus_store, out)
    assert len(nodes) == sum(corpus_store.stats()["nodes"].values())
    assert len(rels) == sum(corpus_store.stats()["edges"].values())
    assert sum(len(r["props"].get("aliases", [])) for r in nodes.values()) == len(
        corpus_store.read("SELECT DISTINCT node_id, alias FROM aliases"))
    # one file per kind and per relation present
    assert {os.path.basename(f) for f in out.node_files} == {f"nodes_{k}.csv" for k in corpus_store.stats()["nodes"]}
    assert {os.path.basename(f) for f in out.relationship_files} == {
        f"relationships_{r}.csv" for r in corpus_store.stats()["edges"]}


def test_headers_follow_the_neo4j_format(corpus_store, tmp_path):
    out = export_neo4j_csv(corpus_store, tmp_path / "csv")
    for f in out.node_files + out.relationship_files:
        with open(f, encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split(",")
        assert all(HEADER_FIELD.match(h) for h in header), (f, header)
        if "nodes_" in f:
            assert header[:3] == ["id:ID", ":LABEL", "name:string"]
            assert "evidence_sentences:string[]" in header and "evidence_confidences:double[]" in header
        else:
            assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    link_header = open(os.path.join(out.directory, "nodes_Link.csv"), encoding="utf-8").readline()
    assert "aliases:string[]" in link_header and "matching_links:string[]" in link_header


@pytest.fixture
def awkward(store):
    """Names and sentences with commas, quotes, newlines and every candidate array delimiter but one."""
    ev = [{"start": 0, "end": 4, "sentence": 'a, "quoted" sentence;\nwith a line break | and ¦', "confidence": 0.5},
          {"start": None, "end": None, "sentence": None, "confidence": None}]
    nodes = [NodeRecord(Kind.ENTERPRISE, 'Acme, "Inc"', {"roles": ["龙头", "规上"]}, ev, ["Acme;Inc"]),
             NodeRecord(Kind.LINK, "多晶硅", {}, ev[:1]),
             NodeRecord(Kind.PROJECT, "二期\n项目", {"stage": "在建", "year": 2025, "investment": 0.1}, ev)]
    edges = [EdgeRecord("Enterprise:Acme,\"Inc\"", Rel.OPERATES, "Link:多晶硅", {"roles": ["链主"]}, ev),
             EdgeRecord("Project:二期项目", Rel.BUILDS, "Link:多晶硅", {"capacity": 1e-05, "unit": "万吨"}, ev)]
    store.ingest({"id": "doc, \"1\"", "title": 'T, "t"', "sha256": "1"}, nodes, edges)
    return store


def test_quoting_and_delimiters_round_trip(awkward, tmp_path):
    out = export_neo4j_csv(awkward, tmp_path / "csv")
    assert out.array_delimiter == "\x1f"  # | ; ¦ all occur in values
    _check_round_trip(awkward, out)
    assert "--array-delimiter=U+001F" in out.command and "--multiline-fields=true" in out.command
    with pytest.raises(InputError, match="occurs in a value"):
        export_neo4j_csv(awkward, tmp_path / "x", array_delimiter="|")
    with pytest.raises(InputError, match="one character"):
        export_neo4j_csv(awkward, tmp_path / "x", array_delimiter=",")


def test_import_script_and_instructions(corpus_store, tmp_path):
    out = export_neo4j_csv(corpus_store, tmp_path / "csv", database="chainatlas")
    script = open(os.path.join(out.directory, "import.sh"), encoding="utf-8").read()
    doc = open(os.path.join(out.directory, "IMPORT.md"), encoding="utf-8").read()
    assert subprocess.run(["bash", "-n", os.path.join(out.directory, "import.sh")]).returncode == 0
    assert out.command.startswith("neo4j-admin database import full ")
    assert out.command.endswith(" --overwrite-destination chainatlas")
    assert f"--array-delimiter=U+{ord(out.array_delimiter):04X}" in out.command
    for f in out.node_files:
        assert f"--nodes={f}" in out.command and f'--nodes="$HERE/{os.path.basename(f)}"' in script
    for f in out.relationship_files:
        assert f"--relationships={f}" in out.command
    assert "CREATE CONSTRAINT chainatlas_link_id IF NOT EXISTS FOR (n:`Link`) REQUIRE n.id IS UNIQUE;" in doc
    assert "CREATE DATABASE chainatlas;" in doc and "neo4j-admin database import full \\" in doc
    # the script runs the command it documents: a stand-in neo4j-admin records its arguments
    fake = tmp_path / "neo4j-admin"
    fake.write_text('#!/usr/bin/env bash\nprintf "%s\\n" "$@" > "$(dirname "$0")/args"\n')
    fake.chmod(0o755)
    r = subprocess.run(["bash", os.path.join(out.directory, "import.sh")], env={**os.environ, "NEO4J_ADMIN": str(fake)})
    assert r.returncode == 0
    args = (tmp_path / "args").read_text().split("\n")
    assert args[:2] == ["database", "import"] and f"--nodes={out.node_files[0]}" in args and args[-2] == "chainatlas"


def test_export_command(corpus_store, tmp_path):
    r = CliRunner().invoke(cli, ["--db", corpus_store.path, "export", "neo4j-csv", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    assert "import.sh" in r.output and (tmp_path / "out" / "nodes_Link.csv").exists()
    r = CliRunner().invoke(cli, ["--db", corpus_store.path, "export", "neo4j-csv", str(tmp_path / "o2"),
                                 "--array-delimiter", ";;"])
    assert r.exit_code == 1 and r.output.startswith("Error: array delimiter must be one character")
