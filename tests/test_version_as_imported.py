"""The versions a rebuild stores (``pilotplans.ingest.versions``) are hashed from the package's files
when asked, and what the rebuild stores under them was made by the code it imported: a file changed
on disk since the process imported pilotplans (a checkout between its imports and the ask) means the
two may differ, and nothing is kept under the version — the rebuild is refused whole, a recognised
page is not kept. A file untouched since the import is the code that runs, and is kept as before."""

import time

import pytest

import pilotplans
from pilotplans.cachedir import _CLOCK_TICK_NS
from pilotplans.errors import CodeChanged
from pilotplans.ingest import versions
from pilotplans.ingest.versions import changed_since_import, package_files
from tests.conftest import build


def started_now(monkeypatch) -> None:
    """As if this process imported the package now: files written before are the code it imported."""
    time.sleep(2 * _CLOCK_TICK_NS / 1e9)  # past the kernel's coarse stamp of the files just written
    monkeypatch.setattr(pilotplans, "IMPORTED_NS", time.time_ns())
    time.sleep(2 * _CLOCK_TICK_NS / 1e9)  # a file written from now on is stamped after the start


@pytest.fixture
def package(tmp_path):
    folder = tmp_path / "package"
    (folder / "parsers" / "ocr").mkdir(parents=True)
    (folder / "data").mkdir()
    (folder / "cli.py").write_bytes(b"COMMAND = 1\n")
    (folder / "parsers" / "ocr" / "recognise.py").write_bytes(b"ENGINE = 1\n")
    (folder / "data" / "ocr.toml").write_bytes(b"dpi = 300\n")
    return folder


def newest_changed(monkeypatch) -> str:
    """As if the running package's most recently changed files a version hashes were written after this process
    imported it: the first of them by path, relative to the package."""
    stamps = {path: path.stat().st_ctime_ns for path in package_files()
              if versions._asked(path.relative_to(versions.PACKAGE).as_posix(), None, versioned=True)}
    newest = max(stamps.values())
    monkeypatch.setattr(pilotplans, "IMPORTED_NS", newest + _CLOCK_TICK_NS)  # started = newest
    return min(path for path, stamp in stamps.items() if stamp == newest).relative_to(versions.PACKAGE).as_posix()


def test_a_package_untouched_since_its_import_is_the_code_that_runs(package, monkeypatch):
    started_now(monkeypatch)
    assert changed_since_import(package=package) is None


def test_a_file_written_again_after_the_import_is_changed_though_its_bytes_are_the_same(package, monkeypatch):
    started_now(monkeypatch)
    (package / "parsers" / "ocr" / "recognise.py").write_bytes(b"ENGINE = 1\n")
    assert changed_since_import(package=package) == "parsers/ocr/recognise.py"


def test_a_file_added_after_the_import_is_changed(package, monkeypatch):
    started_now(monkeypatch)
    (package / "data" / "roles.toml").write_bytes(b"[roles]\n")
    assert changed_since_import(package=package) == "data/roles.toml"


def test_a_file_of_the_running_package_gone_since_its_versions_listed_it_is_changed(monkeypatch):
    listed_at, listed = versions._running_package_listing()
    monkeypatch.setattr(versions, "_running_package_listing", lambda: (listed_at, {**listed, "parsers/gone_since.py": 0}))
    assert changed_since_import() == "parsers/gone_since.py"


def test_only_the_paths_asked_about_count(package, monkeypatch):
    started_now(monkeypatch)
    (package / "cli.py").write_bytes(b"COMMAND = 2\n")
    assert changed_since_import(versions.OCR_PATHS, package) is None
    assert changed_since_import(None, package) == "cli.py"
    (package / "data" / "ocr.toml").write_bytes(b"dpi = 200\n")
    assert changed_since_import(versions.OCR_PATHS, package) == "data/ocr.toml"


def test_the_running_package_is_unchanged_since_this_process_imported_it():
    assert changed_since_import() is None


def test_a_rebuild_whose_package_changed_after_its_import_is_refused_and_writes_nothing(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw, out)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    changed = newest_changed(monkeypatch)
    with pytest.raises(CodeChanged) as caught:
        build(raw, out, full=True)
    assert str(caught.value) == (
        f"pilotplans/{changed}: changed on disk while the rebuild ran (a checkout or an install?): what it made was "
        "made by the code it started with, not the code the files now hold; nothing was written — run it again")
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_a_rebuild_with_nothing_to_store_is_not_refused(raw, tmp_path, monkeypatch):
    # nothing is kept under the version, so nothing can be kept wrong
    out = tmp_path / "out"
    build(raw, out)
    newest_changed(monkeypatch)
    assert build(raw, out).reason == "nothing changed"


def test_a_rebuild_whose_package_is_untouched_since_its_import_stores_its_documents(raw, tmp_path, monkeypatch):
    stamps = [path.stat().st_ctime_ns for path in package_files()]
    monkeypatch.setattr(pilotplans, "IMPORTED_NS", max(stamps) + 2 * _CLOCK_TICK_NS)  # a tick after the newest
    assert build(raw, tmp_path / "out").read == 5


def as_the_running_package(monkeypatch, package, clock_behind_ns: int) -> None:
    """``package`` as the running one, listed by its versions now by a clock ``clock_behind_ns``
    behind the one that stamps its files (a file server's, a host's), imported a second before."""
    listed_at = time.time_ns() - clock_behind_ns
    listing = versions._stamped_files(package)
    monkeypatch.setattr(versions, "PACKAGE", package)
    monkeypatch.setattr(versions, "_running_package_listing", lambda: (listed_at, listing))
    monkeypatch.setattr(pilotplans, "IMPORTED_NS", listed_at - 1_000_000_000)

