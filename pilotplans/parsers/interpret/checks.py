"""Checks over read drafts: numbering of headings and measures, and faults in the wording.

A check never changes what was printed (except to infer a heading number it reports); what it
finds is a :class:`Warning` on the record concerned.
"""

from __future__ import annotations

from pilotplans.normalizers import faults
from pilotplans.normalizers.numbers import Number, marker_style
from pilotplans.parsers.interpret.drafts import HeadingDraft, MeasureDraft
from pilotplans.schema.models import Warning

#: An item printed among the measures and left out as no measure (a plan's section, （二）工作目标, at
#: the measures' level): its marker style, number and paragraph. The numbers such items hold between
#: two measures are no gap (:func:`passed_between`).
PassedItem = tuple[str | None, int, int]


def check_heading_numbers(headings: list[HeadingDraft]) -> None:
    """Infer missing heading numbers from their neighbours and report gaps and repeats, among the headings of one
    parent (a table's categories; the names a second heading column prints under one category)."""
    siblings: dict[int | None, list[HeadingDraft]] = {}
    for heading in headings:
        siblings.setdefault(heading.parent, []).append(heading)
    for group in siblings.values():
        _check_sibling_numbers(group)


def _check_sibling_numbers(headings: list[HeadingDraft]) -> None:
    if not any(h.read.number for h in headings):
        return
    previous = 0
    for heading in headings:
        if heading.read.number is None:
            inferred = previous + 1
            heading.read.number = Number(raw="", value=inferred)
            heading.read.warnings.append(Warning(
                code="heading_number_missing",
                message=f"heading {heading.read.title!r} is printed without its number; read as number {inferred}",
            ))
        value = heading.read.number.value
        heading.read.warnings.extend(heading_number_warnings(value, previous))
        previous = max(previous, value)


def heading_number_warnings(value: int, previous: int) -> list[Warning]:
    """A heading's number against the highest its siblings before it had (0 for the first): a gap
    when it jumps beyond the next, out of order when it is not above it."""
    if value > previous + 1:
        missing = ", ".join(str(n) for n in range(previous + 1, value))
        return [Warning(code="heading_gap", message=f"heading numbers jump from {previous} to {value} (missing {missing})")]
    if value <= previous:
        return [Warning(code="heading_out_of_order", message=f"heading number {value} follows {previous}")]
    return []


def check_measure_numbers(measures: list[MeasureDraft],
                          passed: frozenset[PassedItem] = frozenset()) -> list[Warning]:
    """Report gaps, repeats and out-of-order measure numbers (on the measure and the document).
    ``passed`` are the (marker style, number, paragraph) of items printed among the measures and left
    out as no measure (a plan's section, （二）工作目标, at the measures' level): the numbers they hold
    between two measures are no gap."""
    found: list[Warning] = []
    previous: int | None = None
    last: MeasureDraft | None = None  # the last numbered measure read (``previous`` is the highest number yet)
    seen: set[int] = set()
    for draft in measures:
        if draft.number is None:
            continue
        value = draft.number.value
        if value in seen:
            warning = Warning(code="number_duplicate", message=f"measure number {value} is printed more than once")
        elif last is not None and previous is not None and value > previous + 1 \
                and passed_between(passed, last, draft, range(previous + 1, value)):
            warning = None
        elif previous is not None and value > previous + 1:
            span = f"{previous + 1}–{value - 1}" if value - 1 > previous + 1 else f"{previous + 1}"
            warning = Warning(code="number_gap", message=f"measures {span} are missing (the numbering jumps from {previous} to {value})")
        elif previous is not None and value < previous:
            warning = Warning(code="number_out_of_order", message=f"measure {value} is printed after {previous}")
        else:
            warning = None
        if warning:
            draft.warnings.append(warning)
            found.append(warning)
        seen.add(value)
        previous = value if previous is None else max(previous, value)
        last = draft
    return found


def first_number_warnings(value: int) -> list[Warning]:
    """The first item of a numbering printed with a number past 1 (no item of its style before it
    under its heading, nor anywhere before it): the items before it are missing, or were read
    into the text above them."""
    if value <= 1:
        return []
    missing = f"measures 1–{value - 1} are" if value > 2 else "measure 1 is"
    return [Warning(code="number_gap", message=f"{missing} missing (the numbering starts at {value})")]


