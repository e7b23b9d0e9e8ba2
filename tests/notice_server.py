"""A local web server that serves the notice fixtures as a government site would: a GB2312 page
with relative links, an attachment behind a redirect, a 404, a slow response, a legacy .doc, an
OFD and a spreadsheet (made on the fly), and a page that prints its task table itself.

It needs only what pilotplans needs to run (no pytest, no test extras), so that
``python -m tests.notice_server`` serves the site to anyone who installed the package alone."""

from __future__ import annotations

import io
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
NOTICES = FIXTURES / "notices"
#: Seconds the slow attachment waits before it answers.
SLOW_SECONDS = 3.0


def _ofd() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("OFD.xml", '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>')
    return buffer.getvalue()


def _xlsx() -> bytes:
    import xlsxwriter  # a dependency of pilotplans itself, unlike openpyxl (a test extra)

    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, {"in_memory": True}) as workbook:
        workbook.add_worksheet().write_row(0, 0, ["序号", "具体举措", "责任单位"])
    return buffer.getvalue()


FILES: dict[str, tuple[str, bytes]] = {
    "/zwgk/notice.html": ("text/html", (NOTICES / "notice.gb2312.html").read_bytes()),
    # a page that prints the task table itself (GB2312, no charset in the header)
    "/zwgk/national-2020.html": ("text/html", (FIXTURES / "national-2020-tasks.gb2312.html").read_bytes()),
    "/zwgk/files/harbin-table-leader.docx": ("application/octet-stream", (FIXTURES / "plans" / "harbin-table-leader.docx").read_bytes()),
    "/files/xiamen-tasks.pdf": ("application/pdf", (FIXTURES / "xiamen-tasks.pdf").read_bytes()),
    "/zwgk/files/harbin-table-leader.doc": ("application/msword", (NOTICES / "harbin-table-leader.doc").read_bytes()),
    "/zwgk/files/plan.ofd": ("application/octet-stream", _ofd()),
    "/zwgk/files/plan.xlsx": ("application/vnd.ms-excel", _xlsx()),
    # a scan: an image-only PDF, read through OCR unless told otherwise
    "/zwgk/files/xiamen-scan.pdf": ("application/pdf", (FIXTURES / "scans" / "xiamen-p1-3.seal.scan.pdf").read_bytes()),
}
REDIRECTS = {"/download?id=7&filename=xiamen-tasks.pdf": "/files/xiamen-tasks.pdf"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        if self.path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/zwgk/files/slow.pdf":
            time.sleep(SLOW_SECONDS)
        found = FILES.get(self.path) or (FILES["/files/xiamen-tasks.pdf"] if self.path == "/zwgk/files/slow.pdf" else None)
        if found is None:
            body = "<html><body>404 页面不存在</body></html>".encode("utf-8")
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        kind, body = found
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (the slow file)
            pass

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
        pass


@contextmanager
def notice_site() -> Iterator[str]:
    """The site's root URL on a free local port, served while the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":  # python -m tests.notice_server [PORT]: the site, to try `pilotplans extract URL` by hand
    import sys

    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 8765), Handler)
    print(f"serving the notice site at http://127.0.0.1:{server.server_address[1]}/zwgk/notice.html (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
