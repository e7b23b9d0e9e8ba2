"""The local disease-control bureaus followed the nation's (2021) a year later, the provinces' first (河北 2022-05-17):
梅河口's spring 2022 notice (梅政办函〔2022〕7号) writing 市疾控部门, when the city's disease control was its centre's, named
no bureau, and is left unread with a note rather than read as one that did not exist. After, the bureau is read; the
centre, a public institution, whatever the date."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body


def meihekou(year: int, month: int):
    return make_context(region="梅河口市", level="municipal", date=dt.date(year, month, 1))


@pytest.mark.parametrize("written", ["市疾控部门", "市疾控局"])
def test_a_disease_control_bureau_before_the_first_local_one_is_left_unread(written):
    found = resolve_body(written, meihekou(2022, 4))
    assert found.id is None
    assert found.notes[-1] == "no 疾病预防控制部门 before 2022-05-17, when the first was set up: the document is older"


@pytest.mark.parametrize("written", ["市疾控部门", "市疾控局"])
def test_after_the_first_local_one_the_bureau_is_read(written):
    assert resolve_body(written, meihekou(2024, 4)).id == "220581-disease_control_bureau"


@pytest.mark.parametrize("year", [2022, 2024])
def test_the_disease_control_centre_is_read_whatever_the_date(year):
    assert resolve_body("市疾控中心", meihekou(year, 4)).id == "220581-disease_control_center"
