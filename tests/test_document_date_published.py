"""A web page's publication date (发布日期, 发布时间: info_rows.toml's ``published`` labels) is a document's
date only where the document prints none of its own (no signature's date, no 成文日期), and a
``date_published`` warning says it is the day the page published it, not the day it was signed."""

import datetime as dt
from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

BLIND = Path(__file__).parent / "fixtures" / "places-blind"
PAGES = Path(__file__).parent / "fixtures" / "unseen-pages"


def _metadata(path: Path):
    return read_metadata([Paragraph(text=line) for line in path.read_text("utf-8").splitlines()])


def test_a_page_whose_document_prints_no_date_is_dated_by_its_publication_row():
    # 兴安盟行政公署公报: 来源:行署办 作者:行署办公室 发布时间:2019年04月10日, the decision cut before its signature
    found = _metadata(BLIND / "xinganmeng-2019-league-page-time-row-no-signature.txt")
    assert (found.date, found.date_published) == (dt.date(2019, 4, 10), True)
    assert (found.level, found.region) == ("municipal", "兴安")


def test_a_signature_s_date_wins_over_the_publication_row():
    # 发布日期:2023-01-29 over a notice signed 2023年1月20日
    found = _metadata(BLIND / "nansha-2023-district-page-publication-row.txt")
    assert (found.date, found.date_published) == (dt.date(2023, 1, 20), False)


def test_a_signature_s_date_wins_over_a_publication_row_on_the_same_day_too():
    found = _metadata(BLIND / "neimenggu-2025-department-on-banner-site.txt")
    assert (found.date, found.date_published) == (dt.date(2025, 7, 24), False)


def test_a_document_dated_by_its_publication_row_says_so():
    document = read_document(PAGES / "info-pipes-then-notice-then-table.txt")
    assert document.date == dt.date(2020, 4, 9)
    assert [(w.code, w.message) for w in document.warnings if w.code == "date_published"] == [(
        "date_published", "the document prints no date of its own; 2020-04-09 is the day the web page published it "
        "(its 发布日期), not the day it was signed")]


def test_a_document_with_its_own_date_carries_no_such_warning():
    document = read_document(PAGES / "numbers-alone-with-field-lines.txt")
    assert document.date is not None
    assert "date_published" not in [w.code for w in document.warnings]


def test_the_section_a_page_s_breadcrumbs_end_with_printed_over_the_title_is_no_part_of_it():
    # 您现在的位置:首页 > 政务公开 > 重大决策 / 重大决策 / 广州市南沙区人民政府办公室关于…的通知 (gzns.gov.cn)
    found = _metadata(BLIND / "nansha-2023-district-page-publication-row.txt")
    assert (found.title, found.issuer, found.level, found.region) == (
        "广州市南沙区人民政府办公室关于印发规范广州市南沙区重大行政决策程序意见的通知", "广州市南沙区人民政府办公室",
        "county", "广州市南沙区")


def test_breadcrumbs_ending_with_the_document_s_title_leave_the_title_line_alone():
    title = "广州市南沙区人民政府办公室关于印发规范广州市南沙区重大行政决策程序意见的通知"
    found = read_metadata([Paragraph(text=line) for line in (
        f"当前位置：首页 > 政策文件 > {title}", title, "各镇(街)：", "现印发给你们。")])
    assert found.title == title


def test_an_issuer_line_the_breadcrumbs_end_with_stays_the_issuer_over_the_title():
    # a site laid out by body: 首页 > 政务公开 > 广州市人民政府办公厅, then the notice's issuer over its title
    found = read_metadata([Paragraph(text=line) for line in (
        "当前位置:首页 > 政务公开 > 广州市人民政府办公厅", "广州市人民政府办公厅", "关于印发实施方案的通知", "各区人民政府：",
        "现印发给你们。")])
    assert (found.title, found.issuer, found.region) == ("广州市人民政府办公厅关于印发实施方案的通知", "广州市人民政府办公厅", "广州")


