"""Where pilotplans keeps what saves time on a second run (word segmentations, recognised pages)."""

from __future__ import annotations

import os
from pathlib import Path

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
