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
"""

from __future__ import annotations

import unicodedata

from pilotplans.layout import Layout
from pilotplans.patterns import compiled
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
    cut = [text for text, on in zip(chunks[:-1], runs_on) if on and len(text) >= _LONG and not _ends_a_sentence(text)]
    if len(cut) < _CUT_AT_LEAST:
        return None
    return (f"the text is a document-sharing site's page chunks (1、 to {len(chunks)}、, {len(cut)} of them cut "
            f"mid-sentence where a page ended): the document's lines and numbering are lost; read the original file")


def _ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence, or with a closing mark (any bracket or quote: ）〕】」” …,
    Unicode's closing and final punctuation) or a colon, none of which a page break cuts in two."""
    text = text.rstrip()
    return is_terminated(text) or text.endswith(tuple(_ENDS)) or bool(text) and unicodedata.category(text[-1]) in ("Pe", "Pf")
