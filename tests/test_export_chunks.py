"""The exports' chunks (:mod:`pilotplans.store.exports`): a rebuild after one change copies each
unchanged document's chunk from the exports in place, checked byte for byte, and reads from the
database only the chunks it cannot copy."""

import hashlib
import os
import time
from pathlib import Path

from pilotplans.store import build as store_build
from pilotplans.store.exports import Chunks, Piece, copy_offsets, file_digest, holds, piece_of, read_piece
from tests.conftest import build

XIAMEN = "003_0b1b6885711b46b3.txt"


def _chunks(document, csv, jsonl=b""):
    return Chunks(document, piece_of(csv), piece_of(jsonl))


def test_a_piece_is_the_size_and_sha256_of_its_bytes():
    assert piece_of("厦门\n".encode()) == Piece(7, hashlib.sha256("厦门\n".encode()).hexdigest())


def test_a_files_digest_is_the_sha256_of_its_pieces_digests_in_order():
    pieces = [piece_of(b"head\n"), piece_of(b"a,1\n")]
    expected = hashlib.sha256(hashlib.sha256(b"head\n").digest() + hashlib.sha256(b"a,1\n").digest()).hexdigest()
    assert file_digest(pieces) == expected
    assert file_digest(reversed(pieces)) != expected


def test_copy_offsets_find_each_unchanged_chunk_after_the_head_and_the_chunks_before_it():
    previous = [_chunks("a", b"0123456789"), _chunks("b", b"x" * 20), _chunks("c", b"12345")]
    current = [_chunks("a", b"0123456789"), _chunks("b", b"y" * 20), _chunks("bb", b"new"), _chunks("c", b"12345")]
    assert copy_offsets(previous, 7, current, "csv") == {"a": 7, "c": 37}
    assert copy_offsets(previous, 0, current, "jsonl") == {"a": 0, "b": 0, "c": 0}  # every JSONL chunk is empty here


def test_a_chunk_is_copied_only_when_its_bytes_in_place_are_its_own(tmp_path):
    path = tmp_path / "measures.csv"
    path.write_bytes(b"head\nab,1\ncd,2\n")
    handle = os.open(path, os.O_RDONLY)
    try:
        assert read_piece(handle, 5, piece_of(b"ab,1\n")) == b"ab,1\n"
        assert read_piece(handle, 5, piece_of(b"ab,2\n")) is None  # edited: same size, other bytes
        assert read_piece(handle, 12, piece_of(b"cd,2\nmore")) is None  # the file ends first
    finally:
        os.close(handle)


def test_a_file_holds_its_pieces_only_byte_for_byte_and_whole(tmp_path):
    path = tmp_path / "measures.jsonl"
    path.write_bytes(b'{"a":1}\n{"b":2}\n')
    pieces = [piece_of(b'{"a":1}\n'), piece_of(b'{"b":2}\n')]
    assert holds(path, pieces)
    assert not holds(path, pieces[:1])
    path.write_bytes(b'{"a":1}\n{"b":3}\n')
    assert not holds(path, pieces)
    assert not holds(tmp_path / "missing.jsonl", pieces)


def _fetches(monkeypatch):
    """The ids each read of chunks from the database asks for, from now on."""
    asked = []
    real = store_build.export_chunks

    def recording(connection, ids):
        asked.append(list(ids))
        return real(connection, ids)

    monkeypatch.setattr(store_build, "export_chunks", recording)
    return asked


def _change_xiamen(raw):
    xiamen = raw / XIAMEN
    xiamen.write_text(xiamen.read_text("utf-8").replace("拟先行先试，形成全国首创举措", "拟先行先试", 1), "utf-8")


def _exports(out):
    return (out / "measures.csv").read_bytes(), (out / "measures.jsonl").read_bytes()


def test_after_one_change_only_the_changed_documents_chunks_are_read_from_the_database(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw, out)
    _change_xiamen(raw)
    asked = _fetches(monkeypatch)
    assert build(raw, out).read == 1
    assert asked == [["xiamen-2020"]]
    monkeypatch.undo()
    build(raw, tmp_path / "full", full=True)
    assert _exports(out) == _exports(tmp_path / "full")


