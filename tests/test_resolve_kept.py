"""A body's reading is kept for the process, under everything it is read from: the name as
written, the document's context and the registry (pilotplans.normalizers.resolve.resolve_body)."""

from __future__ import annotations

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.resolve import _resolve, make_context, normalise, resolve_body

XIAMEN = make_context(region="厦门", level="municipal")
HANGZHOU = make_context(region="杭州", level="municipal")


def test_a_name_read_again_in_the_same_context_is_the_reading_kept():
    first = resolve_body("市商务局", XIAMEN)
    assert resolve_body("市商务局", make_context(region="厦门", level="municipal")) is first
    assert first == _resolve(load_registry(), "市商务局", normalise("市商务局"), XIAMEN)
    assert first.id == "350200-commerce_bureau"


def test_the_same_name_in_another_place_reads_as_that_place_s_body():
    assert resolve_body("市商务局", XIAMEN).id == "350200-commerce_bureau"
    assert resolve_body("市商务局", HANGZHOU).id == "330100-commerce_bureau"


def test_the_same_name_in_a_national_document_reads_without_a_place():
    assert resolve_body("市商务局", XIAMEN).region == "350200"
    assert resolve_body("市商务局").region is None


def test_the_same_name_at_another_date_reads_as_the_body_of_that_date():
    import datetime as dt

    from pilotplans.normalizers.models import Context

    assert resolve_body("银保监会", Context(date=dt.date(2020, 8, 2))).id == "cbirc"
    assert resolve_body("银保监会", Context(date=dt.date(2024, 1, 1))).id == "nfra"
