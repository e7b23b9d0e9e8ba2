"""What the OCR reader does and how far it trusts what it reads, in one frozen, validated object.

Lengths in points are PDF points (1/72 inch) of the page; ``_em`` lengths are multiples of the
text's size on the page. Nothing in the OCR reader compares geometry against a number that is
not one of these fields (or a size derived from one).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Literal

OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "always", "never")


@dataclass(frozen=True)
class OcrSettings:
    """How pages are read through OCR (see the module docstring for units)."""

    mode: OcrMode = "auto"
    """``auto``: pages without a text layer (and image files); ``always``: every page, its text
    layer ignored; ``never``: no OCR (a page without text is read as empty)."""
    workers: int = 0
    """Processes recognising pages in parallel; 0 is one per core."""
    cache: bool = True
    """Keep recognised pages on disk (``$PILOTPLANS_CACHE_DIR/ocr``), keyed by the file's hash,
    the page and these settings, so reading the same file again does not recognise it again."""

    # ── the image ──
    dpi: int = 200
    """Resolution PDF pages are rendered at (an image file is read at its own)."""
    image_dpi: int = 200
    """Resolution assumed for an image file whose own resolution is missing or implausible for a
    page (it then becomes an A4 page, whatever its pixels)."""
    max_skew_degrees: float = 3.0
    """A page is straightened when its lines lean by up to this much (more is left alone)."""
    skew_step_degrees: float = 0.05
    """How finely the lean of a page is measured."""
    seal_min_mm: float = 20.0
    """A red mark at least this wide and tall (and roughly as wide as tall) is a seal and is
    removed before recognition; red text and red rules are not."""
    seal_max_mm: float = 80.0
    """A red mark wider or taller than this is not a seal."""

    # ── ruling lines ──
    rule_min_em: float = 2.5
    """Straight horizontal dark runs at least this long are ruling lines: a stroke of a character
    is at most an em long, a dash (——) two."""
    rule_min_vertical_em: float = 1.5
    """Straight vertical dark runs at least this long are ruling lines."""
    rule_max_thickness: float = 3.0
    """A ruling line is at most this thick (points)."""

    # ── recognition ──
    min_box_score: float = 0.5
    """Recognised text boxes less sure than this are dropped (noise, stray marks)."""
    unread_min_score: float = 0.3
    """Ink read on its own is kept when read at least this surely (less surely than
    ``min_box_score`` too: its characters then carry their low confidence, and are doubted)."""
    unread_min_em: float = 0.2
    """Ink the detector left out (a lone digit in a narrow column, a dash) is recognised on its own
    when at least this tall or wide."""
    ink_ratio: float = 0.9
    """A line of Chinese characters has ink over this share of its font size, top to bottom (a
    detected box's margin depends on the resolution; the ink's height does not)."""

    # ── trust ──
    low_confidence: float = 0.9
    """Characters recognised with less confidence than this share of the usual (what the recogniser
    gives that character, or its class on the page, when right: ``[usual_confidence]`` in
    ``data/ocr.toml``) are doubtful: the record holding one carries the warning ``ocr_low_confidence``."""

    def __post_init__(self) -> None:
        if self.mode not in OCR_MODES:
            raise ValueError(f"ocr mode must be one of {', '.join(OCR_MODES)}, not {self.mode!r}")
        if self.workers < 0:
            raise ValueError(f"workers must be 0 (one per core) or more, not {self.workers}")
        if not 72 <= self.dpi <= 600 or not 72 <= self.image_dpi <= 600:
            raise ValueError("dpi and image_dpi must lie between 72 and 600")
        if not 0 < self.low_confidence <= 1 or not 0 <= self.min_box_score < 1 or not 0 <= self.unread_min_score < 1:
            raise ValueError("low_confidence must lie in (0, 1], min_box_score and unread_min_score in [0, 1)")
        if not 0 < self.seal_min_mm < self.seal_max_mm:
            raise ValueError("seal_min_mm must be positive and below seal_max_mm")
        for name in ("max_skew_degrees", "skew_step_degrees", "rule_min_em", "rule_min_vertical_em", "rule_max_thickness",
                     "unread_min_em", "ink_ratio"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive, not {getattr(self, name)}")

    @property
    def processes(self) -> int:
        """The worker processes to use (``workers``, or one per core)."""
        from pilotplans.ingest.parallel import available_cores

        return self.workers or available_cores()

    def recognition_key(self) -> str:
        """The settings that change what a page is recognised as (the cache key's part)."""
        kept = {k: v for k, v in asdict(self).items() if k not in ("mode", "workers", "cache", "low_confidence")}
        return ",".join(f"{k}={kept[k]}" for k in sorted(kept))

    def reading_key(self) -> str:
        """The settings that change what a document reads as: which pages are recognised, how,
        and which characters are doubted (not how many processes do it, nor the cache)."""
        return f"mode={self.mode},low_confidence={self.low_confidence},{self.recognition_key()}"


DEFAULT_OCR = OcrSettings()

FIELD_NAMES = tuple(f.name for f in fields(OcrSettings))
