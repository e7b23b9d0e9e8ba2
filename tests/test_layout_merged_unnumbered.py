"""National 2018 approval (seed 001): narrative, two unnumbered tables, merged cells, page-break fragments."""

from tests.conftest import codes


def tasks(document):
    return [m for m in document.measures if m.table == 2]


def opening(document):
    return [m for m in document.measures if m.table == 1]


def task(document, start):
    return next(m for m in tasks(document) if m.text.startswith(start))


def test_metadata_is_read_from_the_approval(national2018):
    assert national2018.title == "国务院关于同意深化服务贸易创新发展试点的批复"
    assert national2018.doc_no == "国函〔2018〕79号"
    assert national2018.issuer == "国务院"
    assert national2018.date.isoformat() == "2018-06-01"
    assert national2018.level == "national"


def test_attachment_3_has_42_unnumbered_tasks_under_8_headings(national2018):
    table = national2018.tables[1]
    assert table.title == "深化服务贸易创新发展试点任务及政策保障措施"
    assert table.roles == ["heading", "text", "policy", "responsibility"]
    assert len(tasks(national2018)) == 42
    assert {m.number for m in tasks(national2018)} == {None}
    assert [h.title for h in table.headings] == [
        "进一步完善 管理体制", "进一步扩大 对外开放", "进一步培育市场主体", "进一步创新发展模式",
        "进一步提升便利化水平", "进一步完善政策体系", "进一步健全统计体系", "进一步创新 监管模式",
    ]
    assert [h.number for h in table.headings] == [None] * 8


def test_first_and_last_task(national2018):
    first, last = tasks(national2018)[0], tasks(national2018)[-1]
    assert first.text == "加强国务院服务贸易发展部际联席会议工作统筹、政策协调、信息共享。"
    assert first.responsibility == "商务部牵头推进"
    assert last.text == "逐步将有关服务贸易管理事项纳入国际贸易“单一窗口”。"


def test_attachment_2_has_6_rows_under_4_fields(national2018):
    rows = opening(national2018)
    assert national2018.tables[0].kind == "opening_measures"
    assert [(m.heading_title, m.sector) for m in rows] == [
        ("金融服务", "银行业"), ("电信服务", "离岸呼叫中心业务"), ("旅行服务", "签证便利"),
        ("旅行服务", "跨境自驾游"), ("专业服务", "工程咨询服务"), ("专业服务", "法律服务"),
    ]


def test_cell_split_by_a_page_break_is_whole(national2018):
    visa = opening(national2018)[2]
    assert visa.text == "1. 探索建立来华就医签证制度。 2. 推动广东全省实施 144 小时过境免签政策。"
    assert "旅游、商务活动、人才引进" in visa.regulations


def test_task_split_by_a_page_break_is_whole(national2018):
    measure = task(national2018, "探索完善跨境交付")
    assert measure.text == "探索完善跨境交付、境外消费、自然人移动等模式下服务贸易市场准入制度，逐步放宽或取消限制措施，有序推进对外开放。"


def test_customs_task_has_its_ten_policy_rows(national2018):
    measure = task(national2018, "深入改革通关监管制度和模式")
    assert len(measure.policies) == 10
    assert measure.policies[5].text == "大力支持多式联运监管中心建设，创新多式联运监管方式，促进货物运输便利化。"
    assert measure.policies[5].responsibility == "试点地区负责推进；海关总署等部门和单位负责落实政策保障"
    assert "cell_shifted" in codes(measure)


def test_blank_responsibility_is_the_merged_cell_above(national2018):
    measure = task(national2018, "深入改革通关监管制度和模式")
    assert measure.policies[1].responsibility == "试点地区负责推进；海关总署负责落实政策保障"
    assert task(national2018, "加快服务贸易领域地方性法规立法探索").responsibility == "试点地区负责推进；商务部支持指导"


def test_policy_row_begun_in_the_heading_column_is_rejoined(national2018):
    measure = task(national2018, "加大出口信用保险和出口信贷")
    assert [p.text[:8] for p in measure.policies] == ["大力发展出口信用", "鼓励保险公司针对", "以信用保险和保证"]
    assert measure.policies[1].text == (
        "鼓励保险公司针对服务贸易企业的风险特点，有针对性地创新开发保险产品，扩大服务贸易企业的出口信用保险覆盖面，"
        "在风险可控的前提下采取灵活承保政策，简化投保手续。"
    )
    assert "cell_displaced" in codes(measure)


def test_dash_means_no_policy(national2018):
    measure = task(national2018, "扩大新兴服务业双向开放")
    assert measure.policies == []
    assert measure.responsibility == "试点地区负责推进；商务部会同有关部门和单位支持指导"
