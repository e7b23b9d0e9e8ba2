"""Aligning the measures of two plans: candidate scores → links → relations.

The steps, each a pure function of what the previous one returned:

1. :func:`prepare` cuts both documents into :class:`~pilotplans.diff.similarity.Profile` s and
   weighs their words (idf over the measures of both documents);
2. :func:`score_matrix` gives the weighted-word cosine of every (source, derived) pair;
3. :func:`assign` links measures one to one, best pair first, where the cosine reaches
   ``settings.link``; a derived measure whose best source is already taken becomes a second
   *split* part of it when it lies inside the source and repeats little of the first part;
4. :func:`fill_in_order` links what is left where the plan's order and the words support it
   (the source lies between the sources of the nearest linked neighbours);
   :func:`link_contained` links a short derived measure one of whose clauses a free source
   measure holds (支持在武汉设立外资专业健康保险机构 ← national 24's first clause), or makes it a
   further split part of a source already linked to a measure carrying another part;
   :func:`link_mutual` links a derived measure and a free source that are each other's best match,
   clearly, one carrying a clause of the other whole (a measure a new round rewrote and moved);
   :func:`link_joined` links a derived measure that joins whole clauses of two or more free sources,
   too little alike to any one of them to be linked alone, to all of them;
5. :func:`find_merges` adds a second source to a derived measure one of whose clauses — a
   sentence or a comma clause — comes from another source measure and not from its own
   (*merged*); :func:`fill_beside_merges` then links by order what is still left, a merged
   neighbour standing in the national order from its first source to its last;
6. :func:`label` names every link: ``merged`` (a derived measure with several sources),
   ``split`` (a source with several derived parts), else what the clause alignment of the two
   says (:mod:`pilotplans.diff.relation`: ``same``, ``adapted`` or ``split`` for a measure that
   carries whole parts of its source and nothing else), ``local`` (no source) and ``dropped``
   (a source not taken up).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from pilotplans.diff.relation import ClauseAlignment, align_clauses, decide, found_share
from pilotplans.diff.rounds import ONE_SIDED_REASONS
from pilotplans.diff.segment import Segmenter
from pilotplans.diff.settings import DiffSettings
from pilotplans.diff.similarity import (
    Clause,
    PlacePredicate,
    Profile,
    coverage,
    idf_weights,
    kept_profile,
    load_clause_rules,
    load_stopwords,
    mass,
    place_predicate,
    region_id,
    weighted_vector,
)
from pilotplans.schema.models import Document, Measure


def comparable_text(measure: Measure) -> str:
    """What is compared of a measure: its wording, followed by its 政策保障措施 rows (2018 layout)."""
    if not measure.policies:
        return measure.text
    return "。".join([measure.text.rstrip("。"), *(p.text.rstrip("。") for p in measure.policies)]) + "。"


@dataclass(frozen=True)
class Side:
    """One document's measures, ready to compare."""

    document: Document
    profiles: tuple[Profile, ...]
    word_sets: tuple[frozenset[str], ...]
    vectors: tuple[dict[str, float], ...]


@dataclass(frozen=True)
class Prepared:
    """The two sides of a diff made ready to compare, the words' weights (``idf``) and the test of a place's name."""

    source: Side
    derived: Side
    idf: dict[str, float]
    is_place: PlacePredicate = place_predicate(None)


def prepare(source: Document, derived: Document, segmenter: Segmenter) -> Prepared:
    stopwords = load_stopwords()
    src_profiles = tuple(kept_profile(comparable_text(m), source.region, segmenter, stopwords) for m in source.measures)
    dst_profiles = tuple(kept_profile(comparable_text(m), derived.region, segmenter, stopwords) for m in derived.measures)
    idf = idf_weights([p.words for p in src_profiles + dst_profiles])

    def side(document: Document, profiles: tuple[Profile, ...]) -> Side:
        return Side(
            document,
            profiles,
            tuple(frozenset(p.words) for p in profiles),
            tuple(weighted_vector(p.words, idf) for p in profiles),
        )

    return Prepared(side(source, src_profiles), side(derived, dst_profiles), idf, place_predicate(derived.region))


