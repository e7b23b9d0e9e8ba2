"""Reading and validating the registry's data files, once per process.

:func:`load_registry` reads the package's files; a malformed one raises :class:`RegistryError`
naming the file and the entry. The validated, indexed registry is kept in a pickle under the
user's cache folder (``$PILOTPLANS_CACHE_DIR``, default ``~/.cache/pilotplans``; empty to switch
off), keyed by the digests of the data files and of this package's code as imported
(:func:`pilotplans.cachedir.code_as_imported`), so that a start-up pays for the validation only
after a change, and a registry made by other code is never read back as this code's.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pilotplans.cachedir import Code, code_as_imported
from pilotplans.data import read_bytes as read_package_data
from pilotplans.normalizers.registry.bodies import Registry
from pilotplans.normalizers.registry.divisions import parse_divisions
from pilotplans.normalizers.registry.files import (
    DEPARTMENTS_FILE,
    DIVISIONS_FILE,
    REGIONS_FILE,
    ROLES_FILE,
    RegistryError,
)
from pilotplans.normalizers.registry.gazetteer import Gazetteer, Region
from pilotplans.normalizers.registry.roles import compile_roles

if TYPE_CHECKING:  # pydantic validates the files: a start that reads the kept registry never imports it here
    from pydantic import BaseModel

_FILES = (DEPARTMENTS_FILE, REGIONS_FILE, ROLES_FILE, DIVISIONS_FILE)

#: The code the registry is made by, read as the registry's modules are imported (this one imports
#: them above): its package's modules, the records it holds (``models.py``) and the patterns it
#: pickles as ``patterns.KeptPattern`` (read back by that module).
_CODE = code_as_imported(*sorted(Path(__file__).parent.glob("*.py")), Path(__file__).parents[1] / "models.py",
                         Path(__file__).parents[2] / "patterns.py")


#: Pydantic's words for a key no entry may hold, in an entry the registry keeps (a dataclass: its arguments) and in
#: one of a file schema (a model): the data file's author reads the model's words for either.
_DATACLASS_MESSAGES = {"unexpected_keyword_argument": "Extra inputs are not permitted"}

#: Pydantic's words for an entry that is no table (a form given as a number), for a dataclass and for a model.
_DATACLASS_TYPE = ("Input should be a dictionary or an instance of ", "Input should be a valid dictionary or instance of ")


def _parse(file: str, text: str, model: type[BaseModel]) -> Any:
    import tomllib  # here, not at the top: a start-up reads the registry kept in the cache folder

    from pydantic import ValidationError

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(file, None, f"not valid TOML: {error}") from error
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        message = _DATACLASS_MESSAGES.get(first["type"], first["msg"])
        if first["type"] == "dataclass_type":
            message = message.replace(*_DATACLASS_TYPE)
        raise RegistryError(file, _describe_location(raw, first["loc"]), message) from error


def _describe_location(raw: Any, location: tuple[Any, ...]) -> str:
    """'central[12] (id='mohrss').typos' for a pydantic error location within the raw TOML."""
    parts: list[str] = []
    node = raw
    for step in location:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            node = node[step]
            label = f"[{step + 1}]"
            if isinstance(node, dict) and ("id" in node or "match" in node):
                key = "id" if "id" in node else "match"
                label += f" ({key}={node[key]!r})"
            parts.append(label)
        elif isinstance(node, dict) and step in node:
            node = node[step]
            parts.append(f".{step}" if parts else str(step))
        else:
            parts.append(f".{step}" if parts else str(step))
    return "".join(parts) or "top level"


def build_registry(departments_text: str, regions_text: str, roles_text: str, divisions_text: str | None = None) -> Registry:
    """Validate and index the data files given as text (the package's division table by default)."""
    from pilotplans.normalizers.registry.file_schemas import DepartmentsFile, RegionsFile, RolesFile

    regions = _parse(REGIONS_FILE, regions_text, RegionsFile)
    departments = _parse(DEPARTMENTS_FILE, departments_text, DepartmentsFile)
    roles = _parse(ROLES_FILE, roles_text, RolesFile)
    divisions, provenance = parse_divisions(divisions_text if divisions_text is not None else _read(DIVISIONS_FILE))
    registry = Registry(departments, Gazetteer(regions, divisions, provenance), compile_roles(roles))
    _share_equal_values(registry)
    return registry


def _share_equal_values(root: object) -> None:
    """Make equal strings, tuples and frozensets held anywhere under ``root`` one object each.

    The indexes hold the same values many times over, each made apart (the region ids in the
    place-name tables, the level and tier words of 3,355 regions, the kinds a composed name may
    stand for): a pickle writes and reads an object once for all its references, so that with one
    object for each value the cached registry holds a quarter fewer objects and loads faster. Only
    values that cannot change are shared; the containers and records holding them are changed in
    place (a frozen record's fields through its ``__dict__``), never replaced, but for the places
    (:class:`Region`, a tuple of its values): each is made again, once, from its shared values."""
    shared: dict[object, object] = {}
    walked: set[int] = set()
    remade: dict[int, tuple[Region, Region]] = {}  # the place made for each one met (kept: its id stays its)

    def share(value: object) -> object:
        kind = type(value)
        if kind is str:
            return shared.setdefault(value, value)
        if kind is tuple or kind is frozenset:
            items = kind(share(item) for item in value)  # type: ignore[operator, attr-defined]
            try:
                return shared.setdefault((kind, _typed(items)), items)
            except TypeError:  # an unhashable item: the tuple is kept, its items shared
                return items
        if kind is Region:  # a tuple of a kind: made again from its shared values, once for all its references
            made = remade.get(id(value))
            if made is None:
                made = remade[id(value)] = (tuple.__new__(Region, tuple(share(item) for item in value)), value)
            return made[0]
        if id(value) in walked:
            return value
        if kind is dict:
            walked.add(id(value))
            items = [(share(key), share(item)) for key, item in value.items()]  # type: ignore[attr-defined]
            value.clear()  # type: ignore[attr-defined]
            value.update(items)  # type: ignore[attr-defined]
        elif kind is list:
            walked.add(id(value))
            value[:] = [share(item) for item in value]  # type: ignore[index]
        elif kind is set:
            walked.add(id(value))
            items = [share(item) for item in value]  # type: ignore[attr-defined]
            value.clear()  # type: ignore[attr-defined]
            value.update(items)  # type: ignore[attr-defined]
        elif kind.__module__.startswith(("pilotplans.", "pydantic")) and hasattr(value, "__dict__"):
            walked.add(id(value))
            fields = vars(value)
            for name, item in fields.items():
                fields[name] = share(item)
        return value

    share(root)


def _typed(items: tuple[object, ...] | frozenset[object]) -> object:
    """What makes a tuple or frozenset of shared items the same value: each item's type beside it
    (True == 1 == 1.0, and a tuple of flags is no tuple of numbers), and a container item by
    identity, as it is shared already."""
    pairs = ((type(item), id(item) if type(item) in (tuple, frozenset) else item) for item in items)
    return frozenset(pairs) if type(items) is frozenset else tuple(pairs)


def _read(name: str) -> str:
    return _read_bytes(name).decode("utf-8")


def _read_bytes(name: str) -> bytes:
    try:
        return read_package_data(name)
    except (FileNotFoundError, OSError) as error:
        raise RegistryError(name, None, f"cannot be read from the package: {error}") from error


def _data_code() -> Code:
    """The registry's code (``_CODE``) and its data files, as this process first read them."""
    from pilotplans import data

    return code_as_imported(*_CODE.paths, *(data.FOLDER / name for name in _FILES))


def _cache_file(files: Code) -> tuple[Path, str] | None:
    """Where the registry built from the data files and the code imported (``files``:
    :func:`_data_code`) is kept, and its stamp (:func:`pilotplans.cachedir.keep_stamped`). The key
    holds the data files' digests, not their bytes: a start reads neither (kept by their stamps:
    :mod:`pilotplans.kept_digests`); only a build (after a change) reads and decodes them."""
    from pilotplans.cachedir import default_cache_dir, kept_file, library_versions

    folder = default_cache_dir()  # the same folder as the other caches (XDG_CACHE_HOME honoured)
    if folder is None:
        return None
    # its patterns pickle as regex's compiled code, which another regex (or Python) may read otherwise, and
    # pydantic validated its records from the data files, which another pydantic may validate otherwise
    return kept_file(folder, "registry", (*files.digests[len(_CODE.paths):], _CODE.digest, library_versions()))


def _build_cached() -> Registry:
    from pilotplans.cachedir import keep_stamped, read_stamped
    from pilotplans.collector import loading_long_lived

    files = _data_code()
    file = _cache_file(files)
    if file is not None:
        with loading_long_lived():
            kept = read_stamped(*file, Registry)
        if kept is not None:
            return kept
    texts = {name: _read(name) for name in _FILES}
    registry = build_registry(texts[DEPARTMENTS_FILE], texts[REGIONS_FILE], texts[ROLES_FILE], texts[DIVISIONS_FILE])
    if file is not None:
        keep_stamped(*file, registry, files)  # not kept when a data file or the code changed since the start
    return registry


def registry_kept() -> bool:
    """Whether a run finds the registry kept in the cache folder for this code, these data files and these libraries
    (read in a few hundredths of a second) rather than building it (some seconds, on the first run after an install
    or an upgrade); true when no cache folder is used, where every run builds it alike."""
    file = _cache_file(_data_code())
    return file is None or file[0].exists()


@functools.cache
def load_registry() -> Registry:
    """The registry of the package's data files, read and validated once (and cached on disk)."""
    return _build_cached()
