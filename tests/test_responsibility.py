"""Reading responsibility cells of the five sources into mentions with roles."""

from __future__ import annotations

from pilotplans.normalizers.responsibility import parse_lead_first, parse_responsibility


def _read(cell: str, **options) -> list[tuple]:
    return [(m.text, m.side, m.role, m.role_phrase) for m in parse_responsibility(cell, **options)]


def test_national_measure_1_joint_office_members_and_pilot_areas():
    cell = "国务院服务贸易发展部际联席会议办公室（商务部）牵头，各成员单位和相关负责部门共同负责推进；试点地区负责推进"
    mentions = parse_responsibility(cell)
    assert [(m.text, m.side, m.role, m.role_phrase, m.clause, m.group) for m in mentions] == [
        ("国务院服务贸易发展部际联席会议办公室", "body", "lead", "牵头", 0, 0),
        ("各成员单位", "body", "joint", "共同负责推进", 0, 1),
        ("相关负责部门", "body", "joint", "共同负责推进", 0, 1),
        ("试点地区", "region", "carry_out", "负责推进", 1, 0),
    ]
    assert mentions[0].qualifier == "商务部"


def test_policy_and_a_list_of_pilot_areas_closed_by_etc():
    mentions = parse_responsibility("住房城乡建设部制订政策保障措施；北京、深圳、武汉、广州等试点地区负责推进")
    assert [(m.text, m.side, m.role) for m in mentions] == [
        ("住房城乡建设部", "body", "policy"),
        ("北京", "region", "carry_out"),
        ("深圳", "region", "carry_out"),
        ("武汉", "region", "carry_out"),
        ("广州", "region", "carry_out"),
    ]
    assert (mentions[-1].etc, mentions[-1].etc_tail) == (True, "试点地区")


def test_he_inside_names_does_not_cut_them():
    cell = ("人力资源部社会保障部、人民银行、银保监会、证监会、住房和城乡建设部、自然资源部、工业和信息化部等制订政策保障措施；"
            "北京、天津、上海、海南、厦门、深圳、南京等试点地区负责推进")
    bodies = [m.text for m in parse_responsibility(cell) if m.side == "body"]
    assert bodies == ["人力资源部社会保障部", "人民银行", "银保监会", "证监会", "住房和城乡建设部", "自然资源部", "工业和信息化部"]


def test_he_between_two_names_cuts_them():
    assert _read("中国出口信保公司和试点地区负责推进") == [
        ("中国出口信保公司", "body", "carry_out", "负责推进"),
        ("试点地区", "region", "carry_out", "负责推进"),
    ]


def test_two_role_groups_in_one_clause():
    assert _read("银保监会、商务部等制订政策保障措施，卫生健康委支持和指导；试点地区负责推进") == [
        ("银保监会", "body", "policy", "制订政策保障措施"),
        ("商务部", "body", "policy", "制订政策保障措施"),
        ("卫生健康委", "body", "support", "支持和指导"),
        ("试点地区", "region", "carry_out", "负责推进"),
    ]


def test_a_compound_role_phrase_carries_every_role():
    lead = parse_responsibility("商务部牵头制订政策保障措施；海南负责推进")[0]
    guide = parse_responsibility("中央网信办指导并制订政策保障措施；北京、上海、海南、雄安新区等试点地区负责推进")[0]
    assert (lead.roles, lead.role_phrase) == (("lead", "policy"), "牵头制订政策保障措施")
    assert (guide.roles, guide.role_phrase) == (("support", "policy"), "指导并制订政策保障措施")


def test_2018_table_joint_with_other_departments():
    assert _read("试点地区负责推进；商务部会同有关部门和单位支持指导") == [
        ("试点地区", "region", "carry_out", "负责推进"),
        ("商务部", "body", "support", "支持指导"),
        ("有关部门和单位", "body", "support", "支持指导"),
    ]


def test_2018_table_compound_phrase_with_connector():
    mention = parse_responsibility("试点地区负责推进；人民银行、银保监会、证监会等部门和单位负责落实政策保障并予以支持指导")[-1]
    assert (mention.text, mention.roles, mention.etc_tail) == ("证监会", ("policy", "support"), "部门和单位")


