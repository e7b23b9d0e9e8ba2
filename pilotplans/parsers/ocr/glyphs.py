"""Recognised text boxes into the PDF reader's glyphs: one :class:`Glyph` per character, in points,
placed where the recogniser saw it, so that lines, columns, cells and paragraphs are found on a
scan exactly as on a text layer.

* **Size.** The ink of a line of Chinese characters is a steady share of its font size tall
  (:attr:`OcrSettings.ink_ratio`; the detected box's margin is not steady). Text of one size still
  measures slightly differently line by line, so every box takes the page's body size (the median
  over boxes of Chinese text) unless it holds several Chinese characters and its own size differs
  by more than ``size_spread`` (a title); a box of digits or punctuation alone (a number in the
  序号 column) always takes the body size. Over a document, the pages' body sizes
  are made one (:func:`harmonised`): the PDF reader compares sizes across a page break.
* **Place.** Each character is centred where the recogniser placed it (a punctuation mark, whose
  ink sits to one side of its box, that much further: ``ink_offset`` in ``data/ocr.toml``), as
  wide as a character of its kind (a full-width one an em, a Latin one half that) but never over
  the middle between it and its neighbours: the gaps a column gutter or letter-spacing leaves
  stay, the characters' order is kept. Glyphs are vertically centred on their box.
* **Characters.** Spaces between Chinese characters are where the gap between two is wider than
  the line's usual pitch and the characters beyond them keep that shift (:func:`_with_spaces`;
  the recogniser sees spaces inconsistently, and places a character up to a fifth of an em off
  its print, which widens one gap and narrows the next), others
  where the recogniser read them beside a Latin letter or digit; ASCII punctuation between Chinese characters is made full width
  (:func:`~.characters.restored`), and a bracket opening a line is made ASCII where the line's
  start shows it was printed narrow (:func:`~.brackets.narrow_brackets`); the brackets of a 文号's year
  that take an em each are 〔〕 whatever the recogniser read (:func:`~.numbers.year_brackets`); a character read on a ruling line is that line and is dropped,
  and so is a speck read as a doubtful mark at the start of a list item (:func:`~.characters.specks`).
* **Confidence.** Each glyph carries the recogniser's confidence in its character. Beside a hole
  in a line of Chinese text wide enough for a character the recogniser dropped (a gap between
  neighbours of ``hole_pitches`` times the line's usual pitch), the confidence is at most
  ``hole_confidence``: a character the recogniser never read cannot be doubted otherwise.
"""

from __future__ import annotations

import statistics
from collections.abc import Collection, Sequence
from dataclasses import replace

from ..pdf.content import Glyph, PageContent, Rule
from .brackets import narrow_brackets
from .characters import dashes, is_chinese, is_wide, knowledge, restored, specks
from .engine import CharBox, TextBox
from .geometry import tuned
from .figures import figure_spaces_dropped
from .numbers import year_brackets
from .settings import DEFAULT_OCR, OcrSettings

DEFAULT_SIZE = 10.5
"""The size given to text on a page where nothing tells (五号, the usual size of a table's text)."""


def own_size(box: TextBox, scale: float, settings: OcrSettings = DEFAULT_OCR) -> float | None:
    """A box's font size in points from its ink's height, when it holds enough Chinese characters
    for that to tell (digits and punctuation are shorter)."""
    if box.ink_height is None or sum(map(is_chinese, box.text)) < tuned().own_size_chars:
        return None
    return box.ink_height * scale / settings.ink_ratio


def body_size(boxes: Sequence[TextBox], scale: float, settings: OcrSettings = DEFAULT_OCR) -> float:
    """The page's body text size in points: the median size of its boxes of Chinese text (else of
    a box's height, less its margin)."""
    sizes = [size for box in boxes if (size := own_size(box, scale, settings)) is not None]
    if not sizes:
        sizes = [box.height * scale * settings.ink_ratio for box in boxes]
    return _step(statistics.median(sizes)) if sizes else DEFAULT_SIZE


def box_size(box: TextBox, body: float, scale: float, settings: OcrSettings = DEFAULT_OCR) -> float:
    own = own_size(box, scale, settings)
    if own is not None and abs(own - body) > tuned().size_spread * body:
        return _step(own)
    return body


