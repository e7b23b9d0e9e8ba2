"""Bodies of fields a place gives a body of its own, read by the field's kind: a financial development centre
(金融发展服务中心: 桐乡市 2020), a sports development centre where sport left the bureaus (市体育事业发展中心: 咸宁市
2023), a service-industry bureau (服务业局, 服务业发展局: 桐乡市 2020). None is its field's bureau, and the bureaus
and centres beside them stay what they were."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

TONGXIANG_2020 = make_context(region="桐乡市", level="municipal", date=dt.date(2020, 5, 22))
XIANNING_2023 = make_context(region="咸宁市", level="municipal", date=dt.date(2023, 2, 1))


def _read(written, context):
    found = resolve_body(written, context)
    return found.id, found.name


def test_the_financial_development_centre_is_its_own_kind_answering_to_no_ministry():
    assert _read("金融发展服务中心", TONGXIANG_2020) == ("330483-financial_development_center", "桐乡市金融发展服务中心")
    assert resolve_body("市金融发展服务中心", TONGXIANG_2020).counterpart_id is None


def test_the_service_industry_bureau_is_titled_as_written():
    assert _read("服务业局", TONGXIANG_2020) == ("330483-service_industry_bureau", "桐乡市服务业局")
    assert _read("市服务业发展局", TONGXIANG_2020) == ("330483-service_industry_bureau", "桐乡市服务业发展局")
    assert resolve_body("服务业局", TONGXIANG_2020).counterpart_id == "ndrc"


def test_the_sports_development_centre_is_its_own_kind_answering_to_the_sports_administration():
    found = resolve_body("市体育事业发展中心", XIANNING_2023)
    assert (found.id, found.name, found.counterpart_id) == (
        "421200-sports_development_center", "咸宁市体育事业发展中心", "sport")


def test_the_bureaus_and_centres_beside_them_stay_what_they_were():
    assert resolve_body("市体育局", XIANNING_2023).id == "421200-sports_bureau"
    assert resolve_body("市文旅局", XIANNING_2023).id == "421200-culture_tourism_bureau"
    assert resolve_body("市金融办", TONGXIANG_2020).id == "330483-local_financial_regulation_bureau"
    assert resolve_body("商务局", TONGXIANG_2020).id == "330483-commerce_bureau"
    assert resolve_body("市政务服务中心", TONGXIANG_2020).id == "330483-government_services_center"


def test_a_venue_or_a_field_written_without_its_body_word_is_none_of_them():
    assert resolve_body("市体育中心", XIANNING_2023).id is None
    assert resolve_body("服务业发展中心", TONGXIANG_2020).id is None


def test_a_financial_centre_in_words_no_page_showed_is_not_renamed():
    # 金融服务发展中心 read as the kind would be titled 桐乡市金融发展服务中心, a name not written
    assert resolve_body("市金融服务发展中心", TONGXIANG_2020).id is None
