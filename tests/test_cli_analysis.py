"""The gap-analysis commands end to end: gaps, targets, compare, plan-targets, attract, library."""

import glob
import json
import os

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from chainatlas.cli import cli
from chainatlas.graph import LIBRARY_DOC_ID, Store
from chainatlas.queries.analysis import analyse_chain

from conftest import EXAMPLES, corpus_file


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The bundled examples plus the 甘州区 plan of the corpus, ingested through the CLI."""
    path = tmp_path_factory.mktemp("analysis") / "a.db"
    files = sorted(glob.glob(os.path.join(EXAMPLES, "*.txt")) + glob.glob(os.path.join(EXAMPLES, "*.csv")))
    r = CliRunner().invoke(cli, ["--db", str(path), "ingest", *files, corpus_file("000")])
    assert r.exit_code == 0, r.output
    return path


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def links(data):
    return {row["link"]: row for row in data["links"]}


def test_library_is_stored_and_plan_chains_match_it(db):
    st = Store(db, create=False)
    assert LIBRARY_DOC_ID in {d["id"] for d in st.documents()}
    a = analyse_chain(st, "硅石—工业硅", "甘州区")
    assert a.reference == "光伏产业链"
    # the plan's 拉晶切片 is the library's wafer link, kept as the plan's step name
    wafer = next(r for r in a.links if r.name == "硅片")
    assert wafer.step == "拉晶切片" and wafer.in_plan


def test_silicon_gaps_in_ganzhou_are_the_ones_the_plan_wants(db):
    r = run(db, "gaps", "--chain", "硅石—工业硅", "--scope", "甘州区", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    rows = links(data)
    for name in ("多晶硅", "单晶硅", "硅片", "光伏玻璃"):
        assert rows[name]["rating"] == "空白", name
        assert rows[name]["gap_kind"] in ("延链", "补链", "断点"), name
        assert rows[name]["wanted"] and rows[name]["priority"] == 1, name
    assert rows["工业硅"]["rating"] == "优势"  # 河西硅业 and others, 链主/龙头 in the list
    assert [g["link"] for g in data["gaps"]][:4] == ["光伏玻璃", "多晶硅", "单晶硅", "硅片"] or \
        {g["link"] for g in data["gaps"] if g["priority"] == 1} >= {"多晶硅", "单晶硅", "硅片", "光伏玻璃"}


def test_hydrogen_chain_shows_the_named_projects_at_their_links(db):
    r = run(db, "gaps", "--chain", "绿电—绿氢—绿氨", "--scope", "甘州区", "--format", "json")
    assert r.exit_code == 0, r.output
    rows = links(json.loads(r.output))
    h2 = [p["name"] for p in rows["绿氢"]["projects"]]
    assert any("华能东方" in p for p in h2) and any("凯烁" in p for p in h2)
    assert any("中顾" in p["name"] for p in rows["绿氨"]["projects"])
    assert rows["绿氢"]["rating"] == "优势"


def test_gaps_table_csv_and_xlsx(db, tmp_path):
    r = run(db, "gaps", "--chain", "硅石—工业硅", "--scope", "甘州区")
    assert r.exit_code == 0, r.output
    assert "空白" in r.output and "延链" in r.output and "光伏产业链" in r.output
    r = run(db, "gaps", "--chain", "硅石—工业硅", "--scope", "甘州区", "--format", "csv")
    assert r.output.splitlines()[0].startswith("#,段,环节,评级,缺口,优先级")
    out = tmp_path / "g.xlsx"
    r = run(db, "gaps", "--chain", "硅石—工业硅", "--scope", "甘州区", "--format", "xlsx", "-o", str(out))
    assert r.exit_code == 0, r.output
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]][:4] == ["#", "段", "环节", "评级"]
    assert ws.max_row > 5
    r = run(db, "gaps", "--chain", "硅石—工业硅", "--scope", "甘州区", "--format", "xlsx")
    assert r.exit_code != 0 and "-o" in r.output


def test_targets_rank_neighbouring_leaders_for_polysilicon(db):
    r = run(db, "targets", "--chain", "硅石—工业硅", "--scope", "甘州区", "--link", "多晶硅", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    cands = data[0]["candidates"]
    names = [c["enterprise"] for c in cands]
    assert set(names[:3]) == {"亚洲硅业", "新特能源", "通威高纯晶硅"}
    assert all("邻省" in " ".join(c["reasons"]) for c in cands[:3])
    assert not any("河西硅业" in n for n in names)  # inside the scope: not a target
    r = run(db, "targets", "--chain", "硅石—工业硅", "--scope", "甘州区", "--link", "不存在的环节")
    assert r.exit_code == 1 and r.output.startswith("Error:") and "not a link" in r.output


def test_targets_for_every_gap_in_priority_order(db):
    r = run(db, "targets", "--chain", "硅石—工业硅", "--scope", "甘州区", "--limit", "2", "--format", "json")
    data = json.loads(r.output)
    prios = [g["priority"] for g in data]
    assert prios == sorted(prios)
    assert all(len(g["candidates"]) <= 2 for g in data)
    wafer = next(g for g in data if g["link"] == "硅片")
    assert {c["enterprise"] for c in wafer["candidates"]} & {"晶能硅材料", "隆基绿能", "中环晶体"}


def test_compare_within_a_city_and_complementarity(db):
    r = run(db, "compare", "--chain", "光伏", "--scopes", "甘州区,金昌市,武威市", "--focus", "甘州区",
            "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["matrix"]["金昌市"]["硅片"] != "空白"
    assert data["matrix"]["甘州区"]["工业硅"] == "优势"
    comp = {g["link"]: dict(g["covered_by"]) for g in data["complementarity"]}
    assert "金昌市" in comp["硅片"] and "武威市" in comp["光伏玻璃"]
    r = run(db, "compare", "--chain", "光伏", "--within", "张掖市")
    assert r.exit_code == 0, r.output
    assert "甘州区" in r.output and "完整度" in r.output


def test_plan_targets_from_the_corpus_plan(db):
    r = run(db, "plan-targets", "--scope", "甘州区", "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert rows and all(r["sources"] for r in rows)
    assert {"expected", "goal"} & {r["kind"] for r in rows}


def test_attract_writes_one_sheet_per_chain(db, tmp_path):
    out = tmp_path / "招商清单.xlsx"
    r = run(db, "attract", "--scope", "甘州区", "-o", str(out))
    assert r.exit_code == 0, r.output
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "总览"
    assert len(wb.sheetnames) >= 3
    overview = [[c.value for c in row] for row in wb["总览"].iter_rows(min_row=2)]
    assert all(row[-1] in wb.sheetnames for row in overview)
    silicon = next(row for row in overview if row[1] == "光伏产业链")
    ws = wb[silicon[-1]]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["环节", "缺口类型", "优先级"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    poly = [row for row in rows if row[0] == "多晶硅"]
    assert poly and poly[0][header.index("候选企业")] in {"亚洲硅业", "新特能源", "通威高纯晶硅"}
    assert poly[0][header.index("理由")]


def test_library_command_lists_and_shows(db):
    r = run(db, "library")
    assert r.exit_code == 0 and "光伏产业链" in r.output
    r = run(db, "library", "光伏", "--format", "json")
    data = json.loads(r.output)
    assert any(link["name"] == "多晶硅" and link["gbt"] for link in data["links"])
    r = run(db, "library", "没有这条链")
    assert r.exit_code == 1 and r.output.startswith("Error:")


def test_a_command_reads_one_state_while_another_connection_commits(tmp_path, monkeypatch):
    """`targets` is analyse_chain and then rank_targets per gap: a commit landing between them must not show."""
    import chainatlas.queries.targets as qt
    from chainatlas.ontology.mapping import EdgeRecord, NodeRecord
    from chainatlas.ontology.vocab import Kind, Rel
    from test_analysis import build, ev

    path = tmp_path / "c.db"
    st = Store(path)
    build(st, inside_middle=False)
    st.close()
    args = ["targets", "--chain", "测试链", "--scope", "甘州区", "--format", "json"]
    before = run(path, *args)
    assert before.exit_code == 0, before.output
    real, late = qt.scope_places, []

    def commit_then_read(store, scope_id):
        if not late:  # another process ingests a firm at the gap link, after the analysis has been read
            other = Store(path, create=False)
            n = NodeRecord(Kind.ENTERPRISE, "兰州后来", {"roles": ["链主"]}, ev())
            other.ingest({"id": "late"}, [n], [EdgeRecord(n.id, Rel.LOCATED_IN, "Region:兰州市", {}, ev()),
                                               EdgeRecord(n.id, Rel.OPERATES, "Link:中间", {}, ev())])
            other.close()
            late.append(n.id)
        return real(store, scope_id)

    monkeypatch.setattr(qt, "scope_places", commit_then_read)
    during = run(path, *args)
    assert late and during.exit_code == 0, during.output
    assert json.loads(during.output) == json.loads(before.output)
    monkeypatch.undo()
    assert "兰州后来" in run(path, *args).output  # the commit is there for the next command
