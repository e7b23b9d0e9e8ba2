"""The prose reader's leftovers of rounds 38–39 (docs/reading.md, mend40), each with a page where it fires and a near
miss where it stays quiet:

- a lead heading (一、县商务局牵头工作) over an item printing only its partner in a bracket with no label ((县文旅局配合)):
  the item takes the heading's lead beside its partner, where it kept 县文旅局配合 as its whole owner;
"""

from __future__ import annotations

from tests.page_metadata import owners, read_text


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
