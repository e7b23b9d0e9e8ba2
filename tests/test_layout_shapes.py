"""The document shapes the layout generator varies (tests/layouts: cover, title_lines, merge_owners, cooperating_cells,
table_numbering),
each as printed, and the plain value printing a layout as before them."""

from dataclasses import replace

from tests.layouts import draw_spec, headings_of
from tests.layouts.plan import Column, cover_notice, owner_spans, plan_document, split_title
from tests.layouts.sources import load_source
from tests.layouts.spec import SHAPE_DIMENSIONS
from tests.layouts.vocab import load_vocab


def _table_spec(**values):
    spec = next(s for s in (draw_spec(k, headings_of()) for k in range(200)) if s.form == "table" and s.format == "docx")
    return replace(spec, **values)


def test_a_two_line_title_breaks_after_the_word_nearest_its_middle():
    assert split_title("全面深化服务贸易创新发展试点任务、具体举措及责任分工", 2) == (
        "全面深化服务贸易创新发展试点", "任务、具体举措及责任分工")


def test_a_title_without_a_break_word_breaks_at_its_middle():
    assert split_title("海南省服务贸易发展规划", 2) == ("海南省服务", "贸易发展规划")


def test_a_one_line_title_stays_whole():
    assert split_title("全面深化服务贸易创新发展试点任务、具体举措及责任分工", 1) == (
        "全面深化服务贸易创新发展试点任务、具体举措及责任分工",)


def test_equal_owner_cells_on_consecutive_rows_span_them_but_not_text_or_blank_cells():
    columns = (Column("number", "序号", 1.0), Column("text", "具体举措", 8.0), Column("lead", "牵头单位", 3.0),
               Column("deadline", "完成时限", 2.0))
    rows = [("1", "甲。", "市商务局", "2021年底前"), ("2", "甲。", "市商务局", ""), ("3", "乙。", "市商务局", ""),
            ("4", "丙。", "市统计局", "长期坚持")]
    assert owner_spans(rows, columns) == ((1, 1, 3, 1), (1, 1, 0, 1), (1, 1, 0, 1), (1, 1, 1, 1))


def test_a_merging_table_layout_prints_each_measure_its_owners():
    spec = _table_spec(merge_owners=True, columns="seq-resp", headings="row", number="column")
    plan, truth = plan_document(spec, load_source(spec.source), load_vocab())
    role = [c.role for c in plan.columns].index("responsibility")
    printed = [(group.rows[r][role], group.span(r, role)) for group in plan.groups for r in range(len(group.rows))]
    assert [m.responsibility for m in truth.measures] == [text for text, _ in printed]
    assert any(span == 0 for _, span in printed)
    assert sum(span for _, span in printed) == len(truth.measures)


def test_a_table_layout_without_merging_spans_no_cell():
    spec = _table_spec(merge_owners=False)
    plan, _ = plan_document(spec, load_source(spec.source), load_vocab())
    assert all(group.spans == () for group in plan.groups)


def test_a_covering_notice_issues_the_plan_by_its_title_and_ends_with_the_attachment():
    spec = _table_spec(cover="notice")
    lines = cover_notice(spec, "某市试点任务分工", load_vocab())
    assert [line.kind for line in lines] == ["number", "notice-title", "address", "body", "sign", "sign", "body",
                                            "address"]
    assert lines[1].text.endswith("关于印发某市试点任务分工的通知")
    assert "《某市试点任务分工》" in lines[3].text
    assert lines[-1].text == "附件"


def test_a_plan_alone_has_no_covering_notice():
    assert cover_notice(_table_spec(cover="none"), "某市试点任务分工", load_vocab()) == ()


def test_a_layout_drawn_without_shapes_prints_the_plan_alone_its_title_on_one_line():
    drawn = [draw_spec(k, headings_of(), shapes=False) for k in range(40)]
    assert {(s.cover, s.title_lines) for s in drawn} == {("none", 1)}
    assert {s.merge_owners for s in drawn if s.form == "table"} == {SHAPE_DIMENSIONS["merge_owners"]}
    assert {s.site for s in drawn if s.format.startswith("html")} == {"bare"}
    assert {s.sub_points for s in drawn if s.form == "prose"} == {False}
    assert {s.owner_sentence for s in drawn if s.form == "prose"} == {"none"}
    assert {s.html_lines for s in drawn if s.format.startswith("html") and s.form == "prose"} == {"paragraphs"}
    assert [draw_spec(k, headings_of(), newer=False) for k in range(40)] == [
        draw_spec(k, headings_of(), newer=False, shapes=False) for k in range(40)]


