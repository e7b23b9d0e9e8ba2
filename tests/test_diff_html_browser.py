"""The HTML report in a real headless browser: Chromium driven by Playwright.

Needs the ``playwright`` Python package (``pip install playwright``; its own browser download,
``playwright install``, is not used) and a system Chromium: ``/usr/bin/chromium`` (Debian:
``apt-get install chromium``), or the binary named by ``$PILOTPLANS_CHROMIUM``. Skipped, with
the reason, when either is missing. Screenshots go to the test's tmp folder and, when
``$PILOTPLANS_SCREENSHOT_DIR`` is set, to that folder too.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pilotplans.diff import DiffResult, diff_documents
from pilotplans.diff.html import render_html
from pilotplans.diff.segment import Segmenter
from tests.conftest import read_seed

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 900}


def chromium_path() -> str | None:
    """``$PILOTPLANS_CHROMIUM`` when set, else /usr/bin/chromium, else ``chromium`` on the PATH;
    None when that is no executable file."""
    configured = os.environ.get("PILOTPLANS_CHROMIUM")
    candidates = [configured] if configured is not None else ["/usr/bin/chromium", shutil.which("chromium")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium at $PILOTPLANS_CHROMIUM, /usr/bin/chromium or on the PATH (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def diffs() -> dict[str, DiffResult]:
    national = read_seed("national-2020")
    return {local: diff_documents(national, read_seed(local), segmenter=Segmenter(None))
            for local in ("xiamen-2020", "hainan-2020")}


class Page:
    """A report opened from file:// with every console error, page error and failed request kept."""

    def __init__(self, browser: object, report: Path) -> None:
        self.page = browser.new_page(viewport=VIEWPORT)  # type: ignore[attr-defined]
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url}"))
        self.page.goto(report.as_uri())
        self.page.wait_for_load_state("load")

    def visible(self, selector: str) -> int:
        return self.page.locator(f"{selector}:visible").count()

    def shown_count(self) -> int:
        return int(self.page.locator("#visible-count").inner_text())


def write_report(result: DiffResult, folder: Path) -> Path:
    path = folder / f"diff-{result.national.id}-{result.local.id}.html"
    path.write_text(render_html(result), encoding="utf-8")
    return path


