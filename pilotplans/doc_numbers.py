"""What a 文号's letters say of the body that issued it."""

from __future__ import annotations

from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

# A central body's own 文号 series: 国 and its letters (国发, 国办发, 国函 the State Council's; 国科发, 国能发 its
# ministries'), a letter no place's name opens with.
_CENTRAL_SERIES = compiled(r"^\s*国\p{Han}")


def is_central_series(doc_no: str | None) -> bool:
    """Whether ``doc_no`` (a 文号, traditional characters too) is of a central body's series (国函〔2020〕111号,
    國辦發〔2019〕9號), not a place's (闽政〔2020〕5号, 琼商服〔2020〕150号)."""
    return bool(_CENTRAL_SERIES.match(fold(doc_no or "")))
