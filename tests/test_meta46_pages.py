"""Metadata faults meta46 mends (issuer, date, title, citations), each a silent misreading met on a real page of the
blind rounds (the fixtures named), each with a case where the rule must stay quiet."""

from __future__ import annotations

from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

FIXTURES = Path(__file__).parent / "fixtures"


# --- a Party committee's organ and a body of the same place, run together ---------------------------------------------

def test_a_party_committee_s_organ_and_the_same_place_s_department_are_two_issuers():
    # before: issuer 中共安徽省委教育工委安徽省教育厅, one name no body bears — the title prints the two a double space
    # apart and the signature a wide gap apart, and neither piece is a name the registry knows alone
    found = page_metadata(FIXTURES / "prose-blind23"
                          / "anhui-2015-province-education-party-committee-and-department-work-points-site-menu-cut.txt")
    assert found.issuer == "中共安徽省委教育工委、安徽省教育厅"


def test_the_two_bodies_printed_with_no_gap_are_parted_where_the_place_opens_again():
    found = lines_metadata("中共安徽省委教育工委安徽省教育厅关于印发2015年工作要点的通知", "各市教育局：",
                           "现将《2015年工作要点》印发给你们，请认真贯彻落实。", "2015年3月3日")
    assert found.issuer == "中共安徽省委教育工委、安徽省教育厅"


def test_a_party_committee_s_organ_alone_is_one_issuer():
    # quiet: the place is printed once, so no second body opens after the committee's organ
    found = lines_metadata("中共安徽省委教育工委关于印发2015年工作要点的通知", "各市教育局：",
                           "现将《2015年工作要点》印发给你们，请认真贯彻落实。", "2015年3月3日")
    assert found.issuer == "中共安徽省委教育工委"


def test_a_party_organ_before_another_place_s_name_is_not_parted():
    # quiet: 合肥市 is not the place the committee's name opens with; no rule says where the organ's name ends
    found = lines_metadata("中共安徽省委教育工委合肥市教育局关于印发2015年工作要点的通知", "各县教育局：",
                           "现将《2015年工作要点》印发给你们，请认真贯彻落实。", "2015年3月3日")
    assert found.issuer == "中共安徽省委教育工委合肥市教育局"


# --- a signature's date that lost its 日, alone on the line under the signature ----------------------------------------

# The notice of tests/fixtures/unseen-pages/signature-over-date-without-day-mark.txt (金乡 2021) without the site's
# information table, whose 发布日期 dated it: its signature over 2021年2月22 dates it alone.
_JINXIANG = ("金乡县人民政府关于下达金乡县2021年国民经济和社会发展计划的通知", "金政发〔2021〕3号",
             "各镇政府,各街道办事处,各管委会,县政府各部门,各企事业单位:",
             "现将金乡县2021年国民经济和社会发展计划下达给你们,请认真组织实施。")


def test_a_date_that_lost_its_day_mark_alone_under_the_signature_dates_the_notice():
    # before: no date — a date so cut was read only on the signature's own line (寿县人民政府督查室  2022年8月19)
    found = lines_metadata(*_JINXIANG, "金乡县人民政府", "2021年2月22", "金乡县2021年国民经济和社会发展计划")
    assert found.date.isoformat() == "2021-02-22"


def test_a_date_that_lost_its_day_mark_under_a_body_named_by_its_level_word_is_no_date():
    # quiet: 市商务局 / 2023年12月31 is a task's owner and its cut deadline, as on one line
    found = lines_metadata(*_JINXIANG, "市商务局", "2023年12月31", "金乡县2021年国民经济和社会发展计划")
    assert found.date is None


def test_a_date_that_lost_its_day_mark_naming_no_day_of_the_calendar_is_no_date():
    # quiet: 2月30 is no day
    found = lines_metadata(*_JINXIANG, "金乡县人民政府", "2021年2月30", "金乡县2021年国民经济和社会发展计划")
    assert found.date is None
