"""The information table a government web page prints above a document it publishes.

Government sites (政府信息公开) print a small table of the document's particulars above its text::

    索 引 号 MB1534522/2023-05475    发文日期 2023-01-03
    发布机构 区人民政府办公室          文    号 蔡政办〔2023〕1号

as lines of text (labels with spaces inside them, with or without a colon, several label/value
pairs on one line) or as an HTML table (a label and its value in cells side by side). This module
reads either into :class:`InfoField` values, label by label; what a value is worth (a 文号, a
date) is for :mod:`pilotplans.parsers.metadata` to judge. The labels are data
(``pilotplans/data/info_rows.toml``), validated when loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

import regex

from pilotplans.cachedir import code_as_imported
from pilotplans.errors import PilotplansError, validated_data_file
from pilotplans.layout import Grid, Row
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

FILE = "info_rows.toml"
InfoKind = Literal["doc_no", "date", "published", "issuer", "page_source", "disclosure", "title", "source", "other"]

_CELL_GAP = "\t"  # what stands between two cells of a table row read as one line


#: How many characters an office's kind written alone has: two and 室 (办公室, 政研室).
_OFFICE_KIND_LENGTH = 3


@dataclass(frozen=True)
class InfoField:
    """One label of an information table with its value, both as printed."""

    label: str
    kind: InfoKind
    value: str


@dataclass(frozen=True)
class InfoLabels:
    """The labels: the kind of each (spaces removed), the characters they start with, and one
    pattern for all of them, compiled when first needed (it alternates every label: compiling it
    takes longer than reading a small document, and a line that starts with no label's first
    character needs no pattern to be told apart)."""

    kinds: dict[str, InfoKind]
    site_endings: tuple[str, ...] = ()  # how a web site's name ends (网站): an issuer field naming no body
    bracketed_offices: tuple[str, ...] = ()  # a body's office a 发布机构 names in brackets after it (…人民政府(办公室))
    named_kinds: tuple[str, ...] = ()  # kinds of document only a 名称 row names as a title (台账)
    state_values: frozenset[str] = frozenset()  # what a row of the document's state holds (有效, 失效): no text of its own
    row_headings: tuple[str, ...] = ()  # a law database's heading over its rows (文章属性)
    text_headings: tuple[str, ...] = ()  # a law database's heading between its rows and the text (正文)
    file_card_labels: tuple[str, ...] = ()  # a document site's card under a file's name (格式, 大小, 文档页数)
    office_level_words: tuple[str, ...] = ()  # a level word an office's kind alone may open with (区办公室)
    office_ending: str = "室"  # how an office's name ends
    office_body_words: tuple[str, ...] = ()  # a body's words, an office naming its body holds (州政府办公室)

    def names_office_alone(self, name: str) -> bool:
        """Whether an issuer row's ``name`` is an office by its kind alone, no body's before it (区办公室, 政研室): it
        names no issuer a reader can place. Traditional characters read as simplified."""
        folded = "".join(fold(name).split())
        if not folded.endswith(self.office_ending):
            return False
        words = folded[1:] if folded[:1] in self.office_level_words else folded
        # an office's kind is two words' characters and 室 (办公室, 政研室, 督查室); more before them names whose office
        # it is, a body's short name (人大办公室, 政协办公室, 党政办公室, 法制办公室) as 政府 does
        return len(words) == _OFFICE_KIND_LENGTH and not any(word in words for word in self.office_body_words)

    @cached_property
    def firsts(self) -> frozenset[str]:
        return frozenset(key[0] for key in self.kinds)

    @cached_property
    def _spelled(self) -> str:
        # Every label, spaces allowed between its characters, the longest first so that it wins — and the `?` a
        # converter printed for each space it could not encode (標??題 for 標　　題: a full-width space lost).
        return "|".join("[ \\t\\u3000?？]*".join(regex.escape(c) for c in key) for key in sorted(self.kinds, key=len, reverse=True))

    @cached_property
    def pattern(self) -> regex.Pattern[str]:
        # A label opens the line or follows a space; a colon, a space or the end of the line follows it.
        # A label may stand in brackets ([发文字号], 【发布机构】, ［ 文号 ］), as some sites print them.
        return compiled(rf"(?<![^\s])(?:(?P<open>[\[［【])[ \t\u3000]*)?(?P<label>{self._spelled})"
                        rf"(?P<mark>(?(open)[ \t\u3000]*[\]］】][ \t\u3000]*[：:]?[ \t\u3000]*"
                        rf"|(?:[ \t\u3000]*[：:][ \t\u3000]*|[ \t\u3000]+|$)))")

    @cached_property
    def bracketed(self) -> regex.Pattern[str]:
        # A law database's row: a known label in 【】, perhaps after a list's mark (•【制定机关】), wherever it stands.
        return compiled(rf"[•·∙▪●◦]?[ \t\u3000]*【[ \t\u3000]*(?:{self._spelled})[ \t\u3000]*】")

    @cached_property
    def file_card(self) -> regex.Pattern[str]:
        # A line of a document site's card under a file's name (- 格式:doc, - 大小:33.50 KB, - 文档页数:14).
        labels = "|".join(map(regex.escape, self.file_card_labels)) or "(?!)"
        return compiled(rf"^\s*[-*•·]?\s*(?:{labels})\s*[:：]")

    @cached_property
    def run_in(self) -> regex.Pattern[str]:
        # A label with its colon wherever it stands, as a page that lost its line breaks runs it
        # into the words before it (…的通知发布时间:2021-04-01信息来源: 芜湖市人民政府…).
        return compiled(rf"(?P<label>{self._spelled})(?:[ \t\u3000]*[：:]|(?P<apart>[ \t\u3000]+))")


def build_labels(text: str) -> InfoLabels:
    """Validate and compile the labels given as TOML text."""
    from pilotplans.parsers.info_rows_schema import _File  # here, not at the top: a start-up reads the labels kept in the cache folder

    data = validated_data_file(_File, text, FILE)
    kinds: dict[str, InfoKind] = {}
    for label in data.label:
        for phrase in label.phrases:
            key = regex.sub(r"\s+", "", phrase)
            if key in kinds:
                raise PilotplansError(f"pilotplans/data/{FILE}: label {phrase!r} is listed twice")
            kinds[key] = label.field
    return InfoLabels(kinds=kinds, site_endings=data.site_endings, bracketed_offices=data.bracketed_offices,
                      named_kinds=data.named_kinds, state_values=frozenset(data.state_values), row_headings=data.row_headings, text_headings=data.text_headings,
                      file_card_labels=data.file_card_labels, office_level_words=data.office_level_words,
                      office_ending=data.office_ending, office_body_words=data.office_body_words)


@lru_cache(maxsize=1)
def info_labels() -> InfoLabels:
    """The package's information-table labels, read and validated once, and kept in the cache folder
    for the next run (keyed by the file's bytes and the code that validates and reads it)."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("info-rows", FILE, _CODE, build_labels, InfoLabels)


#: The code validating and reading the labels, as imported: what the kept labels are keyed by.
_CODE = code_as_imported(__file__, Path(__file__).with_name("info_rows_schema.py"))


# The rules a table copied as text prints between its cells (标 题: | 某某关于…的通知 | ||): no part
# of a label or a value.
_RULES = "|｜"
# The mark of a list item a page printed each label as (  • 发文日期 / 2021-02-12 16:00); before a
# Chinese character the space after it may be lost (OCR reads a hyphen and the character after it
# with no space between: -文件编号：/ -大政办发[2025]3 号): a line is read as a label only where a
# label follows the mark, and a value without its mark only where its label's line has the same.
_BULLET = compiled(r"^[•·∙▪●◦\-*]\s*(?=[\[［【\p{Han}])|^[•·∙▪●◦\-*]\s+")


def info_labels_run_in(text: str, *, apart: bool = False) -> list[int]:
    """Where in ``text`` an information table's labels begin, each with its colon, wherever they
    stand (a page that lost its line breaks runs them into the words before them); with ``apart``,
    also labels a space parts from their value (发文日期 2023-01-03), when one of the labels found
    is spelled with spaces inside it (索 引 号, 文    号), as no sentence spells a word. Traditional
    characters read as simplified."""
    folded = fold(text)
    found = [match for match in info_labels().run_in.finditer(folded) if apart or match["apart"] is None]
    if apart and not any(regex.search(r"\s", match["label"]) for match in found):
        found = [match for match in found if match["apart"] is None]
    return [match.start() for match in found]


def info_label_ends(text: str) -> list[int]:
    """Where in ``text`` the labels :func:`info_labels_run_in` finds (with their colons) end."""
    return [match.end() for match in info_labels().run_in.finditer(fold(text)) if match["apart"] is None]


# A date row whose day in figures a copy ran the page's next line into, no space between (发布时间:2025-10-21上海市奉贤区
# 人民政府: the site's row, then the notice's head naming its issuer over 征收土地公告).
_DATE_ROW_RUN_ON = compiled(r"^(?P<row>\s*\p{Han}{2,6}\s*[:：]\s*(?:19|20)\d{2}\s*[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2}"
                            r"(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)(?P<next>\p{Han}.*)$")


# A site's line opening with the day it put the page up, in figures, and its rows after a gap (2020-06-30 17:41     来源:
# 南宁经济技术开发区管理委员会     作者: …).
_DATED_ROWS = compiled(r"^(?P<day>\s*(?:19|20)\d{2}\s*[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2}"
                       r"(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)\s+(?P<rows>\p{Han}.*)$")


def date_row_apart(line: str) -> list[str]:
    """A line printing an information table's date row (its label one of ``published`` or ``date``: 发布时间, 发文日期)
    with the page's next line run on after the day in figures, no space between, parted into the row and that line;
    a site's day in figures opening a line of rows (2020-06-30 17:41     来源: …     作者: …), parted into the day and
    the rows;
    the line as it is otherwise (a day printed in words, 2025年10月21日, runs on into no line: 日 closes it; a label of
    any other kind: 来源:…; another row run on: 发布时间:2021-04-01 09:11信息来源: …)."""
    colon = min((at for at in (line.find(":"), line.find("：")) if at >= 0), default=-1)
    if colon < 0 or not (line.lstrip()[:1].isdigit() or line[colon + 1:].lstrip()[:1].isdigit()):
        return [line]  # neither a day opening the line nor one in figures after a label: no pattern need search it
    dated = _DATED_ROWS.match(line)
    if dated is not None and read_info_line(dated["rows"]) is not None:
        return [dated["day"].strip(), dated["rows"].strip()]  # the site's day, then its rows: read as rows are
    match = _DATE_ROW_RUN_ON.match(line)
    if match is None:
        return [line]
    label = regex.sub(r"[\s:：]", "", fold(match["row"]).split(":", 1)[0].split("：", 1)[0])
    labels = info_labels()
    if labels.kinds.get(label) not in ("published", "date") or labels.run_in.match(fold(match["next"])) is not None:
        return [line]  # a row run into the next row (…09:11信息来源: 芜湖市人民政府) is the table's, read as its rows are
    return [match["row"].strip(), match["next"].strip()]


# A headline closed by a bracket holding the site's rows (对…代表建议的答复 (发布日期:2025年05月12日 文号:沪发改开放建〔2025〕10号)).
_ROWS_BRACKET = compiled(r"^(?P<head>.*?\S)[ \t\u3000]*[(（](?P<rows>[^()（）]+)[)）][ \t\u3000]*$")


def bracketed_rows_apart(line: str) -> list[str]:
    """A line whose closing bracket holds nothing but an information table's rows, two or more (a site printing its
    发布日期 and 文号 after a headline: ``对…的答复 (发布日期:2025年05月12日 文号:沪发改开放建〔2025〕10号)``), parted into
    what stands before the bracket and the rows, read then as a table's rows are; the line as it is where the bracket
    holds one row or none (``(征求意见稿)``, ``(2023年修订)``, ``(此件公开发布)``, ``(文号:见附件)``: one label), or
    words before its first label (``(根据…文号:…)``), or where nothing stands before it."""
    if not line.rstrip().endswith((")", "）")):
        return [line]
    match = _ROWS_BRACKET.match(line)
    if match is None:
        return [line]
    rows = read_info_line(match["rows"])
    if rows is None or len(rows) < 2 or any(not field.value for field in rows):
        return [line]
    return [match["head"].strip(), match["rows"].strip()]


def law_rows_apart(line: str) -> list[str]:
    """A line a law database's rows ran together on (…的通知文章属性•【制定机关】遵义市人民政府办公室•【公布日期】2020.10.10•…
    •【主题分类】机关工作正文市人民政府办公室关于…), parted into what stands before the rows, each row, and the document's
    text after the last row's value; the database's headings (``row_headings`` 文章属性 over the rows, ``text_headings``
    正文 before the text) are left out — not inside a last row naming the title, whose words may hold 正文. The line as it
    is where it holds fewer than two rows in 【】 with a known label: one row alone on its line is read as it stands
    (:func:`read_info_line`)."""
    if "【" not in line:
        return [line]
    labels = info_labels()
    folded = fold(line)
    starts = [match.start() for match in labels.bracketed.finditer(folded)]
    if len(starts) < 2:
        return [line]
    before = line[:starts[0]].strip()
    for heading in labels.row_headings:
        before = before.removesuffix(heading).rstrip()
    parts = [before] if before else []
    parts.extend(line[a:b].strip() for a, b in zip(starts, starts[1:]))
    last = line[starts[-1]:].strip()
    text_at = max((last.find(heading) for heading in labels.text_headings), default=-1)
    heading = next((h for h in labels.text_headings if last.find(h) == text_at), "")
    # a title's words may hold the heading's (【标题】关于规范公文正文格式的通知): no other row's value does
    label = regex.sub(r"\s+", "", fold(last).split("【", 1)[1].split("】", 1)[0])
    if text_at > 0 and last[text_at + len(heading):].strip() and labels.kinds.get(label) != "title":
        parts.extend((last[:text_at].strip(), last[text_at + len(heading):].strip()))
    else:
        parts.append(last)
    return parts


def heads_file_card(following: str) -> bool:
    """Whether ``following``, the line under a line, is the first of a document site's card (- 格式:doc): the line over
    it is the file's name as the site lists it (``file_card_labels``)."""
    return info_labels().file_card.match(following) is not None


def list_item_value(label_line: str, value_line: str) -> str:
    """The value a page printed on the line after a label it printed as a list item, both lines
    with the same mark (``- 文件编号:`` / ``- 大政办发〔2025〕3号``): the value without its mark. A line
    after a label printed without a mark, or whose own mark differs, is returned as it stands."""
    label_mark = _BULLET.match(label_line.strip().strip(_RULES).strip())
    value_mark = _BULLET.match(value_line.strip())
    if label_mark and value_mark and label_mark[0].strip() == value_mark[0].strip():
        return value_line.strip()[value_mark.end():].strip()
    return value_line.strip()


def read_info_line(text: str, *, cells: bool = False) -> list[InfoField] | None:
    """The label/value pairs of one line of an information table, or None when ``text`` is not one.

    A table copied as text with its rules (``标 题: | … | ||``, ``| 文号 | … |``) is read without them,
    a label printed as a list item (``• 发文日期``) without its mark, a label in brackets
    (``[发文字号]京政办发〔2021〕7号``) as one with its colon.

    Evidence: the line opens with a label, and a colon follows a label, or it prints several
    labels, or the only label stands apart from its value (``文    号 蔡政办〔2023〕1号``) in a
    line read from a table's ``cells``, or stands with spaces inside it as such tables print them.
    A sentence that opens with a label's words (发布机构要…, 文号为…) is no row.
    """
    stripped = text.strip().strip(_RULES).strip()
    line = _BULLET.sub("", stripped)
    bulleted = line != stripped  # a list item: the label alone, its value on the next line
    folded = fold(line)
    labels = info_labels()
    if not folded or folded.lstrip("[［【 \t\u3000")[:1] not in labels.firsts:  # a row opens with a label
        return None
    matches = list(labels.pattern.finditer(folded))
    if not matches or matches[0].start() != 0:
        return None
    marked = any(m["mark"].strip() for m in matches)
    spaced = any(regex.search(r"\s", m["label"]) for m in matches)
    ruled = any(rule in line for rule in _RULES)  # a table's cells, copied with their rules
    alone = bulleted and len(matches) == 1 and matches[0].end() == len(folded)
    if not (marked or len(matches) > 1 or cells or ruled or spaced or alone or _bulleted_apart(bulleted, folded, matches)):
        return None
    found: list[InfoField] = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        key = regex.sub(r"[\s?？]+", "", match["label"])
        found.append(InfoField(label=line[match.start("label"):match.end("label")], kind=labels.kinds[key],
                               value=line[match.end():end].strip(_RULES + " \t\u3000")))
    return [part for field in found for part in _labels_run_into(field, labels)]


def _bulleted_apart(bulleted: bool, folded: str, matches: list[regex.Match[str]]) -> bool:
    """Whether a list item prints one label, a space, then a date as its value on the same line (• 成文日期 2003-04-15:
    a city gazette's page listing its rows so, prose-blind40's 青岛): a row, as a label with its colon is. Not where
    the label runs into what follows (• 时间紧…) or the rest is words (• 主题 学习贯彻…, • 时间 紧迫)."""
    if not bulleted or len(matches) != 1:
        return False
    rest = folded[matches[0].end():]
    apart = bool(matches[0]["mark"]) and not matches[0]["mark"].strip()  # spaces between label and value, no colon
    # the value a date (2003-04-15, 2003年4月15日): a body text's bullet opening with a label's words prints words after
    # them (• 时间 紧迫, • 来源 于群众, • 主题 学习贯彻党的二十大精神), never a date alone
    return apart and _DATE_VALUE.match(rest.strip()) is not None


# A value that is a date and nothing else, its figures Arabic (2003-04-15, 2003年4月15日, 2003.4.15).
_DATE_VALUE = compiled(r"^(?:19|20)\d{2}\s*(?:[-/.．]\s*\d{1,2}\s*[-/.．]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")


# How many lines in a row a law database prints each opening with its label run into its value, no colon or space
# between (發文機關國務院辦公廳 / 發文日期2003年03月10日 / 時效性現行有效 / 發文字號國辦函〔2003〕19號): its rows, read so
# only as a run of them — one line alone opening with a label's words is a sentence as often (时间紧…, 主题…).
RUN_IN_ROWS_LEAST = 3
# The marks of a sentence, which no row's value prints (國務院辦公廳, 2003年03月10日, 國辦函〔2003〕19號): a line opening with
# a label's words that prints one is prose (来源广泛的意见要吸收。, 时间紧、任务重，…, 主题教育是…。), however many run.
_SENTENCE_MARKS = "，。；！？,;!?"


def run_in_row(text: str) -> InfoField | None:
    """The label and value of a line opening with an information table's label run into its value, no colon or space
    between, the longest label that opens it (發文機關國務院辦公廳: 发文机关 and 國務院辦公廳, a mirror's glosses left out);
    None where no label opens the line, nothing follows it, or a colon or a space does (a row read otherwise). Only a run
    of :data:`RUN_IN_ROWS_LEAST` such lines is rows (:func:`run_in_rows`)."""
    from pilotplans.normalizers.glosses import without_glosses

    labels = info_labels()
    if fold(text.lstrip()[:1]) not in labels.firsts:  # most lines: no label opens them, nothing more is read
        return None
    plain = without_glosses(text).strip()
    folded = fold(plain)
    key = max((key for key in labels.kinds if folded.startswith(key)), key=len, default=None)
    if key is None:
        return None
    value = plain[len(key):]
    if not value or value[0] in ":：" or value[0].isspace() or any(mark in value for mark in _SENTENCE_MARKS):
        return None
    return InfoField(label=plain[:len(key)], kind=labels.kinds[key], value=value.strip())


def run_in_rows(lines: list[str]) -> list[InfoField | None]:
    """Each of ``lines`` read as :func:`run_in_row` where it stands in a run of :data:`RUN_IN_ROWS_LEAST` or more lines
    that each read so (a law database's rows printed without colons), else None."""
    kept: list[InfoField | None] = [None] * len(lines)
    if len(lines) < RUN_IN_ROWS_LEAST:
        return kept
    found = [run_in_row(line) for line in lines]
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and found[end] is not None:
            end += 1
        if end - start >= RUN_IN_ROWS_LEAST:
            kept[start:end] = found[start:end]
        start = end + 1
    return kept


def _labels_run_into(field: InfoField, labels: InfoLabels) -> list[InfoField]:
    """``field``, cut at each label with its colon that a lost space ran into its value: one spelled with spaces inside
    it, as a table's labels are and no sentence spells a word (发 文 字 号 :西青政发〔2018〕2号主 题 :综合政务, 成 文 日 期 :发 文
    日 期 :), and one closing the value, nothing after it (名称: 某某完成情况文号:, which a line wrapped in a PDF ran into
    it). The label and what follows it up to the next such label are a field of their own, empty where nothing follows.
    A label's words without a colon (…发布时间安排), or with a colon and words after it unspaced (关于规范文号:的说明),
    stay the value's."""
    value = fold(field.value)
    cuts = [m for m in labels.run_in.finditer(value) if m["apart"] is None
            and (regex.search(r"\s", m["label"]) or not value[m.end():].strip(" \t\u3000"))]
    if not cuts:
        return [field]
    fields = [replace(field, value=field.value[:cuts[0].start()].strip(" \t\u3000"))]
    for index, match in enumerate(cuts):
        end = cuts[index + 1].start() if index + 1 < len(cuts) else len(value)
        key = regex.sub(r"[\s?？]+", "", match["label"])
        fields.append(InfoField(label=field.value[match.start("label"):match.end("label")], kind=labels.kinds[key],
                                value=field.value[match.end():end].strip(_RULES + " \t\u3000")))
    return fields


# The rows of an information table that must open with labels before a last row of one cell, no label,
# is read as the document's title printed under it (see grid_info_rows).
_ROWS_OVER_TITLE = 2


def split_leading_info_rows(grid: Grid) -> list[Grid]:
    """A grid whose first rows are a page's information rows (``发布单位 | 区政府 | 发文日期 | 2022-07-14 |``, each
    row label and value pairs as :func:`grid_info_rows` reads them: a row printing nothing among them, and a title
    printed as their last row under two of them at least, are theirs) and whose next row is a task table's header
    (序号 | 实事项目 | … | 责任单位), cut in two: the information table, then the task table. A page copied as
    text prints both with the same bars and no line between, and read as one grid neither was read — the
    header stood below where a table's header is looked for, and the information rows were no information table
    with a table's rows under them. A grid that opens with no information row, or whose information rows are
    followed by anything but a header (a task's row), is returned whole."""
    from pilotplans.parsers.columns import read_header  # columns reads no information row: imported where used

    rows = grid.rows
    count = labelled = 0
    while count < len(rows):
        texts = _row_texts(rows[count])
        if texts and read_info_line(_CELL_GAP.join(texts), cells=True) is None:
            titled = (len(texts) == 1 and labelled >= _ROWS_OVER_TITLE and count + 1 < len(rows)
                      and read_header(rows[count + 1]) is not None)
            count += titled  # the title printed as the information table's last row (see grid_info_rows)
            break
        count += 1
        labelled += bool(texts)
    if labelled == 0 or count == len(rows) or read_header(rows[count]) is None:
        return [grid]
    return [Grid(rows=rows[:count], where=grid.where), Grid(rows=rows[count:], where=grid.where)]


def _row_texts(row: Row) -> list[str]:
    """The texts of a row's cells that print anything, a merged cell's once (its first)."""
    return [t for cell in row.cells if cell.merged_from is None if (t := " ".join(cell.paragraphs).strip())]


def grid_info_rows(grid: Grid) -> list[list[InfoField]] | None:
    """The label/value pairs of each row of a table that is an information table (its cells read
    as one line, apart), or None for any other table: every row that prints anything opens with a
    label of its own. A last row of one cell that opens with no label, under two such rows at least,
    is the document's title printed as the table's last row (a page copied as text closing the title's
    line with the table's ``|``: ``海盐县人民政府办公室关于印发…的通知 |``): a title field, whose value the
    metadata judges as it judges a 名称 row's."""
    # Rows are joined one at a time: most tables are no information table and end at their first row.
    # (no walrus here: a name bound inside a generator is the function's own, and looking past the last row would
    # rebind ``texts`` to that row's empty texts)
    filled = (texts for texts in map(_row_texts, grid.rows) if texts)
    rows: list[list[InfoField]] = []
    for texts in filled:
        found = read_info_line(_CELL_GAP.join(texts), cells=True)
        if (found is None and len(texts) == 1 and len(rows) >= _ROWS_OVER_TITLE
                and next(filled, None) is None):
            found = [InfoField(label="", kind="title", value=texts[0])]
        if found is None:
            return None
        rows.append(found)
    return rows or None
