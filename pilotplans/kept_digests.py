"""The digest of each file a kept value is keyed by (the package's modules and data files), kept by
the file's stamp, so that a start does not read and hash again what did not change.

Every start keys its kept values (the registry, the vocabularies, the records' schemas:
:mod:`pilotplans.cachedir`) by the bytes of the files they are made from: some 1.1 MB read and
hashed by each process (15 million instructions of a DOCX extract's 1,500). Each file's BLAKE2b
digest is noted in the cache folder (:data:`KEPT_DIGESTS`) under its *stamp* — its path, inode,
size, modification and change times, taken from the open file before its bytes are read — and a
later process whose file has the same stamp takes the digest from there without reading it. As for
the sources' digests (:mod:`pilotplans.ingest.digests`), a file changed less than
:data:`~pilotplans.ingest.digests.SETTLED_NS` before it is looked at is hashed and not noted: a
second write in the same tick of a coarse clock could leave its stamp as it was. Any later write
moves the change time, which no one can set back (a copy keeping the modification time, ``cp -p``,
still moves it), so a noted stamp never names other bytes.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from pilotplans.cachedir import KeptTable, default_cache_dir, key_digest

#: The file of the cache folder keeping the digests by stamp.
KEPT_DIGESTS = "file-digests.json"

#: How many files were read and hashed by this process (the others' digests were kept ones).
hashed = 0


def file_digest(path: Path) -> bytes:
    """The BLAKE2b digest of the bytes of the file at ``path``: the one kept for its stamp, or its
    bytes read and hashed (then kept, once the file has settled). OSError: it cannot be read."""
    from pilotplans.ingest.digests import SETTLED_NS

    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())  # before the bytes are read: a write after it changes the stamp

        def made() -> str:
            global hashed
            hashed += 1
            return str(key_digest(handle.read()).hexdigest())

        if max(status.st_mtime_ns, status.st_ctime_ns) >= time.time_ns() - SETTLED_NS:
            return bytes.fromhex(made())
        stamp = f"{os.fspath(path)}\0{status.st_ino}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ctime_ns}"
        return bytes.fromhex(_KEPT.made(stamp, made))


def _kept_file() -> Path | None:
    folder = default_cache_dir()
    return folder / KEPT_DIGESTS if folder is not None else None


_DIGEST = re.compile(r"[0-9a-f]{128}")


def _valid(table: object) -> bool:
    """Whether every entry of ``table`` is a stamp and a BLAKE2b digest: a file that parses but holds
    anything else is as if empty, never a digest that is none."""
    return all(isinstance(stamp, str) and isinstance(digest, str) and _DIGEST.fullmatch(digest) is not None
               for stamp, digest in table.items())  # type: ignore[attr-defined]


def _loads(data: bytes) -> object:
    import json

    return json.loads(data)


def _dumps(table: dict[str, str]) -> bytes:
    import json

    return json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode()


_KEPT: KeptTable[str, str] = KeptTable(_kept_file, _loads, _dumps, _valid, most=512)
