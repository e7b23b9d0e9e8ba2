"""The word segmentation engines and which one cuts: shared by the diff (:mod:`pilotplans.diff.segment`, with its
caches) and the placing of counties' names (:mod:`pilotplans.normalizers.place`), so that both cut with the same engine
loaded once.

Two engines cut the same way: ``rjieba`` (a binding of jieba-rs, the Rust port of jieba with the same dictionary, DAG
and HMM) and ``jieba`` itself. ``$PILOTPLANS_SEGMENTER`` names the one to use; without it rjieba is used where it is
installed, else jieba. Which is installed is asked of the import system (``importlib.util.find_spec``), once per
engine: the engine's version, read from the installed packages' metadata (about half a millisecond a question, and
``importlib.metadata`` to import), is asked only where a cache's name needs it (:func:`engine_version`).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable

__all__ = ["ENGINES", "ENGINE_ENV", "Words", "configured_engine", "cutter", "default_engine", "engine_version", "search_cutter"]

ENGINE_ENV = "PILOTPLANS_SEGMENTER"
ENGINES = ("rjieba", "jieba")

#: Extra dictionary words: each with its frequency, or None for the one that keeps it whole.
Words = tuple[tuple[str, int | None], ...]


@functools.cache
def _installed(engine: str) -> bool:
    """Whether ``engine`` can be imported (asked once per process)."""
    import importlib.util

    return importlib.util.find_spec(engine) is not None


def default_engine() -> str:
    """``$PILOTPLANS_SEGMENTER`` if set, else rjieba when it is installed, else jieba. A variable naming no engine,
    or an engine not installed, is refused (:class:`~pilotplans.errors.BadSetting`, naming the variable and the
    choices)."""
    configured = configured_engine()
    if configured is not None:
        return configured
    return "rjieba" if _installed("rjieba") else "jieba"


def configured_engine() -> str | None:
    """The engine ``$PILOTPLANS_SEGMENTER`` names (None when it is unset or blank), checked: one of
    :data:`ENGINES`, and installed. The command line asks it before reading anything, so that a bad value is one
    line up front rather than an internal error in the middle of the first document that cuts words."""
    configured = os.environ.get(ENGINE_ENV, "").strip()
    if not configured:
        return None
    from pilotplans.errors import BadSetting

    if configured not in ENGINES:
        raise BadSetting(f"${ENGINE_ENV} must be one of {', '.join(ENGINES)}, not {configured!r}")
    if not _installed(configured):
        installed = [engine for engine in ENGINES if _installed(engine)]
        choices = f"set it to {' or '.join(installed)} (installed), or unset it" if installed else "install one"
        raise BadSetting(f"${ENGINE_ENV} names {configured}, which is not installed: install it, or {choices} "
                         f"(the engines: {', '.join(ENGINES)})")
    return configured


@functools.cache
def engine_version(engine: str) -> str | None:
    """The installed version of ``engine`` (None: not installed), asked once per process: each document a rebuild
    writes and each plan it diffs names its engine in a cache's name, and ``importlib.metadata`` reads the installed
    packages' metadata anew every time (half a millisecond a question, three questions a document)."""
    from importlib import metadata

    try:
        return metadata.version(engine)
    except metadata.PackageNotFoundError:
        return None


@functools.cache
def cutter(engine: str, words: Words = ()) -> Callable[[str], list[str]]:
    """The precise cut (HMM on) of ``engine`` with ``words`` added to its dictionary (loaded once)."""
    if engine == "rjieba":
        return _rjieba(words)
    return _jieba(words)


def _rjieba(words: Words) -> Callable[[str], list[str]]:
    import rjieba  # its dictionary is built in: loading costs a few hundredths of a second

    if not words:
        return lambda text: rjieba.cut(text, hmm=True)
    instance = rjieba.Jieba()
    for word, freq in words:
        instance.add_word(word, freq if freq is not None else instance.suggest_freq(word), None)
    return lambda text: instance.cut(text, hmm=True)


def _jieba(words: Words) -> Callable[[str], list[str]]:
    import jieba  # heavy: about a second to import and load its dictionary

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer() if words else jieba.dt
    for word, freq in words:
        tokenizer.add_word(word, freq)
    return lambda text: tokenizer.lcut(text, cut_all=False, HMM=True)


@functools.cache
def search_cutter(engine: str) -> Callable[[str], list[str]]:
    """The search-mode cut of ``engine`` (jieba's ``cut_for_search``): the words of the precise cut,
    and before each long word the dictionary words inside it (电子商务 → 电子, 商务, 电子商务), so that
    a search for a part of a long word finds it. The full-text index is cut with it."""
    if engine == "rjieba":
        import rjieba

        return lambda text: rjieba.cut_for_search(text, hmm=True)
    import jieba

    jieba.setLogLevel(60)
    return lambda text: jieba.lcut_for_search(text, HMM=True)
