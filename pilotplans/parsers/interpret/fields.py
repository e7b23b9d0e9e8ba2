"""What a prose item says about who does it: the bracket at its end and the field lines after it.

Forms read (the vocabulary is data: ``tasklist.toml`` for brackets, separators and the shapes of
bodies and deadlines; ``columns.toml`` for the labels):

* a bracket ending the item: ``（责任单位：X、Y）``, ``〔牵头单位：X；责任单位：Y〕``, ``[责任单位:X]``,
  with a remark after the bodies (``〔责任单位：X按职责分工负责。具体任务均涉及各区，下同〕``);
* role phrases in a bracket: ``（X牵头，Y、Z配合）``, ``（X、Y負責）``;
* a bracket that only names bodies: ``（市商务局、市发展改革委）``;
* field lines after the item: ``牵头单位：X``, ``协同责任单位：Y``, ``时限要求：…``, ``牵头负责领导：name``,
  one or several on a line;
* a task printed as a card: its text labelled as a table's header labels it (``重点工作：X``,
  ``工作任务：X``, ``具体措施：X``), then field lines (:func:`read_card_text`);
* a convention stated in brackets after a list's bodies (``责任单位:X、Y(第一责任单位为牵头单位,下同)``):
  the list keeps it as printed, and it is the item's remark, read as a convention.

Traditional characters are matched through :func:`~pilotplans.normalizers.simplified.fold`; every
value keeps the text as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pilotplans.normalizers.segment import (
    find_labels,
    find_role_groups,
    mask_enclosed,
    split_clauses,
    split_top,
    strip_mark,
)
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.columns import Label, is_listed_label, longest_label, read_label, task_text_role
from pilotplans.parsers.interpret.conventions import find_conventions
from pilotplans.parsers.interpret.vocabulary import TaskListVocabulary, full_stops_outside_brackets, vocabulary
from pilotplans.patterns import compiled
from pilotplans.textutil import join_fragments

_STOPS = "。．.；;，,、 \t\u3000"
_SEPARATORS = ("。", "．", "；", ";", "，", ",", "、")  # printed between two lists


@dataclass(frozen=True)
class Segment:
    """One list of a bracket or a field line: its label (None for an unlabelled list), the list
    as printed without the label, and how it was printed whole (label, mark and list)."""

    label: Label | None
    text: str
    printed: str
    separator: str | None = None  # what was printed between the previous segment and this one


@dataclass
class Fields:
    """Everything an item's bracket and field lines assign, in printed order."""

    segments: list[Segment] = field(default_factory=list)
    remark: str | None = None
    bracket: bool = False  # read from a bracket (else from field lines)
    alone: bool = False  # a bracket printed on a line of its own, after the item's text
    # a bracket after a sentence's end in lines a reader ran into one paragraph (a page printed as
    # one line): whether it stood on a line of its own is lost
    line_lost: bool = False

    @property
    def assigns(self) -> bool:
        """True when a body or a leader is named (not only a deadline or a remark)."""
        roles = vocabulary().assigning_roles
        return any(s.label is None or s.label.role in roles for s in self.segments)

    def extend(self, other: Fields) -> None:
        self.segments.extend(other.segments)
        self.remark = self.remark or other.remark
        self.bracket = self.bracket or other.bracket
        self.alone = self.alone or other.alone
        self.line_lost = self.line_lost or other.line_lost

    def by_role(self, role: str) -> list[Segment]:
        return [s for s in self.segments if (s.label.role if s.label else "responsibility") == role]

    def value(self, role: str) -> str | None:
        """The value of a role as the records keep it: one list without its label, several lists
        with their labels, joined as printed (by ； where they were printed apart, on field lines)."""
        found = self.by_role(role)
        if not found:
            return None
        if len(found) == 1:
            return found[0].text or None
        parts = [found[0].printed]
        for previous, segment in zip(found, found[1:]):
            adjacent = self.segments.index(segment) == self.segments.index(previous) + 1
            parts.append((segment.separator if adjacent and segment.separator else "；") + segment.printed)
        return "".join(parts)

    def label(self, role: str) -> str | None:
        """The label dropped from a role's only list (责任单位, 牵头单位), if it had one."""
        found = self.by_role(role)
        return found[0].label.text if len(found) == 1 and found[0].label else None


def _field_label(text: str, *, short: bool = False) -> Label | None:
    """A label of a field's role opening ``text`` (责任单位：); with ``short``, also one of the short
    labels a bracket prints (（牵头：X；配合：Y）, columns.toml ``short``)."""
    found = read_label(text, short=short)
    return found if found is not None and found.role in vocabulary().field_roles else None


def _bracket_label(text: str) -> Label | None:
    """A label opening a list inside a bracket ending an item: a field label, a short one, a remark's
    (数据提供单位:, 备注:), whose list :func:`read_bracket_content` keeps as the bracket's remark, or a
    scope's (适用范围:), whose list is where the item applies."""
    found = read_label(text, short=True)
    if found is not None and found.role in (_REMARK_ROLE, SCOPE_ROLE):
        return found
    return found if found is not None and found.role in vocabulary().field_roles else None


# The role of a label whose list, inside an item's bracket, is a remark on the item (数据提供单位：市统计局).
_REMARK_ROLE = "remarks"
# The role of a label whose list, inside an item's bracket, says where the item applies
# (（负责部门：民航局，适用范围：河南自贸试验区）): a scope, the measure's, never one more owner.
SCOPE_ROLE = "scope"


def _ends_list(text: str) -> bool:
    """Whether a list may end where ``text`` ends: after a body's name (…管委会, …市财政局)."""
    return text.rstrip().endswith(vocabulary().body_endings)


def read_segments(text: str, *, labelled_only: bool = False) -> list[Segment] | None:
    """The lists of a bracket's content or a field line, cut at their labels.

    With ``labelled_only`` (a field line) the text must open with a label; otherwise (a bracket's
    content) text before the first label is an unlabelled list, and a bracket's short labels
    (牵头：X；配合：Y) are labels too. Each segment keeps how it was printed, and the
    separator printed before it.
    """
    spans = find_labels(text, _field_label if labelled_only else _bracket_label, _ends_list, longest=longest_label())
    if labelled_only and (not spans or spans[0].start != 0):
        return None
    if not spans:
        body = text.strip().strip(_STOPS)
        return [Segment(label=None, text=body, printed=body)] if body else []
    segments: list[Segment] = []
    head = text[:spans[0].start].strip().strip(_STOPS)
    if head:
        segments.append(Segment(label=None, text=head, printed=head))
    previous_end: int | None = None
    for i, span in enumerate(spans):
        stop = spans[i + 1].start if i + 1 < len(spans) else len(text)
        chunk = text[span.end:stop]
        value_end = span.end + len(chunk.rstrip().rstrip(_STOPS).rstrip())
        label: Label = span.label  # type: ignore[assignment]
        separator = text[previous_end:span.start] if previous_end is not None else None
        segments.append(Segment(label=Label(text=text[span.start:span.end - 1].strip(), role=label.role, body_role=label.body_role),
                                text=text[span.end:value_end].strip(), printed=text[span.start:value_end], separator=separator))
        previous_end = value_end
    return segments


