"""A 文号 a notice's head prints alone in brackets under its title ((兴署发〔2019〕1号), as gazettes and law
sites print it) is the notice's own; one in brackets below the notice's first sentence or address line
is not."""

from pathlib import Path

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_a_bracketed_number_under_the_title_is_the_notice_s():
    # 兴安盟行政公署公报: the decision's title over two lines, then (兴署发〔2019〕1号)
    path = FIXTURES / "places-blind" / "xinganmeng-2019-league-page-time-row-no-signature.txt"
    assert _metadata(path.read_text("utf-8").splitlines()).doc_no == "兴署发〔2019〕1号"


def test_a_bracketed_number_under_a_notice_issuing_two_plans_is_the_notice_s():
    # before: none (乐山 2020, a law site's copy)
    path = FIXTURES / "unseen-pages" / "two-plans-one-notice.txt"
    assert _metadata(path.read_text("utf-8").splitlines()).doc_no == "乐府办函〔2020〕8号"


def test_a_bracketed_number_below_the_address_line_is_no_number_of_the_notice():
    found = _metadata(["兴安盟行政公署关于表彰奖励的决定", "各旗县市人民政府：", "(内政发〔2018〕3号)", "现决定如下。"])
    assert found.doc_no is None


def test_a_bracketed_number_under_a_title_forwarding_another_body_s_document_is_that_document_s():
    found = _metadata(["广州市人民政府办公厅转发国务院办公厅关于推进服务贸易创新发展试点的通知", "（国办发〔2020〕10号）",
                       "各区人民政府：", "现转发给你们。"])
    assert (found.doc_no, found.parent_doc_no) == (None, "国办发〔2020〕10号")


def test_a_bracketed_number_under_a_title_carrying_out_a_cited_document_is_the_cited_one_s():
    found = _metadata(["广州市人民政府关于贯彻落实《国务院关于深化“放管服”改革的通知》的实施意见", "(国发〔2020〕10号)",
                       "各区人民政府：", "现提出如下意见。"])
    assert (found.doc_no, found.parent_doc_no) == (None, "国发〔2020〕10号")


def test_a_bracketed_number_of_the_title_s_own_place_under_a_title_carrying_out_another_s_is_the_notice_s():
    found = _metadata(["兴安盟行政公署关于贯彻落实《内蒙古自治区人民政府关于深化改革的通知》的实施意见", "(兴署发〔2019〕5号)",
                       "各旗县市人民政府：", "现提出如下意见。"])
    assert found.doc_no == "兴署发〔2019〕5号"
