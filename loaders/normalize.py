"""Clean the text of a planning document before extraction.

Scraped and converted documents carry noise that breaks pattern matching:
traditional characters, pinyin annotations inside words from a bad web scrape
(張掖經(jīng)開區(qū)), page breaks inside words (固\\n\\n定资产), download-site
truncation notes, spaces around numbers (年产 20 万吨) and mixed
full-width/ASCII punctuation.  :func:`clean_text` removes all of it.  Evidence spans refer to the cleaned text, which the store
keeps with the document.

The cleaned text is NFKC-normalised, so full-width punctuation becomes ASCII
(，→ , ：→ : （）→ ()), while 、 。 “ ” — stay as they are.

Examples
--------
>>> from chainatlas.loaders.normalize import clean_text
>>> clean_text("張掖經(jīng)開區(qū)聚力打造")
'张掖经开区聚力打造'
>>> clean_text("按月统计在建项目开（复）工情况、新签约项目履约情况和固" + "\\n\\n" + "定资产投资增速。")
'按月统计在建项目开(复)工情况、新签约项目履约情况和固定资产投资增速。'
"""

import collections
import functools
import re
import unicodedata

from chainatlas.ontology.names import to_simplified

__all__ = ["clean_text", "split_sentences", "HAN", "ARROWS"]

HAN = "\u4e00-\u9fff\u3400-\u4dbf"

_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ"
# a Han character followed by its pinyin in parentheses: 經(jīng).  Every pattern here starts with a
# literal character so that the regex engine skips to its candidates instead of trying every position.
_PINYIN = re.compile(rf"\((?<=[{HAN}]\()\s*[{_PINYIN_LETTERS}]{{1,7}}\s*\)")
# what a mis-decoded scrape leaves of such annotations: 鏈?zhǔn)桨l(fā)展
_PINYIN_DEBRIS = re.compile(rf"\?[{_PINYIN_LETTERS}]{{1,7}}\)|\((?<=[A-Za-z]\()[{_PINYIN_LETTERS}]{{1,7}}\)")
# its second branch alone: in a text without ? the first branch never matches, so the substitutions are the same,
# and a pattern that starts with a literal lets the engine skip to the (
_PINYIN_DEBRIS_PAREN = re.compile(rf"\((?<=[A-Za-z]\()[{_PINYIN_LETTERS}]{{1,7}}\)")
# download-site truncation notes: ---此处隐藏1065字,下载后查看---
_HIDDEN = re.compile(r"-{2,}\s*此处隐藏\s*\d+\s*字.{0,12}?-{2,}")
# full-width spaces between two non-blank characters of a line: a gap between table cells.  (Written as
# (?<=\S)\u3000+(?=\S) the pattern starts with a lookbehind, and the engine tries it at every position; starting
# with the space itself, then looking back at it and its neighbour, matches the same runs and skips to the spaces.)
# (a gap may mix in ASCII blanks after the full-width ones: 1　　 年产…项目　　8亿元)
_CELL_GAP = re.compile(r"\u3000(?<=\S\u3000)[\u3000 ]*(?=\S)")
_TERMINAL = set("。!?;:…”)】」』")
# a table written with runs of spaces between its cells: a header row of at least three cells, one of them a
# usual column name, then the rows below it with at least two gaps each (序号 项目名称 建设内容 总投资 进度)
_SPACE_GAP = re.compile(r"(?<=\S)[ \t]+(?=\S)")
_TABLE_HEAD_WORD = re.compile(r"序号|名称|指标|单位|建设内容|总投资|建设地点|进度|产品|所在|进展|时间|投资方|阶段|备注|行业|"
                              # (a signing's table: 项目名称  签约企业  签约额(亿元)  拟落户园区)
                              r"(?:签约|投资|建设|责任)企业|签约额|投资额|落户园区|拟建项目|竞得人|"
                              # (a roster's columns: 建站年份  在站人数  评估结果, 等级  类别  得分)
                              r"年份|人数|结果|等级|得分|评分|面积|产值|主导产业|入驻企业|"
                              r"(?:19|20)\d{2}年?$")
