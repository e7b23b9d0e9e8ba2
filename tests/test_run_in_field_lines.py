"""``next_cut`` on a field line (pilotplans/parsers/interpret/run_in.py): the next heading run into the field line's
last name, its title run into the first item under it, is where the line ends; a number after the name that opens no
heading (二、三产业…, a phrase of the value's sentence) cuts nothing. On an item's own line, a label its sentence names
as a word's object (定期向牵头单位:县政府办报告…) opens no field line."""

from __future__ import annotations

from pilotplans.normalizers.numbers import find_item_marker
from pilotplans.parsers.interpret.run_in import next_cut
from tests.page_metadata import owners, read_text

# 一、… / （一）… / 3.… open, the last numbers read 一、 (一) 3.
_OPEN = [find_item_marker("一、x"), find_item_marker("（一）x"), find_item_marker("3.x")]
_LAST = {marker.style: marker.number.value for marker in _OPEN}


def test_a_field_line_ends_where_the_next_heading_runs_into_its_last_name():
    # …责任单位:市发改委二、重点工作(一)稳增长。4.…: 二、 follows the open 一、, its title runs into its (一)
    text = "责任单位:市发改委二、重点工作(一)稳增长。4.实施项目。"
    assert next_cut(text, _OPEN, _LAST) == text.index("二、")


def test_a_number_after_a_field_line_s_name_opening_no_heading_cuts_nothing():
    # 二、三产业: a phrase going on in the value, no title run into a first item after it
    text = "责任单位:市发改委二、三产业协调发展。"
    assert next_cut(text, _OPEN, _LAST) == len(text)


def test_a_heading_number_not_following_the_open_one_cuts_no_field_line_at_it():
    # 三、 after the open 一、 is no next heading: the line is cut only at the sentence's end before 4.
    text = "责任单位:市发改委三、重点工作(一)稳增长。4.实施项目。"
    assert next_cut(text, _OPEN, _LAST) == text.index("4.")


# --- a label a sentence only names ---------------------------------------------------------------------------

def test_a_label_a_sentence_names_as_its_object_cuts_no_item_s_line():
    text = "1.建立工作台账,定期向牵头单位:县政府办报告进展情况。"
    assert next_cut(text, [], {}) == len(text)


def test_an_item_naming_a_label_in_its_sentence_keeps_it_as_text(tmp_path):
    document = read_text(tmp_path, "一、工作任务\n1.建立工作台账,定期向牵头单位:县政府办报告进展情况。\n责任单位:县发改局\n")
    measure = document.measures[0]
    assert (measure.text, owners(measure)) == ("建立工作台账,定期向牵头单位:县政府办报告进展情况。", [("县发改局", "carry_out")])


def test_a_label_after_such_a_word_whose_value_names_a_body_opens_a_field_line():
    # 坚持问题导向 / 牵头单位:县委办: 向 closes the text's last word; the value is a body's name
    text = "1.坚持问题导向牵头单位:县委办"
    assert next_cut(text, [], {}) == text.index("牵头单位")


def test_a_label_closing_a_noun_phrase_of_the_sentence_after_a_conjunction_or_the_possessive_cuts_nothing():
    # 的, 及 stay among label_object_words: cut there, the item's text would end on 的 or 及
    texts = ["1.开展专项整治行动的完成时限:2024年9月底前", "1.建立健全考核机制及完成时限:2024年6月底前"]
    assert [next_cut(text, [], {}) for text in texts] == [len(text) for text in texts]


def test_an_item_naming_a_deadline_label_in_its_phrase_keeps_it_as_text(tmp_path):
    document = read_text(tmp_path, "一、工作任务\n1.开展专项整治行动的完成时限:2024年9月底前\n责任单位:县市场监管局\n")
    measure = document.measures[0]
    assert (measure.text, owners(measure)) == ("开展专项整治行动的完成时限:2024年9月底前", [("县市场监管局", "carry_out")])
