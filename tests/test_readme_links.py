"""README and the documents it links to (docs/*.md) lead nowhere broken: every relative link names a
file that exists, and every anchor one of the target's headings, as GitHub makes them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
CODE_SPAN = re.compile(r"(`+).+?\1", re.S)
LINK = re.compile(r"\]\(([^)\s]+)\)")


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation but hyphens and underscores
    dropped (letters of any script kept), spaces made hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(text: str) -> set[str]:
    """The anchors of a page's headings; a heading written again gets -1, -2 … as on GitHub."""
    seen: dict[str, int] = {}
    found = set()
    for line in FENCE.sub("", text).splitlines():
        if match := re.match(r"#{1,6} (.+)", line):
            name = anchor(match.group(1))
            found.add(f"{name}-{seen[name]}" if name in seen else name)
            seen[name] = seen.get(name, 0) + 1
    return found


def broken_links(page: Path) -> list[str]:
    """Each relative link of ``page`` (outside code) whose file or anchor does not exist."""
    text = page.read_text("utf-8")
    prose = CODE_SPAN.sub("", FENCE.sub("", text))
    broken = []
    for target in LINK.findall(prose):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto: … — not checked here
            continue
        path, _, fragment = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif fragment and fragment not in anchors(linked.read_text("utf-8")):
            broken.append(f"{target}: no such heading in {linked.name}")
    return broken


def test_a_heading_s_anchor_is_github_s():
    assert [anchor(h) for h in ("Speed, scale and limits", "Output: one JSON object per measure", "Ctrl-C",
                                "The speed rounds' records")] == [
        "speed-scale-and-limits", "output-one-json-object-per-measure", "ctrl-c", "the-speed-rounds-records"]


def test_a_link_to_a_missing_file_or_heading_is_found(tmp_path):
    (tmp_path / "other.md").write_text("# Other page\n\n## A part\n", "utf-8")
    page = tmp_path / "page.md"
    page.write_text("# Page\n\nSee [a part](other.md#a-part), [the top](#page), [gone](other.md#no-part),\n"
                    "[lost](missing.md), [the web](https://example.org/x#y) and `[code](nowhere.md)`.\n", "utf-8")
    assert broken_links(page) == ["other.md#no-part: no such heading in other.md", "missing.md: no such file"]


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_relative_link_and_anchor_resolves(page):
    assert broken_links(page) == []


def test_every_page_of_docs_is_linked_from_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert [p.name for p in PAGES[1:] if f"](docs/{p.name}" not in readme] == []
    assert len(PAGES) > 1
