"""Every input format ChainAtlas reads, and every kind of file it refuses.

Fixtures are generated here (python-docx, reportlab, zipfile), never committed.
"""

import io
import random
import zipfile

import pytest
from click.testing import CliRunner

from chainatlas import InputError
from chainatlas.cli import cli
from chainatlas.graph import Store, ingest_file
from chainatlas.loaders import decode_text, load_file

from conftest import corpus_file

# a short plan written for these tests (not from the corpus)
PLAN = """甘州区硅光伏产业发展行动方案
一、总体思路
依托张掖经开区循环经济示范园，围绕硅产业，形成“工业硅—多晶硅—拉晶切片—光伏组件”的产业链。
支持河西硅业、巨龙铁合金等龙头企业做大做强。
二、重点项目
加快推进河西硅业20万吨硅系新材料综合利用二期、巨龙铁合金4万吨高纯硅铁技改等项目建设。
到2025年，全区硅光伏产业产值达到60亿元。
"""
CHAIN = ["工业硅", "多晶硅", "拉晶切片", "光伏组件"]
ENTERPRISE_HEADER = ["企业名称", "简称", "所在园区", "所在地", "主营产品"]
ENTERPRISE_ROWS = [
    ["甘肃河西硅业有限责任公司", "河西硅业", "张掖经开区循环经济示范园", "甘肃省张掖市甘州区", "工业硅、微硅粉"],
    ["张掖巨龙铁合金有限责任公司", "巨龙铁合金", "张掖经开区循环经济示范园", "甘肃省张掖市甘州区", "硅铁、工业硅"],
]
PROJECT_HEADER = ["项目名称", "建设单位", "建设内容及规模", "总投资（亿元）", "建设阶段"]
PROJECT_ROWS = [
    ["河西硅业20万吨硅系新材料综合利用二期", "甘肃河西硅业有限责任公司", "年产20万吨硅系新材料", "32", "在建"],
    ["巨龙铁合金4万吨高纯硅铁技改", "张掖巨龙铁合金有限责任公司", "新增年产4万吨高纯硅铁", "3.6", "开工"],
]


def _chains(x):
    return [c["steps"] for c in x.chains]


def _names(records):
    """Names and aliases (a firm's short name may be kept as an alias of its legal name)."""
    return {n for r in records for n in [r["name"], r.get("full_name"), *(r.get("aliases") or ())] if n}


def _comparable(x):
    d = x.to_json()
    d["document"] = {k: v for k, v in d["document"].items() if k != "id"}
    return d


def _assert_plan(x):
    assert CHAIN in _chains(x)
    assert {"张掖经开区", "张掖经开区循环经济示范园"} <= _names(x.parks)
    assert {"河西硅业", "巨龙铁合金"} <= _names(x.enterprises)
    assert "河西硅业20万吨硅系新材料综合利用二期" in _names(x.projects)
    assert x.scope.get("region") == "甘州区"


def _error(path, **kw):
    with pytest.raises(InputError) as e:
        load_file(path, **kw)
    msg = str(e.value)
    assert str(path) in msg and "\n" not in msg
    return msg


# ----------------------------------------------------------------------------- plain text

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_the_same_plan_in_every_encoding_gives_the_same_extraction(tmp_path, encoding):
    ref = tmp_path / "ref.txt"
    ref.write_bytes(PLAN.encode("utf-8"))
    f = tmp_path / f"plan-{encoding}.txt"
    f.write_bytes(PLAN.encode(encoding))
    x, meta = load_file(f)
    _assert_plan(x)
    assert _comparable(x) == _comparable(load_file(ref)[0])
    assert meta["format"] == "txt"


def test_gb18030_characters_outside_gbk(tmp_path):
    text = PLAN + "䶮龙硅材料公司落户张掖经开区。\n"  # 䶮 (U+4DAE) has no GBK code
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    f = tmp_path / "plan.txt"
    f.write_bytes(text.encode("gb18030"))
    x, _ = load_file(f)
    assert "䶮龙硅材料公司" in x.text
    _assert_plan(x)


def test_short_gbk_lines_are_not_mistaken_for_another_encoding():
    # charset detectors guess cp949 or UTF-16 for a few GBK characters; the text must still read as written
    for s in ("甘州区", "绿电制绿氢", "工业硅多晶硅", "张掖经开区", "招商引资"):
        assert decode_text(s.encode("gbk"), "s.txt") == s


