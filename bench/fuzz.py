"""Fuzz the loaders and the ingest path with mutated documents and lists.

Each case is made from ``(seed, case number)`` alone, so any case can be run
again by itself.  A case is one of:

- ``corpus``: a slice of a corpus document, mutated (insertions of genre
  characters, deletions, duplications, swaps, splices of other documents),
  written as UTF-8, UTF-8 with BOM, GBK/GB18030 or UTF-16, sometimes with
  bytes flipped, as a .txt file;
- ``synthetic``: a Chinese-like plan generated from the genre's phrases
  (chains, parks, enterprises, project lists, targets, departments), mutated
  the same way, as .txt, .md or .html;
- ``csv``: an enterprise or project list with shuffled, dropped or unknown
  columns and mutated cells (bad numbers, empty names, quotes, long values),
  as UTF-8 or GBK, sometimes cut short.

Every case goes through :func:`chainatlas.graph.ingest_file` into a temporary
store (extraction, ontology mapping, one transaction), or with
``--ingest-every K`` every K-th case does and the others stop after
:func:`chainatlas.loaders.load_file` (decoding and extraction); the evidence spans of
what was extracted are checked (inside the cleaned text, inside their
sentence).  An :class:`~chainatlas.InputError` is a refusal, as intended for
bad input; any other exception is a crash; a span outside its text or its
sentence is a broken span.  The run prints the first crashes and broken spans
with their seed and case number, the throughput, and exits 1 if there was
any.

Usage::

    python bench/fuzz.py --cases 100000            # all cores
    python bench/fuzz.py --cases 2000 --seed 7 --workers 1
    python bench/fuzz.py --cases 100000 --ingest-every 10   # extraction for all, ingest for one in ten
    python bench/fuzz.py --seed 7 --case 1234      # run one case again, with its traceback and input
"""

import argparse
import glob
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "corpus"))

# the genre's characters and phrases, for insertions and the synthetic plans (written here, not corpus sentences)
GENRE_CHARS = ("工业硅多晶硅拉晶切片光伏组件绿电制氢氨甲醇煤化新材料张掖甘州区经开园示范企业项目有限公司集团链主龙头"
               "年产万吨亿元二期在建投产开工招引等依托围绕形成产业链的和及与、，。；：（）“”—-→~+()《》 \n\t0123456789")
PRODUCTS = ["工业硅", "多晶硅", "单晶硅", "拉晶切片", "光伏组件", "光伏玻璃", "绿电", "绿氢", "绿氨", "甲醇", "烯烃",
            "煤", "焦炭", "电石", "聚氯乙烯", "铜箔", "镍钴", "锂电池", "正极材料", "碳纤维", "玄武岩纤维", "中药饮片",
            "玉米种子", "乳制品", "肉牛", "风电装备", "储能电池", "硅铁", "微硅粉", "二氧化碳"]
REGIONS = ["甘州区", "临泽县", "高台县", "张掖市", "华亭市", "金昌市", "永昌县", "酒泉市", "兰州新区", "甘肃省", "xx市"]
PARK_HEADS = ["张掖经开区", "华亭工业园区", "金昌经济技术开发区", "临泽工业园", "高台化工产业集中区", "循环经济示范园",
              "中小企业创业园", "智能制造产业园"]
FIRMS = ["河西硅业", "巨龙铁合金", "黑河水电", "智鑫玄武岩", "金川集团", "华亭煤业", "陇能科技", "祁连绿氢", "某某新材料"]
SUFFIXES = ["有限公司", "有限责任公司", "股份有限公司", "集团", ""]
DEPTS = ["区工信局", "区发改局", "区科技局", "市商务局", "张掖经开区管委会", "区自然资源局"]
STAGES = ["在建", "开工", "谋划", "签约", "投产", "竣工", "前期", "续建", "储备", ""]
ENTERPRISE_HEADERS = ["企业名称", "简称", "所在园区", "所在地", "主营产品", "所属产业链", "企业类型"]
PROJECT_HEADERS = ["项目名称", "建设单位", "建设内容及规模", "总投资（亿元）", "总投资（万元）", "建设地点", "建设阶段",
                   "年度"]


