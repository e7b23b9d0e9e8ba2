"""The Corps' (新疆生产建设兵团) divisions and regiments: the division-city a page printing no head speaks of.

A division (第八师, 八师, 农八师) runs as one with its city where it has one (师市合一), and its regiments (团场: 136团,
一〇六团, 一八四團) lie in it, each known by the number the Corps gave it. A page that names regiments or a division of one
division only, twice or more, and speaks as the Corps (团场, 师市, 兵团: ``data/corps.toml`` corps_words) is that
division's city's, at the county level (the city's own; a regiment is of a county's rank). The divisions, their cities
and regiments are data (``data/corps.toml``); a division with no city, or regiments of two divisions, place nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from pilotplans.cachedir import code_as_imported
from pilotplans.normalizers.numbers import chinese_to_int
from pilotplans.normalizers.place import NamedPlace, _place_level
from pilotplans.normalizers.registry.gazetteer import Gazetteer
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

FILE = "corps.toml"
#: How many times a page names its division (by the division or its regiments) at the least: once is a mention (a
#: regiment a county's news names as its neighbour), not the page's own.
CORPS_PAGE_LEAST = 2

# A division written with 第 or 农 before its number (第八师, 农八师), or its number alone where its city's name or 师市
# follows (十师北屯市, 八师石河子市) or a regiment (六师一〇六团): 八师 alone is any army's, or none (十师 in 教师 is not).
_DIVISION = compiled(r"(?:(?P<mark>[第农])(?P<number>[一二三四五六七八九十]{1,3})|(?<![第农一二三四五六七八九十])(?P<bare>[一二三四五六七八九十]{1,3}))"
                     r"师(?P<after>\p{Han}{0,4})")
# A regiment: its number in figures (136团) or in characters, digit by digit (一〇六团, 一三六团) or with 十 (二十一团), two
# figures or characters at the least (一团 is a lump: 一团和气; 2团 a tour's or a drill's group), not part of a longer
# number, not after 第 (第四十六团: an army's regiment, counted in its order; the Corps names its farms by their numbers
# alone), and what follows its 团 no other word's.
_REGIMENT = compiled(r"(?<![第\d〇零一二三四五六七八九十百])(?P<number>\d{2,3}|[〇零一二三四五六七八九十]{2,4})团(?P<after>\p{Han}?)")
# Before a word of corps_words, what makes it an army's: a number or 第 (第十三兵团, 二兵团: a war's army group).
_ARMY_ORDER = "第〇零一二三四五六七八九十百0123456789"
_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


@dataclass(frozen=True)
class Division:
    """One of the Corps' divisions: its number, the gazetteer's id of its city (None where it has none) and its
    regiments' numbers."""

    number: int
    city: str | None
    regiments: tuple[int, ...]


@dataclass(frozen=True)
class CorpsData:
    """``data/corps.toml``: the words by which a page speaks as the Corps, the characters after which a 团 is no
    regiment's, and the divisions."""

    corps_words: tuple[str, ...]
    not_after_regiment: tuple[str, ...]
    divisions: tuple[Division, ...]

    def division(self, number: int) -> Division | None:
        return next((d for d in self.divisions if d.number == number), None)

    def of_regiment(self, number: int) -> Division | None:
        return next((d for d in self.divisions if number in d.regiments), None)


def corps_data(text: str) -> dict[str, object]:
    """``corps.toml`` given as ``text``, checked as the package's other data files are (a one-line error naming the
    file and the key first found wrong); a regiment listed under two divisions is refused so."""
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, Field, model_validator

    from pilotplans.errors import validated_data_file

    word = Annotated[str, Field(min_length=1)]

    class _Division(BaseModel):
        model_config = ConfigDict(extra="forbid")

        number: int = Field(ge=1)
        city: str | None = Field(default=None, pattern=r"^\d{6}$")
        regiments: list[Annotated[int, Field(ge=1)]]

    class _File(BaseModel):
        model_config = ConfigDict(extra="forbid")

        corps_words: list[word] = Field(min_length=1)
        not_after_regiment: list[word] = Field(default_factory=list)
        division: list[_Division] = Field(min_length=1)

        @model_validator(mode="after")
        def _one_division_each(self) -> _File:
            seen: set[int] = set()
            for division in self.division:
                twice = seen & set(division.regiments)
                if twice:
                    raise ValueError(f"regiment {min(twice)} is listed under two divisions")
                seen |= set(division.regiments)
            return self

    return validated_data_file(_File, text, FILE).model_dump()


