"""A page image made fit to read: seals taken off, the light evened out, the page straightened.

Each step is a pure function of pixels (OpenCV, NumPy) and settings:

* :func:`without_seals` — a seal is a round or oval red mark of a seal's size (a Chinese official
  seal is 38–45 mm across; a signature stamp smaller). Where it lies the page is seen through a
  red filter (its red channel, a scanner's "red dropout"): the black print under the seal (text,
  ruling lines) stays as dark as it was, even where the ink hides part of it. The seal's own ink,
  light but not white through the filter, is told by its hue and its level (the median red of
  its red pixels: crimson ink is darker than orange-red, a JPEG darkens a stroke's edges) and made
  paper; thin ruling lines that cross the seal from outside it are kept whole. Black or blue ink
  (a signature) is no seal's hue and stays. Red text elsewhere (a 红头 heading) and red rules are
  long, not round, and are left as they are.
* :func:`even_light` — the paper's brightness, estimated by a wide maximum filter (wider than any
  character), divides the image: a photo's shading or a scan's grey paper become white paper.
* :func:`skew_angle` and :func:`straightened` — the lean of a page is the rotation that makes its
  rows of ink sharpest (the variance of the ink per pixel row peaks when text lines and rules are
  level); a page is turned back by it.
"""

from __future__ import annotations

import numpy as np

from .geometry import tuned
from .settings import DEFAULT_OCR, OcrSettings

MM_PER_POINT = 25.4 / 72


