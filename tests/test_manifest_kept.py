"""A raw folder's manifest, parsed once and read back from the cache folder while its bytes stay the
same (pilotplans.ingest.manifest): an edited manifest is parsed again, a broken one refused as before."""

from __future__ import annotations

import pytest

import pilotplans.ingest.manifest as manifest_module
from pilotplans.errors import ManifestError
from pilotplans.ingest.manifest import load_manifest
from tests.conftest import changed_on_disk_after_import

ENTRY = '[[document]]\nfile = "{file}"\nid = "{id}"\nlevel = "national"\n'


@pytest.fixture
def raw(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("推进服务贸易创新发展试点\n", "utf-8")
    (folder / "manifest.toml").write_text(ENTRY.format(file="a.txt", id="plan-a"), "utf-8")
    return folder


def _no_parsing(monkeypatch) -> None:
    def refused(data: bytes) -> None:
        raise AssertionError("the manifest was parsed again")

    monkeypatch.setattr(manifest_module, "_parsed", refused)


def test_a_manifest_read_again_is_taken_from_the_cache_folder(raw, monkeypatch):
    first = load_manifest(raw)
    _no_parsing(monkeypatch)
    again = load_manifest(raw)
    assert again == first
    assert [(e.file, e.id, e.level) for e in again.document] == [("a.txt", "plan-a", "national")]
    assert again.entry_for("a.txt") == first.document[0]


def test_an_edited_manifest_is_parsed_again(raw):
    load_manifest(raw)
    with (raw / "manifest.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(ENTRY.format(file="b.txt", id="plan-b"))
    assert [e.id for e in load_manifest(raw).document] == ["plan-a", "plan-b"]


def test_a_manifest_broken_after_one_was_kept_is_refused_in_one_line(raw):
    load_manifest(raw)
    (raw / "manifest.toml").write_text('[[document]]\nfile = "a.txt\n', "utf-8")
    with pytest.raises(ManifestError, match=r"manifest.toml: not valid TOML \("):
        load_manifest(raw)


def test_the_folder_is_checked_again_though_the_manifest_is_kept(raw):
    load_manifest(raw)
    (raw / "a.txt").unlink()
    with pytest.raises(ManifestError, match=r"listed files not found in .*: a\.txt$"):
        load_manifest(raw)


def test_with_the_cache_off_the_manifest_is_parsed_and_nothing_is_written(raw, tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    assert [e.id for e in load_manifest(raw).document] == ["plan-a"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raw"]


def test_line_ends_are_read_as_a_text_file_reads_them(raw):
    # the file was opened as text, which reads \r\n and \r as \n, also inside a string of several lines
    (raw / "manifest.toml").write_bytes(b'[[document]]\r\nfile = "a.txt"\r\nid = "plan-a"\r\nnote = """one\r\ntwo\rthree"""\r\n')
    assert load_manifest(raw).document[0].note == "one\ntwo\nthree"


def test_a_listed_link_path_or_folder_is_judged_as_the_system_judges_it(raw):
    # the folder is listed once; a name the listing does not hold as it is (a link, a path) is asked of the system
    (raw / "sub").mkdir()
    (raw / "sub" / "c.txt").write_text("推进服务贸易创新发展试点\n", "utf-8")
    (raw / "link.txt").symlink_to(raw / "b.txt")
    entries = [("a.txt", "plan-a"), ("link.txt", "plan-link"), ("sub/c.txt", "plan-c")]
    (raw / "manifest.toml").write_text("".join(ENTRY.format(file=f, id=i) for f, i in entries), "utf-8")
    assert [e.id for e in load_manifest(raw).document] == ["plan-a", "plan-link", "plan-c"]
    (raw / "dangling.txt").symlink_to(raw / "gone.txt")
    with (raw / "manifest.toml").open("a", encoding="utf-8") as manifest:
        manifest.write(ENTRY.format(file="dangling.txt", id="plan-d"))
    with pytest.raises(ManifestError, match=r"listed files not found in .*: dangling\.txt$"):
        load_manifest(raw)


def test_the_documents_of_a_folder_are_its_files_and_links_to_files(raw):
    from pilotplans.ingest.manifest import source_files

    (raw / "sub").mkdir()
    (raw / ".hidden.txt").write_text("x", "utf-8")
    (raw / "link.txt").symlink_to(raw / "b.txt")
    (raw / "to-folder").symlink_to(raw / "sub")
    assert source_files(raw) == [raw / "a.txt", raw / "b.txt", raw / "link.txt"]


def test_a_kept_manifest_is_parsed_again_when_the_levels_it_was_checked_against_change(raw, monkeypatch):
    # a level the records no longer name must be refused, not read back as it was kept: a program
    # importing other records' code (models.py) keys the manifest otherwise
    import pilotplans.schema.models as records
    from pilotplans.cachedir import code_as_imported

    load_manifest(raw)
    changed = raw.parent / "models.py"
    changed.write_bytes(open(records.__file__, "rb").read() + b"\n# another level\n")
    monkeypatch.setattr(manifest_module, "_CODE", code_as_imported(manifest_module.__file__, changed))
    _no_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="parsed again"):
        load_manifest(raw)


def test_a_kept_manifest_is_read_back_when_the_records_change_on_disk_after_import(raw, monkeypatch):
    # the levels it was checked against are those of the records imported, not of the file now on disk
    import pathlib

    import pilotplans.schema.models as records

    first = load_manifest(raw)
    changed_on_disk_after_import(monkeypatch, pathlib.Path(records.__file__))
    _no_parsing(monkeypatch)
    assert load_manifest(raw) == first


def test_a_manifest_parsed_while_the_records_changed_on_disk_is_not_kept(raw, monkeypatch):
    import pathlib

    import pilotplans.schema.models as records

    changed_on_disk_after_import(monkeypatch, pathlib.Path(records.__file__))
    load_manifest(raw)
    assert not (raw.parent / "cache").exists()


def test_a_link_the_system_cannot_follow_is_not_a_document(raw):
    # a link to itself, or through a file as if it were a folder: no file, as Path.is_file judged it
    from pilotplans.ingest.manifest import source_files

    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    (raw / "through.txt").symlink_to(raw / "a.txt" / "c.txt")
    assert source_files(raw) == [raw / "a.txt", raw / "b.txt"]
