"""Where a local plan is from when its metadata does not say.

The metadata reader takes a document's region from a place printed at the start of its title or
issuer (厦门市…, 湖北省人民政府办公厅). Provincial and city web sites often print neither: the
issuer is 省人民政府办公厅 or 市商务局, the title 关于印发支持中国（湖北）自由贸易试验区深化改革创新若干措施
的通知. Without a region no local body can be placed (省发改委 of which province?). Such a title
still names the place the plan is for: :func:`placed` takes the first province or prefecture-level
city the title names (then the issuer), as the gazetteer spells them — or, for a provincial
document naming no place at all (省人民政府关于…意见, 鄂政发〔2018〕26号), the province whose
abbreviation opens its 文号 — and says so in a ``region_inferred`` warning the reader can check.
A national document, or one whose region is known, is left alone; a document naming no such place
leaves the region unknown. A region the metadata read that is no place (加快西宁 from the title
加快西宁市流通业发展实施意见, whose opening verb the metadata took for part of the name) is replaced
the same way by the place the title names, when it names one.

A plan whose title and issuer name no place is then placed, in order of how sure each reading is,
by the one place the bodies it names in full open with (许昌市商务局, 房县发改局: each its place's
own body, not a customs district named after a city), when that place is of the level its bodies
written with a level word only speak at (市商务局); else by the 文号's opening character, the 简称
or the first character of one city's or county's name alone among the places of that level (许政:
许昌; 宁, 淮 and 苏 are shared and place nothing, unless one province the document cites or names
tells them apart). Bodies naming several places, one place its 文号 does not open with, or a partner's
(上海市商务局 listed beside 市商务局) place nothing and are said in ``region_unplaced``.
Before the bodies, the title of a plan the notice issues (附件 / 济南市进一步促进消费若干措施) places it
when every plan title opening with a place opens with the same one, of its bodies' level.
The notice's own words naming its place (结合淮安实际) are read with its metadata
(:func:`place_in_notice`), and, where nothing else names one, the government site a web page's head
names (…的通知_济南市人民政府: :func:`place_of_site`); :func:`notice_placed` says which.

A place named as someone else's places nothing: after a word of learning or docking (学习借鉴深圳,
对接上海), or in a clause of cooperation (与深圳合作, 与南京、杭州、合肥等城市共建) — in the title, or
in the measures over the one place the bodies named in full open with, when the plan writes bodies
with a level word alone beside them (:func:`partner_places`); a place opening the name of its customs
or tax bureau (与深圳海关合作) names that body, no partner.
A title naming places side by side (上海、江苏、浙江、安徽) is a plan for them all and places
nothing; a plan whose bodies speak at a province's level only (省发改委) is the province's, whatever
cities of it its title names.

The placing rules read a county's plan at a city's level (a county, a county-level city or a
district is placed as a city is); :func:`placed` reads it at a county's last, once its region is
settled: a plan whose region the gazetteer knows as a county-level division (桐乡市, 立山区, 房县,
闵行区 under 上海), or whose level only its bodies written 县… or 区… give, is a ``county`` one.
"""

from __future__ import annotations

import functools
import typing
from dataclasses import dataclass
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import regex

from pilotplans.cachedir import code_as_imported
from pilotplans.normalizers.registry.gazetteer import Gazetteer, Region
from pilotplans.normalizers.simplified import fold
from pilotplans.normalizers.unplaced import UNPLACED, unplaced
from pilotplans.patterns import compiled
from pilotplans.schema.models import LOCAL_LEVELS, Document, Level, Measure, Warning
from pilotplans.normalizers.township import TOWNSHIP, at_township_level, township_issuer, township_level
from pilotplans.schema.warned import warned
from pilotplans.textutil import longest_first

if TYPE_CHECKING:
    from pilotplans.normalizers.models import Resolution
    from pilotplans.normalizers.registry import Registry
    from pilotplans.normalizers.registry.files import Kind

INFERRED = "region_inferred"
# The gazetteer levels a plan's own region can be read at, and the document level each makes.
_LEVELS: dict[str, Level] = {"province": "provincial", "prefecture": "municipal"}
#: The document levels a region given or read re-levels between (:func:`at_region_level`).
_CITY_OR_COUNTY: tuple[Level, ...] = ("municipal", "county")


@dataclass(frozen=True)
class NamedPlace:
    """A place a text names: as written, and the gazetteer's place."""

    written: str
    region_id: str
    name: str
    level: Level


class PlacingWords(NamedTuple):
    """The word lists of ``data/placing.toml``, by its keys (the file says what each is for)."""

    others: tuple[str, ...]
    partner_openings: tuple[str, ...]
    partner_closings: tuple[str, ...]
    forwarding: tuple[str, ...]
    own_plans: tuple[str, ...]
    institutions: tuple[str, ...]
    carrying_out: tuple[str, ...]
    aid: tuple[str, ...]
    city_zones: tuple[str, ...]
    visit_openings: tuple[str, ...]
    visit_closings: tuple[str, ...]
    headline_arrivals: tuple[str, ...]
    guests: tuple[str, ...]
    address_labels: tuple[str, ...]
    lying_in: tuple[str, ...]
    county_parts: tuple[str, ...]
    speaking_as_province: tuple[str, ...]
    speaking_as_city: tuple[str, ...]
    speaking_as_district: tuple[str, ...]
    not_speaking_as_district: tuple[str, ...]
    speaking_as_county: tuple[str, ...]
    county_bodies: tuple[str, ...]
    county_bureau_ends: tuple[str, ...]
    city_body_joiners: tuple[str, ...]
    city_body_not_after: tuple[str, ...]
    city_body_ends: tuple[str, ...]
    own_zone_kinds: tuple[str, ...] = ()
    own_zone_townships: tuple[str, ...] = ()
    own_zone_not: tuple[str, ...] = ()
    site_governments: tuple[str, ...] = ()
    site_offices: tuple[str, ...] = ()
    speaking_as_zone: tuple[str, ...] = ()
    zone_not_before: tuple[str, ...] = ()
    speaking_below_region: tuple[str, ...] = ()
    below_region_kinds: tuple[str, ...] = ()
    below_region_not_before: tuple[str, ...] = ()
    unnamed_governments: tuple[str, ...] = ()
    own_printing: tuple[str, ...] = ()
    unnamed_level_words: tuple[str, ...] = ()
    second_place_joiners: tuple[str, ...] = ()
    place_kind_ends: tuple[str, ...] = ()
    below_a_province: tuple[str, ...] = ()
    below_a_city: tuple[str, ...] = ()
    place_joiners: tuple[str, ...] = ()
    county_joiners: tuple[str, ...] = ()
    area_words: tuple[str, ...] = ()
    as_autonomous_region: tuple[str, ...] = ()
    host_level_words: tuple[str, ...] = ()
    below_province_levels: tuple[str, ...] = ()
    city_own_words: tuple[str, ...] = ()
    city_level_words: tuple[str, ...] = ()
    speaking_as_lower: tuple[str, ...] = ()
    lower_not_before: tuple[str, ...] = ()
    below_a_region: tuple[str, ...] = ()
    prefecture_kinds: tuple[tuple[str, str], ...] = ()


@functools.cache
def _other_place_words() -> tuple[str, ...]:
    """The words after which a title names another place than its own (``data/placing.toml``),
    read once and kept in the cache folder for the next run (keyed by the file's bytes, the code
    reading it and Python's version): a start-up then neither imports the TOML parser nor parses it.
    The forwarding words (转发) are among them: the place after one is the forwarded body's."""
    return _placing_words().others


@functools.cache
def _forwarding_words() -> tuple[str, ...]:
    """The words after which a title names the body whose document it forwards (``data/placing.toml``:
    转发), read and kept as :func:`_other_place_words` is."""
    return _placing_words().forwarding


@functools.cache
def _partner_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words opening and closing a clause naming the places a measure works with
    (``data/placing.toml``: 与…合作), read and kept as :func:`_other_place_words` is."""
    words = _placing_words()
    return words.partner_openings, words.partner_closings


def _visit_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words opening and closing a clause naming the places a page's body visits (``data/placing.toml``:
    visit_openings, visit_closings; 赴…考察学习)."""
    words = _placing_words()
    return words.visit_openings, words.visit_closings


@functools.cache
def _placing_words() -> PlacingWords:
    """``placing.toml`` (see :func:`placing_words`), parsed once for all of its uses and kept; read
    back from the cache folder once a process. Not kept here, it was read back at every asking
    (some 40 of an extract of one plan: :func:`_visit_words`, :func:`own_plan_words` and the
    others are asked per title or line), each a quarter of a millisecond of digests and unpickling
    for the same value. A process keeps the words it first read, as the kept file's key (the
    file's digest as the process first read it) and :func:`_other_place_words` and its siblings
    already did: a changed ``placing.toml`` is read by the next process, not by a running one."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("placing", "placing.toml", _CODE, placing_words, PlacingWords)


#: This module as imported: what the kept words of placing.toml are keyed by.
_CODE = code_as_imported(__file__)


def own_plan_words() -> tuple[str, ...]:
    """The words a plan opens with after its place that only the place's own government makes (``data/placing.toml``
    own_plans: 国民经济和社会发展)."""
    return _placing_words().own_plans


def own_plan_after(text: str, end: int) -> bool:
    """Whether ``text`` goes on at ``end``, after the place it opens with, with the words of a plan only the
    place's own government makes (``data/placing.toml``: own_plans, 国民经济和社会发展…规划纲要)."""
    from pilotplans.normalizers.simplified import fold

    return fold(text)[end:].startswith(_placing_words().own_plans)


@functools.cache
def carrying_out_words() -> tuple[str, ...]:
    """The words by which a title's issuer carries out another body's document before 关于
    (``data/placing.toml``: carrying_out, 市政府贯彻国务院关于…), longest first."""
    return longest_first(_placing_words().carrying_out)


#: How many of a page's first lines its headline is looked for in (a site's row or two may stand over it).
_HEADLINE_LINES = 4


def place_of_headline_body(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The place of the body a news page's headline opens with and reports on (中共四川省委组织部组织…考察调研活动:
    四川, ``provincial``), and the body's name: for a page printing no title, 文号 or signature, its headline one of its
    first lines opening with a body the registry places (named after its place: 中共四川省委组织部, 四川省教育厅) and going
    on with what the body did, the page's text naming that body again by its level word (省委组织部), as a report of its
    doings does (the longest such name: 长春市发展和改革委员会召开园区 is never named again, 长春市发展和改革委员会 is).
    None otherwise — a line that is a body's name alone (a site's banner), a body the text never names again, a body of
    no place (国务院), a headline saying the body came to the page's own lower place (江苏省委组织部调研组来我县调研: the
    county's news, whose county the headline does not name)."""
    from pilotplans.normalizers.resolve import resolve_body
    from pilotplans.parsers.issuer_names import ends_like_a_body

    lines = [fold(text).strip() for text in texts if text.strip()]
    for at, line in enumerate(lines[:_HEADLINE_LINES]):
        opening = _PLACE_OPENING.match(line)
        if opening is None or _own_lower_place(opening["kind"]).search(line):
            continue  # 江苏省委组织部调研组来我县调研: a visit to the page's own county, which stays unsaid
        for end in range(min(len(line) - 2, _HEADLINE_BODY_LONGEST), opening.end(), -1):
            name = line[:end]
            if not ends_like_a_body(name):
                continue
            found = resolve_body(name)
            if found is None or found.region is None:
                continue
            region = gazetteer.region(found.region)
            visitor = opening["kind"] if _place_level(region) == "provincial" else None
            if _visits_a_place(line[end:], gazetteer, visitor):
                return None  # 四川省教育厅调研组到绵阳市安州区调研: the visited place's news, not the body's
            own = name.removeprefix("中共")[opening.start("kind") - opening.start("place"):]  # 中共四川省委组织部 → 省委组织部
            if not any(own in later for later in lines[at + 1:] if not later.startswith(name)):
                continue  # never named again by its level word: a banner, or words run on after the name (…召开园区)
            return name, NamedPlace(written=name, region_id=region.id, name=region.name, level=_place_level(region))
    return None


def _visits_a_place(rest: str, gazetteer: Gazetteer, visitor: str | None = None) -> bool:
    """Whether a headline's words after its body (``rest``) say the body went to a named place (到绵阳市安州区调研,
    赴自贡考察: ``placing.toml`` ``visit_openings`` or ``headline_arrivals``, then places, then ``visit_closings``), or,
    for a province-level body written with its kind ``visitor`` (省 of 青海省生态环境厅), to another province's body
    named by its kind alone (:func:`_an_unnamed_host`)."""
    openings, closings = _visit_words()
    clause = _partner_clause(openings + _placing_words().headline_arrivals, closings)
    return any(named_places(match["between"], gazetteer) or _opens_with_a_place(match["between"], gazetteer)
               or (visitor is not None and _an_unnamed_host(match["between"], visitor))
               for match in clause.finditer(rest, overlapped=True)
               if _opens_a_visit(rest, match.start(), match.start("between")))


def _an_unnamed_host(text: str, visitor: str) -> bool:
    """Whether a visit's destination ``text`` opens with a body named by a province's kind word alone
    (``placing.toml`` host_level_words: 自治区生态环境厅 of 青海省生态环境厅到自治区生态环境厅调研交流) other than the
    visiting province-level body's own kind ``visitor`` (省 of 青海省…): a 省's body going to a 自治区's, or a
    自治区's or a 直辖市's to a 省's, goes to another province — the host's, whose news leaves its own place unsaid, so the
    page is the host's, not the visitors'. Quiet on the visitor's own kind (新疆…厅到自治区党委汇报, 四川省教育厅到省委
    汇报: its own province's body, its own news, or another's — the headline cannot say) and on a level below (到市教育局,
    到县教育局: a body inside the visitor's place, whose portal may carry the visit as its own news)."""
    from pilotplans.normalizers.resolve import resolve_body
    from pilotplans.parsers.issuer_names import ends_like_a_body

    for level_word in _placing_words().host_level_words:
        if level_word == visitor or not text.startswith(level_word):
            continue
        for end in range(len(text), len(level_word), -1):
            name = text[:end]
            if ends_like_a_body(name) and (found := resolve_body(name)) is not None and found.region is None:
                return True
    return False


def _opens_with_a_place(text: str, gazetteer: Gazetteer) -> bool:
    """Whether ``text`` opens with a place's full name the gazetteer knows, short ones too (寿县 of 寿县炎刘镇学校, which
    :func:`named_places` leaves to their context)."""
    ends = _placing_words().place_kind_ends  # the kind words a place's name written in full ends with (寿县, 绵阳市)
    return any(text[k] in ends and gazetteer.lookup_written(text[:k + 1]) is not None
               for k in range(1, min(len(text), 12)))


#: A line opening with a place's name and kind (中共四川省委…, 四川省教育厅…): where a headline's body is looked for.
_PLACE_OPENING = compiled(r"^(?:中共)?(?P<place>\p{Han}{2,8}?(?P<kind>省|自治区|市))")


@functools.cache
def _own_lower_place(kind: str) -> regex.Pattern[str]:
    """A headline speaking of its page's own place by a kind below its body's ``kind`` (来我县, 到我市 under 江苏省委…;
    来我区 under 长春市…: ``placing.toml`` below_a_province under a province's or a region's body, below_a_city under a
    city's): the visited place's news, not the body's."""
    words = _placing_words()
    return compiled("我" + _alternatives(words.below_a_city if kind == "市" else words.below_a_province))

#: The longest body's name a headline is read for (中共四川省委组织部, 新疆维吾尔自治区人民政府办公厅).
_HEADLINE_BODY_LONGEST = 24


def place_of_city_zone(name: str, gazetteer: Gazetteer) -> Region | None:
    """The city or province whose zone ``name`` is, where it is its place's name and a kind of zone that is the
    place's whole (``data/placing.toml`` city_zones: 深圳经济特区 → 深圳市, 海南经济特区 → 海南省), the place a city or a
    province; None for any other name (a district, 罗湖区; a zone of a name no place bears)."""
    for word in _placing_words().city_zones:
        if name.endswith(word) and len(name) > len(word):
            region = gazetteer.lookup_written(name[:-len(word)])
            if region is not None and region.level in ("prefecture", "province"):
                return region
    return None


def other_place_words(text: str) -> tuple[str, ...]:
    """The ``others`` of ``placing.toml`` given as text, checked."""
    return placing_words(text)[0]


def placing_words(text: str) -> PlacingWords:
    """The words of ``placing.toml`` given as text (:class:`PlacingWords`), checked as the package's other data files are (a one-line error naming the file and key)."""
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, Field, model_validator

    from pilotplans.errors import validated_data_file

    word = Annotated[str, Field(min_length=1)]
    # a word read as one character of a name or a list (寿县's 县, the 、 between two places)
    letter = Annotated[str, Field(min_length=1, max_length=1)]

    class _File(BaseModel):
        model_config = ConfigDict(extra="forbid")

        others: list[word]
        partner_openings: list[word] = Field(min_length=1)
        partner_closings: list[word] = Field(min_length=1)
        forwarding: list[word] = Field(default_factory=list)
        own_plans: list[word] = Field(default_factory=list)
        institutions: list[word] = Field(default_factory=list)
        carrying_out: list[word] = Field(default_factory=list)
        aid: list[word] = Field(default_factory=list)
        city_zones: list[word] = Field(default_factory=list)
        visit_openings: list[word] = Field(default_factory=list)
        visit_closings: list[word] = Field(default_factory=list)
        headline_arrivals: list[word] = Field(default_factory=list)
        guests: list[word] = Field(default_factory=list)
        address_labels: list[word] = Field(default_factory=list)
        lying_in: list[word] = Field(default_factory=list)
        county_parts: list[word] = Field(default_factory=list)
        speaking_as_province: list[word] = Field(min_length=1)
        speaking_as_city: list[word] = Field(min_length=1)
        speaking_as_district: list[word] = Field(min_length=1)
        not_speaking_as_district: list[word] = Field(default_factory=list)
        speaking_as_county: list[word] = Field(min_length=1)
        county_bodies: list[word] = Field(min_length=1)
        county_bureau_ends: list[word] = Field(min_length=1)
        city_body_joiners: list[word] = Field(min_length=1)
        city_body_not_after: list[word] = Field(default_factory=list)
        city_body_ends: list[word] = Field(min_length=1)
        own_zone_kinds: list[word] = Field(default_factory=list)
        own_zone_townships: list[word] = Field(default_factory=list)
        own_zone_not: list[word] = Field(default_factory=list)
        site_governments: list[word] = Field(min_length=1)
        # required though they may be empty: a key left out would silently widen a pattern (全区县 read as a zone's 全区)
        site_offices: list[word]
        speaking_as_zone: list[word] = Field(min_length=1)
        zone_not_before: list[word]
        speaking_below_region: list[word] = Field(min_length=1)
        below_region_kinds: list[word] = Field(min_length=1)
        below_region_not_before: list[word]
        unnamed_governments: list[word] = Field(default_factory=list)
        own_printing: list[word] = Field(default_factory=list)
        unnamed_level_words: list[word] = Field(min_length=1)
        second_place_joiners: list[word] = Field(min_length=1)
        place_kind_ends: list[letter] = Field(min_length=1)
        below_a_province: list[word] = Field(min_length=1)
        below_a_city: list[word] = Field(min_length=1)
        place_joiners: list[letter] = Field(min_length=1)
        county_joiners: list[letter] = Field(min_length=1)
        area_words: list[word] = Field(min_length=1)
        as_autonomous_region: list[word] = Field(min_length=1)
        host_level_words: list[word] = Field(min_length=1)
        below_province_levels: list[letter] = Field(min_length=1)
        city_own_words: list[word] = Field(min_length=1)
        city_level_words: list[word] = Field(min_length=1)
        speaking_as_lower: list[word] = Field(min_length=1)
        lower_not_before: list[letter] = Field(min_length=1)
        below_a_region: list[letter] = Field(min_length=1)
        prefecture_kinds: dict[word, word] = Field(min_length=1)

        @model_validator(mode="after")
        def _forwarding_among_others(self) -> _File:
            if missing := [w for w in self.forwarding if w not in self.others]:
                raise ValueError(f"forwarding words must be among others too: {'、'.join(missing)}")
            if strays := [w for w in self.host_level_words if _WORD_LEVELS.get(w) != "provincial"]:
                raise ValueError(f"host_level_words must be a province's kind words (自治区, 省): {'、'.join(strays)}")
            if unknown := [w for w in self.below_province_levels if w not in _WORD_LEVELS]:
                raise ValueError(f"below_province_levels must be level words a body's name opens with: {'、'.join(unknown)}")
            if strays := [w for w in self.city_own_words if not w.startswith("市") or len(w) < 2]:
                raise ValueError(f"city_own_words must open with 市 and go on: {'、'.join(strays)}")
            if strays := [w for w in self.city_level_words
                          if not any(w.startswith(own) and len(w) > len(own) for own in self.city_own_words)]:
                raise ValueError(f"city_level_words must each go on from one of city_own_words: {'、'.join(strays)}")
            return self

    data = validated_data_file(_File, text, "placing.toml")
    return PlacingWords(*(tuple(value.items()) if isinstance(value := getattr(data, field), dict) else tuple(value)
                          for field in PlacingWords._fields))


def _place_joiners() -> tuple[str, ...]:
    """What joins the places of a list a measure works with (南京、杭州和合肥: ``placing.toml`` place_joiners), each one
    character."""
    return _placing_words().place_joiners


def partner_places(text: str, gazetteer: Gazetteer) -> list[tuple[str, NamedPlace]]:
    """The places ``text`` names as others than the plan's own, each with the words that say so:
    right after a word of ``placing.toml``'s ``others`` (学习借鉴深圳经验, 对接上海资源), in a
    clause between a partner opening and closing (与南京、杭州、合肥等城市共建), or listed first in a clause between
    a visit's opening and closing (赴安吉县考察学习, 赴奉化区参观学习: ``visit_openings``, ``visit_closings``; 吸引…到厦门
    从事商务 comes to the page's own place, no visit). A place merely named (推动厦门自贸片区建设) is none."""
    text = fold(text)
    return [*_partners_met(text, gazetteer), *visited_places(text, gazetteer)]  # 赴安吉县考察学习: a place visited


