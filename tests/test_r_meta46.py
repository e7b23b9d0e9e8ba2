"""Review of meta46: faults its rules made on pages its author had not tried, each with a case where the rule still
fires and one where it must stay quiet."""

from __future__ import annotations

from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

FIXTURES = Path(__file__).parent / "fixtures"


# --- citations: only a plan's tasks are cut, not an approval's, a notice's or rules' own numbered paragraphs ----------

def test_an_approval_s_own_numbered_paragraphs_still_cite_the_plan_it_approves():
    # before (meta46): no citation at all — 一、同意… was read as the first task heading, so 二、《深化服务贸易创新发展
    # 试点总体方案》… (the plan the 2018 approval adopts) was dropped as a task's
    titles = [c.title for c in page_metadata(FIXTURES / "national-2018-approval.docx").citations]
    assert titles == ["深化服务贸易创新发展试点总体方案", "服务出口重点领域指导目录"]


def test_a_notice_s_own_numbered_paragraph_citing_its_parent_approval_is_cited():
    # before (meta46): 一、请吉林省人民政府按照《国务院关于同意设立长春新区的批复》(国函〔2016〕31号)… — the notice's own
    # paragraph, numbered, taken for a task heading: the parent approval and its 文号 were lost
    found = page_metadata(FIXTURES / "places-blind4" / "changchun-2016-ndrc-new-area-plan-law-site.txt")
    assert ("国务院关于同意设立长春新区的批复", "国函〔2016〕31号") in [(c.title, c.doc_no) for c in found.citations]


def test_rules_articles_and_chapters_cite_the_laws_they_rest_on():
    # before (meta46): none — 第一条 …根据《湖南省信息化条例》、《数字湖南建设纲要》(湘发〔2011〕17号)… is an article, and
    # rules are no plan: their chapters (一、总则 / 1. 根据《中华人民共和国宪法》…) are no tasks
    found = page_metadata(FIXTURES / "places-blind6" / "hengyang-2012-city-law-site-province-over-city-letter-o-date.txt")
    assert [c.title for c in found.citations] == ["湖南省信息化条例", "数字湖南建设纲要"]
    found = page_metadata(FIXTURES / "places-blind10" / "yubei-2017-district-rules-on-municipality-portal-spaced-number.txt")
    assert "中华人民共和国宪法" in [c.title for c in found.citations]


def test_a_forwarding_notice_cites_the_document_it_forwards():
    # before (meta46): 国务院办公厅关于加强普通高等学校毕业生就业工作的通知 (国办发〔2009〕3号) lost
    found = page_metadata(FIXTURES / "places-blind6"
                          / "shandong-2010-province-office-forwarding-title-printed-twice-chinese-numeral-dates.txt")
    assert "国办发〔2009〕3号" in [c.doc_no for c in found.citations]


_APPROVAL = ("国务院关于同意在北京等地开展服务业扩大开放综合试点的批复", "国函〔2025〕1号", "北京市人民政府、商务部：",
             "你们关于开展服务业扩大开放综合试点的请示收悉。现批复如下：", "一、同意在北京等地开展服务业扩大开放综合试点。",
             "二、《服务业扩大开放综合试点总体方案》要认真组织实施。", "国务院", "2025年1月5日")


def test_an_approval_written_out_cites_the_plan_in_its_second_paragraph():
    assert [c.title for c in lines_metadata(*_APPROVAL).citations] == ["服务业扩大开放综合试点总体方案"]


_PLAN_UNDER_NOTICE = (
    "某某市人民政府关于印发某某市全面深化服务贸易创新发展试点实施方案的通知", "各区人民政府：",
    "现将《某某市全面深化服务贸易创新发展试点实施方案》印发给你们，请认真贯彻执行。",
    "一、各区要按照《国务院关于同意全面深化服务贸易创新发展试点的批复》要求抓好落实。",
    "二、各区要加强统筹。", "三、请于每年底前报送《试点工作进展情况》。",
    "某某市人民政府", "2020年10月1日", "某某市全面深化服务贸易创新发展试点实施方案",
    "为贯彻落实《全面深化服务贸易创新发展试点总体方案》，制定本方案。", "一、总体要求", "（一）指导思想",
    "二、主要任务", "（一）推进人员流动便利化。", "1.实施《某某市人才认定标准（试行）》。")