def check_text_faults(draft: MeasureDraft) -> None:
    """Traditional characters, pinyin glosses, stray words and spaces, miscounted lists and duplicated names; a
    row with no measure text at all."""
    if not draft.text.strip():
        draft.warnings.append(Warning(code="text_missing", message="no measure text in this row (a short or misread row?)"))
    fields = {"text": draft.text, **draft.values}
    for policy in draft.policies:
        fields[f"policy {policy.text[:8]}…"] = policy.text
    for name, value in fields.items():
        draft.warnings.extend(faults.check_traditional(value, name))
        draft.warnings.extend(faults.check_glosses(value, name))
        draft.warnings.extend(faults.check_stray_words(value, name))
        draft.warnings.extend(faults.check_counted_lists(value, name))
        draft.warnings.extend(faults.check_undecodable(value, name))
    draft.warnings.extend(faults.check_stray_spaces(draft.text, "text"))
    if draft.values.get("scope"):
        draft.warnings.extend(faults.check_stray_spaces(draft.values["scope"], "scope"))
    for name in ("responsibility", "scope", "superior"):
        if draft.values.get(name):
            draft.warnings.extend(faults.check_duplicates(draft.values[name], name))


_DATE_UNITS = "年月日号时"
"""Characters after a figure that make it a date or time, not a row's number (12月底前)."""


def opening_number(text: str) -> int | None:
    """The number a paragraph opens with as a table row printed as text does: an item marker
    (``4.``, ``（4）``, ``4、``) or a bare figure of one to three digits before a space or a word
    (a 序号 cell's number run on into its row's text: ``4 推进…``, ``4推进…``), not a date."""
    number = opening_marker(text)
    return number.value if number is not None else None


def opening_marker(text: str) -> Number | None:
    """The number :func:`opening_number` reads, as printed."""
    from pilotplans.normalizers.numbers import find_item_marker
    from pilotplans.textutil import nfkc

    line = nfkc(text).strip()
    marker = find_item_marker(line)
    if marker is not None:
        return marker.number
    digits = len(line) - len(line.lstrip("0123456789"))
    if not 0 < digits <= 3 or digits == len(line) or line[digits] in _DATE_UNITS:
        return None
    after = line[digits]
    return Number(line[:digits], int(line[:digits])) if after.isspace() or "\u4e00" <= after <= "\u9fff" else None


def in_figures(raw: str) -> bool:
    """Whether a number is printed in figures (``4``, ``（4）``), not in Chinese numerals (``四、``)."""
    from pilotplans.textutil import nfkc

    return any(c.isascii() and c.isdigit() for c in nfkc(raw))


def _next_of(number: Number | None, value: int, figures: bool) -> bool:
    """Whether ``number`` is the one after ``value``, printed in the same kind of figures
    (:func:`in_figures`): 四、 after rows 1–3 is no next row."""
    return number is not None and number.value == value + 1 and in_figures(number.raw) == figures


def row_after_table(measures: list[MeasureDraft], following: list[str]) -> list[Warning]:
    """A numbered table's last row left out of it: one of the (at most two) paragraphs printed right
    after the table opens with the number after the highest its records hold, printed in the same
    kind of figures (a heading 四、 after rows 1–3 opens the next section), and is no section
    heading of the plan (:func:`section_heading_after_table`: 3. 保障措施 after rows 1–2, prose
    after it). A row lost at the end of a table leaves no gap in its numbering, so nothing else
    would say so. The warning goes on the record of that highest number, and is returned for the
    document. ``following`` holds the paragraphs after the table (the third tells whether a
    heading second among them is followed by prose)."""
    numbered = [d for d in measures if d.number is not None]
    if not numbered or not following:
        return []
    last = max(numbered, key=lambda d: d.number.value)  # type: ignore[union-attr]
    value = last.number.value  # type: ignore[union-attr]
    figures = in_figures(last.number.raw)  # type: ignore[union-attr]
    for index, text in enumerate(following[:2]):
        # a row lost prints its number as the table's do: 四、 after rows 1–3 is the next section
        number = opening_marker(text)
        if (_next_of(number, value, figures)
                and not section_heading_after_table(text, following[index + 1:index + 2], figures)):
            warning = Warning(code="row_lost", message=(
                f"a paragraph printed right after the table opens with {value + 1}, the number after its last "
                f"measure's ({value}): a row of the table read as text, no record made of it: {text.strip()[:40]}"))
            last.warnings.append(warning)
            return [warning]
    return []


