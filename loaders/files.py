"""Read an input file of any supported kind into an :class:`Extraction`.

Supported: plain text (.txt, .text, .md) in UTF-8, UTF-8 with BOM, UTF-16
with BOM or GBK/GB18030 (detected from the bytes, not guessed from the name);
Word documents (.docx), PDF files with a text layer (.pdf) and web pages
(.html, .htm), read by :mod:`chainatlas.loaders.documents`; tables (.csv,
.xlsx) read by :mod:`chainatlas.loaders.tables`.

The extension chooses the reader and the content must agree with it: a .pdf
that does not start with ``%PDF``, a .docx that is not a zip or a .txt that is
really a PDF is refused.  Every refusal is one :class:`~chainatlas.InputError`
naming the file (and the offset or row): an unsupported extension, an empty
file, a file over the size limit (:data:`MAX_BYTES`, or ``CHAINATLAS_MAX_BYTES``
in the environment, or the `max_bytes` keyword), a binary file, a zip bomb, a
PDF without a text layer.

Examples
--------
>>> from chainatlas.loaders.files import decode_text
>>> decode_text("甘州区绿电制绿氢".encode("gbk"))
'甘州区绿电制绿氢'
>>> decode_text(b"\\xef\\xbb\\xbf" + "甘州区".encode("utf-8"))
'甘州区'
>>> decode_text(b"\\x00\\x01\\x02", "x.txt")
Traceback (most recent call last):
...
chainatlas.exceptions.InputError: x.txt: the file is binary, not text (NUL byte at offset 0)
"""

import hashlib
import os
import re

from chainatlas.exceptions import InputError
from chainatlas.loaders.documents import DOCUMENT_SUFFIXES, describe, sniff

__all__ = ["decode_text", "load_file", "file_sha256", "size_limit", "TEXT_SUFFIXES", "TABLE_SUFFIXES",
           "DOCUMENT_SUFFIXES", "SUPPORTED_SUFFIXES", "MAX_BYTES"]

TEXT_SUFFIXES = (".txt", ".text", ".md")
TABLE_SUFFIXES = (".csv", ".xlsx", ".xlsm")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + DOCUMENT_SUFFIXES + TABLE_SUFFIXES
MAX_BYTES = 200 * 1024 * 1024
# a zip container (.docx, .xlsx) may unpack to at most this many times the size limit
UNPACKED_FACTOR = 2

_HINTS = {".doc": "; save it as .docx", ".xls": "; save it as .xlsx", ".wps": "; save it as .docx",
          ".et": "; save it as .xlsx", ".rtf": "; save it as .docx", ".mht": "; save it as .html",
          ".jpg": "; OCR it first", ".jpeg": "; OCR it first", ".png": "; OCR it first", ".tif": "; OCR it first",
          ".tiff": "; OCR it first"}
# control characters that do not occur in text (tab, line feed, form feed, carriage return, vertical tab do)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# common Chinese characters (GB2312), ASCII and the usual punctuation: GB18030 bytes of a Chinese
# text decode mostly to these; Big5 or other bytes misread as GB18030 do not
_GB_NAMES = ("gb18030", "gbk", "gb2312", "hz", "cp936")


def size_limit(limit=None):
    """The size limit in bytes: `limit` if given, else ``CHAINATLAS_MAX_BYTES``, else :data:`MAX_BYTES`.

    >>> size_limit(1000)
    1000
    """
    if limit is None:
        env = os.environ.get("CHAINATLAS_MAX_BYTES", "").strip()
        if not env:
            return MAX_BYTES
        try:
            limit = int(env)
        except ValueError:
            raise InputError(f"must be a whole number of bytes, not {env!r}", "CHAINATLAS_MAX_BYTES") from None
        if limit <= 0:
            raise InputError(f"must be positive, not {env!r}", "CHAINATLAS_MAX_BYTES")
        return limit
    if int(limit) <= 0:
        raise InputError(f"the size limit must be positive, not {limit!r}", "max_bytes")
    return int(limit)