def harmonised(pages: Sequence[PageContent], recognised: Collection[int]) -> tuple[PageContent, ...]:
    """The pages with the body size of the recognised ones (by number) made the document's: the
    median size of their Chinese glyphs. Glyphs of other sizes (titles) keep theirs."""
    sizes = [g.size for page in pages if page.number in recognised for g in page.glyphs if is_chinese(g.text)]
    if not sizes:
        return tuple(pages)
    body = statistics.median(sizes)
    result = []
    for page in pages:
        if page.number not in recognised:
            result.append(page)
            continue
        glyphs = tuple(_resized(g, body) if g.size != body and abs(g.size - body) <= tuned().size_spread * body else g
                       for g in page.glyphs)
        result.append(replace(page, glyphs=glyphs))
    return tuple(result)


def _resized(glyph: Glyph, size: float) -> Glyph:
    middle = (glyph.top + glyph.bottom) / 2
    return replace(glyph, size=size, top=round(middle - size / 2, 2), bottom=round(middle + size / 2, 2))


def page_glyphs(boxes: Sequence[TextBox], scale: float, rules: Sequence[Rule],
                settings: OcrSettings = DEFAULT_OCR) -> tuple[Glyph, ...]:
    """The glyphs of a page's text boxes (pixels at ``scale`` points each) in points."""
    body = body_size(boxes, scale, settings)
    lines = [figure_spaces_dropped(year_brackets(box_glyphs(box, box_size(box, body, scale, settings), scale, rules)))
             for box in boxes]
    return dashes_mended([glyph for line in narrow_brackets(lines) for glyph in line], rules)


def dashes_mended(glyphs: Sequence[Glyph], rules: Sequence[Rule] = ()) -> tuple[Glyph, ...]:
    """The glyphs with 一 read as a dash where it stands among digits and dashes on its line, or
    alone in its cell (:func:`~.characters.dashes`; a page number's — 3 — is often recognised in
    pieces)."""
    lookalike = knowledge().dash_lookalike
    if not any(g.text == lookalike for g in glyphs):
        return tuple(glyphs)
    mended = {id(g): g for g in glyphs}
    for run in _runs_on_lines(glyphs, [r for r in rules if not r.horizontal]):
        texts = dashes([g.text for g in run])
        for glyph, text in zip(run, texts):
            if text != glyph.text:
                mended[id(glyph)] = replace(glyph, text=text)
    return tuple(mended[id(g)] for g in glyphs)


def _runs_on_lines(glyphs: Sequence[Glyph], verticals: Sequence[Rule] = ()) -> list[list[Glyph]]:
    """The glyphs as runs along their lines: sharing most of their height, left to right, no
    gap wider than ``run_gap_em`` and no ruling line between neighbours."""
    runs: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: ((g.top + g.bottom) / 2, g.x0)):
        middle = (glyph.top + glyph.bottom) / 2
        home = next((run for run in reversed(runs[-8:])
                     if abs((run[-1].top + run[-1].bottom) / 2 - middle) < tuned().same_line_em * glyph.size), None)
        if home is None:
            runs.append([glyph])
        else:
            home.append(glyph)
    split: list[list[Glyph]] = []
    for run in runs:
        run.sort(key=lambda g: g.x0)
        split.append([run[0]])
        for before, glyph in zip(run, run[1:]):
            middle = (glyph.top + glyph.bottom) / 2
            ruled = any(before.x1 <= r.x0 <= glyph.x0 and r.top <= middle <= r.bottom for r in verticals)
            if glyph.x0 - before.x1 > tuned().run_gap_em * glyph.size or ruled:
                split.append([])
            split[-1].append(glyph)
    return split


def box_glyphs(box: TextBox, size: float, scale: float, rules: Sequence[Rule] = ()) -> tuple[Glyph, ...]:
    """One box's glyphs (see the module docstring)."""
    chars = _kept_spaces(box.chars)
    middle = (box.top + box.bottom) / 2 * scale
    top, bottom = middle - size / 2, middle + size / 2
    chars = [c for c in chars if not _on_rule(c, (top + bottom) / 2, size, scale, rules)]
    speck = specks([c.text for c in chars], [c.confidence for c in chars], tuned().speck_doubt)
    chars = [c for c, dropped in zip(chars, speck) if not dropped]
    if not chars:
        return ()
    texts = restored([c.text for c in chars], _printed_wide(chars, size, scale))
    offsets = knowledge().ink_offsets
    centres = [(c.x0 + c.x1) / 2 * scale - offsets.get(text, 0.0) * size for c, text in zip(chars, texts)]
    confidences = _hole_capped(chars, centres, (top + bottom) / 2, rules)
    glyphs = []
    for i, (text, centre) in enumerate(zip(texts, centres)):
        left_half = right_half = size / 2 if is_wide(text) else size / 4
        if not is_wide(text):  # a Latin word's letters touch: no gap a space would be read in
            if i and not is_wide(texts[i - 1]):
                left_half = max(left_half, min(size / 2, (centre - centres[i - 1]) / 2))
            if i + 1 < len(texts) and not is_wide(texts[i + 1]):
                right_half = max(right_half, min(size / 2, (centres[i + 1] - centre) / 2))
        left = max(centre - left_half, (centres[i - 1] + centre) / 2) if i else centre - left_half
        right = min(centre + right_half, (centre + centres[i + 1]) / 2) if i + 1 < len(centres) else centre + right_half
        glyphs.append(Glyph(text, round(left, 2), round(top, 2), round(right, 2), round(bottom, 2), size,
                            round(confidences[i], 4)))
    return _with_spaces(glyphs, centres, size)


