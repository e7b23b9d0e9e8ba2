"""A news page speaking as a province of itself (我省), placed in it by the other province it names.

A provincial body's news copied without its head (a development and reform commission's report of its Party and
government delegation to a host province, or of one of its cities visiting a partner city in another) speaks as 我省
and names two provinces: the one it goes to or works with — a visit's or a partner's clause opening right after the
words speaking as it (率我省党政代表团赴甘肃省考察, 在我省与广东省对口合作框架下: ``placing.toml`` ``visit_openings``,
``partner_openings``) — and its own, which it names in full too (青海省委副书记, 黑龙江省佳木斯市). The page is its own
province's. None where the page speaks as a lower place as well (我市: a city's news says 我省 of its province), names
one province or three, names its own only short, or sets no province apart as the one it goes to or works with (a
host's news, 广东省代表团赴我省考察, goes nowhere from 我省: whose 我省 is the text does not say).

我省 alone is weak evidence of whose page it is: a city's news (佳木斯市…在我省与广东省对口合作框架下, never 我市), a
ministry's or a newspaper's quoting a province's official (黑龙江省发展改革委负责同志介绍, 在我省与…) say it too. So the page
must also speak as a province's own body, naming one by its level word alone (省委书记, 省长, 省发展改革委 after a stop or
at a line's start: ``_OWN_PROVINCE_S_BODY``); and a page where someone comes to 我省 (来我省考察, 到我省, 莅临我省: the
host's news, which may quote its guest's 率我省党政代表团赴…) is none's, for its 我省 may be either province.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from pilotplans.normalizers.simplified import fold

if TYPE_CHECKING:
    from pilotplans.normalizers.place import NamedPlace
    from pilotplans.normalizers.registry.gazetteer import Gazetteer

#: How many characters may stand between the words speaking as the province and the clause's opening (我省党政代表团赴:
#: the party it sends; 我省与: none), all of them Han letters, so that the province speaking opens the clause itself.
_SPEAKER_TO_OPENING = 8

#: A province's body named by its level word alone, as only the province's own page names it (，省委书记、省长…, 下一步，省发展
#: 改革委将…): 省 opening a word after no Han letter (not 青海省委, 我省, 两省), a body's words after it.
_OWN_PROVINCE_S_BODY = regex.compile(r"(?<!\p{Han})省(?:委|政府|长|人大|政协|\p{Han}{1,8}?(?:厅|局|委员会|委|办公室))")


def place_of_speaking_province(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The province ``texts`` (a page printing no head) speak of as 我省, and its name as written in full: the one of the
    two provinces they name that is not the one a clause opening right after 我省 goes to or works with (see the module's
    docstring); None otherwise."""
    from pilotplans.normalizers.place import _placing_words, named_places

    words = _placing_words()
    folded = [fold(text) for text in texts]
    if not words.province_speakers or not any(speaker in text for text in folded for speaker in words.province_speakers):
        return None
    if any(lower in text for text in folded for lower in words.lower_speakers):
        return None  # 我市…我省: a city's news speaking of its province
    if not any(_OWN_PROVINCE_S_BODY.search(text) for text in folded):
        return None  # 我省 said by a city's news, or quoted in a ministry's or a newspaper's: no province's own body named
    if _comes_to_the_speaker(folded, words.province_speakers):
        return None  # 青海省党政代表团来我省考察: the host's news, which may quote its guest's 我省
    provinces: dict[str, list[NamedPlace]] = {}
    for text in folded:
        for place in named_places(text, gazetteer):
            if gazetteer.region(place.region_id).level == "province":
                provinces.setdefault(place.region_id, []).append(place)
    others = {place.region_id for text in folded for place in _gone_to_or_worked_with(text, gazetteer)}
    if len(provinces) != 2 or len(others) != 1 or not others <= provinces.keys():
        return None
    (own,) = provinces.keys() - others
    full = gazetteer.region(own).name
    written = next((place for place in provinces[own] if place.written == full), None)
    return None if written is None else (written.written, written)


def _comes_to_the_speaker(texts: list[str], speakers: tuple[str, ...]) -> bool:
    """Whether ``texts`` (folded) say someone comes to or visits 我省 (来我省考察, 赴我省, 到我省, 莅临我省: the
    ``headline_arrivals`` and ``visit_openings`` of ``placing.toml`` right before the words speaking as the province)."""
    from pilotplans.normalizers.place import _placing_words

    words = _placing_words()
    arrivals = "|".join(regex.escape(word) for word in (*words.headline_arrivals, *words.visit_openings))
    coming = regex.compile(rf"(?:{arrivals})(?:{'|'.join(map(regex.escape, speakers))})")
    return any(coming.search(text) for text in texts)


def _gone_to_or_worked_with(text: str, gazetteer: Gazetteer) -> list[NamedPlace]:
    """The places ``text`` (folded) lists in a visit's or a partner's clause (:func:`~pilotplans.normalizers.place.
    visited_places`, the partner clauses) whose opening the words speaking as a province stand right before (我省党政代表团
    赴甘肃省考察: 甘肃省; 我省与广东省对口合作: 广东省); a clause another party opens (广东省代表团赴甘肃省考察) lists none."""
    from pilotplans.normalizers.place import (_opens_a_visit, _partner_clause, _partner_words, _places_listed,
                                              _placing_words, _visit_words)

    speakers = "|".join(regex.escape(word) for word in _placing_words().province_speakers)
    before = regex.compile(rf"(?:{speakers})\p{{Han}}{{0,{_SPEAKER_TO_OPENING}}}$")
    found: list[NamedPlace] = []
    for words, visit in ((_visit_words(), True), (_partner_words(), False)):
        for match in _partner_clause(*words).finditer(text, overlapped=True):
            if before.search(text, 0, match.start()) is None:
                continue
            if visit and not _opens_a_visit(text, match.start(), match.start("between")):
                continue
            found.extend(_places_listed(match["between"], gazetteer))
    return found
