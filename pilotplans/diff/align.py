"""Aligning the measures of two plans: candidate scores → links → relations.

The steps, each a pure function of what the previous one returned:

1. :func:`prepare` cuts both documents into :class:`~pilotplans.diff.similarity.Profile` s and
   weighs their words (idf over the measures of both documents);
2. :func:`score_matrix` gives the weighted-word cosine of every (source, derived) pair;
3. :func:`assign` links measures one to one, best pair first, where the cosine reaches
   ``settings.link``; a derived measure whose best source is already taken becomes a second
   *split* part of it when it lies inside the source and repeats little of the first part;
4. :func:`fill_in_order` links what is left where the plan's order supports it (the source
   measure lies between the sources of the nearest linked neighbours) and the cosine reaches
   ``settings.order_floor``;
5. :func:`find_merges` adds a second source to a derived measure one of whose clauses comes from
   another source measure and not from its own (*merged*);
6. :func:`label` names every link: ``merged`` (a derived measure with several sources),
   ``split`` (a source with several derived parts), ``same`` or ``adapted`` (how much of each
   text the other covers), ``local`` (no source) and ``dropped`` (a source not taken up).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from pilotplans.diff.segment import Segmenter
from pilotplans.diff.settings import DiffSettings
from pilotplans.diff.similarity import (
    Profile,
    coverage,
    idf_weights,
    load_stopwords,
    mass,
    profile,
    soft_coverage,
    surface_ratio,
    unshared_runs,
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
    source: Side
    derived: Side
    idf: dict[str, float]


def prepare(source: Document, derived: Document, segmenter: Segmenter) -> Prepared:
    stopwords = load_stopwords()
    src_profiles = tuple(profile(comparable_text(m), source.region, segmenter, stopwords) for m in source.measures)
    dst_profiles = tuple(profile(comparable_text(m), derived.region, segmenter, stopwords) for m in derived.measures)
    idf = idf_weights([p.words for p in src_profiles + dst_profiles])

    def side(document: Document, profiles: tuple[Profile, ...]) -> Side:
        return Side(
            document,
            profiles,
            tuple(frozenset(p.words) for p in profiles),
            tuple(weighted_vector(p.words, idf) for p in profiles),
        )

    return Prepared(side(source, src_profiles), side(derived, dst_profiles), idf)


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


def fill_in_order(matrix: list[list[float]], assignment: Assignment, settings: DiffSettings) -> Assignment:
    """Links below ``settings.link`` that the order of the plans supports (step 4).

    Derived measure ``j`` may take source ``i`` when the nearest linked derived measures before
    and after ``j`` are linked to sources before and after ``i``, at most ``settings.order_gap``
    source measures lie between those two, and the cosine reaches ``settings.order_floor``.
    """
    n_src = len(matrix)
    n_dst = len(matrix[0]) if matrix else 0
    taken = {pair.i for pair in assignment.primary.values()}
    anchors = sorted((j, pair.i) for j, pair in assignment.primary.items() if pair.i is not None)
    candidates: list[tuple[float, int, int]] = []
    for j in range(n_dst):
        if j in assignment.primary:
            continue
        before = [i for k, i in anchors if k < j]
        after = [i for k, i in anchors if k > j]
        low = before[-1] if before else -1
        high = after[0] if after else n_src
        if high - low - 1 > settings.order_gap:
            continue
        for i in range(low + 1, high):
            if i not in taken and matrix[i][j] >= settings.order_floor:
                candidates.append((matrix[i][j], i, j))
    primary = dict(assignment.primary)
    for score, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if j in primary or i in taken:
            continue
        taken.add(i)
        primary[j] = Pair(i, j, score, "order")
    return Assignment(primary, list(assignment.merges))


def find_merges(prepared: Prepared, assignment: Assignment, settings: DiffSettings) -> Assignment:
    """Second sources of derived measures, found clause by clause (step 5)."""
    idf = prepared.idf
    sources = prepared.source.word_sets
    merges = list(assignment.merges)
    for j, pair in sorted(assignment.primary.items()):
        if pair.i is None or pair.split_part:
            continue
        found: dict[int, float] = {}
        for clause in prepared.derived.profiles[j].clauses:
            if clause.frame or mass(clause.words, idf) < settings.merge_mass:
                continue
            if coverage(clause.words, sources[pair.i], idf) > settings.merge_unexplained:
                continue
            best_i, best = None, 0.0
            for i, words in enumerate(sources):
                if i == pair.i:
                    continue
                share = coverage(clause.words, words, idf)
                if share > best:
                    best_i, best = i, share
            if best_i is not None and best >= settings.merge_clause:
                found[best_i] = max(found.get(best_i, 0.0), best)
        merges.extend(Pair(i, j, share, "clause") for i, share in sorted(found.items()))
    return Assignment(dict(assignment.primary), merges)


@dataclass(frozen=True)
class Labelled:
    """A finished link between indices, with its relation and evidence."""

    i: int | None
    j: int | None
    relation: str
    score: float
    basis: str
    derived_covered: float | None = None
    source_covered: float | None = None
    surface: float | None = None
    dropped_run: int | None = None
    added_run: int | None = None


def label(prepared: Prepared, matrix: list[list[float]], assignment: Assignment, settings: DiffSettings) -> list[Labelled]:
    """Every link with its relation, plus ``local`` and ``dropped`` rows (step 6)."""
    pairs = [*assignment.primary.values(), *assignment.merges]
    sources_of: dict[int, set[int]] = defaultdict(set)
    parts_of: dict[int, set[int]] = defaultdict(set)
    for pair in pairs:
        assert pair.i is not None and pair.j is not None
        sources_of[pair.j].add(pair.i)
    for pair in assignment.primary.values():
        assert pair.i is not None
        parts_of[pair.i].add(pair.j)  # type: ignore[arg-type]
    idf = prepared.idf
    out: list[Labelled] = []
    for pair in pairs:
        i, j = pair.i, pair.j
        assert i is not None and j is not None
        source_words = prepared.source.word_sets[i]
        unframed = prepared.derived.word_sets[j] - (prepared.derived.profiles[j].frame_words - source_words)
        derived_covered = soft_coverage(unframed, source_words, idf)
        source_covered = soft_coverage(source_words, prepared.derived.word_sets[j], idf)
        source_text, derived_profile = prepared.source.profiles[i].text, prepared.derived.profiles[j]
        surface = surface_ratio(source_text, derived_profile.text)
        dropped, added = unshared_runs(source_text, derived_profile.text, derived_profile.frame_length)
        if len(sources_of[j]) > 1:
            relation = "merged"
        elif len(parts_of[i]) > 1 and j in parts_of[i]:
            relation = "split"
        elif (min(derived_covered, source_covered) >= settings.same_covered
              and max(dropped, added) <= settings.same_run):
            relation = "same"
        else:
            relation = "adapted"
        out.append(Labelled(i, j, relation, pair.score, pair.basis, derived_covered, source_covered, surface,
                            dropped, added))
    linked_src = {pair.i for pair in pairs}
    n_src, n_dst = len(prepared.source.profiles), len(prepared.derived.profiles)
    for j in range(n_dst):
        if j not in sources_of:
            best = max((matrix[i][j] for i in range(n_src)), default=0.0)
            out.append(Labelled(None, j, "local", best, "none"))
    for i in range(n_src):
        if i not in linked_src:
            best = max(matrix[i], default=0.0)
            out.append(Labelled(i, None, "dropped", best, "none"))
    return out


def align(prepared: Prepared, settings: DiffSettings) -> list[Labelled]:
    """Steps 2–6 on prepared documents."""
    matrix = score_matrix(prepared)
    assignment = assign(prepared, matrix, settings)
    assignment = fill_in_order(matrix, assignment, settings)
    assignment = find_merges(prepared, assignment, settings)
    return label(prepared, matrix, assignment, settings)
