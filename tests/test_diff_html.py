"""The HTML report of a diff: character differences, view model, page (pilotplans.diff.html)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff import RELATIONS, DiffResult
from pilotplans.diff.chars import Segment, char_diff
from pilotplans.diff.html import render_html
from pilotplans.diff.models import DocumentRef, Link, MeasureRef, MeasureSource, Ownership
from pilotplans.diff.view import Piece, build_view, file_href, source_title
from tests.conftest import SEED_FILES, SEEDS

runner = CliRunner()


def _row(result: DiffResult, national: int | None, local: int | None):
    view = build_view(result)
    return next(row for row in view.rows
                if (row.national.label if row.national else None) == (str(national) if national else None)
                and (row.local.label if row.local else None) == (str(local) if local else None))


def _texts(segments: list[Segment]) -> tuple[str, str]:
    return "".join(s.national for s in segments), "".join(s.local for s in segments)


# --- char_diff ---------------------------------------------------------------------------------

def test_char_diff_marks_the_dropped_scope_phrase():
    a = "在试点地区实行保险公司分支机构和高级管理人员准入方式改革。"
    b = "实行保险公司分支机构和高级管理人员准入方式改革。"
    assert char_diff(a, b) == [Segment("delete", "在试点地区", ""), Segment("equal", b, b)]


def test_char_diff_reproduces_both_texts_and_ignores_whitespace():
    a, b = " 支持 ICP 许可证\n办理，加快审批", "支持ICP许可证办理，加速审批 "
    segments = char_diff(a, b)
    assert _texts(segments) == (a, b)
    assert [s.op for s in segments] == ["equal", "delete", "insert", "equal"]
    assert (segments[1].national, segments[2].local) == ("快", "速")


def test_char_diff_folds_a_lone_common_character_into_the_rewrite():
    segments = char_diff("甲乙丙的丁戊己", "子丑寅的卯辰巳")
    assert [s.op for s in segments] == ["delete", "insert"]


def test_char_diff_keeps_a_longer_common_run_between_large_changes():
    segments = char_diff("甲乙丙丁合伙联营律师事务所", "子丑寅卯辰巳午未申酉戌亥合伙联营律师事务所子丑寅卯辰巳午未申酉戌亥")
    assert Segment("equal", "合伙联营律师事务所", "合伙联营律师事务所") in segments


@pytest.mark.parametrize("a,b", [("", ""), ("", "新增"), ("删除", ""), ("  ", "x"), ("同", "同")])
def test_char_diff_edge_cases_keep_both_texts(a, b):
    assert _texts(char_diff(a, b)) == (a, b)


# --- view model --------------------------------------------------------------------------------

def test_view_of_national_2_and_xiamen_1_deletes_the_scope_phrase(xiamen_diff):
    row = _row(xiamen_diff, 2, 1)
    assert row.relation == "same" and row.changed
    assert row.national.pieces[0] == Piece("在试点地区", True)
    assert not any(p.changed for p in row.national.pieces[1:])
    assert row.local.pieces == (Piece(xiamen_diff_text(xiamen_diff, 1)),)
    assert row.national.heading == "(1) 全面探索完善管理体制"
    assert (row.ownership, row.region) == ("consistent", "all")


def xiamen_diff_text(result: DiffResult, local: int) -> str:
    return next(l.local.text for l in result.links if l.local is not None and l.local.number == local)


def test_view_marks_insertions_on_the_local_side_only(xiamen_diff):
    row = _row(xiamen_diff, 4, 3)
    assert Piece("工程", True) in row.local.pieces
    assert "".join(p.text for p in row.local.pieces if p.changed) == "工程评"
    assert "".join(p.text for p in row.national.pieces if p.changed) == "试点地区的同时已竣工造价投"


def test_view_leaves_local_and_dropped_rows_unhighlighted(xiamen_diff):
    view = build_view(xiamen_diff)
    lonely = [row for row in view.rows if row.relation in ("local", "dropped")]
    assert len(lonely) == 10 + 43
    for row in lonely:
        side = row.local if row.relation == "local" else row.national
        assert (row.national is None) == (row.relation == "local") and (row.local is None) == (row.relation == "dropped")
        assert len(side.pieces) == 1 and not side.pieces[0].changed
        assert row.ownership is None and not row.changed


def test_view_counts_every_relation_in_order(xiamen_diff):
    view = build_view(xiamen_diff)
    assert [r for r, _ in view.counts] == list(RELATIONS)
    assert dict(view.counts) == xiamen_diff.counts() and view.total == len(xiamen_diff.links)


def test_view_links_text_sources_to_the_file_with_the_line(xiamen_diff, tmp_path):
    row = build_view(xiamen_diff, base_dir=tmp_path).rows[0]
    source = row.national.source
    assert source.href == (SEEDS / SEED_FILES["national-2020"]).resolve().as_uri()
    assert source.title == f"{SEED_FILES['national-2020']}, line 7"
    assert row.local.source.title == f"{SEED_FILES['xiamen-2020']}, lines 11–15"


def _measure(number: int, text: str, source: MeasureSource | None = None) -> MeasureRef:
    return MeasureRef(position=number, number=number, heading_number=1, heading_title="标题", text=text,
                      responsibility="商务部牵头", source=source)


def _result(national_text: str, local_text: str, national_path: str | None = "data/raw/a.pdf",
            source: MeasureSource | None = None) -> DiffResult:
    return DiffResult(
        national=DocumentRef(id="national-x", title="国家<方案>", doc_no="国函〔2020〕111号", source_path=national_path),
        local=DocumentRef(id="local-y", title="地方 & 方案", source_path="data/raw/b.txt"),
        links=(
            Link(national=_measure(1, national_text, source), local=_measure(1, local_text), relation="adapted",
                 score=0.5, ownership=Ownership(status="different", region="named")),
            Link(national=_measure(2, "未采纳"), local=None, relation="dropped", score=0.1),
            Link(national=None, local=_measure(2, "地方新增"), relation="local", score=0.05),
        ),
    )


def test_pdf_sources_link_to_their_page():
    pdf = MeasureSource(file="a.pdf", format="pdf", table=1, row=5, page=3)
    result = _result("甲", "乙", source=pdf)
    absolute = build_view(result, base_dir=Path("/srv/project")).rows[0].national.source
    assert absolute.href == "file:///srv/project/data/raw/a.pdf#page=3"
    assert absolute.title == "a.pdf, page 3, table 1, row 5"
    assert build_view(result).rows[0].national.source.href == "data/raw/a.pdf#page=3"


def test_sources_without_a_recorded_path_have_no_link():
    docx = MeasureSource(file="a.docx", format="docx", table=2, row=4)
    row = build_view(_result("甲", "乙", national_path=None, source=docx)).rows[0]
    assert (row.national.source.href, row.national.source.title) == (None, "a.docx, table 2, row 4")


def test_file_href_quotes_and_resolves():
    assert file_href("data/raw/国家 方案.pdf", None) == "data/raw/%E5%9B%BD%E5%AE%B6%20%E6%96%B9%E6%A1%88.pdf"
    assert file_href("/abs/x.txt", Path("/elsewhere")) == "file:///abs/x.txt"
    assert source_title(MeasureSource(file="x.txt", format="text", line_start=3, line_end=3)) == "x.txt, line 3"


# --- the page ----------------------------------------------------------------------------------

def test_html_has_one_row_per_link_and_a_filter_per_relation(xiamen_diff):
    page = render_html(xiamen_diff)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    rows = re.findall(r'<article class="link rel-(\w+)" id="link-(\d+)" data-relation="(\w+)"', page)
    assert len(rows) == len(xiamen_diff.links)
    assert [r[0] for r in rows] == [link.relation for link in xiamen_diff.links]
    counts = xiamen_diff.counts()
    for relation in RELATIONS:
        assert f'data-relation="{relation}" data-count="{counts[relation]}">' in page
    assert f'<output id="visible-count">{len(xiamen_diff.links)}</output>' in page
    assert "<del>在试点地区</del>实行保险公司" in page
    assert "国函〔2020〕111号" in page


def test_html_is_self_contained(xiamen_diff):
    page = render_html(xiamen_diff)
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)
    assert "<link rel=\"stylesheet\"" not in page and "@import" not in page and " src=" not in page
    assert "Content-Security-Policy" in page and "Noto Sans CJK SC" in page and "Microsoft YaHei" in page


def test_html_escapes_every_text():
    page = re.sub(r"</?(?:del|ins)>", "", render_html(_result("<script>alert('x')</script> & 甲", "<b>乙</b>\"引号\"")))
    assert "<script>alert" not in page and "<b>乙" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; 甲" in page
    assert "&lt;b&gt;乙&lt;/b&gt;&quot;引号&quot;" in page
    assert "国家&lt;方案&gt;" in page and "地方 &amp; 方案" in page
    assert page.count("<script>") == 1


def test_html_marks_missing_sides_and_verdicts():
    page = render_html(_result("甲乙", "甲丙"))
    assert "not taken up by local-y" in page and "no source in national-x" in page
    assert "owners: different" in page and "region: named" in page and "score 0.50" in page
    assert "文号 not recorded" in page


def test_cli_diff_writes_the_html_report_beside_the_normal_output(tmp_path):
    national, local = (str(SEEDS / SEED_FILES[i]) for i in ("national-2020", "xiamen-2020"))
    target = tmp_path / "report" / "xiamen.html"
    result = runner.invoke(app, ["diff", national, local, "--format", "jsonl", "--html", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote HTML report {target}\n"
    assert len(result.stdout.splitlines()) == target.read_text("utf-8").count('<article class="link ')
    assert "file://" in target.read_text("utf-8")
