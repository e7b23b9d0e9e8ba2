"""Role phrases and list words of responsibility cells (``roles.toml``), compiled once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from pilotplans.normalizers.models import Role
from pilotplans.normalizers.registry.files import ROLES_FILE, RegistryError
from pilotplans.textutil import longest_first

if TYPE_CHECKING:  # the file's schema, which only validating the file needs
    from pilotplans.normalizers.registry.file_schemas import RolesFile


@dataclass(frozen=True)
class RolePhrases:
    """Role phrases and list words, compiled."""

    unit: regex.Pattern[str]  # one role phrase
    compound: regex.Pattern[str]  # one or more, joined by connectors, ending where a list item may
    manner: regex.Pattern[str] | None  # words before a phrase that change none of its roles (按职责)
    restating: frozenset[str]  # phrases saying only that the bodies answer for the item (负责)
    roles_of: dict[str, tuple[Role, ...]]
    pattern_roles: tuple[tuple[regex.Pattern[str], tuple[Role, ...]], ...]
    list_prefixes: tuple[str, ...]
    separators: tuple[str, ...]
    joiners: tuple[str, ...]
    sub_list_separators: tuple[str, ...]  # with the joiners, the separators of the lower rank
    etc_tails: tuple[str, ...]
    empty_markers: frozenset[str]
    # words opening a part of the body named before (其 of 及其常委会), and the short names read as the whole before one
    back_references: tuple[str, ...] = ()
    wholes: tuple[tuple[str, str], ...] = ()
    with_words: tuple[str, ...] = ()  # words parting the leads from the bodies they work with (X会同Y)

    def roles(self, phrase: str) -> tuple[tuple[Role, ...], str | None]:
        """The roles a compound phrase carries, in order, and the place phrase inside it if any."""
        found: list[Role] = []
        scope: str | None = None
        for match in self.unit.finditer(phrase):
            unit = match.group(0)
            if unit not in self.roles_of and self.manner is not None:
                opening = self.manner.match(unit)
                unit = unit[opening.end():] if opening else unit
            if unit in self.roles_of:
                found.extend(self.roles_of[unit])
                continue
            for pattern, roles in self.pattern_roles:
                inner = pattern.fullmatch(unit)
                if inner:
                    found.extend(roles)
                    scope = inner.groupdict().get("scope") or scope
                    break
        return tuple(dict.fromkeys(found)), scope


def compile_roles(data: RolesFile) -> RolePhrases:
    roles_of: dict[str, tuple[Role, ...]] = {}
    pattern_roles: list[tuple[regex.Pattern[str], tuple[Role, ...]]] = []
    for index, entry in enumerate(data.phrase):
        for phrase in entry.phrases:
            if phrase in roles_of:
                raise RegistryError(ROLES_FILE, f"phrase #{index + 1}", f"{phrase!r} is given twice")
            roles_of[phrase] = entry.roles
        if entry.pattern:
            pattern_roles.append((regex.compile(entry.pattern), entry.roles))
    alternatives = [p.pattern for p, _ in pattern_roles] + [regex.escape(p) for p in sorted(roles_of, key=len, reverse=True)]
    unit = "(?:" + "|".join(alternatives) + ")"
    if data.manner:  # a manner opens any phrase (按职责 + 落实); a phrase holding one is matched whole first
        unit = f"(?:(?:{data.manner})?{unit})"
    connectors = "|".join(regex.escape(c) for c in sorted(data.connectors, key=len, reverse=True))
    joined = f"(?:(?:{connectors})?{unit})*" if connectors else f"(?:{unit})*"
    ends = "|".join(regex.escape(s) for s in (*data.separators, "；", ";", "。", "（", "("))
    # Named groups of patterns may repeat inside the compound; the unit regex reads them.
    compound = regex.compile(f"{unit}{joined}(?=$|{ends})")
    return RolePhrases(
        unit=regex.compile(unit),
        compound=compound,
        manner=regex.compile(data.manner) if data.manner else None,
        restating=frozenset(data.restating),
        roles_of=roles_of,
        pattern_roles=tuple(pattern_roles),
        list_prefixes=longest_first(data.list_prefixes),
        with_words=longest_first(data.with_words),
        separators=data.separators,
        joiners=longest_first(data.joiners),
        sub_list_separators=data.sub_list_separators,
        etc_tails=_etc_tails(data),
        empty_markers=frozenset(data.empty_markers),
        back_references=longest_first(data.back_references),
        wholes=tuple(sorted(data.wholes.items(), key=lambda pair: len(pair[0]), reverse=True)),
    )


def _etc_tails(data: RolesFile) -> tuple[str, ...]:
    """Every tail that may follow 等: each word of ``etc_tails`` alone, and each after a tier's
    words of ``etc_tail_levels`` with or without 各 (市级相关单位, 省直各有关部门, 各有关部门), longest
    first."""
    levels = {""} | {f"{level}{each}" for level in data.etc_tail_levels for each in ("", "各")}
    return longest_first({f"{level}{tail}" for level in levels for tail in data.etc_tails})
