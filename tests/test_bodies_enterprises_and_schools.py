"""Enterprises and schools, decided by family: the tobacco company of a place is its tobacco monopoly
bureau (one organ, two names); an enterprise a place owns, a commercial bank's branch, a school or an academy
is no body of the place and stays unread, and so do they named together (市属各企业, 县属国有企业, 各大中专院校).
Each name is quoted from a published page (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

ZHASHUI_2024 = make_context(region="柞水县", level="municipal", date=dt.date(2024, 6, 21))
HEZE_2023 = make_context(region="菏泽市", level="municipal", date=dt.date(2023, 1, 10))
ZHENNING_2024 = make_context(region="镇宁布依族苗族自治县", level="municipal", date=dt.date(2024, 9, 24))
DAWA_2021 = make_context(region="大洼区", level="municipal", date=dt.date(2021, 1, 25))
ZHONGXIANG_2018 = make_context(region="钟祥市", level="municipal", date=dt.date(2018, 6, 29))


def test_a_place_s_tobacco_company_is_its_tobacco_monopoly_bureau():
    for written in ("县烟草公司", "县烟草专卖局", "县烟草专卖局（公司）", "柞水县烟草公司"):
        found = resolve_body(written, ZHASHUI_2024)
        assert (found.id, found.counterparts) == ("611026-tobacco_monopoly_bureau", ("tobacco",)), written
    assert resolve_body("市烟草公司", ZHASHUI_2024).id == "611000-tobacco_monopoly_bureau"


def test_a_place_s_enterprises_and_colleges_named_together_stay_unread_too():
    # 菏政办字〔2023〕1号: 市属各企业, 各大中专院校; 镇宁自治县 2024: 县属国有企业; no set of bodies
    for written, context in (("市属各企业", HEZE_2023), ("县属国有企业", ZHENNING_2024), ("各大中专院校", HEZE_2023)):
        assert resolve_body(written, context).id is None, written


def test_one_enterprise_one_school_and_loose_words_stay_unread():
    for written, context in (("区农垦集团", DAWA_2021), ("钟祥职高", ZHONGXIANG_2018), ("有关企业", HEZE_2023),
                             ("市场企业", HEZE_2023)):
        assert resolve_body(written, context).id is None, written