def save_screenshot(page: Page, name: str, tmp_path: Path) -> Path:
    shot = tmp_path / name
    page.page.screenshot(path=str(shot))
    folder = os.environ.get("PILOTPLANS_SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, Path(folder) / name)
    return shot


@pytest.mark.parametrize("local", ["xiamen-2020", "hainan-2020"])
def test_report_opens_without_errors_and_filters_rows(browser, diffs, local, tmp_path):
    result = diffs[local]
    page = Page(browser, write_report(result, tmp_path))
    counts, total = result.counts(), len(result.links)

    assert page.page.title().startswith(f"national-2020 → {local}")
    assert page.visible(".link") == total - counts["dropped"]  # dropped rows wait behind their count
    assert page.shown_count() == total
    shot = save_screenshot(page, f"diff-national-2020-{local}.png", tmp_path)
    assert shot.stat().st_size > 10_000

    page.page.locator("#toggle-dropped").click()
    assert page.visible(".link") == total

    page.page.locator('input[data-relation="same"]').click()
    assert page.visible(".link.rel-same") == 0
    assert page.visible(".link") == total - counts["same"]
    assert page.shown_count() == total - counts["same"]

    page.page.locator('input[data-relation="dropped"]').click()
    assert page.visible(".link") == page.shown_count() == total - counts["same"] - counts["dropped"]
    assert page.visible("details.dropped-run") == 0

    page.page.locator("#show-none").click()
    assert page.visible(".link") == page.shown_count() == 0
    page.page.locator("#show-all").click()
    assert page.visible(".link") == page.shown_count() == total
    assert page.errors == []


def test_dropped_rows_are_collapsed_behind_their_count_and_open_on_click(browser, diffs, tmp_path):
    result = diffs["xiamen-2020"]
    page = Page(browser, write_report(result, tmp_path))
    runs = page.page.locator("details.dropped-run")
    first = runs.first
    count = first.locator("article.link").count()
    assert first.locator(":scope > summary").inner_text().startswith(f"{count} national measure")
    assert sum(runs.nth(k).locator("article.link").count() for k in range(runs.count())) == result.counts()["dropped"]
    first.locator(":scope > summary").click()
    assert first.locator("article.link:visible").count() == count
    assert page.errors == []


def test_summary_and_the_reasons_behind_a_link_are_on_the_page(browser, diffs, tmp_path):
    page = Page(browser, write_report(diffs["xiamen-2020"], tmp_path))
    summary = page.page.locator("section.summary")
    assert summary.locator("tr").count() == 6
    assert "owners of linked measures:" in summary.inner_text()
    row = page.page.locator("article.link", has=page.page.locator(".local .num", has_text="4")).first
    why = row.locator("details.why")
    why.locator("summary").click()
    assert "leaves out “和建筑工程项目开展建筑师负责制试点”" in why.inner_text()
    assert why.locator("td.st-dropped").count() == 1
    assert "上级部门" in row.locator(".local .cols").inner_text()
    save_screenshot(page, "diff-national-2020-xiamen-2020-why.png", tmp_path)
    assert page.errors == []


def test_report_highlights_and_links_in_the_browser(browser, diffs, tmp_path):
    page = Page(browser, write_report(diffs["xiamen-2020"], tmp_path))
    first = page.page.locator("article.link").first
    assert first.locator(".national del").first.inner_text() == "在试点地区"
    assert first.locator(".local ins").count() == 0
    href = first.locator(".national a.num").get_attribute("href")
    assert href is not None and href.startswith("file:///") and href.endswith("000_e0aac6ab09a0c8fd.txt")
    sticky = page.page.locator("header.top")
    page.page.mouse.wheel(0, 5000)
    page.page.wait_for_function("window.scrollY > 1000")
    assert sticky.bounding_box()["y"] == 0
    assert page.errors == []


def test_lineage_page_opens_and_filters_paths_by_step(browser, tmp_path):
    from pilotplans.diff.lineage import lineage
    from pilotplans.diff.lineage_html import render_lineage_html

    result = lineage([read_seed(i) for i in ("national-2018", "national-2020", "national-2025")], segmenter=Segmenter(None))
    report = tmp_path / "lineage.html"
    report.write_text(render_lineage_html(result), encoding="utf-8")
    page = Page(browser, report)
    total = len(result.rows)
    assert page.visible("tr.path") == page.shown_count() == total
    save_screenshot(page, "lineage-2018-2020-2025.png", tmp_path)
    for step in ("new", "dropped"):
        page.page.locator(f'input[data-step="{step}"]').click()
    kept = sum(1 for row in result.rows if any(s in ("carried", "changed", "merged", "split") for s in row.steps))
    assert page.visible("tr.path") == page.shown_count() == kept
    assert page.errors == []


def _report_of(curated: Path, first: str, second: str, folder: Path) -> Path:
    """The report `pilotplans diff FIRST SECOND --html` writes of two stored plans."""
    from typer.testing import CliRunner

    from pilotplans.cli import app

    path = folder / f"{first}-{second}.html"
    result = CliRunner().invoke(app, ["diff", first, second, "--html", str(path), "-f", "csv",
                                      "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    return path


def test_a_role_line_shows_plan_ids_as_written(browser, curated, tmp_path):
    # round 56: `.doc .role` was styled uppercase, so the page showed HAINAN-2020, an id no command takes
    page = Page(browser, _report_of(curated, "hainan-2020", "xiamen-2020", tmp_path))
    assert page.page.locator(".doc .role").all_inner_texts() == [
        "hainan-2020 / one plan implementing national-2020", "xiamen-2020 / another plan implementing national-2020"]
    assert page.errors == []


def test_a_role_line_naming_no_plan_is_shown_as_written_too(browser, curated, tmp_path):
    page = Page(browser, _report_of(curated, "national-2020", "xiamen-2020", tmp_path))
    assert page.page.locator(".doc .role").all_inner_texts() == ["national / source plan", "local / derived plan"]
    assert page.errors == []
