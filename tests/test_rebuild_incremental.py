"""An incremental rebuild: unchanged documents are carried over unread, and the dataset it makes
is the one a full rebuild makes."""

import shutil
import sqlite3


from pilotplans.ingest import versions
from pilotplans.store.db import load_documents, sqlite_url
from tests.conftest import FIXTURES, SEEDS, build

PLANS = FIXTURES / "plans"
NATIONAL_2020 = """
[[document]]
file = "000_e0aac6ab09a0c8fd.txt"
id = "national-2020"
programme = "service-trade"
round = 2020
level = "national"
doc_no = "国函〔2020〕111号"
"""
NATIONAL_2018 = """
[[document]]
file = "001_49e808efe8358f81.txt"
id = "national-2018"
programme = "service-trade"
round = 2018
level = "national"
"""


def dataset(out):
    """Everything a rebuild leaves, but the database's own row ids."""
    with sqlite3.connect(out / "pilotplans.db") as connection:
        references = {table: sorted(connection.execute(f"select * from {table}").fetchall())
                      for table in ("bodies", "regions", "round_members")}
        references["body_aliases"] = sorted(connection.execute("select body_id, alias, kind from body_aliases").fetchall())
    return (load_documents(sqlite_url(out / "pilotplans.db")), references,
            (out / "measures.csv").read_bytes(), (out / "measures.jsonl").read_bytes())


def test_a_second_rebuild_of_unchanged_sources_reads_nothing_and_writes_nothing(raw, tmp_path):
    out = tmp_path / "out"
    assert build(raw, out).read == 5
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()}
    again = build(raw, out)
    assert (again.read, again.carried, again.reason) == (0, 5, "nothing changed")
    assert [(s.id, s.measures) for s in again.documents] == [
        ("hainan-2020", 117), ("national-2018", 48), ("national-2020", 122), ("national-2025", 152), ("xiamen-2020", 88)]
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()} == before


def test_a_changed_file_is_read_again_and_the_others_carried_over(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out)
    xiamen = raw / "003_0b1b6885711b46b3.txt"
    xiamen.write_text(xiamen.read_text("utf-8").replace("拟先行先试，形成全国首创举措", "拟先行先试", 1), "utf-8")
    result = build(raw, out)
    assert (result.read, result.carried, result.reason) == (1, 4, "1 new or changed")
    stored = {d.id: d for d in load_documents(sqlite_url(out / "pilotplans.db"))}
    assert next(m.remarks for m in stored["xiamen-2020"].measures if m.number == 8) == "拟先行先试"
    build(raw, tmp_path / "full", full=True)
    assert dataset(out) == dataset(tmp_path / "full")


def test_a_removed_file_takes_its_document_out(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out)
    (raw / "002_e688f04ce005bf43.txt").unlink()
    manifest = raw / "manifest.toml"
    text = manifest.read_text("utf-8")
    start = text.index('[[document]]\nfile = "002_')
    manifest.write_text(text[:start] + text[text.index("[[document]]", start + 1):], "utf-8")
    result = build(raw, out)
    assert (result.read, result.carried) == (0, 4)
    assert [s.id for s in result.documents] == ["hainan-2020", "national-2018", "national-2020", "xiamen-2020"]
    build(raw, tmp_path / "full", full=True)
    assert dataset(out) == dataset(tmp_path / "full")


def test_a_changed_manifest_entry_reads_its_document_again(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out)
    manifest = raw / "manifest.toml"
    manifest.write_text(manifest.read_text("utf-8").replace('region = "厦门"', 'region = "厦门市"'), "utf-8")
    result = build(raw, out)
    assert (result.read, result.carried) == (1, 4)
    assert [d.region for d in load_documents(sqlite_url(out / "pilotplans.db"), ["xiamen-2020"])] == ["厦门市"]


def test_full_reads_everything_again(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out)
    result = build(raw, out, full=True)
    assert (result.read, result.carried, result.reason) == (5, 0, "a full rebuild was asked for")


def test_a_new_version_of_the_registry_reads_everything_again(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw, out)
    current = versions.build_version()
    changed = versions.BuildVersion(current.reader, "another registry", current.gazetteer, current.store)
    monkeypatch.setattr(versions, "build_version", lambda: changed)
    result = build(raw, out)
    assert (result.read, result.carried, result.reason) == (5, 0, "the registry changed")


