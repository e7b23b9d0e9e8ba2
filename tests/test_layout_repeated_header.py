"""Hainan's notice (seed 004): narrative, then a table whose header repeats and whose cells break across pages."""

from tests.conftest import by_number, codes


def test_measures_1_to_117_under_9_headings(hainan):
    assert [m.number for m in hainan.measures] == list(range(1, 118))
    assert [h.number for h in hainan.tables[0].headings] == list(range(1, 10))
    assert by_number(hainan)[111].heading_title == "其他"


def test_repeated_header_rows_are_never_measures(hainan):
    assert not any(m.text in ("具体举措", "") for m in hainan.measures)


def test_measure_9_reads_as_one_sentence_across_the_page_break(hainan):
    measure = by_number(hainan)[9]
    assert measure.text == (
        "落实海关总署、商务部出台的重要展品进出境便利措施，对已获得我国检疫准入涉及检验检疫行政审批事项的"
        "有关展会进境动植物及其产品，由海口海关办理进出境有关事宜。"
    )
    assert measure.responsibility == "海口海关、省商务厅统筹推进；有关部门和市县负责落实。"
    assert (measure.source.line_start, measure.source.line_end) == (140, 143)


def test_responsibility_continued_alone_after_a_break(hainan):
    assert by_number(hainan)[49].responsibility == "人行海口中心支行、省发改委、省商务厅、省国资委等负责推进。"


def test_notice_metadata(hainan):
    assert hainan.title == "海南省服务贸易创新发展联席会议办公室关于印发海南省全面深化服务贸易创新发展试点实施方案的通知"
    assert hainan.doc_no == "琼商服〔2020〕150号"
    assert hainan.issuer == "海南省服务贸易创新发展联席会议办公室"
    assert hainan.date.isoformat() == "2020-11-06"
    assert hainan.parent_doc_no == "国函〔2020〕111号"
    assert (hainan.level, hainan.region) == ("provincial", "海南")


def test_stray_english_word_is_reported(hainan):
    measure = by_number(hainan)[78]
    assert "规则 and 标准" in measure.text
    assert "stray_latin_word" in codes(measure)
