"""A link's reason quotes the measures' wording as printed.

The clauses a reason quotes (``adds “…”``, ``leaves out “…”``) are cut from the text as compared, which has lost its
scope phrases (在试点地区, a place's name, 省级: ``data/diff_normalise.toml``, :mod:`pilotplans.diff.similarity`); quoted so, a clause
reads words the measure never printed (``adds “为建设提供法律服务”`` of 海南's 为海南自由贸易港建设提供法律服务). Each quote
not printed in either measure is given back the printed span it was cut from: the shortest run of the printed text
that opens and closes on the quote's first and last characters and holds its characters in order, what lies between
them within one sentence (no 。；！？ skipped), and that normalised as the diff normalises a measure
(:func:`~pilotplans.diff.similarity.normalise_wording` with the measure's region) reads the quote again: what the span
adds to the quote is only what normalising takes out, a scope phrase or the plan's place. Characters of the quote met
in order but apart (支持…发展 in 支持企业在境外发展) make no span. A quote no printed span so holds (a text folded from
traditional characters) stays as compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pilotplans.diff.similarity import normalise_wording
from pilotplans.normalizers.simplified import fold
from pilotplans.textutil import SENTENCE_ENDS

_QUOTED = re.compile(r"“([^“”]+)”")


def printed_span(quote: str, text: str, region: str | None = None) -> str | None:
    """The shortest span of ``text`` opening with ``quote``'s first character and closing with its last that holds
    every character of ``quote`` in order, skipping no sentence end, and that normalised with ``region`` (the plan's
    region, whose place names normalising takes out) is ``quote``; None where there is none."""
    best: str | None = None
    for start, char in enumerate(text):
        if char != quote[0]:
            continue
        k, end = 1, start + 1
        while k < len(quote) and end < len(text):
            if text[end] == quote[k]:
                k += 1
            elif text[end] in SENTENCE_ENDS:  # a scope phrase lies inside a sentence
                break
            end += 1
        if k == len(quote) and (best is None or end - start < len(best)) \
                and normalise_wording(fold(text[start:end]), region) == quote:
            best = text[start:end]
    return best


def printed_quotes(reason: str | None, texts: Sequence[str | None],
                   regions: Sequence[str | None] = ()) -> str | None:
    """``reason`` with each quote printed in none of ``texts`` (the two measures' wording) replaced by its printed
    span (:func:`printed_span`, each text normalised with its plan's region of ``regions``, None where not given), the
    shorter where both texts hold one."""
    if not reason:
        return reason
    printed = [(t, regions[k] if k < len(regions) else None) for k, t in enumerate(texts) if t]

    def shown(match: re.Match[str]) -> str:
        quote = match.group(1)
        if any(quote in text for text, _ in printed):
            return match.group(0)
        spans = [span for text, region in printed if (span := printed_span(quote, text, region)) is not None]
        return f"“{min(spans, key=len)}”" if spans else match.group(0)

    return _QUOTED.sub(shown, reason)