def _corpus_texts():
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    if not files:
        sys.exit(f"no corpus documents in {CORPUS}")
    return [open(f, encoding="utf-8").read() for f in files]


# ----------------------------------------------------------------------------- case generation

def _mutate(rng, text, texts, rounds=None):
    for _ in range(rng.randint(1, 6) if rounds is None else rounds):
        n = len(text)
        i = rng.randint(0, n)
        j = rng.randint(i, min(n, i + 200))
        op = rng.randrange(6)
        if op == 0:  # insert genre characters
            text = text[:i] + "".join(rng.choice(GENRE_CHARS) for _ in range(rng.randint(1, 20))) + text[i:]
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:j] + text[i:j] * rng.randint(1, 3) + text[j:]
        elif op == 3:
            k = rng.randint(j, n)
            m = rng.randint(k, min(n, k + 200))
            text = text[:i] + text[k:m] + text[j:k] + text[i:j] + text[m:]
        elif op == 4:  # a slice of another document
            other = rng.choice(texts)
            a = rng.randrange(len(other))
            text = text[:i] + other[a:a + rng.randint(1, 300)] + text[j:]
        else:  # arbitrary code points, control characters included (no surrogates)
            cps = [rng.choice([rng.randint(0, 0x1F), rng.randint(0x20, 0x2FFF), rng.randint(0x3000, 0x9FFF),
                               rng.randint(0xE000, 0x10FFFF)]) for _ in range(rng.randint(1, 8))]
            text = text[:i] + "".join(chr(c) for c in cps if not 0xD800 <= c < 0xE000) + text[i:]
    return text


def _firm(rng):
    return rng.choice(FIRMS) + rng.choice(SUFFIXES)


def _synthetic_plan(rng):
    region = rng.choice(REGIONS)
    park = rng.choice(PARK_HEADS)
    lines = [f"{region}{rng.choice(['工业', '硅光伏产业', '新材料产业', '绿氢产业'])}发展{rng.choice(['三年行动方案', '规划', '实施意见'])}"]
    for _ in range(rng.randint(3, 12)):
        kind = rng.randrange(7)
        if kind == 0:
            steps = rng.sample(PRODUCTS, rng.randint(2, 5))
            sep = rng.choice(["—", "-", "→", "~", "——", " — "])
            chain = sep.join(steps)
            if rng.random() < 0.3:
                chain = f"{steps[0]}制{steps[1]}" + sep + sep.join(steps[2:] or [steps[-1]])
            q = rng.choice([("“", "”"), ("", ""), ("「", "」")])
            lines.append(f"{rng.choice(['围绕', '依托' + park + '，', '构建', '形成'])}{q[0]}{chain}{q[1]}"
                         f"{rng.choice(['的产业链', '产业链条', '循环经济产业链', ''])}。")
        elif kind == 1:
            firms = "、".join(_firm(rng) for _ in range(rng.randint(1, 4)))
            lines.append(f"支持{firms}等{rng.choice(['龙头', '链主', '骨干', '规上', ''])}企业做大做强。")
        elif kind == 2:
            items = "、".join(f"{rng.choice(FIRMS)}{rng.randint(1, 99)}{rng.choice(['万吨', '吨', 'MW', '万千瓦'])}"
                             f"{rng.choice(PRODUCTS)}{rng.choice(['', '二期', '技改', '项目'])}"
                             for _ in range(rng.randint(1, 4)))
            lines.append(f"{rng.choice(['加快推进', '谋划', '实施', '开工建设'])}{items}等项目{rng.choice(['', '建成投产'])}。")
        elif kind == 3:
            lines.append(f"到{rng.randint(2020, 2035)}年，{rng.choice(['全区', '全市', ''])}{rng.choice(PRODUCTS)}产业"
                         f"产值{rng.choice(['达到', '突破', '预计达到'])}{rng.randint(1, 999)}{rng.choice(['亿元', '万元', '%'])}。")
        elif kind == 4:
            lines.append(f"（{'、'.join(rng.sample(DEPTS, rng.randint(1, 3)))}按职责分工负责）")
        elif kind == 5:
            lines.append(f"牵头单位：{rng.choice(DEPTS)}\n责任单位：{'、'.join(rng.sample(DEPTS, 2))}")
        else:
            lines.append(f"积极招引{'、'.join(rng.sample(PRODUCTS, rng.randint(1, 4)))}等企业落户{park}。")
    return "\n".join(lines) + "\n"


