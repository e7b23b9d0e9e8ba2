"""The package's data files: vocabularies, the registry's and the gazetteer's sources, settings."""

from pathlib import Path

FOLDER = Path(__file__).parent


def read_bytes(name: str) -> bytes:
    """The bytes of the data file ``name``: what ``importlib.resources`` gives for a package installed
    as files (as the cache keys, which read the modules' own files, require anyway), read without
    importing ``importlib.resources`` (some 6 M instructions of every start that reads the registry
    or a vocabulary kept in the cache). A missing file raises ``FileNotFoundError`` naming its path,
    as there."""
    return (FOLDER / name).read_bytes()
