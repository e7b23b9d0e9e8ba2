"""Cutting a responsibility cell into clauses, role groups and list items.

Pure functions over strings. Brackets （） () and quotes “” are opaque: nothing inside them cuts a
list or starts a role phrase (有关省（自治区、直辖市）, “双随机、一公开”监管联席会议成员单位).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from pilotplans.normalizers.models import Role
from pilotplans.normalizers.registry import RolePhrases

_OPEN = {"（": "）", "(": ")", "“": "”", "‘": "’", "「": "」", "《": "》"}
_MASK = "\ue000"
_TRAILING_STOPS = "。．.，、,：: \t\u3000"
_QUALIFIER = regex.compile(r"^(?P<core>.+?)[（(](?P<qualifier>[^（）()]+)[）)]$")


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


def normalise(text: str) -> str:
    """Whitespace and trailing full stops off; half-width brackets made full-width."""
    text = regex.sub(r"[ \t\u3000\r]+", "", text.replace("(", "（").replace(")", "）"))
    return text.strip(_TRAILING_STOPS)


def mask_enclosed(text: str) -> str:
    """``text`` with every character inside brackets or quotes replaced by a mask (same length)."""
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
    masked = mask_enclosed(text)
    pattern = regex.compile("|".join(regex.escape(s) for s in sorted(separators, key=len, reverse=True)))
    pieces: list[str] = []
    start = 0
    for match in pattern.finditer(masked):
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def split_clauses(text: str) -> list[str]:
    """The clauses of a cell: cut at ；, ; and line breaks outside brackets; empty ones dropped."""
    clauses = split_top(text, ("；", ";", "\n"))
    return [c for c in (normalise(clause) for clause in clauses) if c]


def find_role_groups(clause: str, index: int, roles: RolePhrases) -> list[RoleGroup]:
    """The role groups of one clause, in order; text after the last role phrase is a group with none."""
    masked = mask_enclosed(clause)
    groups: list[RoleGroup] = []
    start = 0
    for match in roles.compound.finditer(masked):
        if match.start() < start:
            continue
        items = clause[start:match.start()]
        phrase = clause[match.start():match.end()]
        found, scope = roles.roles(phrase)
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
    for prefix in prefixes:
        if text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):]
    return text


def split_items(text: str, roles: RolePhrases, recognise: Callable[[str], bool]) -> list[str]:
    """The items of a list: cut at separators, and at joiners (和, 及…) unless the words joined make a name.

    At a joiner the longest run of pieces that ``recognise`` knows as one name is kept whole
    (人力资源和社会保障部, 有关部门和单位); pieces that no name covers are kept whole only when
    neither side is a name on its own.
    """
    items: list[str] = []
    for piece in split_top(text, roles.separators):
        piece = normalise(piece)
        if not piece:
            continue
        items.extend(_split_joined(piece, roles.joiners, recognise))
    return items


def _split_joined(piece: str, joiners: tuple[str, ...], recognise: Callable[[str], bool]) -> list[str]:
    if not joiners or recognise(piece):
        return [piece]
    masked = mask_enclosed(piece)
    pattern = regex.compile("|".join(regex.escape(j) for j in joiners))
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
    """A trailing bracketed remark taken off: 重庆（涪陵区等21个市辖区） → 重庆, 涪陵区等21个市辖区."""
    match = _QUALIFIER.match(item)
    if not match:
        return item, None
    return match["core"], match["qualifier"]


def strip_etc(item: str, tails: tuple[str, ...]) -> tuple[str, str | None]:
    """A closing 等 (and what follows it) taken off: 广州等试点地区 → 广州, 试点地区; 商务部等 → 商务部, ''."""
    masked = mask_enclosed(item)
    position = masked.rfind("等")
    if position <= 0:
        return item, None
    tail = item[position + 1:]
    if tail and tail not in tails:
        return item, None
    return item[:position], tail
