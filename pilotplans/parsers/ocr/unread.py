"""Ink the text detector left out, recognised on its own.

The detector misses small isolated marks: a one-digit number alone in a narrow 序号 column, a
dash (——) standing for an empty cell. What ink remains once the recognised boxes and the ruling
lines are taken away is grouped into words (pieces closer than half an em side by side) and each
group at least :attr:`OcrSettings.unread_min_em` tall or wide (specks are noise) is recognised as
one line, its characters spread over the group's width.

The recogniser also drops a mark it has detected: a box reaches over a comma at the end of a line
and its characters stop before it. Ink inside a box beyond its last character (or before its
first), parted from it by white and large enough to be a mark, is such a mark: the character
beside it is doubted (:func:`with_unread_ends`, its confidence at most ``hole_confidence``), as a
character beside a hole in a line is.

The recogniser is unsure of a lone dash (a mark with no context to read it by), yet its shape
says what it is: when the ink of a group read as a dash (``[dashes] kin`` in ``data/ocr.toml``)
is one straight bar — solid, thin, at least twice as long as it is thick — the dash is as sure as
``bar_confidence`` (the dash of an empty cell is not doubted on every record).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from .characters import knowledge
from .engine import Recogniser, TextBox, spread
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


def with_unread_ends(box: TextBox, ink: np.ndarray, body_px: float) -> TextBox:
    """The box with its last (or first) character doubted when ink the recogniser did not read
    lies in the box beyond it: a run of inked pixel columns parted from the character by at least
    ``end_gap_px`` white ones, of at least ``end_ink_em2`` square ems (``body_px`` an em)."""
    g = tuned()
    if not box.chars:
        return box
    rows = ink[max(0, int(box.top)):int(box.bottom) + 1]
    first, last = box.chars[0], box.chars[-1]
    tail = rows[:, int(last.x1) + 1:int(box.x1) + g.box_grow_px + 1]
    head = rows[:, max(0, int(box.x0) - g.box_grow_px):int(first.x0)][:, ::-1]
    least = g.end_ink_em2 * body_px * body_px
    doubted = {i for i, side in ((len(box.chars) - 1, tail), (0, head)) if _parted_ink(side, g.end_gap_px) >= least}
    if not doubted:
        return box
    chars = tuple(replace(c, confidence=min(c.confidence, g.hole_confidence)) if i in doubted else c
                  for i, c in enumerate(box.chars))
    return replace(box, chars=chars)


def _parted_ink(side: np.ndarray, gap: int) -> int:
    """The most ink (pixels) in one run of inked columns of ``side`` (its columns counted from the
    character outwards) that starts at least ``gap`` columns out: ink touching the character is
    its own strokes."""
    if side.size == 0:
        return 0
    columns = (side > 0).sum(axis=0)
    best, run, start = 0, 0, None
    for i, count in enumerate((*columns.tolist(), 0)):
        if count and start is None:
            start, run = i, 0
        if count:
            run += count
        elif start is not None:
            if start >= gap:
                best = max(best, run)
            start = None
    return best


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