def section_heading_after_table(text: str, after: list[str], figures: bool) -> bool:
    """Whether a paragraph after a numbered table that opens with the number after its last row's
    is the plan's next section heading (3. 保障措施 after rows 1–2), not a row printed as text: a
    heading's words after its number (a short phrase, no sentence punctuation, no figures: a row
    holds its sentences and maybe a deadline), no owners (its words do not end as a body's name
    does: a row's responsibility closes its text), and followed by a paragraph that is no next row
    (prose, or a sub-heading: not the number after it in the same kind of figures; a short phrase
    without a number, such as an owner or a deadline on a line of its own, is the rest of a row).
    A title with nothing after it stays a row lost."""
    from pilotplans.normalizers.numbers import find_item_marker
    from pilotplans.parsers.headings import looks_like_title
    from pilotplans.parsers.interpret.vocabulary import vocabulary
    from pilotplans.textutil import nfkc

    line = nfkc(text).strip()
    marker = find_item_marker(line)
    title = (line[marker.end:] if marker is not None else line.lstrip("0123456789")).strip()
    if not looks_like_title(title) or any(c.isdigit() for c in title):
        return False
    if any(word.endswith(vocabulary().body_endings) for word in title.split()):
        return False
    if not after or not after[0].strip():
        return False
    number = opening_marker(after[0])
    value = opening_marker(text)
    if number is None:  # prose, not a short phrase: a row's owner, deadline or next number left alone
        return not looks_like_title(nfkc(after[0]).strip())
    return value is None or not _next_of(number, value.value, figures)


def passed_between(passed: frozenset[PassedItem], previous: MeasureDraft, draft: MeasureDraft,
                   numbers: range) -> bool:
    """Whether each of ``numbers``, in ``draft``'s marker style, is held by an item left out as a
    plan's section (``passed``: its style, number and paragraph) printed between ``previous`` and
    ``draft``: not merely anywhere in the plan (（二）工作目标 under 一、 is no number of 二、's measures)."""
    style = marker_style(draft.number_raw or "")
    after, before = previous.paragraph or 0, draft.paragraph or 0
    return bool(numbers) and all(any(s == style and n == number and after < at < before for s, n, at in passed)
                                 for number in numbers)


def heading_titles(headings: list[HeadingDraft]) -> dict[int, tuple[str, ...]]:
    """Each heading's titles by its position, the enclosing headings' first: the heading a measure is
    under as printed. A table naming its area in a column (重点领域) opens a heading on each row that
    prints it, the same title again on the next row; the title says whether the heading changed."""
    by_position = {heading.position: heading for heading in headings}
    titles: dict[int, tuple[str, ...]] = {}
    for heading in headings:
        path: list[str] = []
        current: HeadingDraft | None = heading
        while current is not None and len(path) <= len(headings):
            path.insert(0, current.read.title)
            current = by_position.get(current.parent) if current.parent is not None else None
        titles[heading.position] = tuple(path)
    return titles


def number_runs(measures: list[MeasureDraft], passed: frozenset[PassedItem] = frozenset(),
                *, by_style: bool = True, titles: dict[int, tuple[str, ...]] | None = None) -> list[list[MeasureDraft]]:
    """Measures cut into runs of one numbering: a new run begins where the marker style changes
    or the numbering starts again under another heading (1. 2. | 1. 2. 3.), also where it starts
    again with an item left out as a plan's section (``passed``: ``（一）工作目标`` then ``（二）…``), or at 1 after a
    measure closing a task card (its owners, then a contact line: 责任单位：X / 联系人：Y), the next card's items
    numbered from 1 under its own title (a page of several cards, each restarting its numbering, repeats no number).
    A card's contact line closes its items together: where another item of the run closed with one too (1.… /
    责任单位：X / 联系人：Y / 2.… / 责任单位：Z / 联系人：W / 1.…), each item printed its own owners, a list, not cards,
    and its numbers printed again are duplicates.
    A table's 序号 column (``by_style`` False) is one numbering whatever the marker's punctuation (1. then
    3、 then 3. repeats 3), and a row printed without a number goes on its run (1. 2. / — / 2. repeats 2):
    its runs begin only where a heading starts the numbering again. ``titles`` (:func:`heading_titles`)
    tells headings apart by their titles, not their positions (a 重点领域 column printing one area on
    three rows, numbered 1 2 1, repeats 1)."""

    def under(draft: MeasureDraft) -> object:
        return titles.get(draft.heading, draft.heading) if titles is not None and draft.heading is not None \
            else draft.heading

    runs: list[list[MeasureDraft]] = []
    previous: MeasureDraft | None = None
    for draft in measures:
        if not by_style and draft.number is None and runs:
            runs[-1].append(draft)
            continue
        restart = previous is None or (
            by_style and marker_style(draft.number_raw or "") != marker_style(previous.number_raw or "")
        ) or (
            under(draft) != under(previous) and draft.number is not None
            and (draft.number.value == 1 or passed_between(passed, previous, draft, range(1, draft.number.value)))
        ) or (previous.closes_card and not any(m.closes_card for m in runs[-1][:-1])
              and draft.number is not None and draft.number.value == 1)
        if restart:
            runs.append([draft])
        else:
            runs[-1].append(draft)
        previous = draft
    return runs