def _html_spec(form: str, **values):
    # a prose plan with no table after it (division_table): its page prints the plan's lines alone
    spec = next(s for s in (draw_spec(k, headings_of()) for k in range(200))
                if s.form == form and s.format == "html-utf8" and s.division_table in (None, "none"))
    return replace(spec, **values)


def _page(spec, tmp_path) -> str:
    from tests.layouts.render_html import render_html

    plan, _ = plan_document(spec, load_source(spec.source), load_vocab())
    render_html(plan, spec, tmp_path / "page.html")
    return (tmp_path / "page.html").read_text(encoding="utf-8")


def test_a_site_page_frames_the_article_in_layout_tables_under_an_information_table(tmp_path):
    page = _page(_html_spec("table", site="layout-tables", cover="notice"), tmp_path)
    assert page.count("<table") == 3  # the layout table, the information table, the task table
    assert page.index('class="xxgk"') < page.index('class="article"') < page.index('class="footer"')
    assert "<tr><td>标题：</td><td colspan=\"3\">" in page and "关于印发" in page.split('class="article"')[0]


def test_a_bare_page_prints_the_article_alone(tmp_path):
    page = _page(_html_spec("table", site="bare"), tmp_path)
    assert page.count("<table") == 1 and 'class="xxgk"' not in page


def test_a_prose_page_of_br_lines_prints_every_line_indented_in_one_paragraph(tmp_path):
    spec = _html_spec("prose", site="bare", html_lines="br")
    plan, _ = plan_document(spec, load_source(spec.source), load_vocab())
    page = _page(spec, tmp_path)
    article = page.split("</h1>")[1]
    assert article.count("<p>") == 1
    assert article.count("<br>") == len(plan.lines) - 2
    assert "<br>\n\u3000\u3000" in article


def test_a_prose_page_of_paragraphs_prints_a_paragraph_a_line(tmp_path):
    spec = _html_spec("prose", site="bare", html_lines="paragraphs")
    plan, _ = plan_document(spec, load_source(spec.source), load_vocab())
    article = _page(spec, tmp_path).split("</h1>")[1]
    assert article.count("<p>") == len(plan.lines) - 1 and "<br>" not in article


def _prose_spec(**values):
    spec = next(s for s in (draw_spec(k, headings_of()) for k in range(200)) if s.form == "prose")
    return replace(spec, **values)


def test_a_measure_of_three_sentences_prints_a_lead_over_its_sub_points():
    from tests.layouts.plan import Marks, sub_points

    text = "简化审批流程、缩短审批时限。实行企业承诺制；提交申请材料时从简；将审批时限缩短至15个工作日。"
    assert sub_points(text, _prose_spec(sub_points=True, number_style="1."), Marks.of("full-width")) == (
        "简化审批流程、缩短审批时限：", ["（1）实行企业承诺制；", "（2）提交申请材料时从简；", "（3）将审批时限缩短至15个工作日。"])
    assert sub_points(text, _prose_spec(sub_points=True, number_style="（1）"), Marks.of("ascii"))[1][0] == "①实行企业承诺制；"


def test_a_measure_of_two_sentences_or_a_layout_without_sub_points_prints_it_whole():
    from tests.layouts.plan import Marks, sub_points

    marks = Marks.of("full-width")
    assert sub_points("推进数字贸易发展。建设数字贸易平台。", _prose_spec(sub_points=True), marks) == (
        "推进数字贸易发展。建设数字贸易平台。", [])
    assert sub_points("甲。乙；丙。", _prose_spec(sub_points=False), marks) == ("甲。乙；丙。", [])


def test_a_sub_pointed_measure_s_truth_is_its_lead_and_sub_points_with_their_numbers():
    spec = _prose_spec(sub_points=True, responsibility_form="bracket", number_style="1.", punctuation="full-width")
    plan, truth = plan_document(spec, load_source(spec.source), load_vocab())
    subs = [line.text for line in plan.lines if line.kind == "sub"]
    assert subs and len(truth.measures) == spec.count
    assert any(m.text.endswith(subs[-1].split("（责任单位")[0]) for m in truth.measures)


def test_owners_said_in_a_sentence_close_or_open_the_item_s_text_and_are_its_responsibility():
    from tests.layouts.plan import owner_sentence

    assert owner_sentence("推进数字贸易发展。", "市商务局牵头，市科技局配合", _prose_spec(owner_sentence="closing")) == (
        "推进数字贸易发展。由市商务局牵头，市科技局配合。")
    assert owner_sentence("推进数字贸易发展。", "市商务局负责", _prose_spec(owner_sentence="opening")) == (
        "由市商务局负责，推进数字贸易发展。")
    spec = next(s for s in (draw_spec(k, headings_of()) for k in range(300)) if s.owner_sentence == "opening")
    plan, truth = plan_document(spec, load_source(spec.source), load_vocab())
    assert spec.responsibility_form is None and not [line for line in plan.lines if line.kind == "field"]
    assert all(m.text.startswith(f"由{m.responsibility}，") for m in truth.measures)


