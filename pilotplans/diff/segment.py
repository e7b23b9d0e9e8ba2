"""Word segmentation for the diff: jieba's dictionary and algorithm, loaded only when a text has
not been segmented before.

The engines and which one cuts are :mod:`pilotplans.cut_engines`' (shared with the placing of
counties' names): ``rjieba`` (a binding of jieba-rs, the Rust port of jieba with the same
dictionary, DAG and HMM) by default, ``jieba`` itself where ``$PILOTPLANS_SEGMENTER=jieba`` (or
``engine="jieba"``) selects it or rjieba is not installed. On every measure, responsibility and
remark of the bundled and test documents, and on every text the diffs of their answer keys cut,
rjieba's cuts are jieba's, word for word (``bench/segment_engines.py``), while loading takes about
a tenth of jieba's time (its dictionary is built into the binary) and cutting is over ten times
faster.

Extra words (a user dictionary: a word and, optionally, its frequency, as in jieba's
``load_userdict``) are added to either engine the same way; a word without a frequency gets the
one that keeps it whole (``suggest_freq``), as jieba's ``add_word`` gives it.

A :class:`Segmenter` keeps every segmentation it makes in memory and, when given a cache file,
on disk: a diff of two documents that were compared before loads no engine at all. The cache is
keyed by the exact text, the engine and its version and the extra words, so it never goes stale;
a cache that cannot be read or written is ignored (it only saves time).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pilotplans.cachedir import CACHE_ENV, default_cache_dir
from pilotplans.cut_engines import ENGINE_ENV, ENGINES, Words, cutter, default_engine, engine_version, search_cutter

__all__ = ["CACHE_ENV", "ENGINES", "ENGINE_ENV", "BatchCuts", "Segmenter", "cutter", "default_cache_dir", "default_engine",
           "search_cutter"]

CACHE_FORMAT = 1


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


class Segmenter:
    """Cuts Chinese text into words (precise mode, HMM on), remembering every cut.

    ``cache_dir=None`` keeps the cache in memory only. :meth:`save` writes new entries to disk.
    ``engine`` is ``rjieba`` or ``jieba`` (:func:`default_engine` when not given); ``words`` are
    extra dictionary words, each with its frequency or None.
    """

    def __init__(self, cache_dir: Path | None = None, *, engine: str | None = None,
                 words: Sequence[tuple[str, int | None]] = ()) -> None:
        self.engine = engine or default_engine()
        if self.engine not in ENGINES:
            raise ValueError(f"unknown segmentation engine {self.engine!r} (known: {', '.join(ENGINES)})")
        self.words: Words = tuple(words)
        self._memory: dict[str, tuple[str, ...]] = {}  # by text: a lookup costs no hashing of our own
        self._stored: dict[str, tuple[str, ...]] = {}  # by key (_key), as the cache file holds them
        self._new = False
        self._path = cache_dir / self._cache_name() if cache_dir else None
        if self._path is not None:
            self._stored.update(self._read(self._path))

    def _cache_name(self) -> str:
        extra = f"-words{_key(json.dumps(self.words, ensure_ascii=False))}" if self.words else ""
        return f"segments-v{CACHE_FORMAT}-{self.engine}{engine_version(self.engine) or 'unknown'}{extra}.json"

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
                words = tuple(cutter(self.engine, self.words)(text))
                self._stored[key] = words
                self._new = True
            self._memory[text] = words
        return words

    def learn(self, cuts: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        """Take ``cuts`` (a text and its words) made by a segmenter of this engine and these words
        as this one's own, as if it had cut them: :meth:`save` writes those its cache file lacks.
        A profile kept from another segmenter's diff (:func:`pilotplans.diff.similarity.kept_profile`)
        hands its cuts on this way, else this segmenter's file would never hold them."""
        for text, words in cuts:
            if text in self._memory:
                continue
            self._memory[text] = words
            key = _key(text)
            if key not in self._stored:
                self._stored[key] = words
                self._new = True

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


class BatchCuts:
    """Search-mode cuts (:func:`search_cutter`) of batches of texts — a document's — kept on disk one
    file per batch, named by the engine, its version and a hash of the batch's texts: writing a
    document read before loads no engine (the engine costs a tenth of a second to load, more than a
    small document's writing), and an incremental rebuild reads the one file of each document it
    writes, not the cuts of the whole dataset. ``cache_dir=None`` keeps nothing; a file that cannot
    be read or written is ignored (it only saves time)."""

    def __init__(self, cache_dir: Path | None = None, *, engine: str | None = None) -> None:
        self.engine = engine or default_engine()
        if self.engine not in ENGINES:
            raise ValueError(f"unknown segmentation engine {self.engine!r} (known: {', '.join(ENGINES)})")
        self._folder = cache_dir / f"search-v{CACHE_FORMAT}-{self.engine}{engine_version(self.engine) or 'unknown'}" if cache_dir else None

    def cutter(self, texts: Sequence[str]) -> Callable[[str], Sequence[str]]:
        """The search-mode cut of each of ``texts`` (and of any other text, cut when asked)."""
        unique = list(dict.fromkeys(texts))
        path = self._folder / f"{_key(chr(0).join(unique))}.json" if self._folder else None
        cuts = self._read(path, len(unique)) if path else None
        if cuts is None:
            cut = search_cutter(self.engine)
            cuts = [cut(text) for text in unique]
            if path is not None:
                self._write(path, cuts)
        known = dict(zip(unique, cuts))

        def cut_one(text: str) -> Sequence[str]:
            words = known.get(text)
            return words if words is not None else search_cutter(self.engine)(text)

        return cut_one

    @staticmethod
    def _read(path: Path, count: int) -> list[list[str]] | None:
        try:
            raw = json.loads(path.read_bytes())
        except (OSError, ValueError):
            return None
        if not (isinstance(raw, list) and len(raw) == count and all(isinstance(words, list) for words in raw)):
            return None
        return raw

    @staticmethod
    def _write(path: Path, cuts: list[list[str]]) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(cuts, ensure_ascii=False), "utf-8")
            tmp.replace(path)
        except OSError:
            return


def engine_signature() -> str:
    """The default engine and its version, as text (what the search index's words depend on)."""
    engine = default_engine()
    return f"{engine}={engine_version(engine) or 'unknown'}"
