"""How alike two measures are: normalised wording, weighted words, and the scores built on them.

A measure's text is first stripped of scope phrases (在试点地区, 在具备条件的试点地区, a list of
areas or region groups that says where it applies, the body that receives a devolved power, a
precondition, the local plan's own place names …, see ``pilotplans/data/diff_normalise.toml``),
then cut into parts, clauses and listed items (:mod:`pilotplans.diff.clauses`) and words (the
gazetteer's place names as written, jieba for the rest). Words on the policy stop-list
(``policy_stopwords.txt``: 推进, 探索, 支持 …) and single characters weigh nothing; every other
word weighs its inverse document frequency over the measures of the two documents being
compared, so 律师事务所 outweighs 服务.

Scores, all in [0, 1]: the cosine of two :func:`weighted_vector` s (the candidate score of a
link, :func:`pilotplans.diff.align.score_matrix`) and :func:`coverage`, the share of one text's word weight found in
the other (containment: a narrowed local measure is covered by its national source, not the other
way round). Clause by clause, :mod:`pilotplans.diff.relation` finds words more leniently (服务 /
服务业) except place words (:func:`is_place_word`: 港澳 → 港澳台 widens a measure).
"""

from __future__ import annotations

import functools
import math
import tomllib
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import regex

from pilotplans.diff.clauses import ClauseSpan, clause_spans
from pilotplans.diff.segment import Segmenter
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

_WIDTH = str.maketrans({"(": "（", ")": "）", ",": "，", ";": "；", ":": "：", "!": "！", "?": "？"})
_SPACE = compiled(r"\s+")
_CONTENT = compiled(r"[\p{Han}A-Za-z0-9]")
_LIST_MARKER = compiled(r"(?:(?<=^)|(?<=[。；]))\s*\d+[.．、]\s*")


# ---------------------------------------------------------------------------------------------
# Data: stop-list and scope phrases
# ---------------------------------------------------------------------------------------------


@functools.cache
def load_stopwords() -> frozenset[str]:
    """The policy stop-list, one word a line (``#`` starts a comment)."""
    text = resources.files("pilotplans.data").joinpath("policy_stopwords.txt").read_text("utf-8")
    words = {line.strip() for line in text.splitlines()}
    return frozenset(w for w in words if w and not w.startswith("#"))


@dataclass(frozen=True)
class ScopeRules:
    """The scope patterns and the per-region place names of ``diff_normalise.toml``."""

    patterns: tuple[str, ...]
    places: dict[str, tuple[str, ...]]
    frames: tuple[str, ...] = ()
    world: tuple[str, ...] = ()

    def place_names(self, region: str | None) -> tuple[str, ...]:
        """How a region's plans name it: the data file's phrases, and the gazetteer's names with the
        set phrases its one-character abbreviation forms (琼 → 来琼, 在琼, 赴琼, 驻琼), the longest first and names
        of one length in their own order: a pattern made of them is the same text in every run, and so is
        compiled once and kept (in the order of a set of strings, which changes with each run's hash seed,
        it was compiled anew by every rebuild)."""
        if not region:
            return ()
        names = {region, *self.places.get(region, ()), *_gazetteer_names(region)}
        return tuple(sorted(names, key=lambda name: (-len(name), name)))


_ABBREVIATION_PHRASES = ("来", "在", "赴", "驻")


@functools.cache
def _gazetteer_names(region: str) -> tuple[str, ...]:
    try:
        from pilotplans.normalizers.registry import load_registry

        place = load_registry().gazetteer.lookup_written(region)
    except Exception:  # the diff still runs on the data file's names when the registry cannot load
        return ()
    if place is None:
        return ()
    phrases = tuple(v + a for a in place.abbreviations if len(a) == 1 for v in _ABBREVIATION_PHRASES)
    return (*place.names, *phrases)


@functools.cache
def _place_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """Every written form of a place or group the gazetteer knows, the parts of the world of
    ``diff_normalise.toml`` (欧美, 东盟 …), and the one-character abbreviations of provinces and
    cities (港, 澳, 台, 京, 津, 冀, 粤 …)."""
    world = frozenset(load_scope_rules().world)
    try:
        from pilotplans.normalizers.registry import load_registry

        gazetteer = load_registry().gazetteer
    except Exception:  # the diff still runs without the gazetteer: only the parts of the world are places
        return world, frozenset()
    names = frozenset(n for n in gazetteer.names() if len(n) > 1) | world
    letters = frozenset(a for r in gazetteer.regions.values() for a in r.abbreviations if len(a) == 1)
    return names, letters


