"""Full-text search over the stored measures, in Chinese, word by word.

A query is cut into words by the segmenter that cut the index (:mod:`pilotplans.store.search`),
so that 跨境数据 finds 跨境数据流动 and 数据跨境流动 alike. Each part of the query (parts are
separated by spaces; every part must match) matches a measure when the part itself begins a word
of it, or when each of the part's words does: 银保监 finds 银保监会 (cut 银 / 保监会) and 银保监局.
A word of two characters or more matches the words it begins (数据 finds 数据库); a single
character only itself. Measures are ranked by the database (bm25 on SQLite, ts_rank on
PostgreSQL; the text weighs most, then headings, responsibility and remarks), and each hit carries
a snippet of the field that matched with the matching words marked.

Filters narrow the hits: documents by id; departments by any name, alias or id the registry's
tables know (a central body also finds the local bodies answering to it); regions by name or
administrative code; the programme round; the scope kind.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from pilotplans.errors import UnknownValue, did_you_mean

#: Marks put around the matching words of a snippet.
MARK_OPEN, MARK_CLOSE = "«", "»"
#: Characters of context a snippet shows before the first matching word, and at most in all.
SNIPPET_BEFORE, SNIPPET_CHARS = 20, 80
#: The scope kinds a measure may have (``scope_kind``).
SCOPE_KINDS = ("all", "listed", "qualified", "related", "subordinate", "none")
#: The fields a hit's snippet may come from, in the order they are tried.
SNIPPET_FIELDS = ("text", "heading", "responsibility", "remarks")


@dataclass(frozen=True)
class QueryPart:
    """A part of a query (the text between spaces): the part as typed and its words."""

    text: str
    words: tuple[str, ...]

    def splits(self) -> list[tuple[str, str]]:
        """The part cut in two at each character: a word of the index and the start of the next
        (银保监 as 银 + 保监…: the index cuts 银保监会 as 银 / 保监会)."""
        return [(self.text[:k], self.text[k:]) for k in range(1, len(self.text))] if len(self.text) <= MAX_SPLIT else []

    def terms(self) -> set[str]:
        return {self.text, *self.words}


#: Parts longer than this are not matched by their splits (see :meth:`QueryPart.splits`).
MAX_SPLIT = 8


@dataclass(frozen=True)
class SearchQuery:
    """A query cut into parts and words. A part matches a measure when (1) it begins a word of
    it, or (2) one of its splits stands in it, two words in a row, or (3) each of its own words
    begins a word of it, in any order (跨境数据 finds 数据跨境流动)."""

    text: str
    parts: tuple[QueryPart, ...]

    def terms(self) -> list[str]:
        """Every string whose occurrences a snippet marks, longest first."""
        found = {t for part in self.parts for t in part.terms()}
        return sorted(found, key=lambda t: (-len(t), t))

    def fts5(self) -> str:
        """The query in SQLite FTS5's syntax."""
        def quoted(text: str) -> str:
            return '"' + text.replace('"', '""') + '"'

        def term(word: str) -> str:
            return quoted(word) + ("*" if len(word) > 1 else "")

        def part(p: QueryPart) -> str:
            ways = [term(p.text)]
            ways += [quoted(f"{head} {tail}") + ("*" if len(tail) > 1 else "") for head, tail in p.splits()]
            if p.words != (p.text,):
                ways.append("(" + " AND ".join(term(w) for w in p.words) + ")")
            return "(" + " OR ".join(ways) + ")"

        return " AND ".join(part(p) for p in self.parts)

    def tsquery(self) -> str:
        """The query as a PostgreSQL ``tsquery`` literal (the same three ways)."""
        def term(word: str) -> str:
            return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if len(word) > 1 else "")

        def part(p: QueryPart) -> str:
            ways = [term(p.text)]
            ways += [f"({term(head) if len(head) == 1 else term(head).removesuffix(':*')} <-> {term(tail)})"
                     for head, tail in p.splits()]
            if p.words != (p.text,):
                ways.append("(" + " & ".join(term(w) for w in p.words) + ")")
            return "(" + " | ".join(ways) + ")"

        return " & ".join(part(p) for p in self.parts)


#: What other search boxes take for "either word" between two words: a query part of these alone is refused, not searched.
EITHER_WORDS = frozenset({"OR", "|", "||"})


