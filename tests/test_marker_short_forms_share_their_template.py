"""A short form written with a level marker (团{marker}委) is indexed once per marker (团市委, 团县委 …), each form
holding the template it was made from rather than a copy of it per marker: what the form says beside its text (its
title, flag, note, tiers, provinces) is the template's, and the text each one is written as is the form's own."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.registry.bodies import LiteralForm
from pilotplans.normalizers.registry.files import Form
from pilotplans.normalizers.resolve import _literal_resolution, _local_resolution, make_context, resolve_body

CHENGDE = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1))
TONGZHOU = make_context(region="北京市通州区", level="municipal", date=dt.date(2021, 8, 9))
COUNTY = make_context(region="安化县", level="municipal", date=dt.date(2023, 5, 1))


def test_each_marker_s_form_holds_the_template_it_was_made_from():
    literals = load_registry().literals
    city, county = literals["团市委"], literals["团县委"]
    assert (city.text, city.marker, county.text, county.marker) == ("团市委", "市", "团县委", "县")
    assert city.form is county.form
    assert city.form.match == "团{marker}委"


def test_a_form_without_a_marker_holds_its_own_form():
    literal = load_registry().literals["市建设局"]
    assert (literal.marker, literal.form.match) == (None, "市建设局")


def test_a_marker_s_form_reads_as_before():
    found = resolve_body("团市委", make_context(region="运城市", level="municipal", date=dt.date(2022, 1, 1)))
    assert (found.id, found.name) == ("140800-youth_league_committee", "共青团运城市委员会")


def test_a_template_s_provinces_without_a_note_name_the_form_as_written():
    registry = load_registry()
    template = Form(match="{marker}园林绿化局", provinces=("110000",))
    found = _local_resolution(registry, "市园林绿化局", "forestry_bureau", registry.gazetteer.region("130800"), template,
                              "short_form", CHENGDE, written="市园林绿化局")
    assert (found.id, found.notes) == (None, ("市园林绿化局 names a 林业主管部门 in 110000 only",))


def test_a_template_s_provinces_hold_a_place_inside_them():
    registry = load_registry()
    template = Form(match="{marker}园林绿化局", provinces=("110000",))
    found = _local_resolution(registry, "区园林绿化局", "forestry_bureau", registry.gazetteer.region("110112"), template,
                              "short_form", TONGZHOU, written="区园林绿化局")
    assert found.id == "110112-forestry_bureau"


def test_a_pattern_s_provinces_without_a_note_name_the_pattern():
    registry = load_registry()
    pattern = Form(match="{city}园林绿化局", provinces=("110000",))
    found = _local_resolution(registry, "承德市园林绿化局", "forestry_bureau", registry.gazetteer.region("130800"), pattern,
                              "pattern", CHENGDE)
    assert found.notes == ("{city}园林绿化局 names a 林业主管部门 in 110000 only",)


def test_a_marker_s_form_read_from_the_index_names_itself_as_written_not_its_template():
    # the literal as the index holds it (its form the template), read the way every mention of it is: no output may
    # carry the template's {marker}
    registry = load_registry()
    template = Form(match="{marker}园林绿化局", provinces=("110000",))
    literal = LiteralForm("市园林绿化局", "short", "forestry_bureau", "short_form", form=template, marker="市")
    found = _literal_resolution(registry, "市园林绿化局", literal, CHENGDE)
    assert (found.id, found.notes) == (None, ("市园林绿化局 names a 林业主管部门 in 110000 only",))


def test_no_marker_s_form_of_the_index_reads_with_a_placeholder_in_its_name_or_notes():
    registry = load_registry()
    marked = sorted(text for text, literal in registry.literals.items() if literal.marker)
    assert len(marked) == 525
    read = [resolve_body(text, context) for context in (CHENGDE, TONGZHOU, COUNTY) for text in marked]
    assert [r.raw for r in read if "{" in " ".join((r.id or "", r.name or "", r.full_name or "", *r.notes))] == []
