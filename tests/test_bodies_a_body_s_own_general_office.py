"""A body's own general office, [the body's name]办公室 or 办公厅 (江西省农业农村厅办公室: its 2020 notice; 文化部办公厅:
its 2016 notice), is read as that body's office (<body id>-office) for the bodies that set up a Party group. A
government's, a Party committee's and a congress's general offices keep their kinds; an office written without its
body (厅办公室, 委机关办公室: 柳州's 住建委 2018) and a Party organ's office stay unread."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

JIANGXI_2020 = make_context(region="江西省", level="provincial", date=dt.date(2020, 8, 1))
CENTRAL_2016 = make_context(region=None, level="central", date=dt.date(2016, 6, 23))
LIUZHOU_2019 = make_context(region="柳州市", level="municipal", date=dt.date(2019, 1, 17))


def test_a_department_s_general_office_is_the_department_s_office():
    for written in ("江西省农业农村厅办公室", "省农业农村厅办公室"):
        found = resolve_body(written, JIANGXI_2020)
        assert (found.id, found.name) == ("360000-agriculture_rural_bureau-office", "江西省农业农村厅办公室"), written


def test_a_ministry_s_general_office_is_the_ministry_s_office():
    assert resolve_body("文化部办公厅", CENTRAL_2016).id == "mcprc-office"


def test_a_people_s_organisation_and_a_court_have_their_office_too():
    assert resolve_body("市总工会办公室", LIUZHOU_2019).id == "450200-trade_union_federation-office"
    assert resolve_body("市中级人民法院办公室", LIUZHOU_2019).id == "450200-intermediate_court-office"


@pytest.mark.parametrize(("written", "expected"), [
    ("市政府办公室", "450200-government_general_office"),
    ("市委办公室", "450200-party_general_office"),
    ("市人大常委会办公室", "450200-people_congress_office"),
    ("市扶贫开发领导小组办公室", "450200-task_group_office-扶贫开发领导小组"),
])
def test_offices_of_a_kind_of_their_own_keep_it(written, expected):
    assert resolve_body(written, LIUZHOU_2019).id == expected


@pytest.mark.parametrize("written", ["委机关办公室", "厅办公室", "市委宣传部办公室"])
def test_an_office_without_its_body_or_of_a_party_organ_stays_unread(written):
    assert resolve_body(written, LIUZHOU_2019).id is None


def test_a_central_party_organ_s_general_office_stays_unread():
    assert resolve_body("中央组织部办公厅", CENTRAL_2016).id is None


def test_an_office_written_after_a_name_that_reads_as_an_office_is_no_office_of_that_office():
    # 市国防动员委员会 reads as the 国防动员办公室: its 办公室 is that office or another's, never 国防动员办公室办公室
    found = resolve_body("市国防动员委员会办公室", LIUZHOU_2019)
    assert (found.id, found.name) == (None, None)


def test_a_central_office_s_office_is_no_office_of_that_office_either():
    # 国务院扶贫办 is 国务院扶贫开发领导小组办公室 in full: an office, with no general office to be read as
    assert resolve_body("国务院扶贫办办公室", CENTRAL_2016).id is None


def test_the_office_of_a_unit_of_a_body_is_the_unit_s_not_the_body_s_general_office():
    # 交警支队 alone is read as its bureau (unit_words), but its office is no 市公安局办公室
    assert resolve_body("市公安局交警支队办公室", LIUZHOU_2019).id is None
    assert resolve_body("市公安局办公室", LIUZHOU_2019).id == "450200-public_security_bureau-office"
