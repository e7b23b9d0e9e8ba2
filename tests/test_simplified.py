"""Folding traditional characters to simplified ones, one for one, for matching."""

import pytest

from pilotplans.normalizers import simplified
from pilotplans.normalizers.simplified import fold
from tests.conftest import changed_on_disk_after_import


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
    loads = (simplified._kept_sets, simplified.converter, simplified.t2s_changes)  # as a test may replace them
    for load in loads:
        load.cache_clear()
    yield
    for load in loads:
        load.cache_clear()


def _fresh(monkeypatch, folder) -> None:
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(folder))


def test_the_sets_are_kept_in_the_cache_folder_named_for_opencc_tables(tmp_path, monkeypatch, fresh_sets):
    _fresh(monkeypatch, tmp_path)
    assert simplified.changed_alone() == simplified.derive_sets()[0]
    assert sorted(p.name.rsplit("-", 1)[0] for p in tmp_path.iterdir()) == ["opencc-converter", "opencc-t2s"]
    assert (tmp_path / f"opencc-t2s-{simplified.tables_digest()}.pickle").exists()


def test_kept_sets_are_read_without_loading_opencc(tmp_path, monkeypatch, fresh_sets):
    _fresh(monkeypatch, tmp_path)
    alone = simplified.changed_alone()
    simplified._kept_sets.cache_clear()

    def no_tables() -> None:
        raise AssertionError("OpenCC's tables were loaded")

    monkeypatch.setattr(simplified, "t2s_changes", no_tables)
    assert simplified.changed_alone() == alone
    assert not simplified.changes_nothing("保持沈默")


def test_the_characters_changed_alone_are_kept_as_one_string_and_read_back_as_their_set(tmp_path, monkeypatch, fresh_sets):
    # one string of some 4,100 characters unpickles at a fraction of the cost of as many one-character strings
    import pickle

    _fresh(monkeypatch, tmp_path)
    derived = simplified.derive_sets()
    simplified.changed_alone()
    kept = pickle.loads((tmp_path / f"opencc-t2s-{simplified.tables_digest()}.pickle").read_bytes())
    assert kept == ("".join(sorted(derived[0])), derived[1])
    simplified._kept_sets.cache_clear()
    assert simplified._kept_sets() == derived
    assert type(simplified.changed_alone()) is frozenset


def test_a_kept_file_of_the_set_itself_is_refused_and_made_again(tmp_path, monkeypatch, fresh_sets):
    # the form kept before (a frozenset of the characters) under the same name is not read as the string
    import pickle

    _fresh(monkeypatch, tmp_path)
    path = tmp_path / f"opencc-t2s-{simplified.tables_digest()}.pickle"
    derived = simplified.derive_sets()
    path.write_bytes(pickle.dumps((frozenset("單"), {})))
    assert simplified.changed_alone() == derived[0]
    assert pickle.loads(path.read_bytes())[0] == "".join(sorted(derived[0]))


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


def test_the_installed_tables_are_read_for_their_digest_once_a_process(monkeypatch):
    # the kept sets and the kept converter are both named by it: one reading of the tables serves both
    simplified._installed_tables_digest.cache_clear()
    read: list[object] = []
    digest_of = simplified._digest_of
    monkeypatch.setattr(simplified, "_digest_of", lambda package: read.append(package) or digest_of(package))
    first = simplified.tables_digest()
    assert simplified.tables_digest() == first
    assert len(read) == 1
    simplified._installed_tables_digest.cache_clear()


def test_a_named_tables_folder_is_read_again_at_every_call(tmp_path, monkeypatch):
    import shutil
    from importlib.util import find_spec

    package = tmp_path / "opencc"
    shutil.copytree(next(iter(find_spec("opencc").submodule_search_locations)), package)
    read: list[object] = []
    digest_of = simplified._digest_of
    monkeypatch.setattr(simplified, "_digest_of", lambda folder: read.append(folder) or digest_of(folder))
    simplified.tables_digest(package)
    simplified.tables_digest(package)
    assert read == [package, package]


def test_tables_that_cannot_be_found_give_no_digest(tmp_path):
    assert simplified.tables_digest(tmp_path) is None


SAMPLE = "關於責任單位牽頭負責的通知：保持沈默，反覆核對，一目瞭然；乾燥、乾隆、後來、皇后"


def test_the_converter_is_kept_with_its_tables_loaded_and_converts_as_opencc_does(tmp_path, monkeypatch, fresh_sets):
    import opencc

    _fresh(monkeypatch, tmp_path)
    made = simplified.converter()
    assert [p.name.rsplit("-", 1)[0] for p in tmp_path.iterdir()] == ["opencc-converter"]
    simplified.converter.cache_clear()
    kept = simplified.converter()
    assert kept is not made and type(kept) is opencc.OpenCC and kept._dict_init_done
    assert kept.convert(SAMPLE) == made.convert(SAMPLE) == opencc.OpenCC("t2s").convert(SAMPLE)
    assert kept.convert(SAMPLE) == "关于责任单位牵头负责的通知：保持沉默，反复核对，一目了然；干燥、乾隆、后来、皇后"


def test_other_tables_keep_another_converter(tmp_path, monkeypatch, fresh_sets):
    _fresh(monkeypatch, tmp_path)
    simplified.converter()
    simplified.converter.cache_clear()
    monkeypatch.setattr(simplified, "tables_digest", lambda package=None: "other-tables")
    assert simplified.converter().convert("單") == "单"
    assert [p.name.rsplit("-", 1)[0] for p in tmp_path.iterdir()] == ["opencc-converter"] * 2


def test_with_tables_that_cannot_be_found_the_converter_is_made_and_not_kept(tmp_path, monkeypatch, fresh_sets):
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(simplified, "tables_digest", lambda package=None: None)
    assert simplified.converter().convert("單") == "单"
    assert list(tmp_path.iterdir()) == []


def test_a_converter_made_while_opencc_s_code_changed_on_disk_is_not_kept(tmp_path, monkeypatch, fresh_sets):
    # an upgrade of OpenCC during the run: the old classes' converter must not be kept for the new code
    from pathlib import Path

    import opencc

    _fresh(monkeypatch, tmp_path)
    simplified.converter()  # OpenCC's code read as imported
    simplified.converter.cache_clear()
    for kept in tmp_path.iterdir():
        kept.unlink()
    upgraded = Path(opencc.__file__)
    changed_on_disk_after_import(monkeypatch, upgraded)
    assert simplified.converter().convert("單") == "单"
    assert list(tmp_path.iterdir()) == []
