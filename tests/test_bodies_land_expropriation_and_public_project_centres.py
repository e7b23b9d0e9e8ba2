"""Public institutions a district sets up to carry out its own works, beside the bureaus of their fields: 北仑区's
2024 task breakdown (bl.gov.cn, 2024年区政府工作主要任务分解) names 区征地拆迁管理服务中心 and 区公共项目建设管理中心 among
its owners, beside 区住房和城乡建设局 and 自然资源和规划分局 — both were left unresolved, no kind modelling them. Each is
a kind of its own, never its field's bureau; a company or an office of the same field stays unread."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

BEILUN = make_context(region="北仑区", level="municipal", date=dt.date(2024, 4, 1))
NINGBO = make_context(region="宁波市", level="municipal", date=dt.date(2024, 4, 1))


@pytest.mark.parametrize(("written", "expected"), [
    ("区征地拆迁管理服务中心", ("330206-land_expropriation_center", "北仑区征地拆迁管理服务中心")),
    ("区公共项目建设管理中心", ("330206-public_project_center", "北仑区公共项目建设管理中心"))])
def test_a_district_s_works_centre_is_a_kind_of_its_own(written, expected):
    found = resolve_body(written, BEILUN)
    assert (found.id, found.name) == expected


def test_the_centre_after_its_district_s_name_in_the_city_s_plan_is_the_district_s():
    assert resolve_body("宁波市北仑区征地拆迁管理服务中心", NINGBO).id == "330206-land_expropriation_center"


@pytest.mark.parametrize("written", ["征地拆迁服务有限公司", "区征地拆迁办公室"])
def test_a_company_or_an_office_of_the_field_stays_unread(written):
    assert resolve_body(written, BEILUN).id is None
