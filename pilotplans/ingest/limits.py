"""How large a source may be: far beyond any published plan, well short of what would take
minutes or gigabytes to read.

A published task list has a few hundred rows at most and a cell a few thousand characters; the
whole file is a few megabytes (a PDF with its fonts a few tens). A file beyond these limits is
refused with one line naming the limit, before the part of the work that would not finish:

- its size, before its bytes are read;
- for a DOCX, the sizes its zip entries declare they inflate to, before anything is inflated
  (the zip reader never inflates an entry past its declared size, so a lie is caught as
  corrupt data, not as a gigabyte);
- the rows of its tables and its paragraphs, and the length of each cell and paragraph, once it
  is read into a :class:`~pilotplans.layout.Layout` (reading is linear and fast) and before it
  is interpreted (the slow part).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from pilotplans.errors import UnreadableFile

if TYPE_CHECKING:
    from pilotplans.layout import Layout

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The limits (see the module docstring)."""

    file_bytes: int = 256 * MIB
    """Bytes of a source file."""
    unpacked_bytes: int = 256 * MIB
    """Bytes a DOCX's zip entries declare they inflate to, together."""
    unpacked_ratio: int = 200
    """How many times its compressed size one zip entry larger than a megabyte may declare it
    inflates to (a Word document compresses about ten times)."""
    rows: int = 10_000
    """Table rows and paragraphs of one document, together."""
    cell_chars: int = 100_000
    """Characters of one cell or paragraph."""

    def __post_init__(self) -> None:
        for spec in fields(self):
            value = getattr(self, spec.name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"Limits.{spec.name} must be a whole number >= 1, not {value!r}")


DEFAULT_LIMITS = Limits()


def _refuse(source: str, what: str, limit: str, name: str) -> UnreadableFile:
    return UnreadableFile(source, f"too large to be a plan: {what}, beyond the limit of {limit} (Limits.{name})")


def check_file_size(source: str, size: int, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a file of ``size`` bytes beyond ``limits.file_bytes``."""
    if size > limits.file_bytes:
        raise _refuse(source, f"{size:,} bytes", f"{limits.file_bytes:,} bytes", "file_bytes")


def check_zip(data: bytes, source: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a zip package whose entries declare they inflate past the limits (nothing is inflated)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # the reader says what is wrong with it
    total = sum(entry.file_size for entry in entries)
    if total > limits.unpacked_bytes:
        raise _refuse(source, f"its zip entries inflate to {total:,} bytes", f"{limits.unpacked_bytes:,} bytes", "unpacked_bytes")
    for entry in entries:
        if entry.file_size > MIB and entry.file_size > limits.unpacked_ratio * max(entry.compress_size, 1):
            ratio = entry.file_size // max(entry.compress_size, 1)
            raise _refuse(source, f"its zip entry {entry.filename} inflates {ratio:,} times (to {entry.file_size:,} bytes)",
                          f"{limits.unpacked_ratio:,} times for an entry", "unpacked_ratio")


def check_layout(layout: Layout, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a layout with more rows and paragraphs, or a longer cell or paragraph, than the limits."""
    from pilotplans.layout import Grid

    rows = 0
    for block in layout.blocks:
        if isinstance(block, Grid):
            rows += len(block.rows)
            for number, row in enumerate(block.rows, start=1):
                for cell in row.cells:
                    length = sum(len(p) for p in cell.paragraphs)
                    if length > limits.cell_chars:
                        raise _refuse(layout.source, f"a cell of {length:,} characters (row {number} of a table)",
                                      f"{limits.cell_chars:,} characters per cell", "cell_chars")
        else:
            rows += 1
            if len(block.text) > limits.cell_chars:
                raise _refuse(layout.source, f"a paragraph of {len(block.text):,} characters",
                              f"{limits.cell_chars:,} characters per paragraph", "cell_chars")
    if rows > limits.rows:
        raise _refuse(layout.source, f"{rows:,} table rows and paragraphs", f"{limits.rows:,} per document", "rows")
