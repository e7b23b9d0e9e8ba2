"""Errors a user can act on. Each names the file and the cause in one line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    Model = TypeVar("Model", bound=BaseModel)


class PilotplansError(Exception):
    """Base class of every error pilotplans reports to a user."""


def validated_data_file(model: type[Model], text: str, file: str) -> Model:
    """``text``, the TOML of ``pilotplans/data/<file>``, validated as ``model``; a one-line error
    naming the file (and the key first found wrong) when it is not valid TOML or not of the model."""
    import tomllib  # here, not at the top: a start-up reads data compiled before, kept in the cache folder

    from pydantic import ValidationError

    try:
        return model.model_validate(tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        raise PilotplansError(f"pilotplans/data/{file}: not valid TOML: {error}") from error
    except ValidationError as error:
        raise PilotplansError(f"pilotplans/data/{file}: {first_fault(error)}") from error


def first_fault(error: ValidationError) -> str:
    """The first fault pydantic found in a file's data, as a one-line error names it: where (its keys
    joined by dots, ``document.0.level``) and what."""
    first = error.errors()[0]
    return ".".join(str(part) for part in first["loc"]) + f": {first['msg']}"


class UnreadableFile(PilotplansError):
    """A file that cannot be read into a document (empty, corrupt, encrypted, scanned...)."""

    def __init__(self, path: str | Path, cause: str) -> None:
        self.path = str(path)
        self.cause = cause
        super().__init__(f"{self.path}: {cause}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # made again from path and cause (not from the message): it crosses from worker processes
        return type(self), (self.path, self.cause)


#: Why a page is refused when no rule names what it is instead (a kind of page, a plan cut short...).
NO_TASKS_FOUND = ("no task table or task list found (no header row with 序号/具体举措/责任分工 or similar, "
                  "and no numbered item naming its 责任单位/牵头单位)")


class NoTaskTable(UnreadableFile):
    """A readable file that holds neither a task table nor a prose task list."""

    def __init__(self, path: str | Path, cause: str = NO_TASKS_FOUND) -> None:
        super().__init__(path, cause)


class OutputError(PilotplansError):
    """An output file (or folder) that cannot be written."""

    def __init__(self, path: str | Path, cause: str) -> None:
        self.path = str(path)
        self.cause = cause
        super().__init__(f"{self.path}: cannot write: {cause}")


class CodeChanged(PilotplansError):
    """pilotplans' own files changed on disk while a command ran (a checkout, a merge, an install): what
    it made was made by the code it started with, and would be kept under the version of the code the
    files now hold (:func:`pilotplans.ingest.versions.changed_since_import`)."""

    def __init__(self, relative: str, what: str) -> None:
        self.relative = relative
        super().__init__(f"pilotplans/{relative}: changed on disk while {what} ran (a checkout or an install?): "
                         "what it made was made by the code it started with, not the code the files now hold; "
                         "nothing was written — run it again")


class ManifestError(PilotplansError):
    """The manifest of data/raw is missing, malformed or inconsistent."""


class UnknownValue(PilotplansError):
    """An option names something that does not exist (a warning code, a department, a region …);
    the message lists what does or says where to look. The command line exits with status 2."""


class BadSetting(UnknownValue, ValueError):
    """An environment variable of pilotplans' names what cannot be used (an engine that is none, or one not
    installed); the message names the variable and the choices. Checked before a command reads anything, it
    exits with status 2 as an option naming nothing does."""


class DocumentNotFound(PilotplansError):
    """A document id the database does not hold (and, where a file may be named, no such file)."""


#: At most this many stored ids are named beside an id the database does not hold.
SHOWN_IDS = 8


#: What a shell reads as more than a letter of a word: an id holding one goes in quotes to be given whole.
SHELL_MARKS = frozenset("'\"\\$`!&|;<>()[]{}*?~#")


def did_you_mean(names: Sequence[str], otherwise: str) -> str:
    """``did you mean A, B or C?`` of the ``names`` a mistyped value may be a slip for; ``otherwise`` when there are none."""
    if not names:
        return otherwise
    return f"did you mean {', '.join(names[:-1]) + ' or ' if len(names) > 1 else ''}{names[-1]}?"


def shown_id(value: str) -> str:
    """A document id as a message names it: as it is, or in quotes when it holds a space, a comma or a
    mark a shell reads (an id made from a file's name, ``chengdu 2020 tasks``, ``xi'an plan``), as a
    command line takes it — whole, and with a space at either end seen: in single quotes, or in double
    quotes when it holds one (``"xi'an plan"``), the marks a shell still reads there escaped."""
    if value and not any(ch.isspace() or ch == "," or ch in SHELL_MARKS for ch in value):
        return value
    if "'" not in value:
        return f"'{value}'"
    return '"' + "".join(f"\\{ch}" if ch in '"\\$`' else ch for ch in value) + '"'


def shown_ids(ids: Iterable[str]) -> str:
    """Document ids named in a message, one after the other (:func:`shown_id`)."""
    return ", ".join(shown_id(value) for value in ids)


def not_stored(missing: Iterable[str], stored: Sequence[str]) -> str:
    """The message of ids the database does not hold: them, and what it holds (:func:`what_is_stored`)."""
    missing = list(missing)
    return f"no document with id {shown_ids(missing)} in the database{what_is_stored(stored, missing)}"


#: What parts an id's words (wuhan-2020, chengdu_2021, nanning-field-lines-leader.print).
ID_WORD_MARKS = "-_. "

#: An id's first word must be this long at least for an id sharing it to be named as alike: a shorter one (sh, gz) is
#: shared by ids of unrelated plans.
ALIKE_STEM = 3


def what_is_stored(stored: Sequence[str], given: Sequence[str] = ()) -> str:
    """The ids a database holds, said after an id it does not: all of them when few (a mistyped id is
    seen beside the right one), else how many and the first, and where to see them all, and then the ids
    alike one ``given`` (:func:`alike_ids`), which the first may not reach: ``wuhan`` → ``wuhan-2020``."""
    ids = sorted(stored)
    if not ids:
        return "; it holds no document yet"
    if len(ids) <= SHOWN_IDS:
        return f"; it holds {shown_ids(ids)}"
    said = f"; it holds {len(ids):,} documents ({shown_ids(ids[:SHOWN_IDS])}, …: see `pilotplans documents`)"
    for name in given:
        alike = alike_ids(name, ids)
        if alike:
            more = len(alike) > SHOWN_IDS
            said += f"; those like {shown_id(name)}: {shown_ids(alike[:SHOWN_IDS])}" + (", …" if more else "")
    return said


def first_word(value: str) -> str:
    """``value`` up to the first mark parting an id's words (:data:`ID_WORD_MARKS`), in lower case."""
    cut = min((k for k in (value.find(mark) for mark in ID_WORD_MARKS) if k >= 0), default=len(value))
    return value[:cut].lower()


def alike_ids(given: str, ids: Sequence[str]) -> list[str]:
    """Of the stored ``ids``, those a mistyped or shortened ``given`` is likely meant for: those holding it whole, in any
    case (``wuhan`` → ``wuhan-2020``), and those whose first word is its first word (``wuhan-2021`` → ``wuhan-2020``),
    each of :data:`ALIKE_STEM` characters or more (``na`` is inside hainan-2020 and national-2020 alike); none of
    ``given`` itself."""
    lowered = given.lower()
    stem = first_word(given)
    return [i for i in ids if i != given and (
        (len(lowered) >= ALIKE_STEM and lowered in i.lower()) or (len(stem) >= ALIKE_STEM and first_word(i) == stem))]
