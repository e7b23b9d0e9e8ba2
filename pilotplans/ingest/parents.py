"""Which national plan a local plan implements: by the 文号 it cites, else by its best match.

A local implementation plan cites the plan it implements by its 文号 (根据《…的批复》（国函〔2020〕
111号）…) or by its title alone (为贯彻落实《全面深化服务贸易创新发展试点总体方案》); the reader keeps every document
cited as ``citations`` (the first 文号 as ``parent_doc_no``). :func:`link_parent` links a document to the
national plan among the candidates it is given that its citations name (:func:`pilotplans.plan_titles.cited_plans`:
by 文号, or by a title's matter); where its 文号 name one of them and titles others, to the one its 文号 names;
among several cited otherwise, to the one its measures match best, warned
``parent_cited_several``. A plan that cites none — or cites none a candidate has — is linked to the national plan whose measures it matches best, when that
match is clear (a share of its measures of ``INFER_FLOOR`` or more find a close national measure,
and no other candidate comes within ``INFER_MARGIN``); the document then carries a
``parent_inferred`` warning that says so, with the figures. A plan whose measures match none clearly
is linked to the one national plan whose title its own title is with a place before it
(:func:`titled_after`: 厦门市 + the State Council's table's title), said in the same warning. Either
way it takes its parent's round and programme where it has none; a plan still without a programme takes
the one its title names (:mod:`pilotplans.ingest.programmes`), national plans too. A local plan linked to
none is said by the rebuild (:mod:`pilotplans.ingest.unlinked`).

:func:`parent_link` tells afterwards how a stored document was linked: ``cited`` (a 文号 it cites is its
parent's, or it cites several stored plans), ``cited_title`` (a title it cites alone names its parent),
``inferred`` (the warning), ``given`` (the manifest named the parent), or ``none``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pilotplans.doc_numbers import same_doc_no
from pilotplans.errors import shown_id, shown_ids
from pilotplans.patterns import compiled
from pilotplans.plan_titles import Cites, cited_plans, names_plan, title_matter, with_parent_number
from pilotplans.schema.models import Document, Warning

if TYPE_CHECKING:
    from pilotplans.normalizers.registry.gazetteer import Gazetteer

#: Share of a plan's measures that must find a close national measure for its parent to be inferred.
INFER_FLOOR = 0.30
#: How far ahead of the next candidate the best one must be.
INFER_MARGIN = 0.10
#: Share of a measure's character pairs a national measure must hold to count as close.
CLOSE = 0.60
INFERRED = "parent_inferred"
CITED_SEVERAL = "parent_cited_several"

_CONTENT = compiled(r"[\p{Han}A-Za-z0-9]+")

LinkKind = Literal["cited", "cited_title", "inferred", "given", "none"]


@dataclass(frozen=True)
class ParentLink:
    """How a document is linked to the national plan it implements."""

    document: str
    parent: str | None
    how: LinkKind
    detail: str


@functools.lru_cache(maxsize=65536)
def _bigrams(text: str) -> frozenset[str]:
    chars = "".join(_CONTENT.findall(text))
    return frozenset(chars[k:k + 2] for k in range(len(chars) - 1))


@dataclass(frozen=True)
class _Targets:
    """A national plan's measures as sets of character pairs, and which measures hold each pair."""

    pairs: tuple[frozenset[str], ...]
    holders: dict[str, tuple[int, ...]]


@functools.lru_cache(maxsize=64)
def _targets(texts: tuple[str, ...]) -> _Targets:
    pairs = tuple(_bigrams(text) for text in texts)
    holders: dict[str, list[int]] = {}
    for k, measure in enumerate(pairs):
        for pair in measure:
            holders.setdefault(pair, []).append(k)
    return _Targets(pairs, {pair: tuple(found) for pair, found in holders.items()})


def _has_close(pairs: frozenset[str], targets: _Targets) -> bool:
    """Whether some target holds at least ``CLOSE`` of ``pairs``. Only the targets holding one of
    the ``len(pairs) - need + 1`` rarest pairs are compared: a target without any of them holds
    at most ``need - 1`` pairs (the same answer as comparing every target, far faster)."""
    need = math.ceil(CLOSE * len(pairs))
    rarest = sorted(pairs, key=lambda pair: len(targets.holders.get(pair, ())))[:len(pairs) - need + 1]
    candidates = {k for pair in rarest for k in targets.holders.get(pair, ())}
    return any(len(pairs & targets.pairs[k]) >= need for k in candidates)