_HAN_WORD = re.compile(rf"[{HAN}]{{2,8}}")
_NAME_LINE = re.compile(rf"[{HAN}()（）]{{2,30}}(?:有限(?:责任)?公司|集团|分公司|合作社)")
_UNIT_PAREN = re.compile(r"[(（][^()（）]{1,8}[)）]$")
_JOIN_MIN_LINE = 24  # a shorter line is a title or heading, never joined to the next
_LABEL_LINE = re.compile(rf"\s*[{HAN}]{{2,6}}\s*:")
# (the tests of _join_broken_lines, compiled once instead of formatted and looked up per line)
_JOIN_LAST_CHAR = re.compile(rf"[{HAN}0-9a-z,、]")
_JOIN_NEXT_START = re.compile(rf"\s*[{HAN}0-9a-z]")
_INDENT = re.compile("[ \u3000]{2}")
_JOIN_NEXT_NUMBERED = re.compile(r"\s*([一二三四五六七八九十]+、|\d+[.、]|第[一二三四五六七八九十\d]+[条章节])")
# the arrows that separate the steps of a chain (the extractor's separators are built from them too)
ARROWS = "→⟶➝➔➡⇒➜➞⇨⮕⟹"
# two arrows in a line: a chain drawn as a diagram (甲→乙→丙), never a clause a page break cut
_DIAGRAM_ARROW = re.compile(f"[{ARROWS}][^{ARROWS}]+[{ARROWS}]")


_FIELD_CHAIN = re.compile(rf"[{HAN})][-—~－～→][{HAN}]")  # (a separator between two steps of a field's chain)
_SECTION_HEAD = re.compile(r"[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）")
_WIDE_GAP = re.compile(r"\S(?:[ ]{2,}|[ ]*\t[ \t]*)(?=\S)")


# a table whose cells are split by bars, as an article or a forum writes one (项目 | 企业 | 规模 | 状态, or markdown's
# | 项目 | 企业 |), its header naming at least two columns; the rule under a markdown header (|---|---|)
_PIPE_SPLIT = re.compile(r"[ \u3000]*\|[ \u3000]*")
_PIPE_RULE = re.compile(r"[ \u3000]*\|?(?:[ \u3000]*:?-{3,}:?[ \u3000]*\|)+(?:[ \u3000]*:?-{3,}:?[ \u3000]*)?$")
_PIPE_HEAD_WORD = re.compile(_TABLE_HEAD_WORD.pattern + r"|^(?:项目|企业|规模|状态|园区|产能|投资|产业链|环节|地区|县区)$")


def _pipe_cells(line):
    """The cells of a row split by bars (a bar at either end opens or closes the row)."""
    s = line.strip(" \u3000")
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") else s
    return _PIPE_SPLIT.split(s.strip(" \u3000"))


def _pipe_tables(text):
    """Rows whose cells are split by bars under a header row become tab-separated, the markdown rule dropped; a
    bar elsewhere (a page's navigation, 首页 | 论坛 | 招聘) stays: it has no header and no rows of its width."""
    lines = text.split("\n")
    i, changed = 0, False
    while i < len(lines):
        cells = _pipe_cells(lines[i]) if lines[i].count("|") >= 2 and "\t" not in lines[i] else ()
        if len(cells) >= 3 and all(1 <= len(c) <= 12 for c in cells) and \
                sum(bool(_PIPE_HEAD_WORD.search(c)) for c in cells) >= 2:
            j = i + 1
            rule = j < len(lines) and _PIPE_RULE.match(lines[j]) is not None
            k = j + rule
            while k < len(lines) and "\t" not in lines[k] and lines[k].count("|") >= len(cells) - 1 and \
                    len(_pipe_cells(lines[k])) == len(cells):
                k += 1
            if k - (j + rule) >= 1:
                lines[i] = "\t".join(cells)
                for r in range(j + rule, k):
                    lines[r] = "\t".join(_pipe_cells(lines[r]))
                if rule:
                    del lines[j]
                    k -= 1
                changed, i = True, k
                continue
        i += 1
    return "\n".join(lines) if changed else text


