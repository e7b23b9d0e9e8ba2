"""An owners column printing one owner a row under a measure's row (the rows' task cells blank) lists the owners,
each printed line its own name, where each line names a whole body: one the registry knows, or a name closing with a
body's kind word (綜合科, 辦公室, 各業務科室: a county bureau's sections). Before, a line the registry did not know was
glued to the one above (各責任科室辦公室各業務科室, stop 58's review). A line that ends no name (縣政務服務 over 中心),
a bare kind word (中心) and a part printed under the body the registry knows it may belong to (縣文化和旅遊局 over
辦公室) keep the wrapped name whole, as before.

The table is prose-blind22's real county bureau page (its pipe table, 重點任務 | 工作內容 | 負責科室), 政策解讀's owners
cell printed with the lines below it as the variants say."""

from __future__ import annotations

from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

PAGE = FIXTURES / "prose-blind22" / "county-bureau-20xx-open-government-points-traditional-then-pipe-table.txt"


def _owners(tmp_path: Path, first: str, below: list[str]) -> str | None:
    """政策解讀's owners where its row prints ``first`` and the rows under it print ``below`` alone, one a row."""
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("政策解讀 |"))
    lines[at] = lines[at].replace("| 各責任科室 |", f"| {first} |")
    lines[at + 1:at + 1] = [f" | | {owner} |" for owner in below]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    measure = next(m for m in read_document(page).measures if m.heading_path == ["政策解讀"])
    return measure.responsibility


def test_sections_printed_one_a_row_are_listed_each_its_own_owner(tmp_path):
    assert _owners(tmp_path, "各責任科室", ["辦公室", "各業務科室"]) == "各責任科室、辦公室、各業務科室"


def test_a_section_under_a_section_is_listed(tmp_path):
    assert _owners(tmp_path, "綜合科", ["辦公室"]) == "綜合科、辦公室"


def test_near_miss_a_line_ending_no_name_is_a_wrapped_name_kept_whole(tmp_path):
    assert _owners(tmp_path, "縣政務服務", ["中心"]) == "縣政務服務中心"


def test_near_miss_a_bare_kind_word_under_a_name_ends_that_name(tmp_path):
    assert _owners(tmp_path, "各責任科室", ["中心"]) == "各責任科室中心"


def test_near_miss_an_office_under_a_bureau_the_registry_knows_may_be_its_own_and_is_kept_whole(tmp_path):
    assert _owners(tmp_path, "縣文化和旅遊局", ["辦公室"]) == "縣文化和旅遊局辦公室"


def test_near_miss_two_bodies_the_registry_knows_are_listed_as_before(tmp_path):
    assert _owners(tmp_path, "縣財政局", ["縣審計局"]) == "縣財政局、縣審計局"


def test_near_miss_an_office_under_a_centre_the_registry_does_not_know_is_the_centre_s_own_and_kept_whole(tmp_path):
    # a section's line lists apart only under a section: a 中心 above may head the office below it (one body)
    assert _owners(tmp_path, "縣住房保障中心", ["辦公室"]) == "縣住房保障中心辦公室"


def test_near_miss_a_brigade_under_a_bureau_printed_without_its_place_is_kept_whole(tmp_path):
    # 市場監督管理局 (no place: unknown alone) over its own 經濟檢查大隊, one body a wrap cut after 局
    assert _owners(tmp_path, "市場監督管理局", ["經濟檢查大隊"]) == "市場監督管理局經濟檢查大隊"


def test_near_miss_a_section_under_a_public_institution_the_registry_does_not_know_is_kept_whole(tmp_path):
    assert _owners(tmp_path, "縣人民醫院", ["醫務科"]) == "縣人民醫院醫務科"
