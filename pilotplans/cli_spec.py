"""The parameters of ``extract`` and ``rebuild`` as data: what the plain command line's parser
(:mod:`pilotplans.cli_fast`) reads. typer's commands in :mod:`pilotplans.cli` declare the same parameters with their
help; ``tests/test_cli_fast.py`` compares the two, name by name, flag by flag, kind, default and least, so that a
parameter added to, changed in or taken from one only fails the tests."""

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pilotplans.cli_common import DEFAULT_OUT, DEFAULT_RAW, OcrChoice, Fmt


@dataclass(frozen=True)
class Parameter:
    """One parameter of a command.

    ``flags`` are the option's names (none: the command's argument, one word or more); ``kind`` is what its value is
    made into: ``str``, ``Path``, ``float``, ``int``, ``bool`` (a flag, given with no value) or an ``Enum`` of the
    choices it takes; ``repeatable``: given again, it adds a value (the argument, ``--pdf-setting``); ``least``: the
    least whole number it takes."""

    name: str
    flags: tuple[str, ...]
    kind: type
    default: object = None
    repeatable: bool = False
    least: Optional[int] = None


_WORKERS = Parameter("workers", ("--workers",), int, least=1)
_PDF_WORKERS = Parameter("pdf_workers", ("--pdf-workers",), int, least=1)
_PDF_SETTING = Parameter("pdf_setting", ("--pdf-setting",), str, repeatable=True)
_OCR = Parameter("ocr", ("--ocr",), OcrChoice, OcrChoice.auto)
_OCR_WORKERS = Parameter("ocr_workers", ("--ocr-workers",), int, least=1)

EXTRACT = (
    Parameter("sources", (), str, repeatable=True),
    Parameter("format", ("--format", "-f"), Fmt),
    Parameter("output", ("--output", "-o"), Path),
    Parameter("db", ("--db",), str),
    Parameter("timeout", ("--timeout",), float, 30.0),
    Parameter("max_mb", ("--max-mb",), float, 64.0),
    _WORKERS, _PDF_WORKERS, _PDF_SETTING, _OCR, _OCR_WORKERS,
)

REBUILD = (
    Parameter("raw", ("--raw",), Path, DEFAULT_RAW),
    Parameter("out", ("--out",), Path, DEFAULT_OUT),
    Parameter("db", ("--db",), str),
    Parameter("full", ("--full",), bool, False),
    _WORKERS, _PDF_WORKERS, _PDF_SETTING, _OCR, _OCR_WORKERS,
    Parameter("overwrite", ("--overwrite",), bool, False),
)

#: The commands the plain parser reads, by name: their bodies are :mod:`pilotplans.cli_read`'s functions of that name.
COMMANDS: dict[str, tuple[Parameter, ...]] = {"extract": EXTRACT, "rebuild": REBUILD}
