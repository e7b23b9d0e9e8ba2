"""Ruling lines found in a page image: the straight dark runs longer than any stroke of a character
(OpenCV morphology: an opening with a long, one-pixel-thin kernel keeps only them), each run one
:class:`~pilotplans.parsers.pdf.content.Rule` in points, as a PDF's drawn lines are. Gaps a scan
or JPEG leaves in a thin line are bridged first; the PDF reader joins what is left end to end.
A run lying inside a recognised line of text is a stroke of large type, not a rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..pdf.content import Rule
from .engine import TextBox
from .geometry import tuned
from .settings import DEFAULT_OCR, OcrSettings



@dataclass(frozen=True)
class Run:
    """A straight dark run in pixels: its box and whether it runs across (vertically)."""

    x0: int
    top: int
    x1: int
    bottom: int
    vertical: bool

    def inside(self, box: TextBox, margin: float) -> bool:
        return (box.x0 - margin <= self.x0 and self.x1 <= box.x1 + margin
                and box.top - margin <= self.top and self.bottom <= box.bottom + margin)

    def rule(self, scale: float) -> Rule:
        if self.vertical:
            middle = (self.x0 + self.x1) / 2 * scale
            return Rule(middle, self.top * scale, middle, self.bottom * scale)
        middle = (self.top + self.bottom) / 2 * scale
        return Rule(self.x0 * scale, middle, self.x1 * scale, middle)


def line_masks(ink: np.ndarray, horizontal_px: int, vertical_px: int) -> tuple[np.ndarray, np.ndarray]:
    """The horizontal and vertical straight runs of an ink mask (0/255) at least this long, as masks."""
    import cv2

    def opened(kernel: tuple[int, int], bridge: tuple[int, int]) -> np.ndarray:
        closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, bridge))
        return cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))

    return opened((max(2, horizontal_px), 1), (tuned().bridge_px, 1)), opened((1, max(2, vertical_px)), (1, tuned().bridge_px))


def runs_of(mask: np.ndarray, vertical: bool, max_thickness_px: float) -> tuple[Run, ...]:
    """The straight runs of a mask no thicker than ``max_thickness_px`` (a filled bar is no rule);
    thickness is a run's area over its length, as a slightly slanted line's box is taller than it."""
    import cv2

    count, _labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    found = []
    for label in range(1, count):
        x, y, w, h, area = (int(stats[label, k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH,
                                                         cv2.CC_STAT_HEIGHT, cv2.CC_STAT_AREA))
        if area / max(h if vertical else w, 1) <= max_thickness_px:
            found.append(Run(x, y, x + w, y + h, vertical))
    return tuple(found)


def page_runs(ink: np.ndarray, scale: float, body: float, boxes: Sequence[TextBox],
              settings: OcrSettings = DEFAULT_OCR) -> tuple[Run, ...]:
    """The ruling lines of a page's ink mask (``scale`` points per pixel, ``body`` the body text
    size in points), strokes inside recognised text boxes left out."""
    horizontal, vertical = line_masks(ink, round(settings.rule_min_em * body / scale),
                                      round(settings.rule_min_vertical_em * body / scale))
    thickest = settings.rule_max_thickness / scale + 1
    margin = tuned().text_margin_em * body / scale
    runs = (*runs_of(horizontal, False, thickest), *runs_of(vertical, True, thickest))
    return tuple(run for run in runs if not any(run.inside(box, margin) for box in boxes))


def ruling_runs(print_ink: np.ndarray, light_ink: np.ndarray, scale: float, body: float, boxes: Sequence[TextBox],
                settings: OcrSettings = DEFAULT_OCR) -> tuple[Run, ...]:
    """The ruling lines of a page: the runs of print's ink (``print_ink``), and the runs found only
    at the lighter rule level (``light_ink``: a hairline the scan spread into light grey) whose
    both ends meet runs of print's ink across them (a grid's row rule between the rules of its
    frame). A lone light line is no rule: a fold, a scanner's edge shadow, a grey underline, the
    edge a shaded band leaves once the light is evened; nor does a light run stand for the dark
    rule it holds (beside a shaded header row the two run together, too thick for a rule)."""
    dark = page_runs(print_ink, scale, body, boxes, settings)
    light = page_runs(light_ink, scale, body, boxes, settings)
    reach = tuned().rule_meet_em * body / scale
    return (*dark, *(run for run in light if not any(_holds(run, d) for d in dark) and _ends_met(run, dark, reach)))


def _holds(run: Run, other: Run) -> bool:
    return (run.vertical == other.vertical and run.x0 <= other.x1 and other.x0 <= run.x1
            and run.top <= other.bottom and other.top <= run.bottom)


def _ends_met(run: Run, dark: Sequence[Run], reach: float) -> bool:
    """Whether both ends of a run meet runs across it (within ``reach`` pixels)."""
    across = [d for d in dark if d.vertical != run.vertical]
    if run.vertical:
        ends = (run.top, run.bottom)
        return all(any(d.top - reach <= end <= d.bottom + reach and d.x0 - reach <= run.x0 and run.x1 <= d.x1 + reach
                       for d in across) for end in ends)
    ends = (run.x0, run.x1)
    return all(any(d.x0 - reach <= end <= d.x1 + reach and d.top - reach <= run.top and run.bottom <= d.bottom + reach
                   for d in across) for end in ends)


def run_mask(shape: tuple[int, ...], runs: Sequence[Run], grow: int) -> np.ndarray:
    """A 0/255 mask of the runs, each grown by ``grow`` pixels on every side."""
    mask = np.zeros(shape[:2], np.uint8)
    for run in runs:
        mask[max(0, run.top - grow):run.bottom + grow, max(0, run.x0 - grow):run.x1 + grow] = 255
    return mask
