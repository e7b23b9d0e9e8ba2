"""How a page speaks of its own place (我省, 本市, 我区, 全县, …、市商务局): the words of the patterns
pilotplans/normalizers/place.py reads it by live in pilotplans/data/placing.toml (places24 moved them there from the
code, each pattern matching what it matched before). Each pattern fires on its words and stays quiet on a near miss."""

from __future__ import annotations

import pytest

from pilotplans.data import read_bytes
from pilotplans.errors import PilotplansError
from pilotplans.normalizers import place


def _found(pattern, texts: list[str]) -> list[bool]:
    return [pattern.search(text) is not None for text in texts]


def test_a_page_speaks_as_a_province_by_wo_ben_and_quan():
    assert _found(place._as_province(), ["结合我省实际", "本省行政区域内", "全省出口"]) == [True, True, True]


def test_a_province_s_name_or_another_province_is_no_province_speaking_of_itself():
    # quiet: a province named, the provinces spoken of together, a province's body
    assert _found(place._as_province(), ["浙江省商务厅", "各省、自治区", "省发展改革委"]) == [False, False, False]


def test_a_page_speaks_as_a_city_by_wo_and_ben_only():
    assert _found(place._as_city(), ["到我市调研", "本市行政区域"]) == [True, True]


def test_quan_shi_is_no_city_speaking_of_itself():
    # quiet: 全市 a district's page says too (按照全市统一部署), and a city named
    assert _found(place._as_city(), ["按照全市统一部署", "中山市发展改革局"]) == [False, False]


def test_a_page_speaks_as_a_district_by_wo_and_ben():
    assert _found(place._as_district(), ["我区将", "本区各街道"]) == [True, True]


def test_ben_qu_yu_and_quan_qu_are_no_district_speaking_of_itself():
    # quiet: 本区域 (any region), 全区 (a zone's or a region's page says it too)
    assert _found(place._as_district(), ["本区域内", "全区2017年度"]) == [False, False]


def _county(name: str):
    from pilotplans.patterns import compiled
    import regex

    return compiled(place._as_county().format(kind=regex.escape(name[-1]), name=regex.escape(name[:-1])),
                    regex.MULTILINE)


def test_a_page_speaks_as_a_county_by_its_own_word_or_its_bodies():
    # 全区, a line opening with 区政府, the district's name before its government, a bureau after no Han character
    texts = ["开展全区退耕还林工作", "区政府各相关部门:", "平安区政府研究决定", "；区林业局负责技术指导"]
    assert _found(_county("平安区"), texts) == [True, True, True, True]


def test_a_kind_word_after_another_word_is_a_city_s_districts_not_the_county():
    # quiet: 各区政府 (a city's districts), a bureau after another word (按区林业局: no line's or clause's start), a
    # kind word with no body after it
    assert _found(_county("平安区"), ["各区政府", "按区林业局编制的方案", "城区道路"]) == [False, False, False]


def test_a_body_listed_by_the_city_s_word_alone_is_found():
    texts = ["梅州综保区管委会、梅州海关、市商务局", "市有关部门", "镇江海关和市统计局"]
    assert _found(place._city_body_listed(), texts) == [True, True, True]


def test_a_market_body_or_a_city_named_in_full_is_no_body_listed_by_the_city_s_word():
    # quiet: 市场监管局 (a body of no level's word), 梅州市商务局 (named in full), 市民 (no body)
    texts = ["、市场监管局", "梅州市商务局", "、市民服务中心"]
    assert _found(place._city_body_listed(), texts) == [False, False, False]


def test_the_speaking_words_are_read_from_the_data_file():
    words = place.placing_words(read_bytes("placing.toml").decode("utf-8"))
    assert (words.speaking_as_province, words.speaking_as_city, words.not_speaking_as_district,
            words.city_body_not_after) == (("我", "本", "全"), ("我", "本"), ("域",), ("场",))


