"""bench/prose_blind_score.py: called without its key, or with a key that does not exist, it says how
to call it (exit 2) rather than a traceback (`--help` was opened as the key file)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "prose_blind_score.py"
spec = importlib.util.spec_from_file_location("prose_blind_score", SCRIPT)
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_help_prints_the_usage_naming_the_key():
    with pytest.raises(SystemExit) as done:
        bench.main(["--help"])
    assert done.value.code == 0


def test_a_key_that_does_not_exist_is_one_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        bench.main([str(tmp_path / "key.toml")])
    assert done.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"prose_blind_score.py: error: {tmp_path / 'key.toml'}: no such file (a round's key.toml, e.g. "
        "tests/fixtures/prose-blind10/key.toml)")


def test_a_round_s_key_is_scored(capsys):
    assert bench.main([str(SCRIPT.parent.parent / "tests" / "fixtures" / "prose-blind10" / "key.toml")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "total: 48 / 48"


def test_a_page_whose_layout_is_refused_is_scored_as_nothing_read():
    # fires: 宝山 2019's one-cell-a-line table cannot be placed, so the page's very layout is refused (UnreadableFile
    # from read_layout): its metadata scored as none read, no traceback stopping the whole score
    page = (SCRIPT.parent.parent / "tests" / "fixtures" / "tables-blind38"
            / "baoshan-2019-district-waste-sorting-member-units-task-list-cell-per-line-name-merged-lead-support-deadline-split-cells.md")
    assert bench.metadata(page) == {"title": "", "doc_no": "", "issuer": "", "date": "", "level": "", "region": ""}


def test_a_refused_page_whose_layout_reads_keeps_its_metadata():
    # quiet: 静安 2023's page refused as a task list, its layout read: the notice's metadata as the library reads it
    page = (SCRIPT.parent.parent / "tests" / "fixtures" / "tables-blind38"
            / "jingan-2023-district-urban-renewal-key-task-list-cell-per-line-action-rows-category-and-owner-merged-down.md")
    found = bench.metadata(page)
    assert (found["doc_no"], found["date"], found["region"]) == ("静府办发〔2023〕13号", "2023-12-12", "静安区")


def test_a_crash_while_laying_out_a_refused_page_is_not_scored_as_nothing_read(monkeypatch):
    # quiet: only the library's refusal (UnreadableFile) is scored as nothing read; a crash of another kind in
    # the layout stops the score with its traceback, as a reader bug must
    page = (SCRIPT.parent.parent / "tests" / "fixtures" / "tables-blind38"
            / "jingan-2023-district-urban-renewal-key-task-list-cell-per-line-action-rows-category-and-owner-merged-down.md")

    def crash(data: bytes, source: str) -> None:
        raise KeyError("a reader bug")
    monkeypatch.setattr(bench, "read_layout", crash)
    with pytest.raises(KeyError):
        bench.metadata(page)
