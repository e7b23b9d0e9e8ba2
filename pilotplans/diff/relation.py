"""Which clauses of a national measure a local measure carries, and the relation that follows.

:func:`align_clauses` compares two :class:`~pilotplans.diff.similarity.Profile` s clause by
clause. Each national clause is matched against every local clause and every two neighbouring
local clauses (a clause may be cut or joined differently), and gets the share of its word weight
found there; each local clause gets the same against the national clauses. A clause's words
weigh their idf, and a word its sibling clauses (of the same measure) also use weighs
``settings.sibling_weight`` of that: 外国人 says little about which clause of a visa measure a
local plan kept, 目录 says much. A word is found when the other clause has it, or has it inside
a longer word or a part of it (jieba cuts 服务业 / 服务 differently in two texts) — except a
place word (粤港澳, 港澳台, 京津冀, a gazetteer name), which must be found as written: 港澳 →
港澳台 widens a measure. A clause is then ``carried`` (share ≥ ``settings.clause_carried``),
``dropped`` or ``added`` (share < ``clause_touched``), ``changed`` in between, or ``light``
when it weighs almost nothing (推动，).

:func:`decide` names the relation of a one-to-one link from the alignment, in this order:

- ``adapted`` when the local measure adds: a clause of its own, listed items or places the
  national measure lacks, or more than ``settings.same_added`` of its weight;
- ``same`` when nothing is dropped and at most ``settings.same_missing`` of the national
  weight is missing (scope phrases and frames are gone before this: see
  :func:`~pilotplans.diff.similarity.normalise_wording`);
- ``split`` (the key's ``partial``) when what is missing is whole co-equal parts — sentences or
  ；-clauses — or whole items of a list whose other items are carried, and the rest is carried;
- ``adapted`` otherwise: a clause of a sentence dropped (narrowed), a part rewritten.

The alignment is kept on every link (:class:`~pilotplans.diff.models.ClauseLink`), and the
verdict has a reason naming the clauses that decided it.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat

from pilotplans.diff.settings import DiffSettings
from pilotplans.diff.similarity import Clause, Profile

PlacePredicate = Callable[[str], bool]


@dataclass(frozen=True)
class ClauseMatch:
    """One clause of either side with how much of it the other side carries.

    ``status``: carried, changed, dropped (national), added (local), light or frame; ``share``:
    the part of its weight found in the best window of the other side, whose clause indices are
    ``partner``; ``missing``: the weight not found; ``missing_items``: listed items of this
    clause the other side lacks, when it has some of the list's other items."""

    side: str
    index: int
    text: str
    part: int
    status: str
    share: float
    mass: float
    missing: float
    partner: tuple[int, ...] = ()
    missing_items: tuple[str, ...] = ()
    new_places: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClauseAlignment:
    """The clauses of a national and a local measure, each with what it was matched to."""

    national: tuple[ClauseMatch, ...]
    local: tuple[ClauseMatch, ...]


#: The end of the reason of a local measure naming places its source does not; a diff of two plans implementing one
#: plan names the source measure by its plan (:func:`pilotplans.diff.rounds.one_sided_reasons`).
PLACES_NOT_IN_SOURCE = ", which the national measure does not"


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(char in chars for char in short)


@functools.lru_cache(maxsize=262144)
def _variant(word: str, other: str) -> bool:
    """``other`` holds ``word`` (服务 / 服务业), holds most of it (服务业 / 服务: two thirds of its
    characters or more), or holds its characters in order with one more between (停留 / 停居留)."""
    if word in other or (other in word and 3 * len(other) >= 2 * len(word)):
        return True
    return len(other) == len(word) + 1 and _subsequence(word, other)


def is_found(word: str, others: frozenset[str], is_place: PlacePredicate) -> bool:
    """``word`` is in ``others``, or — unless it names a place — a variant of it is (:func:`_variant`)
    among the words of ``others`` that name no place (:func:`_char_index`, kept per set: :data:`_unplaced`)."""
    if word in others:
        return True
    if is_place(word):
        return False
    unplaced = _unplaced(others, is_place)
    if not word:  # the empty word is in every word: no character of it tells which
        return bool(unplaced)
    # a variant of a word shares a character with it: only those words are asked
    candidates = set().union(*map(unplaced.get, word, repeat(())))
    return any(map(_variant, repeat(word), candidates))


