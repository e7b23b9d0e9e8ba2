"""A page cut inside its last item's owner bracket, read up to the cut.

A copy that stops inside an item's responsibility bracket (…协调解决有关问题。(責任單位:省發展改革委,省直其他
有關部門和單位,各市〔州〕、縣〔市、區、特) still prints the names before the cut whole: the bracket is read as if
closed after its last whole name (a labelled list: cut at its last ``、``, ``，`` or ``；`` outside a nested
mark, every name before it the label's) or its last whole clause (role phrases: cut at its last ``，`` or
``；``, a clause's names waiting for its role phrase), and only where what is left shows it names owners — a
label naming bodies (责任单位：, 牵头单位：) or a run of role phrases (省发展改革委牵头; leaders by post before
them, 分管副省长负责, are the item's leader). The name the cut falls in, and any clause after the last whole
one, are lost: the measure that bracket closes is warned ``responsibility_cut``. A cut falling in the label's first
name (…备案。(牵头单位:省市场) leaves no name whole: the bracket is cut off the measure's text, and the measure warned
so where the measures before it name their owners. A bare list of names
(（市政府办公室、市) may be anything the copy cut, and is not read so; nor a bracket whose label names no body
((完成时限:2024年, (牵头领导:王).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pilotplans.layout import Layout, Paragraph
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.interpret.cut_owners import CutOwners
from pilotplans.parsers.interpret.drafts import MeasureDraft
from pilotplans.schema.models import Warning

# The openers of a responsibility bracket and their closers, as a page's last item may print them.
_OPENERS, _CLOSERS = "（(", "）)"
# What ends a whole clause of a bracket, and, in a labelled list printing none, a whole name.
_CLAUSE_STOPS = ("，", ",", "；", ";")
_NAME_STOPS = ("、",)
# The most characters of a label before its colon in such a bracket (责任单位：, 牵头单位及配合单位：).
_LABEL_AT_MOST = 10
# A bracket's nested marks (各市〔州〕): a stop inside one that is still open cuts no clause.
_INNER = {"〔": "〕", "[": "]", "【": "】", "（": "）", "(": ")"}


@dataclass(frozen=True)
class CutBracket(CutOwners):
    """A page's last paragraph ending inside an owner bracket: the layout with that bracket closed after
    its last whole clause (``layout``), the block index of that paragraph (``block``, 0-based), the bracket
    as printed from its opener (``printed``), what of it is read (``head``) and the part of it lost (``lost``)."""

    def warn(self, measures: list[MeasureDraft]) -> bool:
        """Warn the measure the cut bracket closes: the last whose first paragraph is at or before it and
        whose owners' lists were read from it (printed in what is read of it). False, warning none, where no
        measure's were (a bracket after the plan, 联系人 beside a 牵头单位, cut on a page whose items are whole)."""
        owning = self.owning(measures)
        if not self.head:
            # the cut falls in the label's first name (（牵头单位：省市场): the bracket is no part of the measure's text,
            # and the measure is warned only among measures whose brackets named their owners whole
            if not owning or any(owning[-1].values.get(role) for role in _OWNER_VALUES) or not any(
                    m.values.get("responsibility") for m in owning[:-1]):
                return False
            owning[-1].warnings.append(Warning(code="responsibility_cut", message=(
                f"the page ends inside this measure's owner bracket (`{_shown(self.printed)}`): no name is printed "
                f"whole before the cut, `{self.lost}` and whatever followed it are lost — find the whole page")))
            return True
        if not owning or not _reads_from(owning[-1], self.head):
            return False
        # a cut right after a name's stop (市商务局、) falls in no name: only what followed is lost
        lost = f"`{self.lost}` and whatever followed it are lost" if self.lost else "whatever followed them is lost"
        owning[-1].warnings.append(Warning(code="responsibility_cut", message=(
            f"the page ends inside this measure's owner bracket (`{_shown(self.printed)}`): the names printed whole "
            f"before the cut are read, {lost} — find the whole page")))
        return True


# The roles of a measure's values an owner bracket gives it (its lists, and a leader by post).
_OWNER_VALUES = ("responsibility", "cooperating", "superior", "leader")


def _reads_from(measure: MeasureDraft, head: str) -> bool:
    """Whether ``measure``'s owners' lists were read from a bracket whose read part is ``head``: each printed in it."""
    printed = [measure.values[role] for role in _OWNER_VALUES if measure.values.get(role)]
    return bool(printed) and all(value in head for value in printed)


