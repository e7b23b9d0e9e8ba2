"""A notice forwarding another body's document (关于转发嘉兴市…的通知, 海盐县转发嘉兴市…) is the forwarding
body's: the place named right after 转发 (placing.toml's ``forwarding``) is the forwarded body's, and being
above the forwarding one it tells a 文号's shared first character apart (pilotplans.normalizers.place)."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_document

NOTICES = Path(__file__).parent / "fixtures" / "notices"
FORWARDS = NOTICES / "county-forwards-city-plan.txt"


def _read(tmp_path, text):
    path = tmp_path / "plan.txt"
    path.write_text(text, "utf-8")
    return read_document(path)


def _region_said(document):
    return [(w.code, w.message) for w in document.warnings if w.code.startswith("region_")]


def test_a_forwarding_notice_is_placed_by_its_doc_no_within_the_place_it_forwards_from():
    # before: placed in 嘉兴, the forwarded plan's city, and its 市商务局 read as 嘉兴's
    document = read_document(FORWARDS)
    assert (document.level, document.region) == ("county", "桐乡市")
    assert _region_said(document) == [("region_inferred", (
        "the document's metadata names no region; taken from its 文号 桐政办发〔2021〕5号, which opens with 桐, the "
        "abbreviation of 桐乡市 alone among the places in 嘉兴市, the place whose document it forwards, whose bodies "
        "are written 市…"))]
    assert [d.id for d in document.measures[0].departments] == ["330483-commerce_bureau", "330483-finance_bureau"]


def test_a_forwarding_notice_without_doc_no_is_not_placed_in_the_place_it_forwards_from(tmp_path):
    document = _read(tmp_path, FORWARDS.read_text("utf-8").replace("桐政办发〔2021〕5号\n", "", 1))
    assert (document.level, document.region) == ("municipal", None)
    assert [code for code, _ in _region_said(document)] == ["region_unnamed"]


def test_a_county_forwarding_its_city_s_plan_in_its_title_is_the_county_s(tmp_path):
    document = _read(tmp_path, FORWARDS.read_text("utf-8").replace(
        "关于转发嘉兴市", "海盐县转发嘉兴市", 1).replace("桐政办发", "盐政办发", 1))
    assert document.region == "海盐县"
    assert _region_said(document) == [("region_inferred", (
        "the document's metadata names no region; taken from its title, which names 海盐县"))]


def test_a_notice_issuing_a_place_s_plan_is_still_that_place_s(tmp_path):
    # 印发 is no forwarding: a city issues its own plan so
    document = _read(tmp_path, FORWARDS.read_text("utf-8").replace("关于转发嘉兴市", "关于印发嘉兴市", 1).replace(
        "桐政办发〔2021〕5号\n", "", 1))
    assert (document.level, document.region) == ("municipal", "嘉兴")


def test_a_shared_doc_no_character_stays_unplaced_when_nothing_is_forwarded(tmp_path):
    document = _read(tmp_path, FORWARDS.read_text("utf-8").replace(
        "关于转发嘉兴市推进服务贸易创新发展实施方案的通知", "关于推进服务贸易创新发展的实施意见", 1).replace(
        "嘉兴市推进服务贸易创新发展实施方案", "推进服务贸易创新发展实施方案"))
    assert (document.level, document.region) == ("municipal", None)
    assert not [w for w in document.warnings if w.code == "region_inferred"]


def test_the_forwarded_city_s_own_doc_no_quoted_in_the_title_is_not_the_notice_s(tmp_path):
    # the title cites the forwarded notice's 文号 (嘉政办发): the notice's own is the line below it
    document = _read(tmp_path, FORWARDS.read_text("utf-8").replace(
        "关于转发嘉兴市推进服务贸易创新发展实施方案的通知",
        "关于转发嘉兴市人民政府办公室关于推进服务贸易创新发展实施方案的通知（嘉政办发〔2021〕3号）的通知", 1))
    assert (document.doc_no, document.level, document.region) == ("桐政办发〔2021〕5号", "county", "桐乡市")


def test_a_city_forwarding_its_own_bureau_s_document_is_placed_by_its_doc_no_in_that_city(tmp_path):
    # a government forwards its own departments' documents too (转发嘉兴市商务局…): the forwarded place
    # itself bears the 文号's character (嘉), none below it does at the bodies' level (嘉善县 is a 县)
    document = _read(tmp_path, FORWARDS.read_text("utf-8").replace("关于转发嘉兴市", "关于转发嘉兴市商务局", 1).replace(
        "桐政办发", "嘉政办发", 1))
    assert (document.level, document.region) == ("municipal", "嘉兴")
