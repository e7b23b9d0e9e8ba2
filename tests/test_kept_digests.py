"""A file's digest for the cache folder's keys is kept by the file's stamp
(``pilotplans.kept_digests``): an unchanged file is not read and hashed again, any write gives it
another stamp (and, with other bytes, another digest), and a file changed too shortly before it is
looked at is hashed every time, never noted."""

import hashlib
import os
import time
import types

import pytest

from pilotplans import kept_digests
from pilotplans.ingest.digests import SETTLED_NS
from pilotplans.kept_digests import file_digest


@pytest.fixture
def later(monkeypatch):
    """As if every file looked at from now on was last changed more than SETTLED_NS before (the
    clock the digests read runs that much ahead)."""
    monkeypatch.setattr(kept_digests, "time", types.SimpleNamespace(time_ns=lambda: time.time_ns() + 2 * SETTLED_NS))


def hashes(path) -> tuple[bytes, int]:
    """The digest of ``path`` and how many files were read and hashed to give it."""
    before = kept_digests.hashed
    digest = file_digest(path)
    return digest, kept_digests.hashed - before


def test_an_unchanged_file_is_hashed_once(tmp_path, later):
    module = tmp_path / "unchanged.py"
    module.write_bytes(b"VERSION = 1\n")
    assert hashes(module) == (hashlib.blake2b(b"VERSION = 1\n").digest(), 1)
    assert hashes(module) == (hashlib.blake2b(b"VERSION = 1\n").digest(), 0)


def test_a_file_changed_gives_its_new_bytes_digest(tmp_path, later):
    module = tmp_path / "changed.py"
    module.write_bytes(b"VERSION = 1\n")
    file_digest(module)
    module.write_bytes(b"VERSION = 2\n")  # the same size
    assert hashes(module) == (hashlib.blake2b(b"VERSION = 2\n").digest(), 1)


def test_a_file_written_again_with_the_same_bytes_is_hashed_again(tmp_path, later):
    module = tmp_path / "rewritten.py"
    module.write_bytes(b"VERSION = 1\n")
    file_digest(module)
    time.sleep(0.05)  # past a tick of the kernel's coarse clock
    module.write_bytes(b"VERSION = 1\n")
    assert hashes(module) == (hashlib.blake2b(b"VERSION = 1\n").digest(), 1)


def test_a_file_given_its_old_modification_time_back_is_hashed_again(tmp_path, later):
    # cp -p, wget -N, touch -r: the change time, which no one can set, still moves
    module = tmp_path / "dated_back.py"
    module.write_bytes(b"VERSION = 1\n")
    status = module.stat()
    file_digest(module)
    time.sleep(0.05)
    module.write_bytes(b"VERSION = 2\n")
    os.utime(module, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert hashes(module) == (hashlib.blake2b(b"VERSION = 2\n").digest(), 1)


def test_a_file_changed_just_before_it_is_looked_at_is_hashed_every_time(tmp_path):
    # a second write in the same tick of a coarse clock could leave its stamp as it was
    module = tmp_path / "just_written.py"
    module.write_bytes(b"VERSION = 1\n")
    assert hashes(module) == (hashlib.blake2b(b"VERSION = 1\n").digest(), 1)
    assert hashes(module) == (hashlib.blake2b(b"VERSION = 1\n").digest(), 1)


def test_a_kept_table_holding_anything_but_digests_is_not_trusted():
    digest = hashlib.blake2b(b"").hexdigest()
    assert kept_digests._valid({"stamp": digest}) is True
    assert kept_digests._valid({"stamp": digest[:-1]}) is False
    assert kept_digests._valid({"stamp": 1}) is False
