"""A town's or township's government (镇, 乡, a 苏木 among Inner Mongolia's herders), the tier below the
county, named in its county's plans by the town's name, with or without its government word: one of the
county's town governments, told apart by the name, 镇 (乡, 苏木) kept in it. Each name is quoted from a
published page (named beside it). What a plan calls a sort of town, and a town in a plan of a place above
its county (whose county no list says), stay unread."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

ZHASHUI_2024 = make_context(region="柞水县", level="municipal", date=dt.date(2024, 6, 21))
WULATEQIANQI_2026 = make_context(region="乌拉特前旗", level="municipal", date=dt.date(2026, 1, 27))
TAIHU_2020 = make_context(region="太湖县", level="municipal", date=dt.date(2020, 6, 1))
ANQING_2020 = make_context(region="安庆市", level="municipal", date=dt.date(2020, 6, 1))


def test_a_town_named_in_its_county_s_plan_is_one_of_the_county_s_town_governments():
    # 柞水县 2024 (营盘镇 spoke at the county's meeting); 乌拉特前旗 2026 帮扶资金分配; 太湖县 2020
    for written in ("营盘镇", "营盘镇人民政府", "营盘镇政府"):
        found = resolve_body(written, ZHASHUI_2024)
        assert (found.id, found.name, found.counterparts) == (
            "611026-township_government-营盘镇", "柞水县营盘镇人民政府", ("state-council",)), written
    assert resolve_body("额尔登布拉格苏木", WULATEQIANQI_2026).id == "150823-township_government-额尔登布拉格苏木"
    assert resolve_body("苏独仑镇", WULATEQIANQI_2026).id == "150823-township_government-苏独仑镇"
    assert resolve_body("晋熙镇", TAIHU_2020).id == "340825-township_government-晋熙镇"


def test_sorts_of_town_the_towns_together_and_a_town_above_its_county_stay_as_they_were():
    for written in ("专业镇", "小城镇", "中心镇", "特色小镇", "历史文化名镇", "民族乡", "全镇"):
        assert resolve_body(written, ZHASHUI_2024).id is None, written
    assert resolve_body("苏木乡镇", ZHASHUI_2024).id == "subordinate-localities"  # the towns together, a scope
    assert resolve_body("各苏木镇人民政府", WULATEQIANQI_2026).id == "150823-subordinate-people_government"
    assert resolve_body("城南街道", ZHASHUI_2024).id == "611026-subdistrict_office-城南"
    assert resolve_body("晋熙镇", ANQING_2020).id is None  # a city's plan: which county's town is not said


ANJI_2022 = make_context(region="安吉县", level="municipal", date=dt.date(2022, 6, 1))


def test_the_sorts_of_town_a_plan_assigns_work_to_and_towns_pointed_at_name_no_town():
    # a responsibility cell names the towns of a reform or of a project, not a town called 试点 or 项目所在
    for written in ("试点镇人民政府", "改革试点镇", "经济发达镇", "项目所在镇", "涉及镇人民政府", "新型城镇",
                    "美丽城镇", "贫困乡", "茶叶之乡"):
        assert resolve_body(written, ANJI_2022).id is None, written
    assert resolve_body("孝丰镇人民政府", ANJI_2022).id == "330523-township_government-孝丰镇"
    assert resolve_body("天子湖镇", ANJI_2022).id == "330523-township_government-天子湖镇"


def test_the_countryside_with_its_towns_and_the_towns_around_a_place_name_no_town():
    # 城乡 is town and country (统筹城乡), 县城镇 the county's seat: no township called 统筹城 or 县城
    for written in ("统筹城乡", "县统筹城乡", "全域城乡", "县城乡", "县城镇", "周边镇", "沿线镇", "偏远乡"):
        assert resolve_body(written, ANJI_2022).id is None, written
    assert resolve_body("古城乡", ANJI_2022).id == "330523-township_government-古城乡"
    assert resolve_body("新城镇", ANJI_2022).id == "330523-township_government-新城镇"


def test_a_town_named_as_a_county_beside_it_or_as_its_city_is_read_as_neither():
    # 望江 is 太湖县's neighbour under 安庆, 商南 柞水县's under 商洛: the name may mean the county
    assert [resolve_body(w, TAIHU_2020).id for w in ("望江镇", "安庆镇", "太湖镇")] == [
        None, None, "340825-township_government-太湖镇"]
    assert resolve_body("商南镇", ZHASHUI_2024).id is None
    # the county written before it says whose town it is (it read as a town 县商南镇 of 柞水县)
    shangluo = make_context(region="商洛市", level="municipal", date=dt.date(2024, 6, 21))
    assert resolve_body("柞水县商南镇", shangluo).id == "611026-township_government-商南镇"
    changli = make_context(region="昌黎县", level="municipal", date=dt.date(2022, 6, 1))
    assert resolve_body("昌黎镇", changli).id == "130322-township_government-昌黎镇"  # the county's own name


KUNSHAN_2020 = make_context(region="昆山市", level="municipal", date=dt.date(2020, 6, 1))
BINYANG_2020 = make_context(region="宾阳县", level="municipal", date=dt.date(2020, 6, 1))


def test_a_town_whose_name_ends_with_a_level_word_is_read_as_a_town():
    # 周市镇 (a town of 昆山市) and 宾州镇 (the seat of 宾阳县): one character before 市 or 州 is a name
    assert resolve_body("周市镇人民政府", KUNSHAN_2020).id == "320583-township_government-周市镇"
    assert resolve_body("周市镇", KUNSHAN_2020).id == "320583-township_government-周市镇"
    assert resolve_body("宾州镇人民政府", BINYANG_2020).id == "450126-township_government-宾州镇"


def test_level_words_or_a_sort_of_area_before_the_town_s_word_name_no_town():
    # 城区乡镇 are the towns of a sort of area, 城乡镇 the countryside with its towns, 市区镇 昆山市's three
    # levels (the city itself among them)
    for name in ("城区乡镇", "城乡镇", "市区镇"):
        assert resolve_body(name, KUNSHAN_2020).id is None, name


def test_a_word_pointing_at_the_place_before_a_level_word_names_no_town():
    # 本县镇, 我旗镇, 全旗镇, 该市镇: this county's, our banner's, the whole banner's, that city's towns, written
    # with a level word as 周市镇 is, were read as one town of the plan's place named so, silently
    wulateqianqi = WULATEQIANQI_2026
    for name, context in (("本县镇人民政府", ZHASHUI_2024), ("我县镇", ZHASHUI_2024), ("全旗镇人民政府", wulateqianqi),
                          ("本旗镇人民政府", wulateqianqi), ("该市镇人民政府", KUNSHAN_2020), ("我市镇", KUNSHAN_2020)):
        assert resolve_body(name, context).id is None, name


def test_a_place_s_name_that_opens_with_such_a_word_is_still_a_town():
    # 全州镇, the seat of 全州县, bears the county's short name; 周市镇 and 宾州镇 as before
    quanzhou = make_context(region="全州县", level="municipal", date=dt.date(2020, 6, 1))
    assert resolve_body("全州镇人民政府", quanzhou).id == "450324-township_government-全州镇"
    assert resolve_body("周市镇", KUNSHAN_2020).id == "320583-township_government-周市镇"
    assert resolve_body("宾州镇人民政府", BINYANG_2020).id == "450126-township_government-宾州镇"


def test_one_character_and_qu_before_the_town_s_word_is_a_sort_of_area_and_names_no_town():
    # 山区镇, 库区镇, 郊区镇, 矿区镇: the towns of the mountains, the reservoir, the suburbs, the mines (山区乡镇
    # written short), each read as one town of the county named so, silently, once one character before a
    # level word made a name of 周市镇
    for name in ("山区镇人民政府", "库区镇人民政府", "郊区镇人民政府", "矿区镇", "牧区镇", "老区镇"):
        assert resolve_body(name, ZHASHUI_2024).id is None, name


def test_one_character_and_a_level_word_other_than_qu_still_names_a_town():
    # 旧县镇 (a town's name borne in several provinces), 周市镇, 宾州镇
    assert resolve_body("旧县镇人民政府", ZHASHUI_2024).id == "611026-township_government-旧县镇"
    assert resolve_body("周市镇", KUNSHAN_2020).id == "320583-township_government-周市镇"
    assert resolve_body("宾州镇", BINYANG_2020).id == "450126-township_government-宾州镇"