def test_a_place_inside_the_role_phrase():
    mentions = parse_responsibility("中央宣传部负责在有关试点地区推进")
    assert [(m.text, m.side, m.role) for m in mentions] == [
        ("中央宣传部", "body", "carry_out"),
        ("有关试点地区", "region", "carry_out"),
    ]


def test_list_opener_and_a_trailing_clause_without_role():
    cell = "人民银行制订政策保障措施；先由深圳、成都、苏州、雄安新区等地及未来冬奥场景相关部门协助推进，后续视情扩大到其他地区"
    assert _read(cell) == [
        ("人民银行", "body", "policy", "制订政策保障措施"),
        ("深圳", "region", "assist", "协助推进"),
        ("成都", "region", "assist", "协助推进"),
        ("苏州", "region", "assist", "协助推进"),
        ("雄安新区", "region", "assist", "协助推进"),
        ("未来冬奥场景相关部门", "body", "assist", "协助推进"),
        ("其他地区", "region", None, None),
    ]


def test_a_remark_in_brackets_after_the_role_phrase():
    mention = parse_responsibility("体育总局、发展改革委、自然资源部、文化和旅游部等制订政策保障措施；有关城市入选试点城市负责推进（以体育消费试点城市最终公布名单为准）")[-1]
    assert (mention.text, mention.side, mention.role, mention.note) == (
        "有关城市入选试点城市", "region", "carry_out", "以体育消费试点城市最终公布名单为准")


def test_brackets_keep_their_commas():
    assert _read("银保监会制订政策保障措施；有关省（自治区、直辖市）和各试点地区负责推进")[1:] == [
        ("有关省（自治区、直辖市）", "region", "carry_out", "负责推进"),
        ("各试点地区", "region", "carry_out", "负责推进"),
    ]


def test_a_second_name_in_angle_brackets_after_a_body_is_its_qualifier_as_in_round_ones():
    # 温州湾新区 (2025): 新区科技和人才局〈区科技局〉
    for cell in ("新区科技和人才局〈区科技局、区人才办〉、区商务局", "新区科技和人才局（区科技局、区人才办）、区商务局"):
        assert [(m.text, m.qualifier) for m in parse_responsibility(cell)] == [
            ("新区科技和人才局", "区科技局、区人才办"), ("区商务局", None)]


def test_a_title_in_angle_brackets_inside_a_titles_corner_brackets_stays_as_printed():
    assert [(m.text, m.qualifier) for m in parse_responsibility("区商务局、区财政局落实《关于〈若干措施、办法〉的通知》")] == [
        ("区商务局", None), ("区财政局落实《关于〈若干措施、办法〉的通知》", None)]


def test_quotes_keep_their_commas():
    assert _read("省市场监督管理局牵头，“双随机、一公开”监管联席会议成员单位负责推进。") == [
        ("省市场监督管理局", "body", "lead", "牵头"),
        ("“双随机、一公开”监管联席会议成员单位", "body", "carry_out", "负责推进"),
    ]


def test_hainan_functional_stems_and_cities_and_counties():
    assert _read("省住建厅统筹指导，发改、交通、水务、环保、资规等有关部门和市县负责推进。") == [
        ("省住建厅", "body", "coordinate", "统筹指导"),
        ("发改", "body", "carry_out", "负责推进"),
        ("交通", "body", "carry_out", "负责推进"),
        ("水务", "body", "carry_out", "负责推进"),
        ("环保", "body", "carry_out", "负责推进"),
        ("资规", "body", "carry_out", "负责推进"),
        ("市县", "region", "carry_out", "负责推进"),
    ]


def test_hainan_role_phrase_followed_by_a_list_comma():
    assert _read("省公安厅负责推进、省委外办、省旅文厅配合落实。") == [
        ("省公安厅", "body", "carry_out", "负责推进"),
        ("省委外办", "body", "assist", "配合落实"),
        ("省旅文厅", "body", "assist", "配合落实"),
    ]


def test_hainan_stray_comma_before_the_role_phrase():
    assert _read("海南银保监局、省金融局、省商务厅、负责统筹指导，各市县落实推进。") == [
        ("海南银保监局", "body", "coordinate", "负责统筹指导"),
        ("省金融局", "body", "coordinate", "负责统筹指导"),
        ("省商务厅", "body", "coordinate", "负责统筹指导"),
        ("各市县", "region", "carry_out", "落实推进"),
    ]


