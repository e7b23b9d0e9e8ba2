"""Print the metadata the reader gives every text and HTML fixture, one line each, to compare two branches.

usage: python bench/metadata_dump.py [FIXTURES_DIR] > dump.txt

Each line is ``path :: title | level | region | date | 文号 | issuer`` as bench/prose_blind_score.py reads a
page's metadata (the library's reading, also for a page whose measures are refused). Run it with each
branch's package on the path and diff the two outputs: every changed line is a change of reading.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from prose_blind_score import metadata  # noqa: E402

FIELDS = ("title", "level", "region", "date", "doc_no", "issuer")


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).parent.parent / "tests" / "fixtures"
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".htm")):
        try:
            found = metadata(path)
            line = " | ".join(found[key] for key in FIELDS)
        except Exception as error:  # a fixture the reader cannot open is a line of the dump too
            line = f"ERROR {type(error).__name__}: {str(error)[:80]}"
        print(f"{path.relative_to(root)} :: {line}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
