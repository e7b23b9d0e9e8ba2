"""A task table a copy ran into one line: its header's labels printed with no mark between them (序号主要工作任务
第一责任单位主要责任单位), its rows' cells after them the same way (1地区生产总值年均增长12%左右…。市发展改革委各县(市、区)
政府…2服务业…).

Nothing marks where one cell ends and the next begins: a row's number may be read at its figure, but where its task
ends and its owners begin, or where its first owner ends and its other owners begin, only the words tell, and a
guess would put bodies in the task's text or the task's words among the bodies. Such a line is not read: the
document, holding no other task table, is refused naming that form (:func:`run_in_table_cause`), never read by
guessing, and never refused as holding no header at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from pilotplans.layout import Layout
from pilotplans.parsers.columns import is_whole_label, longest_label, role_of

# The roles of the columns naming who does a task: a run-in header names one at least.
_OWNER_ROLES = frozenset({"responsibility", "lead", "cooperating"})
# The fewest labels run together that make a header: the number's, a task's, an owners'.
_FEWEST = 3


@dataclass(frozen=True)
class RunInHeader:
    """A table's header run into a line: where it begins and ends in the line, and its labels as printed."""

    start: int
    end: int
    labels: tuple[str, ...]


def _label_at(text: str, position: int) -> str | None:
    """The label of the column vocabulary printed at ``position`` in ``text``: the longest whole label there, else a
    qualifying word (``header_label_qualifiers`` in tasklist.toml: 第一, 主要) and the longest whole label after it
    (第一责任单位); None."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    reach = min(len(text), position + longest_label())
    for end in range(reach, position + 1, -1):
        if is_whole_label(text[position:end]):
            return text[position:end]
    for qualifier in vocabulary().header_label_qualifiers:
        if text.startswith(qualifier, position):
            after = position + len(qualifier)
            label = next((text[after:end] for end in range(min(len(text), after + longest_label()), after + 1, -1)
                          if is_whole_label(text[after:end])), None)
            if label is not None:
                return qualifier + label
    return None


def run_in_header(text: str) -> RunInHeader | None:
    """The header a line prints run into it: from a number column's label (序号), three or more whole labels one
    right after another with nothing between them, one a task's or a text's, one naming who does it
    (第一责任单位, 主要责任单位), and more of the line after them (its rows). None where the line prints none
    (a sentence naming 序号 once, labels apart with marks or spaces between them: a header a reader can split)."""
    start = text.find("序号")
    while start >= 0:
        labels: list[str] = []
        position = start
        while (label := _label_at(text, position)) is not None:
            labels.append(label)
            position += len(label)
        roles = {role_of(label[-k:]) for label in labels for k in range(len(label), 1, -1) if is_whole_label(label[-k:])}
        if (len(labels) >= _FEWEST and roles & _OWNER_ROLES and roles & {"text", "task"}
                and text[position:].strip()):
            return RunInHeader(start, position, tuple(labels))
        start = text.find("序号", start + 1)
    return None


def run_in_table_cause(layout: Layout) -> str | None:
    """Why a layout printing a task table run into one line (:func:`run_in_header`) gave no table: its header's
    labels and its rows' cells printed with no mark between them. None where no paragraph prints such a header."""
    for number, paragraph in enumerate(layout.paragraphs, start=1):
        header = run_in_header(paragraph.text)
        if header is not None:
            return (f"no task table or task list found: a table run into one line (paragraph {number}): its header's "
                    f"labels {'/'.join(header.labels)} and its rows' cells are printed with no mark between them, so "
                    f"where a row's task ends and its owners begin cannot be told; find the page's table or its "
                    f"file")
    return None
