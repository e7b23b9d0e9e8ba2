"""The sources' digests (:mod:`pilotplans.ingest.digests`): a source file whose stamp is the one
the last build noted, written well before that build looked at it, is not read and hashed again;
any other is, and the dataset is the one a full rebuild makes."""

import os
import time

import pytest

from pilotplans.ingest import digests
from pilotplans.ingest.digests import SourceDigests
from tests.conftest import build

XIAMEN = "003_0b1b6885711b46b3.txt"
AN_HOUR = 3600 * 1_000_000_000


def date_back(raw):
    """Date every file of ``raw`` an hour back (their change time is now)."""
    then = time.time_ns() - AN_HOUR
    for path in raw.iterdir():
        os.utime(path, ns=(then, then))


def settle(raw, monkeypatch):
    """Have the builds look at the files of ``raw`` as files long written: dated an hour back, and
    changed (their change time, which cannot be set) an hour before the builds' clock says."""
    from types import SimpleNamespace

    date_back(raw)
    monkeypatch.setattr(digests, "time", SimpleNamespace(time_ns=lambda: time.time_ns() + AN_HOUR))


@pytest.fixture
def hashed(monkeypatch):
    """The names of the source files (in a folder ``raw``) hashed from now on."""
    names = []
    real = digests.hashlib.file_digest

    def noting(handle, name):
        folder, file = os.path.split(handle.name)
        if os.path.basename(folder) == "raw":
            names.append(file)
        return real(handle, name)

    monkeypatch.setattr(digests.hashlib, "file_digest", noting)
    return names


def exports(out):
    return (out / "measures.csv").read_bytes(), (out / "measures.jsonl").read_bytes()


def test_only_the_changed_source_is_hashed_when_the_others_stamps_are_the_noted_ones(raw, tmp_path, hashed, monkeypatch):
    settle(raw, monkeypatch)
    out = tmp_path / "out"
    build(raw, out)
    assert len(hashed) == 5
    hashed.clear()
    xiamen = raw / XIAMEN
    xiamen.write_text(xiamen.read_text("utf-8").replace("拟先行先试，形成全国首创举措", "拟先行先试", 1), "utf-8")
    assert build(raw, out).read == 1
    assert hashed == [XIAMEN]
    build(raw, tmp_path / "full", full=True)
    assert exports(out) == exports(tmp_path / "full")


def test_a_source_whose_stamp_changed_is_hashed_and_carried_over_when_its_bytes_are_the_same(raw, tmp_path, hashed, monkeypatch):
    settle(raw, monkeypatch)
    out = tmp_path / "out"
    build(raw, out)
    hashed.clear()
    then = time.time_ns() - AN_HOUR // 2
    os.utime(raw / XIAMEN, ns=(then, then))  # touched: the same bytes, another time
    result = build(raw, out)
    assert (result.read, result.reason, hashed) == (0, "nothing changed", [XIAMEN])


def test_a_source_edited_to_the_same_size_is_read_again(raw, tmp_path, hashed, monkeypatch):
    settle(raw, monkeypatch)
    out = tmp_path / "out"
    build(raw, out)
    xiamen = raw / XIAMEN
    text = xiamen.read_text("utf-8")
    edited = text.replace("拟先行先试", "拟先试先行", 1)
    assert len(edited.encode()) == len(text.encode()) and edited != text
    xiamen.write_text(edited, "utf-8")
    assert build(raw, out).read == 1


def test_a_source_edited_to_the_same_size_with_its_modification_time_kept_is_read_again(raw, tmp_path, hashed, monkeypatch):
    """As ``cp -p``, ``wget -N`` or ``touch -r`` leave a file: its inode, size and modification time
    as they were; the change time (which no one can set) tells it was written."""
    settle(raw, monkeypatch)
    out = tmp_path / "out"
    build(raw, out)
    hashed.clear()
    xiamen = raw / XIAMEN
    before = xiamen.stat()
    text = xiamen.read_text("utf-8")
    xiamen.write_text(text.replace("拟先行先试", "拟先试先行", 1), "utf-8")
    os.utime(xiamen, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (xiamen.stat().st_ino, xiamen.stat().st_size) == (before.st_ino, before.st_size)
    assert build(raw, out).read == 1
    assert hashed == [XIAMEN]


def test_a_source_whose_modification_time_was_set_back_just_before_a_build_is_hashed_again_by_the_next(raw, tmp_path, hashed):
    date_back(raw)  # (set back just now: changed a moment ago, a write in the same tick could keep its stamp)
    out = tmp_path / "out"
    build(raw, out)
    hashed.clear()
    assert build(raw, out).reason == "nothing changed"
    assert len(hashed) == 5


def test_sources_written_shortly_before_a_build_are_hashed_again_by_the_next(raw, tmp_path, hashed):
    for path in raw.iterdir():
        os.utime(path)  # written just now
    out = tmp_path / "out"
    build(raw, out)
    hashed.clear()
    assert build(raw, out).reason == "nothing changed"
    assert len(hashed) == 5


def test_a_full_rebuild_hashes_every_source(raw, tmp_path, hashed, monkeypatch):
    settle(raw, monkeypatch)
    out = tmp_path / "out"
    build(raw, out)
    hashed.clear()
    build(raw, out, full=True)
    assert len(hashed) == 5


def test_a_digest_noted_of_a_file_settled_before_the_build_is_taken_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"first")
    settle(tmp_path, monkeypatch)
    first = SourceDigests(None)
    assert first.digest(path)[1] == 5
    again = SourceDigests(first.fact()[digests.FACT])
    assert again.digest(path) == first.digest(path)
    assert again.hashed == 0


@pytest.mark.parametrize("noted", ["not json", '{"files": []}', '{"at": 1}', "[]"])
def test_a_fact_that_cannot_be_read_makes_every_file_hashed(tmp_path, noted):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"first")
    seen = SourceDigests(noted)
    seen.digest(path)
    assert seen.hashed == 1
