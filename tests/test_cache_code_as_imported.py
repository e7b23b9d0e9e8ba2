"""A value kept in the cache folder is keyed by the code that made it as this process imported it
(``pilotplans.cachedir.code_as_imported``), stamped with its whole key, and never kept when that
code changed on disk while it was made: a checkout between a program's imports and its first use of
a kept value must not leave what the old code made under the new code's key."""

import hashlib
import pickle
import time

import pytest

import pilotplans
from pilotplans.cachedir import _CLOCK_TICK_NS, code_as_imported, keep, keep_stamped, kept_file, made_from_data, made_once


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(folder))
    return folder


def started_now(monkeypatch) -> None:
    """As if this process imported the package now: files written before are the code it imported."""
    time.sleep(2 * _CLOCK_TICK_NS / 1e9)  # past the kernel's coarse stamp of the files just written
    monkeypatch.setattr(pilotplans, "IMPORTED_NS", time.time_ns())
    time.sleep(2 * _CLOCK_TICK_NS / 1e9)  # a file written from now on is stamped after the start


def counted() -> tuple[list[int], object]:
    made: list[int] = []

    def make() -> dict[str, int]:
        made.append(1)
        return {"made": len(made)}

    return made, make


def test_a_module_s_source_is_read_once_a_process(tmp_path):
    module = tmp_path / "reader.py"
    module.write_bytes(b"VERSION = 1\n")
    imported = code_as_imported(module)
    module.write_bytes(b"VERSION = 2\n")
    assert imported.digests == (hashlib.blake2b(b"VERSION = 1\n").digest(),)
    assert code_as_imported(module).digest == imported.digest


def test_code_is_unchanged_while_its_files_hold_what_was_imported(tmp_path, monkeypatch):
    module = tmp_path / "same.py"
    module.write_bytes(b"VERSION = 1\n")
    started_now(monkeypatch)
    imported = code_as_imported(module)
    assert imported.unchanged() is True


def test_code_written_again_after_the_start_is_changed_though_its_bytes_are_the_same(tmp_path, monkeypatch):
    # the bytes were read when the module keying a value was imported, maybe long after the file's own
    # module was: nothing tells that a file touched after the start holds the code that runs
    module = tmp_path / "same_again.py"
    module.write_bytes(b"VERSION = 1\n")
    started_now(monkeypatch)
    imported = code_as_imported(module)
    module.write_bytes(b"VERSION = 1\n")
    assert imported.unchanged() is False


def test_a_value_made_by_code_changed_on_disk_between_its_import_and_its_first_read_is_not_kept(cache, tmp_path, monkeypatch):
    # patterns.py is imported at start and first read when the registry's loader is imported: a
    # checkout in between leaves the new bytes in the key and the old patterns running
    module = tmp_path / "imported_early.py"
    module.write_bytes(b"VERSION = 1\n")
    started_now(monkeypatch)
    module.write_bytes(b"VERSION = 2\n")  # after the import, before the first read
    code = code_as_imported(module)
    assert code.digests == (hashlib.blake2b(b"VERSION = 2\n").digest(),)
    made, make = counted()
    assert made_once("thing", [code.digest], make, dict, code) == {"made": 1}
    assert not cache.exists()


def test_code_changed_on_disk_since_it_was_imported_is_changed(tmp_path):
    module = tmp_path / "edited.py"
    module.write_bytes(b"VERSION = 1\n")
    imported = code_as_imported(module)
    module.write_bytes(b"VERSION = 2\n")
    assert imported.unchanged() is False
    module.unlink()
    assert imported.unchanged() is False


def test_a_value_kept_bare_under_its_name_is_refused_and_made_again(cache):
    # as pilotplans kept values before the stamps: nothing tells which code made it
    made, make = counted()
    path, stamp = kept_file(cache, "thing", [b"data", b"code"])
    keep(path, {"made": 0})
    assert made_once("thing", [b"data", b"code"], make, dict) == {"made": 1}
    assert pickle.loads(path.read_bytes()) == (stamp, {"made": 1})


def test_a_value_kept_with_another_stamp_under_its_name_is_refused_and_made_again(cache):
    made, make = counted()
    path, _ = kept_file(cache, "thing", [b"data", b"code"])
    keep_stamped(path, "0" * 128, {"made": 0})
    assert made_once("thing", [b"data", b"code"], make, dict) == {"made": 1}
    assert len(made) == 1


