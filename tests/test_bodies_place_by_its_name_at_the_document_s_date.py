"""A document names its place by the name the place had at its date (肥乡县人民政府办公室, 2015: 肥乡 became a district
of 邯郸 in 2016, now 肥乡区): its bodies are that place's, read as the district's. The document's region was left
unknown (region_unknown) and every 县… body of its plan unread. Only a name no place bears now: 郊区, the name of
several districts today, still places nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.resolve import make_context, resolve_body

PLAN = """肥乡县人民政府办公室关于印发肥乡县农村供水管理实施方案的通知
肥政办字〔2015〕12号
各乡镇人民政府，县直各部门：
现将《肥乡县农村供水管理实施方案》印发给你们，请认真贯彻执行。
肥乡县人民政府办公室
2015年6月1日
肥乡县农村供水管理实施方案
一、重点任务
1.推进农村供水工程建设，完善供水设施。（责任单位：县水务局）
2.加强农村饮水工程管护，落实管护责任。（责任单位：县水务局、县财政局）
"""


def test_a_plan_naming_its_place_by_its_former_name_reads_its_bodies_as_that_place_s(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, "utf-8")
    document = read_document(path)
    assert [[d.id for d in m.departments] for m in document.measures] == [
        ["130407-water_resources_bureau"], ["130407-water_resources_bureau", "130407-finance_bureau"]]
    assert not [w for m in document.measures for w in m.warnings if w.code == "department_unresolved"]


def test_a_former_name_as_the_document_s_region_is_the_place_now():
    context = make_context(region="肥乡县", level="county", date=dt.date(2015, 6, 1))
    assert resolve_body("县政府", context).id == "130407-people_government"


def test_a_name_several_places_bear_now_places_nothing():
    with pytest.raises(KeyError):
        make_context(region="郊区", level="county", date=dt.date(2000, 1, 1))


def test_a_name_several_places_bear_is_refused_naming_them():
    # 河东区 is 天津's and 临沂's: the message says so, not that the gazetteer lacks it (batch 14's key)
    with pytest.raises(KeyError, match="names several places.*天津市河东区.*临沂市河东区|names several places.*临沂市河东区.*天津市河东区"):
        make_context(region="河东区", level="municipal", date=dt.date(2025, 1, 1))


def test_a_name_no_place_bears_is_refused_as_unknown():
    with pytest.raises(KeyError, match="is not a place of the gazetteer"):
        make_context(region="无此县", level="county", date=dt.date(2025, 1, 1))
