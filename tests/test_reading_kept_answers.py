"""The reading's small answers kept for the process (perf35): each is asked again of the same text by
rule after rule, and a kept answer is the one the text gives when worked out afresh; each cache is
bounded. The look for labels passes over a text without a colon, where no label can end."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.ingest import detect
from pilotplans.ingest.detect import GBK_SHOWN, LATIN_SHOWN, garbled_as
from pilotplans.normalizers import resolve, responsibility, segment, simplified
from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.resolve import collective_kind
from pilotplans.normalizers.responsibility import _core
from pilotplans.normalizers.segment import LabelSpan, find_labels
from pilotplans.normalizers.simplified import fold

MOJIBAKE = Path(__file__).parent / "fixtures" / "mojibake" / "lines.tsv"


def _list_label(text: str) -> str | None:
    return text if text in ("牵头单位", "配合单位", "注") else None


def test_labels_are_found_where_a_colon_ends_them():
    assert find_labels("牵头单位：市商务局；配合单位：市财政局", _list_label, longest=6) == [
        LabelSpan(start=0, end=5, label="牵头单位"), LabelSpan(start=10, end=15, label="配合单位")]


def test_a_label_ending_at_a_half_width_colon_is_found():
    # the pass over colon-free texts looks for both colons the label pattern ends at
    assert find_labels("牵头单位:市商务局", _list_label, longest=6) == [LabelSpan(start=0, end=5, label="牵头单位")]


def test_a_text_without_a_colon_holds_no_label_and_is_not_scanned_for_one(monkeypatch):
    def no_scan(longest: int) -> object:
        raise AssertionError("a text without a colon was scanned for labels")

    monkeypatch.setattr(segment, "_label_pattern", no_scan)
    assert find_labels("市商务局、市财政局", _list_label, longest=6) == []


def test_a_colon_inside_brackets_ends_no_label():
    # the colon is masked with the bracket's words, so the text is looked at and still holds no label
    assert find_labels("市商务局（注：牵头）、市财政局", _list_label, longest=6) == []


def test_the_label_pattern_is_made_once_per_length():
    assert segment._label_pattern(6) is segment._label_pattern(6)
    assert segment._label_pattern(6).pattern != segment._label_pattern(8).pattern


def test_a_text_is_folded_as_before_when_asked_again():
    assert fold("責任單位：省商務廳") == "责任单位：省商务厅"
    assert fold("責任單位：省商務廳") == "责任单位：省商务厅"
    assert fold("保持沈默") == "保持沈默"
    assert fold("ABC 123") == "ABC 123"


def test_the_lines_of_the_mojibake_fixture_read_the_same_asked_twice():
    rows = [line.split("\t", 1) for line in MOJIBAKE.read_text("utf-8").splitlines()]
    expected = {"GBK": GBK_SHOWN, "Windows-1252/Latin-1": LATIN_SHOWN, "clean": None}
    for kind, line in rows:
        assert garbled_as(line) == expected[kind], line
        assert garbled_as(line) == expected[kind], line


def test_an_item_s_core_is_its_name_without_its_closing_words_and_its_remark():
    roles = load_registry().roles
    assert _core("商务部等", roles) == ("商务部", None, True, "")
    assert _core("市商务局（牵头）", roles) == ("市商务局", "牵头", False, None)
    assert _core("有关省（自治区、直辖市）", roles) == ("有关省（自治区、直辖市）", None, False, None)  # a registered name
    assert _core("各区县（开发区）", roles) == ("各区县（开发区）", None, False, None)  # 各's bracket adds members


def test_an_item_s_core_asked_again_is_the_answer_kept():
    roles = load_registry().roles
    first = _core("市商务局（牵头）", roles)
    assert _core("市商务局（牵头）", roles) is first
    assert responsibility._core_of.cache_info().hits > 0


def test_a_collective_is_read_the_same_asked_again():
    assert collective_kind("各县（市、区）人民政府") == "people_government"
    assert collective_kind("各县（市、区）人民政府") == "people_government"
    assert collective_kind("市人民政府") is None  # the city's own government: no collective
    assert collective_kind("市人民政府") is None


@pytest.mark.parametrize("kept", [
    simplified._folded, segment.mask_enclosed, segment._label_pattern, detect._garbled_beyond_ascii,
    responsibility._core_of, resolve._match_collective,
])
def test_every_kept_answer_is_bounded(kept):
    assert kept.cache_parameters()["maxsize"] is not None


def test_an_item_s_core_read_by_another_registry_is_that_registry_s_whatever_the_first_kept():
    # the key holds the registry object: a registry whose places lack the scope phrase 有关省（自治区、直辖市）
    # takes its bracket off as a remark, and the loaded registry's kept answer is left as it was
    from importlib import resources

    from pilotplans.normalizers.registry import DEPARTMENTS_FILE, REGIONS_FILE, ROLES_FILE, build_registry

    def data(name: str) -> str:
        return resources.files("pilotplans.data").joinpath(name).read_text("utf-8")

    roles = load_registry().roles
    item = "有关省（自治区、直辖市）"
    assert _core(item, roles) == (item, None, False, None)
    phrase = 'name = "有关省（自治区、直辖市）"\nkind = "related"\nphrases = ["有关省（自治区、直辖市）"]'
    regions = data(REGIONS_FILE)
    assert regions.count(phrase) == 1
    other = build_registry(data(DEPARTMENTS_FILE), regions.replace(phrase, phrase.replace("（自治区、直辖市）", "份")),
                           data(ROLES_FILE))
    assert responsibility._core_of(other, item, roles.etc_tails) == ("有关省", "自治区、直辖市", False, None)
    assert _core(item, roles) == (item, None, False, None)