def split_remark(content: str) -> tuple[str, str | None]:
    """A bracket's lists and the remark printed after them (``…负责。具体任务均涉及各区，下同``)."""
    stops = full_stops_outside_brackets(content)
    if stops:
        rest = content[stops[0] + 1:].strip().rstrip("。")
        if rest:
            return content[:stops[0]], rest
    return content, None


_DEADLINE_CUTS = (",", "，", "；", ";")  # what may stand between the last list and a deadline after it


def _split_deadline(segments: list[Segment], words: TaskListVocabulary) -> list[Segment]:
    """Move a deadline printed at the end of the last list (…，6月底完成; …；持续推进) into a
    deadline list."""
    if not segments or not words.deadlines:
        return segments
    last = segments[-1]
    if last.label is not None and last.label.role == "deadline":
        return segments
    cut = max(last.text.rfind(mark) for mark in _DEADLINE_CUTS)
    if cut <= 0 or not words.is_deadline(last.text[cut + 1:]):
        return segments
    kept = last.text[:cut]
    deadline = last.text[cut + 1:].strip()
    label = Label(text="", role="deadline", body_role=None)
    return [*segments[:-1], Segment(label=last.label, text=kept, printed=last.printed[:len(last.printed) - len(last.text)] + kept, separator=last.separator),
            Segment(label=label, text=deadline, printed=deadline, separator=last.text[cut])]


def _split_reporting(segments: list[Segment], words: TaskListVocabulary) -> tuple[list[Segment], str | None]:
    """The lists without a clause at the end of the last one saying how its owners report on the
    item (…负责，按季度报送进展: tasklist.toml ``reporting_clauses``), and that clause, or None."""
    if not segments or not words.reporting:
        return segments, None
    last = segments[-1]
    cut = max(last.text.rfind(mark) for mark in _DEADLINE_CUTS)
    clause = last.text[cut + 1:].strip() if cut > 0 else ""
    if not clause or not any(p.match(fold(clause)) for p in words.reporting):
        return segments, None
    kept = last.text[:cut].rstrip()
    printed = last.printed[:len(last.printed) - len(last.text)] + kept
    return [*segments[:-1], Segment(label=last.label, text=kept, printed=printed, separator=last.separator)], clause


def _is_role_phrase_list(text: str, words: TaskListVocabulary) -> bool:
    """（X牵头，Y、Z配合） / （X、Y负责）: every group ends in a role phrase and names short items."""
    from pilotplans.normalizers.registry import load_registry

    roles = load_registry().roles
    clauses = split_clauses(fold(text))
    if not clauses:
        return False
    for index, clause in enumerate(clauses):
        groups = find_role_groups(clause, index, roles)
        if not groups or any(g.role_phrase is None or not g.items_text for g in groups):
            return False
        for group in groups:
            items = split_top(group.items_text, roles.separators)
            if any(not item or len(item) > words.body_max_length for item in items):
                return False
            # a clause of the item's own ending in a verb that is also a role word (给予资金支持, 省、市
            # 予以支持) names no one: some item must read as a body, a place or a set of bodies
            if not any(_names_someone(item, words) for item in items):
                return False
    return True


def names_bodies_by_role(text: str) -> bool:
    """Whether ``text``, a full stop after it aside, names bodies by their role phrases (财政局、教育局等部门配合。,
    各镇(街道)负责落实。): a cell of bodies printed as a sentence, unlike a notice's paragraph (各单位要高度重视,…)."""
    return _is_role_phrase_list(text.rstrip().rstrip("。"), vocabulary())


def _names_someone(item: str, words: TaskListVocabulary) -> bool:
    from pilotplans.normalizers.resolve import is_place, names_a_collective, recognise

    item = item.strip().removeprefix("由").rstrip("等")
    return item.endswith(words.body_endings) or recognise(item) or is_place(item) or names_a_collective(item)


# What cuts a bracket's list of names into its items (the list separators and the clause stops).
_LIST_CUTS = ("、", "，", ",", "；", ";")


def is_body_list(text: str) -> bool:
    """Whether ``text`` is a list of bodies' names (市商务局、市发展改革委), a full stop after it aside."""
    return _is_body_list(text.rstrip().rstrip("。"), vocabulary())


def _is_body_list(text: str, words: TaskListVocabulary) -> bool:
    """（市商务局、市发展改革委）: every item ends like a body's name, a mark printed before or right after it aside
    (区政府办*、区发改局 under 带*号的为牵头单位: the mark is no part of the name), read off as responsibility reads
    a listed name's mark (``strip_mark`` with the vocabulary's ``name_marks``, the one helper)."""
    items = [strip_mark(i.strip(), words.name_marks)[1] for i in split_top(fold(text), _LIST_CUTS) if i.strip()]
    items = places_joined(items, words)
    return bool(items) and all(len(i) <= words.body_max_length and i.rstrip("等").endswith(words.body_endings) for i in items)


def places_joined(items: list[str], words: TaskListVocabulary) -> list[str]:
    """``items`` (a list's names, split at its 、 and commas) with a phrase of places the 、 of its level words split
    joined again to the government it names: 各市(县)、区政府 and 各市、县人民政府 (无锡 2011: ``(市人保局,各市(县)、区政府)``,
    prose-blind39) are one collective, not 各市 and 区政府. Joined only where the item is places alone (各市, 各市(县))
    and what the next adds after the places' last level word names no body alone (政府, 财政局: no 各市、市发改委), and
    the next is no collective of its own (各县（区）、市直有关部门: the counties and the city's own departments, the
    registry's ``[[collective]]`` phrases, never the tail of a places phrase)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.resolve import is_subordinate_places, names_a_body_alone, names_a_collective

    out: list[str] = []
    index = 0
    while index < len(items):
        item = items[index]
        if (index + 1 < len(items) and not item.endswith(words.body_endings) and is_subordinate_places(item)
                and not names_a_collective(items[index + 1])):
            joined = f"{item}、{items[index + 1]}"
            subordinate = load_registry().subordinate
            end = next((end for end in range(len(joined) - 1, len(item) + 1, -1) if subordinate.fullmatch(joined[:end])), None)
            rest = joined[end:] if end is not None else ""
            if rest and not names_a_body_alone(rest) and names_a_body_alone(joined[end - 1:]):
                out.append(joined)
                index += 2
                continue
        out.append(item)
        index += 1
    return out


def names_bodies(text: str) -> bool:
    """Whether ``text`` is a list of bodies each of which is a body's name, not a phrase that merely
    ends like one: every item names a body the registry knows (县商务局, 各有关部门), or ends in a
    body's kind word that names a kind (管委会, 中心), not one of the ``generic_body_endings``
    (强化部门: a verb phrase)."""
    from pilotplans.normalizers.resolve import names_a_body_alone

    words = vocabulary()
    return is_body_list(text) and all(names_a_body_alone(i) or not i.endswith(words.generic_body_endings)
                                      for i in listed_names(text))


def names_known_bodies(text: str) -> bool:
    """Whether ``text`` is a list of bodies every item of which the registry knows by name on its
    own (县水务局、县住建局): stricter than :func:`is_body_list`, which a sentence's words ending on
    a body's name pass too (考核结果报送县政府, 由县住建局)."""
    from pilotplans.normalizers.resolve import names_a_body_alone

    return is_body_list(text) and all(names_a_body_alone(i) for i in listed_names(text))


