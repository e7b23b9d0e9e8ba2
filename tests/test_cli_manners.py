"""Terminal manners: a table on a terminal and JSONL when piped, cut cells ending in "…", ids that
never wrap, numbers as numbers in JSON, an unknown warning code listing the valid ones (exit 2),
progress bars on a terminal only."""

from __future__ import annotations

import json
import re
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.warning_codes import warning_codes
from tests.conftest import SEEDS

XIAMEN = SEEDS / "003_0b1b6885711b46b3.txt"


def on_terminal(args: list[str], *, stream: str = "stdout", cwd: Path | None = None) -> tuple[int, str, str]:
    """Run ``pilotplans args`` with ``stream`` (stdout or stderr) on a pseudo-terminal 120 columns
    wide; the exit code, what the terminal showed and what went to the other stream."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "LINES": "40", "TERM": "xterm"}
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, stream: follower}
    process = subprocess.Popen([sys.executable, "-m", "pilotplans", *args], env=env, cwd=cwd, **streams)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the program ended and closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    other = (process.stderr if stream == "stdout" else process.stdout).read()  # type: ignore[union-attr]
    code = process.wait(timeout=60)
    os.close(leader)
    return code, shown.decode("utf-8", "replace"), other.decode("utf-8", "replace")


def test_extract_prints_a_table_on_a_terminal():
    code, shown, _ = on_terminal(["extract", str(XIAMEN)])
    assert code == 0
    assert "┃ document" in shown and "xiamen-2020" in shown
    assert not shown.lstrip().startswith("{")


def test_extract_prints_jsonl_when_piped():
    result = CliRunner().invoke(app, ["extract", str(XIAMEN)])
    assert [json.loads(line)["number"] for line in result.stdout.splitlines()][:3] == [1, 2, 3]


def test_a_cut_cell_ends_in_an_ellipsis(curated):
    result = CliRunner(env={"COLUMNS": "300"}).invoke(app, ["measures", "-f", "table", "-d", "national-2020", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    row = next(line for line in result.stdout.splitlines() if "│ 93 " in line)
    assert "│ 人民银行制订政策保障措施；先由深圳、成都、苏州、雄安新区等地及未来冬奥场景相关… " in row


def test_ids_never_wrap_in_a_narrow_table(curated):
    result = CliRunner(env={"COLUMNS": "80"}).invoke(app, ["departments", "-f", "table", "-d", "hainan-2020", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    assert any(line.lstrip().startswith("460000-commerce_bureau ") for line in result.stdout.splitlines())
    assert not any(line.strip() == "eau" or line.lstrip().startswith("eau ") for line in result.stdout.splitlines())


def test_counts_are_numbers_in_json(curated):
    result = CliRunner().invoke(app, ["documents", "-f", "json", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    hainan = json.loads(result.stdout)[0]
    assert (hainan["id"], hainan["round"], hainan["measures"], hainan["warnings"]) == ("hainan-2020", 2020, 117, 8)


def test_an_unknown_warning_code_lists_the_valid_ones_and_exits_2(curated):
    result = CliRunner().invoke(app, ["measures", "--warning", "nosuchcode", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 2
    codes = ", ".join(sorted(warning_codes()))
    assert result.stderr == f"error: --warning nosuchcode: no such warning code; valid codes: {codes}\n"
    assert result.stdout == ""


def test_rebuild_shows_a_progress_bar_on_a_terminal_only(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "raw")
    code, shown, out = on_terminal(["rebuild", "--raw", "raw", "--out", "out", "--workers", "1"], stream="stderr", cwd=tmp_path)
    assert code == 0, shown
    assert "reading" in shown and "━" in shown
    piped = CliRunner().invoke(app, ["rebuild", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "again"), "--workers", "1"])
    assert "━" not in piped.stderr


def test_an_options_default_is_shown_in_the_help_not_eaten_as_markup():
    # a default written as "[default: …]" inside the help text was taken for a style tag and vanished
    result = CliRunner().invoke(app, ["rebuild", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert "SQLAlchemy URL of the database. [default: (sqlite:///OUT/pilotplans.db)]" in " ".join(result.output.split())


def test_the_extra_a_help_names_is_shown_not_eaten_as_markup():
    # serve's help said "Needs `pip install 'pilotplans'`": its "[serve]" was taken for a style tag and vanished
    env = {"COLUMNS": "250", "NO_COLOR": "1"}
    shown = {name: " ".join(CliRunner().invoke(app, [*name.split(), "--help"], env=env).output.replace("│", " ").split())
             for name in ("serve", "rebuild", "extract", "")}  # a help wrapped inside its box read as one line
    serve = "Needs the serve extra: `pip install '.[serve]'` in the pilotplans folder (or 'pilotplans[serve]' from a package index)."
    assert serve in shown["serve"]
    assert serve in shown[""]  # the list of commands shows it too
    assert ("Needs the ocr extra: pip install '.[ocr]' in the pilotplans folder (or 'pilotplans[ocr]' from a package index)."
            in shown["rebuild"])  # escaped already: stays
    assert all("pip install 'pilotplans'" not in text and "install '.'" not in text for text in shown.values())


def test_serve_without_its_extra_is_one_error_line_not_a_traceback(monkeypatch, tmp_path):
    # `pilotplans serve` with no serve extra ended in ModuleNotFoundError: uvicorn, imported before the check
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if the extra were not installed
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db"), "--port", "0"])
    assert (result.exit_code, result.stderr) == (1, "error: pilotplans serve needs Datasette: pip install '.[serve]' "
                                                    "in the pilotplans folder (or 'pilotplans[serve]' from a package index)\n")


def test_a_missing_driver_of_postgresql_says_how_to_install_the_extra(monkeypatch):
    from pilotplans.errors import PilotplansError
    from pilotplans.store.db import load_documents

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the extra were not installed
    with pytest.raises(PilotplansError) as caught:
        load_documents("postgresql+psycopg://nobody@localhost/nothing")
    assert str(caught.value) == ("postgresql+psycopg://nobody@localhost/nothing: the database driver psycopg is not installed "
                                 "(pip install '.[postgres]' in the pilotplans folder (or 'pilotplans[postgres]' from a package index))")


def test_coverage_writes_its_output_even_when_the_terminal_reader_stops_early(curated, tmp_path):
    # `pilotplans coverage -o cov.csv | head` exited 1 and wrote no cov.csv: the tables were printed first,
    # and the closed pipe ended the command before the file
    target = tmp_path / "cov.csv"
    process = subprocess.Popen([sys.executable, "-m", "pilotplans", "coverage", "--db", f"sqlite:///{curated / 'pilotplans.db'}",
                                "-o", str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # type: ignore[union-attr]  # the reader is gone before the first line
    said = process.stderr.read().decode()  # type: ignore[union-attr]
    process.wait()
    assert f"wrote {target}" in said
    assert target.read_bytes().startswith(b"\xef\xbb\xbfnational_document,number,")
    kept = runner_coverage(curated, tmp_path / "again.csv")  # read to the end: the same file
    assert (tmp_path / "again.csv").read_bytes() == target.read_bytes()
    assert kept.stdout == ""  # -o writes the matrices there instead of standard output, as every listing's -o


def runner_coverage(curated, target):
    result = CliRunner().invoke(app, ["coverage", "--db", f"sqlite:///{curated / 'pilotplans.db'}", "-o", str(target)],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result


def test_extract_help_names_every_attachment_extension_the_fetcher_follows():
    # the help listed .pdf, .docx, .doc, .wps, .xls/.xlsx, .ofd: not .et, nor the pages fetch.toml follows when their link says 附件
    from pilotplans.ingest.fetch import link_rules

    shown = " ".join(CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "250", "NO_COLOR": "1"}).output.split())
    listed = re.findall(r"\.[a-z]+", shown.split("every attachment it links to", 1)[1].split(")", 1)[0])
    assert set(listed) == set(link_rules().extensions)
    assert "a scan as PNG, JPEG, TIFF, BMP, GIF or WebP" in shown
