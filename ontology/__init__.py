"""The ChainAtlas ontology: a closed vocabulary, stable ids, and its OWL form."""

from chainatlas.ontology.vocab import *  # noqa: F401,F403
from chainatlas.ontology.vocab import __all__ as _vocab_all
from chainatlas.ontology.names import *  # noqa: F401,F403
from chainatlas.ontology.names import __all__ as _names_all
from chainatlas.ontology.owl import *  # noqa: F401,F403
from chainatlas.ontology.owl import __all__ as _owl_all
from chainatlas.ontology.regions import Region, RegionIndex, region_index

__all__ = [*_vocab_all, *_names_all, *_owl_all, "Region", "RegionIndex", "region_index"]
