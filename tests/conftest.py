import glob
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
EXAMPLES = os.path.join(ROOT, "examples")
ARTIFACTS = os.path.join(HERE, "artifacts")


def bench_module(name):
    """The script ``bench/<name>.py`` as a module (the benchmarks are scripts, not part of the package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_" + name, os.path.join(ROOT, "bench", name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def corpus_file(prefix):
    found = glob.glob(os.path.join(CORPUS, prefix + "_*.txt"))
    if not found:
        pytest.fail(f"corpus document {prefix} not found in {CORPUS}")
    return found[0]


@pytest.fixture(scope="session")
def corpus_files():
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    assert len(files) == 5, f"expected the five corpus documents in {CORPUS}"
    return files


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, corpus_files):
    from chainatlas.graph import Store, ingest_file

    st = Store(tmp_path_factory.mktemp("corpus") / "corpus.db")
    for f in corpus_files:
        ingest_file(st, f)
    return st


@pytest.fixture
def store(tmp_path):
    from chainatlas.graph import Store

    st = Store(tmp_path / "t.db")
    yield st
    st.close()


@pytest.fixture(scope="session")
def artifacts():
    os.makedirs(ARTIFACTS, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium (selenium) for the session, networking off, console and network logs on.

    Skips when chromium/chromedriver are missing, fails instead under CHAINATLAS_REQUIRE_BROWSER=1.
    """
    from chainatlas.exceptions import ChainAtlasError
    from chainatlas.viz.png import chromium, find_chromium

    try:
        find_chromium()
    except ChainAtlasError as e:
        if os.environ.get("CHAINATLAS_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{e} (CHAINATLAS_REQUIRE_BROWSER=1)")
        pytest.skip(str(e))
    with chromium(1400, 800, logs=True) as drv:
        yield drv


@pytest.fixture(scope="session")
def arcade():
    """One local ArcadeDB engine (Bolt on loopback, through the real neo4j driver) for the whole session.

    It starts empty; a test pushes the store it needs (a push replaces what an earlier push wrote).
    """
    from chainatlas.graph.arcade import INSTALL_HINT, LocalEngine, arcadedb_available

    if not arcadedb_available():
        pytest.fail(f"the ArcadeDB tests need the arcadedb extra: {INSTALL_HINT} (scripts/setup.sh installs it)")
    engine = LocalEngine().start()
    yield engine
    engine.stop()
