"""The registry is kept between runs under a key of its data files' digests and of its code as this
process imported it (``pilotplans.normalizers.registry.load``): the same files find the same pickle,
a changed byte another; a pickle under the key that this code did not make is refused and the
registry built again; a registry built while its code changed on disk is not kept."""

import hashlib
import pickle
import shutil
import time
from pathlib import Path

import pytest

import pilotplans
from pilotplans.cachedir import keep, keep_stamped
from pilotplans.normalizers.registry import load
from pilotplans.normalizers.registry.bodies import Registry
from pilotplans.normalizers.registry.files import REGIONS_FILE
from tests.conftest import changed_on_disk_after_import


def data_files():
    """The registry's code and data files as this process first read them (their digests)."""
    return load._data_code()


def as_a_new_process(monkeypatch) -> None:
    """As if a new process imported the package now: no file read yet, files written before are
    those it imported."""
    from pilotplans import cachedir

    time.sleep(0.05)  # past the kernel's coarse stamp of the files just written
    monkeypatch.setattr(pilotplans, "IMPORTED_NS", time.time_ns())
    time.sleep(0.05)
    monkeypatch.setattr(cachedir, "_SOURCES", {})


@pytest.fixture(scope="module")
def built() -> Registry:
    """One registry built from the package's files (a build takes seconds: built once here)."""
    return load.load_registry()


@pytest.fixture
def builds(monkeypatch, tmp_path, built) -> list[Registry]:
    """Every registry :func:`load._build_cached` builds, counted (each one ``built``), with the
    cache folder an empty one."""
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    made: list[Registry] = []

    def build(*texts: str) -> Registry:
        made.append(built)
        return built

    monkeypatch.setattr(load, "build_registry", build)
    return made


def test_the_same_data_files_give_the_same_pickle_in_the_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    path, stamp = load._cache_file(data_files())
    assert (path, stamp) == load._cache_file(data_files())
    assert path.parent == tmp_path and path.name == f"registry-{stamp[:20]}.pickle" and len(stamp) == 128


