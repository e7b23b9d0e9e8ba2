"""The township level: a document a township (乡, 镇, 街道, 苏木 — the tier below a county) issues itself.

A township's own body issuing (``嵊州市通源乡人民政府``, ``中共重庆市永川区来苏镇委员会``, ``天津市滨海新区海滨街道办事处``),
or, where no issuer is read, a 文号 of a township's own series (``海滨街发``, ``某镇委发``), makes the document
``township``. No division list holds townships, so its region stays the county its name is written after; the level
alone says the township. The words are data (``data/township.toml``); a county's notice addressing its townships
(``各乡镇人民政府``), a county named after a township's word (``镇巴县人民政府``) and a series opening with a place's
name (``武乡政发``, 武乡县's) are none.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from pilotplans.cachedir import code_as_imported
from pilotplans.schema.models import Document, Level

if TYPE_CHECKING:
    from pilotplans.normalizers.registry import Gazetteer
    from pilotplans.normalizers.registry.gazetteer import Region

FILE = "township.toml"
TOWNSHIP: Level = "township"
#: The levels a township's own issuer re-reads as ``township``: what the placing rules read its county's name at
#: (``county``; ``municipal`` for a township of a city without counties, 东莞's towns), or none.
_READ_BEFORE: tuple[str | None, ...] = (None, "municipal", "county")


@dataclass(frozen=True)
class TownshipWords:
    """``data/township.toml``: the words ending a township's name, its bodies and their offices, the
    characters making a name before the word a collective (各乡镇), the numerals and counters closing one that counts
    townships (三个街道), the words naming a sort of settlement (村镇),
    its 文号 series' words and kinds, and the villages a township's own addressee line names (各村委会)."""

    words: tuple[str, ...]
    bodies: tuple[str, ...]
    offices: tuple[str, ...]
    collectives: tuple[str, ...]
    numerals: tuple[str, ...]
    counters: tuple[str, ...]
    sorts: tuple[str, ...]
    sort_endings: tuple[str, ...]
    series_words: tuple[str, ...]
    series: tuple[str, ...]
    villages: tuple[str, ...] = ()
    masks: tuple[str, ...] = ()
    after_masked: tuple[str, ...] = ()
    over_townships: tuple[str, ...] = ()


def township_words(text: str) -> dict[str, list[str]]:
    """``township.toml`` given as ``text``, checked as the package's other data files are (a one-line
    error naming the file and the key first found wrong)."""
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, Field

    from pilotplans.errors import validated_data_file

    word = Annotated[str, Field(min_length=1)]

    class _File(BaseModel):
        model_config = ConfigDict(extra="forbid")

        words: list[word] = Field(min_length=1)
        bodies: list[word] = Field(min_length=1)
        offices: list[word] = Field(default_factory=list)
        collectives: list[word] = Field(default_factory=list)
        numerals: list[word] = Field(default_factory=list)
        counters: list[word] = Field(default_factory=list)
        sorts: list[word] = Field(default_factory=list)
        sort_endings: list[word] = Field(default_factory=list)
        series_words: list[word] = Field(min_length=1)
        series: list[word] = Field(min_length=1)
        villages: list[word] = Field(default_factory=list)
        masks: list[word] = Field(default_factory=list)
        after_masked: list[word] = Field(default_factory=list)
        over_townships: list[word] = Field(default_factory=list)

    return validated_data_file(_File, text, FILE).model_dump()


@functools.cache
def _words() -> TownshipWords:
    """The file's words, read once (and kept in the cache folder, read then without the TOML parser)."""
    from pilotplans.cachedir import made_from_data

    data = made_from_data("township", FILE, _CODE, township_words, dict)
    return TownshipWords(**{key: tuple(values) for key, values in data.items()})


def _alternatives(words: tuple[str, ...]) -> str:
    from pilotplans.textutil import longest_first

    return "|".join(regex.escape(w) for w in longest_first(words))


@functools.cache
def _issuer_pattern() -> regex.Pattern[str]:
    """A township's body's name whole: the name before the word (its county's perhaps first), the word, a
    body and perhaps an office under it."""
    words = _words()
    return regex.compile(rf"(?P<before>\p{{Han}}+?)(?P<word>{_alternatives(words.words)})"
                         rf"(?:{_alternatives(words.bodies)})(?:{_alternatives(words.offices)})?")


