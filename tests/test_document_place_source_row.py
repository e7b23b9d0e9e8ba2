"""A web page's 来源/来自 row naming a place's government site or office (来自:襄阳市政府门户网站,
来源:苍南县人民政府办公室) places a document that names its place nowhere else, as the page's head does
(pilotplans.normalizers.place.place_of_site); a row naming no government, or left empty, places nothing."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_a_city_portal_named_in_the_source_row_places_a_notice_naming_only_市():
    # 市人民政府关于进一步优化营商环境的实施方案 / 来自:襄阳市政府门户网站 时间:2018-11-22 (before: no place)
    path = FIXTURES / "places-blind" / "xiangyang-2018-city-portal-time-row.txt"
    found = _metadata(path.read_text("utf-8").splitlines())
    assert (found.level, found.region, found.region_named_in) == ("municipal", "襄阳", "site")


def test_a_county_office_named_in_the_source_row_places_its_progress_table():
    # • 发布日期:2022-12-14 / • 来源:苍南县人民政府办公室 (before: county level, no place)
    document = read_document(FIXTURES / "text-tables" / "blind5" / "cangnan-2022-progress-cells.txt")
    assert (document.level, document.region) == ("county", "苍南县")


def test_a_newspaper_named_in_the_source_row_places_nothing():
    found = _metadata(["市人民政府关于进一步优化营商环境的实施方案", "来源:经济日报 时间:2018-11-22",
                       "各县(市、区)人民政府:", "特制定本实施方案。"])
    assert found.region is None


def test_an_empty_source_row_takes_no_doc_no_for_its_value():
    # 山西 2022: 发布日期:… 来源: (empty) over the 文号 line
    path = FIXTURES / "prose-blind9" / "shanxi-2022-province-owners-then-responsible.txt"
    assert _metadata(path.read_text("utf-8").splitlines()).doc_no == "晋政办发〔2022〕35号"


def _on_site(lines, site):
    return read_metadata([Paragraph(text=line) for line in lines], site=site)


def test_a_source_row_naming_another_place_s_government_places_a_page_another_city_s_site_republished():
    # 武汉's site republishing 襄阳's notice (来源 says whose it is): 襄阳's, not the site's
    found = _on_site(["市人民政府关于进一步优化营商环境的实施方案", "来源:襄阳市人民政府门户网站", "各县(市、区)人民政府:",
                      "特制定本实施方案。"], ["关于进一步优化营商环境的实施方案_武汉市人民政府"])
    assert (found.level, found.region) == ("municipal", "襄阳")


def test_a_source_row_naming_the_province_places_its_notice_a_city_s_site_republished():
    found = _on_site(["省人民政府关于进一步优化营商环境的实施方案", "来源:湖北省人民政府门户网站", "各市、州人民政府:",
                      "特制定本实施方案。"], ["关于进一步优化营商环境的实施方案_武汉市人民政府"])
    assert (found.level, found.region) == ("provincial", "湖北")


def test_a_source_row_naming_no_place_leaves_the_page_s_site_to_place_it():
    found = _on_site(["市人民政府关于进一步优化营商环境的实施方案", "来源:市人民政府办公室", "各县(市、区)人民政府:",
                      "特制定本实施方案。"], ["关于进一步优化营商环境的实施方案_武汉市人民政府"])
    assert (found.level, found.region) == ("municipal", "武汉")


def test_an_empty_source_row_over_the_issuer_s_line_leaves_it_to_the_notice():
    found = _metadata(["发布时间：2021-04-20", "来源：", "襄阳市人民政府办公室", "关于印发服务业扩大开放若干措施的通知",
                       "各县（市、区）人民政府：", "现印发给你们。"])
    assert (found.title, found.issuer) == ("襄阳市人民政府办公室关于印发服务业扩大开放若干措施的通知", "襄阳市人民政府办公室")


def test_an_empty_source_row_over_the_title_leaves_it_the_title():
    found = _metadata(["来源：", "襄阳市人民政府办公室关于印发服务业扩大开放若干措施的通知", "各县（市、区）人民政府：",
                       "现印发给你们。"])
    assert (found.title, found.region) == ("襄阳市人民政府办公室关于印发服务业扩大开放若干措施的通知", "襄阳")


def test_a_source_printed_as_the_list_item_after_its_label_is_read():
    found = _metadata(["- 来源:", "- 襄阳市人民政府门户网站", "市人民政府关于进一步优化营商环境的实施方案",
                       "各县(市、区)人民政府:", "特制定本实施方案。"])
    assert (found.level, found.region, found.region_named_in) == ("municipal", "襄阳", "site")
