"""The graph store (SQLite) and the functions that ingest into it."""

from chainatlas.graph.store import IngestResult, Store, default_db_path, open_store
from chainatlas.graph.ingest import LIBRARY_DOC_ID, ingest_extraction, ingest_file, ingest_library

__all__ = ["Store", "IngestResult", "default_db_path", "open_store", "ingest_file", "ingest_extraction",
           "ingest_library", "LIBRARY_DOC_ID"]