def says_whose(item: str) -> bool:
    """Whether a body's name says whose body it is: a name the registry knows (市发改委, 相关部门,
    各区), or one opening with a place or a level marker (市政府督查室, 天水市供电公司)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.resolve import names_a_body_alone

    registry = load_registry()
    folded = fold(item)
    marked = folded.startswith(registry.marker_words)
    if marked and folded.startswith(vocabulary().level_word_nouns):
        marked = False  # 市场化运营机构: the marker opens a word (tasklist.toml ``level_word_nouns``)
    return (names_a_body_alone(item) or marked
            or any(not former for _, _, former in registry.gazetteer.prefixes(folded)))


def names_whose_bodies(text: str) -> bool:
    """Whether ``text`` is a list of bodies each of which says whose body it is (:func:`says_whose`:
    县扶贫移民局, 县代建中心, 市公安局): not a phrase that merely ends as a body's name does, as a
    task table's 完成时限 may print one (按省部署, 按国家部署, 报市政府, 根据省厅: words opening with
    no place and no level marker)."""
    return is_body_list(text) and all(says_whose(name) for name in listed_names(text))


def listed_names(text: str) -> list[str]:
    """The names a list of bodies (see :func:`is_body_list`) lists, each without its 等."""
    items = [i.strip() for i in split_top(fold(text.rstrip().rstrip("。")), _LIST_CUTS) if i.strip()]
    return [i.rstrip("等") for i in places_joined(items, vocabulary())]


# A bracket opening with the leaders who answer for the item, by post, before its bodies' role phrases
# (（分管副省长、协管副秘书长负责，省发展改革委牵头，省工业和信息化厅配合）, 湘政发〔2019〕1号; （由分管副市长负责，…）):
# the posts, their 负责, then the rest after a comma.
_LEADING_POSTS = compiled(r"^\s*(?:由)?(?P<posts>[^，,；;。（）()]{2,60}?)负责\s*(?P<cut>[，,])\s*(?P<rest>\S.*)$", regex.DOTALL)
_LEADER_LABEL = Label(text="", role="leader", body_role=None)


def _leading_posts(content: str, words: TaskListVocabulary) -> tuple[str, str] | None:
    """The posts a bracket's content opens with as answering for the item (分管副省长、协管副秘书长负责，…) and the
    content after them, or None: each item of the list before 负责 ends in a leader's post (tasklist.toml
    ``leader_posts``: a person, never a body), and the list is short."""
    match = _LEADING_POSTS.match(content)
    if match is None:
        return None
    if not all(names_a_post(post.strip(), words) for post in match["posts"].split("、")):
        return None
    return match["posts"].strip(), match["rest"]


def names_a_post(text: str, words: TaskListVocabulary) -> bool:
    """Whether ``text`` names a leader by his or her post (杨志武副市长, 市政府分管副秘书长, 分管副省长): short,
    and ending in a leader's post (tasklist.toml ``leader_posts``: a person, never a body)."""
    return 0 < len(text) <= words.body_max_length and fold(text).endswith(words.leader_posts)


# A label a converter broke with a wrap space (牵 头单位:, 责任 单位：: the 2023 campaign's document-site copy,
# prose-blind37): the run of Chinese characters on each side of one space, right before a label's colon.
_LABEL_GAP = compiled(r"(?P<left>\p{Han}{1,8})[ \u3000](?P<right>\p{Han}{1,6})(?=[:：])")
_HAN = compiled(r"\p{Han}")
# A run of Chinese characters closing a text, ended by a colon (the label before a value: 牵头单位:).
_LABEL_BEFORE = compiled(r"(\p{Han}{1,8})[:：]$")


def close_label_gaps(content: str) -> str:
    """``content`` with the wrap space inside a label taken out where the label is certain: the characters
    before the space that close it and those after it, up to a colon, are one of the vocabulary's owners' labels
    whole, and the label opens its run of characters or follows another label's list (牵 头单位: → 牵头单位:,
    牵头单位:乡村振兴办责任 单位: → …乡村振兴办责任单位:). A space between words that make no label, a label with no
    colon after it (牵 头 in a sentence), or a label's words closing a sentence's run (请各街道确定责任 单位:,
    市发改委牵头 单位：, whose join would make the sentence a label and its rest owners) stay as printed."""
    if " " not in content and "\u3000" not in content:
        return content
    text, at = content, 0
    while (found := _LABEL_GAP.search(text, at)) is not None:
        space = found.end("left")
        if _closes_a_label(text, found):
            text, at = text[:space] + text[space + 1:], space
        else:
            at = space + 1
    return text


def _closes_a_label(text: str, found: regex.Match[str]) -> bool:
    """Whether the characters around ``found``'s space close an owners' label that opens its run of characters
    or follows another owners' label's list (乡村振兴办责任 单位: after 牵头单位:)."""
    left, right = found["left"], found["right"]
    run = found.start("left")
    while run > 0 and _HAN.match(text, run - 1):
        run -= 1
    for size in range(len(left), 0, -1):
        if not is_owners_label(left[-size:] + right):
            continue
        return found.end("left") - size == run or _after_owners_label(text[:run])
    return False


def _after_owners_label(before: str) -> bool:
    """Whether ``before`` ends with an owners' label's colon (牵头单位:), the run after it that label's list run
    into the next label (乡村振兴办责任 单位:)."""
    found = _LABEL_BEFORE.search(before)
    return found is not None and any(is_owners_label(found[1][-size:]) for size in range(len(found[1]), 0, -1))


def is_owners_label(text: str) -> bool:
    """Whether ``text`` is one of the vocabulary's owners' labels whole (牵头单位, 责任单位)."""
    label = read_label(text)
    return label is not None and label.body_role is not None and is_listed_label(text)


