"""Folding traditional characters to simplified ones, one for one, for matching."""

import pytest

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


@pytest.fixture
def fresh_sets():
    """The kept sets read again by the test, and again by whatever runs after it."""
    simplified._kept_sets.cache_clear()
    yield
    simplified._kept_sets.cache_clear()


def _fresh(monkeypatch, folder) -> None:
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(folder))


def test_the_sets_are_kept_in_the_cache_folder_named_for_opencc_tables(tmp_path, monkeypatch, fresh_sets):
    _fresh(monkeypatch, tmp_path)
    assert simplified.changed_alone() == simplified.derive_sets()[0]
    assert [p.name for p in tmp_path.iterdir()] == [f"opencc-t2s-{simplified.tables_digest()}.pickle"]


def test_kept_sets_are_read_without_loading_opencc(tmp_path, monkeypatch, fresh_sets):
    _fresh(monkeypatch, tmp_path)
    alone = simplified.changed_alone()
    simplified._kept_sets.cache_clear()

    def no_tables() -> None:
        raise AssertionError("OpenCC's tables were loaded")

    monkeypatch.setattr(simplified, "t2s_changes", no_tables)
    assert simplified.changed_alone() == alone
    assert not simplified.changes_nothing("保持沈默")


def test_a_broken_kept_file_is_made_again(tmp_path, monkeypatch, fresh_sets):
    _fresh(monkeypatch, tmp_path)
    (tmp_path / f"opencc-t2s-{simplified.tables_digest()}.pickle").write_bytes(b"not a pickle")
    assert "單" in simplified.changed_alone()
    simplified._kept_sets.cache_clear()
    assert "單" in simplified.changed_alone()


def test_with_the_cache_off_the_sets_are_derived_and_nothing_is_written(tmp_path, monkeypatch, fresh_sets):
    import pilotplans.cachedir

    def no_keeping(path, value) -> None:
        raise AssertionError(f"{path} was written with the cache off")

    _fresh(monkeypatch, "")
    monkeypatch.setattr(pilotplans.cachedir, "keep", no_keeping)
    monkeypatch.chdir(tmp_path)
    assert simplified.changed_alone() == simplified.derive_sets()[0]
    assert list(tmp_path.iterdir()) == []


def test_the_digest_changes_with_the_tables_bytes(tmp_path):
    import shutil
    from importlib.util import find_spec

    package = tmp_path / "opencc"
    shutil.copytree(next(iter(find_spec("opencc").submodule_search_locations)), package)
    before = simplified.tables_digest(package)
    assert before == simplified.tables_digest()
    with open(package / "dictionary" / "TSCharacters.txt", "a", encoding="utf-8") as tables:
        tables.write("乾\t干\n")
    assert simplified.tables_digest(package) != before


def test_tables_that_cannot_be_found_give_no_digest(tmp_path):
    assert simplified.tables_digest(tmp_path) is None