def _size(n):
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _common_share(text, simplify=False, limit=20000):
    """The share of common characters (GB2312, ASCII) in `text`: near 1 for Chinese read in the right encoding.

    With `simplify`, traditional characters count as their simplified forms.
    """
    sample = re.sub(r"\s", "", text[:limit])
    if not sample:
        return 1.0
    if simplify:
        from chainatlas.ontology.names import to_simplified

        sample = to_simplified(sample)
    # the characters GB2312 can encode (ASCII included) survive an encode that drops the others
    return len(sample.encode("gb2312", errors="ignore").decode("gb2312")) / len(sample)


def _check_text(text, source):
    if not text.strip():  # bytes.strip() keeps what str.strip() drops (\x1c-\x1f, \x85, U+3000, …)
        raise InputError("the file is empty", source)
    nul = text.find("\x00")
    if nul >= 0:  # also behind a byte-order mark
        raise InputError(f"the file is binary, not text (NUL character at position {nul})", source)
    n = len(_CONTROL.findall(text[:1_000_000]))
    if n > max(8, len(text[:1_000_000]) // 200):
        raise InputError(f"the file is binary, not text ({n} control characters)", source)
    return text


def decode_text(data: bytes, source="<bytes>") -> str:
    """Decode the bytes of a text file, detecting the encoding from the content.

    In order: a byte-order mark (UTF-8, UTF-16), strict UTF-8, GB18030 (the
    superset of GB2312 and GBK) when the result reads as common Chinese;
    else GB18030, Big5 and the encoding charset-normalizer detects compete,
    and the reading with the most common characters wins (GB18030 on a tie).

    Raises
    ------
    InputError
        Empty (or whitespace only), binary (NUL bytes or control
        characters), or not text in any of these encodings.
    """
    if not data.strip():
        raise InputError("the file is empty", source)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            text = data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"starts with a UTF-8 byte-order mark but byte {data[3 + e.start]:#04x} at offset "
                             f"{3 + e.start} is not UTF-8", source) from None
        if not text.strip():
            raise InputError("the file is empty", source)
        return _check_text(text, source)
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom) and len(data) % 2 == 0:
            try:
                text = data[2:].decode(enc)
            except UnicodeDecodeError:
                break  # not UTF-16 after all
            if not text.strip():
                raise InputError("the file is empty", source)
            return _check_text(text, source)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"the file is binary, not text (NUL byte at offset {nul})", source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # a few GBK characters can happen to be valid UTF-8 (as Cyrillic, Hebrew, rare symbols): when the
        # GB18030 reading is common Chinese and has more common characters than the UTF-8 one, take it
        share = _common_share(text, limit=2000) if not text.isascii() else 1.0
        if share < 0.9:
            try:
                gb = data.decode("gb18030")
            except UnicodeDecodeError:
                pass
            else:
                gb_share = _common_share(gb, limit=2000)
                if gb_share >= 0.85 and gb_share > share:
                    return _check_text(gb, source)
        return _check_text(text, source)
    gb, gb_error = None, None
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError as e:
        gb_error = e
    if gb is not None and _common_share(gb) >= 0.85:
        return _check_text(gb, source)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    enc = best.encoding if best else None
    # GB18030, Big5 and the detected encoding compete: the one that reads as the most common characters
    # wins (traditional ones counted as simplified), GB18030 on a tie; detectors misjudge short texts
    candidates = [("gb18030", gb)] if gb is not None else []
    for name in ("big5", enc):
        if name and name.lower() not in _GB_NAMES and name not in (c[0] for c in candidates):
            try:
                candidates.append((name, data.decode(name)))
            except (UnicodeDecodeError, LookupError):
                pass
    if candidates:
        scored = [(_common_share(t, simplify=True), -i, t) for i, (_, t) in enumerate(candidates)]
        return _check_text(max(scored)[2], source)
    kind = sniff(data)
    if kind:
        raise InputError(f"is {describe(kind)}, not text", source)
    bad = gb_error.start
    raise InputError(f"not text in any known encoding (byte {data[bad]:#04x} at offset {bad} is neither UTF-8 "
                     f"nor GB18030{', nor ' + enc if enc and enc.lower() not in _GB_NAMES else ''})", source)


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _mismatch(path, ext, data):
    """Refuse content that is not what its extension says."""
    kind = sniff(data)
    if ext in (".docx", ".xlsx", ".xlsm"):
        if kind != "zip":
            what = describe(kind) if kind else ("text" if _is_texty(data) else "not a zip archive")
            raise InputError(f"is not a {ext} file: it is {what}", path)
    elif ext == ".pdf":
        if kind != "pdf":
            what = describe(kind) if kind else ("text; rename it .txt" if _is_texty(data) else "unknown binary")
            raise InputError(f"is not a PDF file (it does not start with %PDF): it is {what}", path)
    elif kind in ("pdf", "zip", "ole", "png", "jpeg", "gif", "tiff", "gzip", "7z", "rar"):
        raise InputError(f"is not a {ext} file: it is {describe(kind)}", path)


