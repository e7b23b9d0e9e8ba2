"""A notice issued jointly whose page prints its title as a headline, then the document's head with
each issuer's name on a line of its own over the title (中共沙县县委 / 沙县人民政府 / 关于…(试行):
tests/fixtures/prose-shapes/joint-issuers-over-repeated-title.txt). The name right over the title was
read as the whole issuer, and the committee over it dropped without a word; listed with it, the
committee's name 中共沙县县委 (沙县 + its 县委) was placed in a county 沙县县 that does not exist."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import _issuer_over_title, read_metadata
from tests.conftest import FIXTURES

JOINT = FIXTURES / "prose-shapes" / "joint-issuers-over-repeated-title.txt"
TITLE = "关于加快第三产业发展的实施意见(试行)"


def test_every_issuer_printed_over_the_title_line_is_listed():
    # was: issuer 沙县人民政府 (the Party committee left out); since places6 the title is the document's own
    # head, its issuers' names first, run together as that head reads without a headline (docs/placement.md)
    document = read_document(JOINT)
    assert (document.title, document.issuer, document.region) == (
        f"中共沙县县委沙县人民政府{TITLE}", "中共沙县县委、沙县人民政府", "沙县")
    assert [w.code for w in document.warnings] == []


def _signed_by(*names: str):
    return read_metadata([Paragraph(text=line) for line in (
        "关于印发某方案的通知", "现将《某方案》印发给你们,请认真贯彻执行。", *names, "2023年3月1日")])


def test_a_one_character_county_s_party_committee_is_placed_in_the_county():
    # 中共沙县县委 is 沙县's 县委 (was region 沙县县, region_unknown); so 中共和县县委 is 和县's
    assert (_signed_by("中共沙县县委").issuer, _signed_by("中共沙县县委").region) == ("中共沙县县委", "沙县")
    assert _signed_by("中共和县县委").region == "和县"


def test_a_county_s_party_committee_named_once_keeps_its_place():
    # quiet: the county's name ends in 县 once (中共芮城县委, 中共长沙县委, 中共黄岛区委)
    assert [_signed_by(name).region for name in ("中共芮城县委", "中共长沙县委", "中共黄岛区委")] == [
        "芮城县", "长沙县", "黄岛区"]


def test_the_run_of_names_stops_at_a_line_that_is_no_name():
    # quiet: the page's date line over the names is not read, nor is the headline
    assert _issuer_over_title([TITLE, "日期:2012-10-11", "中共沙县县委", "沙县人民政府", TITLE], TITLE) == (
        "中共沙县县委、沙县人民政府")
    assert _issuer_over_title([TITLE, "沙县人民政府", TITLE], TITLE) == "沙县人民政府"


def test_the_run_of_names_stops_at_a_body_over_a_part_of_itself():
    # a site's banner naming the body over its office's head: the office issues it alone, as it signs alone
    # (was 湖南省商务厅、湖南省商务厅办公室, two issuers); two bodies over the title are still both listed (above)
    title = "关于印发某某实施方案的通知"
    assert _issuer_over_title([title, "湖南省商务厅", "湖南省商务厅办公室", title], title) == "湖南省商务厅办公室"


def test_a_name_wrapped_over_two_lines_over_the_title_is_one_issuer():
    # as a signature's (中共木兰县委木兰县人民政府 / 优化营商环境领导小组): the second line names no place and no body
    # of its own (was two issuers, 中共木兰县委木兰县人民政府、优化营商环境领导小组); 沙县's two stay two (above)
    title = "关于印发某某实施方案的通知"
    assert _issuer_over_title([title, "中共木兰县委木兰县人民政府", "优化营商环境领导小组", title], title) == (
        "中共木兰县委木兰县人民政府优化营商环境领导小组")
