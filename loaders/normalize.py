"""Clean the text of a planning document before extraction.

Scraped and converted documents carry noise that breaks pattern matching:
traditional characters, pinyin annotations inside words from a bad web scrape
(張掖經(jīng)開區(qū)), page breaks inside words (固\\n\\n定资产), download-site
truncation notes and mixed full-width/ASCII punctuation.  :func:`clean_text`
removes all of it.  Evidence spans refer to the cleaned text, which the store
keeps with the document.

The cleaned text is NFKC-normalised, so full-width punctuation becomes ASCII
(，→ , ：→ : （）→ ()), while 、 。 “ ” — stay as they are.

Examples
--------
>>> from chainatlas.loaders.normalize import clean_text
>>> clean_text("張掖經(jīng)開區(qū)聚力打造")
'张掖经开区聚力打造'
>>> clean_text("紧盯项目开（复）工率、招商引资到位率、按期竣工率和固" + "\\n\\n" + "定资产投资完成率。")
'紧盯项目开(复)工率、招商引资到位率、按期竣工率和固定资产投资完成率。'
"""

import re
import unicodedata

from chainatlas.ontology.names import to_simplified

__all__ = ["clean_text", "split_sentences", "HAN"]

HAN = "\u4e00-\u9fff\u3400-\u4dbf"

_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ"
# a Han character followed by its pinyin in parentheses: 經(jīng)
_PINYIN = re.compile(rf"(?<=[{HAN}])\(\s*[{_PINYIN_LETTERS}]{{1,7}}\s*\)")
# what a mis-decoded scrape leaves of such annotations: 鏈?zhǔn)桨l(fā)展
_PINYIN_DEBRIS = re.compile(rf"\?[{_PINYIN_LETTERS}]{{1,7}}\)|(?<=[A-Za-z])\([{_PINYIN_LETTERS}]{{1,7}}\)")
# download-site truncation notes: ---此处隐藏1065字,下载后查看---
_HIDDEN = re.compile(r"-{2,}\s*此处隐藏\s*\d+\s*字.{0,12}?-{2,}")
_TERMINAL = set("。!?;:…”)】」』")
_JOIN_MIN_LINE = 24  # a shorter line is a title or heading, never joined to the next


def _join_broken_lines(text):
    """Join a paragraph that a page break cut in the middle of a word or clause."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        while True:
            stripped = line.rstrip()
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if (
                j < len(lines)
                and len(stripped.strip()) >= _JOIN_MIN_LINE
                and stripped
                and stripped[-1] not in _TERMINAL
                and re.match(rf"[{HAN}0-9a-z,、]", stripped[-1])
                and re.match(rf"\s*[{HAN}0-9a-z]", lines[j])
                and not re.match(r"\s*([一二三四五六七八九十]+、|\d+[.、]|第[一二三四五六七八九十\d]+[条章节])", lines[j])
            ):
                line = stripped + lines[j].strip()
                i = j
                continue
            break
        out.append(line)
        i += 1
    return "\n".join(out)


_ASCII_DASH_BETWEEN_HAN = re.compile(rf"(?<=[{HAN})])\s*[‐‑‒–−]\s*(?=[{HAN}(])")
_EM_DASHES = re.compile(r"[—―─━]{1,3}")


def clean_text(text: str) -> str:
    """Return the cleaned, simplified, NFKC-normalised text of a document."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    text = unicodedata.normalize("NFKC", text)
    text = _PINYIN.sub("", text)
    text = _PINYIN_DEBRIS.sub("", text)
    text = _HIDDEN.sub("", text)
    text = to_simplified(text)
    # one em dash for any run of dash-like characters used as separators
    text = _EM_DASHES.sub("—", text)
    text = _ASCII_DASH_BETWEEN_HAN.sub("-", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = _join_broken_lines(text)
    return text


_SENTENCE_END = re.compile(r"[。!?;\n]+")


def split_sentences(text: str):
    """Yield ``(start, end, sentence)`` for each sentence of the cleaned text.

    Sentences end at 。 ! ? ; and line breaks; empty ones are skipped.
    """
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        seg = text[pos:m.start() + (1 if text[m.start()] != "\n" else 0)]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            yield pos + lead, pos + len(seg.rstrip()), seg.strip()
        pos = end
    if pos < len(text) and text[pos:].strip():
        seg = text[pos:]
        lead = len(seg) - len(seg.lstrip())
        yield pos + lead, pos + len(seg.rstrip()), seg.strip()