def _partners_met(text: str, gazetteer: Gazetteer) -> list[tuple[str, NamedPlace]]:
    """The places ``text`` (folded) names as others than the plan's own by :func:`partner_places`'s words, the visits'
    left out: after an ``others`` word, or in a partner clause."""
    found: list[tuple[str, NamedPlace]] = []
    ends: set[int] = set()  # where a word read ends: 借鉴 inside 学习借鉴 is the same word
    for word in _longest_first(_other_place_words()):
        at = text.find(word)
        while at >= 0:
            if at + len(word) not in ends:
                ends.add(at + len(word))
                found.extend((word + place.written, place) for place in _places_listed(text[at + len(word):], gazetteer))
            at = text.find(word, at + len(word))
    for match in _partner_clause(*_partner_words()).finditer(text, overlapped=True):  # 同心县与银川合作: the clause opening at 与 too
        found.extend((match[0], place) for place in _places_listed(match["between"], gazetteer))
    return found


def visited_unless_partnered(texts: list[str], gazetteer: Gazetteer) -> set[str] | None:
    """The ids of the places ``texts`` only visit (:func:`visited_places`: 赴安吉县考察学习), which a township's page
    passes over in looking for its county; None where they name a partner place not visited too (与安吉县签订合作协议:
    whose township the page is its text does not say)."""
    folded = [fold(text) for text in texts]
    visited = {place.region_id for text in folded for _, place in visited_places(text, gazetteer)}
    if any(place.region_id not in visited for text in folded for _, place in _partners_met(text, gazetteer)):
        return None
    return visited


def visited_places(text: str, gazetteer: Gazetteer) -> list[tuple[str, NamedPlace]]:
    """The places ``text`` lists first in a clause between a visit's opening and closing (赴安吉县考察学习, 赴奉化区、
    余姚市参观学习: ``placing.toml`` ``visit_openings``, ``visit_closings``), each with the clause: where the page's
    body travels to, never where it lies."""
    text = fold(text)
    return [(match[0], place) for match in _partner_clause(*_visit_words()).finditer(text, overlapped=True)
            if _opens_a_visit(text, match.start(), match.start("between"))
            for place in _places_listed(match["between"], gazetteer)]


#: How many characters either side of a visit's opening or a county's name are cut into words to tell whether it stands
#: as a word: enough for the longest word holding it (全力以赴, 前赴后继) and the words beside it.
_WORD_WINDOW = 6


def _stands_as_word(text: str, at: int, length: int) -> bool:
    """Whether a word ``length`` characters long opens at ``at`` in ``text`` by the segmenter's dictionary (the diff's:
    :mod:`pilotplans.diff.segment`): a county's two-character name 沁县 in 为沁县建设 is a word, 易县 in 交易县域 none
    (交易 / 县域). Only where a Han character stands next to it is the text cut: a word opening the text, or between
    punctuation, is one."""
    end = at + length
    if (at == 0 or not _HAN.match(text[at - 1])) and (end >= len(text) or not _HAN.match(text[end])):
        return True
    start = max(0, at - _WORD_WINDOW)
    cursor = start
    for word in _cut(text[start:end + _WORD_WINDOW]):
        if cursor == at:
            return cursor + len(word) == end
        if cursor > at:
            return False
        cursor += len(word)
    return False


#: The longest word a visit's opening closes and still goes by (奔赴, 分赴, 远赴: a verb of going, two characters); an
#: idiom holding it (全力以赴, 前赴后继) is longer and goes nowhere.
_GOING_WORD_LONGEST = 2


def _opens_a_visit(text: str, at: int, end: int) -> bool:
    """Whether the visit's opening ``text[at:end]`` (赴, 前往) goes somewhere by the segmenter's cut (as
    :func:`_stands_as_word`): a word of its own or the first letters of one (组织干部赴安吉县, 赴京), or the end of a verb of
    going no longer than :data:`_GOING_WORD_LONGEST` (奔赴安吉县, 分赴安吉县、余姚市: the body travels there too) — not
    inside an idiom (全力以赴, 前赴后继) nor across two other words (提前往年: 提前 / 往年)."""
    if at == 0 or not _HAN.match(text[at - 1]):
        return True
    start = max(0, at - _WORD_WINDOW)
    cursor = start
    for word in _cut(text[start:end + _WORD_WINDOW]):
        if cursor == at:
            return True
        if cursor + len(word) > at:
            return cursor + len(word) == end and len(word) <= _GOING_WORD_LONGEST
        cursor += len(word)
    return False


def _two_letters_named(text: str, at: int, written: str) -> bool:
    """Whether a county's two-character name ``written`` at ``at`` in ``text`` names it: where it stands as a word
    (:func:`_stands_as_word`), and, opening with a joining word (和县: :func:`_place_joiners`), only with no Han letter
    before it — 市和县两级, 乡镇和县直部门 join a level to 县 (马鞍山市和县 is read after its city, 和县人民政府 opens
    its line)."""
    if written[0] in _place_joiners() and at > 0 and _HAN.match(text[at - 1]):
        return False
    return _stands_as_word(text, at, len(written))


def _cut(text: str) -> list[str]:
    """``text`` cut by the segmenter the diff cuts with (:mod:`pilotplans.cut_engines`: rjieba where it is installed,
    else jieba, or the one ``$PILOTPLANS_SEGMENTER`` names), reached without the diff's package: importing it cost an
    extract some 320 M instructions more than the engine's own load (about 440 M), on every page with a word to cut."""
    from pilotplans.cut_engines import cutter, default_engine

    return cutter(default_engine())(text)


_HAN = compiled(r"\p{Han}")


