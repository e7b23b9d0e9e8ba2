"""The prose reader's leftovers of rounds 38–39 (docs/reading.md, mend40), each with a page where it fires and a near
miss where it stays quiet:

- a lead heading (一、县商务局牵头工作) over an item printing only its partner in a bracket with no label ((县文旅局配合)):
  the item takes the heading's lead beside its partner, where it kept 县文旅局配合 as its whole owner;
- an owners' bracket its copy leaves open where the item ends (…（牵头单位：县发改局、县财政局 and the line ends, or the next
  item's number runs on after its last name): read up to the item's end and warned ``owners_bracket_open``, the
  next item never read into it; a list wrapped over lines (its line ending on 、) stays the line reader's;
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import owners, read_text

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
