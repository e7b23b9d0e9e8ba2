"""The full-text index of the measures: their words, cut by the project's segmenter, per field.

Chinese has no spaces between words, so neither SQLite's nor PostgreSQL's own tokenizers can find
words in it. Each measure's text, headings, responsibility and remarks are cut into words here
(:mod:`pilotplans.diff.segment`, jieba's dictionary in search mode: a long word also gives the
dictionary words inside it, 电子商务 → 电子, 商务, 电子商务; each document's cuts are cached on disk,
:class:`pilotplans.diff.segment.BatchCuts`) and stored as words separated by spaces
in ``measure_search``, one row per measure, deleted with its measure. The databases index those
words:

- **SQLite**: an FTS5 table ``measure_fts`` over ``measure_search`` (external content, kept in step
  by triggers; its ``unicode61`` tokenizer splits on the spaces), ranked with ``bm25``;
- **PostgreSQL**: a ``tsvector`` column of the same words, weighted by field (text A, heading B,
  responsibility C, remarks D) and written as a literal, so that PostgreSQL's parser (which knows no
  Chinese words either) never cuts them again; a GIN index; ranked with ``ts_rank``. Not pg_trgm:
  trigrams match strings of characters, not words — 跨境数据 would not find 数据跨境流动, and a
  two-character word has no trigram at all.

The rows are made when a document is written (:class:`pilotplans.store.bulk.DocumentWriter`), so
the index follows every rebuild, incremental or full, and every ``extract --db``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pilotplans.schema.models import Document, Measure

#: The indexed fields of a measure, in the order of the index's columns, with their PostgreSQL weight.
FIELDS: tuple[tuple[str, str], ...] = (("text", "A"), ("heading", "B"), ("responsibility", "C"), ("remarks", "D"))
#: bm25 weights of the fields (SQLite), in the order of FIELDS.
BM25_WEIGHTS = (4.0, 2.0, 1.5, 1.0)

Cut = Callable[[str], Sequence[str]]


def document_texts(document: Document) -> list[str]:
    """Every text of ``document`` the index cuts, in the order :func:`search_rows` cuts them."""
    return [text for measure in document.measures for texts in measure_fields(measure).values() for text in texts if text]


def words(text: str | None, cut: Cut) -> list[str]:
    """The words of ``text`` as the index holds them: lower case, punctuation and spaces left out."""
    if not text:
        return []
    # (w.isalnum() first: most words are letters or digits throughout, and the generator that
    # looks for one costs a third of a document's words)
    return [w.lower() for w in cut(text) if w.isalnum() or any(ch.isalnum() for ch in w)]


def measure_fields(measure: Measure) -> dict[str, list[str]]:
    """The texts of each indexed field of ``measure``: its text (and its policy rows), its headings,
    its responsibility (the cells as printed, then every body named with its resolved name and the
    central body it answers to), its remarks (and scope)."""
    bodies = [part for d in measure.departments for part in (d.raw, d.name, d.counterpart_name) if part]
    return {
        "text": [measure.text, *(p.text for p in measure.policies)],
        "heading": list(dict.fromkeys([*measure.heading_path, *([measure.heading_title] if measure.heading_title else [])])),
        "responsibility": [t for t in (measure.responsibility, measure.cooperating, measure.superior, measure.leader,
                                       *(p.responsibility for p in measure.policies)) if t] + list(dict.fromkeys(bodies)),
        "remarks": [t for t in (measure.remarks, measure.scope) if t],
    }


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(fields: dict[str, list[str]]) -> str:
    """The PostgreSQL ``tsvector`` of a measure's words: each word with its positions and its
    field's weight (positions counted over the fields in order, capped as PostgreSQL caps them)."""
    positions: dict[str, list[str]] = {}
    position = 0
    for name, weight in FIELDS:
        for word in fields[name]:
            position += 1
            positions.setdefault(word, []).append(f"{min(position, 16383)}{weight}")
    return " ".join(f"{_lexeme(w)}:{','.join(p[:256])}" for w, p in positions.items())


#: A measure's indexed words, one list per field of :data:`FIELDS`, in that order; or a field's
#: words already joined by spaces as the index stores them (:func:`joined_words`).
MeasureWords = tuple[list[str] | str, ...]


def joined_words(measure_words: Sequence[MeasureWords]) -> list[MeasureWords]:
    """``measure_words`` with each field's words joined by spaces, as :func:`search_rows` stores
    them, where they can be split back (no word holds a space; else the field keeps its list).

    A worker of a rebuild sends its document's words to the storing process this way: a few texts
    a measure unpickle in a ninth of the time its hundreds of words took (0.03 against 0.26 ms a
    document), and the storing process, which the workers wait for, no longer joins them."""
    result: list[MeasureWords] = []
    for fields in measure_words:
        joined: list[list[str] | str] = []
        for field in fields:
            if isinstance(field, str):
                joined.append(field)
                continue
            text = " ".join(field)
            joined.append(text if text.count(" ") == max(len(field) - 1, 0) and "" not in field else field)
        result.append(tuple(joined))
    return result


