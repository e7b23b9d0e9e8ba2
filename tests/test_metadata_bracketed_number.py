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
