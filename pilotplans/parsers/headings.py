"""Read a task heading (试点任务 / 领域) from the paragraphs that print it."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pilotplans.normalizers.numbers import Number, find_heading_marker
from pilotplans.patterns import compiled
from pilotplans.schema.models import Warning

_SENTENCE_PUNCT = compiled(r"[，。；：,;:]")
TITLE_MAX = 40


@dataclass
class HeadingText:
    """What a heading cell says: its number (if printed), title and description."""

    number: Number | None
    title: str
    description: str | None
    warnings: list[Warning] = field(default_factory=list)


def looks_like_title(text: str) -> bool:
    """True for a short phrase without sentence punctuation (a heading, not a sentence)."""
    text = text.strip()
    return 0 < len(text) <= TITLE_MAX and not _SENTENCE_PUNCT.search(text)


def looks_like_phrased_title(text: str) -> bool:
    """True for a heading's title as :func:`looks_like_title` reads one, or of two or three such
    phrases joined by commas, no longer than one (推进简政放权，释放发展活力; 优审批、强监管，提升项目
    审批质效): a heading's wording, with no sentence's stop, colon or semicolon in it."""
    text = text.strip()
    if looks_like_title(text):
        return True
    phrases = regex.split(r"[，,]", text)
    return (len(text) <= TITLE_MAX and 2 <= len(phrases) <= 3
            and all(looks_like_title(phrase) for phrase in phrases))


def _split_title(text: str) -> tuple[str, str | None]:
    """Split "全面探索健全统计体系 推动完善…。" into the title and the sentence after it."""
    text = text.strip()
    if looks_like_title(text):
        return text, None
    match = regex.match(r"^(\S{2,40}?)\s+(\S.*)$", text, regex.S)
    if match and looks_like_title(match[1]):
        return match[1], match[2].strip()
    return text, None


def read_heading(paragraphs: list[str]) -> HeadingText | None:
    """The heading the paragraphs print, or None if they do not read as a heading.

    Accepts a numbered heading (``(一) 全面探索完善管理体制``), an unnumbered short title
    (``进一步完善 管理体制``), a title followed by its explanatory sentence, and the scrambled
    form some extractions produce (``探索扩大对外开放 / （二）全面开放 / 坚持…``), which is
    reported.
    """
    paragraphs = [p.strip() for p in paragraphs if p.strip()]
    if not paragraphs:
        return None
    for index, paragraph in enumerate(paragraphs):
        found = find_heading_marker(paragraph)
        if found is None:
            continue
        number, _, end = found
        rest = paragraph[end:].strip()
        if index == 0:
            title, tail = _split_title(rest)
            description = _join([tail, *paragraphs[1:]])
            if not title:
                return None
            return HeadingText(number=number, title=title, description=description)
        # Evidence of the scramble: only title fragments before the number, and no other
        # numbered paragraph (a cell listing numbered items is a list, not a heading).
        before = [p for p in paragraphs[:index] if looks_like_title(p)]
        numbered = [p for p in paragraphs if find_heading_marker(p) is not None]
        if len(before) != index or len(numbered) > 1:
            break
        # The title is what precedes the number; what follows it (a fragment that may run into
        # the description without a visible break) stays in the description, as printed.
        title = " ".join(before)
        description = _join([rest, *paragraphs[index + 1:]])
        message = (
            f"heading text is split around its number {number.raw}: "
            + " / ".join(paragraphs[: index + 1])
        )
        return HeadingText(number=number, title=title, description=description,
                           warnings=[Warning(code="heading_scrambled", message=message)])
    title, tail = _split_title(paragraphs[0])
    if not looks_like_title(title):
        return None
    return HeadingText(number=None, title=title, description=_join([tail, *paragraphs[1:]]))


def _join(parts: list[str | None]) -> str | None:
    text = "\n".join(p for p in parts if p)
    return text or None