def _with_spaces(glyphs: list[Glyph], centres: Sequence[float], size: float) -> tuple[Glyph, ...]:
    """The glyphs with a space glyph where one was typed (the recogniser sees spaces beside Chinese
    text inconsistently): between two Chinese characters standing further apart than the line's
    usual pitch by ``space_em`` (justification spreads every gap alike), but not so far that a
    character seems to be missing (a hole), and only where the shift holds beyond them
    (:func:`_shift_holds`); between a Latin letter or digit and a Chinese character with a white
    gap of ``mixed_space_em`` (``116 在数字…``, ``30 个``)."""
    usual = _usual_pitch(glyphs, centres)
    spaced: list[Glyph] = [glyphs[0]] if glyphs else []
    for i in range(1, len(glyphs)):
        before, glyph = glyphs[i - 1], glyphs[i]
        gap = centres[i] - centres[i - 1]
        if before.is_space or glyph.is_space:
            typed = False
        elif is_chinese(before.text) and is_chinese(glyph.text):
            typed = (usual is not None and usual + tuned().space_em * size <= gap < tuned().hole_pitches * usual
                     and _shift_holds(glyphs, centres, i, usual, usual + tuned().space_em * size))
        else:
            mixed = (is_chinese(before.text) and _latin(glyph.text)) or (_latin(before.text) and is_chinese(glyph.text))
            typed = mixed and glyph.x0 - before.x1 >= tuned().mixed_space_em * size
        if typed and glyph.x0 > before.x1:
            confidence = min(before.confidence or 1.0, glyph.confidence or 1.0)
            spaced.append(Glyph(" ", before.x1, before.top, glyph.x0, before.bottom, size, confidence))
        spaced.append(glyph)
    return tuple(spaced)


def _shift_holds(glyphs: Sequence[Glyph], centres: Sequence[float], i: int, usual: float, widened: float) -> bool:
    """Whether the wide gap before glyph ``i`` (at least ``widened``) is a shift of all the print
    after it, as a typed space makes, rather than one character placed off its print: the
    recogniser places a character to a column of its own grid (about a fifth of an em) and may be
    a column off, which widens the gap on one side of the character and narrows the other
    (``数 据``, ``市 财政局``). The span from the character before the previous one to the one
    after the gap rules out the previous one placed early, the span from the previous one to the
    one after the next rules out the next one placed late: both must be wider than the ``usual``
    pitch and the widened gap, so a gap without Chinese characters on both sides to tell by (at
    the end of a box, beside punctuation) is not taken for a space."""
    if i < 2 or i + 1 >= len(glyphs) or not all(is_chinese(g.text) for g in glyphs[i - 2:i + 2]):
        return False
    return centres[i] - centres[i - 2] >= usual + widened and centres[i + 1] - centres[i - 1] >= usual + widened


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _printed_wide(chars: Sequence[CharBox], size: float, scale: float) -> list[bool | None]:
    """For each punctuation mark that has an ASCII and a full-width form (``[full_width]`` in
    ``data/ocr.toml``), whether it was printed full width; None for other characters and where
    nothing tells.

    Between two Chinese characters the mark's own place tells little (the recogniser places a mark
    on its grid, not where its ink is), the distance between its neighbours a lot: a full-width
    mark takes a character's place, so its neighbours stand two of the line's pitches apart, an
    ASCII one about a pitch and a half (``wide_mark_pitches`` between). This holds whichever
    form the recogniser gave (it reads ``，`` for a narrow ``,`` too). Elsewhere an ASCII mark is
    full width when its ink lies an em and a quarter from the middle of the character on its open
    side (a closing mark's next, an opening mark's previous), an ASCII one's about two thirds of an
    em (``wide_mark_em``); a full-width mark read there is left as read."""
    known = knowledge()
    full_width = set(known.full_width.values())
    centres = [(c.x0 + c.x1) / 2 * scale for c in chars]
    pitch = _usual_pitch(chars, centres) or size
    wide: list[bool | None] = [None] * len(chars)
    for i, char in enumerate(chars):
        if char.text not in known.full_width and char.text not in full_width:
            continue
        if 0 < i < len(chars) - 1 and is_chinese(chars[i - 1].text) and is_chinese(chars[i + 1].text):
            wide[i] = centres[i + 1] - centres[i - 1] >= tuned().wide_mark_pitches * pitch
            continue
        if char.text in full_width:
            continue
        j = i - 1 if char.text in known.openings else i + 1
        if 0 <= j < len(chars) and chars[j].text.strip() and is_wide(chars[j].text):
            wide[i] = abs(centres[i] - centres[j]) >= tuned().wide_mark_em * size
    return wide


