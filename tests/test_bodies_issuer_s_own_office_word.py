"""A department names itself by its own office word in its notice to its own units (安徽省交通运输厅党组 2021,
皖交发〔2021〕63号: 厅直各单位，驻厅纪检监察组，厅机关各处室; 厅党组 further down): the context carries the document's
issuer, so 厅党组 is the issuing department's Party group and 驻厅纪检监察组 the group stationed in it. Without an
issuer, with an issuer that is no local body or closes with another office word, they stay unread."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.links import document_context
from pilotplans.normalizers.resolve import make_context, resolve_body
from pilotplans.schema.models import Document, SourceFile

DATE = dt.date(2021, 12, 21)
ANHUI_TRANSPORT = make_context(region="安徽省", level="provincial", date=DATE, issuer="安徽省交通运输厅")
ANHUI = make_context(region="安徽省", level="provincial", date=DATE)


@pytest.mark.parametrize(("written", "expected"), [
    ("厅党组", "340000-transport_bureau-party_group"),
    ("驻厅纪检监察组", "340000-transport_bureau-discipline_inspection_group"),
])
def test_the_issuer_s_office_word_names_the_issuer(written, expected):
    found = resolve_body(written, ANHUI_TRANSPORT)
    assert found.id == expected, written
    assert found.notes[-1] == f"{written}: its office word stands for the document's issuer, 安徽省交通运输厅"


def test_a_commission_s_short_office_word_names_it_too():
    context = make_context(region="厦门市", level="municipal", date=DATE, issuer="厦门市发展和改革委员会")
    assert resolve_body("委党组", context).id == "350200-development_reform_commission-party_group"


@pytest.mark.parametrize("context", [
    ANHUI,  # no issuer
    make_context(region="安徽省", level="provincial", date=DATE, issuer="安徽省交通运输局"),  # closes with 局, not 厅
    make_context(region="安徽省", level="provincial", date=DATE, issuer="安徽省委宣传部"),  # no Party group
    make_context(region="安徽省", level="provincial", date=DATE, issuer="交通运输部"),  # a central body
])
def test_without_an_issuer_of_that_word_the_group_stays_unread(context):
    assert resolve_body("厅党组", context).id is None


def test_the_department_s_own_units_stay_a_set_with_an_issuer():
    found = resolve_body("厅直各单位", ANHUI_TRANSPORT)
    assert (found.id, found.collective) == ("direct-units", True)


def test_the_document_s_issuer_is_carried_into_its_context():
    document = Document(id="ahjt", issuer="安徽省交通运输厅", date=DATE, level="provincial", region="安徽",
                        source=SourceFile(path="ahjt.txt", name="ahjt.txt", sha256="0" * 64, format="text", size=0))
    assert document_context(document)[0].issuer == "安徽省交通运输厅"
