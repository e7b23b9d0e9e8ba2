"""Answer keys for the diff, and how well a diff agrees with one.

An answer key is a TSV file with a header row (lines starting with ``#`` are comments): the
local measure number, the national measure number(s) it implements (comma-separated, empty for
a local addition), and the relation a careful reader gives it — ``same``, ``adapted``,
``merged``, ``partial`` (one part of a split national measure) or ``local``. A key may cover only
some local measures; a diff is scored on those alone.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pilotplans.diff.models import DiffResult

KEY_RELATIONS = {"same": "same", "adapted": "adapted", "merged": "merged", "partial": "split", "split": "split", "local": "local"}


@dataclass(frozen=True)
class KeyRow:
    """A row of a diff's answer key: a local measure, the national ones it answers, the relation and how sure."""

    local: int
    nationals: tuple[int, ...]
    relation: str  # in the diff's vocabulary (partial → split)
    confidence: str | None = None


def read_answer_key(path: Path) -> list[KeyRow]:
    lines = [line for line in path.read_text("utf-8-sig").splitlines() if line.strip() and not line.startswith("#")]
    rows: list[KeyRow] = []
    for record in csv.reader(lines[1:], delimiter="\t"):
        local, nationals, relation = record[0], record[1], record[2]
        if relation not in KEY_RELATIONS:
            raise ValueError(f"{path}: unknown relation {relation!r} for local measure {local}")
        numbers = tuple(int(n) for n in nationals.replace("，", ",").split(",") if n.strip())
        confidence = record[3] if len(record) > 3 and record[3] else None
        rows.append(KeyRow(int(local), numbers, KEY_RELATIONS[relation], confidence))
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
    missed: tuple[tuple[int, int], ...]
    spurious: tuple[tuple[int, int], ...]
    disagreements: tuple[tuple[int, str, str], ...]  # (local, key relation, diff relation)
    compared: tuple[tuple[int, str, str], ...] = ()  # every row whose links agree: (local, key, diff)

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


def predicted_pairs(result: DiffResult) -> tuple[set[tuple[int, int]], set[int], dict[int, str]]:
    """(national, local) number pairs, local additions, and the relation given to each local measure."""
    pairs: set[tuple[int, int]] = set()
    additions: set[int] = set()
    relation: dict[int, str] = {}
    for link in result.links:
        if link.local is None or link.local.number is None:
            continue
        number = link.local.number
        if link.national is None:
            additions.add(number)
            relation[number] = "local"
        elif link.national.number is not None:
            pairs.add((link.national.number, number))
            relation[number] = link.relation
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
        missed=tuple(sorted(expected - found)),
        spurious=tuple(sorted(found - expected)),
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
