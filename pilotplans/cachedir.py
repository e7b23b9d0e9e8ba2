"""Where pilotplans keeps what saves time on a second run (word segmentations, recognised pages)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")

CACHE_ENV = "PILOTPLANS_CACHE_DIR"


def default_cache_dir() -> Path | None:
    """``$PILOTPLANS_CACHE_DIR``, else ``$XDG_CACHE_HOME/pilotplans``, else ``~/.cache/pilotplans``.

    An empty ``PILOTPLANS_CACHE_DIR`` turns the disk cache off.
    """
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pilotplans"


def read_kept(path: Path) -> Any:
    """What :func:`keep` left at ``path``, or None: a missing, unreadable or broken file is never
    trusted (it is made again)."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - a broken cache is made again, never trusted
        return None


def keep(path: Path, value: Any) -> None:
    """Pickle ``value`` to ``path`` whole (through a temporary file renamed over it, so that two
    programs writing at once leave one of them); a folder that cannot be written (a read-only
    home) is left alone: the value is made again next time."""
    from pilotplans.errors import OutputError
    from pilotplans.files import write_atomic

    try:
        write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), make_folders=True)
    except OutputError:
        pass


def made_once(name: str, key: Iterable[bytes], make: Callable[[], T], kind: type[T]) -> T:
    """``make()``, kept in the cache folder under ``name`` and a digest of ``key`` (the bytes of
    everything the value is made from: a data file, the code reading it, the versions it depends
    on), so that a later run with the same key reads it back instead of making it. What is read back
    is trusted only as a ``kind``; with the cache off (or unwritable) the value is made every time."""
    import hashlib

    folder = default_cache_dir()
    if folder is None:
        return make()
    digest = hashlib.sha256()
    for part in key:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    path = folder / f"{name}-{digest.hexdigest()[:20]}.pickle"
    kept = read_kept(path)
    if isinstance(kept, kind):
        return kept
    value = make()
    keep(path, value)
    return value
