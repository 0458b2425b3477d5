"""The graph store (SQLite) and the functions that ingest into it."""

from chainatlas.graph.store import IngestResult, Store, default_db_path, open_store
from chainatlas.graph.ingest import ingest_file, ingest_extraction

__all__ = ["Store", "IngestResult", "default_db_path", "open_store", "ingest_file", "ingest_extraction"]