def test_a_placing_file_without_the_city_s_speaking_words_is_a_one_line_error():
    text = read_bytes("placing.toml").decode("utf-8")
    with pytest.raises(PilotplansError, match=r"^pilotplans/data/placing.toml: speaking_as_city: "):
        place.placing_words(text.replace("speaking_as_city =", "# speaking_as_city ="))


def test_the_patterns_built_from_the_data_file_are_main_s_as_written_in_code_before():
    # review of places24: each pattern string as built (the single-word groups, (?:域), (?:局), are main's 域, 局 and
    # the joiners' alternation main's [、，,和及]: the same matches)
    assert (place._as_province().pattern, place._as_city().pattern, place._as_district().pattern,
            place._city_body_listed().pattern, place._as_county()) == (
        "(?:我|本|全)省", "(?:我|本)市", "(?:我|本)区(?!(?:域))",
        r"(?:^|(?:、|，|,|和|及))市(?!(?:场))\p{Han}{0,10}?(?:局|委员会|委|办公室|办|部门)",
        r"(?:我|全|本){kind}|(?:^|(?<!\p{{Han}})|(?<={name})|(?<={name}{kind})){kind}"
        r"(?:人民政府|政府|委|人大|政协|领导|\p{{Han}}{{1,8}}?(?:局))")


# --- places25: the zone's and the below-the-region speaking words, and the site's government words ----------------------


def test_a_zone_speaks_of_itself_as_a_qu_but_not_of_a_city_s_tiers():
    # fires: 全区, 我区, 本区; quiet: 全区县, 我区市 (tiers together)
    assert _found(place._as_area(), ["全区经济总体保持平稳", "在我区落地", "本区企业", "全区县", "我区市"]) == [
        True, True, True, False, False]


def test_a_page_speaks_below_its_region_by_a_league_banner_city_or_county_word():
    # fires: 全盟, 我旗, 本市, 全县; quiet: 全旗县, 全盟市 (the region's tiers together), 全区 (the region's own word)
    assert _found(place._as_below_region(), ["全盟上下", "我旗", "本市", "全县", "全旗县", "全盟市", "全区"]) == [
        True, True, True, True, False, False, False]


def test_the_places25_patterns_built_from_the_data_file_match_what_the_code_wrote_before():
    # main wrote (?:我|全|本)区(?![县市]) and (?:我|全|本)[盟旗市县](?![盟旗市县区]): each class now an alternation of the
    # data file's words, the same matches; the site's government words are main's (?:人民政府|政府) with a prefecture's
    # 行政公署 and 行署 after them
    assert (place._as_area().pattern, place._as_below_region().pattern, place._government_site()) == (
        "(?:我|全|本)区(?!(?:县|市))",
        "(?:我|全|本)(?:盟|旗|市|县)(?!(?:盟|旗|市|县|区))",
        r"(?P<place>\p{Han}{2,12}?)(?:人民政府|政府|行政公署|行署)(?:办公厅|办公室)?(?:门户网站|网站|门户网|网)?")


@pytest.mark.parametrize("key", ["site_governments", "site_offices", "speaking_as_zone", "zone_not_before",
                                 "speaking_below_region", "below_region_kinds", "below_region_not_before"])
def test_a_placing_file_without_a_places25_key_is_a_one_line_error(key):
    # review of places25: the not-before lists and the offices may be empty but not left out — a key left out would
    # widen its pattern silently (全区县 read as a zone speaking of itself, 全旗县 as a banner's page)
    text = read_bytes("placing.toml").decode("utf-8")
    with pytest.raises(PilotplansError, match=rf"^pilotplans/data/placing.toml: {key}: Field required$"):
        place.placing_words(text.replace(f"\n{key} =", f"\n# {key} ="))


# --- places26: the headline's lower places, the place kinds and joiners, the new area's and the region's words ---------


