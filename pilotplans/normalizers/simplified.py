"""Reading traditional characters as simplified ones, for matching only.

Plans printed in traditional characters (責任單位, 牽頭, 負責, 關於, 號) are matched against the
simplified vocabularies through :func:`fold`, which changes characters one for one, so a position
found in the folded text is the same position in the text as printed, and what is kept is always
the printed text.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def converter():  # type: ignore[no-untyped-def]
    """OpenCC's t2s converter (loaded once, shared with :mod:`pilotplans.normalizers.faults`)."""
    import opencc

    return opencc.OpenCC("t2s")


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


@lru_cache(maxsize=1)
def changed_alone() -> frozenset[str] | None:
    """The characters t2s changes when converted one by one: those a one-character entry changes
    (a character no such entry names passes every dictionary of the chain unchanged). None if
    OpenCC's tables cannot be seen."""
    changes = t2s_changes()
    return None if changes is None else frozenset(key for key in changes if len(key) == 1)


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    folded = converter().convert(char)
    return folded if len(folded) == 1 else char


def fold(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified form, one for one."""
    if text.isascii():
        return text
    changing = changed_alone()
    if changing is not None and changing.isdisjoint(text):
        return text
    return "".join(_fold_char(char) for char in text)
