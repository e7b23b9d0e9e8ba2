"""Batch 20's mends of the parts of a body. A division written after a list's item naming one kind's bodies in every
place under the region shares that opening (各区发改局、财政局预算处: the 预算处 of every district's finance bureau, a
set; it read silently as the city's own finance bureau's division), and a generic word for a body's sections (股室,
科室, 处室), alone or after 各, names no one division but all of them: the body itself, with a note."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body
from pilotplans.normalizers.responsibility import parse_responsibility

NINGBO_2023 = make_context(region="宁波市", level="municipal", date=dt.date(2023, 3, 1))
LIXIN_2025 = make_context(region="利辛县", level="municipal", date=dt.date(2025, 4, 1))


def _read(cell: str, context) -> list[tuple[str | None, bool]]:
    found = [resolve_body(m.reads_as or m.text, context) for m in parse_responsibility(cell) if m.side == "body"]
    return [(f.id, f.collective) for f in found]


@pytest.mark.parametrize("cell", ["各区发改局、财政局预算处", "各县发改局、财政局预算处", "各县(市、区)发改局、财政局预算处",
                                  "各区（县、市）发改局、财政局预算处"])
def test_a_division_after_every_place_s_body_is_a_set_of_the_places_divisions(cell):
    assert _read(cell, NINGBO_2023) == [("330200-subordinate-development_reform_commission", True),
                                        ("330200-subordinate-finance_bureau-division-预算处", True)]


def test_a_division_after_the_city_s_own_body_stays_the_city_s():
    assert _read("市发改局、财政局预算处", NINGBO_2023)[1] == ("330200-finance_bureau-division-预算处", False)


def test_a_named_division_of_every_place_s_body_written_whole_is_the_set():
    found = resolve_body("各区财政局预算处", NINGBO_2023)
    assert (found.id, found.collective) == ("330200-subordinate-finance_bureau-division-预算处", True)


@pytest.mark.parametrize("written", ["县财政局股室", "县财政局科室", "县财政局处室", "县财政局各科室", "县财政局各股室"])
def test_a_body_s_sections_named_together_are_the_body(written):
    found = resolve_body(written, LIXIN_2025)
    assert (found.id, found.name) == ("341623-finance_bureau", "利辛县财政局"), written
    assert "read as the body" in found.notes[-1]


def test_every_section_of_a_city_bureau_is_the_bureau():
    assert resolve_body("市财政局各处室", NINGBO_2023).id == "330200-finance_bureau"


@pytest.mark.parametrize("written", ["市财政局机关各处室", "市财政局机关处室"])
def test_the_sections_of_a_body_s_offices_are_the_body(written):
    # 机关 is the body's own offices: 机关各处室 was read silently as a division named 机关各处室
    found = resolve_body(written, NINGBO_2023)
    assert (found.id, found.collective) == ("330200-finance_bureau", False), written
    assert "read as the body" in found.notes[-1]


@pytest.mark.parametrize("written", ["县财政局预算股", "县财政局综合科室"])
def test_a_section_with_a_name_of_its_own_stays_a_division(written):
    assert resolve_body(written, LIXIN_2025).id == f"341623-finance_bureau-division-{written[4:]}", written


@pytest.mark.parametrize("written", ["县财政局有关科室", "县财政局相关股室", "局机关各股室"])
def test_some_sections_or_sections_of_no_body_stay_unread(written):
    assert resolve_body(written, LIXIN_2025).id is None, written