def test_a_file_stamped_ahead_of_this_clock_and_unchanged_since_the_versions_listed_it_is_not_changed(package, monkeypatch):
    # written before the start by a clock a minute ahead: its change time is after the import
    as_the_running_package(monkeypatch, package, clock_behind_ns=60 * 10**9)
    assert changed_since_import(package=package) is None


def test_a_file_stamped_ahead_of_this_clock_and_written_after_the_versions_listed_it_is_changed(package, monkeypatch):
    as_the_running_package(monkeypatch, package, clock_behind_ns=60 * 10**9)
    time.sleep(2 * _CLOCK_TICK_NS / 1e9)
    (package / "cli.py").write_bytes(b"COMMAND = 1\n")
    assert changed_since_import(package=package) == "cli.py"


def test_a_file_written_after_the_import_and_before_the_versions_listed_it_by_this_clock_is_changed(package, monkeypatch):
    # listed with the same change time, but one this clock had passed: written after the import
    as_the_running_package(monkeypatch, package, clock_behind_ns=0)
    assert changed_since_import(package=package) == "cli.py"


def test_only_the_files_a_version_hashes_count_for_a_rebuild(package, monkeypatch):
    # the command line and the reports change nothing stored (versions.NOT_STORED)
    started_now(monkeypatch)
    (package / "cli.py").write_bytes(b"COMMAND = 2\n")
    assert changed_since_import(package=package, versioned=True) is None
    (package / "parsers" / "ocr" / "recognise.py").write_bytes(b"ENGINE = 2\n")
    assert changed_since_import(package=package, versioned=True) == "parsers/ocr/recognise.py"


def test_a_rebuild_whose_command_line_changed_after_its_import_stores_its_documents(raw, tmp_path, monkeypatch):
    stamps = [path.stat().st_ctime_ns for path in package_files()]
    monkeypatch.setattr(pilotplans, "IMPORTED_NS", max(stamps) + 2 * _CLOCK_TICK_NS)
    versions._running_package_listing()  # listed before: cli.py is not one stamped ahead of the listing's clock
    stamped = versions._stamped_files
    later = time.time_ns() + 10**9
    monkeypatch.setattr(versions, "_stamped_files", lambda package: {**stamped(package), "cli.py": later})
    assert build(raw, tmp_path / "out").read == 5
    monkeypatch.setattr(versions, "_stamped_files", lambda package: {**stamped(package), "textutil.py": later})
    with pytest.raises(CodeChanged):
        build(raw, tmp_path / "out", full=True)


def test_the_running_package_is_listed_as_package_files_lists_it_in_the_same_order():
    # its versions hash the files' bytes in this order
    assert versions._running_package_files() == tuple(package_files())


def imported_from(monkeypatch, name: str, file: str) -> None:
    """As if this process had imported the module ``name`` from ``file``."""
    import sys
    import types

    module = types.ModuleType(name)
    module.__file__ = file
    monkeypatch.setitem(sys.modules, name, module)


def test_a_module_of_the_running_package_gone_before_its_versions_listed_it_is_changed(monkeypatch):
    # imported at the start, deleted before the versions' first listing (a checkout in between): in neither listing
    imported_from(monkeypatch, "pilotplans.parsers.gone_before", str(versions.PACKAGE / "parsers" / "gone_before.py"))
    assert changed_since_import() == "parsers/gone_before.py"
    assert changed_since_import(versioned=True) == "parsers/gone_before.py"


def test_a_data_file_a_kept_value_was_keyed_by_and_gone_before_the_versions_listed_it_is_changed(monkeypatch):
    from pilotplans import cachedir

    monkeypatch.setattr(cachedir, "_SOURCES", {**cachedir._SOURCES, versions.PACKAGE / "data" / "gone_before.toml": b""})
    assert changed_since_import() == "data/gone_before.toml"


def test_a_module_used_and_still_on_disk_though_the_listing_misses_it_is_not_changed(monkeypatch):
    # a folder the listing does not walk (reached through a link) holds a module imported from it: it is not gone
    import pilotplans.api  # noqa: F401

    stamped, (listed_at, listed) = versions._stamped_files, versions._running_package_listing()
    monkeypatch.setattr(versions, "_stamped_files", lambda package: {r: s for r, s in stamped(package).items() if r != "api.py"})
    monkeypatch.setattr(versions, "_running_package_listing", lambda: (listed_at, {r: s for r, s in listed.items() if r != "api.py"}))
    assert "api.py" in versions.used_files()
    assert changed_since_import() is None


def test_a_gone_module_outside_the_running_package_is_not_its_change(monkeypatch, tmp_path):
    imported_from(monkeypatch, "elsewhere_gone", str(tmp_path / "elsewhere_gone.py"))
    imported_from(monkeypatch, "pilotplans_plugin_gone", str(versions.PACKAGE) + "_plugin" + "/gone.py")
    assert changed_since_import() is None


def test_the_files_this_process_used_are_the_running_packages_own_as_listed():
    used = versions.used_files()
    assert "ingest/versions.py" in used and "__init__.py" in used
    assert used <= versions._stamped_files(versions.PACKAGE).keys()


@pytest.mark.parametrize("module", ["cli_common.py", "cli_read.py", "cli_spec.py", "cli_fast.py"])
def test_the_command_lines_typer_free_modules_change_nothing_stored(module):
    # extract's and rebuild's bodies and their plain parser moved out of cli.py: an edit of them reads nothing anew
    assert versions._part_of(module) is None


def test_a_reading_module_beside_them_still_counts():
    # near miss: a module of the readers is the reader's
    assert versions._part_of("parsers/text/lines.py") == "reader"
