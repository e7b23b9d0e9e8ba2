"""The reading leftovers of rounds 37–38 (stop 59, docs/reading.md's mend39 entry), each read as a rule for the family:

- a 文号 line whose copy lost the bracket closing its year, the year's figures run into the number's
  (广安区府办发〔202026, prose-blind38's 广安区 page): mended to 〔2020〕26号 only where the page's own date prints that year
  and the figures left are a number, the printed form kept beside it (``doc_no_raw``) and warned ``doc_no_mended``.
"""

from __future__ import annotations

from datetime import date

import pytest

from pilotplans.doc_numbers import year_run_into_number
from pilotplans.store.db import load_documents, rebuild, sqlite_url
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata, read_text

BLIND38 = FIXTURES / "prose-blind38"
GUANGAN = BLIND38 / "guangan-2020-district-office-city-fine-management-rules-articles-portal-broken-doc-number-no-owners-cut.txt"


def _guangan_lines(**replaced: str) -> list[str]:
    """The 广安区 page's lines over its rules, each line equal to a key of ``replaced`` printed as its value instead."""
    lines = [line for line in GUANGAN.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = lines[:lines.index("广安市广安区城市精细化管理实施细则")]
    return [replaced.get(line, line) for line in lines]


# --- 1. a 文号 whose year runs into its number --------------------------------------------------------------------

def test_a_number_run_into_its_year_is_mended_where_the_page_s_date_prints_that_year():
    meta = page_metadata(GUANGAN)
    assert (meta.doc_no, meta.doc_no_printed, meta.date) == (
        "广安区府办发〔2020〕26号", "广安区府办发〔202026", date(2020, 10, 28))


@pytest.mark.parametrize(("line", "year", "expected"), [
    ("广安区府办发〔202026", 2020, "广安区府办发〔2020〕26号"),
    ("广安区府办发〔202026号", 2020, "广安区府办发〔2020〕26号"),
    ("京政办发[2019115", 2019, "京政办发[2019]115号"),
    ("湘政发【20123", 2012, "湘政发【2012】3号"),
])
def test_the_figures_after_the_page_s_year_are_the_number(line, year, expected):
    assert year_run_into_number(line, year) == expected


@pytest.mark.parametrize(("line", "year"), [
    ("广安区府办发〔202026", None),        # no year to check the cut against
    ("广安区府办发〔202026", 2021),        # the page's year is another: the cut would be a guess
    ("广安区府办发〔202012026", 2020),     # five figures left: no number of a series
    ("广安区府办发〔2020026", 2020),       # a number opening with 0
    ("广安区府办发〔2020〕12026号", 2020),  # the bracket printed: a number as printed, not run into its year
    ("根据广安区府办发〔202026号精神,制定本方案。", 2020),  # a sentence citing it: no line printing the number alone
])
def test_no_number_is_cut_from_a_year_without_sure_evidence(line, year):
    assert year_run_into_number(line, year) is None


def test_no_number_is_cut_from_a_year_another_than_the_page_s_date():
    meta = lines_metadata(*_guangan_lines(**{"2020年10月28日": "2021年10月28日"}))
    assert (meta.doc_no, meta.doc_no_printed, meta.date) == (None, None, date(2021, 10, 28))


def test_no_number_is_cut_from_a_year_on_a_page_printing_no_date():
    lines = [line for line in _guangan_lines() if line not in ("2020年10月28日", "• 2020-11-13 14:42")]
    meta = lines_metadata(*lines)
    assert (meta.doc_no, meta.doc_no_printed, meta.date) == (None, None, None)


def test_a_number_printed_whole_under_its_bracket_is_not_cut():
    meta = lines_metadata(*_guangan_lines(**{"广安区府办发〔202026": "广安区府办发〔2020〕26号"}))
    assert (meta.doc_no, meta.doc_no_printed) == ("广安区府办发〔2020〕26号", None)


_PLAN = ("广安区府办发〔202026\n"
         "广安市广安区人民政府办公室关于印发广安区城市管理工作方案的通知\n"
         "各街道办事处,区级各部门:\n"
         "现将《广安区城市管理工作方案》印发给你们,请认真贯彻执行。\n"
         "广安市广安区人民政府办公室\n"
         "2020年10月28日\n"
         "一、重点任务\n"
         "1.完善城市管理制度。(责任单位:区住房城乡建设局)\n"
         "2.加强市容环境整治。(责任单位:区城市管理局)\n")


def test_a_mended_number_keeps_its_printed_form_and_is_warned(tmp_path):
    document = read_text(tmp_path, _PLAN)
    warned = [w.message for w in document.warnings if w.code == "doc_no_mended"]
    assert (document.doc_no, document.doc_no_raw, warned) == ("广安区府办发〔2020〕26号", "广安区府办发〔202026", [
        "the 文号 is printed 广安区府办发〔202026, its year's closing bracket lost and the year run into the number; "
        "read as 广安区府办发〔2020〕26号, the year being the one the document's date prints"])


def test_a_number_printed_whole_keeps_no_printed_form_and_no_warning(tmp_path):
    document = read_text(tmp_path, _PLAN.replace("〔202026", "〔2020〕26号"))
    assert (document.doc_no, document.doc_no_raw, [w.code for w in document.warnings if w.code == "doc_no_mended"]) == (
        "广安区府办发〔2020〕26号", None, [])


def test_a_mended_number_s_printed_form_is_stored(tmp_path):
    document = read_text(tmp_path, _PLAN)
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [document])
    assert [d.doc_no_raw for d in load_documents(url)] == ["广安区府办发〔202026"]
