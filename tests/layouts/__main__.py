"""Regenerate layouts by seed: ``python -m tests.layouts SEED... --out DIR [--check] [--without-newer] [--without-shapes]``.

Writes each layout's document (and, for a PDF, the DOCX it was printed from, under ``docx/``) and
its truth as ``layout-SEED.truth.json``; ``--check`` also reads each back and prints what differs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tests.layouts.generate import check, failure_report, generate, truth_json
from tests.layouts.sources import headings_of
from tests.layouts.spec import draw_spec


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.layouts", description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="+", type=int)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--check", action="store_true", help="read each document back and print its differences")
    parser.add_argument("--without-newer", action="store_true",
                        help="draw the layouts as before the newer dimensions (frame, shading), as the regressions are")
    parser.add_argument("--without-shapes", action="store_true",
                        help="draw the layouts as before the document's shapes (cover, title_lines, merge_owners, site, html_lines, sub_points)")
    args = parser.parse_args()
    headings = headings_of()
    specs = [draw_spec(seed, headings, newer=not args.without_newer, shapes=not args.without_shapes) for seed in args.seeds]
    for generated in generate(specs, args.out):
        (args.out / f"{generated.spec.name}.truth.json").write_text(truth_json(generated), encoding="utf-8")
        print(f"{generated.path}  {generated.spec.describe()}")
        if args.check:
            differences = check(generated)
            print(failure_report(generated, differences) if differences else "  reads exactly")


if __name__ == "__main__":
    main()
