"""Text a document-sharing site printed in numbered page chunks, which no reader can trust.

Sites that share documents page by page (文库 sites) print a file's text as paragraphs numbered
``1、`` ``2、`` ``3、`` …, one per page of the original, each cut where the page ended — in the middle
of a sentence, even of a number (…比重达到6 / 3、0%左右). The document's own lines are run together
inside each chunk and the chunk numbers read as item numbers: a task list read from them has
headings made of the words after a page break and items whose owners stand in the next chunk.

Evidence: paragraphs opening with ``1、`` ``2、`` … in sequence from 1, of which at least
``_CUT_AT_LEAST`` (besides the last) are long (``_LONG`` characters and more), end in no
sentence end, no closing bracket and no list mark, and run straight on into the next chunk (a
page's text is followed by the next page's; an item followed by its own 责任单位：… line is none). Such a text is refused with one line.

Where the site ran the whole plan into one line (the plan's own outline inline in the chunks: its title, preamble,
``一、`` and ``（一）`` run together), the chunks are pages of that line, not its items, and the line is read back
whole (:func:`joined_page_chunks`): the page markers are left out and each page's text joined to the next, a
sentence a page cut in two read whole again, and the one line is read as any page that lost its line breaks.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from pilotplans.layout import Block, Layout, Paragraph
from pilotplans.normalizers.numbers import USUAL_DEPTH, item_marker_at
from pilotplans.patterns import compiled
from pilotplans.schema.models import Warning
from pilotplans.textutil import is_terminated

_CHUNK = compiled(r"^\s*(?P<n>\d{1,3})、")
_LONG = 80
_CUT_AT_LEAST = 2
_ENDS = "：:"  # marks a paragraph may end with that do not cut a sentence, besides closing ones


def page_chunks(layout: Layout) -> str | None:
    """The cause to refuse ``layout`` with when its paragraphs are a document-sharing site's page
    chunks (see the module), else None."""
    chunks: list[str] = []
    runs_on: list[bool] = []  # whether the paragraph right after each chunk is the next chunk
    paragraphs = layout.paragraphs
    for k, paragraph in enumerate(paragraphs):
        found = _CHUNK.match(paragraph.text)
        if found is None:
            continue
        if int(found["n"]) != len(chunks) + 1:
            if chunks and int(found["n"]) == 1:
                break  # a numbering of the document's own starting again: judge the run met
            continue
        chunks.append(paragraph.text[found.end():].strip())
        following = _CHUNK.match(paragraphs[k + 1].text) if k + 1 < len(paragraphs) else None
        runs_on.append(following is not None and int(following["n"]) == len(chunks) + 1)
    cut = [text for text, on in zip(chunks[:-1], runs_on) if on and _cut_by_a_page(text)]
    if len(cut) < _CUT_AT_LEAST:
        return None
    return (f"the text is a document-sharing site's page chunks (1、 to {len(chunks)}、, {len(cut)} of them cut "
            f"mid-sentence where a page ended): the document's lines and numbering are lost; read the original file")


def _cut_by_a_page(text: str) -> bool:
    """Whether a chunk's ``text`` (its marker left out) is cut where a page ended: long, ending no sentence."""
    return len(text.strip()) >= _LONG and not _ends_a_sentence(text)


def _ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence, or with a closing mark (any bracket or quote: ）〕】」” …,
    Unicode's closing and final punctuation) or a colon, none of which a page break cuts in two."""
    text = text.rstrip()
    return is_terminated(text) or text.endswith(tuple(_ENDS)) or bool(text) and unicodedata.category(text[-1]) in ("Pe", "Pf")


# The deepest usual level of a heading a plan's page chunks hold inline: a part of the plan (一、, 第一章, 第一部分),
# which no item 1、 of the plan holds inside its own text. Not （一）: an item 1、 may list its own points so
# (1、…落实。（一）…（二）…, a county's list numbering 1、 over （一）), as an answer or a meeting's item may list a
# plan's parts after a colon (…共分为四个部分：一、总体要求，二、…): the heading must open after a sentence's end.
_OUTER_DEPTH = USUAL_DEPTH["cn"]
_JOINED = "page_chunks_joined"  # the warning of a document read back from its page chunks


def joined_page_chunks(layout: Layout) -> tuple[Layout, Warning] | None:
    """``layout`` with a document site's page chunks of a plan run into one line joined back into that line, and the
    warning saying so for the document; None when its paragraphs are no such chunks.

    Evidence, all of it: paragraphs opening with ``1、`` ``2、`` … in sequence from 1, one right after the other;
    at least one of them (besides the last) cut mid-sentence where a page ended (long, ending in no sentence end, no
    closing mark and no colon: see the module); and the chunks holding the plan's own outline inline, a heading number
    1 of a part of the plan (``一、``, ``第一章``, ``第一部分``) opening a sentence inside a chunk, after a sentence's
    end (``…制定本实施方案。一、加强…``): a numbered item holds no heading of its own parents, a page holds whatever
    the page printed. An item listing its own points by ``（一）`` and an answer listing a plan's parts after a
    colon (``…共分为四个部分：一、总体要求，二、…``) are no such evidence. A numbered news story (each item ending its sentence) and a list item running on into the
    next (``1、…对企业给予`` / ``2、奖励。``, no heading inside) are no such chunks. The markers are left out."""
    paragraphs = layout.paragraphs
    first = next((k for k, p in enumerate(paragraphs) if (m := _CHUNK.match(p.text)) is not None and int(m["n"]) == 1), None)
    if first is None:
        return None
    run: list[str] = []
    for paragraph in paragraphs[first:]:
        found = _CHUNK.match(paragraph.text)
        if found is None or int(found["n"]) != len(run) + 1:
            break
        run.append(paragraph.text[found.end():])
    if len(run) < 2:
        return None
    if not any(_cut_by_a_page(t) for t in run[:-1]):
        return None
    if not any(_holds_outline(t) for t in run):
        return None
    chunks = paragraphs[first:first + len(run)]
    where = chunks[0].where
    for chunk in chunks[1:]:
        where = where.spanning(chunk.where)
    line = Paragraph("".join(t.strip() for t in run), where)
    blocks: list[Block] = []
    for block in layout.blocks:
        if block is chunks[0]:
            blocks.append(line)
        elif not any(block is c for c in chunks):
            blocks.append(block)
    warning = Warning(code=_JOINED, message=f"a document site's copy printing the plan in one line cut into page "
                                            f"chunks (1、 to {len(run)}、): the page markers were left out and each "
                                            f"page joined to the next")
    return replace(layout, blocks=tuple(blocks)), warning


def _holds_outline(text: str) -> bool:
    """Whether ``text`` holds a heading number 1 of a part of a plan (``一、``, ``第一章``) opening a sentence (after a
    sentence's end or a closing mark, not a colon: ``…制定本实施方案。一、加强…``)."""
    for position in range(1, len(text) - 1):
        marker = item_marker_at(text, position, 40)
        if (marker is None or marker.number.value != 1
                or USUAL_DEPTH.get(marker.style, len(USUAL_DEPTH)) > _OUTER_DEPTH):
            continue
        before = text[:position].rstrip()
        if is_terminated(before) or before and unicodedata.category(before[-1]) in ("Pe", "Pf"):
            return True  # a sentence's end or a closing mark: not a colon announcing a list (…部分：一、…)
    return False
