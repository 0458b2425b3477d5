"""ChainAtlas: a knowledge graph of industry chains (产业链).

Data flows one way::

    loaders  ->  ontology mapping  ->  graph store  ->  queries  ->  viz / exports

The subpackages are installed under this one import name:
``chainatlas.ontology``, ``chainatlas.loaders``, ``chainatlas.graph``,
``chainatlas.queries`` and ``chainatlas.viz``.
"""

__version__ = "0.1.0"

from chainatlas.exceptions import (  # noqa: E402
    ChainAtlasError,
    InputError,
    NotFoundError,
    StoreError,
    UnknownTermError,
)

__all__ = [
    "__version__",
    "ChainAtlasError",
    "InputError",
    "NotFoundError",
    "StoreError",
    "UnknownTermError",
]
