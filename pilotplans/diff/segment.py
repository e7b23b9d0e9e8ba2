"""Word segmentation for the diff: jieba, loaded only when a text has not been segmented before.

jieba costs about a second to import and load its dictionary, far more than a diff itself. The
:class:`Segmenter` therefore keeps every segmentation it makes in memory and, when given a cache
file, on disk: a diff of two documents that were compared before never imports jieba at all.
The cache is keyed by the exact text and the jieba version, so it never goes stale; a cache that
cannot be read or written is ignored (it only saves time).
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

CACHE_ENV = "PILOTPLANS_CACHE_DIR"
CACHE_FORMAT = 1


def default_cache_dir() -> Path | None:
    """``$PILOTPLANS_CACHE_DIR``, else ``$XDG_CACHE_HOME/pilotplans``, else ``~/.cache/pilotplans``.

    An empty ``PILOTPLANS_CACHE_DIR`` turns the disk cache off.
    """
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pilotplans"


def _jieba_version() -> str:
    try:
        return metadata.version("jieba")
    except metadata.PackageNotFoundError:
        return "unknown"


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


class Segmenter:
    """Cuts Chinese text into words with jieba (precise mode, HMM on), remembering every cut.

    ``cache_dir=None`` keeps the cache in memory only. :meth:`save` writes new entries to disk.
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._memory: dict[str, tuple[str, ...]] = {}  # by text: a lookup costs no hashing of our own
        self._stored: dict[str, tuple[str, ...]] = {}  # by key (_key), as the cache file holds them
        self._new = False
        self._path = cache_dir / f"segments-v{CACHE_FORMAT}-jieba{_jieba_version()}.json" if cache_dir else None
        if self._path is not None:
            self._stored.update(self._read(self._path))

    @staticmethod
    def _read(path: Path) -> dict[str, tuple[str, ...]]:
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {k: tuple(v) for k, v in raw.items() if isinstance(k, str) and isinstance(v, list)}

    def cut(self, text: str) -> tuple[str, ...]:
        """The words of ``text`` in order, punctuation included (callers filter)."""
        words = self._memory.get(text)
        if words is None:
            key = _key(text)
            words = self._stored.get(key)
            if words is None:
                words = tuple(_jieba_cut(text))
                self._stored[key] = words
                self._new = True
            self._memory[text] = words
        return words

    def save(self) -> None:
        """Write the cache file if this segmenter cut anything new (atomically; errors ignored)."""
        if self._path is None or not self._new:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            merged = self._read(self._path)
            merged.update(self._stored)
            tmp = self._path.with_name(f".{self._path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({k: list(v) for k, v in merged.items()}, ensure_ascii=False), "utf-8")
            tmp.replace(self._path)
            self._new = False
        except OSError:
            return


def _jieba_cut(text: str) -> list[str]:
    import jieba  # heavy: imported only for a text that is not cached

    jieba.setLogLevel(60)
    return jieba.lcut(text, cut_all=False, HMM=True)
