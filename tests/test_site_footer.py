"""A web site's footer closing a page copied as text is not read as the last task's field line:
its 主办单位：… line comes before the registrations that mark the page's end. A last task naming a
主办单位 of its own, with no registration after it, keeps it."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Layout, Paragraph
from pilotplans.parsers.interpret.outline import read_outline

NOTICES = Path(__file__).parent / "fixtures" / "notices"


def _last_item_labels(*texts: str) -> list[str]:
    """The labels of the field lines the last item of the outline of ``texts`` holds."""
    outline = read_outline(Layout(source="x.txt", format="text", blocks=tuple(Paragraph(t) for t in texts)))
    item = outline.parts[-1][-1]
    while item.children:
        item = item.children[-1]
    return [segment.label.text for segment in item.fields.segments] if item.fields else []


def test_a_copied_pages_footer_is_not_the_last_tasks_field_line():
    document = read_document(NOTICES / "site-footer-copied.txt")
    last = document.measures[-1]
    assert last.responsibility == "市金融办、人民银行南宁中心支行"
    assert [(d.raw, d.id) for d in last.departments] == [
        ("市金融办", "450100-local_financial_regulation_bureau"), ("人民银行南宁中心支行", "450000-pboc_branch")]


def test_footer_lines_before_the_registration_end_the_document():
    assert _last_item_labels("一、重点任务", "1.推进服务贸易便利化。（责任单位：市商务局）",
                             "主办单位：某市人民政府办公室　承办单位：某市大数据局",
                             "网站标识码：4501000001　桂ICP备05001234号") == ["责任单位"]


def test_a_last_items_own_zhuban_line_without_a_registration_after_it_stays():
    assert _last_item_labels("一、重点任务", "1.举办服务贸易交易会。（责任单位：市商务局）",
                             "主办单位：市商务局　承办单位：市会展办") == ["责任单位", "主办单位", "承办单位"]


def test_the_last_items_own_field_line_before_the_registration_stays():
    task = "1.规范网站管理。" + "落实网站标识码和ICP备案管理要求，" * 8
    assert _last_item_labels("一、重点任务", task, "责任单位：市委网信办", "桂ICP备05001234号") == ["责任单位"]


def test_a_last_task_naming_a_footers_word_inside_it_is_no_footer_line():
    # 技术支持 in a task's own sentence, with the page's tools printed after it
    assert _last_item_labels("一、重点任务", "1.推进服务贸易便利化。（责任单位：市商务局）",
                             "2.强化技术支持。为企业提供技术支持和联系电话咨询服务。",
                             "责任单位：市科技局", "【打印本页】【关闭窗口】") == ["责任单位"]
    outline = read_outline(Layout(source="x.txt", format="text", blocks=tuple(Paragraph(t) for t in (
        "一、重点任务", "1.推进服务贸易便利化。（责任单位：市商务局）",
        "2.强化技术支持。为企业提供技术支持。（责任单位：市科技局）", "【打印本页】【关闭窗口】"))))
    assert [item.number.raw for item in outline.parts[-1][-1].children] == ["1.", "2."]


def test_footer_lines_opening_after_a_separator_end_the_document():
    assert _last_item_labels("一、重点任务", "1.推进服务贸易便利化。（责任单位：市商务局）",
                             "| 网站地图 | 联系我们 |", "主办单位：某市人民政府办公室",
                             "技术支持：某市大数据局", "网站标识码：4501000001") == ["责任单位"]


def _items(tmp_path: Path, line: str) -> list[tuple[str, str | None]]:
    """The numbers and responsibility of the measures of a page printed as one ``line``."""
    path = tmp_path / "page.txt"
    path.write_text(line, encoding="utf-8")
    return [(m.number_raw, m.responsibility) for m in read_document(path).measures]


def test_a_pages_end_run_into_the_last_item_of_a_page_printed_as_one_line_ends_it(tmp_path):
    # 金乡县 2025年重要工作事项责任分工, its page printed as one line with the site's footer after the last item
    line = ("一、主要预期目标1.地区生产总值增长6%。(牵头单位:县发展和改革局)2.修编经济开发区整体规划。"
            "(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园)扫一扫在手机打开当前页【打印本页】 【关闭窗口】"
            "主办单位:某县人民政府办公室 承办单位:某县大数据中心网站标识码:3708280001 鲁ICP备05007655号")
    assert _items(tmp_path, line) == [("1.", "县发展和改革局"), ("2.", "牵头单位:县政府园区发展服务中心;责任单位:新材料产业园")]


def test_a_sentence_opening_with_a_pages_end_word_inside_the_last_item_is_no_footer(tmp_path):
    line = ("一、主要预期目标1.地区生产总值增长6%。(牵头单位:县发展和改革局)2.推广政务服务码。"
            "扫一扫在手机上即可办理。(牵头单位:县政务服务中心)")
    assert _items(tmp_path, line) == [("1.", "县发展和改革局"), ("2.", "县政务服务中心")]


def test_a_pages_end_run_into_the_last_field_line_of_a_page_printed_as_one_line_ends_it(tmp_path):
    # 西安市 市政办函〔2024〕26号 shape, printed as one line: the last item closes with its deadline's
    # field line, and the site's footer runs into it with no sentence's end between
    line = ("二、重点任务1.营造项目公平准入环境。严格落实市场准入负面清单制度。牵头单位:市发改委责任单位:市投资局"
            "完成时限:2024年6月底前2.深化项目审批集成改革。动态调整审批事项清单。牵头单位:市住建局责任单位:市资源规划局"
            "完成时限:2024年底前扫一扫在手机打开当前页【打印本页】 【关闭窗口】上一篇:关于做好安全生产工作的通知"
            "主办单位:某市人民政府办公厅 网站标识码:6101000001 陕ICP备05001234号")
    path = tmp_path / "page.txt"
    path.write_text(line, encoding="utf-8")
    assert [(m.number_raw, m.responsibility, m.deadline) for m in read_document(path).measures] == [
        ("1.", "牵头单位:市发改委；责任单位:市投资局", "2024年6月底前"),
        ("2.", "牵头单位:市住建局；责任单位:市资源规划局", "2024年底前")]


def test_words_of_a_pages_end_quoted_in_the_last_items_text_before_its_bracket_stay(tmp_path):
    line = ("二、重点任务1.地区生产总值增长6%。(牵头单位:县发展和改革局)2.推广政务服务码,"
            "推行“扫一扫在手机办”服务(牵头单位:县政务服务中心)")
    assert _items(tmp_path, line) == [("1.", "县发展和改革局"), ("2.", "县政务服务中心")]
