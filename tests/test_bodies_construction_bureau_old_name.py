"""A county's or a city's 建设局, the housing and construction bureau's name before the reforms of 2008–10 (and in
some places after them): 建设局 and 县建设局 in 安化县's 2010 list are the county's 住房和城乡建设局, where they were
unread. Other bureaus whose names end with 建设局 (规划建设局, a zone's; 交通建设局) stay as they were."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

ANHUA_2010 = make_context(region="安化县", level="municipal", date=dt.date(2010, 4, 30))
LANZHOU_2010 = make_context(region="兰州市", level="municipal", date=dt.date(2010, 6, 1))


def test_a_county_s_construction_bureau_by_its_old_name():
    for written in ("建设局", "县建设局", "安化县建设局"):
        found = resolve_body(written, ANHUA_2010)
        assert (found.id, found.counterparts) == ("430923-housing_construction_bureau", ("mohurd",)), written


def test_other_bureaus_ending_with_jianshe_ju_and_the_city_s_form_keep_their_reading():
    for written in ("规划建设局", "县规划建设局", "交通建设局"):
        assert resolve_body(written, ANHUA_2010).id is None, written
    found = resolve_body("市建设局", LANZHOU_2010)
    assert (found.id, found.name) == ("620100-housing_construction_bureau", "兰州市建设局")
