"""Score `pilotplans extract` against a hand-written key of a blind round of prose plans.

usage: python bench/prose_blind_score.py KEY_TOML [--verbose] [--pdf DIR]

The key (for example tests/fixtures/prose-blind10/key.toml) lists, for each fixture beside it, the
answers a right reading may give: title, doc_no, issuer, date, level, region ("" for none), the
allowed measure counts and whether a refusal is right, and for some measures their number ("" for a
measure printed with no number), heading path and owner sets ("raw:role"). Each keyed field counts once; a keyed measure the reader did not
produce scores none of its fields. Prints one line per fixture and a total.

``--pdf DIR`` scores each fixture as a bureau prints it instead (tests/layouts/real_forms.py's
``bureau_print``: 三号, justified, headings in a sans face, the keyed issuer heading every page, ``— N —``
at every foot; its DOCX and PDF written into DIR, LibreOffice printing), beside the text form's score,
and lists the keyed fields the PDF misses where the text form does not (a PDF should read as its text);
fixtures kept as a site's HTML are left out (their markup is no page's text).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path
from typing import Any

import pilotplans
from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_layout
from pilotplans.parsers.metadata import read_metadata

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.layouts.real_forms import META_FIELDS, meta_of, print_bureau_pdfs  # noqa: E402


def extract(path: Path) -> tuple[list[dict[str, Any]], str]:
    """Run the CLI on one file: its JSONL rows and its stderr."""
    done = subprocess.run([sys.executable, "-m", "pilotplans", "extract", str(path), "--format", "jsonl"],
                          capture_output=True, text=True)
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return rows, done.stderr.strip()


def metadata(path: Path) -> dict[str, str]:
    """The document's metadata as the library reads it (also when the CLI refuses its measures)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = pilotplans.read(path)
        except UnreadableFile:  # a refused page (no task list, or a table it cannot read): its metadata as the
            # library reads a task list's page's
            try:
                layout = read_layout(path.read_bytes(), str(path))  # (its information table's grid included)
            except UnreadableFile:  # the page's very layout refused (a one-cell-per-line table whose rows cannot
                # be placed): the library reads nothing of it, its metadata included — scored as none read
                document = read_metadata([])
            else:
                document = read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)
    return meta_of(document)


def owner_set(row: dict[str, Any]) -> set[str]:
    return {f"{d['raw']}:{d['role']}" for d in row.get("departments") or []}


def _unspaced(value: Any) -> Any:
    """A keyed or read value without its whitespace (strings, and the strings of lists and sets)."""
    if isinstance(value, str):
        return "".join(value.split())
    if isinstance(value, (list, set)):
        return type(value)(_unspaced(v) for v in value)
    return value


Reading = tuple[list[dict[str, Any]], str, dict[str, str]]
"""What the CLI and the library read of one file: its JSONL rows, its stderr, its metadata."""


def read_file(path: Path) -> Reading:
    rows, err = extract(path)
    return rows, err, metadata(path)


