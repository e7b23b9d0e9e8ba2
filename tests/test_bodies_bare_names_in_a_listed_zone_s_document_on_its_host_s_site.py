"""A document a listed zone's committee issues while its place is the zone's host (承德高新区管委会's plan on 承德市's
site) reads a body's name with no place nor marker at the zone, as a document whose place is the zone does: 财政局 is the
zone's own finance bureau (it read silently as 承德市财政局), and a name no kind reads (经济发展局, 招商工作部, 规划建设局)
is one of the zone committee's departments, as 承德高新区经济发展局 is; a bare 人民政府 stays the host's, a zone having no
government of its own. Names with a place or marker, central names, other
issuers' documents and a zone with no place of its own (霍山经济开发区: unread with a note) read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ZONE_ISSUED = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1), issuer="承德高新区管委会")
CITY_ISSUED = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1), issuer="承德市人民政府")
ZONE_PLACED = make_context(region="承德高新技术产业开发区", level="municipal", date=dt.date(2022, 1, 1))


def test_a_bare_department_name_is_the_zone_s_own_body():
    found = resolve_body("财政局", ZONE_ISSUED)
    assert (found.id, found.name) == ("130871-finance_bureau", "承德高新技术产业开发区财政局")
    assert "财政局: a name with no place in a document of 承德高新区管委会, read at 承德高新技术产业开发区" in found.notes


@pytest.mark.parametrize("written", ["经济发展局", "招商工作部", "规划建设局"])
def test_a_name_no_kind_reads_is_one_of_the_zone_committee_s_departments(written):
    assert resolve_body(written, ZONE_ISSUED).id == f"130871-zone_department-{written}"


@pytest.mark.parametrize("written", ["市财政局", "承德市财政局"])
def test_a_name_with_the_host_s_marker_or_name_stays_the_host_s(written):
    assert resolve_body(written, ZONE_ISSUED).id == "130800-finance_bureau"


def test_the_host_s_own_document_reads_the_bare_name_as_its_own():
    assert resolve_body("财政局", CITY_ISSUED).id == "130800-finance_bureau"


def test_a_name_no_kind_reads_stays_unread_in_the_host_s_own_document():
    assert resolve_body("经济发展局", CITY_ISSUED).id is None


def test_a_document_whose_place_is_the_zone_reads_its_departments_by_their_own_names():
    assert resolve_body("招商工作部", ZONE_PLACED).id == "130871-zone_department-招商工作部"


def test_a_name_of_no_body_stays_unread_in_the_zone_s_document():
    assert resolve_body("某某公司", ZONE_PLACED).id is None


@pytest.mark.parametrize("written", ["人民政府", "政府"])
def test_a_bare_government_stays_the_host_s_the_zone_having_none(written):
    assert resolve_body(written, ZONE_ISSUED).id == "130800-people_government"


@pytest.mark.parametrize("written, host", [("检察院", "130800-procuratorate"), ("消防救援支队", "130800-fire_rescue_team"),
                                           ("纪委监委", "130800-discipline_commission"), ("总工会", "130800-trade_union_federation"),
                                           ("法院", "130800-intermediate_court")])
def test_a_body_no_zone_committee_has_stays_the_host_s(written, host):
    # the zone's committee has departments and a Party working committee; a procuratorate, a fire brigade, a court, a
    # discipline commission or a trade union federation named bare is the host's, as it read before
    assert resolve_body(written, ZONE_ISSUED).id == host


@pytest.mark.parametrize("written", ["人大常委会", "政协", "中级人民法院", "供电公司"])
def test_a_name_the_zone_reads_at_its_host_keeps_the_host_s_notes(written):
    found = resolve_body(written, ZONE_ISSUED)
    assert found.region == "130800"
    assert found.notes == ("place taken from the document: 承德市",)


def test_the_zone_s_party_working_committee_by_its_own_word_is_the_zone_s():
    assert resolve_body("党工委", ZONE_ISSUED).id == "130871-party_committee"


@pytest.mark.parametrize("context", [ZONE_ISSUED, ZONE_PLACED])
@pytest.mark.parametrize("written", ["中国银行营业部", "公司销售部", "财务部", "集团办公室", "医院办公室", "工程项目部",
                                     "学校办", "各分局", "有关工作部", "中铁十局", "中建八局", "中国电建水电八局"])
def test_a_department_of_another_organisation_is_no_zone_department(written, context):
    # 部, 办 and 办公室 close a bank's, a company's, a hospital's or a project's departments too, and 各 or 有关 say
    # whose body it is without a place, and a bureau counted by its ordinal is an enterprise's (中铁十局, 中建八局): written
    # bare, none is the zone committee's
    assert resolve_body(written, context).id is None


@pytest.mark.parametrize("written", ["经济发展局", "招商工作部"])
def test_a_zone_department_by_a_government_s_office_word_is_read(written):
    assert resolve_body(written, ZONE_PLACED).id == f"130871-zone_department-{written}"
