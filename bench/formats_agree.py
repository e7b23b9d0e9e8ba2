"""Do the real pages of the blind rounds read the same when published as HTML, DOCX and PDF?

usage: python bench/formats_agree.py [PAGE.txt | FOLDER]... [--out DIR] [--limit N] [--verbose]

Each real page of the blind rounds (text as saved from the site: prose-blind10.., places-blind..,
unseen-pages by default) is printed as a site's HTML page, a DOCX and the PDF LibreOffice prints
from it (tests/layouts/real_forms.py says how), each form is read as the text form is, and the
differences from the text form's reading are listed by kind: a metadata field (title, doc_no,
issuer, date, level, region), the refusal, the measure count, and per measure its number, text
(``text-space`` where only white space differs) and owners ("raw:role"). Prints one line a page and
form, then a total by form and kind.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.layouts.real_forms import FORMS, differences, read, render_all  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
ROUNDS = sorted([*FIXTURES.glob("prose-blind1[0-9]"), *FIXTURES.glob("places-blind*"), FIXTURES / "unseen-pages"])


def pages(arguments: list[str]) -> list[Path]:
    found: list[Path] = []
    for place in [Path(a) for a in arguments] or ROUNDS:
        found += sorted(place.glob("*.txt")) if place.is_dir() else [place]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*")
    parser.add_argument("--out", type=Path, default=Path("/tmp/formats_agree"))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    forms = render_all(pages(args.pages)[: args.limit or None], args.out)
    if not any("pdf" in entry for entry in forms.values()):
        print("LibreOffice (soffice) not found: no PDFs printed", file=sys.stderr)
    kinds: Counter[tuple[str, str]] = Counter()
    agreeing = checked = 0
    for page, paths in forms.items():
        base = read(paths["text"])
        for form in [f for f in FORMS if f in paths]:
            checked += 1
            found = differences(base, read(paths[form]))
            agreeing += not found
            kinds.update((form, kind) for kind, _ in found)
            print(f"{page.parent.name}/{page.name} {form}: " + ("same" if not found else f"{len(found)} difference(s)"))
            for kind, detail in found[: None if args.verbose else 6]:
                print(f"    {kind}: {detail}")
    print(f"\n{len(forms)} page(s), {checked} page×form(s) checked, {agreeing} read the same as the text form")
    for (form, kind), n in sorted(kinds.items()):
        print(f"  {form:5} {kind:14} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
