"""中国共产党 is 中共 written in full, as a Party committee's formal name opens (中国共产党锡林郭勒盟委员会:
锡林郭勒盟十三五规划纲要 2016, approved by it): read as 中共 is, before a committee, its departments and its
discipline commission. The Party alone names no body."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

XILINGOL = make_context(region="锡林郭勒盟", level="municipal", date=dt.date(2016, 4, 23))


@pytest.mark.parametrize(("written", "expected"), [
    ("中国共产党锡林郭勒盟委员会", "152500-party_committee"),
    ("中国共产党苏尼特右旗委员会", "152524-party_committee"),
    ("中国共产党锡林郭勒盟纪律检查委员会", "152500-discipline_commission"),
    ("中国共产党锡林郭勒盟委宣传部", "152500-party_publicity_department"),
])
def test_the_party_s_full_name_before_a_committee_reads_as_zhonggong(written, expected):
    assert resolve_body(written, XILINGOL).id == expected


def test_the_party_alone_names_no_body():
    assert resolve_body("中国共产党", XILINGOL).id is None
