"""A plan's name quoted in a notice's title keeps the one space it prints between two phrases where the page
prints the name so every time (《奉贤区全面优化营商环境 持续激发市场活力和社会创造力行动方案》, as its issuer
wrote it), and none where the space is where a red head broke the title's line, the page printing the name
whole elsewhere, nor where the title is letter-spaced (pilotplans.parsers.metadata)."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_layout
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _page_metadata(path: Path):
    layout = read_layout(path.read_bytes(), str(path))
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)


def test_a_quoted_name_printed_with_a_space_between_two_phrases_every_time_keeps_it():
    # a copy of a district's page: the name printed four times, each with the space (before: the space dropped)
    found = _page_metadata(FIXTURES / "prose-blind17" / "fengxian-2024-district-copied-notice-plan-cut-in-principles.txt")
    assert found.title == ("奉贤区人民政府办公室关于印发《奉贤区全面优化营商环境 持续激发市场活力和社会创造力行动方案》"
                           "的通知")


def test_a_space_where_a_red_head_broke_the_title_is_dropped_when_the_page_prints_the_name_whole():
    # 《立山区政府2023年重点工作任务分解 和责任分工方案》 in the red head; 《…分解和责任分工方案》 in the notice's text
    found = _page_metadata(FIXTURES / "notices" / "one-line-page.txt")
    assert found.title == "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知"


def test_a_name_printed_with_the_space_once_only_keeps_none():
    found = read_metadata([Paragraph(text=line) for line in (
        "某市人民政府办公室关于印发《某市全面优化营商环境 持续激发市场活力行动方案》的通知",
        "各区人民政府，市政府各部门：", "现将方案印发给你们，请认真贯彻执行。")])
    assert found.title == "某市人民政府办公室关于印发《某市全面优化营商环境持续激发市场活力行动方案》的通知"


def test_a_letter_spaced_title_keeps_no_space():
    found = read_metadata([Paragraph(text=line) for line in (
        "关 于 印 发 《某 市 营 商 环 境 行 动 方 案》 的 通 知", "各区人民政府，市政府各部门：",
        "现将《某 市 营 商 环 境 行 动 方 案》印发给你们。")])
    assert found.title == "关于印发《某市营商环境行动方案》的通知"
