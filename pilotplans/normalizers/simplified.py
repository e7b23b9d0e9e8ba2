"""Reading traditional characters as simplified ones, for matching only.

Plans printed in traditional characters (責任單位, 牽頭, 負責, 關於, 號) are matched against the
simplified vocabularies through :func:`fold`, which changes characters one for one, so a position
found in the folded text is the same position in the text as printed, and what is kept is always
the printed text.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    folded = _converter().convert(char)
    return folded if len(folded) == 1 else char


def fold(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified form, one for one."""
    if text.isascii():
        return text
    return "".join(_fold_char(char) for char in text)
