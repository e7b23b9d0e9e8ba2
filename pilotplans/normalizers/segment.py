"""Cutting a responsibility cell into labelled lists, clauses, role groups and list items.

Pure functions over strings. Brackets （） () 〈〉 and quotes “” are opaque: nothing inside them cuts a
list or starts a role phrase (有关省（自治区、直辖市）, “双随机、一公开”监管联席会议成员单位).
A body's second name is printed after its name in （）, () or 〈〉 (新区科技和人才局〈区科技局〉).
Role phrases and labels are matched with traditional characters read as simplified (負責 is 负责);
what is cut out is always the text as printed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import regex

from pilotplans.normalizers.glosses import without_glosses, without_glosses_mapped
from pilotplans.normalizers.models import Role
from pilotplans.normalizers.registry import RolePhrases
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled
from pilotplans.textutil import longest_first

_OPEN = {"（": "）", "(": ")", "〈": "〉", "“": "”", "‘": "’", "「": "」", "《": "》"}
_MASK = "\ue000"
_OPENERS = frozenset(_OPEN)
_TRAILING_STOPS = "。．.，、,：: \t\u3000"
_SPACES = compiled(r"[ \t\u3000\r]+")
# An item ending in a bracket of the kinds a body's second name is printed in: （） () 〈〉.
_QUALIFIER = compiled(r"^(?P<core>.+?)(?:[（(](?P<qualifier>[^（）()]+)[）)]|〈(?P<angled>[^〈〉]+)〉)$")
# A label opening a list: a short run of characters and a colon (牵头单位：, 責任單位:), at most
# as long as the longest label of the vocabulary the caller reads labels with.
_LABEL = r"(?:\p{{Han}}{{2,{longest}}}?|(?:\p{{Han}} ){{1,{longest}}}?\p{{Han}})\s*[：:]"
# A label spaced out character by character (责 任 单 位：, as a PDF justified it): read only when
# it is one of the vocabulary's labels whole, so that no run of spaced words holding one is taken.
_SPACED = compiled(r"^\p{Han}(?: \p{Han})+$")
# A term word inside a body's name (中共江苏省第十四届委员会, 省十四届人大常委会): the body of every term, written
# with the one that sits; only between two parts of a name, never opening or closing it.
_TERM_WORD = compiled(r"(?<=\p{Han})第?[〇零一二三四五六七八九十百]+届(?=\p{Han})")
# What may stand before a label inside a cell: list and clause separators, the end of a sentence
# (牵头单位：X。责任单位：Y。), spaces.
_BEFORE_LABEL = ("；", ";", "，", ",", "、", "。", "．", "\n", " ", "\t", "\u3000")


@dataclass(frozen=True)
class RoleGroup:
    """A run of list items and the role phrase that follows it (None when there is none)."""

    clause: int
    index: int
    items_text: str
    role_phrase: str | None
    roles: tuple[Role, ...]
    scope_text: str | None = None
    note: str | None = None


def tidy(text: str) -> str:
    """Whitespace and trailing full stops off; brackets as printed."""
    return _SPACES.sub("", text).strip(_TRAILING_STOPS)


@functools.lru_cache(maxsize=32768)  # the same names come back in every cell of a document
def normalise(text: str) -> str:
    """Whitespace and trailing full stops off; a mirror site's pinyin glosses dropped, half-width
    brackets made full-width and traditional characters simplified (for look-ups: 市政府辦公室 is
    市政府办公室, 市工(gōng)業局 is 市工业局)."""
    return fold(tidy(without_glosses(text).replace("(", "（").replace(")", "）")))


@functools.lru_cache(maxsize=16384)  # a cell's names are masked again by each rule that cuts them
def mask_enclosed(text: str) -> str:
    """``text`` with every character inside brackets or quotes replaced by a mask (same length)."""
    if _OPENERS.isdisjoint(text):  # most names hold no bracket: nothing to mask
        return text
    out: list[str] = []
    closers: list[str] = []
    for char in text:
        if closers and char == closers[-1]:
            closers.pop()
            out.append(char)
        elif char in _OPEN:
            if closers:
                out.append(_MASK)
            else:
                out.append(char)
            closers.append(_OPEN[char])
        else:
            out.append(_MASK if closers else char)
    return "".join(out)


def split_top(text: str, separators: tuple[str, ...]) -> list[str]:
    """``text`` cut at every separator that stands outside brackets and quotes."""
    return _cut_top(text, separators)[0]


def _cut_top(text: str, separators: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The pieces of :func:`split_top` and the separators between them, as printed."""
    masked = mask_enclosed(text)
    pattern = _alternation(longest_first(separators))
    pieces: list[str] = []
    cuts: list[str] = []
    start = 0
    for match in pattern.finditer(masked):
        pieces.append(text[start:match.start()])
        cuts.append(text[match.start():match.end()])
        start = match.end()
    pieces.append(text[start:])
    return pieces, cuts


