"""Parts of a body, several of a kind to a body and told apart by their names, read as the body resolved and the part
kept as printed: a people's congress's committees (市人大常委会法制工作委员会, 省人大财政经济委员会), a Party committee's
commissions (市委全面依法治市委员会, 省委审计委员会) and a department's divisions (省商务厅法规处, 市发展改革委综合处). A part's
id is its body's id, the part's word and its name (350200-people_congress-committee-法制委员会); its title the body's
title and the part's name. The words are data ([names] in departments.toml); the body is read as any name is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pilotplans.normalizers.body_groups import ending_word
from pilotplans.normalizers.models import Resolution, subordinate_id
from pilotplans.normalizers.registry import Registry

Reader = Callable[[str], Resolution]
"""Reads a body's name in the document's context (the resolver's own reading)."""

_PARTY_COMMITTEE = "party_committee"
_PARTY_CENTRAL = "cpc-central"
_FULL_COMMITTEE, _SHORT_COMMITTEE = "委员会", "委"
"""A Party committee's title closes with 委员会 (中共厦门市委员会), written 委 before a commission's name."""


def _hosts(rest: str, read: Reader, minimum: int = 1, sets: bool = False) -> list[tuple[Resolution, str]]:
    """Each reading of a leading part of ``rest`` as one body with at least ``minimum`` characters after it, the
    longest part first (市人大常委会 before 市人大); with ``sets``, also as one kind's bodies in every place under the
    region (各区财政局), whose parts so named are a set too."""
    found = []
    for cut in range(len(rest) - minimum, 1, -1):
        host = read(rest[:cut])
        if host.resolved and (not host.collective or sets and _one_kind_in_every_place(host)) and host.via != "region":
            found.append((host, rest[cut:]))
    return found


def _one_kind_in_every_place(host: Resolution) -> bool:
    """Whether the collective ``host`` is one kind's bodies in the places under the region (各区财政局:
    ``330200-subordinate-finance_bureau``), not a family of several kinds (有关部门)."""
    return host.collective and host.kind is not None and host.region is not None \
        and host.id == subordinate_id(host.region, host.kind)


def _all_sections(registry: Registry, name: str) -> bool:
    """Whether a part's ``name`` is a generic word for a body's sections, alone or after a quantifier taking in
    every one (股室, 科室, 各处室): no division named but all of them, the body's own work."""
    parts = registry.name_parts
    return any(name == opening + word for opening in ("", *parts.all_sections_openings) for word in parts.all_sections)


def _names_no_part(registry: Registry, stem: str) -> bool:
    """Whether ``stem`` opens with a quantifier or a generic word (各处室, 有关科室, 专门委员会): several or all of the
    body's parts, none named."""
    return stem.startswith(tuple(registry.name_parts.part_not_openings))


def _part(raw: str, host: Resolution, word_id: str, name: str, note: str) -> Resolution:
    """The part, answering to the central body its body answers to, or to its body where that is central (人民银行支付
    结算司 → 人民银行): a part is no central body of its own."""
    central = host.level == "central"
    return Resolution(raw, f"{host.id}-{word_id}-{name}", name=f"{_title(host)}{name}", level=host.level,
                      region=host.region, kind=word_id, via=host.via, flags=host.flags, notes=(*host.notes, note),
                      counterpart_id=host.id if central else host.counterpart_id,
                      counterpart_name=host.name if central else host.counterpart_name,
                      counterparts=(host.id,) if central and host.id else host.counterparts,
                      counterpart_basis=None if central else host.counterpart_basis, collective=host.collective)


def _title(host: Resolution) -> str:
    return host.name or host.full_name or ""


def congress_committee(registry: Registry, raw: str, text: str, read: Reader) -> Resolution | None:
    """A people's congress's committee, [the congress's name][stem][word]: a working committee (工作委员会, 工委) is the
    standing committee's, as is the credentials committee the law sets up in it, any other committee (委员会, 委) the
    congress's, however the congress is written (人大 alone
    reads as the standing committee); None unless a leading part reads as a congress or its standing committee."""
    parts = registry.name_parts
    word = ending_word(parts.congress_committee_words, text)
    if word is None:
        return None
    rest = text[:-len(word)]
    hosts = {kind for kinds in parts.congress_committee_hosts.values() for kind in kinds}
    for host, stem in _hosts(rest, read):
        if (host.kind if host.level != "central" else host.id) not in hosts:
            continue
        if stem.startswith(tuple(parts.congress_committee_not_openings)):
            # 市人大常务委员会, 全国人大常委: the standing committee itself, not read as a committee of the congress
            return None
        if _names_no_part(registry, stem):
            return None
        name = parts.congress_committee_short.get(stem + word) or stem + parts.congress_committee_words[word]
        standing = name.endswith("工作委员会") or name in parts.congress_standing_committees
        owner = _congress_of(registry, host, "standing" if standing else "congress", read)
        if owner is None:
            return None
        return _part(raw, owner, "committee", name, f"a committee of {owner.name}, kept by its name: {name}")
    return None


def congress_committee_office(registry: Registry, raw: str, text: str, read: Reader) -> Resolution | None:
    """A congress committee's own office, [the committee's name]办公室 (广元市人大常委会法制工作委员会办公室): the office
    of the committee read as :func:`congress_committee` reads it, id ``<committee id>-office``. A Party commission's
    office is not read so: several are kinds of their own under a short name (市委网信办, 市委依法治市办), which the
    long form would give a second id, and others sit in a department (the audit commission's in the audit bureau)."""
    parts = registry.name_parts
    word = ending_word(parts.office_words, text)
    if word is None:
        return None
    committee = congress_committee(registry, raw, text[:-len(word)], read)
    if committee is None:
        return None
    return replace(committee, id=f"{committee.id}-{parts.office_words[word]}", name=f"{committee.name}{word}",
                   kind=parts.office_words[word], notes=(*committee.notes, f"the office of {committee.name}"))


def _congress_of(registry: Registry, host: Resolution, which: str, read: Reader) -> Resolution | None:
    """The congress or its standing committee (``which``) of the place ``host`` belongs to."""
    kind, central = registry.name_parts.congress_committee_hosts[which]
    if host.level == "central":
        return read(registry.central[central].name)
    region = registry.gazetteer.region(host.region or "")
    if region is None:
        return None
    owner = read(f"{region.name}{registry.kinds[kind].label}")
    return owner if owner.kind == kind else None


def party_commission(registry: Registry, raw: str, text: str, read: Reader) -> Resolution | None:
    """A Party committee's commission, [the committee's name][stem]委员会 or 委 (市委全面依法治市委员会; 中央全面依法治国
    委员会): None unless a leading part reads as a Party committee of a place or the Central Committee, or where the
    stem opens with a place's name (市委滨海新区工作委员会 is the area's Party organ, no commission) or another body's
    (市委市政府督查委员会, the two bodies' joint organ)."""
    parts = registry.name_parts
    word = ending_word(parts.party_commission_words, text)
    if word is None or text.endswith(tuple(parts.no_commission_endings)):
        return None
    rest = text[:-len(word)]
    central = next((o for o in parts.party_commission_central if rest.startswith(o) and len(rest) > len(o) + 1), None)
    if central and rest[len(central):].startswith(tuple(registry.roles.joiners)):
        return None  # 中央和国家机关…: the central and state organs, no commission of the Central Committee
    hosts = [(read(registry.central[_PARTY_CENTRAL].name), rest[len(central):])] if central \
        else _hosts(rest, read, minimum=2)
    for host, stem in hosts:
        if host.kind != _PARTY_COMMITTEE and host.id != _PARTY_CENTRAL:
            continue
        if _opens_with_place(registry, stem) or _names_no_part(registry, stem) \
                or _opens_with_marked_body(registry, stem, read):
            return None
        name = parts.party_commission_short.get(stem + word) or stem + parts.party_commission_words[word]
        # titled after the committee's short title (中共厦门市委全面依法治市委员会), as the commissions are
        committee = _title(host).removesuffix(_FULL_COMMITTEE) + _SHORT_COMMITTEE \
            if _title(host).endswith(_FULL_COMMITTEE) else _title(host)
        return _part(raw, replace(host, name=committee), "commission", name,
                     f"a commission of {host.name}, kept by its name: {name}")
    return None


def _opens_with_place(registry: Registry, stem: str) -> bool:
    return any(registry.gazetteer.find_place(stem[:cut]) is not None for cut in range(len(stem), 1, -1))


def _opens_with_marked_body(registry: Registry, stem: str, read: Reader) -> bool:
    """Whether ``stem`` opens with a level marker and another body's name (市委市政府督查委员会: 市政府), the two bodies'
    joint organ; a commission's function (全面依法治市, 审计) opens with no marker."""
    return stem.startswith(registry.marker_words) and _opens_with_body(stem, read)


def _opens_with_body(stem: str, read: Reader) -> bool:
    return any(read(stem[:cut]).resolved for cut in range(len(stem), 1, -1))


def names_a_part(registry: Registry, text: str, names_a_body: Callable[[str], bool], opening: int = 0) -> bool:
    """Whether ``text`` is written as a part of a body whatever the document: a part's word after a leading part
    that ``names_a_body`` (市发改委综合处: 市发改委 + 综合处; 市人大法工委), with a stem after it that names a part, as
    the readings above need. A list's item sharing the list's opening is checked so (市商务局、发改委综合处: 市发改委
    综合处, as 发改委 takes 市), the reading itself being the resolver's. A central body's division (``central_division_
    words``: 人民银行支付结算司) is no local body's part, so it never counts as one here: a list's local opening is no
    opening of it. ``text``'s first ``opening`` characters are the list's opening carried to the item: the body takes
    at least one character of the item after them, a part written without its body taking none from the opening
    (市委组织部、干部一处: 市委 + 干部一处 is no division of the Party committee)."""
    parts = registry.name_parts
    words = (*parts.division_words, *parts.congress_committee_words, *parts.party_commission_words)
    word = ending_word(tuple(words), text)
    if word is None or word in parts.central_division_words or text.endswith(tuple(parts.no_division_endings)):
        return False
    rest = text[:-len(word)]
    # one body before one part's name: no list (各局、委、办、处), no place or set of places (各县) as the body,
    # unless the list's opening carried to the item says its places (各区发改局、财政局预算处: 各区财政局预算处), its
    # brackets too (各县（市、区）发改局、财政局预算处)
    if not rest[opening:].isalpha() or _names_no_part(registry, rest[opening:]):
        return False
    return any(names_a_body(rest[:cut]) and registry.gazetteer.find_place(rest[:cut]) is None
               and (not _names_no_part(registry, rest[cut:]) or _all_sections(registry, rest[cut:] + word))
               for cut in range(len(rest) - 1, max(1, opening), -1))


def division(registry: Registry, raw: str, text: str, read: Reader) -> Resolution | None:
    """A division inside a body, [the body's name][stem][处, 科, 司 or 室] (省商务厅法规处, 人民银行支付结算司): the body
    resolved and the division kept as printed; None for a company or a general office (``no_division_endings``),
    unless a leading part of the name reads as one body, with a stem of one character or more after it, and where the
    stem opens with another body's name (区委办区府办督查室: two bodies' office written as one)."""
    parts = registry.name_parts
    word = ending_word(parts.division_words, text)
    if word is None or text.endswith(tuple(parts.no_division_endings)):
        return None
    rest = text[:-len(word)]
    for host, stem in _hosts(rest, read, sets=True):
        if _all_sections(registry, stem + word):
            # 县财政局股室, 市商务局各处室: every section of the body, its own work
            return replace(host, raw=raw, notes=(*host.notes, f"all the sections of {host.name} ({stem}{word}): "
                                                              "read as the body"))
        if _names_no_part(registry, stem):
            return None
        if _opens_with_body(stem, read):
            # 区委办区府办督查室: the office of two bodies written as one, no division of the first
            return None
        name = stem + word
        if name.endswith(parts.zone_foreign_offices) and host.kind in registry.area_committee.values() \
                and not rest[:len(rest) - len(stem)].endswith(registry.kinds[host.kind].forms):
            # 普湾新区海事处: a vertical system's office after an area's name serves the area, no division of its
            # committee (zone_foreign_offices); one printed after the committee's name (管委会海事处) is the committee's
            return None
        part = _part(raw, host, "division", name, f"a division of {host.name}, kept as printed: {name}")
        clipped = _clipped_division(registry, stem)
        if clipped is None:
            return part
        return replace(part, id=f"{host.id}-division-{clipped}{word}",
                       notes=(*part.notes, f"{name} goes by {clipped}{word}: one division"))
    return None


def _clipped_division(registry: Registry, stem: str) -> str | None:
    """The short form a division's stem goes by (``division_clips``: 基础教育 → 基教, 职业教育 → 职教), else None (法规,
    社会保险, 民办教育, 基教: kept as printed)."""
    return registry.name_parts.division_clips.get(stem)
