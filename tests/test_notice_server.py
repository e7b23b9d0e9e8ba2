"""`python -m tests.notice_server`, which README gives to try notices on the web offline, runs with
what pilotplans needs alone: neither pytest nor a test extra installed."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).parents[1]
#: The server started as README says, with pytest and openpyxl (the test extras) made unimportable.
WITHOUT_TEST_EXTRAS = (
    "import runpy, sys\n"
    "for name in ('pytest', '_pytest', 'openpyxl', 'playwright', 'datasette'):\n"
    "    sys.modules[name] = None\n"
    "sys.argv = ['notice_server', '0']\n"
    "runpy.run_module('tests.notice_server', run_name='__main__', alter_sys=True)\n"
)


def test_the_notice_site_serves_without_the_test_extras():
    server = subprocess.Popen([sys.executable, "-c", WITHOUT_TEST_EXTRAS], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        said = server.stdout.readline()
        assert said.startswith("serving the notice site at http://127.0.0.1:"), server.stderr.read()
        url = said.split()[5]
        with urllib.request.urlopen(url, timeout=10) as page:
            assert (page.status, page.headers["Content-Type"]) == (200, "text/html")
        with urllib.request.urlopen(url.replace("notice.html", "files/plan.xlsx"), timeout=10) as sheet:
            assert sheet.read(2) == b"PK"  # a workbook, made on the fly
    finally:
        server.terminate()
        server.wait(10)
