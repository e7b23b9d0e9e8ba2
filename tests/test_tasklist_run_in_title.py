"""A heading a page copied as one line ran into its paragraph ends its title at the closing quotation mark its
paragraph's first sentence follows, opening with its time (（一）举办“…展销会”从5月中旬开始，…); a heading printed
on a line of its own, a quotation that a stop closes or words going on from the quotation are not cut so."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.tasklist import run_in_title
from tests.conftest import FIXTURES

PAGES = FIXTURES / "unseen-pages"
_HEADING = "举办“穿靓幸福南城服装展销会”从5月中旬开始,在华东服装城广场,组织商城内品牌服装进行展销活动。"


def test_a_one_line_copy_s_heading_ends_its_title_at_the_closing_quotation_mark():
    document = read_document(PAGES / "page-mark-in-one-line-copy.txt")
    heading = document.tables[0].headings[0]
    assert (heading.title, heading.description, document.measures[0].heading_path) == (
        "举办“穿靓幸福南城服装展销会”", "从5月中旬开始,在华东服装城广场,组织商城内品牌服装进行展销活动。",
        ["举办“穿靓幸福南城服装展销会”"])


def test_the_same_heading_on_a_line_of_its_own_keeps_its_text_whole(tmp_path: Path):
    page = tmp_path / "heading-on-its-line.txt"
    page.write_text(f"某区促进消费实施意见\n一、精心策划促销活动\n(一){_HEADING}\n1、此项活动由区商贸旅游局负责。\n"
                    "2、由区商贸旅游局牵头，区财政局配合，做好保障。\n", encoding="utf-8")
    assert read_document(page).measures[0].heading_path[-1] == _HEADING


@pytest.mark.parametrize("text", [
    "开展“放心消费”,提升消费环境。",  # the quotation closes its clause: a stop, not the title's lost line end
    "组织“五进”活动进社区,扩大宣传。",  # the title's words go on after the quotation
    "以“放心消费”为主题,组织开展系列活动。",
    "举办“穿靓幸福南城服装展销会”,从5月中旬开始组织展销。",  # a stop after the quotation: no line end lost there
])
def test_a_quotation_not_followed_by_its_paragraph_s_words_cuts_nothing(text: str):
    assert run_in_title(text) == text
