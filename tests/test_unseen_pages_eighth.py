"""Shapes of real published pages met in the eighth round of unseen pages (SOURCES.md, eighth round):
city and district plans, department plans, and pages that are no plan, each read wrong before."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Paragraph
from pilotplans.parsers.dates import figures_date_line
from pilotplans.parsers.metadata import _numbers_in_lines, read_metadata
from tests.conftest import FIXTURES

PAGES = FIXTURES / "unseen-pages"


def _metadata(lines: list[str]):
    return read_metadata([Paragraph(text=line) for line in lines])


# --- a 文号 a dash parts from the title it heads: 阳政办〔2019〕1号—区人民政府办公室关于…的通知 ------------------

def test_a_number_a_dash_parts_from_the_title_it_heads_is_the_notice_s_own():
    # the page's first line; its 文号 was read nowhere (the dash is neither the issuer's name nor 关于)
    document = read_document(PAGES / "number-dash-title-signed-over-figures.txt")
    assert document.doc_no == "阳政办〔2019〕1号"


def test_a_number_a_dash_parts_from_words_that_are_no_title_is_no_one_s():
    # the dash before a sentence, or before a title a sentence's words come between: cited, not the notice's own
    assert _numbers_in_lines(["阳政办〔2019〕1号—各单位要认真落实。"])[0] == []
    assert _numbers_in_lines(["为贯彻落实国办发〔2022〕10号—现就有关事项关于…的通知要求，制定本方案。"])[0] == []


# --- a signature over a date whose 年月日 the copy lost, its figures splitting two ways: 2019114 -------------------

def test_a_signature_over_figures_that_are_a_date_is_the_issuer_and_places_the_plan():
    # 武汉市汉阳区人民政府办公室 / 2019114 (2019-1-14 or 2019-11-4): no issuer, so no region, and the measures'
    # 区… bodies were all left unresolved; the date stays unread, its figures splitting two ways
    document = read_document(PAGES / "number-dash-title-signed-over-figures.txt")
    assert (document.issuer, document.region, document.level, document.date) == (
        "武汉市汉阳区人民政府办公室", "汉阳区", "county", None)
    assert [(m.number, [(d.raw, d.id, d.role) for d in m.departments]) for m in document.measures] == [
        (1, [("区科技和经信局", "420105-science_industry_information_bureau", "lead"),
             ("汉阳经济开发区管委会", "420105-development_zone_committee", "carry_out"),
             ("永丰街办事处", None, "carry_out")]),
        (2, [("区商旅局", None, "carry_out")]),
        (3, [("区行政审批局", "420105-administrative_approval_bureau", "lead")])]
    assert [w.code for w in document.measures[2].warnings] == ["responsibility_cut"]


def test_figures_are_a_signature_s_date_only_under_a_body_s_name_and_only_when_they_split_into_a_date():
    assert figures_date_line("2019114") and figures_date_line("2024327")
    assert not figures_date_line("2019999") and not figures_date_line("20191")  # no month and day; a year and one figure
    signed = ["各单位:", "现将方案印发给你们,请认真贯彻落实。", "武汉市汉阳区人民政府办公室", "2019114", "某某方案"]
    assert _metadata(signed).issuer == "武汉市汉阳区人民政府办公室"
    # under a label (a telephone number), under a sentence, or figures that are no month and day: no signature
    assert _metadata(["各单位:", "现将方案印发给你们。", "联系电话:", "2062811", "某某方案"]).issuer is None
    assert _metadata(["各单位:", "现将方案印发给你们,请认真贯彻落实。", "2019114", "某某方案"]).issuer is None
    assert _metadata(["各单位:", "现将方案印发给你们。", "武汉市汉阳区人民政府办公室", "2019999", "某某方案"]).issuer is None