def _split(field: list[str] | str) -> list[str]:
    """A field's words, from its list or from :func:`joined_words`'s text."""
    if not isinstance(field, str):
        return field
    return field.split(" ") if field else []


def document_words(document: Document, cut: Cut | None = None) -> list[MeasureWords]:
    """The indexed words of each of ``document``'s measures (cut with ``cut``; by default with the
    search-mode cuts cached on disk, :class:`pilotplans.diff.segment.BatchCuts`). A rebuild has
    them worked out where the document is read, in a worker process."""
    if cut is None:
        from pilotplans.diff.segment import BatchCuts, default_cache_dir

        cut = BatchCuts(default_cache_dir()).cutter(document_texts(document))
    result = []
    for measure in document.measures:
        fields = measure_fields(measure)
        result.append(tuple([w for text in fields[name] for w in words(text, cut)] for name, _ in FIELDS))
    return result


def search_rows(document: Document, measure_ids: Iterable[int], cut: Cut | None = None, *, postgres: bool,
                measure_words: Sequence[MeasureWords] | None = None) -> list[dict[str, Any]]:
    """The ``measure_search`` rows of ``document``'s measures, whose keys are ``measure_ids``, from
    their words (``measure_words``, else cut here with ``cut``: :func:`document_words`)."""
    if measure_words is None:
        measure_words = document_words(document, cut)
    rows = []
    for measure_id, field_words in zip(measure_ids, measure_words, strict=True):
        fields = {name: field_words[k] for k, (name, _) in enumerate(FIELDS)}
        rows.append(dict(measure_id=measure_id, document_id=document.id,
                         **{name: field if isinstance(field, str) else " ".join(field) for name, field in fields.items()},
                         vector=tsvector_literal({name: _split(field) for name, field in fields.items()}) if postgres else None))
    return rows


# ----------------------------------------------------------------------------- finding measures


@dataclass(frozen=True)
class Match:
    """What to find: the full-text expression in each database's syntax, and the filters (each
    empty or None when it does not narrow)."""

    fts5: str
    tsquery: str
    documents: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    round: int | None = None
    scope: str | None = None
    limit: int | None = None


_SELECT = ("SELECT m.id, m.document_id, m.position, m.number, m.number_raw, m.heading_title, m.heading_path, m.text, "
           "m.responsibility, m.cooperating, m.remarks, m.scope, m.scope_kind, d.round, d.title AS doc_title, {score} AS score "
           "FROM {source} JOIN measures m ON m.id = {key} JOIN documents d ON d.id = m.document_id WHERE {match}")
_SQLITE = dict(score="-bm25(measure_fts, {weights})".format(weights=", ".join(str(w) for w in BM25_WEIGHTS)),
               source="measure_fts", key="measure_fts.rowid", match="measure_fts MATCH :match")
_POSTGRES = dict(score="ts_rank(s.vector, CAST(:match AS tsquery))", source="measure_search s", key="s.measure_id",
                 match="s.vector @@ CAST(:match AS tsquery)")


def _listed(name: str, values: Sequence[object], params: dict[str, object]) -> str:
    marks = []
    for k, value in enumerate(values):
        params[f"{name}{k}"] = value
        marks.append(f":{name}{k}")
    return f"({', '.join(marks)})"


def match_statement(match: Match, postgres: bool) -> tuple[str, dict[str, object]]:
    """The SQL (named parameters, as both sqlite3 and SQLAlchemy take them) finding ``match``, best first."""
    params: dict[str, object] = {"match": match.tsquery if postgres else match.fts5}
    sql = _SELECT.format(**(_POSTGRES if postgres else _SQLITE))
    if match.documents:
        sql += " AND m.document_id IN " + _listed("document", match.documents, params)
    if match.bodies:
        bodies = _listed("body", match.bodies, params)
        sql += (" AND EXISTS (SELECT 1 FROM measure_departments md WHERE md.measure_id = m.id"
                f" AND (md.body_id IN {bodies} OR md.counterpart_id IN {bodies}))")
    if match.regions:
        sql += (" AND EXISTS (SELECT 1 FROM measure_regions mr WHERE mr.measure_id = m.id AND mr.region_id IN "
                + _listed("region", match.regions, params) + ")")
    if match.round is not None:
        params["round"] = match.round
        sql += " AND d.round = :round"
    if match.scope is not None:
        params["scope"] = match.scope
        sql += " AND m.scope_kind = :scope"
    sql += " ORDER BY score DESC, m.document_id, m.position"
    if match.limit is not None:
        params["limit"] = match.limit
        sql += " LIMIT :limit"
    return sql, params