@functools.lru_cache(maxsize=8192)
def is_place_word(word: str) -> bool:
    """A word that names places: a gazetteer name (海南, 粤港澳大湾区) or a run of two or more
    one-character abbreviations (港澳, 港澳台, 京津冀, 粤港澳). The diff compares these as written:
    港澳 → 港澳台 widens a measure, 服务 → 服务业 does not."""
    names, letters = _place_vocabulary()
    return word in names or (len(word) >= 2 and all(char in letters for char in word))


@functools.lru_cache(maxsize=64)
def region_id(region: str | None) -> str | None:
    """The gazetteer id (administrative code) of a region's name, or None."""
    if not region:
        return None
    try:
        from pilotplans.normalizers.registry import load_registry

        place = load_registry().gazetteer.lookup_written(region)
    except Exception:
        return None
    return place.id if place is not None else None


@functools.lru_cache(maxsize=8192)
def _within(word: str, region_id: str) -> bool:
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    place = gazetteer.lookup(word)
    return place is not None and region_id in gazetteer.ancestors(place.id)


PlacePredicate = Callable[[str], bool]


def place_predicate(region: str | None) -> PlacePredicate:
    """:func:`is_place_word`, except for the places of ``region`` itself (a local plan naming 海口
    or 三亚 in Hainan names its own ground, not another party)."""
    own = region_id(region)
    if own is None:
        return is_place_word

    @functools.lru_cache(maxsize=16384)
    def foreign_place(word: str) -> bool:
        return is_place_word(word) and not _within(word, own)

    return foreign_place


@functools.cache
def load_scope_rules() -> ScopeRules:
    raw = tomllib.loads(resources.files("pilotplans.data").joinpath("diff_normalise.toml").read_text("utf-8"))
    patterns = tuple(raw["scope"]["patterns"])
    places = {str(k): tuple(str(x) for x in v) for k, v in raw.get("places", {}).items()}
    frames = tuple(raw.get("frames", {}).get("patterns", ()))
    world = tuple(raw.get("world", {}).get("regions", ()))
    for pattern in (*patterns, *frames):  # validate now, not in the middle of a diff
        compiled(pattern.replace("{place}", "厦门"))
    if not all(isinstance(w, str) and len(w) > 1 for w in world):
        raise ValueError("diff_normalise.toml: [world] regions must be names of two characters or more")
    return ScopeRules(patterns, places, frames, world)


@dataclass(frozen=True)
class ClauseRules:
    """``[clauses]`` of ``diff_normalise.toml``: words that open a clause which only sets where or
    on what a measure acts (在数字服务出口基地，对…的服务贸易，) rather than what it does."""

    setting_openers: tuple[str, ...]


@functools.cache
def load_clause_rules() -> ClauseRules:
    raw = tomllib.loads(resources.files("pilotplans.data").joinpath("diff_normalise.toml").read_text("utf-8"))
    openers = raw.get("clauses", {}).get("setting_openers", [])
    if not all(isinstance(o, str) and o for o in openers):
        raise ValueError("diff_normalise.toml: [clauses] setting_openers must be non-empty strings")
    return ClauseRules(tuple(openers))


@functools.cache
def _frame_regexes() -> tuple[regex.Pattern[str], ...]:
    return tuple(compiled(p) for p in load_scope_rules().frames)


@functools.cache
def _scope_regexes(region: str | None) -> tuple[regex.Pattern[str], ...]:
    rules = load_scope_rules()
    names = rules.place_names(region)
    place = "(?:" + "|".join(regex.escape(n) for n in names) + ")" if names else None
    found = []
    for pattern in rules.patterns:
        if "{place}" in pattern:
            if place is None:
                continue
            pattern = pattern.replace("{place}", place)
        found.append(compiled(pattern))
    return tuple(found)


