"""The headings of a plan's prose carried over to the rows of the table of its tasks printed after it.

A prose plan whose numbered tasks name no owner, followed by the table of its tasks and their owners (序号 / 任务内容
/ 牵头单位 / 配合单位: a 分工表 right after the plan or as its attachment), is read from the table: the table wins
(:func:`pilotplans.parsers.interpret.interpret`). The table prints no heading, but each row's task is one the prose
prints under its headings. A row with no heading of its own whose task text is, word for word (its punctuation and
sub-points' marks aside), the text of exactly one of the prose's numbered tasks takes that task's headings; a row whose text the prose prints under no task, or under two,
keeps none (no heading is guessed).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from pilotplans.layout import Layout, Paragraph
from pilotplans.patterns import compiled
from pilotplans.schema.models import Measure


# A sub-point's mark: a number in brackets (（1）), or one closed by 、 or a dot opening a line or following a sentence's or
# a lead-in's end (：1.…。2.…) — no figure of the task's own (增长12.5%: a dot between figures).
_SUB_POINT_MARK = compiled(r"[（(]\s*\d{1,2}\s*[）)]|(?:^|(?<=[。：:；;\n]))\s*\d{1,2}\s*[、.．](?!\d)")


def _key(text: str) -> str:
    """A task's text as compared: its words and figures in their order, its punctuation, spaces and sub-points'
    marks (①, （1）, 1.) left out — the prose may print a task's sentences as sub-points (…机构：①支持…。②允许…,
    …机构：（1）支持…。（2）允许…) where the table prints them run on (…机构。支持…。允许…)."""
    text = _SUB_POINT_MARK.sub("", text)
    return "".join(c for c in text if unicodedata.category(c)[0] == "L" or unicodedata.category(c) == "Nd")


def prose_heading_paths(layout: Layout, before: Sequence[Paragraph], caption: str | None = None) -> dict[str, list[str]]:
    """The heading path of each numbered task the prose ``before`` a table prints, by its text (:func:`_key`); a
    text printed under two paths is left out (it names no one heading). The table's own title (``caption``), the
    last paragraph before it, is no line of the prose's last task."""
    from pilotplans.parsers.interpret.checks import heading_titles
    from pilotplans.parsers.interpret.tasklist import read_task_list

    if before and caption and "".join(before[-1].text.split()) == "".join(caption.split()):
        before = before[:-1]
    if not before:
        return {}
    prose = read_task_list(Layout(source=layout.source, format=layout.format, blocks=tuple(before)), declared=True)
    titles = heading_titles(prose.headings)
    paths: dict[str, list[str]] = {}
    doubled: set[str] = set()
    for draft in prose.measures:
        key = _key(draft.text)
        path = list(titles.get(draft.heading, ())) if draft.heading is not None else []
        if not key or not path:
            continue
        if key in paths and paths[key] != path:
            doubled.add(key)
        paths[key] = path
    return {key: path for key, path in paths.items() if key not in doubled}


def with_prose_headings(measures: list[Measure], paths: dict[str, list[str]]) -> list[Measure]:
    """``measures`` read from a table, each with no heading of its own given the prose's headings over its task
    (``paths``, :func:`prose_heading_paths`); the others as they are."""
    return [measure.model_copy(update={"heading_path": paths[key]})
            if not measure.heading_path and (key := _key(measure.text or "")) in paths else measure
            for measure in measures]
