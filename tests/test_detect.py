"""Formats are told from the bytes, and text is decoded whatever its encoding."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.detect import decode_text, detect_format
from tests.conftest import FIXTURES, SEEDS

SAMPLE = "试点任务\t序号\t具体举措\t责任分工\n（一）完善管理体制\t1\t加强统筹協調。\t商务部牵头\n"


def test_pdf_named_html_is_read_as_pdf():
    data = (FIXTURES / "xiamen-tasks.pdf").read_bytes()
    assert detect_format(data, "notice.html") == "pdf"


def test_html_named_pdf_is_read_as_html():
    data = (FIXTURES / "national-2020-tasks.html").read_bytes()
    assert detect_format(data, "notice.pdf") == "html"


def test_docx_is_told_by_its_zip_members():
    assert detect_format((FIXTURES / "xiamen-tasks.docx").read_bytes(), "x.bin") == "docx"


def test_plain_text():
    assert detect_format((SEEDS / "003_0b1b6885711b46b3.txt").read_bytes(), "x.pdf") == "text"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030", "gbk"])
def test_text_is_decoded_in_any_common_encoding(encoding):
    assert decode_text(SAMPLE.encode(encoding), "x.txt") == SAMPLE


def test_empty_file_is_refused():
    with pytest.raises(UnreadableFile, match=r"^blank\.txt: empty file$"):
        detect_format(b"  \n", "blank.txt")


def test_legacy_word_binary_is_refused_with_a_way_out():
    with pytest.raises(UnreadableFile, match=r"legacy \.doc/\.wps binary.*convert-to docx"):
        detect_format(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.doc")


def test_zip_that_is_not_a_word_document():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(UnreadableFile, match="not a Word document"):
        detect_format(buffer.getvalue(), "a.docx")


def test_is_paged_tells_from_the_first_bytes_what_detect_format_calls_a_pdf_or_an_image():
    from pilotplans.ingest.detect import HEAD_BYTES, is_paged

    told = {"pdf": 0, "image": 0, "other": 0}
    for path in sorted(p for p in FIXTURES.rglob("*") if p.is_file()):
        data = path.read_bytes()
        try:
            format = detect_format(data, path)
        except UnreadableFile:
            continue
        paged = format in ("pdf", "image")
        told[format if paged else "other"] += 1
        assert is_paged(data[:HEAD_BYTES]) == paged, path
    assert min(told.values()) > 0  # PDFs, images and other formats were all among them


# A law database shows a notice's body with its markup but not the page around it
# (tests/fixtures/plans/gansu-law-database-fragment.txt): several paragraph tags make it HTML.

def test_a_body_copied_with_its_paragraph_tags_is_html():
    data = "文号:甘政办发〔2021〕48号\n<p>各市人民政府:</p><p>现印发给你们。</p><p><br/></p>".encode()
    assert detect_format(data, "fragment.txt") == "html"


def test_a_body_whose_paragraphs_a_database_indents_with_a_tab_is_html():
    # a site's database keeps each paragraph as "\n\t　　text</p><p>" (tests/fixtures/prose-blind20's
    # Guangzhou opinions): the tab indents, it parts no cells
    data = ("<p>\n\t    为深入贯彻，提出以下实施意见。</p><p align=\"left\">\n\t　　一、总体目标</p><p align=\"left\">\n"
            "\t　　2.紧缺人才开发项目。（牵头单位：市发展改革委，配合单位：市委组织部）</p>").encode()
    assert detect_format(data, "post.html") == "html"


def test_tab_indented_text_naming_a_tag_or_two_stays_text():
    data = "\t1.网页正文用<p>标签分段。（责任单位：市政务服务数据管理局）\n\t2.换行用<br/>。\n".encode()
    assert detect_format(data, "plain.txt") == "text"


def test_text_naming_a_tag_or_two_stays_text():
    data = "1.网页正文用<p>标签分段,换行用<br/>。(责任单位:市政务服务数据管理局)\n".encode()
    assert detect_format(data, "plain.txt") == "text"


def test_a_tab_separated_table_whose_cells_keep_their_paragraph_tags_stays_text():
    # the shape of the national 2020 seed: <p> markup inside the cells of a tab-separated table
    data = "试点任务\t序号\t具体举措\n<p>(一) 完善管理体制</p> <p>深化改革。</p>\t1\t加强统筹。\n<p>(二) 扩大开放</p>\t2\t放宽准入。\n".encode()
    assert detect_format(data, "seed.txt") == "text"


def test_a_one_cell_per_line_table_one_of_whose_cells_keeps_its_paragraph_tags_stays_text():
    # a text extraction printing a table a cell a line, one cell with the <p> markup the national
    # 2020 seed keeps: the lines around it are plain, so the markup is no page's body
    data = ("序号\n\n重点任务\n\n责任单位\n\n1\n\n<p>地区生产总值增长6%左右</p> <p>（其中一产增长4%）</p>\n\n"
            "区发展改革委\n\n2\n\n社会消费品零售总额增长7%\n\n区商务委\n\n3\n\n城镇调查失业率控制在5.5%以内\n\n区人力社保局\n").encode()
    assert detect_format(data, "cells.txt") == "text"


# A web page that showed a legacy .doc as characters (the pages of a county's attachments did):
# saved as text, its OLE stream names still stand near its start.

def test_a_legacy_word_binary_saved_as_text_is_refused_with_its_cause():
    data = ("\u0871> J !\"#$%.'()*+Root Entry F0\\ SummaryInformation(DocumentSummaryInformation8xWordDocument.` "
            "Microsoft Office Word KSOProductBuildVer2052 DN2 S^aNQgYe/ctQ[:S 1.aNQg-N\\f[z\n").encode()
    with pytest.raises(UnreadableFile, match="a legacy .doc/.wps binary whose bytes were saved as text"):
        detect_format(data, "attachment.txt")


def test_text_naming_a_stream_alone_stays_text():
    data = "1.完善文档管理。统一使用Root Entry目录结构保存电子文件。（责任单位：市档案馆）\n".encode()
    assert detect_format(data, "plan.txt") == "text"


WORD_2003_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
                 '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r>'
                 '<w:t>一、总体要求</w:t></w:r></w:p></w:body></w:wordDocument>')


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_word_xml_saved_as_docx_is_refused_naming_what_it_is(encoding):
    with pytest.raises(UnreadableFile, match=r"^plan\.docx: Word XML document \(Word 2003 XML or a flat XML package\), "
                                             r"not a DOCX: convert it to DOCX or PDF first"):
        detect_format(WORD_2003_XML.encode(encoding), "plan.docx")


def test_single_file_web_page_is_refused_naming_what_it_is():
    data = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D"\r\n\r\n'
            b'------=_NextPart_01D\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n<html><body></body></html>\r\n')
    with pytest.raises(UnreadableFile, match=r"^plan\.docx: single-file web page \(MHTML, \.mht\), not a DOCX or HTML page"):
        detect_format(data, "plan.docx")


def test_web_page_saved_by_word_is_still_read_as_html():
    data = ('<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=ProgId content=Word.Document>'
            '<meta charset="utf-8"></head><body><p>一、总体要求</p></body></html>').encode()
    assert detect_format(data, "plan.docx") == "html"


_COMPILED_AFTER = """
import sys
from pilotplans.ingest import detect
from pilotplans.ingest.pipeline import read_document
read_document(sys.argv[1])
print(detect._body_tags.cache_info().currsize, detect._mojibake.cache_info().currsize)
"""


def _compiled_after_reading(path) -> str:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parents[1]
    return subprocess.run([sys.executable, "-c", _COMPILED_AFTER, str(path)], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(root)}).stdout


def test_a_docx_is_told_without_compiling_the_text_patterns():
    assert _compiled_after_reading(FIXTURES / "xiamen-tasks.docx") == "0 0\n"


def test_a_text_file_compiles_them_when_it_is_told_and_decoded():
    assert _compiled_after_reading(SEEDS / "003_0b1b6885711b46b3.txt") == "1 1\n"


def test_the_chinese_character_pattern_matches_the_cjk_ideographs_and_nothing_else():
    # garbled_as counts the Chinese characters a run read back from GBK gives with it; it is compiled
    # through the kept patterns (regex), and must match what the class says under re, code point by code point
    import re

    from pilotplans.ingest.detect import _han

    every = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF)
    found = _han().findall(every)
    assert found == re.findall("[\u3400-\u9fff\uf900-\ufaff]", every)
    assert (len(found), found[0], found[-1]) == (28160, "\u3400", "\ufaff")


def test_the_chinese_character_pattern_passes_over_the_characters_beside_the_ideographs():
    from pilotplans.ingest.detect import _han

    assert _han().findall("\u33ff\ua000\uf8ff\ufb00〇，。ä𠀀") == []
    assert _han().findall("中\u3400\u9fff\uf900\ufaff") == ["中", "\u3400", "\u9fff", "\uf900", "\ufaff"]