def _char_index(words: frozenset[str], is_place: PlacePredicate) -> dict[str, set[str]]:
    """Each character of the words that are not place words, with the words holding it."""
    index: dict[str, set[str]] = {}
    for word in words:
        if not is_place(word):
            for char in word:
                index.setdefault(char, set()).add(word)
    return index


#: :func:`_char_index` kept for each word set and predicate: what :func:`is_found` looks a word's variants up in.
#: The diffs of a plan ask :func:`is_found` of the same few hundred word sets some forty thousand times (a rebuild of
#: the bundled five), and asking ``is_place`` of each word of the set, and :func:`_variant` of the word and each of
#: them, each time was most of the diffs' alignment; a variant holds a character of the word (:func:`_variant`: one
#: holds the other, or the word's characters in order), so the words sharing none are never asked. ``is_place`` is a
#: pure predicate of a word (:func:`pilotplans.diff.similarity.place_predicate`), so a set and a predicate tell the
#: same words every time. A diff asks of some 120–130 sets (a plan's predicate is made anew for its region, so an entry
#: seldom serves another diff); the bound keeps a 1,000-document rebuild's dead entries — some 6 KB each, each holding
#: its predicate and that predicate's own cache alive — to a few diffs' worth. Callers only read the index.
_unplaced = functools.lru_cache(maxsize=1024)(_char_index)


def _matching(word: str, others: frozenset[str], index: dict[str, set[str]], is_place: PlacePredicate) -> frozenset[str]:
    """The words of ``others`` that count as ``word`` found (:func:`is_found`); ``index`` is
    :func:`_char_index` of ``others`` (a variant shares a character with the word)."""
    if is_place(word):
        return frozenset((word,)) & others
    candidates = set().union(*(index.get(char, ()) for char in set(word)))
    found = {o for o in candidates if _variant(word, o)}
    if word in others:
        found.add(word)
    return frozenset(found)


def found_share(words: Sequence[str], others: frozenset[str], idf: dict[str, float], is_place: PlacePredicate) -> float:
    """Share of the idf weight of the distinct ``words`` that :func:`is_found` in ``others``."""
    distinct = set(words)
    total = sum(idf.get(w, 0.0) for w in distinct)
    if not total:
        return 0.0
    return sum(idf.get(w, 0.0) for w in distinct if is_found(w, others, is_place)) / total


def clause_weights(clauses: Sequence[Clause], idf: dict[str, float], sibling_weight: float) -> list[dict[str, float]]:
    """For each clause, the weight of each of its distinct words: its idf, times
    ``sibling_weight`` when another clause of the same measure uses it too."""
    used_by = Counter(w for c in clauses if not c.frame for w in set(c.words))
    return [{w: idf.get(w, 0.0) * (sibling_weight if used_by[w] > 1 and not c.frame else 1.0) for w in set(c.words)}
            for c in clauses]


def _windows(clauses: Sequence[Clause]) -> list[tuple[tuple[int, ...], frozenset[str]]]:
    """Each clause alone and each two neighbours together, with their words."""
    windows = [((k,), frozenset(c.words)) for k, c in enumerate(clauses)]
    windows += [((k, k + 1), frozenset(clauses[k].words) | frozenset(clauses[k + 1].words))
                for k in range(len(clauses) - 1)]
    return windows


def _overlaps(word: str, others: frozenset[str]) -> bool:
    """An item's word is there when the other side has it, or a word holding it or most of it
    (工业园区 / 园区 is not: an item may be reworded, but 二手车 is not 二手飞机)."""
    if word in others:
        return True
    return any((word in other or other in word) and 3 * min(len(word), len(other)) >= 2 * max(len(word), len(other))
               for other in others)