def parse_query(text: str) -> SearchQuery:
    """``text`` cut into parts (by spaces) and words (by the index's segmenter, precise mode)."""
    from pilotplans.diff.segment import cutter, default_engine
    from pilotplans.store.search import words

    if any(chunk in EITHER_WORDS for chunk in text.split()):
        raise UnknownValue(f"the query {text!r} asks for either word, which search does not do: every part of a query "
                           f"must match; search each word alone, or list the measures holding any of them with "
                           f"`pilotplans measures -s WORD -s WORD`")
    cut = cutter(default_engine())
    stop = stop_words()
    parts = []
    dropped: list[str] = []
    for chunk in text.split():
        cut_list = words(chunk, cut)
        kept = content_words(cut_list, stop)
        cut_words = tuple(dict.fromkeys(cut_list))
        chunk_words = tuple(dict.fromkeys(kept))
        dropped += [w for w in cut_words if w not in chunk_words]
        if not chunk_words:
            continue
        whole = "".join(ch for ch in chunk.lower() if ch.isalnum())
        # a part whose stop words were dropped is matched by its other words (数据的流动: 数据 and 流动)
        parts.append(QueryPart(whole, chunk_words) if len(chunk_words) == len(cut_words)
                     else QueryPart("".join(chunk_words), chunk_words))
    if not parts and dropped:
        raise UnknownValue(f"the query {text!r} names nothing to search for: {'、'.join(dict.fromkeys(dropped))} "
                           f"{'is a function word' if len(set(dropped)) == 1 else 'are function words'} every measure "
                           f"uses; search for a word the measures are about")
    if not parts:
        raise UnknownValue(f"the query {text!r} holds no word to search for")
    return SearchQuery(text, tuple(parts))


