"""The department registry: central bodies, collectives, one-of-a-kind local bodies and kinds of
local body, validated against each other and the gazetteer and indexed for the resolvers.

Three indexes serve :mod:`pilotplans.normalizers.resolve`: ``literals`` (written forms that name
one thing outright: 商务部, 有关部门, 省资规厅), ``patterns`` (templates that wrap a place:
中国人民银行{city}市中心支行) and ``compose`` (the remainders of a composed local name once its
place and level marker are off: 发展和改革委员会, 发改委, 宣传部, 人民政府).
"""

from __future__ import annotations

import datetime as dt

import itertools
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import regex

from pilotplans.normalizers.registry.apart import PickledApart
from pilotplans.normalizers.registry.files import (
    DEPARTMENTS_FILE,
    MARKER,
    REGIONS_FILE,
    SUBORDINATE,
    SYSTEM,
    Form,
    NameParts,
    RegistryError,
)
from pilotplans.normalizers.registry.gazetteer import CITY_NAME, Gazetteer
from pilotplans.normalizers.registry.roles import RolePhrases
from pilotplans.patterns import KeptPattern
from pilotplans.textutil import longest_first

if TYPE_CHECKING:  # the files' schemas, which only validating the files needs
    from pilotplans.normalizers.registry.entries import Kind, Relation, System
    from pilotplans.normalizers.registry.file_schemas import DepartmentsFile, Subordinate

LiteralTarget = Literal["central", "collective", "local_body", "short", "bare", "fixed"]


# The word a State Council body's full name may open with (国家中医药管理局).
_NATIONAL = "国家"

@dataclass(frozen=True)
class LiteralForm:
    """A written form that names one thing outright (no place to read from it)."""

    text: str
    target: LiteralTarget
    ref: str  # central / collective / local body id, or kind id
    via: str
    form: Form | None = None  # the registry's form it was made by: a short form's per marker, its template (团{marker}委)
    region: str | None = None
    note: str | None = None
    marker: str | None = None  # the level marker written inside a short form (团市委: 市)


@dataclass(frozen=True)
class PatternForm:
    """A written form of a local kind with placeholders, compiled."""

    kind: str
    form: Form
    pattern: KeptPattern  # compiled on first use when read back from the cache
    placeholders: tuple[str, ...]
    # The literal text every match opens with, and what it ends with (its last literal, or that
    # before a final newline, as ``$`` allows): a name that lacks them is not tried against the
    # pattern (most names are looked up against a hundred patterns, of which they match one at most).
    # (``text.startswith(head) and text.endswith(ends)``: never false where the pattern matches).
    head: str = ""
    ends: tuple[str, ...] = ("",)


@dataclass(frozen=True)
class KindForm:
    """What the remainder of a composed name says: the kind, and the office word written (None
    for a whole form such as 中院)."""

    kind: str
    branch: Literal["government", "party", "other"]
    infix: bool
    office: str | None


@dataclass(frozen=True)
class SecondNameForm:
    """A place's body of one kind that is its body of another kind by a second name (上海市林业局 is
    上海市绿化和市容管理局), as departments.toml's ``second_name`` gives it: kept as a plain record, so that
    reading the registry back imports none of the data files' schemas."""

    region: str
    kind: str
    body: str
    note: str
    since: int | None


#: The registry's parts that resolving the names of a plan that names no local body never reads
#: (the entries behind the indexes): pickled apart and read back on first use.
_READ_ON_FIRST_USE = ("kinds", "central", "collectives", "local_bodies", "systems", "relations", "successor",
                      "official_names")