@functools.lru_cache(maxsize=64)
def _alternation(words: tuple[str, ...]) -> regex.Pattern[str]:
    """One pattern matching any of ``words`` (the first listed wins where several match); compiled
    once per list, not once per cell."""
    return compiled("|".join(regex.escape(w) for w in words))


def split_clauses(text: str, *, printed: bool = False) -> list[str]:
    """The clauses of a cell: cut at ；, ; and line breaks outside brackets; empty ones dropped.
    Brackets are made full-width unless asked to stay ``printed``."""
    clauses = split_top(text, ("；", ";", "\n"))
    clean = tidy if printed else normalise
    return [c for c in (clean(clause) for clause in clauses) if c]


@dataclass(frozen=True)
class LabelSpan:
    """A label found in a text: where it starts, where its list begins (after the colon), and the
    label itself (``label`` is whatever the caller's ``read_label`` returned)."""

    start: int
    end: int
    label: object


def find_labels(text: str, read_label: Callable[[str], object | None],
                ends_list: Callable[[str], bool] | None = None, *, longest: int) -> list[LabelSpan]:
    """The labels opening lists in ``text`` (牵头单位：X；责任单位：Y), in order.

    A label opens the text or follows a separator or a space (the longest run before the colon
    that is a label wins); after a first label, a later one may also follow the list before it
    directly, as a PDF or a web page joins lines (牵头单位：市商务局责任单位：市财政局): then the
    shortest run before the colon that is a label, or, when ``ends_list`` says where a list may
    end, the longest label after such an end (…各开发区管委会完成时限：… is 完成时限, not 时限 after a
    list ending in 完成). ``read_label`` says whether a run of characters before a colon is a label
    (None when it is not); no label is longer than ``longest`` characters. A mirror site's pinyin
    glosses are read past (責(zé)任單位: is 責任單位:); the spans are places in ``text`` as printed.
    """
    if without_glosses(text) != text:  # a glossed text is rare: the places are mapped only for one
        plain, at = without_glosses_mapped(text)
        return [LabelSpan(start=at[span.start], end=at[span.end], label=span.label)
                for span in find_labels(plain, read_label, ends_list, longest=longest)]
    folded = fold(text)
    found: list[LabelSpan] = []
    masked = mask_enclosed(folded)
    if "：" not in masked and ":" not in masked:  # every label ends at a colon: most cells hold none
        return found
    for match in _label_pattern(longest).finditer(masked):
        colon = match.end() - 1
        apart = [b for b in range(match.start(), colon - 1) if b == 0 or text[:b].endswith(_BEFORE_LABEL)]
        span = next((LabelSpan(start=b, end=match.end(), label=label) for b in apart
                     if (label := _read_label(text[b:colon].strip(), read_label)) is not None), None)
        if span is None and found:
            joined = [LabelSpan(start=b, end=match.end(), label=label) for b in range(colon - 2, match.start() - 1, -1)
                      if (label := read_label(text[b:colon].strip())) is not None]
            ending = [j for j in joined if ends_list is not None and ends_list(text[:j.start])]
            span = ending[-1] if ending else joined[0] if joined else None
            if span is not None and not ending and ends_list is not None:
                span = _qualified_label(text, span, apart, ends_list)
        if span is not None:
            found.append(span)
    return found