def read_bracket_content(content: str) -> Fields | None:
    """The Fields a bracket's content assigns, or None when the bracket is not a responsibility.

    Leaders named by post before the bodies (分管副省长、协管副秘书长负责，省发展改革委牵头，…) are the item's
    leader, never a body; the rest is read as a bracket's content alone."""
    words = vocabulary()
    content = close_label_gaps(content)
    leading = _leading_posts(content, words)
    if leading is not None:
        fields = read_bracket_content(leading[1])
        if fields is None or not fields.assigns:
            return None
        fields.segments.append(Segment(label=_LEADER_LABEL, text=leading[0], printed=leading[0]))
        return fields
    main, remark = split_remark(content)
    segments = _owners_after_scope(read_segments(main) or [], words)
    # a remark's labelled list (数据提供单位：市统计局) names no owner: the bracket's remark, where lists of
    # owners stand beside it; a bracket of remarks alone is no responsibility
    noted = [s for s in segments or [] if s.label is not None and s.label.role == _REMARK_ROLE]
    segments = [s for s in segments or [] if s not in noted]
    if not segments:
        return None
    # a deadline after the lists (…配合，2024年底前完成) is no part of them: judged without it
    segments = _split_deadline(segments, words)
    # nor is a clause saying how the owners report (…负责，按季度报送进展): it is the bracket's remark
    segments, reporting = _split_reporting(segments, words)
    if all(s.label is None or s.label.role == "deadline" for s in segments):
        text = segments[0].text
        if segments[0].label is not None:
            return None
        if not (_is_role_phrase_list(text, words) or _is_body_list(text, words)):
            # A convention after the list and a comma (（X、Y负责，排在第一位的部门为牵头部门，下同）):
            # the list is judged without it; it stays in the list as printed, and is the remark.
            # So it is where a remark follows the list after a full stop too ((X、Y,各县市、区政府,列第一位的为牵头单位,
            # 下同。以下均需各县市、区政府落实,不再列出), 嘉兴 2023: prose-blind34) — where that remark names no body
            # but by a convention of its own: a remark naming owners ((X、Y,列第一位的为牵头单位,下同。Z配合)) would
            # be taken off the list with the clause, its owners lost, so the list is judged with its clause there.
            clause = _stated_clause(text) if remark is None or _names_no_owner(remark) else None
            head = text[:len(text) - len(clause)].rstrip(" \t\u3000，,") if clause else ""
            if remark is None and clause is None and (clause := stated_remark(text)) is not None:
                # A convention in brackets after one of the bodies (（县市场监管局（首位单位为牵头单位，下同）、县审批局）):
                # the list is judged without the note, which stays in it as printed and is the remark.
                head = _without_note(text, clause)
            if not head or not (_is_role_phrase_list(head, words) or _is_body_list(head, words)):
                # the remark after a full stop, or the clause after a comma, may say the list names bodies
                if not (_listed_by_its_remark(head if clause else text, clause or remark, words)
                        or clause is not None and _listed_by_its_remark(head, remark, words)):
                    return None
    qualifier = None
    if len(segments) > 1 and segments[0].label is None and all(s.label is not None for s in segments[1:]):
        head = segments[0].text
        if not (_is_role_phrase_list(head, words) or _is_body_list(head, words)):
            # A word on the item before its labelled lists (（预期性指标，牵头单位：…；责任单位：…）) names no body.
            qualifier, segments = head, segments[1:]
            segments[0] = Segment(label=segments[0].label, text=segments[0].text, printed=segments[0].printed, separator=None)
    if remark is None:
        remark = stated_remark(segments[-1].text) or _stated_clause(segments[-1].text)
    else:
        last = segments[-1]
        tail = main[len(main.rstrip()):] + "。" + content[len(main) + 1:].strip().rstrip("。")
        segments[-1] = Segment(label=last.label, text=last.text + tail.strip(), printed=last.printed + tail.strip(), separator=last.separator)
        if (clause := _stated_clause(last.text)) is not None:
            remark = f"{clause}；{remark}"  # the list's own last clause states one too, before the full stop
    if reporting is not None:
        remark = f"{reporting}；{remark}" if remark else reporting
    if qualifier is not None:
        remark = f"{qualifier}；{remark}" if remark else qualifier
    if noted:
        remark = "；".join([*([remark] if remark else []), *(s.printed for s in noted)])
    return Fields(segments=segments, remark=remark, bracket=True)


_SCOPE_CUTS = ("，", ",", "；", ";")  # what may stand between a scope's list and owners printed after it


def _owners_after_scope(segments: list[Segment], words: TaskListVocabulary) -> list[Segment]:
    """The lists with owners printed after a scope's list (（适用范围：全市，市商务局负责）) split off it as an
    unlabelled list: a scope names where the item applies, so clauses after it that name bodies by a role
    phrase (…负责, …牵头，…配合) are who carries the item out, never more of the scope."""
    kept: list[Segment] = []
    for segment in segments:
        if segment.label is None or segment.label.role != SCOPE_ROLE:
            kept.append(segment)
            continue
        text = segment.text
        cut = next((i for i, mark in enumerate(text) if mark in _SCOPE_CUTS and i > 0
                    and _is_role_phrase_list(text[i + 1:].strip(), words)), None)
        if cut is None:
            kept.append(segment)
            continue
        scope = text[:cut].rstrip()
        owners = text[cut + 1:].strip()
        printed = segment.printed[:len(segment.printed) - len(text)] + scope
        kept.append(Segment(label=segment.label, text=scope, printed=printed, separator=segment.separator))
        kept.append(Segment(label=None, text=owners, printed=owners, separator=text[cut]))
    return kept


# The conventions that say how to read a list's bodies (which leads, what the others do).
_LIST_READINGS = ("first_lead", "others_role", "marked_lead", "marked_role")


def _listed_by_its_remark(text: str, remark: str | None, words: TaskListVocabulary) -> bool:
    """（市发改委、市农委、中储粮某直属库。排名第一的为牵头单位，下同）: a remark after the list saying
    which of its bodies leads, or what role the others take, tells that the list names bodies,
    though some of them (an enterprise, a depot) end in no body's word. Read so when the list has
    several short names, the first (the one the remark ranks first) reads as a body and at least half
    of them do: a grain plan's list names as many firms as offices; otherwise the bracket is no list."""
    if remark is None or not any(c.kind in _LIST_READINGS for c in find_conventions(remark)):
        return False
    items = [i.strip() for i in split_top(fold(text), _LIST_CUTS) if i.strip()]
    if len(items) < 2 or any(len(i) > words.body_max_length for i in items):
        return False
    return _names_someone(items[0], words) and 2 * sum(_names_someone(i, words) for i in items) >= len(items)


def _names_no_owner(remark: str) -> bool:
    """Whether a bracket's ``remark`` after its full stop names no owner of the item: it names no body, alone or by
    its role (市交通运输局配合, 各县(市、区)政府负责落实), or it states a convention (以下均需各县市、区政府落实,不再列出), whose bodies the convention places."""
    return bool(find_conventions(remark)) or not (names_bodies(remark) or names_bodies_by_role(remark))