class Registry(PickledApart):
    """Central bodies, collectives, one-of-a-kind local bodies and kinds of local body, indexed.

    Pickled (the cache every command reads back), the entries behind the indexes
    (``_READ_ON_FIRST_USE``) are kept apart, together, so that the relations ``successor`` and
    ``relations`` both hold stay one object each: a plan naming no local body (a national one)
    resolves through the indexes and never reads them."""

    READ_ON_FIRST_USE = _READ_ON_FIRST_USE

    def __init__(self, departments: DepartmentsFile, gazetteer: Gazetteer, roles: RolePhrases) -> None:
        self.gazetteer = gazetteer
        self.roles = roles
        self.name_parts: NameParts = departments.names
        self.subordinate_pattern = subordinate_pattern(departments.subordinate)
        self.subordinate = regex.compile(self.subordinate_pattern)
        ranked = ranked_pattern(departments.subordinate)
        # the zones of a rank under the region (国家级开发区): a rank opens no place's own body, and its 省 is no level word
        self.subordinate_ranked = regex.compile(ranked) if ranked is not None else None
        self.zone_ranks: tuple[str, ...] = tuple(departments.subordinate.ranks)
        units = sorted(departments.subordinate.units, key=len, reverse=True)  # the longest unit where several start
        self.subordinate_unit = regex.compile("|".join(map(regex.escape, units)))
        self.unit_tiers = dict(departments.subordinate.unit_tiers)
        self.town_units = frozenset(departments.subordinate.town_units)
        self.not_in_towns = frozenset(departments.subordinate.not_in_towns)
        self.quarter_words = frozenset(departments.subordinate.quarter_words)
        self.subordinate_units: tuple[str, ...] = tuple(units)
        self.subordinate_quantifiers: tuple[str, ...] = tuple(departments.subordinate.quantifiers)
        self.running_quantifiers: tuple[str, ...] = tuple(departments.subordinate.running_quantifiers)
        self.running_counted = frozenset(departments.subordinate.running_counted)
        self.subordinate_counted: tuple[str, ...] = tuple(departments.subordinate.counted)
        self.central = _unique(departments.central, "central")
        self.collectives = _unique(departments.collective, "collective")
        levels = "(?:" + "|".join(regex.escape(w) for w in self.name_parts.collective_levels) + ")"
        # {system}: any vertical system's name before its place (国家外汇管理局, 人民银行), longest first
        prefixes = sorted({p for s in departments.system for p in s.prefixes if p}, key=len, reverse=True)
        systems = "(?:" + "|".join(regex.escape(p) for p in prefixes) + ")"
        self.collective_phrases = tuple((KeptPattern(regex.compile(p.replace("{level}", levels).replace("{system}", systems))),
                                         c.id)
                                        for c in departments.collective for p in c.patterns)
        self.collective_phrase_any = first_fullmatch([pattern.compiled for pattern, _ in self.collective_phrases])
        """The collectives' phrases as one pattern (:func:`first_fullmatch`): a name is tried against
        all of them in one pass instead of one call a phrase, or None where one of them has groups."""
        self.local_bodies = _unique(departments.local_body, "local_body")
        self.kinds: dict[str, Kind] = _unique(departments.kind, "kind")
        self.systems: dict[str, System] = _unique(departments.system, "system")
        self.relations = departments.relation
        self.official_names = {(o.region, o.kind): o.name for o in departments.official_name}
        self.second_names = {(o.region, o.kind): SecondNameForm(o.region, o.kind, o.body, o.note, o.since)
                             for o in departments.second_name}
        self.successor: dict[str, Relation] = {}
        self.markers = tuple(sorted(((m, tier) for tier, ms in self.name_parts.markers.items() for m in ms),
                                    key=lambda item: len(item[0]), reverse=True))
        """The level markers with their tier, longest first (自治区 before 区): the first a name ends
        or opens with is the one it writes."""
        self.marker_words: tuple[str, ...] = tuple(marker for marker, _ in self.markers)
        """The level markers alone, longest first, for ``startswith`` and membership."""
        self._validate(departments)
        self.literals: dict[str, LiteralForm] = {}
        self._index_literals()
        self.patterns = tuple(self._compile_patterns())
        self.collective_patterns = tuple(self._compile_collectives())
        self.compose = self._index_compose()
        self.area_committee = {area: kind.id for kind in self.kinds.values() for area in kind.areas}
        self.committee_forms = frozenset(form for kind in self.kinds.values() if kind.areas for form in kind.forms)
        self.committee_forms_longest_first = longest_first(self.committee_forms)
        self.topic_forms = tuple(sorted(((word, kind.id) for kind in self.kinds.values() for word in kind.topics),
                                        key=lambda item: len(item[0]), reverse=True))
        """The words ending a body's name after its topic, with their kind (longest first)."""
        self.predecessors: dict[str, tuple[tuple[str, dt.date], ...]] = {}
        """Each kind the local reforms made of former ones, with those kinds and the day each became it (生态环境局:
        the 环境保护局, 2019-03-31), held as plain data so that reading a name needs no kind built."""
        for kind in self.kinds.values():
            if kind.successor is not None:
                self.predecessors[kind.successor.kind] = (*self.predecessors.get(kind.successor.kind, ()),
                                                          (kind.id, kind.successor.date))
        self.underived_kinds = frozenset(kind.id for kind in self.kinds.values() if not kind.derived)
        """The kinds whose stems alone make no names (derived = false): most former departments (卫生局 before 2019;
        not the banking regulators' branches) and the offices named in full only (爱卫办, 食安办, the Party's
        offices), held as plain data as above."""

    # Validation ------------------------------------------------------------------------------

    def _validate(self, data: DepartmentsFile) -> None:
        ids = [*self.central, *self.collectives, *self.local_bodies]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise RegistryError(DEPARTMENTS_FILE, None, f"id(s) used by more than one entry: {sorted(duplicates)}")

        def central(ref: str | None, entry: str, what: str) -> None:
            if ref is not None and ref not in self.central:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"{what} {ref!r} is not a central body")

        def region(ref: str, entry: str) -> None:
            if ref not in self.gazetteer.regions:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"region {ref!r} is not in {REGIONS_FILE}")

        for kind in self.name_parts.government_safety_committees.values():
            if kind not in self.kinds:
                raise RegistryError(DEPARTMENTS_FILE, "names.government_safety_committees", f"{kind!r} is not a kind")
        for kind in self.name_parts.zone_foreign_kinds:
            if kind not in self.kinds:
                raise RegistryError(DEPARTMENTS_FILE, "names.zone_foreign_kinds", f"{kind!r} is not a kind")
        for body in self.central.values():
            entry = f"central {body.id!r}"
            central(body.managed_by, entry, "managed_by")
            central(body.host, entry, "host")
        for index, relation in enumerate(self.relations):
            entry = f"relation #{index + 1} ({relation.source} → {relation.target})"
            central(relation.source, entry, "from")
            central(relation.target, entry, "to")
            if relation.follow:
                if relation.source in self.successor:
                    raise RegistryError(DEPARTMENTS_FILE, entry, f"{relation.source!r} already has a successor to follow")
                self.successor[relation.source] = relation
        for body in self.local_bodies.values():
            entry = f"local_body {body.id!r}"
            region(body.region, entry)
            central(body.counterpart, entry, "counterpart")
        for system in self.systems.values():
            central(system.id, f"system {system.id!r}", "id")
        offices = self.name_parts.offices
        for kind in self.kinds.values():
            entry = f"kind {kind.id!r}"
            for counterpart in kind.counterparts:
                central(counterpart, entry, "counterpart")
            for fixed in kind.fixed:
                region(fixed.region, entry)
            for host in kind.hosts:
                region(host, entry)
            for tier, named in kind.places.items():
                for place in named:
                    region(place.place, entry)
                    if self.gazetteer.region(place.place).tier != tier:
                        raise RegistryError(DEPARTMENTS_FILE, entry, f"place {place.place!r} is not at tier {tier!r}")
            if kind.system is not None and kind.system not in self.systems:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"system {kind.system!r} is not under [[system]]")
            for joined in kind.joins:
                if joined not in self.kinds or self.kinds[joined].joins:
                    raise RegistryError(DEPARTMENTS_FILE, entry, f"joined kind {joined!r} is not a kind that joins none")
            for other in kind.above.values():
                if other not in self.kinds:
                    raise RegistryError(DEPARTMENTS_FILE, entry, f"kind above {other!r} is not a kind")
            if kind.successor and kind.successor.kind not in self.kinds:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"successor kind {kind.successor.kind!r} is not a kind")
            for dated in kind.successor.place_dates if kind.successor else ():
                region(dated.place, entry)  # a mistyped id would date no place, silently
            for office in (*kind.office.values(), *kind.offices):
                if office not in offices:
                    raise RegistryError(DEPARTMENTS_FILE, entry, f"office word {office!r} is not under [names.offices]")
        for second in self.second_names.values():
            entry = f"second_name {second.region}/{second.kind}"
            region(second.region, entry)
            for kind_id in (second.kind, second.body):
                if kind_id not in self.kinds:
                    raise RegistryError(DEPARTMENTS_FILE, entry, f"kind {kind_id!r} is not a kind")
            if (second.region, second.body) in self.second_names:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"{second.body!r} is itself a second name there")
        for official in self.official_names:
            entry = f"official_name {official[0]}/{official[1]}"
            region(official[0], entry)
            if official[1] not in self.kinds:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"kind {official[1]!r} is not a kind")

    def _index_literals(self) -> None:
        def add(form: LiteralForm, entry: str) -> None:
            held = self.literals.get(form.text)
            if held is not None and (held.target, held.ref) != (form.target, form.ref):
                raise RegistryError(DEPARTMENTS_FILE, entry,
                                    f"{form.text!r} is already a form of {held.target} {held.ref!r}")
            if held is None:
                self.literals[form.text] = form

        for body in self.central.values():
            entry = f"central {body.id!r}"
            add(LiteralForm(body.name, "central", body.id, "name"), entry)
            add(LiteralForm(body.full_name, "central", body.id, "full_name"), entry)
            for alias in body.aliases:
                add(LiteralForm(alias, "central", body.id, "alias"), entry)
            for typo in body.typos:
                add(LiteralForm(typo.text, "central", body.id, "typo", note=typo.note), entry)
            # A body whose full name opens with 国家 is written so before its short name too
            # (国家中医药局, 国家疾控局: 国卫办医政函〔2023〕199号), unless that names another body:
            # a form of its name made by rule, not an alias to be evidenced.
            national = _NATIONAL + body.name
            if body.full_name.startswith(_NATIONAL) and not body.name.startswith(_NATIONAL) \
                    and national not in self.literals:
                add(LiteralForm(national, "central", body.id, "name"), entry)
        for collective in self.collectives.values():
            for phrase in collective.phrases:
                add(LiteralForm(phrase, "collective", collective.id, "collective"), f"collective {collective.id!r}")
        for body in self.local_bodies.values():
            add(LiteralForm(body.name, "local_body", body.id, "name"), f"local_body {body.id!r}")
            for alias in (*body.aliases, *body.local_aliases):
                add(LiteralForm(alias, "local_body", body.id, "alias"), f"local_body {body.id!r}")
        for kind in self.kinds.values():
            entry = f"kind {kind.id!r}"
            for form in kind.short:
                if "{" + MARKER + "}" not in form.match:
                    add(LiteralForm(form.match, "short", kind.id, "short_form", form=form), entry)
                    continue
                # 团{marker}委: one form per level marker (团市委, 团县委, 团省委 …), each holding the template it
                # was made from: what a form says beside its text (its title, flag, note, tiers, provinces) is the
                # template's, and one form of the template's instead of one a marker (525 pydantic models) is a
                # sixth of the time every command takes to read the registry back
                for marker, _ in self.markers:
                    text = form.match.replace("{" + MARKER + "}", marker)
                    add(LiteralForm(text, "short", kind.id, "short_form", form=form, marker=marker), entry)
            for form in kind.bare:
                add(LiteralForm(form.match, "bare", kind.id, "stem", form=form), entry)
            for fixed in kind.fixed:
                for match in self.branch_forms(kind, fixed.match):
                    for written in self.written_forms(kind, match):
                        add(LiteralForm(written, "fixed", kind.id, "fixed", region=fixed.region,
                                        form=Form(match=written, full=fixed.full, kept=fixed.kept)), entry)
        # A central body's full name is written without the state's name before it too (国家卫生健康委员会 for
        # 中华人民共和国国家卫生健康委员会, 退役军人事务部): a form made by rule, after every other form, so that it
        # never takes a form another body or kind holds.
        for body in self.central.values():
            opening = next((o for o in self.name_parts.central_title_openings if body.full_name.startswith(o)), None)
            rest = body.full_name[len(opening):] if opening else ""
            if rest and rest not in self.literals:
                add(LiteralForm(rest, "central", body.id, "full_name"), f"central {body.id!r}")
        clashes = sorted(text for text in self.literals if self.gazetteer.find_place(text))
        if clashes:
            raise RegistryError(DEPARTMENTS_FILE, None, f"form(s) also names of places in {REGIONS_FILE}: {clashes}")

    def _compile_patterns(self) -> Iterator[PatternForm]:
        for kind in self.kinds.values():
            prefixes = self.systems[kind.system].prefixes if kind.system else ()
            for form in kind.patterns:
                for match in self.branch_forms(kind, form.match):
                    pattern, names = _template_regex(match, prefixes)
                    head, tail = _literal_ends(match)
                    yield PatternForm(kind.id, form, KeptPattern(pattern), names, head, (tail, tail + "\n"))
                    if "{city}" in match:
                        # the prefectures not named 〈short〉市 written in full, as the title renders them
                        # (中国人民银行阿克苏地区中心支行; see resolve._render)
                        variant = match.replace("{city}市", "{city}", 1).replace("{city}", f"{{{CITY_NAME}}}", 1)
                        pattern, names = _template_regex(variant, prefixes)
                        head, tail = _literal_ends(variant)
                        yield PatternForm(kind.id, form, KeptPattern(pattern), names, head, (tail, tail + "\n"))

    def _compile_collectives(self) -> Iterator[PatternForm]:
        for kind in self.kinds.values():
            for form in kind.collective:
                head, _, tail = form.match.partition("{sub}")
                pattern = regex.compile(f"^{regex.escape(head)}(?P<sub>{self.subordinate_pattern}){regex.escape(tail)}$")
                yield PatternForm(kind.id, form, KeptPattern(pattern), (SUBORDINATE,), head, (tail, tail + "\n"))

    def _index_compose(self) -> dict[str, tuple[KindForm, ...]]:
        """Every remainder a composed name may leave once its place is off, with the kinds it names.

        The stems and office words written in the data file are indexed as they stand (two kinds
        sharing one is an error); the forms the naming rules derive from them (see
        :func:`derived_stems`, a commission's 委, a clipped stem before 委) are added where they
        name one kind only, and dropped where two kinds would share them."""
        found: dict[str, list[KindForm]] = {}
        derived: dict[tuple[str, str], list[KindForm]] = {}
        former_generic: dict[tuple[str, str], list[KindForm]] = {}

        def add(rest: str, form: KindForm, entry: str) -> None:
            held = found.setdefault(rest, [])
            clash = [f for f in held if f.branch == form.branch and f.kind != form.kind]
            if clash:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"{rest!r} is already a form of kind {clash[0].kind!r}")
            if all(f.kind != form.kind for f in held):
                held.append(form)

        parts = self.name_parts
        offices = parts.offices
        for kind in self.kinds.values():
            if kind.areas:
                continue  # a committee follows its area, not a place: see committee_forms
            entry = f"kind {kind.id!r}"
            words = tuple(dict.fromkeys((*kind.office.values(), *kind.offices)))
            for stem in kind.stems:
                for office in words:
                    for written in (office, *offices[office]):
                        add(stem + written, KindForm(kind.id, kind.branch, kind.infix, office), entry)
            for rest in kind.forms:
                add(rest, KindForm(kind.id, kind.branch, kind.infix, None), entry)
                for word, short in parts.government_short.items():
                    if rest.startswith(word) and rest != word:  # 府办公室 for 政府办公室; 府 alone names nothing
                        derived.setdefault((short + rest[len(word):], kind.branch), []).append(
                            KindForm(kind.id, kind.branch, kind.infix, None))
            commission = (parts.commission,) if parts.commission and kind.branch == "government" and kind.derived else ()
            # 区城管分局: a department's branch in a district (names.branch_offices), as the city's
            # office in the district is (市生态环境局东坡分局); a former kind's too (区国土分局, 区规划分局:
            # 昆明市官渡区 2016, the city's land and planning bureaus' offices in the district)
            commission += tuple(parts.branch_offices) if kind.branch == "government" else ()
            # the stems made of the kinds joined or of the functions already hold every order, so the
            # naming rules add none to them
            stems = dict.fromkeys((*(s for stem in kind.stems for s in derived_stems(stem, parts)),
                                   *joined_stems(kind, self.kinds, parts), *function_stems(kind, parts)))
            for office in dict.fromkeys((*words, *commission)):
                for written in (office, *offices[office]):
                    for stem in stems:
                        rests = [stem + written]
                        if written in parts.clipped_before and len(stem) >= 2 and office in words:
                            rests.append(stem[:-1] + written)
                        for rest in rests:
                            if rest not in parts.not_clipped:
                                derived.setdefault((rest, kind.branch), []).append(
                                    KindForm(kind.id, kind.branch, kind.infix, office))
            if kind.branch == "government" and kind.derived:
                # 商务主管部门, 市场监管部门: the body in charge of the stem, whatever its office word.
                for stem in dict.fromkeys(s for stem in kind.stems for s in derived_stems(stem, parts) if len(s) >= 2):
                    for written in parts.generic_offices:
                        derived.setdefault((stem + written, kind.branch), []).append(
                            KindForm(kind.id, kind.branch, kind.infix, None))
            elif kind.branch == "government" and kind.successor is not None:
                # 卫生部门, 国土部门 in a plan of 2010: the body in charge of a former department's own stem
                # (written as it stands), read at the document's date as the kind's other names are (its
                # successor after the successor's date); only where no current kind's form says the same
                for stem in (s for s in kind.stems if len(s) >= 2):
                    for written in parts.generic_offices:
                        former_generic.setdefault((stem + written, kind.branch), []).append(
                            KindForm(kind.id, kind.branch, kind.infix, None))
        for (rest, branch), forms in derived.items():
            kinds = {f.kind for f in forms}
            held = [f for f in found.get(rest, ()) if f.branch == branch]
            if len(kinds) == 1 and not held:
                found.setdefault(rest, []).append(forms[0])
        for (rest, branch), forms in former_generic.items():
            kinds = {f.kind for f in forms}
            if len(kinds) == 1 and (rest, branch) not in derived \
                    and not any(f.branch == branch for f in found.get(rest, ())):
                found.setdefault(rest, []).append(forms[0])
        return {rest: tuple(forms) for rest, forms in found.items() if rest not in parts.not_composed}

    # Look-ups --------------------------------------------------------------------------------

    def branch_forms(self, kind: Kind, template: str) -> tuple[str, ...]:
        """``template`` and, where it ends with a branch word its system writes short (营业管理部: 营管部), the same
        with the short word; only the kind's own system's (another system's 营业管理部 keeps its word)."""
        if kind.system is None:
            return (template,)
        shorts = self.systems[kind.system].branch_short
        word = next((w for w in sorted(shorts, key=len, reverse=True) if template.endswith(w)), None)
        return (template,) if word is None else (template, template.removesuffix(word) + shorts[word])

    def written_forms(self, kind: Kind, template: str) -> tuple[str, ...]:
        """``template`` with ``{system}`` replaced by each form of the kind's system's name (the
        template itself when it holds none)."""
        head, marker, tail = template.partition(f"{{{SYSTEM}}}")
        if not marker or kind.system is None:
            return (template,)
        return tuple(head + prefix + tail for prefix in self.systems[kind.system].prefixes)

    def official_name(self, region_id: str, kind_id: str) -> str | None:
        return self.official_names.get((region_id, kind_id))

    def forms(self) -> Iterator[str]:
        """Every literal form the registry knows (names, aliases, typos, phrases, short forms, stems)."""
        yield from self.literals

    # A registry is itself (the look-ups cached per registry hash it on every call): object's own
    # identity hash and equality, not a method of ours that returns id(self), which cost a Python call
    # each time (some six thousand in an ``extract`` of a plan).
    __hash__ = object.__hash__
    __eq__ = object.__eq__


