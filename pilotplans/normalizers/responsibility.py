"""Reading a responsibility cell into mentions of bodies and places, each with its role.

A national cell reads ``住房城乡建设部制订政策保障措施；北京、深圳、武汉、广州等试点地区负责推进``:
clauses cut by ；, each a list of names followed by a role phrase. Xiamen's 责任分工 column has no
role phrases: the unit before the first ，is the lead and the units after it assist
(``convention="lead_first"``). Labelled lists (``牵头单位：X；责任单位：Y``, as prose plans print
them and some cells do) give their bodies the role of their label (columns.toml ``body_role``:
牵头单位 → lead, 责任单位 → carry_out, 配合单位 → assist) unless a role phrase says otherwise.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from dataclasses import replace

from pilotplans.normalizers.body_parts import names_a_part
from pilotplans.normalizers.models import CellConvention, Context, Mention, Resolution, Role
from pilotplans.normalizers.registry import RolePhrases, load_registry
from pilotplans.normalizers.resolve import (
    collective_kind, heads_organs_named_after_it, is_collective, is_exact_name, is_place, is_subordinate_places,
    names_a_body_alone, names_a_collective, recognise, resolve_body,
)
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled
from pilotplans.normalizers.segment import (
    RoleGroup,
    _alternation,
    find_labels,
    find_role_groups,
    mask_enclosed,
    split_clauses,
    spaces_as_separators,
    split_items,
    strip_etc,
    strip_inner_bracket,
    strip_mark,
    strip_prefix,
    strip_qualifier,
    tidy,
)

if TYPE_CHECKING:
    from pilotplans.parsers.columns import Label
    from pilotplans.normalizers.registry.bodies import Registry

# "Each": a collective's opening word (各区县（开发区）: each district, county and zone).
_EACH = "各"
# The party committee's word after a place or level marker (省委组织部、宣传部: 省委宣传部).
_PARTY = "委"
# The longest opening of a collective that shares its ending (市属、驻市有关单位; 区直属、驻区各单位).
_OPENING_MAX = 3
# Column roles whose labels open a list of bodies inside a cell.
_LIST_ROLES = ("responsibility", "cooperating", "superior")
# The roles a list's label or column may give that a with-word (X会同Y) parts into a lead and those assisting it: none,
# or carrying out (a 责任单位 list). A list printed as assisting (配合单位：X会同Y, a 配合单位 column) or with any other
# role keeps that role for every body: reading X as leading would give it a role the page does not print.
_WITH_SPLITS: tuple[Role | None, ...] = (None, "carry_out")


def parse_responsibility(
    text: str,
    *,
    convention: CellConvention = "phrases",
    default_role: Role | None = None,
    label: str | None = None,
) -> list[Mention]:
    """The mentions of a responsibility cell, in written order.

    ``convention="phrases"`` reads role phrases (牵头, 负责推进, 支持和指导…); a group with no
    phrase gets ``default_role`` (``role_source="default"``) or no role. ``convention="lead_first"``
    reads a clause without role phrases the way Xiamen's table writes it: the first ，-separated
    group leads, the rest assist (``role_source="convention"``). A labelled list (牵头单位：X) gives a
    group with no phrase its label's role (``role_source="label"``); ``label`` is the label of the
    whole text when it was printed before it and dropped (a prose item's ``（责任单位：X、Y）``).

    The mentions depend on the text and the package's registry only, and a plan names the same
    bodies in many cells: each reading is kept for the process (the mentions are frozen).
    """
    return list(_parsed(text, convention, default_role, label))


@functools.lru_cache(maxsize=8192)
def _parsed(text: str, convention: CellConvention, default_role: Role | None, label: str | None) -> tuple[Mention, ...]:
    roles = load_registry().roles
    mentions: list[Mention] = []
    index = 0
    for list_label, list_text in labelled_lists(text, label):
        label_role = list_label.body_role if list_label is not None else None
        # the label names the bodies before the list's first role phrase (责任单位：X，Y负责指导; X，Y配合，
        # Z负责落实): that phrase is its own clause's; after it, sub-lists are the next phrase's (云南 2017)
        before_phrases = True
        for clause in split_clauses(spaces_as_separators(list_text, _names_a_body, _role_phrase_alone, _body_before_role_phrase,
                                                              names_a_body_alone, heads_organs_named_after_it), printed=True):
            if clause in roles.empty_markers:
                index += 1
                continue
            groups = find_role_groups(clause, index, roles)
            by_convention = list_label is None and convention == "lead_first" and all(g.role_phrase is None for g in groups)
            if by_convention:
                groups = lead_first_groups(clause, index, roles)
            elif before_phrases:
                groups = _own_clause_groups(groups, label_role)
            if not by_convention and _list_role(label_role, default_role) in _WITH_SPLITS:
                groups = _with_groups(groups, roles)
            before_phrases = before_phrases and all(g.role_phrase is None for g in groups)
            for group in groups:
                mentions.extend(_group_mentions(group, roles, by_convention, default_role, label_role))  # type: ignore[arg-type]
            index += 1
    return tuple(mentions)


def _names_a_body(piece: str) -> bool:
    """Whether a piece of a cell a space parts from the next names one body or a list of them: a
    name the registry knows on its own (市发改委), or a list every item of which ends as a body's
    name does (县护城河指挥部)."""
    from pilotplans.parsers.interpret.fields import is_body_list

    return names_a_body_alone(piece) or is_body_list(piece)


def _body_before_role_phrase(piece: str) -> bool:
    """Whether a piece of a cell a space parts from the names before it opens with one body's name
    the registry knows on its own and then its role phrase (财政部按职责分工负责, 财政部配合)."""
    groups = find_role_groups(piece, 0, load_registry().roles)
    return bool(groups) and groups[0].role_phrase is not None and names_a_body_alone(groups[0].items_text.strip())


def _role_phrase_alone(piece: str) -> bool:
    """Whether a piece of a cell a space parts from the names before it is a role phrase and
    nothing else (配合, 牵头, 负责推进)."""
    groups = find_role_groups(piece, 0, load_registry().roles)
    return len(groups) == 1 and groups[0].role_phrase is not None and not groups[0].items_text.strip()


def _own_clause_groups(groups: list[RoleGroup], listed_role: Role | None) -> list[RoleGroup]:
    """Groups whose first role phrase closes only the sub-list after the group's last ，where that
    phrase gives another role than the list's label (``listed_role``); the caller passes only a clause
    holding its list's first role phrase.

    A labelled list of owners (责任单位：X，Y负责指导) may end with a clause giving some bodies another
    role: ，ends a clause, so the phrase is Y's alone and X is named by the label (X carries out, Y
    guides: 各区政府，市商务局负责指导; 牵头单位：X，Y、Z按职责分工负责: X leads, Y and Z carry out;
    X，Y配合，Z负责落实: X still the label's). The groups after the list's first phrase (X牵头；A、B，C、D
    配合: 云南 2017, where 配合 closes the sub-lists cut by ，after a lead's clause: no label names A、B),
    a list without a label (read by its phrases, or its column's default) and a phrase giving the
    label's own role are left as printed."""
    first = next((at for at, g in enumerate(groups) if g.role_phrase is not None), None)
    if listed_role is None or first is None:
        return groups
    group = groups[first]
    cut = _last_comma(group.items_text)
    if cut < 0 and _says_only_responsible(group) and group.roles[0] != listed_role:
        # 牵头单位：X、Y按职责分工负责: the phrase says only that the bodies the label names answer for
        # the task, each within its remit; it names no other role, so the label's stands (X and Y lead)
        unphrased = replace(group, role_phrase=None, roles=())
        return [*groups[:first], unphrased, *groups[first + 1:]]
    if not group.roles or group.roles[0] == listed_role or cut < 0 \
            or not group.items_text[:cut].strip() or not group.items_text[cut + 1:].strip():
        return groups
    split = [RoleGroup(group.clause, first, group.items_text[:cut], None, ()), replace(group, items_text=group.items_text[cut + 1:])]
    return [replace(g, index=at) for at, g in enumerate([*groups[:first], *split, *groups[first + 1:]])]


def _list_role(label_role: Role | None, default_role: Role | None) -> Role | None:
    """The role a list's label gives its bodies, or failing one the role of the cell's column."""
    return label_role if label_role is not None else default_role


def _with_groups(groups: list[RoleGroup], roles: RolePhrases) -> list[RoleGroup]:
    """Groups a with-word parts (``with_words`` in roles.toml: X会同Y) with no role phrase after them, or one of
    carrying out only, each cut in two: the bodies before the word lead, those after it assist (X会同Y, X会同Y负责落实:
    the phrase says what they do together). A phrase giving another role speaks for both lists, as before
    (商务部会同有关部门和单位支持指导: both support; X会同Y共同负责: both share it). A group whose list opens with the word
    (会同Y, the lead named in a clause before) is left to ``list_prefixes``."""
    read: list[RoleGroup] = []
    for group in groups:
        masked = mask_enclosed(fold(group.items_text))
        at = min((i for word in roles.with_words if (i := masked.find(word)) > 0), default=-1)
        word = group.items_text[at:at + next(len(w) for w in roles.with_words if masked.startswith(w, at))] if at > 0 else ""
        if (at < 0 or not group.items_text[:at].strip() or not group.items_text[at + len(word):].strip()
                or (group.role_phrase is not None and group.roles != ("carry_out",))):
            # no word, no list before it, or none after it (市发改委、市财政局会同: nobody named to assist)
            read.append(group)
            continue
        read.append(RoleGroup(group.clause, 0, group.items_text[:at].strip(), word, ("lead",)))
        read.append(replace(group, items_text=group.items_text[at + len(word):].strip(), roles=("assist",),
                            role_phrase=group.role_phrase or word))
    return [replace(g, index=at) for at, g in enumerate(read)]


def _says_only_responsible(group: RoleGroup) -> bool:
    """Whether a group's phrase is a manner (按职责分工, 按照各自职责, 分别, 抓好: see ``manner`` in
    roles.toml) then a phrase of carrying out only (负责, 落实): "each answers for it by its remit",
    or a phrase that says only that much (``restating``: 负责), which restates the duty of whatever
    bodies it follows and gives them no role of its own."""
    roles = load_registry().roles
    phrase = fold(group.role_phrase or "")
    if group.roles != ("carry_out",):
        return False
    return phrase in roles.restating or (roles.manner is not None and roles.manner.match(phrase) is not None)


def _last_comma(text: str) -> int:
    """Where the last ，(or ,) outside brackets stands in ``text``, or -1."""
    masked = mask_enclosed(text)
    return max(masked.rfind("，"), masked.rfind(","))


def _list_label(text: str) -> Label | None:
    from pilotplans.parsers.columns import read_label

    found = read_label(text, short=True)  # a responsibility's lists: a bracket's 牵头：X；配合：Y read as its labels
    return found if found is not None and found.role in _LIST_ROLES and found.body_role else None


def labelled_lists(text: str, label: str | None = None) -> list[tuple[Label | None, str]]:
    """``text`` cut into its lists, each with its label (None for a list printed without one):
    ``牵头单位：X；责任单位：Y`` → (牵头单位, X), (责任单位, Y). With ``label``, the whole text is
    one list under that label."""
    if label is not None:
        return [(_list_label(label), text)]
    from pilotplans.parsers.columns import longest_label

    spans = find_labels(text, _list_label, longest=longest_label())
    if not spans:
        return [(None, text)]
    lists: list[tuple[Label | None, str]] = []
    head = text[:spans[0].start]
    if head.strip(" \t\u3000；;，,、"):
        lists.append((None, head))
    for i, span in enumerate(spans):
        end = spans[i + 1].start if i + 1 < len(spans) else len(text)
        lists.append((span.label, text[span.end:end]))  # type: ignore[arg-type]
    return lists


def parse_lead_first(text: str) -> list[Mention]:
    """Xiamen's 责任分工 convention: ``parse_responsibility(text, convention="lead_first")``."""
    return parse_responsibility(text, convention="lead_first")


def lead_first_groups(clause: str, index: int, roles: RolePhrases) -> list[RoleGroup]:
    """A clause cut at its first ，: the lead group and the assisting group."""
    masked = mask_enclosed(clause)
    cut = min((p for p in (masked.find("，"), masked.find(",")) if p >= 0), default=-1)
    if cut < 0:
        return [RoleGroup(index, 0, clause, None, ("lead",))]
    return [
        RoleGroup(index, 0, clause[:cut], None, ("lead",)),
        RoleGroup(index, 1, clause[cut + 1:], None, ("assist",)),
    ]


def _joined_bodies(items: list[str], roles: RolePhrases) -> list[str]:
    """``items`` with an item kept whole at a joiner parted there where every part is a body's name, on its own or a
    local body's whole name without its place, which the list's opening gives it (区法院、司法局及信访办: 司法局 and
    信访办 are the district's, 及 parting them as 、 does); a joined body's own name (科技和人才局: 科技 is none) is
    kept whole."""
    compose = load_registry().compose
    joiner = _alternation(roles.joiners)  # longest first, as the roles load them
    out: list[str] = []
    for item in items:
        parts = joiner.split(item)
        if len(parts) > 1 and not names_a_body_alone(item) \
                and all(part and (names_a_body_alone(part) or fold(part) in compose) for part in parts):
            out.extend(parts)
        else:
            out.append(item)
    return out


def _group_mentions(group: RoleGroup, roles: RolePhrases, by_convention: bool,
                    default_role: Role | None, label_role: Role | None = None) -> list[Mention]:
    if group.role_phrase is not None:
        found, source = group.roles, "phrase"
    elif by_convention:
        found, source = group.roles, "convention"
    elif label_role is not None:
        found, source = (label_role,), "label"
    elif default_role is not None:
        found, source = (default_role,), "default"
    else:
        found, source = (), "none"
    listed = strip_prefix(group.items_text, roles.list_prefixes)
    items = _party_and_government(
        _shared_endings(_joined_bodies(split_items(listed, roles, recognise, printed=True, alone=names_a_body_alone),
                                       roles), tidy(listed)))
    ranks = _separator_ranks(items, tidy(listed), roles)
    read, left = _shared_place_endings(items, _shared_openings(_shared_generic_office(items, roles), ranks))
    read = _shared_area_words(items, read)
    read = _shared_topic_endings(items, read)
    read = _shared_collective_endings(items, read)
    read = _shared_level_endings(items, read)
    read = _government_of_the_committee_before(items, read)
    read = _parts_of_the_one_before(items, read, roles)
    if group.scope_text:
        items.append(group.scope_text)
        read.append(group.scope_text)
    mentions: list[Mention] = []
    for position, (printed, reading) in enumerate(zip(items, read)):
        mark, item = name_mark(printed)
        if mark and reading.startswith(mark):
            reading = reading[len(mark):].lstrip(" \t\u3000")
        elif mark and reading.rstrip(" \t\u3000").endswith(mark):
            reading = reading.rstrip(" \t\u3000")[:-len(mark)].rstrip(" \t\u3000")
        text, qualifier, etc, tail = _core(item, roles)
        reads_as = _core(reading, roles)[0] if reading != item else None
        own = _qualifier_roles(qualifier, roles)
        mentions.append(Mention(
            text=text,
            raw=item,
            side="region" if is_place(reads_as or text) else "body",
            role=(own or found)[0] if (own or found) else None,
            roles=own or found,
            role_phrase=qualifier if own else group.role_phrase,
            role_source="phrase" if own else source,  # type: ignore[arg-type]
            clause=group.clause,
            group=group.index,
            position=position,
            etc=etc,
            etc_tail=tail or None,
            qualifier=qualifier,
            note=group.note,
            reads_as=reads_as,
            mark=mark,
            left_as_printed=left[position] if position < len(left) else None,
        ))
    return mentions


def _parts_of_the_one_before(items: list[str], read: list[str], roles: RolePhrases) -> list[str]:
    """``read`` with an item opening with a back reference (其常委会 of 省人大及其常委会) read as a part of the body the item
    before it names (省人大常委会), and that body, where it is written by a short name that alone reads as the part,
    read as the whole (省人民代表大会: roles.toml ``wholes``). An item before which no body is named stays as read, and
    so does one that names something as written (其他行业主管部门: 其他 is "other", no reference) or whose part makes
    no body with the one before."""
    out = list(read)
    for i in range(1, len(items)):
        reference = next((word for word in roles.back_references if items[i].startswith(word)), None)
        part = items[i][len(reference):] if reference else ""
        whole = out[i - 1]
        if not part or names_a_body_alone(items[i]) or not names_a_body_alone(whole) \
                or not names_a_body_alone(whole + part):
            continue
        out[i] = whole + part
        out[i - 1] = next((whole[:-len(short)] + full for short, full in roles.wholes if whole.endswith(short)), whole)
    return out


def name_mark(item: str) -> tuple[str | None, str]:
    """The mark printed before a list's name or right after it (☆经信局, 经信局☆ → ☆, 经信局: tasklist.toml
    ``name_marks``), and the name without it: :func:`~pilotplans.normalizers.segment.strip_mark` with the
    vocabulary's marks."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return strip_mark(item, vocabulary().name_marks)


def _party_and_government(items: list[str]) -> list[str]:
    """Items cut where a Party committee and its government are written as one, with no mark between
    them (各市州党委政府: 青海 2019; 县委县政府): the committee, then the government, which takes the
    committee's opening as a later item of a list does. Only an item that names no body as written,
    ending with the government's word, whose head names a Party committee; a body of the two (市委
    市政府督查室) ends otherwise and stays whole."""
    registry = load_registry()
    parts = registry.name_parts
    out: list[str] = []
    for item in items:
        cut = None if names_a_body_alone(item) else next(
            (end for word in parts.government if item.endswith(word)
             for end in range(len(item) - len(word), 0, -1)
             if item[:end].endswith(parts.party) and names_a_body_alone(item[:end])
             and (item[end:] in parts.government or names_a_body_alone(item[end:]))), None)
        out.extend((item[:cut], item[cut:]) if cut else (item,))
    return out


def _shared_endings(items: list[str], printed: str) -> list[str]:
    """Items rejoined where places under the region share the ending of the item after them:
    各市、县人民政府 and 各市〔州〕、贵安新区数据管理部门 are one collective each (the bodies of
    every city and county), not the places 各市 / 各市〔州〕 and a body."""
    out: list[str] = []
    i = 0
    while i < len(items):
        end = i
        if is_subordinate_places(items[i]):
            for j in range(len(items) - 1, i, -1):
                joined = "、".join(items[i:j + 1])
                # a bracket after the ending (各市（地）、县（市）人民政府（行署）) stays on the collective
                if joined in printed and (is_collective(joined) or is_collective(strip_qualifier(joined)[0])):
                    end = j
                    break
        out.append("、".join(items[i:end + 1]))
        i = end + 1
    return out


def _government_of_the_committee_before(items: list[str], read: list[str]) -> list[str]:
    """``read`` with a government written with a level marker alone right after a named place's Party
    committee given that place (普兰店市委、市政府 in 大连's 2010 page: 普兰店市政府, the committee's place, not
    the document's city): the pair a place's committee and government make, printed as one (县委、县政府).
    Only where the marker is the one the committee's place name closes with and the place and the
    government make a name the registry knows; 市委、市政府 (no place named) and 普兰店市委、区政府 keep
    their reading."""
    registry = load_registry()
    parts = registry.name_parts
    out = list(read)
    for index in range(1, len(items)):
        item, before = items[index], read[index - 1]
        if read[index] != item:
            continue
        head = before.removeprefix("中共")
        word = next((w for w in parts.party if head.endswith(w)), None)
        place = head[:-len(word)] if word else ""
        marker = next((m for m, _ in registry.markers if item.startswith(m) and item[len(m):] in parts.government), None)
        if marker is None or not place.endswith(marker) or len(place) <= len(marker) \
                or place in registry.marker_words or not names_a_body_alone(before):
            continue
        named = place + item[len(marker):]
        if names_a_body_alone(named):
            out[index] = named
    return out


def _shared_generic_office(items: list[str], roles: RolePhrases) -> list[str]:
    """Each item as it reads once the word for a body closing its list is carried over: in
    县统计、工商、税务等部门, 发改、财政等部门 or 公安、城管部门 the items are the functions, each naming
    the body in charge of it (统计部门, 财政部门), as 部门 after a stem does (names.generic_offices). Only an item
    that names no body as it stands (or names a place: 公安 is also 公安县's short form) takes the
    word, and only where the word makes it a name the registry reads with the document's place; a list naming a body no local body can be (商务部、财政等
    部门: a national list) is left as it is."""
    if not items:
        return items
    registry = load_registry()

    def reads(name: str) -> bool:
        return names_a_body_alone(name) or any(names_a_body_alone(m + name) for m, _ in registry.markers)

    tail = strip_etc(items[-1], roles.etc_tails)[1]
    word = next((w for w in registry.name_parts.generic_offices if tail and fold(tail).endswith(w)), None)
    if word is None and len(items) > 1:
        # the last item's own word (公安、城管部门: 公安部门 and 城管部门)
        word = next((w for w in registry.name_parts.generic_offices
                     if items[-1].endswith(w) and len(items[-1]) > len(w) and reads(items[-1])), None)
    if word is None or any(_central_only(registry, strip_etc(item, roles.etc_tails)[0], [m for m, _ in registry.markers])
                           for item in items):
        return items
    out: list[str] = []
    for item in items:
        core = strip_etc(item, roles.etc_tails)[0]
        named = core + word
        # a function that is also a county's short form (公安: 公安县) is the function here
        if core and (is_place(core) or not names_a_body_alone(core)) and reads(named):
            out.append(named)
        else:
            out.append(item)
    return out


def _shared_collective_endings(items: list[str], read: list[str]) -> list[str]:
    """``read`` with an opening of a collective that names nothing alone given the words for bodies
    of the collective after it: 市属、驻市有关单位 are the city's own units (市属有关单位) and those
    stationed in it, 县直及驻县各单位 the county's units (县直各单位) and the stationed ones. Only where
    the opening and the ending make a collective the registry knows. An opening is a level word with
    直, 属 or 级, or 中央 (中央、省属驻市行政企事业单位): at most three characters, never a name
    (立山经济开发区,全区经济运行各专班 stays two)."""
    out = list(read)
    for index in range(len(items) - 1):
        item, after = items[index], items[index + 1]
        if read[index] != item or len(item) > _OPENING_MAX or recognise(item) or names_a_body_alone(item) \
                or not names_a_collective(after):
            continue
        out[index] = next((item + after[k:] for k in range(1, len(after)) if names_a_collective(item + after[k:])), item)
    return out


def _shared_level_endings(items: list[str], read: list[str]) -> list[str]:
    """``read`` with a level marker alone (县, 市) given what the item after it has after its own level word: in
    县和乡镇人民政府 (彭水 2024) and 市、县人民政府 the marker's government is meant (县人民政府, 市人民政府) beside the
    next tier's, not a place left bare. Only where the marker and that ending name a body the registry knows."""
    registry = load_registry()
    out = list(read)
    for index in range(len(items) - 1):
        item, after = items[index], strip_qualifier(items[index + 1])[0]
        if read[index] != item or item not in registry.marker_words:
            continue
        # the longest level word or phrase of tiers the item opens with (区县 of 区县政府: 市、区县政府 is 市政府, no
        # 市县政府), and something after it (县和乡镇: places only, no body shared)
        level = next((after[:end] for end in range(len(after) - 1, 0, -1)
                      if registry.subordinate.fullmatch(after[:end]) and after[end - 1:] not in registry.compose), None) \
            or next((w for w in _level_words(registry) if after.startswith(w)), None)
        if level is not None and len(after) > len(level) and names_a_body_alone(item + after[len(level):]):
            out[index] = item + after[len(level):]
    return out


@functools.lru_cache(maxsize=4)
def _level_words(registry: Registry) -> tuple[str, ...]:
    """The level markers and the words of the tiers under a place (乡镇, 街道), longest first."""
    return tuple(sorted({*registry.marker_words, *registry.subordinate_units}, key=len, reverse=True))


def _separator_ranks(items: list[str], printed: str, roles: RolePhrases) -> list[int | None]:
    """The rank of the separator printed before each item: 0 for a sub-list's (、 and the joiners),
    1 for the list's (，), None for the first item or where none is found between it and the item
    before it (an item a reading rejoined or split)."""
    low = (*roles.sub_list_separators, *roles.joiners)
    ranks: list[int | None] = []
    cursor = 0
    for index, item in enumerate(items):
        found = next(((at, n) for n in range(len(item), 1, -1) if (at := printed.find(item[:n], cursor)) >= 0), None)
        if found is None:
            ranks.append(None)
            continue
        at, length = found
        between = printed[cursor:at]
        cursor = at + length
        if index == 0:
            ranks.append(None)
        elif any(s in between for s in roles.separators if s not in low):
            ranks.append(1)
        elif any(s in between for s in low):
            ranks.append(0)
        else:
            ranks.append(None)
    return ranks


def _shared_openings(items: list[str], ranks: list[int | None] | None = None) -> list[str]:
    """Each item as it reads once the opening of the item before it is carried over: in
    县教科局、民政局、医保局 or 各县（市、区）农业局、林业局 the later bodies share the level marker,
    place or places of the first (县医保局, not the national 医保局; 各县（市、区）林业局, not the
    city's). An item takes an opening only when it opens with none of its own (no level marker,
    place, 各/有关 or other naming word) and the opening makes it a name the registry knows;
    what no local body can be (商务部, 海关总署) keeps its own reading.

    ``ranks`` are the ranks of the separators before the items (:func:`_separator_ranks`). An item
    after a separator that stands on its own, taking no opening, opens a sub-list: the items joined
    to it by lower separators share no opening from before it (各县（市、区）人民政府，城乡一体化示范区、
    开发区管理委员会: the city's zone committees, not each county's), while 区发改局，财政局、商务局 share
    区 down the sub-list its first item took it into."""
    registry = load_registry()
    out: list[str] = []
    openings: tuple[str, ...] = ()
    # the item those openings are of: an area named with its place (广安 of 广安高新区), or a place's body (广安市发改委)
    opened_by = ""
    # the rank of the separator before a sub-list's first item that stood on its own
    sub_list: int | None = None
    for index, item in enumerate(items):
        rank = ranks[index] if ranks else None
        if sub_list is not None and (rank is None or rank >= sub_list):
            sub_list = None
        continued = _continues_the_places(registry, openings, item) if sub_list is None else None
        if continued is not None:
            out.append(continued)
            continue
        own = _openings(registry, item)
        if own:
            openings = own
            opened_by = item
            sub_list = None
            out.append(item)
            continue
        if openings and sub_list is None and not _opens_on_its_own(registry, item):
            # read as the name it stands for, without a closing 等 (能源局等省有关部门: 能源局 takes 省 too)
            body = _core(item, registry.roles)[0]
            # the quantifier alone only for an item that names no body by itself (街道办事处)
            alone = names_a_body_alone(body)
            # an item opening with a level word of its own (各镇人民政府、街道办事处: 街道) takes the
            # quantifier only, not the places of the item before it (各街道办事处, not 各镇街道办事处)
            # a level word that opens a longer word of a kind (市 of 市场监管局, 乡 of 乡村振兴局) is none
            stem = _opening_stem(registry, body)
            own_level = any(registry.subordinate.fullmatch(_EACH + body[:end]) for end in range(max(1, stem), len(body)))
            # an area named by words of its own takes no place from an area before it, named with its place or its
            # committee (广安高新区、川渝合作高滩园区管委会), while a place's bodies still lend it theirs (广安市发改委、协兴园区
            # 管委会: 广安's park)
            own_area = _names_its_own_area(registry, body) and (
                _names_an_area(registry, opened_by) or _names_its_own_area(registry, opened_by))
            carried = next((o + item for o in openings if not (o == _EACH and alone)
                            and not (own_level and o.startswith(_EACH) and o != _EACH)
                            and not (own_area and is_place(o))
                            and _names_body_or_part(registry, o, body) and not is_place(o + body)
                            and not _county_lacks_kind(registry, o, body)), None)
            if carried is not None:
                out.append(carried)
                continue
        if sub_list is None and rank is not None:
            sub_list = rank
        out.append(item)
    return out


def _county_lacks_kind(registry: Registry, opening: str, body: str) -> bool:
    """Whether ``opening`` is a county's level marker (区, 县, 旗) and ``body`` a kind found only at tiers above a
    county's (通信管理局, 军分区): 区发改局、通信管理局 in a district's plan names the bureau its city keeps, as the bare name
    does, where 区通信管理局 would name one no district has. 市 names a city, a county-level city or a municipality, so
    it is carried as before."""
    tier = next((t for m, t in registry.markers if m == opening), None)
    forms = registry.compose.get(body, ())
    return tier == "county" and bool(forms) and all(
        registry.kinds[form.kind].tiers and tier not in registry.kinds[form.kind].tiers for form in forms)


def _names_its_own_area(registry: Registry, body: str) -> bool:
    """Whether ``body`` is the committee of an area it names by words of its own before the area's word or zone form
    (川渝合作高滩园区管委会): the place the item before it opens with is no part of that name (广安高新区、川渝合作高滩
    园区管委会 is no 广安川渝合作高滩园区), while a zone form or an area word alone (高新区管委会, 工业园区管委会) is the
    opening place's zone."""
    area = body[:-len(form)] if (form := _committee_ending(registry, body)) else ""
    if not area or area in registry.subordinate_units or not _names_an_area(registry, area):
        return False  # a sort of area by its level word alone (工业园区, 开发区) names none of its own
    word = registry.gazetteer.area_word(area) or ""
    zone = registry.gazetteer.zone_by_end(area)
    return len(area) > len(word) and (zone is None or bool(zone[1]))


def _names_body_or_part(registry: Registry, opening: str, item: str) -> bool:
    """Whether ``item`` after the list's ``opening`` names a body on its own or a part of one (市发改委综合处): a part's
    item shares its list's opening as a whole body's does (市商务局、发改委综合处, as 市商务局、发改委), where the item
    names the part's body itself (干部一处 after 市委组织部 does not: 市委 is no body of it)."""
    text = opening + item
    return names_a_body_alone(text) or names_a_part(registry, text, names_a_body_alone, len(opening))


@functools.lru_cache(maxsize=4096)
def _opening_stem(registry: Registry, body: str) -> int:
    """The length of the longest kind's stem ``body`` opens with (市场监管局: 4), 0 if none."""
    return max((len(s) for kind in registry.kinds.values() for s in kind.stems or () if body.startswith(s)), default=0)


def leading_bodies_shared(mentions: list[Mention], context: Context) -> list[Mention]:
    """``mentions`` of a local plan (``context`` has a region) with the bodies opening a list, written
    without a place or level marker, given the marker of the first later body of their list that
    prints one (发改委、区财政局: 区发改委), as later bodies take the first's (:func:`_shared_openings`):
    only where they would otherwise name a central body, and the marker makes them a local one. A
    list naming a body no local body can be (发展改革委、商务部、市商务局: a national task copied into
    the plan) is left as it is, and so is an opening naming the places under the region (各区…)."""
    if context.region is None:
        return mentions
    registry = load_registry()
    out = _parallel_places(list(mentions), context)
    groups: dict[tuple[int, int], list[int]] = {}
    for index, mention in enumerate(mentions):
        if mention.side == "body":
            groups.setdefault((mention.clause, mention.group), []).append(index)
    for members in groups.values():
        # the first body of the list printing an opening, after at least one that prints none
        first, opened = next(((k, o) for k, index in enumerate(members) if (o := _openings(registry, mentions[index].text))),
                             (0, ()))
        openings = [o for o in opened if not o.startswith(_EACH)]
        if not openings:
            # no level marker printed (an opening of the places under the region is none: 各…)
            out = _unmarked_list_of_one_place(out, [mentions[index] for index in members], members, context)
            continue
        if first == 0 or not openings or any(_central_only(registry, mentions[index].text, openings) for index in members):
            continue
        for index in members[:first]:
            mention = mentions[index]
            if mention.reads_as or _opens_on_its_own(registry, mention.text) \
                    or resolve_body(mention.text, context).level != "central":
                continue
            marked = next((o + mention.text for o in openings if _names_body_or_part(registry, o, mention.text)
                           and resolve_body(o + mention.text, context).level not in (None, "central")), None)
            if marked is not None:
                out[index] = replace(mention, reads_as=marked)
    return out


def _own_place_code(found: Resolution) -> str | None:
    """The place code of a resolved body of one place (``440000-transport_bureau``), not of the
    places under it (``440000-subordinate-…``), a collective or a central body."""
    if found.id is None or found.level in (None, "central") or found.collective:
        return None
    return found.region


def _unmarked_list_of_one_place(out: list[Mention], group: list[Mention], indexes: list[int],
                                context: Context) -> list[Mention]:
    """``out`` with the bodies of a list printing no level marker at all given the marker that puts
    them in the one place the list's other bodies name by their office word alone: in a province's
    交通运输厅、水利厅、住房城乡建设厅、能源局等省有关部门 (广东 2023) the 厅 are the province's, and so is
    its 能源局, not the national 国家能源局. Only where every body reading as central becomes the
    same place's by a marker; a list naming a body no local body can be (商务部) is left as it is."""
    registry = load_registry()
    found = [resolve_body(m.text, context) for m in group]
    places = {code for f, m in zip(found, group) if m.side == "body" and not m.reads_as
              and (code := _own_place_code(f)) is not None}
    central = [k for k, (f, m) in enumerate(zip(found, group)) if m.side == "body" and not m.reads_as
               and f.level == "central" and not _opens_on_its_own(registry, m.text)]
    if len(places) != 1 or not central:
        return out
    place = next(iter(places))
    marked: dict[int, str] = {}
    for k in central:
        text = group[k].text
        fitting = [(m, f) for m, _ in registry.markers if names_a_body_alone(m + text)
                   and _own_place_code(f := resolve_body(m + text, context)) == place]
        if not fitting:
            return out
        # the marker the place's own name ends with (广东省: 省, not 自治区), where the name shows it
        marker = next((m for m, f in fitting if text in (f.name or "")
                       and f.name.split(text)[0].endswith(m)), fitting[0][0])
        marked[indexes[k]] = marker + text
    out = list(out)
    for index, name in marked.items():
        out[index] = replace(out[index], reads_as=name)
    return out


def _parallel_places(mentions: list[Mention], context: Context) -> list[Mention]:
    """``mentions`` with a body that names nothing in the document's place read with the quantifier
    of the body before it, where both name one kind's bodies in the places under the region, each
    place by its own level word: in an autonomous region's 各盟行政公署、市人民政府 the cities'
    governments are meant as the leagues' offices are (各市人民政府), there being no 市 of its own. A
    body the document's place reads (市人民政府 in a city's plan) keeps its reading."""
    registry = load_registry()
    out = list(mentions)
    for index in range(1, len(mentions)):
        before, mention = out[index - 1], mentions[index]
        if (mention.side != "body" or before.side != "body" or mention.reads_as
                or (before.clause, before.group) != (mention.clause, mention.group)):
            continue
        first = before.reads_as or before.text
        if not first.startswith(_EACH) or not any(mention.text.startswith(m) for m, _ in registry.markers):
            continue
        kind = collective_kind(first)
        if kind is None or collective_kind(_EACH + mention.text) != kind or resolve_body(mention.text, context).id:
            continue
        out[index] = replace(mention, reads_as=_EACH + mention.text)
    return out


def _central_only(registry: Registry, text: str, openings: list[str]) -> bool:
    """Whether ``text`` names a central body that none of ``openings`` makes a local one (商务部)."""
    literal = registry.literals.get(text)
    return literal is not None and literal.target == "central" and not any(names_a_body_alone(o + text) for o in openings)


@functools.lru_cache(maxsize=16384)
def _openings(registry: Registry, item: str) -> tuple[str, ...]:
    """What ``item`` opens with that later items of its list may share, longest first: a phrase
    of the places under the region (各县（市、区）), a place (安新县) or a level marker (县), each
    also with the party committee's 委 after it (省委 of 省委组织部). A central body's name opens
    with none (市场监管总局 does not open with 市)."""
    literal = registry.literals.get(item)
    if literal is not None and literal.target == "central" or is_place(item):
        return ()  # nor does a place phrase (市县、园区: no 市园区)
    found: list[str] = []
    for end in range(len(item) - 1, 0, -1):
        # not a phrase whose last level word opens what follows (省市场监管局 is 省 + 市场监管局, no 省市)
        if registry.subordinate.fullmatch(item[:end]) and item[end - 1:] not in registry.compose:
            # and its quantifier alone: 各区市政府、开发区管委 are each zone's committee too
            found.extend((item[:end], item[:1]) if item.startswith(_EACH) else (item[:end],))
            break
    markers = [m for m, _ in registry.markers if item.startswith(m) and _opens_with_marker(registry, item, m)]
    # a place only where the item reads as that place and a body (安新县 + 委), not where a word
    # merely opens like one (公安厅 is no body of 公安县)
    found.extend(head for head, _, former in registry.gazetteer.prefixes(item)
                 if not former and len(head) < len(item) and _reads_after_a_place(registry, item[len(head):]))
    found.extend(markers)
    if item.startswith(_EACH) and len(item) > 1:
        found.append(_EACH)  # 各管委会、街道办事处: each street office too
    with_party = [o + _PARTY for o in found if item.startswith(o + _PARTY) and len(o) + 1 < len(item)]
    return tuple(dict.fromkeys([*with_party, *found]))


def _shared_place_endings(items: list[str], read: list[str]) -> tuple[list[str], list[str | None]]:
    """``read`` with a run of named places before a body of a place given that body's ending: in
    银川市、石嘴山市、吴忠市人民政府 and 海东市、兰州市、临夏州发展改革部门 every city's government or
    department is meant, not the cities. Only where each place with the ending is a name the
    registry knows. With it, for each item, why a place or area of such a run was left as printed where the
    others take the ending (:func:`_left_as_printed`), else None."""
    registry = load_registry()
    out = list(read)
    why: list[str | None] = [None] * len(items)
    run: list[int] = []
    areas = False  # whether the run holds an area that is no place: only a committee word follows it
    for index, item in enumerate(items):
        # the gazetteer holds simplified names (哈爾濱、黑河、綏芬河市政府 as printed in traditional characters)
        place = registry.gazetteer.find_place(fold(item)) if is_place(item) else None
        if place is not None and place.region is not None or _names_an_area(registry, item):
            areas = areas or place is None
            run.append(index)
            continue
        if run and run[-1] == index - 1:
            # areas named by their own area word or zone form share only the committee word of an area's committee
            # after them (两江新区、重庆高新区管委会: 两江新区管委会, not 两江新区 + 重庆's 高新区管委会; 滨海新区、天津港保税区
            # 管委会: 滨海新区管委会, which names no body, not 滨海新区港保税区管委会); bare places share the whole ending
            # (广州、深圳高新区管委会: each city's zone)
            committee = _committee_ending(registry, item)
            own = not areas and committee is not None and all(_names_an_area(registry, items[k]) for k in run)
            ending = committee if areas or own else _ending_after_a_place(registry, item) or committee
            if ending is None and not areas and _divisions_of_one_tier(registry, [items[k] for k in run]):
                # 大冶市、阳新县、各区人民政府 (黄石 2021): divisions listed before the collective of their siblings share
                # what follows its phrase of places — 大冶市人民政府 and 阳新县人民政府 beside every district's
                ending = _ending_after_places_under(registry, item)
            if ending and not areas and not own and _opens_with_a_run_s_place(items, run, item, ending):
                ending = None  # 长沙市、长沙经开区管委会: the city and its zone, no 长沙市经开区管委会 twice
            # an area a committee runs takes no ending but a committee word: no government, no system's body, while the
            # places beside it still take them (两江新区、渝北区、北碚区人民政府: 渝北区人民政府, 两江新区 as printed;
            # 江北新区、南京市政府: the area and the city's government)
            by_committee = [k for k in run if _run_by_a_committee(registry, items[k])]
            if ending not in registry.committee_forms:
                for k in by_committee if ending else ():
                    why[k] = _left_as_printed(items[k], item, _committee_s_area_takes_none(registry, items[k], ending))
                run = [k for k in run if k not in by_committee]
            if ending and all(_takes_the_ending(registry, items[k], ending) for k in run):
                for k in run:
                    out[k] = items[k] + ending
            elif ending and own:
                for k in run:
                    if not _takes_the_ending(registry, items[k], ending):
                        why[k] = _left_as_printed(items[k], item, f"{items[k]}{ending} names no body")
            elif not areas and not own:
                # a body a system names [place][ending] with no level marker before it (广州、深圳、珠海
                # 出入境边防检查总站: three stations), where each place with the ending is that kind's body
                run = [k for k in run if k not in by_committee]
                ending = _system_ending(registry, item)
                if ending and _opens_with_a_run_s_place(items, run, item, ending):
                    ending = None
                kind = resolve_body(item).kind if ending and run else None
                if kind is not None and all(resolve_body(items[k] + ending).kind == kind for k in run):
                    for k in run:
                        out[k] = items[k] + ending
                    for k in by_committee:  # 两江新区、万州、涪陵海关: the area as printed beside 万州海关, as beside a government
                        why[k] = _left_as_printed(items[k], item, _committee_s_area_takes_none(registry, items[k], ending))
        run, areas = [], False
    return out, why


def _shared_area_words(items: list[str], read: list[str]) -> list[str]:
    """``read`` with the names written with their host in brackets before an area's committee named by words of its own
    given that committee's area word and committee word: in 中新（重庆）、中韩产业园管委会 the China–Singapore park at
    重庆 and the China–Korea one share 产业园管委会 (中新（重庆）产业园管委会), as 中韩(长春)国际合作示范区 writes its host
    inside the area's name; 中新 alone named nothing. Only an item that names no body, prints a place in its bracket, is
    written in parallel with the area's own words (:func:`_written_in_parallel`) and reads as an area with the word; the
    places and areas before a committee are :func:`_shared_place_endings`'."""
    registry = load_registry()
    out = list(read)
    run: list[int] = []
    for index, item in enumerate(items):
        name, host = strip_qualifier(item)
        if read[index] == item and host and is_place(host) and _ONE_NAME.fullmatch(name) and not is_place(name) \
                and not names_a_body_alone(item):
            run.append(index)
            continue
        form = _committee_ending(registry, item) if run and run[-1] == index - 1 else None
        area = strip_qualifier(item)[0][:-len(form)] if form else ""
        word = registry.gazetteer.area_word(area) if area else None
        # the area's own words before its word, no place's name nor a zone's form (重庆高新区: 重庆's zone, no 新区 to share)
        own = word is not None and len(area) > len(word) and registry.gazetteer.zone_by_end(area) is None \
            and next(iter(registry.gazetteer.prefixes(area)), None) is None
        if own:
            for k in run:
                name = strip_qualifier(items[k])[0]
                if _written_in_parallel(name, area[:-len(word)]) and _names_an_area(registry, name + word):
                    out[k] = items[k] + word + form
        run = []
    return out


def _shared_topic_endings(items: list[str], read: list[str]) -> list[str]:
    """``read`` with the names of a run before a body named after its topic by its kind's topic word given that body's
    ending: in 城北、城南街道办事处 (西乡县 2021) both subdistricts' offices are meant, as the subdistricts' names, no places
    of the gazetteer, read as nothing alone (城北 is 西宁's 城北区 by its short name elsewhere). Only a name written as long
    as the body's own topic (城北 beside 城南), Chinese characters alone, naming no body and no level word (社区, 乡镇), of a
    run not read otherwise; a town's name keeps its 镇 and reads alone (城关镇、城南街道办事处 stays two names)."""
    registry = load_registry()
    out = list(read)
    endings = _topic_words(registry)
    if not any(item.endswith(endings) for item in items[1:]):  # no subdistrict's office after the first: the list of
        return out  # nearly every plan, passed over by one test of each name (a name as long as its ending is looked at below)
    run: list[int] = []
    for index, item in enumerate(items):
        ending = _topic_ending(registry, item) if read[index] == item else None
        if ending is None and read[index] == item and _ONE_NAME.fullmatch(item) \
                and resolve_body(item, suggest=False).kind in (None, "region") \
                and item not in registry.subordinate_units and not item.endswith(tuple(registry.town_units)):
            run.append(index)
            continue
        if ending is not None and run and run[-1] == index - 1:
            topic, word = ending
            for k in run:
                if _named_as_a_sibling(items[k], topic, registry.quarter_words):
                    out[k] = items[k] + word
        run = []
    return out


def _named_as_a_sibling(name: str, topic: str, quarters: frozenset[str]) -> bool:
    """Whether ``name`` is written as a sibling of ``topic`` is, a subdistrict named beside it by its quarter: as long,
    two characters or more (a quarter word alone, 东、西街道, is no subdistrict's name), and differing from it in one
    character alone, a quarter word on both sides (城北 beside 城南, 东城 beside 西城; quarter_words in
    departments.toml), as the subdistricts of one town are named. A body's short name, a word or a place
    sharing a character with it is none (城管, 城建, 城区 beside 城南; 公安 beside 公园; 汉中 beside 城南)."""
    if len(name) != len(topic) or len(name) < 2:
        return False
    differing = [(a, b) for a, b in zip(name, topic) if a != b]
    return len(differing) == 1 and differing[0][0] in quarters and differing[0][1] in quarters


def _topic_ending(registry: Registry, item: str) -> tuple[str, str] | None:
    """The topic ``item`` is named after and the ending its kind writes after it (城南街道办事处: 城南, 街道办事处), for a
    kind whose bodies are told apart by a topic word and keep no level word in it (the subdistricts' offices); None for
    any other name."""
    word = next((w for w in _topic_words(registry) if item.endswith(w) and len(item) > len(w)), None)
    return (item[:-len(word)], word) if word is not None else None


@functools.lru_cache(maxsize=4)
def _topic_words(registry: Registry) -> tuple[str, ...]:
    """The endings of the kinds told apart by a topic word that keep no level word in the topic (街道办事处, 街道办 …),
    longest first (a town's 镇人民政府 keeps 镇 in the town's name, which reads alone)."""
    words = {word for kind in registry.kinds.values() if kind.topic_word is not None
             for word in kind.topics if not any(word.startswith(kept) for kept in kind.topic_kept)}
    return tuple(sorted(words, key=len, reverse=True))


def _written_in_parallel(name: str, own: str) -> bool:
    """Whether ``name`` is written as the area's own words ``own`` are, as long and opening alike: 中新 beside 中韩 (China
    and a country each), two parks of one sort named in parallel; a company or a body with its place in brackets
    (华为（重庆）、招商局（重庆）) beside 中德产业园管委会 names no park of that sort."""
    return len(name) == len(own) and name[:1] == own[:1]


def _committee_s_area_takes_none(registry: Registry, area: str, ending: str) -> str:
    """Why ``area``, an area its committee runs, took no ``ending`` the places beside it take, as found: a government's
    word names no body of the area, the committee governing it (江北新区政府); any other ending is told by what the
    registry reads the area's name with it as — a body of the area (两江新区税务局: 国家税务总局重庆两江新区税务局, which the
    list may mean) or none — the rule leaving it as printed either way, as the list does not say which it meant."""
    if ending in registry.name_parts.government:
        return f"{area}{ending} names no body: the area is run by its committee"
    found = resolve_body(area + ending, suggest=False)
    if found.resolved and found.region is not None and found.region.startswith(_area_region(registry, area)):
        return (f"{area}{ending} reads as {found.full_name or found.name}, the area's own, which the list may mean; an "
                "area its committee runs takes no ending of the places beside it but a committee word")
    return f"{area}{ending} names no body the registry reads: the area is run by its committee"


def _area_region(registry: Registry, area: str) -> str:
    """The gazetteer id of ``area``'s place, or the area as written where the gazetteer holds none."""
    place = registry.gazetteer.find_place(fold(area))
    return place.region.id if place is not None and place.region is not None else area


def _left_as_printed(item: str, body: str, because: str) -> str:
    """Why ``item``, one of a run of places or areas before ``body``, was left as printed, the place or area itself,
    where the run shares what ``body`` has after its place."""
    return f"{item} before {body}: left as printed, the place or area itself ({because})"


_ONE_NAME = compiled(r"\p{Han}+")  # no list mark, bracket or punctuation inside


def _opens_with_a_run_s_place(items: list[str], run: list[int], item: str, ending: str) -> bool:
    """Whether the place ``item`` opens with, before its ``ending``, is the name a place of ``run`` opens with
    (长沙市、长沙经开区管委会: 长沙 of 长沙市; 长沙县、长沙经开区管委会: 长沙 of 长沙县) — the list names that place and the
    body after it, each once: shared, the ending made the place the same body again (长沙市经开区管委会) or a body of a
    place the item never meant (长沙县经开区管委会). Places of their own share it (广州、深圳高新区管委会)."""
    head = item[:len(item) - len(ending)]
    return bool(head) and any(items[k].startswith(head) or head.startswith(items[k]) for k in run)


def _run_by_a_committee(registry: Registry, item: str) -> bool:
    """Whether ``item`` is an area named by its own area word that a committee runs (江北新区: 江北新区管委会) — such an
    area has no government to share (江北新区、南京市政府 is the area and the city's government, no 江北新区政府), while a
    district named with an area word has one (滨海新区, 浦东新区: no committee)."""
    return _names_an_area(registry, item) and any(names_a_body_alone(item + form)
                                                  for form in registry.committee_forms_longest_first)


def _takes_the_ending(registry: Registry, item: str, ending: str) -> bool:
    """Whether ``item``, one of a run of places or areas, names a body with the ``ending`` of the body after the run: where
    it does on its own (银川市 + 人民政府, 济宁高新区 + 管委会), or where ``item`` is an area named by its own area word or
    zone form and the ending a committee word — an area's committee is the area's name and the word by the naming rule of
    areas, whatever place the area lies in, which only the document tells (济宁's 太白湖新区 + 管委会: no name of the
    registry opens it, so the committee is read in the plan's place)."""
    if names_a_body_alone(item + ending):
        return True
    return ending in registry.committee_forms_longest_first and not is_place(item) and _names_an_area(registry, item)


def _system_ending(registry: Registry, item: str) -> str | None:
    """What a body named by a vertical system's pattern has after the place it opens with
    (珠海出入境边防检查总站: 出入境边防检查总站); None for a place or a list closed by 等."""
    if is_place(item) or strip_etc(item, registry.roles.etc_tails)[1] is not None or not recognise(item):
        return None
    head = next((h for h, _, former in registry.gazetteer.prefixes(fold(item)) if not former and len(h) < len(item)), None)
    return item[len(head):] if head is not None else None


@functools.lru_cache(maxsize=4096)
def _names_an_area(registry: Registry, item: str) -> bool:
    """Whether ``item`` is a zone or area named where a body is (太白湖新区, 济宁经济技术开发区), or a zone type's form
    alone (开发区 of 开发区、丁字湾度假区管委: the plan's place's own zone of the type, as 开发区管委 is its committee).
    Kept for the process (the registry compared by identity, never changed once loaded): a plan's lists ask it of the
    same few items over and over (the five bundled plans 1,704 times for 270 items)."""
    if _ONE_NAME.fullmatch(item) is None:
        # 各镇街、开发区 (各 over the towns, the streets and the zone, one item) ends with a zone's form, but it is no one
        # area: with 丁字湾度假区管委 after it, 管委 made the towns and streets zone committees (各镇街、开发区管委)
        return False
    gazetteer = registry.gazetteer
    if gazetteer.area_word(item) is not None or gazetteer.zone_by_end(item) is not None:
        return True
    form = gazetteer.zone_form(item)
    return form is not None and form[1] == ""


def _committee_ending(registry: Registry, item: str) -> str | None:
    """The committee word ``item`` ends with where it is an area's committee (曲阜文化建设示范区管委会:
    管委会), so that the areas named before it in its list share it (济宁高新区、太白湖新区、…管委会: 济宁
    高新区管委会, the zone the code table lists, rather than the zone as a place)."""
    # 曲阜文化建设示范区管委会(推进办公室): its second name aside; 中韩(长春)国际合作示范区管委会: the host written inside
    # the area's name aside, the area's own words (中韩国际合作示范区) reading as an area
    body = strip_inner_bracket(strip_qualifier(item)[0])[0]
    form = next((form for form in registry.committee_forms_longest_first
                 if body.endswith(form) and len(body) > len(form)), None)
    if form is None:
        return None
    # an area named by its own area word before the word is its committee by the naming rule of areas, whatever place
    # the area lies in, which only the document tells (丁字湾度假区管委 in 莱阳's plan: no name of the registry opens it)
    area = body[:-len(form)]
    return form if names_a_body_alone(body) or not is_place(area) and _names_an_area(registry, area) else None


def _ending_after_a_place(registry: Registry, item: str) -> str | None:
    """What ``item`` has after the place it opens with (吴忠市人民政府: 人民政府), if it is a body."""
    if not names_a_body_alone(item) or strip_etc(item, registry.roles.etc_tails)[1] is not None:
        return None  # a list closed by 等 shares no ending (北京、广州等试点地区)
    for head, _, former in registry.gazetteer.prefixes(fold(item)):
        if len(head) >= len(item):
            continue
        ending = item[len(head):]
        if former:
            # a place by the name it bore at the time (绥芬河市、抚远县人民政府, 黑龙江 2013: 抚远县 is 抚远市 since 2016)
            # opens the body as its current name does; a former name leaving no body's ending gives way to the next
            if _reads_after_a_place(registry, ending):
                return ending
            continue
        return ending if _reads_after_a_place(registry, ending) else None
    return None


def _continues_the_places(registry: Registry, openings: tuple[str, ...], item: str) -> str | None:
    """``item`` read with the quantifier of the places before it when it opens with their level
    word (各区委、区政府: each district's government, not the district's own), else None."""
    places = next((o for o in openings if o.startswith(_EACH) and registry.subordinate.fullmatch(o)), None)
    if places is None:
        return None
    marker = next((m for m, _ in registry.markers if item.startswith(m) and places.endswith(m)), None)
    if marker is None or not names_a_body_alone(_EACH + item):
        return None
    return _EACH + item


@functools.lru_cache(maxsize=1024)
def _ending_after_places_under(registry: Registry, item: str) -> str | None:
    """What a collective of the places under a region has after its phrase of places (各区人民政府: 人民政府; 各县（市、区）
    政府: 政府), if it reads after a place; None for any other item."""
    for end in range(len(item) - 1, 0, -1):
        if registry.subordinate.fullmatch(item[:end]):
            return item[end:] if _reads_after_a_place(registry, item[end:]) else None
    return None


def _divisions_of_one_tier(registry: Registry, items: list[str]) -> bool:
    """Whether ``items`` are all divisions of one tier, counties or cities (大冶市, 阳新县), the places a collective of the
    places under a region stands beside — no new area or zone, which its committee runs (江北新区、各区政府 shares nothing)."""
    places = [registry.gazetteer.find_place(fold(item)) if is_place(item) else None for item in items]
    tiers = {place.region.tier for place in places if place is not None and place.region is not None
             and place.region.level in ("county", "prefecture")}
    return bool(items) and len(tiers) == 1 and all(place is not None and place.region is not None
                                                    and place.region.level in ("county", "prefecture") for place in places)


@functools.lru_cache(maxsize=16384)
def _reads_after_a_place(registry: Registry, rest: str) -> bool:
    """Whether ``rest`` is what a local body's name has after its place (委, 人民政府, 商务局)."""
    return any(names_a_body_alone(marker + rest) for marker, _ in registry.markers)


def _opens_on_its_own(registry: Registry, item: str) -> bool:
    """Whether ``item`` already says whose body it is: a place, a level marker, a naming word."""
    return (is_place(item) or item.startswith(registry.name_parts.own_openings)
            or any(item.startswith(m) and _opens_with_marker(registry, item, m) for m, _ in registry.markers)
            or any(not former and _opens_with_place(registry, item, head)
                   for head, _, former in registry.gazetteer.prefixes(item)))


def _opens_with_place(registry: Registry, item: str, head: str) -> bool:
    """Whether ``item`` opens with the place ``head`` standing as one: the item is a name the
    registry knows (南京海关), what follows is a body's name after a place (安新县 + 委), or the item
    names no body that a place could open (an unknown name keeps its place); not a word that merely
    opens like a place (公安局 is no 局 of 公安县)."""
    rest = item[len(head):]
    return bool(rest) and (recognise(item) or _reads_after_a_place(registry, rest)
                           or not _reads_after_a_place(registry, item))


def _opens_with_marker(registry: Registry, item: str, marker: str) -> bool:
    """Whether ``item`` opens with the level marker ``marker`` standing as one (市财政局: 市 +
    财政局), not as the first character of a stem (市场监管局 is itself what a name has after its
    place) nor of an abbreviation whose rest names nothing after a place (市监局: no 监局)."""
    rest = item[len(marker):]
    return item.startswith(marker) and bool(rest) and item not in registry.compose \
        and not (_reads_after_a_place(registry, item) and not _reads_after_a_place(registry, rest))


def _qualifier_roles(qualifier: str | None, roles: RolePhrases) -> tuple[Role, ...]:
    """The roles of a bracket after one body that is a role phrase (市发展改革委（牵头）)."""
    if not qualifier:
        return ()
    folded = fold(qualifier)
    if roles.compound.fullmatch(folded) is None:
        return ()
    return roles.roles(folded)[0]


def _core(item: str, roles: RolePhrases) -> tuple[str, str | None, bool, str | None]:
    """An item with its closing 等 and its bracketed qualifier taken off.

    A bracket stays when it is part of a registered name (有关省（自治区、直辖市）), or of a
    collective opening with 各 ("each"), whose bracket adds members to the set (各区县（开发区）,
    各街道(功能区)) rather than remarking on one body.
    """
    return _core_of(load_registry(), item, roles.etc_tails)


@functools.lru_cache(maxsize=8192)  # a list's items and their readings are taken apart again and again
def _core_of(registry: Registry, item: str, etc_tails: tuple[str, ...]) -> tuple[str, str | None, bool, str | None]:
    """:func:`_core`, kept for the process: made of the item, the registry (compared by identity,
    never changed once loaded) and the closing words of a list alone."""
    text, qualifier, etc, tail = item, None, False, None
    core, found_tail = strip_etc(text, etc_tails)
    if found_tail is not None and core:
        text, etc, tail = core, True, found_tail
    if not is_exact_name(text, registry) and not text.startswith(_EACH):
        core, found = strip_qualifier(text)
        if found is not None:
            text, qualifier = core, found
    return text, qualifier, etc, tail