@functools.cache
def _series_pattern() -> regex.Pattern[str]:
    """A township's 文号 series: its name, its word and the series' kind, before the year's bracket."""
    words = _words()
    return regex.compile(rf"(?P<before>\p{{Han}}{{1,4}}?)(?P<word>{_alternatives(words.series_words)})"
                         rf"(?:{_alternatives(words.series)})\s*[〔\[［(（【]")


#: The words closing a province's, a county's (or a city's, a district's) name before a township's own name
#: (嵊州市|通源乡, 重庆市巴南区|木洞镇, 西安市未央区人民政府|新城街道): what a name prints up to them is its county's.
_COUNTY_CLOSING = r".*(?:省|县|市|区|旗|人民政府|政府)"


def _own_name(before: str) -> str:
    """The township's own name in ``before`` (what a name prints before a township's word): what follows its
    county's name and the Party's mark (通源 of 嵊州市通源乡, 新城 of 西安市未央区人民政府新城街道); the whole where
    nothing follows it (新市 of 某县新市镇: 市 closes the township's name, no county's)."""
    own = before.removeprefix("中共")
    return regex.sub(_COUNTY_CLOSING, "", own, count=1) or own


def _named_before(before: str, word: str) -> bool:
    """Whether ``before``, what a name prints before a township's ``word``, names one township: its own name
    (:func:`_own_name`) no collective or sort of place made of ``collectives`` alone (各乡镇, 乡镇, 城镇, 全镇: every
    character one of them; 新城街道, 古城镇 are townships' own names) nor closing with 各 (所属各街道), nor the Party's
    mark alone (中共镇委), nor closing with a number and its counter (三个街道, 这三个街道: ``numerals``, ``counters``;
    七个星镇 goes on past the counter and is one town's)."""
    own = _own_name(before)
    words = _words()
    counted = any(own.endswith(counter) and own[:-len(counter)][-1:] in words.numerals for counter in words.counters)
    return own != "" and not all(character in words.collectives for character in own) and own[-1] != "各" \
        and not counted


#: The words closing a county's or a city's name (its government's) right before a township's own name.
_UNDER_A_COUNTY = ("县", "市", "区", "旗", "政府")


def _a_place_s_name(before: str, word: str, gazetteer: Gazetteer) -> bool:
    """Whether the name closing with a township's ``word`` is a county's or a city's in the gazetteer (景德镇, 武乡,
    萍乡, 北镇), written after no county's name: its government's body or series (景德镇人民政府, 江西省景德镇人民政府,
    武乡政发) is that place's, no township's. Written after its county's (某县金乡人民政府), it is a township of that
    county bearing the name."""
    own = _own_name(before)
    if before.removeprefix("中共").removesuffix(own).endswith(_UNDER_A_COUNTY):
        return False
    return bool(gazetteer.candidates(own + word))


def township_issuer(issuer: str | None, gazetteer: Gazetteer) -> bool:
    """Whether ``issuer``'s lead body (the first of bodies listed with 、) is a township's own: its name whole a
    township's name and one of its bodies (``重庆市巴南区木洞镇人民政府``, ``通源乡人民政府``, ``通源鄉人民政府`` as a
    traditional page prints it, ``中共重庆市永川区来苏镇委员会``, ``海滨街道办事处``); not ``各乡镇人民政府``,
    ``镇巴县人民政府``, ``景德镇人民政府`` (a city's name closing with the word) or ``住房和城乡建设委员会`` (a
    township's word inside another body's name)."""
    if not issuer:
        return False
    from pilotplans.normalizers.simplified import fold

    lead = regex.split(r"[、\s]", fold(issuer.strip()), maxsplit=1)[0]
    found = _issuer_pattern().fullmatch(lead)
    return found is not None and _named_before(found["before"], found["word"]) \
        and not _a_place_s_name(found["before"], found["word"], gazetteer)


def township_of_issuer(issuer: str | None, gazetteer: Gazetteer) -> str | None:
    """The township whose body ``issuer`` (its lead body) is, by its own name and word as folded, its county's name left
    out (伊金霍洛镇 of ``伊金霍洛镇人民政府``, 木洞镇 of ``重庆市巴南区木洞镇人民政府``); None where the issuer is no
    township's (:func:`township_issuer`)."""
    if not township_issuer(issuer, gazetteer):
        return None
    from pilotplans.normalizers.simplified import fold

    lead = regex.split(r"[、\s]", fold((issuer or "").strip()), maxsplit=1)[0]
    found = _issuer_pattern().fullmatch(lead)
    return None if found is None else _own_name(found["before"]) + found["word"]