def score_doc(doc: dict[str, Any], folder: Path, *, spaces: bool = True,
              reading: Reading | None = None) -> tuple[int, int, list[str]]:
    """Right and keyed fields of one fixture, and the misses; ``spaces=False`` compares every value
    with its whitespace taken out (a scan reads the word processor's gap beside a figure as a space);
    ``reading`` is the file's :func:`read_file`, when read already."""
    rows, err, meta = reading or read_file(folder / doc["file"])
    if not spaces:
        doc = {key: _unspaced(value) if key != "file" else value for key, value in doc.items()}
        doc["measures"] = [{k: _unspaced(v) for k, v in m.items()} for m in doc.get("measures", [])]
        rows = [{**row, "heading_path": _unspaced(row.get("heading_path")),
                 "departments": [{**d, "raw": _unspaced(d["raw"])} for d in row.get("departments") or []]} for row in rows]
    right, total, misses = 0, 0, []
    if not spaces:
        meta = {key: _unspaced(value) for key, value in meta.items()}
    for key in META_FIELDS:
        total += 1
        got = meta[key]
        if key == "region":
            ok = any((want == "" and got == "") or (want and want in got) for want in doc[key])
        else:
            ok = got in doc[key]
        right += ok
        if not ok:
            misses.append(f"{key}: got {got!r}, key {doc[key]}")
    total += 1
    count_ok = len(rows) in doc["counts"] or (not rows and doc["refusal_ok"])
    right += count_ok
    if not count_ok:
        misses.append(f"count: got {len(rows)} ({err.splitlines()[-1] if err else 'no error'}), key {doc['counts']}")
    for i, want in enumerate(doc.get("measures", [])):
        got = rows[i] if i < len(rows) else None
        if got is None and doc["refusal_ok"] and not rows:
            continue
        for field in ("number", "heading_path", "owners"):
            total += 1
            if got is None:
                misses.append(f"measure {i + 1} {field}: not read")
                continue
            if field == "owners":
                ok = owner_set(got) in [set(s) for s in want["owners"]]
                shown = sorted(owner_set(got))
            else:
                wanted = None if field == "number" and want[field] == "" else want[field]  # "": printed with no number
                ok = got.get(field) == wanted
                shown = got.get(field)
            right += ok
            if not ok:
                misses.append(f"measure {i + 1} {field}: got {shown}, key {want[field]}")
    return right, total, misses


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="prose_blind_score.py",
                                     description="Score `pilotplans extract` against the key of a blind round of prose plans.")
    parser.add_argument("key", type=Path, help="the round's key, e.g. tests/fixtures/prose-blind10/key.toml")
    parser.add_argument("--verbose", action="store_true", help="list every keyed field the reading missed")
    parser.add_argument("--pdf", type=Path, metavar="DIR",
                        help="score each fixture as a bureau prints it to PDF (written into DIR) beside its text")
    args = parser.parse_args(argv)
    key_path, verbose = args.key, args.verbose
    if not key_path.is_file():
        parser.error(f"{key_path}: no such file (a round's key.toml, e.g. tests/fixtures/prose-blind10/key.toml)")
    key = tomllib.loads(key_path.read_text(encoding="utf-8"))
    if args.pdf:
        return score_pdfs(key["doc"], key_path.parent, args.pdf)
    all_right = all_total = 0
    for doc in key["doc"]:
        right, total, misses = score_doc(doc, key_path.parent)
        all_right += right
        all_total += total
        print(f"{doc['file']}: {right} / {total}")
        if verbose:
            for miss in misses:
                print(f"    {miss}")
    print(f"total: {all_right} / {all_total}")
    return 0


def keyed_issuer(doc: dict[str, Any]) -> str:
    """The issuer's name a bureau heads its pages with: the key's first, "" where it keys none."""
    return next((name for name in doc["issuer"] if name), "")


def _unshared(misses: list[str], others: list[str]) -> list[str]:
    """The misses of ``misses`` not among ``others``, an error's file name not told apart (the same
    refusal of the text and of its PDF is one miss)."""
    def plain(miss: str) -> str:
        return re.sub(r"\(error: \S+?: ", "(error: ", miss)
    seen = {plain(miss) for miss in others}
    return [miss for miss in misses if plain(miss) not in seen]


def score_pdfs(docs: list[dict[str, Any]], folder: Path, out: Path) -> int:
    """Each fixture's text and bureau PDF scored, and the PDF's misses its text does not share."""
    out.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        if not doc["file"].endswith(".txt"):
            print(f"{doc['file']}: skipped, a page kept as its HTML (its markup is no text to print)")
    docs = [doc for doc in docs if doc["file"].endswith(".txt")]
    pdfs = print_bureau_pdfs([(folder / doc["file"], keyed_issuer(doc)) for doc in docs], out)
    sums = [0, 0, 0]
    for doc in docs:
        text_right, total, text_misses = score_doc(doc, folder)
        pdf_right, _, pdf_misses = score_doc(doc, folder, reading=read_file(pdfs[folder / doc["file"]]))
        sums = [sums[0] + text_right, sums[1] + pdf_right, sums[2] + total]
        print(f"{doc['file']}: text {text_right} / {total}, pdf {pdf_right} / {total}")
        pdf_only, text_only = _unshared(pdf_misses, text_misses), _unshared(text_misses, pdf_misses)
        print("\n".join([*(f"    pdf only: {miss}" for miss in pdf_only), *(f"    text only: {miss}" for miss in text_only)]
                        ) if pdf_only or text_only else "", end="\n" if pdf_only or text_only else "")
    print(f"total: text {sums[0]} / {sums[2]}, pdf {sums[1]} / {sums[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
