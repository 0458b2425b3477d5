"""Property-based tests of extraction and decoding (hypothesis).

What the extractor documents about evidence (loaders/text.py, loaders/extract/): every record
carries the span of the cleaned text it came from (``start``/``end``, end
exclusive), the sentence of the cleaned text holding it, and a confidence.
So, for every evidence of every record:

- ``0 <= start <= end <= len(text)`` and ``text[start:end]`` lies inside the
  evidence sentence;
- the span is where the record came from: it holds the record's name (a
  chain: each step, in order), possibly with words around or between the
  name's characters (张掖凯烁新能源 for the firm 凯烁新能源, 崇信3个工业集中区 for
  the park 崇信工业集中区), or it is a shorter mention of the name (瓜州 for
  瓜州县, 石化公司扩能改造 for the project 庆阳石化公司扩能改造); a target's span
  holds its figure.
"""

import glob
import os
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from chainatlas import InputError
from chainatlas.loaders import decode_text, extract_text
from chainatlas.loaders.records import CATEGORIES

from conftest import CORPUS, bench_module

settings.register_profile(
    "chainatlas", max_examples=60, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# a longer, random search for local runs: HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py
settings.register_profile("thorough", max_examples=1500, deadline=None, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "chainatlas"))


def _corpus_texts():
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    assert len(files) == 5, f"expected the five corpus documents in {CORPUS}"
    return [open(f, encoding="utf-8").read() for f in files]


CORPUS_TEXTS = _corpus_texts()

# characters the genre is made of: Han, the separators of chains and lists, digits, units, brackets
GENRE = ("工业硅多晶硅拉晶切片光伏组件绿电制氢氨甲醇煤化新材料张掖甘州区经开园示范企业项目有限公司集团链主龙头"
         "年产万吨亿元二期在建投产开工招引等依托围绕形成产业链的和及与、，。；：（）“”—-→~+() \n\t0123456789")


def _records(x):
    for cat in CATEGORIES:
        for r in getattr(x, cat):
            yield cat, r


def _holds(span, name):
    """Whether `span` holds `name` (its characters in order, maybe with others between) or is part of it."""
    if not name:
        return True
    if span in name:
        return True
    pos = 0
    for ch in name:
        pos = span.find(ch, pos) + 1
        if not pos:
            return False
    return True


def _check_spans(x):
    """Every evidence span lies in the cleaned text, inside its sentence, and holds what its record says."""
    text = x.text
    for cat, r in _records(x):
        assert r["evidence"], (cat, r)
        names = [r.get(k) for k in ("name", "as_written", "mention", "link") if r.get(k)] + list(r.get("aliases") or ())
        for ev in r["evidence"]:
            s, e = ev["start"], ev["end"]
            assert isinstance(s, int) and isinstance(e, int), (cat, ev)
            assert 0 <= s <= e <= len(text), (cat, names, ev)
            span = text[s:e]
            assert span in ev["sentence"], (cat, span, ev["sentence"])
            assert 0 <= ev["confidence"] <= 1
            if cat == "chains":
                pos = 0
                for step in r["steps"]:
                    i = span.find(step, pos)
                    assert i >= 0, (span, r["steps"])
                    pos = i + len(step)
            elif cat == "targets":
                figures = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", span)]
                assert r["value"] in figures, (span, r["value"])
            else:
                assert any(_holds(span, n) for n in names), (cat, span, names)


def _extract(raw):
    x = extract_text(raw, doc_id="prop")
    assert isinstance(x.text, str)
    _check_spans(x)
    return x


# ----------------------------------------------------------------------------- arbitrary text

@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=400))
def test_extract_never_raises_on_any_unicode(raw):
    _extract(raw)


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from(GENRE), max_size=400))
def test_extract_never_raises_on_genre_characters_and_controls(raw):
    _extract(raw)


