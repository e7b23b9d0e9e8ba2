"""What a local plan cites: every 文号 and every 《》 title of its notice and preamble, in the order printed
(``Document.citations``); a title names a stored national plan by the matter it speaks of
(pilotplans/plan_titles.py), for diff's warning of a plan citing another plan (diff/citation.py) and for linking a
plan to its parent (ingest/parents.py). 武汉's plan cites 《全面深化服务贸易创新发展试点总体方案》 and no 文号."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff.citation import citation_note
from pilotplans.diff.models import CitedRef, DocumentRef
from pilotplans.ingest.parents import link_parent, parent_link
from pilotplans.ingest.pipeline import read_document
from pilotplans.plan_titles import Cited, title_matter
from pilotplans.schema.models import Citation

PLANS = Path(__file__).parent / "fixtures" / "plans"
WUHAN = PLANS / "wuhan-2020-tasks.txt"
CHENGDU = PLANS / "chengdu-2020-tasks.txt"
HAINAN = Path(__file__).parent.parent / "data" / "raw" / "004_662d9067fb13adab.txt"


def run(curated, *args: str):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def rewritten(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    """``source`` with its preamble's ``old`` words printed as ``new``, in a folder of its own (no manifest)."""
    text = source.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / source.name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


# Reading ------------------------------------------------------------------------------------------------------

def test_a_title_cited_without_a_number_is_kept_as_a_citation():
    assert read_document(WUHAN, None).citations == [Citation(title="全面深化服务贸易创新发展试点总体方案")]


def test_a_title_and_the_number_after_it_are_one_citation_and_every_citation_is_kept_in_order():
    assert read_document(CHENGDU, None).citations == [
        Citation(title="国务院关于同意全面深化服务贸易创新发展试点的批复", doc_no="国函〔2020〕111号"),
        Citation(title="全面深化服务贸易创新发展试点总体方案"),
    ]  # 现将《成都市…任务分工表》印发给你们: the plan it issues, its own (review r_analyst44)


def test_the_plan_a_notice_issues_under_its_own_title_is_no_citation():
    # 海南省服务贸易创新发展联席会议办公室关于印发海南省全面深化服务贸易创新发展试点实施方案的通知: its plan is not cited
    # (《海南自由贸易港外籍“高精尖缺”人才认定标准（2020-2024 年试行）》, which a task under （三） applies, is no citation
    # since meta46: the plan's tasks cite nothing it carries out — tests/test_meta46_pages.py)
    assert [c.title for c in read_document(HAINAN, None).citations] == [
        "国务院关于同意全面深化服务贸易创新发展试点的批复", "全面深化服务贸易创新发展试点总体方案", "海南自由贸易港建设总体方案"]


def test_the_plan_a_notice_issues_in_quotes_in_its_title_is_no_citation(tmp_path):
    notice = rewritten(tmp_path, WUHAN, "武汉市全面深化服务贸易创新发展试点实施方案\n",
                       "武汉市人民政府办公厅关于印发《武汉市全面深化服务贸易创新发展试点实施方案》的通知\n")
    assert read_document(notice, None).citations == [Citation(title="全面深化服务贸易创新发展试点总体方案")]


def test_a_plan_a_title_carries_out_is_a_citation(tmp_path):
    # 关于贯彻落实《X》的实施意见: X is the plan it carries out, not its own
    carrying = rewritten(tmp_path, WUHAN, "武汉市全面深化服务贸易创新发展试点实施方案\n为贯彻落实《全面深化服务贸易创新发展试点总体方案》，",
                         "武汉市人民政府关于贯彻落实《全面深化服务贸易创新发展试点总体方案》的实施意见\n为推动我市服务贸易发展，")
    assert read_document(carrying, None).citations == [Citation(title="全面深化服务贸易创新发展试点总体方案")]


