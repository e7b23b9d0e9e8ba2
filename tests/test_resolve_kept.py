"""A body's reading is kept for the process, under everything it is read from: the name as
written, the document's context and the registry (pilotplans.normalizers.resolve.resolve_body)."""

from __future__ import annotations

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.resolve import _resolve, make_context, normalise, resolve_body

XIAMEN = make_context(region="厦门", level="municipal")
HANGZHOU = make_context(region="杭州", level="municipal")


def test_a_name_read_again_in_the_same_context_is_the_reading_kept():
    first = resolve_body("市商务局", XIAMEN)
    assert resolve_body("市商务局", make_context(region="厦门", level="municipal")) is first
    assert first == _resolve(load_registry(), "市商务局", normalise("市商务局"), XIAMEN)
    assert first.id == "350200-commerce_bureau"


def test_the_same_name_in_another_place_reads_as_that_place_s_body():
    assert resolve_body("市商务局", XIAMEN).id == "350200-commerce_bureau"
    assert resolve_body("市商务局", HANGZHOU).id == "330100-commerce_bureau"


def test_the_same_name_in_a_national_document_reads_without_a_place():
    assert resolve_body("市商务局", XIAMEN).region == "350200"
    assert resolve_body("市商务局").region is None


def test_the_same_name_at_another_date_reads_as_the_body_of_that_date():
    import datetime as dt

    from pilotplans.normalizers.models import Context

    assert resolve_body("银保监会", Context(date=dt.date(2020, 8, 2))).id == "cbirc"
    assert resolve_body("银保监会", Context(date=dt.date(2024, 1, 1))).id == "nfra"


def test_another_registry_reads_the_name_by_its_own_entries_whatever_the_first_kept():
    # the readings are kept under the registry object itself (held by the store, so no id of a freed
    # registry is ever taken for a new one's): a registry built without the data's 域 reads otherwise
    from importlib import resources

    from pilotplans.normalizers.registry import DEPARTMENTS_FILE, REGIONS_FILE, ROLES_FILE, build_registry

    def data(name: str) -> str:
        return resources.files("pilotplans.data").joinpath(name).read_text("utf-8")

    yueyang = make_context(region="岳阳市", level="municipal")
    assert resolve_body("县域经济领导小组成员单位", yueyang).id == "task-group-members"
    departments = data(DEPARTMENTS_FILE).replace('level_area_words = ["域"]\n', "level_area_words = []\n")
    other = build_registry(departments, data(REGIONS_FILE), data(ROLES_FILE))
    assert resolve_body("县域经济领导小组成员单位", yueyang, other).id is None
    assert resolve_body("县域经济领导小组成员单位", yueyang).id == "task-group-members"


def test_a_name_misspelt_in_three_measures_is_warned_in_each_though_read_once(national2020):
    # the warning is made from the kept reading by each caller, so a kept reading still warns
    warned = [m.number for m in national2020.measures
              if any(w.code == "department_typo" and "'人力资源部'" in w.message for w in m.warnings)]
    assert warned == [63, 64, 65]