@given(st.lists(st.sampled_from(["工业硅", "多晶硅", "绿电制绿氢", "绿氢+二氧化碳制甲醇", "煤(炭)", "光伏(组件、玻璃)",
                                 "张掖经开区", "循环经济示范园", "河西硅业", "有限公司", "20万吨", "二期", "等项目",
                                 "等企业", "招引", "产业链", "—", "-", "、", ",", "。", "\n", "“", "”", "(", ")",
                                 "2025年", "产值达到", "60亿元", "牵头单位:", "区工信局", "按职责分工负责"]),
                max_size=60).map("".join))
def test_extract_never_raises_on_genre_phrases(raw):
    _extract(raw)


# ----------------------------------------------------------------------------- mutated corpus text

@st.composite
def mutated_corpus(draw):
    doc = CORPUS_TEXTS[draw(st.integers(0, len(CORPUS_TEXTS) - 1))]
    start = draw(st.integers(0, len(doc) - 1))
    text = doc[start:start + draw(st.integers(1, 3000))]
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "swap", "splice"]))
        n = len(text)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 200)))
        if op == "insert":
            text = text[:i] + draw(st.text(st.sampled_from(GENRE), max_size=20)) + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "swap":
            k = draw(st.integers(j, n))
            l_ = draw(st.integers(k, min(n, k + 200)))
            text = text[:i] + text[k:l_] + text[j:k] + text[i:j] + text[l_:]
        else:  # a slice of another corpus document
            other = CORPUS_TEXTS[draw(st.integers(0, len(CORPUS_TEXTS) - 1))]
            a = draw(st.integers(0, len(other) - 1))
            text = text[:i] + other[a:a + draw(st.integers(1, 300))] + text[j:]
    return text


@given(mutated_corpus())
@settings(max_examples=80)
def test_extract_never_raises_on_mutated_corpus_text(raw):
    _extract(raw)


def test_spans_hold_on_the_whole_corpus():
    kinds = set()
    for raw in CORPUS_TEXTS:
        kinds.update(cat for cat, _ in _records(_extract(raw)))
    assert kinds == set(CATEGORIES)  # the check looked at every kind of record


def test_span_check_can_fail():
    x = extract_text("依托张掖经开区,支持河西硅业等龙头企业做大做强。", doc_id="t")
    ev = x.enterprises[0]["evidence"][0]
    assert x.text[ev["start"]:ev["end"]] == "河西硅业"
    ev["start"], ev["end"] = 0, 2  # 依托: in the sentence, but not where the firm's name stands
    with pytest.raises(AssertionError):
        _check_spans(x)


# ----------------------------------------------------------------------------- decoding bytes

@given(st.binary(max_size=2000))
def test_decode_text_raises_only_input_error(data):
    try:
        out = decode_text(data, "fuzz.txt")
    except InputError as e:
        assert "fuzz.txt" in str(e) and "\n" not in str(e)
    else:
        assert isinstance(out, str) and out.strip()


@given(st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc", "Cn")), min_size=1, max_size=300)
       .filter(lambda t: t.strip() and not t.startswith("\ufeff")),
       st.sampled_from(["utf-8-sig", "utf-16"]))
def test_decode_text_round_trips_any_text_with_a_byte_order_mark(text, encoding):
    assert decode_text(text.encode(encoding), "t.txt") == text


@given(st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc", "Cn"), max_codepoint=0x9FFF), min_size=1,
               max_size=300).filter(lambda t: t.strip() and not t.startswith("\ufeff")))
def test_decode_text_round_trips_utf8_text_that_is_not_mostly_rare(text):
    from chainatlas.loaders.files import _common_share

    if _common_share(text, limit=2000) < 0.9:  # such text may be GBK bytes that look like UTF-8
        return
    assert decode_text(text.encode("utf-8"), "t.txt") == text


@given(st.text(alphabet=st.sampled_from(GENRE.replace("\t", "").replace("\n", "")), min_size=2, max_size=200))
def test_decode_text_reads_gbk_chinese_as_written(text):
    from chainatlas.loaders.files import _common_share

    data = text.encode("gbk")
    try:  # a few GBK characters can also be plausible UTF-8 ('0煤' is b'0\xc3\xba', UTF-8 '0ú'): UTF-8 wins
        assume(_common_share(data.decode("utf-8"), limit=2000) < 0.9)
    except UnicodeDecodeError:
        pass
    assert decode_text(data, "t.txt") == text


