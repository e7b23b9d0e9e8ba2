"""A body's name with no place nor level marker in a document a zone's committee issues (霍山经济开发区's 2025 task list
on 霍山县's site: 改革办, 规划建设局) is the zone's own department as likely as its host's body: unread with a note. It
read silently as the county's (改革办 as 中共霍山县委全面深化改革委员会办公室). A name with its marker or place, and the same
bare name in the county government's own document, read as before."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ZONE_S_OWN = make_context(region="霍山县", level="municipal", date=dt.date(2025, 2, 1), issuer="霍山经济开发区管委会")
COUNTY_S_OWN = make_context(region="霍山县", level="municipal", date=dt.date(2025, 2, 1), issuer="霍山县人民政府")


@pytest.mark.parametrize(("written", "host_body"), [
    ("改革办", "中共霍山县委全面深化改革委员会办公室"), ("财政局", "霍山县财政局"),
])
def test_a_bare_name_in_a_zone_s_own_document_stays_unread_with_a_note(written, host_body):
    found = resolve_body(written, ZONE_S_OWN)
    assert found.id is None, written
    assert found.notes == (f"{written}: a name with no place in a document of 霍山经济开发区管委会, the zone's own "
                           f"department as likely as {host_body}",)


@pytest.mark.parametrize(("written", "expected"), [
    ("县财政局", "341525-finance_bureau"), ("霍山县财政局", "341525-finance_bureau"),
    ("县委改革办", "341525-party_reform_office"),
])
def test_a_name_with_its_marker_or_place_reads_as_before(written, expected):
    assert resolve_body(written, ZONE_S_OWN).id == expected, written


@pytest.mark.parametrize(("written", "expected"), [("改革办", "341525-party_reform_office"), ("财政局", "341525-finance_bureau")])
def test_a_bare_name_in_the_county_s_own_document_reads_as_before(written, expected):
    assert resolve_body(written, COUNTY_S_OWN).id == expected, written


@pytest.mark.parametrize(("written", "host_body"), [
    ("市场监管局", "霍山县市场监督管理局"), ("地震局", "霍山县地震局"), ("地方金融监管局", "霍山县地方金融监督管理局"),
    ("公安局", "霍山县公安局"),
])
def test_a_bare_name_opening_with_a_marker_s_character_or_another_place_s_name_is_still_bare(written, host_body):
    # 市 of 市场, 地 of 地震 and 地方 are no level markers, and 公安 (公安县) is not the place the name is read at
    found = resolve_body(written, ZONE_S_OWN)
    assert found.id is None, written
    assert found.notes == (f"{written}: a name with no place in a document of 霍山经济开发区管委会, the zone's own "
                           f"department as likely as {host_body}",)


def test_a_name_opening_with_its_place_s_short_name_reads_as_before():
    assert resolve_body("霍山财政局", ZONE_S_OWN).id == "341525-finance_bureau"


SUZHOU_PARK_S_OWN = make_context(region="苏州工业园区", level="municipal", date=dt.date(2022, 1, 1),
                                 issuer="苏州工业园区管理委员会")
CHENGDE_ZONE_S_OWN = make_context(region="承德高新区", level="municipal", date=dt.date(2022, 1, 1), issuer="承德高新区管委会")


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("财政局", SUZHOU_PARK_S_OWN, "320576-finance_bureau"), ("财政局", CHENGDE_ZONE_S_OWN, "130871-finance_bureau"),
    ("改革办", CHENGDE_ZONE_S_OWN, "130871-party_reform_office"),
])
def test_a_bare_name_in_a_document_whose_place_is_the_zone_itself_is_the_zone_s_body(written, context, expected):
    # the zone's own department is the reading itself: there is nothing to withhold
    assert resolve_body(written, context).id == expected, written
