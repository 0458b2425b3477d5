import doctest
import importlib

import pytest

MODULES = [
    "chainatlas.ontology.vocab", "chainatlas.ontology.names", "chainatlas.ontology.owl",
    "chainatlas.ontology.mapping", "chainatlas.loaders.normalize", "chainatlas.ontology.regions",
    "chainatlas.loaders.text", "chainatlas.loaders.tables", "chainatlas.graph.store", "chainatlas.graph.ingest",
    "chainatlas.queries.resolve", "chainatlas.queries.gaps", "chainatlas.viz.chainmap",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    mod = importlib.import_module(name)
    res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert res.failed == 0
    assert res.attempted > 0, f"{name} has no runnable example"