def item_keys(items: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The words that tell each item of a list apart. A list's first item also holds the words that
    lead into the list, and its last item the words after it that belong to every item
    (长三角大数据技术国家工程实验室): those two keep as many words as a middle item has (or, in a list
    of two, as the shorter item has) — the first from its end, the last from its start. Words the
    other items also have (平台, 中心) are left out."""
    if not items:
        return []
    middle = sorted(len(words) for words in items[1:-1])
    size = max(1, middle[len(middle) // 2] if middle else min(len(words) for words in items))
    keys = []
    for k, words in enumerate(items):
        if k == 0 and len(words) > size:
            words = words[-size:]
        elif k == len(items) - 1 and len(words) > size:
            words = words[:size]
        others = {w for j, ws in enumerate(items) if j != k for w in ws}
        keys.append(tuple(w for w in words if w not in others) or words)
    return keys


def _items_missing(clause: Clause, others: frozenset[str]) -> tuple[str, ...]:
    """Items of the list in ``clause`` that are not there (fewer than half of their key words,
    :func:`item_keys`, found in ``others``), when at least one other item of the list is there (a
    list dropped whole is a dropped clause). A middle item is named as written, the first and the
    last by their key words (长三角, not 长三角大数据技术国家工程实验室)."""
    keys = item_keys(clause.items)
    found = [2 * sum(_overlaps(w, others) for w in key) >= len(key) if key else None for key in keys]
    if not any(found):
        return ()
    last = len(keys) - 1
    return tuple(text if 0 < k < last else "".join(key)
                 for k, (text, key, hit) in enumerate(zip(clause.item_texts, keys, found)) if hit is False)


def _match_side(side: str, clauses: Sequence[Clause], other: Sequence[Clause], idf: dict[str, float],
                is_place: PlacePredicate, settings: DiffSettings) -> tuple[ClauseMatch, ...]:
    windows = _windows([c for c in other])
    other_words = frozenset(w for c in other for w in c.words)
    chars = _char_index(other_words, is_place)
    weights = clause_weights(clauses, idf, settings.sibling_weight)
    out = []
    for index, (clause, weight) in enumerate(zip(clauses, weights)):
        mass = sum(weight.values())
        if clause.frame:
            out.append(ClauseMatch(side, index, clause.text, clause.part, "frame", 1.0, mass, 0.0))
            continue
        best, partner = 0.0, ()
        if mass:
            matches = {w: _matching(w, other_words, chars, is_place) for w in weight}
            for members, words in windows:
                found = sum(v for w, v in weight.items() if not matches[w].isdisjoint(words)) / mass
                if found > best + 1e-9:
                    best, partner = found, members
        if mass < settings.light_mass:
            status = "light"
        elif best >= settings.clause_carried:
            status = "carried"
        elif best < settings.clause_touched:
            status = "dropped" if side == "national" else "added"
        else:
            status = "changed"
        new_places = tuple(sorted(w for w in set(clause.words) if is_place(w) and w not in other_words))
        out.append(ClauseMatch(side, index, clause.text, clause.part, status, round(best, 4), mass,
                               mass * (1.0 - best), partner if best >= settings.clause_touched else (),
                               _items_missing(clause, other_words), new_places))
    return tuple(out)


def align_clauses(national: Profile, local: Profile, idf: dict[str, float], is_place: PlacePredicate,
                  settings: DiffSettings) -> ClauseAlignment:
    """Every clause of both measures with the share of it the other measure carries."""
    return ClauseAlignment(
        national=_match_side("national", national.clauses, local.clauses, idf, is_place, settings),
        local=_match_side("local", local.clauses, national.clauses, idf, is_place, settings),
    )


@dataclass(frozen=True)
class Verdict:
    """A relation with its reason and the figures that decided it."""

    relation: str
    reason: str
    missing_share: float = 0.0
    added_share: float = 0.0
    #: Whether the local measure adds content of its own (a clause, listed items, places, or weight beyond
    #: ``settings.same_added``): such a measure is never a mere part of its source (the key's partial).
    adds: bool = False


def decide(alignment: ClauseAlignment, settings: DiffSettings) -> Verdict:
    """The relation of a one-to-one link (see the module docstring)."""
    national = [c for c in alignment.national if c.status != "frame"]
    local = [c for c in alignment.local if c.status != "frame"]
    national_mass = sum(c.mass for c in national) or 1.0
    local_mass = sum(c.mass for c in local) or 1.0
    missing_share = sum(c.missing for c in national) / national_mass
    added_share = sum(c.missing for c in local) / local_mass

    def verdict(relation: str, reason: str, adds: bool = False) -> Verdict:
        return Verdict(relation, reason, round(missing_share, 4), round(added_share, 4), adds)

    added = [c for c in local if c.status == "added"]
    added_items = list(dict.fromkeys(i for c in local if c.status != "added" for i in c.missing_items))
    new_places = sorted({p for c in local for p in c.new_places})
    if added:
        return verdict("adapted", "adds " + _quote([c.text for c in added]), adds=True)
    if added_items:
        return verdict("adapted", "adds the listed " + _quote(added_items), adds=True)
    if new_places:
        return verdict("adapted", "names " + _quote(new_places) + PLACES_NOT_IN_SOURCE, adds=True)
    if added_share > settings.same_added:
        return verdict("adapted", "rewrites " + _quote([c.text for c in local if c.status == "changed"]), adds=True)

    parts: dict[int, list[ClauseMatch]] = {}
    for clause in national:
        parts.setdefault(clause.part, []).append(clause)
    weighty = {p: [c for c in cs if c.status != "light"] for p, cs in parts.items()}
    dropped_parts = sorted(p for p, cs in weighty.items()
                           if cs and sum(c.mass - c.missing for c in cs) < settings.clause_touched * sum(c.mass for c in cs))
    listed = [c for c in national if c.part not in dropped_parts and c.missing_items and c.status != "dropped"]
    loose = [c for c in national if c.part not in dropped_parts and c.status == "dropped"]
    if not dropped_parts and not listed and not loose and missing_share <= settings.same_missing:
        return verdict("same", "carries every clause")
    if (dropped_parts or listed) and not loose and len(dropped_parts) < len(weighty):
        rest = sum(c.missing for c in national if c.part not in dropped_parts and c not in listed)
        strays = _found_only_in(local, alignment.national, dropped_parts)
        if strays and rest / national_mass <= settings.same_missing:
            return verdict("adapted", "adds " + _quote([c.text for c in strays])
                           + ", half found only in a part it leaves out", adds=True)
        if rest / national_mass <= settings.same_missing:
            what = []
            if dropped_parts:
                what.append(f"leaves out part {', '.join(str(p + 1) for p in dropped_parts)} of {len(weighty)}")
            if listed:
                items = list(dict.fromkeys(i for c in listed for i in c.missing_items))
                what.append("leaves out the listed " + _quote(items))
            return verdict("split", "; ".join(what) + " and carries the rest")
    if loose:
        return verdict("adapted", "leaves out " + _quote([c.text for c in loose]) + " of a sentence it carries")
    return verdict("adapted", "rewrites " + _quote([c.text for c in national if c.status in ("changed", "dropped")]))


def _found_only_in(local: Sequence[ClauseMatch], national: Sequence[ClauseMatch],
                   parts: Sequence[int]) -> list[ClauseMatch]:
    """The local clauses only half found (``changed``), and only in clauses of the national ``parts`` the local measure
    leaves out: a clause of its own that shares a few words with a part it does not carry (2020's 114 carries 2018's
    #47 first sentence whole and adds 完善技术进出口监测体系, whose 技术进出口 is #47's second sentence, left to 46)."""
    return [c for c in local if c.status == "changed" and c.partner
            and all(national[k].part in parts for k in c.partner)]


def _quote(texts: Sequence[str], limit: int = 3) -> str:
    if not texts:
        return "some wording"
    shown = "、".join(f"“{t}”" for t in texts[:limit])
    return shown + (f" and {len(texts) - limit} more" if len(texts) > limit else "")
