"""Groups a body houses, named after the body: its Party group (中共安徽省交通运输厅党组), the discipline
inspection group a discipline commission stations in it (省纪委监委驻市场监管局纪检监察组) and its own general office
(江西省农业农村厅办公室). Each is one to a body, read from the body's own reading: its id is the body's id with the
group's id word after it."""

from __future__ import annotations

from collections.abc import Callable

from pilotplans.normalizers.models import Resolution
from pilotplans.normalizers.registry import Registry

_COMMISSION = "discipline_commission"
"""The kind of the discipline commissions that station groups in bodies; its counterpart stations them in central ones."""

_UNIT_PARTY_COMMITTEE = "unit_party_committee"
"""The kind a military unit's Party committee is given: no place's Party committee (the ``party_committee`` kind)."""

Reader = Callable[[str], Resolution]
"""Reads a body's name in the document's context (the resolver's own reading)."""
CommissionTitle = Callable[[str], "str | None"]
"""The title of the discipline commission of a region, by the region's id."""


def ending_word(words: dict[str, str] | tuple[str, ...], text: str) -> str | None:
    """The longest of ``words`` that ``text`` closes with, leaving something before it; None if none does."""
    return next((w for w in sorted(words, key=len, reverse=True) if text.endswith(w) and len(text) > len(w)), None)


def _last_opening(openings: tuple[str, ...], text: str) -> tuple[int, int] | None:
    """Where the last opening in ``text`` starts and ends, the longest of those ending at the same place (派驻 over
    驻), or None without one."""
    cuts = [(text.rfind(o) + len(o), len(o)) for o in openings if o in text]
    if not cuts:
        return None
    end, length = max(cuts)
    return end - length, end


def _sets_one_up(registry: Registry, kind_id: str) -> bool:
    """Whether bodies of a local kind set up a Party group: every government department, and the kinds
    ``party_group_kinds`` names."""
    kind = registry.kinds.get(kind_id)
    return kind is not None and (kind.branch == "government" or kind.id in registry.name_parts.party_group_kinds)


def _central_sets_one_up(registry: Registry, body_id: str) -> bool:
    """Whether a central body sets up a Party group: as its local counterparts do (教育部 as the education
    bureaus, 国务院 as the people's governments, 全国人大常委会, 全国政协, the supreme court and procuratorate, the
    national people's organisations), a Party organ never (中央组织部 answers its local departments, none of
    which has one)."""
    body = registry.central.get(body_id)
    if body is None or body.category == "party":
        return False
    return any(body_id in kind.counterparts and _sets_one_up(registry, kind.id) for kind in registry.kinds.values())


def _may_house(registry: Registry, host: Resolution) -> bool:
    """Whether ``host`` is one body that sets up a Party group: a local body of a kind that does (``_sets_one_up``)
    or a central body whose local counterparts do (``_central_sets_one_up``); no collective, no place, no Party
    organ."""
    if not host.resolved or host.collective or host.via == "region":
        return False
    if host.level == "central":
        return host.id is not None and _central_sets_one_up(registry, host.id)
    return host.region is not None and _sets_one_up(registry, host.kind or "")


def _group(raw: str, host: Resolution, word_id: str, name: str, note: str, kind: str | None = None) -> Resolution:
    return Resolution(raw, f"{host.id}-{word_id}", name=name, level=host.level, region=host.region, kind=kind or word_id,
                      via=host.via, flags=host.flags, notes=(*host.notes, note))


def _host_before(registry: Registry, words: dict[str, str], text: str,
                 read: Reader) -> tuple[str, Resolution] | None:
    """The ending word of ``words`` ``text`` ends with and the body the name before it reads (中共 or
    another Party prefix before it left out: 中共安徽省交通运输厅党组 reads 安徽省交通运输厅); None without such an ending."""
    word = ending_word(words, text)
    if word is None:
        return None
    body = text[:-len(word)]
    prefix = next((p for p in registry.name_parts.party_prefix if body.startswith(p) and len(body) > len(p)), "")
    return word, read(body[len(prefix):])


def party_group(registry: Registry, raw: str, text: str, read: Reader) -> Resolution | None:
    """A body's Party group, [the body's name]党组 with 中共 before it or not (中共安徽省交通运输厅党组, 省商务厅党组):
    None unless the body is one that sets one up (``_may_house``)."""
    parts = registry.name_parts
    if (found := _host_before(registry, parts.party_group_words, text, read)) is None:
        return None
    word, host = found
    if not _may_house(registry, host):
        return None
    return _group(raw, host, parts.party_group_words[word], parts.party_group_title.format(body=_host_title(registry, host)),
                  f"the Party group of {host.name}")


