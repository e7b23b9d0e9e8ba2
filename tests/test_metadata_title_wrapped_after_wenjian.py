"""A title's line wrapped after 文件 (某某市人民政府关于加强行政规范性文件 / 管理工作的通知) is no red head: a body's
name and 文件 (某某市人民政府文件) is one, and a body's name holds no title's words (关于, 印发). Before, the
first line was read as a red head — skipped as a title line and read as the issuer 某某市人民政府关于加强行政规范性
— and the title was its second line alone (pilotplans.parsers.metadata)."""

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_a_title_wrapped_after_文件_is_one_title():
    found = _metadata(["某某市人民政府关于加强行政规范性文件", "管理工作的通知", "各区人民政府:"])
    assert (found.title, found.issuer) == ("某某市人民政府关于加强行政规范性文件管理工作的通知", "某某市人民政府")


def test_a_red_head_over_the_title_stays_one():
    found = _metadata(["某某市人民政府文件", "某府〔2023〕1号", "关于加强行政规范性文件管理工作的通知", "各区人民政府:"])
    assert (found.title, found.issuer, found.doc_no) == ("关于加强行政规范性文件管理工作的通知", "某某市人民政府", "某府〔2023〕1号")
