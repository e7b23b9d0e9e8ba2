"""An untitled 工作要点 reviewing the year before its tasks: its first part reports work done with figures
(一、2023年工作完成情况), its later part sets the year's tasks with their owners (二、2024年主要任务). The tasks are read,
under their part; the review's items, under a part of their own, are no measures and no reason to refuse the page as
a report on progress. A page of the review alone holds no task list and is refused. The shapes are written here: the
`search` tool's corpus stores no such page (its 工作要点 and 工作报告 review the year in prose and name no owners)."""

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document

_REVIEW = ("一、2023年工作完成情况\n"
           "（一）外贸稳中提质。全年外贸进出口总额完成125.6亿元，同比增长8.5%。\n"
           "（二）利用外资稳步增长。全年实际使用外资3.2亿美元，增长12%；新增外资企业18家。\n")
_TASKS = ("二、2024年主要任务\n"
          "（一）推进跨境电商综合试验区建设。完善线上综合服务平台和线下产业园区功能，新引进跨境电商企业30家以上。"
          "（牵头单位：市商务局；配合单位：市财政局、市税务局）\n"
          "（二）扩大利用外资规模。组织开展外资招引活动，全年实际使用外资增长5%以上。（牵头单位：市商务局；配合单位：各县区政府）\n"
          "（三）优化口岸营商环境。压缩进出口整体通关时间，推进国际贸易“单一窗口”应用。（牵头单位：市口岸办；配合单位：海关）\n")


def _read(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return read_document(path)


def test_the_tasks_after_a_review_of_the_year_are_read_under_their_part(tmp_path):
    document = _read(tmp_path, _REVIEW + _TASKS)
    assert [(m.number, m.responsibility, m.cooperating) for m in document.measures] == [
        (1, "市商务局", "市财政局、市税务局"), (2, "市商务局", "各县区政府"), (3, "市口岸办", "海关")]
    assert {tuple(m.heading_path) for m in document.measures} == {("2024年主要任务",)}


def test_the_tasks_after_a_review_in_prose_are_read(tmp_path):
    review = ("一、2023年工作完成情况\n2023年，全市外贸进出口总额完成125.6亿元，同比增长8.5%；实际使用外资3.2亿美元，"
              "增长12%；新增跨境电商企业45家。\n")
    document = _read(tmp_path, review + _TASKS)
    assert [m.text[:6] for m in document.measures] == ["推进跨境电商", "扩大利用外资", "优化口岸营商"]


def test_a_review_of_the_year_alone_holds_no_task_list(tmp_path):
    page = _REVIEW + "二、存在的问题\n外贸企业订单不足，利用外资项目落地较慢。\n"
    with pytest.raises(NoTaskTable):
        _read(tmp_path, page)