def _ruled_header(cells, lines, i):
    """True when line `i` is the header of a table laid out with wide gaps: four or more short cells of Han
    characters, each gap two spaces or more, and the next line has as many gaps (公司名称    公司类型    净利润 /
    甲有限公司    子公司    41,562.08)."""
    # (a cell may carry its unit in parentheses: 吨焦增收(元), 投资强度(亿元/万吨))
    if len(cells) < 4 or i + 1 >= len(lines) or not all(_HAN_WORD.fullmatch(_UNIT_PAREN.sub("", c)) for c in cells):
        return False
    gaps = len(_WIDE_GAP.findall(lines[i]))
    return gaps == len(cells) - 1 and len(_WIDE_GAP.findall(lines[i + 1])) == gaps


def _space_row(line, ruled):
    """Whether `line` is a row of a table laid out with spaces: three cells or more, and for a table found by its
    wide gaps the gaps kept (公司出资 5,000 万元 is prose)."""
    return len(line.split()) >= 3 and (not ruled or len(_WIDE_GAP.findall(line)) >= 2)


def _section_head_in_table(lines, j):
    """Whether line `j` is a section heading inside such a table (一、某某产业链(4个)), its rows going on below it."""
    head = lines[j].strip()
    return len(head.split()) == 1 and len(head) <= 30 and j + 1 < len(lines) and len(lines[j + 1].split()) >= 3 and \
        _SECTION_HEAD.match(head) is not None


def _space_tables(text):
    """Cells split by spaces under a header row become tab-separated, so that no later step glues them."""
    lines = text.split("\n")
    i, changed = 0, False
    while i < len(lines):
        # (a row already split by tabs is a table of its own: the spaces inside its cells stay, 企 业 名 称)
        cells = lines[i].split() if "\t" not in lines[i] else ()
        # (a header cell may carry a long unit, 达产后年出口能力(万美元))
        # (or a longer name before its unit, 2023年综合能源消费量(万吨标准煤): the name itself is short)
        if len(cells) >= 3 and all(len(c) <= 12 or c.endswith((")", "）")) and (
                len(c) <= 16 or len(_UNIT_PAREN.sub("", c)) <= 12) for c in cells):
            named = sum(bool(_TABLE_HEAD_WORD.search(c)) for c in cells) >= 2
            ruled = not named and _ruled_header(cells, lines, i)
            if named or ruled:
                lines[i] = "\t".join(cells)
                j = i + 1
                while j < len(lines) and (_space_row(lines[j], ruled) or _section_head_in_table(lines, j)):
                    if len(lines[j].split()) >= 3:
                        lines[j] = lines[j][: len(lines[j]) - len(lines[j].lstrip())] + \
                            _SPACE_GAP.sub("\t", lines[j].strip())
                    j += 1
                changed, i = True, j
                continue
        i += 1
    return "\n".join(lines) if changed else text


# the blanks around 指 in a row of a definitions table (公司、本公司    指    甲股份有限公司)
_DEFINITION_ROW = re.compile(r"\S[^\S\n]{2,}指[^\S\n]{2,}\S")


# the line break after a line that may be joined to the next: its last character, blanks aside, is one of
# _JOIN_LAST_CHAR's (_TERMINAL holds none of them), or it ends in a blank (the pattern starts with the literal line
# break, so the regex engine skips from one to the next)
_JOIN_BREAK = re.compile(rf"\n(?:(?<=[{HAN}0-9a-z,、]\n)|(?<=[^\S\n]\n))")


# a legal form a line break cut (甲科技有|限公司, 乙股份有|限公司, 丙集团有限|责任公司): the line goes on whatever its length
_CUT_FORMS = ("有限公司", "有限责任公司", "股份有限公司")
_CUT_FORM_CHARS = frozenset("".join(f[:-1] for f in _CUT_FORMS))
_HAN_CHAR_AT_END = re.compile(rf"[{HAN}]$")


# the next line opens with the last one or two characters of a trade name and its legal form (甲数据科|技有限公司),
# or with one character and a trade word (甲新材|料科技有限公司): no name starts so short, so the break is inside one
_FORM_AFTER_CUT = re.compile(rf"\s*(?:[{HAN}]{{1,2}}|[{HAN}](?:科技|能源|化工|实业|环保|电子|生物))(?:股份)?有限(?:责任)?公司")


