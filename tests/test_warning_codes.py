"""The vocabulary of warning codes (pilotplans/data/warnings.toml) holds every code the package
writes, so that `pilotplans measures --warning CODE` takes each of them on any dataset."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

import pilotplans
from pilotplans.cli import app
from pilotplans.warning_codes import warning_codes

PACKAGE = Path(pilotplans.__file__).parent
README = Path(__file__).parents[1] / "README.md"


def written_codes() -> set[str]:
    """The codes given as ``Warning(code=…)`` anywhere in the package: a literal, or a module's constant."""
    written: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text("utf-8")
        constants = dict(re.findall(r'^([A-Z_]+)\s*=\s*"([a-z_]+)"', text, re.M))
        for literal, name in re.findall(r'\bWarning\(\s*code\s*=\s*(?:"([a-z_]+)"|([A-Z_]+)\b)', text):
            written.add(literal or constants.get(name, name))
    return written


def test_every_code_the_package_writes_is_in_the_vocabulary():
    # ocr_low_confidence was not: `measures --warning ocr_low_confidence`, which the README gives as the
    # way to list what to check on a scan, was refused as "no such warning code" wherever no scan was stored
    written = written_codes()
    assert {"ocr_low_confidence", "parent_inferred", "region_inferred", "number_gap", "rows_run_together"} <= written  # the scan sees them
    assert sorted(written - set(warning_codes())) == []


def test_every_code_the_readme_names_as_a_warning_is_in_the_vocabulary():
    row = next(line for line in README.read_text("utf-8").splitlines() if line.startswith("| `warnings` |"))
    named = re.findall(r"`([a-z]+_[a-z_]+)`", row)
    assert "ocr_low_confidence" in named and "number_gap" in named
    assert sorted(set(named) - set(warning_codes())) == []


def test_a_code_no_stored_record_carries_lists_nothing_and_an_unknown_one_is_refused(curated):
    db = f"sqlite:///{curated / 'pilotplans.db'}"
    none = CliRunner().invoke(app, ["measures", "--warning", "ocr_low_confidence", "--db", db, "-f", "jsonl"])
    assert (none.exit_code, none.stdout, none.stderr) == (0, "", "")
    refused = CliRunner().invoke(app, ["measures", "--warning", "ocr_low_confidnce", "--db", db])
    assert refused.exit_code == 2
    assert ", number_unreadable, ocr_low_confidence, parent_inferred, " in refused.stderr