def test_hainan_half_width_comma_and_parks():
    assert _read("省药品监管局、海口海关等负责推进,各有关部门及市县、园区配合落实。") == [
        ("省药品监管局", "body", "carry_out", "负责推进"),
        ("海口海关", "body", "carry_out", "负责推进"),
        ("各有关部门", "body", "assist", "配合落实"),
        ("市县", "region", "assist", "配合落实"),
        ("园区", "body", "assist", "配合落实"),
    ]


def test_xiamen_lead_unit_first_and_helpers_after_the_comma():
    mentions = parse_lead_first("市建设局，市发改委、市财政局、市资源规划局")
    assert [(m.text, m.role, m.role_source, m.group) for m in mentions] == [
        ("市建设局", "lead", "convention", 0),
        ("市发改委", "assist", "convention", 1),
        ("市财政局", "assist", "convention", 1),
        ("市资源规划局", "assist", "convention", 1),
    ]


def test_xiamen_two_lead_units():
    mentions = parse_responsibility("人行厦门中心支行、外汇局厦门市分局，市金融监管局、厦门银保监局", convention="lead_first")
    assert [(m.text, m.role) for m in mentions] == [
        ("人行厦门中心支行", "lead"),
        ("外汇局厦门市分局", "lead"),
        ("市金融监管局", "assist"),
        ("厦门银保监局", "assist"),
    ]


def test_xiamen_superior_column_with_a_default_role():
    mentions = parse_responsibility("卫健委、住建部", default_role="support")
    assert [(m.text, m.role, m.role_source, m.role_phrase) for m in mentions] == [
        ("卫健委", "support", "default", None),
        ("住建部", "support", "default", None),
    ]


def test_xiamen_superior_column_with_other_members():
    bodies = [m.text for m in parse_responsibility("商务部、统计局、外汇局、市场监管总局、海关总署、人民银行、银保监会、证监会及联席会议其他成员")]
    assert bodies[-2:] == ["证监会", "联席会议其他成员"]


def test_a_dash_names_nobody():
    assert parse_responsibility("-") == []
    assert parse_responsibility("") == []


def test_labelled_lists_give_their_bodies_the_role_of_their_label():
    assert [(m.text, m.role, m.role_source) for m in parse_responsibility("牵头单位：市商务局；责任单位：市发展改革委、市市场监管局")] == [
        ("市商务局", "lead", "label"), ("市发展改革委", "carry_out", "label"), ("市市场监管局", "carry_out", "label"),
    ]


def test_labelled_lists_joined_by_a_comma_or_a_space():
    assert [(m.text, m.role) for m in parse_responsibility("牵头单位:区政府办公室,责任单位:区政府有关部门")] == [
        ("区政府办公室", "lead"), ("区政府有关部门", "carry_out"),
    ]
    assert [(m.text, m.role) for m in parse_responsibility("牵头单位：市商务局\u3000配合单位：市邮政管理局")] == [
        ("市商务局", "lead"), ("市邮政管理局", "assist"),
    ]


def test_labelled_lists_printed_as_sentences_or_on_lines_of_their_own():
    assert [(m.text, m.role) for m in parse_responsibility("牵头单位：市交通运输局。责任单位：市港务局、岳阳海关。")] == [
        ("市交通运输局", "lead"), ("市港务局", "carry_out"), ("岳阳海关", "carry_out"),
    ]
    assert [(m.text, m.role) for m in parse_responsibility("牵头单位：市商务局\n责任单位：市财政局")] == [
        ("市商务局", "lead"), ("市财政局", "carry_out"),
    ]


def test_a_label_run_into_the_list_before_it_as_a_pdf_joins_a_cells_lines():
    assert [(m.text, m.role) for m in parse_responsibility("牵头单位：市商务局责任单位：岳阳经开区管委会、市财政局")] == [
        ("市商务局", "lead"), ("岳阳经开区管委会", "carry_out"), ("市财政局", "carry_out"),
    ]


def test_a_body_named_like_a_label_is_no_label_without_a_colon():
    assert [(m.text, m.role) for m in parse_responsibility("牵头单位：市商务局、市建设单位服务中心")] == [
        ("市商务局", "lead"), ("市建设单位服务中心", "lead"),
    ]


