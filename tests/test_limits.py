"""Sources far beyond any published plan are refused in one line naming the limit, before the
work that would take minutes or gigabytes; plans within the limits are read as before."""

import zipfile
import zlib

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.limits import DEFAULT_LIMITS, Limits
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES, SEEDS

XIAMEN_TEXT = SEEDS / "003_0b1b6885711b46b3.txt"
XIAMEN_DOCX = FIXTURES / "xiamen-tasks.docx"
XIAMEN_ROWS = 91  # two paragraphs, and a table of a header and 88 measures


def refused(path, limits=DEFAULT_LIMITS) -> str:
    with pytest.raises(UnreadableFile) as error:
        read_document(path, limits=limits)
    return str(error.value)


def test_a_cell_of_ten_megabytes_is_refused(tmp_path):
    path = tmp_path / "big-cell.txt"
    huge = "在试点地区" * 2_000_000
    path.write_text(XIAMEN_TEXT.read_text("utf-8").replace("拟先行先试，形成全国首创举措", huge, 1), "utf-8")
    assert refused(path) == (f"{path}: too large to be a plan: a cell of 10,000,000 characters (row 9 of a table), "
                             "beyond the limit of 100,000 characters per cell (Limits.cell_chars)")


def test_a_hundred_thousand_rows_are_refused(tmp_path):
    path = tmp_path / "rows.txt"
    rows = ["序号\t具体举措\t责任单位", *(f"{i}\t在试点地区开展第{i}项改革试点\t市商务局" for i in range(1, 100_001))]
    path.write_text("\n".join(rows) + "\n", "utf-8")
    assert refused(path) == (f"{path}: too large to be a plan: 100,001 table rows and paragraphs, "
                             "beyond the limit of 10,000 per document (Limits.rows)")


def test_a_plan_at_the_limit_of_rows_is_read_and_one_row_more_is_refused():
    assert len(read_document(XIAMEN_TEXT, limits=Limits(rows=XIAMEN_ROWS)).measures) == 88
    assert refused(XIAMEN_TEXT, Limits(rows=XIAMEN_ROWS - 1)).endswith(
        f"91 table rows and paragraphs, beyond the limit of {XIAMEN_ROWS - 1} per document (Limits.rows)")


def _bomb(path, mebibytes: int = 300) -> int:
    """A DOCX of under a megabyte whose document part inflates to ``mebibytes`` MiB of spaces;
    returns the bytes its entries declare."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb, zipfile.ZipFile(XIAMEN_DOCX) as source:
        for entry in source.infolist():
            if entry.filename != "word/document.xml":
                bomb.writestr(entry.filename, source.read(entry.filename))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with bomb.open(info, "w", force_zip64=True) as part:
            chunk = b" " * (1 << 20)
            for _ in range(mebibytes):
                part.write(chunk)
    with zipfile.ZipFile(path) as archive:
        return sum(entry.file_size for entry in archive.infolist())


def test_a_zip_whose_entries_inflate_far_past_the_file_is_refused_before_anything_is_inflated(tmp_path, monkeypatch):
    path = tmp_path / "bomb.docx"
    declared = _bomb(path)
    assert path.stat().st_size < 1_000_000

    def never(*args, **kwargs):
        raise AssertionError("a zip entry was inflated")

    monkeypatch.setattr(zipfile.ZipExtFile, "read", never)
    monkeypatch.setattr(zlib, "decompressobj", never)
    assert refused(path) == (f"{path}: too large to be a plan: its zip entries inflate to {declared:,} bytes, "
                             "beyond the limit of 268,435,456 bytes (Limits.unpacked_bytes)")


def test_a_zip_entry_inflating_beyond_the_ratio_is_refused(tmp_path):
    path = tmp_path / "bomb.docx"
    declared = _bomb(path, mebibytes=20)  # under the limit of the whole, far over the ratio of an entry
    assert declared < DEFAULT_LIMITS.unpacked_bytes
    assert refused(path).startswith(f"{path}: too large to be a plan: its zip entry word/document.xml inflates ")
    assert refused(path).endswith("(to 20,971,520 bytes), beyond the limit of 200 times for an entry (Limits.unpacked_ratio)")


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.docx")))
def test_the_published_plans_are_within_the_zip_limits(name):
    from pilotplans.ingest.limits import check_zip

    check_zip((FIXTURES / name).read_bytes(), name)  # raises nothing


def test_a_file_beyond_the_size_limit_is_refused_before_it_is_read(monkeypatch):
    from pathlib import Path

    def never(self):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", never)
    size = XIAMEN_TEXT.stat().st_size
    assert refused(XIAMEN_TEXT, Limits(file_bytes=1000)) == (
        f"{XIAMEN_TEXT}: too large to be a plan: {size:,} bytes, beyond the limit of 1,000 bytes (Limits.file_bytes)")


def test_limits_must_be_positive_whole_numbers():
    with pytest.raises(ValueError, match=r"^Limits.rows must be a whole number >= 1, not 0$"):
        Limits(rows=0)