def _cuts_legal_form(stripped, nxt):
    """Whether the line break between *stripped* and *nxt* falls inside a legal form (…有 / 限公司…) or inside the
    trade name right before it (…科 / 技有限公司…)."""
    if stripped[-1:] not in _CUT_FORM_CHARS:
        # (the line ends with no character of a form: most lines)
        return "有限" in nxt[:10] and _HAN_CHAR_AT_END.search(stripped) is not None and \
            _FORM_AFTER_CUT.match(nxt) is not None
    head = nxt.lstrip()[:6]
    for form in _CUT_FORMS:
        for k in range(1, len(form)):
            if stripped.endswith(form[:k]) and head.startswith(form[k:]):
                return True
    return False


def _joins(stripped, nxt):
    """Whether a line whose end is *stripped* (right-stripped) goes on in the next non-blank line *nxt*.

    Only a line that ends with one of ``_JOIN_LAST_CHAR``'s characters can: ``_join_broken_lines`` visits no other (it
    runs from the matches of ``_JOIN_BREAK``; a property test checks it against a loop over every line).
    """
    return (
        (len(stripped.strip()) >= _JOIN_MIN_LINE or _cuts_legal_form(stripped, nxt))
        and stripped
        and stripped[-1] not in _TERMINAL
        and _JOIN_LAST_CHAR.match(stripped[-1])
        and _JOIN_NEXT_START.match(nxt)
        and not _JOIN_NEXT_NUMBERED.match(nxt)
        # a line that opens with a short label and a colon (链主企业:…, 责任单位:…) starts a field of its own
        and not _LABEL_LINE.match(nxt)
        # an indented line opens a paragraph, unless the line before holds a whole sentence already (a
        # title, a heading, a field or a dateline ends without 。: 产业链条:甲~乙~丙 / 　　甲市一批项目…)
        and not (_INDENT.match(nxt) and "。" not in stripped)
        # a table row (cells split by tabs: 序号\t项目名称\t总投资) stands on its own line
        and "\t" not in stripped and "\t" not in nxt
        # a directory's entry opens with the firm's registered name alone on its line, and a page's navigation
        # (…下一页 尾页) ends its line
        and not _NAME_LINE.fullmatch(nxt.strip()) and not stripped.endswith(("尾页", "下一页", "末页"))
        # a diagram line (甲(乙、丙)→丁→戊, a chain drawn with arrows and no clause around it) stands alone
        and not (_DIAGRAM_ARROW.search(stripped) and "," not in stripped and "。" not in stripped)
        # and so does a field that holds a chain (所属产业链:甲(乙、丙)-丁-戊), its value no clause
        and not (_LABEL_LINE.match(stripped) and _FIELD_CHAIN.search(stripped) and "," not in stripped and
                 "。" not in stripped)
        # a page's chrome holds fields split by bars (楼主 发表于… | 只看该作者, 首页 | 新闻): it ends where its line does
        and " | " not in stripped
        # a row of a definitions table (释义: 公司、本公司    指    甲股份有限公司) stands on its own line, as its next does
        and not ("指" in stripped and _DEFINITION_ROW.search(stripped)) and not ("指" in nxt and _DEFINITION_ROW.search(nxt))
    )


def _join_broken_lines(text):
    """Join a paragraph that a page break cut in the middle of a word or clause."""
    lines = text.split("\n")
    out = []
    i = 0
    # Only a line that ends so is ever joined to the next: the others are copied as they are, and the loop below
    # runs only from each such line (row, its index: the line breaks before its end).
    row, at, joined = 0, 0, False
    for b in _JOIN_BREAK.finditer(text):
        row += text.count("\n", at, b.start())
        at = b.start()
        if row < i:
            continue  # (a line taken into a join)
        out.extend(lines[i:row])
        i = row
        line = lines[i]
        while True:
            stripped = line.rstrip()
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _joins(stripped, lines[j]):
                short = len(stripped.strip()) < _JOIN_MIN_LINE  # (joined for its cut legal form alone)
                line = stripped + lines[j].strip()
                i = j
                joined = True
                if short:
                    break  # (甲股份有|限公司2025年报告 / 气候情景分析: a running title, the heading after it stays apart)
                continue
            break
        out.append(line)
        i += 1
    if not joined:
        return text  # (every line copied as it is)
    out.extend(lines[i:])
    return "\n".join(out)