@functools.cache
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` longest first, sorted once per list rather than once per text read."""
    return longest_first(words)


@functools.cache
def _partner_clause(openings: tuple[str, ...], closings: tuple[str, ...]) -> regex.Pattern[str]:
    """A clause between a partner opening and closing (与…合作), its places in ``between``: the
    pattern is put together once per word lists, not once per text read."""
    return compiled(_alternatives(openings) + _BETWEEN + _alternatives(closings))


#: A visit's or a partnership's places, between its opening and its closing: within one clause.
_BETWEEN = r"(?P<between>[^。；;，,：:！!？?（）()]{1,40}?)"


def _places_listed(text: str, gazetteer: Gazetteer) -> list[NamedPlace]:
    """The places ``text`` opens with, one after another (深圳, 南京、杭州、合肥), until words that
    are no place or joiner. A place opening the name of a vertically managed body sitting there
    (深圳海关, 深圳市税务局) is that body's, not a place listed: a plan works with the customs or
    tax bureau of its own city too, so it names no other place."""
    listed: list[NamedPlace] = []
    rest, started = text, False
    for place in named_places(text, gazetteer):
        rest = rest.lstrip("".join(_place_joiners())) if started else rest
        if not rest.startswith(place.written):
            break
        started = True
        branch = _branch_named(rest, place)
        if branch:
            rest = rest[branch:]
            continue
        listed.append(place)
        rest = rest[len(place.written):]
    return listed


#: Where a body's name written in running text ends at the latest.
_NAME_END = r"[、，,。；;：:！!？?（）()\s]"


def _branch_named(text: str, place: NamedPlace) -> int:
    """The length of the longest opening of ``text`` (which opens with ``place``) naming a body of
    ``place`` that belongs to a vertically managed system or is hosted by another body (深圳海关,
    深圳市税务局: the same bodies :func:`_opening_place` never places a plan by); 0 when none."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.resolve import resolve_body

    registry = load_registry()
    words = compiled(_NAME_END).split(text, maxsplit=1)[0][:24]
    for end in range(len(words), len(place.written), -1):
        kind = _own_kind(resolve_body(words[:end], registry=registry), place.region_id, registry)
        if kind is not None and _served_elsewhere(kind):
            return end
    return 0


def _names_a_province_s_body(text: str, place: NamedPlace, gazetteer: Gazetteer) -> bool:
    """Whether ``place``, where ``text`` first writes it, opens the name of a body the registry places at a province
    and not at ``place`` (南京海关, 杭州海关: a customs named after a provincial capital serves its province,
    ``departments.toml``'s ``customs_district``) — the capital named there is no body's city of its own."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.resolve import resolve_body

    at = text.find(place.written)
    if at < 0:
        return False
    registry = load_registry()
    words = compiled(_NAME_END).split(text[at:], maxsplit=1)[0][:24]
    for end in range(len(words), len(place.written), -1):
        region = resolve_body(words[:end], registry=registry).region
        if region is not None and region != place.region_id and region in gazetteer.regions \
                and gazetteer.region(region).level == "province":
            return True
    return False


def _own_kind(found: Resolution, region_id: str, registry: Registry) -> Kind | None:
    """The kind of body ``found`` resolved to when it is a body of ``region_id`` itself; None otherwise."""
    return registry.kinds.get(found.kind or "") if found.region == region_id else None


def _served_elsewhere(kind: Kind) -> bool:
    """Whether a body of ``kind`` belongs to a vertically managed system or is hosted by another
    body (海关, 税务局): named after its place, it is no body of the place's own government."""
    return kind.system is not None or bool(kind.hosts)


def named_places(text: str, gazetteer: Gazetteer, disowned: set[str] | None = None) -> list[NamedPlace]:
    """The places ``text`` names by their current names, in order, the longest name at each place:
    provinces and prefecture-level cities (湖北, 湖北省, 南京市), and counties and districts written
    in full, either after their city (武汉市蔡甸区) or alone when no other bears the name (芮城县). A
    name several places bear is taken for the most prominent one only when the gazetteer can tell
    (:meth:`Gazetteer.choose`). A place right after a word that names someone else's (学习借鉴深圳,
    对标上海: ``data/placing.toml``) is not named, nor a division written right after a province or a city it does not
    lie in (伊宁市东城区: 伊宁市's own area, not 北京's 东城区, the one division the gazetteer holds by that name; two
    divisions run together, 鼓楼区玄武区, or two county-level cities of one city, 义乌市东阳市, are both named): its name
    is added to ``disowned`` when given, so that a reader of several lines takes it alone (东城区) for that area too."""
    found: list[NamedPlace] = []
    others = _other_place_words()
    start, after = 0, -1  # ``after``: where the last place found ends in ``text``
    while start < len(text):
        for written, ids, former in gazetteer.prefixes(text[start:]):
            if former or len(written) < 2:
                continue
            if text[:start].endswith(others):  # 学习借鉴深圳…: another place than the plan's own
                start += len(written) - 1
                break
            region = gazetteer.choose(ids)
            if region is None:
                continue
            if region.level == "county" and written == region.name \
                    and (len(written) >= 3 or _two_letters_named(text, start, written)):
                # a two-character name (沁县, 易县) only where it stands as a word: 交易县域 holds 易县 as letters only
                if start == after and found[-1].name.endswith(("省", "市", "自治区")) \
                        and found[-1].region_id not in gazetteer.ancestors(region.id) \
                        and not _siblings(found[-1].region_id, region.id, gazetteer):
                    if disowned is not None:
                        disowned.add(written)
                    start += len(written) - 1  # 伊宁市东城区: a part of 伊宁市 the gazetteer does not hold
                    break
                found.append(NamedPlace(written, region.id, region.name, "municipal"))
            elif region.level == "new_area" and written in (region.name, region.short):
                place = division_of(region, gazetteer)
                found.append(NamedPlace(written, place.id, place.name, "municipal"))
            elif region.level in _LEVELS:
                after = text[start + len(written):]
                inner = _county_after(after, region.id, gazetteer) or _new_area_after(after, region.id, gazetteer)
                if inner is not None:
                    place = division_of(inner, gazetteer)
                    found.append(NamedPlace(inner.name if inner.level == "county" else _written_area(after, inner),
                                            place.id, place.name, "municipal"))
                    written += found[-1].written
                else:
                    found.append(NamedPlace(written, region.id, region.name, _LEVELS[region.level]))
            else:
                continue
            start += len(written) - 1
            after = start + 1
            break
        start += 1
    return found


def _siblings(first: str, second: str, gazetteer: Gazetteer) -> bool:
    """Whether the regions ``first`` and ``second`` are two county-level divisions of one city (义乌市 and 东阳市, both
    金华's): written run together (义乌市东阳市) they are two places named, neither a part of the other."""
    return gazetteer.region(first).level == "county" and gazetteer.region(second).level == "county" \
        and set(gazetteer.ancestors(first)) - {first} == set(gazetteer.ancestors(second)) - {second}


def zone_host(issuer: str, gazetteer: Gazetteer) -> NamedPlace | None:
    """The place hosting the zone whose committee, or an office of whose committee, ``issuer`` is, where its name
    gives no place's word the metadata reads (金华经济技术开发区管理委员会党政综合办公室: 金华's, ``municipal``; a
    county's zone, its county's, ``county``): a zone is no level of its own, its committee is its host's 派出机构,
    and the registry reads the host from the zone's name. None for any other body, for a zone whose name gives
    no host (经济技术开发区管委会 alone), and for a new area's committee, which the new area's own rules place."""
    found = _zone_body(issuer)
    if found is None or found.region is None:
        return None
    region = gazetteer.region(found.region)
    if region.level == "zone" and region.parent:
        # a zone of the code table (承德高新区, 130871) is listed under its host, whose the committee is
        region = gazetteer.region(region.parent)
    level = "county" if region.level == "county" else _LEVELS.get(region.level)
    if level is None or level == "provincial":
        return None
    return NamedPlace(issuer, region.id, region.name, level)


def names_zone_body(issuer: str) -> bool:
    """Whether ``issuer`` names a zone's committee or one of its offices (长沙高新区管理委员会, whose 委员会 is no
    ministry's; 金华经济技术开发区管理委员会党政综合办公室), by the registry's kinds, a new area's excepted."""
    return _zone_body(issuer) is not None


def _zone_body(issuer: str) -> Resolution | None:
    """The body the registry reads ``issuer`` as where it is a zone's committee or one of its offices, one body alone."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.resolve import is_zone_body, resolve_body

    registry = load_registry()
    found = resolve_body(issuer, registry=registry)
    return found if is_zone_body(registry, found, new_areas=False) else None


def _new_area_after(text: str, within: str, gazetteer: Gazetteer) -> Region | None:
    """The state-level new area of ``within`` that ``text`` opens with, by its full or short name
    (重庆市两江新区: 两江新区, whose province 重庆 is written before it)."""
    for written, ids, former in gazetteer.prefixes(text):
        inner = None if former else gazetteer.choose([i for i in ids if within in gazetteer.ancestors(i)], within)
        if inner is not None and inner.level == "new_area" and written in (inner.name, inner.short):
            return inner
    return None


def new_area_opening(text: str, gazetteer: Gazetteer) -> Region | None:
    """The state-level new area (国家级新区) ``text`` opens with, alone (两江新区, 河北雄安新区) or
    after its province or city written in full (河北省雄安新区管理委员会, 重庆市两江新区): its plan is the
    new area's, not its province's. None when ``text`` opens with no new area (河北省人民政府, a
    district such as 浦东新区, which the gazetteer lists as one, or a zone: 成都高新区). A new area one
    district's government governs whole (青岛西海岸新区: 黄岛区) is that district (:func:`division_of`)."""
    text = fold(text)
    for written, ids, former in gazetteer.prefixes(text):
        region = None if former else gazetteer.choose(ids)
        if region is None:
            continue
        if region.level == "new_area":
            return division_of(region, gazetteer) if written in _area_forms(region, gazetteer) else None
        area = _new_area_after(text[len(written):], region.id, gazetteer) if region.level in _LEVELS else None
        return division_of(area, gazetteer) if area is not None else None
    return None


def _area_forms(area: Region, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The forms a name may open with to be the new area's: its full and short names, and its other names
    where its committee is one government with a division (广州南沙开发区管委会: 南沙区's, regions.toml
    ``division``); an alias alone (雄安, 东湖高新区) is no opening of the area's own notices."""
    names = (area.name, area.short or area.name)
    return (*names, *area.aliases) if area.id in gazetteer.area_divisions else names


def division_of(area: Region, gazetteer: Gazetteer) -> Region:
    """The division whose government a state-level new area's is, where it covers one whole
    (青岛西海岸新区: 黄岛区, regions.toml ``division``); the new area itself otherwise (天府新区)."""
    division = gazetteer.area_divisions.get(area.id)
    return gazetteer.region(division) if division is not None else area


def _written_area(text: str, area: Region) -> str:
    """How ``text``, opening with ``area``'s name, writes it: its full name or its short one."""
    return area.name if text.startswith(area.name) else area.short or area.name


def county_opening(text: str, gazetteer: Gazetteer) -> Region | None:
    """The county or district ``text`` opens with written in full, alone (忠县发展和改革委员会: 忠县's
    commission, whose name ends like a ministry's) or after its province or city (南通市海门区…行动计划:
    海门区's, not 南通's); None when ``text`` opens with none, with a county written short, with a
    name several counties bear and nothing before it settles, or with a province or city whose
    next words name no county of its own (南通市商务局)."""
    text = fold(text)
    for written, ids, former in gazetteer.prefixes(text):
        if former:
            continue
        region = gazetteer.choose(ids)
        if region is None:
            return None  # the longest name written is several places' (通州区): no shorter one is meant
        if region.level == "county":
            return region if written == region.name else None
        if region.level in _LEVELS:
            return _county_after(text[len(written):], region.id, gazetteer)
        return None
    return None


class DivisionOpening(NamedTuple):
    """The most specific division a name opens with (:func:`division_opening`) and where it ends."""

    region: Region
    end: int
    links: int = 1  # how many divisions the chain writes (广东省深圳市南山区: 3)


# The levels of the divisions a name's opening chain is read through (not zones or new areas).
_CHAIN_LEVELS = ("province", "prefecture", "county")


def division_opening(text: str, gazetteer: Gazetteer) -> DivisionOpening | None:
    """The most specific division ``text`` opens with, each division of the chain written inside the
    one before it by its full name or an alias (广东省深圳市南山区人民政府: 南山区; 湖北省恩施州人民政府: 恩施州;
    晋城市城区人民政府: 晋城's 城区, one of several 城区), or a prefecture not named …市 by its short form
    after its province (吉林省延边…: 延边朝鲜族自治州); None when ``text`` opens with no division so
    written, or with a name several divisions bear that nothing before it settles (城区 alone)."""
    text = fold(text)
    found: DivisionOpening | None = None
    while (step := _division_next(text[found.end if found else 0:], found.region if found else None, gazetteer)):
        found = DivisionOpening(step.region, (found.end if found else 0) + step.end, found.links + 1 if found else 1)
    return found


def forwards_or_carries_out(title: str) -> bool:
    """Whether ``title`` forwards another body's document (placing.toml ``forwarding``: 转发) or names one
    by its issuer's title in 《》 (贯彻落实《国务院关于…的通知》的实施意见): a 文号 printed under it may be
    that document's."""
    folded = fold(title)
    return any(word in folded for word in _forwarding_words()) or _CITED_ISSUER_TITLE.search(folded) is not None


# A document named in 《》 by its issuer's title (《国务院关于…》), not a plan's own name (《…实施方案》).
_CITED_ISSUER_TITLE = compiled(r"《[^》]*关于")


def doc_no_of_place(doc_no: str, region: Region) -> bool:
    """Whether ``doc_no`` opens with ``region``'s own abbreviation (兴署发 for 兴安盟, 乐府办函 for 乐山市: the
    first character of its name or a 简称 the gazetteer gives it), not only one of the places it lies in."""
    return fold(doc_no)[:1] in _doc_no_abbreviations(region)


def _division_next(text: str, within: Region | None, gazetteer: Gazetteer) -> DivisionOpening | None:
    """The division of ``within`` (of any place when None) that ``text`` opens with, written as
    :func:`division_opening` reads a chain's links."""
    for written, ids, former in gazetteer.prefixes(text):
        if former:
            continue
        inside = [i for i in ids if within is None or within.id in gazetteer.ancestors(i)]
        region = gazetteer.choose(inside, within.id if within else None)
        if region is None:
            if within is None and inside:
                return None  # the longest name written is several places' (城区): no shorter one is meant
            continue
        if region.level not in _CHAIN_LEVELS:
            continue
        short_after_province = (within is not None and within.level == "province" and region.level == "prefecture"
                                and written == region.short and region.name != f"{region.short}市")
        if written == region.name or written in region.aliases or short_after_province:
            return DivisionOpening(region, len(written))
    return None


def _county_after(text: str, within: str, gazetteer: Gazetteer) -> Region | None:
    """The county or district of ``within`` that ``text`` opens with, written in full (蔡甸区)."""
    for written, ids, former in gazetteer.prefixes(text):
        inner = None if former else gazetteer.choose([i for i in ids if within in gazetteer.ancestors(i)], within)
        if inner is not None and inner.level == "county" and written == inner.name:
            return inner
    return None


def placed(document: Document, gazetteer: Gazetteer, level_given: bool = False) -> Document:
    """``document`` with the region its title (or issuer) names when its metadata gives none (see
    the module docstring); unchanged otherwise. Bodies written with a level word only (省商务厅,
    市发改委) say the document's level where its head does not, and undo a national level read only
    from an issuer ending like a ministry's (发展和改革委员会, printed without its province): a
    ministry's plan does not name its owners 省…. A local document left without a region says so
    in ``region_unnamed``: its bodies written so stay unresolved. A level the caller gives
    (``level_given``: a manifest's hints) is kept as given."""
    overruled = document.level == "national"
    if overruled and (level_given or not _ministry_like_only(document.issuer)):
        return document  # national by its issuer's own words, or by the caller's hints: never overruled
    bodies = _Bodies(document.measures, gazetteer)  # read once for the level and for every placing rule
    words = bodies.words()
    spoken = _spoken_level(words, bodies, document.issuer) if document.level in (None, "national") and not level_given else None
    if overruled:
        if spoken is None:
            return document
        warning = Warning(code="level_from_bodies", message=(
            f"its issuer, {document.issuer}, ends like a ministry's but names no place, and its bodies are "
            f"written {'、'.join(words)}… only ({'、'.join(_level_written(document.measures, words))}): read as a "
            f"{spoken} document, not a national one"))
        document = document.model_copy(update={"level": None, "warnings": [*document.warnings, warning]})
    # a county's plan (a manifest's level) and a township's (its own body issuing: township.py) are placed as a city's
    # plan is, the placing rules knowing no lower level; the level read is given back
    below_city = document.level if document.level in ("county", TOWNSHIP) else None
    found = _placed(document.model_copy(update={"level": "municipal"}) if below_city else document, bodies)
    if below_city and found.level == "municipal":
        found = found.model_copy(update={"level": below_city})
    if found.level is None and spoken is not None and overruled:
        found = found.model_copy(update={"level": spoken})  # said when the national level was overruled
    elif found.level is None and spoken is not None:
        warning = Warning(code="level_from_bodies", message=(
            f"nothing else gives its level, and its bodies are written {'、'.join(words)}… only "
            f"({'、'.join(_level_written(document.measures, words))}): read as a {spoken} document"))
        found = found.model_copy(update={"level": spoken, "warnings": [*found.warnings, warning]})
    elif (found.level is None and found.region is None and not level_given
          and not any(w.code == UNPLACED for w in found.warnings)):
        found = _central_owned(found, bodies)
    if not level_given:  # a township issuing its own: its county's region read, the township's level (township.py)
        found = at_township_level(at_region_level(found, gazetteer), gazetteer)
    return _unnamed(found, words)


#: How many distinct central bodies written as no local body is (商务部, 海关总署; not 发展改革委 or 统计局, which
#: a province's or a city's plan writes for its own) a plan's owners must name, and what share of its owners
#: known by their tier (central, or a place's own: 省商务厅, 厦门海关, 商务厅) they must be, for a plan whose
#: head gives no level and names no place to read as national (:func:`_central_owned`).
CENTRAL_OWNERS_LEAST = 5
CENTRAL_OWNERS_SHARE = 0.9


def _central_owned(document: Document, bodies: _Bodies) -> Document:
    """``document`` (its head giving no level, nothing placing it) read ``national`` when the owners its
    measures name are (nearly) all central bodies: at least ``CENTRAL_OWNERS_LEAST`` distinct ones, and
    ``CENTRAL_OWNERS_SHARE`` or more of its owners whose tier the registry knows — a State Council
    attachment printed without its covering notice (商务部、发展改革委、外汇局…, no 文号, no issuer). The
    column of superiors (上级部门: ministries a local plan names over its own bodies) is left out, and a body
    written with a level word alone (市商务局), resolving to a place's own (厦门海关, 海南省税务局) or written as
    a local body is after its place and as no central one is (商务厅, 财政局: a province's plan printing its
    departments without 省) counts against it; of the central ones, those a local plan writes for its own
    too (发展改革委, 统计局: :func:`_local_form`) do not count towards ``CENTRAL_OWNERS_LEAST``; said in
    ``level_from_bodies``. Unchanged otherwise."""
    tiers = _owner_tiers(bodies)
    central, local, only_central = tiers.central, tiers.local, tiers.only_central
    if len(only_central) < CENTRAL_OWNERS_LEAST or len(central) < CENTRAL_OWNERS_SHARE * (len(central) + len(local)):
        return document
    warning = Warning(code="level_from_bodies", message=(
        f"its head gives no level and names no place, and {len(central)} of the {len(central) + len(local)} "
        f"owners its measures name whose tier is known are central bodies ({'、'.join(central[:3])}…): "
        "read as a national document"))
    return document.model_copy(update={"level": "national", "warnings": [*document.warnings, warning]})


@dataclass(frozen=True)
class OwnerTiers:
    """The distinct owners a plan's measures name (its superiors' column left out), as written, by tier:
    ``central`` bodies, ``only_central`` those of them no local plan writes for its own (商务部, 海关总署;
    not 发展改革委 or 统计局), and ``local`` ones (a place's own body, 厦门海关; one written with a level
    word alone, 市商务局; or as a local body is after its place and no central one is, 商务厅)."""

    central: tuple[str, ...]
    local: tuple[str, ...]
    only_central: tuple[str, ...]


def owner_tiers(document: Document, gazetteer: Gazetteer, *, until_local: bool = False) -> OwnerTiers:
    """The owners ``document``'s measures name, by tier (:class:`OwnerTiers`), each read alone. With
    ``until_local``, the owners up to the first local one only (for a reader asking whether any owner is local:
    the rest are not read, each owner's reading alone being a body resolved again)."""
    return _owner_tiers(_Bodies(document.measures, gazetteer), until_local=until_local)


def _owner_tiers(bodies: _Bodies, *, until_local: bool = False) -> OwnerTiers:
    central: list[str] = []
    local: list[str] = []
    for piece in _owners(bodies):
        if until_local and local:
            break
        tier = bodies.resolve(piece).level
        if tier == "central":
            central.append(piece)  # 市场监管总局 too, though it opens with 市
        elif (tier in LOCAL_LEVELS or any(_level_opening(word).match(piece) and piece != word for word in _LEVEL_WORDS)
              or _local_form(piece, bodies.registry)):
            local.append(piece)  # a place's own body (厦门海关), one written with a level word alone (市商务局) or none (商务厅)
    only_central = [piece for piece in central if not _local_form(piece, bodies.registry)]
    return OwnerTiers(tuple(central), tuple(local), tuple(only_central))


def _local_form(body: str, registry: Registry) -> bool:
    """Whether ``body`` is what a local body's name has after its place (商务厅, 财政局, 发展改革委: 省商务厅,
    市财政局, 区发展改革委; the registry's kind forms), so that a local plan may write its own body so."""
    from pilotplans.normalizers.local_names import left_out_after_any_marker

    return left_out_after_any_marker(registry, body)


def at_region_level(document: Document, gazetteer: Gazetteer) -> Document:
    """``document``, read at a city's or a county's level, read at its region's: ``county`` where the
    gazetteer knows the region as a county-level division (:func:`is_county_level`), ``municipal``
    where it knows it as a prefecture-level one (a city, an autonomous prefecture, a league, a new
    area, a zone: :func:`is_city_level`). The placing rules read a county's plan as a city's, and a
    plan whose bodies are written 区… only reads a county's until a region given (``--region 厦门``)
    says whose it is. A province's or a municipality's region, or a name no place bears, leaves the
    level read. A level so changed rests on the region, no longer on the bodies: the
    ``level_from_bodies`` note that read the other level is dropped (it said "read as a county
    document" of a plan now municipal)."""
    if document.level not in _CITY_OR_COUNTY or document.region is None:
        return document
    if is_county_level(document.region, gazetteer):
        level: Level = "county"
    elif is_city_level(document.region, gazetteer):
        level = "municipal"
    else:
        return document
    if document.level == level:
        return document
    kept = [warning for warning in document.warnings if warning.code != "level_from_bodies"]
    return document.model_copy(update={"level": level, "warnings": kept})


def is_county_level(region: str, gazetteer: Gazetteer) -> bool:
    """Whether a document's ``region`` (as :meth:`Gazetteer.written_region` writes it) is a county-level
    division in the gazetteer (a county, a county-level city, a district — a municipality's too —, a
    banner, a forest area): the place it names, or, when several bear the name and none is told
    apart (宝山区 of 上海 and of 双鸭山), every place bearing it. A name no place bears says nothing."""
    return _all_bearing(region, gazetteer, ("county",))


def is_city_level(region: str, gazetteer: Gazetteer) -> bool:
    """Whether a document's ``region`` is a prefecture-level place in the gazetteer whose plans read
    ``municipal`` (a prefecture-level city, an autonomous prefecture, a league, a new area or a zone
    — 雄安新区, 两江新区: no county-level division —), as :func:`is_county_level` reads a name."""
    return _all_bearing(region, gazetteer, ("prefecture", "new_area", "zone"))


def stored_before_county(documents: Sequence[Document], gazetteer: Gazetteer) -> list[Document]:
    """The ``documents`` (as a database holds them) read ``municipal`` whose region the gazetteer knows
    as a county-level division (:func:`is_county_level`: 大竹县, 闵行区): this version reads such a plan
    ``county`` (:func:`at_region_level`), so they were stored before the ``county`` level existed — or
    a manifest gave them ``municipal``, which a rebuild keeps."""
    return [d for d in documents if d.level == "municipal" and d.region and is_county_level(d.region, gazetteer)]


def stored_before_township(documents: Sequence[Document], gazetteer: Gazetteer) -> list[Document]:
    """The ``documents`` (as a database holds them) a township issues (:func:`~pilotplans.normalizers.township.township_level`)
    stored at another level: this version reads them ``township``, so they were stored before that level existed — or
    a manifest gave them their level, which a rebuild keeps."""
    return [d for d in documents
            if d.level != TOWNSHIP and township_level(d.level, d.issuer, d.doc_no, gazetteer) == TOWNSHIP]


def _all_bearing(region: str, gazetteer: Gazetteer, levels: tuple[str, ...]) -> bool:
    """Whether the place ``region`` names, or every place bearing it when none is told apart, is of
    one of the gazetteer ``levels``; a name no place bears says nothing."""
    found = gazetteer.lookup_written(region)
    bearing = (found,) if found is not None else gazetteer.candidates(region)
    return bool(bearing) and all(place.level in levels for place in bearing)


def _ministry_like_only(issuer: str | None) -> bool:
    """Whether a national level can have been read only from an issuer's name ending like a
    ministry's that a local body's name shares (发展和改革委员会, printed without its province): not
    one central by its own words (国家发展改革委, 商务部, 海关总署, 商务部国家发展改革委财政部). A level
    the caller gives (hints) is :func:`placed`'s to keep."""
    from pilotplans.parsers.metadata import central_by_name, level_of

    return level_of(issuer) == "national" and not central_by_name(issuer)


def _spoken_level(words: tuple[str, ...], bodies: _Bodies, issuer: str | None = None) -> Level | None:
    """The level the bodies written with a level word only (``words``) speak at: one level for them
    all (省 and 自治区 a province's; 市 a city's; 县 and 区 a county's or district's — beside 市 a city's:
    a city's plan naming its districts' bodies, or a district's naming its city's, which its place, once
    read, tells apart), and more of them than central bodies (商务部、财政部 beside 有关省、市人民政府 are a
    national plan's, its 市 a kind of government). 区… bodies of a plan a zone's or a new area's
    committee issues (开发区管委会: 区经发局) are the zone's, read at a city's level as the gazetteer reads
    a zone's or a new area's bodies (``body_level``), not a district's."""
    levels = {_WORD_LEVELS[word] for word in words}
    if levels == {"municipal", "county"}:
        levels = {"municipal"}
    if levels == {"county"} and _zone_committee(issuer, bodies.registry):
        levels = {"municipal"}  # 区… bodies under a zone's or new area's 管委会: the zone's, not a district's
    if len(levels) != 1:
        return None
    local = {piece for _, pieces in bodies.cells for piece in pieces
             if any(_level_opening(word).match(piece) for word in words)}
    central = {piece for field, pieces in bodies.cells for piece in pieces
               if field != "superior" and piece not in local and bodies.resolve(piece).level == "central"}
    return next(iter(levels)) if len(local) > len(central) else None


def _zone_committee(issuer: str | None, registry: Registry) -> bool:
    """Whether ``issuer`` is a committee governing a zone or a new area (经济技术开发区管理委员会,
    管委会办公室): it ends with a committee form of a kind of body that zones have (``areas``)."""
    if not issuer:
        return False
    name = fold(issuer).removesuffix("办公室")
    return any(name.endswith(form) for form in registry.committee_forms_longest_first)


def _unnamed(document: Document, words: tuple[str, ...]) -> Document:
    """``document`` with a ``region_unnamed`` warning when it is a local one left without a region
    whose bodies are written with a level word only (``words``), unless placing it already said why
    none is taken (a ``region_unplaced`` warning)."""
    if (document.region is not None or document.level in (None, "national") or not words
            or any(w.code == UNPLACED for w in document.warnings)):
        return document
    warning = Warning(code="region_unnamed", message=(
        f"a {document.level} document for which no place of its own is read in its title, issuer, 文号, notice or bodies: its region is "
        f"unknown, and its bodies written with their level word only "
        f"({'、'.join(_level_written(document.measures, words))}) are left unresolved"))
    return warned(document, warning)


def _level_written(measures: list[Measure], words: tuple[str, ...], most: int = 3) -> list[str]:
    """The first ``most`` bodies of ``measures`` written with one of ``words`` only (省商务厅), each once."""
    seen: list[str] = []
    for measure in measures:
        for field in _BODY_FIELDS:
            for piece in _pieces(getattr(measure, field)):
                piece = compiled(r"[。！？]").split(piece, maxsplit=1)[0]  # a cell's sentence after its bodies
                if piece not in seen and any(_level_opening(word).match(piece) for word in words):
                    seen.append(piece)
                    if len(seen) == most:
                        return seen
    return seen


def _placed(document: Document, bodies: _Bodies) -> Document:
    """:func:`placed` for a document not read as national, its measures' bodies read in ``bodies``."""
    gazetteer = bodies.gazetteer
    if document.level == "national":
        return document
    if document.region is not None and (moved := _plans_own_place(document, gazetteer)) is not None:
        return moved
    lead = "the document's metadata names no region"
    as_read = document
    if document.region is not None:
        match = gazetteer.find_place(document.region)
        if match is None and gazetteer.lookup_written(document.region) is not None:
            return document  # a county written after its city (南京市鼓楼区): placed already
        if match is not None:
            return _in_its_county(document, match.region, gazetteer) if match.region is not None else document
        # The metadata took a title's opening words for its place (加快西宁市流通业发展实施意见 →
        # 加快西宁): the place the title names is read as for a title naming no place first.
        several = len(gazetteer.candidates(document.region)) > 1
        lead = f"the region its metadata reads, {document.region}, " + ("names several places" if several else "is no place")
        document = document.model_copy(update={"region": None})
    found = _named_in_title_or_issuer(document, bodies)
    if isinstance(found, Listed):
        # the title places nothing; what else the document says of its place (its plan's title, its
        # bodies, its 文号) still may: a city's plan for two of its districts (许政 over 魏都区、建安区)
        warning = unplaced(lead, "listed", field=found.field, names="、".join(found.names))
        if as_read.region is None:
            moved = _placed_otherwise(document, lead, bodies)
            if moved.region is not None:
                return moved
            return warned(moved, warning)
        return warned(as_read, warning)
    if isinstance(found, Within):
        warning = Warning(code=INFERRED, message=(
            f"{lead}; taken from its {found.field}, which names {'、'.join(found.names)}, places of "
            f"{found.province.name}, and from its bodies, written {_level_word(found.province)}… only: the "
            "province's plan for them"))
        return _with_region(document, found.province, "provincial", warning, gazetteer)
    if found is not None:
        place, field, also = found
        warning = Warning(code=INFERRED, message=f"{lead}; taken from its {field}, which names {place.written}{also}")
        return _with_region(document, gazetteer.region(place.region_id), place.level, warning, gazetteer)
    if as_read.region is not None:
        return as_read  # no place named anywhere: the region is kept as read
    return _placed_otherwise(document, lead, bodies)


def _placed_otherwise(document: Document, lead: str, bodies: _Bodies) -> Document:
    """``document``, whose title and issuer place nothing, placed by the title of the plan it issues,
    the bodies it names, or its 文号 (see the module docstring); unchanged, or with a warning saying
    why none is taken, otherwise."""
    gazetteer = bodies.gazetteer
    if (own := _opening_plan_titles(document, bodies)) is not None:
        place, title = own
        warning = Warning(code=INFERRED, message=(
            f"{lead}; taken from its plan's title {title}, which opens with {place.written}"))
        return _with_region(document, gazetteer.region(place.region_id), place.level, warning, gazetteer)
    by_bodies = _named_by_bodies(document, bodies)
    if isinstance(by_bodies, Partner):
        warning = unplaced(lead, "partner", place=by_bodies.place.name, full=by_bodies.full, short=by_bodies.short)
        return warned(document, warning)
    if isinstance(by_bodies, Mentioned):
        warning = unplaced(lead, "mentioned", place=by_bodies.place.name, written="、".join(by_bodies.written),
                           words=by_bodies.words)
        return warned(document, warning)
    if isinstance(by_bodies, tuple) and _doc_no_gainsays(document, by_bodies[0], gazetteer):
        place, written = by_bodies
        warning = unplaced(lead, "doc_no_gainsays", place=place.name, written="、".join(written), doc_no=str(document.doc_no))
        return warned(document, warning)
    if isinstance(by_bodies, tuple):
        place, written = by_bodies
        warning = Warning(code=INFERRED, message=(
            f"{lead}; taken from the bodies its measures name in full ({'、'.join(written)}), which all name "
            f"{place.name}"))
        return _with_region(document, place, _place_level(place), warning, gazetteer)
    province = _province_of_doc_no(document, bodies)
    if province is not None:
        warning = Warning(code=INFERRED, message=(
            f"the document's metadata names no region; taken from its 文号 {document.doc_no}, which opens with "
            f"the abbreviation of {province.name}"))
        return _with_region(document, province, "provincial", warning, gazetteer)
    parent = _province_of_parent(document, bodies)
    if parent is not None:
        warning = Warning(code=INFERRED, message=(
            f"{lead}; taken from the 文号 of the document it carries out, {document.parent_doc_no}, which opens "
            f"with the abbreviation of {parent.name}: a provincial document naming no other province carries "
            "out its own province's documents"))
        return _with_region(document, parent, "provincial", warning, gazetteer)
    city = _city_of_doc_no(document, bodies)
    if city is not None:
        place, words, province, how = city
        within = f" in {province.name}, {how}," if province else ""
        warning = Warning(code=INFERRED, message=(
            f"{lead}; taken from its 文号 {document.doc_no}, which opens with {fold(document.doc_no or '')[0]}, "
            f"the abbreviation of {place.name} alone among the places{within} whose bodies are written "
            f"{'、'.join(w for w in words if w == _level_word(place))}…{_others_of_its_level(place, words)}"))
        return _with_region(document, place, _place_level(place), warning, gazetteer)
    if by_bodies:
        warning = unplaced(lead, "several_by_bodies", places="、".join(by_bodies))
        return warned(document, warning)
    return document


def _others_of_its_level(place: Region, words: tuple[str, ...]) -> str:
    """What a warning placing a plan in ``place`` says of its bodies written with another word of
    the place's level (州发改委 in 杭州's plan): another place's, left unresolved; empty for none."""
    others = [word for word in words if word != _level_word(place)]
    if not others:
        return ""
    return f"; its bodies written {'、'.join(others)}… are another place's of its level, left unresolved"


def _plans_own_place(document: Document, gazetteer: Gazetteer) -> Document | None:
    """A province's (or city's) notice issuing plans of places within it, each titled after its
    place (湖南省人民政府关于印发《衡阳市…方案》的通知 / 衡阳市…方案 / 1.…（责任单位：市发改委）): the
    metadata reads the notice's place, while the plan's bodies (市发改委) are its own place's. One
    place opening every plan's title is the document's region, said in ``region_inferred``; plans
    of several such places (衡阳's and 株洲's) keep the notice's region, said in
    ``plans_of_other_places``. None when no plan's title opens with a place within the region."""
    match = gazetteer.find_place(document.region or "")
    region = match.region if match is not None else None
    if region is None:
        return None
    titled = [table.title for table in document.tables if table.title]
    places: list[NamedPlace] = []
    for title in map(fold, titled):
        named = named_places(title, gazetteer)
        if not named or not title.startswith(named[0].written):
            return None  # a plan whose title opens with no place: the notice's own, or not told
        places.append(named[0])
    inside = {p.region_id: p for p in places
              if p.region_id != region.id and region.id in gazetteer.ancestors(p.region_id)}
    if not places or len(inside) != len({p.region_id for p in places}):
        return None
    if _speaks_at(document, region) and not any(_speaks_at(document, gazetteer.region(p)) for p in inside):
        return None  # its bodies are the notice's place's (省发改委), none its plans' places' (市发改委): its own plan
    if len(inside) == 1:
        place = next(iter(inside.values()))
        warning = Warning(code=INFERRED, message=(
            f"the region its metadata reads, {document.region}, is its notice's; its plan's title names "
            f"{place.written}, within it, whose plan it is: taken from the plan's title"))
        return document.model_copy(update={
            "region": gazetteer.written_region(gazetteer.region(place.region_id)), "level": place.level,
            "warnings": [*document.warnings, warning]})
    names = "、".join(p.written for p in inside.values())
    warning = Warning(code="plans_of_other_places", message=(
        f"its plans are those of {names}, places within {document.region}, the region its notice gives and "
        f"the one its bodies are read in: a body written with its level only (市发改委) is not placed"))
    return warned(document, warning)


#: The gazetteer levels whose places a document's bodies may open with, and the document level each makes.
_BODY_PLACE_LEVELS: dict[str, Level] = {"province": "provincial", "prefecture": "municipal", "county": "municipal"}
#: The words a body written with its level only opens with (省发改委, 市商务局, 州发改委, 县发改局, 区商务局), and
#: the document level each speaks at (省发改委: a province's; 州发改委: an autonomous prefecture's, a city's
#: level, the word its name ends with as 市 ends a city's; 县发改局 and 区商务局: a county's or district's).
_WORD_LEVELS: dict[str, Level] = {"自治区": "provincial", "省": "provincial", "市": "municipal", "州": "municipal",
                                  "县": "county", "区": "county"}
_LEVEL_WORDS = tuple(_WORD_LEVELS)
#: What separates the bodies of a list (市商务局、许昌市财政局，各县(市、区)政府).
_BODY_SEPARATORS = r"[、，,；;：:（）()\[\]【】\s/]+"


def _place_level(region: Region) -> Level:
    return _BODY_PLACE_LEVELS[region.level]


def _pieces(text: str | None) -> list[str]:
    """The pieces of one responsibility cell between separators, folded."""
    return [piece for piece in compiled(_BODY_SEPARATORS).split(fold(text)) if piece] if text else []


#: The columns of a measure that name its bodies.
_BODY_FIELDS = ("responsibility", "cooperating", "superior")


class _Bodies:
    """The bodies a document's measures name, each read once for the document: placing it asks of
    the same bodies several times (the place each opens with, what each resolves to, in the
    document and in a place it may be of), and a body is resolved once per question, not once per
    rule asking."""

    def __init__(self, measures: list[Measure], gazetteer: Gazetteer) -> None:
        from pilotplans.normalizers.registry import load_registry

        self.registry = load_registry()
        self.gazetteer = gazetteer
        self.measures = measures
        #: each cell of a responsibility column, by its column, cut into its bodies (folded)
        self.cells = [(field, _pieces(text)) for measure in measures for field in _BODY_FIELDS
                      if (text := getattr(measure, field))]
        self.texts = [piece for _, pieces in self.cells for piece in pieces]
        self._words: tuple[str, ...] | None = None
        self._written: dict[str, Region | None] = {}
        self._opening: dict[str, Region | None] = {}
        self._resolved: dict[tuple[str, str | None], Resolution] = {}

    def words(self) -> tuple[str, ...]:
        """The level words the bodies are written with alone (:func:`_words_in`)."""
        if self._words is None:
            self._words = _words_in(self.measures)
        return self._words

    def written_place(self, body: str) -> Region | None:
        if body not in self._written:
            self._written[body] = _written_place(body, self.gazetteer)
        return self._written[body]

    def opening_place(self, body: str) -> Region | None:
        if body not in self._opening:
            self._opening[body] = _opening_place(body, self)
        return self._opening[body]

    def resolve(self, body: str, region: Region | None = None) -> Resolution:
        """What ``body`` resolves to read alone, or read as ``region``'s (a body written with its
        level word only, 市商务局, in a plan of that place), without suggestions: the placing rules read
        only whether and to what it resolves, and a local plan's every 市… read alone resolves to nothing."""
        key = (body, region.id if region else None)
        if key not in self._resolved:
            from pilotplans.normalizers.models import Context
            from pilotplans.normalizers.resolve import resolve_body

            context = Context(region=region.id, level=_place_level(region)) if region else None
            # only the body's level and place are read here, never the names to suggest for one unresolved
            self._resolved[key] = resolve_body(body, context, registry=self.registry, suggest=False)
        return self._resolved[key]


def _opening_place(body: str, bodies: _Bodies) -> Region | None:
    """The place whose own body ``body`` names, written in full (许昌市商务局, 湖北省发改委, 房县发改局):
    the body must resolve to a body of the very place its name opens with, and of the place's own
    government, not a branch of a vertically managed system named after a place (郑州海关 serves
    Henan, 郑州铁路局 a railway: a 许昌 plan names them), nor the place's government itself
    (武汉市人民政府: a province's plan assigns its city). None for a bare place (许昌市), a name
    opening with no place, or a body that does not resolve."""
    region = bodies.written_place(body)
    if region is None:
        return None
    kind = _own_kind(bodies.resolve(body), region.id, bodies.registry)
    if kind is not None and kind.counterpart == "state-council":
        return None  # the place's government itself (武汉市人民政府): what a plan above it assigns, not its own
    return region if kind is not None and not _served_elsewhere(kind) else None


def _written_place(body: str, gazetteer: Gazetteer) -> Region | None:
    """The place a body's name opens with, written in full and followed by more words: a province
    or city by any of its names, a county by its full name when no other bears it."""
    named = named_places(body, gazetteer)
    if named and body.startswith(named[0].written) and len(body) > len(named[0].written):
        region = gazetteer.region(named[0].region_id)
        return region if region.level in _BODY_PLACE_LEVELS else None
    best: Region | None = None
    for written, ids, former in gazetteer.prefixes(body):
        if former or len(ids) != 1 or len(body) == len(written):
            continue
        region = gazetteer.region(ids[0])
        if region.level == "county" and written == region.name and written[-1:] in ("县", "市", "区", "旗"):
            best = region
    return best


def _words_in(measures: list[Measure]) -> tuple[str, ...]:
    """The level words the bodies of ``measures`` are written with alone (市商务局: 市), in
    :data:`_LEVEL_WORDS`' order."""
    texts = [fold(text) for measure in measures for field in _BODY_FIELDS if (text := getattr(measure, field))]
    words = {word for word in _LEVEL_WORDS if any(_level_opening(word).search(text) for text in texts)}
    if "区" in words:
        # 区商务厅 is an autonomous region's department (厅: a province-level form no district has), written as
        # 广西's and 西藏's plans write it: the bodies speak at the region's level, as 自治区商务厅 does
        bodies = [body for text in texts for piece in _pieces(text) if (body := _body_of(piece)).startswith("区")]
        from pilotplans.normalizers.local_names import ends_as_autonomous_region_s
        from pilotplans.normalizers.registry import load_registry

        registry = load_registry()
        autonomous = [body for body in bodies if ends_as_autonomous_region_s(registry, body, "区")]
        if autonomous:
            words.add("自治区")
        if len(autonomous) == len(bodies):
            words.discard("区")
    return tuple(word for word in _LEVEL_WORDS if word in words)


def _body_of(piece: str) -> str:
    """A piece of a responsibility cell without the role phrase after its body (区商务厅指导: 区商务厅)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.segment import find_role_groups

    groups = find_role_groups(piece, 0, load_registry().roles)
    return groups[0].items_text.strip() if groups else piece


@functools.cache
def _run_level() -> str:
    """The words of the levels below a province a body's name may open with, run together or listed to
    name several levels at once: 市县, 市州, 州市, 县市区, 区县 and 市、县, 州、市 name governments of those
    levels (各市州人民政府: Hunan's cities and prefectures; 各市、县人民政府), never one body of either
    level, so none of them says the level a plan speaks at — a provincial plan assigns them. 市 opening
    a word of its own — 市场 (market), 市政 (municipal works; not 市政府, 县市政府 naming levels), 市容
    (city appearance) — is no 市's level: 县市场监管局, 市市政公用局, 县市容局 are one body each (``placing.toml``
    below_province_levels, city_own_words, city_level_words: built as main wrote it, (?:[州县区]|市(?!场|政(?!府)|容)))."""
    words = _placing_words()
    others = "".join(regex.escape(w) for w in words.below_province_levels if w != "市")
    own = "|".join(regex.escape(w[1:]) + (f"(?!{'|'.join(tails)})" if (tails := [
        regex.escape(e[len(w):]) for e in words.city_level_words if e.startswith(w)]) else "") for w in words.city_own_words)
    return "(?:[" + others + "]|市(?!" + own + "))"


def _below_province_words() -> tuple[str, ...]:
    """The level words that name levels when another one runs into them or is listed just before them
    (市县, 市、县): the words below a province (``placing.toml`` below_province_levels)."""
    return _placing_words().below_province_levels


@functools.cache
def _level_word_opening(word: str) -> str:
    """The pattern of the level ``word`` opening a body's name written with it only, up to the
    word's next character: where a name opens (after a separator), not listed after another level
    word (市、县人民政府) nor run into one (市州人民政府, 州市人民政府, 县市区人民政府), nor 市场….
    Listed after a name ending with a level word, it names levels only below that name's level (郴州市、
    县人民政府: the city's and its counties' governments); at its level or above, it opens a body beside
    a place's or a zone's (高新区、市发改委, 军分区、市民政局, 开发区、县发改局)."""
    opening = r"(?:^|[、，,；;：:（(\s])"
    below = _below_province_words()
    if word not in below:
        return opening + regex.escape(word)
    # 市场 (placing.toml city_body_not_after): no city's body
    not_after = _placing_words().city_body_not_after  # optional: an empty list must build no (?!), which never passes
    market = "(?!" + "|".join(map(regex.escape, not_after)) + ")" if word == "市" and not_after else ""
    alone = r"(?<!(?:^|[^\p{Han}]|[各、])[" + "".join(map(regex.escape, below)) + "]、)"
    higher = "".join(regex.escape(w) for w in below if _above(_WORD_LEVELS[w], _WORD_LEVELS[word]))
    after_higher = r"(?<![" + higher + "]、)" if higher else ""
    return opening + alone + after_higher + regex.escape(word) + market + r"(?!" + _run_level() + ")"


def _above(level: Level, other: Level) -> bool:
    """Whether ``level`` is above ``other`` (municipal above county)."""
    order = typing.get_args(Level)
    return order.index(level) < order.index(other)


@functools.cache
def _level_opening(word: str) -> regex.Pattern[str]:
    """A body written with the level ``word`` only, where a body's name opens (市商务局; not 市场监管总局
    or 省级人民政府, a level, no body; nor 市州人民政府 or 市、县人民政府, levels: :func:`_level_word_opening`)."""
    return compiled(_level_word_opening(word) + r"(?!级)\p{Han}")


def _fits(region: Region, level: Level | None, words: tuple[str, ...]) -> bool:
    """Whether ``region`` can be the own place of a document of ``level`` whose bodies written with
    their level only open with ``words`` (a 市商务局 is a city's, 县发改局 a county's): its own word,
    alone or beside another word of its level (市 and 州: a city's plan naming a prefecture's body)."""
    if region.level not in _BODY_PLACE_LEVELS or level not in (None, _place_level(region)):
        return False
    own = _level_word(region)
    if not words or words == (own,):
        return True
    # Bodies written with another word of the place's own level beside its own (市发改委、州发改委 in
    # 杭州's plan: 黔东南州's commission, the city it helps) are another place's of that level, a
    # partner's: they do not gainsay the place its own word's bodies fit.
    return own in words and all(_WORD_LEVELS[word] == _place_level(region) for word in words)


def _fits_alone(region: Region, level: Level | None, words: tuple[str, ...]) -> bool:
    """:func:`_fits` with the place's own word alone: a place whose bodies a plan names in full
    beside bodies written with another word of its level (黔东南州商务局 beside 市发改委) is that
    plan's partner as likely as its own, so only its own word's bodies let it place the plan."""
    return _fits(region, level, words) and (not words or words == (_level_word(region),))


def _named_by_bodies(document: Document, bodies: _Bodies) -> tuple[Region, list[str]] | list[str] | Partner | Mentioned | None:
    """The one place the bodies the document names in full open with (许昌市商务局, 房县发改局), and
    those bodies; or the names of the several places they open with; or None when no body opens
    with a place that can be the document's own (of its level, and of the level its bodies written
    with a level word only speak at: a provincial plan's 省发改委 beside 武汉市人民政府 is no city's)."""
    gazetteer = bodies.gazetteer
    words = bodies.words()
    texts = bodies.texts
    places: dict[str, list[str]] = {}
    opening = 0
    for body in texts:
        region = bodies.opening_place(body)
        if region is not None:
            opening += 1
            places.setdefault(region.id, [])
            if body not in places[region.id]:
                places[region.id].append(body)
    local = bool(words) or document.level in LOCAL_LEVELS
    if not places or (len(places) > 1 and not local):
        return None  # a plan naming no local body, or a plan of no known local level naming several places' (a national one)
    if len(places) > 1:
        return [gazetteer.region(r).name for r in places]
    (region_id, written), = places.items()
    region = gazetteer.region(region_id)
    if not _fits_alone(region, document.level, words):
        return None
    # Bodies written with a level word only (市商务局) say the plan is a local one; without any, the
    # place's bodies must be most of what it names, or it is a plan naming one place's body among
    # others' (a national plan's 广州市人民政府 beside its ministries).
    if _bare_bodies_above(bodies, region):
        return None  # its bodies written bare are its province's (商务厅): a province's plan naming its city's bureau
    partner = _partner_body(bodies, region)
    if partner is not None:
        return partner
    # A place the measures name as a partner (与深圳合作) makes its bodies named in full a partner's only
    # beside bodies the plan writes with a level word alone (市商务局: its own, unnamed); a plan naming
    # every body in full, all of one place, is that place's whatever its measures learn from.
    mentioned = next((said for said, place in _partners_in_measures(document.measures, gazetteer)
                      if place.region_id == region.id), None) if words else None
    if mentioned is not None:
        return Mentioned(region, written, mentioned)
    return (region, written) if words or 2 * opening >= len(texts) else None


def _bare_bodies_above(bodies: _Bodies, region: Region) -> bool:
    """Whether a body the document writes with neither place nor level word (商务厅), read as
    ``region``'s, is a body of its province (湖北's 商务厅 for 武汉): the plan speaks at its
    province's level, and ``region`` is a place it assigns."""
    if region.province == region.id:
        return False
    for field, pieces in bodies.cells:
        if field == "superior":
            continue
        for piece in pieces:
            if piece.startswith(_LEVEL_WORDS) or named_places(piece, bodies.gazetteer):
                continue
            if bodies.resolve(piece, region).region == region.province:
                return True
    return False


class Partner(NamedTuple):
    """A place's body named in full beside a body of the same kind written with a level word only
    (市商务局、上海市商务局): two bodies, the plan's own and a partner place's."""

    place: Region
    full: str
    short: str


def _partner_body(bodies: _Bodies, region: Region) -> Partner | None:
    """The first body of ``region`` named in full that a cell lists beside a body written with a
    level word only which, read as ``region``'s, is that very body: the cell names two bodies, so
    ``region`` is not the plan's own place."""
    for _, pieces in bodies.cells:
        full = [piece for piece in pieces if bodies.opening_place(piece) == region]
        short = [piece for piece in pieces if piece.startswith(_LEVEL_WORDS)]
        for body in full:
            found = bodies.resolve(body).id
            for other in short:
                if found is not None and bodies.resolve(other, region).id == found:
                    return Partner(region, body, other)
    return None


class Mentioned(NamedTuple):
    """The one place a plan's bodies named in full open with, which its measures name as another
    place than the plan's own (学习借鉴深圳经验, 与深圳合作共建): those bodies are a partner's."""

    place: Region
    written: list[str]
    words: str


def _partners_in_measures(measures: list[Measure], gazetteer: Gazetteer) -> list[tuple[str, NamedPlace]]:
    """The places ``measures`` and their headings name as others (:func:`partner_places`)."""
    texts = dict.fromkeys(text for measure in measures for text in (measure.heading_title, measure.text) if text)
    return [found for text in texts for found in partner_places(text, gazetteer)]


def _doc_no_gainsays(document: Document, place: Region, gazetteer: Gazetteer) -> bool:
    """Whether the document's own 文号 opens with another place's abbreviation than ``place``'s or
    any place's holding it (许政办发 over a plan naming 深圳市商务局 in full: the body is a partner's,
    the 文号 the plan's issuer's). A 文号 opening with no place's abbreviation says nothing, nor a township's own
    (通政 of 通源乡人民政府: its series opens with its own name, no county's)."""
    first = fold(document.doc_no or "")[:1]
    if not first or township_issuer(document.issuer, gazetteer):
        return False
    region: Region | None = place
    while region is not None:
        if first in _doc_no_abbreviations(region):
            return False
        region = gazetteer.region(region.parent) if region.parent else None
    if first in _doc_no_abbreviations(gazetteer.region(place.province)):
        return False
    return bool(_by_doc_no_abbreviation(gazetteer).get(first))


@functools.lru_cache(maxsize=4)
def _by_doc_no_abbreviation(gazetteer: Gazetteer) -> dict[str, tuple[Region, ...]]:
    """The provinces, cities and counties by each character their 文号 may open with, built once, so
    that reading a 文号 does not scan every place."""
    index: dict[str, list[Region]] = {}
    for region in gazetteer.regions.values():
        if region.level in ("province", "prefecture", "county"):
            for character in dict.fromkeys(_doc_no_abbreviations(region)):
                index.setdefault(character, []).append(region)
    return {character: tuple(regions) for character, regions in index.items()}


def province_of_series(doc_no: str | None, gazetteer: Gazetteer) -> Region | None:
    """The province (a municipality among them) whose 简称 opens ``doc_no`` (鄂政发〔2018〕26号: 湖北; 桂政办函: 广西;
    沪府发: 上海), or None: a city's 简称 (穗府: 广州) or a character that is no province's (许政) names none. The one
    reading of a province from a 文号's opening: a provincial document's own 文号 (:func:`_province_of_doc_no`), the
    number it cites as its parent (:func:`_province_of_parent`, :func:`_provinces_named`) and a notice placed by its
    文号 (:func:`notice_placed`'s warning) each ask it; :func:`place_of_doc_no` asks which of the places sharing the
    character is meant, the province among them only at the level its government speaks at."""
    if not doc_no:
        return None
    character = fold(doc_no)[:1]
    return next((region for region in _by_doc_no_abbreviation(gazetteer).get(character, ())
                 if region.level == "province" and character in region.abbreviations), None)


def _doc_no_abbreviations(region: Region) -> tuple[str, ...]:
    """The characters a place's own 文号 may open with: the first character of its name (许 for 许昌:
    许政〔2020〕20号) and its abbreviations where the gazetteer gives them (宛 for 南阳, 锡 for 无锡).
    Both count, so that a 简称 another place's name opens with is shared, never taken (锡: 无锡's,
    and the first character of 锡林浩特)."""
    return ((region.short or region.name)[:1], *region.abbreviations)


def doc_no_opens_with(doc_no: str | None, title: str | None, region: Region, gazetteer: Gazetteer) -> bool:
    """Whether ``doc_no`` opens with a character ``region``'s own 文号 may open with (蔡政办 for 蔡甸区, 徐政发 for
    徐州: :func:`_doc_no_abbreviations`) and no other city's or county's of its province does (宜府发 is 宜昌's
    as well as 宜都's and 宜城's), under a ``title`` forwarding or carrying out no other body's document (whose
    number the 文号 may be: :func:`forwards_or_carries_out`): the number of a series of that place's bodies."""
    first = fold(doc_no or "")[:1]
    if not first or (title and forwards_or_carries_out(title)) or first not in _doc_no_abbreviations(region):
        return False
    return all(other.id == region.id for other in _by_doc_no_abbreviation(gazetteer).get(first, ())
               if other.level in ("prefecture", "county") and other.province == region.province)


def _city_of_doc_no(document: Document, bodies: _Bodies) -> tuple[Region, tuple[str, ...], Region | None, str] | None:
    """The one city or county whose abbreviation opens the document's 文号 among the places its
    bodies written with a level word only can be of (许政〔2020〕20号 with 市疫情防控指挥部办公室: 许昌),
    and those words; None when no body says the level, or several places share the abbreviation
    (宁: 南京, 宁波, 宁德, 宁夏) and no province the document names tells them apart, nor the place
    whose document its title forwards (关于转发嘉兴市…的通知 over 桐政办发: 桐乡, the one of 嘉兴's
    places opening with 桐); the place that did, if one did, and how the document names it."""
    if not document.doc_no or document.level == "provincial":
        return None
    gazetteer = bodies.gazetteer
    words = bodies.words()
    if not words or "省" in words or "自治区" in words:
        return None
    first = fold(document.doc_no)[:1]
    places = [r for r in _by_doc_no_abbreviation(gazetteer).get(first, ())
              if r.level in ("prefecture", "county") and _fits(r, document.level, words)]
    if province_of_series(document.doc_no, gazetteer) is not None:
        return None  # a province's 简称 (苏政发): no city's or county's series
    forwarded = {place.region_id for words_, place in partner_places(document.title or "", gazetteer)
                 if words_.startswith(_forwarding_words())}
    if len(places) > 1 and len(forwarded) == 1:
        above = gazetteer.region(next(iter(forwarded)))
        within = [r for r in places if above.id in gazetteer.ancestors(r.id)]
        return (within[0], words, above, "the place whose document it forwards") if len(within) == 1 else None
    found = _provinces_named(document, bodies)
    if places and len(found) == 1:
        # the province its cited 文号 (苏政发〔2022〕1号) or a body named in full (江苏省商务厅) gives:
        # 淮 is 淮安's, 淮南's and 淮北's, only 淮安 is in 江苏; and the one place bearing the character
        # is not the plan's when it lies in another province (溪政 citing 浙政发 is not 辽宁's 本溪)
        province = gazetteer.region(next(iter(found)))
        places = [r for r in places if r.province == province.id]
        return (places[0], words, province, "the province it cites or names") if len(places) == 1 else None
    return (places[0], words, None, "") if len(places) == 1 else None


def _provinces_named(document: Document, bodies: _Bodies) -> set[str]:
    """The provinces a document names as its superiors: the one whose abbreviation opens the 文号 it
    cites as its parent (苏政发〔2022〕1号), and those opening bodies it names in full (江苏省商务厅)."""
    gazetteer = bodies.gazetteer
    found = set()
    if (region := province_of_series(document.parent_doc_no, gazetteer)) is not None:
        found.add(region.id)
    for body in bodies.texts:
        region = bodies.written_place(body)
        if region is not None and region.level == "province":
            found.add(region.id)
    return found


#: A notice's sentence naming the place its plan is made for: 结合淮安实际, 立足湖北省情, 根据本市实际
#: (whose 本市 names no place and places nothing).
_OWN_PLACE_PHRASE = r"(?:结合|根据|立足|从)(?P<place>\p{Han}{2,9}?)(?:的)?(?:实际|省情|市情|县情|区情)"


class NoticePlace(NamedTuple):
    """What a notice's own words naming a place (结合淮安实际) give a document whose title and issuer
    name none: the region it keeps (None: none is taken) and the warning saying why (None: a page's text alone
    named a place its bodies do not speak for, which leaves the page as if none were named)."""

    region: str | None
    warning: Warning | None


def notice_placed(measures: list[Measure], region: str, named_by: str, gazetteer: Gazetteer,
                  named_in: str = "notice", titles: Sequence[str] = (), doc_no: str | None = None) -> NoticePlace:
    """The region the notice's words ``named_by`` give (``region``, as the metadata wrote it), the
    name of the site its web page is on (``named_in`` "site": 济南市人民政府) or its 文号's opening
    (``named_in`` "doc_no": 穗府) or a gazette's masthead over it (``named_in`` "masthead": 咸宁市人民政府主办2020年第2号),
    said in ``region_inferred``; none, said in ``region_unplaced``, when the plan's bodies speak at another
    level than the place's (县商务局 under 结合淮安实际: a county's plan citing its city; 市… bodies on
    a province's site, which republishes its city's plan; a plan whose ``titles`` open with another
    place, or whose bodies named in full are another's or mostly central, on a site)."""
    what, name = {"site": ("its web page's site name", "names"), "doc_no": ("its 文号's opening", "names"),
                  "doc_no_province": ("its 文号's opening", "names"), "doc_no_cited_province": ("its 文号's opening", "names"),
                  "masthead": ("its gazette's masthead", "names"),
                  "lead": ("its opening line's words", "name"),
                  "province_text": ("its text's words, under a head speaking at a province's level,", "name"),
                  "called_henceforth": ("its text's words calling its own place by its kind word", "name"),
                  "tiers": ("its text's words naming its tiers by kinds of division one region alone holds", "name"),
                  "headline": ("its news headline's body, named again in its text,", "names"),
                  "delivery": ("its work report's delivery line", "names the congress of"),
                  "adoption": ("its adoption line in brackets", "names the adopting body of"),
                  "corps": ("its text's names of one Corps division and its regiments, first", "name the division of"),
                  "addressee": ("its addressee line's and its words' names", "name"),
                  "title": ("its plan's title, under a notice naming no issuer or 文号,", "opens with"),
                  "printed_plan": ("the title of the plan its government, naming no place, prints,", "opens with"),
                  "draft": ("the draft its announcement publishes for comment", "opens with"),
                  "signing_zone": ("its signing zone's name, written in full after its city's,", "names the city of"),
                  "visitors": ("its visitors' list, the city's own 市… bodies in it,", "names")}.get(
        named_in, ("its notice's words", "name"))
    bodies = _Bodies(measures, gazetteer)  # read once for every rule below

    def read(place: str) -> str:  # what every reason below gainsays
        return f"the document's metadata names no region; {what} {named_by} {name} {place}"

    if named_in == "text":
        return _text_placed(bodies, region, named_by)
    if named_in == "site" and not bodies.words():
        # no body says the plan is a local one (商务部, 国家发展改革委): a site carries others' documents too
        return NoticePlace(None, unplaced(read(region), "no_level_word"))
    if named_in == "site":
        central, local = _central_and_level_bodies(bodies)
        if central and len(central) >= len(local):
            # 商务部、财政部 beside 有关省、市人民政府: a national plan, its 市 a kind of government, not the site's city
            return NoticePlace(None, unplaced(read(region), "central_bodies", central="、".join(central), local="、".join(local)))
    misfit = notice_place_misfit(bodies.words(), region, gazetteer)
    if misfit is not None:
        place, words = misfit
        return NoticePlace(None, unplaced(read(place.name), "another_level", words="、".join(words)))
    if named_in == "site" and (title := _title_of_another(titles, region, gazetteer)) is not None:
        # a site carries another place's plan too: its own title says whose (青岛市进一步促进消费若干措施)
        return NoticePlace(None, unplaced(read(region), "title_of_another", title=title[0], place=title[1]))
    if named_in == "site" and (others := _others_named_in_full(bodies, region)):
        # a site carries another place's plan too (青岛市商务局 on 济南's site): its bodies named in full say whose
        return NoticePlace(None, unplaced(read(region), "named_in_full", others="、".join(others)))
    # the rule that read the 文号 (place_of_doc_no's SeriesPlace.rule) says how it is told, read rather than guessed again
    place = gazetteer.lookup_written(region) if named_in in ("doc_no_province", "doc_no_cited_province") else None
    if place is not None and named_in == "doc_no_province":
        # a province's 简称 (粤府 under 省人民政府) said as the provincial rule reading a 文号 says it (_province_of_doc_no)
        return NoticePlace(region, Warning(code=INFERRED, message=(
            f"the document's metadata names no region; taken from its 文号 {doc_no}, which opens with "
            f"the abbreviation of {place.name}")))
    if place is not None:
        # a character several places' names open with, settled by the province the notice cites (_city_of_cited_province)
        return NoticePlace(region, Warning(code=INFERRED, message=(
            f"the document's metadata names no region; taken from its 文号 {doc_no}, which opens with "
            f"{fold(doc_no or '')[:1]}, the first character of {place.name} alone among the cities of "
            f"{gazetteer.region(place.province).name}, the province whose number it cites, its addressee line speaking "
            "as a city's")))
    return NoticePlace(region, Warning(code=INFERRED, message=(
        f"the document's metadata names no region; taken from {what} {named_by}, which {name} {region}")))


TEXT_PLACED = "region_from_text"


def _text_placed(bodies: _Bodies, region: str, named_by: str) -> NoticePlace:
    """The city a page's text alone names (:func:`place_of_text`) kept when its bodies speak as that city's
    own: every body written with a level word is written 市… (市发展改革委, 团市委 and the city's districts beside
    them), none is a central body, and none is another place's named in full — said in ``region_from_text``;
    otherwise none is taken: where the bodies are central ones nothing is said (a national plan's 支持广州建设…: the
    text named the city only in passing), and where they are local ones that disagree with the text — written at
    another level (省…, 区…) or naming another place in full — ``region_unplaced`` says what each says, as the page
    may be the city's own read wrongly, or a province's or a district's speaking of it."""
    central, local = _central_and_level_bodies(bodies)
    others = _others_named_in_full(bodies, region)
    words = bodies.words()
    if words == ("区",) and not central and not others and bodies.gazetteer.zone_by_end(named_by) is not None:
        return NoticePlace(region, Warning(code=TEXT_PLACED, message=(
            f"the page prints no place in its title, issuer, 文号 or signature; {region} was inferred from its text, "
            f"which names {named_by}, the city's zone, and no other place, its bodies written 区… only, the zone's "
            f"({'、'.join(local[:3])}): check it")))
    if words == ("市",) and not central and not others:
        return NoticePlace(region, Warning(code=TEXT_PLACED, message=(
            f"the page prints no place in its title, issuer, 文号 or signature; {region} was inferred from its text, "
            f"which names {named_by} and no other place, its bodies written 市… only ({'、'.join(local[:3])}): check it")))
    if central or not (words or others):
        return NoticePlace(None, None)  # a national plan naming a city: read as if the text named none
    read = (f"the page prints no place in its title, issuer, 文号 or signature; its text names {named_by} and no other "
            "place")
    if words != ("市",):
        return NoticePlace(None, unplaced(read, "written_otherwise", words="、".join(words), bodies="、".join(local[:3])))
    return NoticePlace(None, unplaced(read, "named_in_full", others="、".join(others)))


def _opening_named(title: str, gazetteer: Gazetteer) -> list[NamedPlace]:
    """The places a plan's ``title`` names (:func:`named_places`) when it opens with the first of
    them (济南市进一步促进消费若干措施); nothing when it opens with no place."""
    text = fold(title)
    named = named_places(text, gazetteer)
    return named if named and text.startswith(named[0].written) else []


def _title_of_another(titles: Sequence[str], region: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """The first of a document's plan ``titles`` opening with a place other than ``region`` (as
    written) and neither above nor within it, and that place as written; None when there is none."""
    place = gazetteer.lookup_written(region)
    if place is None:
        return None
    for title in titles:
        named = _opening_named(title, gazetteer)
        if not named:
            continue
        other = named[0].region_id
        if not _in_line(gazetteer, place.id, other):
            return title, named[0].written
    return None


def _in_line(gazetteer: Gazetteer, one: str, other: str) -> bool:
    """Whether one of two places is the other or lies within it (济南 and 山东, 济南 and 历下区)."""
    return other in gazetteer.ancestors(one) or one in gazetteer.ancestors(other)


def _central_and_level_bodies(bodies: _Bodies) -> tuple[list[str], list[str]]:
    """The distinct bodies the responsibility cells of a plan's measures name that are central ones
    (商务部, 市场监管总局), and those written with a level word alone (市商务局), each as written; the
    column of superiors (上级部门, which names ministries in a local plan) is left out."""
    central: list[str] = []
    local: list[str] = []
    for piece in _owners(bodies):
        if piece.startswith(_LEVEL_WORDS):
            local.append(piece)
        elif bodies.resolve(piece).level == "central":
            central.append(piece)
    return central, local


def _owners(bodies: _Bodies) -> list[str]:
    """The distinct bodies the responsibility cells of a plan's measures name, each as written, in the
    order met; the column of superiors (上级部门, which names ministries in a local plan) is left out."""
    return list(dict.fromkeys(piece for field, pieces in bodies.cells if field != "superior" for piece in pieces))


def _others_named_in_full(bodies: _Bodies, region: str) -> list[str]:
    """The places other than ``region`` (as written) whose own bodies a plan's measures name in full
    (青岛市商务局), leaving out the places above or within it (山东省商务厅, 历下区商务局 for 济南) and
    those the measures name as partners (与深圳合作 beside 深圳市商务局)."""
    gazetteer = bodies.gazetteer
    place = gazetteer.lookup_written(region)
    if place is None:
        return []
    partners = {found.region_id for _, found in _partners_in_measures(bodies.measures, gazetteer)}
    others: dict[str, str] = {}
    for body in bodies.texts:
        opening = bodies.opening_place(body)
        if opening is None or opening.id in partners or _in_line(gazetteer, place.id, opening.id):
            continue
        others.setdefault(opening.id, opening.name)
    return list(others.values())


#: How a site's name follows a page's own title in its ``<title>`` (…的通知_杭州市人民政府, …-武汉市人民政府).
_SITE_SEPARATORS = r"\s*(?:[_|｜丨]|\s[-—–]+\s|——|－)\s*"
_SITE_WORD = r"(?:门户网站|网站|门户网|网)"


@functools.cache
def _government() -> str:
    """A place's government (or its office) as a site or a 来源 row names it: the place, then one of ``placing.toml``
    site_governments (人民政府, 政府, a prefecture's 行政公署 or 行署), then perhaps one of its site_offices (办公厅, 办公室)."""
    words = _placing_words()
    offices = _alternatives(words.site_offices) + "?" if words.site_offices else ""
    return r"(?P<place>\p{Han}{2,12}?)" + _alternatives(words.site_governments) + offices


def _government_site() -> str:
    """A site of a place's government: the place, then its government's word and the site's (济南市人民政府,
    成都市人民政府门户网站, 菏泽市人民政府办公室, 武汉市政府网, 喀什地区行政公署办公室)."""
    return _government() + _SITE_WORD + "?"


def _one_place_at(written: str, level: str | None, gazetteer: Gazetteer) -> NamedPlace | None:
    """The one place ``written`` names, written so whole, where a document of ``level`` can be its own: of that
    level, or a county's or a district's for a ``county`` document (:func:`named_places` gives a county the
    ``municipal`` level a county's plan was read at before the ``county`` level; :func:`at_region_level`
    re-levels it): 来源:华容县政府 over a notice of 县人民政府办公室 is 华容县's. None otherwise."""
    named = named_places(written, gazetteer)
    if len(named) != 1 or named[0].written != written:
        return None
    place = named[0]
    if level in (None, place.level) or (level == "county" and gazetteer.region(place.region_id).level == "county"):
        return place
    return None


def place_of_site(site: Sequence[str], level: str | None, gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The site name a web page's head gives (``Layout.site``: its ``SiteName``, then its ``<title>``'s
    last part) when it is one place's government's site (…的通知_杭州市人民政府), and that place; None
    for a site of no place's government (中国政府网, 首都之窗, a news site), a title that is the
    document's own (福州市人民政府关于印发…的通知), a place of another level than the document's, or
    a national document. Only the first of the page's names that is a government's site counts."""
    if level == "national":
        return None
    for text in site:
        parts = [part for part in compiled(_SITE_SEPARATORS).split(fold(text)) if part]
        if not parts:
            continue
        match = compiled(_government_site()).fullmatch(parts[-1])
        if match is None:
            continue
        named = _one_place_at(match["place"], level, gazetteer)
        if named is None:
            return None
        return parts[-1], named
    return None


#: A line reporting that a place's government's site published a document (成都市人民政府网站公布了《X》): after the
#: government (:func:`_government`), the site's word, then a verb of publishing, then the title cited.
#: the site's word required: a government itself publishing (市政府印发《X》) is its notice's issuer, no site
_PUBLISHED_ON_SITE = _SITE_WORD + r"(?:日前|近日|今天|今日)?(?:公布|发布|印发|公开|刊发|刊登)了?《"
#: How many of a page's first lines may report it (a news lead opens the page).
_PUBLISHED_WITHIN = 3


def place_of_publisher(texts: Sequence[str], title: str | None, level: str | None,
                       gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The words of a page's opening lines (its first ``_PUBLISHED_WITHIN``) reporting that one place's
    government's site published the document the page prints (日前,成都市人民政府网站公布了《2022年〈政府工作报告〉
    目标任务责任分解方案》: a news lead over the plan), and that place: the title cited is the page's ``title``
    (its inner marks 〈〉 read as 《》), or, a page printing no title of its own, the one the lead cites first (今天,
    寧夏回族自治區人民政府網站發布了《自治區人民政府辦公廳關于…的通知》 over the plan's text: the page is that
    document). None for another title cited, a site of no place's government, a place of another level than the
    document's, or a national document."""
    if level == "national":
        return None
    own = _marks_alike(fold(title)) if title else None
    for text in texts[:_PUBLISHED_WITHIN]:
        folded = fold(text)
        for match in compiled(_government() + _PUBLISHED_ON_SITE).finditer(folded):
            if own is not None and not _marks_alike(folded[match.end():]).startswith(own + "》"):
                continue
            named = _one_place_at(match["place"], level, gazetteer)
            if named is None or (own is None and _speaks_as_lower(texts, named)):
                return None
            return match[0].rstrip("《"), named
    return None


# A plan a notice's opening cites in 《》 (市十四届人大四次会议批准了《天津市…规划纲要》), and the government the notice
# speaks as, named by its kind's word alone at a sentence's start (。市人民政府决定…, 县人民政府决定).
_CITED_PLAN = r"《(?P<cited>[^《》]{4,80})》"
_SPEAKER_BY_KIND = r"(?:^|[。，,；;])\s*(?P<kind>[省市县区])人民政府(?:决定|研究决定|同意)"


def place_of_plan_broken_down(texts: Sequence[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The place of the plan a notice printing no title, 文号 or issuer breaks down, where its opening lines (its first
    ``_PUBLISHED_WITHIN``) cite that plan opening with one place's name in full, say the notice breaks it down
    (``breakdown_words`` in tasklist.toml: 分解) and speak as that place's government by its kind's word alone (市十四届
    人大四次会议批准了《天津市…纲要》…市人民政府决定…将《纲要》提出的主要目标和任务分解落实: 天津), and that place. None
    where no such plan is cited, the government speaking is of another kind than the plan's place (县人民政府决定 over
    《天津市…纲要》: a county's plan carrying out its city's), or nothing is broken down."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    opening = "".join(fold(text) for text in texts[:_PUBLISHED_WITHIN])
    if not any(word in opening for word in vocabulary().breakdown_words):
        return None
    speaker = compiled(_SPEAKER_BY_KIND).search(opening)
    cited = compiled(_CITED_PLAN).search(opening)
    if speaker is None or cited is None:
        return None
    named = named_places(cited["cited"], gazetteer)
    if not named or not cited["cited"].startswith(named[0].written) or not named[0].written.endswith(speaker["kind"]):
        return None
    if speaker["kind"] == "市" and _has_cities_under(named[0]):
        return None  # 市人民政府决定 over 《宜昌市…纲要》: 宜昌's, or one of its county-level cities' (宜都市) carrying it out
    return cited[0], named[0]


def _has_cities_under(place: NamedPlace) -> bool:
    """Whether ``place`` is a prefecture-level city, whose county-level cities' governments speak as 市人民政府 too (a
    province-level municipality, 天津, has none: its divisions are 区 and 县)."""
    return place.level == "municipal" and place.region_id.endswith("00")


def _self_below() -> dict[str, tuple[str, ...]]:
    """A page speaking of itself as a place below a province or a city (结合我县实际, 本市): the kinds below each kind
    (``placing.toml`` below_a_province, below_a_region — no 区, an autonomous region's own word —, below_a_city)."""
    words = _placing_words()
    return {"省": words.below_a_province, "自治区": words.below_a_region, "市": words.below_a_city}


@functools.cache
def _speaking_below(kind: str) -> regex.Pattern[str]:
    """A page speaking of its own place by a kind below ``kind`` (我县, 本县 under a province: ``placing.toml``
    speaking_as_lower, then a kind of :func:`_self_below`, not before one of lower_not_before: 本级, 我区委, 本市域)."""
    words = _placing_words()
    return compiled("(?:" + "|".join(map(regex.escape, words.speaking_as_lower)) + ")["
                    + "".join(map(regex.escape, _self_below()[kind])) + "](?!["
                    + "".join(map(regex.escape, words.lower_not_before)) + "])")


def _speaks_as_lower(texts: Sequence[str], place: NamedPlace) -> bool:
    """Whether ``texts`` speak of their own place as one below ``place`` (我县, 本县 under 河北省's site publishing a plan:
    the county's page carrying that plan out, not the plan)."""
    kind = next((kind for kind in _self_below() if place.written.endswith(kind)), None)
    if kind is None:
        return False
    below = _speaking_below(kind)
    return any(below.search(fold(text)) for text in texts)


def _marks_alike(text: str) -> str:
    """``text`` without spaces, a title's inner quotation marks 〈〉 written 《》 as a title prints them."""
    return regex.sub(r"\s+", "", text).replace("〈", "《").replace("〉", "》")


# A government's own 文号 series: its place's 简称 and 府 or 政 (穗府〔2011〕15号, 宛政办〔2020〕3号, 甬政发); a
# district's runs on past it (穗南府办规: 南沙区's, under 广州), and a bureau's names its kind (穗商务).
_GOVERNMENT_SERIES = r"^(?P<abbreviation>\p{Han})(?:府|政)"


class SeriesPlace(NamedTuple):
    """What :func:`place_of_doc_no` read: the 文号's opening, the place, and the rule that read it, as
    :func:`notice_placed` says it (its ``named_in``): ``doc_no`` a place's own 简称 or name (穗府, 鄂州政办发, 沪府发),
    ``doc_no_province`` a province's 简称 at its government's level (粤府 under 省人民政府), ``doc_no_cited_province``
    a character several places' names open with, settled by the province whose series the notice cites (德府发 citing
    川府发: 德阳)."""

    named_by: str
    place: NamedPlace
    rule: str


def place_of_doc_no(doc_no: str | None, level: str | None, gazetteer: Gazetteer,
                    cited: str | None = None, title: str | None = None,
                    texts: Sequence[str] = (), also_cited: Sequence[str] = ()) -> SeriesPlace | None:
    """The opening of ``doc_no`` and the one city or county it names, when the 文号 is of a government's own
    series (``_GOVERNMENT_SERIES``: 穗府, 宛政) and its 简称 is one the gazetteer gives that place alone
    (regions.toml ``city_abbreviations``: 穗 for 广州) — a character no other place's name opens with and
    no other province bears —, at the document's ``level`` if one is read; a province's or a municipality's own
    简称 (粤府, 沪府发) only at the level its government speaks at (:func:`_named_series_place` reads a series opening
    with a place's whole name, 鄂州政办发); None otherwise (锡: 无锡's and the first
    character of 锡林浩特; 许, the first character of 许昌's name only, says less than a 简称 the gazetteer
    lists), for a place outside the province whose 简称 opens the 文号 the notice ``cited`` (岩政办发 citing
    黑政发: not 福建's 龙岩), for a national document, and under a ``title`` forwarding or carrying out another
    body's document (关于转发广州市人民政府关于…的通知 over 穗府〔2020〕3号: the number may be the forwarded
    document's, the notice a district's, :func:`forwards_or_carries_out`). A 简称 other places' names open with too
    (鲁, 京, 渝) is told apart by the level its government speaks at (:func:`_own_government_of`, over the notice's
    ``texts``); a character several places' names open with, by the one city of the province whose series the notice
    cites (``cited``, ``also_cited``), its addressee line speaking as a city (:func:`_city_of_cited_province`)."""
    if not doc_no or level == "national" or (title and forwards_or_carries_out(title)):
        return None
    match = compiled(_GOVERNMENT_SERIES).match(fold(doc_no))
    if match is None:
        named_series = _named_series_place(doc_no, level, gazetteer)
        return SeriesPlace(*named_series, "doc_no") if named_series is not None else None
    places = _by_doc_no_abbreviation(gazetteer).get(match["abbreviation"], ())
    if len(places) > 1:
        places = _own_government_of(places, match["abbreviation"], level, texts)
    if len(places) != 1 or match["abbreviation"] not in places[0].abbreviations:
        by_province = _city_of_cited_province(match, places, level, (cited, *also_cited), texts, gazetteer)
        return SeriesPlace(*by_province, "doc_no_cited_province") if by_province is not None else None
    region = places[0]
    if region.level == "province":
        # a province's or a municipality's 简称 (粤府, 沪府发) names it only at the level its own government speaks
        # at (省政府, 市政府 bare over 沪府发: 上海's), never under no level read: its departments' and its cities'
        # notices cite its numbers; a municipality's is said as a city's own series is
        own = "municipal" if region.tier == "municipality" else "provincial"
        rule = "doc_no" if region.tier == "municipality" else "doc_no_province"
        return SeriesPlace(match[0], NamedPlace(written=region.name, region_id=region.id, name=region.name, level=own), rule) \
            if level == own else None
    if region.level not in ("prefecture", "county"):
        return None
    above = [r for r in _by_doc_no_abbreviation(gazetteer).get(fold(cited)[:1], ())
             if r.level == "province" and fold(cited)[:1] in r.abbreviations] if cited else []
    if above and all(province.id != region.province for province in above):
        return None
    named = NamedPlace(written=region.name, region_id=region.id, name=region.name, level=_place_level(region))
    return SeriesPlace(match[0], named, "doc_no") if level in (None, named.level) else None


def _alternatives(words: Sequence[str]) -> str:
    """``words`` as one group of a pattern, each matched as written, in the data file's order."""
    return "(?:" + "|".join(regex.escape(word) for word in words) + ")"


@functools.cache
def _as_province() -> regex.Pattern[str]:
    """A page speaking as a province does of itself (我省, 本省, 全省: ``placing.toml`` speaking_as_province): no
    municipality's page."""
    return compiled(_alternatives(_placing_words().speaking_as_province) + "省")


@functools.cache
def _as_district() -> regex.Pattern[str]:
    """A page speaking as a district does of itself (我区, 本区; not 本区域: ``placing.toml`` speaking_as_district,
    not_speaking_as_district): a municipality's district's page, which says 本市 of its municipality too."""
    words = _placing_words()
    unless = f"(?!{_alternatives(words.not_speaking_as_district)})" if words.not_speaking_as_district else ""
    return compiled(_alternatives(words.speaking_as_district) + "区" + unless)


def place_of_municipality_series(doc_no: str | None, title: str | None, texts: Sequence[str],
                                 gazetteer: Gazetteer) -> SeriesPlace | None:
    """The municipality whose 简称 opens ``doc_no``, a number of any of its bodies' series (沪发改开放建〔2025〕10号: 上海's
    development and reform commission's), for a page printing no issuer and read at no level, whose text speaks as a
    city of itself (我市, 本市: :func:`_as_city`) and never as a province (我省, 全省), as a municipality's bodies do;
    said as a place's own 简称 is (``doc_no``), at the municipality's level (``municipal``). None for a province's
    简称 (苏发改: its bodies speak as 省), for a 简称 any other place's 文号 may open with (京: 京山市; 津: 津市; 渝: 渝中区
    and 渝北区, whose pages speak of 我市 too, meaning their municipality), under a ``title`` forwarding or carrying out
    another body's document (the number may be the forwarded one's: :func:`forwards_or_carries_out`), and for a page
    speaking as no city. None too where the number's next character opens one of the municipality's districts' names
    (沪浦: 浦东新区's bodies number so) or another province's 简称 (沪苏: a series two places share), where the page speaks as a district (我区, 本区: a district of the municipality
    says 本市 of it), or where it names a place neither the municipality nor in it (苏州: a page of another city may
    print the number of the municipality's document it answers)."""
    if not doc_no or (title and forwards_or_carries_out(title)):
        return None
    region = province_of_series(doc_no, gazetteer)
    folded = fold(doc_no)
    character = folded[:1]
    if region is None or region.tier != "municipality" \
            or any(other.id != region.id for other in _by_doc_no_abbreviation(gazetteer).get(character, ())) \
            or folded[1:2] in _division_characters(region, gazetteer) | _provinces_characters(region, gazetteer):
        return None
    text = "\n".join(fold(line) for line in texts)
    if _as_city().search(text) is None or _as_province().search(text) is not None \
            or _as_district().search(text) is not None:
        return None
    if any(region.id not in gazetteer.ancestors(place.region_id) for place in named_places(text, gazetteer)):
        return None
    return SeriesPlace(character, NamedPlace(written=region.name, region_id=region.id, name=region.name,
                                             level="municipal"), "doc_no")


def _division_characters(region: Region, gazetteer: Gazetteer) -> set[str]:
    """The characters the 文号 of any place lying in ``region`` may open with (浦 for 浦东新区, 闵 for 闵行区:
    :func:`_doc_no_abbreviations`), ``region`` itself left out."""
    return {character for other in gazetteer.regions.values()
            if other.id != region.id and region.id in gazetteer.ancestors(other.id)
            for character in _doc_no_abbreviations(other)}


def _provinces_characters(region: Region, gazetteer: Gazetteer) -> set[str]:
    """The 简称 of every province (a municipality among them) but ``region`` (苏, 浙, 皖 beside 沪)."""
    return {character for other in gazetteer.regions.values() if other.level == "province" and other.id != region.id
            for character in other.abbreviations}


#: An addressee line opening with the counties (各县(市、区)人民政府, 各县市区人民政府, 各县、市、区): the government of a
#: prefecture-level city speaks (a province's opens with its cities, 各市(州)、县; a county's with its towns, 各乡镇, or
#: with its own departments, 各县直部门, 各县属单位, 各县级部门: those open with 各县 too and are no city's).
_COUNTIES_ADDRESSED = r"^\s*各县(?!直|属|级(?:各|有关)?(?:部门|单位|机关))"


def _city_of_cited_province(match: regex.Match[str], places: Sequence[Region], level: str | None,
                            cited: Sequence[str | None], texts: Sequence[str],
                            gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The one prefecture-level city whose name opens with the character a government's series opens with (德府发:
    德阳, 德州, 德宏…), of the one province whose 简称 opens a number the notice ``cited`` (川府发〔2015〕45号: 四川), where
    its addressee line speaks as a city's government (:data:`_COUNTIES_ADDRESSED`) and no other level is read: 德阳, as
    a city's 许政 is 许昌's by its 市… bodies (:func:`_city_of_doc_no`). None otherwise (no province cited, or two; two
    cities of it, or none; an addressee line of another level)."""
    provinces = {region.id for number in cited if (region := province_of_series(number, gazetteer)) is not None}
    if level not in (None, "municipal") or len(provinces) != 1 or not _addresses(texts, _COUNTIES_ADDRESSED):
        return None
    province = next(iter(provinces))
    cities = [r for r in places if r.level == "prefecture" and r.province == province
              and (r.short or r.name)[:1] == match["abbreviation"]]
    if len(cities) != 1:
        return None
    city = cities[0]
    return match[0], NamedPlace(written=city.name, region_id=city.id, name=city.name, level="municipal")


def _own_government_of(places: tuple[Region, ...], abbreviation: str, level: str | None,
                       texts: Sequence[str]) -> tuple[Region, ...]:
    """Of ``places`` (those whose 文号 may open with ``abbreviation``), the province or municipality whose own 简称
    it is, where the government's level read tells it from the others: a provincial government's series (鲁政发
    under 省人民政府: 山东; 鲁山县 and 鲁甸县 open with 鲁 too, but no county's government speaks as a province's), or
    a municipality's where the notice addresses its districts (京政发 under 市人民政府 over 各区人民政府: 北京; 京山市,
    a county-level city whose government is a 市人民政府 too, addresses its towns) and no prefecture-level city
    shares the character (吉政办发 under 市…: 吉林市's or 吉安市's). ``places`` unchanged otherwise."""
    own = [p for p in places if p.level == "province" and abbreviation in p.abbreviations
           and (p.tier == "municipality") == (level == "municipal")]
    if level not in ("provincial", "municipal") or len(own) != 1:
        return places
    if level == "municipal" and (any(p.level == "prefecture" for p in places) or not _addresses_districts(texts)):
        return places
    return (own[0],)


#: An addressee line opening with the districts (各区人民政府, 各区县(自治县)人民政府, 各区、县人民政府): a government
#: whose places are districts speaks — a municipality's or a prefecture-level city's —, never a county-level city's,
#: which addresses its towns and streets (各镇人民政府、街道办事处).
_DISTRICTS_ADDRESSED = r"^\s*各区"


def _addresses_districts(texts: Sequence[str]) -> bool:
    """Whether the addressee line of the notice ``texts`` open with addresses districts (:data:`_DISTRICTS_ADDRESSED`)."""
    return _addresses(texts, _DISTRICTS_ADDRESSED)


def _addresses(texts: Sequence[str], opening: str) -> bool:
    """Whether an addressee line of the notice ``texts`` open with opens as ``opening`` says."""
    return any(compiled(_ADDRESSEE_LINE).match(text) and compiled(opening).match(text)
               for text in map(fold, texts[:_ADDRESSEE_REACH]))


#: A 文号 of a government's own series opening with its place's whole name (鄂州政办发, 张家港政发).
_NAMED_GOVERNMENT_SERIES = r"^(?P<name>\p{Han}{2,4}?)(?:府|政)"


def _named_series_place(doc_no: str, level: str | None, gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The city or county a government's 文号 names by its whole short name before 府 or 政 (鄂州政办发〔2010〕16号:
    鄂州), where that name is one place's alone, at the document's ``level`` if one is read; None for a name several
    places bear (朝阳政…: 朝阳市, 朝阳区 and 朝阳县) or none does (鄂政办发 opens with a province's 简称, read as one)."""
    match = compiled(_NAMED_GOVERNMENT_SERIES).match(fold(doc_no))
    if match is None:
        return None
    places = [r for r in gazetteer.candidates(match["name"]) if (r.short or r.name) == match["name"]]
    if len(places) != 1 or places[0].level not in ("prefecture", "county"):
        return None
    region = places[0]
    named = NamedPlace(written=region.name, region_id=region.id, name=region.name, level=_place_level(region))
    return (match[0], named) if level in (None, named.level) else None


def notice_place_misfit(words: tuple[str, ...], region: str, gazetteer: Gazetteer) -> tuple[Region, tuple[str, ...]] | None:
    """The place a notice's words named (``region``, as written) and the level ``words`` the plan's
    bodies are written with alone (:func:`_words_in`), when those words are not the place's own
    (结合淮安实际 over 县商务局: a county's plan citing its city); None when they fit or the bodies
    say no level."""
    place = gazetteer.lookup_written(region)
    if place is None or not words or _fits(place, None, words):
        return None
    return place, words


#: A line opening a plan's numbered item or heading (一、 （一） 1. 第一条): the notice ends before it.
_ITEM_OPENING = r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+[条章])"


def place_in_notice(texts: list[str], level: str | None, gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The sentence words of a notice naming the place its plan is for (结合淮安实际), and the place,
    when every such phrase in ``texts`` before the plan's first numbered item names one same place,
    whole, of the document's ``level`` (a province's or a city's); None when none names a place (结合我市实际), when they name several,
    or for a national document."""
    if level == "national":
        return None
    found: dict[str, tuple[str, NamedPlace]] = {}
    for text in map(fold, texts):
        if compiled(_ITEM_OPENING).match(text):
            break  # the plan's items begin: a place they work with (结合深圳实际, 对接深圳前海) is not the plan's
        for match in compiled(_OWN_PLACE_PHRASE).finditer(text):
            named = _one_place_at(match["place"], level, gazetteer)
            if named is None:
                continue
            found.setdefault(named.region_id, (match[0], named))
    return next(iter(found.values())) if len(found) == 1 else None


#: How many times a page's text must name the one city it names for :func:`place_of_text` to take it.
TEXT_PLACE_LEAST = 2


def place_of_own_plan_printed(title: str | None, doc_no: str | None,
                              gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The place whose plan a government naming no place prints under its own title (``placing.toml``
    ``unnamed_governments`` after a level word, then ``own_printing``: 市人民政府关于印发随州市疫后重振…行动方案的通知,
    prose-blind38): the place the printed plan's title opens with, written in full with the same level word
    (随州市 under 市人民政府, 嘉鱼县 under 县人民政府), one place alone. A government prints its own place's plans; a
    plan of a place of another level (市人民政府关于印发湖北省…, 县人民政府关于印发随州市…), of two places (随州市、孝感市…),
    a paper it forwards (转发: not ``own_printing``), or a plan titled by no place places nothing. The title alone is
    no evidence whose the government is (市人民政府关于印发深圳市…经验做法的通知 may be another city's printing 深圳's
    plan to learn from): the page's ``doc_no`` must open with the place's own abbreviation (随政发 for 随州,
    :func:`doc_no_of_place`), a series the place shares (随县's too) whose tie the title breaks; no 文号, or another
    place's, places nothing. The place is written in full (杭州 under 州人民政府 is no 州), no place after it
    (宁波市舟山市…: two places') nor 等 (深圳市等地…)."""
    words = _placing_words()
    if not title or not doc_no or not words.unnamed_governments or not words.own_printing:
        return None
    text = fold(title).strip()
    level_word = text[:1]
    if level_word not in words.unnamed_level_words:
        return None
    body = next((b for b in longest_first(words.unnamed_governments) if text.startswith(b, 1)), None)
    if body is None:
        return None
    rest = text[1 + len(body):]
    rest = rest[2:] if rest.startswith("关于") else rest
    verb = next((v for v in longest_first(words.own_printing) if rest.startswith(v)), None)
    if verb is None:
        return None
    rest = rest[len(verb):].lstrip("《〈“\"")
    named = named_places(rest, gazetteer)
    if not named or not rest.startswith(named[0].written) or not named[0].written.endswith(level_word):
        return None
    region = gazetteer.region(named[0].region_id)
    after = rest[len(named[0].written):]
    if region.level not in ("prefecture", "county") or named[0].written == region.short \
            or after.startswith(words.second_place_joiners) or any(after.startswith(other.written) for other in named[1:]) \
            or not doc_no_of_place(doc_no, region):
        return None
    # the document's level the place's gives (a county-level city's 市 a county's), not its bodies'
    level: Level = "municipal" if region.level == "prefecture" else "county"
    return named[0].written, NamedPlace(written=named[0].written, region_id=region.id, name=region.name, level=level)


def place_of_plan_title(title: str | None, texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The county or district a plan's ``title`` opens with in full (閔行區加快打造…行動方案: 闵行区), one place's
    name alone or written after its city (:func:`county_opening`), and its name as written, for a page whose head
    names no issuer, 文号 or level (a copy opening at the notice's addressees, the plan's title under it) and whose
    ``texts`` speak as that county does (:func:`_speaks_as_county`); None for a title opening with anything else
    (关于…, a city: read as the title's place already), with a name several counties bear (朝阳区…), or with a
    county's name that is also a common word for a part of a town (老城区有机更新…, 古城区保护…, 矿区生态修复…: a
    city's plan for its old town or mining area, its text speaking at no county's level)."""
    from pilotplans.normalizers.glosses import without_glosses

    if not title:
        return None
    region = county_opening(without_glosses(title), gazetteer)
    if region is None or not _speaks_as_county(texts, region):
        return None
    written = fold(without_glosses(title))[:len(region.name)]
    # only a 区 named alone can be a part of another city (西区, 东城区: names many cities' districts and street areas
    # share); a 县, 市 or 旗 so named is that county, whichever partner city its text names (台江县 over 杭州's aid)
    if written == region.name and region.name.endswith("区") \
            and (elsewhere := _placed_elsewhere(texts, region, gazetteer)) is not None:
        if elsewhere.level == "prefecture" and not gazetteer.has_below(elsewhere.id, ("county",)):
            # 西区2016年工作计划 over 中山's text: a city with no county-level division (中山, 东莞) holds its towns and
            # street areas itself — the page speaking as 我区 is one of them, the city its region
            return written, NamedPlace(written=written, region_id=elsewhere.id, name=elsewhere.name, level="township")
        return None
    return written, NamedPlace(written=written, region_id=region.id, name=region.name, level=_place_level(region))


def _placed_elsewhere(texts: list[str], region: Region, gazetteer: Gazetteer) -> Region | None:
    """The province or prefecture-level city ``region`` (a county a title names alone, its city unwritten) lies outside
    that ``texts`` (a page's lines) name ``TEXT_PLACE_LEAST`` times or more, the most named: the page speaks of its
    place as lying there (西区2016年工作计划 over 从省内和中山形势看…中山空前崛起…: 中山's 西区, a street area, no 攀枝花's
    西区), so the county its name alone reads is no page's place. None where no such place is named so. A place named in
    a sentence of aid (``placing.toml`` ``aid``: 帮扶, 对口支援, 东西部协作) is the partner helping the page's place,
    never where it lies."""
    above = set(gazetteer.ancestors(region.id))
    counts: dict[str, int] = {}
    for sentence in _sentences_outside_aid(texts):
        for place in named_places(sentence, gazetteer):
            other = gazetteer.region(place.region_id)
            if other.level in ("province", "prefecture") and other.id not in above:
                counts[other.id] = counts.get(other.id, 0) + 1
    most = max(counts, key=counts.__getitem__, default=None)
    return gazetteer.region(most) if most is not None and counts[most] >= TEXT_PLACE_LEAST else None


def sentences_outside_guests(texts: list[str]) -> list[str]:
    """The sentences of ``texts`` (folded) holding no word of a visiting party (``placing.toml`` ``guests``): a place
    named in one (来自安吉县的考察团, 安吉县考察团一行) is the guests', never where the page lies."""
    guests = _placing_words().guests
    sentences = (sentence for text in texts for sentence in compiled(r"[。；;！!？?]").split(fold(text)))
    return [sentence for sentence in sentences if not any(word in sentence for word in guests)]


def _sentences_outside_aid(texts: list[str]) -> list[str]:
    """The sentences of ``texts`` (folded) holding no word of aid (``placing.toml`` ``aid``): a place named in one
    (杭州市对我区帮扶资金3000万元，杭州市企业落户10家) is the partner helping the page's place, never where it lies."""
    aid = _placing_words().aid
    sentences = (sentence for text in texts for sentence in compiled(r"[。；;！!？?]").split(fold(text)))
    return [sentence for sentence in sentences if not any(word in sentence for word in aid)]


@functools.cache
def _as_county() -> str:
    """A page speaking at a county's level: its own county (我区, 全县, 本旗) or a body named by the county's kind word
    alone or after the county's name, short or full (区政府各委、办、局, 县发改局, 沙河口区政府, 白云鄂博矿区区委; its
    congress, its political consultative conference and its leaders too: 县人大, 县政协十四届一次会议, 县领导卢展明) — not
    after another word (各区政府: a city's districts). A pattern's template: {kind} and {name} are the county's kind word
    and its name before it (``placing.toml`` speaking_as_county, county_bodies, county_bureau_ends)."""
    words = _placing_words()

    def braced(pattern: str) -> str:
        return pattern.replace("{", "{{").replace("}", "}}")

    bodies = [braced(regex.escape(body)) for body in words.county_bodies]
    bureau = r"\p{{Han}}{{1,8}}?" + braced(_alternatives(words.county_bureau_ends))
    return (braced(_alternatives(words.speaking_as_county)) + "{kind}"
            + r"|(?:^|(?<!\p{{Han}})|(?<={name})|(?<={name}{kind})){kind}(?:" + "|".join([*bodies, bureau]) + ")")


@functools.cache
def _as_city() -> regex.Pattern[str]:
    """A page speaking as a city does of itself (我市, 本市: ``placing.toml`` speaking_as_city): a city's plan, whatever
    its title opens with (全市 a district's page says too: 按照全市统一部署)."""
    return compiled(_alternatives(_placing_words().speaking_as_city) + "市")


def _speaks_as_county(texts: list[str], region: Region) -> bool:
    """Whether ``texts`` (a page's lines) speak as ``region``, a county, does (:func:`_as_county`) and not as a
    city (:func:`_as_city`; a county-level city's page, 某某市…, speaks of itself so)."""
    from pilotplans.normalizers.glosses import without_glosses

    kind = region.name[-1]
    text = "\n".join(fold(without_glosses(t)) for t in texts)
    pattern = compiled(_as_county().format(kind=regex.escape(kind), name=regex.escape(region.name[:-1])),
                       regex.MULTILINE)
    return pattern.search(text) is not None and (kind == "市" or _as_city().search(text) is None)


#: A county's, a district's or a banner's government or Party committee written right after its city's name
#: (杭州市江干区人民政府办公室): named in full, it names the division, the city only as where it lies. A division the
#: gazetteer holds is read so already (:func:`named_places`); this is one it does not (江干区, split in 2021). A
#: division's name, not the city's divisions spoken of together (广州市各区人民政府, 杭州市辖区政府, 杭州市县区政府,
#: 深圳市各区委): those name the city.
_DIVISION_GOVERNMENT = r"(?![各所辖])(?![区县市旗]{1,4}?(?:人民政府|政府|委))\p{Han}{1,4}?(?:区|县|旗)(?:人民政府|政府|委)"


@functools.cache
def _city_body_listed() -> regex.Pattern[str]:
    """A body named by a city's level word alone as an item of a list (…、市商务局、…, 市有关部门): the page's own city's
    (市场监管局 is a body of no level's word; ``placing.toml`` city_body_joiners, city_body_not_after, city_body_ends)."""
    words = _placing_words()
    unless = f"(?!{_alternatives(words.city_body_not_after)})" if words.city_body_not_after else ""
    return compiled("(?:^|" + _alternatives(words.city_body_joiners) + ")市" + unless + r"\p{Han}{0,10}?"
                    + _alternatives(words.city_body_ends))
#: What opens the visitors' list before a visit's opening: the sentence's or the clause's start.
_CLAUSE_START = "。；;！!？?，,\n"


def _visit_clauses(text: str) -> list[regex.Match[str]]:
    """The visits ``text`` (folded) tells of, each with its places in ``between``: a clause between a visit's opening
    and closing (赴汕头综保区学习考察: :func:`_partner_clause`), or one whose place alone is written before a comma that the
    closing follows at once (赴镇江综合保税区,调研综保区…: the comma parts the place from what the visit is for) — not a
    closing further on (赴南京,与…座谈后调研: the comma's clause is another)."""
    openings, closings = _visit_words()
    return [*_partner_clause(openings, closings).finditer(text, overlapped=True),
            *_visit_before_comma(openings, closings).finditer(text, overlapped=True)]


@functools.cache
def _visit_before_comma(openings: tuple[str, ...], closings: tuple[str, ...]) -> regex.Pattern[str]:
    """A visit's opening, its places in ``between`` up to the clause's comma, and a closing right after the comma
    (赴镇江综合保税区,调研): put together once per word lists."""
    return compiled(_alternatives(openings) + _BETWEEN + "[，,]" + _alternatives(closings))


def place_of_visitors(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The one prefecture-level city whose bodies go on a visit (赴…考察, 前往…调研: :func:`visited_places`) listed
    beside bodies named by the city's level word alone (梅州综保区管委会、梅州海关、市商务局…组成考察组赴汕头综保区学习考察;
    市商务局、镇江海关、镇江检验检疫局…赴镇江综合保税区): the unprefixed 市… bodies are the page's own city's, so the
    visitors' city is the page's, whether they visit another city (汕头, the host) or a zone of their own (镇江's); and
    the name first written for it. Only where every place the page names is that city, lies in it, or is visited (a
    partner met there, 与汕头综保区管委会…座谈交流, counts as visited). None where the visitors name no place (市商务局赴
    深圳考察), two places, a province's body (省商务厅、梅州海关…: the province's news may list a city's bodies; 南京海关,
    a capital's customs serving its province: :func:`_names_a_province_s_body`), no body by
    the city's word alone (梅州海关赴汕头: a vertical body of its own), or where the page names another place or partner
    not visited; visitors coming to the page's place (来, 到) go on no visit. None too where any visit's visitors
    name a province's body (全省调研组赴汕头: the province's news), where a county-level city is among the visitors
    (兴宁市商务局、市发改局: 市… is that city's own) or anywhere on the page, not visited (句容市商务局… heading the
    news of 市商务局、镇江海关…赴镇江综合保税区: the 市… bodies may be the county-level city's), or where the page's first line, its headline, names the place
    visited and not the visitors' city (汕头综保区迎来考察团: the host's news)."""
    folded = [fold(text) for text in texts]
    cities: dict[str, NamedPlace] = {}
    visited: set[str] = set()
    for text in folded:
        for match in _visit_clauses(text):
            if not _opens_a_visit(text, match.start(), match.start("between")):
                continue
            listed = _places_listed(match["between"], gazetteer)
            if not listed:
                continue
            visited.update(place.region_id for place in listed)
            start = max(text.rfind(mark, 0, match.start()) for mark in _CLAUSE_START) + 1
            visitors = text[start:match.start()]
            if "省" in visitors or "自治区" in visitors:
                return None  # a province's group among any visit's visitors: the province's news, maybe
            if _city_body_listed().search(visitors) is None:
                continue
            for place in named_places(visitors, gazetteer):
                region = gazetteer.region(place.region_id)
                if _names_a_province_s_body(visitors, place, gazetteer):
                    return None  # 南京海关 among the visitors: a capital's customs serves its province, no city's body
                if region.level == "county" and region.name.endswith("市"):
                    return None  # 兴宁市商务局、市发改局: the 市… bodies may be the county-level city's own
                city = region if region.level == "prefecture" else _city_above(region, gazetteer)
                if city is None:
                    return None
                cities.setdefault(city.id, place)
    if len(cities) != 1:
        return None
    (city_id, written), = cities.items()
    if folded and any(place.region_id in visited for place in named_places(folded[0], gazetteer)) \
            and not any(city_id in gazetteer.ancestors(place.region_id) for place in named_places(folded[0], gazetteer)):
        return None  # 汕头综保区迎来考察团: a headline naming the host and not the visitors' city is the host's news
    for text in folded:
        if any(place.region_id not in visited for _, place in _partners_met(text, gazetteer)):
            return None  # 与深圳合作 beside the visit: a partner the page names, not visited
        for place in named_places(text, gazetteer):
            if place.region_id not in visited and place.region_id != city_id \
                    and city_id not in gazetteer.ancestors(place.region_id):
                return None  # another place named (广州, 广东): whose page it is the visit does not say
            region = gazetteer.region(place.region_id)
            if place.region_id not in visited and region.level == "county" and region.name.endswith("市"):
                return None  # 句容市商务局… in a headline: 市商务局 among the visitors may be that county-level city's own
    city = gazetteer.region(city_id)
    return written.written, NamedPlace(written.written, city.id, city.name, "municipal")


def place_of_text(texts: list[str], level: str | None, gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The one prefecture-level city a page's text names (把广州建设成为…, 《中共广州市委、广州市人民政府…》),
    and its name as first written, for a page whose head names no place and gives no level or a city's:
    every place the text names is that city or lies within it (天河区; a county-level city, 义乌市, speaks with
    市… bodies of its own, so a page naming one is nobody's by its text), it is named at least
    ``TEXT_PLACE_LEAST`` times, and no province or other city is named — but the city's own province inside the title
    of a document the page cites (《广东省…规划纲要》: a city's plan citing its province's, said in the name returned;
    another province's so cited names no city) — (a place opening a school's name,
    北京大学, names the school: ``data/placing.toml`` institutions), nor any as a partner's (与深圳合作:
    :func:`partner_places`). None otherwise: whether the plan's
    bodies are the city's own (市… only) is :func:`notice_placed`'s to judge."""
    if level not in (None, "municipal"):
        return None
    schools = _placing_words().institutions
    cities: dict[str, list[NamedPlace]] = {}
    cited: dict[str, str] = {}  # a province named only inside a title the page cites (《广东省人民政府关于…》): that title
    folded = [fold(text) for text in texts]  # once: the towns' names below are looked for in every line
    disowned: set[str] = set()  # 伊宁市东城区 written once: 东城区 alone is 伊宁市's area, not 北京's district, after it
    named_in = [named_places(text, gazetteer, disowned) for text in folded]
    for text, places in zip(folded, named_in):
        if any(not (schools and phrase[phrase.find(place.written) + len(place.written):].startswith(schools))
               for phrase, place in partner_places(text, gazetteer)):
            return None  # 与深圳合作, 学习借鉴深圳: the text names another place than its own (与北京大学合作: a school)
        cursor = 0
        for place in places:
            if place.written in disowned:
                continue
            at = text.find(place.written, cursor)
            cursor = at + len(place.written) if at >= 0 else cursor
            if at >= 0 and schools and text.startswith(schools, cursor):
                continue  # 北京大学: a school's name, no place the page speaks of
            region = gazetteer.region(place.region_id)
            if at >= 0 and region.level == "prefecture" and compiled(_DIVISION_GOVERNMENT).match(text, cursor):
                continue  # 杭州市江干区人民政府办公室: a district the gazetteer no longer holds (江干区, 2021), not the city
            if region.level == "province" and at >= 0 and (title := _cited_title_around(text, at)) is not None:
                cited.setdefault(region.id, title)  # a city's page citing its province's plan (《广东省…意见》)
                continue
            city = region if region.level == "prefecture" else _city_above(region, gazetteer)
            if city is None:
                return None  # a province, or a place the gazetteer places under no city: not one city's page
            cities.setdefault(city.id, []).append(place)
    if len(cities) != 1:
        return None
    (city_id, named), = cities.items()
    if any(province != gazetteer.region(city_id).province for province in cited):
        return None  # another province's plan cited (《四川省…》 beside 广州): whose page it is the text does not say
    towns = {p.region_id for p in named}
    if len(towns) == 1 and len(named) >= TEXT_PLACE_LEAST and not cited \
            and (town := gazetteer.region(next(iter(towns)))).level == "county" \
            and (town.name.endswith("市") or _speaks_as_county(texts, town)) \
            and all(p.written == town.name for p in named):
        # 伊宁市委、政府研究…伊宁市…: a county-level city named in full, twice or more, and nothing else — not its
        # prefecture, whose page would name it too — speaks of itself: that city's page; so does a district, a county or
        # a banner named so whose page speaks as one (白云鄂博矿区区委、政府…全区…白云鄂博矿区: 全区, 区委)
        return named[0].written, named[0]
    if len(towns) == 1 and len(named) >= TEXT_PLACE_LEAST and not cited \
            and (area := gazetteer.region(next(iter(towns)))).level == "new_area" \
            and any(word in _without_names(text, {p.written for p in named})
                    for text in folded for word in _placing_words().area_words):
        # 云南滇中新区召开…, 滇中新区党工委…, 新区上下…: a state-level new area named alone and speaking of itself as 新区
        # is the new area's page (at a city's level, as its committee's are), not its host city's
        return named[0].written, NamedPlace(named[0].written, area.id, area.name, named[0].level)
    if any(name and name in text for town in gazetteer.under(city_id, "市") for name in (town.name, town.short)
           for text in folded):
        return None  # 义乌 beside 金华: a county-level city speaks with 市… bodies of its own, the page may be its
    own = [p for p in named if p.region_id == city_id]
    if len(own) < TEXT_PLACE_LEAST:
        zone, alone = _zone_named_short(folded, gazetteer.region(city_id), gazetteer)
        if zone is None and len(own) == len(named):
            zone, alone = _zone_speaking(folded, gazetteer.region(city_id), gazetteer)
        if zone is None or len(own) + alone < TEXT_PLACE_LEAST or cited:
            return None
        return zone, own[0]  # 2022年合肥新站高新区,… 新站高新区…: the city's zone names the city, its bodies (区…) the zone's
    if cited:
        return f"{own[0].written}, its province only in the title of a document it cites ({next(iter(cited.values()))})", own[0]
    return own[0].written, own[0]


#: A zone's own name (火炬, 新站: two to four characters) opening a signing body's name, then the zone's short word 区 or a
#: zone type's form (火炬区经科局, 火炬开发区管委会): the zone signs.
_SIGNING_ZONE = r"^(?P<own>\p{{Han}}{{2,4}}?)(?:{forms}|区)(?=\p{{Han}})"


def place_of_signing_zone(issuer: str | None, texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The city of the zone a notice's signing body belongs to (火炬区经科局: 火炬's), where the page's address line
    (after one of ``placing.toml``'s ``address_labels``: 地址:中山市火炬开发区管委会大楼, its province perhaps before the
    city) writes that zone in full right after one city's name and a zone type's form closes it: a zone's name opens
    with its host's, and the address is where the body sits — though the page names the city once (the rule of
    :func:`place_of_text` asks twice of a city named in a sentence). None where the issuer opens with no zone's name
    (区经科局: the level word alone; 市发展改革委), the page writes the zone after no city (火炬开发区 alone) or after
    several (whose zone it is the page does not say), only outside an address (学习借鉴厦门市火炬高新区的经验: another
    city's zone of the same name, cited), or the name before the form is a place's own (中山市南朗镇: no zone). Glosses
    (開發(fā)區(qū)) are read through."""
    if not issuer:
        return None
    from pilotplans.normalizers.glosses import without_glosses

    alternatives = "|".join(map(regex.escape, _zone_forms(gazetteer)))
    found = compiled(_SIGNING_ZONE.format(forms=alternatives)).match(fold(without_glosses(issuer)))
    if found is None or found["own"] in _LEVEL_WORDS or gazetteer.candidates(found["own"]):
        return None
    own = regex.escape(found["own"])
    labels = "|".join(map(regex.escape, longest_first(set(_placing_words().address_labels))))
    writing = compiled(rf"(?:{labels})[:：\s]*(?:\p{{Han}}{{2,7}}?(?:省|自治区))?(?P<city>\p{{Han}}{{2,6}}?市){own}(?:{alternatives})")
    cities: dict[str, NamedPlace] = {}
    for text in texts:
        for match in writing.finditer(fold(without_glosses(text))):
            for place in named_places(match["city"], gazetteer):
                if place.written == match["city"] and gazetteer.region(place.region_id).level == "prefecture":
                    cities.setdefault(place.region_id, place)
    if len(cities) != 1:
        return None
    (place,) = cities.values()
    return place.written, place


def _zone_forms(gazetteer: Gazetteer) -> tuple[str, ...]:
    """Every zone type's forms (经济技术开发区, 高新区…), the longest first: what a zone's own name ends with."""
    return _longest_first(tuple(sorted({form for zone_type in gazetteer.zone_types for form in zone_type.forms})))


def _without_names(text: str, names: set[str]) -> str:
    """``text`` with every one of ``names`` taken out, the longest first (云南滇中新区 before 滇中新区)."""
    for name in longest_first(names):
        text = text.replace(name, "")
    return text


def _not_before(words: Sequence[str]) -> str:
    """A lookahead refusing any of ``words`` next (empty for none)."""
    return "(?!" + _alternatives(words) + ")" if words else ""


@functools.cache
def _as_area() -> regex.Pattern[str]:
    """A page speaking of itself as a 区 (全区, 我区, 本区: ``placing.toml`` speaking_as_zone, not before one of
    zone_not_before, 全区县): a zone's, whose committee writes 区 for it (全区经济总体保持平稳)."""
    words = _placing_words()
    return compiled(_alternatives(words.speaking_as_zone) + "区" + _not_before(words.zone_not_before))


def _zone_speaking(texts: list[str], city: Region, gazetteer: Gazetteer) -> tuple[str | None, int]:
    """The zone of ``city`` named after it by a zone type's form alone (辽源经济开发区, 南宁经济技术开发区: the zone's
    name, its city's short name before the type's; 合肥市高新区 is the city's area so called) that ``texts``
    (folded) write in full, as written, and 1 where the page speaks of itself as a 区 (全区, :func:`_as_area`): the zone
    speaking names its city again, as a zone with a name of its own does by that name (:func:`_zone_named_short`).
    (None, 0) where no such zone or several are written, or the page never speaks as one (合肥经济技术开发区 in a
    ministry's news, 经济技术开发区 every such zone's word), or never names the zone by its type's word alone as the zone
    speaking of itself does (开发区深入学习…): a district's page (全区) naming its city's zone once (要支持辽源经济开发区加快
    发展) is no zone's."""
    pattern = compiled(regex.escape(city.short or city.name) + "(?:" + "|".join(map(regex.escape, _zone_forms(gazetteer))) + ")")
    written = {found for text in texts for found in pattern.findall(text)}
    if len(written) != 1:
        return None, 0
    zone = next(iter(written))
    kind = zone[len(city.short or city.name):]
    own = tuple(form for zone_type in gazetteer.zone_types if kind in zone_type.forms for form in zone_type.forms)
    if not any(form in text.replace(zone, "") for text in texts for form in own):
        return None, 0  # 要支持辽源经济开发区加快发展 under 全区: a district's page naming its city's zone, not the zone's
    return (zone, 1) if any(_as_area().search(text) for text in texts) else (None, 0)


def county_of_township_text(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The one county a township's page names in full (武乡县扬德煤层气利用有限公司 in a 乡's plan speaking as 全乡 under
    全县), and its name as written: a township lies in a county, which its page names as its own when every place the
    text names is that county or a place above it (its city, its province), and the page speaks of its county by the
    county's kind word (全县, 本区). None where no county is named, or another place is (a partner, a neighbour: whose
    township it is the text does not say), or the text names a partner place (与安吉县签订合作协议: :func:`partner_places`;
    a place only visited, 赴安吉县考察学习 (:func:`visited_places`), is passed over, neither its county nor another),
    or the county's kind is none the page speaks of (冶金作为老城区 in a street's
    plan: 老城区, 洛阳's district, is also any city's old town). A county named only in a sentence of aid (争取嘉定区帮扶资金)
    is the partner helping the township, never its own."""
    counties: dict[str, NamedPlace] = {}
    above: set[str] = set()
    disowned: set[str] = set()
    visited = visited_unless_partnered(texts, gazetteer)
    if visited is None:
        return None  # 与安吉县签订合作协议: a partner county, not the township's own
    for text in _sentences_outside_aid(texts):  # 争取嘉定区帮扶资金: the district aiding it
        for place in named_places(text, gazetteer, disowned):
            if place.region_id in visited:
                continue  # 赴安吉县考察学习: a county the township's people visit, not its own
            region = gazetteer.region(place.region_id)
            if region.level == "county":
                counties.setdefault(region.id, place)
            else:
                above.add(region.id)
    if not counties and above:
        return _county_named_short(texts, gazetteer, above)
    if len(counties) != 1:
        return None
    (county_id, named), = counties.items()
    speaks = compiled(rf"(?:我|全|本){regex.escape(named.written[-1])}")
    if not any(speaks.search(fold(text)) for text in texts):
        return None
    return (named.written, named) if above <= set(gazetteer.ancestors(county_id)) else None


def _county_named_short(texts: list[str], gazetteer: Gazetteer, above: set[str]) -> tuple[str, NamedPlace] | None:
    """The one county a township's page, naming no county in full, names by its short name alone (我乡地处宁化西南部…是宁化
    唯一的少数民族乡: 宁化县), and that name: a short name is evidence only where no other division bears it, as a name or
    a short name (长安, 和平, 新华: several districts'), and where the county lies within every place the page names in
    full (``above``: 是三明最大的毛竹大乡 — 宁化 is 三明's) — a county's short name may be a word (资源, 南部, 三江: counties of
    广西 and 四川 in a 三明 township's text), which no place named in full holds; the page writes it ``TEXT_PLACE_LEAST``
    times or more, and no other such county, once at least as where the township lies (after a ``placing.toml``
    ``lying_in`` word or before a ``county_parts`` word: 地处宁化西南部) — a county's short name inside the named place
    may be a word still (大田作物, 合作社, 东方文化, in pages naming 三明, 甘南州, 海南省). None otherwise. The page
    speaking as a township (我乡, 全乡) is its callers' to judge."""
    words = _placing_words()
    named: dict[str, list[str]] = {}
    lying: set[str] = set()  # the counties written once at least as where the township lies (地处宁化, 宁化西南部)
    for text in texts:
        folded = fold(text)
        start = 0
        while start < len(folded):
            found = next(((written, ids) for written, ids, former in gazetteer.prefixes(folded[start:])
                          if not former and len(written) >= 2), None)
            if found is None:
                start += 1
                continue
            written, ids = found
            region = gazetteer.region(ids[0]) if len(ids) == 1 else None
            if region is not None and region.level == "county" and written == region.short \
                    and len(gazetteer.candidates(written)) == 1 and above <= set(gazetteer.ancestors(region.id)):
                named.setdefault(region.id, []).append(written)
                if folded.endswith(words.lying_in, 0, start) or folded.startswith(words.county_parts, start + len(written)):
                    lying.add(region.id)
            start += len(written)
    if len(named) != 1:
        return None
    (county_id, written), = named.items()
    if len(written) < TEXT_PLACE_LEAST or county_id not in lying:
        return None
    region = gazetteer.region(county_id)
    return written[0], NamedPlace(written=written[0], region_id=region.id, name=region.name, level=_place_level(region))


def _zone_named_short(texts: list[str], city: Region, gazetteer: Gazetteer) -> tuple[str | None, int]:
    """The zone of ``city`` named after it (合肥新站高新区: its name opens with the city's) that ``texts`` (folded) write
    in full, as written, and how many times they write it by its own name alone (新站高新区): each names the city as the
    full name does (2022年合肥新站高新区,… 新站高新区1+N+1…: 合肥, twice). (None, 0) where no such zone is written in full,
    or several are (whose page it is the text does not say); a zone whose name after its city's is a zone type's form
    alone (合肥经济技术开发区: 经济技术开发区, 高新区) is named by it no more than any zone of that type is."""
    found: dict[str, tuple[str, int]] = {}
    for zone in gazetteer.under(city.id, "区"):  # 开发区, 高新区, 保税区: a zone's names end so
        if zone.level != "zone":
            continue
        for full in longest_first({zone.name, zone.short or zone.name, *zone.aliases}):
            opening = next((name for name in (city.name, city.short) if name and full.startswith(name)), None)
            if opening is None or len(full) - len(opening) < 2 or not any(full in text for text in texts):
                continue
            alone = full[len(opening):]
            if any(alone in zone_type.forms for zone_type in gazetteer.zone_types):
                continue  # 合肥经济技术开发区 → 经济技术开发区: a zone type's form alone, every such zone's word, no name
            found.setdefault(zone.id, (full, sum(text.count(alone) - text.count(full) for text in texts)))
    return next(iter(found.values())) if len(found) == 1 else (None, 0)


def place_of_province_text(texts: list[str], title: str | None, gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The one province a provincial page's text names (对江苏工作重要讲话精神, “江苏建造”, 新江苏), and its name as first
    written, for a page whose head speaks at a province's level by its word alone (省政府关于…) and names no place, no
    文号 giving one: every place the text names lies in that province (its cities: 南京, 苏州), it is named at least
    ``TEXT_PLACE_LEAST`` times, and no place is named as a partner's (与上海合作: :func:`partner_places`). None when
    the text names places of two provinces (学习借鉴浙江经验 beside 江苏, a national 长三角 plan's 上海、江苏、浙江), one
    no province holds, or its province once, and where the ``title`` names a place (支持中国（湖北）自由贸易试验区…: the
    placing rules read the title's place, :func:`placed`)."""
    if title and named_places(fold(title), gazetteer):
        return None
    provinces: dict[str, list[NamedPlace]] = {}
    for text in map(fold, texts):
        if partner_places(text, gazetteer):
            return None  # 与上海合作: the text names another place than its own
        for place in named_places(text, gazetteer):
            region = gazetteer.region(place.region_id)
            province = region.id if region.level == "province" else region.province
            if province is None:
                return None
            provinces.setdefault(province, []).append(place)
    if len(provinces) != 1:
        return None
    (province_id, named), = provinces.items()
    own = [place for place in named if place.region_id == province_id]
    return (own[0].written, own[0]) if len(own) >= TEXT_PLACE_LEAST else None


#: A place named in full and then given its kind word as its short name for the rest of the text (三江侗族自治县(以下简称
#: 自治县), 本市): a code of rules or a plan naming its own place so, as a law drafts it.
_CALLED_HENCEFORTH = r"(?P<place>\p{Han}{2,20}?)[（(]以下简称(?P<word>自治县|自治州|自治区|自治旗|县|市|州|区|旗|盟|省)[)）]"


def place_called_henceforth(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The place a page names in full and then calls by its kind word for the rest of its text (``结合三江侗族自治县(以下简称
    自治县)…的特点,制定本条例``: 三江侗族自治县), and the words naming it, for a page printing no title, 文号 or issuer (a code of
    rules copied from its first chapter): the first place so named, its name ending with the word, the gazetteer's;
    places so named after it lying around it (广西壮族自治区(以下简称自治区): its region). None where none is so named, or
    where a later one is no place around the first (two places' text)."""
    found: list[tuple[str, Region]] = []
    for text in map(fold, texts):
        for match in compiled(_CALLED_HENCEFORTH).finditer(text):
            named = [p for p in named_places(match["place"], gazetteer) if p.name.endswith(match["word"])]
            if named:
                found.append((match[0], gazetteer.region(named[-1].region_id)))
    if not found:
        return None
    (words, own), others = found[0], found[1:]
    if any(other.id != own.id and other.id not in gazetteer.ancestors(own.id) for _, other in others):
        return None
    return words, NamedPlace(written=own.name, region_id=own.id, name=own.name, level=_place_level(own))


def _cited_title_around(text: str, at: int) -> str | None:
    """The title in 《》 that the place named at ``at`` of ``text`` stands inside (《广东省人民政府关于加快人才发展的意见》),
    or None where it stands outside any (广州走在广东前列: a place the page speaks of)."""
    opening = text.rfind("《", 0, at)
    if opening < 0 or "》" in text[opening:at]:
        return None
    closing = text.find("》", at)
    return text[opening:closing + 1] if closing >= 0 else None


def _city_above(region: Region, gazetteer: Gazetteer) -> Region | None:
    """The prefecture-level city a county or district lies in, or None."""
    parent = gazetteer.region(region.parent) if region.parent else None
    return parent if parent is not None and parent.level == "prefecture" else None


#: A notice's addressee line naming its own government's departments by their level word only (自治区政府各部门,
#: 省政府各部门, 省人民政府各委、办、厅、局, 自治区人民政府各组成部门): a province's government addresses its own departments so; the word
#: closing a list of kinds of province (各省、自治区人民政府各部门) addresses every province's, a national notice.
_OWN_DEPARTMENTS = r"(?<![各、])(?P<word>自治区|省)(?:人民)?政府各(?:组成部门|部门|委|厅|直属)"


def _prefecture_kinds() -> dict[str, str]:
    """What the name of the prefecture each kind word speaks for ends with (州 an autonomous prefecture's: 广州 is a
    city; ``placing.toml`` prefecture_kinds), in the file's order."""
    return dict(_placing_words().prefecture_kinds)


@functools.cache
def _prefecture_departments() -> str:
    """An addressee naming a prefecture's own departments by its kind word and 直 (州直各委、办、局, 盟直各部门, 地直各单位
    and 地区直属各单位: a 地区 says either): an autonomous prefecture, a league or a 地区 speaks (a city says 市直, its word
    shared with a county-level city's); the kind words those of :func:`_prefecture_kinds`, longest first where one
    opens another (地区 before 地), as the file lists them."""
    words = "|".join(map(regex.escape, _prefecture_kinds()))
    return r"(?<!\p{Han})(?P<word>" + words + r")直(?:属)?各(?:委|部门|单位|有关|局)"
#: An addressee line: the bodies a notice is sent to, up to their colon, no sentence among them (a sentence saying
#: 按照自治区政府各部门的分工要求 speaks of those departments; it does not address them).
_ADDRESSEE_LINE = r"^[^。；;：:]{2,120}[：:]\s*$"


def place_of_addressees(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The province a notice naming no place of its own is issued by, when its addressee line names a
    province's own departments by their level word (各市、县(区)人民政府, 自治区政府各部门: a province's or an
    autonomous region's government speaks) and its words before the plan's items name one such province in full
    (根据《宁夏回族自治区…规划》): the words and that province. None when no addressee line says so, or when its
    words name no province of that kind, or several."""
    said: str | None = None
    found: dict[str, NamedPlace] = {}
    folded = [fold(text) for text in texts]
    for text in folded:
        if compiled(_ITEM_OPENING).match(text):
            break  # the plan's items begin
        addressees = compiled(_ADDRESSEE_LINE).match(text) is not None
        match = (compiled(_OWN_DEPARTMENTS).search(text) or compiled(_prefecture_departments()).search(text)) if addressees else None
        if said is None and match is not None:
            said, word = match[0], match["word"]
        for place in named_places(text, gazetteer):
            if place.level == "provincial" and place.written == place.name:
                found.setdefault(place.region_id, place)
    kinds = _prefecture_kinds()
    if said is not None and word in kinds:
        # 州直各委 over a text naming 迪庆 (and 云南, its province): the one prefecture of that kind the page names, in
        # its aims as often as before them (全面推动迪庆建设成为…), speaks
        found = {place.region_id: place for text in folded for place in named_places(text, gazetteer)
                 if gazetteer.region(place.region_id).level == "prefecture" and place.name.endswith(kinds[word])}
    if said is None or len(found) != 1:
        return None
    place = next(iter(found.values()))
    if not place.name.endswith(kinds.get(word, word)):
        return None  # 自治区政府各部门 under words naming 江苏省, 州直各委 under 广州: a place of another kind names no issuer
    return f"{said}、{place.written}", place


def place_of_own_zone(texts: list[str], level: str | None, doc_no: str | None,
                      gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The county a notice read at a county's level and naming no place of its own is issued in, where its addressee
    line (the first among its lines) names one development zone, and that zone's name gives a county as its host
    (:func:`zone_host`: 各镇人民政府,县政府各部门,嘉鱼经济开发区、武汉新港潘湾工业园: 嘉鱼县, prose-blind37) — a county
    addresses its own zone beside its towns and departments (``own_zone_townships``: 各镇, 各乡镇, 各街道). None at any
    other level, for a line addressing counties or a city's departments (``own_zone_not``: 各县, 县(市、区), 市直: a
    city's, listing its counties' zones), for a line naming no such zone,
    zones of two hosts, a zone a city hosts (成都高新区: a city's, no county's notice's own), or a zone whose name goes on
    past its host's name before its kind (长乐山工业园区; ``data/placing.toml`` ``own_zone_kinds``). The zone's name
    alone never places: a county's towns bear other counties' names (长乐镇, 太平镇, 江南, 东城: 长乐工业园区 would be
    福州's 长乐区), so the notice's own 文号 must open with the county's abbreviation (嘉政办发 under 嘉鱼经济开发区,
    :func:`doc_no_of_place`); no 文号, or another place's, places nothing."""
    if level != "county" or not doc_no:
        return None
    for text in (fold(text) for text in texts[:_OWN_ZONE_LINES]):
        if compiled(_ADDRESSEE_LINE).match(text) is None:
            continue
        words = _placing_words()
        if not any(town in text for town in words.own_zone_townships) or any(other in text for other in words.own_zone_not):
            return None  # 各县(市、区)人民政府,市直各部门,嘉鱼经济开发区: a city's line, the zone one of its counties'
        hosts: dict[str, tuple[str, NamedPlace]] = {}
        for part in regex.split(r"[、，,；;：:\s]+", text):
            if part and (host := zone_host(part, gazetteer)) is not None:
                hosts.setdefault(host.region_id, (part, host))
        if len(hosts) != 1:
            return None
        part, host = next(iter(hosts.values()))
        if host.level != "county":
            return None
        region = gazetteer.region(host.region_id)
        named = any(part.startswith(name) and part.startswith(words.own_zone_kinds, len(name)) for name in (region.name, region.short) if name)
        if not named:
            return None  # 长乐山工业园区: a name going on past 长乐 names no 长乐区's zone
        return (part, host) if doc_no_of_place(doc_no, region) else None  # 长乐工业园区 under 某政办发: a town's park
    return None


#: How many of a page's first lines may hold its addressee line (its 文号 and title over it, a site's rows above).
_OWN_ZONE_LINES = 12


#: An addressee line opening with every league and city (各盟市物价局, 盟行政公署、市人民政府, 各盟行政公署、市人民政府): the
#: prefectures a province whose prefectures include leagues (盟) addresses from its own level; a league's own notice
#: addresses its banners (各旗县市人民政府, 盟直各部门), never the leagues.
_LEAGUES_ADDRESSED = r"^\s*各?盟(?:行政公署)?[、,，]?市"


def place_of_league_addressees(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The province a notice naming no place and no level of its own speaks for, when its addressee line opens with
    the leagues and cities (各盟市物价局:): the one province the gazetteer holds leagues in, at a province's level;
    the words and that province. None when no addressee line opens so, or the gazetteer's leagues lie in several
    provinces."""
    said = next((match[0] for text in map(fold, texts[:_ADDRESSEE_REACH])
                 if compiled(_ADDRESSEE_LINE).match(text) and (match := compiled(_LEAGUES_ADDRESSED).match(text))), None)
    if said is None:
        return None
    provinces = {region.province for region in gazetteer.regions.values() if region.name.endswith("盟") and region.province}
    if len(provinces) != 1:
        return None
    province = gazetteer.region(provinces.pop())
    return said.strip(), NamedPlace(written=province.name, region_id=province.id, name=province.name, level="provincial")


#: How many of a page's first lines its addressee line may stand in (after a title, a 文号, a site's rows).
_ADDRESSEE_REACH = 12


@functools.cache
def _as_autonomous_region() -> regex.Pattern[str]:
    """A page speaking as an autonomous region of itself (``placing.toml`` as_autonomous_region): the plan made for its
    own conditions (结合自治区实际,制定本方案), or its government's departments its own (自治区政府各部门) — not a league's
    or a banner's page speaking of the region above it (在自治区党委政府的坚强领导下)."""
    return compiled(_alternatives(_placing_words().as_autonomous_region))


@functools.cache
def _as_below_region() -> regex.Pattern[str]:
    """A page speaking as a league, a banner, a city or a county of itself (全盟, 我旗, 本市, 全县: ``placing.toml``
    speaking_below_region then below_region_kinds — not before one of below_region_not_before, 全旗县, 全盟市: the
    region's tiers together, nor 全区, the region's own word): one below the region, quoting its words (结合自治区实际)."""
    words = _placing_words()
    return compiled(_alternatives(words.speaking_below_region) + _alternatives(words.below_region_kinds)
                    + _not_before(words.below_region_not_before))
#: Tiers a page names together by their kind words (旗县, 盟市, 旗县市区): a run of level characters.
_TIERS = r"[盟州市旗县区]{2,4}"


def place_of_region_tiers(texts: list[str], gazetteer: Gazetteer) -> tuple[str, NamedPlace] | None:
    """The autonomous region a page naming no place speaks for (:func:`_as_autonomous_region`), where it names its tiers
    together by kinds of division one region alone holds (旗县级以上政府部门: banners, which the gazetteer holds in
    内蒙古 only — as 盟 of 盟市), at a province's level; the words and that region. None where the page names a place,
    speaks as no autonomous region, speaks as one of its leagues, banners, cities or counties (结合自治区实际 over 全盟:
    :func:`_as_below_region`), or its tiers' kinds are held in several provinces (县市区) or in different ones."""
    from pilotplans.normalizers.registry.gazetteer import _LEVEL_CHARACTERS

    folded = [fold(text) for text in texts]
    if not any(_as_autonomous_region().search(text) for text in folded) \
            or any(_as_below_region().search(text) for text in folded) \
            or any(named_places(text, gazetteer) for text in folded):
        return None
    holding: dict[str, set[str]] = {}  # a level character → the provinces holding a division whose name ends with it
    for region in gazetteer.regions.values():
        if region.province and region.level in ("prefecture", "county") and region.name[-1:] in _LEVEL_CHARACTERS:
            holding.setdefault(region.name[-1], set()).add(region.province)
    found: dict[str, str] = {}  # the province → the words naming its tiers
    for text in folded:
        for match in compiled(_TIERS).finditer(text):
            provinces = set.intersection(*(holding.get(character, set()) for character in match[0]))
            if len(provinces) == 1:
                found.setdefault(provinces.pop(), match[0])
    if len(found) != 1:
        return None
    province_id, words = next(iter(found.items()))
    province = gazetteer.region(province_id)
    if not province.name.endswith("自治区"):
        return None
    return words, NamedPlace(written=province.name, region_id=province.id, name=province.name, level="provincial")


def _level_word(region: Region) -> str:
    """The word a body of ``region`` written with its level only opens with (湖南省: 省发改委;
    广西壮族自治区: 自治区商务厅; 衡阳市 or 北京市: 市发改委)."""
    return "自治区" if region.name.endswith("自治区") else region.name[-1:]


def _speaks_at(document: Document, region: Region) -> bool:
    """Whether a measure of ``document`` names a body written with ``region``'s level word only
    (省发改委 in a plan a province issues): the plan is that place's own, whatever place its title
    opens with (湖北省's 武汉城市圈同城化发展实施方案). 市场… opens no body with 市."""
    word = _level_word(region)
    if not word:
        return False
    opening = compiled(_level_word_opening(word) + r"\p{Han}")
    return any(opening.search(fold(text)) for measure in document.measures
               for text in (measure.responsibility, measure.cooperating, measure.superior) if text)


def _in_its_county(document: Document, region: Region, gazetteer: Gazetteer) -> Document:
    """A city's document whose title opens with the city and then one of its counties or districts
    written in full (武汉市蔡甸区全面深化服务贸易创新发展试点实施方案) is the county's: the metadata
    reads the city a title opens with, and a county only where its government follows
    (金华市婺城区人民政府); its 区商务局 is the district's. A city at a province's level opens its
    districts' titles the same way (上海市宝山区…, 北京市朝阳区…). A title naming several of the city's
    counties one after another is the city's plan for them."""
    if (region.level != "prefecture" and region.tier != "municipality") or not document.title:
        return document
    title = fold(document.title)
    written = next((n for n in sorted(region.names, key=len, reverse=True) if title.startswith(n)), None)
    county = _county_after(title[len(written):], region.id, gazetteer) if written else None
    if county is None:
        return document
    after = title[len(written) + len(county.name):]
    # what joins the counties a title names one after another (江岸区、江汉区, 新洲区和黄陂区: placing.toml county_joiners)
    if after.startswith(_placing_words().county_joiners) and _county_after(after[1:], region.id, gazetteer) is not None:
        return document  # the city's plan for several of its counties (武汉市新洲区和黄陂区…)
    return document.model_copy(update={"region": gazetteer.written_region(county)})


class Listed(NamedTuple):
    """Several places a title (or issuer) names side by side (上海、江苏、浙江、安徽…): a plan for
    them all, or of a body above them, not the own plan of the first."""

    field: str
    names: list[str]


class Within(NamedTuple):
    """The one province the places a title names lie in (武汉、襄阳、宜昌), for a plan whose bodies
    speak at a province's level only (省发改委): the province's plan for its cities."""

    field: str
    names: list[str]
    province: Region


def _named_in_title_or_issuer(document: Document, bodies: _Bodies) -> tuple[NamedPlace, str, str] | Listed | Within | None:
    """The first place of the document's level its title (else its issuer) names, which of the two
    named it, and the words saying what other places it names; or the places it lists side by side
    (:class:`Listed`); or, for a plan whose bodies speak at a province's level only, the province
    the places it names below one lie in (:class:`Within`)."""
    gazetteer = bodies.gazetteer
    words = bodies.words()
    for field, printed in (("title", document.title), ("issuer", document.issuer)):
        # read as simplified characters, as the gazetteer writes places (重慶兩江新區 is 重庆两江新区); else as
        # printed: folding one character at a time turns a simplified place's 乾 into 干 (乾安县 → 干安县)
        for text in dict.fromkeys((fold(printed or ""), printed or "")):
            # a place the title names as a partner (深化与深圳战略合作实施方案) is not the plan's
            partners = {(p.written, p.region_id) for _, p in partner_places(text, gazetteer)}
            places = [p for p in named_places(text, gazetteer)
                      if document.level in (None, p.level) and (p.written, p.region_id) not in partners]
            if places:
                break
        if words in (("省",), ("自治区",)) and places:
            # 省发改委, 省财政厅: the plan is a province's, whatever cities its title names
            provinces = [p for p in places if gazetteer.region(p.region_id).level == "province"]
            if not provinces:
                above = {gazetteer.region(p.region_id).province for p in places}
                province = gazetteer.region(next(iter(above))) if len(above) == 1 else None
                if province is None or _level_word(province) != words[0]:
                    return None
                return Within(field, list(dict.fromkeys(p.written for p in places)), province)
            # only a province written with the bodies' word is theirs (省发改委 is no body of 上海 or 广西)
            own = [p for p in provinces if _level_word(gazetteer.region(p.region_id)) == words[0]]
            if not own:
                return None
            places = own + [p for p in provinces if p not in own]
        if not places:
            continue
        places = _without_city_of_named_division(text, places, gazetteer)
        listed = _listed_side_by_side(text, places)
        if listed:
            return Listed(field, listed)
        place = places[0]
        others = sorted({p.name for p in places[1:] if p.region_id != place.region_id})
        also = f" (it also names {'、'.join(others)})" if others else ""
        return place, field, also
    return None


def _without_city_of_named_division(text: str, places: list[NamedPlace], gazetteer: Gazetteer) -> list[NamedPlace]:
    """``places`` without the city that opens them where ``text`` writes it before the short name of a
    division it names further on as a new area that division's government governs whole (regions.toml
    ``division``): 广州南沙开发区管委会关于印发广州南沙新区…方案 is 南沙区's, its issuer the zone's committee
    named 广州 + 南沙 + its zone word (广州南沙开发区 = 南沙新区 = 南沙区), not 广州's. A city written
    before anything else (广州市人民政府关于印发广州南沙新区…: the city's plan for the new area) keeps it."""
    first = places[0]
    at = text.find(first.written)
    if at < 0:
        return places
    # the written names of the new areas a division's government governs whole, with that division
    areas = {written: division for area, division in gazetteer.area_divisions.items()
             for written in (gazetteer.region(area).name, gazetteer.region(area).short) if written}
    for place in places[1:]:
        if areas.get(place.written) != place.region_id:
            continue  # not named as such a new area (南沙区 written as the district is no new area)
        division = gazetteer.region(place.region_id)
        if division.parent == first.region_id and division.short and \
                text[at + len(first.written):].startswith(division.short):
            return places[1:]
    return places


def _listed_side_by_side(text: str, places: list[NamedPlace]) -> list[str]:
    """The places of ``places`` that ``text`` writes one after another with only a joiner between
    them (上海、江苏、浙江, 广州和深圳), when two or more distinct places are; else nothing."""
    found: list[tuple[int, NamedPlace]] = []
    at = 0
    for place in places:
        at = text.find(place.written, at)
        if at < 0:
            return []
        found.append((at, place))
        at += len(place.written)
    listed: list[str] = []
    for (start, first), (after, second) in zip(found, found[1:]):
        between = text[start + len(first.written):after]
        if first.region_id != second.region_id and len(between) == 1 and between in _place_joiners():
            listed.extend(p.written for p in (first, second) if p.written not in listed)
    return listed


def _opening_plan_titles(document: Document, bodies: _Bodies) -> tuple[NamedPlace, str] | None:
    """The one place the titles of the document's plans open with (附件 / 济南市进一步促进消费若干措施
    under a notice naming no place), and the first such title, when every plan title opening with a
    place opens with that one, of the document's level and of the level its bodies written with a
    level word only speak at; None otherwise. A place the notice's own title names as another's
    (关于复制推广深圳前海改革创新经验的通知 / 深圳前海改革创新经验复制推广清单) is the place whose
    experience the plan copies, not its own."""
    gazetteer = bodies.gazetteer
    partners = {place.region_id for _, place in partner_places(document.title or "", gazetteer)}
    found: dict[str, tuple[NamedPlace, str]] = {}
    for title in (table.title for table in document.tables if table.title):
        named = _opening_named(title, gazetteer)
        if named and named[0].region_id not in partners:
            own = {(p.written, p.region_id) for _, p in partner_places(title, gazetteer)}
            if _listed_side_by_side(fold(title), [p for p in named if (p.written, p.region_id) not in own]):
                return None  # 济南市、淄博市、泰安市协同推进…: their plan together, none's own
            found.setdefault(named[0].region_id, (named[0], title))
    if len(found) != 1:
        return None
    place, title = next(iter(found.values()))
    region = gazetteer.region(place.region_id)
    if document.level not in (None, place.level) or not _fits(region, document.level, bodies.words()):
        return None
    return place, title


def _province_of_doc_no(document: Document, bodies: _Bodies) -> Region | None:
    """The province whose one-character abbreviation opens a provincial document's 文号 (鄂政发〔2018〕
    26号: 湖北). Only for a document known to be provincial, by its issuer or, when it has none, by
    bodies all written with the province's level word (省发改委): a city's 文号 opens with its own
    abbreviation, which may be a province's too (宁政办发 is 南京's, 宁政发 宁夏's)."""
    provincial = document.level == "provincial" or (
        document.level is None and bodies.words() in (("自治区",), ("省",)))
    if not document.doc_no or not provincial:
        return None
    return province_of_series(document.doc_no, bodies.gazetteer)


def _province_of_parent(document: Document, bodies: _Bodies) -> Region | None:
    """The province whose abbreviation opens the 文号 a provincial document with no 文号 of its own cites as
    the document it carries out (为贯彻落实《江西省人民政府关于…的指导意见》(赣府发〔2017〕12号): 江西), when it
    names no other province (in full in its bodies): a province carries out the centre's documents and
    its own, never another province's. Only for a document known to be provincial, as
    :func:`_province_of_doc_no` reads one; a city's plan carrying out its province's says nothing of
    which city it is."""
    provincial = document.level == "provincial" or (
        document.level is None and bodies.words() in (("自治区",), ("省",)))
    if document.doc_no or not document.parent_doc_no or not provincial:
        return None
    region = province_of_series(document.parent_doc_no, bodies.gazetteer)
    if region is None or _provinces_named(document, bodies) != {region.id}:
        return None
    return region


def _with_region(document: Document, region: Region, level: Level, warning: Warning, gazetteer: Gazetteer) -> Document:
    return document.model_copy(update={
        "region": gazetteer.written_region(region),
        "level": document.level or level,
        "warnings": [*document.warnings, warning],
    })
