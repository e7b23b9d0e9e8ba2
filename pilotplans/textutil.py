"""Small text helpers shared by readers and the interpreter."""

from __future__ import annotations

import unicodedata

_TERMINAL = "。；;！!？?"
_CLOSERS = "”’」』）)》〉】]"


def is_ascii_word_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "%+-_/.")


def join_fragments(first: str, second: str) -> str:
    """Join two pieces of one sentence split by a line wrap or a page break.

    No space between CJK text (Chinese does not separate words); one space between two Latin or
    digit tokens so that ``"page" + "break"`` does not become one word.
    """
    a, b = first.rstrip(), second.lstrip()
    if not a:
        return b
    if not b:
        return a
    if is_ascii_word_char(a[-1]) and is_ascii_word_char(b[0]):
        return f"{a} {b}"
    return a + b


def is_terminated(text: str) -> bool:
    """True when ``text`` ends a sentence (。；！？, possibly followed by closing quotes/brackets)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def squash(text: str) -> str:
    """``text`` without any whitespace, for comparisons that ignore it."""
    return "".join(ch for ch in text if not ch.isspace())


def nfkc(text: str) -> str:
    """Full-width digits and Latin letters folded to ASCII (NFKC), for parsing numbers."""
    return unicodedata.normalize("NFKC", text)