def test_a_chunk_edited_in_place_is_read_from_the_database_not_copied(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw, out)
    csv = (out / "measures.csv").read_bytes()
    at = csv.index("hainan-2020".encode())
    (out / "measures.csv").write_bytes(csv[:at] + b"HAINAN-2020" + csv[at + len(b"hainan-2020"):])  # the same size
    _change_xiamen(raw)
    asked = _fetches(monkeypatch)
    assert build(raw, out).read == 1
    assert asked == [["xiamen-2020"], ["hainan-2020"]]
    monkeypatch.undo()
    build(raw, tmp_path / "full", full=True)
    assert _exports(out) == _exports(tmp_path / "full")


def test_a_full_rebuild_reads_every_chunk_from_the_database(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw, out)
    asked = _fetches(monkeypatch)
    assert build(raw, out, full=True).read == 5
    assert asked == [["hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020"]]


def test_an_export_edited_in_place_to_the_same_size_is_written_again_when_nothing_changed(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out)
    jsonl = (out / "measures.jsonl").read_bytes()
    (out / "measures.jsonl").write_bytes(jsonl.replace("hainan-2020".encode(), "HAINAN-2020".encode(), 1))
    assert build(raw, out).reason == "nothing changed"
    assert (out / "measures.jsonl").read_bytes() == jsonl


def test_the_exports_are_on_disk_before_they_are_put_in_place(raw, tmp_path, monkeypatch):
    from pilotplans import files
    from pilotplans.ingest import staging

    events = []
    real_sync, real_replace = files._sync, staging.os.replace

    def sync(paths):
        real_sync(paths)
        events.extend(("synced", path.name.split(".")[1:3]) for path in paths)

    def replace(source, target):
        if Path(target).name.startswith("measures."):
            events.append(("replaced", Path(target).name))
        real_replace(source, target)

    monkeypatch.setattr(files, "_sync", sync)
    monkeypatch.setattr(staging.os, "replace", replace)
    build(raw, tmp_path / "out")
    # (the CSV and JSONL are synced by one thread, the workbook by another: either may end first)
    assert sorted(events[:3]) == [("synced", ["measures", "csv"]), ("synced", ["measures", "jsonl"]), ("synced", ["measures", "xlsx"])]
    assert events[3:] == [("replaced", "measures.csv"), ("replaced", "measures.jsonl"), ("replaced", "measures.xlsx")]


def _hashed_chunks(monkeypatch):
    """How many chunks in place are read and hashed before they are copied, from now on."""
    from pilotplans.store import exports

    read = []
    real = exports.read_piece

    def counting(handle, offset, piece):
        read.append(piece)
        return real(handle, offset, piece)

    monkeypatch.setattr(exports, "read_piece", counting)
    return read


def test_exports_whose_stamps_are_the_ones_their_build_noted_lend_their_chunks_unread(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw, out)
    _change_xiamen(raw)
    hashed, asked = _hashed_chunks(monkeypatch), _fetches(monkeypatch)
    assert build(raw, out).read == 1
    assert (hashed, asked) == ([], [["xiamen-2020"]])
    monkeypatch.undo()
    build(raw, tmp_path / "full", full=True)
    assert _exports(out) == _exports(tmp_path / "full")


def test_an_export_only_touched_since_its_build_has_its_chunks_hashed_before_they_are_copied(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw, out)
    os.utime(out / "measures.jsonl")  # its bytes as they were, its time now: its stamp is not the one noted
    _change_xiamen(raw)
    hashed, asked = _hashed_chunks(monkeypatch), _fetches(monkeypatch)
    assert build(raw, out).read == 1
    assert (len(hashed), asked) == (8, [["xiamen-2020"]])  # both chunks of the four unchanged documents
    monkeypatch.undo()
    build(raw, tmp_path / "full", full=True)
    assert _exports(out) == _exports(tmp_path / "full")


def test_a_written_export_is_dated_back_so_that_a_write_in_the_same_tick_changes_its_stamp(tmp_path):
    from pilotplans.ingest.staging import DATED_BACK_NS, dated_stamp, stamp

    path = tmp_path / "measures.csv"
    path.write_bytes(b"head\nab,1\n")
    noted = dated_stamp(path)
    assert path.stat().st_mtime_ns < time.time_ns() - DATED_BACK_NS + 1_000_000_000
    path.write_bytes(b"head\nab,2\n")  # the same size, at once
    assert stamp(path) != noted


