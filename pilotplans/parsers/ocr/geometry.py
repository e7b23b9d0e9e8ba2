"""The OCR reader's tuned lengths, shares and levels: ``[geometry]`` of ``pilotplans/data/ocr.toml``,
where each is explained, validated when loaded.

Lengths named ``_em`` are multiples of the text's size on the page, ``_pitches`` of a line's usual
distance between neighbouring Chinese characters, ``_px`` pixels of the page image, ``_mm``
millimetres of the printed page; ``_level`` and ``_margin`` are grey or colour levels (0–255);
``_share``, ``_fill``, ``_confidence`` and ``_doubt`` lie between 0 and 1; ``_chars`` and
``_pitches`` counts are whole numbers where the data file says so. The settings a user may
change (resolution, thresholds of trust) are :class:`~.settings.OcrSettings`, not these.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from ...errors import PilotplansError
from .datafile import SOURCE as _SOURCE
from .datafile import ocr_data


@dataclass(frozen=True)
class Geometry:
    """The values of ``[geometry]`` (their meaning is written beside each in the data file)."""

    # sizes (glyphs)
    size_spread: float
    own_size_chars: int
    size_step: float
    # placing (glyphs)
    rule_reach_em: float
    rule_doubt: float
    speck_doubt: float
    wide_mark_em: float
    wide_mark_pitches: float
    space_em: float
    mixed_space_em: float
    space_min_pitches: int
    run_gap_em: float
    same_line_em: float
    hole_pitches: float
    hole_max_pitches: float
    hole_confidence: float
    hole_min_chars: int
    narrow_start_em: float
    wide_bracket_em: float
    line_pitch_em: float
    column_lines: int
    column_em: float
    end_ink_em2: float
    end_mark_max_em: float
    # recognition (recognise)
    ink_row_share: float
    cut_inside_share: float
    touch_em: float
    box_grow_px: int
    # ink left unread (unread)
    pad_em: float
    box_half_em: float
    join_em: float
    unread_max_em: float
    bar_max_em: float
    bar_min_length: float
    bar_min_fill: float
    bar_confidence: float
    # ruling lines (rules)
    bridge_px: int
    text_margin_em: float
    # the image (prepare)
    ink_level: int
    rule_ink_level: int
    rule_meet_em: float
    seal_ghost_level: int
    rule_reach_mm: float
    red_margin: int
    seal_hue_margin: int
    seal_ink_share: float
    seal_join_mm: float
    seal_grow_mm: float
    seal_min_aspect: float
    seal_max_aspect: float
    skew_width_px: int
    skew_coarse_degrees: float


_UNIT = (("_level", 255), ("_margin", 255), ("_share", 1), ("_fill", 1), ("_confidence", 1), ("_doubt", 1))
"""Names ending so lie in (0, bound]; every other value is positive."""


def _checked(name: str, kind: type, value: object) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
        raise PilotplansError(f"{_SOURCE}: geometry.{name} must be {'a whole number' if kind is int else 'a number'}, "
                              f"not {value!r}")
    bound = next((b for suffix, b in _UNIT if name.endswith(suffix)), None)
    if value <= 0 or (bound is not None and value > bound):
        where = f"in (0, {bound}]" if bound is not None else "positive"
        raise PilotplansError(f"{_SOURCE}: geometry.{name} must be {where}, not {value!r}")
    return kind(value)


def geometry_from(raw: dict) -> Geometry:
    """A :class:`Geometry` from the ``[geometry]`` table: every value present, of its kind, in range."""
    if not isinstance(raw, dict):
        raise PilotplansError(f"{_SOURCE}: needs a [geometry] table")
    names = {f.name: f for f in fields(Geometry)}
    missing, unknown = sorted(set(names) - set(raw)), sorted(set(raw) - set(names))
    if missing or unknown:
        raise PilotplansError(f"{_SOURCE}: [geometry] " + "; ".join(
            part for part in (f"lacks {', '.join(missing)}" if missing else "",
                              f"has unknown {', '.join(unknown)}" if unknown else "") if part))
    values = {name: _checked(name, int if f.type in (int, "int") else float, raw[name]) for name, f in names.items()}
    geometry = Geometry(**values)  # type: ignore[arg-type]
    if geometry.hole_max_pitches <= geometry.hole_pitches:
        raise PilotplansError(f"{_SOURCE}: geometry.hole_max_pitches must exceed hole_pitches")
    if geometry.seal_max_aspect <= geometry.seal_min_aspect:
        raise PilotplansError(f"{_SOURCE}: geometry.seal_max_aspect must exceed seal_min_aspect")
    return geometry


@lru_cache(maxsize=1)
def tuned() -> Geometry:
    """The OCR reader's geometry, validated."""
    return geometry_from(ocr_data().get("geometry"))