def test_a_database_of_an_older_store_is_made_anew_with_this_versions_columns(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out)
    with sqlite3.connect(out / "pilotplans.db") as connection:  # as the store before conventions.from_measure left it
        connection.execute("alter table conventions drop column from_measure")
        connection.execute("update build_info set value = 'an older store' where key = 'version.store'")
    result = build(raw, out)
    assert (result.read, result.carried, result.reason) == (5, 0, "the store changed")
    with sqlite3.connect(out / "pilotplans.db") as connection:
        assert "from_measure" in [row[1] for row in connection.execute("pragma table_info(conventions)")]
    build(raw, tmp_path / "full", full=True)
    assert dataset(out) == dataset(tmp_path / "full")


def test_removed_exports_are_written_again_from_the_database(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out)
    jsonl = (out / "measures.jsonl").read_bytes()
    database = (out / "pilotplans.db").read_bytes()
    (out / "measures.jsonl").unlink()
    (out / "measures.csv").write_text("edited by hand")
    assert build(raw, out).read == 0
    assert (out / "measures.jsonl").read_bytes() == jsonl
    assert (out / "measures.csv").read_bytes().startswith("\ufeffdocument,doc_title".encode())
    assert (out / "pilotplans.db").read_bytes() == database


def test_documents_stored_by_extract_are_replaced_by_the_raw_folder(raw, tmp_path):
    from pilotplans.store.db import store_documents
    from pilotplans.ingest.pipeline import read_document

    out = tmp_path / "out"
    build(raw, out)
    store_documents(sqlite_url(out / "pilotplans.db"), [read_document(PLANS / "chengdu-2020-tasks.txt")])
    result = build(raw, out)
    assert (result.read, result.carried) == (0, 5)
    assert "chengdu-2020-tasks" not in [s.id for s in result.documents]


def _plans_folder(tmp_path, *manifests):
    folder = tmp_path / "raw"
    folder.mkdir()
    for name in ("chengdu-2020-tasks.txt", "wuhan-2020-tasks.txt"):
        shutil.copy(PLANS / name, folder / name)
    shutil.copy(SEEDS / "001_49e808efe8358f81.txt", folder)
    (folder / "manifest.toml").write_text("".join(manifests), "utf-8")
    return folder


def test_carried_local_plans_are_linked_to_a_national_plan_added_later(tmp_path):
    raw = _plans_folder(tmp_path, NATIONAL_2018)
    out = tmp_path / "out"
    build(raw, out)
    before = {d.id: d for d in load_documents(sqlite_url(out / "pilotplans.db"))}
    assert (before["chengdu-2020-tasks"].parent, before["wuhan-2020-tasks"].parent) == (None, None)

    shutil.copy(SEEDS / "000_e0aac6ab09a0c8fd.txt", raw)
    (raw / "manifest.toml").write_text(NATIONAL_2018 + NATIONAL_2020, "utf-8")
    result = build(raw, out)
    assert (result.read, result.carried) == (1, 3)
    after = {d.id: d for d in load_documents(sqlite_url(out / "pilotplans.db"))}
    assert [(after[i].parent, after[i].round) for i in ("chengdu-2020-tasks", "wuhan-2020-tasks")] == [
        ("national-2020", 2020), ("national-2020", 2020)]
    # wuhan cites its plan by title alone (《全面深化服务贸易创新发展试点总体方案》): linked by it, nothing inferred
    assert [w.code for w in after["wuhan-2020-tasks"].warnings if w.code.startswith("parent_")] == []
    build(raw, tmp_path / "full", full=True)
    assert dataset(out) == dataset(tmp_path / "full")


def test_carried_local_plans_lose_the_link_to_a_national_plan_taken_out(tmp_path):
    raw = _plans_folder(tmp_path, NATIONAL_2018, NATIONAL_2020)
    shutil.copy(SEEDS / "000_e0aac6ab09a0c8fd.txt", raw)
    out = tmp_path / "out"
    build(raw, out)
    (raw / "000_e0aac6ab09a0c8fd.txt").unlink()
    (raw / "manifest.toml").write_text(NATIONAL_2018, "utf-8")
    assert build(raw, out).read == 0
    after = {d.id: d for d in load_documents(sqlite_url(out / "pilotplans.db"))}
    # The parent goes with the national plan; the round stays, read from each title: both name the 2020 round's
    # programme (全面深化服务贸易创新发展试点) and both places are among its pilot areas (pilotplans/ingest/programmes.py).
    assert [(after[i].parent, after[i].round) for i in ("chengdu-2020-tasks", "wuhan-2020-tasks")] == [(None, 2020), (None, 2020)]
    assert "parent_inferred" not in [w.code for w in after["wuhan-2020-tasks"].warnings]
    build(raw, tmp_path / "full", full=True)
    assert dataset(out) == dataset(tmp_path / "full")


