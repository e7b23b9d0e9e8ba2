"""The kinds of file pilotplans does not read, told from their bytes (``data/signatures.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from pilotplans.errors import PilotplansError

_SOURCE = "pilotplans/data/signatures.toml"


@dataclass(frozen=True)
class Signature:
    """Magic bytes at ``offset`` (and optionally a second marker) that name a kind of file."""

    kind: Literal["image", "other"]
    name: str
    magic: bytes
    offset: int = 0
    also: bytes = b""
    also_offset: int = 0
    advice: str = ""

    def matches(self, data: bytes) -> bool:
        if data[self.offset:self.offset + len(self.magic)] != self.magic:
            return False
        return not self.also or data[self.also_offset:self.also_offset + len(self.also)] == self.also

    @property
    def cause(self) -> str:
        if self.kind == "image":
            return f"an image ({self.name}), not a document: it is read only through OCR"
        return f"{self.name}: {self.advice}" if self.advice else self.name


@dataclass(frozen=True)
class Container:
    """A zip member or OLE stream whose presence names the kind of package."""

    marker: str
    name: str
    advice: str

    @property
    def cause(self) -> str:
        return f"{self.name}: {self.advice}"


@dataclass(frozen=True)
class Signatures:
    """The file signatures detection reads (``signatures.toml``): magic bytes, zip members and OLE streams."""

    magic: tuple[Signature, ...]
    packages: tuple[Container, ...]  # zip members
    compounds: tuple[Container, ...]  # OLE stream names

    def identify(self, data: bytes) -> Signature | None:
        """The first signature ``data`` starts with, or None."""
        return next((s for s in self.magic if s.matches(data)), None)

    def package(self, members: set[str]) -> Container | None:
        """What a zip holding ``members`` is, or None if no known member is there (at its root or
        in a folder)."""
        return next((p for p in self.packages if p.marker in members or any(m.endswith("/" + p.marker) for m in members)), None)

    def compound(self, data: bytes) -> Container | None:
        """What an OLE compound file is, by the first known stream name its directory holds."""
        return next((c for c in self.compounds if c.marker.encode("utf-16-le") in data), None)


def _hex(value: object, where: str) -> bytes:
    try:
        return bytes.fromhex(str(value))
    except ValueError:
        raise PilotplansError(f"{_SOURCE}: {where}: not hexadecimal bytes: {value!r}") from None


def _text(entry: dict, key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PilotplansError(f"{_SOURCE}: {where} needs a non-empty {key!r}")
    return value


@lru_cache(maxsize=1)
def signatures() -> Signatures:
    """The signature table, validated."""
    raw = tomllib.loads(resources.files("pilotplans.data").joinpath("signatures.toml").read_text("utf-8"))
    magic = []
    for i, entry in enumerate(raw.get("signature", []), start=1):
        where = f"signature {i}"
        kind = entry.get("kind")
        if kind not in ("image", "other"):
            raise PilotplansError(f"{_SOURCE}: {where}: kind must be 'image' or 'other', not {kind!r}")
        if kind == "other":
            _text(entry, "advice", where)
        magic.append(Signature(kind=kind, name=_text(entry, "name", where), magic=_hex(_text(entry, "magic", where), where),
                               offset=int(entry.get("offset", 0)), also=_hex(entry.get("also", ""), where),
                               also_offset=int(entry.get("also_offset", 0)), advice=entry.get("advice", "")))
    packages = tuple(Container(_text(e, "member", f"package {i}"), _text(e, "name", f"package {i}"), _text(e, "advice", f"package {i}"))
                     for i, e in enumerate(raw.get("package", []), start=1))
    compounds = tuple(Container(_text(e, "stream", f"compound {i}"), _text(e, "name", f"compound {i}"), _text(e, "advice", f"compound {i}"))
                      for i, e in enumerate(raw.get("compound", []), start=1))
    if not magic or not compounds:
        raise PilotplansError(f"{_SOURCE}: needs [[signature]] and [[compound]] entries")
    return Signatures(magic=tuple(magic), packages=packages, compounds=compounds)