def test_a_data_file_changed_by_one_byte_gives_another_pickle(monkeypatch, tmp_path):
    from pilotplans import data

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "data"
    shutil.copytree(data.FOLDER, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    monkeypatch.setattr(data, "FOLDER", folder)
    as_a_new_process(monkeypatch)
    before = load._cache_file(data_files())
    (folder / REGIONS_FILE).write_bytes((folder / REGIONS_FILE).read_bytes() + b"\n")
    as_a_new_process(monkeypatch)
    assert load._cache_file(data_files()) != before


def test_no_cache_folder_keeps_nothing(monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", "")
    assert load._cache_file(data_files()) is None


def test_another_version_of_regex_gives_another_pickle(monkeypatch, tmp_path):
    # the pickle holds the registry's patterns as regex's compiled code, which only the same
    # version of regex (and of Python) reads as it was written
    import regex

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    before = load._cache_file(data_files())
    monkeypatch.setattr(regex, "__version__", regex.__version__ + ".1")
    assert load._cache_file(data_files()) != before


def test_another_version_of_pydantic_gives_another_pickle(monkeypatch, tmp_path):
    # pydantic validated the registry's records (Form, Kind, Central …) from the data files, which another release
    # of pydantic may validate otherwise (coercing, refusing)
    import pydantic.version

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    before = load._cache_file(data_files())
    monkeypatch.setattr(pydantic.version, "VERSION", pydantic.version.VERSION + ".1")
    assert load._cache_file(data_files()) != before


def test_the_code_keyed_is_the_registry_s_package_its_records_and_the_patterns_it_pickles():
    # the registry pickles its local-body and collective patterns as patterns.KeptPattern, whose
    # pickle patterns.py alone reads back, and its entries as models.py's records
    package = Path(pilotplans.__file__).parent
    keyed = {path.relative_to(package).as_posix() for path in load._CODE.paths}
    assert keyed == {f"normalizers/registry/{path.name}" for path in (package / "normalizers" / "registry").glob("*.py")} | {
        "normalizers/models.py", "patterns.py"}
    assert "parsers/docx.py" not in keyed


def test_the_code_keyed_is_the_bytes_its_modules_were_imported_from():
    assert load._CODE.digests == tuple(hashlib.blake2b(path.read_bytes()).digest() for path in load._CODE.paths)


def _with_one_module_changed_on_disk(monkeypatch, relative: str) -> None:
    """The package's module ``relative`` (a path under pilotplans/) as a checkout leaves it after
    this process imported it."""
    changed_on_disk_after_import(monkeypatch, Path(pilotplans.__file__).parent / relative)


def test_a_module_changed_on_disk_after_import_keeps_the_key_of_the_code_imported(monkeypatch, tmp_path):
    # keyed by the disk, a process would keep what its old classes built under the new code's key
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    before = load._cache_file(data_files())
    _with_one_module_changed_on_disk(monkeypatch, "patterns.py")
    assert load._cache_file(data_files()) == before


def test_a_registry_built_while_its_code_changed_on_disk_is_not_kept(monkeypatch, tmp_path, builds):
    _with_one_module_changed_on_disk(monkeypatch, "normalizers/registry/bodies.py")
    load._build_cached()
    assert len(builds) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_registry_built_while_another_module_changed_on_disk_is_kept(monkeypatch, tmp_path, builds):
    _with_one_module_changed_on_disk(monkeypatch, "parsers/docx.py")
    load._build_cached()
    assert len(builds) == 1
    assert [path.name for path in tmp_path.iterdir()] == [load._cache_file(data_files())[0].name]


def test_a_registry_kept_by_this_code_is_read_back_without_a_build(builds, built):
    load._build_cached()
    again = load._build_cached()
    assert len(builds) == 1
    assert again is not built and again.marker_words == built.marker_words


def test_a_registry_kept_under_the_key_with_another_stamp_is_refused_and_built_again(builds, built):
    # what a process importing other code made, kept under this code's key
    path, stamp = load._cache_file(data_files())
    keep_stamped(path, "0" * 128, built)
    registry = load._build_cached()
    assert len(builds) == 1 and registry is built
    assert pickle.loads(path.read_bytes())[0] == stamp


def test_a_registry_kept_bare_under_the_key_is_refused_and_built_again(builds, built):
    # as pilotplans kept it before the stamps: nothing tells which code made it
    path, stamp = load._cache_file(data_files())
    keep(path, built)
    load._build_cached()
    assert len(builds) == 1
    assert pickle.loads(path.read_bytes())[0] == stamp


def test_a_stale_registry_missing_an_attribute_is_refused_and_built_again(builds, built):
    # the fault once seen: a registry its old class built, without marker_words, read as this code's
    path, _ = load._cache_file(data_files())
    stale = pickle.loads(pickle.dumps(built))
    del stale.marker_words
    keep_stamped(path, "f" * 128, stale)
    assert load._build_cached().marker_words == built.marker_words
    assert len(builds) == 1


@pytest.mark.parametrize("module", ["files.py", "entries.py"])
def test_a_registry_kept_by_another_version_of_its_records_module_is_not_read_but_built_again(monkeypatch, builds, built,
                                                                                             module):
    # the registry's records were pydantic models and are plain dataclasses now: a registry kept by the code before
    # holds their state as pydantic pickled it, under the key of that code, which this code never asks for
    from pilotplans.cachedir import Code

    changed = Path(load.__file__).parent / module
    imported = load._CODE
    other = Code(imported.paths, tuple(hashlib.blake2b(b"before " + digest).digest() if path == changed else digest
                                       for path, digest in zip(imported.paths, imported.digests)))
    monkeypatch.setattr(load, "_CODE", other)
    stale_path, stale_stamp = load._cache_file(data_files())
    stale = pickle.loads(pickle.dumps(built))
    vars(stale)["name_parts"] = "what the code before kept"
    keep_stamped(stale_path, stale_stamp, stale)
    monkeypatch.setattr(load, "_CODE", imported)
    registry = load._build_cached()
    assert len(builds) == 1 and registry is built and registry.name_parts is not None
    assert load._cache_file(data_files())[0] != stale_path
    assert pickle.loads(stale_path.read_bytes())[1].name_parts == "what the code before kept"  # left as it was


def test_a_registry_kept_by_the_same_records_module_is_read_back_not_built(builds, built):
    # the near miss: the key of the records' modules as imported finds what this code kept
    load._build_cached()
    again = load._build_cached()
    assert len(builds) == 1 and again.name_parts == built.name_parts and type(again.name_parts) is type(built.name_parts)


def _modules_named(pickled: bytes) -> set[str]:
    """The package's modules whose classes or functions a pickle names (and the pickles it holds,
    the parts a registry keeps apart, read through)."""
    import pickletools

    named: set[str] = set()
    for opcode, argument, _ in pickletools.genops(pickled):
        if isinstance(argument, str) and argument.startswith("pilotplans."):
            named.add(argument)
        elif isinstance(argument, bytes) and argument[:1] == b"\x80":  # a pickle within (PickledApart)
            named |= _modules_named(argument)
    return named


def test_every_module_of_the_package_the_kept_registry_names_is_keyed(built):
    # a class the pickle holds from a module the key does not hash is read back by that module's
    # code as it is then, whatever code made it
    package = Path(pilotplans.__file__).parent
    keyed = {"pilotplans." + path.relative_to(package).with_suffix("").as_posix().replace("/", ".") for path in load._CODE.paths}
    named = _modules_named(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    assert "pilotplans.normalizers.registry.bodies" in named
    assert named <= keyed, sorted(named - keyed)
