"""What a 文号's letters say of the body that issued it."""

from __future__ import annotations

import unicodedata

from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

# A central body's own 文号 series: 国 and its letters (国发, 国办发, 国函 the State Council's; 国科发, 国能发 its
# ministries'), a letter no place's name opens with.
_CENTRAL_SERIES = compiled(r"^\s*国\p{Han}")


def is_central_series(doc_no: str | None) -> bool:
    """Whether ``doc_no`` (a 文号, traditional characters too) is of a central body's series (国函〔2020〕111号,
    國辦發〔2019〕9號), not a place's (闽政〔2020〕5号, 琼商服〔2020〕150号)."""
    return bool(_CENTRAL_SERIES.match(fold(doc_no or "")))


#: The brackets a 文号's year is printed in (〔2020〕, [2020], 【2020】, (2020)), as one.
_YEAR_BRACKETS = str.maketrans("[【(（]】)）", "〔〔〔〔〕〕〕〕")


def same_doc_no(one: str, other: str) -> bool:
    """Whether two 文号 are one, as printed in either set of characters, of digits and of brackets, spaces
    aside (國函［２０２０］111號 is 国函〔2020〕111号)."""
    return doc_no_key(one) == doc_no_key(other)


def doc_no_key(doc_no: str) -> str:
    """``doc_no`` as :func:`same_doc_no` compares it: simplified, half-width, one kind of bracket, no spaces."""
    return fold(unicodedata.normalize("NFKC", doc_no)).translate(_YEAR_BRACKETS).replace(" ", "")
