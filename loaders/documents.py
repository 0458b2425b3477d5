"""Readers for office and web documents: .docx, .pdf (text layer) and .html.

Each reader turns the bytes of one file into plain text with one paragraph
(or table row) per line, ready for :func:`chainatlas.loaders.text.extract_text`.
Readers check the content before they parse it: a .docx must be a zip holding
``word/document.xml`` whose unpacked size and compression ratio are within
limits (checked from the zip's directory, without inflating anything); a .pdf
must start with ``%PDF``; an encrypted or scanned PDF is refused.  Every
problem is an :class:`~chainatlas.InputError` naming the file.

Tables of a .docx or a page keep their place in the text as tab-separated
lines, each ending with ``；`` (:data:`ROW_END`) so that the cleaner, which
joins a long line to the next when a page break seems to have cut it, never
runs two rows (or a row and the next paragraph) together.  A table
whose header names a 企业名录 or 项目清单 (see
:func:`chainatlas.loaders.tables.table_kind`) is also read by the table loader,
row by row, by :func:`extract_docx`.

Examples
--------
>>> from chainatlas.loaders.documents import html_text, sniff
>>> page = '<html><head><meta charset="gbk"><title>方案</title><script>var a=1;</script></head>'
>>> page += '<body><nav>首页</nav><p>形成“工业硅—多晶硅”产业链。</p><footer>版权所有</footer></body></html>'
>>> html_text(page.encode("gbk"), "plan.html")
('方案', '形成“工业硅—多晶硅”产业链。')
>>> sniff(b"%PDF-1.7 ..."), sniff(b"PK\\x03\\x04..."), sniff("甘州区".encode())
('pdf', 'zip', None)
"""

import io
import re
import zipfile

from chainatlas.exceptions import InputError

__all__ = [
    "DOCUMENT_SUFFIXES", "ROW_END", "ZIP_MAX_RATIO", "ZIP_MAX_MEMBERS", "sniff", "describe", "check_zip",
    "docx_blocks", "docx_text", "extract_docx", "pdf_text", "html_text",
]

DOCUMENT_SUFFIXES = (".docx", ".pdf", ".html", ".htm")
ROW_END = "；"  # ends each table row in the text (NFKC makes it ';', a sentence end)
# a member that inflates more than this many times is a zip bomb (Word's XML packs 5-30 times)
ZIP_MAX_RATIO = 200
ZIP_MAX_MEMBERS = 10_000
_RATIO_MIN_SIZE = 1024 * 1024  # small members may pack well; only large ones are checked for the ratio

