"""Groups a body houses, named after the body: its Party group (中共安徽省交通运输厅党组) and the discipline
inspection group a discipline commission stations in it (省纪委监委驻市场监管局纪检监察组). Each is one to a body,
read from the body's own reading: its id is the body's id with the group's id word after it."""

from __future__ import annotations

from collections.abc import Callable

from pilotplans.normalizers.models import Resolution
from pilotplans.normalizers.registry import Registry

Reader = Callable[[str], Resolution]
"""Reads a body's name in the document's context (the resolver's own reading)."""
CommissionTitle = Callable[[str], "str | None"]
"""The title of the discipline commission of a region, by the region's id."""


def _ending(words: dict[str, str], text: str) -> str | None:
    return next((w for w in sorted(words, key=len, reverse=True) if text.endswith(w) and len(text) > len(w)), None)


def _last_opening(openings: tuple[str, ...], text: str) -> tuple[int, int] | None:
    """Where the last opening in ``text`` starts and ends, the longest of those ending at the same place (派驻 over
    驻), or None without one."""
    cuts = [(text.rfind(o) + len(o), len(o)) for o in openings if o in text]
    if not cuts:
        return None
    end, length = max(cuts)
    return end - length, end


def _may_house(registry: Registry, host: Resolution) -> bool:
    """Whether ``host`` is one local body of a kind that sets up a Party group (every government department, and
    the kinds ``party_group_kinds`` names): no collective, no place, no central body, no Party organ."""
    if not host.resolved or host.collective or host.via == "region" or host.region is None or host.level == "central":
        return False
    kind = registry.kinds.get(host.kind or "")
    return kind is not None and (kind.branch == "government" or kind.id in registry.name_parts.party_group_kinds)


def _group(raw: str, host: Resolution, word_id: str, name: str, note: str) -> Resolution:
    return Resolution(raw, f"{host.id}-{word_id}", name=name, level=host.level, region=host.region, kind=word_id,
                      via=host.via, flags=host.flags, notes=(*host.notes, note))


def party_group(registry: Registry, raw: str, text: str, read: Reader) -> Resolution | None:
    """A body's Party group, [the body's name]党组 with 中共 before it or not (中共安徽省交通运输厅党组, 省商务厅党组):
    None unless the body is one that sets one up (``_may_house``)."""
    parts = registry.name_parts
    word = _ending(parts.party_group_words, text)
    if word is None:
        return None
    body = text[:-len(word)]
    prefix = next((p for p in parts.party_prefix if body.startswith(p) and len(body) > len(p)), "")
    host = read(body[len(prefix):])
    if not _may_house(registry, host):
        return None
    return _group(raw, host, parts.party_group_words[word], parts.party_group_title.format(body=host.name),
                  f"the Party group of {host.name}")


def stationed_group(registry: Registry, raw: str, text: str, read: Reader,
                    commission_title: CommissionTitle) -> Resolution | None:
    """The discipline inspection group stationed in a body, [the commission]驻[the body]纪检监察组 (驻省商务厅纪检监察组,
    省纪委监委驻市场监管局纪检监察组): None unless the body is one that has a Party group; a commission of another
    place than the body's is no commission of its own and leaves it unread, with a note."""
    parts = registry.name_parts
    word = _ending(parts.stationed_group_words, text)
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
    if sender:
        commission = read(sender)
        if commission.kind != "discipline_commission" or commission.region != host.region:
            return Resolution(raw, None, notes=(f"{text} names a group {sender} stations in {host.name}: "
                                                "no discipline commission of the body's own place",))
    title = commission_title(host.region or "")
    if title is None:
        return None
    return _group(raw, host, parts.stationed_group_words[word],
                  parts.stationed_group_title.format(commission=title, body=host.name),
                  f"the discipline inspection group stationed in {host.name}")