# ---------------------------------------------------------------------------------------------
# Normalising and cutting text
# ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=16384)
def normalise_wording(text: str, region: str | None = None) -> str:
    """``text`` without whitespace, with half-width punctuation made full-width, and without the
    scope phrases and the place names of ``region`` (the plan's own region), nor the brackets
    such a name leaves empty (中国（重庆）自由贸易试验区 → 中国自由贸易试验区, not 中国（）…)."""
    text = _SPACE.sub("", unicodedata.normalize("NFKC", text).translate(_WIDTH))
    text = _LIST_MARKER.sub("", text)
    for pattern in _scope_regexes(region):
        text = pattern.sub("", text)
    return text.replace("（）", "")


def split_frame(text: str) -> tuple[str | None, str]:
    """A leading implementation frame (落实…政策，) of a normalised text, and the rest."""
    for pattern in _frame_regexes():
        found = pattern.match(text)
        if found:
            return found.group(0), text[found.end():]
    return None, text


# ---------------------------------------------------------------------------------------------
# Profiles: a measure ready to compare
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    """One comma clause of a measure: its normalised text, its content words, the index of the
    co-equal part it belongs to (sentence or ；-clause; -1 for a leading frame), and the content
    words of each listed item when it holds a list."""

    text: str
    words: tuple[str, ...]
    part: int = 0
    frame: bool = False
    items: tuple[tuple[str, ...], ...] = ()
    item_texts: tuple[str, ...] = ()
    #: The words of what the clause states when a list illustrating it follows (建设区域性公共服务平台，如A、B…等:
    #: 建设, 区域性, 公共服务, 平台), else ().
    lead: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    """One measure's normalised wording, cut into clauses (see :mod:`pilotplans.diff.clauses`)
    and content words. A leading implementation frame (落实…政策，) is a clause of its own with
    ``frame=True``."""

    text: str
    clauses: tuple[Clause, ...]

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for c in self.clauses for w in c.words)

@functools.lru_cache(maxsize=16384)
def _clause_spans(text: str, start: int) -> tuple[ClauseSpan, ...]:
    return tuple(clause_spans(text, start))


@functools.cache
def _place_index() -> dict[str, tuple[int, ...]]:
    """For each first character of a place name, the lengths of the names it begins, longest first."""
    names, _ = _place_vocabulary()
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[0], set()).add(len(name))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


def place_spans(text: str) -> list[tuple[int, int]]:
    """Where the gazetteer's place and group names stand in ``text``, left to right, the longest
    at each place, none overlapping (as an alternation of the names, longest first, would find
    them; a look-up by first character is a hundred times faster for thousands of names)."""
    names, _ = _place_vocabulary()
    index = _place_index()
    spans: list[tuple[int, int]] = []
    position, end = 0, len(text)
    while position < end:
        for length in index.get(text[position], ()):
            if position + length <= end and text[position:position + length] in names:
                spans.append((position, position + length))
                position += length
                break
        else:
            position += 1
    return spans


class _Noting:
    """A segmenter whose every cut is noted (:func:`kept_profile` keeps them with the profile)."""

    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter
        self.cuts: list[tuple[str, tuple[str, ...]]] = []

    def cut(self, text: str) -> tuple[str, ...]:
        words = self.segmenter.cut(text)
        self.cuts.append((text, words))
        return words


def _words_at(text: str, segmenter: Segmenter | _Noting) -> list[tuple[int, str]]:
    """The words of ``text``, each with its offset: the gazetteer's place and group names as
    written (jieba would cut 粤港澳大湾区大数据 into 粤港澳 / 大湾 / 区大 / 数据), jieba for the rest."""
    out: list[tuple[int, str]] = []

    def cut(start: int, end: int) -> None:
        offset = start
        for word in segmenter.cut(text[start:end]) if end > start else ():
            out.append((offset, word))
            offset += len(word)

    position = 0
    for start, end in place_spans(text):
        cut(position, start)
        out.append((start, text[start:end]))
        position = end
    cut(position, len(text))
    return out


