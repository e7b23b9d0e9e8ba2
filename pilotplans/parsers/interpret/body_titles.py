"""Items titled by the body that carries them out: a duty division printed as a body's name over its duties.

A plan's 职责分工 section often prints each body as an item of its own, its name alone on the item's line and
its duties in the paragraph under it (``三、職責分工`` / ``(一)市公安局`` / ``負責設置…標志,…依法查處。`` /
``(二)市環保局`` / ``負責核發…``). The title is the owner: the body carries the duties out, as a bracket
naming it after them would say. Read only where every item of the style under one heading is printed so, two or
more (a section of duties by body), each item's line naming one body the registry knows and its duties printed
after it: a task whose title merely opens with a body (``（一）市场监管局加强抽检。``) has more than the name on its
line, and a list whose other items are tasks (``（二）强化监管。…``) is no duty division. And only under a heading
naming a division of duties (职责分工, 部门职责, 任务分工: tasklist.toml ``duty_headings``): bodies listed alone over
what they print under any other heading are no owners of it (四、联系方式 / (一)市公安局 / 联系人：张三…, a leading
group's members 成立领导小组 / (一)市公安局 / 分管副局长1名).
"""

from __future__ import annotations

from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.interpret.fields import Fields, Segment, names_known_bodies
from pilotplans.parsers.interpret.outline import Item, walk
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.patterns import compiled

# What a body's name may print after it on its line (市公安局： / 市公安局。).
_TITLE_CLOSERS = "：:。"
# Where a heading's title ends on its line (三、职责分工。 / 三、职责分工：).
_HEADING_TITLE_END = compiled(r"[。：:]")


def body_title(item: Item) -> str | None:
    """The body an item's own line names alone, its duties printed after that line (``市公安局`` over
    ``負責…``), or None: an item with owners or items of its own, or whose line is more than one body's name."""
    if item.fields is not None or item.children or item.marker is None:
        return None
    title = item.first_line.strip().rstrip(_TITLE_CLOSERS).strip()
    duties = _duties(item)
    if not title or not duties or "、" in title or not names_known_bodies(title):
        return None
    return title


def read_body_titles(items: list[Item]) -> None:
    """Give each item of a duty division by body (see the module) its title's body as its owner, carrying its
    duties out, where every item of its style under its heading, two or more, is titled so, the heading naming a
    division of duties."""
    for parent_items in _duty_lists(items):
        by_style: dict[str, list[Item]] = {}
        for item in parent_items:
            by_style.setdefault(item.style, []).append(item)
        for group in by_style.values():
            titled = [(item, title) for item in group if (title := body_title(item)) is not None]
            if len(group) < 2 or len(titled) < len(group):
                continue
            for item, title in titled:
                item.fields = Fields(segments=[Segment(label=None, text=title, printed=title)])
                item.text = _duties(item)  # the title is its owner now, as a bracket's bodies leave the text


def _duties(item: Item) -> str:
    """An item's text after its own line (the duties under a body's name); empty where its text does not open
    with that line (a line a reader ran into the text before it)."""
    text, line = item.text.strip(), item.first_line.strip()
    return text[len(line):].strip() if line and text.startswith(line) else ""


def _duty_lists(items: list[Item]) -> list[list[Item]]:
    """The items under each heading whose title names a division of duties (三、职责分工), each list once."""
    return [item.children for item in walk(items) if item.children and _names_duties(item)]


def _names_duties(heading: Item) -> bool:
    """Whether a heading's title, up to its first 。 or colon, names a division of duties (tasklist.toml
    ``duty_headings``: 职责分工, 部门职责, 任务分工)."""
    lines = heading.text.strip().splitlines()
    title = _HEADING_TITLE_END.split(lines[0], maxsplit=1)[0].strip() if lines else ""
    return any(p.match(fold(title)) for p in vocabulary().duty_headings)