def _stated_clause(text: str) -> str | None:
    """The convention a list states in its last clauses, after a comma or a semicolon (…各县市区，以下均需
    各县市区落实，不再逐一列出; …按职责分工负责;以下均需各市、县级政府负责,不再列出): the shortest run of clauses at
    its end that states one, or None."""
    for position in range(len(text) - 1, 0, -1):
        if text[position] in "，,；;" and find_conventions(clause := text[position + 1:].strip()):
            return _with_its_condition(text, position, clause)
    return None


def _with_its_condition(text: str, position: int, clause: str) -> str:
    """``clause`` (``text`` after ``position``) with the condition it is stated for, when the clause before
    it is one (…贵安新区市场监管局;若工作涉及多个处室的,列第一的为牵头责任处室,下同: tasklist.toml
    ``convention_conditions``): a condition names no body."""
    cut = max(text.rfind(mark, 0, position) for mark in "，,；;")
    if cut < 0 or not any(p.match(fold(text[cut + 1:position].strip())) for p in vocabulary().convention_conditions):
        return clause
    return text[cut + 1:].strip()


@dataclass(frozen=True)
class Tail:
    """A responsibility bracket found at the end of an item's text."""

    text: str  # the item's text without the bracket
    fields: Fields
    bracket: str  # the bracket as printed


def find_tail(text: str) -> Tail | None:
    """The responsibility bracket ending ``text`` (before a closing 。, if any), or None. A deadline
    printed after the bracket (…。（责任单位：市商务局）2025年6月底前: a table's 完成时限 cell run on
    after its 责任单位 cell) is read into the bracket's fields when the bracket names who does it."""
    words = vocabulary()
    found = _tail(text, words) or _tail_inside_text_bracket(text, words)
    if found is not None:
        return found
    stripped = text.rstrip().rstrip(words.after_bracket)
    closers = set(words.closers.values())
    at = max((i for i, char in enumerate(stripped) if char in closers), default=-1)
    rest = stripped[at + 1:].strip(words.after_bracket)
    if at <= 0 or not rest or not words.is_deadline(rest):
        return None
    found = _tail(stripped[:at + 1], words)
    if found is None or not found.fields.assigns:
        return None
    found.fields.segments.append(Segment(label=_AFTER_BRACKET_DEADLINE, text=rest, printed=rest))
    return Tail(text=found.text, fields=found.fields, bracket=stripped[len(found.text.rstrip()):].strip())


# A round bracket's openers and closers (a page may close a full-width bracket with a half-width one).
ROUND_OPENERS = ("（", "(")
ROUND_CLOSERS = ("）", ")")


def unclosed_round(text: str) -> int:
    """How many round brackets ``text`` opens and does not close (negative where it closes more)."""
    return sum(text.count(o) for o in ROUND_OPENERS) - sum(text.count(c) for c in ROUND_CLOSERS)


def _tail_inside_text_bracket(text: str, words: TaskListVocabulary) -> Tail | None:
    """The owners' bracket closing an item's text inside a round bracket the text opened, the page closing that
    bracket after the owners' (…研发机构(实验室、工程中心等,给予奖励。(责任单位:市科技局、市财政局)), a 建德 page):
    read without the last closer, where the text before the owners' bracket leaves one round bracket open, or none
    (…奖励。(责任单位:市科技局)): a stray closer no bracket of the text opened, part neither of the text nor of the
    last body's name); or None (the owners were lost, the item warned as naming none)."""
    stripped = text.rstrip().rstrip(words.after_bracket).rstrip()
    if not stripped.endswith(ROUND_CLOSERS):
        return None
    found = _tail(stripped[:-1], words)
    if found is None or not found.fields.assigns or unclosed_round(found.text) not in (0, 1):
        return None
    return Tail(text=found.text, fields=found.fields, bracket=found.bracket + stripped[-1])


# A responsibility printed in lenticular or square brackets before the item's text, the lead
# first (1.【市商务局】放宽外资准入。, 2.[市金融办、市商务局]优化跨境结算。).
_LEAD_BRACKET = compiled(r"^[ \t\u3000]*(?P<bracket>[【\[［](?P<content>[^【】\[\]［］]{2,60})[】\]］])[ \t\u3000]*(?P<rest>\S.*)$", regex.DOTALL)


def find_lead(text: str) -> Tail | None:
    """The responsibility bracket opening ``text`` (【市商务局】放宽…), or None: a bracket whose
    content names who does the item, not a field's label (【牵头单位】市商务局, read as a field line),
    a heading or an emphasis (【重点任务】, 【新增】), with the item's text after it, itself no list of
    bodies (a sentence's stop ends a task: 推行一网通办。 names an office only by its last word)."""
    found = _LEAD_BRACKET.match(text)
    if found is None or _field_label(found["content"].strip()) is not None:
        return None
    fields = read_bracket_content(found["content"])
    rest = found["rest"].strip()
    if fields is None or not fields.assigns or (is_body_list(rest) and not rest.endswith(("。", "；", ";"))):
        return None  # the rest a list of bodies, not a sentence (【市商务局】市财政局、市税务局)
    tail = find_tail(rest)
    if tail is not None and tail.fields.by_role("responsibility"):
        return None  # the item names who does it at its end (【海关】推进通关便利化。（责任单位：宜昌海关）): a topic
    return Tail(text=found["rest"], fields=fields, bracket=found["bracket"])


# The label of a deadline printed after the bracket, without one of its own.
_AFTER_BRACKET_DEADLINE = Label(text="", role="deadline", body_role=None)


def _tail(text: str, words: TaskListVocabulary) -> Tail | None:
    """The responsibility bracket ending ``text`` (before a closing 。, if any), or None."""
    stripped = text.rstrip()
    trailing_start = len(stripped)
    while trailing_start > 0 and stripped[trailing_start - 1] in words.after_bracket:
        trailing_start -= 1
    body, trailing = stripped[:trailing_start], stripped[trailing_start:]
    if not body or body[-1] not in words.closers.values():
        return None
    opening = _opening(body, words)
    if opening is None or opening == 0:
        return None
    content = body[opening + 1:-1]
    fields = read_bracket_content(content)
    if fields is None:
        return None
    before = body[:opening].rstrip()
    if _signed_after_text(before, content):
        return None
    return Tail(text=before + trailing.strip(" \t\u3000"), fields=fields, bracket=body[opening:])


# Where a sentence ends inside an item's text.
_SENTENCE_STOP = compiled(r"[。；;！？!?]")


