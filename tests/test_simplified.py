"""Folding traditional characters to simplified ones, one for one, for matching."""

from pilotplans.normalizers import simplified
from pilotplans.normalizers.simplified import fold


def test_traditional_characters_are_folded_one_for_one():
    assert fold("責任單位：省商務廳") == "责任单位：省商务厅"


def test_a_character_changed_only_inside_a_phrase_is_kept():
    assert fold("保持沈默") == "保持沈默"


def test_a_simplified_text_is_returned_without_converting_a_character(monkeypatch):
    def no_conversion(char: str) -> str:
        raise AssertionError(f"{char} was converted")

    simplified.changed_alone()  # built before conversion is taken away
    monkeypatch.setattr(simplified, "_fold_char", no_conversion)
    assert fold("省商务厅牵头，省财政厅配合") == "省商务厅牵头，省财政厅配合"
