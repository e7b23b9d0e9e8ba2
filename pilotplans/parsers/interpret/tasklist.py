"""Reading a prose task list: numbered paragraphs with their responsibilities.

Most local implementation plans print their tasks as numbered paragraphs (一、 （一） 1. （1） ① …,
in any nesting, skipping and reusing levels) with the responsibility in a bracket at the end of an
item or on field lines after it (:mod:`.fields`). This module reads a layout's paragraphs into an
outline, decides which items are measures, and builds the same drafts the table reader builds, so
the checks and records after it never know which one read a measure.

* The paragraphs are read into an outline of items (:mod:`.outline`).
* Measures are the items that assign a responsibility (a bracket, or field lines naming a body or
  a leader), and their siblings of the same style under the same heading that assign none
  (``responsibility_missing``). Items inside a measure are part of its text. Items with measures
  inside are headings; items with neither (总体要求, 指导思想, 保障措施) are neither.
* An item whose sentences each close with a bracket of their own owners (``…应用（区市场局、区
  行政服务中心）。优化…（区市场局、区大数据中心）。为…（区市场局）。``) is assigned by all of them,
  in printed order; its text keeps its sentences without the brackets, as it does without a tail
  (:func:`~.fields.find_sentence_owners`).
* A plan that prints no bracket and no field lines may name each item's responsibility in the
  role phrases its text opens with (``由X副市长负责，Y牵头，Z配合，…``, :mod:`.openings`); they are
  read only in such a plan, so an item of a plan of brackets keeps its reading.
* When only the last sub-item of an item that introduces a list (``重点做好以下工作：``) carries
  the responsibility, it is the whole item's: field lines printed after the sub-items. A bracket
  alone after the items of an outermost heading (``一、重点任务`` / ``1.`` ``2.`` / ``（X负责）``)
  closes each of them, warned ``responsibility_on_heading``.
* Items printed after a numbered paragraph of the notice that issues the plan (一、…对照《方案》…。
  二、…。 三、加强督导…。 / 1. …（牵头单位：…）, the plan's title and headings lost in the copy) stand
  under no heading, warned ``heading_is_notice_paragraph``; under the paragraph, warned so, when it
  leads into them (…如下：).
* A plan setting up a task force prints its working groups as numbered items with their members
  and duties (``（一）综合协调组`` / ``牵头单位：…`` / ``工作职责：…``): a group is no task. An item whose
  own text is a group's name only, printing a line of its duties or members, or beside another such item that does, is left out and
  the groups are named in a ``working_groups_left_out`` warning; a page of nothing else is refused.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field

from pilotplans.layout import Block, Grid, Layout, Paragraph
from pilotplans.normalizers.numbers import USUAL_DEPTH, chinese_to_int, marker_style
from pilotplans.normalizers.segment import mask_enclosed
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.headings import HeadingText, looks_like_phrased_title, looks_like_title
from pilotplans.parsers.interpret.body_titles import read_body_titles
from pilotplans.parsers.interpret.checks import PassedItem, first_number_warnings, heading_number_warnings
from pilotplans.parsers.interpret.conventions import StatedConvention, find_conventions, scope_conventions
from pilotplans.parsers.interpret.drafts import HeadingDraft, MeasureDraft
from pilotplans.parsers.interpret.duty_paragraphs import duty_paragraphs, read_duty_sentences
from pilotplans.parsers.interpret.bracketed_targets import read_bracketed_targets
from pilotplans.parsers.interpret.fields import SCOPE_ROLE, Fields, Segment, find_sentence_owners, names_bodies, names_known_bodies
from pilotplans.parsers.interpret.openings import closing_by_fields, opening_fields, subject_fields
from pilotplans.parsers.interpret.outline import BARE, Item, read_outline, walk
from pilotplans.parsers.interpret.vocabulary import TaskListVocabulary, names_plan_section, vocabulary
from pilotplans.patterns import compiled
from pilotplans.plan_titles import title_key
from pilotplans.schema.models import Convention, Warning
from pilotplans.textutil import join_fragments

_COLONS = ("：", ":")
# Styles whose title-only items are headings whatever they hold (一、强化科技创新（区科技局牵头）): one
# item under such a heading is its one measure, not its text.
_HEADING_STYLES = frozenset({"cn"})
_TITLE_STOPS = ("。", "：", ":", "；")
# The marks closing a quotation or a name in a heading's title (举办“…展销会”, 贯彻《…》): where a page copied as one
# line ran the title into its paragraph, the one mark left of where the title's line ended (see run_in_title).
_CLOSING_QUOTES = frozenset("”’」』》")
# Where a heading's title ends before its sentence (its first 。 or colon).
_SECTION_TITLE_END = compiled(r"[。：:]")
# The count of its items a heading may print after its title (（8项）, (共8项), （八项）).
_ITEM_COUNT = compiled(r"[ \t\u3000]*[（(]共?[ \t\u3000]*(?P<n>\d+|[零〇一二两三四五六七八九十百]+)[ \t\u3000]*[项項条條][）)][。.]?$")


# A working group's name: a short noun phrase ending in the kind of group (综合协调组, 工作专班,
# 督导落实小组), printed alone (a colon after it at most), as a title is. A task setting one up is a
# sentence (成立数字化转型工作专班。): its full stop tells it from the name. A word in which 组 is no
# group (重组, 改组, 编组, 分组, 机组, 班组, 模组) ends no group's name: 推进国有企业重组 is a task.
# Nor does a phrase opening with a verb that sets up or staffs a body (成立, 组建, 设立, 建立, 健全,
# 完善, 抽调, 充实): 成立服务业扩大开放工作专班（牵头单位：市商务局）, printed without a full stop as
# many plans print their tasks, is the task of setting one up, not its name.
_GROUP_NAME = compiled(r"^(?!成立|组建|设立|建立|健全|完善|抽调|充实)"
                       r"[\p{Han}“”\-—]{1,14}(?:工作组|小组|专班|(?<![重改编分机班模])组)[：:]?$")
# A line a group prints of its duties or members (工作职责：, 成员单位：, 组长：).
_DUTY_LINE = compiled(r"^[\p{Han}]{0,4}(?:职责|成员[\p{Han}]{0,2}|副?组长)[ \t\u3000]*[：:]")


def _is_group_name(item: Item) -> bool:
    return not item.children and _GROUP_NAME.match(item.text.strip()) is not None


def _working_group(item: Item, siblings: list[Item]) -> bool:
    """Whether ``item`` is a working group of a plan setting up a task force: its own text is a
    group's name only, and it prints a line of its duties or members, or a sibling of its style
    does that is one too. Items named so that print neither, only their owners (强化…领导小组 /
    牵头单位：…), are tasks printed without a full stop."""
    if not _is_group_name(item):
        return False
    if _prints_duties(item):
        return True
    return any(other is not item and other.style == item.style and _is_group_name(other) and _prints_duties(other)
               for other in siblings)


def _prints_duties(item: Item) -> bool:
    return any(_DUTY_LINE.match(line) for line in item.unread)


def _stated_count(text: str) -> tuple[str, int] | None:
    """The count of its items a heading prints after its title, as printed and as a number
    (（8项） → 8, （十二项） → 12), or None."""
    found = _ITEM_COUNT.search(text)
    if found is None:
        return None
    value = chinese_to_int(found["n"])  # digits as well as numerals
    return None if value is None else (found["n"], value)


def _introduces_list(item: Item) -> bool:
    return item.text.rstrip().endswith(_COLONS)


def _holds_measures_of(item: Item, styles: frozenset[str]) -> bool:
    """Whether an item naming no owner is a heading over measures that print none: ``(二)优化营商环境``
    then ``1.`` ``2.`` beside headings whose ``1.`` ``2.`` print their owners. Evidence: it has
    numbered items, each of a style of the measures under the headings beside it (``styles``)."""
    return bool(item.children) and not item.assigns and not item.inner_assigns \
        and all(c.number is not None and c.style in styles for c in item.children)


def _between_headings_over_measures(item: Item, items: list[Item]) -> bool:
    """Whether headings of ``item``'s style holding measures stand both before and after it among
    ``items``: it is one of the task part's headings, not a section before it (一、总体要求 / 1. 2.)
    or after it (三、保障措施 / 1. 2.), whose numbered items are no measures."""
    place = next(i for i, sibling in enumerate(items) if sibling is item)
    def holds(sibling: Item) -> bool:
        return sibling.style == item.style and sibling.inner_assigns
    return any(holds(s) for s in items[:place]) and any(holds(s) for s in items[place + 1:])


def _numbers_on_after_headings_over_measures(item: Item, items: list[Item], styles: frozenset[str],
                                             printed: dict[str, int]) -> bool:
    """Whether a heading naming no owner, after the last heading of its style over measures (none after it holds
    any), is one of the task part's headings all the same, its items measures missing their owners: its items are
    of the measures' styles (``styles``, :func:`_holds_measures_of`) and number on from the last number printed in
    their style (``二、重大基础设施互联互通方面`` / ``2.积极配合…`` after ``一、…`` / ``1.…`` / ``责任单位：…``), where a
    closing section numbers its items afresh (``三、保障措施`` / ``1.加强组织领导``); and its title names none of a
    plan's sections (``plan_sections`` in tasklist.toml), alone or as the object of the words before it (三、强化组织保障
    / 4.加强组织领导 numbering on: a closing section all the same, :func:`_closes_on_a_plan_section`)."""
    if not _holds_measures_of(item, styles) or names_plan_section(item.text) or _closes_on_a_plan_section(item.text):
        return False
    place = next(i for i, sibling in enumerate(items) if sibling is item)
    def holds(sibling: Item) -> bool:
        return sibling.style == item.style and sibling.inner_assigns
    if any(holds(s) for s in items[place + 1:]) or not any(holds(s) for s in items[:place]):
        return False
    first = item.children[0]
    last = printed.get(first.style, 0)
    return first.number is not None and last > 0 and first.number.value == last + 1


def _closes_on_a_plan_section(text: str) -> bool:
    """Whether a heading's title, up to its first 。 or colon, ends with the name of one of a plan's own sections
    (``plan_sections`` in tasklist.toml) after words acting on it (强化组织保障, 加强组织领导, 完善保障措施)."""
    lines = text.strip().splitlines()
    title = fold(_SECTION_TITLE_END.split(lines[0], maxsplit=1)[0].strip() if lines else "")
    return any(title.endswith(name) for name in vocabulary().plan_sections)


def _outline_of_sections(item: Item, items: list[Item]) -> bool:
    """Whether ``item``'s level among ``items`` is the plan's outline: a heading of its style naming
    no owner stands outside the run of those over measures (一、总体要求 before 二、主要任务, or a
    closing section after the last). There a heading naming none between two over measures may be a
    section as well (三、实施步骤 between 二、主要任务 and 四、保障措施 whose items print owners), its
    numbered items stages or targets, not measures."""
    holding = [i for i, s in enumerate(items) if s.style == item.style and s.inner_assigns]
    outside = items[:holding[0]] + items[holding[-1] + 1:]
    return any(s.style == item.style and not s.inner_assigns and not s.assigns for s in outside)


def _heads_items_numbered_on(item: Item, measure_styles: frozenset[str], printed: dict[str, int]) -> bool:
    """Whether an item printing owners for its title (a field line under it, not a bracket closing it) is a
    heading over the items it holds, not a measure whose text they are: ``（一）…`` / ``2.…。`` / ``责任单位：X`` /
    ``（二）构建线下产业园区平台`` / ``责任单位：Y`` / ``4.构建…。``. Evidence: its own text is a title alone (no
    sentence), and its items are numbered in the style of the measures under the headings beside it
    (``measure_styles``), going on from the last number printed in that style (``printed``), where a
    measure's own parts would number afresh from 1."""
    if not item.assigns or item.inner_assigns or not item.children:
        return False
    first = item.children[0]
    if any(c.number is None or c.style not in measure_styles for c in item.children) or first.number is None:
        return False
    last = printed.get(first.style, 0)
    if last == 0 or first.number.value <= last:
        return False
    text = item.text.strip().removesuffix("。").rstrip()
    return bool(text) and not any(stop in text for stop in _TITLE_STOPS) and looks_like_title(text)