def test_a_title_a_clause_borrows_from_is_no_citation(tmp_path):
    borrowing = rewritten(tmp_path, WUHAN, "为贯彻落实《全面深化服务贸易创新发展试点总体方案》，",
                          "学习借鉴《浙江省全面深化服务贸易创新发展试点实施方案》的经验，为贯彻落实《全面深化服务贸易创新发展试点总体方案》，")
    assert read_document(borrowing, None).citations == [Citation(title="全面深化服务贸易创新发展试点总体方案")]


# The matter a title names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "matter"), [
    ("全面深化服务贸易创新发展试点总体方案", "全面深化服务贸易创新发展试点"),  # the plan's own title
    ("国务院关于同意全面深化服务贸易创新发展试点的批复", "全面深化服务贸易创新发展试点"),  # its approval
    ("国务院关于印发《全面深化服务贸易创新发展试点总体方案》的通知", "全面深化服务贸易创新发展试点"),  # a notice issuing it
    ("全面深化服务贸易创新发展试点任务、具体举措及责任分工", "全面深化服务贸易创新发展试点"),  # its attachment
    ("国务院关于同意深化服务贸易创新发展试点的批复", "深化服务贸易创新发展试点"),  # the 2018 round: another matter
])
def test_a_plan_s_title_its_approval_s_its_notice_s_and_its_attachment_s_name_one_matter(title, matter):
    assert title_matter(title) == matter


def test_a_policy_s_title_keeps_its_words_and_a_title_reading_down_to_a_word_names_nothing():
    assert (title_matter("国务院关于加快发展服务贸易的若干意见"), title_matter("试点实施方案")) == (
        "国务院关于加快发展服务贸易的若干意见", None)


# diff's warning -------------------------------------------------------------------------------------------------

def test_a_plan_citing_another_round_s_plan_by_title_alone_is_warned_of(curated):
    result = run(curated, "diff", "national-2018", str(WUHAN), "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, (
        "warning: wuhan-2020 cites 《全面深化服务贸易创新发展试点总体方案》 (the plan national-2020 is titled after) as the "
        "plan it carries out, not national-2018 (国函〔2018〕79号): the links say only how alike the measures of wuhan-2020 "
        "are to those of national-2018, not what it did with them\n"))


