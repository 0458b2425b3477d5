"""Every library module has runnable examples in its docstrings, and they pass.

Modules are discovered, not listed, so a new module without examples fails
here.  The CLI (``chainatlas.cli`` and ``chainatlas.commands.*``) is tested
through CliRunner instead, and ``chainatlas.exceptions`` only declares classes.
"""

import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ["chainatlas", "chainatlas.graph", "chainatlas.ontology", "chainatlas.loaders", "chainatlas.queries",
            "chainatlas.viz"]
WITHOUT_EXAMPLES = {"chainatlas.cli", "chainatlas.exceptions"}


def _modules():
    out = []
    for pkg in PACKAGES:
        p = importlib.import_module(pkg)
        for m in pkgutil.iter_modules(p.__path__):
            name = f"{pkg}.{m.name}"
            if not m.ispkg and name not in WITHOUT_EXAMPLES:
                out.append(name)
    return sorted(out)


MODULES = _modules()


def test_discovery_finds_the_core_modules():
    assert {"chainatlas.graph.store", "chainatlas.queries.analysis", "chainatlas.ontology.library",
            "chainatlas.loaders.text", "chainatlas.viz.chainmap"} <= set(MODULES)


# the modules of a subpackage run their examples with the module that is its public entry point
# (chainatlas.loaders.extract: the extractor behind chainatlas.loaders.text, one module per topic)
SUBPACKAGES = {"chainatlas.loaders.text": "chainatlas.loaders.extract"}


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    mod = importlib.import_module(name)
    res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert res.failed == 0
    assert res.attempted > 0, f"{name} has no runnable example"
    if name in SUBPACKAGES:
        pkg = importlib.import_module(SUBPACKAGES[name])
        for m in pkgutil.iter_modules(pkg.__path__):
            sub = f"{SUBPACKAGES[name]}.{m.name}"
            assert doctest.testmod(importlib.import_module(sub), optionflags=doctest.ELLIPSIS).failed == 0, sub