def _names_a_plan_section(item: Item, parent: HeadingDraft | None) -> bool:
    """Whether an item's title, up to its first 。 or colon, is the name of one of a plan's own
    sections around its tasks (工作目标, 基本原则: ``plan_sections`` in tasklist.toml), whole, while
    the heading it stands under is none: under ``二、保障措施`` an item ``（一）组织领导。…`` is one of
    that section's measures, as its siblings ``（二）资金保障。…（责任单位：…）`` are."""
    return names_plan_section(item.text) and not (parent is not None and names_plan_section(parent.read.title))


def _owns_its_items(item: Item, fewest: int = 2) -> bool:
    """Whether an item is a heading that names the owners of the items under it, none of which
    names its own: ``一、强化科技创新（区科技局牵头）`` then ``（一）加强科创平台建设。…`` ``（二）…``.

    Evidence: the item's own text is a title only (no sentence; a full stop may close a heading level's), its bracket closes that title on
    its own line (not printed after sub-items, nor lifted from the last one), and it has several
    items of one style under it (at least ``fewest``), none of which assigns a responsibility.
    """
    fields = item.fields
    if fields is None or not item.assigns or item.inner_assigns or len(item.children) < fewest:
        return False
    if (not (fields.bracket or item.closing_note) or (fields.alone and not item.closing_note) or fields.line_lost
            or len({c.style for c in item.children}) != 1):
        return False
    # a heading level's title closed by a full stop (（一）扩大对外开放。（责任单位：X）) is a title still: the
    # stop ends it, no sentence; at a measure's level (1.建设…产业园。（X牵头） / （1）（2）) it ends the measure's
    # sentence, its sub-items detailing it
    text = item.text.strip()
    if USUAL_DEPTH.get(item.style, len(USUAL_DEPTH)) <= USUAL_DEPTH["cn_paren"]:
        text = text.removesuffix("。").rstrip()
    return bool(text) and not any(stop in text for stop in _TITLE_STOPS) and looks_like_title(text)


def _lift_trailing_fields(items: list[Item]) -> None:
    """Give an item the responsibility printed after its last sub-item (the sub-items are its text).

    Evidence: the item has none of its own, only its last sub-item has one, and the item
    introduces its sub-items (ends with ：), or has several sub-items and the responsibility is
    printed apart from the last one's text, on lines of its own: a bracket alone on its line
    (``1.完善应急预案体系`` / (1)…(4) / ``（责任单位：…）``) or field lines (牵头单位：…). On a page
    printed as one line, where the line breaks are lost, a bracket after the last sub-item's
    closing 。 (…(4)…知晓率。（责任单位：…）) is read as the multi-line page reads it.
    """
    for item in items:
        _lift_trailing_fields(item.children)
    # styles of the heading levels (（一） and outside it) whose items here are headings over measures
    # with owners of their own: a sibling of such a style is a heading too ((一)扩大开放 / 1. 2. /
    # 责任单位：X / (二)强化保障 / 3.…（…）); a figure's sibling (1.完善… / (1)(2) / 责任单位：X) is
    # rather a measure whose sub-items are its text, as plans number measures so
    heading_styles = _HEADING_STYLES | {i.style for i in items if i.inner_assigns and not i.assigns
                                        and USUAL_DEPTH.get(i.style, len(USUAL_DEPTH)) <= USUAL_DEPTH["cn_paren"]}
    for item in items:
        if item.assigns or not item.children or item.children[-1].style == BARE:
            continue  # numbers alone on their lines number a list's own items, each printing its owners
        last = item.children[-1]
        if not last.assigns or last.inner_assigns or any(c.assigns or c.inner_assigns for c in item.children[:-1]):
            continue
        assert last.fields is not None
        printed_apart = last.fields.alone or last.fields.line_lost or not last.fields.bracket
        if (_introduces_list(item) or (printed_apart and len(item.children) > 1)) and not _leads_numbered_items(item):
            item.fields, last.fields = last.fields, None
            # a bracket alone, or field lines, after the items of a heading of the outermost numbering,
            # or of a style whose siblings here are headings (一、重点任务 / 1. 2. / （县商务局负责） or
            # 责任单位：县商务局) close the heading's items, each a measure: a note for them all (the
            # items were run into one measure's text)
            item.closing_note = (item.style in heading_styles and (item.fields.alone or not item.fields.bracket)
                                 and not _introduces_list(item) and len({c.style for c in item.children}) == 1)