def _signed_after_text(before: str, content: str) -> bool:
    """Whether a bracket closing an item's text is the second name of a body whose name alone follows the
    text's last sentence (…公示名单。湘西州住房和城乡建设局(州人民防空办公室): the page's signature run into its
    last numbered line, 附件:1.… / 2.…), not the item's owners: one name after a body's name
    (:func:`_second_name`) that is all of its sentence."""
    last = _SENTENCE_STOP.split(before)[-1].strip()
    return bool(last) and last != before.strip() and _second_name(before, content) and is_body_list(last)


def bracket_alone(text: str) -> str | None:
    """What a line that is nothing but one bracket holds (（2024年6月底前完成阶段任务）, a closing 。
    allowed), or None for a line holding anything else."""
    words = vocabulary()
    body = text.strip().rstrip(words.after_bracket).rstrip()
    if not body or body[-1] not in words.closers.values() or _opening(body, words) != 0:
        return None
    return body[1:-1]


def read_bracket_alone(text: str) -> Fields | None:
    """The Fields a line that is nothing but one responsibility bracket assigns (（责任单位：市商务局）,
    a closing 。 allowed), or None: a line holding anything else, or a bracket naming no one."""
    content = bracket_alone(text)
    if content is None:
        return None
    fields = read_bracket_content(content)
    if fields is None or not fields.assigns:
        return None
    fields.alone = True
    return fields


@dataclass(frozen=True)
class SentenceOwners:
    """The brackets of owners closing sentences inside an item's text, before its tail."""

    text: str  # the item's text without them
    fields: Fields  # what they assign, in printed order; its remark, theirs joined by ；
    remarks: tuple[str, ...] = ()  # the remark each printed after its lists (…负责。列第一位的为牵头部门，下同)


def find_sentence_owners(text: str, tail: Fields | None) -> SentenceOwners | None:
    """The lists of owners printed in brackets at the end of sentences inside ``text`` (an item's
    text, its tail bracket ``tail`` already taken off): ``…场景应用（区市场局、区行政服务中心）。
    优化…跑动（区市场局、区大数据中心）。为…便利度（区市场局）。``. None when there is none.

    Evidence, beside the tail: a bracket closing a sentence (a ``。`` or ``；`` after it, or printed
    after the sentence's ``。`` with the next sentence following: ``…准入环境。（市场监管总局负责）加强…``) whose
    content reads as the tail's does (a list of bodies, a role-phrase list or a labelled list, as
    :func:`read_bracket_content` reads it; unlabelled when the tail is unlabelled) and opens with
    no word that makes it an aside (含…, 以下简称…: tasklist.toml ``aside_openers``), and is no
    body's second name (市商务局（市口岸办）。: one name after a body's name). A bracket saying who does
    the clause by a role phrase (…落实…政策（X、Y负责），建设…（X牵头）。) closes its clause before a comma too.
    Without a tail (an item whose last sentence names no owner: a page cut inside it), only brackets
    that say so by a role phrase or a label count."""
    found = sentence_brackets(text, tail)
    if not found:
        return None
    kept, previous, owners = [], 0, Fields(bracket=True)
    remarks = tuple(fields.remark for _, _, fields in found if fields.remark)
    for start, end, fields in found:
        kept.append(text[previous:start].rstrip())
        previous = end
        owners.extend(fields)
    owners.remark = "；".join(remarks) or None
    kept.append(text[previous:])
    return SentenceOwners(text="".join(kept), fields=owners, remarks=remarks)


def sentence_brackets(text: str, tail: Fields | None) -> list[tuple[int, int, Fields]]:
    """Each bracket of owners closing a sentence inside ``text`` as :func:`find_sentence_owners` reads them: where it
    opens, where it ends and what it assigns, in printed order."""
    words = vocabulary()
    labelled = _labelled(tail) if tail is not None else None
    masked = mask_enclosed(text)
    found: list[tuple[int, int, Fields]] = []
    for position, char in enumerate(masked):
        if char not in words.closers.values():
            continue
        after = text[position + 1:].lstrip(" \t\u3000")[:1]
        closes = after in ("。", "；", ";")
        if not closes and not text[position + 1:].strip(" \t\u3000"):
            continue
        opening = _opening(text[:position + 1], words)
        if not opening:
            continue
        content = text[opening + 1:position]
        by_role = _says_by_role(content, words)
        if not (closes or (after in ("，", ",") and by_role) or text[:opening].rstrip(" \t\u3000")[-1:] in ("。", "；", ";")):
            continue
        fields = read_bracket_content(content)
        if fields is None or fold(content).lstrip().startswith(words.aside_openers) or _second_name(text[:opening], content):
            continue
        has_labels = _labelled(fields)
        if (has_labels != labelled) if labelled is not None else not (has_labels or by_role):
            continue
        found.append((opening, position + 1, fields))
    return found


def _labelled(fields: Fields) -> bool:
    """Whether a bracket's lists are labelled (牵头单位：X): leaders named by post before them label none."""
    return any(s.label is not None and s.label is not _LEADER_LABEL for s in fields.segments)


def _says_by_role(content: str, words: TaskListVocabulary) -> bool:
    """Whether a bracket's content names who does the item by role phrases (X牵头，Y配合 / X、Y负责), leaders
    named by post before them and a remark after a full stop aside."""
    leading = _leading_posts(content, words)
    main, _ = split_remark(leading[1] if leading is not None else content)
    return bool(main.strip()) and _is_role_phrase_list(main.strip(), words)


def _second_name(before: str, content: str) -> bool:
    """Whether a bracket of one name printed after a body's name is that body's second name
    (市商务局（市口岸办）), not a list of owners (便民服务站（区民政局、各街道办事处）)."""
    names = [n for n in split_top(content, _LIST_CUTS) if n.strip()]
    return len(names) == 1 and _ends_list(before)


# A bracket's half-width and full-width forms, one kind: a copy may open a bracket in one and
# close it in the other ((牵头单位:市发改委；配合单位：市财政局）).
_ONE_WIDTH = str.maketrans("()[]", "（）［］")


def _opening(text: str, words: TaskListVocabulary) -> int | None:
    """Where the bracket that closes at the end of ``text`` opens (brackets of any kind nest; a
    bracket's half- and full-width forms pair)."""
    closer = text[-1].translate(_ONE_WIDTH)
    openers = {c: o for o, c in words.closers.items()}
    stack: list[str] = []
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char in openers:
            stack.append(openers[char].translate(_ONE_WIDTH))
        elif char in words.closers:
            if not stack or stack[-1] != char.translate(_ONE_WIDTH):
                return None
            stack.pop()
            if not stack:
                return index if words.closers[char].translate(_ONE_WIDTH) == closer else None
    return None


_LAST_NAME = compiled(r"[^、，,；;\s]+$")


