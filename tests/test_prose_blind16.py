"""The prose16 blind round's pages (tests/fixtures/prose-blind16, keyed before the reader ran on them): each
form the reader mended on them, where it fires and where it must stay quiet."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import pilotplans
from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.info_rows import read_info_line
from pilotplans.parsers.interpret.conventions import find_conventions
from tests.conftest import FIXTURES
from tests.page_metadata import owners

ROUND = FIXTURES / "prose-blind16"


def _metadata(name: str):
    from pilotplans.ingest.pipeline import read_layout
    from pilotplans.parsers.metadata import read_metadata

    path = ROUND / name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        layout = read_layout(path.read_bytes(), str(path))
        return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)


# --- a convention stated after a semicolon in an item's owners' bracket ------------------------------------

_JILIN = "jilin-2022-province-law-site-attributes-convention-in-first-bracket.txt"


def test_a_bracket_stating_a_convention_after_a_semicolon_names_its_owners():
    first = read_document(ROUND / _JILIN).measures[0]
    assert (first.heading_path, owners(first)) == (["有序恢复商业经营场所"], [
        ("省商务厅", "carry_out"), ("省工业和信息化厅", "carry_out"), ("省农业农村厅", "carry_out"),
        ("各市", "carry_out"), ("县级政府", "carry_out")])


def test_bodies_said_to_do_every_item_after_with_no_listing_state_a_convention():
    assert [c.body for c in find_conventions("以下均需各市、县级政府负责,不再列出")] == ["各市、县级政府"]
    assert find_conventions("各市、县级政府负责,加强督导") == []  # no 不再列出: the bodies' own task


def test_only_a_clause_stating_a_convention_after_a_semicolon_is_taken_off_the_list():
    from pilotplans.parsers.interpret.fields import _stated_clause

    assert _stated_clause("省商务厅按职责分工负责;以下均需各市、县级政府负责,不再列出") == "以下均需各市、县级政府负责,不再列出"
    assert _stated_clause("省商务厅负责;省财政局配合") is None


# --- an information table's row of one label apart from a value wholly of its kind ---------------------------

def test_a_label_apart_from_a_value_reading_wholly_as_a_document_number_is_a_row():
    metadata = _metadata("ningbo-jiangbei-2020-district-info-rows-plan-cut-in-requirements.txt")
    assert (metadata.doc_no, metadata.date.isoformat()) == ("北区政办发〔2020〕11号", "2020-05-08")


def test_a_label_apart_from_a_name_alone_stays_a_line(tmp_path: Path):
    from pilotplans.parsers.metadata import _row_by_its_value

    assert _row_by_its_value("文件编号 北区政办发〔2020〕11号") is not None
    assert _row_by_its_value("发布机构 江北区政府办") is None  # a name may open a sentence
    assert _row_by_its_value("文号为北区政办发〔2020〕11号的通知") is None


def test_a_bullet_row_numbering_its_document_by_its_order_gives_its_number():
    # • 发文序号:京兴政办发〔2023〕1 号 (a space before 号): the 文号, the space left out
    assert _metadata("daxing-2023-district-division-plan-leader-post-and-main-body-lines.txt").doc_no == "京兴政办发〔2023〕1号"


# --- a page's toggle folding its information table is no part of the title under it --------------------------

def test_a_toggle_line_over_the_title_is_page_furniture():
    assert _metadata("daxing-2023-district-division-plan-leader-post-and-main-body-lines.txt").title == (
        "关于印发《2023年区政府工作报告重点工作分工方案》的通知")


def test_a_line_opening_with_the_toggle_s_word_is_no_furniture():
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    assert vocabulary().is_page_furniture("展开")
    assert not vocabulary().is_page_furniture("展开专项督查")


# --- a law site's attribute rows, marked ∙ and labelled in brackets ------------------------------------------

def test_a_law_site_s_attribute_row_gives_the_publication_date():
    assert read_info_line("∙【公布日期】2022.04.30")[0].kind == "published"
    assert _metadata(_JILIN).date.isoformat() == "2022-04-30"


def test_a_bulleted_line_of_text_is_no_row():
    assert read_info_line("∙ 公布日期后组织宣传解读") is None


# --- a task card printed one cell a line, labels over values --------------------------------------------------

_TONGXIN = "tongxin-2023-county-task-card-labels-over-values.txt"


def test_a_card_of_labels_over_values_is_one_measure_with_its_owners():
    [measure] = read_document(ROUND / _TONGXIN).measures
    assert (measure.number, measure.text[:13], owners(measure)) == (
        None, "全面落实疫情防控“新十条”", [("卫健局", "carry_out"), ("文旅局", "carry_out"), ("各乡镇", "assist")])
    assert measure.deadline.startswith("方舱医院升级改造亚定点医院")


def test_a_label_over_a_paragraph_once_is_no_card(tmp_path: Path):
    page = tmp_path / "label-heading-over-a-paragraph.txt"
    page.write_text("某县2023年工作方案\n主要任务\n加强项目建设,推进重点工程。\n一、项目建设\n"
                    "1.推进重点工程建设。(责任单位:县发改局)\n", encoding="utf-8")
    measures = read_document(page).measures
    assert [(m.text, m.responsibility) for m in measures] == [("推进重点工程建设。", "县发改局")]


def test_labels_over_values_naming_no_owner_are_no_card(tmp_path: Path):
    page = tmp_path / "labels-without-owners.txt"
    page.write_text("具体任务\n全面落实疫情防控措施。\n完成时限\n12月底前\n备注\n长期坚持\n", encoding="utf-8")
    with pytest.raises(NoTaskTable):
        read_document(page)


def test_cards_of_labels_over_values_one_after_another_are_each_a_measure(tmp_path: Path):
    page = tmp_path / "two-cards.txt"
    card = (ROUND / _TONGXIN).read_text(encoding="utf-8")
    page.write_text(card + "\n具体任务\n加快推进城乡供水一体化工程。\n责任单位\n水务局\n配合单位\n各乡镇\n完成时限\n12月底前\n",
                    encoding="utf-8")
    measures = read_document(page).measures
    assert [(m.responsibility, m.deadline[-8:]) for m in measures] == [
        ("卫健局、文旅局", "取得明显成效并长期坚持"[-8:]), ("水务局", "12月底前")]
