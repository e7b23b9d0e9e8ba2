"""The prose reader's leftovers of rounds 38–39 (docs/reading.md, mend40), each with a page where it fires and a near
miss where it stays quiet:

- a lead heading (一、县商务局牵头工作) over an item printing only its partner in a bracket with no label ((县文旅局配合)):
  the item takes the heading's lead beside its partner, where it kept 县文旅局配合 as its whole owner;
- an owners' bracket its copy leaves open where the item ends (…（牵头单位：县发改局、县财政局 and the line ends, or the next
  item's number runs on after its last name): read up to the item's end and warned ``owners_bracket_open``, the
  next item never read into it; a list wrapped over lines (its line ending on 、) stays the line reader's;
- 各镇（区）、市政府 in a county-level city's plan, 各镇、市政府 in a county's: the places' governments and the document's own
  (or the city's over it), two bodies, where they were one collective; read by the document's place (the
  normalizer's Context), so a plan whose place is unknown keeps the one collective, and 各市(县)、区政府 and 各市、县人民政府
  (places under a city or province) stay one;
- 山西's (三)省编办牵头的工作 over 1. 2. and the 协同单位 line after 2.: a head naming only the lead of its numbered items,
  the items its measures (the line after the last its own), where the line was lifted to (三) and (三) read as one
  measure of them all.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import owners, read_text

SHANXI_2008 = FIXTURES / "prose-blind39" / (
    "shanxi-2008-province-government-work-targets-division-court-site-lead-in-section-heads.txt")
TOWN_2023 = FIXTURES / "prose-blind37" / (
    "town-2023-subdistrict-hundred-day-campaign-document-site-page-breaks-lead-responsible-run-together-cut.txt")


# --- a lead heading over an item printing only its partner ----------------------------------------------------------

def test_an_item_printing_only_its_partner_takes_its_lead_heading_s_lead(tmp_path):
    # fires: (县文旅局配合) names no lead; the heading's 县商务局 leads, 县文旅局 assists
    document = read_text(tmp_path, "一、县商务局牵头工作\n1.建立联络机制。(县文旅局配合)\n2.完善名录。(县文旅局、县税务局协助)\n")
    assert [owners(m) for m in document.measures] == [[("县商务局", "lead"), ("县文旅局", "assist")],
                                                      [("县商务局", "lead"), ("县文旅局", "assist"), ("县税务局", "assist")]]
    assert "responsibility_on_heading" not in [w.code for w in document.warnings]


def test_an_item_printing_its_own_lead_beside_its_partner_keeps_it(tmp_path):
    # quiet: (县发改局牵头，县财政局配合) names its own lead; the heading's is warned as not its
    document = read_text(tmp_path, "一、县商务局牵头工作\n1.建立联络机制。(县文旅局配合)\n2.完善名录。(县发改局牵头，县财政局配合)\n")
    assert owners(document.measures[1]) == [("县发改局", "lead"), ("县财政局", "assist")]
    assert "responsibility_on_heading" in [w.code for w in document.warnings]


def test_an_item_printing_a_body_that_carries_it_out_keeps_it(tmp_path):
    # quiet: (县发改局负责) carries the item out, no partner alone
    document = read_text(tmp_path, "一、县商务局牵头工作\n1.建立联络机制。(县文旅局配合)\n2.完善名录。(县发改局负责)\n")
    assert owners(document.measures[1]) == [("县发改局", "carry_out")]


def test_a_labelled_list_ending_in_a_partner_phrase_is_not_read_as_partners_only(tmp_path):
    # quiet: (责任单位:县文旅局配合) is a list its label names responsible, whatever phrase follows it
    document = read_text(tmp_path, "一、县商务局牵头工作\n1.建立联络机制。(责任单位:县文旅局配合)\n2.完善名录。\n")
    assert owners(document.measures[0]) == [("县文旅局", "assist")]



def test_a_partner_under_a_heading_naming_no_lead_is_given_none(tmp_path):
    # quiet: 一、加强组织领导 names no lead — (县文旅局配合) stays the item's only owner, no lead invented
    document = read_text(tmp_path, "一、加强组织领导\n1.建立联络机制。(县文旅局配合)\n2.完善名录。(县发改局负责)\n")
    assert owners(document.measures[0]) == [("县文旅局", "assist")]


def test_a_partner_named_inside_the_item_s_sentence_is_not_read_as_its_partner(tmp_path):
    # quiet: 与县文旅局配合开展… is the task's sentence, not a bracket of partners — the heading's lead alone, warned
    document = read_text(tmp_path, "一、县商务局牵头工作\n1.建立联络机制，与县文旅局配合开展专项行动。\n2.完善名录。\n")
    first = document.measures[0]
    assert (owners(first), [w.code for w in first.warnings if w.code == "responsibility_on_heading"]) == (
        [("县商务局", "lead")], ["responsibility_on_heading"])

# --- an owners' bracket left open at the item's end --------------------------------------------------------------

def test_an_owners_bracket_left_open_where_the_next_item_runs_on_is_read_up_to_its_number():
    # fires (a real page): …(牵 头单位:乡村振兴办责任单位:规建办、各村(社区)4 .对主次干道… — item 3's owners, item 4 its own
    measures = read_document(TOWN_2023).measures
    third, fourth = measures[2], measures[3]
    assert owners(third) == [("乡村振兴办", "lead"), ("规建办", "carry_out"), ("各村(社区)", "carry_out")]
    assert [w.message for w in third.warnings if w.code == "owners_bracket_open"] == [
        "this measure's owners' bracket is never closed (`(牵 头单位:乡村振兴办责任单位:规建办、各村(社区)`, the next item "
        "opening right after it): its owners are read up to the item's end — check the page for a closer lost in the copy"]
    assert fourth.text.startswith("对主次干道沿线建筑垃圾渣土开展专项清理行动")


def test_an_owners_bracket_left_open_where_its_line_ends_is_read_to_the_line_s_end(tmp_path):
    # fires: the line ends on a whole name, the next line opens item 2
    document = read_text(tmp_path, "一、工作任务\n1.建立联络机制，定期会商。（牵头单位：县发改局、县财政局\n"
                                   "2.完善名录。（牵头单位：县商务局）\n")
    first, second = document.measures
    assert (first.text, owners(first)) == ("建立联络机制，定期会商。", [("县发改局", "lead"), ("县财政局", "lead")])
    assert "owners_bracket_open" in [w.code for w in first.warnings]
    assert (second.text, owners(second)) == ("完善名录。", [("县商务局", "lead")])


def test_the_next_item_run_on_after_an_open_bracket_is_never_read_into_it(tmp_path):
    # fires: …县财政局 2.完善名录。 on one line — item 2 is its own measure, not item 1's text or owners
    document = read_text(tmp_path, "一、工作任务\n1.建立联络机制，定期会商。（牵头单位：县发改局、县财政局 2.完善名录。"
                                   "（牵头单位：县商务局）\n")
    assert [(m.number, m.text, owners(m)) for m in document.measures] == [
        (1, "建立联络机制，定期会商。", [("县发改局", "lead"), ("县财政局", "lead")]),
        (2, "完善名录。", [("县商务局", "lead")])]


def test_owners_wrapped_over_lines_are_no_open_bracket(tmp_path):
    # quiet: the line ends on 、, the next line closes the bracket — one list, no warning
    document = read_text(tmp_path, "一、工作任务\n1.建立联络机制，定期会商。（牵头单位：县发改局、\n县财政局）\n"
                                   "2.完善名录。（牵头单位：县商务局）\n")
    first = document.measures[0]
    assert owners(first) == [("县发改局", "lead"), ("县财政局", "lead")]
    assert "owners_bracket_open" not in [w.code for m in document.measures for w in m.warnings]


def test_a_number_not_the_next_item_s_closes_no_open_bracket(tmp_path):
    # quiet: 3. after item 1's open bracket numbers no item after 1 — nothing is cut there, read as without the rule
    document = read_text(tmp_path, "一、工作任务\n1.建立联络机制。（牵头单位：县发改局 3.加强督查。（牵头单位：县政府办）\n")
    assert [(m.number, owners(m), [w.code for w in m.warnings if w.code == "owners_bracket_open"])
            for m in document.measures] == [(1, [("县政府办", "lead")], [])]



def test_an_open_bracket_over_the_item_s_first_sub_item_is_read_as_printed(tmp_path):
    # quiet: (1) under 1. opens the item's own parts, which the bracket may go on over — no item ends there, nothing cut
    document = read_text(tmp_path, "一、工作任务\n1.建立联络机制，定期会商。（牵头单位：县发改局、县财政局\n（1）建立台账。\n"
                                   "（2）定期通报。）\n2.完善名录。（牵头单位：县商务局）\n")
    first = document.measures[0]
    assert (first.text, owners(first), [w.code for w in first.warnings]) == (
        "建立联络机制，定期会商。（牵头单位：县发改局、县财政局（1）建立台账。（2）定期通报。）", [], ["responsibility_missing"])


def test_an_open_bracket_before_the_next_heading_is_read_to_the_line_s_end(tmp_path):
    # fires: 二、 after item 1's line is an outer heading's number past the first — item 1 ends there
    document = read_text(tmp_path, "一、工作任务\n1.建立联络机制，定期会商。（牵头单位：县发改局、县财政局\n二、保障措施\n"
                                   "1.完善名录。（牵头单位：县商务局）\n")
    first = document.measures[0]
    assert (first.text, owners(first)) == ("建立联络机制，定期会商。", [("县发改局", "lead"), ("县财政局", "lead")])
    assert [w.code for w in first.warnings if w.code == "owners_bracket_open"] == ["owners_bracket_open"]

# --- a head naming only the lead of its numbered items ----------------------------------------------------------

def test_a_lead_title_over_numbered_items_is_their_head():
    # fires (a real page): (三)省编办牵头的工作 / 1.深化… / 2.积极稳妥… / 协同单位:省财政厅、… — 1 and 2 are the measures
    measures = read_document(SHANXI_2008).measures
    first, second = measures[2], measures[3]
    assert [(m.number_raw, m.heading_path) for m in (first, second)] == [
        ("1.", ["孟学农省长负责的工作", "省编办牵头的工作"]), ("2.", ["孟学农省长负责的工作", "省编办牵头的工作"])]
    assert first.text == "深化行政管理体制改革,优化政府机构设置。"
    assert owners(first) == [("省编办", "lead")]
    assert owners(second) == [("省编办", "lead"), ("省财政厅", "assist"), ("省人事厅", "assist"), ("省农业厅", "assist"),
                              ("各市人民政府", "assist")]


def test_a_lead_title_over_a_task_with_no_items_stays_a_measure():
    # quiet (a real page): (一)省监察厅牵头的工作 / 加强行政监察工作,… — no numbered items under it: measure (一)
    first = read_document(SHANXI_2008).measures[0]
    assert (first.number_raw, first.heading_path, owners(first)) == ("(一)", ["孟学农省长负责的工作"], [("省监察厅", "lead")])


def test_a_task_under_its_lead_title_beside_a_lead_head_is_a_measure(tmp_path):
    # fires: (一) heads 1. 2.; (二)省审计厅牵头的工作 / its task on the next line is a measure led by its title's body
    document = read_text(tmp_path, "一、工作任务\n(一)省监察厅牵头的工作\n1.建立健全行政监察工作台账，定期通报全省行政监察情况。\n"
                                   "2.定期会商。\n协同单位：省财政厅\n(二)省审计厅牵头的工作\n"
                                   "加强行政监察工作,全面落实政府系统党风廉政建设责任制。\n")
    assert [(m.number_raw, m.heading_path, owners(m)) for m in document.measures] == [
        ("1.", ["工作任务", "省监察厅牵头的工作"], [("省监察厅", "lead")]),
        ("2.", ["工作任务", "省监察厅牵头的工作"], [("省监察厅", "lead"), ("省财政厅", "assist")]),
        ("(二)", ["工作任务"], [("省审计厅", "lead")])]


def test_a_task_beside_a_lead_head_under_a_person_s_title_stays_a_measure(tmp_path):
    # quiet: (二)于幼军省长负责的工作 names a person, no body — no lead is read from it, and the task stays measure (二)
    # with its owners said missing, as before (一) was read as a head (never left unread)
    document = read_text(tmp_path, "一、工作任务\n(一)省监察厅牵头的工作\n1.建立台账。\n2.定期会商。\n协同单位：省财政厅\n"
                                   "(二)于幼军省长负责的工作\n强化审计监督。\n")
    last = document.measures[-1]
    assert (last.number_raw, last.text, owners(last), [w.code for w in last.warnings]) == (
        "(二)", "于幼军省长负责的工作强化审计监督。", [], ["responsibility_missing"])
    assert "item_unread" not in [w.code for w in document.warnings]


def test_a_sentence_ending_in_lead_words_over_its_parts_stays_one_measure(tmp_path):
    # quiet: 1.完善由省商务厅牵头的工作 names no body alone (a sentence): its (1) (2) are its text, the line after them its own
    document = read_text(tmp_path, "一、工作任务\n1.完善由省商务厅牵头的工作\n(1)建立台账。\n(2)定期会商。\n责任单位：省发改委\n"
                                   "2.加强督查。（责任单位：省政府办公厅）\n")
    first = document.measures[0]
    assert (first.number_raw, first.text, owners(first)) == (
        "1.", "完善由省商务厅牵头的工作(1)建立台账。(2)定期会商。", [("省发改委", "carry_out")])


# --- places, then the document's own government ------------------------------------------------------------------

def _bodies(document, index=0):
    return [(d.raw, d.id) for d in document.measures[index].departments]


def test_the_own_government_after_a_county_level_city_s_places_is_its_own(tmp_path):
    # fires: 昆山市 is a county-level city, so 市政府 after 各镇（区）、 is its own government, not part of a collective
    document = read_text(tmp_path, "昆山市人民政府办公室关于印发昆山市农村公路建设实施方案的通知\n一、工作任务\n"
                                   "1.建立联络机制，定期会商。（责任单位：市交通局、各镇（区）、市政府）\n")
    assert _bodies(document) == [("市交通局", "320583-transport_bureau"), ("各镇（区）政府", None),
                                 ("市政府", "320583-people_government")]


def test_the_city_s_government_after_a_county_s_places_is_the_city_s(tmp_path):
    # fires: in 城固县's plan 各镇、市政府 is every town's government and 汉中's (the city over the county)
    document = read_text(tmp_path, "城固县人民政府办公室关于印发城固县农村公路建设实施方案的通知\n一、工作任务\n"
                                   "1.建立联络机制，定期会商。（责任单位：县财政局、各镇、市政府）\n")
    assert _bodies(document) == [("县财政局", "610722-finance_bureau"), ("各镇政府", "610722-subordinate-people_government"),
                                 ("市政府", "610700-people_government")]


def test_places_under_a_city_before_their_government_stay_one_collective(tmp_path):
    # quiet: 区 and 县 name places under 无锡 (round 39's firing cases): one collective each
    document = read_text(tmp_path, "无锡市人民政府办公室关于印发无锡市农村公路建设实施方案的通知\n一、工作任务\n"
                                   "1.建立联络机制，定期会商。（责任单位：市交通局、各市(县)、区政府）\n"
                                   "2.完善名录。（责任单位：市财政局、各市、县人民政府）\n")
    assert _bodies(document, 0) == [("市交通局", "320200-transport_bureau"),
                                    ("各市(县)、区政府", "320200-subordinate-people_government")]
    assert _bodies(document, 1) == [("市财政局", "320200-finance_bureau"),
                                    ("各市、县人民政府", "320200-subordinate-people_government")]


def test_a_plan_whose_place_is_unknown_keeps_the_one_collective(tmp_path):
    # quiet: no place read, so nothing tells 市 the document's own: today's reading, one name
    document = read_text(tmp_path, "关于印发农村公路建设实施方案的通知\n一、工作任务\n"
                                   "1.建立联络机制，定期会商。（责任单位：市交通局、各县（区）、市政府）\n")
    assert _bodies(document) == [("市交通局", None), ("各县（区）、市政府", None)]


def test_a_city_s_level_word_over_a_county_under_a_prefecture_not_a_city_stays_one_name(tmp_path):
    # quiet: 布尔津县 lies under 阿勒泰地区, no 市 — 市政府 names no place above it, so nothing is split or placed
    document = read_text(tmp_path, "布尔津县人民政府办公室关于印发布尔津县农村公路建设实施方案的通知\n一、工作任务\n"
                                   "1.建立联络机制，定期会商。（责任单位：县财政局、各乡镇、市政府）\n")
    assert _bodies(document) == [("县财政局", "654321-finance_bureau"), ("各乡镇、市政府", None)]


def test_a_department_of_a_tier_above_the_plan_s_place_is_not_handed_to_its_places(tmp_path):
    # quiet: 各镇、省财政厅 in 城固县's plan would make 各镇财政厅, a province's kind for towns: one name, as before
    document = read_text(tmp_path, "城固县人民政府办公室关于印发城固县农村公路建设实施方案的通知\n一、工作任务\n"
                                   "1.建立联络机制，定期会商。（责任单位：县财政局、各镇、省财政厅）\n")
    assert _bodies(document) == [("县财政局", "610722-finance_bureau"), ("各镇、省财政厅", None)]