def _csv_case(rng):
    projects = rng.random() < 0.5
    pool = PROJECT_HEADERS if projects else ENTERPRISE_HEADERS
    header = [h for h in pool if rng.random() < 0.8]
    if rng.random() < 0.2:
        header.insert(rng.randint(0, len(header)), rng.choice(["序号", "备注", "联系人", "名称", "单位", ""]))
    rng.shuffle(header)
    rows = [header]
    for _ in range(rng.randint(0, 30)):
        row = []
        for h in header:
            r = rng.random()
            if "投资" in h:
                v = rng.choice([f"{rng.uniform(0, 500):.{rng.randint(0, 3)}f}", "十亿", "", "1,200", "3亿元", "5000万",
                                "-2", "约10", "1e3"])
            elif "年度" in h:
                v = rng.choice([str(rng.randint(1990, 2040)), "2025年", "明年", ""])
            elif "阶段" in h:
                v = rng.choice(STAGES)
            elif "名称" in h:
                v = _firm(rng) if not projects else f"{rng.choice(FIRMS)}{rng.randint(1, 50)}万吨{rng.choice(PRODUCTS)}"
            elif "所在地" in h or "地点" in h:
                v = rng.choice(REGIONS + PARK_HEADS)
            else:
                v = "、".join(rng.sample(PRODUCTS, rng.randint(1, 3)))
            if r < 0.05:
                v = ""
            elif r < 0.1:
                v = _mutate(rng, v, [v or "甲"], rounds=1)
            elif r < 0.12:
                v = v * 50
            row.append(v)
        if rng.random() < 0.1:
            row = row[: rng.randint(0, len(row))]
        rows.append(row)

    def cell(v):
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n\r') else v

    return "\n".join(",".join(cell(v) for v in row) for row in rows) + "\n"