def profile(text: str, region: str | None, segmenter: Segmenter | _Noting, stopwords: frozenset[str]) -> Profile:
    """``text`` normalised (traditional characters read as simplified, scope phrases and
    ``region``'s names out), its frame split off, cut into clauses and items, and each clause's
    content words (jieba cuts the whole text once). A plan printed in traditional characters
    (責任單位, 港澳藥品) is compared with a simplified national plan word for word."""
    normalised = normalise_wording(fold(text), region)
    frame, _ = split_frame(normalised)
    frame_end = len(frame) if frame else 0
    spans = _clause_spans(normalised, frame_end)
    located = [(at, w) for at, w in _words_at(normalised, segmenter)
               if len(w) > 1 and w not in stopwords and _CONTENT.search(w)]

    def words_in(start: int, end: int) -> tuple[str, ...]:
        return tuple(w for at, w in located if start <= at < end)

    clauses = [Clause(frame.rstrip("，,"), words_in(0, frame_end), part=-1, frame=True)] if frame else []
    for span in spans:
        clauses.append(Clause(
            normalised[span.start:span.end], words_in(span.start, span.end), part=span.part,
            items=tuple(words_in(a, b) for a, b in span.items),
            item_texts=tuple(normalised[a:b] for a, b in span.items),
            lead=words_in(span.start, span.lead_end) if span.lead_end is not None else (),
        ))
    return Profile(normalised, tuple(clauses))


#: How many profiles :func:`kept_profile` keeps (the least recently used go first).
KEPT_PROFILES = 4096
_kept: OrderedDict[tuple[object, ...], tuple[Profile, tuple[tuple[str, tuple[str, ...]], ...]]] = OrderedDict()


def kept_profile(text: str, region: str | None, segmenter: Segmenter, stopwords: frozenset[str]) -> Profile:
    """:func:`profile`, kept for the process: a national plan is profiled once, however many local
    plans a process diffs against it (a rebuild diffs every local plan of a round against the same
    national plan; each pair profiled its measures again). A profile is made of the text, the
    region, the stop words and the segmenter's cuts, which its engine and extra words decide (its
    cache on disk holds that engine's cuts), and is frozen. Kept under the engine and the words,
    not the segmenter, so that no segmenter (with every cut it read from its cache file) is held
    after its diff (``diff_documents`` without one makes one per call). The cuts the profile was
    made of are kept with it and given to the segmenter of a later diff (:meth:`Segmenter.learn`):
    that segmenter cuts nothing then, and without them its cache file, which the next process
    reads, would never hold them."""
    key = (text, region, segmenter.engine, segmenter.words, stopwords)
    found = _kept.get(key)
    if found is not None:
        _kept.move_to_end(key)
        segmenter.learn(found[1])
        return found[0]
    noting = _Noting(segmenter)
    made = profile(text, region, noting, stopwords)
    _kept[key] = (made, tuple(noting.cuts))
    if len(_kept) > KEPT_PROFILES:
        _kept.popitem(last=False)
    return made


def forget_profiles() -> None:
    """Empty what :func:`kept_profile` keeps."""
    _kept.clear()


# ---------------------------------------------------------------------------------------------
# Weights and scores
# ---------------------------------------------------------------------------------------------


def idf_weights(documents: Sequence[Iterable[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency, ``ln((1 + N) / (1 + df)) + 1``, of every word."""
    df: Counter[str] = Counter()
    for words in documents:
        df.update(set(words))
    n = len(documents)
    return {w: math.log((1 + n) / (1 + count)) + 1.0 for w, count in df.items()}


def weighted_vector(words: Iterable[str], idf: dict[str, float]) -> dict[str, float]:
    """Unit-length vector of (1 + ln tf) × idf."""
    counts = Counter(words)
    vector = {w: (1.0 + math.log(c)) * idf.get(w, 0.0) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {w: v / norm for w, v in vector.items()} if norm else {}


def coverage(part: Iterable[str], whole: Iterable[str], idf: dict[str, float]) -> float:
    """Share of the weight of ``part``'s distinct words that also occur in ``whole``."""
    part_set = set(part)
    total = sum(idf.get(w, 0.0) for w in part_set)
    if not total:
        return 0.0
    whole_set = whole if isinstance(whole, set | frozenset) else set(whole)
    return sum(idf.get(w, 0.0) for w in part_set & whole_set) / total


def mass(words: Iterable[str], idf: dict[str, float]) -> float:
    """Total weight of the distinct words."""
    return sum(idf.get(w, 0.0) for w in set(words))
