"""Reading a local body's name as a composition: [place][level marker][委][人民政府][stem][office].

杭州市发展和改革委员会 is 杭州市 + 发展和改革 + 委员会; 市发改委 is 市 (the document's city) + 发改
+ 委; 中共青岛市委宣传部 is 中共 + 青岛市 + 委 + 宣传 + 部; 黄岛区政府 is 黄岛区 + 政府; 青岛高新区
管委会 is 青岛 + 高新区 + 管委会 (the committee of 青岛's high-tech zone); 江苏自贸区南京片区管委会
is 江苏 + 自贸区 (the zone system) + 南京 + 片区 + 管委会. The place is split off with the gazetteer,
longest name first (a name several places bear is settled by the document's region); a bare level
marker means the document's own place at that tier. The rest is looked up in the registry's index
of kind forms. What is left when nothing matches may still be a body named after something that is
no division: the committee of an area nobody lists ([place] 曲江新区 管委会, 西永 综保区 管委会), a
court among several numbered ones (第一中级人民法院), a customs named after a port (金陵海关, see
:func:`read_local_place`), or the office of a body set up for a task, named after it ([place]
行政审批制度改革工作 领导小组办公室: :func:`_topical`; a campaign's short form written out, 创文办:
:func:`_campaign_written_out`). A city body's office in one of its districts (市公安局 盐田 分局) is
read by :func:`read_district_office`. Pure functions of the registry and the context.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pilotplans.normalizers.models import Context, Flag, Via
from pilotplans.normalizers.registry import KindForm, Region, Registry
from pilotplans.normalizers.registry.bodies import derived_stems
from pilotplans.normalizers.registry.files import ZoneTypeEntry
from pilotplans.patterns import compiled

if TYPE_CHECKING:  # a kind's class, built only where the registry reads its kinds
    from pilotplans.normalizers.registry.entries import Kind
    from pilotplans.normalizers.registry.gazetteer import Gazetteer

_HAN = compiled(r"\p{Han}+")
#: A topic: Chinese characters, perhaps with a term in quotes (推进“放管服”改革).
_TOPIC = compiled(r"[\p{Han}“”‘’]+")
_NO_QUOTES = str.maketrans("", "", "“”‘’")
#: What joins two names in a list, never inside the name of one area (高新区和 of 高新区和经开区管委会).
_JOINING = ("和", "与", "及", "、")
#: The kind of a department of a zone's committee (departments.toml).
_ZONE_DEPARTMENT = "zone_department"
#: The note opening a reading's note when the body's place is the document's (县商务局: the county of the plan); a
#: reading placed otherwise drops it by these words (resolve's organs of a body placed by the document's issuer).
PLACE_FROM_DOCUMENT = "place taken from the document"
#: The longest name of a zone's department after the zone's name (经济运行局: 5).
_DEPARTMENT_LENGTH = 12


@dataclass(frozen=True)
class LocalName:
    """A composed local name read: the kind, the place, how the place was found, what was written."""

    kind: str
    region: Region
    via: Via
    office: str | None = None
    flags: tuple[Flag, ...] = ()
    notes: tuple[str, ...] = ()
    qualifier: str | None = None  # the name that tells one of several bodies of the kind apart
    title: str | None = None  # the title read from the name, where the kind's own cannot say it
    unread: bool = False  # the name may be any of several places' bodies (see ``notes``): resolved to none


@dataclass(frozen=True)
class _Split:
    """A local name parted into the place it opens with (or the document's) and the rest, with how the place was found."""

    region: Region | None
    rest: str
    via: Via
    notes: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()
    written: bool = True  # a place or a level marker was written before ``rest`` (not the document's place alone)
    neither: str | None = None  # why the place written may be either of two in other provinces (巴州), if it may
    document: Region | None = None  # the document's own place, where it has one
    marker: str = ""  # the level marker written before ``rest`` where it names ``region`` (县 of 县风景名胜区管委会), or
    # the level word ending ``region``'s full name written before it (县 of 兴隆县风景名胜区管委会)


def read_local_name(registry: Registry, text: str, context: Context) -> LocalName | None:
    """The local body ``text`` names by composition, or None."""
    parts = registry.name_parts
    prefix = next((p for p in parts.party_prefix if text.startswith(p) and len(text) > len(p)), "")
    body = text[len(prefix):]
    unfit: LocalName | None = None
    document = registry.gazetteer.region(context.region) if context.region is not None else None
    for split in _splits(registry, body, context):
        if split.region is None:
            continue
        split = replace(split, document=document)
        if split.via == "pattern" and context.region is not None and split.rest.startswith(registry.name_parts.landforms) \
                and not body[:len(body) - len(split.rest)].endswith(split.region.name):
            # 岳麓 + 山大学科技城: the county's short form opens a mountain's name (岳麓山), read in the document's
            # place; a city's name as well (杭州 + 湾新区 in 宁波's plan: 杭州湾 is the bay, the area 宁波's). The full
            # name, its level word written, opens none: 鹿城区 + 山福镇人民政府 (温州市鹿城区山福镇人民政府) is 山福镇's
            continue
        found = _read_rest(registry, split, party=bool(prefix))
        if found is None:
            continue
        if _zone_of_the_document_s_place(registry, found, body[:len(body) - len(split.rest)], document):
            continue
        if split.neither:
            return replace(found, unread=True, notes=(*found.notes, split.neither))  # 巴州商务局 in a national plan
        if not split.written and found.office is not None \
                and office_of_no_place_here(registry, found.kind, found.office, found.region):
            return None
        if not split.written:
            found = _office_s_tier(registry, found, body)
        missing = _marked_office_missing(registry, found, split.marker)
        if missing is not None:
            return replace(found, unread=True, notes=(*found.notes, missing))  # 区国防科工办 in a district's plan
        if _at_its_tier(registry, found):
            return found
        instead = _kind_above(registry, found)
        if instead is not None:
            return instead
        unfit = unfit or found
    return unfit  # a kind named in a place above the tiers that have it: resolved to none, with a note


def alias_and_short_name_elsewhere(registry: Registry, text: str, context: Context) -> str | None:
    """Why ``text`` names no place here, if it is one place's other name (巴州 of 巴音郭楞蒙古自治州) and the
    short name of another in another province (巴州 of 巴中's 巴州区) and the document lies in neither
    province: which is meant is a guess either way. In one of the two provinces the place there is meant. A body
    named after it (巴州商务局) is read so too (see :func:`read_local_name`)."""
    found = registry.gazetteer.candidates(text)
    if len(found) < 2:
        return None
    aliased = [r for r in found if text in r.aliases]
    shorts = [r for r in found if r.short == text]
    if not aliased or not shorts or len({r.province for r in (*aliased, *shorts)}) < 2:
        return None
    here = registry.gazetteer.region(context.region).province if context.region in registry.gazetteer.regions else None
    if here in {r.province for r in found}:
        return None
    return (f"{text} is another name of {'、'.join(r.name for r in aliased)} and the short name of "
            f"{'、'.join(r.name for r in shorts)}: the document's place tells neither")


def _office_s_tier(registry: Registry, found: LocalName, text: str) -> LocalName:
    """A name written with neither place nor level marker, whose office word the kind takes at a
    province alone (财政厅 in a county's plan: a county has a 财政局, a province a 财政厅), names the
    province's body, with a note; as it stands otherwise. An office word lower tiers share (委员会: a
    city's 发展和改革委员会, which counties keep as well) says no tier and leaves the body the place's.
    A kind with no office words is read by its titles instead (see :func:`_titled_as_a_place_above`)."""
    if found.office is not None:
        moved = office_s_province(registry, found.kind, found.office, found.region)
        return found if moved is None else replace(found, region=moved[0], notes=(*found.notes, moved[1]))
    places, note = _titled_as_a_place_above(registry, found.kind, text, found.region)
    if note is None:
        return found
    if len(places) != 1:
        return replace(found, unread=True, notes=(*found.notes, note))
    return replace(found, region=places[0], notes=(*found.notes, note))


def _titled_as_a_place_above(registry: Registry, kind_id: str, text: str,
                             region: Region) -> tuple[tuple[Region, ...], str | None]:
    """The places whose body of a kind with no office words (its titles differ by tier: 办公厅 at a province, a
    municipality and a sub-provincial city, 办公室 below) ``text`` may name where it is titled as ``text`` ends
    and ``region``'s is not, with a note: one, the place above so titled (政府办公厅 in 石柱's plan: 重庆市人民政府
    办公厅); several where more than one place above is titled so, or where a place at ``region`` or above lies at
    a tier where the registry titles some place so (a prefecture-level city may title its office 办公厅 as a
    sub-provincial city does: 长沙, 南昌), which is meant the name does not say; (), None otherwise."""
    from pilotplans.normalizers.resolve import title  # the titles are the resolver's; it imports this module

    kind = registry.kinds[kind_id]
    own = title(registry, kind, region)
    if kind.office or not own or not text or own[-1] == text[-1]:
        return (), None
    gazetteer = registry.gazetteer
    titled_so = {gazetteer.region(place).tier for (place, kind_of), name in registry.official_names.items()
                 if kind_of == kind_id and name[-1] == text[-1] and place in gazetteer.regions}
    places: list[tuple[Region, str | None]] = []
    for at, place_id in enumerate(gazetteer.ancestors(region.id)):
        place = gazetteer.region(place_id)
        titled = title(registry, kind, place)
        if (at and titled and titled[-1] == text[-1]) or place.tier in titled_so:
            places.append((place, titled))
    if not places or (len(places) == 1 and places[0][0].id == region.id):
        return (), None
    if len(places) == 1:
        return (places[0][0],), f"{text} is titled as {places[0][1]} is, not as {own}"
    return tuple(p for p, _ in places), (f"{text} may be the office of {'、'.join(p.name for p, _ in places)}, each titled so or at a "
                           "tier where places title it so: the name does not tell which")


def office_of_no_place_here(registry: Registry, kind_id: str, office: str, region: Region) -> bool:
    """Whether a name written with neither place nor marker ends with an office word its kind takes at a
    province alone, in a plan of a municipality or of a district under one (财政厅 in 渝中区's plan): the
    municipality's body of the kind takes another (重庆市财政局), so no place of the plan's has such a body,
    and reading it as the district's would be a guess; the name then stays unread. A registered short form
    (商务厅) is read so as well as a composed name (财政厅)."""
    kind = registry.kinds[kind_id]
    if kind.office.get(region.tier) == office:
        return False
    if {tier for tier, word in kind.office.items() if word == office} != {"province"}:
        return False
    province = registry.gazetteer.province_of(region)
    return province is not None and province.tier == "municipality" and kind.office.get(province.tier) != office


def office_s_province(registry: Registry, kind_id: str, office: str, region: Region) -> tuple[Region, str] | None:
    """The province whose body a name of ``kind_id`` ending with ``office`` and placed at ``region`` by no
    word of its own names, with a note, where ``office`` is the kind's office word at a province alone and
    not ``region``'s (see :func:`_office_s_tier`); None otherwise. A registered short form (商务厅) is read
    so as well as a composed name (财政厅)."""
    kind = registry.kinds[kind_id]
    if kind.office.get(region.tier) == office:
        return None  # a tier with no office word of its own (a new area's) has no 厅 either
    if {tier for tier, word in kind.office.items() if word == office} != {"province"}:
        return None
    province = registry.gazetteer.province_of(region)
    if province is None or province.tier != "province" or province.id == region.id:
        return None
    return province, f"{office} is the office word of {province.name}'s {kind.label}, not of {region.name}'s"


def _zone_of_the_document_s_place(registry: Registry, found: LocalName, written: str, document: Region | None) -> bool:
    """Whether a zone's committee read at a place outside the document's (海港 of 秦皇岛's 海港区, in 唐山's plan) names
    instead a zone the code table lists under the document's place, whose name opens with the word written
    (河北唐山海港经济开发区): the zone is read by that name, as 芦台经济开发区管委会 is."""
    kind = registry.kinds[found.kind]
    if not kind.areas or document is None or not written or found.region.level == "zone":
        return False
    gazetteer = registry.gazetteer
    if document.id in gazetteer.ancestors(found.region.id) or found.region.id in gazetteer.ancestors(document.id):
        return False
    return bool(gazetteer.listed_zones(document.id, kind.areas, (document.place + written, written)))


def _at_its_tier(registry: Registry, found: LocalName) -> bool:
    """Whether the place read has a body of the kind, itself or above it (吉林军分区 is the city
    吉林's, not the province 吉林's: a province has no 军分区), and for a zone's committee whether the code table
    lists zones of its type under places of that tier (吉林经开区 is the city 吉林's: it lists development zones under
    cities only; a province's own area, 长白山保护开发区, is of a type it lists none of)."""
    kind = registry.kinds[found.kind]
    hosts = registry.gazetteer.zone_host_tiers(kind.areas) if kind.areas and found.region.level != "zone" else ()
    if hosts and found.region.tier == "province" and "province" not in hosts:
        return False
    return not kind.tiers or found.region.tier in kind.tiers or tier_above(registry, kind, found.region) is not None


def _marked_office_missing(registry: Registry, found: LocalName, marker: str) -> str | None:
    """Why a government's department or office written with its place's own level marker, or after its full name, names
    none where the place's tier has no body of the kind (区国防科工办 in a district's plan: the marker says the district's
    own, and no district has one — the city's office it read as before is a body the name does not write); None where a
    marker was not written, the tier has the kind, or the kind is none of a government's departments composed of a
    stem and an office word (a court or a military body by its fixed form, 县中院 and 军分区, says the tier above by
    its own word)."""
    kind = registry.kinds[found.kind]
    if not marker or not kind.tiers or found.region.tier in kind.tiers or not kind.stems:
        return None
    return (f"{marker} written before {kind.label} names {found.region.name}'s own, and {found.region.name} has none: the "
            f"kind is found at {'、'.join(kind.tiers)} level only")


def _kind_above(registry: Registry, found: LocalName | None) -> LocalName | None:
    """A name read as a kind its place's tier has none of, read as the kind that tier has in its
    stead (``above``: 市法院 in a prefecture-level city's list is its intermediate court, 省法院 the
    province's high court), with a note; None where the kind names none (see ``above``), and where no
    place at the kind's tiers lies under the place: a city with no county-level division holds its basic
    courts itself (儋州市人民法院 is one, under 海南省第二中级人民法院), so its 法院 is no sign of the court above."""
    if found is None:
        return None
    kind = registry.kinds[found.kind]
    other = kind.above.get(found.region.tier)
    if other is None or not registry.gazetteer.has_below(found.region.id, kind.tiers):
        return None
    label = kind.label
    return replace(found, kind=other, office=None, title=None, qualifier=None,
                   notes=(*found.notes, f"{found.region.name} has no {label}: its {registry.kinds[other].label} is meant"))


def tier_above(registry: Registry, kind: Kind, region: Region) -> Region | None:
    """The nearest place above ``region`` at one of the tiers that have ``kind``'s bodies (a county's
    city for a 军分区)."""
    for ancestor in registry.gazetteer.ancestors(region.id)[1:]:
        found = registry.gazetteer.region(ancestor)
        if found.tier in kind.tiers:
            return found
    return None


def leaves_place_out(registry: Registry, text: str) -> bool:
    """Whether ``text`` is a local name whose place is a bare level marker (市商务局)."""
    for marker, _ in registry.markers:
        if text.startswith(marker):  # most names open with none of the markers: no rest cut for them
            rest = text[len(marker):]
            if rest and _after_a_place(registry, rest):
                return True
    return False


def left_out_after_any_marker(registry: Registry, body: str) -> bool:
    """Whether some level marker written before ``body`` makes a local name leaving its place out
    (:func:`leaves_place_out` of 〈marker〉``body`` for any marker: 商务厅 after 省, 发展改革委 after 区).

    The same answer as trying every marker before ``body`` and every marker that 〈marker〉``body`` opens with,
    from the few ways two markers overlap (:func:`_marker_overlaps`): a marker opening the one written (地 of 地区)
    leaves the rest of the written one before ``body`` (区 + ``body``), the marker itself ``body`` alone; a marker
    the written one opens (地区 after 地) leaves ``body`` without its start (区商务局 after 地: 商务局)."""
    heads, tails = _marker_overlaps(registry)
    return (any(_after_a_place(registry, head + body) for head in heads if head or body)
            or any(_after_a_place(registry, body[len(tail):]) for tail in tails
                   if body.startswith(tail) and len(body) > len(tail)))


@functools.lru_cache(maxsize=4)
def _marker_overlaps(registry: Registry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """How the registry's level markers overlap: what is left of a marker after a marker it opens with (itself
    included: ``""``; 地区 after 地: 区), and what a marker has after a shorter one it opens with (地区 past 地: 区)."""
    markers = [marker for marker, _ in registry.markers]
    heads = dict.fromkeys(written[len(opening):] for written in markers for opening in markers
                          if written.startswith(opening))
    tails = dict.fromkeys(longer[len(written):] for written in markers for longer in markers
                          if longer.startswith(written) and longer != written)
    return tuple(heads), tuple(tails)


def _after_a_place(registry: Registry, rest: str) -> bool:
    """Whether ``rest`` is what a local name has after its place: a kind's form, or a Party department's."""
    return rest in registry.compose or _party_department(registry, rest)


def _party_department(registry: Registry, rest: str) -> bool:
    """Whether ``rest`` is a Party committee's word and one of its departments (委宣传部), as a
    name has it after its place; a government department after 委 (委商务局) is none."""
    return any(rest.startswith(word) and any(form.branch == "party" for form in registry.compose.get(rest[len(word):], ()))
               for word in registry.name_parts.party)


def _marker_written_again(registry: Registry, region: Region, name: str, rest: str, notes: tuple[str, ...],
                          flags: tuple[Flag, ...]) -> Iterator[_Split]:
    """A place's full name followed by the level marker it ends with, written again before the body (中共浦东新区区委,
    中共天津市滨海新区区委: 新区委 would read as a new committee; 某县县委): the place's body, read without the
    repeated marker. Only the marker the written name itself ends with (滨海新区 + 区委), never another tier's."""
    marker = next((m for m, _ in registry.markers if name.endswith(m)), None)
    if marker is None or name != region.name or not rest.startswith(marker) or len(rest) <= len(marker):
        return
    yield _Split(region, rest[len(marker):], "pattern", (*notes, f"{marker} written again after {name}"), flags)


def patterns_marker_written_again(registry: Registry, text: str, context: Context) -> Iterator[tuple[str, Region, str]]:
    """``text`` with the level marker written again after a place's full name taken out, for the kinds read by a
    pattern rather than composed (中共晋城市城区区委办公室 → 中共晋城市城区委办公室: 城区 2017; 小店区区委办): the text, the
    place and a note, for each place so followed, first to last (济南市市中区区委办公室: 济南市 + 市, then 市中区 + 区); the
    caller keeps a reading only where it names that place. Nothing where no place's full name (after the Party's
    prefix, or after the places it lies in) is followed by the marker it ends with, as :func:`_marker_written_again`
    reads composed names; another tier's marker is never taken out (城区市委)."""
    if not any(marker * 2 in text for marker, _ in registry.markers):
        return  # a marker written again stands twice in a row (区区): most names have none, and no place is looked up
    prefix = next((p for p in registry.name_parts.party_prefix if text.startswith(p) and len(text) > len(p)), "")
    gazetteer = registry.gazetteer
    for end in range(len(prefix) + 2, len(text) - 1):
        place = gazetteer.find_place(text[len(prefix):end], context.region)
        region = place.region if place is not None else None
        if region is None or not text[:end].endswith(region.name):
            continue
        marker = next((m for m, _ in registry.markers if region.name.endswith(m)), None)
        if marker is not None and text.startswith(marker, end) and len(text) > end + len(marker):
            yield text[:end] + text[end + len(marker):], region, f"{marker} written again after {region.name}"


def _short_name_and_marker(registry: Registry, region: Region, name: str) -> str | None:
    """The marker ``name`` writes after an autonomous region's short name (广西区: 区, as its own bodies are
    marked, 区党委), or None: such a name is tried only after the short name alone, as the marker may open the
    rest's own word (广西 + 区域协调发展领导小组, not 广西区 + 域协调发展领导小组)."""
    if not region.short or not region.name.endswith(registry.name_parts.autonomous_region_places):
        return None
    return next((m for m in registry.name_parts.autonomous_region_markers if name == region.short + m), None)


def _marker_after_short_name(registry: Registry, region: Region, name: str, rest: str, notes: tuple[str, ...],
                             flags: tuple[Flag, ...]) -> Iterator[_Split]:
    """An autonomous region's short name with the marker its bodies are written with after it (广西 + 区委党校,
    广西 + 区党委), once the short name alone has been tried: the region's body, read without the marker."""
    marker = next((m for m in registry.name_parts.autonomous_region_markers if rest.startswith(m)), None)
    if marker is None or len(rest) <= len(marker) or _short_name_and_marker(registry, region, name + marker) is None:
        return
    yield _Split(region, rest[len(marker):], "pattern", notes, flags)


def _place_within(gazetteer: Gazetteer, region: Region, ids: Iterable[str]) -> Region | None:
    """The place among ``ids`` lying within ``region`` (西湖区 among the places so named, after 杭州市), the one
    :meth:`Gazetteer.choose` picks; None where none does."""
    return gazetteer.choose([i for i in ids if region.id in gazetteer.ancestors(i)], region.id)


def _former_name_after_parent(registry: Registry, region: Region, name: str, ids: tuple[str, ...], within: str,
                              date: dt.date | None, notes: tuple[str, ...],
                              flags: tuple[Flag, ...]) -> Iterator[_Split]:
    """A place's former name written after the place it lay in (梧州市白云区委: 万秀区, 白云区 until 1984): the parent
    written first says which place went by the name, even where another place bears it now (广州's and 贵阳's 白云区)
    and the page is dated after the change. None where a place in ``region`` bears the name now (the current name is
    read as before) or no place in it went by the name."""
    gazetteer = registry.gazetteer
    if any(region.id in gazetteer.ancestors(bearer.id) for bearer in gazetteer.candidates(name)):
        return
    inner = _place_within(gazetteer, region, ids)
    if inner is None or inner.id == region.id:
        return
    inner_notes, inner_flags = former_name_reading(name, inner.name, gazetteer.former_year(inner.id, name), date,
                                                   gazetteer.former_part(inner.id, name))
    yield _Split(inner, within[len(name):], "pattern", (*notes, *inner_notes),
                 tuple(dict.fromkeys((*flags, *inner_flags))))


def _level_word_of_full_name(registry: Registry, region: Region, name: str) -> str:
    """The level word ``name`` ends with where it is ``region``'s full name (县 of 兴隆县, 市 of 玉林市): written so, the
    name stands where the level word alone would (兴隆县风景名胜区 is 县风景名胜区 in 兴隆县's plan); "" for a short name
    (玉林 of 玉林开发园区, a park named after its place) or a former one."""
    if name != region.name:
        return ""
    return next((m for m, _ in registry.markers if name.endswith(m) and len(name) > len(m)), "")


def _splits(registry: Registry, text: str, context: Context) -> Iterator[_Split]:
    """Ways to take the place off ``text``: a written place (longest first, then a place within
    it), a level marker standing for the document's place, or nothing (the document's place)."""
    gazetteer = registry.gazetteer
    date = context.effective_date()
    given = gazetteer.given_up_prefixes(text, date.year) if date is not None else {}
    for name, given_up in given.items():
        # 巢湖市发改委 in a plan of 2009: the prefecture that bore the name in full that year (341400, given up in
        # 2011), not the county-level city so called since (340181); 莱芜市 in 2009, which no division bears now: 371200.
        # The place as written_region reads a document's region, at the document's date.
        yield _Split(given_up, text[len(name):], "pattern",
                     (f"{name} in {date.year} (the document's year) was the prefecture {given_up.id}, given up since",))
    for name, ids, former in gazetteer.prefixes(text):
        if name in given:
            continue
        region = gazetteer.choose(gazetteer.bearing(name, ids, context.region, context.effective_year()),
                                  context.region)
        if region is None:
            continue
        if _short_name_and_marker(registry, region, name) is not None:
            continue  # read after the short name alone (_marker_after_short_name)
        rest = text[len(name):]
        if not _level_word_of_full_name(registry, region, name) and _feature_named_after(registry, rest):
            # 杭州湾新区, 黑山谷风景区, 石门山风景名胜区: the bay, valley or hill the area is named after opens with the
            # place's name. Its full name with the level word opens no feature's (no bay is called 杭州市湾): 莱阳市东新区
            # is 莱阳市's 东新区, not 莱阳's 市东新区
            continue
        notes: tuple[str, ...] = ()
        flags: tuple[Flag, ...] = ()
        neither = alias_and_short_name_elsewhere(registry, name, context)
        if neither is not None:
            yield _Split(region, rest, "pattern", neither=neither)
            continue
        if former:
            year = gazetteer.former(name, context.region, context.effective_year())
            notes, flags = former_name_reading(name, region.name, year[1] if year else None, date,
                                               bool(year) and gazetteer.former_part(year[0].id, name))
        # A place within the place (杭州市西湖区), perhaps after a zone system (江苏自贸区南京片区).
        within = gazetteer.strip_zone_system(rest)
        for inner_name, inner_ids, inner_former in gazetteer.prefixes(within):
            if inner_former:
                yield from _former_name_after_parent(registry, region, inner_name, inner_ids, within, date, notes, flags)
                continue
            inner = _place_within(gazetteer, region, inner_ids)
            if inner is not None and inner.id != region.id:
                yield _Split(inner, within[len(inner_name):], "pattern", notes, flags,
                             marker=_level_word_of_full_name(registry, inner, inner_name))
                yield from _marker_written_again(registry, inner, inner_name, within[len(inner_name):], notes, flags)
            # An area written with its host after it (天府新区成都管委会): the area's body.
            host = gazetteer.choose([i for i in inner_ids if i in gazetteer.ancestors(region.id)], region.id)
            if host is not None and host.id != region.id and region.level in ("new_area", "zone"):
                yield _Split(region, rest[len(inner_name):], "pattern", notes, flags)
        yield _Split(region, rest, "pattern", notes, flags, marker=_level_word_of_full_name(registry, region, name))
        yield from _marker_written_again(registry, region, name, rest, notes, flags)
        yield from _marker_after_short_name(registry, region, name, rest, notes, flags)
        # A name that a province and a city inside it both bear (吉林): the other one, for a kind
        # the chosen place has no body of (吉林军分区 is the city's).
        for other in ids:
            if other != region.id and (region.id in gazetteer.ancestors(other) or other in gazetteer.ancestors(region.id)):
                yield _Split(gazetteer.region(other), rest, "pattern", notes, flags)
    for marker, tier in registry.markers:
        if text.startswith(marker) and len(text) > len(marker) and not _opens_with_level_word(registry, text, marker):
            region = region_left_out(registry, tier, marker, context) or _zone_itself(registry, tier, marker, text, context)
            autonomous = _autonomous_region(registry, text, marker, context)
            if autonomous is not None:
                # 区党委 in a plan of Tibet's 日喀则: the autonomous region's committee
                yield _Split(autonomous, text[len(marker):], "short_form",
                             (f"{PLACE_FROM_DOCUMENT}: {autonomous.name}, the autonomous region it lies in",))
                continue
            note = f"{PLACE_FROM_DOCUMENT}: {region.name}" if region else ""
            # a county's marker that is not the county's own word (区商务局 in 安吉县's plan, 县商务局 in a
            # district's): still the document's county, the only one the marker can mean, but flagged, as
            # it may be a zone's bureau (区 for 开发区) or a line copied from another place's plan
            other = region is not None and tier == "county" and region.level == "county" and not region.name.endswith(marker)
            # 区商务厅 outside an autonomous region: 厅 is a province-level form no district's bureau has
            # (autonomous_region_endings), so the district's bureau it is read as is flagged, as 区 for a 县 is
            province_form = (region is not None and region.level == "county"
                             and ends_as_autonomous_region_s(registry, text, marker))
            notes = ((note,) if note else ()) + ((f"{marker} written for {region.name}",) if other else ()) + (
                (f"{text}: a province-level department's form, read as {region.name}'s bureau",) if province_form else ())
            area = _area_under(registry, region, text[len(marker):])
            if area is not None:
                # 省天府新区管委会 in 四川's plan: the marker names the place the new area lies in, and the area's name
                # after it is the area's own, not the name of an area of the province's nobody listed
                yield _Split(area[0], area[1], "pattern", notes)
            yield _Split(region, text[len(marker):], "short_form", notes,
                         ("nonstandard",) if other or province_form else (), marker=marker)
    if context.region is not None:
        # 自贸试验区南京片区管委会: the host written after the zone system says more than the
        # document's place (a provincial plan naming its cities' areas), so it is tried first.
        within = gazetteer.strip_zone_system(text)
        if within != text:
            for inner_name, inner_ids, inner_former in gazetteer.prefixes(within):
                inner = None if inner_former else gazetteer.choose(inner_ids, context.region)
                if inner is not None:
                    yield _Split(inner, within[len(inner_name):], "pattern")
        if text.startswith(registry.zone_ranks):
            # 国家级经济技术开发区管委会 with no place before it (威海 2022): the rank names the zones of that
            # rank under the region, a collective, and no one zone of the document's place
            return
        region = gazetteer.region(context.region)
        if text.startswith(registry.name_parts.dispatched_forms):
            # 行署 is a prefecture's or a league's office: the document's place if it is one, else the
            # nearest one above it, and no other place's
            region = dispatched_region(registry, context)
            if region is None:
                return
        note = (f"{PLACE_FROM_DOCUMENT}: {region.name}",)
        if region.id != context.region:
            note = (f"{PLACE_FROM_DOCUMENT}: {region.name}, the prefecture or league above it",)
        yield _Split(region, text, "short_form", note, written=False)


def _area_of_another_place(registry: Registry, split: _Split) -> str | None:
    """Why a level marker before the name of a new area or zone the gazetteer lists only outside the marker's province
    (省两江新区管委会 in 四川's plan: 两江新区 is 重庆's) names no body: the marker writes the plan's own place, which has
    no area of that name, and the area written is another province's — which of the two the plan meant the name does
    not tell. None where no marker was written, or the area lies in the marker's province (省天府新区, see
    :func:`_area_under`; 市江北新区 in 南京's plan, the gazetteer listing 江北新区 under 江苏 alone), or ``split.rest``
    opens with no such area's name."""
    if not split.marker or split.region is None:
        return None
    gazetteer = registry.gazetteer
    province = gazetteer.ancestors(split.region.id)[-1]
    for name, ids, former in gazetteer.prefixes(split.rest):
        if former or len(name) >= len(split.rest):
            continue
        areas = [gazetteer.region(i) for i in ids]
        if not areas or any(a is None or a.level not in ("new_area", "zone") for a in areas):
            continue
        # the area's province, not the marker's own place: a province's new area spans or sits beside its cities
        # (江北新区 is 南京's, 天府新区 成都's and 眉山's, the gazetteer listing them under the province alone)
        if any(province in gazetteer.ancestors(a.id) for a in areas):
            return None
        hosts = "、".join(sorted({gazetteer.region(gazetteer.ancestors(a.id)[-1]).name for a in areas}))
        return (f"{split.marker}{name}: {name} is an area of {hosts}, none of {split.region.name}'s; the marker and the "
                "area name two places, so the body is left unread")
    return None


def _area_under(registry: Registry, region: Region | None, rest: str) -> tuple[Region, str] | None:
    """The new area or zone of the gazetteer ``rest`` opens with, where it lies in ``region`` (天府新区 of 天府新区管委会
    under 四川省), and what follows its name; None for any other place or none."""
    if region is None:
        return None
    gazetteer = registry.gazetteer
    for name, ids, former in gazetteer.prefixes(rest):
        area = None if former else _place_within(gazetteer, region, ids)
        if area is not None and area.level in ("new_area", "zone") and len(name) < len(rest):
            return area, rest[len(name):]
    return None


def _zone_itself(registry: Registry, tier: str, marker: str, text: str, context: Context) -> Region | None:
    """The document's place when it is a zone (新乡高新技术产业开发区) and ``text`` is its committee written with
    the zone's own word 区 and a committee's form alone (区管委会, 区管理委员会 in the zone's own notice: 新开〔2020〕
    28号 of 新乡高新区): the zone's committee itself. Only the committee: a zone has no district's people's
    government or Party committee (区人民政府, 区委 there name no body of the zone's) and its bureaus may be its
    host district's, so any other name is left to the tier the marker names."""
    if tier != "county" or context.region is None:
        return None
    here = registry.gazetteer.region(context.region)
    if here.level != "zone" or not here.name.endswith(marker):
        return None
    rest = text[len(marker):]
    return here if any(rest in registry.kinds[kind_id].forms for kind_id in registry.area_committee.values()) else None


def _read_rest(registry: Registry, split: _Split, party: bool) -> LocalName | None:
    region = split.region
    assert region is not None
    rest = split.rest
    rank = next((r for r in registry.zone_ranks if rest.startswith(r) and len(rest) > len(r)), None)
    if rank is not None and split.written and not party:
        if split.via != "pattern":
            return None  # 市省级开发区管委会: a level marker and a rank, the place's zones of that rank, none by name
        # 浏阳国家级经开区管委会: the rank of the zone of the place written before it, no part of its name
        ranked = _read_rest(registry, replace(split, rest=rest[len(rank):]), party)
        if ranked is not None and ranked.kind in registry.area_committee.values():
            return ranked

    def found(kind: str, office: str | None = None) -> LocalName:
        return LocalName(kind, region, split.via, office, split.flags, split.notes)

    # The committee of a listed area (两江新区管委会) or of the host's zone of a type (青岛高新区管委会).
    if rest in registry.committee_forms and region.level in ("new_area", "zone"):
        kind = registry.area_committee.get(region.area_type or "zone")
        if kind is not None:
            return found(kind)
    zone = registry.gazetteer.zone_form(rest)
    if zone is not None and zone[1] in registry.committee_forms:
        kind = registry.area_committee.get(zone[0].type)
        if kind is not None:
            return found(kind)
    parts = registry.name_parts
    if not party:
        chosen = _pick(registry.compose.get(rest, ()), ("government", "other"), infix=False)
        if chosen is not None:
            written = _titled_as_written(registry, chosen, rest)
            return replace(found(chosen.kind, chosen.office), title=region.name + rest if written else None)
        for word in parts.government:
            if rest.startswith(word):
                chosen = _pick(registry.compose.get(rest[len(word):], ()), ("government",), infix=True)
                if chosen is not None:
                    # 省政府机关事务中心: a centre written so keeps its word after the government too (titled without it)
                    own = rest[len(word):]
                    written = _titled_as_written(registry, chosen, own)
                    return replace(found(chosen.kind, chosen.office), title=region.name + own if written else None)
    for word in parts.party:
        if rest.startswith(word):
            chosen = _pick(registry.compose.get(rest[len(word):], ()), ("party",), infix=False)
            if chosen is not None:
                return found(chosen.kind, chosen.office)
    if party and rest.endswith(("委", "委员会")):  # 中共青岛市委, 中共河北雄安新区工作委员会
        chosen = _pick(registry.compose.get(rest, ()), ("other",), infix=False)
        if chosen is not None:
            return found(chosen.kind)
    # A Party department written without 委 (市台办): read as the Party body when nothing else fits.
    chosen = _pick(registry.compose.get(rest, ()), ("party",), infix=False)
    if chosen is not None:
        return found(chosen.kind, chosen.office)
    if party:
        return None
    numbered = _numbered(registry, rest)
    if numbered is not None:
        kind, ordinal = numbered
        return replace(found(kind), qualifier=ordinal)
    mountain = _named_after_a_province_area(registry, rest, region)
    if mountain is not None:
        note, inside = mountain
        if not inside:
            return None  # elsewhere neither the area's committee nor a zone of the plan's place (万盛高新区 in 成都's plan)
        return replace(found(registry.area_committee["zone"]), unread=True, notes=(*split.notes, note))
    elsewhere = _area_of_another_place(registry, split) if "zone" in registry.area_committee else None
    if elsewhere is not None:
        # 省两江新区管委会 in 四川's plan: 两江新区 is 重庆's; the marker names no area of 四川's by that name
        return replace(found(registry.area_committee["zone"]), unread=True, notes=(*split.notes, elsewhere))
    province_area = _province_area(registry, rest, region)
    if province_area is not None:
        kind, name, province = province_area
        if province is None:
            return None
        return replace(found(kind), region=province, qualifier=name, title=f"{province.name}{name}管理委员会",
                       notes=(*split.notes, f"{name} is an area of {province.name}, whose committee is the province's"))
    body = _marked_unnamed_area_body(registry, split) if "zone" in registry.area_committee else None
    if body is not None:
        # 市自然保护区管理局, 县风景名胜区管委会, 市开发园区管委会: a level word before an area word no place names an area by
        # (areas_not_named_by_level) names no area, and the administration or committee of no area named is no one body,
        # as 保护区管理局 written bare is none
        written, what = body
        zone = split.document is not None and split.document.level in ("new_area", "zone")
        return replace(found(registry.area_committee["zone"]), unread=True,
                       notes=(unnamed_administration_note(written, zone, what),))
    sort = _sort_written_alone(registry, rest)
    if sort is not None and "zone" in registry.area_committee and split.written:
        # 青浦工业园区管委会, 昆山工业园区管委会: a sort of park after a place's name is that place's park, as 区工业园区管委会
        # in 青浦区's plan is the district's own, whichever plan names it
        return replace(found(registry.area_committee["zone"]), qualifier=sort, title=f"{region.name}{sort}管理委员会")
    if sort is not None and "zone" in registry.area_committee:
        # 产业园区管委会, 开发园区管委会 with no place or level marker before them: a sort of park a place may run several
        # of, which tells none of them apart (市产业园区管委会 is the city's own, named by its level)
        return replace(found(registry.area_committee["zone"]), unread=True,
                       notes=(*split.notes, f"{sort} is a sort of park, no park's name: written without a place or "
                                            "level marker it names no one park"))
    # a zone of a type (保税港区财政局, the bonded zone's under its former name) is read as the zone's below, never as an
    # area nobody lists named 保税港区
    own = _named_area_s_own_body(registry, rest, region) if zone is None else None
    if own is not None:
        return replace(found(own.kind, own.office), region=own.region, qualifier=own.qualifier, title=own.title)
    area = _named_area(registry, rest, region)
    if area is not None:
        kind, qualifier, written = area
        if qualifier is None:
            return found(kind)
        full = _partnered_full_name(registry, written)
        if full is not None:
            # 深汕合作区管委会 in 汕尾's plan: the short form of an area two places set up together (深汕特别合作区) is that
            # area, run by the one running it, never an area of the plan's place called so (see partnered_areas)
            runner = registry.gazetteer.region(registry.gazetteer.partnered_areas[full])
            return replace(found(kind), region=runner, qualifier=full, title=f"{runner.name}{full}管理委员会",
                           notes=(f"{written} is the short form of {full}, an area two places set up together, run by "
                                  f"{runner.name}",))
        if _county_s_area_elsewhere(registry, written, region):
            return replace(found(kind), unread=True,
                           notes=(*split.notes, f"{written} is an area a county elsewhere runs: not {region.name}'s"))
        county = _county_running(registry, written, region)
        if county is not None:
            # 湘湖旅游度假区管委会 in 杭州's plan: an area a county under the host runs is that county's (county_areas)
            return replace(found(kind), region=county, qualifier=written, title=f"{county.name}{written}管理委员会",
                           notes=(*split.notes, f"{written} is run by {county.name} under {region.name}: the area is its"))
        if region.tier == "province" and _named_after_a_partner_country(registry, written):
            # 中德产业园管委会 in 辽宁's plan: a park named after China and a partner lies in a city, one of several of the
            # partner's, which the bare name does not give (see partner_country_words in regions.toml)
            return replace(found(kind), unread=True,
                           notes=(*split.notes, f"{written} is named after China and a partner country or region: such "
                                                f"parks lie in cities, several a partner, and the name does not say "
                                                f"which; not read as {region.name}'s"))
        runner = _partner_running(registry, written, region)
        if runner is not None:
            # 深汕特别合作区管委会 in 珠海's plan: an area two places set up together is the one running it's, never the
            # plan's place's (see partnered_areas in regions.toml)
            return replace(found(kind), region=runner, qualifier=written, title=f"{runner.name}{written}管理委员会",
                           notes=(f"{written} is an area two places set up together, run by {runner.name}: not "
                                  f"{region.name}'s",))
        county = _county_under(registry, qualifier, region)
        if county is not None:
            # 鄂尔多斯准格尔经济开发区管理委员会 (准格尔旗 2022): an area named after a county under its host is
            # that county's, the body 准格尔经济开发区管委会 names in the same page
            return replace(found(kind), region=county,
                           notes=(*split.notes, f"{qualifier} is {county.name} under {region.name}: the area is its"))
        county_area = _county_s_area(registry, qualifier, region)
        if county_area is not None:
            # 鲤城工业区管委会 in 泉州's plan (2019): 鲤城, 鲤城区's short name, before an area word alone is the district's
            # area, the one 鲤城区工业区管委会 names; the host's name tells nothing apart among its own areas
            county, place, word = county_area
            title = registry.gazetteer.area_administration(rest) or "管理委员会"
            # 武夷山国家级自然保护区管理局 in 南平's plan: the rank is off the id (武夷山自然保护区), not off the title
            printed = written if word == qualifier and any(rank in written and rank not in word
                                                           for rank in registry.gazetteer.province_area_ranks) else word
            return replace(found(kind), region=county, qualifier=word, title=f"{county.name}{printed}{title}",
                           notes=(*split.notes, f"{place} is {county.name} under {region.name}: the area is its"))
        city = _city_s_area_under_its_province(registry, split, region, qualifier)
        if city is not None:
            # 贵州双龙航空港经济区管委会 (贵阳 2018, 2023, among the city's zones' committees): the province's name
            # before an area named after no place says who set it up, as 安徽 in 安徽太湖经济开发区 does
            return replace(found(kind), region=city, qualifier=qualifier, title=f"{city.name}{written}管理委员会",
                           notes=(*split.notes, f"{region.name} before {written} names the province that set the area "
                                                f"up: in {city.name}'s plan the area is the city's"))
        partner = _second_host(registry, qualifier, region)
        if partner is not None:
            # 苏州宿迁工业园区 (宿迁 2008): a park two places built, named partner first, lies in the second
            return replace(found(kind), region=partner, qualifier=region.place + qualifier,
                           title=f"{region.place}{written}管理委员会",
                           notes=(*split.notes, f"built with {region.name}, whose name opens the area's"))
        elsewhere = _named_after_a_place_elsewhere(registry, qualifier, region)
        if elsewhere is not None:
            # 黄山风景区管委会, 承德自然保护区管理局 in 玉林's plan: named after a province or a city the host is neither
            # under nor above, the area is that place's, not the host's; whose exactly is not known: unread, said
            return replace(found(kind), unread=True,
                           notes=(*split.notes, f"{written} is named after {elsewhere.name}, not {region.name} nor a "
                                                "place under it: another place's area, not read as the document's"))
        county_word = next((w for w in registry.gazetteer.county_area_words if written.endswith(w)), None)
        ranked = county_word is not None and written[:-len(county_word)].endswith(registry.gazetteer.province_area_ranks)
        # 兴隆 + 县省级自然保护区: the level word and the rank after a place's short name are its full name and a rank
        # alone, as 县省级自然保护区 is in the county's own plan
        level_and_rank = ranked and any(written.startswith(marker) for marker, _ in registry.markers)
        if county_word is not None and (level_and_rank or (split.document is not None and split.document.id == region.id)) \
                and (not split.written or level_and_rank) \
                and not _named_after_its_host_or_a_place_under_it(registry, written, region) \
                and (region.level == "prefecture" or (region.level == "province" and not ranked)
                     or (region.level == "county" and ranked)):
            # 雾灵山自然保护区管理局 in 承德市's plan: a reserve lies in a county (兴隆县) and is run by the province, by that
            # county or by a city, which the name does not give, so it is not read as the city's, silently; one of a
            # rank the province runs (长白山国家级自然保护区) in the province's own plan is the province's, and in a
            # county's plan, where a reserve of no rank is the county's, one of that rank is not read as the county's
            # (雾灵山国家级自然保护区管理局 in 兴隆县's): the rank says the province may run it
            return replace(found(kind), unread=True,
                           notes=(*split.notes, f"{written}: a {county_word} lies in a county and is run by the "
                                                "province, the county or a city, which its name does not give; not read "
                                                f"as {region.name}'s"))
        title = registry.gazetteer.area_administration(rest) or "管理委员会"  # 花亭湖风景名胜区管理处 keeps its title
        return replace(found(kind), qualifier=qualifier, title=f"{region.name}{written}{title}")
    safety = parts.government_safety_committees.get(rest)
    if safety is not None and split.marker and region.level in _GOVERNMENT_LEVELS:
        # 陵川县消防安全委员会, 县消防安全委员会: a government's committee for one field's safety, right after the place's
        # full name or level marker; a school's, a firm's, a town's or the congress's has more before it and is no rest
        # of these. A short name alone is no evidence: towns set up such committees too, and a town written without 镇
        # may bear a county's short name (平城, 潞城: towns of 陵川县, and 大同's and 长治's districts)
        return replace(found(safety), qualifier=rest, title=f"{region.name}{rest}")
    written = _campaign_written_out(registry, rest)
    topical = _topical(registry, written)
    if topical is not None:
        kind, qualifier = topical
        word = registry.kinds[kind].topic_word
        if word is not None:
            # 苏祠街道办 (东坡区 2018): the office of the subdistrict 苏祠, a county-level place's; in a plan
            # of a place above, the county is not known — unless the city has no county under it and runs its towns
            # itself (鳳崗鎮 in 东莞's news 2020: 东莞's town 凤岗镇; 深圳's towns lie in its districts)
            if region.tier != "county" and (region.level != "prefecture"
                                            or registry.gazetteer.has_below(region.id, ("county",))):
                return None
            ending = next(w for w in sorted(registry.kinds[kind].topics, key=len, reverse=True) if written.endswith(w))
            topic = written[:-len(ending)]
            # 滨海新区人民政府杭州道街道办事处: the government's word says whose office it is, no part of the street's name,
            # after the place's level marker too where the place was the document's (区人民政府各街道办事处: the district
            # government's streets, a quantifier then, no street called 区人民政府各)
            # (the marker the place's own name ends with: 市政府杭州道街道办事处 in 滨海新区's plan is 天津's government's
            # wording, no evidence of whose street it is)
            owner = next((marker + w for marker in ("", *(m for m, _ in registry.markers if region.name.endswith(m)))
                          for w in registry.kinds[kind].topic_owners
                          if topic.startswith(marker + w) and len(topic) > len(marker + w)), "")
            if not owner and any(topic.startswith(m + w) for m in ("", *(m for m, _ in registry.markers))
                                 for w in registry.kinds[kind].topic_owners):
                # 市政府杭州道街道办事处 in a district's plan: another level's government, whose street unsure; the
                # government's word alone (区人民政府街道办事处: the government's street offices) names no street
                return None
            topic = topic[len(owner):]
            parts = registry.name_parts
            if owner and (topic.startswith((*parts.group_owner_offices, *parts.conjunction, *parts.stationed_openings,
                                            *parts.not_places))
                          or any(q in topic for q in registry.subordinate_quantifiers)):
                # what follows the government's word goes on with the government's own wording, no street's name: its
                # office (区政府办公室杭州道街道), a conjunction (区政府和街道办事处), 驻 (区人民政府驻…), a word pointing at
                # a place (区政府驻地街道), a quantifier (区政府及各街道): no one street, left unread
                return None
            # a town's 镇 (乡, 苏木) stays in its name: 营盘镇人民政府 is the town 营盘镇's government
            kept = next((k for k in registry.kinds[kind].topic_kept if ending.startswith(k)), "")
            if topic.startswith(registry.subordinate_quantifiers) or (len(topic) > 1 and _quantifier_rest(registry, topic)):
                # 区管各街道办事处, 县管各镇人民政府: a quantifier (区管各), or what it leaves after the marker read as the
                # place's own (管各), counts the places it manages; no subdistrict or town called 管各 or 区管各
                return None
            if kept and _no_one_s_name(registry, registry.kinds[kind], topic):
                return None  # 苏木乡镇, 各苏木镇, 专业镇, 项目所在镇: level words, a quantifier, a sort of town or a reference
            if kept and not split.written and _neighbour_named(registry, topic, region):
                # 望江镇 in 太湖县's plan: 望江 is a county beside it, which the name may mean; 太湖县望江镇
                # says whose town it is
                return None
            return replace(found(kind), qualifier=topic + kept, title=f"{region.name}{topic}{kept}{word}")
        return replace(found(kind), qualifier=qualifier, title=f"{region.name}{written}")
    if zone is not None and region.level not in ("new_area", "zone"):
        own = _zone_s_own_body(registry, region, zone[0], zone[1])
        if own is not None:
            return replace(found(own.kind, own.office), region=own.region, qualifier=own.qualifier,
                           title=own.title if own.qualifier else None)
    if split.written and len(rest) >= 2:
        # 市发改、市住建、县人社 (the office word left off after a written place or level marker): the
        # body of the department whose stem it is, as 市发改部门 names it; never a stem alone (发改)
        for word in parts.generic_offices:
            chosen = _pick(registry.compose.get(rest + word, ()), ("government",), infix=False)
            # a kind whose stems make names only (derived): a former department's function with 部门 (市卫生部门)
            # is read in full, never from its stem alone (市农业 of 市农业综合行政执法支队 names no bureau)
            if chosen is not None and chosen.kind not in registry.underived_kinds:
                return found(chosen.kind)
    return None


def zone_foreign(registry: Registry, name: str) -> bool:
    """Whether ``name`` closes with a form of a kind no zone's committee runs (``zone_foreign_kinds``: 供电局, 电力局,
    the grid's company) or with a vertical system's office word (``zone_foreign_offices``: 海事局, 邮政局), so names none
    of the committee's departments."""
    return name.endswith(registry.name_parts.zone_foreign_offices) \
        or any(name.endswith(registry.kinds[kind].forms) for kind in registry.name_parts.zone_foreign_kinds)


@dataclass(frozen=True)
class _ZoneBody:
    """A body of a functional zone's own: its kind, the host place, the zone's qualifier and title, its office."""

    kind: str
    region: Region
    qualifier: str | None
    title: str
    office: str | None = None


def _zone_s_own_body(registry: Registry, host: Region, zone_type: ZoneTypeEntry, tail: str) -> _ZoneBody | None:
    """A body of the host's zone of a type other than its committee, from what follows the zone's
    name: its Party working committee (高新区党工委, 开发区工委) or one of its departments
    (高新区财政金融局: [two or more Chinese characters][an office word]). Placed in the zone when the
    code table lists the host's one zone of the type (廊坊开发区 → 131071), else in the host, told
    apart by the zone's type name."""
    committee = registry.area_committee.get(zone_type.type)
    parts = registry.name_parts
    if committee is None or zone_type.system:
        return None  # a free trade zone's areas are named within its system, not by their host alone
    if zone_foreign(registry, tail):
        return None  # 高新区供电局: the grid's company, no department of the zone's committee
    party = tail in parts.zone_party
    office = next((o for o in parts.zone_department_offices if tail.endswith(o) and len(tail) - len(o) >= 2), None)
    # a tail opening with a joiner lists another zone (高新区和经开区招商局), as in _named_area
    if not party and (office is None or _HAN.fullmatch(tail) is None or len(tail) > _DEPARTMENT_LENGTH
                      or tail.startswith(parts.party) or tail.startswith(_JOINING)
                      or tail in parts.zone_administrations):
        return None
    listed = registry.gazetteer.listed_zone(host.id, registry.kinds[committee].areas)
    area = listed.name if listed is not None else f"{host.place}{zone_type.name}"
    if party:
        # the kind whose forms hold the word (党工委: the Party committee, as a zone's is a working one)
        chosen = _pick(registry.compose.get(tail, ()), ("other",), infix=False)
        if chosen is None:
            return None
        qualifier = None if listed is not None else zone_type.name
        return _ZoneBody(chosen.kind, listed or host, qualifier, f"中共{area}工作委员会")
    # a department a kind names (高新区财政局) is the zone's body of that kind, as a listed zone's
    # (廊坊经济技术开发区财政局) and a new area's (两江新区财政局) are; any other is told apart by its name
    chosen = _pick(registry.compose.get(tail, ()), ("government",), infix=False)
    if chosen is not None:
        return _ZoneBody(chosen.kind, listed or host, None if listed is not None else zone_type.name,
                         area + tail, chosen.office)
    qualifier = tail if listed is not None else zone_type.name + tail
    return _ZoneBody(_ZONE_DEPARTMENT, listed or host, qualifier, area + tail)


@dataclass(frozen=True)
class DistrictOffice:
    """A city body's office in one of the city's districts: the city body read, the district, and
    the district's name and the closing word as written."""

    city_body: LocalName
    district: Region
    written: str
    word: str


def read_district_office(registry: Registry, text: str, context: Context) -> DistrictOffice | None:
    """A city body's office in one of the city's districts, named [the city body][the district]
    [word] (市规划和自然资源局盐田管理局, 深圳市生态环境局福田管理局, 市公安局盐田分局), or None. The
    city body must be read whole and the district be one under its city."""
    gazetteer = registry.gazetteer
    for word in registry.name_parts.district_offices:
        head = text.removesuffix(word)
        if head == text:
            continue
        for cut in range(len(head) - 2, 1, -1):
            written = head[cut:]
            districts = [r for r in gazetteer.candidates(written) if r.level == "county"]
            if not districts:
                continue
            city_body = read_local_name(registry, head[:cut], context)
            if city_body is None or city_body.qualifier is not None or city_body.region.tier not in ("city", "municipality"):
                continue
            district = next((r for r in districts if city_body.region.id in gazetteer.ancestors(r.id)), None)
            if district is not None:
                return DistrictOffice(city_body, district, written, word)
    return None


def _campaign_written_out(registry: Registry, rest: str) -> str:
    """``rest`` with a campaign's short form opening it written out (创文办 → 创建文明城市工作领导小组
    办公室, 创文工作领导小组 → 创建文明城市工作领导小组), after the Party committee's 委 if any; ``rest``
    itself when it opens with none."""
    parts = registry.name_parts
    party = next((w for w in parts.party if rest.startswith(w) and len(rest) > len(w)), "")
    body = rest[len(party):]
    for short, full in parts.campaigns.items():
        if not body.startswith(short):
            continue
        tail = body[len(short):]
        if tail in parts.campaign_offices:
            return party + full + parts.campaign_offices[tail]
        if any(tail.removeprefix(_TOPIC_TAIL) == word for word, _ in registry.topic_forms):
            return party + full + tail
    return rest


#: The longest topic read before a topical body's word (行政审批制度改革工作: 10).
#: The levels of the places whose governments set up committees of their own (``government_safety_committees``):
#: no zone or new area, whose committee is no government.
_GOVERNMENT_LEVELS = ("province", "prefecture", "county")
TOPIC_LENGTH = 20
#: A word a topic may end with that leaves the body the same (…改革工作领导小组 is …改革领导小组).
_TOPIC_TAIL = "工作"


def _topical(registry: Registry, rest: str) -> tuple[str, str] | None:
    """The kind of a body named after its topic (行政审批制度改革工作领导小组办公室) and the name
    that tells it apart from the others of its kind in its place: the topic (without a closing
    工作) and the word, less the office word (行政审批制度改革领导小组). None unless the topic is
    two to ``TOPIC_LENGTH`` Chinese characters (a term in it perhaps in quotes) not opened by a word
    that names no body of its own (各, 有关 …) or says whose body it is (国务院, 全国 …: the nation's,
    not the place's)."""
    for word, kind in registry.topic_forms:
        if not rest.endswith(word):
            continue
        topic = rest[:-len(word)]
        if _TOPIC.fullmatch(topic) is None or not 2 <= sum(map(len, _HAN.findall(topic))) <= TOPIC_LENGTH:
            continue
        if topic.startswith((*registry.name_parts.not_places, *registry.name_parts.own_openings)):
            return None  # no body of its own (有关领导小组), or the nation's (国务院…协调小组)
        openings = [m for m, _ in registry.markers if topic.startswith(m)] + [n for n, _, _ in registry.gazetteer.prefixes(topic)]
        if any(topic[len(opening):].startswith(registry.name_parts.not_places) for opening in openings):
            # the same after a place's name or the marker its short name left over (道里 + 区各街道办事处,
            # 道里区有关领导小组办公室 in 哈尔滨's plan): no group named 区各 or 道里区有关
            return None
        if any(topic.startswith(marker + word) for marker, _ in registry.markers for word in registry.name_parts.party):
            return None  # a Party committee's group at a tier no place was read for (区委… in a city's plan)
        if topic.endswith(_TOPIC_TAIL) and len(topic) - len(_TOPIC_TAIL) >= 2:
            topic = topic[:-len(_TOPIC_TAIL)]
        # the Party committee's group (市委外事工作领导小组): its 委 says whose group it is, no part of the task
        # and the government's (县人民政府森林防火指挥部): 人民政府 says whose group it is, as 委 does, but not its office's
        # (县人民政府办公室…领导小组: the office's group, its task read as on main)
        owner = next((w for w in registry.name_parts.group_owner_words if topic.startswith(w)
                      and len(topic) - len(w) >= 2 and not topic[len(w):].startswith(registry.name_parts.group_owner_offices)),
                     "")
        party = owner or next((w for w in registry.name_parts.party if topic.startswith(w) and len(topic) - len(w) >= 2), "")
        # the quotes round a term are how it is written, no part of the name that tells the group apart: 昌都市“十四五”
        # 规划编制工作领导小组办公室 (昌都 2021) and one written without them are one group's office
        return kind, topic[len(party):].translate(_NO_QUOTES) + word.removesuffix("办公室")
    return None


def _no_one_s_name(registry: Registry, kind: Kind, topic: str) -> bool:
    """Whether ``topic``, before a town's word (镇, 乡, 苏木), names no town: it ends with a level word
    (苏木乡镇) or a sort of town (专业镇; 新型 + 城 + 镇; 县 + 城 + 镇), opens with a quantifier (各苏木镇), or holds
    a word that points at a place rather than naming one (项目所在镇, 涉及镇: ``not_places``)."""
    sorts = kind.topic_not
    if topic.startswith(registry.subordinate_quantifiers) or topic.endswith(sorts):
        return True
    unit = next((u for u in registry.subordinate_units if topic.endswith(u)), None)  # longest first, as the registry keeps them
    if unit is not None and not _named_with_level_word(registry, kind, topic[:-len(unit)], topic):
        return True
    if any(topic.removesuffix(join).endswith((*registry.subordinate_units, *sorts))
           for join in kind.topic_not_joins if topic.endswith(join)):
        return True
    return any(word in topic for word in registry.name_parts.not_places if len(word) > 1)


def _named_with_level_word(registry: Registry, kind: Kind, head: str, topic: str) -> bool:
    """Whether ``head``, before a level word closing a town's topic, makes a town's name of it, as one
    character that is neither a level word nor a join of a sort does (周 of 周市镇, a town of 昆山市): a
    longer head or a level word (城区乡镇, 市区镇: the towns of a sort of area) names none, nor a word
    pointing at the place in hand (本县镇, 全旗镇: ``deictics``) unless ``topic`` is a place's name (全州),
    nor one before a level word saying a sort of area (山区镇: ``area_level_words``)."""
    if len(head) != 1 or _HAN.fullmatch(head) is None or head in registry.subordinate_units \
            or head in kind.topic_not_joins or topic[len(head):] in registry.name_parts.area_level_words:
        return False
    return head not in registry.name_parts.deictics or any(
        name == topic and not former for name, _, former in registry.gazetteer.prefixes(topic))


def _neighbour_named(registry: Registry, topic: str, county: Region) -> bool:
    """Whether ``topic``, before a town's word, is the name or short form of a place beside ``county``
    under the same city, or of the city itself (望江 of 望江镇 and 安庆 of 安庆镇 in 太湖县's plan): the
    name may mean that place as well as a town of the county, so it is read as neither. The county's own
    name (昌黎镇 in 昌黎县) and a far place's (永丰镇) are a town's as any other."""
    gazetteer = registry.gazetteer
    above = county.parent
    for name, ids, former in gazetteer.prefixes(topic):
        if name != topic or former:
            continue
        for region_id in ids:
            place = gazetteer.region(region_id)
            if region_id != county.id and above is not None and (region_id == above or place.parent == above):
                return True
    return False


def _numbered(registry: Registry, rest: str) -> tuple[str, str] | None:
    """A body of a numbered kind with its ordinal (第一中级人民法院, 一中院 → the first)."""
    ordinals = registry.name_parts.ordinals
    if not ordinals:
        return None
    match = compiled(f"^(?:{ordinals})").match(rest)
    if match is None or not match.group(0):
        return None
    chosen = _pick(registry.compose.get(rest[match.end():], ()), ("government", "other"), infix=False)
    if chosen is None or not registry.kinds[chosen.kind].numbered:
        return None
    return chosen.kind, "第" + match.group(0).removeprefix("第")


def _feature_named_after(registry: Registry, rest: str) -> bool:
    """Whether ``rest``, written after a place's name, is one character and an area word before its committee's or
    administration's title (湾新区管委会 of 杭州湾新区管委会, 谷风景区管委会 of 黑山谷风景区管委会, 山风景名胜区管理处 of
    石门山风景名胜区管理处): the place's name then opens the name of the bay, valley or hill the area is named after, and
    is no host of the area (no area is called 湾新区 or 谷风景区). Two characters or more (临港新片区, 金普新区) or an area
    word or a zone type's form alone (工业区 of 嘉定工业区, 高新区 of 潜江高新区) leave the place its host, as :func:`_second_host` reads one character so."""
    gazetteer = registry.gazetteer
    title = _committee_form(registry, rest) or gazetteer.area_administration(rest)
    area = rest[:-len(title)] if title else rest
    word = gazetteer.area_word(area)
    if word is None or len(area) - len(word) != 1:
        return False
    if any(area.startswith(marker) for marker, _ in registry.markers):
        return False  # a level word: the short name and it are the place's full name (承德 + 市自然保护区管理局)
    # a zone type's form alone is no feature's name, whatever area word ends it (高新区 of 潜江高新区: 高 + 新区)
    return not any(area == form for zone_type in gazetteer.zone_types for form in zone_type.forms)


def _committee_form(registry: Registry, rest: str) -> str | None:
    """The committee word ``rest`` ends with (管理委员会, 管委会, 管委), the longest; None if none."""
    return next((f for f in registry.committee_forms_longest_first if rest.endswith(f)), None)


def unnamed_administration_note(text: str, zone: bool, body: str = "administration") -> str:
    """Why an administration's title (or, ``body`` "committee", a committee's) after an area word alone (保护区管理局,
    市自然保护区管理局, 县风景名胜区管委会) is left unread; in a zone's document (``zone``: placed at the zone or issued by its
    committee) why it is none of the committee's departments."""
    if zone:
        return f"{text} names the {body} of an area it does not name, not a department of the zone's committee"
    return f"{text} names the {body} of an area it does not name: no one body"


def _marked_unnamed_area_body(registry: Registry, split: _Split) -> tuple[str, str] | None:
    """The name as written and what it names, where ``split`` holds a level marker before an area word no place names one
    area by and a governing body's title: an administration (市自然保护区管理局, 县风景名胜区管理处, the marker read with
    the rest) whatever level is written, a committee (县风景名胜区管委会, 市开发园区管委会) after the marker naming the
    split's place itself (县风景名胜区管委会 in a city's plan is every county's, a set, as 县开发园区管委会 is). None for
    any other name (市产业园区管委会, 县示范区管委会: a park is named after its place, the level word standing for it)."""
    gazetteer = registry.gazetteer
    rest = split.rest
    marker = next((m for m, _ in registry.markers if rest.startswith(m)), None)
    if marker is not None and gazetteer.unnamed_area_administration(rest[len(marker):]):
        return rest, "administration"
    form = _committee_form(registry, rest)
    if split.marker and form is not None and rest[:-len(form)] in gazetteer.areas_not_named_by_level:
        return split.marker + rest, "committee"
    return None


def _named_area_s_own_body(registry: Registry, rest: str, host: Region) -> _ZoneBody | None:
    """A body of an area nobody lists other than its committee, as a listed zone's are (:func:`_zone_s_own_body`): its
    Party working committee (大连普湾新区党工委: 大连 2010) or one of its departments (普湾新区经济发展局; 普湾新区财政局, which a
    kind names, is that kind's body of the area), told apart by the area's name as its committee is
    (``<host>-party_committee-普湾新区``). Only where the area's name before the words reads as the committee of an area of
    the host itself, named after no county, province or partner (:func:`_plain_named_area`)."""
    if host.level in ("new_area", "zone"):
        return None  # 区经济发展局 in 苏州工业园区's own plan: a zone's own bodies are read as its (_zone_s_own_body)
    parts = registry.name_parts
    party = next((w for w in parts.zone_party if rest.endswith(w) and len(rest) > len(w)), None)
    # only the office words of names.named_area_department_offices (局): an office after an area's name is as often one
    # the host set up for the area (曲阜文化建设示范区推进办公室: 济宁 2021), no department of its committee
    # the office word closing ``rest`` is looked at before any cut: a name closing with none (most) looks up no area word
    office = min((len(o) for o in parts.named_area_department_offices if rest.endswith(o)), default=None)
    cuts = [len(rest) - len(party)] if party else [] if office is None else [
        cut for cut in range(len(rest) - 3, 1, -1)
        if len(rest) - cut - office >= 2 and registry.gazetteer.area_word(rest[:cut]) is not None]
    for cut in cuts:
        area, tail = rest[:cut], rest[cut:]
        if registry.gazetteer.zone_by_end(area) is not None or any(word in area for word in parts.party):
            continue  # 霍尔果斯经济开发区党工委 (a zone of a type, read by _zone_s_own_body); 市委滨海新区工作委员会
        if not party and (zone_foreign(registry, tail) or _HAN.fullmatch(tail) is None or len(tail) > _DEPARTMENT_LENGTH
                          or tail.startswith(parts.party) or tail.startswith(_JOINING)
                          or tail.startswith(registry.committee_forms_longest_first)
                          or any(word in tail for word, _ in registry.topic_forms)
                          or tail in parts.zone_administrations):
            continue  # 天府新区管委会办公室 (the committee's office), 绿色小微园区开发建设指挥部 (a task group)
        named = _plain_named_area(registry, area, host)
        if named is None:
            continue
        qualifier, written = named
        # 湘湖旅游度假区财政局 in 杭州's plan: an area a county under the host runs has its bodies in that county
        owner = _county_running(registry, written, host) or host
        if owner is not host:
            qualifier = written
        if party:
            chosen = _pick(registry.compose.get(party, ()), ("other",), infix=False)
            return None if chosen is None else _ZoneBody(chosen.kind, owner, qualifier,
                                                         f"中共{owner.name}{written}工作委员会")
        chosen = _pick(registry.compose.get(tail, ()), ("government",), infix=False)
        if chosen is not None:
            return _ZoneBody(chosen.kind, owner, qualifier, f"{owner.name}{written}{tail}", chosen.office)
        return _ZoneBody(_ZONE_DEPARTMENT, owner, qualifier + tail, f"{owner.name}{written}{tail}")
    return None


def _plain_named_area(registry: Registry, area: str, host: Region) -> tuple[str, str] | None:
    """The name telling ``area`` apart among its host's areas and its name as written, where its committee
    (``area`` + 管理委员会) reads as the committee of an area of the host itself told apart by a name; None where the
    area is the host's own zone of a type (no name), or is named after a county under the host, another place, a
    province's area or a partner."""
    if registry.gazetteer.province_area(area) is not None:
        return None  # 横琴粤澳深度合作区经济发展局 in 珠海's plan: an area a province governs, no area of the host's
    read = _named_area(registry, area + "管理委员会", host)
    if read is None or read[1] is None:
        return None
    _, qualifier, written = read
    if _partner_running(registry, written, host) is not None or _county_s_area_elsewhere(registry, written, host):
        return None  # 深汕特别合作区经济发展局 in 珠海's plan: a department of an area another place runs
    if _county_under(registry, qualifier, host) is not None or _county_s_area(registry, qualifier, host) is not None \
            or _second_host(registry, qualifier, host) is not None \
            or _named_after_a_place_elsewhere(registry, qualifier, host) is not None:
        return None
    return qualifier, written


def _county_running(registry: Registry, area: str, host: Region) -> Region | None:
    """The county-level place under ``host`` that runs ``area``, an area named after no division (county_areas in
    regions.toml: 萧山区 for 湘湖旅游度假区 in 杭州's plan); None for any other area or host."""
    county = registry.gazetteer.county_areas.get(area)
    if county is None or county == host.id or host.id not in registry.gazetteer.ancestors(county):
        return None
    return registry.gazetteer.region(county)


def _county_s_area_elsewhere(registry: Registry, area: str, host: Region) -> bool:
    """Whether ``area`` is an area a county-level place runs (county_areas in regions.toml) that is neither ``host`` nor
    under it (湘湖旅游度假区 in 宁波's plan): no area of the plan's place."""
    county = registry.gazetteer.county_areas.get(area)
    return county is not None and county != host.id and host.id not in registry.gazetteer.ancestors(county)


def _named_after_a_partner_country(registry: Registry, area: str) -> bool:
    """Whether ``area`` is named after China and a partner country or region (中德产业园, 中以创新园, 中非经贸合作区: 中 and
    the partner's short name, partner_country_words in regions.toml, then the park's own words), with no host written
    before it or inside it."""
    if not area.startswith("中") or "（" in area or "(" in area:
        return False
    partner = next((w for w in registry.gazetteer.partner_country_words if area.startswith(w, 1)), None)
    if partner is None or len(area) <= 1 + len(partner) + 1:
        return False
    # the host written after the partners (中哈霍尔果斯国际边境合作中心: 霍尔果斯's) says where the park lies; a place's name
    # the area word opens with is none (中德合作区: 合作, 甘南's 合作市, is the start of 合作区)
    rest = area[1 + len(partner):]
    room = len(rest) - len(registry.gazetteer.area_word(area) or "")
    return not any(len(name) <= room for name, _, _ in registry.gazetteer.prefixes(rest))


def _partnered_full_name(registry: Registry, area: str) -> str | None:
    """The name in full of the area two places set up together that ``area`` is a short form of: the partners' opening
    (partnered_area_openings in regions.toml) and an area word its full name ends with (深汕合作区 of 深汕特别合作区,
    苏通园区 of 苏通科技产业园区); None for a name in full, for any other area (苏锡园区: no area's opening is 苏锡), and
    where two such areas would fit."""
    gazetteer = registry.gazetteer
    word = gazetteer.area_word(area)
    if area in gazetteer.partnered_areas or word is None:
        return None
    opening = area[:-len(word)]
    fits = [name for name, own in gazetteer.partnered_area_openings.items()
            if own == opening and name.endswith(word) and len(name) > len(area)]
    return fits[0] if len(fits) == 1 else None


def _partner_running(registry: Registry, area: str, host: Region) -> Region | None:
    """The place running ``area`` where it is an area two places set up together (partnered_areas in regions.toml)
    and that place is not ``host`` (深圳 for 深汕特别合作区 in 珠海's plan); None in the running place's own plan and for
    any other area."""
    runner = registry.gazetteer.partnered_areas.get(area)
    return None if runner is None or runner == host.id else registry.gazetteer.region(runner)


def _named_area(registry: Registry, rest: str, host: Region) -> tuple[str, str | None, str] | None:
    """The committee of a functional area nobody lists, from what is left of its name: the kind,
    the name that tells the area apart, and the area's name in full. An area of a known type
    named after something that is no division (西永综保区 → the bonded zone 西永) is that type's;
    one whose name ends with its host's (西部科学城重庆高新区 in 重庆) is the host's own zone of the
    type, under a label (no name to tell it apart); any other area (曲江新区, 国际港务区, 航天基地)
    is a development area of its host."""
    form = _committee_form(registry, rest) or registry.gazetteer.area_administration(rest)
    area = rest[:-len(form)] if form else ""
    if not _is_local_name(registry, area):
        return None
    gazetteer = registry.gazetteer
    zone = gazetteer.zone_by_end(area)
    if zone is not None:
        zone_type, name = zone
        kind = registry.area_committee.get(zone_type.type)
        if kind is None or not _is_local_name(registry, name) or _joins_areas(registry, name):
            return None  # 高新区和经开区管委会, 望城经开区和宁乡经开区管委会: two areas' committees joined
        if name.endswith(registry.zone_ranks):
            return None  # 市省级开发区: a rank tells no zone apart, and is no part of a zone's name
        if _counts_areas(registry, name):
            return None
        if any(name.endswith(written) and len(name) > len(written) for written in host.names):
            return kind, None, name + zone_type.name
        if name in registry.name_parts.generic_names:
            name = host.place + name  # 天津港保税区: the bonded area of 天津港
        return kind, name, name + zone_type.name
    word = gazetteer.area_word(area)
    if word is None or _joins_areas(registry, area) or _counts_areas(registry, area[:-len(word)]):
        return None
    sort = _sort_of_area(registry, area)
    if sort == area:
        # 开发园区管委会: a sort of area the places' sets are named by (各开发园区管委), no one area's name; an area word
        # that is also a level word (风景区 after its host's name: 黄山风景区) stays the area's
        return None
    kind = registry.area_committee.get("zone")
    word = sort or word
    level = area[:-len(word)]
    if _counts_areas(registry, level):
        return None  # 市管工业园区管委会: 管 is what 市管 leaves, the city's parks counted, no park called 管工业园区
    if kind and any(level == marker for marker, _ in registry.markers):
        # 县示范区管委会 in a county's plan: the county's own 示范区, named by the host's level alone
        # (县 as in 县发展和改革局), not an area called 县示范区; so 市开发园区管委会 in a city's plan, not an area called
        # 市开发园区. A level not the host's own (市示范区 in a county's plan, 县示范区 in a district's) names another
        # place's area: none read.
        return (kind, word, word) if host.name.endswith(level) else None
    if level.endswith(registry.name_parts.area_reference_words):
        # 试点园区管委会, 项目所在园区管委会, 两个园区管委会: an area named by its part in the plan, pointed at or counted,
        # no area's name (see area_reference_words)
        return None
    if level in registry.name_parts.deictics:
        # 该工业区管委会, 此风景名胜区管理委员会: a word pointing at an area in hand names none, as before a zone's word
        # (该开发区管委会); 嘉定工业区, 赛里木湖风景名胜区, and 风景区 after its host's name (黄山风景区) are named
        return None
    own = level
    # only an area named after a feature is ranked so (areas_not_named_by_level: a reserve, a scenic area); 国家级新区 is
    # a sort of area, and 兰州国家级新区 read as 兰州 + 新区 became 兰州市's 新区 alone, the id of 市新区管委会
    rank = next((r for r in gazetteer.province_area_ranks if level.endswith(r)), None) \
        if word in gazetteer.areas_not_named_by_level else None
    if rank is not None and _names_a_division(registry, level[:-len(rank)]):
        # 兴隆县省级自然保护区 in 承德's plan: a rank after a place's full name tells no reserve apart (as 市省级开发区 tells
        # no zone); taken off, the county's name became a reserve's (130822-zone_committee-兴隆县自然保护区)
        return None
    if rank is not None and _is_local_name(registry, level[:-len(rank)]) \
            and not any(level[:-len(rank)] == marker for marker, _ in registry.markers):
        # 雾灵山国家级自然保护区: the rank is no part of the reserve's name (regions.toml province_area_ranks), so the
        # reserve written with it and without it (雾灵山自然保护区) is one area, one id; its title keeps it as printed
        own = level[:-len(rank)]
    return (kind, _without_host_s_name(registry, own + word, host), area) if kind else None


def _names_a_division(registry: Registry, name: str) -> bool:
    """Whether ``name`` is a division's full name, its level word closing it (兴隆县, 承德市), no feature's."""
    return any(name.endswith(marker) and len(name) > len(marker) for marker, _ in registry.markers) \
        and registry.gazetteer.find_place(name) is not None


def _without_host_s_name(registry: Registry, area: str, host: Region) -> str:
    """The name telling an area apart among its host's: ``area`` without its host's name where what follows is an area
    word or a sort of park alone (泉州台商投资区 of 泉州市 → 台商投资区, 嘉定工业区 of 嘉定区 → 工业区, 玉林产业园区 →
    产业园区), the host's name telling nothing apart among its own areas and 区工业区, 市产业园区 naming the same one;
    else ``area`` (泉州湾海洋经济区: 泉州湾 is the bay, 玉柴产业园区)."""
    gazetteer = registry.gazetteer
    for name in sorted(host.names, key=len, reverse=True):
        rest = area[len(name):]
        if area.startswith(name) and _tells_nothing_apart(registry, rest):
            return rest
    return area


def _tells_nothing_apart(registry: Registry, rest: str) -> bool:
    """Whether ``rest``, written after a place's name, leaves that name telling nothing apart among the place's areas: an
    area word (工业区 of 嘉定工业区) or a sort of park (产业园区 of 玉林产业园区) alone, which the level word names the same
    area by (区工业区, 市产业园区). Not an area word no level word names an area by (areas_not_named_by_level: 风景名胜区,
    自然保护区): 市风景名胜区 names no area, and the place's name is part of the area's own (武夷山风景名胜区, 承德自然保护区)."""
    gazetteer = registry.gazetteer
    if rest in gazetteer.area_words:
        return rest not in gazetteer.areas_not_named_by_level
    return bool(rest) and _sort_of_area(registry, rest) == rest


def _sort_written_alone(registry: Registry, rest: str) -> str | None:
    """The sort of park ``rest`` names before its committee's form where nothing else is written (开发园区 of
    开发园区管委会, 产业园区 of 产业园区管委会), else None (玉柴产业园区管委会 names its park)."""
    form = _committee_form(registry, rest)
    area = rest[:-len(form)] if form else ""
    return area if area and _sort_of_area(registry, area) == area else None


def _sort_of_area(registry: Registry, area: str) -> str | None:
    """The sort of area ``area`` closes with where it is a level word holding an area word but no area word itself
    (开发园区 of 市开发园区: the sets of a place's areas are named by it, 各开发园区管委), the longest; None for any other
    ending (风景区, an area word too, of 黄山风景区)."""
    return max((unit for unit in _area_sorts(registry) if area.endswith(unit)), key=len, default=None)


@functools.lru_cache(maxsize=4)
def _area_sorts(registry: Registry) -> tuple[str, ...]:
    """The level words holding an area word but no area word themselves (开发园区, 产业园区, 工业园区, 高新区): the
    registry's own, worked out once rather than for every name read."""
    gazetteer = registry.gazetteer
    return tuple(unit for unit in registry.subordinate_units
                 if unit not in gazetteer.area_words and gazetteer.area_word(unit) is not None)


def _city_s_area_under_its_province(registry: Registry, split: _Split, region: Region, area: str) -> Region | None:
    """The city whose plan names an area it runs written after its province's name (贵州双龙航空港经济区管委会 in 贵阳's
    plan), where ``region`` is that province: a province's name opens the titles of the areas it set up, whichever place
    runs them, and which city runs one is the gazetteer's to say (city_areas in regions.toml), not the plan's: 广西北部湾
    经济区 in 南宁's plan is the province's. None in any other plan (the province's own, another city's, a county's)."""
    here = split.document
    if region.level != "province" or split.via != "pattern" or here is None or here.level != "prefecture":
        return None
    if registry.gazetteer.city_areas.get(area) != here.id:
        return None
    return here if region.id in registry.gazetteer.ancestors(here.id) else None


def _counts_areas(registry: Registry, name: str) -> bool:
    """Whether what stands before an area's word holds a quantifier (属各 of 市属各开发区管委会: 潍坊 2024, the city's
    zones' committees, none named; 市属风景名胜区管委会): it counts areas, names none, and is no part of an area's
    name (属各 was read as a zone called so, 市属各风景名胜区 as a scenic area). So is a name that is what a quantifier
    leaves after its level marker (管 of 市管工业园区管委会: 庆阳 2025, the parks the city runs, read as a park called
    管工业园区); a name holding the word (管庄产业园) is no such rest."""
    return any(quantifier in name for quantifier in registry.subordinate_quantifiers) or _quantifier_rest(registry, name)


def _quantifier_rest(registry: Registry, name: str) -> bool:
    """Whether ``name`` is what a quantifier leaves after its level marker (管 of 市管, 管各 of 区管各, 属各 of 县属各):
    the marker was read as the place's own, and the rest counts places or areas, naming none."""
    return any(marker + name in registry.subordinate_quantifiers for marker, _ in registry.markers)


def _province_area(registry: Registry, rest: str, host: Region) -> tuple[str, str, Region | None] | None:
    """The committee of an area a province governs over its cities and counties (长白山保护开发区管委会,
    长白山管委会): the kind, the area's full name and the province, which is None where ``host`` lies outside
    it (no body of that plan's place, by any of the area's names). None for any other name."""
    form = _committee_form(registry, rest)
    kind = registry.area_committee.get("zone")
    if form is None or kind is None:
        return None
    gazetteer = registry.gazetteer
    area = rest[:-len(form)]
    found = gazetteer.province_area(area)
    if found is None:
        return None
    name, province = found
    inside = province in gazetteer.ancestors(host.id)
    # elsewhere no body of the plan's place, by any of its names (长白山管委会, 长白山开发区管委会 in 辽宁's plan)
    return kind, name, gazetteer.region(province) if inside else None


def _named_after_a_province_area(registry: Registry, rest: str, host: Region) -> tuple[str, bool] | None:
    """Why the committee of an area whose name opens with a province area's name without its area word, then another
    zone form or an area word than the area's own (长白山经济开发区管委会, 长白山高新区管委会: 长白山 for 长白山保护开发区;
    万盛工业园区管委会: 万盛 for 万盛经济技术开发区), is read as no body — the province's area committee, or some zone
    named after the mountain or within the area, which the name does not tell — and whether ``host`` lies in that
    province: only there may it be either (in 綦江区's plan 万盛工业园区 is no park of 綦江区's own, 万盛 being 重庆's
    area beside it); elsewhere it is no body of the plan's place, as the area's own names are not (see
    :func:`_province_area`). None for any other name (the area's own names, 长白山开发区 among them)."""
    form = _committee_form(registry, rest)
    if form is None or "zone" not in registry.area_committee:
        return None
    area = rest[:-len(form)]
    gazetteer = registry.gazetteer
    if gazetteer.province_area(area) is not None:
        return None  # the area's own names (长白山开发区)
    for name, short in gazetteer.province_area_shorts.items():
        if area != name and area != short and area.startswith(short) \
                and (gazetteer.zone_by_end(area) is not None or gazetteer.area_word(area) is not None):
            note = (f"{area} opens with {short}, the name of {name} without its area word: that area's committee or "
                    "another zone named after it, which the name does not tell")
            return note, gazetteer.province_areas[name] in gazetteer.ancestors(host.id)
    return None


def _county_under(registry: Registry, name: str, host: Region) -> Region | None:
    """The county-level division directly under ``host`` that ``name`` (the name telling an area apart)
    is, written in full or short (准格尔 under 鄂尔多斯: 准格尔旗); None for any other name (曲江, 西永)."""
    if host.tier not in ("city", "municipality"):
        return None
    place = registry.gazetteer.find_place(name, host.id)
    if place is None or place.kind != "region" or place.region is None or place.former:
        return None
    county = place.region
    return county if county.tier == "county" and county.parent == host.id else None


def _county_s_area(registry: Registry, area: str, host: Region) -> tuple[Region, str, str] | None:
    """The county under ``host`` whose name, full or short, opens ``area`` before an area word or a sort of park alone
    (鲤城工业区 under 泉州: 鲤城区 and 工业区), with the name as written and the name telling the area apart among the
    county's: that word, or the whole name where the place's name is part of the area's (武夷山自然保护区 under 南平:
    武夷山市, see :func:`_tells_nothing_apart`); None for any other name (泉州湾海洋经济区, 曲江新区)."""
    gazetteer = registry.gazetteer
    for name, _, former in gazetteer.prefixes(area):
        rest = area[len(name):]
        if former or not (rest in gazetteer.area_words or (rest and _sort_of_area(registry, rest) == rest)):
            continue
        county = _county_under(registry, name, host)
        if county is not None:
            return county, name, rest if _tells_nothing_apart(registry, rest) else area
    return None


def _second_host(registry: Registry, area: str, host: Region) -> Region | None:
    """The place an area's name opens with after its host's, where that place is neither the host
    nor under it and the rest is an area's name: the area lies there (苏州 + 宿迁工业园区 is in 宿迁,
    深圳 + 汕尾特别合作区 in 汕尾). None otherwise (江苏 + 苏州工业园区: 苏州 is under 江苏)."""
    gazetteer = registry.gazetteer
    for name, ids, former in gazetteer.prefixes(area):
        remainder = area[len(name):]
        if former or not remainder or (gazetteer.area_word(remainder) is None and gazetteer.zone_by_end(remainder) is None):
            continue
        word = gazetteer.area_word(remainder)
        own = remainder[:-len(word)] if word is not None else gazetteer.zone_by_end(remainder)[1]
        if len(own) < 2:
            continue  # one character after the place's name makes a feature named after it (杭州湾新区), no second host
        outside = [i for i in gazetteer.bearing(name, ids, host.id) if i != host.id and host.id not in gazetteer.ancestors(i)
                   and i not in gazetteer.ancestors(host.id)]
        if len(outside) == 1:
            return gazetteer.region(outside[0])
    return None


_NAMING_TIERS = ("province", "municipality", "city")
"""The tiers of the places whose names, opening an area's, say whose the area is (黄山风景区: 黄山市's); a county's short
name is too often a lake's or a hill's (东湖, 西湖, 南山) to say so."""


def _named_after_a_place_elsewhere(registry: Registry, area: str, host: Region) -> Region | None:
    """The province or city (current name, full or short) ``area``'s name opens with, where no place bearing that
    name is the host, above it or under it (黄山 of 黄山风景区 in 玉林's plan); None otherwise (大容山, 雾灵山: no
    place's name; 承德 in 承德市's or 河北省's plan; 杭州湾新区: named after the bay)."""
    gazetteer = registry.gazetteer
    for ids in _places_an_area_is_named_after(registry, area):
        if any(i == host.id or host.id in gazetteer.ancestors(i) or i in gazetteer.ancestors(host.id) for i in ids):
            return None
        places = [gazetteer.region(i) for i in ids if gazetteer.region(i).tier in _NAMING_TIERS]
        if places:
            return places[0]
    return None


def _places_an_area_is_named_after(registry: Registry, area: str) -> Iterator[tuple[str, ...]]:
    """The ids of the places each current name (two characters or more) ``area``'s name opens with may be, longest
    first; none from a name with one character after it before the area word on (杭州湾新区, 长白山自然保护区: one
    character after the place's name makes a feature named after it, the bay, the mountain)."""
    gazetteer = registry.gazetteer
    for name, ids, former in gazetteer.prefixes(area):
        if former or len(name) < 2 or len(name) == len(area):
            continue
        remainder = area[len(name):]
        word = gazetteer.area_word(remainder)
        zone = gazetteer.zone_by_end(remainder) if word is None else None
        own = remainder[:-len(word)] if word is not None else zone[1] if zone is not None else remainder
        own = next((own[:-len(r)] for r in gazetteer.province_area_ranks if own.endswith(r)), own)  # 长白山国家级
        if len(own) == 1:
            return
        yield ids


def _named_after_its_host_or_a_place_under_it(registry: Registry, area: str, host: Region) -> bool:
    """Whether ``area``'s name opens with the name of ``host`` or of a place under it (承德自然保护区 in 承德市's or
    河北省's plan, 武夷山自然保护区 in 福建省's): the name gives a place, where 雾灵山, 长白山 give none."""
    ancestors = registry.gazetteer.ancestors
    return any(i == host.id or host.id in ancestors(i) for ids in _places_an_area_is_named_after(registry, area)
               for i in ids)


def _joins_areas(registry: Registry, name: str) -> bool:
    """Whether ``name`` joins two areas: a joiner right after an area's word (高新区和, 经开区和宁乡,
    曲江新区和浐灞生态区). A joiner inside a place's own name (福和产业集聚区, 永和, 平和) joins none."""
    gazetteer = registry.gazetteer
    for at, character in enumerate(name):
        if at == 0 or character not in _JOINING:
            continue
        before = name[:at]
        exact = gazetteer.zone_form(before)
        if gazetteer.zone_by_end(before) or gazetteer.area_word(before) or (exact is not None and not exact[1]):
            return True
    return False


def _opens_with_level_word(registry: Registry, text: str, marker: str) -> bool:
    """Whether ``text`` opens with a word naming no place that its level ``marker`` opens (市级, 省级 of
    ``not_places``): 市级示范区 speaks of the zones of a level, the marker is no place written."""
    return any(word.startswith(marker) and len(word) > len(marker) and text.startswith(word)
               for word in registry.name_parts.not_places)


def _is_local_name(registry: Registry, text: str) -> bool:
    """Whether ``text`` may be the name of a place that is no division: Chinese characters only,
    two or more unless a generic word (港 of 天津港保税区), not too long, not opened by a word that
    names no place (各, 有关, 直属 …), nor by a level marker before a division's name (市南京: the
    marker and 南京; 市桥 stays a name). One character is what is left of a word cut by a division's
    name (市南京海关 is no customs 京 of 青岛's 市南区)."""
    return bool(text) and (len(text) >= 2 or text in registry.name_parts.generic_names) and len(text) <= 12 \
        and _HAN.fullmatch(text) is not None and not any(text.startswith(word) for word in registry.name_parts.not_places) \
        and not any(text.startswith(marker) and next(registry.gazetteer.prefixes(text[len(marker):]), None) is not None
                    for marker, _ in registry.markers)


def read_local_place(registry: Registry, text: str, context: Context) -> tuple[Region, str] | None:
    """The division a name of a place that is no division lies in, and that name: a division
    written first (南京禄口机场 → 南京, 禄口机场; 大兴机场 → 大兴区, 大兴机场, as 机场 alone names
    nothing), else the document's (金陵 → the document's city).
    None when ``text`` is itself a division, cannot be such a name, or nothing places it."""
    gazetteer = registry.gazetteer
    if not _is_local_name(registry, text) or gazetteer.find_place(text, context.region) is not None:
        return None
    for name, ids, former in gazetteer.prefixes(text):
        region = None if former else gazetteer.choose(ids, context.region)
        rest = text[len(name):]
        if region is not None and _is_local_name(registry, rest):
            # 大兴机场: a generic word after a division is named after it
            return region, (text if rest in registry.name_parts.generic_names else rest)
    if context.region is None:
        return None
    return gazetteer.region(context.region), text


def _titled_as_written(registry: Registry, chosen: KindForm, rest: str) -> bool:
    """Whether a body read by ``chosen`` from ``rest`` (its name after the place, or after the place and its government)
    is titled as written: a stem its kind titles so (机关事务服务中心), or a form the naming rules make of one (政务数据 of
    政务和数据: the kind's title would be a name no page gives), or an institution's office word the kind's offices do not
    hold (市大数据中心)."""
    kind = registry.kinds[chosen.kind]
    return any(rest == form + (chosen.office or "") for stem in kind.titled_as_written
               for form in derived_stems(stem, registry.name_parts)) \
        or (chosen.office in registry.name_parts.institution_offices and chosen.office not in kind.office.values())


def _pick(forms: tuple[KindForm, ...], branches: tuple[str, ...], infix: bool) -> KindForm | None:
    for branch in branches:
        for form in forms:
            if form.branch == branch and (form.infix or not infix):
                return form
    return None


def ends_as_autonomous_region_s(registry: Registry, text: str, marker: str) -> bool:
    """Whether ``text``, opening with ``marker``, ends with a form only an autonomous region's body
    written so has (区商务厅: ``autonomous_region_endings``)."""
    endings = registry.name_parts.autonomous_region_endings.get(marker, ())
    return bool(endings) and text.endswith(tuple(endings))


def _autonomous_region(registry: Registry, text: str, marker: str, context: Context) -> Region | None:
    """The autonomous region a document lies in, where ``text`` opens with a marker standing for it
    before one of its words (区党委: ``autonomous_region_markers``) or before a name ending with one of
    its endings (区商务厅: ``autonomous_region_endings``); None otherwise."""
    words = registry.name_parts.autonomous_region_markers.get(marker, ())
    rest = text[len(marker):]
    if context.region is None or not (rest.startswith(tuple(words)) or ends_as_autonomous_region_s(registry, text, marker)):
        return None
    province = registry.gazetteer.province_of(registry.gazetteer.region(context.region))
    places = registry.name_parts.autonomous_region_places
    return province if province is not None and places and province.name.endswith(places) else None


def _city_left_out(gazetteer, here: Region, marker: str) -> Region | None:
    if here.tier in ("city", "municipality"):
        return here
    if here.level == "county":
        if here.name.endswith(marker):
            return here  # 市 in a county-level city's own plan
        parent = gazetteer.region(here.parent) if here.parent else None
        return parent if parent is not None and parent.tier in ("city", "municipality") else None
    if here.level in ("new_area", "zone") and here.parent:
        parent = gazetteer.region(here.parent)
        return parent if parent.tier in ("city", "municipality") else None
    return None


def dispatched_region(registry: Registry, context: Context) -> Region | None:
    """The prefecture (地区) or league (盟) whose administrative office (行署) a document of ``context``
    means: its own place if it is one, else the nearest place above it that is; None elsewhere."""
    if context.region is None:
        return None
    gazetteer = registry.gazetteer
    endings = registry.name_parts.dispatched_places
    for region_id in gazetteer.ancestors(context.region):
        region = gazetteer.region(region_id)
        if region.tier == "city" and region.name.endswith(endings):
            return region
    return None


def kind_word(region: Region) -> str:
    """The part of a place's name that says its kind, what follows its short name (林区 of 神农架林区, 区 of
    碑林区 and 金林区, 满族自治县 of 青龙满族自治县); its whole name where it has no short one."""
    if region.short and region.name.startswith(region.short):
        return region.name[len(region.short):]
    return region.name


def region_left_out(registry: Registry, tier: str, marker: str, context: Context) -> Region | None:
    """The document's place at the tier a marker names: 省 its province, 市 its city (itself for a
    county-level city, its city for a district), 区/县 itself if it is a county-level unit, 区 a
    state-level new area itself (两江新区, 雄安新区: a 区 whose bureaus its plans write 区商务局)."""
    if context.region is None:
        return None
    gazetteer = registry.gazetteer
    here = gazetteer.region(context.region)
    places = registry.name_parts.marker_places.get(marker)
    if tier == "province":
        province = gazetteer.province_of(here)
        return province if not places or province.name.endswith(places) else None  # 省 in a municipality's plan
    if tier == "city":
        found = _city_left_out(gazetteer, here, marker)
        if found is not None and places and not found.name.endswith(places):
            return None  # 地 stands for a prefecture (地区) only
        return found
    if tier == "county":
        # a county-level unit's own word; a state-level new area is a 区 too (两江新区: 区商务局 is its bureau);
        # a word only some places bear names no other (林区 a forest district): read from the place's kind, not
        # its name's last letters (碑林区, 金林区 are 碑林 and 金林 and a 区)
        if places and not kind_word(here).endswith(places):
            return None
        return here if here.level == "county" or (here.level == "new_area" and here.name.endswith(marker)) else None
    return None


def former_name_reading(former: str, name: str, year: int | None, date: dt.date | None,
                        part: bool = False) -> tuple[tuple[str, ...], tuple[Flag, ...]]:
    """The notes and flags of a reading through ``former``, the name ``name``'s place went by until ``year``, in a
    document dated ``date``. Dated before that year the name was the place's name then (万全县委办 on a page of 2012:
    万全县 became 万全区 in 2016): no ``old_name`` flag, a note saying so. Dated in that year or after, or undated, it
    is a former name (株洲县 is a former name of 渌口区 (changed 2018), flagged ``old_name``): one wording for
    composition, a kind's pattern and a place named alone. ``part``: ``name``'s place took only part of the unit
    ``former`` named, split among several (牟平县, 1994: 牟平区 and 莱山区), and the note says so."""
    if year is not None and date is not None and date.year < year:
        if part:
            return (f"{former} was split in {year}; {name} bears its name and took part of its area (the document's "
                    f"year, {date.year}, is before)",), ()
        return (f"{former} was the name of {name} until {year} (the document's year, {date.year}, is before)",), ()
    took = ", which took part of its area" if part else ""
    return (f"{former} is a former name of {name}{took} (changed {'?' if year is None else year})",), ("old_name",)
