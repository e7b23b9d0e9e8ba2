"""Shared fixtures: the five source documents, read once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.schema.models import Document
from tests.seeds import FIXTURES, SEED_FILES, SEEDS, read_seed

__all__ = ["FIXTURES", "SEED_FILES", "SEEDS", "read_seed"]


@pytest.fixture(scope="session")
def national2020() -> Document:
    return read_seed("national-2020")


@pytest.fixture(scope="session")
def national2018() -> Document:
    return read_seed("national-2018")


@pytest.fixture(scope="session")
def rounds_diff(national2018, national2020):
    """national-2018 against national-2020 with the plain cut (no segmenter), aligned once a session: the diff's tests
    of the two rounds all read this one result."""
    from pilotplans.diff import diff_documents
    from pilotplans.diff.segment import Segmenter

    return diff_documents(national2018, national2020, segmenter=Segmenter(None))


def links_of(result, local: int) -> list[tuple[str, str]]:
    """(national label or "-", relation) of every link of the later plan's measure ``local``."""
    return [(l.national.label if l.national else "-", l.relation) for l in result.links
            if l.local is not None and l.local.number == local]


@pytest.fixture(scope="session")
def national2025() -> Document:
    return read_seed("national-2025")


@pytest.fixture(scope="session")
def xiamen() -> Document:
    return read_seed("xiamen-2020")


@pytest.fixture(scope="session")
def hainan() -> Document:
    return read_seed("hainan-2020")


@pytest.fixture(autouse=True)
def _segmentation_cache(tmp_path_factory, monkeypatch):
    """Keep the diff's on-disk segmentation cache out of the user's home during every test."""
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "segments"))


@pytest.fixture(scope="session")
def xiamen_diff(national2020, xiamen):
    from pilotplans.diff import diff_documents
    from pilotplans.diff.segment import Segmenter

    return diff_documents(national2020, xiamen, segmenter=Segmenter(None))


@pytest.fixture(scope="session")
def hainan_diff(national2020, hainan):
    from pilotplans.diff import diff_documents
    from pilotplans.diff.segment import Segmenter

    return diff_documents(national2020, hainan, segmenter=Segmenter(None))


def by_number(document: Document) -> dict[int, object]:
    return {m.number: m for m in document.measures if m.number is not None}


def codes(record) -> list[str]:
    return [w.code for w in record.warnings]


@pytest.fixture(scope="session")
def curated(tmp_path_factory) -> Path:
    """The five bundled documents rebuilt once (``pilotplans rebuild``) into a folder of their own:
    ``pilotplans.db``, ``measures.csv``, ``measures.jsonl``, ``measures.xlsx``."""
    import shutil

    from typer.testing import CliRunner

    from pilotplans.cli import app

    folder = tmp_path_factory.mktemp("curated")
    shutil.copytree(SEEDS, folder / "raw")
    result = CliRunner().invoke(app, ["rebuild", "--raw", str(folder / "raw"), "--out", str(folder / "out")])
    assert result.exit_code == 0, result.output
    return folder / "out"


def curated_copy(curated: Path, tmp_path: Path, *statements: str, keeping: tuple[str, ...] | None = None) -> str:
    """The bundled documents' database (the ``curated`` fixture's) copied into ``tmp_path``, changed by
    ``statements`` and, given ``keeping``, with only the documents of those ids left in it (their rows with them:
    foreign keys on), as a URL."""
    import shutil
    import sqlite3

    path = tmp_path / "pilotplans.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        for statement in statements:
            connection.execute(statement)
        if keeping is not None:
            connection.execute(f"DELETE FROM documents WHERE id NOT IN ({', '.join('?' for _ in keeping)})", keeping)
    connection.close()
    return f"sqlite:///{path}"


def pages_of(name: str, pages: list[int]) -> bytes:
    """Some pages of a fixture PDF as a PDF of their own (text layer and drawing kept)."""
    import io

    import pypdfium2

    source, part = pypdfium2.PdfDocument((FIXTURES / name).read_bytes()), pypdfium2.PdfDocument.new()
    part.import_pages(source, pages)
    out = io.BytesIO()
    part.save(out)
    return out.getvalue()


@pytest.fixture()
def raw(tmp_path) -> Path:
    """A folder of the test's own holding a copy of the five bundled documents and their manifest."""
    import shutil

    folder = tmp_path / "raw"
    shutil.copytree(SEEDS, folder)
    return folder


def build(raw: Path, out: Path, *, workers: int = 1, **options):
    """``raw`` rebuilt into ``out`` (its database ``out/pilotplans.db``), one worker unless told."""
    from pilotplans.ingest.dataset import rebuild_dataset
    from pilotplans.store.db import sqlite_url

    return rebuild_dataset(raw, out, sqlite_url(out / "pilotplans.db"), workers=workers, **options)


def recorded_pools(monkeypatch) -> list[tuple[int, int, bool]]:
    """The pools (:func:`pilotplans.ingest.parallel.in_order`) asked for from now on, each as
    (items, workers, background)."""
    from pilotplans.ingest import parallel

    asked: list[tuple[int, int, bool]] = []
    real = parallel.in_order

    def in_order(work, items, workers, *, background=False, growing=False):
        asked.append((len(items), workers, background))
        return real(work, items, workers, background=background, growing=growing)

    monkeypatch.setattr(parallel, "in_order", in_order)
    return asked


def changed_on_disk_after_import(monkeypatch, target: Path) -> None:
    """The source file ``target`` as a checkout (or an upgrade) leaves it after this process imported
    it: changed now (its ``st_ctime_ns``, as :func:`pilotplans.cachedir.first_touched_since_import`
    reads it) and holding one byte more (its digest, as :func:`pilotplans.kept_digests.file_digest`
    gives it to a process reading it for the first time)."""
    import hashlib
    import os
    import time
    import types

    from pilotplans import kept_digests

    changed = time.time_ns()
    stat, digest = os.stat, kept_digests.file_digest

    def stat_after(path, *args, **kwargs):
        status = stat(path, *args, **kwargs)
        return types.SimpleNamespace(st_ctime_ns=changed) if Path(path) == target else status

    monkeypatch.setattr(os, "stat", stat_after)
    monkeypatch.setattr(kept_digests, "file_digest",
                        lambda path: hashlib.blake2b(target.read_bytes() + b"#").digest() if Path(path) == target else digest(path))