def test_a_value_kept_with_its_stamp_is_read_back_as_is(cache):
    made, make = counted()
    path, stamp = kept_file(cache, "thing", [b"data", b"code"])
    keep_stamped(path, stamp, {"made": 0})
    assert made_once("thing", [b"data", b"code"], make, dict) == {"made": 0}
    assert made == []


def test_a_value_made_while_its_code_changed_on_disk_is_not_kept(cache, tmp_path):
    module = tmp_path / "maker.py"
    module.write_bytes(b"VERSION = 1\n")
    code = code_as_imported(module)
    module.write_bytes(b"VERSION = 2\n")  # a checkout after the import
    made, make = counted()
    assert made_once("thing", [code.digest], make, dict, code) == {"made": 1}
    assert not cache.exists()
    assert made_once("thing", [code.digest], make, dict, code) == {"made": 2}


def test_a_value_made_by_code_unchanged_on_disk_is_kept(cache, tmp_path, monkeypatch):
    module = tmp_path / "kept_maker.py"
    module.write_bytes(b"VERSION = 1\n")
    started_now(monkeypatch)
    code = code_as_imported(module)
    made, make = counted()
    assert made_once("thing", [code.digest], make, dict, code) == {"made": 1}
    assert made_once("thing", [code.digest], make, dict, code) == {"made": 1}
    assert len(made) == 1


def test_a_data_file_s_value_is_keyed_by_its_code_as_imported_not_as_on_disk(cache, tmp_path, monkeypatch):
    module = tmp_path / "words.py"
    module.write_bytes(b"VERSION = 1\n")
    started_now(monkeypatch)
    code = code_as_imported(module)
    first = made_from_data("unplaced-test", "unplaced.toml", code, len, int)
    module.write_bytes(b"VERSION = 2\n")
    names = sorted(path.name for path in cache.iterdir())
    assert made_from_data("unplaced-test", "unplaced.toml", code, lambda text: -1, int) == first
    assert sorted(path.name for path in cache.iterdir()) == names


@pytest.mark.parametrize("module, name", [
    ("pilotplans.parsers.columns", "columns.py"),
    ("pilotplans.parsers.info_rows", "info_rows.py"),
    ("pilotplans.parsers.interpret.vocabulary", "vocabulary.py"),
    ("pilotplans.parsers.interpret.refusal", "refusal.py"),
    ("pilotplans.normalizers.place", "place.py"),
    ("pilotplans.normalizers.township", "township.py"),
    ("pilotplans.normalizers.unplaced", "unplaced.py"),
    ("pilotplans.plan_titles", "plan_titles.py"),
    ("pilotplans.ingest.manifest", "manifest.py"),
    ("pilotplans.normalizers.registry.load", "load.py"),
    ("pilotplans.parsers.text.kinded_cells", "kinded_cells.py"),
])
def test_every_module_keeping_a_value_keys_it_by_its_own_source_read_at_import(module, name):
    import importlib

    code = importlib.import_module(module)._CODE
    assert name in [path.name for path in code.paths]
    assert code.digests == tuple(hashlib.blake2b(path.read_bytes()).digest() for path in code.paths)


# Every function building a value kept from a data file (what made_from_data is given), and the
# module whose _CODE keys it.
BUILDERS = [
    ("pilotplans.parsers.columns", "build_vocabulary"),
    ("pilotplans.parsers.columns", "build_composed_words"),
    ("pilotplans.parsers.info_rows", "build_labels"),
    ("pilotplans.parsers.interpret.vocabulary", "build_vocabulary"),
    ("pilotplans.parsers.interpret.refusal", "build_vocabulary"),
    ("pilotplans.normalizers.place", "placing_words"),
    ("pilotplans.normalizers.township", "township_words"),
    ("pilotplans.normalizers.unplaced", "unplaced_reasons"),
    ("pilotplans.plan_titles", "read_title_words"),
    ("pilotplans.parsers.text.kinded_cells", "cell_kinds_of"),
]


