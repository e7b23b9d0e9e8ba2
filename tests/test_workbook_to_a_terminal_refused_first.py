"""A workbook asked for with no --output on a terminal is refused before the work (round 53 review): coverage and
lineage diffed for seconds, lineage --html wrote its report, extract --db stored the documents, and only then was
`-f xlsx` refused as bytes a terminal cannot show. The refusal now comes as the format is chosen."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from pilotplans import cli
from pilotplans.cli import WORKBOOK_TO_A_TERMINAL, CoverageFmt, DiffFmt, Fmt, LineageFmt, _chosen

ROOT = Path(__file__).resolve().parent.parent


def test_a_workbook_for_a_terminal_is_refused_as_it_is_chosen(monkeypatch, capsys):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    with pytest.raises(SystemExit) as exited:
        _chosen(LineageFmt.xlsx, None, LineageFmt, LineageFmt.table)
    assert (exited.value.code, capsys.readouterr().err) == (2, f"error: {WORKBOOK_TO_A_TERMINAL}\n")


def test_a_workbook_into_a_file_on_a_terminal_is_chosen(monkeypatch):
    # near miss: -o names the file the bytes go to
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert _chosen(None, Path("matrix.xlsx"), CoverageFmt, CoverageFmt.table) == CoverageFmt.xlsx


def test_a_workbook_into_a_pipe_is_chosen(monkeypatch):
    # near miss: `-f xlsx > matrix.xlsx`
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert _chosen(CoverageFmt.xlsx, None, CoverageFmt, CoverageFmt.table) == CoverageFmt.xlsx


def test_coverage_refuses_a_workbook_for_a_terminal_before_it_opens_the_database(tmp_path):
    # the database named does not exist: the refusal comes before anything is opened or diffed
    main, terminal = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "pilotplans", "coverage", "-f", "xlsx", "--db",
                               f"sqlite:///{tmp_path / 'none.db'}"], stdout=terminal, stderr=subprocess.PIPE,
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    finally:
        os.close(terminal)
        os.close(main)
    assert (done.returncode, done.stderr.decode()) == (2, f"error: {WORKBOOK_TO_A_TERMINAL}\n")


@pytest.mark.parametrize("formats", [DiffFmt, CoverageFmt, LineageFmt])
def test_every_command_writes_every_listing_format(formats):
    # _chosen takes an ending naming one of Fmt's formats for one the command writes (the refusal of one it does not
    # went in round 53): a command's formats falling short of Fmt's would write its default under a workbook's name
    assert {f.value for f in formats} == {f.value for f in Fmt}
    assert cli._names_a_read_kind(Path("out.xlsx")) is False
