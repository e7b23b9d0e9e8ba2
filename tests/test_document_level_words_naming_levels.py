"""Words naming several levels below a plan's issuer at once — run together (市县, 市州, 州市, 县市区) or
listed (市、县, 市、州、县) — name the governments a plan assigns, never a body of one level: they say
nothing of the level the plan speaks at (a provincial plan's 省… bodies beside 各市州人民政府 are its
own). And bodies written with another word of a place's own level beside its own (市发改委、州发改委 in a
city's plan helping a prefecture) are another place's of that level: they do not unplace the city
(pilotplans.normalizers.place)."""

from pilotplans.ingest.pipeline import read_document

_PLAN = ("现提出以下实施意见：\n一、切实推进重大项目建设\n全力推进重点项目建设。（{}）\n"
         "二、加快发展外贸\n扩大进出口规模。（{}）\n")


def _read(tmp_path, head, first, second):
    path = tmp_path / "plan.txt"
    path.write_text(head + _PLAN.format(first, second), "utf-8")
    return read_document(path)


def _said(document, code):
    return [w.message for w in document.warnings if w.code == code]


def test_a_province_s_plan_naming_its_cities_and_prefectures_together_keeps_its_province(tmp_path):
    # Hunan writes 市州 (湘政办发 heads 各市州人民政府): before, 市州人民政府 read as a city's body beside
    # the 省… ones, so the plan had two levels, none was taken, and 湘 placed nothing — silently
    document = _read(tmp_path, "湘政办发〔2022〕12号\n各市州人民政府，省政府各厅委、各直属机构：\n",
                     "省发展改革委牵头；各市州人民政府负责", "省商务厅牵头；市州人民政府负责")
    assert (document.level, document.region) == ("provincial", "湖南")
    assert [d.id for m in document.measures for d in m.departments] == [
        "430000-development_reform_commission", "430000-subordinate-people_government",
        "430000-commerce_bureau", "430000-subordinate-people_government"]


def test_an_autonomous_region_s_plan_naming_cities_and_counties_listed_or_run_together_keeps_its_region(tmp_path):
    # shaped after 晋政办发〔2017〕55号's head (各市、县人民政府), in Guangxi's words (自治区…, 市县人民政府)
    document = _read(tmp_path, "桂政办发〔2022〕12号\n各市、县人民政府，自治区人民政府各组成部门：\n",
                     "自治区发展改革委牵头；各市、县人民政府负责", "自治区商务厅牵头；市县人民政府负责")
    assert (document.level, document.region) == ("provincial", "广西")


def test_a_province_s_plan_naming_cities_prefectures_and_counties_keeps_its_province(tmp_path):
    # shaped after 鄂政发〔2018〕26号 (各市、州、县人民政府), with 各县市区人民政府 in a cell
    document = _read(tmp_path, "鄂政发〔2018〕26号\n各市、州、县人民政府，省政府各部门：\n",
                     "省发展改革委牵头；各市、州、县人民政府负责", "省商务厅牵头；各县市区人民政府负责")
    assert (document.level, document.region) == ("provincial", "湖北")


def test_a_provincial_plan_naming_no_place_says_its_level_and_that_its_region_is_unknown(tmp_path):
    # before: no level and no warning; now the 省… bodies give the level, and the unknown region is said
    document = _read(tmp_path, "省人民政府办公厅\n各市州人民政府，省政府各厅委、各直属机构：\n",
                     "省发展改革委牵头；各市州人民政府负责", "省商务厅牵头；县市区人民政府负责")
    assert (document.level, document.region) == ("provincial", None)
    assert _said(document, "region_unnamed") == [
        "a provincial document for which no place of its own is read in its title, issuer, 文号, notice or "
        "bodies: its region is unknown, and its bodies written with their level word only "
        "(省发展改革委牵头、省商务厅牵头) are left unresolved"]


def test_a_county_s_market_bureau_written_县市场监管局_still_says_a_county_s_level(tmp_path):
    # 县 then 市场监管局, the county's own bureau, not 县市 (counties and cities)
    document = _read(tmp_path, "各乡镇人民政府，县直各单位：\n", "县市场监管局牵头；县商务局配合", "县发改局牵头")
    assert document.level == "county"
    assert _said(document, "level_from_bodies") == [
        "nothing else gives its level, and its bodies are written 县… only "
        "(县市场监管局牵头、县商务局配合、县发改局牵头): read as a county document"]


def test_a_city_s_plan_naming_its_counties_cities_and_districts_stays_the_city_s(tmp_path):
    document = _read(tmp_path, "株政办发〔2022〕12号\n各县市区人民政府，市直各单位：\n",
                     "市应急管理局牵头；各县市区人民政府负责", "市商务局牵头；各县市区人民政府负责")
    assert (document.level, document.region) == ("municipal", "株洲")