def join_owner_rows(before: str, after: str) -> str:
    """An owners' cell joined to what the row under its measure prints in its column alone (the row's number
    and task cells blank): with 、 where the last name above and the row below each name a whole body alone
    and the two run together name none (市市场监管局 over 市商务局, 人行市分行 over 市外汇局: a co-owner the
    table prints in a row of its own, under a measure whose task cell is merged or printed once); else as one
    text a line wrap or a page break cut (市市场监 / 管局; 国家税务总局 / 厦门市税务局 and 福建省 / 福州市人民政府,
    one body's name cut where a shorter name ends, as :func:`join_fragments` joins), as where the name above
    heads organs named after it (市委 / 市直机关工委: the committee's working committee, one body). Whether a
    line names a whole body is the registry's to say, never its first character: 福建省 and 福州市… open
    alike and are one name, 人行市分行 and 市外汇局 open unlike and are two. A line the registry does not know
    starts a name of its own only under a section (:func:`_section`: 綜合科 / 辦公室 / 各業務科室, a county bureau's
    sections one a row, read 綜合科、辦公室、各業務科室), a section holding no section beside it; under a body of any
    other kind it may be that body's own part (县文化和旅游局 / 办公室, 县民政局 / 社会事务股, 区住房保障中心 / 办公室,
    市场监督管理局 / 经济检查大队: one name a wrap cut), joined as before."""
    from pilotplans.normalizers.resolve import heads_organs_named_after_it, names_a_body_alone

    last = _LAST_NAME.search(before.rstrip())
    after = after.strip()
    if (last is not None and after and _listed_apart(last.group(), after)
            and not names_a_body_alone(last.group() + after) and not heads_organs_named_after_it(last.group())):
        return f"{before.rstrip()}、{after}"
    return join_fragments(before, after)


_OWNER_LINE = compiled(r"^\p{Han}+$")


def _listed_apart(last: str, after: str) -> bool:
    """Whether two owners' lines printed one a row name two bodies: both known to the registry alone (市财政局 /
    市审计局), or the upper a section (:func:`_section`) and the lower another section or a known body. An upper line
    of any other kind (a 中心, 馆, 局 the registry does not know) may head the section below it, one body."""
    from pilotplans.normalizers.resolve import names_a_body_alone

    if names_a_body_alone(last) and names_a_body_alone(after):
        return True
    return _section(last) and (_section(after) or names_a_body_alone(after))


def _section(name: str) -> bool:
    """Whether one printed line of an owners' column names a body's internal section the registry does not know: a
    name closing with a section's kind word (cell_kinds.toml ``section_endings``: 綜合科, 辦公室, 各業務科室, 社会事务股)
    with more before it than the word (not 科 or 室 alone, the end of a name a line break cut), of Han characters
    only and no longer than a body's name. A line that ends no name (縣政務服務) or another kind (中心) is none."""
    from pilotplans.normalizers.resolve import names_a_body_alone
    from pilotplans.parsers.text.kinded_cells import cell_kinds

    if names_a_body_alone(name):
        return False
    folded = fold(name)
    ending = next((e for e in cell_kinds().section_endings if folded.endswith(e)), None)
    return (ending is not None and len(folded) > len(ending) and len(folded) <= vocabulary().body_max_length
            and _OWNER_LINE.match(folded) is not None)


def join_labelled_lists(text: str) -> str:
    """A cell's labelled lists joined by ``；`` where the cell printed them on lines of their own
    (牵头单位：X\n责任单位：Y in a DOCX or web page, 牵头单位：X责任单位：Y where a PDF joins a cell's
    lines), so that every format reads 牵头单位：X；责任单位：Y; a separator or a space printed
    between them is kept, and so is any other text."""
    spans = find_labels(text, _field_label, _ends_list, longest=longest_label())
    if len(spans) < 2 or spans[0].start != 0:
        return text
    pieces, previous = [], 0
    for span in spans[1:]:
        value_end = len(text[:span.start].rstrip())
        gap = text[value_end:span.start]
        pieces.append(text[previous:value_end])
        broken = not gap or "\n" in gap  # a line break, or lines a PDF joined
        pieces.append("；" if broken and not text[:value_end].endswith(_SEPARATORS) else gap)
        previous = span.start
    pieces.append(text[previous:])
    return "".join(pieces)


# A label printed in lenticular brackets instead of before a colon: 【牵头单位】市商务局.
_BRACKETED_LABEL = compiled(r"[【〖［\[]\s*(?P<label>\p{Han}{2,10})\s*[】〗］\]]")


def _colon_labels(text: str) -> str:
    """``text`` with each field label printed in brackets (【牵头单位】X【配合单位】Y) printed
    before a colon instead (牵头单位：X；配合单位：Y); other bracketed words stay."""
    def colon(match: regex.Match[str]) -> str:
        if _field_label(match["label"]) is None:
            return match.group(0)
        return ("；" if match.start() > 0 else "") + match["label"] + "："
    return _BRACKETED_LABEL.sub(colon, text)


def read_field_line(text: str) -> Fields | None:
    """The Fields of a line that opens with a field label (牵头单位：X, 时限要求：…, or in
    brackets: 【牵头单位】X), or None."""
    segments = read_segments(_colon_labels(text.strip()), labelled_only=True)
    if not segments or any(s.label is None for s in segments):
        return None
    segments, cards = _without_run_in_card(segments)
    segments = _owners_after_value(segments)
    # The remark closes the list it speaks of, which need not be the line's last field: a page that
    # lost its line breaks runs the next field in (责任单位：X、Y(第一责任单位为牵头单位,下同)时限要求：…).
    stated = next(filter(None, (stated_remark(s.text) for s in reversed(segments))), None)
    return Fields(segments=segments, remark="；".join(filter(None, (stated, *cards))) or None)


_LABEL_COLON = compiled(r"[:：]")
_HAN_CHAR = compiled(r"\p{Han}")


def _without_run_in_card(segments: list[Segment]) -> tuple[list[Segment], list[str]]:
    """Each segment's value ended where a card's label of a task's text runs straight into it, no mark between
    (责任人:姜晓水主要任务:在巩固…: a copy that lost the card's line breaks), and the label with what follows it, the
    task's text as printed (主要任务:在巩固…), apart: no person's name, kept as the measure's remark rather than read
    into the value."""
    out: list[Segment] = []
    cards: list[str] = []
    for segment in segments:
        names_who = segment.label is not None and segment.label.role in vocabulary().assigning_roles
        cut = _run_in_card(segment.text) if names_who else None
        if cut is None:
            out.append(segment)
            continue
        at, printed = cut
        out.append(Segment(label=segment.label, text=segment.text[:at].strip(),
                           printed=segment.printed[:segment.printed.find(segment.text) + at], separator=segment.separator))
        cards.append(printed)
    return out, cards


