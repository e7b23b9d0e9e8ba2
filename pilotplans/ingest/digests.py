"""The SHA-256 of each source file of a rebuild (the first part of its build key), hashed again
only when the file may have changed since the last build hashed it.

Each build notes, for every source file, its stamp (inode, size, modification time and change
time) and the digest of its bytes, with the time it began looking at them. The next rebuild takes
a file's digest from there when its stamp is the one noted and it was last changed at least
:data:`SETTLED_NS` before that time; it hashes the others: a file touched, copied or edited since
(also one given its old modification time back, as ``cp -p``, ``wget -N`` or ``touch -r`` do:
the change time, which no one can set, tells it was written), and one changed so shortly before
it was hashed that a second write in the same tick of the clock (the file system's times are
coarser than a nanosecond) could have left its stamp as it was. On
a thousand text plans this spares reading and hashing 23 MB a rebuild; on PDFs, gigabytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

#: The build fact holding the sources' stamps and digests.
FACT = "sources.digests"
#: How long before the last build looked at a file it must have been changed for its stamp to be
#: trusted: at least the coarsest granularity of the file systems' times (FAT's two seconds).
SETTLED_NS = 2_000_000_000


class SourceDigests:
    """The digests of a rebuild's source files, given the fact the last build noted (``noted``;
    None, or a value this cannot read: every file is hashed)."""

    def __init__(self, noted: str | None) -> None:
        self.at = time.time_ns()  # before any file is looked at
        self._before, self._before_at = _parse(noted)
        self._seen: dict[str, list[int | str]] = {}
        self.hashed = 0
        """How many files were read and hashed (the others' digests were the noted ones)."""

    def digest(self, path: Path) -> tuple[str, int]:
        """The SHA-256 (hex) of the file at ``path`` and its size (OSError: it cannot be read)."""
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())  # before the bytes are read: a write after it changes the stamp
            stamp = [status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns]
            changed = max(status.st_mtime_ns, status.st_ctime_ns)  # (a modification time may be set back)
            noted = self._before.get(str(path))
            if noted is not None and noted[:4] == stamp and changed < self._before_at - SETTLED_NS:
                digest = str(noted[4])
            else:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
                self.hashed += 1
        self._seen[str(path)] = [*stamp, digest]
        return digest, status.st_size

    def fact(self) -> dict[str, str]:
        """The build fact to note for the next rebuild."""
        return {FACT: json.dumps({"at": self.at, "files": self._seen}, ensure_ascii=False, separators=(",", ":"))}


def _parse(noted: str | None) -> tuple[dict[str, list[int | str]], int]:
    if noted is None:
        return {}, 0
    try:
        value = json.loads(noted)
        files, at = value["files"], int(value["at"])
    except (ValueError, KeyError, TypeError):
        return {}, 0
    if not isinstance(files, dict):
        return {}, 0
    return {path: entry for path, entry in files.items() if isinstance(entry, list) and len(entry) == 5}, at
