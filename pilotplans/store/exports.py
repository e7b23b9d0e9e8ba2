"""The layout of the exports (``measures.csv``, ``measures.jsonl``): each document's chunk of
them, kept with its build, and the digest that names a whole export file.

An export is its head (the CSV's header row; the JSONL has none) followed by each stored
document's chunk (its CSV rows, its JSONL lines), in document id order. Each build keeps the size
and SHA-256 of its chunks (``document_builds.csv_size`` … ``jsonl_digest``), so that:

- a file's digest is made from its pieces' digests (:func:`file_digest`), not by hashing the
  file again: a thousand documents' exports are 75 MB;
- a rebuild after one change copies each unchanged document's chunk from the export in place
  (:func:`copy_offsets` says where each lies), unread where the file's stamp is the one its build
  noted (:func:`pilotplans.ingest.staging.stamp`), else after checking that its bytes there hash
  to the digest the database holds for it, and takes from the database only the chunks of the
  documents read again, or of any whose bytes in place are not the stored ones (an export edited
  by hand).
  After one change among a thousand documents, writing the exports took 0.11 CPU-s reading the
  75 MB of chunks back from SQLite, and takes 0.08 checking them in place (most of it hashing).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Piece:
    """A piece of an export file: its size in bytes and the SHA-256 of its bytes (hex)."""

    size: int
    digest: str


@dataclass(frozen=True)
class Chunks:
    """A document's chunks of the two exports, as its build keeps them."""

    document: str
    csv: Piece
    jsonl: Piece


def piece_of(data: bytes) -> Piece:
    """The size and digest of ``data``."""
    return Piece(len(data), hashlib.sha256(data).hexdigest())


def file_digest(pieces: Iterable[Piece]) -> str:
    """The digest of a file made of ``pieces`` (its head, then each document's chunk): a SHA-256 of
    their SHA-256s, in order."""
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(bytes.fromhex(piece.digest))
    return digest.hexdigest()


def copy_offsets(previous: Sequence[Chunks], head: int, current: Sequence[Chunks], export: str) -> dict[str, int]:
    """Where each chunk of ``current`` (the stored documents, in id order) lies in the export
    (``csv`` or ``jsonl``) written as ``previous`` (after a head of ``head`` bytes), by document:
    the documents whose chunk there has the size and digest it has now. (Whether the bytes there
    still are those is for the copier to check: :func:`read_piece`.)"""
    offsets: dict[str, tuple[int, Piece]] = {}
    at = head
    for chunks in previous:
        piece = getattr(chunks, export)
        offsets[chunks.document] = (at, piece)
        at += piece.size
    found = {}
    for chunks in current:
        old = offsets.get(chunks.document)
        if old is not None and old[1] == getattr(chunks, export):
            found[chunks.document] = old[0]
    return found


def read_piece(handle: int, offset: int, piece: Piece) -> bytes | None:
    """The bytes of ``piece`` at ``offset`` of the open file ``handle``, if they are its bytes (their
    size and digest are the piece's); else None."""
    data = os.pread(handle, piece.size, offset)
    return data if piece_of(data) == piece else None


def holds(path: Path, pieces: Sequence[Piece]) -> bool:
    """Whether the file at ``path`` is made of ``pieces``, byte for byte (as their digests tell)."""
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size != sum(piece.size for piece in pieces):
                return False
            return all(piece_of(handle.read(piece.size)) == piece for piece in pieces)
    except OSError:
        return False