def _leads_numbered_items(item: Item) -> bool:
    """Whether ``item`` is a heading naming only the lead of the numbered items under it ((三)省编办牵头的工作 / 1.… 2.… /
    协同单位:…: 山西 2008, prose-blind39): its text the lead's title alone (tasklist.toml ``lead_heading_endings``, its
    bodies names the registry knows) and every item under it numbered. The items are its measures, the lines after the
    last one that item's own: never lifted to the heading, which would make it one measure of them all."""
    return all(child.number is not None for child in item.children) and _title_lead(item.text, known=True) is not None


def _share_card_owners(items: list[Item]) -> None:
    """Give every item of a task card the owners printed once after its last item (【推进措施】 /
    ``1.…`` ``2.…`` / ``责任单位：X`` / ``联系人：Y``): the owner lines close the card, not its last item.

    Evidence, the card's form: the owners are field lines (no bracket) after the last item, a contact
    line closes them (:attr:`~.outline.Item.contact`), and the items before it, numbered in sequence
    from 1 in its style, name no owner (nor any item inside them). In a plain list (1.… / 2.… /
    责任单位：X, no contact line after it; or an item before naming owners of its own) the line stays
    the last item's own."""
    for item in items:
        _share_card_owners(item.children)
    for place, last in enumerate(items):
        fields = last.fields
        if not last.contact or fields is None or fields.bracket or last.number is None or last.inner_assigns:
            continue
        run = items[place - last.number.value + 1:place] if last.number.value - 1 <= place else []
        if len(run) != last.number.value - 1 or not run or any(
                i.style != last.style or i.number is None or i.number.value != n or i.fields is not None or i.inner_assigns
                for n, i in enumerate(run, start=1)):
            continue
        for item in run:
            item.fields = Fields()
            item.fields.extend(fields)


def _last_chain(item: Item) -> list[Item]:
    """``item``'s last sub-item, that one's last, and so on down."""
    chain: list[Item] = []
    while item.children:
        item = item.children[-1]
        chain.append(item)
    return chain


def _lift_to_measure_level(items: list[Item]) -> None:
    """Give an item the responsibility printed apart (field lines, or a bracket alone on its line)
    after its last sub-item's last sub-item, when its siblings of its style are measures standing
    alone, each printing its own (1.… / （1） / （2） / ①…；②… / 责任单位：X / 2.…（责任单位：Y）): the
    sub-items are its text, as :func:`_lift_trailing_fields` reads them one level down. Without it
    the item was read as a heading over the deepest sub-item alone, its other sub-items dropped
    unsaid.

    Evidence: no item of the chain down to the last assigns but the deepest, whose fields are
    printed apart from its text; no other sub-item anywhere assigns; and a sibling of the item's
    style assigns with no sub-items."""
    leaf_styles = {i.style for i in items if i.assigns and not i.children}
    for item in items:
        chain = _last_chain(item)
        deepest = chain[-1] if chain else None
        if (item.style in leaf_styles and not item.assigns and deepest is not None and deepest.fields is not None
                and deepest.assigns and not deepest.fields.line_lost
                and (deepest.fields.alone or not deepest.fields.bracket)
                and not any(d.assigns for d in item.descendants() if d is not deepest)
                and not _leads_numbered_items(item)):
            item.fields, deepest.fields = deepest.fields, None
        _lift_to_measure_level(item.children)


# The short name a notice gives the plan it issues, and speaks of it by (现将《…方案》（以下简称《方案》）印发…).
_SHORT_NAME = compiled(r"简称[ \t\u3000]*(?P<name>《\p{Han}{1,4}》)")
_ISSUES = "印发"


def _issued_short_names(layout: Layout) -> frozenset[str]:
    """The short names the paragraphs that issue a document give it (以下简称《方案》 in 现将…印发给你们):
    not those of a document a plan carries out (为贯彻落实《…意见》（以下简称《意见》）, 制定本方案)."""
    return frozenset(match["name"] for p in layout.paragraphs if _ISSUES in p.text
                     for match in _SHORT_NAME.finditer(p.text))


def _is_paragraph(item: Item) -> bool:
    """Whether an item's own text is a paragraph of sentences (加强督导，健全推进机制。市发展改革委负责…。),
    not a heading's title, nor a title and one phrase after it."""
    text = item.text.strip()
    stop = text.find("。")
    return 0 < stop < len(text) - 1 and "。" in text[stop + 1:]


def _is_notice_paragraph(item: Item, siblings: list[Item], issued: frozenset[str]) -> bool:
    """Whether a heading of the outermost numbering (一、) over measures is a numbered paragraph of the
    notice issuing the plan: a paragraph of sentences, as every item of its style before it is,
    none of which holds a measure or any item, and one of them speaks of the plan by the short name a
    notice gives it (``issued``, 《方案》): 一、高度重视…对照《方案》…。 / 二、压实责任…。 / 三、加强督导…。 / 1. …（牵头单位：…）,
    the plan's own title and headings not printed between them."""
    if item.style not in _HEADING_STYLES or not _is_paragraph(item):
        return False
    before = [s for s in siblings[:siblings.index(item)] if s.style == item.style]
    return (bool(before) and all(not s.children and not s.assigns and _is_paragraph(s) for s in before)
            and any(name in s.text for name in issued for s in (*before, item)))


def _lead_heading_fields(item: Item) -> Fields | None:
    """The owners a heading names for every item under it in its title (一、县商务局牵头工作（8项）:
    tasklist.toml ``lead_heading_endings``), as a bracket after the title would (县商务局牵头), or None."""
    return _title_lead(item.text)


def _heading_lead_unread(item: Item, read: str) -> Warning:
    """``responsibility_on_heading`` for a heading naming owners (县商务局牵头工作) over items printing their own,
    saying how its owners were ``read``."""
    owners = _owners(item.fields) if item.fields else ""
    return Warning(code="responsibility_on_heading",
                   message=f"item {item.number.raw if item.number else item.text[:10]} carries a responsibility"
                           f"{f' ({owners})' if owners else ''} and has items with their own inside; {read}: "
                           f"{item.text[:30]}…")


# Where an item's own title ends and its task begins: a line's end, or the spaces a copy run onto one line
# printed between them (（一）省监察委员会牵头的工作 强化行政监察…: 山西 2006 on a law site, prose-blind39).
_TITLE_END = compiled(r"\n|[ \t\u3000]+")


def _own_title_lead(text: str) -> Fields | None:
    """The lead an item's own title names before its task, the title printed alone on its line or before a space
    ((一)省监察厅牵头的工作 / 加强行政监察工作…: 山西 2008, prose-blind39): its title read as a lead heading's
    (:func:`_title_lead`), or None where the text runs on with no such break, or its opening names no lead."""
    cut = _TITLE_END.search(text.strip())
    if cut is None or not text.strip()[cut.end():].strip():
        return None
    return _title_lead(text.strip()[:cut.start()], known=True)


def _title_lead(text: str, known: bool = False) -> Fields | None:
    """The owners a title ending in one of tasklist.toml ``lead_heading_endings`` names (县商务局牵头工作（8项）),
    as a bracket after it would (县商务局牵头), or None. ``known``: an item's own title, whose bodies must each be a
    name the registry knows alone — a task's sentence a line wrap or a space cuts after 牵头的工作 (1.建立由县商务局牵头的工作
    / 机制,…) names no body 建立由县商务局."""
    title = _ITEM_COUNT.sub("", text.strip())
    folded = fold(title)
    ending = next((e for e in vocabulary().lead_heading_endings if folded.endswith(e)), None)
    if ending is None:
        return None
    bodies = title[:len(title) - len(ending)].strip()
    if not bodies or not (names_known_bodies(bodies) if known else names_bodies(bodies)):
        return None
    phrase = f"{bodies}牵头"
    return Fields(segments=[Segment(label=None, text=phrase, printed=phrase)], bracket=True)


