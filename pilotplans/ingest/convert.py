"""Legacy Word and WPS binaries (.doc, .wps) converted to DOCX by LibreOffice, when it is installed.

Each conversion runs ``soffice --headless --convert-to docx`` on a copy of the file in a folder of
its own, with a LibreOffice profile of its own (so that conversions may run beside a LibreOffice a
user has open, or beside each other), and is stopped after ``timeout`` seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from pilotplans.errors import UnreadableFile

#: The names LibreOffice's command goes by.
SOFFICE_NAMES = ("soffice", "libreoffice")


def soffice() -> str | None:
    """The path of LibreOffice's command, or None when it is not installed."""
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def legacy_to_docx(data: bytes, source: str, timeout: float = 120.0) -> bytes:
    """The DOCX LibreOffice makes of the legacy binary ``data``; :class:`UnreadableFile` naming
    ``source`` when LibreOffice is missing, fails or takes longer than ``timeout`` seconds."""
    command = soffice()
    if command is None:
        raise UnreadableFile(source, "legacy .doc/.wps binary: LibreOffice (soffice) is not installed to convert it; "
                                     "install it, or convert the file to DOCX or PDF first")
    with tempfile.TemporaryDirectory(prefix="pilotplans-convert-") as folder:
        work = Path(folder)
        original = work / "document.doc"
        original.write_bytes(data)
        profile = (work / "profile").as_uri()
        try:
            done = subprocess.run([command, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
                                   "--outdir", str(work / "out"), str(original)],
                                  capture_output=True, timeout=timeout, env={**os.environ, "HOME": folder})
        except subprocess.TimeoutExpired:
            raise UnreadableFile(source, f"legacy .doc/.wps binary: LibreOffice did not convert it within {timeout:g} s") from None
        converted = work / "out" / "document.docx"
        if done.returncode != 0 or not converted.is_file():
            said = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
            raise UnreadableFile(source, "legacy .doc/.wps binary: LibreOffice could not convert it"
                                         + (f" ({said[-1]})" if said else ""))
        return converted.read_bytes()