_ASCII_DASH_BETWEEN_HAN = re.compile(rf"(?<=[{HAN})])\s*[‐‑‒–−]\s*(?=[{HAN}(])")
_DASHES = "‐‑‒–−"
_DASH_CHAR = re.compile(f"[{_DASHES}]")
# spaces between a Han character and a digit, either way (the pattern starts with the space: a fast scan)
_SPACE_AROUND_NUMBER = re.compile(rf" (?<=[{HAN}] ) *(?=\d)| (?<=\d ) *(?=[{HAN}])")
# (one character class, then the repeat: the same matches as [—―─━]{1,3} and [ \t]+\n, but a pattern that starts with
# a class lets the engine skip to its characters, while one that starts with a repeat is tried at every position)
_EM_DASHES = re.compile(r"[—―─━][—―─━]{0,2}")
# what _EM_DASHES does in a text whose only dash of its four is —: a run of — is cut into threes from its start, and
# each piece of two or three becomes one (a piece of one stays as it is); a pattern that starts with a literal, which
# the regex engine skips to, instead of a class tried at every character
_EM_RUN = re.compile("———?")
# a line break with a space or a tab before it (the end of a run of blanks to drop), found from the line breaks
_BLANK_BREAK = re.compile(r"\n(?<=[ \t]\n)")


def _drop_trailing_blanks(text):
    """The run of spaces and tabs before each line break dropped (found from the line breaks: a run goes back from
    its line break over spaces and tabs only, so never into the piece before the line break before it; a property
    test checks it against the substitution of a regex)."""
    out, pos = [], 0
    for m in _BLANK_BREAK.finditer(text):
        out.append(text[pos:m.start()].rstrip(" \t"))
        pos = m.start()
    out.append(text[pos:])
    return "".join(out)


# a page number on its own line, left by a converted or printed document (- 3 -, — 15 —, 第3页 共20页): it may
# split a word of the paragraph around it
_PAGE_NUMBER_LINE = re.compile(r"^[ \t]*(?:[-—][ \t]*\d{1,4}[ \t]*[-—]|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[,/]?[ \t]*共[ \t]*"
                               r"\d{1,4}[ \t]*页)?|(?P<n>\d{1,4})[ \t]*/[ \t]*(?P<of>\d{1,4}))[ \t]*\n", re.M)
# the line starts where such a line can begin: its first character after blanks is -, —, 第 or a digit (18 / 218, a
# PDF reader's page of pages) (the pattern starts with a literal line break, so the regex engine skips to the line
# breaks instead of trying ^ at every position)
_PAGE_NUMBER_START = re.compile(r"\n[ \t]*[-—第\d]")


def _page_line(text, at):
    """The page-number line that starts at `at`, or None (a page of pages counts only when it is no more than
    the pages: 18 / 218, never 218 / 18)."""
    m = _PAGE_NUMBER_LINE.match(text, at)
    if m and m.group("n") is not None and int(m.group("n")) > int(m.group("of")):
        return None
    return m


def _drop_page_number_lines(text):
    """``_PAGE_NUMBER_LINE.sub("", text)``, tried only at the line starts that :data:`_PAGE_NUMBER_START` finds
    (and at 0).  A match runs from a line start to the end of that line and no further, so the matches of the
    substitution are exactly the lines, at those starts, that the pattern matches.

    A running header or footer goes with its page number: the line right before or after the number that the
    document repeats word for word on other pages (甲公司2025年年度报告全文 / 18 / 218), when it closes no sentence.
    """
    out, pos = [], 0
    lines = []  # (how often each line is written, counted once, when a page number is found)
    m = _page_line(text, 0)
    if m:
        pos = m.end()
    for c in _PAGE_NUMBER_START.finditer(text):
        if c.start() + 1 < pos:
            continue  # (inside a running line dropped with the number before it)
        m = _page_line(text, c.start() + 1)
        if m:
            if not lines:
                lines.append(collections.Counter(text.split("\n")))
            start, end = c.start() + 1, m.end()
            before = text.rfind("\n", pos, start - 1) + 1 if start - 1 > pos else -1
            if before >= pos and _running_line(lines[0], text[before:start - 1]):
                start = before
            after = text.find("\n", end)
            if after > end and _running_line(lines[0], text[end:after]):
                end = after + 1
            out.append(text[pos:start])
            pos = end
    if not pos:
        return text
    out.append(text[pos:])
    return "".join(out)


