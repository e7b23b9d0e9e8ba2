"""The review of meta47: near misses of its rules that read wrong output, each mended with a case where the rule
fires and one where it must stay quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans.parsers.interpret.vocabulary import vocabulary
from tests.page_metadata import read_text


# --- a sample site's collection title: page furniture only with the site's word for its collection -----------------

def test_a_collection_title_with_the_site_s_word_in_or_before_its_count_is_page_furniture():
    assert [vocabulary().is_page_furniture(text) for text in (
        "产业发展实施方案(实用13篇)", "工作计划范文(通用5篇)", "实施方案精选(10篇)")] == [True, True, True]


def test_a_plan_s_line_closed_by_a_count_of_pieces_it_sets_keeps_its_words(tmp_path: Path):
    # before: 全年编发简报（12篇） and 形成高质量调研报告（3篇）, each alone on its line, were dropped as a sample site's
    # collection title, and the measures lost them
    document = read_text(tmp_path, "某某县宣传工作实施方案\n为做好宣传工作，制定本方案。\n一、主要任务\n1.加强新闻宣传。\n"
                                   "在省级以上媒体刊发稿件\n全年编发简报（12篇）\n（牵头单位：县委宣传部）\n2.加强理论研究。\n"
                                   "形成高质量调研报告（3篇）\n（牵头单位：县社科联）\n")
    assert [measure.text for measure in document.measures] == [
        "加强新闻宣传。在省级以上媒体刊发稿件全年编发简报（12篇）", "加强理论研究。形成高质量调研报告（3篇）"]
