"""A title item over an unnumbered paragraph of targets, each target closed by its own bracket of owners.

An outline division of a five-year plan prints a numbered item that is only a title (``1.主要指标的责任部门。``) and,
under it, a paragraph running its targets on, each sentence closed by the bracket naming who leads it (``常住人口控制在
1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)…``). Read as one item, the
title and every target were one measure owned by every lead together. The item is a heading; each target, its
sentences up to its bracket, is an unnumbered measure under it, owned as its bracket says.

Evidence: the item's own line is a title (a short phrase, at most its full stop after it), a paragraph goes on under
it, and that paragraph holds two or more brackets closing sentences that say who does them by a role phrase or a label
(:func:`~.fields.sentence_brackets` with no tail), each after a sentence of its own. An item printing its task on its
own line (``1.加强…。推进…（X牵头）。落实…（Y牵头）。``) stays one measure, its sentences' owners its own, as before; so
does a title item whose paragraph names one bracket. Each bracket stands after its target's full stop (``…左右。(X牵头)``),
the way such a list closes whole targets: a task's clauses owned inside a sentence (``建设A（X牵头），推进B（Y牵头），确保…``)
are one task's. Words after the last bracket are read only as a target the page cut before its bracket closed (no
sentence's end after them: ``…40%以上。 (市建委、``), an unnumbered item naming no owner under the heading, its text
kept; a finished sentence there (``以上项目确保年内开工。``) speaks of the item's sentences together, and the item stays
one measure, as before.
"""

from __future__ import annotations

from pilotplans.parsers.headings import looks_like_title
from pilotplans.parsers.interpret.fields import Fields, sentence_brackets
from pilotplans.parsers.interpret.outline import Item

# The fewest brackets, each closing a target of its own, that make the paragraph a run of targets.
_TARGETS_AT_LEAST = 2
# What may close a title item's own line: its full stop.
_TITLE_STOPS = "。．.：:"
# What a target ends with before its bracket (…左右。(X牵头)).
_TARGET_ENDS = ("。", "；", ";")
# What ends a finished sentence after the last bracket (words after it ending otherwise are a target cut by the page).
_FINISHED = ("。", "；", ";", "！", "？", "!", "?", "…", "”", "）", ")")


def read_bracketed_targets(items: list[Item]) -> None:
    """Part each item of ``items`` (and of the items under them) that is a title over a paragraph of bracketed targets
    (see the module) into those targets: one unnumbered item each under it, owned as its bracket says."""
    for item in items:
        read_bracketed_targets(item.children)
        if item.fields is not None or item.children or item.marker is None or not item.second_line:
            continue
        title = item.first_line.strip()
        bare = title.rstrip(_TITLE_STOPS).strip()
        if not looks_like_title(bare) or not item.text.startswith(title):
            continue
        rest = item.text[len(title):]
        found = sentence_brackets(rest, None)
        if len(found) < _TARGETS_AT_LEAST:
            continue
        pieces: list[tuple[str, Fields]] = []
        previous = 0
        for start, end, fields in found:
            text = rest[previous:start].strip()
            if not text or not text.endswith(_TARGET_ENDS):
                break  # a bracket after another, or inside a sentence: no target of its own closed by it
            pieces.append((text, fields))
            previous = end
        else:
            remainder = rest[previous:].strip()
            if remainder.endswith(_FINISHED):
                continue  # a finished sentence naming no owner after the targets: the item's own, one measure
            item.text = bare
            for text, fields in pieces:
                item.children.append(_target(item, text, fields))
            if remainder:
                item.children.append(_target(item, remainder, None))


def _target(item: Item, text: str, fields: Fields | None) -> Item:
    """An unnumbered item under ``item`` printing ``text``, owned by ``fields`` (None: a target cut before its bracket)."""
    return Item(marker=None, lead="", text=text, paragraph=item.paragraph, where=item.where, order=item.order,
                parent=item, plain=True, first_line=text, closed=fields is not None, fields=fields)
