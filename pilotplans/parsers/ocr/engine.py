"""The recogniser: PaddleOCR's PP-OCR models on ONNX Runtime (``rapidocr_onnxruntime``, whose wheel
ships the models: nothing is downloaded at run time), wrapped so that the rest of the OCR reader
sees only :class:`TextBox` values in pixels.

The only module that imports the recogniser; :func:`ocr_available` tells whether it is installed
(the ``ocr`` extra) without loading it.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pilotplans.extras import install_hint

if TYPE_CHECKING:
    import numpy as np

INSTALL_HINT = install_hint("ocr")
ENGINE = "rapidocr_onnxruntime"


def ocr_available() -> bool:
    """Whether the OCR extra (the recogniser and OpenCV) is installed."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in (ENGINE, "cv2"))
    except (ImportError, ValueError):
        return False


def engine_version() -> str:
    """The recogniser's version (a part of the cache key: another model reads differently)."""
    from importlib import metadata

    try:
        return metadata.version("rapidocr_onnxruntime")
    except metadata.PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True)
class CharBox:
    """One recognised character: its horizontal extent in pixels and the recogniser's confidence."""

    text: str
    x0: float
    x1: float
    confidence: float


@dataclass(frozen=True)
class TextBox:
    """A recognised line of text: its box in pixels (upright), its characters left to right and
    the recogniser's score for the whole line."""

    x0: float
    top: float
    x1: float
    bottom: float
    score: float
    chars: tuple[CharBox, ...]
    ink_height: float | None = None
    """How tall its ink is (pixels), once measured; the box itself has a margin."""

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.chars)

    @property
    def height(self) -> float:
        return self.bottom - self.top


class Recogniser:
    """Detects text lines on a page image and recognises them (one instance per process: loading
    the models takes a fraction of a second)."""

    def __init__(self, threads: int = 1) -> None:
        from rapidocr_onnxruntime import RapidOCR

        self._engine = RapidOCR(use_cls=False, intra_op_num_threads=max(1, threads), inter_op_num_threads=1,
                                max_side_len=20000, print_verbose=False)

    def read(self, pixels: np.ndarray, min_score: float) -> tuple[TextBox, ...]:
        """The text lines on a page image (BGR), each with its characters placed."""
        result, _elapsed = self._engine(pixels, use_cls=False, return_word_box=True, text_score=min_score)
        return tuple(box for item in result or () if (box := _text_box(item)) is not None)

    def read_line(self, pixels: np.ndarray) -> tuple[str, float, tuple[float, ...]]:
        """One crop holding one line of text, recognised without detection: the text, its score and
        each character's confidence."""
        results, _elapsed = self._engine.text_rec([pixels], True)
        if not results:
            return "", 0.0, ()
        text, score = str(results[0][0]), float(results[0][1])
        details = results[0][2] if len(results[0]) > 2 else ()
        confidences = [float(c) for c in details[4]] if len(details) > 4 else []
        return text, score, tuple(confidences if len(confidences) == len(text) else [score] * len(text))


def _text_box(item: list) -> TextBox | None:
    """A :class:`TextBox` from one line of the recogniser's answer: ``[quad, text, score,
    char_quads, chars, confidences]`` (characters in reading order, their quads left to right)."""
    quad, text, score = item[0], str(item[1]), float(item[2])
    xs, ys = [float(p[0]) for p in quad], [float(p[1]) for p in quad]
    x0, top, x1, bottom = min(xs), min(ys), max(xs), max(ys)
    quads = item[3] if len(item) > 3 else []
    chars = [str(c) for c in item[4]] if len(item) > 4 else []
    confidences = [float(c) for c in item[5]] if len(item) > 5 else []
    if not text.strip():
        return None
    if quads and len(quads) == len(chars) == len(confidences) and "".join(chars) == text:
        placed = tuple(CharBox(char, min(float(p[0]) for p in q), max(float(p[0]) for p in q), conf)
                       for char, q, conf in zip(chars, quads, confidences))
    else:
        placed = spread(text, x0, x1, confidences if len(confidences) == len(text) else [score] * len(text))
    return TextBox(x0, top, x1, bottom, score, placed)


def spread(text: str, x0: float, x1: float, confidences: list[float] | tuple[float, ...]) -> tuple[CharBox, ...]:
    """Characters given no place of their own, spread evenly over ``x0``–``x1``."""
    pitch = (x1 - x0) / max(len(text), 1)
    return tuple(CharBox(char, x0 + i * pitch, x0 + (i + 1) * pitch, conf)
                 for i, (char, conf) in enumerate(zip(text, confidences)))
