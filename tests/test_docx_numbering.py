"""Word's automatic numbering is printed into the paragraph text as Word prints it.

The documents are built here with python-docx and numbering definitions written in WordprocessingML
(numbering.xml); LibreOffice prints the same labels for them.
"""

import io

import docx
from docx.oxml import parse_xml

from pilotplans.parsers.docx import read_docx
from pilotplans.parsers.docx_numbering import format_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def level(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def define(document, abstract_id, levels, nums):
    """Add an abstract list of ``levels`` and its instances ``nums`` ({numId: startOverride or None})."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>')
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    for num_id, start in nums.items():
        override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>' if start else ""
        numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'))


def numbered(container, text, num_id, ilvl=0):
    paragraph = container.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def paragraphs(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return [p.text for p in read_docx(buffer.getvalue(), "plan.docx").paragraphs]


def outline(document):
    define(document, 90, [level(0, "chineseCounting", "%1、"), level(1, "chineseCounting", "（%2）"),
                          level(2, "decimal", "%3.")], {91: None})


def test_a_plan_numbered_by_word_reads_as_printed():
    document = docx.Document()
    outline(document)
    numbered(document, "总体要求", 91)
    numbered(document, "主要任务", 91)
    numbered(document, "完善管理体制", 91, 1)
    numbered(document, "加强统筹协调。（责任单位：市商务局）", 91, 2)
    numbered(document, "推进审批改革。（责任单位：市发改委）", 91, 2)
    numbered(document, "扩大对外开放", 91, 1)
    numbered(document, "放宽市场准入。（责任单位：市商务局）", 91, 2)
    assert paragraphs(document) == [
        "一、总体要求", "二、主要任务", "（一）完善管理体制", "1. 加强统筹协调。（责任单位：市商务局）",
        "2. 推进审批改革。（责任单位：市发改委）", "（二）扩大对外开放", "1. 放宽市场准入。（责任单位：市商务局）",
    ]


def test_counters_go_on_past_ten_and_through_plain_paragraphs():
    document = docx.Document()
    define(document, 90, [level(0, "chineseCountingThousand", "%1、")], {91: None})
    for i in range(11):
        numbered(document, f"任务{i + 1}", 91)
        document.add_paragraph("说明。")
    texts = [t for t in paragraphs(document) if t != "说明。"]
    assert texts[9:] == ["十、任务10", "十一、任务11"]


def test_instances_of_one_list_count_on_together_and_a_start_override_restarts():
    document = docx.Document()
    define(document, 90, [level(0, "decimal", "%1．")], {91: None, 92: 5})
    numbered(document, "甲", 91)
    numbered(document, "乙", 92)
    numbered(document, "丙", 91)
    numbered(document, "丁", 92)
    assert paragraphs(document) == ["1．甲", "5．乙", "6．丙", "7．丁"]  # as Word and LibreOffice print them


def test_chinese_number_formats():
    document = docx.Document()
    define(document, 90, [level(0, "ideographTraditional", "%1、")], {91: None})
    define(document, 93, [level(0, "decimalEnclosedCircle", "%1", extra='<w:suff w:val="nothing"/>')], {94: None})
    define(document, 95, [level(0, "decimalFullWidth", "（%1）")], {96: None})
    for text in ("一", "二"):
        numbered(document, f"天干{text}", 91)
        numbered(document, f"圈{text}", 94)
        numbered(document, f"全角{text}", 96)
    assert paragraphs(document) == ["甲、天干一", "①圈一", "（１）全角一", "乙、天干二", "②圈二", "（２）全角二"]


def test_a_legal_label_prints_every_level_in_decimal():
    document = docx.Document()
    define(document, 90, [level(0, "chineseCounting", "%1、"),
                          level(1, "decimal", "%1.%2", extra='<w:isLgl/>')], {91: None})
    numbered(document, "总则", 91)
    numbered(document, "适用范围", 91, 1)
    numbered(document, "定义", 91, 1)
    assert paragraphs(document) == ["一、总则", "1.1 适用范围", "1.2 定义"]


def test_numbering_given_by_a_paragraph_style():
    document = docx.Document()
    define(document, 90, [level(0, "chineseCounting", "（%1）")], {91: None})
    styles = document.styles.element
    styles.append(parse_xml(
        f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="TaskHeading"><w:name w:val="Task Heading"/>'
        f'<w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="TaskHeading2"><w:name w:val="Task Heading 2"/>'
        f'<w:basedOn w:val="TaskHeading"/></w:style>'))
    document.add_paragraph("完善管理体制", style="Task Heading")
    document.add_paragraph("扩大对外开放", style="Task Heading 2")
    assert paragraphs(document) == ["（一）完善管理体制", "（二）扩大对外开放"]


def add_style(document, style_id, inner):
    document.styles.element.append(parse_xml(
        f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{style_id}"/>{inner}</w:style>'))


def styled(document, style_id, text, numpr=""):
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:pStyle xmlns:w="{W}" w:val="{style_id}"/>'))
    if numpr:
        paragraph._p.pPr.append(parse_xml(f'<w:numPr xmlns:w="{W}">{numpr}</w:numPr>'))
    return paragraph


def test_heading_styles_take_their_level_from_the_list_level_linked_to_them():
    # Word's multilevel list linked to heading styles: each level names its style (w:pStyle) and
    # the styles give only the list, so the level comes from the link, not level 0 for all
    document = docx.Document()
    define(document, 90, [level(0, "chineseCounting", "%1、", extra='<w:pStyle w:val="PlanH1"/>'),
                          level(1, "chineseCounting", "（%2）", extra='<w:pStyle w:val="PlanH2"/>')], {91: None})
    for style_id in ("PlanH1", "PlanH2"):
        add_style(document, style_id, '<w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr>')
    for style_id, text in [("PlanH1", "总体要求"), ("PlanH2", "指导思想"), ("PlanH2", "基本原则"),
                           ("PlanH1", "主要任务"), ("PlanH2", "深化改革")]:
        styled(document, style_id, text)
    assert paragraphs(document) == ["一、总体要求", "（一）指导思想", "（二）基本原则", "二、主要任务", "（一）深化改革"]


def test_a_style_setting_only_its_level_takes_the_list_of_the_style_it_is_based_on():
    document = docx.Document()
    define(document, 90, [level(0, "chineseCounting", "%1、"), level(1, "chineseCounting", "（%2）")], {91: None})
    add_style(document, "PlanH1", '<w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr>')
    add_style(document, "PlanH2", '<w:basedOn w:val="PlanH1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>')
    add_style(document, "PlanBody", '<w:basedOn w:val="PlanH1"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>')
    styled(document, "PlanH1", "总体要求")
    styled(document, "PlanH2", "指导思想")
    styled(document, "PlanBody", "正文不编号。")
    styled(document, "PlanH1", "深化改革", numpr='<w:ilvl w:val="1"/>')  # the paragraph's own level, the style's list
    assert paragraphs(document) == ["一、总体要求", "（一）指导思想", "正文不编号。", "（二）深化改革"]


def test_a_list_pointing_at_a_numbering_style_prints_the_levels_of_the_list_the_style_names():
    document = docx.Document()
    define(document, 90, [level(0, "chineseCounting", "%1、", extra=""), level(1, "decimal", "%2.")], {91: None})
    numbering = document.part.numbering_part.element
    numbering.find(f"{{{W}}}abstractNum").insert(0, parse_xml(f'<w:styleLink xmlns:w="{W}" w:val="PlanList"/>'))
    numbering.find(f"{{{W}}}num").addprevious(parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="92"><w:numStyleLink w:val="PlanList"/></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="93"><w:abstractNumId w:val="92"/></w:num>'))
    document.styles.element.append(parse_xml(
        f'<w:style xmlns:w="{W}" w:type="numbering" w:styleId="PlanList"><w:name w:val="Plan List"/>'
        f'<w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr></w:style>'))
    for text, ilvl in [("总体要求", 0), ("任务甲", 1), ("任务乙", 1), ("保障措施", 0)]:
        numbered(document, text, 93, ilvl)
    assert paragraphs(document) == ["一、总体要求", "1. 任务甲", "2. 任务乙", "二、保障措施"]


def test_bullets_and_unnumbered_paragraphs_print_no_label():
    document = docx.Document()
    define(document, 90, [level(0, "bullet", "\u2022")], {91: None})
    numbered(document, "要点", 91)
    document.add_paragraph("正文。")
    assert paragraphs(document) == ["要点", "正文。"]


def test_numbered_paragraphs_in_a_table_cell_count_in_document_order():
    document = docx.Document()
    define(document, 90, [level(0, "decimal", "%1.")], {91: None})
    numbered(document, "前言", 91)
    table = document.add_table(rows=1, cols=2)
    cell = table.cell(0, 1)
    cell.paragraphs[0].text = "措施："
    numbered(cell, "加强统筹", 91)
    buffer = io.BytesIO()
    document.save(buffer)
    grid = read_docx(buffer.getvalue(), "plan.docx").grids[0]
    assert grid.rows[0].cells[1].paragraphs == ("措施：", "2. 加强统筹")


def test_a_number_column_numbered_by_word_prints_its_labels_in_otherwise_empty_cells():
    document = docx.Document()
    define(document, 90, [level(0, "decimal", "%1")], {91: None})
    rows = [["序号", "具体举措"], ["", "建立协调机制。"], ["", "加强统计监测。"]]
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r in (1, 2):
        table.cell(r, 0).paragraphs[0]._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>'))
    buffer = io.BytesIO()
    document.save(buffer)
    grid = read_docx(buffer.getvalue(), "plan.docx").grids[0]
    assert [row.cells[0].paragraphs for row in grid.rows] == [("序号",), ("1",), ("2",)]


def test_an_empty_paragraph_that_is_not_numbered_stays_dropped():
    document = docx.Document()
    define(document, 90, [level(0, "decimal", "%1.")], {91: None})
    numbered(document, "加强统筹", 91)
    document.add_paragraph("")
    numbered(document, "", 91)
    assert paragraphs(document) == ["1. 加强统筹", "2."]


def test_format_number_for_large_and_unknown_formats():
    assert [format_number(n, "chineseCounting") for n in (20, 21, 100)] == ["二十", "二十一", "一百"]
    assert format_number(21, "decimalEnclosedCircle") == "21"
    assert format_number(3, "upperRoman") == "III"
    assert format_number(7, "someFutureFormat") == "7"


def test_fields_and_text_boxes_keep_their_text():
    document = docx.Document()
    paragraph = document.add_paragraph("见附件")
    paragraph._p.append(parse_xml(
        f'<w:fldSimple xmlns:w="{W}" w:instr=" REF _Ref3 \\h "><w:r><w:t>3</w:t></w:r></w:fldSimple>'))
    for xml in ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r><w:instrText> DATE </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r><w:t>2021年3月5日</w:t></w:r>',
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml.replace("<w:r>", f'<w:r xmlns:w="{W}">', 1)))
    box = document.add_paragraph("正文")
    box._p.append(parse_xml(
        f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        f'<w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    assert paragraphs(document) == ["见附件32021年3月5日", "正文", "框内文字"]


def complex_field(paragraph, instruction, result):
    for xml in ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>', f'<w:r><w:instrText> {instruction} </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', f'<w:r><w:t>{result}</w:t></w:r>',
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml.replace("<w:r>", f'<w:r xmlns:w="{W}">', 1)))


def test_page_number_fields_in_the_body_print_no_text_and_other_fields_keep_theirs():
    document = docx.Document()
    paragraph = document.add_paragraph("完善统计监测体系。")
    paragraph._p.append(parse_xml(f'<w:fldSimple xmlns:w="{W}" w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>3</w:t></w:r></w:fldSimple>'))
    complex_field(paragraph, "NUMPAGES", "12")
    paragraph.add_run("（责任单位：市商务局）")
    other = document.add_paragraph("详见")
    complex_field(other, "REF _Ref1 \\h", "附件2")
    complex_field(other, "PAGEREF _Ref1 \\h", "5")
    assert paragraphs(document) == ["完善统计监测体系。（责任单位：市商务局）", "详见附件25"]


def test_items_restarting_only_after_the_top_level_run_on_through_the_level_between():
    document = docx.Document()
    define(document, 90, [level(0, "chineseCounting", "%1、"), level(1, "chineseCounting", "（%2）"),
                          level(2, "decimal", "%3.", extra='<w:lvlRestart w:val="1"/>')], {91: None})
    for text, ilvl in [("主要任务", 0), ("深化改革", 1), ("甲", 2), ("乙", 2), ("扩大开放", 1), ("丙", 2),
                       ("保障措施", 0), ("加强组织", 1), ("丁", 2)]:
        numbered(document, text, 91, ilvl)
    assert paragraphs(document) == ["一、主要任务", "（一）深化改革", "1. 甲", "2. 乙", "（二）扩大开放", "3. 丙",
                                    "二、保障措施", "（一）加强组织", "1. 丁"]


def test_items_without_a_restart_level_start_again_under_every_level_above():
    document = docx.Document()
    outline(document)
    for text, ilvl in [("主要任务", 0), ("深化改革", 1), ("甲", 2), ("扩大开放", 1), ("乙", 2)]:
        numbered(document, text, 91, ilvl)
    assert paragraphs(document) == ["一、主要任务", "（一）深化改革", "1. 甲", "（二）扩大开放", "1. 乙"]


def test_a_numbered_paragraph_whose_properties_follow_a_bookmark_is_still_numbered():
    # Word writes w:pPr first; a file that puts a bookmark before it (off the schema) keeps its label
    document = docx.Document()
    outline(document)
    numbered(document, "总体要求", 91)
    moved = numbered(document, "主要任务", 91)
    moved._p.insert(0, parse_xml(f'<w:bookmarkStart xmlns:w="{W}" w:id="0" w:name="tasks"/>'))
    assert paragraphs(document) == ["一、总体要求", "二、主要任务"]


def test_a_paragraph_with_no_properties_stays_unnumbered_beside_numbered_ones():
    document = docx.Document()
    outline(document)
    numbered(document, "总体要求", 91)
    plain = document.add_paragraph("说明。")
    assert plain._p.pPr is None
    numbered(document, "主要任务", 91)
    assert paragraphs(document) == ["一、总体要求", "说明。", "二、主要任务"]