def subordinate_pattern(subordinate: Subordinate) -> str:
    """The regular expression (without groups) of a phrase standing for the places under a region:
    a quantifier and a run of level words, or two level words (各市县, 各县（市、区）, 各市、县, 市县),
    then any named areas after 、 (各市〔州〕、贵安新区)."""
    def grouped(word: str) -> str:  # a level word and the level words it brackets after it (各县（市、区）)
        return f"{word}(?:[（(〔]{word}(?:[、，,]{word})*[）)〕])?"

    unit = _alternation(subordinate.units)
    group = grouped(unit)
    # a word of ``units_only_before`` opens no run but before one of its words; after another level word it is one of
    # the run's tiers (各乡镇、街区: 邓州's towns and 街、区, as 各乡镇（街区） brackets them)
    first = _only_before(subordinate) + group
    runs = [f"{_alternation(subordinate.quantifiers)}{first}(?:、?{group})*", f"{first}、?{group}(?:、?{group})*"]
    if subordinate.counted:
        # a number counts places of a county's tier and above only (the level words with a tier): before a town's
        # level word it opens the town's own name (三乡镇, 五乡镇, 三街镇), and no level word may follow the counted run
        counted_group = grouped(_alternation(u for u in subordinate.units if u in subordinate.unit_tiers))
        runs.append(f"{_alternation(subordinate.counted)}{counted_group}(?:、?{counted_group})*(?!{unit})")
    ranked = ranked_pattern(subordinate)
    if ranked is not None:
        runs.append(ranked)
    run = "(?:" + "|".join(runs) + ")"
    if not subordinate.named_areas:
        return run
    return f"{run}(?:[、及]\\p{{Han}}{{2,8}}?{_alternation(subordinate.named_areas)})*"