# ----------------------------------------------------------------------------- the fuzz bench

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUZZ = os.path.join(ROOT, "bench", "fuzz.py")


def _fuzz_module():
    return bench_module("fuzz")


def test_fuzz_bench_runs_clean():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, FUZZ, "--cases", "200", "--workers", "1", "--seed", "11"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.startswith("200 cases (seed 11") and "crashes: 0, broken spans: 0" in r.stdout
    ok = sum(int(line.split()[2]) for line in r.stdout.splitlines()[1:4])
    assert ok > 100  # most cases are read and stored, not refused


def test_fuzz_cases_are_reproducible():
    fuzz = _fuzz_module()
    texts = fuzz._corpus_texts()
    assert [fuzz.make_case(5, n, texts) for n in range(30)] == [fuzz.make_case(5, n, texts) for n in range(30)]
    assert {fuzz.make_case(5, n, texts)[0] for n in range(60)} == {"corpus", "synthetic", "csv"}


def test_fuzz_bench_reports_crashes_with_their_case(monkeypatch):
    import io

    import chainatlas.graph

    fuzz = _fuzz_module()
    real = chainatlas.graph.ingest_file

    def crashing(store, path, doc_id=None, mapping=None):
        if doc_id == "doc3":
            raise KeyError("injected")
        return real(store, path, doc_id=doc_id, mapping=mapping)

    monkeypatch.setattr(chainatlas.graph, "ingest_file", crashing)
    out = io.StringIO()
    assert fuzz.fuzz(8, seed=4, workers=1, out=out) == 1
    assert "case 3 (" in out.getvalue() and "KeyError" in out.getvalue()
    assert "again: python bench/fuzz.py --seed 4 --case 3" in out.getvalue()


# ---------------------------------------------------------------- the region scanner
def _region_pieces():
    from chainatlas.ontology.regions import region_index

    idx = region_index()
    names = sorted(set(idx.by_name) | set(idx.by_short))
    return names[::7]  # a spread of full and short names, long and short


@given(st.lists(st.one_of(st.sampled_from(_region_pieces()), st.sampled_from(["市", "县", "区", "工业", "、", "省"]),
                          st.text(max_size=3)), max_size=30))
def test_region_scanner_matches_the_index(pieces):
    """The compiled leftmost-longest scanner finds exactly what the index's regex alternation finds."""
    from chainatlas.loaders.extract.core import _region_scanner
    from chainatlas.ontology.regions import region_index

    idx = region_index()
    text = "".join(pieces)
    assert list(_region_scanner(idx).finditer(text)) == list(idx.finditer(text))


def test_region_scanner_matches_the_index_on_the_corpus():
    from chainatlas.loaders.extract.core import _region_scanner
    from chainatlas.ontology.regions import region_index

    idx = region_index()
    texts = _corpus_texts()
    assert texts
    found = 0
    for text in texts:
        got = list(_region_scanner(idx).finditer(text))
        assert got == list(idx.finditer(text))
        found += len(got)
    assert found > 100


# the sentences split_sentences is documented to yield: the matches of this regex (split_sentences finds them with
# str.split, for speed), with the blanks around each taken off and blank ones skipped, and a text's first
# character when it is an end mark
_SENTENCE = re.compile(r"[^。!?;\n]+[。!?;]?")


def _sentences_by_regex(text):
    out = [(0, 1, text[0])] if text[:1] in ("。", "!", "?", ";") else []
    for m in _SENTENCE.finditer(text):
        seg = m.group()
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((m.start() + lead, m.start() + len(seg.rstrip()), seg.strip()))
    return out


@given(st.text(alphabet=st.sampled_from("甲乙。!?;\n \t\u3000,") | st.characters(exclude_categories=("Cs",)),
               max_size=200))
