"""The rule-based extractor behind :func:`chainatlas.loaders.text.extract_text`, one module per topic.

``lexicon``      the shared vocabularies of the genre, regexes and lexical helpers
``regions``      region names and scope
``parks``        park names
``chains``       industries and chains (:func:`~chainatlas.loaders.extract.chains.parse_chain`)
``enterprises``  enterprise names
``projects``     capacities and projects (``parse_project_item``, ``capacity_products``, ``CAPACITY``)
``targets``      indicator sentences and target tables
``departments``  wanted (招引) links and responsible departments
``core``         ``_Extractor``: its state, the shared span, sentence and list helpers, and ``run``, composed of
                 the per-topic mixins of the modules above

Import from :mod:`chainatlas.loaders.text`, the public entry point; the modules here are internal.
"""

__all__ = []