def ranked_pattern(subordinate: Subordinate) -> str | None:
    """The regular expression (without groups) of the zones of a rank under a region (国家级开发区, 各省级经开区),
    a quantifier or none, a rank and a zone's word; None where the data file names no ranks."""
    if not (subordinate.ranks and subordinate.ranked_units):
        return None
    return f"{_alternation(subordinate.quantifiers)}?{_alternation(subordinate.ranks)}{_alternation(subordinate.ranked_units)}"


def _only_before(subordinate: Subordinate) -> str:
    """A lookahead (empty where there is none) that no word of ``units_only_before`` starts but before one of its
    words: neither as itself nor as the shorter level words it is made of (街区 is 街 and 区 too)."""
    return "".join(f"(?!{regex.escape(word)}(?!{_alternation(after)}))"
                   for word, after in subordinate.units_only_before.items())


def _alternation(words: Iterable[str]) -> str:
    """A regular expression (one group, no capture) of any of ``words``, the longest first."""
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def derived_stems(stem: str, parts: NameParts) -> tuple[str, ...]:
    """A stem and the forms the naming rules make of it: a conjunction left out (规划和自然资源 →
    规划自然资源) and the two conjoined parts swapped (自然资源和规划 → 规划和自然资源, 规划自然资源)."""
    forms = [stem]
    for conjunction in parts.conjunction or ():
        halves = stem.split(conjunction)
        if len(halves) == 2 and all(halves):
            first, second = halves
            forms += [first + second, second + conjunction + first, second + first]
    return tuple(dict.fromkeys(forms))


