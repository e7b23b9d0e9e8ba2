"""Recognised pages kept on disk, so that reading a file again (a rebuild) does not recognise it
again: ``$PILOTPLANS_CACHE_DIR/ocr/<sha256 of the file>/<page>-<key>.json``.

The key covers everything that changes what a page is recognised as: the recogniser's version,
the reader's settings, a hash of the OCR reader's code and data (``data/ocr.toml``:
:func:`pilotplans.ingest.versions.ocr_version`) and :data:`CACHE_FORMAT` (the entries' own
format), so an entry never goes stale; an entry that cannot be read is recognised again, one that cannot
be written is skipped (the cache only saves time).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ...errors import OutputError
from ...files import write_atomic
from ..pdf.content import Glyph, PageContent, Rule
from .recognise import Recognised

CACHE_FORMAT = 5


class PageCache:
    """The recognised pages of one file (``folder`` None: nothing is kept)."""

    def __init__(self, folder: Path | None, file_hash: str, key: str) -> None:
        self.folder = folder / "ocr" / file_hash if folder else None
        self.key = hashlib.blake2b(f"{CACHE_FORMAT}|{key}".encode(), digest_size=8).hexdigest()

    def _path(self, index: int) -> Path | None:
        return self.folder / f"{index + 1}-{self.key}.json" if self.folder else None

    def get(self, index: int) -> Recognised | None:
        path = self._path(index)
        if path is None:
            return None
        try:
            return from_json(json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, index: int, page: Recognised) -> None:
        path = self._path(index)
        if path is None:
            return
        try:
            write_atomic(path, json.dumps(to_json(page), ensure_ascii=False, separators=(",", ":")), make_folders=True)
        except (OSError, OutputError):
            pass


def to_json(page: Recognised) -> dict:
    content = page.content
    return {
        "number": content.number, "width": content.width, "height": content.height, "skew": page.skew, "blank": page.blank,
        "glyphs": [[g.text, g.x0, g.top, g.x1, g.bottom, g.size, g.confidence] for g in content.glyphs],
        "rules": [[r.x0, r.top, r.x1, r.bottom] for r in content.rules],
    }


def from_json(raw: dict) -> Recognised:
    glyphs = tuple(Glyph(str(t), float(a), float(b), float(c), float(d), float(s), None if k is None else float(k))
                   for t, a, b, c, d, s, k in raw["glyphs"])
    rules = tuple(Rule(float(a), float(b), float(c), float(d)) for a, b, c, d in raw["rules"])
    content = PageContent(number=int(raw["number"]), width=float(raw["width"]), height=float(raw["height"]),
                          glyphs=glyphs, rules=rules)
    return Recognised(content, float(raw["skew"]), bool(raw["blank"]))