_MAGIC = (
    (b"%PDF", "pdf"), (b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF8", "gif"), (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"), (b"{\\rtf", "rtf"), (b"\x1f\x8b", "gzip"), (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
)
_WHAT = {
    "pdf": "a PDF file", "zip": "a zip archive (.docx/.xlsx or other)", "png": "an image (PNG); OCR it first",
    "jpeg": "an image (JPEG); OCR it first", "gif": "an image (GIF)", "tiff": "an image (TIFF); OCR it first",
    "ole": "an old binary Office file (.doc/.xls) or an encrypted Office file; save it as .docx/.xlsx",
    "rtf": "an RTF file; save it as .docx", "gzip": "a gzip archive", "7z": "a 7z archive", "rar": "a RAR archive",
}


def sniff(data: bytes):
    """The kind of file the bytes start like (``'pdf'``, ``'zip'``, ``'ole'``, ``'png'``, …), else None.

    A PDF may carry up to 1 KB of junk before ``%PDF``, as readers allow.
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"%PDF-" in data[:1024]:
        return "pdf"
    return None


def describe(kind):
    """Words for a kind returned by :func:`sniff`."""
    return _WHAT.get(kind, kind)


# ----------------------------------------------------------------------------- zip containers

def check_zip(data: bytes, source, *, max_unpacked, required=None, what="document"):
    """Open a zip container after checking its directory; nothing is inflated here.

    Parameters
    ----------
    data : bytes
    source : str
        The file, for messages.
    max_unpacked : int
        The largest total unpacked size allowed, in bytes.
    required : str, optional
        A member the container must hold (``"word/document.xml"``).
    what : str
        What the file should be, for messages (``".docx"``).

    Returns
    -------
    zipfile.ZipFile

    Raises
    ------
    InputError
        Not a zip, too many members, a member that inflates more than
        :data:`ZIP_MAX_RATIO` times, a total unpacked size over `max_unpacked`,
        or `required` missing.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        raise InputError(f"is not a {what} file: not a readable zip archive ({e})", source) from None
    if len(infos) > ZIP_MAX_MEMBERS:
        raise InputError(f"the {what} has {len(infos)} parts (limit {ZIP_MAX_MEMBERS}); refusing it as a zip bomb",
                         source)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_MIN_SIZE and ratio > ZIP_MAX_RATIO:
            raise InputError(
                f"part {info.filename} would unpack {ratio:.0f} times its packed size ({info.file_size} bytes); "
                f"refusing it as a zip bomb (limit {ZIP_MAX_RATIO}x)", source)
    if total > max_unpacked:
        raise InputError(f"the {what} would unpack to {total} bytes (limit {max_unpacked}); refusing it as a zip bomb",
                         source)
    if required and required not in zf.NameToInfo:
        raise InputError(f"is not a {what} file: the zip archive has no {required}", source)
    return zf


# ----------------------------------------------------------------------------- .docx

def _cell_text(cell):
    return re.sub(r"\s+", " ", cell.text).strip()


def _table_rows(table):
    rows = []
    for row in table.rows:
        before = getattr(row, "grid_cols_before", 0) or 0
        rows.append([""] * before + [_cell_text(c) for c in row.cells])
    return rows


def _row_line(cells_with_ids):
    # a merged cell appears once per grid column it spans: write it once
    out, last = [], object()
    for tc, text in cells_with_ids:
        if tc is last:
            continue
        last = tc
        out.append(text)
    return "\t".join(out).rstrip()


def docx_blocks(data: bytes, source, *, max_unpacked):
    """The body of a .docx as blocks in document order.

    Returns
    -------
    list of tuple
        ``("paragraph", text)`` or ``("table", rows, lines)`` where ``rows``
        is a list of rows of cell texts aligned to the table's grid (a merged
        cell repeats) and ``lines`` the rows as tab-separated lines (a merged
        cell once).  Headers, footers, footnotes and comments are left out.
    """
    check_zip(data, source, max_unpacked=max_unpacked, required="word/document.xml", what=".docx")
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        blocks = []
        p_tag, tbl_tag, sdt_tag, content_tag = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")

        def walk(parent):
            for el in parent.iterchildren():
                if el.tag == p_tag:
                    blocks.append(("paragraph", Paragraph(el, document._body).text))
                elif el.tag == tbl_tag:
                    table = Table(el, document._body)
                    lines = []
                    for row in table.rows:
                        before = [(None, "")] * (getattr(row, "grid_cols_before", 0) or 0)
                        lines.append(_row_line(before + [(c._tc, _cell_text(c)) for c in row.cells]))
                    blocks.append(("table", _table_rows(table), lines))
                elif el.tag == sdt_tag:  # a content control wrapping paragraphs or tables
                    for content in el.iterchildren(content_tag):
                        walk(content)

        walk(body)
    except InputError:
        raise
    except Exception as e:  # python-docx and lxml raise many kinds on a broken package
        raise InputError(f"not a readable .docx file ({e.__class__.__name__}: {str(e)[:120]})", source) from None
    return blocks


def docx_text(blocks):
    """The plain text of :func:`docx_blocks`: one line per paragraph and per table row.

    >>> docx_text([("paragraph", "企业名录"), ("table", [["企业名称", "园区"]], ["企业名称\\t园区"])])
    '企业名录\\n企业名称\\t园区；'
    """
    lines = []
    for b in blocks:
        if b[0] == "paragraph":
            lines.append(b[1])
        else:
            lines.extend(ln + ROW_END if ln.strip() else ln for ln in b[2])
    return "\n".join(lines)


def _list_table_header(rows, mapping):
    """The index of a row (among the first three) that heads a 企业名录/项目清单, and its kind."""
    from chainatlas.loaders.tables import table_kind

    for h, row in enumerate(rows[:3]):
        kind, cols = table_kind(row, mapping)
        if kind and len(cols) >= 2:
            return h, kind
    return None, None


def extract_docx(data: bytes, doc_id, source, *, mapping=None, max_unpacked):
    """Extract a .docx: its text through the text extractor, its list tables through the table loader.

    Records from a list table keep their row as evidence: the span is the
    row's line in the cleaned text, the sentence names the table and the row
    (``表2第3行: 企业名称=…``; rows are counted from the table's header row).
    A table row that cannot be read is reported in ``problems``.

    Returns
    -------
    Extraction
    """
    from chainatlas.loaders.normalize import clean_text
    from chainatlas.loaders.tables import extract_rows
    from chainatlas.loaders.text import extract_text

    blocks = docx_blocks(data, source, max_unpacked=max_unpacked)
    raw = docx_text(blocks)
    if not raw.strip():
        raise InputError("the .docx has no text", source)
    x = extract_text(raw, doc_id=doc_id)
    x.source_format = "docx"
    cursor = 0
    n_table = 0
    for b in blocks:
        if b[0] != "table":
            continue
        n_table += 1
        rows, lines = b[1], b[2]
        # where each row's line stands in the cleaned text
        spans = []
        for line in lines:
            c = clean_text(line).strip()
            i = x.text.find(c, cursor) if c else -1
            if i >= 0:
                spans.append((i, i + len(c)))
                cursor = i + len(c)
            else:
                spans.append((None, None))
        h, kind = _list_table_header(rows, mapping)
        if kind is None or len(rows) - h < 2:
            continue
        t = extract_rows(rows[h:], f"{source} table {n_table}", mapping=mapping, kind=kind)
        done = set()  # records of one row share their evidence dictionaries
        for cat in ("enterprises", "parks", "projects"):
            for rec in getattr(t, cat):
                for ev in rec["evidence"]:
                    if id(ev) in done:
                        continue
                    done.add(id(ev))
                    row_index = h + ev["start"] - 1
                    ev["start"], ev["end"] = spans[row_index] if 0 <= row_index < len(spans) else (None, None)
                    ev["sentence"] = f"表{n_table}{ev['sentence']}"
                getattr(x, cat).append(rec)
        x.problems.extend(t.problems)
    return x


# ----------------------------------------------------------------------------- .pdf

_CJK = "\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}])[ \u00a0]+(?=[{_CJK}])")
_CID = re.compile(r"\(cid:\d+\)")


