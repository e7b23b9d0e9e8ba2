"""A web page whose document names its place nowhere (no place in title, issuer, 文号 or notice) is
placed by the site its head names (``<meta name="SiteName">``, the last part of its ``<title>``),
when that is one place's government and its bodies speak at that place's level
(pilotplans.normalizers.place.place_of_site)."""

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document

PAGE = Path(__file__).parent / "fixtures" / "web-pages" / "site-name-in-head-only.html"


def _region_warnings(document):
    return [(w.code, w.message) for w in document.warnings if w.code.startswith("region_")]


def test_a_page_naming_its_place_only_in_its_site_name_is_placed_there():
    document = read_document(PAGE)
    assert (document.title, document.issuer, document.level, document.region) == (
        "关于印发进一步促进消费若干措施的通知", None, "municipal", "济南")
    assert _region_warnings(document) == [("region_inferred", (
        "the document's metadata names no region; taken from its web page's site name 济南市人民政府, "
        "which names 济南"))]
    assert [d.id for d in document.measures[0].departments] == ["370100-commerce_bureau", "370100-finance_bureau"]


@pytest.mark.parametrize(("meta", "title", "region"), [
    ("", "关于印发进一步促进消费若干措施的通知_济南市人民政府", "济南"),  # the <title>'s last part alone
    ("", "济南市人民政府门户网站", "济南"),
    ("中国政府网", "关于印发进一步促进消费若干措施的通知_中国政府网", None),  # no place's government
    ("", "关于印发进一步促进消费若干措施的通知_政策文件_首都之窗", None),  # a site of no government word
    ("", "关于印发进一步促进消费若干措施的通知", None),  # the document's own title, no site
    ("", "济南市人民政府关于印发进一步促进消费若干措施的通知", None),  # a title, not a site's name
])
def test_only_a_site_of_one_place_s_government_places_a_page(tmp_path, meta, title, region):
    html = PAGE.read_text("utf-8").replace("济南市人民政府\">", f"{meta}\">", 1).replace(
        "<title>关于印发进一步促进消费若干措施的通知_济南市人民政府</title>", f"<title>{title}</title>", 1)
    path = tmp_path / "page.html"
    path.write_text(html if meta else html.replace('<meta name="SiteName" content="">\n', ""), "utf-8")
    document = read_document(path)
    assert document.region == region
    # unplaced, its bodies written 市… still make it a city's plan, whose city is unknown
    assert [code for code, _ in _region_warnings(document)] == (["region_inferred"] if region else ["region_unnamed"])


