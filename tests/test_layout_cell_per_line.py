"""Xiamen's table (seed 003): one cell per line, six columns including 上级部门 and 备注."""

from tests.conftest import by_number


def test_measures_1_to_88(xiamen):
    assert [m.number for m in xiamen.measures] == list(range(1, 89))


def test_six_columns_with_the_wrapped_header(xiamen):
    table = xiamen.tables[0]
    assert table.columns[3] == "上级制定政策保障措施或支持和指导部门"
    assert table.roles == ["heading", "number", "text", "superior", "responsibility", "remarks"]


def test_measure_1_fields(xiamen):
    measure = by_number(xiamen)[1]
    assert measure.heading_title == "完善管理体制" and measure.heading_number == 1
    assert measure.superior == "银保监会"
    assert measure.responsibility == "厦门银保监局"
    assert measure.remarks is None
    assert (measure.source.line_start, measure.source.line_end) == (11, 15)


def test_measure_8_carries_its_remark(xiamen):
    measure = by_number(xiamen)[8]
    assert measure.remarks == "拟先行先试，形成全国首创举措"
    assert measure.superior == "-"


def test_eight_headings(xiamen):
    assert [h.title for h in xiamen.tables[0].headings][-1] == "健全统计体系"
    assert by_number(xiamen)[88].heading_number == 8


def test_metadata_from_title_and_manifest(xiamen):
    assert xiamen.title == "厦门市全面深化服务贸易创新发展试点任务、具体举措及责任分工"
    assert (xiamen.level, xiamen.region, xiamen.parent) == ("municipal", "厦门", "national-2020")