def _running_line(line_counts, line):
    """True when `line` is a running header or footer: long enough to be a title, no end of a sentence in it, and
    written as a line of its own elsewhere in the text (`line_counts`: how often each line of the text is written)."""
    line = line.strip()
    return len(line) >= 8 and line[-1] not in _TERMINAL and "。" not in line and line_counts[line] >= 2


def _hyphens_between_han(text):
    """``_ASCII_DASH_BETWEEN_HAN.sub("-", text)``, looking only at the dashes (the pattern's lookbehind
    would make the regex engine try every position of the text)."""
    out, pos = [], 0
    for d in _DASH_CHAR.finditer(text):
        if d.start() < pos:
            continue
        s = d.start()
        while s > pos and text[s - 1].isspace():
            s -= 1
        m = _ASCII_DASH_BETWEEN_HAN.match(text, s)
        if m is None or m.end() <= d.start():
            continue
        out.append(text[pos:s])
        out.append("-")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _char_class(chars):
    """A regex character class of `chars`, written as ranges."""
    codes = sorted(map(ord, chars))
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(parts) + "]"


@functools.lru_cache(maxsize=1)
def _nfkc_tables():
    """(characters NFKC changes, characters that may combine with a neighbour), as compiled classes."""
    change, combine = [], []
    for i in range(0x10000):
        if 0xD800 <= i < 0xE000:
            continue
        c = chr(i)
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Mc", "Me") or 0x1100 <= i <= 0x11FF:
            combine.append(c)
        elif not unicodedata.is_normalized("NFKC", c):
            (combine if unicodedata.combining(unicodedata.normalize("NFKC", c)[0]) else change).append(c)
    # characters beyond the BMP are rare in these texts: they take the slow, exact path
    return re.compile(_char_class(change)), re.compile(_char_class(combine)[:-1] + "\U00010000-\U0010FFFF]")


@functools.lru_cache(maxsize=1)
def _nfkc_either():
    """One class of the characters of both tables of :func:`_nfkc_tables`: one scan of the text finds both kinds."""
    change, combine = _nfkc_tables()
    return re.compile(change.pattern[:-1] + combine.pattern[1:])


def _nfkc(text):
    """NFKC, character by character when that gives the same result (much faster on Chinese text).

    Chinese text needs only a handful of characters changed (full-width
    punctuation, the ideographic space).  NFKC of a text equals the
    concatenation of the NFKC of its characters unless a character combines
    with a neighbour (combining marks, conjoining Hangul jamo); a text with
    one of those, or with characters beyond the BMP, is normalised as a whole.
    """
    change, combine = _nfkc_tables()
    # the characters of the text in either table, in order: when none combines, they are exactly what
    # change.findall(text) gives (the tables are disjoint)
    found = _nfkc_either().findall(text)
    if found and any(combine.match(ch) for ch in set(found)):
        return unicodedata.normalize("NFKC", text)
    for ch in set(found):
        text = text.replace(ch, unicodedata.normalize("NFKC", ch))
    return text


