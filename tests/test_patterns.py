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


# A program run with regex.compile counted: the count is its output's last line.
COUNTED = """
import sys, regex
calls = []
original = regex.compile
def counted(pattern, flags=0, **kwargs):
    calls.append(pattern)
    return original(pattern, flags, **kwargs)
regex.compile = counted
sys.argv = ["pilotplans", *{arguments!r}]
from pilotplans.cli import main
try:
    main()
except SystemExit:
    pass
print(len(calls))
"""


def compiles(arguments: list[str], cache: str) -> int:
    """How many patterns ``pilotplans ARGUMENTS`` compiles with the cache folder ``cache``."""
    return int(run(COUNTED.format(arguments=arguments), cache).stdout.splitlines()[-1])


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
    arguments = ["extract", str(ROOT / "tests" / "fixtures" / "xiamen-tasks.docx"), "-o", os.devnull]
    first = compiles(arguments, str(tmp_path))
    assert first > 50
    assert compiles(arguments, str(tmp_path)) == 0


def test_a_kept_pattern_read_back_is_compiled_only_when_first_used_and_matches_as_the_pattern():
    import pickle

    import regex

    from pilotplans.patterns import KeptPattern

    pattern = regex.compile(r"^(?P<city>.+?)市商务局$")
    back = pickle.loads(pickle.dumps(KeptPattern(pattern)))
    assert back._compiled is None
    assert back.match("厦门市商务局")["city"] == "厦门"
    assert back.fullmatch("厦门市商务局") is not None and back.search("厦门市") is None
    assert back.pattern == pattern.pattern and back.flags == pattern.flags and back.groupindex == {"city": 1}


def test_a_kept_pattern_never_used_pickles_again_as_the_code_it_was_read_from():
    import pickle

    import regex

    from pilotplans.patterns import KeptPattern

    once = pickle.loads(pickle.dumps(KeptPattern(regex.compile("各(?:省|市)"))))
    twice = pickle.loads(pickle.dumps(once))
    assert once._compiled is None and twice._compiled is None and twice._held == once._held
    assert [m[0] for m in twice.finditer("各省各市")] == ["各省", "各市"]


def _kept_and_damaged_at(pattern, offset):
    """A kept pattern's pickle, and the same with one byte of the code it keeps for later changed."""
    import pickle

    from pilotplans.patterns import KeptPattern

    blob = pickle.dumps(KeptPattern(pattern), protocol=pickle.HIGHEST_PROTOCOL)
    at = blob.index(pickle.dumps(pattern, protocol=pickle.HIGHEST_PROTOCOL)) + offset
    return blob, blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1:]


def test_a_kept_pattern_damaged_in_the_code_it_keeps_is_refused_when_read_not_when_first_used():
    # its code read only on first use, damage there (a cache file damaged on disk) came to light in
    # the middle of resolving a plan, on every run, or not at all: the cache read back whole and was
    # never made again; a damaged cache must be refused when read, as the registry's parts kept apart are
    import pickle

    import pytest
    import regex

    _, damaged = _kept_and_damaged_at(regex.compile(r"^(?P<city>.+?)市商务局$"), 0)
    with pytest.raises(pickle.UnpicklingError, match="damaged"):
        pickle.loads(damaged)


def test_a_kept_pattern_whole_is_read_back_and_still_compiled_only_when_first_used():
    import pickle

    import regex

    whole, _ = _kept_and_damaged_at(regex.compile(r"^(?P<city>.+?)市商务局$"), 0)
    back = pickle.loads(whole)
    assert back._compiled is None
    assert back.match("厦门市商务局").groupdict() == {"city": "厦门"}


def test_a_second_rebuild_compiles_none_of_its_patterns_again(tmp_path):
    # the reading and the diffs of a rebuild of the bundled five, in one process (one worker): the
    # diffs' scope patterns, compiled anew by every rebuild, were caught by no test of an extract
    import shutil

    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "data" / "raw", raw)
    arguments = ["rebuild", "--full", "--workers", "1", "--raw", str(raw), "--out", str(tmp_path / "out")]
    cache = str(tmp_path / "cache")
    first = compiles(arguments, cache)
    assert first > 50
    assert compiles(arguments, cache) == 0


def test_a_second_extract_of_a_docx_parses_no_data_file_again(tmp_path):
    # the vocabularies read from TOML (tasklist, refusals, columns …) are kept compiled: a second run
    # imports no TOML parser (the refusals' vocabulary, asked of every title since a 解读 takes no
    # programme, was parsed and validated anew by every extract)
    probe = f"""
import sys
sys.argv = ["pilotplans", "extract", {str(ROOT / "tests" / "fixtures" / "xiamen-tasks.docx")!r}, "-o", {os.devnull!r}]
from pilotplans.cli import main
try:
    main()
except SystemExit:
    pass
print(sorted(name for name in sys.modules if name == "tomllib" or name.startswith("pilotplans") and name.endswith("_schema")))
"""
    assert run(probe, str(tmp_path)).stdout.strip() != "[]"
    assert run(probe, str(tmp_path)).stdout.strip() == "[]"