def test_split_sentences_yields_the_regex_sentences(text):
    from chainatlas.loaders.normalize import split_sentences

    assert list(split_sentences(text)) == _sentences_by_regex(text)


# ---------------------------------------------------------------- cleaning steps against the regexes they replace
# (each step of the cleaning that a faster scan replaced keeps its regex here, as its oracle; the alphabets are the
# few characters the steps look at, so that the cases they differ on come up)
@example("甲 \t\n乙\t\n \n")
@given(st.text(alphabet=st.sampled_from("甲乙 \t\n\u3000,"), max_size=60))
def test_drop_trailing_blanks_is_the_regex_substitution(text):
    from chainatlas.loaders.normalize import _drop_trailing_blanks

    assert _drop_trailing_blanks(text) == re.sub(r"[ \t][ \t]*\n", "\n", text)


def _join_by_every_line(text):
    """_join_broken_lines as a loop over every line (the code visits only the lines _JOIN_BREAK finds)."""
    from chainatlas.loaders.normalize import _joins

    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        line = lines[i]
        while True:
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _joins(line.rstrip(), lines[j]):
                short = len(line.strip()) < 24  # (a short line joined for its cut legal form joins nothing more)
                line, i = line.rstrip() + lines[j].strip(), j
                if short:
                    break
                continue
            break
        out.append(line)
        i += 1
    return "\n".join(out)


# lines of the kinds a page break leaves (long enough to be joined, ending in each kind of character, blank, indented,
# numbered, a label, a table row, a diagram)
_BROKEN_LINE_PIECES = ["推动甲乙丙丁新材料产业链延伸补链强链，加快建设年产5万吨多晶硅项目和配套", "固",
                       "推动甲乙丙丁新材料产业链延伸补链强链,加快建设年产5万吨多晶硅项目和配套,",
                       "推动甲乙丙丁新材料产业链延伸补链强链,加快建设年产5万吨多晶硅项目和配套 \t", "定资产投资增长12%,其中工业投资",
                       "建设单位为甲乙公司、丙丁公司、", "实现产值248亿元。", "第3页", "", "  ", " \u3000", "\u3000\u3000甲乙丙丁项目",
                       "1.重点项目", "二、产业链", "责任单位:市工信局", "序号\t项目名称\t总投资", "甲→乙→丙", "abc 12", "增长27.84%",
                       "“甲乙”", " 甲", "  在乙会场,甲乙科技有", "限公司2GWh储能", "甲乙集团股份有限"]


@example("推动甲乙丙丁新材料产业链延伸补链强链，加快建设年产5万吨多晶硅项目和配套\n\n固\n定资产")
@given(st.lists(st.sampled_from(_BROKEN_LINE_PIECES), max_size=12).map("\n".join))
def test_join_broken_lines_is_the_loop_over_every_line(text):
    from chainatlas.loaders.normalize import _join_broken_lines

    assert _join_broken_lines(text) == _join_by_every_line(text)


def test_join_broken_lines_is_the_loop_over_every_line_on_the_corpus(monkeypatch):
    from chainatlas.loaders import normalize

    seen, join = [], normalize._join_broken_lines
    monkeypatch.setattr(normalize, "_join_broken_lines", lambda t: seen.append(t) or join(t))
    for t in _corpus_texts():
        normalize.clean_text(t)
    assert len(seen) == 5  # (the texts as clean_text hands them over: full-width commas made ASCII, and so on)
    assert any(join(t) != t for t in seen)  # (the corpus has broken lines to join)
    for t in seen:
        assert join(t) == _join_by_every_line(t)


# _ev is records.evidence inlined (with the sentence of its span found in the same pass): the same dictionary
@example("甲乙。丙丁\n戊", 1, 4, -0.0)
@example("甲乙。丙丁\n戊", 0, 0, 1 / 3)
@given(st.text(alphabet=st.sampled_from("甲乙丙。;\n"), max_size=30), st.integers(0, 30), st.integers(0, 30),
       st.floats(-2, 2) | st.sampled_from([0.0, -0.0, 0.1 + 0.2, 0.8, 1]))