def test_nothing_changed_checks_the_exports_by_their_stamps_without_hashing_them(raw, tmp_path, monkeypatch):
    from pilotplans.ingest import staging
    from pilotplans.store import exports

    out = tmp_path / "out"
    build(raw, out)
    before = {name: (out / name).read_bytes() for name in ("measures.csv", "measures.jsonl", "measures.xlsx")}

    def refused(*args):
        raise AssertionError("hashed")

    monkeypatch.setattr(exports, "holds", refused)
    monkeypatch.setattr(staging, "_sha256_of_file", refused)
    assert build(raw, out).reason == "nothing changed"
    assert {name: (out / name).read_bytes() for name in before} == before


def test_a_workbook_only_touched_since_its_build_is_hashed_and_kept_when_nothing_changed(raw, tmp_path, monkeypatch):
    from pilotplans.ingest import staging

    out = tmp_path / "out"
    build(raw, out)
    os.utime(out / "measures.xlsx")
    inode = (out / "measures.xlsx").stat().st_ino
    hashed = []
    real = staging._sha256_of_file
    monkeypatch.setattr(staging, "_sha256_of_file", lambda path: hashed.append(path.name) or real(path))
    assert build(raw, out).reason == "nothing changed"
    assert hashed == ["measures.xlsx"]
    assert (out / "measures.xlsx").stat().st_ino == inode  # intact: not written again


def _copied(tmp_path, size, offset=5):
    from pilotplans.ingest.staging import copy_range

    source, target = tmp_path / "in-place.csv", tmp_path / "new.csv"
    source.write_bytes(b"head\nab,1\ncd,2\n")
    with open(source, "rb") as handle, open(target, "wb") as out:
        out.write(b"head\n")
        out.flush()
        copy_range(handle.fileno(), out.fileno(), offset, size)
    return target.read_bytes()


def test_a_range_is_copied_to_the_end_of_the_new_export(tmp_path):
    assert _copied(tmp_path, 10) == b"head\nab,1\ncd,2\n"


def test_a_range_is_copied_by_hand_where_the_kernel_cannot_copy_it(tmp_path, monkeypatch):
    import errno

    def refused(*args):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "copy_file_range", refused, raising=False)
    assert _copied(tmp_path, 5, offset=10) == b"head\ncd,2\n"


def test_a_file_in_place_shorter_than_its_stamp_said_is_an_error_not_a_short_export(tmp_path):
    import pytest

    from pilotplans.errors import OutputError

    with pytest.raises(OutputError, match="shortened while it was copied"):
        _copied(tmp_path, 20)


def test_exports_whose_layout_was_changed_since_their_build_lend_no_chunk_unread(raw, tmp_path):
    """``extract --db`` replaces a document and its build (its chunks leave the layout, not the
    files): the stamps are still the noted ones, but the files are not made of the layout's
    chunks, so each is checked before it is copied (the first document's, shifting the others)."""
    import shutil

    from pilotplans.api import read
    from pilotplans.store.db import sqlite_url, store_documents

    out = tmp_path / "out"
    build(raw, out)
    hainan = tmp_path / "hainan-2020.txt"  # the first document by id, stored without a build
    shutil.copy(raw / "004_662d9067fb13adab.txt", hainan)
    store_documents(sqlite_url(out / "pilotplans.db"), [read(hainan)])
    assert build(raw, out).read == 1
    build(raw, tmp_path / "full", full=True)
    assert _exports(out) == _exports(tmp_path / "full")


def test_exports_that_cannot_be_dated_back_are_written_and_checked_by_their_hashes(raw, tmp_path, monkeypatch):
    """A file system that refuses to set a file's times (one mounted for another user) does not
    stop the rebuild: the exports get no stamp, and are hashed before they lend a chunk."""
    import errno

    from pilotplans.ingest import staging

    def refused(*args, **kwargs):
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(staging.os, "utime", refused)
    out = tmp_path / "out"
    build(raw, out)
    assert staging.dated_stamp(out / "measures.csv") == ""
    _change_xiamen(raw)
    hashed, asked = _hashed_chunks(monkeypatch), _fetches(monkeypatch)
    assert build(raw, out).read == 1
    assert (len(hashed), asked) == (8, [["xiamen-2020"]])  # both chunks of the four unchanged documents
    monkeypatch.undo()
    build(raw, tmp_path / "full", full=True)
    assert _exports(out) == _exports(tmp_path / "full")
