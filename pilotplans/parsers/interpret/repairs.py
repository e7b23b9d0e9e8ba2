"""Repairs of faults that extractions put into task tables.

Each repair runs only where the layout shows its precondition, and leaves a warning on the record
it changed, naming what it did.
"""

from __future__ import annotations

import regex

from pilotplans.parsers.interpret.drafts import HeadingDraft, MeasureDraft, PackedBlock, PolicyDraft
from pilotplans.patterns import compiled
from pilotplans.schema.models import Warning
from pilotplans.textutil import squash

_GLUED_SCOPE = compiled(r"^(?P<text>.*[。；;])[^\S\n]+(?P<scope>[^。；;\n]{1,40})$", regex.S)


def pair_packed_block(block: PackedBlock, waiting: list[MeasureDraft]) -> int:
    """Pair a packed block's measures with its responsibilities; the number left over.

    A list one short leaves its last measures waiting; the next block's surplus at the head of
    its list is theirs (the national 2020 table prints 113's responsibility that way).
    """
    responsibilities = list(block.responsibilities)
    surplus = len(responsibilities) - len(block.measures)
    while surplus > 0 and waiting:
        draft = waiting.pop(0)
        draft.values["responsibility"] = responsibilities.pop(0)
        draft.warnings.append(Warning(
            code="responsibility_list_shifted",
            message=f"its responsibility is printed at the head of the next block's list (row {block.row})",
        ))
        surplus -= 1
    for i, draft in enumerate(block.measures):
        if i < len(responsibilities):
            draft.values["responsibility"] = responsibilities[i]
        else:
            waiting.append(draft)
    return surplus


def demote_stray_tasks(tasks: list[MeasureDraft], headings: list[HeadingDraft], has_policy_column: bool,
                       narrative: str) -> list[MeasureDraft]:
    """Read as a policy row a 'task' that the plan's narrative does not name.

    Where a table restates the tasks of a narrative plan (2018: attachment 3 restates the tasks of
    attachment 1), a task-column cell that the narrative does not contain, has no policy of its
    own and follows a task with policy rows is a policy row the extraction shifted left.
    """
    if not has_policy_column or len(tasks) < 5 or not narrative:
        return tasks
    def named(draft: MeasureDraft) -> bool:
        key = squash(draft.text)[:15]
        return bool(key) and key in narrative
    found = [named(t) for t in tasks]
    if sum(found) < 0.6 * len(tasks):
        return tasks
    kept: list[MeasureDraft] = []
    for task, is_named in zip(tasks, found):
        previous = kept[-1] if kept else None
        if not is_named and not task.own_policy and previous is not None and previous.policies and task.number is None:
            previous.policies.append(PolicyDraft(text=task.text, responsibility=task.values.get("responsibility"), where=task.row_where or task.where, row=task.row))
            previous.policies.extend(task.policies)
            previous.extend_where(task.where)
            previous.warnings.append(Warning(
                code="cell_shifted",
                message=f"{task.text[:24]}… is printed in the task column (row {task.row}) but the plan does not name it as a task "
                        "and it has no policy of its own: read as a policy row of this task",
            ))
            for heading in headings:
                if heading.position == task.heading:
                    heading.measures -= 1
            continue
        kept.append(task)
    return kept


def glued_scope(draft: MeasureDraft, has_scope_column: bool) -> None:
    """Move a scope the extraction glued to the end of the text ("…流动。 海南") to the scope.

    Evidence: the table has a scope column (适用范围) and this row's scope cell is empty, while
    its text ends, after a full sentence, with a short phrase set apart by a space.
    """
    if not has_scope_column or draft.values.get("scope"):
        return
    match = _GLUED_SCOPE.match(draft.text)
    if not match:
        return
    draft.text = match["text"].strip()
    draft.values["scope"] = match["scope"].strip()
    draft.warnings.append(Warning(code="scope_glued_to_text", message=f"适用范围 {match['scope'].strip()!r} was printed at the end of the text; moved to the scope"))

