"""A raw folder of many plans, for the scale bench: the three national plans and local plans made
from the fixtures' own local plans, re-numbered and re-typeset across pilot areas and rounds.

    python bench/scale_corpus.py FOLDER [--documents 1000] [--seed 1]

Each local plan takes one of three real layouts as its model — Chengdu's task table (cites the
national plan's 文号, a 重点任务 column), Wuhan's (cites none, role phrases in one column), and
Hefei's prose task list of the 2025 round — moves it to a pilot area of that round (the city's
name and its bodies' places changed), leaves out about a fifth of its measures, words a few of
the others differently, and numbers what is left anew. Two in five are written as DOCX (a Word
table with the headings as merged rows, or numbered paragraphs), the others as text. The
manifest gives each its id, programme, level and region, never its parent: that is linked by the
文号 the plan cites or inferred from its measures, as for real plans. The same seed gives the
same folder.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
NATIONALS = {  # file: manifest entry
    "000_e0aac6ab09a0c8fd.txt": 'id = "national-2020"\nprogramme = "service-trade"\nround = 2020\nlevel = "national"\n'
                                'doc_no = "国函〔2020〕111号"\n',
    "001_49e808efe8358f81.txt": 'id = "national-2018"\nprogramme = "service-trade"\nround = 2018\nlevel = "national"\n',
    "002_e688f04ce005bf43.txt": 'id = "national-2025"\nprogramme = "service-opening"\nround = 2025\nlevel = "national"\n',
}
# Pilot cities of each round (short names), as the regions of the gazetteer's rounds name them.
CITIES_2020 = ["大连", "厦门", "青岛", "深圳", "石家庄", "长春", "哈尔滨", "南京", "杭州", "合肥", "济南", "武汉", "广州", "成都",
               "贵阳", "昆明", "西安", "乌鲁木齐", "苏州", "威海"]
CITIES_2025 = ["沈阳", "南京", "杭州", "武汉", "广州", "成都", "大连", "宁波", "厦门", "青岛", "深圳", "合肥", "福州", "西安", "苏州"]
VARIANTS = ["，并定期总结评估", "，形成可复制推广的经验", "，加强部门协同", "，及时研究解决遇到的问题"]


@dataclass(frozen=True)
class Model:
    """A local plan to make others from."""

    file: str
    city: str
    round: int
    programme: str
    prose: bool


MODELS = [
    Model("chengdu-2020-tasks.txt", "成都", 2020, "service-trade", False),
    Model("wuhan-2020-tasks.txt", "武汉", 2020, "service-trade", False),
    Model("hefei-convention-first-lead.txt", "合肥", 2025, "service-opening", True),
]
_ITEM = re.compile(r"^(\d+)([.．、]?)(.*)$", re.S)


def _lines(model: Model, city: str) -> list[str]:
    text = (FIXTURES / "plans" / model.file).read_text("utf-8")
    return text.replace(model.city, city).splitlines()


def _table_plan(lines: list[str], rng: random.Random) -> tuple[list[str], list[list[str]]]:
    """The paragraphs before the table, and its rows (header first), measures left out, reworded
    and numbered anew."""
    start = next(k for k, line in enumerate(lines) if line.startswith("序号\t"))
    header = lines[start].split("\t")
    rows, number = [header], 0
    for line in lines[start + 1:]:
        cells = line.split("\t")
        if len(cells) == 1:  # a heading row
            rows.append(cells)
            continue
        if rng.random() < 0.2:
            continue
        number += 1
        text_column = 2 if len(header) > 4 and header[1] != "任务举措" else 1
        if rng.random() < 0.15:
            cells[text_column] = cells[text_column].rstrip("。") + rng.choice(VARIANTS) + "。"
        rows.append([str(number), *cells[1:]])
    return lines[:start], rows


def _prose_plan(lines: list[str], rng: random.Random) -> list[str]:
    """The paragraphs of a prose plan, items left out, reworded and numbered anew in each section."""
    out, number = [], 0
    for line in lines:
        match = _ITEM.match(line)
        if line.startswith("（") and "）" in line[:5]:
            number = 0
        if not match or not line.strip():
            out.append(line)
            continue
        if rng.random() < 0.2:
            continue
        number += 1
        body = match.group(3)
        if rng.random() < 0.15 and "。（" in body:
            body = body.replace("。（", rng.choice(VARIANTS) + "。（", 1)
        out.append(f"{number}{match.group(2)}{body}")
    return out


def _write_text(path: Path, paragraphs: list[str], rows: list[list[str]] | None) -> None:
    lines = list(paragraphs) + ["\t".join(row) for row in rows or []]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def _write_docx(path: Path, paragraphs: list[str], rows: list[list[str]] | None) -> None:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        if paragraph.strip():
            document.add_paragraph(paragraph)
    if rows:
        width = len(rows[0])
        table = document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for row, cells in zip(table.rows, rows):
            if len(cells) == 1:
                merged = row.cells[0].merge(row.cells[width - 1])
                merged.text = cells[0]
                continue
            for cell, value in zip(row.cells, cells):
                cell.text = value
    document.save(str(path))


def generate(folder: Path, documents: int, seed: int = 1) -> list[str]:
    """Fill ``folder`` with ``documents`` plans and their manifest; returns the ids, in file order."""
    rng = random.Random(seed)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    manifest, ids = [], []
    for name, entry in NATIONALS.items():
        shutil.copy(FIXTURES / "seeds" / name, folder / name)
        manifest.append(f'[[document]]\nfile = "{name}"\n{entry}')
        ids.append(entry.split('"')[1])
    for k in range(1, documents - len(NATIONALS) + 1):
        model = MODELS[k % len(MODELS)]
        city = rng.choice(CITIES_2025 if model.round == 2025 else CITIES_2020)
        lines = _lines(model, city)
        if model.prose:
            paragraphs, rows = _prose_plan(lines, rng), None
        else:
            paragraphs, rows = _table_plan(lines, rng)
        as_docx = rng.random() < 0.4
        doc_id = f"local-{model.round}-{k:04d}"
        name = f"{doc_id}.{'docx' if as_docx else 'txt'}"
        (_write_docx if as_docx else _write_text)(folder / name, paragraphs, rows)
        manifest.append(f'[[document]]\nfile = "{name}"\nid = "{doc_id}"\nprogramme = "{model.programme}"\n'
                        f'level = "municipal"\nregion = "{city}"\n')
        ids.append(doc_id)
    (folder / "manifest.toml").write_text("\n".join(manifest), "utf-8")
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    ids = generate(args.folder, args.documents, args.seed)
    print(f"wrote {len(ids)} documents and their manifest to {args.folder}")


if __name__ == "__main__":
    main()