# Two patterns compiled in one run; the next asks for the first only and says which patterns it holds compiled.
OTHER = r"^(?P<city>.+?)市商务局$"
COMPILE_TWO = f"""
from pilotplans.patterns import compiled
compiled({PATTERN!r}); compiled({OTHER!r})
"""
ASK_ONE = f"""
import regex
from pilotplans import patterns
found = patterns.compiled({PATTERN!r})
print(type(found) is regex.Pattern, found.search("2020年8月印发").groupdict())
print(sorted(key[0] for key in patterns._KEPT._table), sorted(key[0] for key in patterns._COMPILED))
"""


def test_patterns_read_back_are_compiled_only_when_asked_for(tmp_path):
    # the file holds every pattern any command compiled (the registry's build, the diffs …); read back
    # compiled, a cache folder every command had used (1,197 patterns) cost every start 100 million instructions
    run(COMPILE_TWO, str(tmp_path))
    asked, held = run(ASK_ONE, str(tmp_path)).stdout.splitlines()
    assert asked == "True {'year': '2020', 'month': '8'}"
    assert held == f"{sorted([PATTERN, OTHER])!r} {[PATTERN]!r}"


def _kept_file(tmp_path):
    return tmp_path / run("from pilotplans.patterns import _file; print(_file().name)", str(tmp_path)).stdout.strip()


# The pattern asked for, with regex.compile counted: the count is the output's last line.
COUNTED_ONE = COUNTED.format(arguments=["--version"]).replace(
    "from pilotplans.cli import main", f"from pilotplans.patterns import compiled\ncompiled({PATTERN!r})\nfrom pilotplans.cli import main")


def test_a_file_of_patterns_kept_compiled_as_before_is_not_trusted_and_is_made_again(tmp_path):
    # an earlier version's file (its patterns pickled compiled, no check before them) bears another
    # name; one of that form under this version's name is refused whole: the pattern is compiled anew
    import pickle

    import regex

    file = _kept_file(tmp_path)
    file.write_bytes(pickle.dumps({(PATTERN, 0): regex.compile(PATTERN)}))
    assert run(COUNTED_ONE, str(tmp_path)).stdout.splitlines()[-1] == "1"
    assert run(COUNTED_ONE, str(tmp_path)).stdout.splitlines()[-1] == "0"


def test_a_file_whose_pattern_code_is_damaged_is_refused_when_read(tmp_path):
    # a pattern's code is unpickled only when first asked for: damage there must refuse the file as
    # it is read (and make it again), not come to light, or match otherwise, in the middle of a plan
    import pickle
    import pickletools

    import regex

    run(COMPILE, str(tmp_path))
    file = _kept_file(tmp_path)
    data = file.read_bytes()
    pickled = pickle.dumps(regex.compile(PATTERN), protocol=pickle.HIGHEST_PROTOCOL)
    program = next(argument for _, argument, _ in pickletools.genops(pickled) if isinstance(argument, bytes))
    # a byte of the compiled program: unchecked, regex reads 2020年8月 with an empty year there
    # (other bytes of it crash the interpreter or match nothing)
    at = data.index(program) + 7
    file.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:])
    assert run(COUNTED_ONE, str(tmp_path)).stdout.splitlines()[-1] == "1"
    assert run(KEPT_ONLY, str(tmp_path)).stdout == "{'year': '2020', 'month': '8'}\n"


def test_a_checked_file_whose_patterns_are_not_their_pickles_is_refused(tmp_path):
    # the CRC framing is whole, but a value is a compiled pattern (a table of another form): taken
    # as a pickle, it would fail in the middle of a plan when first asked for; the file is made again
    import pickle
    import zlib

    import regex

    file = _kept_file(tmp_path)
    table = pickle.dumps({(PATTERN, 0): regex.compile(PATTERN)}, protocol=pickle.HIGHEST_PROTOCOL)
    file.write_bytes(zlib.crc32(table).to_bytes(4, "big") + table)
    assert run(COUNTED_ONE, str(tmp_path)).stdout.splitlines()[-1] == "1"
    assert run(COUNTED_ONE, str(tmp_path)).stdout.splitlines()[-1] == "0"
    assert run(KEPT_ONLY, str(tmp_path)).stdout == "{'year': '2020', 'month': '8'}\n"
