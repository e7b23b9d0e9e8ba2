"""府 written alone for 政府 in the collective of a government's own units (市府直属各单位), as plans of
Guangdong's cities and districts address them. Each cell is quoted from a published plan (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

DONGGUAN_2018 = make_context(region="东莞市", level="municipal", date=dt.date(2018, 5, 31))


def test_the_units_directly_under_the_city_government_written_with_fu_alone_are_the_collective():
    # 东府〔2018〕67号 addressees: 各镇人民政府（街道办事处），市府直属各单位
    found = resolve_body("市府直属各单位", DONGGUAN_2018)
    assert (found.id, found.collective) == ("direct-units", True)


def test_fu_alone_without_a_quantifier_and_a_word_for_bodies_is_no_collective():
    # 市府 is the city government itself, and 市府办 its general office: neither is the collective
    assert resolve_body("市府", DONGGUAN_2018).id is None
    assert resolve_body("市府办", DONGGUAN_2018).id == "441900-government_general_office"


GUANGDONG_2023 = make_context(region="广东", level="provincial", date=dt.date(2023, 3, 17))


def _read(cell: str, context) -> list[tuple[str, str | None]]:
    from pilotplans.normalizers.links import _own_place_parts, parse_cell
    from pilotplans.normalizers.responsibility import leading_bodies_shared

    mentions = leading_bodies_shared(_own_place_parts(parse_cell(cell, "responsibility", prose=True), context), context)
    return [(m.reads_as or m.text, resolve_body(m.reads_as or m.text, context).id) for m in mentions]


def test_a_bare_name_in_a_list_of_the_provinces_own_departments_is_the_provinces():
    # 粤府办〔2023〕5号: (…交通运输厅、水利厅、住房城乡建设厅、能源局等省有关部门…按职责分工负责) — no body
    # prints 省, the 厅 are the province's by their office word, and 能源局 was read as the national 国家能源局
    assert _read("交通运输厅、水利厅、能源局等省有关部门", GUANGDONG_2023) == [
        ("交通运输厅", "440000-transport_bureau"), ("水利厅", "440000-water_resources_bureau"),
        ("省能源局", "440000-energy_bureau")]


def test_a_bare_name_beside_a_body_no_local_body_can_be_keeps_its_central_reading():
    # a national task copied into the plan: 商务部 is no province's, so the list is left as printed
    assert _read("交通运输厅、商务部、能源局", GUANGDONG_2023) == [
        ("交通运输厅", "440000-transport_bureau"), ("商务部", "mofcom"), ("能源局", "nea")]


def test_a_bare_name_in_a_list_of_central_bodies_only_keeps_its_central_reading():
    assert _read("发展改革委、能源局", GUANGDONG_2023) == [("发展改革委", "ndrc"), ("能源局", "nea")]


PINGYUAN_2013 = make_context(region="平原县", level="municipal", date=dt.date(2013, 5, 21))


def test_fu_stands_for_zhengfu_wherever_zhengfu_opens_a_kind_s_form():
    # 平原县委对台湾工作领导小组 2013: 县委办公室、县府办公室 … as 县政府办公室
    assert resolve_body("县府办公室", PINGYUAN_2013).id == "371426-government_general_office"


def test_fu_stands_only_where_a_form_goes_on_after_zhengfu():
    # 府 is no body's stem (县府商务局 names nothing) and, alone, no government: 县府 and 府 stay unread
    assert resolve_body("县府商务局", PINGYUAN_2013).id is None
    assert resolve_body("县府", PINGYUAN_2013).id is None
    assert resolve_body("府", PINGYUAN_2013).id is None
