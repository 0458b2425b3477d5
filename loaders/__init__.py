"""Loaders: read documents and lists into plain records (an :class:`Extraction`)."""

from chainatlas.loaders.files import SUPPORTED_SUFFIXES, decode_text, load_file
from chainatlas.loaders.records import CATEGORIES, Extraction
from chainatlas.loaders.tables import extract_rows, parse_column_mapping, read_table
from chainatlas.loaders.text import extract_text, parse_chain, parse_project_item

__all__ = ["CATEGORIES", "Extraction", "SUPPORTED_SUFFIXES", "decode_text", "load_file", "extract_text",
           "extract_rows", "read_table", "parse_column_mapping", "parse_chain", "parse_project_item"]
