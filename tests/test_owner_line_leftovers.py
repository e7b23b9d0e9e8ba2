"""Leftovers of the 海盐县 2022 round: forms of owners' lists and deadlines read wrongly or not at all."""

from __future__ import annotations

import pytest

from pilotplans.parsers.interpret.fields import find_tail
from pilotplans.parsers.interpret.vocabulary import vocabulary


def _tail(text: str) -> list[tuple[str | None, str]] | None:
    tail = find_tail(text)
    return tail and [(s.label.role if s.label else None, s.text) for s in tail.fields.segments]


@pytest.mark.parametrize("period", ["2025—2027年", "2025——2027年", "2025–2027年", "2025-2027年", "2025一2027年", "2025～2027年",
                                    "2025至2027年", "2025年至2027年", "2025年—2027年", "2025—27年", "2025—2027年底前"])
def test_a_period_of_years_after_a_list_of_owners_is_the_items_deadline(period):
    # the bracket was no owners' bracket at all: its last piece read as neither a body nor a deadline
    assert _tail(f"推进数字贸易发展。（市商务局，{period}）") == [(None, "市商务局"), ("deadline", period)]


@pytest.mark.parametrize("text", ["2025—2027", "20252027年", "2025年一季度", "2025—2027年行动计划", "2025年—市商务局"])
def test_figures_without_a_year_closing_or_a_period_going_on_into_words_are_no_deadline(text):
    assert not vocabulary().is_deadline(text)


def _owners(name: str) -> list[tuple[str | None, list[tuple[str, str | None]], list[str]]]:
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    document = read_document(FIXTURES / "prose-shapes" / name)
    return [(m.responsibility, [(d.raw, d.id) for d in m.departments], [w.code for w in m.warnings]) for m in document.measures]


def test_an_owner_line_closing_a_bracket_the_items_text_left_open_leaves_the_closer_off_its_last_body():
    # 建德: …研发机构(实验室、工程中心等,给予最高100万元奖励。 / 责任单位:市科技局、市财政局): 市财政局) read, unresolved
    read = _owners("owner-line-closing-text-bracket.txt")
    assert read[:2] == [
        ("市科技局、市财政局", [("市科技局", "330182-science_technology_bureau"), ("市财政局", "330182-finance_bureau")], []),
        ("市人社局", [("市人社局", "330182-human_resources_social_security_bureau")], [])]


def test_a_closer_matched_in_the_list_or_after_a_text_leaving_no_bracket_open_stays_as_printed():
    read = _owners("owner-line-closing-text-bracket.txt")
    assert read[2][:2] == ("市科技局、各乡镇(街道)", [("市科技局", "330182-science_technology_bureau"), ("各乡镇(街道)", "subordinate-localities")])
    assert read[3] == ("市科技局、市财政局)", [("市科技局", "330182-science_technology_bureau"), ("市财政局)", None)],
                       ["department_unresolved"])


def test_an_untitled_pages_numbered_points_after_its_review_are_its_measures_warned_that_no_owners_were_read():
    # 一、2023年工作完成情况 (figures) / 二、2024年工作要点 / 1.… 4.…, no owners anywhere: refused as a report on progress
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    document = read_document(FIXTURES / "prose-shapes" / "untitled-points-after-review-name-no-owners.txt")
    assert [(m.number, m.text[:7], m.departments, [w.code for w in m.warnings]) for m in document.measures] == [
        (1, "稳住外贸基本盘", [], ["responsibility_missing"]), (2, "扩大有效投资。", [], ["responsibility_missing"]),
        (3, "优化营商环境。", [], ["responsibility_missing"]), (4, "促进消费扩容。", [], ["responsibility_missing"])]
    assert document.measures[0].warnings[0].message == (
        "the page prints no owner for any of its items: read as a measure because it is one of the numbered points "
        "under 2024年工作要点, its owners missing")
    assert [h.title for h in document.tables[0].headings] == ["2024年工作要点"]


def test_an_untitled_pages_review_followed_by_no_list_of_points_is_still_refused_as_a_report():
    from pilotplans.errors import NoTaskTable
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    with pytest.raises(NoTaskTable, match="a report on the progress of a plan"):
        read_document(FIXTURES / "prose-shapes" / "untitled-review-then-plans-name-no-owners.txt")


@pytest.mark.parametrize(("title", "points"), [
    ("2024年工作要点", True), ("今年重点工作要点", True), ("工作要点", True), ("2024年工作打算", False),
    ("工作要点解读", False), ("2023年工作完成情况", False),
])
def test_only_a_heading_ending_in_points_heads_a_list_of_points(title, points):
    from pilotplans.normalizers.simplified import fold

    assert any(p.match(fold(title)) for p in vocabulary().points_headings) is points


def test_an_owners_bracket_inside_a_bracket_the_items_text_left_open_is_read_and_the_text_keeps_its_own():
    # 建德: …研发机构(实验室、工程中心等,给予最高100万元奖励。(责任单位:市科技局、市财政局)): owners lost, warned
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    measure = read_document(FIXTURES / "prose-shapes" / "owners-bracket-closing-text-bracket.txt").measures[0]
    assert (measure.text, measure.responsibility, [d.id for d in measure.departments], measure.warnings) == (
        "支持企业加大研发投入。对首次认定的国家级研发机构(实验室、工程中心等,给予最高100万元奖励。", "市科技局、市财政局",
        ["330182-science_technology_bureau", "330182-finance_bureau"], [])


def test_an_owners_bracket_followed_by_a_closer_no_bracket_of_the_text_opened_still_names_the_owners():
    # …奖励。(责任单位:市科技局)): the labelled bracket ends the item's last sentence (prose20's clause brackets), so
    # its owners are read though a stray closer follows it
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    measures = read_document(FIXTURES / "prose-shapes" / "owners-bracket-closing-text-bracket.txt").measures
    assert [(m.responsibility, [w.code for w in m.warnings]) for m in measures[1:]] == [
        ("市科技局", []), ("市科技局", [])]


def test_a_page_titled_as_a_report_stays_refused_though_a_heading_of_points_follows_its_review():
    # 海盐县2023年上半年工作完成情况 / 一、上半年工作完成情况 / … / 二、下半年工作要点 / 1.… 2.…: read as 2 measures
    from pilotplans.errors import NoTaskTable
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    with pytest.raises(NoTaskTable, match="a report on the progress of a plan"):
        read_document(FIXTURES / "prose-shapes" / "titled-report-then-points-name-no-owners.txt")


@pytest.mark.parametrize(("name", "cause"), [
    ("interpretation-policy-points-name-no-owners.txt", "a policy interpretation"),
    ("study-points-name-no-owners.txt", "a study of a question")])
def test_the_points_of_a_page_of_another_kind_are_no_measures(name, cause):
    # 《…若干政策》政策解读 / 二、政策要点 / 1.… 3.…, …研究报告 / 二、研究要点: read as measures, warned responsibility_missing
    from pilotplans.errors import NoTaskTable
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    with pytest.raises(NoTaskTable, match=cause):
        read_document(FIXTURES / "prose-shapes" / name)