def _leader_heading(item: Item) -> str | None:
    """The leader a heading names by name and post for every item under it (一、某某市长主抓重点工作:
    tasklist.toml ``leader_heading_endings``), as printed (某某市长), or None. What stands before the
    ending must be short and end in a leader's post (``leader_posts``): a person, never a body."""
    words = vocabulary()
    title = _ITEM_COUNT.sub("", item.text.strip())
    folded = fold(title)
    ending = next((e for e in words.leader_heading_endings if folded.endswith(e)), None)
    if ending is None:
        return None
    leader = title[:len(title) - len(ending)].strip()
    if not leader or len(leader) > _LEADER_NAME_AT_MOST or not all(_is_person(p, words) for p in _PERSONS_CUT.split(fold(leader))):
        return None
    return leader


_LEADER_NAME_AT_MOST = 12  # a name and a post (某某常务副市长); longer is a phrase, not a person
_PERSONS_CUT = compiled(r"[、，,]")
# A person's name beside a post (张某某 in 张某某市长 or 常务副市长张某某): a few characters; the rank
# words printed before a post (常务副市长) are part of it
_PERSON_NAME = compiled(r"\p{Han}{0,3}")
_POST_RANKS = ("常务副", "常务", "副")


def _is_person(text: str, words: TaskListVocabulary) -> bool:
    """Whether ``text`` names one person by post, with a name before or after it (张某某市长, 常务副市长
    张某某, 市长): what stands beside the post is a name of a few characters, never a phrase whose verb
    takes the post as its object (全力保障市委书记, 落实市长: a sentence's opening word)."""
    for post in words.leader_posts:
        at = text.rfind(post)
        if at < 0:
            continue
        before, after = text[:at], text[at + len(post):]
        for rank in _POST_RANKS:
            if before.endswith(rank):
                before = before[:-len(rank)]
                break
        if (_PERSON_NAME.fullmatch(before) and _PERSON_NAME.fullmatch(after)
                and not (before and before.startswith(words.sentence_openings))):
            return True
    return False


def _count_warnings(item: Item) -> list[Warning]:
    """A ``count_mismatch`` warning when a heading naming the lead of its items states how many it
    holds (（8项）) and holds another number of them."""
    stated = _stated_count(item.text.strip())  # first: few headings print a count, and reading a lead asks the registry
    if stated is None or stated[1] == len(item.children) or _lead_heading_fields(item) is None:
        return []
    return [Warning(code="count_mismatch", message=(
        f"the heading {item.number.raw if item.number else ''}{item.text.strip()} states {stated[0]} items "
        f"and {len(item.children)} are printed under it"))]


def _read_lead_headings(items: list[Item]) -> None:
    """Give each heading that names the lead of its items in its title (一、县商务局牵头工作（8项）)
    those owners: its items inherit them when none names an owner of its own, else the heading is
    read as one whose owners no measure carries, and warned so (never dropped unsaid)."""
    for item in walk(items):
        if item.fields is None and item.children:
            found = _lead_heading_fields(item)
            if found is not None:
                item.fields = found


# What ends a sentence, or a clause an item may end with (its closing quote or bracket after the stop).
_SENTENCE_ENDS = ("。", "；", ";", "！", "？", "!", "?", "…", "”", "’", "」", "』", "）", ")")


def _read_sentence_owners(items: list[Item]) -> list[StatedConvention]:
    """Give each item whose responsibility is a bracket at its end the owners its earlier sentences
    close with, before the tail's (:func:`~.fields.find_sentence_owners`). The conventions those brackets'
    remarks state (…等负责。列第一位的为牵头部门，下同) are returned, each where its item stands."""
    stated: list[StatedConvention] = []
    for item in walk(items):
        if item.fields is None or not item.fields.bracket or not item.fields.assigns:
            continue
        found = find_sentence_owners(item.text, item.fields)
        if found is None:
            continue
        tail_remark = item.fields.remark
        found.fields.extend(item.fields)
        if found.remarks and tail_remark:
            found.fields.remark = f"{found.fields.remark}；{tail_remark}"
        item.text, item.fields = found.text, found.fields
        stated.extend(_stated(found.remarks, item))
    return stated


def _read_clause_owners(items: list[Item], ends_page: bool) -> list[StatedConvention]:
    """Give each item holding no items and naming no owner at its end (its last sentence naming none, or cut by
    the page's end), nor any item over it, the owners its sentences' brackets name by a role phrase or a label;
    the conventions their remarks state are returned. Run after the owners printed after a list or in a heading
    are given: an item those own keeps a clause's bracket as its text. The last item of the part that
    ``ends_page`` is marked cut where the page ends inside it (its last sentence unfinished after it ended one:
    …。推进…，深化科技成果处); items printing no final stop are cut nowhere."""
    stated: list[StatedConvention] = []
    last = _last_path(items)[-1:]
    for item in _unowned_leaves(items):
        found = find_sentence_owners(item.text, None) if item.text else None
        if found is None or not found.fields.assigns:
            continue
        item.text, item.fields = found.text, found.fields
        if ends_page and [item] == last and _ends_inside_a_sentence(item.text):
            item.cut = item.text.rstrip()[-12:]
        stated.extend(_stated(found.remarks, item))
    return stated


def _unowned_leaves(items: list[Item]) -> Iterator[Item]:
    """The items holding none, neither they nor any item over them naming an owner, in document order."""
    for item in items:
        if item.fields is not None:
            continue
        if item.children:
            yield from _unowned_leaves(item.children)
        else:
            yield item


def _last_path(items: list[Item]) -> list[Item]:
    """The last item and the items over it, outermost first."""
    path: list[Item] = []
    while items:
        path.append(items[-1])
        items = items[-1].children
    return path


def _mark_cut_after_title(items: list[Item], blocks: tuple[Block, ...]) -> None:
    """Mark the page's last item cut after its title: it holds no item, names no owner, and its text is a title
    alone (no sentence, no stop: ``（二）明确开发区发展方向`` ending an essay site's copy, where ``（一）优化开发区功能
    定位。坚持…。（牵头部门：…）`` before it printed its title, its sentences and its owners). Nothing of the page
    follows it, so its text and owners were lost with the rest of the copy: it is no measure missing its owners,
    only a heading nothing of which was kept (see :meth:`_Builder.visit`). An item whose title ends in a stop, or
    that prints a sentence, is read as ever; so is one whose numbered line a further line continues (a signature,
    a date: the page goes on after it), and one whose items before it print titles alone as it does (a list of
    titles, ``3.抓好招商引资`` closing ``1.推进工业园区扩区（县发改局）`` / ``2.…（县发改局）``: whole, its owner
    missing) — the title is cut from its text only where the items beside it print their sentences; and one a table
    of the layout follows (``（三）推进重点项目建设`` over the table of its projects: the page goes on in the table)."""
    path = _last_path(items)
    if not path:
        return
    item = path[-1]
    text = item.text.strip()
    if (item.children or item.fields is not None or item.number is None or text.endswith(_SENTENCE_ENDS)
            or text != item.first_line.strip() or not looks_like_title(text)
            or any(isinstance(block, Grid) or block.text.strip() for block in blocks[item.paragraph:])):
        return
    siblings = item.parent.children if item.parent is not None else items
    before = [sibling for sibling in siblings[:-1] if sibling.style == item.style]
    item.cut_after_title = bool(before) and not any(looks_like_title(sibling.text) for sibling in before)


def _stated(remarks: tuple[str, ...], item: Item) -> list[StatedConvention]:
    return [StatedConvention(c, item.order) for remark in remarks for c in find_conventions(remark)]


def _ends_inside_a_sentence(text: str) -> bool:
    """Whether a text ends with no sentence's end after ending a sentence before (…。推进…，深化科技成果处)."""
    last = text.rstrip()
    return not last.endswith(_SENTENCE_ENDS) and any(stop in last for stop in ("。", "！", "？", "!", "?"))