def test_a_plan_without_owner_sentences_keeps_the_item_s_text_as_the_source_prints_it():
    from tests.layouts.plan import owner_sentence

    assert owner_sentence("推进数字贸易发展。", "市商务局负责", _prose_spec(owner_sentence="none")) == "推进数字贸易发展。"


def test_a_sparse_cooperating_column_prints_co_owners_in_a_few_rows_and_its_truth_says_so():
    spec = _table_spec(columns="lead-coop", cooperating_cells="sparse", merge_owners=False)
    plan, truth = plan_document(spec, load_source(spec.source), load_vocab())
    role = [c.role for c in plan.columns].index("cooperating")
    printed = [group.rows[r][role] or None for group in plan.groups for r in range(len(group.rows))]
    assert [m.cooperating for m in truth.measures] == printed
    assert 0 < sum(cell is not None for cell in printed) < len(printed) / 2


def test_a_cooperating_column_as_given_prints_every_measure_s_co_owners():
    spec = _table_spec(columns="lead-coop", cooperating_cells="given", merge_owners=False, table_numbering="source")
    source = load_source(spec.source)
    plan, truth = plan_document(spec, source, load_vocab())
    given = {item.number: "、".join(item.bodies[1:]) or None for item in source.items}
    assert [m.cooperating for m in truth.measures] == [given[m.number] for m in truth.measures]


def test_a_layout_drawn_without_cooperation_prints_its_cooperating_column_as_given():
    drawn = [draw_spec(k, headings_of(), cooperation=False) for k in range(200)]
    assert {s.cooperating_cells for s in drawn if s.columns == "lead-coop"} == {"given"}
    assert {s.cooperating_cells for s in (draw_spec(k, headings_of()) for k in range(200)) if s.columns == "lead-coop"} \
        == {"given", "sparse"}


def _printed_numbers(spec):
    plan, truth = plan_document(spec, load_source(spec.source), load_vocab())
    role = [c.role for c in plan.columns].index("number")
    return [[row[role] for row in group.rows] for group in plan.groups], [m.number for m in truth.measures]


def _numbered_spec(numbering):
    """A DOCX table layout of seed 0's slice (hainan-2020's 47–81: 29 measures under one heading, 6 under the
    next), its 序号 a column of bare numbers."""
    spec = _table_spec(number="column", number_style="1", table_numbering=numbering)
    assert (spec.source, spec.first, spec.count) == ("hainan-2020", 46, 35)
    return spec


def test_a_table_numbered_anew_under_each_heading_prints_1_at_each_heading_s_first_row():
    printed, numbers = _printed_numbers(_numbered_spec("restart"))
    assert printed == [[str(k) for k in range(1, 30)], ["1", "2", "3", "4", "5", "6"]]
    assert numbers == [*range(1, 30), *range(1, 7)]


def test_a_table_numbered_from_one_prints_1_to_n_across_its_headings():
    printed, numbers = _printed_numbers(_numbered_spec("from-one"))
    assert printed == [[str(k) for k in range(1, 30)], [str(k) for k in range(30, 36)]]
    assert numbers == list(range(1, 36))


def test_a_table_numbered_as_its_source_prints_the_source_s_numbers():
    printed, numbers = _printed_numbers(_numbered_spec("source"))
    assert printed == [[str(k) for k in range(47, 76)], [str(k) for k in range(76, 82)]]
    assert numbers == list(range(47, 82))


def test_a_layout_drawn_without_numbering_numbers_its_table_as_the_source_does():
    drawn = [draw_spec(k, headings_of(), numbering=False) for k in range(200)]
    assert {s.table_numbering for s in drawn if s.form == "table"} == {"source"}
    assert {s.table_numbering for s in drawn if s.form == "prose"} == {None}
    assert {s.table_numbering for s in (draw_spec(k, headings_of()) for k in range(200)) if s.form == "table"} \
        == {"source", "restart", "from-one"}
    # the dimensions newer than the numbering (division_table) are off without it, as every later era's are
    assert [replace(s, table_numbering="source") if s.form == "table" else s for s in drawn] == \
        [replace(s, table_numbering="source") if s.form == "table" else s
         for s in (draw_spec(k, headings_of(), division=False) for k in range(200))]
