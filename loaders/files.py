"""Read an input file of any supported kind into an :class:`Extraction`.

Supported now: plain text (.txt, .md) in UTF-8, UTF-8 with BOM or
GBK/GB18030 (detected from the bytes, not guessed from the name), and tables
(.csv, .xlsx).  Anything else, an empty file or a binary file raises
:class:`~chainatlas.InputError` with the file's name.
"""

import hashlib
import os

from chainatlas.exceptions import InputError

__all__ = ["decode_text", "load_file", "file_sha256", "TEXT_SUFFIXES", "TABLE_SUFFIXES", "MAX_BYTES"]

TEXT_SUFFIXES = (".txt", ".text", ".md")
TABLE_SUFFIXES = (".csv", ".xlsx", ".xlsm")
MAX_BYTES = 200 * 1024 * 1024


def decode_text(data: bytes, source="<bytes>") -> str:
    """Decode bytes as UTF-8 (with or without BOM), else the detected Chinese encoding."""
    if not data.strip():
        raise InputError("the file is empty", source)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise InputError("the file is binary, not text", source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    enc = best.encoding if best else None
    # GBK and GB2312 texts decode as GB18030, its superset
    if enc in ("gbk", "gb2312", "gb18030", "hz", None) or (enc and enc.startswith("gb")):
        enc = "gb18030"
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"cannot tell the text encoding (tried UTF-8 and {enc})", source) from None


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_file(path, doc_id=None, mapping=None):
    """Read and extract one file.

    Returns
    -------
    (Extraction, dict)
        The records and the document's metadata for the store.
    """
    from chainatlas.loaders.tables import read_table
    from chainatlas.loaders.text import extract_text

    path = os.fspath(path)
    if not os.path.exists(path):
        raise InputError("no such file", path)
    if os.path.isdir(path):
        raise InputError("is a directory, not a file", path)
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise InputError(f"the file is {size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB", path)
    with open(path, "rb") as f:
        data = f.read()
    doc_id = doc_id or os.path.abspath(path)
    low = path.lower()
    if low.endswith(TABLE_SUFFIXES):
        x = read_table(path, data, doc_id=doc_id, mapping=mapping)
        x.title = os.path.basename(path)
    elif low.endswith(TEXT_SUFFIXES):
        x = extract_text(decode_text(data, path), doc_id=doc_id)
        x.source_format = "txt"
    else:
        ext = os.path.splitext(path)[1] or "(none)"
        raise InputError(f"unsupported file type {ext}; supported: {', '.join(TEXT_SUFFIXES + TABLE_SUFFIXES)}", path)
    meta = {"id": doc_id, "path": os.path.abspath(path), "title": x.title, "sha256": file_sha256(data),
            "format": x.source_format, "text": x.text, "scope": x.scope}
    return x, meta