def _run_in_card(value: str) -> tuple[int, str] | None:
    """Where a card's label of a task's text (主要任务, 工作任务: columns ``task_text_role``) begins inside ``value``, run
    straight on after a Chinese character and closed by a colon, and the label with what follows it as printed; None
    if none. The label is the longest the vocabulary lists whole before the colon (…市工信局具体措施: is 具体措施, never
    工信局具体措施 cutting the body's name), of at least ``_CARD_LABEL_MIN`` characters (年度任务: is no bare 任务 run
    in), outside brackets (…（年度任务：新增学位…）is the value's own note), and the first of the value (no colon before
    it: a value labelling its own words, …；备注:按照全年重点工作:…, is no card run in)."""
    masked = mask_enclosed(value)
    for colon in _LABEL_COLON.finditer(value):
        if masked[colon.start()] != value[colon.start()] or _LABEL_COLON.search(value, 0, colon.start()) is not None:
            return None
        for begin in range(max(1, colon.start() - _CARD_LABEL_MAX), colon.start() - _CARD_LABEL_MIN + 1):
            label = value[begin:colon.start()]
            if not is_listed_label(label):
                continue
            if task_text_role(label) is not None and _HAN_CHAR.match(value[begin - 1]):
                return begin, value[begin:].strip()
            break
    return None


def _owners_after_value(segments: list[Segment]) -> list[Segment]:
    """A field line whose last value names no one is followed by the item's owners' bracket
    (完成时限：2023年底前（责任单位：市商务局）, a line the bracket was printed on ran into the field
    line): the bracket is the item's owners, not part of the deadline. A value of owners keeps its
    bracket (市商务局（牵头）), and so does a bracket holding a remark (read with the value, as before)."""
    last = segments[-1]
    if last.label is None or last.label.role in vocabulary().assigning_roles:
        return segments
    tail = find_tail(last.text)
    if tail is None or not tail.fields.assigns or tail.fields.remark is not None or not tail.text.strip(_STOPS):
        return segments  # a remark in the bracket would be lost with it: left as printed
    if _speaks_of_the_value(tail.bracket[1:-1], tail.fields):
        return segments
    value = tail.text.strip().rstrip(_STOPS)
    kept = Segment(label=last.label, text=value, printed=last.printed[:last.printed.rindex(last.text)] + value,
                   separator=last.separator)
    return [*segments[:-1], kept, *tail.fields.segments]


# A time named in a bracket's unlabelled words (每年12月底前, 2024年6月, 第三季度, 年底): the bracket speaks of
# the deadline it follows, not of who does the item.
_TIME_WORDS = compiled(r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})\s*(?:年|月|日|季度)|每(?:年|月|季|周|旬|半年)|年[底内中末]")


def _speaks_of_the_value(content: str, fields: Fields) -> bool:
    """Whether a bracket after a field's value remarks on that value rather than naming the item's
    owners: it opens with an aside's word (以下简称市物流办: tasklist.toml ``aside_openers``), or its
    unlabelled words name a time (每年12月底前报送市商务局), a deadline split off aside, or are neither
    a list of role phrases (市财政局配合) nor of bodies' names (各区政府): a condition on the value that
    merely ends like a body (视国家部署)."""
    from pilotplans.normalizers.resolve import names_a_body_alone

    words = vocabulary()
    if fold(content).lstrip().startswith(words.aside_openers):
        return True
    unlabelled = [s.text for s in fields.segments if s.label is None]
    return any(_TIME_WORDS.search(text) for text in unlabelled) or not all(
        _is_role_phrase_list(text, words)
        or all(names_a_body_alone(i.strip().rstrip("等")) for i in split_top(fold(text), _LIST_CUTS) if i.strip())
        for text in unlabelled)


# Characters of a text's opening in which a field label and its colon stand (a label is at most
# ten characters, brackets and spaces aside).
_OPENING_WINDOW = 64


def opens_field_line(text: str) -> bool:
    """Whether ``text`` opens with a field label, as :func:`read_field_line` reads one, told from
    its first characters alone.

    What tells a label (its characters, the brackets it stands outside, the traditional forms
    folded) is read left to right, so the opening decides it. A page printed as one line is cut
    into its lines by asking this at every sentence's end; reading the whole rest each time made a
    page of 17,000 characters take 4 s, five sixths of it here."""
    return read_field_line(text.lstrip()[:_OPENING_WINDOW]) is not None


@dataclass(frozen=True)
class CardText:
    """The text of a task printed as a card of labelled lines (重点工作：X / 牵头单位：Y / …)."""

    label: str  # as printed, without its colon
    role: str  # the label's role in a table's header: text (具体措施) or task (重点工作), which groups texts
    text: str


_CARD_LABEL_MAX = 8  # characters of the longest label of a task's text
_CARD_LABEL_MIN = 3  # characters of the shortest label of a task's text read run into a value (主要任务, not 任务)


def read_card_text(line: str) -> CardText | None:
    """The labelled text of a task, when ``line`` opens with a label of the header vocabulary that
    names a task's text (roles ``text`` and ``task``: 重点工作：…, 工作任务：…, 任务内容：…,
    具体措施：…) followed by the text itself; None otherwise (a line that is only a label, such as
    a heading 主要任务：, labels no text)."""
    stripped = line.strip()
    colon = min((i for i in (stripped.find("："), stripped.find(":")) if i > 0), default=-1)
    if colon < 0:
        return None
    label, text = stripped[:colon].strip(), stripped[colon + 1:].strip()
    role = task_text_role(label) if len(label) <= _CARD_LABEL_MAX else None
    if not text or role is None:
        return None
    return CardText(label=label, role=role, text=text)


def stated_remark(text: str) -> str | None:
    """The convention a list states in brackets after its bodies, or None:
    ``市发改委、市财政局(第一责任单位为牵头单位,下同)`` → ``第一责任单位为牵头单位,下同``, or after
    one of them (``县发改局（首位单位为牵头单位，下同）、县财政局``: the note printed where the body it
    speaks of stands). The list keeps it as printed; a bracket that states no convention
    (各县市区人民政府(管委会), 市商务局（牵头）) is part of a body's name or its role."""
    if not any(map(text.__contains__, vocabulary().closers.values())):
        return None  # no piece can close with a bracket: a table's owner cell mostly, not cut at all
    return next(filter(None, (_closing_remark(piece) for piece in split_top(text, _LIST_CUTS))), None)


def _without_note(text: str, note: str) -> str:
    """``text`` without the bracket holding ``note`` (the convention :func:`stated_remark` found in it)."""
    at = text.find(note)
    return (text[:at - 1] + text[at + len(note) + 1:]).strip()


def _closing_remark(text: str) -> str | None:
    """The convention stated in the bracket closing ``text`` (one body of a list, or the list), or None."""
    words = vocabulary()
    body = text.rstrip().rstrip(words.after_bracket)
    if not body or body[-1] not in words.closers.values():
        return None
    opening = _opening(body, words)
    if not opening:
        return None
    content = body[opening + 1:-1].strip()
    return content if find_conventions(content) else None