def test_a_plan_s_task_under_its_notice_still_cites_nothing():
    # fires still: the plan printed under its notice (its title on a line of its own) is cut at 二、主要任务, so the
    # standard its task applies is no citation
    titles = [c.title for c in lines_metadata(*_PLAN_UNDER_NOTICE).citations]
    assert "某某市人才认定标准（试行）" not in titles
    assert "全面深化服务贸易创新发展试点总体方案" in titles


def test_the_notice_s_own_numbered_paragraphs_over_the_plan_still_cite():
    # quiet: 二、各区要加强统筹。 above the plan's title is the notice's, no task of the plan
    titles = [c.title for c in lines_metadata(*_PLAN_UNDER_NOTICE).citations]
    assert "国务院关于同意全面深化服务贸易创新发展试点的批复" in titles
    assert "试点工作进展情况" in titles


# --- a title's bracketed period: left out of the matter, yet two periods of one matter are two plans -----------------

class _Plan:
    def __init__(self, id: str, title: str) -> None:
        self.id, self.title, self.doc_no = id, title, None


def test_two_periods_of_one_matter_are_two_plans():
    # before (meta46): 《…实施方案（2023—2025年）》 named the plan of 2026—2028 too, its period read away, so a citation
    # of the earlier plan picked out neither of the two stored (a title several plans share names none)
    from pilotplans.plan_titles import Cited, cited_plans, names_plan

    earlier = _Plan("earlier", "某某市服务业扩大开放综合试点实施方案（2023—2025年）")
    later = _Plan("later", "某某市服务业扩大开放综合试点实施方案（2026—2028年）")
    citation = Cited(title="某某市服务业扩大开放综合试点实施方案（2023-25年）")
    assert not names_plan(citation, later)
    assert [p.id for p in cited_plans([citation], [earlier, later])] == ["earlier"]


def test_a_title_printing_its_period_still_names_the_plan_stored_without_it():
    # quiet: one side printing no period matches by matter alone, as meta46 meant
    from pilotplans.plan_titles import Cited, names_plan

    assert names_plan(Cited(title="全面深化服务贸易创新发展试点总体方案（2020年）"),
                      _Plan("national-2020", "全面深化服务贸易创新发展试点总体方案"))
    assert names_plan(Cited(title="全面深化服务贸易创新发展试点总体方案"),
                      _Plan("p", "全面深化服务贸易创新发展试点总体方案（2020年）"))


# --- a date that lost its 日 under a name: a signature's only below a notice's addressees ----------------------------

def test_a_task_table_s_owner_over_its_cut_deadline_dates_nothing():
    # before (meta46): dated 2023-12-31 — the first row's owner, printed with its place (济宁市商务局), over its deadline
    # cut of its 日, was read as a signature over its date on a table page printing no notice
    found = lines_metadata("济宁市服务业扩大开放工作任务分工表", "序号", "工作任务", "责任单位", "完成时限",
                           "1", "推进服务业扩大开放", "济宁市商务局", "2023年12月31")
    assert found.date is None


def test_a_signature_over_a_cut_date_below_the_addressees_still_dates_the_notice():
    # quiet: the notice (its addressees, its text, its signature) is dated by it, the task row below changes nothing
    found = lines_metadata("金乡县人民政府关于下达金乡县2021年国民经济和社会发展计划的通知",
                           "各镇政府,各街道办事处,各管委会,县政府各部门,各企事业单位:",
                           "现将金乡县2021年国民经济和社会发展计划下达给你们,请认真组织实施。", "金乡县人民政府", "2021年2月22",
                           "金乡县2021年国民经济和社会发展计划", "济宁市商务局", "2023年12月31")
    assert found.date.isoformat() == "2021-02-22"