def test_a_province_s_site_carrying_a_city_s_plan_places_it_nowhere(tmp_path):
    # 市… bodies on 山东省人民政府's site: a province's site republishing a city's plan, whose city is not said
    path = tmp_path / "page.html"
    path.write_text(PAGE.read_text("utf-8").replace("济南市人民政府", "山东省人民政府"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("municipal", None)
    assert _region_warnings(document) == [("region_unplaced", (
        "the document's metadata names no region; its web page's site name 山东省人民政府 names 山东省, but its "
        "bodies are written 市…, of another level: none is taken for its region"))]


def test_a_site_places_no_page_whose_bodies_say_no_level(tmp_path):
    # ministries' bodies on a city's site: a national document the site carries, not the city's plan
    path = tmp_path / "page.html"
    html = PAGE.read_text("utf-8")
    for old, new in (("市商务局", "商务部"), ("市财政局", "财政部"), ("市市场监管局", "市场监管总局"), ("市住建局", "住房城乡建设部"),
                     ("市文旅局", "文化和旅游部")):
        html = html.replace(old, new)
    path.write_text(html, "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == (None, None)
    assert _region_warnings(document) == [("region_unplaced", (
        "the document's metadata names no region; its web page's site name 济南市人民政府 names 济南, but none of "
        "its bodies is written with a level word (市…, 省…) that says the plan is that place's: none is taken for "
        "its region"))]


def _page_with_bodies(tmp_path, changes):
    html = PAGE.read_text("utf-8")
    for old, new in changes:
        html = html.replace(old, new)
    path = tmp_path / "page.html"
    path.write_text(html, "utf-8")
    return read_document(path)


def test_a_site_places_no_page_whose_bodies_named_in_full_are_another_place_s(tmp_path):
    # 青岛's bureaus named in full on 济南's site: 青岛's plan the site carries; before, placed in 济南
    # and its 市… bodies read as 济南's
    document = _page_with_bodies(tmp_path, [
        ("（牵头单位：市商务局，责任单位：市财政局）", "（牵头单位：青岛市商务局，责任单位：青岛市财政局）"),
        ("（牵头单位：市住建局，责任单位：市文旅局）", "（牵头单位：青岛市住房城乡建设局，责任单位：青岛市文化和旅游局）")])
    assert (document.level, document.region) == ("municipal", "青岛")
    assert _region_warnings(document) == [
        ("region_unplaced", "the document's metadata names no region; its web page's site name 济南市人民政府 names "
         "济南, but the bodies it names in full name 青岛市: none is taken for its region"),
        ("region_inferred", "the document's metadata names no region; taken from the bodies its measures name in "
         "full (青岛市商务局、青岛市财政局、青岛市住房城乡建设局、青岛市文化和旅游局), which all name 青岛市")]
    assert [d.id for d in document.measures[1].departments] == [
        "370200-finance_bureau", "370200-commerce_bureau", "370200-market_regulation_bureau"]


@pytest.mark.parametrize("changes", [
    # its own city's bureaus, its province's and a district's named in full: all the site's place's
    [("（牵头单位：市住建局，责任单位：市文旅局）", "（牵头单位：济南市住房城乡建设局，责任单位：山东省文化和旅游厅、历下区商务局）")],
    # a partner's bureau beside a measure working with it
    [("打造特色街区。（牵头单位：市住建局，责任单位：市文旅局）", "与深圳合作共建特色街区。（牵头单位：市住建局，责任单位：深圳市商务局）")],
])
def test_a_site_still_places_a_page_whose_bodies_named_in_full_are_its_place_s_or_a_partner_s(tmp_path, changes):
    document = _page_with_bodies(tmp_path, changes)
    assert (document.level, document.region) == ("municipal", "济南")
    assert _region_warnings(document) == [("region_inferred", (
        "the document's metadata names no region; taken from its web page's site name 济南市人民政府, "
        "which names 济南"))]


def test_a_site_places_no_page_of_ministries_whose_cell_names_cities_in_general(tmp_path):
    # 有关省、市人民政府 beside ministries: a national plan the city's site carries, its 市 a kind of
    # government, not the city's own; before, placed in 济南
    document = _page_with_bodies(tmp_path, [
        ("市商务局", "商务部"), ("市财政局", "财政部"), ("商务部、市市场监管局", "商务部、有关省、市人民政府"),
        ("市住建局", "住房城乡建设部"), ("市文旅局", "文化和旅游部")])
    assert (document.level, document.region) == (None, None)
    assert _region_warnings(document) == [("region_unplaced", (
        "the document's metadata names no region; its web page's site name 济南市人民政府 names 济南, but its "
        "bodies are central ones (商务部、财政部、住房城乡建设部、文化和旅游部) more than ones written with a level "
        "word (市人民政府): a national document the site carries: none is taken for its region"))]


def test_a_site_still_places_a_city_page_naming_a_ministry_beside_its_bureaus(tmp_path):
    document = _page_with_bodies(tmp_path, [("责任单位：市商务局、市市场监管局", "责任单位：市商务局、商务部")])
    assert (document.level, document.region) == ("municipal", "济南")


def test_a_site_places_no_page_whose_plan_s_title_opens_with_another_place(tmp_path):
    # 青岛's measures on 济南's site: its plan's title says whose; before, placed in 济南 and its 市…
    # bodies read as 济南's
    document = _page_with_bodies(tmp_path, [("<h2>进一步促进消费若干措施</h2>", "<h2>青岛市进一步促进消费若干措施</h2>")])
    assert (document.level, document.region) == ("municipal", "青岛")
    assert _region_warnings(document) == [
        ("region_unplaced", "the document's metadata names no region; its web page's site name 济南市人民政府 names "
         "济南, but the title of its plan 青岛市进一步促进消费若干措施 opens with 青岛市: none is taken for its region"),
        ("region_inferred", "the document's metadata names no region; taken from its plan's title "
         "青岛市进一步促进消费若干措施, which opens with 青岛市")]
    assert [d.id for d in document.measures[0].departments] == ["370200-commerce_bureau", "370200-finance_bureau"]


def test_a_site_still_places_a_page_whose_plan_s_title_opens_with_its_place(tmp_path):
    document = _page_with_bodies(tmp_path, [("<h2>进一步促进消费若干措施</h2>", "<h2>济南市进一步促进消费若干措施</h2>")])
    assert (document.level, document.region) == ("municipal", "济南")
    assert _region_warnings(document) == [("region_inferred", (
        "the document's metadata names no region; taken from its web page's site name 济南市人民政府, "
        "which names 济南"))]
