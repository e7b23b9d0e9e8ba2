"""The pilotplans program ends without tearing the interpreter down, and says and exits exactly
as it would otherwise: everything printed, the exit status kept, atexit functions run."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.__main__ import end, quiet_pydantic_plugins
from pilotplans.cli import app
from tests.conftest import FIXTURES

ROOT = Path(__file__).parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def program(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pilotplans", *arguments], capture_output=True, env=ENV, cwd=ROOT)


def test_the_program_prints_all_it_read_and_exits_0():
    done = program("extract", str(FIXTURES / "xiamen-tasks.docx"), "--format", "csv")
    in_process = CliRunner().invoke(app, ["extract", str(FIXTURES / "xiamen-tasks.docx"), "--format", "csv"])
    assert (done.returncode, done.stdout) == (0, in_process.stdout_bytes)


def test_a_file_that_cannot_be_read_is_one_line_and_exit_1(tmp_path):
    done = program("extract", str(tmp_path / "missing.docx"))
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [f"error: {tmp_path / 'missing.docx'}: cannot open: No such file or directory"]


def test_atexit_functions_run_and_the_status_is_kept():
    code = ("import atexit; from pilotplans.__main__ import end; "
            "atexit.register(lambda: print('atexit ran')); print('printed', end=' '); end(3)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV)
    assert (done.returncode, done.stdout) == (3, "printed atexit ran\n")


def test_a_status_that_is_a_message_is_left_to_python():
    with pytest.raises(SystemExit) as stop:
        end("something went wrong")
    assert stop.value.code == "something went wrong"


def test_a_profiler_still_writes_its_report(tmp_path):
    report = tmp_path / "profile.out"
    done = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(report), "-m", "pilotplans", "extract",
                           str(FIXTURES / "xiamen-tasks.docx"), "--format", "csv"], capture_output=True, env=ENV, cwd=ROOT)
    assert done.returncode == 0 and report.stat().st_size > 0


def test_the_program_tells_pydantic_to_look_for_no_plugins(monkeypatch):
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "restored after the test")
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS")
    quiet_pydantic_plugins()
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"


def test_plugins_the_environment_turns_on_stay_on(monkeypatch):
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")
    quiet_pydantic_plugins()
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == ""


PLUGIN_PROBE = """
import json, os, sys
from pilotplans.__main__ import quiet_pydantic_plugins
quiet_pydantic_plugins()
from pydantic import BaseModel
class Model(BaseModel):
    x: int
Model(x=1)
loader = sys.modules["pydantic.plugin._loader"]
before = ["importlib.metadata" in sys.modules, getattr(loader, "__file__", None) is not None, list(loader.get_plugins())]
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "some-plugin-name"  # plugins on (but one): pydantic's own loader answers
found = loader.get_plugins()
loader = sys.modules["pydantic.plugin._loader"]
print(json.dumps([before, ["importlib.metadata" in sys.modules, getattr(loader, "__file__", None) is not None,
                           type(found).__name__]]))
"""


def plugin_probe(**environment: str) -> list:
    env = {key: value for key, value in ENV.items() if key != "PYDANTIC_DISABLE_PLUGINS"}
    done = subprocess.run([sys.executable, "-c", PLUGIN_PROBE], capture_output=True, text=True, env={**env, **environment},
                          check=True)
    return json.loads(done.stdout)


def test_with_plugins_off_pydantic_builds_models_without_reading_entry_points_and_reads_them_once_turned_on():
    # off: no importlib.metadata, a stand-in loader with no plugins; on: pydantic's own loader, its answer
    assert plugin_probe() == [[False, False, []], [True, True, "dict_values"]]


def test_plugins_the_environment_turns_on_are_looked_for_by_pydantics_own_loader():
    assert plugin_probe(PYDANTIC_DISABLE_PLUGINS="")[0] == [True, True, []]