def test_a_headline_s_own_lower_place_fires_under_a_province_s_body_and_stays_quiet_on_its_own_kind_under_a_city_s():
    # 来我县 under 江苏省委… is the county's news; 到我市 under 长春市… is the city's own word, no lower place
    assert _found(place._own_lower_place("省"), ["江苏省委组织部调研组来我县调研", "调研组到我市调研"]) == [True, True]
    assert _found(place._own_lower_place("市"), ["长春市发改委来我区调研", "长春市发改委到我市企业调研"]) == [True, False]


def test_an_autonomous_region_speaks_of_itself_by_its_conditions_and_departments_not_by_its_leadership():
    assert _found(place._as_autonomous_region(), ["结合自治区实际,制定本方案", "自治区人民政府各部门:",
                                                 "在自治区党委政府的坚强领导下", "结合全区实际"]) == [True, True, False, False]


def test_the_places26_patterns_and_words_built_from_the_data_file_are_what_the_code_wrote_before():
    # main wrote _BELOW_A_PROVINCE 我(?:市|州|盟|县|区|旗|镇|乡) and the city's 我(?:县|区|旗|镇|乡) as they are built;
    # _AS_AUTONOMOUS_REGION (?:结合|立足)自治区实际|自治区(?:人民)?政府各部门 is the alternation of the four phrases it
    # matched (the same matches); _PLACE_KIND_ENDS "县市区旗州盟", _PLACE_JOINERS, _JOINED and _AREA_WORD as listed
    words = place._placing_words()
    assert (place._own_lower_place("省").pattern, place._own_lower_place("自治区").pattern,
            place._own_lower_place("市").pattern, place._as_autonomous_region().pattern) == (
        "我(?:市|州|盟|县|区|旗|镇|乡)", "我(?:市|州|盟|县|区|旗|镇|乡)", "我(?:县|区|旗|镇|乡)",
        "(?:结合自治区实际|立足自治区实际|自治区人民政府各部门|自治区政府各部门)")
    assert ("".join(words.place_kind_ends), words.place_joiners, words.county_joiners, words.area_words) == (
        "县市区旗州盟", ("、", "和", "及", "与", "，"), ("、", "，", ",", "和", "与", "及"), ("新区",))


@pytest.mark.parametrize("key", ["place_kind_ends", "below_a_province", "below_a_city", "place_joiners",
                                 "county_joiners", "area_words", "as_autonomous_region"])
def test_a_placing_file_without_a_places26_key_is_a_one_line_error(key):
    # a key left out would leave its rule reading no word (no headline's lower place, no list of places joined)
    text = read_bytes("placing.toml").decode("utf-8")
    with pytest.raises(PilotplansError, match=rf"^pilotplans/data/placing.toml: {key}: Field required$"):
        place.placing_words(text.replace(f"\n{key} =", f"\n# {key} ="))


@pytest.mark.parametrize("key", ["place_kind_ends", "place_joiners", "county_joiners"])
def test_a_place_kind_end_or_a_joiner_of_two_characters_is_a_one_line_error(key):
    # each is read as one character of a name or a list (寿县's 县; rest.lstrip of the joiners; the county after a
    # county joiner read from the joiner's next character): 和及 would be two
    text = read_bytes("placing.toml").decode("utf-8")
    with pytest.raises(PilotplansError, match=rf"^pilotplans/data/placing.toml: {key}\.0: "):
        place.placing_words(text.replace(f"\n{key} = [\"", f"\n{key} = [\"和及\", \""))


# --- places27: the unnamed host's level words, and the placing lists moved from the code -----------------------------


@pytest.mark.parametrize("key", ["host_level_words"])
def test_a_placing_file_without_a_places27_key_is_a_one_line_error(key):
    # a key left out would leave its rule reading no word (a headline's visit to 自治区生态环境厅 placed at the visitors)
    text = read_bytes("placing.toml").decode("utf-8")
    with pytest.raises(PilotplansError, match=rf"^pilotplans/data/placing.toml: {key}: Field required$"):
        place.placing_words(text.replace(f"\n{key} =", f"\n# {key} ="))


