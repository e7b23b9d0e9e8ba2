"""Shapes of real published pages met in the tenth round of unseen pages (SOURCES.md, tenth round): public notices
(公示) putting a list up for objections, refused with the generic line before, and a meeting's report named by the law
it studied before its business."""

from __future__ import annotations

from pilotplans.parsers.interpret.refusal import _cited, vocabulary
from tests.conftest import FIXTURES
from tests.page_metadata import refusal_cause, text_refusal_cause

PAGES = FIXTURES / "unseen-pages"
PUBLIC_NOTICE = ("no task table or task list found: the page is a public notice (公示) putting a list or a result up "
                 "for objections, not a plan of measures with their owners — pilotplans reads task plans")


def test_a_public_notice_putting_a_list_up_for_objections_is_named_one():
    # 深圳's 菜篮子基地 list: 现将…初选名单(见附件)进行公示 … 对公示名单持有异议的…, signed by the bureau; the generic
    # line before
    assert refusal_cause(PAGES / "public-notice-list-for-objections.txt") == PUBLIC_NOTICE


def test_a_public_notice_under_a_policy_site_s_fields_is_named_one():
    # 无锡's 老字号 list under 發布時間 / 政策級別 / 發文部門 rows: 現將擬認定的…單位進行公示 / 公示期為…如有異議
    assert refusal_cause(PAGES / "public-notice-under-policy-fields.txt") == PUBLIC_NOTICE


def test_a_news_report_recounting_a_public_notice_is_no_public_notice():
    # 郑州's news: 商务部公示商品市场优化升级专项行动试点评审结果 — no objection the page takes
    assert refusal_cause(FIXTURES / "prose-blind14/zhengzhou-2023-city-news-pilot-appraised.txt") == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_plan_whose_measures_put_a_list_up_for_objections_is_no_public_notice(tmp_path):
    # a plan's measures may ask for a list to be 公示 and objections taken: its measures make it a plan's page
    text = ("某市老字号认定工作方案\n"
            "一、主要任务\n"
            "1.组织申报。现将申报条件予以公示,各区商务部门组织企业申报。\n"
            "2.评审公示。专家评审后公示拟认定名单,公示期为7个工作日,如有异议由市商务局受理。\n")
    assert "public notice" not in text_refusal_cause(tmp_path, text)


# --- a meeting's report naming what it studied before its business: 会前学习了《…法》,讨论了《…》 ----------------------

def test_a_meeting_s_report_is_about_what_it_discussed_not_the_law_it_studied_first():
    # 清水's 常务会议: 会前学习了《中华人民共和国环境保护法》,讨论了《政府工作报告(草案)》…; it was refused as a news
    # report about the law
    assert refusal_cause(PAGES / "meeting-report-studying-a-law-first.txt") == (
        "no task table or task list found: a news report about 《政府工作报告(草案)》, not the plan itself — find the "
        "plan's own notice and read that")


def test_a_name_studied_is_no_plan_of_the_line():
    assert _cited(vocabulary(), "会前学习了《中华人民共和国环境保护法》。") is None


def test_a_name_after_the_clause_of_study_ends_is_the_line_s_plan():
    # the comma ends what was studied: the name the next clause gives is the line's own
    assert _cited(vocabulary(), "会议学习了《甲法》,审议通过了《某县乙实施方案》。") == "某县乙实施方案"


def test_a_notice_issuing_a_plan_that_will_put_a_result_up_names_the_attachment(tmp_path):
    # the plan is the attachment to fetch: its 公示 of a result to come makes the page no public notice
    text = ("关于印发《某市老字号示范创建工作方案》的通知\n"
            "各区商务局：\n"
            "现将《某市老字号示范创建工作方案》印发给你们，请认真贯彻落实。认定结果将进行公示，公示期5个工作日，"
            "如有异议可向市商务局反映。\n"
            "附件：某市老字号示范创建工作方案\n")
    assert text_refusal_cause(tmp_path, text) == (
        "no task table or task list found: the notice issues 《某市老字号示范创建工作方案》 as an attachment the page "
        "does not hold — fetch the attachment (extract the notice's URL to follow its attachments)")


def test_a_draft_plan_put_up_for_comment_is_no_public_notice_of_a_list(tmp_path):
    # 现将《…方案(征求意见稿)》予以公示 … 如有异议: a named plan, not a list or a result, is put up
    text = ("关于《某市数字经济发展实施方案（征求意见稿）》公开征求意见的公告\n"
            "为广泛听取社会各界意见，现将《某市数字经济发展实施方案（征求意见稿）》予以公示，公示期为2023年5月1日至5月10日。"
            "如有异议，请以书面形式向市发展改革委反映。\n"
            "附件：某市数字经济发展实施方案（征求意见稿）\n")
    assert "public notice" not in text_refusal_cause(tmp_path, text)


def test_learning_in_a_body_s_name_is_no_verb_of_study():
    # 学习 cites a name as studied only as the verb taking it (学习了《X》): a 学习型城市建设领导小组 issues its plan
    assert _cited(vocabulary(), "市学习型城市建设领导小组印发了《某市学习型城市建设实施方案》。") == "某市学习型城市建设实施方案"


def test_a_news_report_of_a_plan_issued_by_a_body_named_for_learning_names_the_plan(tmp_path):
    text = ("我市出台学习型城市建设方案\n"
            "本报讯 近日，市学习型城市建设领导小组印发了《某市学习型城市建设实施方案》，明确了今后三年的目标任务。\n"
            "方案提出，到2025年，全市建成一批学习型社区，市民终身学习体系基本形成。\n")
    assert text_refusal_cause(tmp_path, text) == (
        "no task table or task list found: a news report about 《某市学习型城市建设实施方案》, not the plan itself — find "
        "the plan's own notice and read that")


def test_a_notice_of_application_whose_numbered_part_arranges_a_public_notice_is_no_public_notice(tmp_path):
    # 三、评审公示。…评审结果予以公示，公示期… is a step the notice arranges, not the page putting a list up
    text = ("关于开展2023年某市服务业试点申报工作的通知\n"
            "各区商务局：\n"
            "为推进服务业高质量发展，现将有关事项通知如下：\n"
            "一、申报条件。在本市注册的企业。\n"
            "二、申报程序。企业向所在区商务局申报。\n"
            "三、评审公示。市商务局组织专家评审，评审结果予以公示，公示期5个工作日，如有异议可向市商务局反映。\n"
            "某市商务局\n")
    assert "public notice" not in text_refusal_cause(tmp_path, text)


def test_a_news_report_recounting_a_public_notice_and_its_objections_is_news(tmp_path):
    # a dateline and a reporter's byline open it: it recounts the 公示 and where objections go, it is not the notice
    text = ("我市第三批老字号拟认定名单出炉\n"
            "本报讯（记者 王某）记者昨日从市商务局获悉，我市第三批老字号拟认定名单已于8月28日进行公示，公示期至9月8日，"
            "市民如有异议可向市商务局反映。\n"
            "据介绍，此次共有15家企业入围，涵盖餐饮、食品加工等多个行业。\n")
    assert text_refusal_cause(tmp_path, text) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_model_learnt_from_is_no_plan_of_the_line():
    # 学习借鉴《X》 cites the model the page learns from: the plan it makes is the line's
    assert _cited(vocabulary(), "为学习借鉴《浙江省千万工程经验》，结合我县实际，制定《某县乡村振兴实施方案》。") == "某县乡村振兴实施方案"