def _usual_pitch(chars: Sequence[CharBox] | Sequence[Glyph], centres: Sequence[float]) -> float | None:
    """The median distance between neighbouring Chinese characters of a line (points), when it
    has ``space_min_pitches`` of them."""
    pitches = [b - a for a, b, x, y in zip(centres, centres[1:], chars, chars[1:]) if is_chinese(x.text) and is_chinese(y.text)]
    return statistics.median(pitches) if len(pitches) >= tuned().space_min_pitches else None


FULL_WIDTH_SPACE = "\u3000"


def _kept_spaces(chars: Sequence[CharBox]) -> list[CharBox]:
    """The characters without the spaces the recogniser put between full-width characters (spaces
    between Chinese characters are told from the gaps, :func:`_with_spaces`); a space beside a
    Latin letter or digit (30 个, WTO 规则) stays, and so does a full-width space the recogniser
    read as one (第一条　…: a space typed a character wide)."""
    kept = []
    for i, char in enumerate(chars):
        if char.text.strip() or char.text == FULL_WIDTH_SPACE:
            kept.append(char)  # a full-width space read as such was typed, and is no hole
            continue
        before = next((c.text for c in reversed(chars[:i]) if c.text.strip()), "")
        after = next((c.text for c in chars[i + 1:] if c.text.strip()), "")
        if before and after and not (is_wide(before) and is_wide(after)) and (kept and kept[-1].text.strip()):
            kept.append(CharBox(" ", char.x0, char.x1, char.confidence))
    return kept


def _on_rule(char: CharBox, middle: float, size: float, scale: float, rules: Sequence[Rule]) -> bool:
    """Whether a character is a ruling line misread: its centre on a rule, and it looks like one
    or the recogniser doubted it."""
    if char.text not in knowledge().rule_lookalikes and char.confidence >= tuned().rule_doubt:
        return False
    x = (char.x0 + char.x1) / 2 * scale
    reach = tuned().rule_reach_em * size
    for rule in rules:
        if rule.horizontal:
            if abs(rule.top - middle) <= reach and rule.x0 - reach <= x <= rule.x1 + reach:
                return True
        elif abs(rule.x0 - x) <= reach and rule.top - reach <= middle <= rule.bottom + reach:
            return True
    return False


def _hole_capped(chars: Sequence[CharBox], centres: Sequence[float], middle: float, rules: Sequence[Rule]) -> list[float]:
    """The characters' confidences, capped beside a hole where a character seems to be missing:
    between ``hole_pitches`` and ``hole_max_pitches`` times the line's usual pitch, and
    no ruling line in it (a box read over two cells holds a gap at their rule)."""
    confidences = [c.confidence for c in chars]
    chinese = [i for i, c in enumerate(chars) if is_chinese(c.text)]
    if len(chinese) < tuned().hole_min_chars:
        return confidences
    pitches = [centres[b] - centres[a] for a, b in zip(chinese, chinese[1:]) if b == a + 1]
    if len(pitches) < tuned().hole_min_chars - 1:
        return confidences
    usual = statistics.median(pitches)
    for a, b in zip(range(len(chars)), range(1, len(chars))):
        gap = centres[b] - centres[a]
        ruled = any(not r.horizontal and centres[a] < r.x0 < centres[b] and r.top <= middle <= r.bottom for r in rules)
        if tuned().hole_pitches * usual <= gap <= tuned().hole_max_pitches * usual and not ruled:
            confidences[a] = min(confidences[a], tuned().hole_confidence)
            confidences[b] = min(confidences[b], tuned().hole_confidence)
    return confidences


def _step(size: float) -> float:
    return round(size / tuned().size_step) * tuned().size_step