def test_big5_text_is_not_read_as_gbk():
    s = "甘州區工業矽產業鏈發展規劃，形成多晶矽與單晶矽產業集群。"
    assert decode_text(s.encode("big5"), "t.txt") == s


def test_corpus_document_as_gbk_reads_like_utf8(tmp_path):
    raw = open(corpus_file("001"), encoding="utf-8").read()
    f = tmp_path / "huating-gbk.txt"
    f.write_bytes(raw.encode("gb18030"))
    assert _comparable(load_file(f)[0]) == _comparable(load_file(corpus_file("001"))[0])


# ----------------------------------------------------------------------------- .docx

def _make_docx(path, with_title_row=False):
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "页眉形成“甲醇—乙醇—丙醇”的产业链"
    d.sections[0].footer.paragraphs[0].text = "第1页"
    d.add_heading("甘州区硅光伏产业发展行动方案", 1)
    for line in PLAN.splitlines()[1:4]:
        d.add_paragraph(line)
    d.add_paragraph("附表1 重点企业名录")
    t = d.add_table(rows=0, cols=len(ENTERPRISE_HEADER))
    for row in [ENTERPRISE_HEADER] + ENTERPRISE_ROWS:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    d.add_paragraph("附表2 重点项目清单")
    t = d.add_table(rows=0, cols=len(PROJECT_HEADER))
    if with_title_row:  # a merged title row above the header
        cells = t.add_row().cells
        cells[0].merge(cells[-1]).text = "2025年重点项目清单"
    for row in [PROJECT_HEADER] + PROJECT_ROWS:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    d.add_paragraph(PLAN.splitlines()[-1])
    d.save(path)
    return path


@pytest.mark.parametrize("with_title_row", [False, True])
def test_docx_paragraphs_and_list_tables(tmp_path, with_title_row):
    x, meta = load_file(_make_docx(tmp_path / "plan.docx", with_title_row))
    assert meta["format"] == "docx" and x.title == "甘州区硅光伏产业发展行动方案"
    assert CHAIN in _chains(x)
    assert "张掖经开区循环经济示范园" in _names(x.parks)
    assert "甲醇" not in x.text and "第1页" not in x.text  # headers and footers are left out
    # document order: the chain paragraph, the enterprise table, the project table, the closing target
    order = [x.text.index(s) for s in ("工业硅—多晶硅", "甘肃河西硅业有限责任公司\t", "河西硅业20万吨硅系新材料综合利用二期\t",
                                       "产值达到60亿元")]
    assert order == sorted(order)
    ents = {e["name"]: e for e in x.enterprises if e.get("full_name")}  # the rows of the enterprise table
    assert ents["河西硅业"]["full_name"] == "甘肃河西硅业有限责任公司"
    assert ents["河西硅业"]["region"] == "甘州区" and ents["河西硅业"]["products"] == ["工业硅", "微硅粉"]
    projects = {p["name"]: p for p in x.projects if p.get("investment") is not None}
    p = projects["河西硅业20万吨硅系新材料综合利用二期"]
    assert p["investment"] == 32.0 and p["stage"] == "在建" and p["enterprise"] == "甘肃河西硅业有限责任公司"
    assert projects["巨龙铁合金4万吨高纯硅铁技改"]["investment"] == 3.6
    # a table row's evidence: the row's line in the cleaned text, and the table and row in words
    ev = ents["巨龙铁合金"]["evidence"][0]
    assert x.text[ev["start"]:ev["end"]].split("\t") == ENTERPRISE_ROWS[1]
    assert ev["sentence"].startswith("表1第3行")
    ev = p["evidence"][0]
    assert x.text[ev["start"]:ev["end"]].split("\t")[0] == PROJECT_ROWS[0][0]
    assert ev["sentence"].startswith("表2第2行")
    assert x.problems == []


def test_docx_table_rows_stay_apart(tmp_path):
    # a long last row must not run into the next paragraph (the cleaner joins long unfinished lines)
    x, _ = load_file(_make_docx(tmp_path / "plan.docx"))
    assert "微硅粉\n" not in x.text
    line = next(ln for ln in x.text.splitlines() if ln.startswith("张掖巨龙铁合金有限责任公司"))
    assert line.endswith("硅铁、工业硅;")
    assert not any("工业硅附表" in e["name"] or "技改到" in e["name"] for e in x.enterprises)