def _encode(rng, text):
    enc = rng.choice(["utf-8", "utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
    data = text.encode(enc, errors="replace" if enc == "gbk" else "surrogatepass")
    if rng.random() < 0.05:  # flip some bytes
        b = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            if b:
                b[rng.randrange(len(b))] = rng.randrange(256)
        data = bytes(b)
    if rng.random() < 0.03:  # cut short, maybe inside a character
        data = data[: rng.randint(0, len(data))]
    return data


def make_case(seed, case_no, texts):
    """``(kind, file extension, bytes)`` of one case; the same arguments give the same case."""
    rng = random.Random(f"{seed}:{case_no}")
    r = rng.random()
    if r < 0.45:
        doc = rng.choice(texts)
        start = rng.randrange(len(doc))
        text = _mutate(rng, doc[start:start + rng.randint(1, 3000)], texts)
        return "corpus", ".txt", _encode(rng, text)
    if r < 0.8:
        text = _mutate(rng, _synthetic_plan(rng), texts, rounds=rng.randint(0, 4))
        ext = rng.choice([".txt", ".txt", ".md", ".html"])
        if ext == ".html":
            body = "".join(f"<p>{ln}</p>" if rng.random() < 0.8 else f"<div>{ln}<br>{ln[:5]}</div>"
                           for ln in text.split("\n"))
            text = (f"<html><head><meta charset=\"{rng.choice(['utf-8', 'gb2312', 'gbk'])}\"><title>{text[:20]}"
                    f"</title><script>var x='{text[:10]}';</script></head><body><nav>首页</nav>{body}"
                    "<footer>版权所有</footer></body></html>")
        return "synthetic", ext, _encode(rng, text)
    return "csv", ".csv", _encode(rng, _csv_case(rng) if rng.random() > 0.05 else _mutate(rng, _csv_case(rng), texts))


# ----------------------------------------------------------------------------- running cases

def _check_spans(x):
    """Raise AssertionError when an evidence span is outside the text or its sentence."""
    if x.source_format == "table":
        return  # a row's evidence is its row number
    n = len(x.text)
    for cat in ("chains", "industries", "enterprises", "parks", "projects", "regions", "departments", "targets",
                "wanted_links"):
        for r in getattr(x, cat):
            for ev in r["evidence"]:
                s, e = ev["start"], ev["end"]
                assert 0 <= s <= e <= n, f"{cat} {r.get('name')!r}: span {s}:{e} outside a text of {n}"
                assert x.text[s:e] in ev["sentence"], f"{cat} {r.get('name')!r}: span {s}:{e} not in its sentence"


def _temp_base():
    # case files and stores live in memory when the system has a RAM disk
    return tempfile.mkdtemp(prefix="chainatlas-fuzz-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)


class _Worker:
    def __init__(self, seed, ingest_every=1, base=None):
        from chainatlas.graph import Store

        self.seed = seed
        self.ingest_every = max(1, ingest_every)
        self.texts = _corpus_texts()
        self.dir = tempfile.mkdtemp(prefix="worker-", dir=base or _temp_base())
        self.store = Store(os.path.join(self.dir, "fuzz.db"))

    def run(self, case_no):
        """``(kind, outcome, detail)``; outcome is ``'ok'``, ``'refused'``, ``'crash'`` or ``'span'``."""
        from chainatlas.exceptions import InputError
        from chainatlas.graph import ingest_file
        from chainatlas.loaders import load_file

        kind, ext, data = make_case(self.seed, case_no, self.texts)
        path = os.path.join(self.dir, f"case{ext}")
        with open(path, "wb") as f:
            f.write(data)
        try:
            # a few dozen document ids, so that later cases replace earlier documents' facts
            if case_no % self.ingest_every == 0:
                _, x = ingest_file(self.store, path, doc_id=f"doc{case_no % 40}")
            else:
                x, _ = load_file(path, doc_id=f"doc{case_no % 40}")
        except InputError:
            return kind, "refused", None
        except Exception as e:  # anything else is a crash
            return kind, "crash", f"{e.__class__.__name__}: {str(e)[:200]}"
        try:
            _check_spans(x)
        except AssertionError as e:
            return kind, "span", f"broken span: {e}"
        return kind, "ok", None

    def close(self):
        self.store.close()
        shutil.rmtree(os.path.dirname(self.dir), ignore_errors=True)


_worker = None


def _init(seed, ingest_every=1, base=None):
    global _worker
    _worker = _Worker(seed, ingest_every, base)


def _run_chunk(case_numbers):
    counts, crashes = {}, []
    cpu = time.process_time()
    for n in case_numbers:
        kind, outcome, detail = _worker.run(n)
        counts[(kind, outcome)] = counts.get((kind, outcome), 0) + 1
        if outcome in ("crash", "span"):
            crashes.append((n, kind, detail))
    return counts, crashes, time.process_time() - cpu


def fuzz(cases, seed=0, workers=None, chunk=100, show=5, ingest_every=1, out=sys.stdout):
    """Run `cases` cases; print the summary and the first `show` failures.

    Returns the number of failures: crashes and broken spans.
    """
    workers = workers or os.cpu_count() or 1
    chunks = [range(i, min(cases, i + chunk)) for i in range(0, cases, chunk)]
    counts, crashes, cpu = {}, [], 0.0
    t0 = time.perf_counter()
    base = _temp_base()
    try:
        if workers == 1:
            _init(seed, ingest_every, base)
            try:
                results = [_run_chunk(c) for c in chunks]
            finally:
                _worker.store.close()
        else:
            ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
            with ctx.Pool(workers, initializer=_init, initargs=(seed, ingest_every, base)) as pool:
                results, done, step = [], 0, max(1, len(chunks) // 10)
                for r in pool.imap_unordered(_run_chunk, chunks):
                    results.append(r)
                    done += sum(r[0].values())
                    if len(results) % step == 0 and len(results) < len(chunks):
                        print(f"  … {done} cases, {sum(len(x[1]) for x in results)} failures, "
                              f"{time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)  # every worker's store and case files
    elapsed = time.perf_counter() - t0
    for c, cr, t in results:
        for k, v in c.items():
            counts[k] = counts.get(k, 0) + v
        crashes.extend(cr)
        cpu += t
    crashes.sort()
    kinds = sorted({k for k, _ in counts})
    every = "every case" if ingest_every <= 1 else f"1 case in {ingest_every}"
    print(f"{cases} cases (seed {seed}, {workers} worker{'s' if workers > 1 else ''}, ingest into a store: {every}) "
          f"in {elapsed:.1f} s: {cases / elapsed:.0f} cases/s; CPU {cpu:.1f} s, "
          f"{1000 * cpu / max(cases, 1):.1f} ms per case", file=out)
    for k in kinds:
        print(f"  {k:9} ok {counts.get((k, 'ok'), 0):7}  refused {counts.get((k, 'refused'), 0):7}  "
              f"crashed {counts.get((k, 'crash'), 0):5}  broken spans {counts.get((k, 'span'), 0):5}", file=out)
    n_crash = sum(v for (_, o), v in counts.items() if o == "crash")
    print(f"crashes: {n_crash}, broken spans: {len(crashes) - n_crash}", file=out)
    for n, kind, detail in crashes[:show]:
        print(f"  case {n} ({kind}): {detail}\n    again: python bench/fuzz.py --seed {seed} --case {n}", file=out)
    return len(crashes)


def replay(seed, case_no):
    """Run one case in this process and print its input and traceback."""
    w = _Worker(seed)
    try:
        kind, ext, data = make_case(seed, case_no, w.texts)
        print(f"case {case_no} (seed {seed}): {kind}, {ext}, {len(data)} bytes")
        print(repr(data[:2000]))
        from chainatlas.exceptions import InputError
        from chainatlas.graph import ingest_file

        path = os.path.join(w.dir, f"case{ext}")
        with open(path, "wb") as f:
            f.write(data)
        try:
            _, x = ingest_file(w.store, path, doc_id=f"doc{case_no % 40}")
            _check_spans(x)
        except InputError as e:
            print(f"refused: {e}")
            return 0
        except Exception:
            traceback.print_exc()
            return 1
        print("ok: " + ", ".join(f"{v} {k}" for k, v in x.counts().items() if v))
        return 0
    finally:
        w.close()


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", type=int, default=1000, help="how many cases (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="the seed (default 0)")
    p.add_argument("--workers", type=int, default=None, help="processes (default: every core)")
    p.add_argument("--show", type=int, default=5, help="how many failures to print (default 5)")
    p.add_argument("--ingest-every", type=int, default=1, metavar="K",
                   help="ingest every K-th case into the store, only extract the others (default 1: all)")
    p.add_argument("--case", type=int, default=None, help="run this one case again, with its traceback")
    a = p.parse_args(argv)
    if a.case is not None:
        return replay(a.seed, a.case)
    return 1 if fuzz(a.cases, a.seed, a.workers, show=a.show, ingest_every=a.ingest_every) else 0


if __name__ == "__main__":
    sys.exit(main())