@functools.lru_cache(maxsize=1)
def _changed_common():
    """The characters of GB 2312 (the common simplified set) that OpenCC's t2s changes on their own (乾, 後, 於…).

    Found once, by converting the whole GB 2312 repertoire in one call; None
    when the conversion does not keep one line per character.
    """
    chars = []
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    out = to_simplified("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        return None
    changed = [c for c, o in zip(chars, out) if c != o]
    return re.compile(_char_class(changed)) if changed else re.compile(r"(?!)")


@functools.lru_cache(maxsize=1)
def _needs_conversion():
    """A class of the characters that make :func:`_simplify` convert a text: those the GB 2312 codec cannot
    encode (the codec encodes character by character, so a text encodes when each of its characters does) and
    those of :func:`_changed_common`; None when that is None.  One scan instead of the encoding and a search."""
    changed = _changed_common()
    if changed is None:
        return None
    plain = []
    for i in range(0x10000):
        if 0xD800 <= i < 0xE000:
            continue
        c = chr(i)
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if not changed.match(c):
            plain.append(c)
    return re.compile("[^" + _char_class(plain)[1:])


# the full-width punctuation of almost every Chinese text: replaced by str.replace before the class scan of
# _nfkc_plain, which then finds only the rare characters instead of a match at each of these
_COMMON_WIDE = "，（）：；"


@functools.lru_cache(maxsize=1)
def _plain_scan():
    """(the common characters with their NFKC, a class of the characters of either table of :func:`_nfkc_tables`
    and of those :func:`_needs_conversion` looks for, whether 0-9 are the only decimal digits outside it) for
    :func:`_nfkc_plain`; None when :func:`_needs_conversion` is None."""
    needs = _needs_conversion()
    if needs is None:
        return None
    either = _nfkc_either()
    change, _ = _nfkc_tables()
    common = []
    for ch in _COMMON_WIDE:
        rep = unicodedata.normalize("NFKC", ch)
        # (each is changed on its own, and what it becomes is in neither table and not looked for by _simplify)
        assert change.match(ch) and not either.search(rep) and not needs.search(rep)
        common.append((ch, rep))
    rest = [chr(i) for i in range(0x10000)
            if not 0xD800 <= i < 0xE000 and not needs.match(chr(i)) and not either.match(chr(i))]
    # (every character beyond the BMP is in the class, as it is in both of the others)
    digits = re.compile(r"\d")
    ascii_digits = all(c in "0123456789" for c in rest if digits.match(c))  # (the decimal digits outside the class)
    return tuple(common), re.compile("[^" + _char_class(rest)[1:]), ascii_digits


def _nfkc_plain(text):
    """``(_nfkc(text), plain)``: plain is True when :func:`_simplify` leaves the result unchanged, and any text
    made by deleting characters from it.

    One class scan finds the characters of both the NFKC tables and :func:`_needs_conversion`'s class (after the
    common full-width punctuation, whose NFKC is in neither, is replaced).  Without a combining character, NFKC is
    a map of single characters, as in :func:`_nfkc`; the result holds a character _simplify looks for only when the
    text held one that NFKC keeps, or NFKC made one."""
    scan = _plain_scan()
    if scan is None:
        return _nfkc(text), False
    common, either_or_needs, _ = scan
    src = text
    for ch, rep in common:
        text = text.replace(ch, rep)
    found = either_or_needs.findall(text)
    if not found:
        return text, True
    change, combine = _nfkc_tables()
    chars = set(found)
    if any(combine.match(ch) for ch in chars):
        return unicodedata.normalize("NFKC", src), False
    needs = _needs_conversion()
    plain = True
    for ch in chars:
        if change.match(ch):
            rep = unicodedata.normalize("NFKC", ch)
            text = text.replace(ch, rep)
            if needs.search(rep):
                plain = False
        else:
            plain = False  # a character _simplify looks for, which NFKC keeps
    return text, plain


def _simplify(text):
    """Traditional characters to simplified ones, converting the whole text only when it needs it.

    Most plans are written in simplified characters, and running OpenCC over
    them costs more than the rest of the cleaning.  A text made only of GB 2312
    characters (the common simplified set), none of which OpenCC changes on its
    own, has nothing to convert; any other text is converted as a whole.
    """
    needs = _needs_conversion()  # (None when the common set could not be checked: then always convert)
    return to_simplified(text) if needs is None or needs.search(text) else text


# a circled number opens an item of a list (①甲项目;②乙项目): NFKC would make it a bare digit glued to the item's
# first word (1甲项目), so it is written as the enumeration it is, (1)
_CIRCLED = re.compile("[\u2460-\u2473]")


def _circled(m):
    return f"({ord(m.group()) - 0x245F})"


def clean_text(text: str) -> str:
    """Return the cleaned, simplified, NFKC-normalised text of a document."""
    return _clean_text(text)[0]


def _clean_text(text):
    """``(clean_text(text), ascii_digits)``: ascii_digits is True when every decimal digit (``\\d``) of the result
    is one of 0-9 (a text _simplify leaves unchanged holds only characters of GB 2312 that NFKC keeps, and the steps
    after it add none but blanks and ASCII or dash characters)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u3000" in text:
        # a full-width space inside a line separates the cells of a table row (3　某某项目　某某公司　9.6);
        # at the start of a line it is indentation
        text = _CELL_GAP.sub("\t", text).replace("\u3000", " ")
    if _CIRCLED.search(text):
        text = _CIRCLED.sub(_circled, text)
    text, plain = _nfkc_plain(text)
    if "(" in text:
        text = _PINYIN.sub("", text)
    if "?" in text:
        text = _PINYIN_DEBRIS.sub("", text)
    elif "(" in text:
        text = _PINYIN_DEBRIS_PAREN.sub("", text)
    if "此处隐藏" in text:
        text = _HIDDEN.sub("", text)
    if not plain:  # (the steps since _nfkc_plain only delete characters)
        text = _simplify(text)
    if " " in text:
        text = _space_tables(text)
    if "|" in text:
        text = _pipe_tables(text)
    # one em dash for any run of dash-like characters used as separators
    if "―" in text or "─" in text or "━" in text:
        text = _EM_DASHES.sub("—", text)
    elif "——" in text:
        text = _EM_RUN.sub("—", text)
    if any(d in text for d in _DASHES):
        text = _hyphens_between_han(text)
    # a converted document puts spaces around numbers (年产 20 万吨): Chinese writes none there
    text = _SPACE_AROUND_NUMBER.sub("", text)
    if " \n" in text or "\t\n" in text:
        text = _drop_trailing_blanks(text)
    if "页" in text or "-" in text or "—" in text or "/" in text:
        text = _drop_page_number_lines(text)
    text = _join_broken_lines(text)
    return text, plain and _plain_scan()[2]


_SENTENCE_END_CHARS = "。!?;"  # the end marks of a sentence


def split_sentences(text: str):
    """Yield ``(start, end, sentence)`` for each sentence of the cleaned text.

    Sentences end at 。 ! ? ; and line breaks (the end mark belongs to the
    sentence); empty ones are skipped.

    >>> list(split_sentences("甲。乙;\\n 丙"))
    [(0, 2, '甲。'), (2, 4, '乙;'), (6, 7, '丙')]
    """
    if text[:1] in ("。", "!", "?", ";"):
        yield 0, 1, text[0]  # a text that starts with an end mark
    # The matches of [^。!?;\n]+[。!?;]?, found without its character class (a regex tried at every character): a match is a
    # run of characters other than the end marks and the line break, with the end mark that follows it if one does.
    # With a line break written after every end mark, the pieces between line breaks are exactly those runs, each
    # with its end mark, and the empty pieces and lone end marks no match holds (an end mark after a line break or
    # after another end mark).  A piece that ends in an end mark is followed by a written line break (no character of
    # the text), any other piece by a line break of the text (or the end).
    marked = text
    for c in _SENTENCE_END_CHARS:
        if c in marked:
            marked = marked.replace(c, c + "\n")
    start = 0  # where the piece starts in text
    for seg in marked.split("\n"):
        n = len(seg)
        if not n:
            start += 1
            continue
        if seg[-1] in _SENTENCE_END_CHARS:
            if n == 1:  # a lone end mark: no match
                start += 1
                continue
            step = n
        else:
            step = n + 1
        stripped = seg.strip()
        if len(stripped) == n:  # most sentences have no space around them: the span is the match's
            yield start, start + n, seg
        elif stripped:
            yield start + n - len(seg.lstrip()), start + len(seg.rstrip()), stripped
        start += step