def _shown(text: str, at_most: int = 24) -> str:
    return text[:at_most] + ("…" if len(text) > at_most else "")


def open_bracket(text: str) -> int | None:
    """Where the bracket ``text`` ends inside opens (its last opener, no closer after it), or None."""
    at = max(text.rfind(opener) for opener in _OPENERS)
    if at < 0 or any(closer in text[at:] for closer in _CLOSERS):
        return None
    return at


def owner_label(content: str) -> bool:
    """Whether ``content`` opens with a label naming bodies and its colon (责任单位：, 牵头单位:)."""
    return labelled_names(content) is not None


def labelled_names(content: str) -> str | None:
    """What follows the label naming bodies and its colon ``content`` opens with (责任单位：省发展改革委, → 省发展改革委,),
    folded; None where it opens with no such label (a bare list, 市政府办公室、; a label naming none, 完成时限:)."""
    from pilotplans.parsers.interpret.fields import _field_label

    folded = fold(content)
    head, colon, rest = folded.partition("：") if "：" in folded else folded.partition(":")
    label = _field_label(head) if colon and len(head) <= _LABEL_AT_MOST else None
    return rest if label is not None and label.body_role is not None else None


def _last_stop(content: str, stops: tuple[str, ...]) -> int | None:
    """The index of the last of ``stops`` in ``content`` outside a nested mark still open there."""
    depth: list[str] = []
    found = None
    for index, char in enumerate(content):
        if char in _INNER:
            depth.append(_INNER[char])
        elif depth and char == depth[-1]:
            depth.pop()
        elif char in stops and not depth:
            found = index
    return found


def whole_part(content: str) -> str | None:
    """What a cut bracket's ``content`` prints whole: up to its last clause stop, or, in a labelled list
    printing none, its last name stop; None where nothing whole is left or what is left names no owner."""
    from pilotplans.parsers.interpret.fields import _is_role_phrase_list, read_bracket_content
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    labelled = owner_label(content)
    # under a label every whole name is the label's; without one a clause's names wait for its role phrase
    at = _last_stop(content, _CLAUSE_STOPS + _NAME_STOPS if labelled else _CLAUSE_STOPS)
    if at is None:
        return None
    head = content[:at].strip()
    fields = read_bracket_content(head) if head else None
    if fields is None or not fields.assigns:
        return None
    if labelled:
        return head
    unlabelled = [s.text for s in fields.segments if s.label is None]
    if unlabelled and all(_is_role_phrase_list(text, vocabulary()) for text in unlabelled):
        return head
    return None


def close_cut_bracket(layout: Layout) -> CutBracket | None:
    """The layout with its last paragraph's cut owner bracket closed after its last whole clause (see the
    module), or None where the page does not end inside such a bracket."""
    last = next((k for k in range(len(layout.blocks) - 1, -1, -1)
                 if isinstance(layout.blocks[k], Paragraph) and layout.blocks[k].text.strip()), None)
    if last is None or any(not isinstance(b, Paragraph) for b in layout.blocks[last + 1:]):
        return None
    paragraph = layout.blocks[last]
    assert isinstance(paragraph, Paragraph)
    text = paragraph.text.rstrip()
    at = open_bracket(text)
    if at is None:
        return None
    content = text[at + 1:]
    head = whole_part(content)
    names = labelled_names(content)
    if head is None and names is not None and names.strip() and _last_stop(names, _CLAUSE_STOPS + _NAME_STOPS) is None:
        # a label and the first name cut (（牵头单位：省市场): nothing of the bracket is read, and it is cut off the text
        closed = dataclasses.replace(paragraph, text=text[:at].rstrip())
        blocks = (*layout.blocks[:last], closed, *layout.blocks[last + 1:])
        return CutBracket(layout=dataclasses.replace(layout, blocks=blocks), block=last, printed=text[at:], head="",
                          lost=_shown(names.strip()))
    if head is None:
        return None
    closer = "）" if text[at] == "（" else ")"
    closed = dataclasses.replace(paragraph, text=f"{text[:at + 1]}{head}{closer}")
    blocks = (*layout.blocks[:last], closed, *layout.blocks[last + 1:])
    return CutBracket(layout=dataclasses.replace(layout, blocks=blocks), block=last, printed=text[at:], head=head,
                      lost=_shown(content[len(head):].lstrip("，,；;、 ")))
