"""Give every department and region mention of a document an identity, keeping the raw wording.

``normalise_document`` is the normalise stage of the flow: it parses each measure's
responsibility cells into (body, role) mentions, resolves bodies against the department registry
and places against the gazetteer, decides the measure's scope, and reports what it found
(typos, old names, unresolved names, areas outside the round) as warnings on the measure.

A measure's departments are read from its responsibility, then its 上级部门 and cooperating
lists, then the bodies a document's convention adds to every measure it concerns (column
``convention``). The conventions also say how a 责任单位 list that names no lead reads (第一责任单位为
牵头单位: the first leads; 其他为配合单位: the others assist). A convention read downwards (下同,
本条及以下) concerns the measures from where it is stated (``Convention.applies_to``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from pilotplans.normalizers.models import Context, Mention, RegionScope, Role
from pilotplans.schema.models import LOCAL_LEVELS, Convention, DepartmentLink, Document, Measure, RegionLink, Warning

if TYPE_CHECKING:
    from pilotplans.normalizers.registry import Gazetteer, Region

_LEVEL_TO_CONTEXT = {"national": "central", "provincial": "provincial", "municipal": "municipal", "county": "county",
                     # a township's plan names its county's bodies (县商务局) and its own (镇财政所): read at the county's tier
                     "township": "county"}
# Which kind of scope wins when a measure names several (a named list is the most precise).
_SCOPE_ORDER = ("listed", "all", "qualified", "related", "subordinate", "none")
# Default role of a column that prints no role phrases.
_COLUMN_ROLE = {"superior": "policy", "cooperating": "assist"}


def document_context(document: Document) -> tuple[Context, list[Warning]]:
    """The context the document's mentions are read against, and a warning if its region or its
    round is unknown. A round naming no pilot round the gazetteer holds (a manifest's ``round =
    2020`` for a service-opening plan, the year being service-trade's) is read as no round, and told:
    it stopped the reading with an internal error, after first being told as an unknown region."""
    from pilotplans.normalizers.resolve import make_context, pilot_round

    level = _LEVEL_TO_CONTEXT.get(document.level or "", "central")
    round_, warnings = document.round, []
    if round_ is not None and pilot_round(document.programme, round_) is None:
        warnings.append(Warning(code="round_unknown", message=_round_unknown(document.programme, round_)))
        round_ = None
    try:
        context = make_context(region=document.region, level=level, date=document.date,
                               programme=document.programme, round=round_, issuer=document.issuer)
    except KeyError:
        warnings.append(Warning(code="region_unknown", message=_region_unknown(document.region)))
        return make_context(level=level, date=document.date, programme=document.programme, round=round_,
                            issuer=document.issuer), warnings
    outside = _outside_round(context)
    return context, warnings + ([Warning(code="round_outside", message=outside)] if outside else [])


def _outside_round(context: Context) -> str | None:
    """Why a local document's round cannot be its own, or None: its place is none of the round's pilot areas, lies
    inside none and holds none (a manifest's ``round = 2022`` of service-opening for 重庆's plan, that round being six
    other cities'). Its 试点地区 then read as the round's areas, none of them the plan's: told, not changed — the
    round is the manifest's to mend. A province's plan holding a pilot city (广东 and 广州) is the round's."""
    from pilotplans.normalizers.registry import load_registry

    if context.region is None or context.round is None or context.level == "central":
        return None
    gazetteer = load_registry().gazetteer
    pilot_round = gazetteer.rounds[context.round]
    if gazetteer.in_round(pilot_round, context.region) \
            or any(context.region in gazetteer.ancestors(m) for m in pilot_round.members):
        return None
    return (f"the document's place {gazetteer.region(context.region).name} is none of round {context.round}'s "
            "pilot areas and holds none: its 试点地区 read as that round's areas — check the round it is given")


def _round_unknown(programme: str | None, round_: int | str) -> str:
    """Why the document's round gives no pilot areas, naming the rounds the gazetteer holds."""
    from pilotplans.normalizers.registry import load_registry

    held = ", ".join(sorted(load_registry().gazetteer.rounds))
    of = f" of {programme}" if programme else ""
    return (f"the document's round {round_}{of} is no pilot round the gazetteer holds ({held}); "
            "its pilot areas (试点地区) are not read")


def _region_unknown(region: str | None) -> str:
    """Why the document's region places nothing: no place bears the name, or several do (宝山区 is
    上海's and 双鸭山's)."""
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    bearing = gazetteer.candidates(region) if region else ()
    if len(bearing) > 1:
        names = "、".join(gazetteer.region(r.parent).name + r.name if r.parent else r.name for r in bearing)
        return f"the document's region {region!r} names several places ({names}); local names are not placed"
    return f"the document's region {region!r} is not in the gazetteer; local names are not placed"


def parse_cell(text: str, column: str, *, label: str | None = None, prose: bool = False,
               conventions: Sequence[Convention] = ()) -> list[Mention]:
    """The mentions of one cell (or one prose item's list).

    Role phrases and labels (牵头单位：X) give roles. In a table, a cell that prints neither is read
    by the lead-first convention (the first group before ``，`` leads, the rest assist), as local
    tables write it, unless the document states its own (``conventions``). In a prose task list a
    list without phrases is carried out by its bodies (``label``: the label printed before it, 责任
    单位 or 牵头单位), read by the document's conventions.
    """
    from pilotplans.normalizers.responsibility import parse_responsibility

    if column in _COLUMN_ROLE:
        return parse_responsibility(text, default_role=_COLUMN_ROLE[column], label=label)
    reads_lists = any(c.kind in ("first_lead", "others_role", "marked_lead") for c in conventions)
    if prose:
        return read_prose_lists(text, label, conventions).mentions
    mentions = parse_responsibility(text, label=label)
    bodies = [m for m in mentions if m.side == "body"]
    # a note singling out the partners by a mark (加*号为配合部门) reads the lists printing that mark only: a list
    # printing none is read as the document without the note reads it (review r_mend38: every body carried out)
    partner_marks = {c.body for c in conventions if c.kind == "marked_role" and c.body}
    reads_lists = reads_lists or any(m.mark in partner_marks for m in bodies)
    if bodies and all(m.role is None for m in bodies):
        if reads_lists:
            return apply_list_conventions(parse_responsibility(text, default_role="carry_out"), conventions)
        return parse_responsibility(text, convention="lead_first")
    return apply_list_conventions(mentions, conventions)


def apply_list_conventions(mentions: list[Mention], conventions: Sequence[Convention]) -> list[Mention]:
    """Mentions of a 责任单位 list read by the document's conventions, where the text names no lead
    itself (by a label, a role phrase or 牵头 after a body): the first body leads (first_lead) and
    the other bodies carried out — by label, by default or by a phrase such as 按职责分工负责 — take
    the stated role (others_role); a body printed after a mark the document says leads (marked_lead: 标☆的为
    牵头单位) leads, the others taking the stated role (标☆的为牵头单位，其他为配合单位) or staying as listed; a body
    printed with a mark the document says takes a role (marked_role: 加*号为配合部门) takes it, the unmarked leading."""
    first_lead = any(c.kind == "first_lead" for c in conventions)
    others: Role | None = next((c.role for c in conventions if c.kind == "others_role"), None)  # type: ignore[misc]
    marks = {c.body for c in conventions if c.kind == "marked_lead" and c.body}
    if any(m.role == "lead" for m in mentions):
        return mentions
    partners = {c.body: c.role for c in conventions if c.kind == "marked_role" and c.body}
    partnered = {i: partners[m.mark] for i, m in enumerate(mentions) if _listed(m) and m.mark in partners}
    if partnered:
        return [replace(m, role=partnered[i], roles=(partnered[i],), role_source="convention") if i in partnered  # type: ignore[arg-type]
                else replace(m, role="lead", roles=("lead",), role_source="convention") if _listed(m)
                else m for i, m in enumerate(mentions)]
    marked = [i for i, m in enumerate(mentions) if _listed(m) and m.mark in marks]
    if marked:
        return [replace(m, role="lead", roles=("lead",), role_source="convention") if i in marked
                else replace(m, role=others, roles=(others,), role_source="convention") if others and _listed(m)
                else m for i, m in enumerate(mentions)]
    if not first_lead and others is None:
        return mentions
    listed = [i for i, m in enumerate(mentions) if _listed(m)]
    out = list(mentions)
    for order, i in enumerate(listed):
        role: Role | None = "lead" if i == 0 and first_lead else (others if order and others else None)
        if role is not None:
            out[i] = replace(mentions[i], role=role, roles=(role,), role_source="convention")
    return out


def _listed(mention: Mention) -> bool:
    """Whether a mention is one of a list's bodies carried out as listed (by label, by default or by a phrase
    such as 负责), the bodies a list convention reads."""
    return mention.role_source in ("label", "default", "phrase") and mention.role == "carry_out"


@dataclass(frozen=True)
class ProseLists:
    """The mentions of a prose item's lists read by the document's conventions, and the bodies a convention
    would have made carry out what another of the item's lists says they lead (``disagreeing``: kept leading)."""

    mentions: list[Mention]
    disagreeing: tuple[str, ...] = ()


def read_prose_lists(text: str, label: str | None, conventions: Sequence[Convention]) -> ProseLists:
    """The mentions of a prose item's owners (its brackets' lists joined by ；), read by the document's list
    conventions.

    Where no list names a lead, or the document states no first-listed-leads convention (其他部门为配合部门
    alone says nothing of which list a lead's body belongs to), the whole reads as one list
    (:func:`apply_list_conventions`). Where one does
    (…（省科技厅牵头）。…（省科技厅、省发改委等负责。列第一位的为牵头部门，下同）), each list cut by ； that
    names no lead is judged alone: one whose first body is a body the item says leads reads as the convention
    says (that body leads, the others take the stated role), the two readings agreeing, never leaving a body
    both leading and carrying out; one listing such a body later (省发改委、省科技厅等负责) disagrees with the
    list naming it lead: the lead is kept, the body's place in the list dropped, and the body told
    (``disagreeing``); a list naming only other bodies (or a bracket's own lead, 牵头单位：X；责任单位：Y)
    reads as printed."""
    from pilotplans.normalizers.responsibility import parse_responsibility

    mentions = parse_responsibility(text, default_role="carry_out", label=label)
    leads = {m.name for m in mentions if m.role == "lead" and m.side == "body"}
    if not leads or not any(c.kind == "first_lead" for c in conventions):
        return ProseLists(apply_list_conventions(mentions, conventions))
    out: list[Mention] = []
    disagreeing: list[str] = []
    for clause in dict.fromkeys(m.clause for m in mentions):
        own = [m for m in mentions if m.clause == clause]
        bodies = [m for m in own if m.side == "body"]
        if any(m.role == "lead" for m in own) or not bodies or not any(_listed(m) and m.name in leads for m in bodies):
            out.extend(own)
        elif own[0].side == "body" and _listed(own[0]) and own[0].name in leads:
            out.extend(apply_list_conventions(own, conventions))
        else:
            disagreeing.extend(m.name for m in own if _listed(m) and m.name in leads)
            out.extend(m for m in own if not (_listed(m) and m.name in leads))
    return ProseLists(out, tuple(dict.fromkeys(disagreeing)))


def convention_mentions(conventions: Sequence[Convention]) -> list[Mention]:
    """The bodies the document's conventions add to every measure (各区政府负责落实，不再列出)."""
    from pilotplans.normalizers.responsibility import parse_responsibility

    mentions: list[Mention] = []
    for convention in conventions:
        if convention.kind == "added_body" and convention.body:
            role: Role = convention.role or "carry_out"  # type: ignore[assignment]
            mentions.extend(replace(m, role=role, roles=(role,), role_source="convention")
                            for m in parse_responsibility(convention.body, default_role=role))
    return mentions


def _department(mention: Mention, column: str, context: Context) -> tuple[DepartmentLink, list[Warning]]:
    from pilotplans.normalizers.resolve import resolve_body

    found = resolve_body(mention.name, context)
    link = DepartmentLink(
        raw=mention.text, column=column, id=found.id, name=found.name, role=mention.role,  # type: ignore[arg-type]
        role_phrase=mention.role_phrase, level=found.level, counterpart=found.counterpart_id,
        counterpart_name=found.counterpart_name, region=found.region, via=found.via, flags=list(found.flags),
    )
    warnings = []
    if not found.resolved:
        near = f" (near: {', '.join(found.suggestions)})" if found.suggestions else ""
        warnings.append(Warning(code="department_unresolved", message=f"{column}: {mention.text!r} names no body of the registry{near}"))
    elif found.is_typo:
        warnings.append(Warning(code="department_typo", message=f"{column}: {mention.text!r} is a misspelling of {found.name}"))
    elif found.is_old_name:
        written = f" (written {mention.text!r})"
        warnings.append(Warning(code="department_old_name", message=f"{column}: an old name of {found.name}{written}"))
    elif "nonstandard" in found.flags:
        warnings.append(Warning(code="department_nonstandard", message=f"{column}: {mention.text!r} is not the body's usual name; read as {found.name}"))
    return link, warnings


def _unnamed_actor(mention: Mention, column: str, context: Context) -> DepartmentLink | None:
    """A place phrase that names no place but acts in the cell (试点地区负责推进, 有关省（自治区、
    直辖市）, 各市县): listed among the measure's actors as a collective of level ``other``, while
    named places (北京、深圳等试点地区) stay on the region side only."""
    from pilotplans.normalizers.resolve import resolve_body

    found = resolve_body(mention.name, context)
    if found.via != "scope":
        return None
    return DepartmentLink(
        raw=mention.text, column=column, id=found.id, name=found.name, role=mention.role,  # type: ignore[arg-type]
        role_phrase=mention.role_phrase, level=found.level, counterpart=None, counterpart_name=None,
        region=found.region, via=found.via, flags=list(found.flags),
    )


def _regions(scope: RegionScope, source: str, names: _RegionNames) -> list[RegionLink]:
    if scope.areas:
        return [RegionLink(raw=scope.raw, id=area, name=names.get(area), source=source) for area in scope.areas]  # type: ignore[arg-type]
    return []


def _region_warnings(scope: RegionScope, where: str) -> list[Warning]:
    warnings = []
    if scope.unresolved:
        warnings.append(Warning(code="region_unresolved", message=f"{where}: places not in the gazetteer: {'、'.join(scope.unresolved)}"))
    if scope.outside_round:
        warnings.append(Warning(code="region_outside_round", message=f"{where}: named areas that are not pilot areas of this round: {'、'.join(scope.outside_round)}"))
    return warnings


def _strongest(kinds: Iterable[str]) -> str:
    kinds = set(kinds)
    return next((k for k in _SCOPE_ORDER if k in kinds), "none")


class _RegionNames:
    """The gazetteer's name of a region by its id (``get``: None for an id it does not hold), looked
    up as asked: a plan's measures name a few dozen regions of the 3,355, and a table of every
    name was built at each start for them."""

    def __init__(self, regions: Mapping[str, Region]) -> None:
        self._regions = regions

    def get(self, region_id: str | None) -> str | None:
        region = self._regions.get(region_id) if region_id is not None else None
        return None if region is None else region.name


@lru_cache(maxsize=1)
def _region_names() -> _RegionNames:
    from pilotplans.normalizers.registry import load_registry

    return _RegionNames(load_registry().gazetteer.regions)


def _lists_in_no_order(remark: str) -> bool:
    """Whether an item's remark says its list of bodies is printed in no order (排名不分先后)."""
    from pilotplans.normalizers.simplified import fold
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return any(word in fold(remark) for word in vocabulary().unranked_remarks)


def normalise_measure(measure: Measure, document: Document, context: Context) -> Measure:
    """``measure`` with its departments, regions and scope filled in, and what was found reported."""
    from pilotplans.normalizers.resolve import resolve_regions
    from pilotplans.normalizers.responsibility import leading_bodies_shared

    names = _region_names()
    departments: list[DepartmentLink] = []
    regions: list[RegionLink] = []
    kinds: list[str] = []
    warnings: list[Warning] = []
    prose = any(t.index == measure.table and t.kind == "task_list" for t in document.tables)
    conventions = [c for c in document.conventions if c.applies_to(measure.position, measure.table)]
    if measure.remarks and _lists_in_no_order(measure.remarks):
        # （市农委、市自然资源局。排名不分先后）: the item says its list has no first, whatever the plan's
        # convention on the order of lists (排名第一的为牵头单位，下同)
        conventions = [c for c in conventions if c.kind not in ("first_lead", "others_role")]
    for column in ("responsibility", "superior", "cooperating"):
        text = getattr(measure, column)
        if not text:
            continue
        if column == "responsibility":
            text = _without_remark(text, measure.remarks)
        label = measure.responsibility_label if column == "responsibility" else None
        if prose and column == "responsibility":
            lists = read_prose_lists(text, label, conventions)
            mentions = _own_place_parts(lists.mentions, context)
            warnings.extend(Warning(code="lead_disagreed", message=_lead_disagreed(name)) for name in lists.disagreeing)
        else:
            mentions = _own_place_parts(parse_cell(text, column, label=label, prose=prose, conventions=conventions), context)
        for mention in leading_bodies_shared(mentions, context):
            if mention.side == "body":
                link, found = _department(mention, column, context)
                if prose and any(_same_actor(d, link) for d in departments):
                    continue  # named again by a later sentence's bracket (…（区市场局、X）。…（区市场局）。)
                departments.append(link)
                warnings.extend(found)
                continue
            scope = resolve_regions(mention.text, context.round)
            kinds.append(scope.kind)
            regions.extend(_regions(scope, "responsibility", names))
            warnings.extend(_region_warnings(scope, column))
            if mention.left_as_printed:
                warnings.append(Warning(code="list_item_left_as_printed", message=f"{column}: {mention.left_as_printed}"))
            actor = _unnamed_actor(mention, column, context)
            if actor is not None:
                departments.append(actor)
    for mention in convention_mentions(conventions):
        link, found = _department(mention, "convention", context)
        if any(d.raw == link.raw or (link.id is not None and d.id == link.id) for d in departments):
            continue  # the measure names the body itself (where the convention is stated, say)
        departments.append(link)
        warnings.extend(found)
    if measure.scope:
        scope = resolve_regions(measure.scope, context.round)
        kinds = [scope.kind]
        regions = _regions(scope, "scope", names)
        warnings.extend(_region_warnings(scope, "scope"))
    elif document.level == "national" and not kinds and (default := _default_scope(context)):
        regions = [RegionLink(raw="", id=area, name=names.get(area), source="default") for area in default]
        kinds = ["listed"]
    if not regions and document.level in LOCAL_LEVELS and context.region:
        # A local plan's measure applies to the plan's own region unless it names others.
        regions = [RegionLink(raw=document.region or "", id=context.region, name=names.get(context.region), source="document")]
        kinds = kinds or ["listed"]
    regions = list({(r.id, r.source): r for r in regions}.values())
    return measure.model_copy(update={
        "departments": departments, "regions": regions, "scope_kind": _strongest(kinds),
        "warnings": [*measure.warnings, *warnings],
    })


def _lead_disagreed(name: str) -> str:
    """Why a body the item says leads is not read as carrying out too, though a list names it after its first.
    The item's brackets reach here joined by ；, as are one bracket's own lists, so the message says the two
    may be one bracket (where the warning is no disagreement)."""
    return (f"responsibility: {name} leads by one of the item's lists and stands after the first body of another, "
            "which the document's convention (the first listed leads) reads as carrying out: kept as the lead "
            "— check which part of the item each list owns; the lists may be one bracket's (X牵头；Y、X负责), "
            "whose own lead the convention does not override")


def _same_actor(first: DepartmentLink, second: DepartmentLink) -> bool:
    """Whether two links of one measure name the same body, in the same words, in the same role
    from the same column.

    A prose item that closes each sentence with its owners names a body once per sentence; the
    measure's departments list it once. Two wordings that resolve to one body (省政府各部门、各直属
    机构: both the government's units) are two mentions, kept. (A table cell naming a body twice is
    left as it reads.)
    """
    return (first.raw, first.id, first.column, first.role) == (second.raw, second.id, second.column, second.role)


def _own_place_parts(mentions: list[Mention], context: Context) -> list[Mention]:
    """``mentions`` with a collective naming the document's own place in its run of level words
    (各区、市财政局 in a plan of a city with districts only) read as the two bodies it names
    (:func:`pilotplans.normalizers.resolve.own_place_split`), the second keeping the first's role."""
    from pilotplans.normalizers.resolve import own_place_split

    out: list[Mention] = []
    for mention in mentions:
        parts = own_place_split(mention.name, context) if mention.side == "body" else None
        if parts is None:
            out.append(mention)
            continue
        out.extend(replace(mention, text=part, reads_as=None) for part in parts)
    return out


def _without_remark(text: str, remark: str | None) -> str:
    """A prose item's responsibility without the remark printed after its bodies (…负责。具体任务均
    涉及各区，下同): the remark names no body of this list; nor do those printed after the lists of its
    earlier sentences' brackets (…牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同；…等负责).
    The remarks are joined by ；, and one may print a ； itself (列第一位的为牵头部门；未列出的为配合部门，下同): the
    longest run of pieces printed after a full stop is taken off first."""
    pieces = remark.split("；") if remark else []
    last = pieces[-1] if pieces else None
    if last and text.rstrip("。 ").endswith(last):
        text = text.rstrip("。 ")[: -len(last)].rstrip("。．.，, ")
        if len(pieces) > 1 and text.endswith(pieces[-2]) and text[:-len(pieces[-2])].rstrip().endswith(tuple("，,；;")):
            # the list's last clause stated one before the full stop (…、区政府,列第一位的为牵头单位,下同。以下均需…)
            text = text[: -len(pieces[-2])].rstrip("，,；; ")
    for run in _runs_longest_first(pieces) if pieces and "。" in text else ():  # each run is taken off after a 。 only
        if f"。{run}" in text:
            text = text.replace(f"。{run}", "", 1)
    return text


def _runs_longest_first(pieces: list[str]) -> list[str]:
    """Each run of consecutive pieces joined by ；, the longest first."""
    runs = {"；".join(pieces[i:j]) for i in range(len(pieces)) for j in range(i + 1, len(pieces) + 1)}
    return sorted((run for run in runs if run), key=len, reverse=True)


def _default_scope(context: Context) -> tuple[str, ...]:
    from pilotplans.normalizers.registry import load_registry

    if context.round is None:
        return ()
    pilot_round = load_registry().gazetteer.rounds.get(context.round)
    return pilot_round.default_scope if pilot_round else ()


def _issuer_s_place(document: Document, gazetteer: Gazetteer) -> str | None:
    """The document's region where it names its issuer's place too: a region its head reads or its caller gives,
    or one inferred (``region_inferred``, ``region_from_text``) only where its 文号 opens as that place's own series
    does (蔡政办〔2023〕1号: 蔡甸区's office; :func:`~pilotplans.normalizers.place.doc_no_opens_with`). A region inferred from the places its title, text or
    bodies name is whom the plan speaks of, not who issues it (市人民政府关于支持枝江市…的实施意见 is 宜昌's, placed at
    枝江 by its title): None, the issuer left as printed, its place unsaid rather than wrong."""
    from pilotplans.normalizers.place import INFERRED, TEXT_PLACED, doc_no_opens_with

    if document.region is None or not any(w.code in (INFERRED, TEXT_PLACED) for w in document.warnings):
        return document.region
    region = gazetteer.lookup_written(document.region)
    return document.region if region is not None and doc_no_opens_with(document.doc_no, document.title, region, gazetteer) else None


def normalise_document(document: Document, level_given: bool = False) -> Document:
    """The document with every measure's departments, regions and scope resolved (and its region,
    when its metadata gives none, as its title names it: :mod:`pilotplans.normalizers.place`);
    ``level_given``: its level is the caller's (a manifest's hints), which its bodies do not overrule."""
    from pilotplans.normalizers.place import placed
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.parsers.issuer_place import issuer_with_place

    gazetteer = load_registry().gazetteer
    document = placed(document, gazetteer, level_given)
    # 区人民政府办公室 of the place kept (蔡甸区's), where that place names the issuer: see _issuer_s_place
    issuer = issuer_with_place(document.issuer, None, _issuer_s_place(document, gazetteer))
    if issuer != document.issuer:
        document = document.model_copy(update={"issuer": issuer})
    context, warnings = document_context(document)
    measures = [normalise_measure(m, document, context) for m in document.measures]
    return document.model_copy(update={"measures": measures, "warnings": [*document.warnings, *warnings]})