def _package_modules_called(function) -> set[str]:
    """The package's modules ``function`` (its nested functions too) imports or takes a name from."""
    import dis
    import sys
    import types

    globals_ = sys.modules[function.__module__].__dict__
    found: set[str] = set()

    def walk(code: types.CodeType) -> None:
        for instruction in dis.get_instructions(code):
            if instruction.opname == "IMPORT_NAME" and instruction.argval.startswith("pilotplans."):
                found.add(instruction.argval)
            elif instruction.opname == "LOAD_GLOBAL":
                value = globals_.get(instruction.argval)
                module = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
                if isinstance(module, str) and module.startswith("pilotplans."):
                    found.add(module)
        for constant in code.co_consts:
            if isinstance(constant, types.CodeType):
                walk(constant)

    walk(function.__code__)
    return found


@pytest.mark.parametrize("module, builder", BUILDERS)
def test_every_module_a_kept_value_s_builder_calls_keys_it(module, builder):
    # a value made by textutil.longest_first (the order its words are tried in) must be made again
    # when longest_first changes; pilotplans.errors only refuses a file (its one path to a value is
    # model.model_validate(tomllib.loads(text))), and cachedir keeps what is made
    import importlib
    from pathlib import Path

    imported = importlib.import_module(module)
    keyed = {path.resolve() for path in imported._CODE.paths}
    called = _package_modules_called(getattr(imported, builder)) - {"pilotplans.errors", "pilotplans.cachedir"}
    assert {name for name in called if Path(importlib.import_module(name).__file__).resolve() not in keyed} == set()


def test_a_builder_s_calls_are_found_where_it_imports_them_inside():
    # the near miss: read_title_words imports longest_first inside its body, not at the module's top
    from pilotplans.plan_titles import read_title_words

    assert "pilotplans.textutil" in _package_modules_called(read_title_words)


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    """A copy of the package's data folder read as the package's (``pilotplans.data.FOLDER``)."""
    import shutil

    from pilotplans import data

    folder = tmp_path / "data"
    shutil.copytree(data.FOLDER, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    monkeypatch.setattr(data, "FOLDER", folder)
    return folder


def as_a_new_process(monkeypatch) -> None:
    """As if a new process imported the package now: no file read yet, files written before are
    those it imported."""
    from pilotplans import cachedir

    started_now(monkeypatch)
    monkeypatch.setattr(cachedir, "_SOURCES", {})


def test_a_data_file_s_value_read_back_reads_and_hashes_no_file_unchanged_since_it_was_kept(cache, data_folder, monkeypatch):
    from pilotplans import data, kept_digests
    from pilotplans.normalizers import unplaced

    as_a_new_process(monkeypatch)
    time.sleep(2.1)  # the copy settled: its files' digests are kept by their stamps
    first = made_from_data("unplaced-test", "unplaced.toml", unplaced._CODE, len, int)
    as_a_new_process(monkeypatch)
    read: list[str] = []
    monkeypatch.setattr(data, "read_bytes", lambda name: read.append(name) or b"")
    hashed = kept_digests.hashed
    assert made_from_data("unplaced-test", "unplaced.toml", unplaced._CODE, len, int) == first
    assert (read, kept_digests.hashed - hashed) == ([], 0)


def test_a_data_file_changed_before_a_process_starts_gives_its_value_another_key(cache, data_folder, monkeypatch):
    from pilotplans.normalizers import unplaced

    as_a_new_process(monkeypatch)
    first = made_from_data("unplaced-test", "unplaced.toml", unplaced._CODE, len, int)
    (data_folder / "unplaced.toml").write_bytes((data_folder / "unplaced.toml").read_bytes() + b"\n")
    as_a_new_process(monkeypatch)
    assert made_from_data("unplaced-test", "unplaced.toml", unplaced._CODE, len, int) == first + 1
    assert len([path for path in cache.iterdir() if path.name.startswith("unplaced-test-")]) == 2


def test_a_value_built_from_a_data_file_changed_since_the_start_is_not_kept(cache, data_folder, monkeypatch):
    from pilotplans.normalizers import unplaced

    as_a_new_process(monkeypatch)
    (data_folder / "unplaced.toml").write_bytes((data_folder / "unplaced.toml").read_bytes() + b"\n")
    assert made_from_data("unplaced-test", "unplaced.toml", unplaced._CODE, len, int) > 0
    assert not cache.exists()
