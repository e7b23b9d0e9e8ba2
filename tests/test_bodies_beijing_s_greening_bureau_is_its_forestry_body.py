"""北京's forestry body is its 园林绿化局 (北京市园林绿化局, also 首都绿化委员会办公室), and so are its districts' (区园林绿化局:
通州区 2021): read as the forestry bureau, titled as written. A city elsewhere titles its greening office so, under its
housing or urban management, a body the registry has no kind for: unread, with the note (it was unread without one)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.registry.files import Form
from pilotplans.normalizers.resolve import make_context, resolve_body

TONGZHOU = make_context(region="北京市通州区", level="municipal", date=dt.date(2021, 8, 9))
CHENGDE = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1))
NOTE = "园林绿化局 is 北京's forestry body, its districts' too; elsewhere a city's greening office, which the registry has no kind for"


@pytest.mark.parametrize("written", ["区园林绿化局", "北京市通州区园林绿化局"])
def test_a_beijing_district_s_greening_bureau_is_its_forestry_bureau(written):
    found = resolve_body(written, TONGZHOU)
    assert (found.id, found.name) == ("110112-forestry_bureau", "通州区园林绿化局")


def test_beijing_s_own_greening_bureau_is_its_forestry_bureau():
    assert resolve_body("市园林绿化局", TONGZHOU).id == "110000-forestry_bureau"


@pytest.mark.parametrize("written", ["市园林绿化局", "承德市园林绿化局"])
def test_a_city_s_greening_bureau_elsewhere_stays_unread_with_the_note(written):
    found = resolve_body(written, CHENGDE)
    assert (found.id, found.notes) == (None, (NOTE,))


def test_a_city_s_forestry_bureau_elsewhere_stays_the_forestry_bureau():
    assert resolve_body("市林业局", CHENGDE).id == "130800-forestry_bureau"


@pytest.mark.parametrize("provinces", [("110100",), ("北京",), ("11000",)])
def test_a_form_s_provinces_are_province_codes(provinces):
    # a city's code, a name or a typo would match no place: the kind's body by the form unread everywhere, silently;
    # refused as the registry validates a form from its data file, naming the field
    from pydantic import TypeAdapter, ValidationError

    with pytest.raises(ValidationError) as refused:
        TypeAdapter(Form).validate_python({"match": "{area}园林绿化局", "provinces": list(provinces)})
    assert [(error["loc"], error["msg"]) for error in refused.value.errors()] == [
        (("provinces",), f"Value error, provinces {list(provinces)} are no province codes (110000)")]


def test_a_form_of_province_codes_loads():
    from pydantic import TypeAdapter  # as the registry validates a form from its data file (a TOML array)

    assert TypeAdapter(Form).validate_python({"match": "{area}园林绿化局", "provinces": ["110000"]}).provinces == ("110000",)