def test_a_manifest_date_is_kept_over_the_publication_row_and_nothing_is_said():
    from pilotplans.parsers.interpret.records import DocumentHints

    document = read_document(PAGES / "info-pipes-then-notice-then-table.txt",
                             DocumentHints(id="qiaocheng-2020", date=dt.date(2020, 4, 1)))
    assert document.date == dt.date(2020, 4, 1)
    assert "date_published" not in [w.code for w in document.warnings]


# --- places27: which date wins, decided over every fixture printing a 发布日期/公开日期 row (169 pages; 46 dated by the
# row, none of which prints a date of its own the reader missed but 惠州's, below) ---------------------------------------

PLACES9 = Path(__file__).parent / "fixtures" / "places-blind9"
HUIZHOU = PLACES9 / "huizhou-2010-party-committee-and-government-joint-decision-law-rows.txt"


def _page(path: Path):
    from tests.page_metadata import page_metadata

    return page_metadata(path)


def test_a_written_date_row_wins_over_the_publication_row():
    # 石狮: 公文生成日期:2025-01-24 (the day it was written) over 發布日期:2025-01-26
    found = _page(Path(__file__).parent / "fixtures" / "prose-blind23"
                  / "shishi-2025-county-level-city-office-notice-traditional-dashed-info-list-requests-only-cut.txt")
    assert (found.date, found.date_published) == (dt.date(2025, 1, 24), False)


def test_the_signature_s_date_wins_over_an_issuing_date_row_of_the_index_table():
    # 太湖: 发文日期: 2019-01-23 (the day the site filed it) over a notice signed 2019年1月17日
    found = _page(Path(__file__).parent / "fixtures" / "places-blind2" / "taihu-2019-county-info-table.txt")
    assert (found.date, found.date_published) == (dt.date(2019, 1, 17), False)


def test_a_number_run_into_its_date_in_brackets_under_the_head_is_the_document_s_own_date():
    # (惠市委发〔2010〕5号2010年2月11日) under the decision's title, a law mirror's 【发布日期】2010.02.11 above: before, the
    # same day read from the row and warned date_published (no date of its own) — the bracket prints its own
    found = _page(HUIZHOU)
    assert (found.date, found.date_published) == (dt.date(2010, 2, 11), False)


def test_a_number_run_into_other_words_in_brackets_dates_nothing():
    # quiet: (惠市委发〔2010〕5号2010年以来) is no date; the row dates the page, warned
    text = HUIZHOU.read_text("utf-8").replace("(惠市委发〔2010〕5号2010年2月11日)", "(惠市委发〔2010〕5号2010年以来)")
    found = read_metadata([Paragraph(text=line) for line in text.splitlines()])
    assert (found.date, found.date_published) == (dt.date(2010, 2, 11), True)


def test_a_number_run_into_a_date_of_another_year_is_no_date_of_that_document():
    # quiet: (…〔2010〕5号2009年2月11日) — a 2010 number cannot be dated 2009; the glued line dates nothing
    from pilotplans.parsers.metadata import _head_date

    assert _head_date(["关于加快发展的决定", "(惠市委发〔2010〕5号2009年2月11日)"], 1) is None


def test_a_number_run_into_a_date_outside_brackets_is_not_read_so():
    from pilotplans.parsers.metadata import _head_date

    assert (_head_date(["(惠市委发〔2010〕5号二〇一〇年二月十一日)"], 0), _head_date(["惠市委发〔2010〕5号2010年2月11日"], 0)) == (
        dt.date(2010, 2, 11), None)


def test_a_page_with_nothing_else_to_date_it_is_still_dated_by_its_publication_row_and_says_so():
    # 喀什's meeting news (places-blind24): 公开日期 only — the row's day, warned, as before (its key counts "" right)
    found = _page(Path(__file__).parent / "fixtures" / "places-blind24"
                  / "kashi-2023-prefecture-administrative-office-meeting-news-naming-its-counties.txt")
    assert (found.date, found.date_published) == (dt.date(2023, 2, 13), True)