def joined_stems(kind: Kind, kinds: dict[str, Kind], parts: NameParts) -> tuple[str, ...]:
    """The stems of a merged bureau made from the kinds it joins (``kind.joins``): a stem of the first
    and a stem of the second, each written without its own conjunctions (工业和信息化 → 工业信息化),
    joined by a conjunction or by nothing, in either order: 科技和经信, 科学技术经济信息化,
    工业信息化和科技."""
    if len(kind.joins) != 2:
        return ()
    conjunctions = tuple(parts.conjunction or ())

    def plain(joined: Kind) -> list[str]:
        forms = (stem if not conjunctions else regex.sub("|".join(map(regex.escape, conjunctions)), "", stem)
                 for stem in joined.stems)
        return list(dict.fromkeys(forms))

    first, second = (plain(kinds[k]) for k in kind.joins)
    return tuple(dict.fromkeys(
        x + joiner + y for a in first for b in second for x, y in ((a, b), (b, a)) for joiner in ("", *conjunctions)))


def function_stems(kind: Kind, parts: NameParts) -> tuple[str, ...]:
    """The stems a bureau joining several functions is named by (``kind.functions``): the first
    required function, then the other required ones and any of the optional ones in any order, all
    written in full (a conjunction may stand before the last: 文化体育和旅游; or after the first, the
    others run on: 文化和广电旅游体育, 桐乡市 2020; a function with two full forms in either: 文化广电和旅游,
    文化广播电视和旅游) or all abbreviated (文体旅, 文广旅体)."""
    if kind.functions is None:
        return ()
    first, *others = kind.functions.required
    optional = kind.functions.optional
    conjunctions = tuple(parts.conjunction or ())
    stems: list[str] = []
    for size in range(len(optional) + 1):
        for chosen in itertools.combinations(optional, size):
            for order in itertools.permutations((*others, *chosen)):
                for full in itertools.product(*(f[:-1] for f in (first, *order))):
                    stems.append("".join(full))
                    if len(full) > 1:
                        stems.extend("".join(full[:-1]) + c + full[-1] for c in conjunctions)
                    if len(full) > 2:
                        stems.extend(full[0] + c + "".join(full[1:]) for c in conjunctions)
                stems.append(first[-1] + "".join(f[-1] for f in order))
    return tuple(dict.fromkeys(stems))