def _is_texty(data):
    try:
        decode_text(data[:4096].rsplit(b"\n", 1)[0] or data[:4096])
        return True
    except InputError:
        return False


def load_file(path, doc_id=None, mapping=None, *, max_bytes=None):
    """Read and extract one file.

    Parameters
    ----------
    path : str or path-like
    doc_id : str, optional
        The document's id in the store; the absolute path by default.
    mapping : dict, optional
        ``field -> header`` overrides for tables (see
        :func:`chainatlas.loaders.tables.parse_column_mapping`); they apply to
        .csv/.xlsx files and to the list tables of a .docx.
    max_bytes : int, optional
        The size limit; ``CHAINATLAS_MAX_BYTES`` or :data:`MAX_BYTES` by default.

    Returns
    -------
    (Extraction, dict)
        The records and the document's metadata for the store.

    Raises
    ------
    InputError
        The file cannot be read; nothing is returned.
    """
    from chainatlas.loaders import documents
    from chainatlas.loaders.tables import read_table
    from chainatlas.loaders.text import extract_text

    limit = size_limit(max_bytes)
    path = os.fspath(path)
    if not os.path.exists(path):
        raise InputError("no such file", path)
    if os.path.isdir(path):
        raise InputError("is a directory, not a file", path)
    ext = os.path.splitext(path)[1].lower()
    if ext not in SUPPORTED_SUFFIXES:
        raise InputError(f"unsupported file type {ext or '(no extension)'}{_HINTS.get(ext, '')}; "
                         f"supported: {', '.join(SUPPORTED_SUFFIXES)}", path)
    size = os.path.getsize(path)
    if size > limit:
        raise InputError(f"the file is {_size(size)}; the limit is {_size(limit)} (CHAINATLAS_MAX_BYTES)", path)
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:  # grew while we looked
        raise InputError(f"the file is over the limit of {_size(limit)} (CHAINATLAS_MAX_BYTES)", path)
    if not data.strip():
        raise InputError("the file is empty", path)
    _mismatch(path, ext, data)
    doc_id = doc_id or os.path.abspath(path)
    unpacked = UNPACKED_FACTOR * limit
    if ext in TABLE_SUFFIXES:
        if ext != ".csv":
            documents.check_zip(data, path, max_unpacked=unpacked, required="xl/workbook.xml", what=ext)
        x = read_table(path, data, doc_id=doc_id, mapping=mapping)
        x.title = os.path.basename(path)
    elif ext == ".docx":
        x = documents.extract_docx(data, doc_id, path, mapping=mapping, max_unpacked=unpacked)
    elif ext == ".pdf":
        x = extract_text(documents.pdf_text(data, path), doc_id=doc_id)
        x.source_format = "pdf"
    elif ext in (".html", ".htm"):
        title, text = documents.html_text(data, path)
        x = extract_text(text, doc_id=doc_id, title=title)
        x.source_format = "html"
    else:
        x = extract_text(decode_text(data, path), doc_id=doc_id)
        x.source_format = "txt"
    if not x.title:
        x.title = os.path.basename(path)
    meta = {"id": doc_id, "path": os.path.abspath(path), "title": x.title, "sha256": file_sha256(data),
            "format": x.source_format, "text": x.text, "scope": x.scope}
    return x, meta