def test_a_city_s_plan_naming_a_partner_prefecture_s_bodies_is_placed_by_its_doc_no(tmp_path):
    # 杭州 helps 黔东南州 and 恩施州: its plan names their 州… bodies beside its own 市… ones. Before,
    # 州 beside 市 fitted no place, and 杭 placed nothing (region_unnamed)
    document = _read(tmp_path, "杭政办函〔2022〕12号\n各区、县（市）人民政府，市政府各部门：\n",
                     "市发改委牵头；州发改委配合", "市商务局、州商务局负责")
    assert (document.level, document.region) == ("municipal", "杭州")
    assert _said(document, "region_inferred") == [
        "the document's metadata names no region; taken from its 文号 杭政办函〔2022〕12号, which opens with 杭, "
        "the abbreviation of 杭州市 alone among the places whose bodies are written 市…; its bodies written 州… "
        "are another place's of its level, left unresolved"]
    assert [d.id for m in document.measures for d in m.departments] == [
        "330100-development_reform_commission", None, "330100-commerce_bureau", None]


def test_州_bodies_alone_under_a_city_s_doc_no_still_place_nothing(tmp_path):
    # the city's own word (市) is not among them: no body of the plan is 杭州's
    document = _read(tmp_path, "杭政办函〔2022〕12号\n各区、县（市）人民政府，市政府各部门：\n",
                     "州发改委牵头", "州商务局负责")
    assert (document.level, document.region) == ("municipal", None)
    assert not _said(document, "region_inferred")


def test_a_city_s_bodies_listed_after_a_place_ending_with_a_level_word_still_say_the_city_s_level(tmp_path):
    # 高新区、市发改委 (三门峡's 军分区、市民政局): 市 opens the city's body after a zone's name ending
    # with 区, not a level word listed after another (市、县人民政府)
    document = _read(tmp_path, "株政办发〔2022〕12号\n各县市区人民政府，市直各单位：\n",
                     "高新区、市发改委牵头", "军分区、市民政局负责")
    assert (document.level, document.region) == ("municipal", "株洲")
    assert [d.id for m in document.measures for d in m.departments][-1] == "430200-civil_affairs_bureau"


def test_a_level_word_listed_after_levels_named_in_brackets_still_names_a_level(tmp_path):
    # 各县（市、区）人民政府: 区 listed after 市, both levels, no body — the 市 bodies alone speak
    document = _read(tmp_path, "株政办发〔2022〕12号\n", "市发改委牵头；各县（市、区）人民政府负责", "市商务局负责")
    assert (document.level, document.region) == ("municipal", "株洲")


def test_a_lower_level_word_listed_after_a_city_s_name_names_its_levels(tmp_path):
    # 郴州市、县人民政府: the city's and its counties' governments, no county's body — the 省… bodies
    # alone speak, a province's
    document = _read(tmp_path, "湘政办发〔2022〕12号\n", "省发展改革委牵头；各市、州、县人民政府负责",
                     "省商务厅、郴州市、县人民政府负责")
    assert (document.level, document.region) == ("provincial", "湖南")


def test_a_city_s_municipal_works_and_city_appearance_bureaus_say_the_city_s_level(tmp_path):
    # 市市政公用局, 市市容环卫局: the city's bureaus of 市政 (municipal works) and 市容 (city appearance),
    # 市 then a word opening with 市, as 市市场监管局 — not 市 run into 市 naming levels
    document = _read(tmp_path, "株政办发〔2022〕12号\n", "市市政公用局牵头", "市市容环卫局负责")
    assert (document.level, document.region) == ("municipal", "株洲")


def test_a_county_s_municipal_works_bureau_is_one_of_its_bodies(tmp_path):
    document = _read(tmp_path, "各乡镇人民政府，县直各单位：\n", "县市政工程管理处牵头", "县市容局负责；县城管局配合")
    assert _said(document, "level_from_bodies") == [
        "nothing else gives its level, and its bodies are written 县… only "
        "(县市政工程管理处牵头、县市容局负责、县城管局配合): read as a county document"]


def test_counties_and_cities_governments_written_县市政府_name_levels(tmp_path):
    # 各县市政府: the counties' and county-level cities' governments (政府 after 市), no county's body
    document = _read(tmp_path, "湘政办发〔2022〕12号\n", "省发展改革委牵头；各县市政府负责", "省商务厅牵头；县市政府负责")
    assert (document.level, document.region) == ("provincial", "湖南")


def test_a_city_s_plan_naming_a_partner_prefecture_s_bodies_in_full_is_not_placed_there(tmp_path):
    # 市发改委 leads beside 黔东南州人民政府 and 黔东南州商务局 named in full: the prefecture is the city's
    # partner — its word is 州, not the 市 of the leading body — and no 文号 tells the city: left
    # unplaced and said so, its 市发改委 no body of 黔东南's (since meta42 said as what the text and the bodies each
    # name: the text names 黔东南州 alone, the bodies speak at two levels; before, the generic region_unnamed)
    document = _read(tmp_path, "各区、县（市）人民政府，市政府各部门：\n",
                     "市发改委牵头；黔东南州人民政府、州发改委配合", "黔东南州商务局、州商务局负责")
    assert (document.level, document.region) == ("municipal", None)
    assert [d.id for m in document.measures for d in m.departments][0] is None
    assert _said(document, "region_unplaced") == [
        "the page prints no place in its title, issuer, 文号 or signature; its text names 黔东南州 and no other place, but "
        "its bodies are written 市、州… (市发改委牵头、州发改委配合、州商务局负责): none is taken for its region"]