def content_words(cut: Sequence[str], stop: frozenset[str]) -> list[str]:
    """The words of a query part ``cut`` by the segmenter without its function words (``stop``): one is dropped where
    it stands beside words the segmenter cut whole (数据的流动: 的 between 数据 and 流动), or beside function words
    only; kept where a character of no word stands beside it, the two a name the segmenter does not know and cut
    apart (于都: 于 and 都, 个税, 得荣): dropped, the query would search 都 alone."""
    def beside_a_lone_character(k: int) -> bool:
        return any(0 <= j < len(cut) and len(cut[j]) == 1 and cut[j] not in stop for j in (k - 1, k + 1))

    return [w for k, w in enumerate(cut) if w not in stop or beside_a_lone_character(k)]


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The function words a query names nothing by (``search_stopwords.txt``, one a line, ``#`` a comment)."""
    text = resources.files("pilotplans.data").joinpath("search_stopwords.txt").read_text("utf-8")
    return frozenset(w for w in (line.strip() for line in text.splitlines()) if w and not w.startswith("#"))


# ----------------------------------------------------------------------------- snippets


def marked_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of ``text`` where any of ``terms`` occurs (case ignored), overlapping and touching
    spans joined, in order."""
    lowered = text.lower()
    spans = []
    for term in terms:
        start = lowered.find(term)
        while start >= 0:
            spans.append((start, start + len(term)))
            start = lowered.find(term, start + 1)
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def snippet(text: str, spans: Sequence[tuple[int, int]], *, before: int = SNIPPET_BEFORE, size: int = SNIPPET_CHARS) -> str:
    """A window of ``text`` around its first span, spans marked with « », "…" where it is cut."""
    first = spans[0][0] if spans else 0
    start = max(0, min(first - before, len(text) - size))
    end = min(len(text), start + size)
    out = ["…" if start > 0 else ""]
    at = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        out += [text[at:span_start], MARK_OPEN, text[span_start:span_end], MARK_CLOSE]
        at = span_end
    out += [text[at:end], "…" if end < len(text) else ""]
    return "".join(out)


# ----------------------------------------------------------------------------- hits


@dataclass(frozen=True)
class SearchHit:
    """A measure found by a search, with its rank and the snippet that shows why."""

    document: str
    number: int | None
    number_raw: str | None
    position: int
    score: float
    field: str
    """The field the snippet comes from: text, heading, responsibility or remarks."""
    snippet: str
    heading: str | None
    text: str
    responsibility: str | None
    remarks: str | None
    scope_kind: str | None
    round: int | None
    heading_path: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SearchFilters:
    """What narrows a search (each empty or None when it does not)."""

    documents: Sequence[str] = ()
    departments: Sequence[str] = ()
    regions: Sequence[str] = ()
    round: int | None = None
    scope: str | None = None


def _field_texts(row: dict) -> dict[str, str]:
    path = row["heading_path"] or ([row["heading_title"]] if row["heading_title"] else [])
    return {"text": row["text"], "heading": " > ".join(path),
            "responsibility": "；".join(t for t in (row["responsibility"], row["cooperating"]) if t),
            "remarks": "；".join(t for t in (row["remarks"], row["scope"]) if t)}


def hit_of(row: dict, query: SearchQuery) -> SearchHit:
    """The hit a found row makes: its snippet from the first field where a term shows."""
    terms = query.terms()
    texts = _field_texts(row)
    chosen, spans = "text", []
    for name in SNIPPET_FIELDS:
        found = marked_spans(texts[name], terms)
        if found:
            chosen, spans = name, found
            break
    return SearchHit(document=row["document_id"], number=row["number"], number_raw=row["number_raw"], position=row["position"],
                     score=round(float(row["score"]), 4), field=chosen, snippet=snippet(texts[chosen], spans),
                     heading=row["heading_title"], text=row["text"], responsibility=row["responsibility"],
                     remarks=row["remarks"], scope_kind=row["scope_kind"], round=row["round"],
                     heading_path=list(row["heading_path"] or []))


def resolve_departments(url: str, names: Sequence[str]) -> list[str]:
    """The ids of the bodies ``names`` name in the database's registry tables: an id, a name, a
    registered alias or typo, or a form the documents wrote it in (市商务局 names every local
    commerce bureau so written). A name that names nothing is an :class:`UnknownValue`."""
    from pilotplans.store.read import statement_rows

    ids: list[str] = []
    for name in names:
        rows = statement_rows(url, "SELECT id FROM bodies WHERE id = :name OR name = :name OR full_name = :name "
                                   "UNION SELECT body_id FROM body_aliases WHERE alias = :name ORDER BY 1", {"name": name})
        if not rows:
            raise UnknownValue(f"--department {name}: no body of that id, name or alias in the database "
                               "(see `pilotplans departments` for the bodies and the forms they are written in)")
        ids.extend(row["id"] for row in rows)
    return list(dict.fromkeys(ids))


def resolve_regions(url: str, names: Sequence[str]) -> list[str]:
    """The region ids (administrative codes) ``names`` name: a code, or a place's name or short
    form in the gazetteer (厦门, 厦门市, 350200)."""
    from pilotplans.store.read import statement_rows

    ids: list[str] = []
    for name in names:
        rows = statement_rows(url, "SELECT id FROM regions WHERE id = :name OR code = :name OR name = :name", {"name": name})
        if rows:
            ids.extend(row["id"] for row in rows)
            continue
        from pilotplans.normalizers.registry import load_registry

        gazetteer = load_registry().gazetteer
        region = gazetteer.lookup_written(name)  # 南京市鼓楼区, as a plan's region is written
        if region is None:
            raise UnknownValue(f"--region {name}: no place of that name or code in the gazetteer "
                               f"({did_you_mean(gazetteer.misspelt(name), 'e.g. 厦门 or 350200')})")
        ids.append(region.id)
    return list(dict.fromkeys(ids))


def check_documents_and_round(url: str, documents: Sequence[str], round: int | None) -> None:
    """Refuse a document id the database does not hold (as ``pilotplans measures`` does) and a
    round no stored document has (listing those it has): either would otherwise find nothing, and
    a mistyped filter would read as a query with no hits."""
    from pilotplans.store.read import statement_rows

    if not documents and round is None:
        return
    rows = statement_rows(url, "SELECT id, round, region FROM documents", {})
    missing = sorted(set(documents) - {row["id"] for row in rows})
    if missing:
        from pilotplans.errors import DocumentNotFound, not_stored
        from pilotplans.normalizers.registry import load_registry
        from pilotplans.places_named import StoredPlan, plans_of_places

        raise DocumentNotFound(not_stored(missing, [row["id"] for row in rows]) + plans_of_places(
            missing, [StoredPlan(row["id"], row["region"]) for row in rows], load_registry().gazetteer))
    rounds = sorted({row["round"] for row in rows if row["round"] is not None})
    if round is not None and round not in rounds:
        raise UnknownValue(f"--round {round}: no stored document of that round; stored rounds: "
                           f"{', '.join(map(str, rounds)) or 'none'}")


def search(url: str, query: str, filters: SearchFilters = SearchFilters(), limit: int | None = 50) -> list[SearchHit]:
    """The stored measures matching ``query`` (see the module docstring), best first."""
    from pilotplans.store.read import statement_rows
    from pilotplans.store.search import Match, match_statement

    if filters.scope is not None and filters.scope not in SCOPE_KINDS:
        raise UnknownValue(f"--scope {filters.scope}: not a scope kind; valid: {', '.join(SCOPE_KINDS)}")
    parsed = parse_query(query)
    check_documents_and_round(url, filters.documents, filters.round)
    match = Match(fts5=parsed.fts5(), tsquery=parsed.tsquery(), documents=tuple(filters.documents),
                  bodies=tuple(resolve_departments(url, filters.departments)) if filters.departments else (),
                  regions=tuple(resolve_regions(url, filters.regions)) if filters.regions else (),
                  round=filters.round, scope=filters.scope, limit=limit)
    sql, params = match_statement(match, postgres=not url.startswith("sqlite"))
    with refused_pattern(url, query):
        rows = statement_rows(url, sql, params)  # a database that cannot be read: one line naming it and why
    return [hit_of(row, parsed) for row in rows]


#: What SQLite's FTS5 and PostgreSQL say of a search pattern they cannot parse (the first line of their error).
PATTERN_REFUSED = ("fts5: syntax error", "syntax error in tsquery", "unterminated string", "malformed match expression")


@contextmanager
def refused_pattern(url: str, query: str) -> Iterator[None]:
    """Within the block, the database refusing the search pattern made of ``query`` (:data:`PATTERN_REFUSED`) is one
    line naming the query and the database's words; any other error goes on as it is."""
    from pilotplans.store.db import StoreError, shown_url

    try:
        yield
    except StoreError as exc:
        said = str(exc).lower()
        if not any(words in said for words in PATTERN_REFUSED):
            raise
        raise StoreError(f"{shown_url(url)}: the search index refused the pattern made of the query {query!r} "
                         f"({str(exc).rsplit(': ', 1)[-1]}); search its words apart, and report the query as a fault "
                         "of pilotplans, which quotes every word it searches") from None
