"""Every central body printed in full resolves to its own id, with the state's name before it (中华人民共和国国家卫生健康
委员会) or without it (国家卫生健康委员会, 退役军人事务部: a form made by rule from the full name, as plans print it), checked
over the registry's central bodies themselves, not a list of the names met."""

import pytest

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.resolve import make_context, resolve_body

NATIONAL = make_context(region=None, level="national")
REGISTRY = load_registry()
CENTRAL = sorted(REGISTRY.central.values(), key=lambda body: body.id)


@pytest.mark.parametrize("body", CENTRAL, ids=[body.id for body in CENTRAL])
def test_each_central_body_s_full_name_resolves_to_its_own_id(body):
    assert resolve_body(body.full_name, NATIONAL).id == body.id


@pytest.mark.parametrize("body", CENTRAL, ids=[body.id for body in CENTRAL])
def test_each_full_name_without_the_state_s_name_resolves_to_its_own_id(body):
    rest = body.full_name.removeprefix("中华人民共和国")
    assert resolve_body(rest, NATIONAL).id == body.id


def test_the_health_commission_printed_in_full_without_the_state_s_name():
    found = resolve_body("国家卫生健康委员会", NATIONAL)
    assert (found.id, found.name) == ("nhc", "卫生健康委")


def test_the_name_without_国家_is_no_central_body_s_but_the_local_kind_s():
    # the rule strips the state's name only: 卫生健康委员会 in a city's plan stays the city's commission
    xiamen = make_context(region="厦门市", level="municipal")
    assert resolve_body("卫生健康委员会", xiamen).id == "350200-health_commission"
