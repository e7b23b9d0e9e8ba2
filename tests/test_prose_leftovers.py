"""Leftovers of the prose, outline and metadata readers found on real pages (the shapes in
tests/fixtures/prose-shapes/SOURCES.md), each read by a rule: where the old reading was silently
wrong or refused, and the similar shape where the reading must stay as it was."""

from __future__ import annotations

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"
PAGES = FIXTURES / "unseen-pages"


def _write(tmp_path, text: str, name: str = "plan.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


# --- d. a task force's working groups are no measures ----------------------------------------

def test_the_working_groups_of_a_task_force_are_left_out_of_the_measures_and_said():
    # （一）综合协调组 / 牵头单位：… / 成员单位：… / 工作职责：…: each group was stored as a measure (its
    # name the text, its lead the responsibility) beside the plan's tasks
    document = read_document(SHAPES / "task-force-groups-then-tasks.txt")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "放宽外资准入。支持外商投资设立研发中心。", "市商务局"),
        ("2.", "优化跨境结算。推进跨境人民币业务便利化。", "人民银行宜昌市分行")]
    assert [(w.code, w.message) for w in document.warnings if w.code == "working_groups_left_out"] == [
        ("working_groups_left_out", "2 numbered items are the working groups of a task force, each a group's name "
                                    "with its members and duties, not tasks: left out (综合协调组、政策保障组)")]


def test_a_page_of_working_groups_only_is_refused_as_an_organisation_plan():
    # 牟平区优化营商环境工作组织架构调整方案: its two groups were its only measures, exit 0
    with pytest.raises(NoTaskTable, match=r"an organisation plan: its numbered items are the working groups of a "
                                          r"task force \(综合协调组、督导落实组\)"):
        read_document(PAGES / "labelled-line-after-owners.txt")


def test_one_group_with_a_duty_line_is_a_group_and_a_task_setting_one_up_stays_a_measure(tmp_path):
    text = (SHAPES / "task-force-groups-then-tasks.txt").read_text("utf-8")
    lone = text[:text.index("（二）政策保障组")] + text[text.index("二、重点任务"):]
    document = read_document(_write(tmp_path, lone, "lone.txt"))
    assert [m.number for m in document.measures] == [1, 2]
    assert [w.message.endswith("left out (综合协调组)") for w in document.warnings if w.code == "working_groups_left_out"] == [True]
    # a task that sets up a group (a verb before its name), and a group's name with no duty line and
    # no other group beside it: measures, as before
    tasks = _write(tmp_path, "宜昌市推进服务业扩大开放综合试点实施方案\n一、重点任务\n"
                             "1.成立数字化转型工作专班。（责任单位：市经济和信息化局）\n"
                             "2.综合协调组\n（责任单位：市商务局）\n"
                             "3.放宽外资准入。支持外商投资设立研发中心。（责任单位：市商务局）\n", "tasks.txt")
    document = read_document(tasks)
    assert [(m.number, m.text) for m in document.measures] == [
        (1, "成立数字化转型工作专班。"), (2, "综合协调组"), (3, "放宽外资准入。支持外商投资设立研发中心。")]
    assert not [w for w in document.warnings if w.code == "working_groups_left_out"]


# --- e. a city's plan issued by its province takes the city's region ---------------------------

_TWO_CITIES = SHAPES / "province-issues-two-cities-plans.txt"


def _one_city(tmp_path):
    text = _TWO_CITIES.read_text("utf-8")
    text = text[:text.index("株洲市承接产业转移示范区建设实施方案\n一、")].replace(
        "》《株洲市承接产业转移示范区建设实施方案》", "》")
    return _write(tmp_path, text, "one-city.txt")


def test_a_city_s_plan_issued_by_its_province_takes_the_city_s_region_and_bodies(tmp_path):
    # 湖南省人民政府关于印发《衡阳市…方案》的通知 / 衡阳市…方案 / （责任单位：市发改委…）: the plan
    # was placed in 湖南 (the notice's issuer), its 市发改委 read as no body of the province's
    document = read_document(_one_city(tmp_path))
    assert (document.issuer, document.region, document.level) == ("湖南省人民政府", "衡阳", "municipal")
    assert [(w.code, w.message) for w in document.warnings] == [
        ("region_inferred", "the region its metadata reads, 湖南, is its notice's; its plan's title names 衡阳市, "
                            "within it, whose plan it is: taken from the plan's title")]
    assert [[d.name for d in m.departments] for m in document.measures] == [
        ["衡阳市发展和改革委员会", "衡阳市工业和信息化局"], ["衡阳市政务服务中心"]]


def test_plans_of_two_cities_keep_the_province_s_region_and_say_so():
    document = read_document(_TWO_CITIES)
    assert (document.region, document.level) == ("湖南", "provincial")
    assert [(w.code, w.message) for w in document.warnings] == [
        ("plans_of_other_places", "its plans are those of 衡阳市、株洲市, places within 湖南, the region its notice "
                                  "gives and the one its bodies are read in: a body written with its level only "
                                  "(市发改委) is not placed")]


def test_a_plan_titled_after_its_notice_s_own_place_or_after_none_keeps_the_notice_s_region(tmp_path):
    text = _one_city(tmp_path).read_text("utf-8")
    own = _write(tmp_path, text.replace("衡阳市承接", "湖南省承接").replace("市发改委、市工信局", "省发展改革委")
                 .replace("市政务服务中心", "省政务服务中心"), "own.txt")
    document = read_document(own)
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("湖南", "provincial", [])
    city = _write(tmp_path, text.replace("湖南省人民政府关于", "衡阳市人民政府关于").replace("湘政发", "衡政发")
                  .replace("湖南省人民政府\n", "衡阳市人民政府\n"), "city.txt")
    document = read_document(city)
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("衡阳", "municipal", [])