def test_a_role_phrase_wins_over_the_label():
    assert [(m.text, m.role) for m in parse_responsibility("责任单位：市商务局牵头，市财政局配合")] == [
        ("市商务局", "lead"), ("市财政局", "assist"),
    ]


def test_a_label_printed_before_the_text_and_dropped():
    assert [(m.text, m.role) for m in parse_responsibility("市文广旅局、市商务局", label="牵头单位")] == [
        ("市文广旅局", "lead"), ("市商务局", "lead"),
    ]


def test_traditional_role_phrases_and_labels_read_as_simplified_and_names_stay_as_printed():
    assert _read("市人力資源社會保障局、市住房城鄉建設局負責") == [
        ("市人力資源社會保障局", "body", "carry_out", "負責"),
        ("市住房城鄉建設局", "body", "carry_out", "負責"),
    ]
    assert [(m.text, m.role) for m in parse_responsibility("牽頭單位：州商務局；責任單位：州稅務局")] == [
        ("州商務局", "lead"), ("州稅務局", "carry_out"),
    ]


def test_half_width_brackets_inside_a_name_stay_as_printed():
    assert [m.text for m in parse_responsibility("区政府有关部门、各街道(功能区)", default_role="carry_out")] == [
        "区政府有关部门", "各街道(功能区)",
    ]


def test_the_bracket_of_a_collective_opening_with_each_is_part_of_its_name():
    mention = parse_responsibility("市发展改革委、各区县（开发区）负责")[1]
    assert (mention.text, mention.qualifier) == ("各区县（开发区）", None)


def test_by_their_duties_is_a_role_phrase():
    assert _read("市人力社保局牵头，市教育局、市商务局等按职责分工负责")[1:] == [
        ("市教育局", "body", "carry_out", "按职责分工负责"),
        ("市商务局", "body", "carry_out", "按职责分工负责"),
    ]


def test_a_role_phrase_in_brackets_after_one_body_is_its_role():
    assert [(m.text, m.role, m.role_phrase) for m in parse_responsibility("市发展改革委（牵头）、市商务局、市财政局", label="责任单位")] == [
        ("市发展改革委", "lead", "牵头"), ("市商务局", "carry_out", None), ("市财政局", "carry_out", None),
    ]


def test_carrying_out_by_putting_into_effect():
    assert _read("市商务局牵头，各区政府落实") == [
        ("市商务局", "body", "lead", "牵头"), ("各区政府", "body", "carry_out", "落实"),
    ]


def test_places_under_the_region_share_the_ending_of_the_body_after_them():
    assert [m.text for m in parse_responsibility("省大数据局、各市〔州〕、贵安新区数据管理部门")] == [
        "省大数据局", "各市〔州〕、贵安新区数据管理部门"]
    assert [m.text for m in parse_responsibility("各市、县人民政府")] == ["各市、县人民政府"]


def test_named_places_before_a_body_keep_their_own_items():
    assert [m.text for m in parse_responsibility("杭州市、宁波市商务局")] == ["杭州市", "宁波市商务局"]
    assert [m.text for m in parse_responsibility("各区，市商务局")] == ["各区", "市商务局"]


def test_a_list_in_traditional_characters_is_cut_as_in_simplified_ones():
    assert [m.text for m in parse_responsibility("市級各有關部門及各縣市區政府按職責分工負責")] == ["市級各有關部門", "各縣市區政府"]


def test_a_collective_whose_words_a_list_separator_parts_is_one_mention():
    assert [m.text for m in parse_responsibility("市商务局、各有关部门、单位", default_role="carry_out")] == [
        "市商务局", "各有关部门、单位"]
    assert [m.text for m in parse_responsibility("市直有关部门、单位，各区人民政府", default_role="carry_out")] == [
        "市直有关部门、单位", "各区人民政府"]


def test_two_names_a_list_separator_parts_stay_two():
    assert [m.text for m in parse_responsibility("有关部门、市商务局、市财政局", default_role="carry_out")] == [
        "有关部门", "市商务局", "市财政局"]


def test_a_run_of_list_pieces_is_never_kept_whole_across_a_local_name_without_its_place():
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.normalizers.resolve import names_a_body_alone, recognise
    from pilotplans.normalizers.segment import split_items

    roles = load_registry().roles
    assert split_items("市商务局、各区、市财政局", roles, recognise, alone=names_a_body_alone) == ["市商务局", "各区", "市财政局"]
    assert split_items("市商务局、各有关部门、单位", roles, recognise, alone=names_a_body_alone) == ["市商务局", "各有关部门、单位"]


