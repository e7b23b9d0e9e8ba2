"""The command line keeps its libraries' log lines off the terminal (a NullHandler on the root logger) however a
library reaches ``logging``: one that first asks whether it is there (``importlib.util.find_spec``) and imports it
after, or one whose finder answers for it, logs nothing to stderr. Each case runs in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def run(program: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


PROBED = """
import importlib.util
from pilotplans.cli import _quiet_libraries
_quiet_libraries()
importlib.util.find_spec("logging")
import logging
logging.getLogger("pdfminer.pdfparser").warning("a damaged stream")
"""


def test_a_library_that_looks_for_logging_before_importing_it_logs_nothing_to_the_terminal():
    assert run(PROBED).stderr == ""


ANOTHER_FINDER = """
import importlib.machinery, sys
from pilotplans.cli import _quiet_libraries
_quiet_libraries()
class Answers:
    def find_spec(self, name, path=None, target=None):
        return importlib.machinery.PathFinder.find_spec(name, path, target) if name == "logging" else None
sys.meta_path.insert(0, Answers())
import logging
logging.getLogger("pdfminer.pdfparser").warning("a damaged stream")
"""


def test_logging_found_by_another_finder_logs_nothing_to_the_terminal():
    assert run(ANOTHER_FINDER).stderr == ""


UNQUIETED = """
import logging
logging.getLogger("pdfminer.pdfparser").warning("a damaged stream")
"""


def test_without_the_command_line_s_handler_a_library_s_warning_reaches_the_terminal():
    assert run(UNQUIETED).stderr == "a damaged stream\n"
