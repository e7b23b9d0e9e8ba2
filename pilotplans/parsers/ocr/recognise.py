"""One page image into the PDF reader's :class:`PageContent`: the chain of the OCR reader.

::

    pixels ─▶ prepare   seals off, light evened, page straightened
           ─▶ engine    text lines detected and recognised (characters placed, with confidences)
           ─▶ rules     ruling lines from the ink (strokes inside text lines left out)
           ─▶ unread    a mark a box holds beyond its characters doubted; ink no line covers
                        (a lone digit, a dash) recognised on its own
           ─▶ glyphs    one glyph per character in points, misread rules dropped, punctuation mended

Coordinates are those of the straightened page, in points from its top-left corner, as the PDF
reader's are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from ..pdf.content import PageContent
from .blank import image_is_blank
from .engine import Recogniser, TextBox
from .geometry import tuned
from .glyphs import body_size, page_glyphs
from .images import PageImage
from .prepare import even_light, grey, ink, rule_ink, seal_boxes, skew_angle, straightened, without_seals
from .rules import ruling_runs, run_mask
from .settings import DEFAULT_OCR, OcrSettings
from .unread import read_groups, unread_groups, with_unread_ends



@dataclass(frozen=True)
class Recognised:
    """A page as recognised: its content, and how much it was turned to straighten it."""

    content: PageContent
    skew: float
    blank: bool = False
    """The page draws nothing (no glyphs, no rules): nothing was recognised."""


def recognise_page(image: PageImage, recogniser: Recogniser, settings: OcrSettings = DEFAULT_OCR) -> Recognised:
    """The glyphs and ruling lines of one page image (none, and ``blank``, for a page that draws
    nothing)."""
    import cv2

    scale = image.scale
    if image_is_blank(image.pixels, 72 / scale):
        return Recognised(PageContent(number=image.number, width=round(image.width, 2), height=round(image.height, 2),
                                      glyphs=(), rules=()), 0.0, blank=True)
    seals = seal_boxes(image.pixels, scale, settings)
    evened = even_light(grey(without_seals(image.pixels, scale, settings, seals)), scale)
    angle = skew_angle(evened, settings)
    evened = straightened(evened, angle)
    marks = ink(evened)
    boxes = tuple(replace(box, ink_height=ink_height(box, marks))
                  for box in recogniser.read(cv2.cvtColor(evened, cv2.COLOR_GRAY2BGR), settings.min_box_score))
    body = body_size(boxes, scale, settings)
    runs = ruling_runs(marks, rule_ink(evened), scale, body, boxes, settings)
    ruled = run_mask(marks.shape, runs, tuned().box_grow_px)
    print_only = cv2.bitwise_and(marks, cv2.bitwise_not(ruled))  # a rule beside a box is no mark left unread
    boxes = tuple(with_unread_ends(box, print_only, evened, body / scale, recogniser, settings) for box in boxes)
    boxed = _box_mask(marks.shape, boxes)
    covered = ruled | boxed
    body_px = body / scale
    cut = cut_off(print_only, covered, boxed)
    groups = [g for g in unread_groups(marks, covered, body_px, settings)
              if not _touches(g, boxes, tuned().touch_em * body_px) and not _in_seal(g, seals, body_px) and not cut(g)]
    extra = read_groups(evened, groups, body_px, recogniser, settings)
    rules = tuple(run.rule(scale) for run in runs)
    glyphs = page_glyphs((*boxes, *extra), scale, rules, settings)
    height, width = evened.shape[:2]
    return Recognised(PageContent(number=image.number, width=round(width * scale, 2), height=round(height * scale, 2),
                                  glyphs=glyphs, rules=rules), angle)


def ink_height(box: TextBox, marks: np.ndarray) -> float | None:
    """How tall the ink inside a box is (pixels): the rows holding a share of ink."""
    crop = marks[max(0, int(box.top)):int(box.bottom) + 1, max(0, int(box.x0)):int(box.x1) + 1] > 0
    if crop.size == 0:
        return None
    rows = np.nonzero(crop.sum(axis=1) >= max(2, tuned().ink_row_share * crop.shape[1]))[0]
    return float(rows.max() - rows.min() + 1) if len(rows) else None


def _in_seal(group: tuple[int, int, int, int], seals: tuple[tuple[int, int, int, int], ...], reach: float) -> bool:
    """Whether a group of unread ink lies where a seal was (what the red filter left of it: a
    ring's blurred edge), the page's slight turn since allowed for by ``reach``."""
    x0, top, x1, bottom = group
    return any(sx0 - reach <= x0 and x1 <= sx1 + reach and stop - reach <= top and bottom <= sbottom + reach
               for sx0, stop, sx1, sbottom in seals)


def _touches(group: tuple[int, int, int, int], boxes: tuple[TextBox, ...], reach: float) -> bool:
    """Whether a group of unread ink lies over or under a recognised box, its columns shared and
    no further than ``reach`` from it: a piece of the box's own characters that the box's edge cut
    off, not a mark of its own. A mark beside a box (a comma the box stops short of) is its own."""
    x0, top, x1, bottom = group
    return any(x0 < box.x1 and box.x0 < x1 and top <= box.bottom + reach and box.top - reach <= bottom
               for box in boxes)


def cut_off(print_only: np.ndarray, covered: np.ndarray, boxed: np.ndarray) -> Callable[[tuple[int, int, int, int]], bool]:
    """Whether a group of unread ink is the edge of a character a recognised box cut off: all its
    ink runs on, unbroken, into a box, and each piece of ink it belongs to lies mostly inside the
    box (the rim of a line's closing 。 a pixel or two past the box's end, read again on its own as
    ``o`` or ``。``). A mark of its own beside a box (a comma the box stops short of, a lone 序号
    digit) is parted from the box's ink by white; a comma whose first column the box's edge
    grazes lies mostly outside it, and is read."""
    import cv2

    _count, labels = cv2.connectedComponents(print_only, connectivity=8)
    size = int(labels.max()) + 1
    total = np.bincount(labels[print_only > 0], minlength=size)
    inside = np.bincount(labels[(print_only > 0) & (boxed > 0)], minlength=size)
    into_boxes = inside > tuned().cut_inside_share * total
    into_boxes[0] = False
    left = (print_only > 0) & (covered == 0)

    def cut(group: tuple[int, int, int, int]) -> bool:
        x0, top, x1, bottom = group
        ink_labels = labels[top:bottom, x0:x1][left[top:bottom, x0:x1]]
        return bool(ink_labels.size) and bool(into_boxes[ink_labels].all())

    return cut


def _box_mask(shape: tuple[int, ...], boxes: tuple[TextBox, ...]) -> np.ndarray:
    mask = np.zeros(shape[:2], np.uint8)
    for box in boxes:
        mask[max(0, int(box.top) - tuned().box_grow_px):int(box.bottom) + tuned().box_grow_px + 1,
             max(0, int(box.x0) - tuned().box_grow_px):int(box.x1) + tuned().box_grow_px + 1] = 255
    return mask