def match_share(local: Document, national: Document) -> float:
    """Share of ``local``'s measures for which some measure of ``national`` holds at least
    ``CLOSE`` of its character pairs."""
    measures = [b for b in (_bigrams(m.text) for m in local.measures) if b]
    if not measures or not national.measures:
        return 0.0
    targets = _targets(tuple(m.text for m in national.measures))
    close = sum(1 for pairs in measures if _has_close(pairs, targets))
    return close / len(measures)


def _is_local(document: Document) -> bool:
    return document.level not in (None, "national") or (document.level is None and document.region is not None)


def link_parent(document: Document, candidates: Sequence[Document]) -> Document:
    """``document`` linked to its parent among ``candidates`` (national plans), with the parent's
    round and programme where it has none, else the programme its title names (:func:`with_title_programme`);
    only that when it is national or already linked to a plan that is not among the candidates."""
    if not _is_local(document):
        return with_title_programme(document)
    nationals = [c for c in candidates if c.level == "national" and c.id != document.id]
    by_id = {c.id: c for c in nationals}
    parent = by_id.get(document.parent or "")
    update: dict[str, object] = {}
    if parent is None and document.parent is None:
        cited = _cited_by_number_first(citations_of(document), nationals)
        if len(cited) == 1:
            parent = cited[0]
            update["parent"] = parent.id
        elif cited:
            parent, message = _best_cited(document, cited)
            update["parent"] = parent.id
            update["warnings"] = [*document.warnings, Warning(code=CITED_SEVERAL, message=message)]
        else:
            cites = (f"it cites {document.parent_doc_no}, which no stored plan has"
                     if document.parent_doc_no else "it cites no 文号 of the plan it implements")
            inferred = infer_parent(document, nationals)
            titled = titled_after(document, nationals) if inferred is None else None
            if inferred is not None:
                parent, share, runner_up = inferred
                update["parent"] = parent.id
                update["warnings"] = [*document.warnings, Warning(code=INFERRED, message=(
                    f"{cites}; linked to {shown_id(parent.id)} by its measures: {share:.0%} of them have a close "
                    f"measure there (next best plan: {runner_up:.0%})"))]
            elif titled is not None:
                parent, place = titled
                update["parent"] = parent.id
                update["warnings"] = [*document.warnings, Warning(code=INFERRED, message=(
                    f"{cites}, and its measures match no stored plan clearly; linked to {shown_id(parent.id)} by its title, "
                    f"which is that plan's title with its place ({place}) before it"))]
    if parent is not None:
        parent = parent if parent.programme is not None else with_title_programme(parent)
        if document.round is None and parent.round is not None:
            update["round"] = parent.round
        if document.programme is None and parent.programme is not None:
            update["programme"] = parent.programme
    return with_title_programme(document.model_copy(update=update) if update else document)


def _cited_by_number_first(citations: Sequence[Cites], nationals: Sequence[Document]) -> list[Document]:
    """The plans ``citations`` name; where their 文号 name exactly one of them, that one alone — a 文号 says which
    plan is meant where a title beside it names another (海南's plan citing 国函〔2020〕111号 and, in its text,
    《海南自由贸易港建设总体方案》)."""
    cited = cited_plans(citations, nationals)
    if len(cited) > 1:
        by_number = cited_plans([c for c in citations if c.doc_no], nationals)
        if len(by_number) == 1:
            return by_number
    return cited


def citations_of(document: Document) -> list[Cites]:
    """What ``document`` cites, with the 文号 it cites as its parent's where none of them prints it
    (:func:`~pilotplans.plan_titles.with_parent_number`)."""
    return with_parent_number(document.citations, document.parent_doc_no)


def _best_cited(document: Document, cited: Sequence[Document]) -> tuple[Document, str]:
    """Of several plans ``document`` cites, the one its measures match best (the first cited of those matching
    alike), and the ``parent_cited_several`` warning saying so, with each plan's share."""
    shares = [(match_share(document, plan), -k, plan) for k, plan in enumerate(cited)]
    share, _, best = max(shares, key=lambda s: s[:2])
    others = ", ".join(f"{shown_id(plan.id)}: {value:.0%}" for value, _, plan in shares if plan is not best)
    return best, (f"it cites several stored plans as the plans it carries out ({shown_ids(plan.id for plan in cited)}); "
                  f"linked to {shown_id(best.id)}, whose measures it matches best: {share:.0%} of them have a close "
                  f"measure there ({others})")


