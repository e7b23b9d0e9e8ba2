"""Small text helpers shared by readers and the interpreter."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

SENTENCE_ENDS = "。；;！!？?"
"""The marks that end a sentence (or a clause standing as one: ；)."""
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
    without a space (``cross-`` + ``border``). Nor is a number set among Chinese text spaced where
    a wrap cuts it (``平政办〔2013〕1`` + ``1号`` is ``平政办〔2013〕11号``: a line of Chinese breaks
    between any two characters, digits too, where a Latin line breaks only at a space): its
    figures at the end of the first piece follow a non-ASCII character and those opening the
    second run into one.
    """
    a, b = first.rstrip(), second.lstrip()
    if not a:
        return b
    if not b:
        return a
    if _number_cut(a, b):
        return a + b
    if (_latin(a[-1]) or a[-1] in _SPACED_AFTER) and (_latin(b[0]) or b[0] in _SPACED_BEFORE):
        return f"{a} {b}"
    return a + b


_ITEM_CLOSERS = "、．）)"
"""What closes an item's number (``2、`` ``2）``): a piece opening so opens the next item, not the rest of a number."""


def _number_cut(a: str, b: str) -> bool:
    """Whether ``a`` ends and ``b`` opens with figures of one number set among Chinese text: a
    non-ASCII character before the first's figures; after the second's a non-ASCII character, a
    half-width ``%`` or a decimal point or thousands' comma before more figures (``增长1`` +
    ``5%以上``, ``投资1`` + ``2.5亿元``) — but not an item's marker (``2、`` ``2）``), which opens
    the next item."""
    head = len(a) - len(a.rstrip("0123456789"))
    tail = len(b) - len(b.lstrip("0123456789"))
    if not (0 < head < len(a) and 0 < tail < len(b)) or a[-head - 1].isascii():
        return False
    after = b[tail]
    if after in _ITEM_CLOSERS:
        return False
    if after == "%" or (after in ".," and b[tail + 1:tail + 2].isdigit()):
        return True
    return not after.isascii()


def join_lines(texts: Iterable[str]) -> str:
    """Wrapped lines of one paragraph as one string, each pair joined by :func:`join_fragments`."""
    result = ""
    for text in texts:
        result = join_fragments(result, text)
    return result.strip()


def is_terminated(text: str) -> bool:
    """True when ``text`` ends a sentence (。；！？, possibly followed by closing quotes/brackets)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_ENDS


def squash(text: str) -> str:
    """``text`` without any whitespace, for comparisons that ignore it."""
    return "".join(text.split())  # split() cuts at exactly the characters isspace() calls whitespace


def cell_lines(text: str) -> tuple[str, ...]:
    """A spreadsheet cell's text as the lines it prints (its line breaks, written ``\\r\\n``, ``\\r`` or ``\\n``, part
    them), each stripped, blank ones left out: a cell's paragraphs, as a CSV field and a workbook's cell give them."""
    return tuple(line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip())


def nfkc(text: str) -> str:
    """Full-width digits and Latin letters folded to ASCII (NFKC), for parsing numbers."""
    return unicodedata.normalize("NFKC", text)


_NARROW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def narrow_digits(text: str) -> str:
    """``text`` with its full-width digits (２０１２) written as ASCII ones, one character for one: a match found in
    it lies at the same place in ``text``, as one found in :func:`nfkc`'s text need not (NFKC writes some
    characters as several: ㈠ as (一))."""
    return text.translate(_NARROW_DIGITS)

