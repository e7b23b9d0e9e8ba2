"""An item's owners' bracket its copy never closes, read up to the item's end.

A copy may drop a bracket's closer where the item ends: the line ends (…定期会商。（牵头单位：县发改局、县财政局, the
next item opening the next line: 2.完善名录。…, the number after the item's own, or an outer heading's 二、 — never a
first sub-item (1) the bracket may go on over), or the next item's number runs on right after the last name on the
same line (…(牵头单位:乡村振兴办责任单位:规建办、各村(社区)4 .对主次干道…: a 2023 campaign's copy, prose-blind37,
its item 3 printed before the bracket in the same line). The names are printed whole — the line ends on a name, not
on the 、 or ， a list wrapped over lines ends on; the number follows a name's last character or a bracket closing
it — and no closer could close this bracket before the next item: the bracket is read as if closed at the item's
end, and the measure it gives owners is warned ``owners_bracket_open``. On the same line the number must be the one
after an item number of its style printed before the bracket on that line (3 . … 4 .): a figure in a name or a
count (各村3个组) opens no item. Only a bracket opening with a label naming bodies (牵头单位：, 责任单位：) is so read: a bare
list (（市政府办公室、市) may be anything a copy left open. A list wrapped over lines (（牵头单位：市发改委、 / 市商务局；
配合单位：市财政局）) and a bracket the next line closes are left as printed (the line reader joins them), and the next
item's text is never read into the owners: the bracket ends where its line does. The page's last paragraph is
:mod:`.cut_bracket`'s (a page cut there).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pilotplans.layout import Layout, Paragraph
from pilotplans.normalizers.numbers import find_item_marker, item_marker_at
from pilotplans.parsers.interpret.cut_bracket import labelled_names, open_bracket
from pilotplans.parsers.interpret.drafts import MeasureDraft
from pilotplans.parsers.interpret.fields import ROUND_CLOSERS, ROUND_OPENERS
from pilotplans.patterns import compiled
from pilotplans.schema.models import Warning

# What a list wrapped over lines ends its line on: the names go on in the next line.
_GOES_ON = ("、", "，", ",", "；", ";", "：", ":")
_HAN = compiled(r"\p{Han}")
_SPACES = compiled(r"\s+")
# A name's characters a figure may follow inside it (第3中学, 3号楼): never the end of a name.
_INSIDE_NAME = "第"
# The roles of a measure's values an owners' bracket gives it.
_OWNER_VALUES = ("responsibility", "cooperating", "superior", "leader")


@dataclass(frozen=True)
class OpenBracket:
    """An owners' bracket left open at an item's end: the paragraph's block index (``block``, 0-based), where in its
    text the bracket is closed (``at``: the line's end, or right before the next item's number), the bracket as
    printed from its opener up to there (``printed``) and the few characters the item prints before it (``before``:
    which measure is its)."""

    block: int
    at: int
    printed: str
    before: str

    def warn(self, measures: list[MeasureDraft]) -> bool:
        """Warn ``owners_bracket_open`` on the measure the bracket gives owners (the last at or before its paragraph
        whose text prints ``before`` and each of whose owners' lists is printed in the bracket); False, warning none,
        where no measure's owners were read from it."""
        owning = [m for m in measures if m.paragraph is not None and m.paragraph <= self.block + 1
                  and self.before in m.text and _reads_from(m, self.printed)]
        if not owning:
            return False
        shown = self.printed if len(self.printed) <= 30 else self.printed[:30] + "…"
        owning[-1].warnings.append(Warning(code="owners_bracket_open", message=(
            f"this measure's owners' bracket is never closed (`{shown}`, the next item opening right after it): its "
            f"owners are read up to the item's end — check the page for a closer lost in the copy")))
        return True


def _reads_from(measure: MeasureDraft, printed: str) -> bool:
    """Whether each of ``measure``'s owners' lists is printed in ``printed``: each labelled list of a value (the
    reader joins a bracket's lists with ；) printed there, the spaces a label's words were broken by aside."""
    values = [measure.values[role] for role in _OWNER_VALUES if measure.values.get(role)]
    bare = _SPACES.sub("", printed)
    return bool(values) and all(_SPACES.sub("", part) in bare for value in values for part in value.split("；"))


def open_owner_brackets(layout: Layout) -> list[OpenBracket]:
    """The owners' brackets of ``layout`` left open at an item's end (see the module), in the order printed."""
    found: list[OpenBracket] = []
    blocks = layout.blocks
    filled = [k for k, b in enumerate(blocks) if isinstance(b, Paragraph) and b.text.strip()]
    for here, after in zip(filled, [*filled[1:], None]):
        paragraph = blocks[here]
        assert isinstance(paragraph, Paragraph)
        text = paragraph.text.rstrip()
        for at in _unclosed(text):
            if not (labelled_names(text[at + 1:at + 1 + _LABEL_WINDOW]) or "").strip():
                continue
            end = _next_item_after(text, at)
            if (end is None and after is not None and _opens_item_unclosed(blocks[after], text)
                    and not text.endswith(_GOES_ON)):
                end = len(text)  # the line ends on a name, the next line opens the next item
            if end is None:
                continue
            before = text[max(0, at - _BEFORE):at].strip()
            if before:
                found.append(OpenBracket(block=here, at=end, printed=text[at:end].rstrip(), before=before))
    return found


_LABEL_WINDOW = 16  # enough of a bracket to read its label, its colon and a name's first characters
_BEFORE = 8  # how many of the item's characters before its bracket tell its measure
_WINDOW = 6  # the characters an item number is read from


def _unclosed(text: str) -> list[int]:
    """Where the brackets ``text`` opens and never closes open, in the order printed (nested brackets counted, one
    pass: a page printed as one line holds hundreds of brackets)."""
    opened: list[int] = []
    for index, char in enumerate(text):
        if char in ROUND_OPENERS:
            opened.append(index)
        elif char in ROUND_CLOSERS and opened:
            opened.pop()
    return opened


def _next_item_after(text: str, at: int) -> int | None:
    """Where the next item's number runs on inside the bracket opening ``text`` at ``at``: right after a name's last
    character or a bracket closing it, the number after an item number of its style printed before the bracket on the
    line (3 . … (牵头单位:…各村(社区)4 .); or None."""
    printed: set[tuple[str, int]] | None = None  # the item numbers printed before the bracket, read once asked
    end = at + 1  # one past the last character before ``position`` that is no space (the opener's at first)
    for position in range(at + 1, len(text)):
        if not text[position - 1].isspace():
            end = position
        last = text[end - 1]
        if not (_HAN.match(last) or last in ROUND_CLOSERS) or last in _INSIDE_NAME:
            continue
        marker = item_marker_at(text, position, _WINDOW)
        if marker is None or marker.number.value < 2:
            continue
        if printed is None:
            printed = {(m.style, m.number.value) for p in range(at) if (m := item_marker_at(text, p, _WINDOW)) is not None}
        if (marker.style, marker.number.value - 1) in printed:
            return end
    return None


def _opens_item_unclosed(block: object, above: str) -> bool:
    """Whether ``block`` is a paragraph opening with the number of an item after the one whose line ``above`` is (the
    number after that line's own of its style, or a number past the first of another: 2. after 1.…, 二、 after it) and
    printing no closer whose opener it lacks (the rest of a bracket opened above). A first number of another style
    ((1) under 1.) opens the item's own parts, which the bracket may go on over: no item's end."""
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    marker = find_item_marker(text)
    if marker is None or marker.number.value < 2 or any(_unmatched(text, closer) for closer in ROUND_CLOSERS):
        return False
    own = find_item_marker(above.strip())
    return own is None or own.style != marker.style or marker.number.value == own.number.value + 1


def _unmatched(text: str, closer: str) -> bool:
    """Whether ``text`` prints ``closer`` with no opener of its kind before it (the rest of a bracket opened above)."""
    opener = ROUND_OPENERS[ROUND_CLOSERS.index(closer)]
    depth = 0
    for char in text:
        if char == opener:
            depth += 1
        elif char == closer:
            if depth == 0:
                return True
            depth -= 1
    return False


def closed(layout: Layout, brackets: list[OpenBracket]) -> Layout:
    """``layout`` with each of ``brackets`` closed where it is read to end."""
    blocks = list(layout.blocks)
    for bracket in sorted(brackets, key=lambda b: (b.block, -b.at)):  # later closers first: the places before hold
        paragraph = blocks[bracket.block]
        assert isinstance(paragraph, Paragraph)
        text = paragraph.text.rstrip()
        closer = "）" if bracket.printed.startswith("（") else ")"
        blocks[bracket.block] = dataclasses.replace(paragraph, text=f"{text[:bracket.at]}{closer}{text[bracket.at:]}")
    return dataclasses.replace(layout, blocks=tuple(blocks))