def test_files_read_in_parallel_make_the_same_dataset(raw, tmp_path):
    build(raw, tmp_path / "one", workers=1)
    build(raw, tmp_path / "two", workers=2)
    assert dataset(tmp_path / "one") == dataset(tmp_path / "two")


def test_local_plans_diffed_over_two_workers_store_the_diffs_one_process_stores(raw, tmp_path, monkeypatch):
    import os

    from pilotplans.store import plans

    diffed_in: set[int] = set()
    diff_pair = plans.diff_pair

    def noting(national, local):
        diffed_in.add(os.getpid())
        return diff_pair(national, local)

    monkeypatch.setattr(plans, "diff_pair", noting)
    build(raw, tmp_path / "one", workers=1)
    assert diffed_in == {os.getpid()}
    diffed_in.clear()
    build(raw, tmp_path / "two", workers=2)
    assert diffed_in == set()  # the two local plans were diffed in the workers, a plan each

    def diffs(out):
        with sqlite3.connect(out / "pilotplans.db") as connection:
            return [connection.execute(f"select * from {table} order by 1, 2, 3").fetchall() for table in ("plan_links", "plan_pairs")]

    links, pairs = diffs(tmp_path / "one")
    assert (len(links), [p[:2] for p in pairs]) == (263, [("national-2020", "hainan-2020"), ("national-2020", "xiamen-2020")])
    assert diffs(tmp_path / "two") == [links, pairs]
    assert (tmp_path / "two" / "measures.xlsx").read_bytes() == (tmp_path / "one" / "measures.xlsx").read_bytes()