def test_docx_bad_row_is_reported_with_table_and_row(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("重点项目")
    t = d.add_table(rows=0, cols=3)
    for row in [["项目名称", "总投资（亿元）", "建设阶段"], ["甲项目", "十亿", "在建"], ["乙项目", "2", "在建"]]:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    d.save(tmp_path / "p.docx")
    x, _ = load_file(tmp_path / "p.docx")
    assert [p["name"] for p in x.projects if p.get("investment")] == ["乙项目"]
    assert len(x.problems) == 1 and "table 1, row 2" in x.problems[0] and "'十亿'" in x.problems[0]


def _zip(path, members, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members.items():
            if isinstance(data, int):  # that many zero bytes, written in chunks
                with z.open(name, "w") as f:
                    for _ in range(data // (1 << 20)):
                        f.write(bytes(1 << 20))
            else:
                z.writestr(name, data)
    return path


def test_zip_bomb_named_docx_is_refused_without_inflating(tmp_path, monkeypatch):
    bomb = _zip(tmp_path / "bomb.docx", {"[Content_Types].xml": "<Types/>", "word/document.xml": 32 << 20})
    assert bomb.stat().st_size < 200_000

    def no_inflating(*a, **k):
        raise AssertionError("a zip member was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_inflating)
    msg = _error(bomb)
    assert "zip bomb" in msg and "word/document.xml" in msg


def test_docx_unpacking_past_the_size_limit_is_refused(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("甘州区硅光伏产业" * 20000)  # ~500 KB of XML that packs well below the ratio limit
    d.save(tmp_path / "big.docx")
    size = (tmp_path / "big.docx").stat().st_size
    msg = _error(tmp_path / "big.docx", max_bytes=size + 1000)
    assert "would unpack to" in msg and "zip bomb" in msg
    load_file(tmp_path / "big.docx", max_bytes=10 * 1024 * 1024)  # within the limit it reads


@pytest.mark.parametrize("content,needle", [
    (PLAN.encode("utf-8"), "is not a .docx file: it is text"),
    (b"%PDF-1.4\n%...", "it is a PDF file"),
    (b"PK\x03\x04" + bytes(100), "not a readable zip archive"),
])
def test_a_docx_that_is_not_a_docx(tmp_path, content, needle):
    f = tmp_path / "plan.docx"
    f.write_bytes(content)
    assert needle in _error(f)


def test_a_zip_that_is_not_a_word_document(tmp_path):
    f = _zip(tmp_path / "x.docx", {"readme.txt": "甘州区"})
    assert "has no word/document.xml" in _error(f)


# ----------------------------------------------------------------------------- .pdf

def _pdf(path, lines=(), image=False, encrypt=None):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), encrypt=encrypt)
    y = 800
    for line in lines:
        c.setFont("STSong-Light", 11)
        c.drawString(40, y, line)
        y -= 18
    if image:  # a scanned page: only a picture
        from PIL import Image, ImageDraw
        from reportlab.lib.utils import ImageReader

        img = Image.new("RGB", (400, 200), "white")
        ImageDraw.Draw(img).rectangle((20, 20, 380, 180), outline="black", width=4)
        c.drawImage(ImageReader(img), 50, 400, width=400, height=200)
    c.showPage()
    c.save()
    return path


def test_pdf_with_a_chinese_text_layer(tmp_path):
    x, meta = load_file(_pdf(tmp_path / "plan.pdf", PLAN.splitlines()))
    assert meta["format"] == "pdf"
    _assert_plan(x)
    assert "\x0c" not in x.text


def test_pdf_letter_spaced_chinese_is_read_without_spaces(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(tmp_path / "spaced.pdf"))
    t = c.beginText(40, 800)
    t.setFont("STSong-Light", 12)
    t.setCharSpace(4)
    t.textLine("形成“工业硅—多晶硅—拉晶切片”的产业链。")
    c.drawText(t)
    c.save()
    x, _ = load_file(tmp_path / "spaced.pdf")
    assert ["工业硅", "多晶硅", "拉晶切片"] in _chains(x)


def test_pdf_without_a_text_layer(tmp_path):
    msg = _error(_pdf(tmp_path / "scan.pdf", image=True))
    assert "has no text layer (scanned?); OCR it first" in msg


def test_encrypted_pdf(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    f = _pdf(tmp_path / "locked.pdf", PLAN.splitlines(), encrypt=StandardEncryption("secret", "owner"))
    assert "encrypted" in _error(f)


def test_a_pdf_that_is_really_text(tmp_path):
    f = tmp_path / "plan.pdf"
    f.write_text(PLAN, encoding="utf-8")
    assert "does not start with %PDF): it is text; rename it .txt" in _error(f)


def test_a_broken_pdf(tmp_path):
    good = _pdf(tmp_path / "plan.pdf", PLAN.splitlines()).read_bytes()
    f = tmp_path / "cut.pdf"
    f.write_bytes(good[: len(good) // 3])
    assert "PDF" in _error(f)


# ----------------------------------------------------------------------------- .html

NOISY_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>甘州区硅光伏产业发展行动方案_政务公开</title>
<style>.a{color:red}</style>
<script>var s = "形成“甲醇—乙醇—丙醇”的产业链";</script></head>
<body><nav><a href="/">首页</a> &gt; 形成“煤炭—焦炭—电石”的产业链</nav>
<div class="article"><h1>甘州区硅光伏产业发展行动方案</h1>
{body}
<table><tr><th>企业名称</th><th>所在地</th></tr>
<tr><td>甘肃河西硅业有限责任公司</td><td>甘肃省张掖市甘州区</td></tr></table>
</div>
<footer>版权所有 张掖市人民政府 形成“铜—铝—镍”的产业链 <script>track()</script></footer>
</body></html>"""


def _page(charset_meta=True):
    body = "\n".join(f"<p>{line}</p>" for line in PLAN.splitlines()[1:])
    page = NOISY_PAGE.replace("{body}", body)
    if not charset_meta:
        page = page.replace('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "")
    return page


@pytest.mark.parametrize("charset_meta", [True, False])
def test_gbk_html_page(tmp_path, charset_meta):
    f = tmp_path / "plan.html"
    f.write_bytes(_page(charset_meta).encode("gbk"))
    x, meta = load_file(f)
    assert meta["format"] == "html" and x.title == "甘州区硅光伏产业发展行动方案_政务公开"
    _assert_plan(x)
    assert _chains(x) == [CHAIN]  # nothing from the script, navigation or footer
    for noise in ("甲醇", "焦炭", "版权所有", "track", "color"):
        assert noise not in x.text
    assert "甘肃河西硅业有限责任公司\t甘肃省张掖市甘州区" in x.text


def test_html_that_lies_about_its_charset(tmp_path):
    f = tmp_path / "plan.htm"
    f.write_bytes(_page().encode("utf-8"))  # says gb2312, is UTF-8
    _assert_plan(load_file(f)[0])


def test_html_block_structure_becomes_lines(tmp_path):
    f = tmp_path / "p.html"
    f.write_text("<div>第一段<p>第二段<br>第三行</p><ul><li>甲</li><li>乙</li></ul>尾</div>", encoding="utf-8")
    assert load_file(f)[0].text.split("\n") == ["第一段", "第二段", "第三行", "甲", "乙", "尾"]


def test_html_page_without_text(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><script>x()</script></head><body><nav>首页</nav></body></html>", encoding="utf-8")
    assert "has no text" in _error(f)


# ----------------------------------------------------------------------------- refusals

@pytest.mark.parametrize("name", ["e.txt", "e.docx", "e.pdf", "e.html", "e.csv", "e.xlsx"])
def test_empty_file(tmp_path, name):
    f = tmp_path / name
    f.write_bytes(b"")
    assert _error(f).endswith("the file is empty")


def test_whitespace_only_text_is_empty(tmp_path):
    f = tmp_path / "blank.txt"
    f.write_bytes(" \n\t\r\n".encode())
    assert _error(f).endswith("the file is empty")


def test_random_bytes(tmp_path):
    data = random.Random(7).randbytes(5000)
    for name, needle in (("r.txt", "binary"), ("r.md", "binary"), ("r.docx", "not a .docx file"),
                         ("r.pdf", "not a PDF file"), ("r.html", "binary"), ("r.csv", "binary")):
        f = tmp_path / name
        f.write_bytes(data)
        assert needle in _error(f), name


def test_binary_without_nul_bytes(tmp_path):
    data = bytes(b for b in random.Random(3).randbytes(6000) if b)  # no NUL, still not text
    f = tmp_path / "r.txt"
    f.write_bytes(data)
    assert "not text" in _error(f) or "binary" in _error(f)


def test_text_files_that_are_really_something_else(tmp_path):
    f = tmp_path / "plan.txt"
    f.write_bytes(_pdf(tmp_path / "p.pdf", ["甘州区"]).read_bytes())
    assert "is not a .txt file: it is a PDF file" in _error(f)
    f.write_bytes(_make_docx(tmp_path / "p.docx").read_bytes())
    assert "it is a zip archive" in _error(f)


def test_unsupported_extension_lists_the_supported_ones(tmp_path):
    for name in ("plan.doc", "plan.rtf", "plan"):
        f = tmp_path / name
        f.write_bytes(PLAN.encode())
        msg = _error(f)
        assert "unsupported file type" in msg and ".docx, .pdf, .html" in msg
    assert "save it as .docx" in _error(tmp_path / "plan.doc")


def test_size_limit_keyword_and_environment(tmp_path, monkeypatch):
    f = tmp_path / "plan.txt"
    f.write_bytes(PLAN.encode())
    n = f.stat().st_size
    assert f"the file is {n} bytes; the limit is {n - 1} bytes" in _error(f, max_bytes=n - 1)
    load_file(f, max_bytes=n)
    monkeypatch.setenv("CHAINATLAS_MAX_BYTES", str(n - 1))
    assert "the limit is" in _error(f)
    monkeypatch.setenv("CHAINATLAS_MAX_BYTES", "lots")
    with pytest.raises(InputError, match="CHAINATLAS_MAX_BYTES: must be a whole number"):
        load_file(f)


# ----------------------------------------------------------------------------- tables

def _csv(path, rows, encoding="utf-8"):
    path.write_bytes("\n".join(",".join(r) for r in rows).encode(encoding))
    return path


def test_csv_missing_required_column(tmp_path):
    f = _csv(tmp_path / "list.csv", [["序号", "所在地", "主营产品"], ["1", "甘州区", "工业硅"]])
    msg = _error(f)
    assert "row 1" in msg and "no 企业名称 or 项目名称 column" in msg and "所在地" in msg


def test_csv_bad_number_skips_the_row_and_names_file_row_value(tmp_path):
    rows = [PROJECT_HEADER, PROJECT_ROWS[0], ["丙项目", "某公司", "建设内容", "十亿", "在建"]]
    f = _csv(tmp_path / "projects.csv", rows, encoding="gbk")
    x, _ = load_file(f)
    assert [p["name"] for p in x.projects] == [PROJECT_ROWS[0][0]]
    assert x.problems == [f"{f}, row 3: 总投资 '十亿' is not a number"]


def test_csv_where_no_row_can_be_read_is_refused(tmp_path):
    f = _csv(tmp_path / "projects.csv", [PROJECT_HEADER, ["丙项目", "某公司", "建设内容", "十亿", "在建"]])
    msg = _error(f)
    assert "no row could be read" in msg and "row 2" in msg and "'十亿'" in msg


def test_csv_investment_in_the_headers_unit(tmp_path):
    f = _csv(tmp_path / "p.csv", [["项目名称", "总投资（万元）"], ["甲项目", "25000"], ["乙项目", "3亿元"]])
    x, _ = load_file(f)
    assert {p["name"]: p["investment"] for p in x.projects} == {"甲项目": 2.5, "乙项目": 3.0}


def test_xlsx_that_is_not_a_workbook(tmp_path):
    f = tmp_path / "list.xlsx"
    f.write_bytes(PLAN.encode())
    assert "is not a .xlsx file: it is text" in _error(f)
    f = _zip(tmp_path / "bomb.xlsx", {"xl/workbook.xml": 16 << 20})
    assert "zip bomb" in _error(f)


# ----------------------------------------------------------------------------- through the CLI

def _fixtures(tmp_path):
    """Bad files of every kind, by name."""
    out = {}

    def put(name, data):
        (tmp_path / name).write_bytes(data)
        out[name] = tmp_path / name

    put("empty.txt", b"")
    put("random.txt", random.Random(1).randbytes(3000))
    put("fake.pdf", PLAN.encode())
    put("fake.docx", PLAN.encode("gbk"))
    out["bomb.docx"] = _zip(tmp_path / "bomb.docx", {"word/document.xml": 16 << 20})
    out["scan.pdf"] = _pdf(tmp_path / "scan.pdf", image=True)
    out["nocolumn.csv"] = _csv(tmp_path / "nocolumn.csv", [["序号", "所在地"], ["1", "甘州区"]])
    out["badnumber.csv"] = _csv(tmp_path / "badnumber.csv", [["项目名称", "总投资"], ["甲项目", "十亿"]])
    put("plan.doc", PLAN.encode())
    return out


def test_a_bad_file_through_the_cli_changes_nothing(tmp_path):
    db = tmp_path / "s.db"
    runner = CliRunner()
    good = tmp_path / "plan.txt"
    good.write_text(PLAN, encoding="utf-8")
    assert runner.invoke(cli, ["--db", str(db), "ingest", str(good)]).exit_code == 0
    before = Store(db).fingerprint()
    assert before[0]  # the store holds something to lose
    for name, path in _fixtures(tmp_path).items():
        r = runner.invoke(cli, ["--db", str(db), "ingest", str(path)])
        errors = [ln for ln in r.output.splitlines() if ln.startswith("Error:")]
        assert r.exit_code == 1, (name, r.output)
        assert len(errors) == 1 and str(path) in errors[0], (name, r.output)
        assert "Traceback" not in r.output
        assert Store(db).fingerprint() == before, name


def test_every_format_ingests_through_the_cli(tmp_path):
    db = tmp_path / "s.db"
    files = [_make_docx(tmp_path / "plan.docx"), _pdf(tmp_path / "plan.pdf", PLAN.splitlines())]
    (tmp_path / "plan.html").write_bytes(_page().encode("gbk"))
    (tmp_path / "plan-gbk.txt").write_bytes(PLAN.encode("gbk"))
    files += [tmp_path / "plan.html", tmp_path / "plan-gbk.txt"]
    r = CliRunner().invoke(cli, ["--db", str(db), "ingest", *map(str, files)])
    assert r.exit_code == 0, r.output
    st = Store(db, create=False)
    assert {d["format"] for d in st.documents()} >= {"docx", "pdf", "html", "txt"}
    assert st.has_node("Enterprise:河西硅业")


def test_columns_option_maps_unusual_headers(tmp_path):
    f = _csv(tmp_path / "list.csv", [["单位", "园区", "计划投资（万元）"], ["甲硅业公司", "张掖经开区", "5000"]])
    db = tmp_path / "s.db"
    runner = CliRunner()
    r = runner.invoke(cli, ["--db", str(db), "ingest", str(f)])
    assert r.exit_code == 1 and "map one with --columns" in r.output
    r = runner.invoke(cli, ["--db", str(db), "extract", str(f), "--columns", "单位=name,园区=park"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["--db", str(db), "ingest", str(f), "--columns", "单位=name, 园区=park"])
    assert r.exit_code == 0, r.output
    st = Store(db, create=False)
    assert "甲硅业公司" in {n["name"] for n in st.nodes("Enterprise")}
    assert "张掖经开区" in {n["name"] for n in st.nodes("Park")}
    r = runner.invoke(cli, ["--db", str(db), "ingest", str(f), "--columns", "单位=firm"])
    assert r.exit_code == 1 and "Error: --columns: unknown field 'firm'" in r.output


def test_library_ingest_of_a_bad_file_keeps_the_store(tmp_path, store):
    good = tmp_path / "plan.txt"
    good.write_text(PLAN, encoding="utf-8")
    ingest_file(store, good)
    before = store.fingerprint()
    with pytest.raises(InputError):
        ingest_file(store, _zip(tmp_path / "bomb.docx", {"word/document.xml": 16 << 20}))
    assert store.fingerprint() == before


def test_docx_bytes_in_memory_round_trip():
    # python-docx can write to a stream; the reader takes the same bytes
    import docx

    from chainatlas.loaders.documents import docx_blocks

    d = docx.Document()
    d.add_paragraph("形成“工业硅—多晶硅”的产业链。")
    buf = io.BytesIO()
    d.save(buf)
    assert docx_blocks(buf.getvalue(), "mem.docx", max_unpacked=1 << 24) == [
        ("paragraph", "形成“工业硅—多晶硅”的产业链。")]
