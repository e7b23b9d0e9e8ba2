"""A page cut inside its last item's owners, read up to the cut: what the two readings of such a page —
inside an owner bracket (:mod:`.cut_bracket`) or an owner line (:mod:`.cut_field`) — hand the interpreter."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from pilotplans.layout import Layout
from pilotplans.parsers.interpret.drafts import MeasureDraft


@dataclass(frozen=True)
class CutOwners(ABC):
    """A page's last paragraph, cut inside the owners it prints: the layout with them read up to the cut
    (``layout``), the paragraph's block index (``block``, 0-based), the owners' text as printed
    (``printed``), what of it is read (``head``) and what the cut lost (``lost``)."""

    layout: Layout
    block: int
    printed: str
    head: str
    lost: str

    def owning(self, measures: list[MeasureDraft]) -> list[MeasureDraft]:
        """The measures whose first paragraph is at or before the cut one: the cut owners are the last one's,
        if anyone's."""
        return [m for m in measures if m.paragraph is not None and m.paragraph <= self.block + 1]

    @abstractmethod
    def warn(self, measures: list[MeasureDraft]) -> bool:
        """Warn the measure the cut owners belong to (``responsibility_cut``); False, warning none, where the
        measures read show none is theirs."""
