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

A module takes the shared names it calls methods on (``_PARK_SUFFIX_RE.search(s)``) by assignment from the module
that holds them (``_PARK_SUFFIX_RE = lexicon._PARK_SUFFIX_RE``), not by ``from .lexicon import``: CPython 3.11
compiles ``name.method()`` to a LOAD_ATTR that builds a bound method at every call when ``name`` is bound by an
import statement of the module (``is_import_originated`` in ``compile.c``), and to LOAD_METHOD otherwise.  The
other names are imported by name.
"""

__all__ = []