def with_title_programme(document: Document) -> Document:
    """``document`` with the programme its title names (and that programme's round where the title says
    which), where neither the manifest nor its parent gave it one (:mod:`pilotplans.ingest.programmes`)."""
    from pilotplans.ingest.programmes import title_programme
    from pilotplans.normalizers.registry import load_registry

    if document.programme is not None:
        return document
    named = title_programme(document, load_registry().gazetteer)
    if named is None:
        return document
    update: dict[str, object] = {"programme": named.programme}
    if document.round is None and named.round is not None:
        update["round"] = named.round
    return document.model_copy(update=update)


def infer_parent(document: Document, nationals: Sequence[Document]) -> tuple[Document, float, float] | None:
    """The national plan ``document`` matches best, its share and the next best share, when the
    match is clear (see the module docstring); else None."""
    scored = sorted(((match_share(document, n), n.id, n) for n in nationals), key=lambda s: (-s[0], s[1]))
    if not scored:
        return None
    best, _, plan = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best < INFER_FLOOR or best - runner_up < INFER_MARGIN:
        return None
    return plan, best, runner_up


def titled_after(document: Document, nationals: Sequence[Document]) -> tuple[Document, str] | None:
    """The one national plan whose title ``document``'s title is with a place before it (厦门市 +
    全面深化服务贸易创新发展试点任务、具体举措及责任分工: a city's copy of the State Council's table), and
    that place as written; None when no national title of :func:`title_least` characters or more fits with a
    place the gazetteer knows before it, or when several do (two rounds' plans of one title). A title
    another ends with (深化… of 全面深化…) fits only where a place stands before it; a place before 实施方案 names no
    plan of the State Council's (:func:`~pilotplans.plan_titles.title_least`: a matter and a plan's kind)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.simplified import fold
    from pilotplans.plan_titles import title_least

    gazetteer = load_registry().gazetteer
    title = fold(document.title or "")
    least = title_least()
    fitting = [(n, place) for n in nationals
               if len(own := fold(n.title or "")) >= least and title.endswith(own) and len(title) > len(own)
               and _is_place(place := title[:-len(own)], gazetteer)]
    return fitting[0] if len(fitting) == 1 else None


def _is_place(text: str, gazetteer: Gazetteer) -> bool:
    """Whether ``text`` names one place the gazetteer knows (厦门市, 福建省), not a scope or a group."""
    match = gazetteer.find_place(text)
    return match is not None and match.region is not None


def link_parents(documents: Iterable[Document], candidates: Sequence[Document] = ()) -> list[Document]:
    """Each of ``documents`` linked to its parent among themselves and ``candidates`` (stored plans)."""
    documents = list(documents)
    pool = {c.id: c for c in candidates}
    pool.update((d.id, d) for d in documents if d.level == "national")
    return [link_parent(d, list(pool.values())) for d in documents]


def parent_link(document: Document, parent: Document | None) -> ParentLink:
    """How a (stored) document is linked to ``parent``, the plan its ``parent`` names."""
    if document.parent is None:
        return ParentLink(document.id, None, "none", "no parent: it cites no stored plan's 文号 and matches none clearly")
    inferred = next((w for w in document.warnings if w.code == INFERRED), None)
    if inferred is not None:
        return ParentLink(document.id, document.parent, "inferred", inferred.message)
    several = next((w for w in document.warnings if w.code == CITED_SEVERAL), None)
    if several is not None:
        return ParentLink(document.id, document.parent, "cited", several.message)
    cited = document.parent_doc_no
    if parent is not None and cited and parent.doc_no and same_doc_no(parent.doc_no, cited):
        return ParentLink(document.id, document.parent, "cited", f"it cites {cited}")
    naming = next((c for c in citations_of(document) if parent is not None and names_plan(c, parent)), None)
    if naming is not None and naming.doc_no:
        return ParentLink(document.id, document.parent, "cited", f"it cites {naming.doc_no}")
    if naming is not None and parent is not None:
        return ParentLink(document.id, document.parent, "cited_title", (
            f"it cites 《{naming.title}》, the plan of {title_matter(naming.title)} that the title of {shown_id(parent.id)} "
            "names"))
    return ParentLink(document.id, document.parent, "given", "named by the manifest")