def test_ev_is_records_evidence_with_a_sentence_holding_its_span(text, a, b, conf):
    from chainatlas.loaders.extract.core import _ev
    from chainatlas.loaders.normalize import split_sentences
    from chainatlas.loaders.records import evidence

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    sentences = list(split_sentences(text))
    for c in (conf, -conf, conf):  # (confidences are rounded through a cache)
        e = _ev(text, start, end, c, sentences)
        assert e == evidence(start, end, e["sentence"], c)
        assert repr(e["confidence"]) == repr(round(float(c), 3))  # (-0.0 stays -0.0, 0.0 stays 0.0)
    # the sentence is a piece of the text that holds the span (the text before the first sentence is quoted as it is)
    at = [i for i in range(len(text) - len(e["sentence"]) + 1) if text.startswith(e["sentence"], i)]
    assert any(i <= start and end <= i + len(e["sentence"]) for i in at)


@example("甲———乙————丙——")
@given(st.text(alphabet=st.sampled_from("甲—— —\n"), max_size=60))
def test_em_runs_are_cut_as_the_dash_class_cuts_them(text):
    from chainatlas.loaders.normalize import _EM_DASHES, _EM_RUN

    # (clean_text uses _EM_RUN only when the text holds no ―, ─ or ━: this alphabet has none)
    assert _EM_RUN.sub("—", text) == _EM_DASHES.sub("—", text)


# (豈 U+F900 and 兀 U+FA0C are compatibility ideographs whose NFKC is a traditional or a plain character; ㈠ becomes a
# parenthesised 一)
@example("甲\uf900乙")
@example("\ufa0c，（１）")
@given(st.text(alphabet=st.sampled_from("甲乙，（）：；。後乾里裏\u3000ＡＢ１２\uf900\ufa0c㈠"), max_size=60))
def test_nfkc_plain_is_nfkc_and_says_when_simplify_changes_nothing(text):
    from chainatlas.loaders.normalize import _nfkc, _nfkc_plain, _simplify

    got, plain = _nfkc_plain(text)
    assert got == _nfkc(text)
    if plain:
        assert _simplify(got) == got


# ------------------------------------------------- the fast scans of the extractor against the regexes they replace
_SCAN_PIECES = ["产业园", "工业园区", "经济技术开发区", "园区", "区", "园", "张掖", "甘州", "和", "及", "、", "，", "。", "生产",
                "制造", "基地", "工厂", "分厂", "全", "我", "本", "市", "县", "省", "围绕", "招引", "引进", "企业", "链"]


def _scan_cases():
    """Texts for the checks below: the genre's words in any order, and the corpus."""
    return st.lists(st.one_of(st.sampled_from(_SCAN_PIECES), st.text(alphabet=GENRE, max_size=4)), max_size=40).map("".join)


def _same_scans(text):
    from chainatlas.loaders.extract.departments import _WANT, _want_matches
    from chainatlas.loaders.extract.enterprises import _PLANT_AT, _plant_starts
    from chainatlas.loaders.extract.parks import _PARK, _park_matches
    from chainatlas.loaders.extract.regions import _SELF_REF, _self_refs

    assert [m.span() for m in _park_matches(text)] == [m.span() for m in _PARK.finditer(text)]
    assert [m.span() for m in _want_matches(text)] == [m.span() for m in _WANT.finditer(text)]
    assert list(_plant_starts(text)) == [m.start() for m in _PLANT_AT.finditer(text)]
    assert _self_refs(text) == Counter(_SELF_REF.findall(text))


@given(_scan_cases())
def test_fast_scans_find_what_their_regexes_find(text):
    """_park_matches, _want_matches, _plant_starts and _self_refs are the regexes they stand for, found faster."""
    _same_scans(text)


def test_fast_scans_find_what_their_regexes_find_on_the_corpus():
    for text in CORPUS_TEXTS:
        _same_scans(text)
