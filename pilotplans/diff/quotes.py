"""A link's reason quotes the measures' wording as printed.

The clauses a reason quotes (``adds “…”``, ``leaves out “…”``) are cut from the text as compared, which has lost its
scope phrases (在试点地区, a place's name, 省级: ``data/diff_normalise.toml``, :mod:`pilotplans.diff.similarity`); quoted so, a clause
reads words the measure never printed (``adds “为建设提供法律服务”`` of 海南's 为海南自由贸易港建设提供法律服务). Each quote
not printed in either measure is given back the printed span it was cut from: the shortest run of the printed text
that opens and closes on the quote's first and last characters and holds its characters in order, what lies between
them within one sentence (no 。；！？ skipped). A quote no printed span so holds (a text folded from traditional
characters) stays as compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_QUOTED = re.compile(r"“([^“”]+)”")
#: a printed span never reaches over these: a scope phrase lies inside a sentence
_SENTENCE_ENDS = frozenset("。；;！？!?")


def printed_span(quote: str, text: str) -> str | None:
    """The shortest span of ``text`` opening with ``quote``'s first character and closing with its last that holds
    every character of ``quote`` in order, skipping no sentence end; None where there is none."""
    best: str | None = None
    for start, char in enumerate(text):
        if char != quote[0]:
            continue
        k, end = 1, start + 1
        while k < len(quote) and end < len(text):
            if text[end] == quote[k]:
                k += 1
            elif text[end] in _SENTENCE_ENDS:
                break
            end += 1
        if k == len(quote) and (best is None or end - start < len(best)):
            best = text[start:end]
    return best


def printed_quotes(reason: str | None, texts: Sequence[str | None]) -> str | None:
    """``reason`` with each quote printed in none of ``texts`` (the two measures' wording) replaced by its printed
    span (:func:`printed_span`), the shorter where both texts hold one."""
    if not reason:
        return reason
    printed = [t for t in texts if t]

    def shown(match: re.Match[str]) -> str:
        quote = match.group(1)
        if any(quote in text for text in printed):
            return match.group(0)
        spans = [span for text in printed if (span := printed_span(quote, text)) is not None]
        return f"“{min(spans, key=len)}”" if spans else match.group(0)

    return _QUOTED.sub(shown, reason)