def test_the_places27_patterns_built_from_the_data_file_are_what_the_code_wrote_before():
    # main wrote _RUN_LEVEL (?:[州县区]|市(?!场|政(?!府)|容)), _BELOW_PROVINCE_WORDS 市州县区, _SELF_BELOW's three classes
    # with (?:我|本)…(?![级委域]) and _PREFECTURE_DEPARTMENTS' 州|盟|地区|地: each is built so, character for character
    assert place._run_level() == "(?:[州县区]|市(?!场|政(?!府)|容))"
    assert [place._speaking_below(kind).pattern for kind in ("省", "自治区", "市")] == [
        "(?:我|本)[市州盟县区旗镇乡](?![级委域])", "(?:我|本)[市州盟县旗镇乡](?![级委域])", "(?:我|本)[县区旗镇乡](?![级委域])"]
    assert place._level_word_opening("市") == (
        r"(?:^|[、，,；;：:（(\s])(?<!(?:^|[^\p{Han}]|[各、])[市州县区]、)市(?!场)(?!(?:[州县区]|市(?!场|政(?!府)|容)))")
    assert place._level_word_opening("县") == (
        r"(?:^|[、，,；;：:（(\s])(?<!(?:^|[^\p{Han}]|[各、])[市州县区]、)(?<![市州]、)县(?!(?:[州县区]|市(?!场|政(?!府)|容)))")
    assert place._level_word_opening("省") == r"(?:^|[、，,；;：:（(\s])省"
    assert place._prefecture_departments() == r"(?<!\p{Han})(?P<word>州|盟|地区|地)直(?:属)?各(?:委|部门|单位|有关|局)"
    assert place._prefecture_kinds() == {"州": "自治州", "盟": "盟", "地区": "地区", "地": "地区"}


def test_a_run_of_level_words_fires_and_a_city_s_own_word_stays_quiet():
    # 市县 names levels (no one body); 市场, 市政, 市容 after 县 are one body's words, 市政府 names levels again
    pattern = place.compiled(place._level_word_opening("县"))
    assert [pattern.search(text) is not None for text in ("县市场监管局", "县市容局", "县市县人民政府", "县市政府")] == [
        True, True, False, False]


def test_a_page_speaks_below_a_region_by_its_leagues_and_banners_but_not_by_qu():
    assert [place._speaking_below("自治区").search(text) is not None for text in ("结合我旗实际", "结合我区实际", "本级")] == [
        True, False, False]


@pytest.mark.parametrize("key", ["below_province_levels", "city_own_words", "city_level_words", "speaking_as_lower",
                                 "lower_not_before", "below_a_region", "prefecture_kinds"])
def test_a_placing_file_without_a_places27_moved_key_is_a_one_line_error(key):
    # a key left out would build its pattern from no word (no run of levels, no page speaking below its site's kind)
    text = read_bytes("placing.toml").decode("utf-8")
    with pytest.raises(PilotplansError, match=rf"^pilotplans/data/placing.toml: {key}: Field required$"):
        place.placing_words(text.replace(f"\n{key} =", f"\n# {key} ="))


@pytest.mark.parametrize(("old", "new", "said"), [
    ('below_province_levels = ["市"', 'below_province_levels = ["镇"', "below_province_levels must be level words"),
    ('city_own_words = ["市场"', 'city_own_words = ["场"', "city_own_words must open with 市"),
    ('city_level_words = ["市政府"]', 'city_level_words = ["县政府"]', "city_level_words must each go on from one"),
    ('host_level_words = ["自治区", "省"]', 'host_level_words = ["自治区", "市"]', "host_level_words must be a province's kind"),
])
def test_a_level_word_list_of_words_the_patterns_cannot_read_is_a_one_line_error(old, new, said):
    text = read_bytes("placing.toml").decode("utf-8")
    assert old in text
    with pytest.raises(PilotplansError, match=rf"^pilotplans/data/placing.toml: .*{said}[^\n]*$"):
        place.placing_words(text.replace(old, new))