def pdf_text(data: bytes, source):
    """The text layer of a PDF, one paragraph per line, page breaks as line breaks.

    Spaces that the layout analysis puts between Chinese characters of
    letter-spaced lines are removed.

    Raises
    ------
    InputError
        Not a PDF, encrypted with a password, unreadable, or without a text
        layer (a scan).
    """
    if sniff(data) != "pdf":
        raise InputError("is not a PDF file (it does not start with %PDF)", source)
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        text = extract_text(io.BytesIO(data), laparams=LAParams(line_margin=0.5, char_margin=2.0, word_margin=0.1,
                                                                detect_vertical=False))
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise InputError(f"the PDF is encrypted and needs a password ({e.__class__.__name__}); "
                         "save an unencrypted copy first", source) from None
    except RecursionError:
        raise InputError("not a readable PDF file (its structure nests too deeply)", source) from None
    except Exception as e:  # pdfminer raises many kinds (PSEOF, PDFSyntaxError, KeyError, …) on a broken file
        raise InputError(f"not a readable PDF file ({e.__class__.__name__}: {str(e)[:120]})", source) from None
    text = text.replace("\x0c", "\n").replace("\x00", "")  # a broken font can map glyphs to NUL
    text = _SPACE_IN_CJK.sub("", text)
    if not text.strip():
        raise InputError("the PDF has no text layer (scanned?); OCR it first", source)
    cids = len(_CID.findall(text))
    if cids and cids * 2 > len(re.sub(r"\s|\(cid:\d+\)", "", text)) + cids:
        raise InputError(f"the PDF's text layer cannot be decoded ({cids} glyphs without Unicode); OCR it first",
                         source)
    return text


