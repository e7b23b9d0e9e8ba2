"""Answer keys for the diff, and how well a diff agrees with one.

An answer key is a TSV file with a header row (lines starting with ``#`` are comments): the
local measure, the national measure(s) it implements (comma-separated, empty for a local
addition), and the relation a careful reader gives it — ``same``, ``adapted``, ``merged``,
``partial`` (one part of a split national measure) or ``local``. A key may cover only some local
measures; a diff is scored on those alone.

A measure is named by its number, or by ``#<position>`` (its 1-based order in its document) when its
plan prints none — national-2018's task tables number no measure, so a key against it names them ``#7``,
``#48`` (:attr:`MeasureRef.bare_label`; not the label qualified by its headings that the outputs show where its plan
prints the number twice).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pilotplans.diff.models import DiffResult, MeasureRef

KEY_RELATIONS = {"same": "same", "adapted": "adapted", "merged": "merged", "partial": "split", "split": "split", "local": "local"}


#: A measure as a key names it: its number, or ``"#<position>"`` for a measure its plan leaves unnumbered.
MeasureName = int | str


def measure_name(cell: str) -> MeasureName:
    """A key's cell naming one measure: ``16`` → 16, ``#7`` → ``"#7"`` (a refusal for anything else)."""
    cell = cell.strip()
    if cell.startswith("#") and cell[1:].isdigit():
        return f"#{int(cell[1:])}"
    return int(cell)


def name_of(ref: MeasureRef) -> MeasureName:
    """The name a key gives the measure ``ref`` points at: its number, or ``#<position>`` when it has none."""
    return ref.number if ref.number is not None else f"#{ref.position}"


def _order(pair: tuple[MeasureName, ...]) -> tuple[tuple[bool, int], ...]:
    """Sorts names numbered first, each kind by its value (``2`` before ``10``, ``#2`` before ``#10``)."""
    return tuple((isinstance(n, str), int(str(n).lstrip("#"))) for n in pair)


@dataclass(frozen=True)
class KeyRow:
    """A row of a diff's answer key: a local measure, the national ones it answers, the relation and how sure."""

    local: MeasureName
    nationals: tuple[MeasureName, ...]
    relation: str  # in the diff's vocabulary (partial → split)
    confidence: str | None = None


def read_answer_key(path: Path) -> list[KeyRow]:
    lines = [line for line in path.read_text("utf-8-sig").splitlines() if line.strip() and not line.startswith("#")]
    rows: list[KeyRow] = []
    for record in csv.reader(lines[1:], delimiter="\t"):
        local, nationals, relation = record[0], record[1], record[2]
        if relation not in KEY_RELATIONS:
            raise ValueError(f"{path}: unknown relation {relation!r} for local measure {local}")
        names = tuple(measure_name(n) for n in nationals.replace("，", ",").split(",") if n.strip())
        confidence = record[3] if len(record) > 3 and record[3] else None
        rows.append(KeyRow(measure_name(local), names, KEY_RELATIONS[relation], confidence))
    return rows


@dataclass(frozen=True)
class Agreement:
    """How a diff agrees with a key, on the local measures the key covers."""

    pairs_expected: int
    pairs_found: int
    pairs_correct: int
    locals_expected: int
    locals_found: int
    locals_correct: int
    relations_compared: int
    relations_agreeing: int
    missed: tuple[tuple[MeasureName, MeasureName], ...]
    spurious: tuple[tuple[MeasureName, MeasureName], ...]
    disagreements: tuple[tuple[MeasureName, str, str], ...]  # (local, key relation, diff relation)
    compared: tuple[tuple[MeasureName, str, str], ...] = ()  # every row whose links agree: (local, key, diff)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(self.pairs_correct, self.pairs_found)

    @property
    def recall(self) -> float:
        return self._ratio(self.pairs_correct, self.pairs_expected)

    @property
    def local_precision(self) -> float:
        return self._ratio(self.locals_correct, self.locals_found)

    @property
    def local_recall(self) -> float:
        return self._ratio(self.locals_correct, self.locals_expected)

    @property
    def relation_agreement(self) -> float:
        return self._ratio(self.relations_agreeing, self.relations_compared)


def predicted_pairs(result: DiffResult) -> tuple[set[tuple[MeasureName, MeasureName]], set[MeasureName],
                                                  dict[MeasureName, str]]:
    """(national, local) pairs of measure names (:func:`name_of`), local additions, and the relation given to
    each local measure. An unnumbered measure is named by its position, never passed over: passed over, every link
    to national-2018 (whose tables number no measure) went uncounted, a key against it scoring nothing found."""
    pairs: set[tuple[MeasureName, MeasureName]] = set()
    additions: set[MeasureName] = set()
    relation: dict[MeasureName, str] = {}
    for link in result.links:
        if link.local is None:
            continue
        local = name_of(link.local)
        if link.national is None:
            additions.add(local)
            relation[local] = "local"
        else:
            pairs.add((name_of(link.national), local))
            relation[local] = link.relation
    return pairs, additions, relation


def agreement(result: DiffResult, key: Iterable[KeyRow]) -> Agreement:
    rows = list(key)
    covered = {row.local for row in rows}
    expected = {(n, row.local) for row in rows for n in row.nationals}
    expected_locals = {row.local for row in rows if not row.nationals}
    pairs, additions, relation = predicted_pairs(result)
    found = {p for p in pairs if p[1] in covered}
    found_locals = additions & covered
    outcomes: list[tuple[int, str, str]] = []
    for row in rows:
        predicted = {n for n, local in found if local == row.local}
        if predicted != set(row.nationals):
            continue  # the links differ: counted in precision/recall, not here
        outcomes.append((row.local, row.relation, relation.get(row.local, "?")))
    disagreements = [o for o in outcomes if o[1] != o[2]]
    return Agreement(
        pairs_expected=len(expected),
        pairs_found=len(found),
        pairs_correct=len(found & expected),
        locals_expected=len(expected_locals),
        locals_found=len(found_locals),
        locals_correct=len(found_locals & expected_locals),
        relations_compared=len(outcomes),
        relations_agreeing=len(outcomes) - len(disagreements),
        missed=tuple(sorted(expected - found, key=_order)),
        spurious=tuple(sorted(found - expected, key=_order)),
        disagreements=tuple(disagreements),
        compared=tuple(outcomes),
    )


def per_relation(results: Iterable[Agreement]) -> dict[str, tuple[int, int]]:
    """For each relation of the keys: (rows whose links agree, rows among them the diff labels alike)."""
    table: dict[str, list[int]] = {}
    for result in results:
        for _, key, found in result.compared:
            counts = table.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += key == found
    return {relation: (n, k) for relation, (n, k) in table.items()}