def test_the_command_line_says_what_it_read_and_what_it_carried_over(raw, tmp_path):
    from typer.testing import CliRunner

    from pilotplans.cli import app

    runner = CliRunner()
    arguments = ["rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "1"]
    first = runner.invoke(app, arguments)
    again = runner.invoke(app, arguments)
    full = runner.invoke(app, [*arguments, "--full"])
    assert [r.exit_code for r in (first, again, full)] == [0, 0, 0]
    assert first.stderr.splitlines()[-1] == "read 5 document(s), carried over 0 (no database yet)"
    assert again.stderr.splitlines()[-1] == "read 0 document(s), carried over 5 (nothing changed)"
    assert full.stderr.splitlines()[-1] == "read 5 document(s), carried over 0 (a full rebuild was asked for)"
    assert first.stdout == again.stdout == full.stdout


def test_workers_must_be_at_least_one(raw, tmp_path):
    from typer.testing import CliRunner

    from pilotplans.cli import app

    result = CliRunner().invoke(app, ["rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.stderr


def test_the_ocr_version_follows_the_ocr_readers_code_and_data_and_nothing_else(tmp_path):
    from pilotplans.ingest.versions import ocr_version

    (tmp_path / "parsers" / "ocr").mkdir(parents=True)
    (tmp_path / "data").mkdir()
    (tmp_path / "parsers" / "ocr" / "glyphs.py").write_text("SPECK = 0.9\n")
    (tmp_path / "data" / "ocr.toml").write_text("[specks]\nmarks = ['·']\n")
    (tmp_path / "data" / "roles.toml").write_text("lead = ['牵头']\n")
    first = ocr_version(tmp_path)
    (tmp_path / "data" / "roles.toml").write_text("lead = ['牵头', '负责']\n")
    assert ocr_version(tmp_path) == first
    (tmp_path / "data" / "ocr.toml").write_text("[specks]\nmarks = ['·', '•']\n")
    assert ocr_version(tmp_path) != first


def test_the_reading_libraries_versions_in_the_build_key_are_the_ones_their_metadata_gives(tmp_path, monkeypatch):
    from importlib import metadata

    from pilotplans.ingest import versions

    def asked(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "none"

    assert versions._library_versions() == ";".join(f"{name}={asked(name)}" for name in versions.READING_LIBRARIES)
    # an egg-info folder without a version in its name, and a library installed nowhere
    (tmp_path / "Some_Lib.egg-info").mkdir()
    (tmp_path / "Other.Lib-2.0.1-py3.11.egg-info").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    installed = versions.installed_versions()
    assert installed["some-lib"] == "" and installed["other-lib"] == "2.0.1"
    assert "no-such-library" not in installed


def test_the_running_packages_files_are_read_once_for_every_version_a_process_asks(monkeypatch):
    reads = []
    read_contents = versions._read_contents
    monkeypatch.setattr(versions, "_read_contents", lambda package: reads.append(package) or read_contents(package))
    monkeypatch.setattr(versions, "_KEPT", _hashes_kept_in(None))  # none kept by an earlier process
    versions._running_package_contents.cache_clear()
    try:
        first = (versions.build_version(), versions.file_part_versions(), versions.diff_version(), versions.ocr_version())
        again = (versions.build_version(), versions.file_part_versions(), versions.diff_version(), versions.ocr_version())
    finally:
        versions._running_package_contents.cache_clear()
    assert reads == [versions.PACKAGE]
    assert again == first
    assert first[1] == {"registry": first[0].registry, "gazetteer": first[0].gazetteer}


def _hashes_kept_in(path):
    """A table of the package's hashes kept in the file ``path`` (None: in memory only)."""
    import json

    from pilotplans.cachedir import KeptTable

    return KeptTable(lambda: path, json.loads, lambda table: json.dumps(table).encode(), versions._valid_hashes, most=64)


def _package_copy(tmp_path):
    package = tmp_path / "pilotplans"
    shutil.copytree(versions.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    return package


def _counting_reads(monkeypatch):
    reads = []
    read_contents = versions._read_contents
    monkeypatch.setattr(versions, "_read_contents", lambda package: reads.append(package) or read_contents(package))
    return reads


def test_a_package_s_hashes_are_kept_by_its_files_stamps_and_read_back_without_its_files(tmp_path, monkeypatch):
    package = _package_copy(tmp_path)
    monkeypatch.setattr(versions, "SETTLED_NS", 0)  # the copy's files were just written: settled at once here
    reads = _counting_reads(monkeypatch)
    monkeypatch.setattr(versions, "_KEPT", _hashes_kept_in(tmp_path / "hashes.json"))
    first = (versions.file_part_versions(package=package), versions.paths_version(versions.DIFF_PATHS, "seed", package))
    versions._KEPT._save()  # as the program's end does
    monkeypatch.setattr(versions, "_KEPT", _hashes_kept_in(tmp_path / "hashes.json"))  # a later process
    again = (versions.file_part_versions(package=package), versions.paths_version(versions.DIFF_PATHS, "seed", package))
    assert again == first
    assert reads == [package, package]  # by the first process alone


def test_a_package_whose_file_changed_is_hashed_again_not_taken_from_what_was_kept(tmp_path, monkeypatch):
    package = _package_copy(tmp_path)
    monkeypatch.setattr(versions, "SETTLED_NS", 0)
    reads = _counting_reads(monkeypatch)
    monkeypatch.setattr(versions, "_KEPT", _hashes_kept_in(None))
    before = versions.file_part_versions(package=package)
    with (package / "data" / "roles.toml").open("ab") as handle:
        handle.write(b"\n")
    after = versions.file_part_versions(package=package)
    assert reads == [package, package]
    assert after["registry"] != before["registry"] and after["gazetteer"] == before["gazetteer"]


def test_a_package_with_a_file_changed_moments_ago_is_hashed_and_nothing_of_it_kept(tmp_path, monkeypatch):
    package = _package_copy(tmp_path)  # its files were written just now, within SETTLED_NS
    reads = _counting_reads(monkeypatch)
    monkeypatch.setattr(versions, "_KEPT", _hashes_kept_in(None))
    assert versions.package_stamp(package) is None
    first = versions.file_part_versions(package=package)
    assert versions.file_part_versions(package=package) == first
    assert reads == [package, package]
    assert versions._KEPT._table in (None, {})


def _kept_hashes_of_a_settled_copy(tmp_path, monkeypatch):
    """A copy of the package, settled at once, and the file its hashes were kept in by a first process."""
    package = _package_copy(tmp_path)
    monkeypatch.setattr(versions, "SETTLED_NS", 0)
    monkeypatch.setattr(versions, "_KEPT", _hashes_kept_in(tmp_path / "hashes.json"))
    first = (versions.build_version(package), versions.file_part_versions(package=package),
             versions.paths_version(versions.DIFF_PATHS, "seed", package))
    versions._KEPT._save()
    return package, first, tmp_path / "hashes.json"


def test_a_kept_hashes_file_whose_values_are_not_the_hashes_asked_for_is_as_if_empty(tmp_path, monkeypatch):
    # a file that parses but holds, under a key asked for, something other than what was kept for
    # it (a hash where the parts' hashes were kept, a part missing, a number) crashed every command
    # that asked for a version, or gave a version that was no hash
    import json

    package, first, file = _kept_hashes_of_a_settled_copy(tmp_path, monkeypatch)
    kept = json.loads(file.read_bytes())
    for broken in ({key: "0123456789abcdef" if isinstance(value, dict) else {"reader": value} for key, value in kept.items()},
                   {key: dict(list(value.items())[1:]) if isinstance(value, dict) else value for key, value in kept.items()},
                   {key: dict.fromkeys(value, 1) if isinstance(value, dict) else 1 for key, value in kept.items()}):
        file.write_text(json.dumps(broken))
        monkeypatch.setattr(versions, "_KEPT", _hashes_kept_in(file))  # a later process
        again = (versions.build_version(package), versions.file_part_versions(package=package),
                 versions.paths_version(versions.DIFF_PATHS, "seed", package))
        assert again == first


def test_a_kept_hashes_file_written_by_this_version_is_read_back_whole(tmp_path, monkeypatch):
    import json

    package, first, file = _kept_hashes_of_a_settled_copy(tmp_path, monkeypatch)
    table = json.loads(file.read_bytes())
    assert len(table) == 3 and versions._valid_hashes(table)


def test_versions_kept_by_the_package_s_stamps_follow_the_libraries_and_the_segmenter(tmp_path, monkeypatch):
    # the package's files unchanged (the same stamps), a reading library's new release or another
    # segmenter must not take the versions kept for the old one: documents read by the old reader
    # would be carried over
    from pilotplans.diff import segment

    package = _package_copy(tmp_path)
    monkeypatch.setattr(versions, "SETTLED_NS", 0)
    monkeypatch.setattr(versions, "_KEPT", _hashes_kept_in(None))
    assert versions.package_stamp(package) is not None
    before, diff_before = versions.build_version(package), versions.diff_version(package)
    installed = versions.installed_versions()
    monkeypatch.setattr(versions, "installed_versions", lambda: {**installed, "pdfplumber": "999.0"})
    upgraded = versions.build_version(package)
    assert upgraded.changed(before) == ["reader"]
    monkeypatch.setattr(segment, "engine_signature", lambda: "another-segmenter")
    assert versions.build_version(package).changed(upgraded) == ["store"]
    assert versions.diff_version(package) != diff_before


def test_the_package_s_files_are_its_code_and_data_files_outside_its_byte_code_folders():
    expected = sorted(p for p in versions.PACKAGE.rglob("*") if p.is_file() and p.suffix in (".py", ".toml", ".tsv", ".txt")
                      and "__pycache__" not in p.parts)
    assert versions.package_files() == expected


def _part_versions_with_one_file_changed(tmp_path, relative):
    """The registry's and gazetteer's versions of a copy of the package, before and after one more
    byte in its file ``relative``."""
    package = tmp_path / "pilotplans"
    shutil.copytree(versions.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = versions.file_part_versions(package=package)
    with (package / relative).open("ab") as handle:
        handle.write(b"\n")
    return before, versions.file_part_versions(package=package)


def test_the_registry_s_entry_classes_and_its_pickling_in_parts_count_in_the_registry_s_version(tmp_path):
    # they were the registry's code (files.py, bodies.py) before they moved to modules of their own,
    # which a new file's default counted in the reader: a change to a kind's rules (its counterparts)
    # left the registry's version, which a stored diff's owner checks were made with, as it was
    for relative in ("normalizers/registry/entries.py", "normalizers/registry/apart.py"):
        before, after = _part_versions_with_one_file_changed(tmp_path / relative.replace("/", "_"), relative)
        assert after["registry"] != before["registry"] and after["gazetteer"] == before["gazetteer"]


def test_a_reader_module_leaves_the_registry_s_and_gazetteer_s_versions_as_they_were(tmp_path):
    before, after = _part_versions_with_one_file_changed(tmp_path, "parsers/docx.py")
    assert after == before
