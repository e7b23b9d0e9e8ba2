"""Regular expressions are compiled once and kept, compiled, in the cache folder for the next run."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
PATTERN = r"(?P<year>\d{4})年(?P<month>\d{1,2})月"


def run(code: str, cache: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": cache})


COMPILE = f"""
from pilotplans.patterns import compiled
print(compiled({PATTERN!r}).search("2020年8月印发").groupdict())
"""
# regex.compile refused: the pattern can only come from the file.
KEPT_ONLY = f"""
import regex
def refuse(*args, **kwargs):
    raise AssertionError("compiled again")
regex.compile = refuse
from pilotplans.patterns import compiled
print(compiled({PATTERN!r}).search("2020年8月印发").groupdict())
"""


def test_a_pattern_compiled_in_one_run_is_read_compiled_in_the_next(tmp_path):
    assert run(COMPILE, str(tmp_path)).stdout == "{'year': '2020', 'month': '8'}\n"
    assert [p.name.startswith("patterns-regex") for p in tmp_path.iterdir()] == [True]
    assert run(KEPT_ONLY, str(tmp_path)).stdout == "{'year': '2020', 'month': '8'}\n"


def test_a_damaged_file_of_patterns_is_ignored_and_written_again(tmp_path):
    run(COMPILE, str(tmp_path))
    (kept,) = tmp_path.iterdir()
    kept.write_bytes(b"not a pickle")
    assert run(COMPILE, str(tmp_path)).stdout == "{'year': '2020', 'month': '8'}\n"
    assert run(KEPT_ONLY, str(tmp_path)).stdout == "{'year': '2020', 'month': '8'}\n"


def test_nothing_is_kept_when_the_cache_is_switched_off(tmp_path):
    assert run(COMPILE, "").stdout == "{'year': '2020', 'month': '8'}\n"
    assert list(tmp_path.iterdir()) == []


def test_a_second_extract_of_a_docx_compiles_none_of_its_patterns_again(tmp_path):
    probe = f"""
import sys, regex
calls = []
original = regex.compile
def counted(pattern, flags=0, **kwargs):
    calls.append(pattern)
    return original(pattern, flags, **kwargs)
regex.compile = counted
sys.argv = ["pilotplans", "extract", {str(ROOT / "tests" / "fixtures" / "xiamen-tasks.docx")!r}, "-o", {os.devnull!r}]
from pilotplans.cli import main
try:
    main()
except SystemExit:
    pass
print(len(calls))
"""
    first = int(run(probe, str(tmp_path)).stdout)
    assert first > 50
    assert int(run(probe, str(tmp_path)).stdout) == 0
