"""The methods ``dataclasses`` writes and the annotations ``typing`` reads from strings are compiled once
and kept in the cache folder for the next run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]

MAKE = """
from pilotplans import kept_code
kept_code.install()
{refuse}
import dataclasses

@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: "str" = "a"

p = Point(1)
print(p, p == Point(1, "a"), p < Point(2), hash(p) == hash(Point(1)), Point.__init__.__annotations__)
try:
    p.x = 2
except dataclasses.FrozenInstanceError:
    print("frozen")
import typing
print(typing.get_type_hints(Point)["y"], eval(typing.ForwardRef("dict[str, int]").__forward_code__))
"""
# compile refused: every method can only come from the file.
REFUSE = """
import builtins
def refuse(*args, **kwargs):
    raise AssertionError("compiled again")
builtins.compile = refuse
"""
EXPECTED = ("Point(x=1, y='a') True True True {'x': <class 'int'>, 'y': 'str', 'return': None}\nfrozen\n"
            "<class 'str'> dict[str, int]\n")


def run(code: str, cache: str, *, check: bool = True,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=check,
                          env={**os.environ, **(env or {}), "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": cache})


def test_the_methods_compiled_in_one_run_are_read_compiled_in_the_next(tmp_path):
    assert run(MAKE.format(refuse=""), str(tmp_path)).stdout == EXPECTED
    assert [p.name.startswith("code-cpython-") for p in tmp_path.iterdir()] == [True]
    assert run(MAKE.format(refuse=REFUSE), str(tmp_path)).stdout == EXPECTED


def test_a_checkout_without_bytecode_compiles_nothing_in_the_next_run(tmp_path):
    # the modules the kept code imports as it first reads its file are compiled from their sources where
    # no bytecode was written (PYTHONDONTWRITEBYTECODE, a fresh checkout): they must be imported before
    # the first source is asked for, or the next run compiles (and a refused compile fails it)
    without = {"PYTHONPYCACHEPREFIX": str(tmp_path / "no-bytecode"), "PYTHONDONTWRITEBYTECODE": "1"}
    assert run(MAKE.format(refuse=""), str(tmp_path / "cache"), env=without).stdout == EXPECTED
    assert run(MAKE.format(refuse=REFUSE), str(tmp_path / "cache"), env=without).stdout == EXPECTED


def _damaged(tmp_path: Path) -> None:
    """Change one byte inside the code in the one file of kept code: the name of the function every
    method's source defines, where it is first marshalled (an interned short string, later referred to)."""
    (file,) = tmp_path.iterdir()
    data = file.read_bytes()
    at = data.index(b"\xda\r__create_fn__") + 2
    file.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:])


def test_a_file_whose_code_is_damaged_is_refused_and_made_again(tmp_path):
    # unchecked, a byte changed on disk inside the code ran as other code: refused whole, compiled again
    run(MAKE.format(refuse=""), str(tmp_path))
    _damaged(tmp_path)
    refused = run(MAKE.format(refuse=REFUSE), str(tmp_path), check=False)
    assert refused.returncode != 0 and "compiled again" in refused.stderr
    assert run(MAKE.format(refuse=""), str(tmp_path)).stdout == EXPECTED
    assert run(MAKE.format(refuse=REFUSE), str(tmp_path)).stdout == EXPECTED


def test_the_class_is_the_one_dataclasses_makes_alone(tmp_path):
    plain = subprocess.run([sys.executable, "-c", MAKE.format(refuse="").replace("kept_code.install()", "")],
                           capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert plain.stdout == EXPECTED
    assert run(MAKE.format(refuse=""), str(tmp_path)).stdout == plain.stdout


def test_without_a_kept_file_a_method_is_compiled(tmp_path):
    refused = run(MAKE.format(refuse=REFUSE), str(tmp_path), check=False)
    assert refused.returncode != 0 and "compiled again" in refused.stderr


def test_a_damaged_file_is_ignored_and_written_again(tmp_path):
    run(MAKE.format(refuse=""), str(tmp_path))
    (kept,) = tmp_path.iterdir()
    kept.write_bytes(b"\x00not marshal")
    assert run(MAKE.format(refuse=""), str(tmp_path)).stdout == EXPECTED
    assert run(MAKE.format(refuse=REFUSE), str(tmp_path)).stdout == EXPECTED


def test_nothing_is_kept_when_the_cache_is_switched_off(tmp_path):
    switched_off = subprocess.run([sys.executable, "-c", MAKE.format(refuse="")], capture_output=True, text=True, check=True,
                                  env={**os.environ, "PYTHONPATH": str(ROOT), "PILOTPLANS_CACHE_DIR": "",
                                       "XDG_CACHE_HOME": str(tmp_path), "HOME": str(tmp_path)})
    assert switched_off.stdout == EXPECTED
    assert list(tmp_path.iterdir()) == []


HERE = 5  # read by the sources executed below, as the test module's global


def test_exec_without_globals_runs_in_the_callers_namespace():
    from pilotplans.kept_code import kept_exec

    namespace: dict[str, object] = {}
    kept_exec("found = HERE + 1", None, namespace)
    assert namespace == {"found": 6}
    kept_exec("made = 7", {"HERE": 0}, namespace)
    assert namespace["made"] == 7
    mine: dict[str, object] = {"HERE": 1}
    kept_exec("seen = HERE", mine)
    assert mine["seen"] == 1


def test_a_library_user_importing_pilotplans_keeps_the_builtins():
    code = "import dataclasses, typing, pilotplans, pilotplans.cli; print(hasattr(dataclasses, 'exec'), hasattr(typing, 'compile'))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout == "False False\n"


def test_compile_called_otherwise_compiles_as_the_builtin_does():
    from pilotplans.kept_code import kept_compile

    # this module reads its annotations as strings: compile takes the feature over, as the builtin does
    tree = kept_compile("x: int = 1", "<string>", "exec", 0x400)  # PyCF_ONLY_AST
    assert type(tree).__name__ == "Module"
    code = kept_compile("def f(a: int): pass", "<string>", "exec")
    namespace: dict[str, object] = {}
    exec(code, namespace)
    assert namespace["f"].__annotations__ == {"a": "int"}  # type: ignore[attr-defined]
    plain = kept_compile("def f(a: int): pass", "<string>", "exec", dont_inherit=True)
    exec(plain, namespace)
    assert namespace["f"].__annotations__ == {"a": int}  # type: ignore[attr-defined]


def test_a_source_that_does_not_compile_raises_as_before(tmp_path):
    code = """
from pilotplans import kept_code
kept_code.install()
import typing
for attempt in (1, 2):
    try:
        typing.ForwardRef("not an expression")
    except SyntaxError as error:
        print(error)
"""
    said = "Forward reference must be an expression -- got 'not an expression'\n"
    assert run(code, str(tmp_path)).stdout == said * 2
