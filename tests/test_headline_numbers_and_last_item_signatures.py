"""A site's headline closed by the notice's own 文号 over the address line is its title, but a body's name or a red head
so closed names the maker and is no title; a signature under a last item without a stop stays out of the item's text
when it is several signers or opens with 中共, and a bare body over a date stays the item's (each with a quiet case)."""

from __future__ import annotations

from tests.page_metadata import lines_metadata, read_text

_ADDRESSED = ("各乡镇人民政府、县直各单位:", "现将有关事项通知如下。")


# --- a body's name closed by the notice's number over the address line is no headline -------------------------------

def test_a_body_s_name_closed_by_its_number_over_the_address_line_is_no_title():
    # before: title 华容县人民政府办公室 — the short-headline rule took the red head that lost its 文件 (the maker's
    # name and the notice's number) for the notice's headline
    found = lines_metadata("华容县人民政府办公室（华政办发〔2021〕2号）", *_ADDRESSED)
    assert found.title is None


def test_a_body_s_name_over_its_number_in_brackets_over_the_address_line_is_no_title():
    # before: title 华容县人民政府; the number is still read
    found = lines_metadata("华容县人民政府", "（华政发〔2021〕2号）", *_ADDRESSED)
    assert (found.title, found.doc_no) == (None, "华政发〔2021〕2号")


def test_a_red_head_closed_by_its_number_over_the_address_line_is_no_title():
    # before: title 华容县人民政府办公室文件 — the red head (the maker's name and 文件) taken for the headline
    found = lines_metadata("华容县人民政府办公室文件（华政办发〔2021〕2号）", *_ADDRESSED)
    assert found.title is None


def test_a_headline_naming_what_it_issues_is_still_the_title():
    # quiet: words naming a matter, no body's name, are the headline
    found = lines_metadata("2021年县政府重点工作任务（华政发〔2021〕2号）", *_ADDRESSED)
    assert (found.title, found.doc_no) == ("2021年县政府重点工作任务", "华政发〔2021〕2号")


# --- the signature under a last item: joint signers, and the Party's office ------------------------------------------

_PLAN = ("蔡甸区人民政府办公室关于印发蔡甸区优化营商环境若干措施的通知\n各街道办事处，区直各单位：\n"
         "现将《蔡甸区优化营商环境若干措施》印发给你们，请认真贯彻落实。\n蔡甸区优化营商环境若干措施\n"
         "一、优化审批服务。推行企业开办一日办结，实现全程网上办理。（责任单位：区行政审批局）\n"
         "二、加强督促落实。各单位要明确责任分工，定期报送工作进展\n")
_LAST = "加强督促落实。各单位要明确责任分工，定期报送工作进展"


def test_a_joint_signature_under_a_last_item_is_no_part_of_its_text(tmp_path):
    # before: …定期报送工作进展蔡甸区发展和改革局 — only the signer over the date was taken off the item
    document = read_text(tmp_path, _PLAN + "蔡甸区发展和改革局\n蔡甸区商务局\n2023年5月6日\n")
    assert [m.text for m in document.measures][-1] == _LAST


def test_a_party_office_s_signature_under_a_last_item_is_no_part_of_its_text(tmp_path):
    # before: …定期报送工作进展中共蔡甸区委办公室2023年5月6日 — 中共 before the place hid the place
    document = read_text(tmp_path, _PLAN + "中共蔡甸区委办公室\n2023年5月6日\n")
    assert [m.text for m in document.measures][-1] == _LAST


def test_a_body_without_its_place_over_a_signature_stays_the_item_s(tmp_path):
    # quiet: an owner named without its place over the signature (区商务局) is the item's, not a signer
    document = read_text(tmp_path, _PLAN + "区商务局\n蔡甸区人民政府办公室\n2023年5月6日\n")
    assert [m.text for m in document.measures][-1] == _LAST + "区商务局"