@functools.cache
def _data() -> CorpsData:
    """The file's data, read once (and kept in the cache folder, read then without the TOML parser)."""
    from pilotplans.cachedir import made_from_data

    data = made_from_data("corps", FILE, _CODE, corps_data, dict)
    return CorpsData(corps_words=tuple(data["corps_words"]), not_after_regiment=tuple(data["not_after_regiment"]),
                     divisions=tuple(Division(d["number"], d["city"], tuple(d["regiments"])) for d in data["division"]))


def _number(written: str) -> int | None:
    """The value of a regiment's number as written: figures, characters digit by digit (一〇六, 一三六) or with 十."""
    if written.isdigit():
        return int(written)
    if "十" not in written and len(written) >= 2:
        return int(written.translate(_DIGITS))
    return chinese_to_int(written)


def divisions_named(text: str, gazetteer: Gazetteer) -> list[tuple[str, Division]]:
    """Each division ``text`` (folded) names, in order, as written: by its name (第八师, 农八师; 十师 before its city's name,
    师市 or a regiment) or by a regiment of its (136团, 一〇六团); a bare number before 师 followed by another city's name
    or by nothing of the Corps' names none."""
    data = _data()
    found: list[tuple[int, str, Division]] = []
    for match in _DIVISION.finditer(text):
        division = data.division(chinese_to_int(match["number"] or match["bare"]) or 0)
        if division is None:
            continue
        if match["bare"] is not None and not _division_followed(match["after"], division, gazetteer):
            continue
        found.append((match.start(), match[0][:len(match[0]) - len(match["after"])], division))
    for match in _REGIMENT.finditer(text):
        if match["after"] and match["after"] in data.not_after_regiment:
            continue
        number = _number(match["number"])
        division = data.of_regiment(number) if number is not None else None
        if division is not None:
            found.append((match.start(), match[0][:len(match[0]) - len(match["after"])], division))
    return [(written, division) for _, written, division in sorted(found, key=lambda item: item[0])]


def _division_followed(after: str, division: Division, gazetteer: Gazetteer) -> bool:
    """Whether what follows a bare division's 师 (``after``) says the Corps' division: its own city's name (十师北屯市),
    师市's 市, or a regiment's number."""
    if after.startswith("市") or (after and after[0] in "〇零一二三四五六七八九十" or after[:1].isdigit()):
        return True
    if division.city is None:
        return False
    city = gazetteer.region(division.city)
    return any(name and after.startswith(name) for name in (city.name, city.short))


def _speaks_as_corps(text: str, word: str) -> bool:
    """Whether ``word`` (of ``corps_words``) stands in ``text`` somewhere with no number or 第 before it (兵团党委, 按照兵团
    …; not 第十三兵团 of a war history)."""
    at = text.find(word)
    while at >= 0:
        if at == 0 or text[at - 1] not in _ARMY_ORDER:
            return True
        at = text.find(word, at + 1)
    return False


def place_of_corps_text(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The city of the one division ``texts`` name (by the division or its regiments) :data:`CORPS_PAGE_LEAST` times or
    more, where they speak as the Corps (a word of ``corps_words``) and that division has a city; with the first name
    written. None where no division is named so, two are, the page speaks not as the Corps, or the division has no
    city."""
    folded = [fold(text) for text in texts]
    data = _data()
    if not any(_speaks_as_corps(text, word) for text in folded for word in data.corps_words):
        return None
    named = [found for text in folded for found in divisions_named(text, gazetteer)]
    divisions = {division for _, division in named}
    if len(divisions) != 1 or len(named) < CORPS_PAGE_LEAST:
        return None
    division = next(iter(divisions))
    if division.city is None:
        return None
    city = gazetteer.region(division.city)
    written = named[0][0]
    return written, NamedPlace(written=written, region_id=city.id, name=city.name, level=_place_level(city))


#: This module as imported: what the kept data of corps.toml are keyed by.
_CODE = code_as_imported(__file__)
