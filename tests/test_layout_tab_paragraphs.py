"""National 2020 task table (seed 000): tab-separated rows, <p> cells packing several measures."""

from tests.conftest import by_number, codes


def test_measures_1_to_122_each_once(national2020):
    assert [m.number for m in national2020.measures] == list(range(1, 123))


def test_eight_headings_numbered_1_to_8(national2020):
    headings = national2020.tables[0].headings
    assert [h.number for h in headings] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [h.title for h in headings][0] == "全面探索完善管理体制"
    assert headings[7].title == "全面探索健全统计体系"


def test_header_columns_get_their_roles(national2020):
    table = national2020.tables[0]
    assert table.columns == ["试点任务", "序号", "具体举措", "责任分工"]
    assert table.roles == ["heading", "number", "text", "responsibility"]


def test_packed_measures_107_to_118_are_twelve_with_their_own_responsibility(national2020):
    measures = by_number(national2020)
    assert measures[107].text.startswith("允许境外知名仲裁及争议解决机构在试点地区设立业务机构")
    assert measures[107].responsibility == "司法部、最高人民法院确定试点地区并制订政策保障措施"
    assert measures[112].responsibility == "人民银行、银保监会、证监会、知识产权局、中央宣传部等支持和指导；试点地区负责推进"
    assert measures[114].responsibility == "商务部支持和指导；试点地区负责推进"
    assert measures[118].responsibility == "市场监管总局制订政策保障措施；试点地区负责推进"
    assert len({measures[n].responsibility for n in range(107, 119)}) == 12  # each its own, none repeated or lost


def test_responsibility_of_113_opens_the_second_block(national2020):
    measure = by_number(national2020)[113]
    assert measure.responsibility == "中国出口信保公司和试点地区负责推进"
    assert "responsibility_list_shifted" in codes(measure)


def test_packed_measures_hang_under_headings_6_and_7(national2020):
    measures = by_number(national2020)
    assert {measures[n].heading_number for n in range(107, 114)} == {6}
    assert {measures[n].heading_number for n in range(114, 119)} == {7}
    assert measures[119].heading_number == 8


def test_scrambled_headings_2_and_3_are_reported(national2020):
    heading2, heading3 = national2020.tables[0].headings[1:3]
    assert heading2.number_raw == "（二）" and heading2.title == "探索扩大对外开放"
    assert heading3.number_raw == "（三）" and heading3.title == "探索提升便利化水平"
    assert codes(heading2) == ["heading_scrambled"]
    assert heading2.warnings[0].message == "heading text is split around its number （二）: 探索扩大对外开放 / （二）全面开放"
    assert heading3.description.startswith("全面\n树立在发展中规范")


def test_headings_printed_without_number_are_inferred_and_reported(national2020):
    heading6, heading7 = national2020.tables[0].headings[5:7]
    assert (heading6.number_raw, heading6.number, heading6.title) == (None, 6, "探索优化政策体系")
    assert (heading7.number_raw, heading7.number, heading7.title) == (None, 7, "探索完善监管模式")
    assert codes(heading6) == ["heading_number_missing"]


def test_heading_5_stands_after_106_without_measures(national2020):
    heading5 = national2020.tables[0].headings[4]
    assert heading5.title == "全面探索健全促进体系"
    assert "heading_empty" in codes(heading5)
    assert by_number(national2020)[106].heading_number == 4


def test_rows_without_leading_tab_keep_heading_1(national2020):
    measure = by_number(national2020)[12]
    assert measure.heading_number == 1
    assert measure.responsibility == "卫生健康委、住房城乡建设部支持和指导；试点地区负责推进"


def test_heading_sharing_a_row_with_measure_119(national2020):
    heading8 = national2020.tables[0].headings[7]
    assert heading8.number_raw == "(八)"
    assert heading8.description.startswith("推动完善服务和方贸易统计制度")


def test_repeated_pilot_areas_are_reported_on_94_and_95(national2020):
    measures = by_number(national2020)
    for number in (94, 95):
        warning = next(w for w in measures[number].warnings if w.code == "duplicate_name")
        assert "青岛×3" in warning.message


def test_provenance_points_at_the_source_line(national2020):
    measure = by_number(national2020)[1]
    assert (measure.source.file, measure.source.format) == ("000_e0aac6ab09a0c8fd.txt", "text")
    assert (measure.source.table, measure.source.row, measure.source.line_start) == (1, 2, 6)
