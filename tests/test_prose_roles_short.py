"""Two prose misreadings a review found (tests/fixtures/prose-shapes/SOURCES.md): the short role
labels a bracket prints (（牵头：X；配合：Y）, （责任：X）), and a field label closing an item's line
with its value on the next line (…研发中心完成时限： / 2023年底前). Each is read by a rule, and the
similar shape where the reading must stay as it was is kept."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.responsibility import parse_responsibility
from pilotplans.parsers.columns import read_label, role_of
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"


def _read(name: str):
    return {m.number: m for m in read_document(SHAPES / name).measures}


def _bodies(measure):
    return [(d.raw, d.id, d.role) for d in measure.departments]


# --- a. short role labels in a bracket ----------------------------------------------------------

def test_a_bracket_s_short_lead_and_cooperate_labels_read_as_lead_and_cooperating_lists():
    # （牵头：市发改委；配合：市财政局）: was one unresolved responsibility "牵头：市发改委；配合：市财政局"
    measure = _read("short-role-labels-in-brackets.txt")[1]
    assert (measure.text, measure.responsibility, measure.responsibility_label, measure.cooperating) == (
        "放宽外资准入，支持外商投资设立研发中心。", "市发改委", "牵头", "市财政局")
    assert _bodies(measure) == [("市发改委", "420500-development_reform_commission", "lead"),
                                ("市财政局", "420500-finance_bureau", "assist")]
    assert measure.warnings == []


def test_a_bracket_s_short_responsibility_label_reads_as_a_responsibility_list():
    measure = _read("short-role-labels-in-brackets.txt")[2]
    assert (measure.responsibility, measure.responsibility_label) == ("市商务局", "责任")
    assert _bodies(measure) == [("市商务局", "420500-commerce_bureau", "carry_out")]


def test_a_short_label_opening_a_sentence_or_a_line_after_the_item_stays_text():
    measures = _read("short-role-labels-in-brackets.txt")
    # 压实工作责任：… is the item's own sentence, its owners in the bracket after it
    assert (measures[3].text, measures[3].responsibility, measures[3].responsibility_label) == (
        "压实工作责任：各部门要落实属地管理，定期报送进展。", "市商务局", "责任单位")
    # 责任：X on a line of its own is no field line (a sentence may open so): kept, and said
    assert (measures[4].text, measures[4].responsibility) == ("推进数字贸易发展。责任：市商务局", None)
    assert [w.code for w in measures[4].warnings] == ["responsibility_missing"]


def test_short_labels_are_no_column_headers_nor_field_labels():
    assert (role_of("牵头"), role_of("配合"), role_of("责任")) == (None, None, None)
    assert read_label("牵头") is None
    assert (read_label("牵头", short=True).role, read_label("牵头", short=True).body_role) == ("responsibility", "lead")
    assert (read_label("配合", short=True).role, read_label("配合", short=True).body_role) == ("cooperating", "assist")


def test_a_responsibility_s_lists_under_short_labels_give_their_roles():
    mentions = parse_responsibility("牵头：市发改委；责任：市商务局")
    assert [(m.raw, m.role) for m in mentions] == [("市发改委", "lead"), ("市商务局", "carry_out")]


# --- b. a field label closing the line, its value on the next ------------------------------------

def test_a_deadline_label_closing_the_line_takes_the_deadline_on_the_next_line():
    # …研发中心完成时限： / 2023年底前: the deadline was kept in the text, the item's deadline empty
    measures = _read("field-labels-closing-the-line.txt")
    assert (measures[1].text, measures[1].deadline, measures[1].responsibility) == (
        "放宽外资准入，支持外商投资设立研发中心", "2023年底前", "市商务局")
    assert measures[1].warnings == []


def test_a_deadline_label_after_the_text_s_comma_drops_the_comma_and_is_read_whole():
    # …发展，完成时限： / 2024年6月底前: no 时限 after a text ending in 完成
    measure = _read("field-labels-closing-the-line.txt")[3]
    assert (measure.text, measure.deadline, measure.responsibility) == ("推进数字贸易发展", "2024年6月底前", "市商务局")


def test_a_colon_introducing_sub_points_or_a_sentence_stays_text():
    measures = _read("field-labels-closing-the-line.txt")
    # …缩短审批时限： over its sub-points (1) (2): the text's own colon
    assert (measures[2].text, measures[2].deadline) == (
        "优化审批流程，缩短审批时限：（1）推行告知承诺制；（2）推进并联审批。", None)
    # …开办时限： / 2023年底前实现一日办结。: the next line is a sentence, not a deadline
    assert (measures[4].text, measures[4].deadline) == ("压缩企业开办时限：2023年底前实现一日办结。", None)


def test_the_longest_label_before_a_colon_is_the_one_printed():
    # …，牵头责任单位：X was cut at 责任单位 (text "…，牵头", carry_out); 协同责任单位 likewise
    measures = _read("labels-run-into-the-text.txt")
    assert (measures[1].text, measures[1].responsibility_label, _bodies(measures[1])) == (
        "推进跨境电商发展", "牵头责任单位", [("市商务局", "420500-commerce_bureau", "lead")])
    assert (measures[2].text, measures[2].responsibility, measures[2].cooperating, _bodies(measures[2])) == (
        "推进数字贸易发展", None, "市财政局", [("市财政局", "420500-finance_bureau", "assist")])
    # a label run into the text with no comma: as before
    assert (measures[3].text, measures[3].responsibility_label, _bodies(measures[3])) == (
        "完善外资服务体系", "责任单位", [("市发改委", "420500-development_reform_commission", "carry_out")])


def test_a_field_line_after_the_owners_bracket_or_an_aside_is_cut_from_the_text():
    measures = _read("labels-run-into-the-text.txt")
    # …。（责任单位：X）完成时限：…: the bracket was kept in the text with the deadline, no owner read
    assert (measures[4].text, measures[4].responsibility, measures[4].deadline) == (
        "推进服务贸易创新发展。", "市商务局", "2024年6月底前")
    # …（含跨境零售）完成时限：…: was cut at 时限 (text …）完成); the aside stays the text's
    assert (measures[5].text, measures[5].deadline) == ("推进跨境电商发展（含跨境零售）", "2024年底前")
    assert [w.code for w in measures[5].warnings] == ["responsibility_missing"]


def test_an_aside_before_the_owners_bracket_stays_in_the_text():
    measure = _read("labels-run-into-the-text.txt")[6]
    assert (measure.text, measure.responsibility, measure.deadline) == ("优化外汇管理服务（含资本项目）。", "市发改委", None)


def test_an_owner_label_closing_the_line_after_the_text_s_comma_takes_the_body_on_the_next_line():
    # …体系，责任单位： / 市商务局: was kept in the text, no owner read
    measure = _read("field-labels-closing-the-line.txt")[7]
    assert (measure.text, measure.responsibility, _bodies(measure)) == (
        "完善外资服务体系", "市商务局", [("市商务局", "420500-commerce_bureau", "carry_out")])


def test_an_owner_label_closing_the_line_over_a_sentence_stays_text_and_is_said():
    # …机制责任单位： / 各部门要按照分工落实到位。: the sentence was lost, the item read as owning
    # nothing with nothing said; a sentence is the text going on, never the label's value
    measures = _read("field-labels-closing-the-line.txt")
    assert [(measures[n].text, measures[n].responsibility, [w.code for w in measures[n].warnings]) for n in (5, 6)] == [
        ("明确工作职责，责任单位：各部门要按照分工落实到位。", None, ["responsibility_missing"]),
        ("健全工作机制责任单位：各部门要按照分工落实到位。", None, ["responsibility_missing"])]
