"""Ink the text detector left out, recognised on its own.

The detector misses small isolated marks: a one-digit number alone in a narrow 序号 column, a
dash (——) standing for an empty cell. What ink remains once the recognised boxes and the ruling
lines are taken away is grouped into words (pieces closer than half an em side by side) and each
group at least :attr:`OcrSettings.unread_min_em` tall or wide (specks are noise) is recognised as
one line, its characters spread over the group's width.

The recogniser also drops a mark it has detected: a box reaches over a comma at the end of a line
and its characters stop before it (模式， read 模式; 负责推进, read 负责推进, where the comma is all
that parts two bodies). Ink inside a box beyond its last character (or before its first), parted
from the character's own by white and large enough to be a mark, is such a mark: it is read again
with that character and put in its place, doubted; read as no mark, the character beside it is
doubted instead (:func:`with_unread_ends`), as a character beside a hole in a line is.

The recogniser is unsure of a lone dash (a mark with no context to read it by), yet its shape
says what it is: when the ink of a group read as a dash (``[dashes] kin`` in ``data/ocr.toml``)
is one straight bar — solid, thin, at least twice as long as it is thick — the dash is as sure as
``bar_confidence`` (the dash of an empty cell is not doubted on every record).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from .characters import knowledge
from .engine import CharBox, Recogniser, TextBox, spread
from .geometry import tuned
from .settings import DEFAULT_OCR, OcrSettings



def unread_groups(ink: np.ndarray, covered: np.ndarray, body_px: float,
                  settings: OcrSettings = DEFAULT_OCR) -> tuple[tuple[int, int, int, int], ...]:
    """The boxes ``(x0, top, x1, bottom)`` of groups of ink outside ``covered`` (both 0/255 masks;
    ``body_px`` the body text size in pixels)."""
    import cv2

    left = cv2.bitwise_and(ink, cv2.bitwise_not(covered))
    smallest = settings.unread_min_em * body_px
    count, labels, stats, _ = cv2.connectedComponentsWithStats(left, connectivity=8)
    keep = np.zeros(count, dtype=bool)
    for label in range(1, count):
        w, h = stats[label, cv2.CC_STAT_WIDTH], stats[label, cv2.CC_STAT_HEIGHT]
        keep[label] = max(w, h) >= smallest and min(w, h) <= tuned().unread_max_em * body_px
    if not keep[1:].any():
        return ()
    pieces = np.where(keep[labels], 255, 0).astype(np.uint8)
    joined = cv2.dilate(pieces, np.ones((1, max(1, round(tuned().join_em * body_px))), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    groups = []
    for label in range(1, count):
        x, y, w, h = (int(stats[label, k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT))
        ys, xs = np.nonzero((labels[y:y + h, x:x + w] == label) & (pieces[y:y + h, x:x + w] > 0))
        if len(xs):
            groups.append((x + int(xs.min()), y + int(ys.min()), x + int(xs.max()) + 1, y + int(ys.max()) + 1))
    return tuple(groups)


def read_groups(grey_pixels: np.ndarray, groups: Sequence[tuple[int, int, int, int]], body_px: float,
                recogniser: Recogniser, settings: OcrSettings = DEFAULT_OCR) -> tuple[TextBox, ...]:
    """Each group recognised as one line of text (cut out with some paper around it); groups read
    as nothing, or less surely than ``unread_min_score``, are dropped (ink left unread that reads
    as something is kept with its low confidence: better a doubted mark than a silent gap)."""
    import cv2

    pad = round(tuned().pad_em * body_px)
    height, width = grey_pixels.shape[:2]
    found = []
    for x0, top, x1, bottom in groups:
        middle = (top + bottom) / 2
        half = max(bottom - top, body_px) / 2 + pad
        crop_top, crop_bottom = max(0, round(middle - half)), min(height, round(middle + half))
        crop = grey_pixels[crop_top:crop_bottom, max(0, x0 - pad):min(width, x1 + pad)]
        text, score, confidences = recogniser.read_line(cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR))
        if not text.strip() or score < settings.unread_min_score:
            continue
        if is_bar(grey_pixels[top:bottom, x0:x1], body_px) and _dash(text.strip()):
            confidences = tuple(max(c, tuned().bar_confidence) for c in confidences)
            score = max(score, tuned().bar_confidence)
        box_half = tuned().box_half_em * body_px  # the height a detected box of body text has
        found.append(TextBox(float(x0), middle - box_half, float(x1), middle + box_half, score,
                             spread(text, float(x0), float(x1), confidences)))
    return tuple(found)


def end_marks(box: TextBox, ink: np.ndarray, body_px: float) -> dict[int, tuple[int, int, int, int]]:
    """The ink the recogniser left unread inside a box beyond its last character (key: the
    number of characters, where it goes) or before its first (key 0), as pixel boxes ``(x0, top,
    x1, bottom)``: a run of inked pixel columns parted by white from the ink nearer the
    character's middle, starting no nearer the middle than the character's edge (white inside a
    character, 川 or 小, is the character's), of at least ``end_ink_em2`` square ems and at most
    ``end_mark_max_em`` tall (a comma, a full stop: the stroke of 刂 that the recogniser's box of
    制 leaves out spans the line)."""
    g = tuned()
    if not box.chars:
        return {}
    top, bottom = max(0, int(box.top)), int(box.bottom) + 1
    rows = ink[top:bottom]
    first, last = box.chars[0], box.chars[-1]
    least = g.end_ink_em2 * body_px * body_px
    found = {}
    middle, edge, end = int((last.x0 + last.x1) / 2), int(last.x1), int(box.x1) + g.box_grow_px + 1
    run = _parted_run(rows[:, middle:end], edge - middle, least)
    if run is not None:
        found[len(box.chars)] = (middle + run[0], top, middle + run[1], bottom)
    middle, edge, start = int((first.x0 + first.x1) / 2), int(first.x0), max(0, int(box.x0) - g.box_grow_px)
    run = _parted_run(rows[:, start:middle + 1][:, ::-1], middle - edge, least)
    if run is not None:
        found[0] = (middle + 1 - run[1], top, middle + 1 - run[0], bottom)
    return {at: mark for at, mark in found.items() if _ink_height(ink, mark) <= g.end_mark_max_em * body_px}


def _ink_height(ink: np.ndarray, box: tuple[int, int, int, int]) -> int:
    """How many pixel rows the ink inside a pixel box spans, top to bottom."""
    x0, top, x1, bottom = box
    rows = np.nonzero((ink[top:bottom, x0:x1] > 0).any(axis=1))[0]
    return int(rows.max() - rows.min() + 1) if len(rows) else 0


def _parted_run(side: np.ndarray, edge: int, least: float) -> tuple[int, int] | None:
    """The run of inked columns of ``side`` (counted from a character's middle outwards) that
    starts after a white column, at least ``edge - 1`` columns out, with ``least`` ink pixels or
    more (the one with most ink), as (first column, column after the last)."""
    if side.size == 0:
        return None
    columns = (side > 0).sum(axis=0).tolist()
    best, start, total = None, None, 0
    for i, count in enumerate((*columns, 0)):
        if count and start is None:
            start, total = i, 0
        if count:
            total += count
        elif start is not None:
            if start >= max(1, edge - 1) and total >= least and (best is None or total > best[2]):
                best = (start, i, total)
            start = None
    return None if best is None else (best[0], best[1])


def with_unread_ends(box: TextBox, ink: np.ndarray, grey_pixels: np.ndarray, body_px: float,
                     recogniser: Recogniser, settings: OcrSettings = DEFAULT_OCR) -> TextBox:
    """The box with the marks it holds unread at its ends (:func:`end_marks`) read again, each with
    the character beside it (the recogniser reads no mark alone), and put in their place: read as
    that character and a punctuation mark, the mark is added, doubted (``hole_confidence`` at
    most: its form is a guess, but a separator between two names is no longer lost); read
    otherwise, the character beside it is doubted instead."""
    marks = end_marks(box, ink, body_px)
    if not marks:
        return box
    g = tuned()
    chars = list(box.chars)
    for at in sorted(marks, reverse=True):
        x0, top, x1, bottom = marks[at]
        beside = chars[at - 1] if at else chars[0]  # read with the mark: the recogniser reads no mark alone
        pad = round(g.pad_em * body_px)
        left, right = (int(beside.x0), x1 + pad) if at else (x0 - pad, int(beside.x1))
        crop = grey_pixels[top:bottom, max(0, left):right]
        text, score, confidences = recogniser.read_line(_bgr(crop)) if crop.size else ("", 0.0, ())
        mark, confidence = _mark_read(text, confidences, beside.text, after=bool(at))
        if mark is not None and score >= settings.unread_min_score:
            chars.insert(at, CharBox(mark, float(x0), float(x1), min(confidence, g.hole_confidence)))
        else:
            index = at - 1 if at else 0
            chars[index] = replace(chars[index], confidence=min(chars[index].confidence, g.hole_confidence))
    return replace(box, chars=tuple(chars))


def _mark_read(text: str, confidences: Sequence[float], beside: str, after: bool) -> tuple[str | None, float]:
    """The punctuation mark read beside a character (``text``: the character and the mark, the
    mark ``after`` it or before it), with its confidence; None when the reading is not that."""
    text = text.strip()
    if len(text) != 2 or len(confidences) != len(text):
        return None, 0.0
    char, mark, confidence = (text[0], text[1], confidences[1]) if after else (text[1], text[0], confidences[0])
    if char != beside or not unicodedata.category(mark).startswith("P"):
        return None, 0.0
    return mark, confidence


def _bgr(grey_crop: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.cvtColor(np.ascontiguousarray(grey_crop), cv2.COLOR_GRAY2BGR)


def _dash(text: str) -> bool:
    known = knowledge()
    return text in known.dash_kin or text == known.dash_lookalike


def is_bar(grey_crop: np.ndarray, body_px: float) -> bool:
    """Whether the ink of a group's box (grey pixels, cut at the ink's extent) is one straight
    horizontal bar: at most ``bar_max_em`` thick, ``bar_min_length`` times as long, its
    box filled to ``bar_min_fill``."""
    if grey_crop.size == 0:
        return False
    height, width = grey_crop.shape[:2]
    inked = grey_crop < tuned().ink_level
    return (height <= tuned().bar_max_em * body_px and width >= tuned().bar_min_length * height
            and inked.mean() >= tuned().bar_min_fill)
