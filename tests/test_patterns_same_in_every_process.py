"""A pattern built from a data file's words is the same text in every process, so the patterns kept between runs
(pilotplans/patterns.py, keyed by a pattern's text) serve the next run: a pattern whose alternatives came out in a
set's order (which string hashing changes from one process to the next) was compiled again by every extract and
filled the kept file with copies of itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"

# Runs an extract with each pattern regex compiles written to a file as it is compiled (the program may end without
# running what follows it): the patterns compiled are those not found among the kept ones.
_COUNTING = """
import runpy, sys
import regex
real = regex.compile
seen_file = sys.argv[3]
def counting(pattern, flags=0, **kwargs):
    with open(seen_file, "a", encoding="utf-8") as seen:
        seen.write(repr(pattern)[:200] + "\\n")
    return real(pattern, flags, **kwargs)
regex.compile = counting
sys.argv = ["pilotplans", "extract", "-f", "json", "--output", sys.argv[1], sys.argv[2]]
runpy.run_module("pilotplans", run_name="__main__")
"""


def _extract(document: Path, cache: Path, seed: str, output: Path) -> list[str]:
    """The patterns an extract of ``document`` compiled, with the cache folder ``cache`` and the hash seed ``seed``."""
    env = {**os.environ, "PILOTPLANS_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
    seen = output.with_suffix(".compiled")
    seen.touch()
    subprocess.run([sys.executable, "-c", _COUNTING, str(output), str(document), str(seen)], env=env,
                   capture_output=True, text=True, timeout=300, check=True)
    return seen.read_text("utf-8").splitlines()


def test_an_extract_under_another_hash_seed_compiles_no_pattern_the_first_kept(tmp_path: Path) -> None:
    document = FIXTURES / "national-2025-service-opening.docx"
    first = _extract(document, tmp_path / "cache", "1", tmp_path / "first.json")
    assert first  # the first run compiled the patterns it kept
    second = _extract(document, tmp_path / "cache", "2", tmp_path / "second.json")
    assert second == []
    assert (tmp_path / "first.json").read_bytes() == (tmp_path / "second.json").read_bytes()