def score_matrix(prepared: Prepared) -> list[list[float]]:
    """``matrix[i][j]``: cosine of source measure ``i`` and derived measure ``j``."""
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vector in enumerate(prepared.source.vectors):
        for word, value in vector.items():
            index[word].append((i, value))
    n_src, n_dst = len(prepared.source.vectors), len(prepared.derived.vectors)
    matrix = [[0.0] * n_dst for _ in range(n_src)]
    for j, vector in enumerate(prepared.derived.vectors):
        for word, value in vector.items():
            for i, other in index.get(word, ()):
                matrix[i][j] += value * other
    return matrix


@dataclass
class Pair:
    """A link under construction: source index ``i``, derived index ``j`` (None for none)."""

    i: int | None
    j: int | None
    score: float
    basis: str
    split_part: bool = False


@dataclass
class Assignment:
    """Links found so far: the primary source of each derived measure, and extra (merge) pairs."""

    primary: dict[int, Pair] = field(default_factory=dict)  # by derived index
    merges: list[Pair] = field(default_factory=list)


def assign(prepared: Prepared, matrix: list[list[float]], settings: DiffSettings) -> Assignment:
    """One-to-one links, best pair first, plus split parts (see the module docstring, step 3)."""
    result = Assignment()
    taken: dict[int, list[int]] = {}
    candidates = sorted(
        ((score, i, j) for i, row in enumerate(matrix) for j, score in enumerate(row) if score >= settings.link),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    for score, i, j in candidates:
        if j in result.primary:
            continue
        if i not in taken:
            taken[i] = [j]
            result.primary[j] = Pair(i, j, score, "similarity")
        elif is_split_part(prepared, i, j, taken[i], settings):
            taken[i].append(j)
            part = coverage(prepared.derived.word_sets[j], prepared.source.word_sets[i], prepared.idf)
            result.primary[j] = Pair(i, j, part, "containment", split_part=True)
    return result


def is_split_part(prepared: Prepared, i: int, j: int, others: Sequence[int], settings: DiffSettings) -> bool:
    """Whether derived measure ``j`` carries another part of source ``i`` than ``others`` do."""
    idf = prepared.idf
    words = prepared.derived.word_sets[j]
    if coverage(words, prepared.source.word_sets[i], idf) < settings.split_part:
        return False
    return all(coverage(words, prepared.derived.word_sets[k], idf) <= settings.split_overlap for k in others)


def link_mutual(prepared: Prepared, matrix: list[list[float]], assignment: Assignment,
                settings: DiffSettings) -> Assignment:
    """Links below ``settings.link`` that neither plan's order need support (step 4c), made after the
    order's and the contained clauses' links, so that none of them anchors an order link: a derived measure
    still unlinked and a free source that are each other's best match, their cosine at least
    ``settings.mutual_floor``, the derived measure's best source ahead of its second by
    ``settings.mutual_lead``, one clause of either carried whole in the other (:func:`_carries_a_clause`),
    and the words of the two supporting it (:func:`_supported`). A new round rewrites a measure and moves
    it to another part (national-2020 42 restates 2018's #21 重点服务贸易伙伴合作 in its part 二: 0.33, its
    next source 0.16). Only plans known to be of one programme take any (:func:`_of_one_programme`): a mutual best
    match between plans of two says only that two measures share a topic."""
    if not _of_one_programme(prepared):
        return assignment
    n_src = len(matrix)
    n_dst = len(matrix[0]) if matrix else 0
    taken = {pair.i for pair in assignment.primary.values()}
    primary = dict(assignment.primary)
    for j in range(n_dst):
        if j in primary or n_src < 2:
            continue
        ranked = sorted(range(n_src), key=lambda i: (-matrix[i][j], i))
        i, second = ranked[0], matrix[ranked[1]][j]
        score = matrix[i][j]
        if i in taken or score < settings.mutual_floor or score - second < settings.mutual_lead:
            continue
        if max(range(n_dst), key=lambda k: (matrix[i][k], -k)) != j or not _supported(prepared, i, j, settings):
            continue
        if not _carries_a_clause(prepared, i, j, settings):
            continue
        taken.add(i)
        primary[j] = Pair(i, j, score, "similarity")
    return Assignment(primary, list(assignment.merges))


def link_joined(prepared: Prepared, matrix: list[list[float]], assignment: Assignment,
                settings: DiffSettings) -> Assignment:
    """Sources of a derived measure still unlinked that joins clauses of two or more source measures, none
    alike enough to the whole to be linked alone (step 4d): each of its clauses of weight ``settings.merge_mass``
    or more is found for ``settings.merge_clause`` in one free source, whose co-equal parts the measure
    carries one of for ``settings.merge_part``, two or more sources so found, and the clauses they explain
    hold all but ``settings.same_added`` of the measure's weight. The measure is linked to the source of the
    highest cosine and merges the others (发挥好服务贸易创新发展引导基金作用，扩大出口信用保险对服务贸易的支持:
    2018's #36 and #37, 0.38 with each). Only plans known to be of one programme take any (:func:`_of_one_programme`)."""
    if not _of_one_programme(prepared):
        return assignment
    idf, is_place = prepared.idf, prepared.is_place
    taken = {pair.i for pair in assignment.primary.values()} | {pair.i for pair in assignment.merges}
    primary, merges = dict(assignment.primary), list(assignment.merges)
    for j in range(len(prepared.derived.profiles)):
        if j in primary:
            continue
        clauses = [c for c in prepared.derived.profiles[j].clauses if not c.frame]
        total = sum(mass(c.words, idf) for c in clauses)
        found: dict[int, float] = {}
        explained = 0.0
        for clause in clauses:
            weight = mass(clause.words, idf)
            if weight < settings.merge_mass:
                continue
            best_i, best = None, 0.0
            for i, source_words in enumerate(prepared.source.word_sets):
                if i in taken:
                    continue
                share = found_share(clause.words, source_words, idf, is_place)
                if share > best:
                    best_i, best = i, share
            if best_i is None or best < settings.merge_clause:
                continue
            carried = max((found_share(tuple(part), prepared.derived.word_sets[j], idf, is_place)
                           for part in _part_words(prepared.source.profiles[best_i])), default=0.0)
            if carried < settings.merge_part:
                continue
            found[best_i] = max(found.get(best_i, 0.0), best)
            explained += weight
        if len(found) < 2 or not total or explained / total < 1.0 - settings.same_added:
            continue
        first = max(found, key=lambda i: (matrix[i][j], -i))
        primary[j] = Pair(first, j, matrix[first][j], "similarity")
        merges.extend(Pair(i, j, share, "clause") for i, share in sorted(found.items()) if i != first)
        taken.update(found)
    return Assignment(primary, merges)


def _of_one_programme(prepared: Prepared) -> bool:
    """Whether both plans' programmes are known and the same: the steps that link measures by likeness alone, with
    no order to support it (:func:`link_mutual`, :func:`link_joined`), run only then. A plan whose programme is not
    known (read on the fly by :func:`pilotplans.read`, or a file whose title names none) may be of another: the 2025
    service-opening list read so against national-2018 took 54 (境外…基金为绿色项目提供投融资) ← #36 (服务贸易创新发展
    引导基金) and 48 (跨境人民币结算) ← #17 + #40, topical links between two programmes."""
    source, derived = prepared.source.document, prepared.derived.document
    return bool(source.programme) and source.programme == derived.programme


def _carries_a_clause(prepared: Prepared, i: int, j: int, settings: DiffSettings) -> bool:
    """Whether one clause of source ``i`` is found in derived ``j``, or one of ``j`` in ``i``, for at least
    ``settings.clause_carried`` of its weight (clauses lighter than ``settings.light_mass`` aside): a measure
    restated, not two that share a topic's words (2020's 国际服务贸易合作园区 measure carries 2018's
    加强与重点服务贸易伙伴合作 whole; 厦门's 跨境金融区块链服务平台, 0.31 with 2018's 外资银行人民币业务 and
    no clause of either in the other, does not)."""
    idf, is_place = prepared.idf, prepared.is_place
    pairs = ((prepared.source.profiles[i], prepared.derived.word_sets[j]),
             (prepared.derived.profiles[j], prepared.source.word_sets[i]))
    return any(found_share(words, other, idf, is_place) >= settings.clause_carried
               for profile, other in pairs for c in profile.clauses if not c.frame
               for words in (c.words, c.lead) if mass(words, idf) >= settings.light_mass)


def fill_in_order(prepared: Prepared, matrix: list[list[float]], assignment: Assignment,
                  settings: DiffSettings) -> Assignment:
    """Links below ``settings.link`` that the order of the plans supports (step 4).

    Derived measure ``j`` may take source ``i`` when the nearest linked derived measures before
    and after ``j`` are linked to sources before and after ``i``, at most ``settings.order_gap``
    source measures lie between those two, the cosine reaches ``settings.order_floor``, and the
    words of the two support it (:func:`_supported`: a local addition that shares only a topic
    word with the measure beside it is not taken). A *sandwich* — ``j`` alone between two
    linked neighbours whose sources have exactly one measure between them — needs a cosine of
    only ``settings.order_sandwich_floor``: the order says the rest.
    """
    n_src = len(matrix)
    n_dst = len(matrix[0]) if matrix else 0
    taken = {pair.i for pair in assignment.primary.values()}
    spans = _source_spans(assignment)
    anchors = sorted((j, first, last) for j, (first, last) in spans.items())
    candidates: list[tuple[float, int, int, bool]] = []
    for j in range(n_dst):
        if j in assignment.primary:
            continue
        before = [(k, last) for k, _, last in anchors if k < j]
        after = [(k, first) for k, first, _ in anchors if k > j]
        low_j, low = before[-1] if before else (-1, -1)
        high_j, high = after[0] if after else (n_dst, n_src)
        if high - low - 1 > settings.order_gap:
            continue
        sandwich = high - low == 2 and high_j - low_j == 2
        floor = settings.order_sandwich_floor if sandwich else settings.order_floor
        for i in range(low + 1, high):
            if i not in taken and matrix[i][j] >= floor:
                candidates.append((matrix[i][j], i, j, sandwich))
    primary = dict(assignment.primary)
    for score, i, j, sandwich in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if j in primary or i in taken:
            continue
        if not _supported(prepared, i, j, settings):
            continue
        taken.add(i)
        primary[j] = Pair(i, j, score, "order")
    return Assignment(primary, list(assignment.merges))


def _source_spans(assignment: Assignment) -> dict[int, tuple[int, int]]:
    """The first and last source of each linked derived measure: its one source, or the sources a
    merge joins (national 5 + 6 + 11 stands in the national order from 5 to 11)."""
    spans = {j: (pair.i, pair.i) for j, pair in assignment.primary.items() if pair.i is not None}
    for pair in assignment.merges:
        if pair.i is not None and pair.j in spans:
            first, last = spans[pair.j]
            spans[pair.j] = (min(first, pair.i), max(last, pair.i))
    return spans


def fill_beside_merges(prepared: Prepared, matrix: list[list[float]], assignment: Assignment,
                       settings: DiffSettings) -> Assignment:
    """Links the order supports once merges are known (step 5b): a merged neighbour stands in the
    national order from its first source to its last, not at its best one alone (Shanghai 1 before
    Shanghai 2 = national 5 + 6 + 11, whose best source is 11: national 1 lies within
    ``settings.order_gap`` of 5, not of 11). Only measures still unlinked are taken, by
    :func:`fill_in_order`'s tests; their own second sources are then looked for as in step 5.

    Without a merge nothing is looked at again: a gap beside a link the later steps made (a contained
    clause, a split part, a mutual match) is no span of the order, and filled it gives wrong links —
    national-2018 against 武汉's plan would take 45 (出口信保保单融资, a sentence of #37, already linked to
    44) from #38 and 40 (数字服务出口基地) from #35 (服务出口免税), each 0.28 and 0.22 beside 44 ← #37."""
    if not assignment.merges:
        return assignment
    filled = fill_in_order(prepared, matrix, assignment, settings)
    new = {j: pair for j, pair in filled.primary.items() if j not in assignment.primary}
    if not new:
        return assignment
    extra = find_merges(prepared, Assignment(new, []), settings).merges
    return Assignment(filled.primary, [*assignment.merges, *extra])


def _supported(prepared: Prepared, i: int, j: int, settings: DiffSettings) -> bool:
    """Whether the words of source ``i`` and derived ``j`` support a link the order suggests: at
    least ``settings.order_support`` of either's weight found in the other, or
    ``settings.order_support_elsewhere`` when the source names the pilot areas it applies to and
    the derived plan's region is not among them (海南's 博鳌乐城 measure beside a Xiamen addition)."""
    idf, is_place = prepared.idf, prepared.is_place
    support = max(found_share(prepared.source.profiles[i].words, prepared.derived.word_sets[j], idf, is_place),
                  found_share(prepared.derived.profiles[j].words, prepared.source.word_sets[i], idf, is_place))
    measure = prepared.source.document.measures[i]
    own = region_id(prepared.derived.document.region)
    elsewhere = measure.scope_kind == "listed" and own is not None and own not in {r.id for r in measure.regions}
    return support >= (settings.order_support_elsewhere if elsewhere else settings.order_support)


def _part_words(profile: Profile) -> list[frozenset[str]]:
    """The words of each co-equal part of a measure (its frame aside)."""
    parts: dict[int, set[str]] = {}
    for clause in profile.clauses:
        if not clause.frame:
            parts.setdefault(clause.part, set()).update(clause.words)
    return [frozenset(words) for _, words in sorted(parts.items())]


def _windows_of(profile: Profile, *, frame: bool = False) -> list[tuple[int, tuple[str, ...], tuple[str, ...]]]:
    """Each clause of a measure (its frame too when ``frame``) with its own words and those of it
    and the next."""
    clauses = [c for c in profile.clauses if frame or not c.frame]
    return [(k, c.words, c.words + (clauses[k + 1].words if k + 1 < len(clauses) else ()))
            for k, c in enumerate(clauses)]


def find_merges(prepared: Prepared, assignment: Assignment, settings: DiffSettings) -> Assignment:
    """Second sources of derived measures, found clause by clause (step 5).

    A clause of a derived measure (a comma clause: two measures joined inside one sentence are
    found as well as two sentences) that its own source does not explain (at most
    ``settings.merge_unexplained`` of its weight found there) adds another source measure when
    at least ``settings.merge_clause`` of its weight is found there, its weight is at least
    ``settings.merge_mass``, and the derived measure carries at least ``settings.merge_part``
    of one co-equal part of that measure (a clause that merely names
    a place or a topic of another measure, 推进国家数字服务出口基地建设 against 在数字服务出口基地，
    对…加强综合监管, carries little of it). A leading frame counts as a clause here: 落实在中国境内
    经营无船承运无须为中国企业法人的政策，… quotes national 21 whole before a clause of 22. A clause its
    own source half explains (above ``settings.merge_unexplained``, below ``settings.merge_clause``) adds
    another source only when it restates that one (:func:`_restates_better`)."""
    idf, is_place = prepared.idf, prepared.is_place
    sources = prepared.source.word_sets
    merges = list(assignment.merges)
    for j, pair in sorted(assignment.primary.items()):
        if pair.i is None or pair.split_part:
            continue
        found: dict[int, float] = {}
        derived_words = prepared.derived.word_sets[j]
        for _, words, _ in _windows_of(prepared.derived.profiles[j], frame=True):
            if mass(words, idf) < settings.merge_mass:
                continue
            own = found_share(words, sources[pair.i], idf, is_place)
            if own >= settings.merge_clause:
                continue  # found in its own source as a second source must be: explained
            best_i, best = None, 0.0
            for i, source_words in enumerate(sources):
                if i == pair.i or coverage(words, source_words, idf) < settings.merge_clause / 2:
                    continue
                share = found_share(words, source_words, idf, is_place)
                if share > best:
                    best_i, best = i, share
            if best_i is None or best < settings.merge_clause:
                continue
            carried = max((found_share(tuple(part), derived_words, idf, is_place)
                           for part in _part_words(prepared.source.profiles[best_i])), default=0.0)
            if own > settings.merge_unexplained and not _restates_better(own, best, carried, settings):
                continue
            if carried >= settings.merge_part or _is_lead_clause(prepared, best_i, words, settings):
                found[best_i] = max(found.get(best_i, 0.0), best)
        known = {pair.i for pair in assignment.merges if pair.j == j}
        merges.extend(Pair(i, j, share, "clause") for i, share in sorted(found.items()) if i not in known)
    return Assignment(dict(assignment.primary), merges)


def _restates_better(own: float, best: float, carried: float, settings: DiffSettings) -> bool:
    """Whether a clause its own source half explains (more than ``settings.merge_unexplained`` of its weight found
    there, less than ``settings.merge_clause``) restates another source instead: that source explains more of it,
    and the derived measure carries one part of it whole (``settings.clause_carried``). Two sibling measures share
    their topic's words, so a clause restating the second is half found in the first: 2020's 地方服务贸易发展统筹协调机制重点强化决策功能 is 0.56 found in
    2018's 部际联席会议 measure (服务贸易, 统筹, 协调) and 0.78 in 强化地方服务贸易跨部门统筹协调决策机制, which it
    carries whole."""
    return best > own and carried >= settings.clause_carried


def _is_lead_clause(prepared: Prepared, i: int, words: Sequence[str], settings: DiffSettings) -> bool:
    """Whether a derived clause is the lead clause of source ``i`` — its first clause, stating
    what the measure does (not where or on what it acts: 在…, 对…) — restated: each carries at
    least ``settings.clause_carried`` of the other (允许境外知名仲裁及争议解决机构在重庆设立业务机构
    against national 107's first clause, whose other clauses say how that body works)."""
    clauses = [c for c in prepared.source.profiles[i].clauses if not c.frame]
    if not clauses or clauses[0].text.startswith(load_clause_rules().setting_openers):
        return False
    lead, idf, is_place = clauses[0].words, prepared.idf, prepared.is_place
    return (found_share(lead, frozenset(words), idf, is_place) >= settings.clause_carried
            and found_share(words, frozenset(lead), idf, is_place) >= settings.clause_carried)


def link_contained(prepared: Prepared, matrix: list[list[float]], assignment: Assignment,
                   settings: DiffSettings) -> Assignment:
    """Links for short derived measures that carry one clause of a longer source (step 4b).

    A derived measure still without a source takes a free source measure when one of its
    clauses (of weight ``settings.contain_mass`` or more) is found for at least
    ``settings.contain_share`` in one clause of that source — not in a clause that only sets
    the place or the topic (在…，对…: see ``[clauses] setting_openers`` in
    ``diff_normalise.toml``) — and the two measures' cosine reaches ``settings.contain_floor``
    (支持在武汉设立外资专业健康保险机构 ← national 24's first clause).

    Failing a free one, it becomes a *split* part of a source already linked when it holds, in
    the same way, a clause of that source that no part already linked carries or changes (none
    holds ``settings.clause_touched`` of it), and repeats at most ``settings.split_overlap`` of each such
    part (the way :func:`is_split_part` tells a second part above ``settings.link``): a plan
    that gives national 24's first clause and its second their own measures, the first too
    short to reach ``settings.link``. A measure holding only the clause a linked part already
    carries is no further part (2020's 外国律师事务所 measure beside the 港澳 one that took up
    2018's single law-firm clause). It is a further part too, whatever the cosine, when it carries whole a
    co-equal part of that source (a sentence, a ；-clause, a numbered item) no linked part carries
    (``carries_a_free_part``: 2020's 61 ← 2018's #3 item 1, beside 59 ← its item 2)."""
    idf, is_place = prepared.idf, prepared.is_place
    taken = {pair.i for pair in assignment.primary.values()}
    openers = load_clause_rules().setting_openers

    def holds_a_clause(i: int, j: int, linked: Sequence[int] = ()) -> bool:
        targets = [frozenset(c.words) for c in prepared.source.profiles[i].clauses
                   if not c.frame and not c.text.startswith(openers)
                   and not any(found_share(c.words, prepared.derived.word_sets[k], idf, is_place) >= settings.clause_touched
                               for k in linked)]
        return any(mass(words, idf) >= settings.contain_mass
                   and any(found_share(words, target, idf, is_place) >= settings.contain_share for target in targets)
                   for _, words, _ in _windows_of(prepared.derived.profiles[j]))

    def carries_a_free_part(i: int, j: int, linked: Sequence[int]) -> bool:
        """Whether ``j`` carries whole (``settings.clause_carried``) every weighty clause of one co-equal part of
        source ``i`` — a sentence, a ；-clause or a numbered item — that no part already linked carries: 2020's 61
        (来华就医签证便利化政策) holds 2018's #3 item 1 (来华就医签证制度), whose item 2 (144 小时过境免签) 59 took.
        Each such clause must be carried by one clause of ``j``: words gathered from clauses that say other things
        (编制外国人来华旅游服务目录，制订导游培训计划 against 制订外国人来华工作指导目录) carry no part."""
        own = [frozenset(c.words) for c in prepared.derived.profiles[j].clauses]
        parts: dict[int, list[Clause]] = defaultdict(list)
        for clause in prepared.source.profiles[i].clauses:
            if not clause.frame and mass(clause.words, idf) >= settings.light_mass:
                parts[clause.part].append(clause)
        if len(parts) < 2:
            return False
        return any(
            all(any(found_share(c.words, words, idf, is_place) >= settings.clause_carried for words in own)
                for c in clauses)
            and not any(found_share(c.words, prepared.derived.word_sets[k], idf, is_place) >= settings.clause_carried
                        for c in clauses for k in linked)
            for clauses in parts.values())

    candidates: list[tuple[float, int, int]] = []
    for j in range(len(prepared.derived.profiles)):
        if j in assignment.primary:
            continue
        for i in range(len(prepared.source.profiles)):
            if i not in taken and matrix[i][j] >= settings.contain_floor and holds_a_clause(i, j):
                candidates.append((matrix[i][j], i, j))
    primary = dict(assignment.primary)
    for score, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if j in primary or i in taken:
            continue
        taken.add(i)
        primary[j] = Pair(i, j, score, "containment")
    parts: dict[int, list[int]] = defaultdict(list)
    for k, pair in sorted(primary.items()):
        if pair.i is not None:
            parts[pair.i].append(k)
    words = prepared.derived.word_sets
    split_candidates: list[tuple[float, int, int]] = []
    for j in range(len(prepared.derived.profiles)):
        if j in primary:
            continue
        for i, linked in parts.items():
            if (all(coverage(words[j], words[k], idf) <= settings.split_overlap for k in linked)
                    and ((matrix[i][j] >= settings.contain_floor and holds_a_clause(i, j, linked))
                         or carries_a_free_part(i, j, linked))):
                split_candidates.append((matrix[i][j], i, j))
    for score, i, j in sorted(split_candidates, key=lambda c: (-c[0], c[1], c[2])):
        if j in primary or not all(coverage(words[j], words[k], idf) <= settings.split_overlap for k in parts[i]):
            continue
        parts[i].append(j)
        primary[j] = Pair(i, j, coverage(words[j], prepared.source.word_sets[i], idf), "containment", split_part=True)
    return Assignment(primary, list(assignment.merges))


@dataclass(frozen=True)
class Labelled:
    """A finished link between indices, with its relation, reason and clause alignment."""

    i: int | None
    j: int | None
    relation: str
    score: float
    basis: str
    derived_covered: float | None = None
    source_covered: float | None = None
    reason: str | None = None
    alignment: ClauseAlignment | None = None


def _label(document: Document, index: int) -> str:
    number = document.measures[index].number
    return str(number) if number is not None else f"#{index + 1}"


def label(prepared: Prepared, matrix: list[list[float]], assignment: Assignment, settings: DiffSettings) -> list[Labelled]:
    """Every link with its relation, plus ``local`` and ``dropped`` rows (step 6).

    A derived measure with several sources is ``merged`` and a source with several derived parts
    ``split``, by the links themselves; a one-to-one link is named by its clause alignment
    (:func:`pilotplans.diff.relation.decide`). Every link keeps its alignment."""
    pairs = [*assignment.primary.values(), *assignment.merges]
    sources_of: dict[int, set[int]] = defaultdict(set)
    parts_of: dict[int, set[int]] = defaultdict(set)
    for pair in pairs:
        assert pair.i is not None and pair.j is not None
        sources_of[pair.j].add(pair.i)
    for pair in assignment.primary.values():
        assert pair.i is not None
        parts_of[pair.i].add(pair.j)  # type: ignore[arg-type]
    source_doc, derived_doc = prepared.source.document, prepared.derived.document
    out: list[Labelled] = []
    for pair in pairs:
        i, j = pair.i, pair.j
        assert i is not None and j is not None
        alignment = align_clauses(prepared.source.profiles[i], prepared.derived.profiles[j], prepared.idf,
                                  prepared.is_place, settings)
        verdict = decide(alignment, settings)
        if len(sources_of[j]) > 1:
            relation = "merged"
            others = sorted(sources_of[j], key=lambda k: k)
            reason = (f"combines {source_doc.id} " + " + ".join(_label(source_doc, k) for k in others)
                      + f"; against {_label(source_doc, i)} alone it {verdict.reason}")
        elif len(parts_of[i]) > 1 and j in parts_of[i]:
            relation = "adapted" if verdict.adds else "split"
            parts = sorted(parts_of[i])
            reason = (f"{source_doc.id} {_label(source_doc, i)} is split over {derived_doc.id} "
                      + ", ".join(_label(derived_doc, k) for k in parts) + f"; this part {verdict.reason}")
        else:
            relation, reason = verdict.relation, verdict.reason
        out.append(Labelled(i, j, relation, pair.score, pair.basis, 1.0 - verdict.added_share,
                            1.0 - verdict.missing_share, reason, alignment))
    linked_src = {pair.i for pair in pairs}
    n_src, n_dst = len(prepared.source.profiles), len(prepared.derived.profiles)
    for j in range(n_dst):
        if j not in sources_of:
            best = max((matrix[i][j] for i in range(n_src)), default=0.0)
            out.append(Labelled(None, j, "local", best, "none", reason=ONE_SIDED_REASONS[False][0]))
    for i in range(n_src):
        if i not in linked_src:
            best = max(matrix[i], default=0.0)
            out.append(Labelled(i, None, "dropped", best, "none", reason=ONE_SIDED_REASONS[False][1]))
    return out


def align(prepared: Prepared, settings: DiffSettings) -> list[Labelled]:
    """Steps 2–6 on prepared documents."""
    matrix = score_matrix(prepared)
    assignment = assign(prepared, matrix, settings)
    assignment = fill_in_order(prepared, matrix, assignment, settings)
    assignment = link_contained(prepared, matrix, assignment, settings)
    assignment = link_mutual(prepared, matrix, assignment, settings)
    assignment = link_joined(prepared, matrix, assignment, settings)
    assignment = find_merges(prepared, assignment, settings)
    assignment = fill_beside_merges(prepared, matrix, assignment, settings)
    return label(prepared, matrix, assignment, settings)
