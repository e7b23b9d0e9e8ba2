"""A page printing no issuer, 文号 or level whose title opens with a county's name alone (岳陽樓區(qū)2017年…完成情况表)
is that county's where its words speak as the county's (区公安分局, 区人社局: pilotplans.normalizers.place
``_speaks_as_county``) — in its lines, or in its table's cells: a table copied one cell a line with `|` marks is read
as a grid, its owners (區(qū)公安分局) no line of the page's head (tests/fixtures/tables-blind35, the 岳阳楼 mirror).
A table whose cells speak as a city's (市公安局) places the page nowhere by its title."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_layout
from pilotplans.parsers.metadata import read_metadata

PAGE = (Path(__file__).parent / "fixtures" / "tables-blind35"
        / "yueyanglou-2017-provincial-livelihood-projects-progress-traditional-cell-per-line-pipes-rowspan-owner-cut.txt")


def _metadata(text: str):
    layout = read_layout(text.encode("utf-8"), "page.txt")
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)


def test_a_county_titled_page_whose_table_speaks_as_the_county_is_the_county_s():
    found = _metadata(PAGE.read_text(encoding="utf-8"))
    assert (found.region, found.level) == ("岳阳楼区", "county")


def test_the_table_is_read_as_a_grid_its_owners_no_line_of_the_head():
    layout = read_layout(PAGE.read_bytes(), str(PAGE))
    assert (len(layout.grids), [p.text for p in layout.paragraphs][:3]) == (
        1, ["岳陽樓區(qū)2017年1-8月省重點(diǎn)民生實(shí)事完成情況表", "來源:區(qū)實(shí)事辦", "2017-08-24 17:04"])


def test_the_same_table_speaking_as_a_city_places_it_nowhere():
    # the head's 區(qū)實(shí)事辦 and every owner a city's body: nothing on the page speaks as the county
    text = PAGE.read_text(encoding="utf-8").replace("區(qū)公安分局", "市公安局").replace("區(qū)人社局", "市人社局") \
        .replace("區(qū)民政局", "市民政局") \
        .replace("來源:區(qū)實(shí)事辦", "來源:市實事辦")
    found = _metadata(text)
    assert (found.region, found.level) == (None, None)


def test_a_table_naming_other_counties_bodies_places_it_nowhere():
    # 君山區公安分局, 岳陽縣人社局: bodies of the city's other counties, none speaking as 岳阳楼区 itself
    text = PAGE.read_text(encoding="utf-8").replace("來源:區(qū)實(shí)事辦", "來源:市實事辦") \
        .replace("區(qū)公安分局", "君山區(qū)公安分局").replace("區(qū)人社局", "岳陽縣人社局") \
        .replace("區(qū)民政局", "雲溪區(qū)民政局")
    found = _metadata(text)
    assert (found.region, found.level) == (None, None)