@functools.lru_cache(maxsize=16)
def _label_pattern(longest: int) -> regex.Pattern[str]:
    """:data:`_LABEL` for labels of at most ``longest`` characters, its text made once per length,
    not once per cell (formatting it was a fifth of what a cell's look for labels cost)."""
    return compiled(_LABEL.format(longest=longest))


def _qualified_label(text: str, span: LabelSpan, apart: list[int], ends_list: Callable[[str], bool]) -> LabelSpan:
    """A label joined to the list before it read from where it is printed apart: a list ending as a
    body's name, a space, then a word qualifying a known label (市公安局 项目责任人：王伟标, a 宁波
    page's 项目责任人 after its 责任单位) is the list 市公安局 and the label 项目责任人 of the role of
    责任人, not a body 市公安局 项目 (no body's name ends in 项目); so after a separator (市公安局，项目责任人：).
    ``span`` is unchanged where the
    text shows no such thing: no start apart before it after which the list ends as a body's name
    while, with the qualifier, it does not; or the qualifier holds more than a word (a separator);
    or the qualifier names a body the registry knows (市妇联, 市残联, 市科协 end in no body's ending:
    市委宣传部 市妇联责任人：X lists 市妇联, and 责任人 is its label)."""
    from pilotplans.normalizers.resolve import names_a_body_alone

    for b in apart:
        head = text[b:span.start].strip()
        if (b < span.start and head and head.isalpha() and not any(c.isspace() for c in head)
                and ends_list(text[:b].rstrip("".join(_BEFORE_LABEL))) and not names_a_body_alone(head)):
            return LabelSpan(start=b, end=span.end, label=span.label)
    return span


def _read_label(candidate: str, read_label: Callable[[str], object | None]) -> object | None:
    """What ``read_label`` reads ``candidate`` as; a candidate spaced out character by character
    only when it is a whole label of the vocabulary (see _SPACED)."""
    if " " in candidate:
        from pilotplans.parsers.columns import is_whole_label

        if not _SPACED.match(candidate) or not is_whole_label(candidate):
            return None
    return read_label(candidate)


def find_role_groups(clause: str, index: int, roles: RolePhrases) -> list[RoleGroup]:
    """The role groups of one clause, in order; text after the last role phrase is a group with none."""
    masked = mask_enclosed(fold(clause))
    groups: list[RoleGroup] = []
    start = 0
    for match in roles.compound.finditer(masked):
        if match.start() < start:
            continue
        items = clause[start:match.start()]
        phrase = clause[match.start():match.end()]
        found, scope = roles.roles(fold(phrase))
        end = match.end()
        note = None
        close = _closing(clause, end)
        if close is not None:
            note = clause[end + 1:close]
            end = close + 1
        groups.append(RoleGroup(index, len(groups), items.strip(_TRAILING_STOPS), phrase, found, scope, note))
        start = _skip_separators(clause, end, roles.separators)
    rest = clause[start:].strip(_TRAILING_STOPS)
    if rest or not groups:
        groups.append(RoleGroup(index, len(groups), rest, None, ()))
    return groups


def _closing(text: str, position: int) -> int | None:
    """Where the bracket or quote opened at ``position`` closes, or None."""
    if position >= len(text) or text[position] not in _OPEN:
        return None
    depth = 0
    for index in range(position, len(text)):
        if text[index] == text[position]:
            depth += 1
        elif text[index] == _OPEN[text[position]]:
            depth -= 1
            if depth == 0:
                return index
    return None


def _skip_separators(text: str, position: int, separators: tuple[str, ...]) -> int:
    while position < len(text):
        for separator in separators:
            if text.startswith(separator, position):
                position += len(separator)
                break
        else:
            break
    return position


def strip_prefix(text: str, prefixes: tuple[str, ...]) -> str:
    folded = fold(text)
    for prefix in prefixes:
        if folded.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):]
    return text


