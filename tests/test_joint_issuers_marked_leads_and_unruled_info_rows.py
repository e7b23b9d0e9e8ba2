"""Bodies listed with 、 before a title's 关于 are its joint issuers (places listed so are none), a carrying-out word
after the last of them ends the list; a lead marked after its name in a last item's owners' bracket is read over a
signature; an information table's first row printed without pipes gives the title without its label, the 文号 on its
line, and a 发布机构 row outranks 信息来源."""

from __future__ import annotations

from tests.page_metadata import lines_metadata, owners, read_text

NOTICE = ("各区人民政府，市直各单位：", "一、加快推进。（责任单位：市商务局）")


# --- bodies listed with 、 before 关于 (places9) on the titles a notice most often prints --------------------------

def test_bodies_listed_before_about_printing_a_notice_are_the_issuers():
    # before: no issuer — read greedily, the last name ran on to the 关于 of 关于印发 (…委员会关于) and ended as no body
    # does; and with the space meta43's spaced titles print before 关于 the listed names were not read at all
    for title in ("厦门市商务局、厦门市发展和改革委员会关于印发厦门市扩大开放实施方案的通知",
                  "厦门市商务局、厦门市发展和改革委员会 关于印发厦门市扩大开放实施方案的通知"):
        found = lines_metadata(title, *NOTICE)
        assert (found.issuer, found.level, found.region) == ("厦门市商务局、厦门市发展和改革委员会", "municipal", "厦门"), title


def test_the_last_listed_body_carrying_out_another_s_document_is_the_body_before_the_word():
    # before: 中共惠州市委、惠州市人民政府贯彻落实国务院 — places9's carrying-out word read only where no 、 listed bodies
    found = lines_metadata("中共惠州市委、惠州市人民政府贯彻落实国务院关于深化改革的实施意见", *NOTICE)
    assert (found.issuer, found.region) == ("中共惠州市委、惠州市人民政府", "惠州")


def test_places_listed_before_about_printing_a_notice_are_still_no_issuers():
    # quiet: 北京市、天津市 are places, with 关于印发 as without it
    for title in ("北京市、天津市关于印发某某合作方案的通知", "北京、天津 关于深化某某合作的通知"):
        assert lines_metadata(title, *NOTICE).issuer is None, title


# --- a last item's owners' bracket marking its lead after the name (prose22), over a signature (meta43) ---------------

_SIGNED_PLAN = ("蔡甸区人民政府办公室关于印发蔡甸区优化营商环境若干措施的通知\n各街道办事处，区直各单位：\n"
                "现将《蔡甸区优化营商环境若干措施》印发给你们，请认真贯彻落实。\n蔡甸区优化营商环境若干措施\n"
                "1。优化审批服务，推行企业开办一日办结。（责任单位：区行政审批局*、区发改局。带*号的为牵头单位）\n"
                "2。加强督促落实，定期报送工作进展{bracket}\n蔡甸区人民政府办公室\n2023年5月6日\n")


def test_an_owners_bracket_marking_its_lead_after_the_name_closes_the_last_item_over_a_signature(tmp_path):
    # before: …定期报送工作进展（区政府办*、区发改局） as the item's text, no owner, responsibility_missing — a bracket
    # of names was judged by their endings with the mark still on (办*), where a mark before the name (*区政府办) was read
    found = read_text(tmp_path, _SIGNED_PLAN.format(bracket="（区政府办*、区发改局）"))
    last = found.measures[-1]
    assert (last.text, owners(last)) == ("加强督促落实，定期报送工作进展", [("区政府办", "lead"), ("区发改局", "carry_out")])
    assert [w.code for w in last.warnings] == []


def test_an_aside_ending_in_a_mark_stays_the_item_s_text(tmp_path):
    # quiet: a bracket whose words end in a mark but name no body (重点项目★) is the item's
    found = read_text(tmp_path, _SIGNED_PLAN.format(bracket="（重点项目★）"))
    assert found.measures[-1].text == "加强督促落实，定期报送工作进展（重点项目★）"


# --- an information table's title row without its pipes (prose22), its number on its line (places9), 信息来源 (meta43) -

_ZIYANG = ("各镇人民政府，县直各单位：", "现将《紫阳县优化营商环境实施方案》印发给你们，请认真贯彻落实。")
_TITLE = "关于印发紫阳县优化营商环境实施方案的通知"


def test_a_title_row_closed_by_its_own_number_opens_the_table():
    # before: title 文件名称关于印发…的通知 — the row's value was no whole title with the number after it, so the
    # table's first row was left a line and its label kept in the title (the number read by places9's rule)
    for row in (f"文件名称 {_TITLE} 紫发改发〔2023〕3号", f"文件名称 {_TITLE}（紫发改发〔2023〕3号）"):
        found = lines_metadata(row, "索引号 11610924/2023-00012 公开目录: 县发改局", *_ZIYANG)
        assert (found.title, found.doc_no) == (_TITLE, "紫发改发〔2023〕3号"), row


def test_a_title_row_over_rows_printing_their_labels_apart_opens_the_table():
    # before: title 文件名称关于…, no issuer — 信息来源 紫阳县人民政府办公室 / 发布机构 紫阳县发展和改革局, no colon
    # left, were no rows, so nor was the title's; read, the publisher outranks the page's source as meta43 ranks them
    found = lines_metadata(f"文件名称 {_TITLE}", "信息来源 紫阳县人民政府办公室", "发布机构 紫阳县发展和改革局", *_ZIYANG)
    assert (found.title, found.issuer, found.region) == (_TITLE, "紫阳县发展和改革局", "紫阳县")


def test_a_label_before_words_no_title_ends_with_over_a_row_apart_is_no_row():
    # quiet: 文件名称 over words no title ends with stays a line of the page (prose22's own quiet case, one row apart)
    found = lines_metadata("文件名称 有关事项说明", "信息来源 紫阳县人民政府办公室", *_ZIYANG)
    assert found.title != "有关事项说明"
