"""Where today's branches meet (whole review 42): faults no branch's own review could see."""

from __future__ import annotations

from tests.page_metadata import lines_metadata

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
