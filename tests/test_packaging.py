import os
import subprocess
import sys

import pytest

from conftest import ROOT

TOP_LEVEL = ["graph", "queries", "loaders", "viz", "ontology"]


def _run(code, cwd):
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("name", TOP_LEVEL)
def test_installed_environment_has_no_top_level_module(name, tmp_path):
    r = _run(f"import importlib.util, sys; sys.exit(0 if importlib.util.find_spec({name!r}) is None else 3)",
             cwd=tmp_path)
    assert r.returncode == 0, f"a top-level module {name!r} is importable: {r.stderr}"


@pytest.mark.parametrize("name", TOP_LEVEL)
def test_subpackage_importable_under_chainatlas(name, tmp_path):
    r = _run(f"import chainatlas.{name}", cwd=tmp_path)
    assert r.returncode == 0, r.stderr


def test_non_editable_install_puts_only_chainatlas_in_site_packages(tmp_path):
    target = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "-q",
                        "--target", str(target), ROOT], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    top = sorted(p for p in os.listdir(target) if not p.endswith((".dist-info", ".egg-info")) and p != "bin")
    assert top == ["chainatlas"]
    assert os.path.exists(target / "chainatlas" / "graph" / "store.py")
    assert os.path.exists(target / "chainatlas" / "viz" / "templates" / "chainmap.html")
    assert os.path.exists(target / "chainatlas" / "examples" / "ganzhou_plan.txt")
    env = dict(os.environ, PYTHONPATH=str(target))
    r = subprocess.run([sys.executable, "-c", "import chainatlas.graph, chainatlas.viz; import graph"],
                       cwd=tmp_path, env=env, capture_output=True, text=True)
    assert "No module named 'graph'" in r.stderr
