"""One reading of a province from a 文号's opening (:func:`province_of_series`), and what each of its callers sees:
a provincial document's own 文号, the 文号 it cites as its parent, and a notice its 文号 placed."""

from __future__ import annotations

import pytest

from pilotplans.normalizers.place import province_of_series
from pilotplans.normalizers.registry import load_registry
from tests.page_metadata import read_text

_TASKS = "一、加快某某建设\n1．建设某某平台。（{first}负责）\n2．完善某某机制。（{second}负责）\n"


@pytest.mark.parametrize(("doc_no", "province"), [
    ("桂政办函〔2023〕45号", "广西壮族自治区"),  # prose-blind21's hezhou
    ("鄂政发〔2018〕26号", "湖北省"),
    ("沪府发〔2009〕25号", "上海市"),  # a municipality is a province-level place
    ("宁政发〔2021〕3号", "宁夏回族自治区"),  # 宁 is 南京's 简称 too: the province's is read
])
def test_a_province_s_short_name_opening_a_number_names_the_province(doc_no, province):
    found = province_of_series(doc_no, load_registry().gazetteer)
    assert found is not None and found.name == province


@pytest.mark.parametrize("doc_no", ["穗府〔2011〕15号", "许政〔2020〕20号", "国发〔2019〕15号", "", None])
def test_a_number_opening_with_no_province_s_short_name_names_none(doc_no):
    # quiet: 穗 is 广州's (a city), 许 the first character of 许昌, 国 no place's
    assert province_of_series(doc_no, load_registry().gazetteer) is None


def test_a_provincial_notice_placed_by_its_own_number_says_the_province_s_short_name(tmp_path):
    # the caller place_of_doc_no → notice_placed: 省人民政府 over 粤府 reads 广东, said as the province's 简称
    document = read_text(tmp_path, "省人民政府关于做好某某工作的通知\n粤府〔2020〕3号\n各地级以上市人民政府，省政府各部门：\n"
                         + _TASKS.format(first="省发展改革委", second="省商务厅"))
    assert (document.level, document.region) == ("provincial", "广东")
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == [
        "the document's metadata names no region; taken from its 文号 粤府〔2020〕3号, which opens with the abbreviation "
        "of 广东省"]


def test_a_municipality_placed_by_its_own_number_says_the_number_s_opening(tmp_path):
    # quiet: a municipality's notice (市政府 over 沪府发, its districts addressed) is said as its number's opening, the
    # provincial wording kept for provinces
    document = read_text(tmp_path, "市政府关于做好某某工作的通知\n沪府发〔2009〕25号\n各区人民政府，市政府各委、办、局：\n"
                         + _TASKS.format(first="市发展改革委", second="市商务委"))
    assert (document.level, document.region) == ("municipal", "上海")
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == [
        "the document's metadata names no region; taken from its 文号's opening 沪府, which names 上海"]