def unit_party_committee(registry: Registry, raw: str, text: str, read: Reader) -> Resolution | None:
    """A military unit's Party committee, [the unit's name]党委 with 中共 before it or not (区人武部党委, 军分区党委): None
    unless the body read is one unit of a kind ``unit_party_committee_kinds`` names."""
    parts = registry.name_parts
    if (found := _host_before(registry, parts.unit_party_committee_words, text, read)) is None:
        return None
    word, host = found
    if not host.resolved or host.collective or host.kind not in parts.unit_party_committee_kinds:
        return None
    return _group(raw, host, parts.unit_party_committee_words[word],
                  parts.unit_party_committee_title.format(body=host.name or ""), f"the Party committee of {host.name}",
                  kind=_UNIT_PARTY_COMMITTEE)


def _host_title(registry: Registry, host: Resolution) -> str:
    """The title a group's is named after: a local body's, or a central body's full name without the state's name
    before it (中华人民共和国教育部 → 教育部)."""
    if host.level != "central" or not host.full_name:
        return host.name or ""
    opening = next((o for o in registry.name_parts.central_title_openings if host.full_name.startswith(o)), "")
    return host.full_name[len(opening):]


def stationed_group(registry: Registry, raw: str, text: str, read: Reader,
                    commission_title: CommissionTitle) -> Resolution | None:
    """The discipline inspection group stationed in a body, [the commission]驻[the body]纪检监察组 (驻省商务厅纪检监察组,
    省纪委监委驻市场监管局纪检监察组): None unless the body is one that has a Party group; a commission of another
    place than the body's is no commission of its own and leaves it unread, with a note."""
    parts = registry.name_parts
    word = ending_word(parts.stationed_group_words, text)
    if word is None:
        return None
    rest = text[:-len(word)]
    cut = _last_opening(parts.stationed_group_openings, rest)
    if cut is None:
        return None
    at, end = cut
    sender, host = rest[:at], read(rest[end:])
    if not _may_house(registry, host):
        return None
    central = registry.kinds[_COMMISSION].counterparts if host.level == "central" else ()
    if sender:
        commission = read(sender)
        own = commission.id in central if host.level == "central" \
            else commission.kind == _COMMISSION and commission.region == host.region
        if not own:
            return Resolution(raw, None, notes=(f"{text} names a group {sender} stations in {host.name}: "
                                                "no discipline commission of the body's own place",))
    # a central body's group is stationed by the central commission (中央纪委国家监委驻教育部纪检监察组)
    title = registry.central[central[0]].name if central else commission_title(host.region or "")
    if title is None:
        return None
    return _group(raw, host, parts.stationed_group_words[word],
                  parts.stationed_group_title.format(commission=title, body=_host_title(registry, host)),
                  f"the discipline inspection group stationed in {host.name}")


def own_office(registry: Registry, raw: str, text: str, read: Reader) -> Resolution | None:
    """A body's own general office, [the body's name]办公室 or 办公厅 (江西省农业农村厅办公室, 文化部办公厅): None unless
    the body is one that sets up a Party group (``_may_house``) and is written before the word, and is no office
    itself (市国防动员委员会办公室 is the 国防动员办公室 the committee's name reads as, not an office of that office;
    国务院扶贫办办公室, 国务院扶贫开发领导小组办公室 in full) and no unit of a body (市公安局交警支队办公室 is the
    detachment's own office, not 市公安局办公室, though the detachment alone is read as its bureau)."""
    parts = registry.name_parts
    word = ending_word(parts.office_words, text)
    if word is None or text[:-len(word)].endswith(tuple(parts.unit_words)):
        return None
    host = read(text[:-len(word)])
    if not _may_house(registry, host) or _is_an_office(registry, host):
        return None
    return _group(raw, host, parts.office_words[word], f"{_host_title(registry, host)}{word}",
                  f"the general office of {host.name}")


def _is_an_office(registry: Registry, host: Resolution) -> bool:
    """Whether ``host`` is itself an office, its title or full name closing with an office word (柳州市国防动员办公室,
    国务院扶贫开发领导小组办公室): it has no general office of its own to be read as."""
    words = tuple(registry.name_parts.office_words)
    return any(name.endswith(words) for name in (host.name, host.full_name) if name)
