"""Reading traditional characters as simplified ones, for matching only.

Plans printed in traditional characters (責任單位, 牽頭, 負責, 關於, 號) are matched against the
simplified vocabularies through :func:`fold`, which changes characters one for one, so a position
found in the folded text is the same position in the text as printed, and what is kept is always
the printed text.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

#: Changes with how what is kept in the cache folder is derived from OpenCC's tables (3: the
#: characters t2s changes alone kept as one string, :func:`_kept_sets`).
_KEPT_VERSION = 3


@lru_cache(maxsize=1)
def converter():  # type: ignore[no-untyped-def]
    """OpenCC's t2s converter (loaded once, shared with :mod:`pilotplans.normalizers.faults`), its
    tables loaded, and kept so in the cache folder for the next run: OpenCC reads its dictionaries
    from text at the first conversion, about 10 ms of every command reading a plan that holds a
    traditional character, and the loaded converter is read back in a twentieth of that. Keyed by
    the tables (:func:`tables_digest`), OpenCC's code and Python's version; made every time when
    the tables cannot be found."""
    import sys

    import opencc

    from pilotplans.cachedir import code_as_imported, made_once

    def make():  # type: ignore[no-untyped-def]
        made = opencc.OpenCC("t2s")
        made.convert("")  # loads the tables
        return made

    tables = tables_digest()
    if tables is None:
        return make()
    # OpenCC's code as imported just above, and a converter made while it changed on disk (an
    # upgrade during the run) not kept: its pickle would be read back by the new code's classes
    code = code_as_imported(*sorted(Path(opencc.__file__).parent.glob("*.py")))
    return made_once("opencc-converter", [tables.encode(), code.digest, sys.version.encode()], make, opencc.OpenCC, code)


@lru_cache(maxsize=1)
def t2s_changes() -> dict[str, str] | None:
    """Every entry of the t2s dictionaries that changes what it matches (a character or a
    phrase, to the first form it gives), or None if OpenCC's tables cannot be seen."""
    chains = getattr(converter(), "_dict_chain_data", None)
    if not isinstance(chains, list):
        return None
    tables = [t for chain in chains for t in (chain if isinstance(chain, list) else [chain])]
    return {key: value.split(" ")[0] for _, _, mapping in tables for key, value in mapping.items()
            if value.split(" ")[0] != key}


def changed_alone() -> frozenset[str] | None:
    """The characters t2s changes when converted one by one: those a one-character entry changes
    (a character no such entry names passes every dictionary of the chain unchanged). None if
    OpenCC's tables cannot be seen."""
    kept = _kept_sets()
    return None if kept is None else kept[0]


def changes_nothing(text: str) -> bool:
    """Whether t2s is sure to give ``text`` back as it is, told without OpenCC: the text holds no
    character t2s changes alone, and none of the phrases t2s changes that hold no such character
    (沈默 → 沉默, 反覆 → 反复, 一目瞭然 → 一目了然). A phrase is looked for only in a text holding
    the first character it changes (沈, 覆, 瞭), so the common 覆盖 costs one look for 反覆, 答覆 …
    False if OpenCC's tables cannot be seen (then every text is converted)."""
    kept = _kept_sets()
    if kept is None:
        return False
    singles, phrases = kept
    if not singles.isdisjoint(text):
        return False
    return not any(phrase in text for witness, found in phrases.items() if witness in text for phrase in found)


def derive_sets() -> tuple[frozenset[str], dict[str, tuple[str, ...]]] | None:
    """:func:`changed_alone`, and the phrases t2s changes that hold none of its characters, by the
    first character each changes, worked out from OpenCC's loaded tables."""
    changes = t2s_changes()
    if changes is None:
        return None
    singles = frozenset(key for key in changes if len(key) == 1)
    phrases: dict[str, list[str]] = {}
    for key, value in changes.items():
        if len(key) > 1 and singles.isdisjoint(key):
            phrases.setdefault(_first_changed(key, value), []).append(key)
    return singles, {witness: tuple(sorted(found)) for witness, found in sorted(phrases.items())}


def _first_changed(key: str, value: str) -> str:
    """The first character of ``key`` that t2s writes differently in ``value`` (the first one
    when ``value`` only adds to or takes from the end of ``key``)."""
    return next((a for a, b in zip(key, value) if a != b), key[0])


@lru_cache(maxsize=1)
def _kept_sets() -> tuple[frozenset[str], dict[str, tuple[str, ...]]] | None:
    """What :func:`derive_sets` gives, from the cache folder when OpenCC's t2s tables are the ones they were
    derived from. Loading OpenCC's tables and going through every entry cost every start about
    15 ms, though a text in simplified characters (most plans) never needs a conversion. The
    characters changed alone (some 4,100) are kept as one string, their set made of it as it is
    read back: a pickled set of them was as many strings, each decoded and remembered by the
    unpickler, about twice the cost of the string's decoding and the set's making."""
    from pilotplans.cachedir import default_cache_dir, keep, read_kept

    folder = default_cache_dir()
    key = tables_digest() if folder is not None else None
    path = folder / f"opencc-t2s-{key}.pickle" if folder is not None and key is not None else None
    if path is not None:
        kept = read_kept(path)
        if isinstance(kept, tuple) and len(kept) == 2 and isinstance(kept[0], str) and isinstance(kept[1], dict):
            return frozenset(kept[0]), kept[1]
    derived = derive_sets()
    if path is not None and derived is not None:
        keep(path, ("".join(sorted(derived[0])), derived[1]))
    return derived


def tables_digest(package: Path | None = None) -> str | None:
    """A digest of the bytes of OpenCC's t2s configuration and of the dictionaries it names, in
    OpenCC's ``package`` folder (the installed one, found without importing it, if None); None if
    they cannot be found (then nothing is kept). The installed one's is worked out once a process:
    the kept sets and the kept converter are both named by it."""
    if package is None:
        return _installed_tables_digest()
    return _digest_of(package)


@lru_cache(maxsize=1)
def _installed_tables_digest() -> str | None:
    package = _opencc_folder()
    return None if package is None else _digest_of(package)


def _digest_of(package: Path) -> str | None:
    from pilotplans.cachedir import key_digest

    try:
        config = (package / "config" / "t2s.json").read_bytes()
        digest = key_digest(f"v{_KEPT_VERSION}".encode())
        digest.update(config)
        for name in sorted(_named_files(json.loads(config))):
            digest.update(name.encode())
            digest.update((package / "dictionary" / name).read_bytes())
    except (OSError, ValueError):
        return None
    return digest.hexdigest()[:20]


def _opencc_folder() -> Path | None:
    from importlib.util import find_spec

    try:
        spec = find_spec("opencc")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _named_files(config: object) -> set[str]:
    """Every ``"file"`` an OpenCC configuration names, at any depth."""
    if isinstance(config, dict):
        named = {config["file"]} if isinstance(config.get("file"), str) else set()
        return named.union(*(_named_files(value) for value in config.values()))
    if isinstance(config, list):
        return set().union(*(_named_files(value) for value in config))
    return set()


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    folded = converter().convert(char)
    return folded if len(folded) == 1 else char


def fold(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified form, one for one."""
    if text.isascii():
        return text
    return _folded(text)


@lru_cache(maxsize=16384)  # a plan's names and cells are folded again by each rule that reads them
def _folded(text: str) -> str:
    """:func:`fold` of a text beyond ASCII, kept for the process: its answer is made of the text and
    OpenCC's tables alone (read once a process)."""
    changing = changed_alone()
    if changing is not None and changing.isdisjoint(text):
        return text
    return "".join(_fold_char(char) for char in text)