def _unique(entries: Iterable[Any], what: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for entry in entries:
        if entry.id in found:
            raise RegistryError(DEPARTMENTS_FILE, f"{what} {entry.id!r}", "id given twice")
        found[entry.id] = entry
    return found


def _literal_ends(template: str) -> tuple[str, str]:
    """The literal text a pattern's template opens with and ends with (before its first and after
    its last placeholder, ``{system}`` included): what :func:`_template_regex` matches literally there."""
    parts = list(string.Formatter().parse(template))
    if not parts:
        return "", ""
    head = parts[0][0]
    last_literal, last_name = parts[-1][0], parts[-1][1]
    return head, (last_literal if last_name is None else "")


def _template_regex(template: str, prefixes: tuple[str, ...] = ()) -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """The regular expression of a pattern: each place placeholder a named group, ``{system}`` any
    of ``prefixes`` (the longest tried first)."""
    parts: list[str] = []
    names: list[str] = []
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(regex.escape(literal))
        if name == SYSTEM:
            parts.append(_alternation(prefixes))
        elif name is not None:
            if name in names:
                raise ValueError(f"placeholder {{{name}}} twice in {template!r}")
            names.append(name)
            parts.append(f"(?P<{name}>.+?)")
    return regex.compile("^" + "".join(parts) + "$"), tuple(names)


def first_fullmatch(patterns: list[regex.Pattern[str]]) -> KeptPattern | None:
    """One pattern matching a whole text where any of ``patterns`` does, its group ``c<i>`` the first of
    them that does (``match.lastgroup``); None where one of them has groups of its own (a number or a
    name they would share) or flags, which the one pattern could not keep apart.

    A body's name is asked of every phrase of the collectives (市直各有关单位, 国务院有关部门: 34 of
    them) before anything else is tried; most names are none of them, and each phrase tried was a call
    of its own. Alternatives are tried in their order and a whole match needs one of them whole, so the
    first phrase matching the whole text is the alternative the one pattern matches with."""
    plain = regex.compile("").flags  # the flags a pattern of text gets without any of its own
    if not patterns or any(p.groups or p.flags & ~plain for p in patterns):
        return None
    return KeptPattern(regex.compile("|".join(f"(?P<c{i}>{p.pattern})" for i, p in enumerate(patterns))))

