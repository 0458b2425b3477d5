"""The ChainAtlas ontology: a closed vocabulary, stable ids, and its OWL form."""

from chainatlas.ontology.vocab import *  # noqa: F401,F403
from chainatlas.ontology.vocab import __all__ as _vocab_all
from chainatlas.ontology.names import *  # noqa: F401,F403
from chainatlas.ontology.names import __all__ as _names_all
from chainatlas.ontology.owl import *  # noqa: F401,F403
from chainatlas.ontology.owl import __all__ as _owl_all
from chainatlas.ontology.regions import Region, RegionIndex, is_anonymised, region_index
from chainatlas.ontology.resolution import enterprise_key, park_key, parse_enterprise_name

__all__ = [*_vocab_all, *_names_all, *_owl_all, "Region", "RegionIndex", "region_index", "is_anonymised",
           "enterprise_key", "park_key", "parse_enterprise_name"]

# the reference chain library (chainatlas.ontology.library) needs networkx; import it on first use
_LIBRARY = ("GBT_LEVELS", "gbt_table", "RefLink", "RefChain", "Library", "load_library")
__all__ += list(_LIBRARY)


def __getattr__(name):
    if name in _LIBRARY:
        from chainatlas.ontology import library

        return getattr(library, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