def seal_boxes(pixels: np.ndarray, scale: float, settings: OcrSettings = DEFAULT_OCR) -> tuple[tuple[int, int, int, int], ...]:
    """The boxes ``(x0, top, x1, bottom)`` in pixels of the page's seals: round or oval red marks
    of a seal's size (``scale``: points per pixel), each grown by a millimetre."""
    import cv2

    _, hue = _redness(pixels)
    reddish = (hue > tuned().red_margin).astype(np.uint8)
    if not reddish.any():
        return ()
    mm = 1 / (scale * MM_PER_POINT)  # pixels per millimetre
    joined = cv2.dilate(reddish, np.ones((max(1, round(tuned().seal_join_mm * mm)),) * 2, np.uint8))
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    grow = round(tuned().seal_grow_mm * mm)
    found = []
    for label in range(1, count):
        x, y, w, h = (int(stats[label, k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT))
        width, height = w / mm, h / mm
        round_enough = tuned().seal_min_aspect <= width / height <= tuned().seal_max_aspect
        if round_enough and settings.seal_min_mm <= min(width, height) and max(width, height) <= settings.seal_max_mm:
            found.append((max(0, x - grow), max(0, y - grow), x + w + grow, y + h + grow))
    return tuple(found)


def without_seals(pixels: np.ndarray, scale: float, settings: OcrSettings = DEFAULT_OCR,
                  seals: tuple[tuple[int, int, int, int], ...] | None = None) -> np.ndarray:
    """The image with its seals (``seals``, else :func:`seal_boxes`) seen through a red filter and
    their ink made paper (:func:`seal_dropped`), ruling lines that cross them kept whole
    (:func:`crossing_lines`)."""
    boxes = seal_boxes(pixels, scale, settings) if seals is None else seals
    if not boxes:
        return pixels
    cleaned = pixels.copy()
    height, width = pixels.shape[:2]
    reach = round(tuned().rule_reach_mm / (scale * MM_PER_POINT))
    for x0, top, x1, bottom in boxes:
        seen = seal_dropped(pixels[top:bottom, x0:x1])
        around = (max(0, x0 - reach), max(0, top - reach), min(width, x1 + reach), min(height, bottom + reach))
        lines = crossing_lines(pixels, around, (x0, top, x1, bottom), reach)
        red = pixels[top:bottom, x0:x1, 2]
        seen = np.where(lines[top - around[1]:bottom - around[1], x0 - around[0]:x1 - around[0]], np.minimum(seen, red), seen)
        cleaned[top:bottom, x0:x1] = seen[:, :, None]
    return cleaned


def crossing_lines(pixels: np.ndarray, around: tuple[int, int, int, int], box: tuple[int, int, int, int],
                   length: int) -> np.ndarray:
    """A mask over ``around`` (a seal's box grown by ``length`` pixels) of the straight lines of
    print that cross into the seal's box from outside it (a table's ruling lines): dark through
    the red filter, straight for ``length`` pixels, reaching beyond the box. A seal's own straight
    strokes (the bar under its star) lie inside its box and are not kept."""
    import cv2

    ax0, atop, ax1, abottom = around
    red = pixels[atop:abottom, ax0:ax1, 2]
    dark = np.where(red < tuned().seal_ghost_level, 255, 0).astype(np.uint8)
    kept = np.zeros(dark.shape, bool)
    bx0, btop, bx1, bbottom = box[0] - ax0, box[1] - atop, box[2] - ax0, box[3] - atop
    for kernel in ((length, 1), (1, length)):
        closed = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 1) if kernel[1] == 1 else (1, 3)))
        opened = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        count, labels, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
        for label in range(1, count):
            x, y, w, h = (int(stats[label, k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT))
            if x < bx0 or y < btop or x + w > bx1 or y + h > bbottom:
                kept |= labels == label
    return kept


def seal_dropped(pixels: np.ndarray) -> np.ndarray:
    """The grey image of a seal's box (BGR pixels) with the seal's ink made paper and the print
    under it kept.

    Through a red filter (the red channel) a seal's ink is light and the print stays as dark as it
    was, but not light enough to be paper: how light depends on the ink (a crimson seal is darker
    than an orange-red one) and varies along its strokes (a scan's JPEG keeps colour at half the
    resolution, which darkens a stroke's edges). So the level of the seal's own ink is measured,
    the median red of its red pixels: a pixel of the seal's hue (its red exceeds its other
    channels by ``seal_hue_margin``) lighter than ``seal_ink_share`` of that level is the
    seal's ink alone and becomes paper; a darker one is print under the ink (black print stays
    dark through any ink, even one laid half opaque over it) and keeps its red channel, as does
    every pixel not of the seal's hue (print, signatures in black or blue ink)."""
    red, hue = _redness(pixels)
    strong = hue > tuned().red_margin
    level = float(np.median(red[strong])) if strong.any() else 255.0
    seal_ink = (hue > tuned().seal_hue_margin) & (red >= tuned().seal_ink_share * level)
    return np.where(seal_ink | (red >= tuned().seal_ghost_level), 255, red).astype(np.uint8)


def _redness(pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The red channel of BGR pixels and how far it exceeds the greater of the other two (signed)."""
    signed = pixels.astype(np.int16)
    red = signed[:, :, 2]
    return red, red - np.maximum(signed[:, :, 1], signed[:, :, 0])


def grey(pixels: np.ndarray) -> np.ndarray:
    import cv2

    return cv2.cvtColor(pixels, cv2.COLOR_BGR2GRAY)


def even_light(grey_pixels: np.ndarray, scale: float) -> np.ndarray:
    """The grey image divided by its paper's brightness: uneven light and grey paper become white
    paper, ink stays dark."""
    import cv2

    factor = 4
    small = cv2.resize(grey_pixels, None, fx=1 / factor, fy=1 / factor, interpolation=cv2.INTER_AREA)
    window = max(3, round(14 / (scale * factor)))  # 14 pt: wider than a character of body text
    paper = cv2.dilate(small, np.ones((window, window), np.uint8))
    paper = cv2.blur(paper, (window, window))
    paper = cv2.resize(paper, (grey_pixels.shape[1], grey_pixels.shape[0]), interpolation=cv2.INTER_LINEAR)
    paper = np.maximum(paper, 1).astype(np.float32)
    return np.clip(grey_pixels.astype(np.float32) * 255 / paper, 0, 255).astype(np.uint8)


def ink(grey_pixels: np.ndarray) -> np.ndarray:
    """A 0/255 mask of the ink of an evened grey image."""
    return np.where(grey_pixels < tuned().ink_level, 255, 0).astype(np.uint8)


def rule_ink(grey_pixels: np.ndarray) -> np.ndarray:
    """A 0/255 mask of what may be a ruling line's ink in an evened grey image: ink, and the light
    grey a hairline rule is spread into by the scan (only its long straight runs are taken as rules)."""
    return np.where(grey_pixels < tuned().rule_ink_level, 255, 0).astype(np.uint8)


def skew_angle(grey_pixels: np.ndarray, settings: OcrSettings = DEFAULT_OCR) -> float:
    """The angle (degrees, counter-clockwise) that levels the page's rows of ink; 0 when no angle
    within ``max_skew_degrees`` does better than none."""
    import cv2

    factor = max(1, grey_pixels.shape[1] // tuned().skew_width_px)
    small = ink(cv2.resize(grey_pixels, None, fx=1 / factor, fy=1 / factor, interpolation=cv2.INTER_AREA))
    if not small.any():
        return 0.0
    centre = (small.shape[1] / 2, small.shape[0] / 2)

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(small, cv2.getRotationMatrix2D(centre, angle, 1.0), (small.shape[1], small.shape[0]),
                                flags=cv2.INTER_NEAREST, borderValue=0)
        rows = turned.sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    limit, fine = settings.max_skew_degrees, settings.skew_step_degrees
    coarse = max(fine, tuned().skew_coarse_degrees)
    candidates = np.arange(-limit, limit + coarse / 2, coarse)
    best = max(candidates, key=sharpness)
    refined = np.arange(best - coarse, best + coarse + fine / 2, fine)
    best = max(refined, key=sharpness)
    if abs(best) > limit or sharpness(best) <= sharpness(0.0):
        return 0.0
    return round(float(best), 3)


def straightened(image: np.ndarray, angle: float) -> np.ndarray:
    """The image turned by ``angle`` degrees about its centre (same size; uncovered corners white)."""
    import cv2

    if not angle:
        return image
    centre = (image.shape[1] / 2, image.shape[0] / 2)
    fill = (255,) * (image.shape[2] if image.ndim == 3 else 1)
    return cv2.warpAffine(image, cv2.getRotationMatrix2D(centre, angle, 1.0), (image.shape[1], image.shape[0]),
                          flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=fill)
