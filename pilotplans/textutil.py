"""Small text helpers shared by readers and the interpreter."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

_TERMINAL = "。；;！!？?"
_CLOSERS = "”’」』）)》〉】]"


_SPACED_AFTER = ",.;:!?)]%"
"""ASCII punctuation a Latin word after a line wrap is spaced from (``Agreement,`` ``Services``)."""
_SPACED_BEFORE = "(["
"""ASCII opening brackets spaced from a Latin word before a line wrap (``Services`` ``(CPC``)."""


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` longest first, those of one length in the order given: the order a prefix or suffix test
    or an alternation tries them in, so that a shorter word never cuts a longer one it opens or closes."""
    return tuple(sorted(words, key=len, reverse=True))


def join_fragments(first: str, second: str) -> str:
    """Join two pieces of one text split by a line wrap or a page break: the one rule every
    reader and the interpreter use.

    No space where a CJK (or any non-ASCII) character meets anything: Chinese does not separate
    words, and ``144`` + ``小时`` is ``144小时``. One space where a Latin letter or digit, or
    ASCII closing punctuation after one (``,.;:!?)]%``), meets a Latin letter, digit or ASCII
    opening bracket: ``Trade in`` + ``Services`` is ``Trade in Services``, ``Agreement,`` +
    ``Services`` is ``Agreement, Services``. A hyphen or slash at the end of a line joins
    without a space (``cross-`` + ``border``).
    """
    a, b = first.rstrip(), second.lstrip()
    if not a:
        return b
    if not b:
        return a
    if (_latin(a[-1]) or a[-1] in _SPACED_AFTER) and (_latin(b[0]) or b[0] in _SPACED_BEFORE):
        return f"{a} {b}"
    return a + b


def join_lines(texts: Iterable[str]) -> str:
    """Wrapped lines of one paragraph as one string, each pair joined by :func:`join_fragments`."""
    result = ""
    for text in texts:
        result = join_fragments(result, text)
    return result.strip()


def is_terminated(text: str) -> bool:
    """True when ``text`` ends a sentence (。；！？, possibly followed by closing quotes/brackets)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def squash(text: str) -> str:
    """``text`` without any whitespace, for comparisons that ignore it."""
    return "".join(text.split())  # split() cuts at exactly the characters isspace() calls whitespace


def nfkc(text: str) -> str:
    """Full-width digits and Latin letters folded to ASCII (NFKC), for parsing numbers."""
    return unicodedata.normalize("NFKC", text)


_NARROW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def narrow_digits(text: str) -> str:
    """``text`` with its full-width digits (２０１２) written as ASCII ones, one character for one: a match found in
    it lies at the same place in ``text``, as one found in :func:`nfkc`'s text need not (NFKC writes some
    characters as several: ㈠ as (一))."""
    return text.translate(_NARROW_DIGITS)