def township_series(doc_no: str | None, gazetteer: Gazetteer) -> bool:
    """Whether ``doc_no`` opens with a township's own series (``海滨街发〔2021〕3号``, ``某镇委发〔…〕``): a name,
    a township's word and a series' kind before the year's bracket, the name and word no place's name
    (``武乡政发``: 武乡县; ``萍乡府发``: 萍乡), the name no collective, and no province's 简称 (as
    :func:`~pilotplans.normalizers.place.province_of_series` reads it) alone before the word (``粤乡发``) nor before a
    sort of settlement the word closes (``苏建村镇发``: 江苏's 住房和城乡建设厅's, its topic 村镇): a department's series."""
    if not doc_no:
        return False
    from pilotplans.normalizers.place import province_of_series
    from pilotplans.normalizers.simplified import fold

    folded = fold(doc_no.strip())
    found = _series_pattern().match(folded)
    if found is None or not _named_before(found["before"], found["word"]):
        return False
    if province_of_series(folded, gazetteer) is not None and (
            len(found["before"]) == 1 or _department_s_topic(found["before"] + found["word"])):
        return False
    return not _a_place_s_name(found["before"], found["word"], gazetteer)


def _department_s_topic(name: str) -> bool:
    """Whether ``name`` (a series' opening up to its township's word: 苏建村镇) is a province's 简称 and a department's
    character or more before a sort of settlement (村镇, township.toml ``sorts``) — not a town's name holding the sort
    after one character only (新城镇, 云城镇, 新村镇: a town whose name opens with a 简称's character)."""
    return any(name.endswith(sort) and len(name) - len(sort) >= 2 for sort in _words().sorts)


@functools.cache
def _titled_pattern() -> regex.Pattern[str]:
    """A title opening, after its year perhaps, with a township's word and one of its bodies alone (2015年乡政府工作计划,
    镇人民政府工作报告, 街道办事处2016年工作总结), or with the word and then the year of its own paper (镇2023年度创建全国
    文明城市工作实施方案: a sample site's copy that dropped the name, prose-blind38), no name before the word; a body of
    one character (办, 委) is none here (乡办企业: enterprises townships run)."""
    from pilotplans.patterns import compiled

    words = _words()
    bodies = tuple(body for body in words.bodies if len(body) > 1)
    return compiled(rf"^(?:\d{{4}}年度?)?(?P<word>{_alternatives(words.words)})"
                    rf"(?:(?:{_alternatives(bodies)})(?![、和及与])|(?=\d{{4}}\s*年))")


#: A page speaking as a township of itself by its word ({word}: 全乡, 我镇, 本街道, or a street's word cut as in its
#: 文号 series, 全街) — not of townships together (全乡镇, 全镇街, 全街镇: a county's or a city's words).
_AS_TOWNSHIP = r"(?:我|全|本)(?:{word})(?![乡镇街])"


def _spoken_forms(word: str) -> str:
    """The forms a township speaks of itself by, for its ``word``: the word and the words of its 文号 series it opens
    with (街道: 街道, 街 — 全街道, 全街), as alternatives of a pattern."""
    return _alternatives(tuple(form for form in _words().series_words if word.startswith(form)) or (word,))


#: How many times a page printing no head speaks of itself as a township in the first person (我乡, 本镇) at the least: a
#: township's own paper says so again and again (我乡地处…, 我乡是革命老区乡); a county's news quoting one says it once.
FIRST_PERSON_LEAST = 2
_FIRST_PERSON = r"(?:我|本)(?:{word})(?![乡镇街])"


def speaks_as_township(texts: list[str]) -> bool:
    """Whether ``texts``, a page printing no head, speak as a township of their own in the first person (我乡, 本镇,
    我街道: a word of ``township.toml`` after 我 or 本) :data:`FIRST_PERSON_LEAST` times or more — a township's paper
    whose name the copy masked (xx畲族乡) or never printed; never 全乡 alone (a county's plan says 全县、全乡 of its
    townships), nor 我乡镇 (a county's townships together)."""
    from pilotplans.normalizers.simplified import fold
    from pilotplans.patterns import compiled

    words = _words()
    pattern = compiled(_FIRST_PERSON.format(word=_alternatives(words.words)))
    return sum(len(pattern.findall(fold(text))) for text in texts) >= FIRST_PERSON_LEAST


