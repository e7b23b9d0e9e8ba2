"""Shapes of prose task lists that real local plans print, each read as the plan means it
(tests/fixtures/prose-shapes/): a title printed on a line of its own under a number standing alone,
and the further shapes listed in tests/fixtures/prose-shapes/SOURCES.md."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"


def _read(tmp_path, text: str, name: str = "plan.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path)


# --- a title line under a number standing alone ------------------------------------------------

def test_a_title_line_under_a_number_alone_stays_apart_from_the_item_s_paragraph():
    # 1. / 加快数字贸易发展 / 支持企业…。（责任单位：…）: the title ran into the sentence
    # (加快数字贸易发展支持企业…), read as one; it is kept apart by a line break, as a run-in title
    # （一）加快…。 is by its full stop, and the item's third wraps at the page's width: no title
    for name in ("title-line-under-number.txt", "title-line-under-number.html"):
        document = read_document(SHAPES / name)
        assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
            ("1.", "重点任务", "加快数字贸易发展\n支持企业开展数字服务出口，培育数字贸易龙头企业"
             + ("，打造数字贸易示范区。" if name.endswith("txt") else "。"), "市商务局"),
            ("2.", "重点任务", "推动技术贸易创新\n完善技术进出口服务体系，建设技术交易平台"
             + ("，促进技术成果转化。" if name.endswith("txt") else "。"), "市科技局"),
            ("3.", "重点任务", "扩大服务业对外开放推动服务外包向高端发展引进一批国际知名服务企业。"
             if name.endswith("txt") else "扩大服务业对外开放，推动服务外包向高端发展，引进一批国际知名服务企业。",
             "市发展改革委")]


def test_a_sentence_s_first_line_wrapped_under_a_number_alone_runs_on(tmp_path):
    # every item's first line as wide as the page: wrapped sentences, no titles
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n"
                     "1.\n加快推进跨境电子商务综合试验区建设和外贸转型\n升级基地培育。（责任单位：市商务局）\n"
                     "2.\n完善技术进出口服务体系建设国家技术转移区域中\n心。（责任单位：市科技局）\n")
    assert [m.text for m in document.measures] == [
        "加快推进跨境电子商务综合试验区建设和外贸转型升级基地培育。", "完善技术进出口服务体系建设国家技术转移区域中心。"]


def test_a_short_line_under_a_number_alone_with_only_a_bracket_after_it_is_the_item_s_text(tmp_path):
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.\n加快数字贸易发展\n（责任单位：市商务局）\n"
                     "2.\n推动技术贸易创新\n（责任单位：市科技局）\n")
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("加快数字贸易发展", "市商务局"), ("推动技术贸易创新", "市科技局")]
