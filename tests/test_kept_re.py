"""The standard library's ``re`` patterns the libraries compile as they are imported are compiled once and kept
in the cache folder for the next run (``pilotplans/kept_re.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]

MAKE = """
from pilotplans import kept_re
kept_re.install()
{refuse}
import re
p = re.compile(r"(?P<year>\\d{{4}})-(\\d\\d)(?i:x)?", re.ASCII)
m = p.search("on 2020-07X")
print(p.pattern, p.flags, p.groups, dict(p.groupindex), m.group("year"), m.groups(), m.span())
b = re.compile(rb"[\\x80-\\xff]+")
print(b.findall(b"a\\xe4\\xe9b"), b.flags)
"""
# re's parser refused: every pattern can only come from the file.
REFUSE = """
import re._parser
def refuse(*args, **kwargs):
    raise AssertionError("parsed again")
re._parser.parse = refuse
"""
EXPECTED = "(?P<year>\\d{4})-(\\d\\d)(?i:x)? 256 2 {'year': 1} 2020 ('2020', '07') (3, 11)\n[b'\\xe4\\xe9'] 0\n"


def run(code: str, cache: str, *, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=check,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": cache})


def test_a_pattern_compiled_in_one_run_is_read_compiled_in_the_next(tmp_path):
    assert run(MAKE.format(refuse=""), str(tmp_path)).stdout == EXPECTED
    assert [p.name.startswith("re-cpython-") for p in tmp_path.iterdir()] == [True]
    assert run(MAKE.format(refuse=REFUSE), str(tmp_path)).stdout == EXPECTED


def test_the_pattern_is_the_one_re_makes_alone(tmp_path):
    plain = subprocess.run([sys.executable, "-c", MAKE.format(refuse="").replace("kept_re.install()", "")],
                           capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert plain.stdout == EXPECTED
    run(MAKE.format(refuse=""), str(tmp_path))
    assert run(MAKE.format(refuse=REFUSE), str(tmp_path)).stdout == plain.stdout


def test_without_a_kept_file_a_pattern_is_parsed(tmp_path):
    refused = run(MAKE.format(refuse=REFUSE), str(tmp_path), check=False)
    assert refused.returncode != 0 and "parsed again" in refused.stderr


WARNS = """
from pilotplans import kept_re
kept_re.install()
import re, warnings
warnings.simplefilter("always")
re.compile("[[a]")
print(sorted(repr(k[0]) for k in kept_re._KEPT._table))
"""


def test_a_pattern_whose_parsing_warns_is_not_kept_and_warns_in_every_run(tmp_path):
    for _ in (1, 2):
        warned = run(WARNS, str(tmp_path))
        assert "<string>:6: FutureWarning: Possible nested set at position 1" in warned.stderr
        assert "'[[a]'" not in warned.stdout


def test_a_pattern_that_does_not_warn_is_kept(tmp_path):
    kept = run(WARNS.replace('"[[a]"', '"[a]"'), str(tmp_path))
    assert kept.stderr == "" and "'[a]'" in kept.stdout


DEBUG = """
from pilotplans import kept_re
{install}
import re
re.compile("ab", re.DEBUG)
"""


def test_a_pattern_compiled_with_debug_prints_its_code_in_every_run_as_re_does(tmp_path):
    plain = run(DEBUG.format(install=""), str(tmp_path)).stdout
    assert plain.startswith("LITERAL 97\nLITERAL 98\n")
    for _ in (1, 2):
        assert run(DEBUG.format(install="kept_re.install()"), str(tmp_path)).stdout == plain


def test_a_file_damaged_on_disk_is_refused_and_made_again(tmp_path):
    run(MAKE.format(refuse=""), str(tmp_path))
    (file,) = tmp_path.iterdir()
    data = file.read_bytes()
    at = data.index(b"year")  # a byte of the kept table, behind the CRC-32
    file.write_bytes(data[:at] + b"Y" + data[at + 1:])
    refused = run(MAKE.format(refuse=REFUSE), str(tmp_path), check=False)
    assert refused.returncode != 0 and "parsed again" in refused.stderr
    assert run(MAKE.format(refuse=""), str(tmp_path)).stdout == EXPECTED
    assert run(MAKE.format(refuse=REFUSE), str(tmp_path)).stdout == EXPECTED


def test_nothing_is_kept_when_the_cache_is_switched_off(tmp_path):
    switched_off = subprocess.run([sys.executable, "-c", MAKE.format(refuse="")], capture_output=True, text=True, check=True,
                                  env={**os.environ, "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": "",
                                       "XDG_CACHE_HOME": str(tmp_path), "HOME": str(tmp_path)})
    assert switched_off.stdout == EXPECTED
    assert list(tmp_path.iterdir()) == []


def test_a_library_user_importing_pilotplans_keeps_res_compiler():
    code = "import re, pilotplans, pilotplans.cli; print(re._compiler.compile.__module__)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout == "re._compiler\n"


def test_an_extract_keeps_the_patterns_its_libraries_compile(tmp_path):
    fixture = ROOT / "tests" / "fixtures" / "national-2025-service-opening.docx"
    subprocess.run([sys.executable, "-m", "pilotplans", "extract", "-f", "json", str(fixture)], capture_output=True,
                   check=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": str(tmp_path)})
    code = "from pilotplans import kept_re; print(sorted(repr(k[0]) for k in kept_re._loads(kept_re._file().read_bytes())))"
    kept = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": str(tmp_path)}).stdout
    assert "'[0-9a-f]{128}'" in kept  # pydantic's, compiled as it is imported
