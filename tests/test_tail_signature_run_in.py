"""A page's signature run into its last numbered line (附件:1.… / 2.…公示名单。 / 湘西州住房和城乡建设局(州人民防空
办公室)): the bracket is the signing body's second name, no owners of the line (a real 公示 page, 湘西州 2021,
read as one measure owned by 州人民防空办公室 before)."""

from pilotplans.parsers.interpret.fields import find_tail


def test_a_signature_s_second_name_after_the_last_sentence_is_no_owner():
    assert find_tail("第一批湘西州传统村落公示名单。湘西州住房和城乡建设局(州人民防空办公室)") is None


def test_quiet_an_owners_bracket_after_a_sentence_stays():
    tail = find_tail("完成整改工作。(市住建局、市人防办)")
    assert tail is not None and tail.fields.assigns


def test_quiet_one_owner_closing_a_sentence_stays():
    tail = find_tail("加强建筑工地扬尘管理(市住建局)。")
    assert tail is not None and tail.fields.assigns
    assert tail.text == "加强建筑工地扬尘管理。"


def test_quiet_a_body_alone_in_its_bracket_after_a_sentence_stays():
    # the bracket after a sentence's stop is the item's owners, one body or several
    tail = find_tail("推进人防工程建设。（市人防办）")
    assert tail is not None and tail.fields.assigns
