"""The infobox a wiki mirror prints over its article about a document: its title, issuer and date.

A mirror of an online encyclopaedia (newton.com.tw) prints, under an article's first paragraph, a heading
(``基本介紹``) and one row a line, each a list item ``- label:value`` (``- 中文名:2004年法庫縣政府工作報告`` /
``- 匯報單位:法庫縣人民政府`` / ``- 報告時間:2003年12月25日``). Where the article is about a document, those rows are
its particulars: the box is read so only where its title row's value ends as a document's title does and
another row names the issuer or the date; a box about a place (中文名:法库县) or a person (中文名:张三, 出生日期)
gives nothing. The labels are data (``pilotplans/data/infobox.toml``).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from pilotplans.cachedir import code_as_imported
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.dates import read_date_alone
from pilotplans.parsers.titles import TITLE_END
from pilotplans.patterns import compiled

FILE = "infobox.toml"

# A row of the box: a list item's mark, the label, a colon, the value.
_ROW = compiled(r"^[-•·*]\s*(?P<label>\p{Han}{2,8})\s*[：:]\s*(?P<value>\S.*?)\s*$")
# The box's rows stand right under its heading, at most this many lines on (a blank line or two between).
_ROWS_FROM_HEADING = 3


@dataclass(frozen=True)
class InfoboxLabels:
    """The labels an infobox is read by (``infobox.toml``), in simplified characters."""

    headings: frozenset[str]
    title: frozenset[str]
    issuer: frozenset[str]
    date: frozenset[str]
    document_endings: tuple[str, ...]

    @property
    def heading_length(self) -> int:
        """How long the longest heading is."""
        return max(map(len, self.headings))


@dataclass(frozen=True)
class Infobox:
    """What a wiki mirror's infobox about a document gives: its title, and its issuer and date where rows name
    them (as printed; None where no row does)."""

    title: str
    issuer: str | None
    date: dt.date | None


#: The code the kept labels are made by: this module (whose ``InfoboxLabels`` they pickle as).
_CODE = code_as_imported(__file__)


@functools.cache
def infobox_labels() -> InfoboxLabels:
    """The labels of ``infobox.toml``, read and checked once and kept in the cache folder: a later run reads them
    back without the TOML parser."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("infobox-labels", FILE, _CODE, infobox_labels_of, InfoboxLabels)


def infobox_labels_of(text: str) -> InfoboxLabels:
    """The labels of ``text``, an ``infobox.toml``, checked: lists of words in simplified characters (a one-line
    error naming the file otherwise)."""
    import tomllib

    data = tomllib.loads(text)
    lists = {}
    for key in ("headings", "title_labels", "issuer_labels", "date_labels", "document_endings"):
        words = data.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w and w == fold(w) for w in words):
            raise ValueError(f"pilotplans/data/{FILE}: `{key}` must be a list of words in simplified characters")
        lists[key] = words
    return InfoboxLabels(headings=frozenset(lists["headings"]), title=frozenset(lists["title_labels"]),
                         issuer=frozenset(lists["issuer_labels"]), date=frozenset(lists["date_labels"]),
                         document_endings=tuple(lists["document_endings"]))


def read_infobox(texts: list[str]) -> Infobox | None:
    """The particulars the first infobox among ``texts`` (a page's lines) gives of the document it is about, or None
    where the page prints no such box, or one about no document."""
    labels = infobox_labels()
    # a heading is a short line alone: only such lines are folded to be compared
    heading = next((at for at, text in enumerate(texts)
                    if len(stripped := text.strip()) <= labels.heading_length and fold(stripped) in labels.headings), None)
    if heading is None:
        return None
    rows: dict[str, str] = {}
    gap = 0
    for text in texts[heading + 1:]:
        if not text.strip():
            gap += 1
            if gap >= _ROWS_FROM_HEADING:
                break
            continue
        row = _ROW.match(text.strip())
        if row is None:
            break
        rows.setdefault(fold(row["label"]), row["value"])
    title = next((value for label, value in rows.items() if label in labels.title), None)
    if title is None or not _names_a_document(title, labels):
        return None
    issuer = next((value for label, value in rows.items() if label in labels.issuer), None)
    date = next((d for label, value in rows.items() if label in labels.date and (d := read_date_alone(value))), None)
    if issuer is None and date is None:
        return None
    return Infobox(title=title, issuer=issuer, date=date)


def _names_a_document(value: str, labels: InfoboxLabels) -> bool:
    folded = fold(value)
    return TITLE_END.search(folded) is not None or folded.endswith(labels.document_endings)
