"""Places blind round 12 (tests/fixtures/places-blind12, keyed in key.toml before the reader ran) and the leftovers of
round 11 the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind12"


# --- a county named alone by a title, its page speaking of another city ------------------------------------------------

def test_a_plan_titled_after_a_part_of_a_city_without_counties_its_text_names_is_that_city_s_township():
    # before: county, 西区 (攀枝花's, the one division now bearing the name) — silent wrong output; the page is 中山's
    # 西区, a street area, its text naming 中山 twice (从省内和中山形势看, 中山空前崛起) and no 攀枝花; 中山 has no
    # county-level division, so the part speaking as 我区 is a township's tier, its region the city
    found = page_metadata(ROUND / "zhongshan-xiqu-2016-street-area-work-plan-city-portal.txt")
    assert (found.title, found.level, found.region, found.region_named_in) == ("西区2016年工作计划", "township", "中山", "title")


def test_a_plan_titled_after_a_district_whose_text_names_a_city_with_districts_is_placed_nowhere():
    # quiet: 广州 has districts of its own (no 西区): whose 西区 the page is the text does not say
    found = lines_metadata("西区2016年工作计划",
                           "2016年是我区“十三五”的开局之年。从广州形势看，广州空前崛起，西区大有作为。")
    assert (found.level, found.region) == (None, None)


def test_a_plan_titled_after_a_district_whose_text_names_its_own_city_stays_that_district_s():
    # quiet: the city named twice is the district's own (攀枝花), so 西区 alone is its 西区
    found = lines_metadata("西区2016年工作计划",
                           "2016年是我区“十三五”的开局之年。从攀枝花形势看，攀枝花空前崛起，西区大有作为。")
    assert (found.level, found.region) == ("county", "西区")


def test_a_plan_titled_after_a_district_whose_text_names_another_city_once_stays_that_district_s():
    # quiet: one mention of another city (a partner, a comparison) is not where the page places itself
    found = lines_metadata("西区2016年工作计划", "2016年是我区“十三五”的开局之年。学习中山经验，西区大有作为。")
    assert (found.level, found.region) == ("county", "西区")


def test_a_plan_titled_after_a_county_whose_text_names_a_city_without_counties_as_its_partner_stays_that_county_s():
    # quiet (review): a 县 is no part of 中山 — 四川's 南部县 paired with 中山 (结对帮扶, 中山市 named twice) read
    # township, 中山 — silent wrong output; only a 区 named alone can be a city's street area
    found = lines_metadata("南部县2016年工作计划", "我县与中山市结对帮扶，中山市投入资金1000万元。", "全县要加强合作。")
    assert (found.level, found.region) == ("county", "南部县")


def test_a_plan_titled_after_a_county_whose_text_names_its_partner_city_twice_stays_that_county_s():
    # quiet (review): 贵州's 台江县 under 杭州's aid (东西部协作, 杭州市 named twice) read no place: a county named
    # with its kind word 县 is that county, whatever city helps it
    found = lines_metadata("台江县2020年工作计划", "2020年，杭州市对我县帮扶资金3000万元，杭州市企业落户10家。",
                           "全县要加强东西部协作。")
    assert (found.level, found.region) == ("county", "台江县")


def test_a_plan_titled_after_a_district_s_name_its_text_placing_it_in_dongguan_is_dongguan_s_township():
    # fires (review): 东城区, 北京's name, is also 东莞's 东城 street area; 东莞 has no county-level division
    found = lines_metadata("东城区2016年工作计划", "2016年是我区开局之年。从东莞形势看，东莞空前崛起，东城大有作为。")
    assert (found.level, found.region) == ("township", "东莞")


# --- an autonomous region named by the kinds of its tiers ---------------------------------------------------------------

def test_a_page_speaking_as_an_autonomous_region_naming_its_banners_is_inner_mongolia_s():
    # before: no level or place (the newspaper prints the plan from its first sentence, 结合自治区实际,制定本方案: no
    # title, 文号 or maker; 旗县级以上政府部门, 苏木乡镇 — banners are 内蒙古's alone in the gazetteer)
    found = page_metadata(ROUND / "innermongolia-2022-region-rule-of-law-plan-newspaper-no-head.txt")
    assert (found.level, found.region, found.region_named_in) == ("provincial", "内蒙古", "tiers")


def test_a_page_speaking_of_its_autonomous_region_from_below_is_not_the_region_s():
    # quiet: a league's page naming its banners under the region's leadership speaks as no autonomous region
    found = lines_metadata("在自治区党委政府的坚强领导下，全盟各旗县市区认真落实各项任务。",
                           "各旗县要加强组织领导，确保任务落实。")
    assert (found.level, found.region) == (None, None)


def test_a_league_s_page_quoting_its_region_s_words_is_not_the_region_s():
    # quiet (review): a league's plan made 结合自治区实际 and speaking as 全盟 (its banners 旗县市区) read provincial,
    # 内蒙古 — silent wrong output: the page is one below the region
    found = lines_metadata("为推进法治政府建设，结合自治区实际，制定本方案。", "全盟各旗县市区要认真落实。",
                           "盟行政公署各部门要加强指导。")
    assert (found.level, found.region) == (None, None)


def test_a_city_s_page_quoting_its_region_s_words_is_not_the_region_s():
    # quiet (review): a 内蒙古 city speaking as 全市 of its 旗县区
    found = lines_metadata("结合自治区实际，制定本方案。", "全市各旗县区要认真落实。")
    assert (found.level, found.region) == (None, None)


def test_a_page_speaking_as_the_region_of_its_banners_and_counties_together_is_the_region_s():
    # fires (review): 全区, 全旗县 are the region's words for itself and its tiers, no league's or banner's
    found = lines_metadata("结合自治区实际，制定本方案。", "全区各盟市、旗县要认真落实，全旗县干部要带头。")
    assert (found.level, found.region) == ("provincial", "内蒙古")


def test_a_page_speaking_as_an_autonomous_region_naming_tiers_every_province_holds_is_placed_nowhere():
    # quiet: 县市区 are kinds of division of every province: they tell no autonomous region
    found = lines_metadata("为推进法治政府建设，结合自治区实际，制定本方案。", "调整完善县市区政府部门权责清单。")
    assert (found.level, found.region) == (None, None)


# --- a municipality's area governed at a district's tier (round 11's leftover: 万盛经开区) --------------------------------

PROSE24 = Path(__file__).parent / "fixtures" / "prose-blind24"
NOTICES = Path(__file__).parent / "fixtures" / "notices"


def test_a_municipality_s_area_its_committee_governs_as_a_district_issues_at_a_county_s_level():
    # before: municipal, 重庆 — 万盛经开区 governs its towns and streets (各镇人民政府,各街道办事处) at a district's tier
    # (regions.toml province_areas: 重庆's own committee, no code of its own, so the region stays the municipality's)
    found = page_metadata(PROSE24 / "wansheng-2025-development-zone-committee-office-notice-requests-only-cut.txt")
    assert (found.issuer, found.level, found.region) == ("重庆市万盛经开区管委会办公室", "county", "重庆")


def test_a_municipality_s_state_level_new_area_stays_municipal():
    # quiet: 两江新区, a new area over parts of three districts, is no province area: its committee reads as before
    found = page_metadata(NOTICES / "new-area-committee-district-bodies.txt")
    assert (found.issuer, found.level, found.region) == ("重庆两江新区管理委员会", "municipal", "两江新区")


def test_a_province_s_area_with_a_city_s_powers_is_no_district():
    # quiet: 长白山保护开发区 is 吉林's (a province, not a municipality): its committee reads no county's level
    found = lines_metadata("长白山保护开发区管理委员会关于印发某某方案的通知", "各镇人民政府，各街道办事处：", "现将方案印发给你们。")
    assert (found.issuer, found.level, found.region) == ("长白山保护开发区管理委员会", None, None)


# --- a city's zone named after it names the city (round 11's leftover: 合肥新站高新区) ------------------------------------

def test_a_headless_page_naming_a_city_s_zone_in_full_and_by_its_own_name_is_the_city_s():
    # before: no place (合肥 written once, inside 2022年合肥新站高新区; the zone's own name 新站高新区 twice more, its
    # bodies 区经贸局, 区投促局 — the zone's, a 高新区's 区 — refused as a district's)
    from pilotplans.ingest.pipeline import read_document

    document = read_document(PROSE24 / "hefei-2022-high-tech-zone-key-work-leaders-lead-and-cooperating-units-in-one-bracket-no-head-cut.txt")
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("合肥", "municipal", ["region_from_text"])


def test_a_zone_written_by_its_own_name_alone_names_no_city():
    # quiet: 新站高新区 never written after its city (合肥新站高新区) is any city's 新站: no place
    from pilotplans.normalizers.place import place_of_text
    from pilotplans.normalizers.registry import load_registry

    texts = ["2022年新站高新区,全区经济社会发展的奋斗目标是:…", "出台《新站高新区1+N+1提质扩量增效工作体系》。(牵头责任单位:区经贸局)"]
    assert place_of_text(texts, None, load_registry().gazetteer) is None


def test_a_city_named_once_beside_no_zone_of_its_own_is_not_the_page_s_place():
    # quiet: 合肥 once and 高新区 alone (no zone of 合肥 written in full) stay below the text's two namings
    from pilotplans.normalizers.place import place_of_text
    from pilotplans.normalizers.registry import load_registry

    texts = ["2022年合肥市高新区,全区经济社会发展的奋斗目标是:…", "出台《高新区提质扩量增效工作体系》。(牵头责任单位:区经贸局)"]
    assert place_of_text(texts, None, load_registry().gazetteer) is None


def test_a_zone_whose_name_after_its_city_is_a_zone_type_alone_is_not_named_by_that_type():
    # quiet (review): 合肥经济技术开发区 once in a ministry's news, 经济技术开发区 (every such zone's word) twice more,
    # read 合肥, municipal — silent wrong output: the type's word names no zone
    found = lines_metadata("商务部公布国家级经济技术开发区综合发展水平考核评价结果，合肥经济技术开发区位列第10。",
                           "经济技术开发区是对外开放的重要载体，经济技术开发区要加快转型。")
    assert (found.level, found.region) == (None, None)


def test_a_zone_written_after_its_city_and_then_by_its_own_name_names_the_city():
    # fires (review): 新站高新区 keeps a name of its own (新站) before the type's word
    found = lines_metadata("2022年合肥新站高新区工作要点。新站高新区要加快发展，新站高新区管委会各部门要落实。")
    assert (found.level, found.region, found.region_named_in) == ("municipal", "合肥", "text")


# --- a township's government named by its word alone in a title ---------------------------------------------------------

def test_a_title_naming_a_township_s_government_by_its_word_alone_reads_township():
    # before: no level (2015年乡政府工作计划 over a plan speaking as 全乡 under 全县, its name starred **): as
    # 区政府办公室关于… names a county's office by its kind, 乡政府 names a township's government; its place is the one
    # county its text names in full under 全县 (武乡县扬德煤层气利用有限公司: places14, 0b2a0aaa; the key's 武乡)
    found = page_metadata(ROUND / "wuxiang-2015-township-work-plan-name-starred-essay-site.txt")
    assert (found.title, found.issuer, found.level, found.region) == ("2015年乡政府工作计划", None, "township", "武乡县")


def test_a_title_naming_the_townships_together_reads_no_township():
    # quiet: 乡镇政府 is every township's, a county's paper as often
    found = lines_metadata("2015年乡镇政府工作计划", "全乡的工作思路是:围绕全县发展战略,立足乡情实际。")
    assert (found.issuer, found.level) == (None, None)


def test_a_title_naming_a_township_s_government_after_its_issuer_reads_the_issuer_s_level():
    # quiet: 县政府关于加强乡政府建设的意见 is the county's, 乡政府 its matter
    found = lines_metadata("县政府关于加强乡政府建设的意见", "全乡的工作思路是:围绕全县发展战略,立足乡情实际。")
    assert (found.issuer, found.level) == ("县政府", "county")


def test_a_county_s_plan_titled_after_its_townships_governments_reads_no_township():
    # quiet (review): a county's plan on its townships' governments, not one township's own paper (各乡镇人民政府, 全乡镇,
    # no 全乡 or 我乡) read township — silent wrong output
    found = lines_metadata("乡政府职能转变工作方案", "各乡镇人民政府：", "全乡镇干部要转变作风，县政府各部门要加强指导。")
    assert (found.issuer, found.level) == (None, None)


def test_a_district_s_plan_titled_after_its_street_offices_reads_no_township():
    # quiet (review): 街道办事处职能转变改革方案 over 各街道办事处, 区政府各部门: the district's plan, no street's
    found = lines_metadata("街道办事处职能转变改革方案", "各街道办事处，区政府各部门：", "现将方案印发给你们。")
    assert (found.issuer, found.level) == (None, None)


def test_a_title_naming_a_street_office_by_its_word_over_a_page_speaking_as_one_reads_township():
    # fires (review): the street's own plan speaking as 全街道
    found = lines_metadata("街道办事处2016年工作计划", "2016年，全街道完成固定资产投资10亿元。")
    assert (found.issuer, found.level, found.region) == (None, "township", None)


# --- a 直辖市 district's notice naming the municipality's government (round 11's leftover: 浦东's 公告) -------------------

def test_a_municipality_s_district_s_notice_citing_the_municipality_s_approval_is_the_district_s():
    # quiet (read right before this round too, pinned): 沪(浦)征地告 opens with 上海's 简称 and the text names
    # 上海市人民政府 twice (its approval 沪府土〔2022〕469号), yet the district signs: county, 浦东新区
    found = page_metadata(ROUND / "pudong-2022-district-land-notice-city-approval-number.txt")
    assert (found.level, found.region) == ("county", "浦东新区")


def test_a_municipality_s_district_several_cities_name_so_is_written_after_its_municipality():
    # quiet: 宝山区 is 上海's and 双鸭山's: signed 上海市宝山区人民政府, it is written with its city
    found = page_metadata(ROUND / "baoshan-2025-district-land-notice-head-on-two-lines.txt")
    assert (found.level, found.region) == ("county", "上海市宝山区")


# --- a headless page naming one county-level city ---------------------------------------------------------------------

def test_a_headless_page_naming_one_county_level_city_in_full_twice_is_that_city_s():
    # before: no level or place (an essay site's headline 罗定市人民政府网(精选9篇) over rules speaking as 本办, citing
    # 《中共罗定市委、罗定市人民政府关于…》: a county-level city's text was nobody's, as a page naming 义乌 beside 金华 is)
    found = page_metadata(ROUND / "luoding-county-city-office-work-rules-essay-site-no-head.txt")
    assert (found.level, found.region, found.region_named_in) == ("county", "罗定市", "text")


def test_a_headless_page_naming_a_county_level_city_beside_its_prefecture_is_not_the_town_s():
    # quiet: 云浮's page speaking of its 罗定市 names both: the town is no page's place by this reading
    from pilotplans.normalizers.place import place_of_text
    from pilotplans.normalizers.registry import load_registry

    texts = ["支持罗定市建设云浮西部中心城市。", "罗定市要加快发展,云浮市各部门给予支持。"]
    assert place_of_text(texts, None, load_registry().gazetteer) is None


def test_a_headless_page_naming_a_county_level_city_by_its_short_name_is_not_the_town_s():
    # quiet: 罗定 alone may be the town's or its county's older name: it must be written in full
    from pilotplans.normalizers.place import place_of_text
    from pilotplans.normalizers.registry import load_registry

    texts = ["为搞好罗定机关效能建设,制定以下制度。", "罗定各单位要认真执行。"]
    assert place_of_text(texts, None, load_registry().gazetteer) is None