def township_titled(title: str | None, texts: list[str]) -> bool:
    """Whether ``title`` is a township government's own paper named by its word alone (``2015年乡政府工作计划``,
    ``镇2023年度创建…实施方案``): a township's word and one of its bodies, or its paper's year, open it, after its year
    perhaps (:func:`_titled_pattern`), as ``区政府办公室关于…`` names a county's
    office by its kind, and ``texts`` (the page's lines) speak as a township of that word (``全乡``:
    :data:`_AS_TOWNSHIP`) — not ``乡镇政府…`` (a collective: the word 乡 before 镇 is no body), ``乡政府、镇政府…``
    (several), a title naming the township's government after another's (``县政府关于加强乡政府建设的意见``), nor a
    county's plan about its townships' governments (``乡政府职能转变工作方案`` over ``各乡镇人民政府``: no page of one).
    A title of the word and a year alone asks more: the page speaks as the township (全镇) more often than as a county
    over townships (``全县各镇…``: township.toml ``over_townships``)."""
    if not title:
        return False
    from pilotplans.normalizers.simplified import fold
    from pilotplans.patterns import compiled

    folded = fold(title.strip())
    found = _titled_pattern().match(folded)
    if found is None:
        return _named_and_dated(folded, texts)
    speaking = compiled(_AS_TOWNSHIP.format(word=_spoken_forms(found["word"])))
    if found.end() > found.end("word"):  # the word and a body: 镇人民政府工作报告 is a township government's by its name
        return any(speaking.search(fold(text)) for text in texts)
    # the word and a year alone (镇2023年度…) may be a county's paper on its towns whose copy dropped the county's name:
    # the page must speak as the township more often than as a county or city over townships (全县, 各镇, 县直)
    return _times(speaking, texts) > _times(_over_townships_pattern(), texts)


def _times(pattern: regex.Pattern[str], texts: list[str]) -> int:
    from pilotplans.normalizers.simplified import fold

    return sum(len(pattern.findall(fold(text))) for text in texts)


@functools.cache
def _over_townships_pattern() -> regex.Pattern[str]:
    """The words a county's or a city's page speaks by over its townships (township.toml ``over_townships``)."""
    from pilotplans.patterns import compiled

    return compiled(f"(?:{_alternatives(_words().over_townships)})" if _words().over_townships else r"(?!)")


@functools.cache
def _dated_pattern() -> regex.Pattern[str]:
    """A title opening with one township's name and word and then the year of its own paper (冶金街道2016年工作计划)."""
    from pilotplans.patterns import compiled

    return compiled(rf"^(?P<before>\p{{Han}}{{1,4}}?)(?P<word>{_alternatives(_words().words)})(?=\d{{4}}\s*年)")


def _named_and_dated(title: str, texts: list[str]) -> bool:
    """Whether ``title`` (folded) opens with one township's name and word and then its year (``冶金街道2016年工作计划``),
    over ``texts`` naming the township again by its own name (冶金街道要…, 冶金作为老城区): its own paper, as one naming
    its government by the word alone is — not a collective (``乡镇2016年…``, ``各街道…``), nor a place's name closing with
    the word (``景德镇2016年…``, ``武乡2016年…``: a city's, a county's), nor a sort of town (``特色小镇2018年…``,
    ``小城镇…``, ``中心镇…``: township.toml ``sort_endings``)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.simplified import fold

    found = _dated_pattern().match(title)
    if found is None or not _named_before(found["before"], found["word"]) \
            or (found["before"] + found["word"]).endswith(_words().sort_endings) \
            or _a_place_s_name(found["before"], found["word"], load_registry().gazetteer):
        return False
    own = _own_name(found["before"])
    return any(own in fold(text) for text in texts[1:] if fold(text).strip() != title)


def dated_township_signs(title: str | None, issuer: str | None) -> bool:
    """Whether ``issuer`` is the township ``title`` opens with before its year, by its name and word alone and nothing
    more: a street's own work summary whose site's source row names the street as its maker (信息来源:白杨街道, over
    ``白杨街道2022年工作总结及2023年工作思路``) signs it as the title names it. Not another body (``钱塘区人民政府``: a
    county's page about its street), nor the name with more after it (``白杨街道办事处``, a body :func:`township_issuer`
    reads), nor a title opening with no township (``2022年工作总结``)."""
    if not title or not issuer:
        return False
    from pilotplans.normalizers.simplified import fold

    found = _dated_pattern().match(fold(title.strip()))
    return found is not None and fold(issuer.strip()) == found["before"] + found["word"]


@functools.cache
def _after_county_pattern() -> regex.Pattern[str]:
    """A title opening with a county's name (its city's perhaps before it), one township's name and word, and then
    its year or a plan only a place's own government makes (天津市滨海新区新河街道国民经济和社会发展…, 某县某镇2016年…)."""
    from pilotplans.normalizers.place import own_plan_words
    from pilotplans.patterns import compiled

    plans = _alternatives(own_plan_words())
    return compiled(rf"^(?P<before>\p{{Han}}{{3,24}}?)(?P<word>{_alternatives(_words().words)})(?=\d{{4}}\s*年|{plans})")