def test_a_plan_citing_the_national_plan_by_title_alone_is_quiet(curated):
    result = run(curated, "diff", "national-2020", str(WUHAN), "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_title_naming_a_policy_no_stored_plan_has_is_quiet(curated, tmp_path):
    policy = rewritten(tmp_path, WUHAN, "《全面深化服务贸易创新发展试点总体方案》", "《国务院关于加快发展服务贸易的若干意见》")
    result = run(curated, "diff", "national-2018", str(policy), "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, "")


NATIONAL_2018 = DocumentRef(id="national-2018", level="national", programme="service-trade", round=2018,
                            doc_no="国函〔2018〕79号", title="国务院关于同意深化服务贸易创新发展试点的批复")
NATIONAL_2025 = DocumentRef(id="national-2025", level="national", programme="service-opening", round=2025,
                            title="加快推进服务业扩大开放综合试点工作方案")


def _citing(*cited: CitedRef) -> DocumentRef:
    return DocumentRef(id="wuhan-2020", level="municipal", region="武汉", citations=cited)


def test_a_title_beside_the_national_plan_s_number_is_read_by_the_number_and_is_quiet():
    # the 文号 decides: 2020's plan's title printed beside 2018's approval's 文号 names the 2018 plan
    cited = CitedRef(title="全面深化服务贸易创新发展试点总体方案", doc_no="国函〔2018〕79号")
    assert citation_note(NATIONAL_2018, _citing(cited)) is None


# Several plans cited --------------------------------------------------------------------------------------------

TWO_ROUNDS = (CitedRef(doc_no="国函〔2020〕111号"), CitedRef(doc_no="国函〔2018〕79号"))


def test_a_plan_citing_the_national_plan_among_several_is_quiet():
    assert citation_note(NATIONAL_2018, _citing(*TWO_ROUNDS)) is None


def test_a_plan_citing_several_plans_none_of_them_the_national_one_is_warned_of_naming_each():
    assert citation_note(NATIONAL_2025, _citing(*TWO_ROUNDS)) == (
        "warning: wuhan-2020 cites 国函〔2020〕111号 (the approval of 全面深化服务贸易创新发展试点, 2020) and 国函〔2018〕79号 "
        "(the approval of 深化服务贸易创新发展试点, 2018) as the plans it carries out, not national-2025 (the 2025 round of "
        "服务业扩大开放综合试点): the links say only how alike the measures of wuhan-2020 are to those of national-2025, not "
        "what it did with them")


def test_an_approval_and_its_plan_s_title_cited_together_name_one_plan():
    cited = (CitedRef(title="国务院关于同意全面深化服务贸易创新发展试点的批复", doc_no="国函〔2020〕111号"),
             CitedRef(title="全面深化服务贸易创新发展试点总体方案"))
    assert citation_note(NATIONAL_2018, _citing(*cited)) == (
        "warning: wuhan-2020 cites 国函〔2020〕111号 (the approval of 全面深化服务贸易创新发展试点, 2020) as the plan it "
        "carries out, not national-2018 (国函〔2018〕79号): the links say only how alike the measures of wuhan-2020 are to "
        "those of national-2018, not what it did with them")


def test_a_policy_cited_before_the_approval_is_passed_over_for_the_approval(curated, tmp_path):
    policy_first = rewritten(tmp_path, CHENGDU, "根据《国务院关于同意",
                             "根据《国务院关于加快发展服务贸易的若干意见》（国发〔2015〕8号）和《国务院关于同意")
    result = run(curated, "diff", "national-2018", str(policy_first), "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, (
        "warning: chengdu-2020-tasks cites 国函〔2020〕111号 (the approval of 全面深化服务贸易创新发展试点, 2020) as the plan "
        "it carries out, not national-2018 (国函〔2018〕79号): the links say only how alike the measures of "
        "chengdu-2020-tasks are to those of national-2018, not what it did with them\n"))


# Linking to a parent --------------------------------------------------------------------------------------------

def _numbered(national, doc_no: str):
    return national.model_copy(update={"doc_no": doc_no})


def test_a_plan_citing_two_stored_plans_is_linked_to_the_one_its_measures_match_and_says_so(national2020, national2018,
                                                                                          tmp_path):
    both = rewritten(tmp_path, CHENGDU, "根据《国务院关于同意",
                     "根据《国务院关于同意深化服务贸易创新发展试点的批复》（国函〔2018〕79号）和《国务院关于同意")
    chengdu = read_document(both, None)
    linked = link_parent(chengdu, [national2018, _numbered(national2020, "国函〔2020〕111号")])
    link = parent_link(linked, national2020)
    assert (linked.parent, link.how, link.detail) == ("national-2020", "cited", (
        "it cites several stored plans as the plans it carries out (national-2018, national-2020); linked to national-2020, "
        "whose measures it matches best: 82% of them have a close measure there (national-2018: 2%)"))


def test_a_plan_citing_one_stored_plan_among_other_documents_is_linked_to_it_without_a_warning(national2020, national2018):
    chengdu = read_document(CHENGDU, None)
    linked = link_parent(chengdu, [national2018, _numbered(national2020, "国函〔2020〕111号")])
    assert (linked.parent, [w.code for w in linked.warnings if w.code.startswith("parent_")]) == ("national-2020", [])


def test_a_plan_citing_one_stored_plan_by_its_number_and_another_by_title_alone_is_linked_by_the_number(
        national2020, national2018):
    # 海南's plan cites 国函〔2020〕111号 and, among its measures, 《海南自由贸易港建设总体方案》: were that plan
    # stored as a national one, the 文号 still says which plan it carries out (review r_analyst44)
    hainan = read_document(HAINAN, None)
    port = national2018.model_copy(update={"id": "hainan-port", "title": "海南自由贸易港建设总体方案", "doc_no": None})
    linked = link_parent(hainan, [_numbered(national2020, "国函〔2020〕111号"), port])
    assert (linked.parent, [w.code for w in linked.warnings if w.code.startswith("parent_")]) == ("national-2020", [])


def test_a_title_naming_two_stored_plans_alike_links_by_neither(national2020):
    # two plans stored under one title (two copies of one round's table): the title cannot tell them apart
    wuhan = read_document(WUHAN, None)
    copy = national2020.model_copy(update={"id": "national-2020-copy"})
    assert link_parent(wuhan, [national2020, copy]).parent is None


def test_a_title_beside_another_plan_s_number_links_by_the_number(national2020, national2018):
    # 2020's plan's title printed beside 2018's approval's 文号: the 文号 decides, not the title's matter
    wuhan = read_document(WUHAN, None).model_copy(update={"citations": [
        Citation(title="全面深化服务贸易创新发展试点总体方案", doc_no="国函〔2018〕79号")]})
    linked = link_parent(wuhan, [_numbered(national2018, "国函〔2018〕79号"), national2020])
    assert (linked.parent, parent_link(linked, national2018).how) == ("national-2018", "cited")


# The rounds by programme and year, and by their approval, looked up once -----------------------------------------

def test_a_round_is_found_by_its_programme_and_year_and_by_its_approval_in_either_set_of_characters():
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    assert (gazetteer.round_of("service-trade", 2020).id, gazetteer.approved_by("國函［２０２０］111號").id,
            gazetteer.approved_by("国务院关于同意在沈阳等6个城市开展服务业扩大开放综合试点的批复").id) == (
        "service-trade-2020", "service-trade-2020", "service-opening-2022")


def test_no_round_is_found_for_a_year_it_has_not_or_a_policy_s_number():
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    assert (gazetteer.round_of("service-trade", 2019), gazetteer.round_of(None, 2020),
            gazetteer.approved_by("国发〔2015〕8号")) == (None, None, None)


def test_a_document_citing_its_own_plan_s_title_names_no_other_plan():
    # an approval prints the plan it approves (《深化服务贸易创新发展试点总体方案》 under the 2018 round's approval)
    approval = DocumentRef(id="approval-2018", title="国务院关于同意深化服务贸易创新发展试点的批复",
                           citations=(CitedRef(title="深化服务贸易创新发展试点总体方案"),))
    assert citation_note(NATIONAL_2025, approval) is None


def test_a_national_plan_given_as_local_is_not_said_to_carry_out_another():
    older = NATIONAL_2018.model_copy(update={"citations": (CitedRef(doc_no="国函〔2016〕40号"),)})
    assert citation_note(NATIONAL_2025, older) is None


# Review r_analyst44: titles as two printings of them compare ------------------------------------------------------

def test_the_plan_a_notice_issues_without_guanyu_is_no_citation(tmp_path):
    # 浙江's and 杭州's notices print 印发 without 关于 (建德市人民政府印发关于推动…的若干政策(2025年版)的通知):
    # the plan they issue is their own, not one they cite
    notice = rewritten(tmp_path, WUHAN, "武汉市全面深化服务贸易创新发展试点实施方案\n",
                       "武汉市人民政府办公厅印发《武汉市全面深化服务贸易创新发展试点实施方案》的通知\n")
    assert read_document(notice, None).citations == [Citation(title="全面深化服务贸易创新发展试点总体方案")]


def test_a_title_printed_with_angle_brackets_for_its_inner_quotes_is_the_document_s_own(tmp_path):
    # 2022年《政府工作报告》目标任务责任分解方案 printed in a sentence as 《2022年〈政府工作报告〉…》: its own title
    notice = rewritten(tmp_path, WUHAN, "武汉市全面深化服务贸易创新发展试点实施方案\n",
                       "武汉市落实《全面深化服务贸易创新发展试点总体方案》任务分解方案\n"
                       "现将《武汉市落实〈全面深化服务贸易创新发展试点总体方案〉任务分解方案》印发给你们。\n")
    assert [c.title for c in read_document(notice, None).citations] == ["全面深化服务贸易创新发展试点总体方案"]


@pytest.mark.parametrize(("title", "matter"), [
    ("浙江省人民政府印发全面深化服务贸易创新发展试点总体方案的通知", "全面深化服务贸易创新发展试点"),  # 印发, no 关于
    ("建德市人民政府印发关于推动经济高质量发展的若干政策的通知", "关于推动经济高质量发展的若干政策"),  # the first opens
    ("中国(湖北)自由贸易试验区总体方案", "中国(湖北)自由贸易试验区"),  # half-width brackets as full-width
    ("中国（湖北）自由贸易试验区总体方案", "中国(湖北)自由贸易试验区"),
    ("国务院关于落实〈政府工作报告〉重点工作部门分工的意见", "国务院关于落实政府工作报告重点工作部门分工的意见"),
])
def test_a_title_reads_down_to_one_matter_however_it_is_printed(title, matter):
    assert title_matter(title) == matter


def test_a_title_in_half_width_brackets_names_the_plan_stored_in_full_width_and_no_other_province_s():
    from pilotplans.plan_titles import Cited, names_plan

    hubei = DocumentRef(id="national-2017-hubei", title="中国（湖北）自由贸易试验区总体方案", level="national")
    assert (names_plan(Cited(title="中国(湖北)自由贸易试验区总体方案"), hubei),
            names_plan(Cited(title="中国(湖南)自由贸易试验区总体方案"), hubei)) == (True, False)


def test_a_notice_issuing_with_guanyu_yinfa_still_reads_down_to_its_plan_and_one_carrying_out_keeps_its_words():
    assert (title_matter("国务院关于印发全面深化服务贸易创新发展试点总体方案的通知"),
            title_matter("武汉市人民政府关于贯彻落实《全面深化服务贸易创新发展试点总体方案》的实施意见")) == (
        "全面深化服务贸易创新发展试点", "武汉市人民政府关于贯彻落实全面深化服务贸易创新发展试点总体方案的实施意见")


def test_a_local_plan_titled_after_the_national_plan_s_matter_still_cites_that_plan():
    # a district's 全面深化服务贸易创新发展试点实施方案 (its place unprinted) reads down to the national plan's matter:
    # citing 《…总体方案》 it carries out the 2020 plan, not national-2018, and is warned of
    local = DocumentRef(id="district-2020", level="county", title="全面深化服务贸易创新发展试点实施方案",
                        citations=(CitedRef(title="全面深化服务贸易创新发展试点总体方案"),))
    note = citation_note(NATIONAL_2018, local)
    assert note is not None and note.startswith("warning: district-2020 cites 《全面深化服务贸易创新发展试点总体方案》")


def test_a_local_plan_citing_its_own_title_as_issued_names_no_other_plan():
    local = DocumentRef(id="district-2020", level="county", title="关于印发《全面深化服务贸易创新发展试点实施方案》的通知",
                        citations=(CitedRef(title="全面深化服务贸易创新发展试点实施方案"),))
    assert citation_note(NATIONAL_2018, local) is None


def test_the_document_a_notice_forwards_is_a_citation(tmp_path):
    # 关于转发《X》的通知 issues no plan of its own: it carries out X, which it cites
    forwarding = rewritten(tmp_path, WUHAN, "武汉市全面深化服务贸易创新发展试点实施方案\n",
                           "武汉市商务局关于转发《全面深化服务贸易创新发展试点总体方案》的通知\n")
    assert read_document(forwarding, None).citations == [Citation(title="全面深化服务贸易创新发展试点总体方案")]


def test_a_forwarding_notice_s_title_still_reads_down_to_the_matter_it_forwards():
    assert title_matter("武汉市商务局关于转发《全面深化服务贸易创新发展试点总体方案》的通知") == "全面深化服务贸易创新发展试点"


def test_a_plan_the_notice_says_it_issues_is_no_citation_and_one_issued_before_is():
    from pilotplans.parsers.metadata import citations, read_lines

    assert citations(read_lines(["现将《成都市全面深化服务贸易创新发展试点任务分工表》印发给你们，请认真抓好落实。",
                                 "《全面深化服务贸易创新发展试点总体方案》印发以来，我市积极推进。"]), [], "成都市实施方案") == (
        Cited(title="全面深化服务贸易创新发展试点总体方案"),)
