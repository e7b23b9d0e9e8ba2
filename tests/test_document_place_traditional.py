"""A plan's title printed in traditional characters is placed as its simplified form would be: the
gazetteer writes places in simplified characters (重庆, 两江新区), and the title is read folded."""

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document


def _plan(tmp_path: Path, title: str, bodies: str) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(f"{title}\n一、總體要求\n1.支持服務貿易企業開拓國際市場。（責任單位：{bodies}）\n"
                    f"2.推進服務外包轉型升級。（責任單位：{bodies}）\n", "utf-8")
    return path


@pytest.mark.parametrize("title", ["重慶兩江新區推進服務貿易創新發展實施方案", "兩江新區推進服務貿易創新發展實施方案"])
def test_a_traditional_title_naming_a_new_area_reads_the_new_area(tmp_path, title):
    document = read_document(_plan(tmp_path, title, "區商務局、區財政局"))
    assert (document.level, document.region) == ("municipal", "两江新区")
    assert [d.id for d in document.measures[0].departments] == [
        "500000-liangjiang-commerce_bureau", "500000-liangjiang-finance_bureau"]


def test_a_traditional_title_naming_a_city_reads_the_city(tmp_path):
    document = read_document(_plan(tmp_path, "廈門市推進服務貿易創新發展實施方案", "市商務局、市財政局"))
    assert (document.level, document.region) == ("municipal", "厦门")


def test_the_same_title_in_simplified_characters_reads_the_same_new_area(tmp_path):
    document = read_document(_plan(tmp_path, "重庆两江新区推进服务贸易创新发展实施方案", "区商务局、区财政局"))
    assert (document.level, document.region) == ("municipal", "两江新区")


def test_a_simplified_title_naming_a_place_folding_would_change_reads_the_place_as_printed(tmp_path):
    # 乾安县 (吉林 松原) is simplified as printed; folded a character at a time it is 干安县, which no gazetteer
    # names: the title is read as printed where its folded form names no place
    document = read_document(_plan(tmp_path, "乾安县推进服务贸易创新发展实施方案", "县商务局、县财政局"))
    assert (document.level, document.region) == ("county", "乾安县")
    assert [d.id for d in document.measures[0].departments] == ["220723-commerce_bureau", "220723-finance_bureau"]