def split_items(text: str, roles: RolePhrases, recognise: Callable[[str], bool], *, printed: bool = False,
                alone: Callable[[str], bool] | None = None) -> list[str]:
    """The items of a list: cut at separators, and at joiners (和, 及…) unless the words joined make a name.

    At a joiner the longest run of pieces that ``recognise`` knows as one name is kept whole
    (人力资源和社会保障部, 有关部门和单位); pieces that no name covers are kept whole only when
    neither side is a name on its own. Brackets are made full-width unless asked to stay ``printed``.
    """
    items: list[str] = []
    clean = tidy if printed else normalise
    for piece in _kept_whole(*_cut_top(text, roles.separators), clean, recognise, alone or recognise):
        piece = clean(piece)
        if not piece:
            continue
        # a name that leaves its place out (省政府和州委) is a name here too
        items.extend(_split_joined(piece, roles.joiners, alone or recognise))
    return items


_ETC = "等"  # opens the end of a list (等部门, 等试点地区), never a name of its own
_SPACED_NAMES = compiled(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")


def spaces_as_separators(text: str, alone: Callable[[str], bool],
                         phrase: Callable[[str], bool] = lambda piece: False,
                         named_before_phrase: Callable[[str], bool] = lambda piece: False,
                         one_name: Callable[[str], bool] | None = None,
                         heads_organs: Callable[[str], bool] = lambda name: False) -> str:
    """``text`` with the spaces between names read as a list separator (、) where a cell's bodies
    stood one a paragraph and a web page's converter joined the paragraphs with a space
    (县水务局 县住建局 县护城河指挥部), or a joint list printed the bodies apart (商务部 国家发展改革委 财政部):
    only where every piece the spaces part is a body's name on its own, so a name a stray space
    splits (市 商务局) or a role phrase after a name (市商务局 牵头) stays as it was, and so does the end
    of a list after a space (市发改委 等部门). A last piece that is a role phrase alone (``phrase``: 配合,
    牵头) closes the list the names before it make (市发改委 市财政局 配合 reads as 市发改委、市财政局配合),
    as it closes a 、 list; so does a last piece naming a body before its role phrase
    (``named_before_phrase``: 商务部 国家发展改革委 财政部按职责分工负责). Each run between the punctuation of
    a cell (，；、) is read so on its own (商务部牵头，国家发展改革委 财政部配合). Where a PDF's spacing also put a space inside a name
    (市 商务局 市财政局), ``one_name`` (a name the registry knows as one body, given) reads the names the
    pieces make joined (市商务局、市财政局); see :func:`_names_across_stray_spaces`. A piece a PDF's wrap ran two
    names into is the two (市气象局市档案局), unless the first heads organs named after it (``heads_organs``:
    市委市直机关工委); see :func:`_two_names_run_together`."""
    if _SPACED_NAMES.search(text) is None:
        return text
    runs = _LIST_PUNCTUATION.split(text)
    return "".join(run if at % 2 else _spaces_in_run(run, alone, phrase, named_before_phrase, one_name, heads_organs)
                   for at, run in enumerate(runs))


#: The punctuation parting the runs of a cell :func:`spaces_as_separators` reads one by one (kept).
_LIST_PUNCTUATION = compiled(r"([，,；;、。])")


def _spaces_in_run(text: str, alone: Callable[[str], bool], phrase: Callable[[str], bool],
                   named_before_phrase: Callable[[str], bool], one_name: Callable[[str], bool] | None,
                   heads_organs: Callable[[str], bool]) -> str:
    if _SPACED_NAMES.search(text) is None:
        return text
    pieces = _SPACED_NAMES.split(text)
    closing = pieces.pop() if len(pieces) > 2 and phrase(tidy(pieces[-1])) else None
    last = tidy(pieces[-1])
    if (all(alone(tidy(piece)) and not piece.startswith(_ETC) for piece in pieces[:-1])
            and not pieces[-1].startswith(_ETC) and (alone(last) or (closing is None and named_before_phrase(last)))):
        listed = "、".join(pieces if one_name is None else [_two_names_run_together(piece, one_name, heads_organs)
                                                             for piece in pieces])
        return listed if closing is None else f"{listed}{closing}"
    grouped = None if one_name is None else _names_across_stray_spaces(
        pieces, one_name, named_before_phrase if closing is None else None)
    if grouped is not None:
        listed = "、".join(grouped)
        return listed if closing is None else f"{listed}{closing}"
    return text


def _two_names_run_together(piece: str, one_name: Callable[[str], bool], heads_organs: Callable[[str], bool]) -> str:
    """A piece of a list the spaces part, read as the two names it runs together where a line's wrap fell
    on the space between them and the PDF's line joined them (市气象局 / 市档案局 → 市气象局市档案局:
    市气象局、市档案局): where the registry knows no one name in it but knows it cut at exactly one place
    into two names, the second opening with the first's opening character (the level word a list of one
    level's bodies repeats: 市…局 市…局) and the first is no body whose organs are named after it (``heads_organs``:
    市委市直机关工委 is the committee's working committee, one body, and 市委市政府办公室 an office, never 市委 itself);
    else the piece as it was (市公安局交警支队, a name and its part)."""
    clean = tidy(piece)
    if one_name(clean):
        return piece
    cuts = [k for k in range(2, len(clean) - 1)
            if clean[k] == clean[0] and one_name(clean[:k]) and one_name(clean[k:])]
    return f"{clean[:cuts[0]]}、{clean[cuts[0]:]}" if len(cuts) == 1 and not heads_organs(clean[:cuts[0]]) else piece


#: How many pieces spaces may part in a run :func:`_names_across_stray_spaces` reads (more is no list of names).
_SPACED_PIECES = 12


def _names_across_stray_spaces(pieces: list[str], one_name: Callable[[str], bool],
                               named_before_phrase: Callable[[str], bool] | None) -> list[str] | None:
    """The names ``pieces`` make when a PDF's spacing put a space inside a name as well as between
    names (市 商务局 市财政局: 市商务局、市财政局): the fewest runs of consecutive pieces, at least two, each
    of which, joined without its spaces, is one body's name the registry knows (``one_name``; a run of
    names ending as bodies, 市商务局市财政局, is no one name) (the last one may be a name
    before its role phrase); None where no such reading exists or it gives one name (市 商务局 stays
    one name, read as it was). A piece opening with 等 closes a list and is never a name's start."""
    if len(pieces) > _SPACED_PIECES:
        return None
    clean = [tidy(piece) for piece in pieces]
    count = len(clean)
    # best[i]: the fewest names pieces[:i] make, with the start of the last one
    best: list[tuple[int, int] | None] = [(0, 0)] + [None] * count
    for end in range(1, count + 1):
        for start in range(end):
            before = best[start]
            if before is None or clean[start].startswith(_ETC):
                continue
            name = "".join(clean[start:end])
            if not (one_name(name) or (end == count and named_before_phrase is not None and named_before_phrase(name))):
                continue
            if best[end] is None or before[0] + 1 < best[end][0]:
                best[end] = (before[0] + 1, start)
    if best[count] is None or best[count][0] < 2:
        return None
    names: list[str] = []
    end = count
    while end > 0:
        start = best[end][1]
        names.append("".join(clean[start:end]))
        end = start
    return names[::-1]


#: How many pieces a separator may cut from one name (有关部门、单位: two; 自治区各委、办、厅、局: four).
_SEPARATED_NAME = 4


def _kept_whole(pieces: list[str], cuts: list[str], clean: Callable[[str], str],
                recognise: Callable[[str], bool], alone: Callable[[str], bool]) -> list[str]:
    """``pieces`` with each run of a few that the registry knows, joined by their separators, as one
    name kept whole (市直有关部门、单位, 各有关部门、单位: a collective whose words a list separator
    parts); a run is joined only up to a piece that is no name on its own (单位, as ``alone`` tells:
    市财政局 is one), never across two names (市商务局、市财政局; 各区、市财政局)."""
    if len(pieces) < 2:
        return pieces
    named = [alone(clean(piece)) for piece in pieces]
    if all(named):
        return pieces
    out: list[str] = []
    i = 0
    while i < len(pieces):
        best = i
        for j in range(min(len(pieces) - 1, i + _SEPARATED_NAME - 1), i, -1):
            if not named[j] and recognise(clean(_join(pieces, cuts, i, j))):
                best = j
                break
        out.append(_join(pieces, cuts, i, best))
        i = best + 1
    return out


def _split_joined(piece: str, joiners: tuple[str, ...], recognise: Callable[[str], bool]) -> list[str]:
    if not joiners or recognise(piece):
        return [piece]
    masked = mask_enclosed(piece)
    pattern = _alternation(joiners)
    cuts = [(m.start(), m.end()) for m in pattern.finditer(masked)]
    if not cuts:
        return [piece]
    bounds = [0] + [c for cut in cuts for c in cut] + [len(piece)]
    parts = [piece[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]
    if any(not part for part in parts):
        return [piece]
    joins = [piece[start:end] for start, end in cuts]
    out: list[str] = []
    i = 0
    while i < len(parts):
        best = i
        for j in range(len(parts) - 1, i, -1):
            if recognise(_join(parts, joins, i, j)):
                best = j
                break
        out.append(_join(parts, joins, i, best))
        i = best + 1
    if not any(recognise(part) for part in out):
        return [piece]
    return out


def _join(parts: list[str], joins: list[str], first: int, last: int) -> str:
    text = parts[first]
    for k in range(first, last):
        text += joins[k] + parts[k + 1]
    return text


def strip_qualifier(item: str) -> tuple[str, str | None]:
    """A trailing bracketed remark taken off: 重庆（涪陵区等21个市辖区） → 重庆, 涪陵区等21个市辖区;
    新区科技和人才局〈区科技局〉 → 新区科技和人才局, 区科技局. A 〈〉 inside a title's 《》
    (《关于〈…〉的通知》) ends no item, and stays."""
    match = _QUALIFIER.match(item)
    if not match:
        return item, None
    return match["core"], match["qualifier"] if match["qualifier"] is not None else match["angled"]


def strip_inner_bracket(item: str) -> tuple[str, str | None]:
    """A bracketed word inside a name taken out, where a name goes on after it: 中韩(长春)国际合作示范区管委会 →
    中韩国际合作示范区管委会, 长春 (the area's host written inside its name); a name whose bracket closes it (a second
    name, :func:`strip_qualifier`'s), or that holds none or several, is kept whole."""
    opens = [at for at in (item.find("（"), item.find("(")) if at >= 0]
    if len(opens) != 1:
        return item, None  # none, or both widths
    close = next((at for at in (item.find("）"), item.find(")")) if at >= 0), -1)
    start = opens[0]
    if not 0 < start < close - 1 or close == len(item) - 1 \
            or sum(item.count(b) for b in "（(") != 1 or sum(item.count(b) for b in "）)") != 1:
        return item, None
    return item[:start] + item[close + 1:], item[start + 1:close]


def strip_term(item: str) -> tuple[str, str | None]:
    """A term word taken out of a name: 中共江苏省第十四届委员会 → 中共江苏省委员会, 第十四届; a name with none, or
    with several, is kept whole."""
    found = _TERM_WORD.findall(item)
    if len(found) != 1:
        return item, None
    return _TERM_WORD.sub("", item), found[0]


def strip_mark(item: str, marks: str) -> tuple[str | None, str]:
    """The mark printed before a list's name or right after it (☆经信局, 经信局☆ → ☆, 经信局; ``marks`` is
    tasklist.toml's ``name_marks``), and the name without it; None and the item as printed where none is (a
    mark alone is no name, and a name opening and closing with a letter or a digit has none)."""
    name = item.rstrip(" \t\u3000")
    if len(name) < 2 or name[0].isalnum() and name[-1].isalnum():
        return None, item
    if name[0] in marks:
        return name[0], item[1:].lstrip(" \t\u3000")
    if name[-1] in marks:
        return name[-1], name[:-1].rstrip(" \t\u3000")
    return None, item


def strip_etc(item: str, tails: tuple[str, ...]) -> tuple[str, str | None]:
    """A closing 等 (and what follows it) taken off: 广州等试点地区 → 广州, 试点地区; 商务部等 → 商务部, ''."""
    masked = mask_enclosed(item)
    position = masked.rfind("等")
    if position <= 0:
        return item, None
    tail = item[position + 1:]
    if tail and fold(tail) not in tails:
        return item, None
    return item[:position], tail