def _read_openings(items: list[Item]) -> None:
    """Give each item whose text opens with role phrases naming who does it
    (:func:`~.openings.opening_fields`) those fields; the text stays whole. An item titled with a
    plan section's name whole (二、保障措施 / 加强组织领导，…。市委组织部牵头，各部门配合。) is that
    section: the bodies its paragraph names run the section's work, and reading them as its owners made
    the plan's chapters measures (一、重点任务 with its items 1. 2. run into one measure's text)."""
    for item in walk(items):
        if names_plan_section(item.text):
            continue
        found = opening_fields(item.text, item.first_line)
        if found is not None:
            item.fields = found


@dataclass
class TaskList:
    """The headings and measure drafts of a prose task list."""

    headings: list[HeadingDraft]
    measures: list[MeasureDraft]
    warnings: list[Warning]
    conventions: list[Convention]
    loose: list[tuple[int, Paragraph]]
    first_item: int | None  # block index of the first item of the list's outermost heading or measure
    # where a part printed under the title of a plan its notice cites begins, after measures of an
    # earlier part: (its first measure, its first heading, the title), each index into the lists above
    plans: list[tuple[int, int, str]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # the names of the working groups left out (see _working_group)
    # the (marker style, number, paragraph) of items among the measures left out as a plan's sections
    # (（二）工作目标): the numbers they hold are no gap in the measures printed around them
    sections: frozenset[PassedItem] = frozenset()
    # items none of which names an owner were read as measures because they are the points under a heading of
    # points (see mark_points): a page a report's title heads must be read with ``points`` off instead
    points: bool = False


def _own_line_titles(item: Item) -> bool:
    """Whether a heading's own line reads as its title (see ``_Builder._heading``): one phrase that reads as a
    title; or two or three such phrases joined by commas, in a plain text where the paragraph continuing it is
    printed wider than the heading's line. A line a text extraction wrapped fills the text's width, the line after
    it no wider (二、深化商事制度改革,各市州要按照省委省政府 / 部署,持续优化营商环境,…。: one sentence, cut at the
    line's end), where a title's line ends short of the paragraph under it (一、持之以恒抓统揽,全力投入脱贫攻坚战 /
    坚持以…。). A document's paragraphs (DOCX, HTML, PDF's joined lines) are no wrapped lines: their own tells."""
    from pilotplans.parsers.text.lines import text_width

    own = item.first_line.strip()
    if looks_like_title(own):
        return True
    if not looks_like_phrased_title(own):
        return False
    return item.where.line_start is None or (
        text_width(item.lead.strip() + own) < text_width(item.second_line or item.text[len(own):].strip()))


def heading_title(text: str) -> str:
    """The title of a heading item: the whole text if it reads as a title, else its first phrase
    (``加强组织领导。市…`` → ``加强组织领导``)."""
    text = text.strip()
    if looks_like_title(text):
        return text
    cut = min((i for i in (text.find(stop) for stop in _TITLE_STOPS) if i > 0), default=-1)
    if cut > 0 and looks_like_phrased_title(text[:cut]):
        return text[:cut]
    return _title_before_reference(text) or text


def _title_before_reference(text: str) -> str | None:
    """The title a heading's text runs straight into a sentence opening with a clause of reference, its line break
    lost (``责任主体及工作分工按照上述原则,明确落实…。`` → ``责任主体及工作分工``): the words before the first
    ``title_run_in_openings`` word (tasklist.toml) that read as a title, where the clause it opens closes with a comma
    and the sentence goes on after it. None where no such clause follows a title (建立按照绩效分配的机制: no comma
    closes it; 按照… opening the text: no title before it)."""
    masked = mask_enclosed(text)
    end = masked.find("。")
    sentence = masked[:end if end >= 0 else len(masked)]
    for opening in vocabulary().title_run_in_openings:
        position = sentence.find(opening, 2)
        if position < 0:
            continue
        comma = min((i for i in (sentence.find(c, position) for c in "，,") if i >= 0), default=-1)
        title = text[:position]
        if comma > position + len(opening) and sentence[comma + 1:].strip() and looks_like_title(title) \
                and not any(stop in title for stop in (*_TITLE_STOPS, "，", ",")):
            return title
    return None


def run_in_title(text: str) -> str:
    """The title of a heading a reader ran into its paragraph (a page copied as one line), where the
    heading's text reads as no title: its words up to a closing quotation mark that its paragraph's
    first sentence follows, opening with its time (``paragraph_time_openings``), with no stop between,
    within its first clause (（一）举办“穿靓幸福南城服装展销会”从5月中旬开始，在…广场，组织…展销活动。 →
    举办“穿靓幸福南城服装展销会”: the quotation closed the title printed on a line of its own); the whole
    text where nothing marks the title's end (a quotation a stop closes, 开展“放心消费”，…; words going on
    from it, 以“放心消费”为主题，…; no title before it). A heading printed on a line of its own is never cut
    so: its line break shows where its title ends."""
    masked = mask_enclosed(text)
    clause_end = min((i for i in (masked.find(c) for c in "，,；;。：:") if i >= 0), default=len(text))
    for position in range(1, clause_end):
        if text[position] not in _CLOSING_QUOTES or position + 1 >= clause_end:
            continue
        title = text[:position + 1]
        if vocabulary().opens_with_time(text[position + 1:]) and looks_like_title(title) and not looks_like_title(text):
            return title
    return text


def read_task_list(layout: Layout, declared: bool = False, points: bool = True) -> TaskList:
    """The task list a layout's paragraphs print (empty when no item assigns a responsibility).

    ``declared``: the document is declared a local plan of a national one (its manifest names a
    ``parent``); where none of its items names an owner, its numbered items under its headings are
    read as measures missing their owners (:func:`mark_ownerless_measures`). ``points``: where none of its
    items names an owner, the numbered items under a heading of points are read as measures missing their
    owners (:func:`mark_points`); off for a page whose title is a report's."""
    outline = read_outline(layout)
    builder = _Builder(_issued_short_names(layout))
    for part in outline.parts:
        outline.conventions.extend(_read_sentence_owners(part))
        _share_card_owners(part)
        _lift_trailing_fields(part)
        _lift_to_measure_level(part)
        _read_lead_headings(part)
        read_body_titles(part)
        read_duty_sentences(part)
        read_bracketed_targets(part)
    for number, part in enumerate(outline.parts, start=1):
        outline.conventions.extend(_read_clause_owners(part, ends_page=number == len(outline.parts)))
    if outline.parts:
        _mark_cut_after_title(outline.parts[-1], layout.blocks)
    if not any(item.fields is not None for part in outline.parts for item in walk(part)):
        # a plan that names no owner by a bracket or field lines (and states no deadline so)
        for part in outline.parts:
            _read_openings(part)
    if declared and not any(item.assigns for part in outline.parts for item in walk(part)):
        for part in outline.parts:
            mark_ownerless_measures(part)
    elif points and not any(item.assigns for part in outline.parts for item in walk(part)):
        for part in outline.parts:
            mark_points(part)
    plans: list[tuple[int, int, str]] = []
    listed: set[str] = set()  # the titles of the parts holding measures so far
    for part, begun in zip(outline.parts, outline.titles):
        first_measure, first_heading = len(builder.measures), len(builder.headings)
        builder.visit(part, parent=None)
        if len(builder.measures) == first_measure:
            continue
        # a plan's title printed again over its later items (a page's running header) is no other
        # plan: the part is keyed by the cited title its line names, not by the line, as the first
        # may print only the first line of a title printed over two
        key = title_key(begun[1]) if begun is not None else None
        if begun is not None and key is not None and first_measure and key not in listed:
            plans.append((first_measure, first_heading, begun[0]))
        if key is not None:
            listed.add(key)
    if not builder.measures:
        # duties printed as paragraphs without numbers, each opening with its body (区住建局负责…): see duty_paragraphs
        builder.visit(duty_paragraphs(outline.loose), parent=None)
    _warn_leader_without_body(builder.measures)
    if builder.groups and builder.measures:
        builder.warnings.append(Warning(code="working_groups_left_out", message=(
            f"{len(builder.groups)} numbered items are the working groups of a task force, each a group's name "
            f"with its members and duties, not tasks: left out ({'、'.join(builder.groups)})")))
    return TaskList(headings=builder.headings, measures=builder.measures, warnings=builder.warnings,
                    conventions=scope_conventions(sorted(outline.conventions, key=lambda stated: stated.order), builder.orders),
                    loose=outline.loose, first_item=builder.first_item, plans=plans, groups=builder.groups,
                    sections=frozenset(builder.sections),
                    points=any(item.points_of is not None for part in outline.parts for item in walk(part)))


def mark_ownerless_measures(items: list[Item]) -> None:
    """Mark as measures missing their owners the items of a plan declared a local plan whose items
    name no owner at all (深圳市…若干措施, 上海市…实施方案: ``1.强化统筹协调机制。…`` under ``（一）`` under
    ``二、试点任务``): under a numbered heading, the outermost numbered items that are no heading over
    items (:func:`_heads_its_items`) — ``1.健全工作机制。建立…：`` is a measure, the items it holds
    (``（1）…（2）…``) its parts —, neither it nor any heading above it named as one of a plan's own
    sections (一、总体要求, 三、保障措施: ``plan_sections``). The outermost items are the plan's
    sections or a notice's paragraphs, never measures."""
    for item in items:
        if not names_plan_section(item.text):
            _mark_ownerless_below(item.children)


def mark_points(items: list[Item]) -> None:
    """Mark as measures missing their owners the numbered items under a heading over a list of points
    (二、2024年工作要点, tasklist.toml ``points_headings``) on a page none of whose items names an owner: an
    untitled page reviewing last year's work (一、2023年工作完成情况) before the year's points is a plan of the
    year's tasks, not a report; the items under its other headings (the review's) stay no measures."""
    for item in items:
        title = _points_title(item)
        if title is None:
            mark_points(item.children)
            continue
        _mark_ownerless_below(item.children)
        for inner in item.descendants():
            if inner.ownerless:
                inner.points_of = title


def _points_title(item: Item) -> str | None:
    """The title of a numbered heading over a list of points (2024年工作要点), its numbered items under it, or None."""
    if item.number is None or not any(child.number is not None for child in item.children):
        return None
    lines = item.text.strip().splitlines()
    title = _SECTION_TITLE_END.split(lines[0], maxsplit=1)[0].strip() if lines else ""
    return title if any(p.match(fold(title)) for p in vocabulary().points_headings) else None


def _mark_ownerless_below(items: list[Item]) -> None:
    for item in items:
        if names_plan_section(item.text):
            continue
        if item.number is None or _heads_its_items(item):
            _mark_ownerless_below(item.children)
        else:
            item.ownerless = True


def _heads_its_items(item: Item) -> bool:
    """Whether an item of a plan naming no owner is a heading over the items it holds: its text a
    title alone (``（一）全面探索完善管理体制``, a closing stop aside), or its items numbered in a style
    that numbers measures or headings (``1.`` ``2.`` under ``（一）强化…。围绕…``), not one numbering a
    measure's parts (``（1）`` ``①`` under ``1.健全工作机制。建立…：``)."""
    if not item.children:
        return False
    if looks_like_title(item.text.strip().rstrip("。；;")):
        return True
    return all(USUAL_DEPTH.get(child.style, len(USUAL_DEPTH)) <= USUAL_DEPTH["digit_dot"] for child in item.children)


class _Builder:
    """Walks the outline, making headings of items with measures inside and drafts of measures."""

    def __init__(self, issued: frozenset[str] = frozenset()) -> None:
        self.issued = issued  # the short names a notice gives the plan it issues (《方案》)
        self.headings: list[HeadingDraft] = []
        self.measures: list[MeasureDraft] = []
        self.warnings: list[Warning] = []
        self.first_item: int | None = None
        self.orders: list[int] = []  # the order of each measure's first line (Item.order)
        self.printed: dict[str, int] = {}  # the number of the item last visited in each style, measure or not
        self.went_on: int | None = None  # the number the item being visited goes on from, printed by an item not visited as a measure
        self.groups: list[str] = []  # the working groups left out (see _working_group)
        self.sections: set[PassedItem] = set()  # items among measures left out as the plan's sections

    def _warn_notice_paragraph(self, item: Item, first_measure: int, *, under: bool) -> None:
        """Warn ``heading_is_notice_paragraph`` on the measures read since ``first_measure``, ``item``
        being the notice's own numbered paragraph: said as they stand, under it (a heading of theirs
        as well) or under the headings enclosing it (printed after it)."""
        paragraph = (f"{item.number.raw if item.number else ''}{item.text.strip()[:20]}…, a paragraph like the "
                     f"numbered paragraphs before it, which hold no measure")
        message = (f"read under {paragraph}: a notice's requirements, the plan's own title or headings lost in the copy?"
                   if under else f"printed after {paragraph}: read as the notice's requirements, not the measure's "
                   f"heading (the plan's own title or headings lost in the copy?)")
        for draft in self.measures[first_measure:]:
            draft.warnings.append(Warning(code="heading_is_notice_paragraph", message=message))

    def visit(self, items: list[Item], parent: HeadingDraft | None, beside: frozenset[str] = frozenset()) -> None:
        """Read ``items`` under ``parent``; ``beside`` are the styles of the measures under the
        headings beside ``parent`` (an item of such a style naming no owner is a measure missing one)."""
        measure_styles = {i.style for i in items if i.assigns and not i.inner_assigns}
        # styles of the measures inside the headings here, whose items print owners of their own: a
        # heading of theirs naming no owner of its own nor any inside it holds measures of these
        # styles all the same ((一) 1.（…） 2.（…） / (二) 1. 2. / (三) 1.（…）), each missing its owners
        inner_measure_styles = frozenset(c.style for i in items if i.inner_assigns for c in i.children
                                         if c.assigns and not c.inner_assigns)
        own_measure_styles = set(measure_styles)
        measure_styles |= beside
        # styles whose items are measures standing alone here (2.发展数字贸易。（责任单位：…）): an item of
        # such a style is one of them, its sub-items its text, whatever owners it prints
        leaf_styles = {i.style for i in items if i.assigns and not i.children}
        # styles whose items here are headings owning several items: a sibling of that style owning
        # one item only is such a heading too (（一）…（总牵头单位：X）/ 1. 2. …（二）…（总牵头单位：Y）/ 3.),
        # not a measure whose text its one item would be
        owning_styles = {i.style for i in items if _owns_its_items(i)}
        # styles whose items here are headings over measures with owners of their own
        heading_styles = {i.style for i in items if i.inner_assigns}
        # the heads here naming only their numbered items' lead (:func:`_leads_numbered_items`), found once asked
        leading_heads = functools.cache(lambda: [other for other in items if _leads_numbered_items(other)])
        previous: dict[str, int] = {}  # the last number of each style among these siblings
        for item in items:
            style, value = item.style, item.number.value if item.number else 0
            before = previous.get(style, 0)
            previous[style] = max(before, value)
            self.went_on = None
            numbered_on = False  # (see _numbers_on_after_headings_over_measures)
            if item.number is not None and before == 0 and self.printed.get(style) == value - 1:
                # the item printed just before in its style, anywhere (第一条 总则, 1.–2. under 主要目标),
                # precedes it: no measure is missing, but those items may be measures not read as such
                before = self.went_on = value - 1
            if item.number is not None:
                self.printed[style] = value
            first_measure = len(self.measures)
            if not item.inner_assigns and _working_group(item, items):
                self.groups.append(item.text.strip().rstrip("：:"))
                continue
            if item.inner_assigns and not item.assigns and not _introduces_list(item) and _is_notice_paragraph(item, items, self.issued):
                # the notice's own paragraph (三、加强督导…。), the plan's items printed after it: they
                # stand under the headings enclosing it, not under it, and are warned so
                self.visit(item.children, parent)
                self._warn_notice_paragraph(item, first_measure, under=False)
                continue
            if item.inner_assigns:
                # 一、省编办牵头的工作 / 1.…协同部门:… 2.…: the heading names the lead of items naming only the bodies
                # that assist, or none (山西 2006, 2008: prose-blind39); its lead is theirs, no owner left on the heading
                lead = _lead_heading_fields(item) if item.fields is not None and item.assigns else None
                if lead is not None and [s.text for s in item.fields.segments] != [s.text for s in lead.segments]:
                    lead = None  # a bracket of its own beside the title (县商务局牵头工作（县财政局配合）): warned as before
                if item.assigns and lead is None:
                    self.warnings.append(_heading_lead_unread(item, "read as a heading whose owners no measure carries"))
                heading = self._numbered_heading(item, parent, value, before)
                heading.read.warnings.extend(_count_warnings(item))
                self.visit(item.children, heading)
                if lead is not None and (led := lead.value("responsibility")):
                    under = self.measures[first_measure:]
                    taking = [draft for draft in under if not draft.values.get("responsibility") or _partners_only(draft)]
                    for draft in taking:
                        # an item printing only its partners in a bracket with no label ((县文旅局配合)) takes the lead
                        # beside them, as a bracket naming both would print it (县商务局牵头，县文旅局配合)
                        printed = draft.values.get("responsibility")
                        draft.values["responsibility"] = f"{led}，{printed}" if printed else led
                    if len(taking) < len(under):
                        # items printing owners of their own keep them: the heading's lead is not theirs, and that is
                        # said (no measure, or only the ownerless ones, carry it), never dropped unsaid
                        self.warnings.append(_heading_lead_unread(item, (
                            "read as the lead of its items that print no owner, not of those printing their own"
                            if taking else "read as a heading whose owners no measure carries")))
                leader = _leader_heading(item)
                if leader is not None:
                    # 一、某某市长主抓重点工作: the leader of its items that name none of their own
                    for draft in self.measures[first_measure:]:
                        draft.values.setdefault("leader", leader)
                scope = item.fields.value(SCOPE_ROLE) if item.fields is not None else None
                if scope:
                    # 一、推进登记改革（适用范围：A区、B区）: where its items apply that say nothing of their own
                    for draft in self.measures[first_measure:]:
                        draft.values.setdefault(SCOPE_ROLE, scope)
            elif item.style not in leaf_styles and (
                    _owns_its_items(item, 1 if item.style in owning_styles or item.style in _HEADING_STYLES else 2)
                    or _heads_items_numbered_on(item, inner_measure_styles, self.printed)):
                heading = self._numbered_heading(item, parent, value, before)
                assert item.fields is not None
                owners = _owners(item.fields)
                heading.read.warnings.extend(_count_warnings(item))
                for child in item.children:
                    draft = self._measure(child, heading, inherited=item.fields)
                    where = "after the items of" if item.closing_note else "on"
                    draft.warnings.append(Warning(
                        code="responsibility_on_heading",
                        message=f"the responsibility ({owners}) is printed {where} the heading "
                                f"{item.number.raw if item.number else ''}{heading.read.title}, whose items print none"))
            elif item.assigns:
                draft = self._measure(item, parent)
                if item.cut is not None:
                    draft.warnings.append(Warning(code="text_cut", message=(
                        f"the page ends inside this measure's text (`…{item.cut}`, its last sentence unfinished): the "
                        f"owners its earlier sentences name are read; the rest, and whatever owners it named, are lost "
                        f"— find the whole page")))
                self._first_number(draft, value, before)
            elif item.style in measure_styles and _names_a_plan_section(item, parent):
                # （二）工作目标。到2025年，… among measures: a section of the plan at their level
                if item.number is not None:
                    self.sections.add((marker_style(item.number.raw), value, item.paragraph))
                self.warnings.append(Warning(code="item_unread", message=(
                    f"item {item.number.raw if item.number else ''}{item.text.strip()[:20]}… names a section of the plan "
                    f"and no owner, among items that are measures: not read as a measure")))
            elif item.style in measure_styles and (found := _prose_owners(item)) is not None:
                # 3.…。由市发改委、市商务局共同组织实施。 among items printing their owners in brackets or
                # field lines: its owners in its sentence, read and warned (the plan's own form names none)
                item.fields = found
                draft = self._measure(item, parent)
                draft.warnings.append(Warning(code="responsibility_in_prose", message=(
                    f"no responsibility is printed for this item as for the items beside it: its owners are read from "
                    f"its sentence ({_owners(found) or found.value('leader')}), who does it by the plan's words")))
                self._first_number(draft, value, before)
            elif item.style in measure_styles and item.cut_after_title:
                # （二）明确开发区发展方向 closing a copy cut after it: its text and owners lost, no measure
                self.warnings.append(Warning(code="item_unread", message=(
                    f"item {item.number.raw if item.number else ''}{item.text.strip()[:20]} ends the page with its "
                    f"title alone, no sentence and no owner after it: the copy is cut after its title, and it is not read "
                    f"as a measure — find the whole page")))
            elif item.style in measure_styles:
                draft = self._measure(item, parent)
                draft.warnings.append(Warning(code="responsibility_missing", message=(
                    "no responsibility is printed for this item, while the items beside it have one"
                    if item.style in own_measure_styles else "no responsibility is printed for this item nor its "
                    "heading, while the items of its style under the headings beside it have one")))
                self._first_number(draft, value, before)
            elif item.style in heading_styles and _holds_measures_of(item, inner_measure_styles) and (
                    _between_headings_over_measures(item, items)
                    or (numbered_on := _numbers_on_after_headings_over_measures(
                        item, items, inner_measure_styles, self.printed))):
                if not numbered_on and _outline_of_sections(item, items):
                    self.warnings.append(Warning(code="item_unread", message=(
                        f"item {item.number.raw if item.number else ''}{item.text.strip()[:20]} names no owner, between headings "
                        f"over measures on a level holding sections of the plan outside them: not read as measures (a "
                        f"section of the plan, or a task heading whose owners were lost?)")))
                else:
                    heading = self._numbered_heading(item, parent, value, before)
                    heading.read.warnings.extend(_count_warnings(item))
                    self.visit(item.children, heading, beside=inner_measure_styles)
            elif (item.number is not None and not item.children and item.style in heading_styles
                  and ((titled := _own_title_lead(item.text) is not None)
                       or any(other is not item for other in leading_heads()))):
                # (二)县财政局牵头的工作 / 加强资金保障。 beside (一)县商务局牵头的工作 over 1. 2.: a task under its own lead
                # title, as 山西 2008's (一) beside its (三) (prose-blind39), led by the title's body; a task beside such a
                # head under a title naming no body it knows ((二)于幼军省长负责的工作 / …) stays the measure it was before
                # that head was read (review r_mend40), its owners said missing, never left unread
                draft = self._measure(item, parent)
                if not titled:
                    draft.warnings.append(Warning(code="responsibility_missing", message=(
                        "no responsibility is printed for this item nor named by its title, while the items beside it "
                        "have one")))
                self._first_number(draft, value, before)
            elif parent is not None and item.number is not None and item.style in heading_styles:
                # （1）建设…。 beside （2）…, a heading over ①…（…）: neither a measure nor a heading, and
                # not a section of the plan's preamble (it stands inside a heading of measures)
                self.warnings.append(Warning(code="item_unread", message=(
                    f"item {item.number.raw}{item.text.strip()[:20]}… under {parent.read.title} names no owner and holds "
                    f"no measure, while items of its style beside it are headings over measures: not read as a measure "
                    f"(its owners printed with a sub-item, or lost in the copy?)")))
            if item.inner_assigns and _is_notice_paragraph(item, items, self.issued):
                self._warn_notice_paragraph(item, first_measure, under=True)
            if not item.inner_assigns:
                # items not visited (第一章 总则 / 第一条 为…制定本规定): numbered all the same
                for inner in item.descendants():
                    if inner.number is not None:
                        self.printed[inner.style] = inner.number.value

    def _first_number(self, draft: MeasureDraft, value: int, before: int) -> None:
        """Report a measure that opens its numbering past 1: the first item of its style under
        its heading (no item of it printed before among its siblings, measure or not) while no
        measure before it in the list has its style (a numbering going on from an earlier
        heading's items, 4. after 1.–3., is no gap)."""
        if draft.number is None or (before != 0 and self.went_on is None):
            return
        style = marker_style(draft.number_raw or "")
        if any(marker_style(m.number_raw or "") == style for m in self.measures[:-1]):
            return
        if self.went_on is not None:
            draft.warnings.append(Warning(code="items_skipped", message=(
                f"the numbering goes on from items up to {self.went_on} printed before, which name no owner "
                f"and are not read as measures (a section of targets, or measures whose owners are printed "
                f"otherwise?)")))
            return
        found = first_number_warnings(value)
        draft.warnings.extend(found)
        self.warnings.extend(found)

    def _enclosing(self, heading: HeadingDraft | None) -> list[HeadingDraft]:
        """``heading`` and the headings enclosing it."""
        found: list[HeadingDraft] = []
        while heading is not None:
            found.append(heading)
            heading = self.headings[heading.parent - 1] if heading.parent else None
        return found

    def _numbered_heading(self, item: Item, parent: HeadingDraft | None, value: int, before: int) -> HeadingDraft:
        """``item`` read as a heading, warned of when its number does not follow ``before``."""
        heading = self._heading(item, parent)
        if item.number is not None:
            heading.read.warnings.extend(heading_number_warnings(value, before))
        return heading

    def _heading(self, item: Item, parent: HeadingDraft | None) -> HeadingDraft:
        if self.first_item is None:
            self.first_item = item.paragraph
        # A heading's own line is its title, when it reads as one and the paragraph run on after
        # it does not (二、主要指标 / 到2025年，全市主要指标如下：); a title wrapped over two lines
        # reads as one title whole. A title of two or three phrases joined by commas is one too
        # (一、持之以恒抓统揽,全力投入脱贫攻坚战 / 坚持以脱贫攻坚统揽市场监管工作,…。: 贵州 2020, prose-blind26).
        own = item.first_line.strip()
        whole = item.text.strip()
        title = (own if own != whole and _own_line_titles(item) and not looks_like_phrased_title(whole)
                 else heading_title(item.text))
        if item.run_in and title == whole:
            title = run_in_title(whole)
        # what the paragraph says after a title cut from it (…压实工作责任。市政府成立工作专班…) is kept
        rest = whole[len(title):].lstrip("".join(_TITLE_STOPS)).strip() if whole.startswith(title) else ""
        read = HeadingText(number=item.number, title=title, description=rest or None)
        draft = HeadingDraft(position=len(self.headings) + 1, read=read, where=item.where, row=None,
                             level=parent.level + 1 if parent else 1, parent=parent.position if parent else None,
                             paragraph=item.paragraph)
        self.headings.append(draft)
        return draft

    def _measure(self, item: Item, parent: HeadingDraft | None, inherited: Fields | None = None) -> MeasureDraft:
        if self.first_item is None:
            self.first_item = item.paragraph
        text, where = item.text, item.where
        fields = Fields()
        if item.fields is not None:
            fields.extend(item.fields)
        if inherited is not None:
            fields.extend(inherited)
        for inner in item.descendants():
            text = join_fragments(text, inner.printed)
            where = where.spanning(inner.where)
            if inner.fields is not None:
                fields.extend(inner.fields)
        titled = _title_lead(item.text, known=True) if item.children else _own_title_lead(item.text)
        if not fields.value("responsibility") and titled is not None:
            # (一)省监察厅牵头的工作 / 加强行政监察工作…（协同单位:…）, or its items 1. 2. read into it: its title names its
            # lead beside those who assist
            fields.extend(titled)
        values = {role: value for role in ("responsibility", "cooperating", "superior", "deadline", "leader", SCOPE_ROLE)
                  if (value := fields.value(role))}
        if fields.remark:
            values["remarks"] = fields.remark
        draft = MeasureDraft(
            number=item.number, number_raw=item.number.raw if item.number else None, text=text.strip(),
            heading=parent.position if parent else None, where=where, row=None, values=values,
            row_where=item.where, paragraph=item.paragraph,
            responsibility_label=fields.label("responsibility"),
            closes_card=item.contact or any(inner.contact for inner in item.descendants()),
        )
        for line in (line for inner in (item, *item.descendants()) for line in inner.unread):
            draft.warnings.append(Warning(code="field_unread", message=(
                f"a labelled line printed after this measure's owners is not read into it: {line[:40]}")))
        if item.owner_sentence_unread is not None:
            draft.warnings.append(Warning(code="owner_sentence_unread", message=(
                f"a line after this measure names the owners of the items above it by a count that does not fit the "
                f"items printed there (more than stand, one naming its own, or an unowned one left out): no owner read "
                f"from it: {item.owner_sentence_unread[:40]}")))
        if item.points_of is not None:
            draft.warnings.append(Warning(code="responsibility_missing", message=(
                f"the page prints no owner for any of its items: read as a measure because it is one of the numbered "
                f"points under {item.points_of}, its owners missing")))
        elif item.ownerless:
            draft.warnings.append(Warning(code="responsibility_missing", message=(
                "the plan prints no owner for any of its items: read as a measure because the plan is declared a "
                "local plan of a national one (its manifest's parent), its owners missing")))
        if item.plain:
            draft.warnings.append(Warning(code="number_missing", message=(
                "a measure printed as a paragraph without a number, its responsibility of its own "
                "(the list's numbers lost in the copy?)")))
        for heading in self._enclosing(parent):
            heading.measures += 1
        self.measures.append(draft)
        self.orders.append(item.order)
        return draft


_BODY_ROLES = ("responsibility", "cooperating", "superior")


def _warn_leader_without_body(measures: list[MeasureDraft]) -> None:
    """Warn ``responsibility_missing`` on a measure whose lines name its leader (牵头负责领导：某某) and
    no body, while other measures of the list name theirs: its body lines lost (a page cut after the
    leader's line), or its body named in a shape not read; not a list that assigns its items to persons
    only. Where most measures naming a leader name no body, the message says how many."""
    if not any(m.values.get("responsibility") for m in measures):
        return
    led = [m for m in measures if "leader" in m.values]
    alone = [m for m in led if not any(role in m.values for role in _BODY_ROLES)]
    for draft in alone:
        if any(w.code == "responsibility_missing" for w in draft.warnings):
            continue
        lead = f"only the leader of this measure ({draft.values['leader']}) is read, no body responsible for it, "
        if 2 * len(alone) < len(led):
            said = ("while most measures of the list naming a leader name a body too (the lines after the leader's "
                    "lost in the copy, or a body named in a shape not read)")
        else:
            said = (f"as in {len(alone)} of the list's {len(led)} measures naming a leader, the others naming a body "
                    f"too (a body named in a shape not read, or lines lost in the copy)")
        draft.warnings.append(Warning(code="responsibility_missing", message=lead + said))


def _prose_owners(item: Item) -> Fields | None:
    """The owners an item printing none in a bracket or field lines names in its sentences (由X牵头，Y配合,
    此项活动由X、Y共同组织实施。: :func:`~.openings.opening_fields`; …，由X牵头，Y配合。 closing its last
    sentence: :func:`~.openings.closing_by_fields`; a body opening its sentence as the subject of 负责 and a
    verb, 区城管执法局负责联系…: :func:`~.openings.subject_fields`), or None; not for an item titled with a
    plan section's name (二、保障措施), whose bodies run the section's work."""
    if names_plan_section(item.text):
        return None
    found = opening_fields(item.text, item.first_line) or closing_by_fields(item.text) or subject_fields(item.text)
    return found if found is not None and found.assigns else None


def _partners_only(draft: MeasureDraft) -> bool:
    """Whether a measure's responsibility, printed with no label, names only bodies that assist by their role
    phrase ((县文旅局配合), (县财政局、县税务局协助)): no body that leads or carries the item out, so a lead
    heading's lead is theirs too. A labelled list (责任单位：…) or a body with no role phrase is never so."""
    from pilotplans.normalizers.responsibility import parse_responsibility

    printed = draft.values.get("responsibility")
    if not printed or draft.responsibility_label is not None:
        return False
    mentions = parse_responsibility(printed)
    return bool(mentions) and all(m.role_source == "phrase" and m.roles == ("assist",) for m in mentions)


def _owners(fields: Fields) -> str:
    """The bodies a heading's fields name (responsible; cooperating), for a warning's message."""
    return "；".join(value for role in ("responsibility", "cooperating") if (value := fields.value(role)))