def test_etc_closes_a_list_before_a_tiers_bodies():
    mentions = parse_responsibility("市市场监管局、市财政局等市级相关单位，各区县政府", label="责任单位")
    assert [(m.text, m.etc, m.etc_tail) for m in mentions] == [
        ("市市场监管局", False, None), ("市财政局", True, "市级相关单位"), ("各区县政府", False, None),
    ]
    assert [(m.text, m.etc_tail) for m in parse_responsibility("省商务厅等省直各有关部门负责")] == [("省商务厅", "省直各有关部门")]


def test_etc_inside_a_name_that_no_tail_follows_stays_whole():
    assert [(m.text, m.etc) for m in parse_responsibility("市平等就业促进中心、市财政局")] == [
        ("市平等就业促进中心", False), ("市财政局", False),
    ]


def test_etc_with_a_provinces_bodies_then_and_another_body():
    mentions = parse_responsibility("省发展改革委、能源局等省有关部门和各地级以上市人民政府按职责分工负责")
    assert [(m.text, m.etc_tail, m.role) for m in mentions] == [
        ("省发展改革委", None, "carry_out"), ("能源局", "省有关部门", "carry_out"), ("各地级以上市人民政府", None, "carry_out"),
    ]


def test_bodies_that_each_lead_are_leads_named_without_the_adverb():
    # 丽水市 2023 责任分解: 责任单位:市人力社保局、市农业农村局分别牵头
    assert [(m.text, m.role) for m in parse_responsibility("市人力社保局、市农业农村局分别牵头")] == [
        ("市人力社保局", "lead"), ("市农业农村局", "lead"),
    ]


def test_bodies_that_each_carry_out_stay_carrying_out():
    assert [(m.text, m.role) for m in parse_responsibility("市人力社保局、市农业农村局分别负责")] == [
        ("市人力社保局", "carry_out"), ("市农业农村局", "carry_out"),
    ]


def test_responsible_for_leading_is_a_lead():
    # 新疆 2015: 此项工作由自治区政府投资建设项目代建管理局负责牵头，会同自治区财政厅、畜牧厅…共同完成
    assert [(m.text, m.role, m.roles) for m in parse_responsibility("自治区发展改革委负责牵头")] == [
        ("自治区发展改革委", "lead", ("lead",)),
    ]


def test_leading_and_then_being_responsible_stays_a_lead_and_a_carrier():
    assert [(m.text, m.roles) for m in parse_responsibility("自治区发展改革委牵头并负责")] == [
        ("自治区发展改革委", ("lead", "carry_out")),
    ]


def test_leading_by_supervising_is_a_lead_and_its_helpers_assist():
    # 潮州市打赢蓝天保卫战实施方案 (2019): (市生态环境局、发展和改革局、工业和信息化局牵头督导，市公安局…配合)
    mentions = parse_responsibility("市生态环境局、发展和改革局牵头督导，市公安局、自然资源局配合")
    assert [(m.text, m.role) for m in mentions] == [
        ("市生态环境局", "lead"), ("发展和改革局", "lead"), ("市公安局", "assist"), ("自然资源局", "assist"),
    ]


def test_a_cell_read_again_gives_its_mentions_anew():
    # The reading of a cell is kept for the process; a caller changing the list it got does not
    # change what the next reading of the same cell gives.
    first = parse_responsibility("省商务厅牵头，省发展改革委配合")
    first.clear()
    again = parse_responsibility("省商务厅牵头，省发展改革委配合")
    assert [(m.text, m.role) for m in again] == [("省商务厅", "lead"), ("省发展改革委", "assist")]


def test_a_collective_whose_words_a_joiner_parts_is_one_mention():
    # gov.cn opinions: （各有关部门和单位，各省级人民政府按职责分工负责）
    assert [m.text for m in parse_responsibility("各有关部门和单位，各省级人民政府按职责分工负责")] == [
        "各有关部门和单位", "各省级人民政府"]


def test_a_joiner_between_two_bodies_still_parts_them():
    assert [m.text for m in parse_responsibility("市商务局和市财政局按职责分工负责")] == ["市商务局", "市财政局"]
