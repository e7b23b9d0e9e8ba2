"""A page of several task cards, each printing its items numbered from 1 and closing with its owners and a
contact line (责任单位：X / 联系人：Y): each card's numbering is its own, no number repeated; without the contact
line closing a card the numbers printed again are still duplicates."""

from __future__ import annotations

from pathlib import Path

from pilotplans.ingest.pipeline import read_document

_CARD = ("{title}\n【目标任务】\n{goal}\n【推进措施】\n{items}责任单位:{owner}\n{contact}")
_CONTACT = "联 系 人:{name}\n联系电话:3236601\n"


def _page(tmp_path: Path, contact: bool) -> Path:
    cards = [("放心消费行动", "培育市级放心消费单位不少于40个。", ["开展放心满意消费培育活动。", "将培育指标纳入考核。"],
              "市市场监督管理局", "孙学明"),
             ("夜间经济行动", "打造夜间经济集聚区3个。", ["培育夜间消费地标。", "延长商业网点营业时间。", "开展夜间促消费活动。"],
              "市商务局", "李明")]
    text = "某市2021年促进消费工作任务清单\n" + "".join(
        _CARD.format(title=title, goal=goal, items="".join(f"{n}.{t}\n" for n, t in enumerate(items, start=1)),
                     owner=owner, contact=_CONTACT.format(name=name) if contact else "")
        for title, goal, items, owner, name in cards)
    page = tmp_path / "cards.txt"
    page.write_text(text, encoding="utf-8")
    return page


def _duplicates(document) -> list[int]:
    return [m.number for m in document.measures if any(w.code == "number_duplicate" for w in m.warnings)]


def test_cards_closed_by_their_contact_lines_each_number_their_items_from_1(tmp_path: Path):
    document = read_document(_page(tmp_path, contact=True))
    assert ([(m.number, m.responsibility) for m in document.measures], _duplicates(document)) == (
        [(1, "市市场监督管理局"), (2, "市市场监督管理局"), (1, "市商务局"), (2, "市商务局"), (3, "市商务局")], [])


def test_numbers_printed_again_with_no_contact_line_closing_a_card_are_duplicates(tmp_path: Path):
    assert _duplicates(read_document(_page(tmp_path, contact=False))) == [1, 2]


def test_items_each_closed_by_their_own_contact_line_are_a_list_whose_numbers_printed_again_are_duplicates(
        tmp_path: Path):
    items = [("开展放心满意消费培育活动。", "市市场监督管理局", "孙学明"), ("将培育指标纳入考核。", "市商务局", "李明"),
             ("培育夜间消费地标。", "市文旅局", "王刚"), ("延长商业网点营业时间。", "市商务局", "李明")]
    page = tmp_path / "items-each-with-a-contact.txt"
    page.write_text("某市2021年促进消费工作任务清单\n一、放心消费行动\n" + "".join(
        f"{n}.{text}\n责任单位:{owner}\n联系人:{name}\n" for n, (text, owner, name) in zip((1, 2, 1, 2), items)),
        encoding="utf-8")
    document = read_document(page)
    assert ([m.responsibility for m in document.measures], _duplicates(document)) == (
        ["市市场监督管理局", "市商务局", "市文旅局", "市商务局"], [1, 2])
