"""Which pilot programme, and which of its rounds, a document's title names.

A plan often names its programme in its title without the national plan's title (厦门市全面深化服务贸易
创新发展试点实施方案, 天津市服务业扩大开放综合试点…工作方案): a rebuild without a manifest takes the
programme from it when neither the manifest nor a linked parent gives one (:func:`title_programme`).
The programmes and their rounds' names are the gazetteer's (``regions.toml`` ``[[round]]``): a title names
a round when it holds the round's name, and not only as part of a longer round's name at the same place
(深化服务贸易创新发展试点 in 全面深化服务贸易创新发展试点 is the 2020 round's, not the 2018 one's).

The programme is taken when every round the title names is of one programme. The round is taken only when
the title names one round of it, the document is national or its region is one of that round's pilot areas
(or lies inside one), and the document is dated within the round's time, from its year to the programme's
next round of another name or of the same name holding the document's place (a notice of 2023 naming 服务贸易创新发展试点, the 2016 round's name and the programme's, is of
no round). Rounds of one programme may share a name (服务业扩大开放综合试点 is the 2015, 2021, 2022 and 2025
rounds'): the title then names the one its place belongs to that the document's date falls in, a round of the
same name running on until the next one holding the place (天津's plan of 2021 or 2023: the 2021 round, 2022's
being six other cities'; 沈阳's plan of 2023: the 2022 round); an undated plan of a place in two of them names
neither, and a plan dated before the first, or of a place outside it, keeps no round. A national document stands
for every pilot area: a round runs on for it until the next one of the name holding all the round's areas, so that
one dated while several run (北京's of 2015 with 2021's and 2022's, until 2025's holds them all), or undated,
names none — unless it is a round's approval, by the 文号 the gazetteer records (国函〔2021〕37号) or, where it
keeps the approval by its title (2022's), by that title. A 解读 of a plan (its title ending 解读, 答记者问, 问答 as the refusals name an interpretation:
``interpretation.title`` in refusals.toml) quotes its plan's title and is not the plan: it names no programme
of its own.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pilotplans.normalizers.simplified import fold

if TYPE_CHECKING:
    from pilotplans.normalizers.registry.gazetteer import Gazetteer, PilotRound
    from pilotplans.schema.models import Document


@dataclass(frozen=True)
class TitleProgramme:
    """The programme a title names, and its round (a year) where the title says which."""

    programme: str
    round: int | None


def _named_rounds(title: str, rounds: list[PilotRound]) -> list[PilotRound]:
    """The rounds whose name ``title`` holds somewhere not inside a longer round's name found there."""
    spans = [(at, at + len(r.name), r) for r in rounds for at in _occurrences(title, r.name)]
    return list({id(r): r for start, end, r in spans
                 if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in spans)}.values())


def _occurrences(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _in_round(document: Document, pilot_round: PilotRound, gazetteer: Gazetteer) -> bool:
    if document.level == "national":
        return True
    from pilotplans.normalizers.resolve import written_region

    # the region as the document's bodies are placed by it (make_context): an id, a name, a former name
    region = written_region(gazetteer, document.region) if document.region else None
    if region is None:
        return False
    return gazetteer.in_round(pilot_round, region.id)


def _ends(later: PilotRound, pilot_round: PilotRound, document: Document, gazetteer: Gazetteer) -> bool:
    """Whether ``later``, a round of ``pilot_round``'s programme, ends ``pilot_round``'s time for ``document``:
    a round of another name does; one of the same name, a widening, where it holds the document's place —
    for a national document, which stands for every pilot area, all of ``pilot_round``'s (2025's holds 北京's of
    2015 and the ten of 2021 and 2022; 2022's six cities end neither 北京's round nor 天津's)."""
    if later.name != pilot_round.name:
        return True
    if document.level == "national":
        return all(gazetteer.in_round(later, m) for m in pilot_round.members)
    return _in_round(document, later, gazetteer)


def _is_approval(document: Document, pilot_round: PilotRound, title: str) -> bool:
    """Whether national ``document`` is ``pilot_round``'s approval, by its 文号 (国函〔2021〕37号) or, for a round
    the gazetteer keeps by its approval's title (2022's), by its title; full-width digits as ASCII ones (沈阳等６个城市)."""
    written = {unicodedata.normalize("NFKC", w) for w in (document.doc_no, title) if w}
    return document.level == "national" and unicodedata.normalize("NFKC", pilot_round.approval) in written


def title_programme(document: Document, gazetteer: Gazetteer) -> TitleProgramme | None:
    """The programme (and round) ``document``'s title names, as the module docstring says; None when it
    names no round's name, or rounds of several programmes."""
    title = fold(document.title or "")
    if names_an_interpretation(title):
        return None
    named = _named_rounds(title, list(gazetteer.rounds.values())) if title else []
    programmes = {r.programme for r in named}
    if len(programmes) != 1:
        return None
    (programme,) = programmes
    year = None
    if len({r.name for r in named}) == 1:  # one round's name, which several rounds of a programme may share
        rounds = [r for r in gazetteer.rounds.values() if r.programme == programme]
        approved = [r for r in named if _is_approval(document, r, title)]
        fitting = approved or [r for r in named if _in_round(document, r, gazetteer)
                               and _dated_in(document, r, [o for o in rounds if _ends(o, r, document, gazetteer)])]
        year = fitting[0].year if len(fitting) == 1 else None
    return TitleProgramme(programme, year)


def names_an_interpretation(title: str) -> bool:
    """Whether ``title`` (folded to simplified characters) is a 解读's, a plan's questions and answers'
    (《…实施方案》政策解读, 关于…的答记者问): the refusals' evidence of an interpretation."""
    from pilotplans.parsers.interpret.refusal import vocabulary
    from pilotplans.patterns import compiled

    squashed = compiled(r"\s+").sub("", title)
    return any(pattern.search(squashed) for pattern in vocabulary().interpretation_title)


def _dated_in(document: Document, pilot_round: PilotRound, rounds: list[PilotRound]) -> bool:
    """Whether ``document`` is dated within ``pilot_round``'s time: not before its year, nor in or after the year
    of the next of ``rounds`` (a round's name, 服务贸易创新发展试点, is its programme's too: a notice of 2023
    naming it is of no round two rounds behind it). ``rounds`` are the programme's rounds that end this one for
    the document (:func:`_ends`: 天津's round of 2021 runs on past 2022's, a round of six other cities, to 2025's,
    which holds 天津 again). An undated document is within it."""
    if document.date is None:
        return True
    later = [r.year for r in rounds if r.year > pilot_round.year]
    return pilot_round.year <= document.date.year < min(later, default=document.date.year + 1)
