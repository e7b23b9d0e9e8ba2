"""The registry is kept between runs under a key of its data files' bytes and its code: the same
files find the same pickle, a changed byte another (``pilotplans.normalizers.registry.load``)."""

from pilotplans.normalizers.registry import load
from pilotplans.normalizers.registry.files import REGIONS_FILE


def data_files() -> dict[str, bytes]:
    return {name: load._read_bytes(name) for name in load._FILES}


def test_the_same_data_files_give_the_same_pickle_in_the_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    path = load._cache_path(data_files())
    assert path == load._cache_path(data_files())
    assert path.parent == tmp_path and path.name.startswith("registry-") and path.suffix == ".pickle"


def test_a_data_file_changed_by_one_byte_gives_another_pickle(monkeypatch, tmp_path):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    files = data_files()
    assert load._cache_path({**files, REGIONS_FILE: files[REGIONS_FILE] + b"\n"}) != load._cache_path(files)


def test_no_cache_folder_keeps_nothing(monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", "")
    assert load._cache_path(data_files()) is None


def test_another_version_of_regex_gives_another_pickle(monkeypatch, tmp_path):
    # the pickle holds the registry's patterns as regex's compiled code, which only the same
    # version of regex (and of Python) reads as it was written
    import regex

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    before = load._cache_path(data_files())
    monkeypatch.setattr(regex, "__version__", regex.__version__ + ".1")
    assert load._cache_path(data_files()) != before


def test_another_version_of_pydantic_gives_another_pickle(monkeypatch, tmp_path):
    # the pickle holds the file schemas' pydantic models (Form, Kind, Central …) as pydantic's
    # own state, which another release of pydantic may read otherwise, and pydantic validated them
    import pydantic.version

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    before = load._cache_path(data_files())
    monkeypatch.setattr(pydantic.version, "VERSION", pydantic.version.VERSION + ".1")
    assert load._cache_path(data_files()) != before


def _with_one_module_changed(monkeypatch, relative: str) -> None:
    """Every read of the package's module ``relative`` (a path under pilotplans/) gives one byte more."""
    from pathlib import Path

    import pilotplans

    target = Path(pilotplans.__file__).parent / relative
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read_bytes(self) + (b"#" if self == target else b""))


def test_a_change_to_the_code_of_the_patterns_the_registry_pickles_gives_another_pickle(monkeypatch, tmp_path):
    # the registry pickles its local-body and collective patterns as patterns.KeptPattern, whose
    # pickle patterns.py alone reads back: changed, an old cache was read with the new code
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    before = load._cache_path(data_files())
    _with_one_module_changed(monkeypatch, "patterns.py")
    assert load._cache_path(data_files()) != before


def test_a_change_to_a_module_the_registry_does_not_pickle_keeps_the_pickle(monkeypatch, tmp_path):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    before = load._cache_path(data_files())
    _with_one_module_changed(monkeypatch, "parsers/docx.py")
    assert load._cache_path(data_files()) == before