def township_after_county_titled(title: str | None, gazetteer: Gazetteer) -> bool:
    """Whether ``title`` opens with a county's name in full and then one township's own name and word before its year or
    its own plan's words (``天津市滨海新区新河街道国民经济和社会发展第十四个五年规划…``): the township's own paper, its
    county named before it as a title names a district after its city — not a county's own (``某某县国民经济…``: no
    township's word), a collective (``某县各乡镇2016年…``, ``某县乡镇…``), a sort of town (``某县特色小镇2018年…``), nor a
    place's name closing with the word written after a county (none: 景德镇 is a city, written first)."""
    if not title:
        return False
    from pilotplans.normalizers.place import named_places
    from pilotplans.normalizers.simplified import fold

    folded = fold(title.strip())
    found = _after_county_pattern().match(folded)
    if found is None or not _named_before(found["before"], found["word"]) \
            or (found["before"] + found["word"]).endswith(_words().sort_endings):
        return False
    own = _own_name(found["before"])
    county = found["before"].removesuffix(own)
    places = named_places(county, gazetteer) if own != found["before"] else []
    return bool(places) and county.endswith(places[-1].written) \
        and gazetteer.region(places[-1].region_id).level == "county"


def counties_before_township(title: str | None, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The ids of the counties ``title`` may name, written alone and in full, before one township's own name and word and
    its year or its own plan's words (``普陀区万里街道2021年工作计划``: 上海's 普陀区 and 舟山's, which the name alone does not
    tell apart; ``静安区万里街道…``: 静安区 alone) — a township's own paper titled after its county, as
    :func:`township_after_county_titled` reads one. Empty for a title opening with a city or province before the county
    (``上海市普陀区…``: read as the title's place already), with no township's own name after the county, with a collective
    or a sort of town, with a title's own words before the township's word (``普陀区关于印发万里街道…的通知``: the
    district's paper), or with a name any place above a county bears as well (the title then names that place)."""
    if not title:
        return ()
    from pilotplans.normalizers.simplified import fold

    found = _after_county_pattern().match(fold(title.strip()))
    if found is None or not _named_before(found["before"], found["word"]) \
            or (found["before"] + found["word"]).endswith(_words().sort_endings):
        return ()
    own = _own_name(found["before"])
    county = found["before"].removesuffix(own)
    if not county or own == found["before"] or _holds_title_words(own):
        return ()
    for written, ids, former in gazetteer.prefixes(county):
        if former or written != county:
            continue
        regions = [gazetteer.region(i) for i in ids]
        if all(region.level == "county" and region.name == county for region in regions):
            return tuple(ids)
    return ()


def _holds_title_words(own: str) -> bool:
    """Whether what stands between a county's name and a township's word holds a title's own words (关于, 印发, 转发:
    plan_titles.toml ``wrapping_opens``): ``普陀区关于印发万里街道2021年工作计划的通知`` is the district's paper about its
    street, no name of a township."""
    from pilotplans.plan_titles import title_words

    return any(word in own for word in title_words().wrapping_opens)


def county_before_township(title: str | None, gazetteer: Gazetteer, within: str | None = None) -> Region | None:
    """The one county a township's own ``title`` names before the township (:func:`counties_before_township`): the
    county alone bearing the name (``静安区万里街道…``: 静安区), or, among namesakes, the one lying in ``within`` — the
    place the page's own evidence names as its own (its ``来源`` line's ``上海普陀``: 上海, so 上海's 普陀区, not
    舟山's). None where nothing chooses among the namesakes (the page stays unplaced)."""
    ids = counties_before_township(title, gazetteer)
    if len(ids) == 1:
        return gazetteer.region(ids[0])
    if not ids or within is None:
        return None
    inside = [i for i in ids if within in gazetteer.ancestors(i)]
    return gazetteer.region(inside[0]) if len(inside) == 1 else None


def titled_township_signs(title: str | None, issuer: str | None) -> bool:
    """Whether ``issuer`` is the township ``title`` opens with after its county's name, and nothing more: a street's
    own outline signed on its cover by the street's name alone (天津市滨海新区新北街道, no 办事处, under
    ``天津市滨海新区新北街道国民经济和社会发展…纲要``). Not another body the title does not open with
    (``天津市滨海新区人民政府``), nor the county alone (``天津市滨海新区``: no township's word)."""
    if not title or not issuer:
        return False
    from pilotplans.normalizers.simplified import fold

    found = _after_county_pattern().match(fold(title.strip()))
    return found is not None and fold(issuer.strip()) == found["before"] + found["word"]


def township_level(level: str | None, issuer: str | None, doc_no: str | None, gazetteer: Gazetteer) -> str | None:
    """``level``, read ``township`` where a township issues the document: its lead issuer a township's body
    (:func:`township_issuer`), or, no issuer read, its 文号 a township's series (:func:`township_series`). A level
    read above a county (``provincial``, ``national``) is left as read, as a county's notice addressing its
    townships never becomes theirs."""
    if level not in _READ_BEFORE:
        return level
    if township_issuer(issuer, gazetteer) or (not issuer and township_series(doc_no, gazetteer)):
        return TOWNSHIP
    return level


def at_township_level(document: Document, gazetteer: Gazetteer) -> Document:
    """``document`` read at a township's level where a township issues it (:func:`township_level`); the region read
    (its county) stays."""
    level = township_level(document.level, document.issuer, document.doc_no, gazetteer)
    return document if level == document.level else document.model_copy(update={"level": level})


#: This module as imported: what the kept words of its data file are keyed by.
_CODE = code_as_imported(__file__)


#: How many of a page's first lines may hold its addressee line (the head's lines, a site's rows above them).
_ADDRESSEE_LINES = 12


@functools.cache
def _own_villages_pattern() -> regex.Pattern[str] | None:
    """A township's own addressee line (township.toml ``villages``): 各 and its villages, and its word and 直 naming its
    own departments (镇直有关部门), in either order, closed by a colon."""
    from pilotplans.patterns import compiled

    words = _words()
    if not words.villages:
        return None
    from pilotplans.textutil import longest_first

    villages = "|".join(regex.escape(v).replace(r"\(", "[（(]").replace(r"\)", "[）)]") for v in longest_first(words.villages))
    own = rf"(?:{_alternatives(words.words)})直属?(?:各|有关|相关)?[^：:。、，,；;\s]{{0,8}}"
    village = rf"各(?:{villages})"
    gap = r"\s*[、，,；;]?\s*"
    return compiled(rf"^\s*(?:{village}{gap}各?{own}|各?{own}{gap}{village})\s*[：:]\s*$")


def addresses_own_villages(texts: list[str]) -> bool:
    """Whether a line among the first of ``texts`` is a township's own addressee line (各村委会、镇直有关部门: its villages
    and its own departments; :func:`_own_villages_pattern`): a township's government or its office speaks."""
    from pilotplans.normalizers.simplified import fold

    pattern = _own_villages_pattern()
    return pattern is not None and any(pattern.match(fold(text)) for text in texts[:_ADDRESSEE_LINES])


@functools.cache
def _masked_title_pattern() -> regex.Pattern[str] | None:
    """A title opening, after its year perhaps, with a masked name (township.toml ``masks``, repeated perhaps: 某某镇)
    and a township's word not run into another's (XX镇街道…, not XX乡镇…), followed by what follows a township's own
    name in its title (township.toml ``after_masked``: another township's word as in 镇街道, a body, a year, 关于,
    工作). A word the township's character opens (XX乡村振兴, XX镇村规划, XX街道路灯, XX乡贤: the mask a county's name)
    says no township."""
    from pilotplans.patterns import compiled

    words = _words()
    if not words.masks or not words.after_masked:
        return None
    # each word once, in the data file's order (never a set's, which string hashing changes each process: the
    # pattern's text keys the patterns kept between runs), longest first (:func:`_alternatives`)
    after = _alternatives(tuple(dict.fromkeys((*words.words, *words.bodies, *words.after_masked))))
    return compiled(rf"^(?:\d{{4}}年度?)?(?:{_alternatives(words.masks)})+(?:{_alternatives(words.words)})(?![乡镇])"
                    rf"(?:{after}|\d)")


def masked_township_titled(title: str | None) -> bool:
    """Whether ``title`` is a township's own paper whose name a copy masked (``XX镇街道镇区管理百日攻坚行动工作方案``:
    :func:`_masked_title_pattern`)."""
    if not title:
        return False
    pattern = _masked_title_pattern()
    return pattern is not None and pattern.match(title.strip()) is not None