# ----------------------------------------------------------------------------- .html

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)
_GB_NAMES = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "x-euc-cn", "csgb2312", "gb18030",
             "windows-936", "ms936", "chinese", "iso-ir-58"}
_DROP = {"script", "style", "nav", "footer", "noscript", "template", "iframe", "svg", "object", "embed", "head",
         "form", "button", "select", "textarea", "input", "canvas", "map", "audio", "video"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table",
          "tr", "thead", "tbody", "tfoot", "caption", "section", "article", "main", "header", "aside",
          "blockquote", "pre", "hr", "address", "figure", "figcaption", "center", "body", "html", "title"}
_CELL = {"td", "th"}


def _html_charset(data):
    m = _XML_ENCODING.search(data[:200]) or _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return "gb18030" if name in _GB_NAMES else name


def _decode_html(data, source):
    from chainatlas.loaders.files import decode_text

    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return decode_text(data, source)
    declared = _html_charset(data)
    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass  # the page lies about its charset: detect it
        else:
            if "\x00" not in text:
                return text
    return decode_text(data, source)


def _collapse(s):
    # HTML whitespace collapses to one space; a source line break between Chinese characters is no space
    s = re.sub(rf"(?<=[{_CJK}])[ \t\r\f]*\n\s*(?=[{_CJK}])", "", s)
    return re.sub(r"[ \t\r\n\f\u00a0]+", " ", s)


def html_text(data: bytes, source):
    """The title and the text of an HTML page, one block (paragraph, heading, row) per line.

    The charset comes from a BOM, the page's ``<meta charset>`` (GB2312 and
    GBK read as GB18030) or, when missing or wrong, from the bytes.  Scripts,
    styles, navigation, footers and forms are dropped; table cells are
    separated by tabs.

    Returns
    -------
    (str or None, str)
    """
    import lxml.etree
    import lxml.html

    text = _decode_html(data, source)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        raise InputError("the file is empty", source)
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError) as e:
        raise InputError(f"not a readable HTML page ({e})", source) from None
    title_el = root.find(".//title")
    title = _collapse(title_el.text_content()).strip() if title_el is not None else None

    parts = []
    # an explicit stack instead of recursion: pages can nest deeper than Python's recursion limit
    stack = [("open", root, False)]
    while stack:
        action, item, pre = stack.pop()
        if action == "raw":
            parts.append(item)
            continue
        if action == "text":
            if item:
                parts.append(item if pre else _collapse(item))
            continue
        el = item
        stack.append(("text", el.tail, pre))
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag is None or tag in _DROP or el.get("hidden") is not None:
            continue  # a comment, processing instruction or dropped element: only its tail is text
        block = tag in _BLOCK
        in_pre = pre or tag == "pre"
        if block:
            stack.append(("raw", ROW_END + "\n" if tag == "tr" else "\n", pre))
        for child in reversed(el):
            stack.append(("open", child, in_pre))
        stack.append(("text", el.text, in_pre))
        if block:
            stack.append(("raw", "\n", pre))
        elif tag in _CELL:
            stack.append(("raw", "\t", pre))
    lines = [ln.strip(" ") for ln in "".join(parts).split("\n")]
    lines = [re.sub(r"^\t+|\t+$", "", re.sub(r" *\t *", "\t", ln)) for ln in lines]
    body = "\n".join(ln for ln in lines if ln.strip() and ln.strip() != ROW_END)
    if not body.strip():
        raise InputError("the HTML page has no text", source)
    return title or None, body
