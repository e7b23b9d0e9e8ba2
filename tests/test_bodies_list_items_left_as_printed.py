"""A place or area of a list that round 29's rules leave as printed, where the places beside it take the ending of the
body after them, says why: an area its committee runs takes no government (江北新区、南京市政府, 雄安新区、石家庄市政府:
the cells of round 29's brief, as in test_bodies_areas_sharing_only_the_committee_word.py), and an area that shares only
the committee word shares none where that word makes it no body (滨海新区、天津港保税区管委会: 滨海新区 has been a district
since 2009, with no 管委会). The reading is told as a warning, ``list_item_left_as_printed``, on the measure."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.links import parse_cell


def _left(cell: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.left_as_printed) for m in parse_cell(cell, "responsibility", prose=True)]


def test_an_area_its_committee_runs_before_a_government_says_why_it_is_left_as_printed():
    assert _left("江北新区、南京市政府") == [
        ("江北新区", "江北新区 before 南京市政府: left as printed, the place or area itself (江北新区政府 names no body: "
                     "the area is run by its committee)"),
        ("南京市政府", None)]


def test_an_area_whose_committee_word_names_no_body_says_why_it_is_left_as_printed():
    assert _left("滨海新区、天津港保税区管委会") == [
        ("滨海新区", "滨海新区 before 天津港保税区管委会: left as printed, the place or area itself (滨海新区管委会 names no "
                     "body)"),
        ("天津港保税区管委会", None)]


def test_the_places_that_take_the_ending_carry_no_such_note():
    assert _left("两江新区、渝北区、北碚区人民政府")[1:] == [("渝北区", None), ("北碚区人民政府", None)]
    assert _left("两江新区、重庆高新区管委会") == [("两江新区", None), ("重庆高新区管委会", None)]
    assert _left("银川市、石嘴山市、吴忠市人民政府") == [("银川市", None), ("石嘴山市", None), ("吴忠市人民政府", None)]


def test_an_area_before_no_shared_ending_carries_no_note():
    # 南京's plan (tests/fixtures/city_plans/nanjing-2021.tsv, measure 39): 各区政府 has no place's ending to share
    assert _left("江北新区、各区政府") == [("江北新区", None), ("各区政府", None)]


def test_the_measure_warns_of_the_item_left_as_printed(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("江苏省服务业扩大开放工作方案\n一、重点任务\n（一）推动协同发展。（江北新区、南京市政府负责）\n",
                    encoding="utf-8")
    measure = read_document(path).measures[0]
    assert [w.message for w in measure.warnings if w.code == "list_item_left_as_printed"] == [
        "responsibility: 江北新区 before 南京市政府: left as printed, the place or area itself (江北新区政府 names no "
        "body: the area is run by its committee)"]


def test_an_area_beside_places_taking_a_system_body_s_ending_says_why_it_is_left_as_printed():
    # round 30 lets the places beside such an area take a vertical system's ending (万州海关), the area said nothing
    # round 31: the note says what the registry reads the area with the ending as (it had said 两江新区海关 names no body)
    assert _left("两江新区、万州、涪陵海关") == [
        ("两江新区", "两江新区 before 涪陵海关: left as printed, the place or area itself (两江新区海关 reads as 两江新区海关, "
                     "the area's own, which the list may mean; an area its committee runs takes no ending of the places "
                     "beside it but a committee word)"),
        ("万州", None), ("涪陵海关", None)]


def test_an_area_beside_a_system_body_no_place_shares_carries_no_note():
    assert _left("两江新区、重庆海关") == [("两江新区", None), ("重庆海关", None)]
