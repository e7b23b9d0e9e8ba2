"""Score `pilotplans extract` against a hand-written key of a blind round of prose plans.

usage: python bench/prose_blind_score.py KEY_TOML [--verbose]

The key (for example tests/fixtures/prose-blind10/key.toml) lists, for each fixture beside it, the
answers a right reading may give: title, doc_no, issuer, date, level, region ("" for none), the
allowed measure counts and whether a refusal is right, and for some measures their number ("" for a
measure printed with no number), heading path and owner sets ("raw:role"). Each keyed field counts once; a keyed measure the reader did not
produce scores none of its fields. Prints one line per fixture and a total.
"""

from __future__ import annotations

import json
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
from tests.layouts.real_forms import META_FIELDS, meta_of  # noqa: E402


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
            layout = read_layout(path.read_bytes(), str(path))  # (its information table's grid included)
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
    args = parser.parse_args(argv)
    key_path, verbose = args.key, args.verbose
    if not key_path.is_file():
        parser.error(f"{key_path}: no such file (a round's key.toml, e.g. tests/fixtures/prose-blind10/key.toml)")
    key = tomllib.loads(key_path.read_text(encoding="utf-8"))
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


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
