"""Shapes at the edge of the rules reading a bracket after an item's field lines or run into its
deadline (tests/test_prose_owners_after_field_lines.py): what such a bracket may be besides the
item's owners or remark — a closing note for the items above, a sub-heading, a page's or a notice's
note, an aside on the deadline — and must never be read as."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document

HEAD = "宜昌市服务业扩大开放综合试点实施方案\n一、重点任务\n"


def _read(tmp_path, body: str):
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body, "utf-8")
    return {m.number: m for m in read_document(path).measures}


def _owners(measure):
    return (measure.text, measure.responsibility, measure.cooperating, measure.deadline, measure.remarks,
            [(d.raw, d.role) for d in measure.departments], [w.code for w in measure.warnings])


def test_a_bracketed_closing_note_after_field_lines_names_the_owners_without_its_opening(tmp_path):
    # （以上任务由市商务局牵头，市财政局配合）: was read as item 2's own bracket, its body 以上任务由市商务局
    measures = _read(tmp_path, "1.放宽外资准入。\n完成时限：2023年底前\n2.推行告知承诺制。\n完成时限：2024年底前\n"
                               "（以上任务由市商务局牵头，市财政局配合）\n")
    assert [[(d.raw, d.role) for d in measures[n].departments] for n in (1, 2)] == [
        [("市商务局", "lead"), ("市财政局", "assist")], [("市商务局", "lead"), ("市财政局", "assist")]]


def test_an_owners_bracket_after_field_lines_is_still_the_item_s(tmp_path):
    measures = _read(tmp_path, "1.放宽外资准入。\n完成时限：2023年底前\n（牵头单位：市商务局；配合单位：市财政局）\n")
    assert _owners(measures[1]) == ("放宽外资准入。", "市商务局", "市财政局", "2023年底前", None,
                                    [("市商务局", "lead"), ("市财政局", "assist")], [])
