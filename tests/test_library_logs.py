"""The libraries' log lines stay off the terminal (a NullHandler on the root logger) from the moment ``logging`` is
imported, and a command whose libraries never log imports no ``logging`` for it. Each case runs in a fresh process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES

ROOT = Path(__file__).parents[1]


def run(program: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", program, *arguments], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


LATER = """
import sys
from pilotplans.library_logs import keep_off_terminal
keep_off_terminal()
keep_off_terminal()
print("logging" in sys.modules)
import logging
logging.getLogger("pdfminer.pdfparser").warning("a damaged stream")
print([type(h).__name__ for h in logging.getLogger().handlers])
print(sum(type(f).__name__ == "_WhenLoggingLoads" for f in sys.meta_path))
"""


def test_a_library_importing_logging_later_logs_nothing_to_the_terminal():
    done = run(LATER)
    assert (done.stdout.split("\n")[:3], done.stderr) == (["False", "['NullHandler']", "0"], "")


ALREADY = """
import logging, sys
from pilotplans.library_logs import keep_off_terminal
keep_off_terminal()
keep_off_terminal()
logging.getLogger("pdfminer.pdfparser").warning("a damaged stream")
print([type(h).__name__ for h in logging.getLogger().handlers])
print(sum(type(f).__name__ == "_WhenLoggingLoads" for f in sys.meta_path))
"""


def test_logging_imported_already_gets_the_handler_at_once_and_no_finder():
    done = run(ALREADY)
    assert (done.stdout.split("\n")[:2], done.stderr) == (["['NullHandler']", "0"], "")


WITHOUT = """
import logging
logging.getLogger("pdfminer.pdfparser").warning("a damaged stream")
"""


def test_without_it_a_library_s_warning_reaches_the_terminal():
    assert run(WITHOUT).stderr == "a damaged stream\n"


EXTRACT = """
import json, sys
from pilotplans.cli import main
sys.argv = ["pilotplans", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
print("logging" in sys.modules, sum(type(f).__name__ == "_WhenLoggingLoads" for f in sys.meta_path), file=sys.stderr)
"""


def test_an_extract_of_a_docx_imports_no_logging_and_leaves_the_finder_waiting():
    done = run(EXTRACT, json.dumps(["extract", str(FIXTURES / "national-2025-service-opening.docx"), "--output", os.devnull]))
    assert done.stderr.strip().splitlines()[-1] == "False 1"


def test_a_library_s_own_source_is_still_read_through_its_loader():
    done = run(LATER.replace("import logging\n", "import logging, inspect\nprint(inspect.getsource(logging) == open(logging.__file__, encoding='utf-8').read())\n"))
    assert done.stdout.split("\n")[:2] == ["False", "True"]
