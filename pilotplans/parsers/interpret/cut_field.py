"""A page cut inside its last item's owner line, read up to the cut.

A task list printing each item's owners on a labelled line of its own ends every such line with its full
stop (责任单位:县财政局。); a copy that stops inside the last one (责任单位:县财) prints that line without it.
Where the page's earlier lines of the same label end with their stop and its last line, that label's, ends
without one in a name no body has (县财; a whole one, 责任单位:县财政局, is a line that only lost its stop, and
is read as printed), the line is cut: the names printed whole before the cut (up to its last ``、``, ``，`` or ``；``)
are read, and the name the cut falls in is lost; a cut in the line's first name leaves none, and the line is
read as no owner of the measure. The measure is warned ``responsibility_cut``. A page whose owner lines end
with no stop tells no cut line from a whole one, and is read as printed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pilotplans.layout import Layout, Paragraph
from pilotplans.patterns import compiled
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.interpret.cut_bracket import labelled_names
from pilotplans.parsers.interpret.cut_owners import CutOwners
from pilotplans.parsers.interpret.drafts import MeasureDraft
from pilotplans.schema.models import Warning

# What ends a whole owner line, and what parts its names.
_LINE_STOPS = ("。", "；", ";")
_NAME_STOPS = ("、", "，", ",", "；", ";")
# A role in brackets (（牵头）) or 等 after an owner's name.
_ROLE_AFTER = compiled(r"(?:[(（][^()（）]{1,6}[)）]|等)+$")
# The owners' roles a cut line may have given the measure.
_OWNER_VALUES = ("responsibility", "cooperating", "superior")


@dataclass(frozen=True)
class CutLine(CutOwners):
    """A page's last paragraph, an owner line cut before its stop: the layout with it read up to its last
    whole name (``layout``; without it where no name is whole), its block index (``block``, 0-based), the
    line as printed (``printed``), the names read of it (``head``) and the name lost (``lost``)."""

    def warn(self, measures: list[MeasureDraft]) -> bool:
        """Warn the measure the cut line belongs to: the last whose first paragraph is before it, among
        measures the earlier of which name their owners; False, warning none, otherwise."""
        owning = self.owning(measures)
        if not owning or not any(m.values.get("responsibility") for m in owning[:-1]):
            return False
        last = owning[-1]
        read = [last.values[role] for role in _OWNER_VALUES if last.values.get(role)]
        if self.head and not (read and all(value in self.head for value in read)):
            return False
        if not self.head and read:
            return False
        whole = "the names printed whole before the cut are read, " if self.head else "no name is printed whole, "
        last.warnings.append(Warning(code="responsibility_cut", message=(
            f"the page ends inside this measure's owner line (`{self.printed}`, without the full stop the lines "
            f"before it end with): {whole}`{self.lost}` and whatever followed it are lost — find the whole page")))
        return True


def _label_of(text: str) -> str | None:
    """The label an owner line opens with (责任单位), folded, or None where it opens with none naming bodies."""
    folded = fold(text.strip())
    if labelled_names(folded) is None:
        return None
    return folded.partition("：")[0] if "：" in folded else folded.partition(":")[0]


def _whole_name(name: str) -> bool:
    """Whether ``name``, an owner line's last, is a whole body's name, not one cut (县财): one the registry knows
    (县财政局, 各乡镇(街道)) or one ending like a body's (县综合执法局), a role in brackets or 等 after it
    (县财政局(牵头), 县财政局等) no part of it."""
    from pilotplans.normalizers.resolve import names_a_body_alone
    from pilotplans.parsers.issuer_names import ends_like_a_body

    name = name.strip()
    core = _ROLE_AFTER.sub("", name)
    return bool(core) and (names_a_body_alone(name) or names_a_body_alone(core) or ends_like_a_body(core))


def close_cut_field_line(layout: Layout) -> CutLine | None:
    """The layout with its last paragraph, an owner line cut before its stop, read up to its last whole name
    (see the module), or None where the page does not end so."""
    paragraphs = [(k, b) for k, b in enumerate(layout.blocks) if isinstance(b, Paragraph) and b.text.strip()]
    if not paragraphs or paragraphs[-1][0] != len(layout.blocks) - 1:
        return None
    last, paragraph = paragraphs[-1]
    text = paragraph.text.strip()
    label = _label_of(text)
    if label is None or text.endswith(_LINE_STOPS):
        return None
    siblings = [b.text.strip() for _, b in paragraphs[:-1] if _label_of(b.text) == label]
    if not siblings or not all(line.endswith(_LINE_STOPS) for line in siblings):
        return None
    names = labelled_names(text) or ""
    if not names.strip():
        return None
    at = max(names.rfind(stop) for stop in _NAME_STOPS)
    if _whole_name(names[at + 1:]):
        return None  # its last name whole: the line lost its stop, not its names
    opening = text[:len(text) - len(names)]
    if at < 0:
        blocks = (*layout.blocks[:last], *layout.blocks[last + 1:])
        return CutLine(layout=dataclasses.replace(layout, blocks=blocks), block=last, printed=text, head="",
                       lost=names.strip())
    head = names[:at].strip()
    closed = dataclasses.replace(paragraph, text=f"{opening}{head}。")
    blocks = (*layout.blocks[:last], closed, *layout.blocks[last + 1:])
    return CutLine(layout=dataclasses.replace(layout, blocks=blocks), block=last, printed=text, head=head,
                   lost=names[at + 1:].strip())
