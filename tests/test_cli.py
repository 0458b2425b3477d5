import json
import os
import re

import pytest
from click.testing import CliRunner

from chainatlas.cli import cli
from chainatlas.graph import LIBRARY_DOC_ID, Store

from conftest import EXAMPLES, corpus_file


@pytest.fixture
def runner():
    return CliRunner()


def run(runner, db, *args):
    return runner.invoke(cli, ["--db", str(db), *args])


def _all_commands(group, prefix=""):
    import click

    for name, cmd in group.commands.items():
        yield prefix + name, cmd
        if isinstance(cmd, click.Group):
            yield from _all_commands(cmd, prefix + name + " ")


def test_every_command_is_documented_with_an_example():
    names = []
    for name, cmd in _all_commands(cli):
        names.append(name)
        assert cmd.help and "Example:" in cmd.help, f"chainatlas {name} has no Example in its help"
        example = cmd.help.split("Example:")[1]
        assert "chainatlas" in example and name.split()[-1] in example, name
    assert {"ingest", "gaps", "map", "extract"} <= set(names)


def test_ingest_then_reopen_through_the_library(runner, tmp_path):
    db = tmp_path / "s.db"
    r = run(runner, db, "ingest", corpus_file("000"), os.path.join(EXAMPLES, "enterprises.csv"))
    assert r.exit_code == 0, r.output
    assert "added" in r.output
    st = Store(db, create=False)
    assert st.has_node("Enterprise:河西硅业")
    assert len([d for d in st.documents() if d["id"] != LIBRARY_DOC_ID]) == 2
    r = run(runner, db, "ingest", corpus_file("000"))
    assert "unchanged" in r.output


def test_gaps_json(runner, tmp_path):
    db = tmp_path / "s.db"
    run(runner, db, "ingest", corpus_file("000"))
    r = run(runner, db, "gaps", "--chain", "绿电制绿氢", "--scope", "甘州区", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    names = [x["link"] for x in data["links"]]
    assert {"绿电", "二氧化碳", "绿氢", "绿氨"} <= set(names)
    assert names.index("绿电") < names.index("绿氢") < names.index("绿氨")  # upstream first
    assert all(set(x) >= {"status", "evidence"} for x in data["links"])


def test_gaps_table_prints_status_and_evidence(runner, tmp_path):
    db = tmp_path / "s.db"
    run(runner, db, "ingest", corpus_file("000"))
    r = run(runner, db, "gaps", "--chain", "绿电制绿氢", "--scope", "张掖经开区")
    assert r.exit_code == 0, r.output
    assert "绿氢" in r.output and "张掖中顾" in r.output


def test_show_and_chains(runner, tmp_path):
    db = tmp_path / "s.db"
    run(runner, db, "ingest", corpus_file("001"))
    r = run(runner, db, "chains", "--format", "json")
    # the plan's 煤 is the library's 煤炭
    assert any(c["links"][:2] == ["煤炭", "甲醇"] and c["reference"] for c in json.loads(r.output))
    r = run(runner, db, "show", "华亭工业园区")
    assert r.exit_code == 0 and "LOCATED_IN" in r.output and "evidence" in r.output


def test_map_writes_offline_html(runner, tmp_path):
    db = tmp_path / "s.db"
    run(runner, db, "ingest", corpus_file("000"))
    out = tmp_path / "m.html"
    r = run(runner, db, "map", "--chain", "绿电制绿氢", "--scope", "甘州区", "-o", str(out))
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html and "vis.Network" in html


def test_extract_does_not_touch_the_store(runner, tmp_path):
    db = tmp_path / "s.db"
    r = run(runner, db, "extract", corpus_file("002"))
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert set(data) >= {"chains", "enterprises", "parks", "projects", "regions", "departments", "targets",
                         "wanted_links"}
    assert not db.exists()


@pytest.mark.parametrize("args,needle", [
    (["gaps", "--chain", "绿氢", "--scope", "甘州区"], "no such store"),
    (["ingest", "nope.txt"], "no such file"),
    (["ontology", "--format", "yaml"], "unknown RDF format"),
])
def test_errors_are_one_line_without_traceback(runner, tmp_path, args, needle):
    r = run(runner, tmp_path / "none.db", *args)
    assert r.exit_code != 0
    assert needle in r.output
    assert "Traceback" not in r.output


def test_a_bad_file_does_not_lose_stored_data(runner, tmp_path):
    db = tmp_path / "s.db"
    run(runner, db, "ingest", corpus_file("001"))
    before = Store(db).fingerprint()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    r = run(runner, db, "ingest", str(bad))
    assert r.exit_code == 1 and "bad.txt: the file is empty" in r.output
    assert Store(db).fingerprint() == before


def test_ambiguous_chain_lists_candidates(runner, tmp_path):
    db = tmp_path / "s.db"
    run(runner, db, "ingest", corpus_file("001"))
    r = run(runner, db, "gaps", "--chain", "甲醇", "--scope", "华亭市")
    assert r.exit_code == 1 and re.search(r"matches \d chains: .*煤制甲醇—烯烃", r.output)


def test_demo(runner, tmp_path):
    db = tmp_path / "demo.db"
    out = tmp_path / "demo.html"
    r = run(runner, db, "demo", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert "row 17" in r.output  # the deliberately bad row is reported, not fatal
    assert out.exists()
    st = Store(db, create=False)
    assert len([d for d in st.documents() if d["id"] != LIBRARY_DOC_ID]) == 4


def test_ontology_turtle(runner, tmp_path):
    r = run(runner, tmp_path / "x.db", "ontology", "--format", "turtle")
    assert r.exit_code == 0 and "ca:Enterprise" in r.output
