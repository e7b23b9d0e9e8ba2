"""What a local body's name has after its place (商务厅, 发展改革委: 省商务厅, 区发展改革委), asked of a body written
alone: whether some level marker written before it makes a name leaving its place out
(``local_names.left_out_after_any_marker``, the placing rules' ``_local_form``). It is worked out from the
ways the registry's markers overlap (地 opens 地区), not by trying every marker before the body and every
marker the result opens with, and must answer as that trial does."""

from __future__ import annotations

import pytest

from pilotplans.normalizers.local_names import leaves_place_out, left_out_after_any_marker
from pilotplans.normalizers.registry import load_registry

REGISTRY = load_registry()


def _every_marker_pair(body: str) -> bool:
    return any(leaves_place_out(REGISTRY, marker + body) for marker, _ in REGISTRY.markers)


@pytest.mark.parametrize("body", ["商务厅", "发展改革委", "财政局", "委宣传部"])
def test_a_kind_s_form_after_its_place_is_a_local_form(body):
    assert left_out_after_any_marker(REGISTRY, body)


def test_a_body_opening_with_the_end_of_a_longer_marker_is_one_through_it():
    # 区行政公署 is no form after a place, but 地 before it writes 地区行政公署: 地区 + 行政公署
    assert not leaves_place_out(REGISTRY, "区区行政公署")
    assert left_out_after_any_marker(REGISTRY, "区行政公署")


@pytest.mark.parametrize("body", ["商务部", "海关总署", "市场监管总局", "人民银行", ""])
def test_a_central_body_or_nothing_is_no_local_form(body):
    assert not left_out_after_any_marker(REGISTRY, body)


def test_the_answer_is_every_marker_pair_s_for_every_form_and_its_near_misses():
    forms = list(REGISTRY.compose)
    bodies = {*forms, *(f"区{form}" for form in forms), *(f"地区{form}" for form in forms),
              *(form[1:] for form in forms), *(form[:-1] for form in forms), "区", "地", "地区"}
    assert {body for body in bodies if left_out_after_any_marker(REGISTRY, body)} == {
        body for body in bodies if _every_marker_pair(body)}
