"""Other cities' plans written as task tables in text, and the hand-made key of their body mentions.

``fixtures/city_plans/<id>.tsv`` holds one plan: ``# field<TAB>value`` lines (title, doc_no,
issuer, region, date, table), the header row (序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |
完成时限), section rows (一、…) and one row per measure. :func:`read_city_plan` writes it as a
DOCX table the way a city publishes it (section rows spanning the table) and reads it back through
the whole pipeline. ``<id>.key.tsv`` gives, for every body written in the plan, the body it names
(``expected_id``, our id scheme: region code and kind) and its central counterparts; a mention
no kind models keeps an id of its own invention, so that it counts as a miss. An organisation
that is not a body at all (南京大学) has an empty ``expected_id``: it must stay unresolved.

:func:`score` compares the resolutions with the key: share resolved, pairwise precision and
recall of "same body", and the share of local bodies resolved and given the right counterparts (an
unresolved body has none to be right about). A mention the
pipeline found that the key does not hold (a list misread) counts as a body left unresolved, and
a non-body given an id counts as a wrong resolution.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "city_plans"


@dataclass(frozen=True)
class KeyEntry:
    written: str
    expected_id: str
    counterparts: tuple[str, ...]
    note: str

    @property
    def is_body(self) -> bool:
        return bool(self.expected_id)


@dataclass(frozen=True)
class Found:
    document: str
    written: str
    id: str | None
    counterparts: tuple[str, ...]


@dataclass(frozen=True)
class Score:
    mentions: int
    resolved: int
    pair_precision: float
    pair_recall: float
    local_bodies: int
    counterpart_right: int
    missing_from_key: tuple[str, ...]
    wrong: tuple[tuple[str, str, str | None], ...]
    unkeyed: int = 0
    non_bodies: int = 0
    non_bodies_resolved: tuple[tuple[str, str], ...] = ()

    @property
    def resolved_share(self) -> float:
        total = self.mentions + self.unkeyed
        return self.resolved / total if total else 1.0

    @property
    def counterpart_share(self) -> float:
        return self.counterpart_right / self.local_bodies if self.local_bodies else 1.0


def plan_ids() -> list[str]:
    return sorted(p.name.removesuffix(".tsv") for p in FIXTURES.glob("*.tsv") if not p.name.endswith(".key.tsv"))


def read_key(plan: str) -> dict[str, KeyEntry]:
    with open(FIXTURES / f"{plan}.key.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {r["written"]: KeyEntry(r["written"], r["expected_id"], tuple(c for c in r["counterparts"].split(";") if c),
                                   r["note"] or "") for r in rows}


def _parse(plan: str, folder: Path = FIXTURES) -> tuple[dict[str, str], list[list[str]]]:
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    for line in (folder / f"{plan}.tsv").read_text("utf-8").splitlines():
        if line.startswith("# "):
            field, _, value = line[2:].partition("\t")
            meta[field] = value
        elif line.strip():
            rows.append(line.split("\t"))
    return meta, rows


def write_docx(plan: str, path: Path, folder: Path = FIXTURES) -> dict[str, str]:
    """The plan as a DOCX (title, 文号, table caption, the table); returns its metadata."""
    from docx import Document

    meta, rows = _parse(plan, folder)
    docx = Document()
    docx.add_paragraph(meta["title"])
    docx.add_paragraph(meta["doc_no"])
    docx.add_paragraph("附件")
    docx.add_paragraph(meta["table"])
    header, body = rows[0], rows[1:]
    table = docx.add_table(rows=len(rows), cols=len(header))
    for cell, label in zip(table.rows[0].cells, header):
        cell.text = label
    for index, row in enumerate(body, start=1):
        cells = table.rows[index].cells
        if len(row) == 1:
            cells[0].merge(cells[-1]).text = row[0]
        else:
            for cell, value in zip(cells, row):
                cell.text = value
    docx.save(path)
    return meta


def read_city_plan(plan: str, folder: Path):
    """The plan read back through the pipeline (a :class:`pilotplans.schema.models.Document`)."""
    from pilotplans.ingest.pipeline import read_document
    from pilotplans.parsers.interpret import DocumentHints

    path = folder / f"{plan}.docx"
    meta = write_docx(plan, path)
    hints = DocumentHints(id=plan, level="municipal", region=meta["region"], issuer=meta.get("issuer"),
                          date=dt.date.fromisoformat(meta["date"]), programme="service-trade", round=2020)
    return read_document(path, hints)


def found_mentions(document) -> list[Found]:
    """Every body mention the pipeline found (collectives of places such as 试点地区 aside)."""
    return [Found(document.id, link.raw, link.id, _counterparts(document, link))
            for measure in document.measures for link in measure.departments if link.via != "scope"]


def _counterparts(document, link) -> tuple[str, ...]:
    from pilotplans.normalizers.resolve import make_context, resolve_body

    context = make_context(region=document.region, level="municipal", date=document.date, programme="service-trade", round=2020)
    return resolve_body(link.raw, context).counterparts if link.id else ()


def score(found: list[Found], keys: dict[str, dict[str, KeyEntry]]) -> Score:
    missing = tuple(sorted({f"{f.document}: {f.written}" for f in found if f.written not in keys[f.document]}))
    unkeyed = sum(f.written not in keys[f.document] for f in found)
    keyed = [(f, keys[f.document][f.written]) for f in found if f.written in keys[f.document]]
    rows = [(f, k) for f, k in keyed if k.is_body]
    others = [(f, k) for f, k in keyed if not k.is_body]
    non_bodies_resolved = tuple(dict.fromkeys((f.written, f.id) for f, _ in others if f.id is not None))
    resolved = sum(f.id is not None for f, _ in rows)
    same_found = same_key = both = 0
    for (a, ka), (b, kb) in itertools.combinations(rows, 2):
        found_same = a.id is not None and a.id == b.id
        key_same = ka.expected_id == kb.expected_id
        same_found += found_same
        same_key += key_same
        both += found_same and key_same
    local = [(f, k) for f, k in rows if not k.expected_id.isalpha() and k.expected_id[:6].isdigit()]
    right = sum(f.id is not None and set(f.counterparts) == set(k.counterparts) for f, k in local)
    wrong = tuple((f.written, k.expected_id, f.id) for f, k in rows if f.id != k.expected_id)
    return Score(len(rows), resolved, both / same_found if same_found else 1.0, both / same_key if same_key else 1.0,
                 len(local), right, missing, tuple(dict.fromkeys(wrong)), unkeyed, len(others), non_bodies_resolved)
