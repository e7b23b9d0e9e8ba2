"""A body of a kind whose office is 局 written with a public institution's word, 中心 (市机关事务中心, 市投资促进中心), is
titled as written: it was titled as the bureau the name does not write (承德市机关事务管理局). The bureau's own short form
(市机关事务局) keeps the bureau's title, and a kind whose office is the centre (市政务服务中心) its own."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

CHENGDE = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1))


@pytest.mark.parametrize(("written", "title"), [
    ("机关事务中心", "承德市机关事务中心"), ("市机关事务中心", "承德市机关事务中心"), ("市投资促进中心", "承德市投资促进中心")])
def test_a_centre_of_a_bureau_s_kind_is_titled_as_written(written, title):
    assert resolve_body(written, CHENGDE).name == title


def test_the_organs_affairs_centre_is_the_kind_s_body():
    assert resolve_body("机关事务中心", CHENGDE).id == "130800-government_affairs_office"


def test_the_bureau_s_short_form_keeps_the_bureau_s_title():
    assert resolve_body("市机关事务局", CHENGDE).name == "承德市机关事务管理局"


def test_a_kind_whose_office_is_the_centre_keeps_its_title():
    assert resolve_body("市政务服务中心", CHENGDE).name == "承德市政务服务中心"
