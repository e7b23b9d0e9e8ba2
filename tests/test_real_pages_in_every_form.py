"""A real notice reads the same in every form it is published in: a sample of the blind rounds' real
pages, printed as a site's HTML page, a DOCX and the PDF LibreOffice prints from it
(tests/layouts/real_forms.py), reads as its text form does; and the PDFs of tests/fixtures/formats-agree
(see its README) pin what bench/formats_agree.py found a PDF read differently.

The sample needs LibreOffice for its PDFs; without it the test skips, except where
PILOTPLANS_REQUIRE_LIBREOFFICE is set (as ``.ci/run`` does), where its absence fails it.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document, read_layout
from pilotplans.parsers.info_rows import InfoField, read_info_line
from pilotplans.normalizers.responsibility import parse_responsibility
from pilotplans.parsers.metadata import read_metadata
from tests.layouts.generate import soffice
from tests.layouts.real_forms import differences, print_bureau_pdfs, read, render_all

FIXTURES = Path(__file__).parent / "fixtures"
FORMS_AGREE = FIXTURES / "formats-agree"
REQUIRE_LIBREOFFICE = bool(os.environ.get("PILOTPLANS_REQUIRE_LIBREOFFICE"))

SAMPLE = (  # real pages of the blind rounds: prose lists with owners, a table, a table a cell a line, metadata pages
    "prose-blind10/weihai-2023-city-lead-then-responsible-carried-down.txt",
    "prose-blind13/heilongjiang-2013-province-opinion-host-and-assist-run-on.txt",
    "prose-blind15/chengdu-2022-city-news-over-division-plan-data-provider-label.txt",
    "prose-blind17/xuzhou-2010-city-policy-site-sponsor-after-target.txt",
    "places-blind5/guandu-2016-district-measures-page-opens-at-preamble.txt",
    "places-blind3/panjin-2014-city-info-table-number-in-title.txt",
    "prose-blind11/neimenggu-2012-region-traditional-info-table.txt",
    "unseen-pages/info-pipes-then-notice-then-table.txt",
    "unseen-pages/progress-table-a-cell-a-line.txt",
)


def test_a_sample_of_real_pages_reads_the_same_as_html_docx_and_pdf(tmp_path: Path) -> None:
    if soffice() is None:
        if REQUIRE_LIBREOFFICE:
            pytest.fail("LibreOffice (soffice) is not installed, and PILOTPLANS_REQUIRE_LIBREOFFICE is set")
        pytest.skip("LibreOffice (soffice) is not installed: the sample's PDFs are not printed")
    forms = render_all([FIXTURES / page for page in SAMPLE], tmp_path)
    found = []
    for page, paths in forms.items():
        base = read(paths["text"])
        for form in ("html", "docx", "pdf"):
            found += [f"{page.parent.name}/{page.name} {form}: {kind}: {detail}"
                      for kind, detail in differences(base, read(paths[form]))]
    assert found == []


BUREAU_SAMPLE = (  # real prose plans, their owners bracketed, on 牵头/责任单位 lines, run on after a semicolon;
    # the issuer's name each page's running header (tests/layouts/real_forms.py's bureau_print)
    ("prose-blind10/weihai-2023-city-lead-then-responsible-carried-down.txt", "威海市人民政府办公室"),
    ("prose-blind24/pingdingshan-2013-city-office-key-work-piped-info-rows-lead-and-responsible-lines-cut.txt",
     "平顶山市人民政府办公室"),
    ("prose-blind23/jinxiang-2025-county-government-duties-piped-info-rows-lead-then-carry-after-semicolon-cut.txt",
     "金乡县人民政府"),
    ("prose-blind26/guizhou-2020-province-market-regulation-bureau-work-points-info-rows-owner-divisions-bracketed-first"
     "-leads-cut.txt", "省市场监管局"),
)


def test_real_prose_plans_printed_as_a_bureau_prints_them_read_as_their_text(tmp_path: Path) -> None:
    # 三号 on GB/T 9704's margins, justified, headings in a sans face, the issuer over every page and
    # — N — under it: page breaks fall elsewhere than in the plain print, mid-bracket and under a heading
    if soffice() is None:
        if REQUIRE_LIBREOFFICE:
            pytest.fail("LibreOffice (soffice) is not installed, and PILOTPLANS_REQUIRE_LIBREOFFICE is set")
        pytest.skip("LibreOffice (soffice) is not installed: the sample's PDFs are not printed")
    pdfs = print_bureau_pdfs([(FIXTURES / page, issuer) for page, issuer in BUREAU_SAMPLE], tmp_path)
    found = [f"{page.parent.name}/{page.name}: {kind}: {detail}" for page, pdf in pdfs.items()
             for kind, detail in differences(read(page), read(pdf))]
    assert found == []


def test_a_pdf_of_a_progress_table_printed_a_cell_a_paragraph_is_refused_as_its_web_page_is() -> None:
    # before: the PDF reader read its rows as a prose list, each target's progress run into its
    # text, four measures read silently from a report on a plan's progress
    with pytest.raises(UnreadableFile, match=r"one-cell-per-line table: .*its column 进展情况 reports work done"):
        read_document(FORMS_AGREE / "progress-table-a-cell-a-line.pdf")


def test_a_pdf_of_a_task_table_printed_a_cell_a_paragraph_reads_its_rows() -> None:
    # before: refused (no task table found); now the rows its text form reads, each placed on the
    # page it opens on (row 4 runs over the page break, rows 5–8 are on page 2)
    document = read_document(FORMS_AGREE / "county-livelihood-deadlines-empty.pdf")
    text = read_document(FIXTURES / "text-tables" / "flattened" / "county-livelihood-deadlines-empty.txt")
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == \
        [(m.number, m.text, m.responsibility) for m in text.measures]
    assert len(document.measures) == 8
    assert document.measures[0].responsibility == "县住建局"
    assert [m.source.page for m in document.measures] == [1, 1, 1, 1, 2, 2, 2, 2]


def test_a_pdf_of_a_prose_plan_is_not_read_as_a_table_a_cell_a_paragraph() -> None:
    document = read_document(FORMS_AGREE / "weihai-2023-city-lead-then-responsible-carried-down.pdf")
    text = read_document(FIXTURES / "prose-blind10" / "weihai-2023-city-lead-then-responsible-carried-down.txt")
    assert document.tables[0].kind == text.tables[0].kind
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == \
        [(m.number_raw, m.text, m.responsibility) for m in text.measures]
    assert len(document.measures) == 2


@pytest.mark.parametrize("name", ["utf8-shown-as-latin.docx", "utf8-shown-as-latin.pdf"])
def test_a_docx_or_pdf_of_a_page_shown_as_latin_characters_is_refused_as_its_text_is(name: str) -> None:
    # before: "no task table or task list found", as if the text were Chinese that lists nothing
    with pytest.raises(UnreadableFile, match=r"Chinese text in UTF-8 shown as Windows-1252/Latin-1 characters"):
        read_document(FORMS_AGREE / name)


def test_a_docx_quoting_a_few_garbled_characters_in_its_chinese_is_read() -> None:
    document = read_document(FORMS_AGREE / "mojibake-quoted-in-an-item.docx")
    assert [(m.number, m.responsibility) for m in document.measures] == [(1, "区商务局"), (2, "区数据局")]


def test_an_info_row_wrapped_in_a_pdf_keeps_its_last_label_apart_from_the_value_before_it() -> None:
    # 名称: …完成情况 文号: wrapped after 完成情况 and rejoined with no space: 文号: ran into the title,
    # and the page was read with no title
    document = read_metadata_of(FORMS_AGREE / "xuancheng-2020-city-progress-notice-cited-number-broken.pdf")
    assert (document.title, document.issuer, document.date) == (
        "2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况", "宣城市人民政府办公室", date(2020, 12, 24))


def test_a_doc_no_cut_by_its_cells_wrap_inside_the_number_is_read_whole() -> None:
    # 平政办〔2013〕1 / 1号 in a cell of the info table printed in 三号: joined with no space between the figures
    document = read_metadata_of(FORMS_AGREE / "pingdingshan-2013-city-bureau-print-doc-no-cut-in-its-cell.pdf")
    assert document.doc_no == "平政办〔2013〕11号"


def test_a_label_run_into_the_end_of_a_value_is_a_field_of_its_own() -> None:
    assert read_info_line("名称: 某市重点工作完成情况文号:") == [
        InfoField(label="名称", kind="title", value="某市重点工作完成情况"), InfoField(label="文号", kind="doc_no", value="")]


@pytest.mark.parametrize("line", ["标题: 关于加强发文字号管理的通知", "名称: 关于规范文号:的说明"])
def test_a_labels_words_inside_a_value_stay_the_values(line: str) -> None:
    label, value = line.split(": ")
    assert read_info_line(line) == [InfoField(label=label, kind="title", value=value)]


def read_metadata_of(path: Path):
    """The metadata the reader reads of a page it refuses the measures of (as bench/prose_blind_score.py does)."""
    layout = read_layout(path.read_bytes(), str(path))
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)


def test_two_names_a_pdf_cells_wrap_ran_together_in_a_list_spaced_apart_are_two_bodies() -> None:
    # 淮南's 牵头单位 cell `市委社会工作部 市广播电视台 市地震局 市气象局 市档案局 …` wraps at the space after
    # 市气象局; the PDF joins its lines without it (before: one body 市气象局市档案局)
    document = read_document(FORMS_AGREE / "huainan-2025-city-bureau-print-names-wrapped-at-their-space.pdf")
    assert [d.raw for d in document.measures[1].departments] == [
        "市委社会工作部", "市广播电视台", "市地震局", "市气象局", "市档案局", "市党史和地方志研究室", "市邮政管理局",
        "市公积金管理中心", "市机关事务管理局"]


def test_a_name_and_its_part_in_a_list_spaced_apart_stay_one_body() -> None:
    # 市公安局交警支队 is 市公安局's unit, not two bodies: its second part opens with no level word as the list's do
    assert [m.raw for m in parse_responsibility("市商务局 市公安局交警支队 市财政局")] == ["市商务局", "市公安局交警支队", "市财政局"]


def test_two_names_run_together_outside_a_list_spaced_apart_stay_as_printed() -> None:
    assert [m.raw for m in parse_responsibility("市气象局市档案局")] == ["市气象局市档案局"]


def test_a_committee_and_its_organ_named_after_it_in_a_list_spaced_apart_stay_one_body() -> None:
    # 市委市直机关工委 is the committee's working committee of the city's organs (中共X市直属机关工作委员会), one body;
    # cut as two it named 市委 itself an owner, which the list never names
    assert [m.raw for m in parse_responsibility("市委市直机关工委 市商务局 市财政局")] == [
        "市委市直机关工委", "市商务局", "市财政局"]


def test_a_joint_office_of_committee_and_government_in_a_list_spaced_apart_names_no_committee() -> None:
    # 市委市政府办公室: the two's office, never 市委 beside 市政府办公室
    assert [m.raw for m in parse_responsibility("市委市政府办公室 市商务局")] == ["市委市政府办公室", "市商务局"]


LEDGER = "prose-blind26/guangdong-2021-province-health-commission-open-government-ledger-piped-responsible-divisions-cut.txt"
TYPED_FROM_THE_LEFT = FORMS_AGREE / "guangdong-2021-province-bureau-print-ledger-rows-typed-from-the-left.docx"


def _ledger_rows(path: Path) -> list[tuple[int | None, tuple[str, ...], str, str | None, str | None]]:
    return [(m.number, tuple(m.heading_path), m.text, m.responsibility, m.deadline) for m in read_document(path).measures]


def test_a_ledger_s_rows_a_bureau_typed_from_the_left_under_a_task_printed_once_read_as_the_text_form() -> None:
    # 2 | 扎实做好… | 疾控处 | 长期推进 |  |: the row a cell short under 1's 工作任务, typed into the Word table's six
    # columns from the left; before, read as printed: 扎实做好… a heading of its own, 长期推进 as its owners
    assert _ledger_rows(TYPED_FROM_THE_LEFT) == _ledger_rows(FIXTURES / LEDGER)
    second = read_document(TYPED_FROM_THE_LEFT).measures[1]
    assert (second.heading_path, second.responsibility, second.deadline) == (
        ["做好常态化疫情防控信息发布"], "疾控处", "长期推进")


def test_a_ledger_row_typed_from_the_left_that_a_page_break_cuts_goes_on_past_the_task_s_column() -> None:
    # the PDF LibreOffice prints of that DOCX cuts row 2 at the page's end (扎实做 / 好疫苗接种…, 长期推 / 进); before,
    # the rest ran into 1's 工作任务 (做好常态化疫情防控信息发布好疫苗接种…) and 进 into the owners (疾控处进)
    cut = FORMS_AGREE / "guangdong-2021-province-bureau-print-ledger-row-cut-by-the-page.pdf"
    assert _ledger_rows(cut) == _ledger_rows(FIXTURES / LEDGER)


def test_a_ledger_row_printing_its_own_task_with_its_last_cell_blank_is_read_as_printed() -> None:
    # 5 | 常规政务公开事项 | 强化行政执法信息公开… | 政法处 | 长期推进 |  (备注 blank): its cells fit their columns as printed
    fifth = read_document(TYPED_FROM_THE_LEFT).measures[4]
    assert (fifth.number, fifth.heading_path, fifth.text[:8], fifth.responsibility, fifth.deadline) == (
        5, ["常规政务公开事项"], "强化行政执法信息", "政法处", "长期推进")
