"""The prose20 blind round (tests/fixtures/prose-blind20/KEY.md and key.toml, written before the reader ran):
six pages, one a new source (a website's database dump on GitHub keeping Guangzhou's 2012 talent opinions
in a column), read as the key says, and the faults of kind the round found:

- a page body whose paragraphs a database keeps as ``\\n\\t　　text</p><p>`` was read as text (the tab
  indenting each line was taken for a tab-separated table's), one paragraph, and refused
  (pilotplans/ingest/detect.py; tests/test_detect.py holds the narrow cases);
- a gazette's head line printing the notice's 文号 and its date a space apart (川办函〔2015〕160号 2015年9月1日)
  gave neither."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata
from tests.conftest import FIXTURES

BLIND = FIXTURES / "prose-blind20"
GUANGZHOU = BLIND / "guangzhou-2012-city-talent-opinions-lead-and-partner-brackets-districts-last.html"
SICHUAN = BLIND / "sichuan-2015-province-notice-issuing-five-region-plans-city-governments-as-owners.txt"


def _owners(measure) -> list[tuple[str, str]]:
    return [(d.raw, d.role) for d in measure.departments]


def _lines_metadata(*lines: str):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_a_body_a_database_keeps_with_tab_indented_paragraphs_reads_its_forty_four_measures():
    # was: read as text, refused (no task table or task list found)
    measures = read_document(GUANGZHOU).measures
    assert len(measures) == 44
    assert [(m.number, _owners(m)) for m in measures[:2]] == [
        (2, [("市发展改革委", "lead"), ("市委组织部", "assist"), ("市人力资源和社会保障局", "assist"),
             ("各区、县级市", "assist")]),
        (3, [("市委组织部", "lead"), ("市国资委", "assist")])]
    assert measures[-1].heading_path == ["强化组织实施"]


def test_a_gazette_s_number_line_dated_beside_it_gives_the_number_and_the_date():
    found = read_document(SICHUAN)
    assert (found.doc_no, str(found.date)) == ("川办函〔2015〕160号", "2015-09-01")


def test_a_number_and_date_line_dates_the_notice_only_in_its_head():
    found = _lines_metadata("某省人民政府办公厅关于印发某方案的通知", "某办函〔2015〕1号 2015年9月1日", "各市人民政府：",
                            "现将《某方案》印发你们。")
    assert (found.doc_no, str(found.date)) == ("某办函〔2015〕1号", "2015-09-01")


def test_a_number_line_going_on_with_words_gives_no_number_line():
    # quiet: 文号 then words, not a date, is no number line (the number is read as cited or own elsewhere)
    found = _lines_metadata("某省人民政府办公厅关于印发某方案的通知", "某办函〔2015〕1号 印发执行", "各市人民政府：",
                            "现将《某方案》印发你们。")
    assert found.date is None
