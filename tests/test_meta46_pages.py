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


# --- citations: the notice and the preamble, not the plan's tasks --------------------------------------------------------

HAINAN = Path(__file__).parent.parent / "data" / "raw" / "004_662d9067fb13adab.txt"


def test_a_title_a_task_applies_is_no_citation_of_the_plan():
    # before: 《海南自由贸易港外籍“高精尖缺”人才认定标准（2020-2024 年试行）》, which the task 推进人员流动便利化 under
    # （三） implements (实施《…》), was kept among the documents 海南's plan carries out
    from pilotplans.ingest.pipeline import read_document

    titles = [c.title for c in read_document(HAINAN, None).citations]
    assert titles == ["国务院关于同意全面深化服务贸易创新发展试点的批复", "全面深化服务贸易创新发展试点总体方案",
                      "海南自由贸易港建设总体方案"]


# A plan's preamble, its own sections and its first task section, as 海南's plan (data/raw/004_…) prints them, with a
# State Council opinion cited in its guiding thought and again in a task.
_PLAN = ("某某市全面深化服务贸易创新发展试点实施方案",
         "为贯彻落实《国务院关于同意全面深化服务贸易创新发展试点的批复》（国函〔2020〕111号），结合实际，制定本实施方案。",
         "一、总体要求", "（一）指导思想",
         "按照《国务院关于推进贸易高质量发展的指导意见》要求，推动服务贸易高质量发展。",
         "二、主要任务", "全面落实《全面深化服务贸易创新发展试点总体方案》任务分工。",
         "（一）全面探索完善管理体制。",
         "1.落实《国务院关于加快发展服务贸易的若干意见》，完善服务贸易工作机制。（市商务局牵头）")


def test_a_state_council_title_quoted_in_a_task_is_no_citation():
    titles = [c.title for c in lines_metadata(*_PLAN).citations]
    assert "国务院关于加快发展服务贸易的若干意见" not in titles


def test_the_preamble_the_guiding_thought_and_the_task_section_s_lead_are_cited():
    # quiet: over the first task item stand the preamble, the plan's own sections (一、总体要求 / （一）指导思想) and the
    # lead of 二、主要任务 saying what its tasks carry out
    titles = [c.title for c in lines_metadata(*_PLAN).citations]
    assert titles == ["国务院关于同意全面深化服务贸易创新发展试点的批复", "国务院关于推进贸易高质量发展的指导意见",
                      "全面深化服务贸易创新发展试点总体方案"]


def test_a_notice_over_a_table_printing_no_heading_cites_on_every_line():
    # quiet: no heading parts the page, so no line is a task's
    titles = [c.title for c in lines_metadata(
        "关于印发《某某市全面深化服务贸易创新发展试点任务分工表》的通知", "各有关单位：",
        "根据《国务院关于同意全面深化服务贸易创新发展试点的批复》（国函〔2020〕111号），现将《某某市全面深化服务贸易创新发展试点任务分工表》印发给你们。",
        "某某市人民政府办公室", "2020年11月6日").citations]
    assert titles == ["国务院关于同意全面深化服务贸易创新发展试点的批复"]


# --- a title's matter: a bracketed period, an approval's 开展 -----------------------------------------------------------

def test_a_plan_s_title_closed_by_its_years_in_brackets_names_the_matter_it_names_without_them():
    from pilotplans.plan_titles import title_matter

    assert (title_matter("全面深化服务贸易创新发展试点总体方案（2020年）"),
            title_matter("某某市服务业扩大开放综合试点行动计划（2023—2025年）")) == (
        "全面深化服务贸易创新发展试点", "某某市服务业扩大开放综合试点行动计划")


def test_a_bracket_saying_more_than_years_stays_in_the_matter():
    # quiet: （2020-2024 年试行） says the standard is on trial: another document than the standard
    from pilotplans.plan_titles import title_matter

    assert title_matter("海南自由贸易港外籍人才认定标准（2020-2024 年试行）") == "海南自由贸易港外籍人才认定标准(2020-2024年试行)"


def test_the_2016_approval_cited_by_its_title_names_the_2016_round():
    # before: 开展服务贸易创新发展试点 named no round, so a plan citing only this title, diffed against the 2018 plan,
    # was not warned of carrying out another round's plan
    from pilotplans.diff.citation import citation_note
    from pilotplans.diff.models import CitedRef, DocumentRef

    national_2018 = DocumentRef(id="national-2018", level="national", programme="service-trade", round=2018,
                                doc_no="国函〔2018〕79号", title="国务院关于同意深化服务贸易创新发展试点的批复")
    local = DocumentRef(id="tianjin-2016", level="municipal", region="天津",
                        citations=(CitedRef(title="国务院关于同意开展服务贸易创新发展试点的批复"),))
    assert citation_note(national_2018, local) == (
        "warning: tianjin-2016 cites 《国务院关于同意开展服务贸易创新发展试点的批复》 (the approval of 服务贸易创新发展试点, 2016) "
        "as the plan it carries out, not national-2018 (国函〔2018〕79号): the links say only how alike the measures of "
        "tianjin-2016 are to those of national-2018, not what it did with them")


def test_a_place_named_between_同意_and_开展_keeps_the_approval_s_whole_matter():
    # quiet: 服务业扩大开放综合试点 is the name of four rounds; 同意在沈阳等6个城市开展… names one, by its title
    from pilotplans.plan_titles import title_matter

    assert title_matter("国务院关于同意在沈阳等6个城市开展服务业扩大开放综合试点的批复") == "在沈阳等6个城市开展服务业扩大开放综合试点"


# --- one figure, one key ------------------------------------------------------------------------------------------------

def test_the_fewest_characters_of_a_plan_s_title_are_its_least_matter_and_the_shortest_plan_kind():
    # parents' TITLE_LEAST (10) was written apart from plan_titles.toml's least (8): now one figure, 8 + 方案
    from pilotplans.plan_titles import title_least, title_words

    assert (title_words().least, min(map(len, title_words().plan_kinds)), title_least()) == (8, 2, 10)


def test_a_title_printed_with_ascii_angle_brackets_for_its_inner_quotes_keys_as_with_chinese_ones():
    # the task list's running-header key (_title_key) dropped <>, plan_titles' title_key did not: one key now
    from pilotplans.plan_titles import title_key

    assert title_key("国务院关于落实<政府工作报告>重点工作分工的意见") == title_key("国务院关于落实《政府工作报告》重点工作分工的意见")
