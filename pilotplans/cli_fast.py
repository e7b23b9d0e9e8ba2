"""A plain command line of ``extract`` or ``rebuild`` read without typer: importing typer (with the click it carries)
and our typer program costs some 85 million instructions of a start, 6% of a DOCX's extract.

Only what typer reads one way is read here, into the values typer would hand the command: the command's name first;
options by their names (``--output FILE``, ``--output=FILE``, ``-o FILE``, ``-oFILE``); flags with no value; words (the
sources), also after ``--``; values of one option taking several (``--pdf-setting``) in order; a number written in
digits (``4``, ``2.5``), a choice by its value. Anything else — no command or another one, ``--help``, ``--version``,
an option the command does not take, an option of one value given twice, a value typer would refuse or might read
otherwise (``1e3``, ``+4``, ``0``, an empty word, one beginning with ``-``), a missing argument, a shell completion's
request — is left to typer untouched (:func:`parsed` answers None), which says and does what it always did. The
parameters are :mod:`pilotplans.cli_spec`'s; the commands' bodies are :mod:`pilotplans.cli_read`'s, which typer's
commands run too."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Optional

from pilotplans.cli_spec import COMMANDS, Parameter

#: The status typer ends a command with when Ctrl-C reaches it (typer's ``_main``).
INTERRUPTED = 130

#: Whether typer rewrites every word of the command line before reading it: on Windows its ``_main`` expands ``~``,
#: environment variables and wildcards in each (click's ``_expand_args``: ``extract *.docx``, ``-o ~/x.csv``), which
#: this parser does not, so a command line there is left to typer.
ARGUMENTS_EXPANDED = os.name == "nt"


def parsed(arguments: list[str], environ: Mapping[str, str]) -> Optional[tuple[str, dict[str, object]]]:
    """The command ``arguments`` name and the values of its parameters, as typer would hand them to it; None for
    anything to leave to typer (the module says what)."""
    if ARGUMENTS_EXPANDED or not arguments or arguments[0] not in COMMANDS or _completion_asked(environ):
        return None
    parameters = COMMANDS[arguments[0]]
    by_flag = {flag: parameter for parameter in parameters for flag in parameter.flags}
    given: dict[str, list[object]] = {}
    words: list[str] = []
    rest = list(arguments[1:])
    while rest:
        argument = rest.pop(0)
        if argument == "--":  # every word after it is an argument
            words += rest
            break
        if not argument.startswith("-"):
            words.append(argument)
            continue
        flag, value = _flag_and_value(argument)
        parameter = by_flag.get(flag)
        if parameter is None:
            return None
        if parameter.kind is bool:
            if value is not None:  # --full=yes: typer's error
                return None
            given.setdefault(parameter.name, []).append(True)
            continue
        if value is None:
            if not rest:
                return None
            value = rest.pop(0)
        made = _value(parameter, value)
        if made is None:
            return None
        given.setdefault(parameter.name, []).append(made)
    return _values(arguments[0], parameters, given, words)


def _flag_and_value(argument: str) -> tuple[str, Optional[str]]:
    """An option's name and the value written into its word (``--db=URL``, ``-oFILE``), if any."""
    if argument.startswith("--"):
        flag, joined, value = argument.partition("=")
        return flag, (value if joined else None)
    return argument[:2], (argument[2:] or None)


def _value(parameter: Parameter, word: str) -> object:
    """``word`` made into ``parameter``'s kind as typer makes it; None where typer would refuse it, or might read it
    otherwise than this does."""
    if not word or word.startswith(("-", "=")) or parameter.kind is bool:
        return None
    if isinstance(parameter.kind, type) and issubclass(parameter.kind, Enum):
        return next((choice for choice in parameter.kind if choice.value == word), None)
    if parameter.kind in (int, float):
        number = _number(parameter.kind, word)
        return None if number is None or (parameter.least is not None and number < parameter.least) else number
    if parameter.kind is Path:
        return Path(word)
    return word if parameter.kind is str else None


def _number(kind: type, word: str) -> Optional[float]:
    """``word`` as a whole number (``kind`` int) or a number (float) when written in digits alone, as typer reads it
    (a whole number without a leading zero); None for any other writing."""
    if kind is int:
        return int(word) if _digits(word) and not word.startswith("0") and len(word) <= 9 else None
    whole, point, part = word.partition(".")
    return float(word) if _digits(whole) and len(word) <= 18 and (not point or _digits(part)) else None


def _digits(word: str) -> bool:
    return word.isascii() and word.isdigit()


def _values(command: str, parameters: tuple[Parameter, ...], given: dict[str, list[object]],
            words: list[str]) -> Optional[tuple[str, dict[str, object]]]:
    """Every parameter's value: the words for the argument (one at least, and none for a command without one), the
    values of one taking several (None when none is given), the one given, or the default; None where typer refuses
    (a missing argument, a word too many, an option of one value given twice)."""
    values: dict[str, object] = {}
    argument = next((parameter for parameter in parameters if not parameter.flags), None)
    if (argument is None and words) or (argument is not None and not words) or "" in words:
        return None
    for parameter in parameters:
        got = given.get(parameter.name, [])
        if parameter is argument:
            values[parameter.name] = list(words)
        elif parameter.repeatable:
            values[parameter.name] = list(got) or None
        elif parameter.kind is bool:
            values[parameter.name] = True if got else parameter.default
        elif len(got) > 1:  # typer's "given 2 times" (pilotplans.cli_once)
            return None
        else:
            values[parameter.name] = got[0] if got else parameter.default
    return command, values


def _completion_asked(environ: Mapping[str, str]) -> bool:
    """Whether the environment asks for a shell completion (typer's ``_<PROGRAM>_COMPLETE``, whatever the program's
    name), which typer answers instead of running the command."""
    return any(name.startswith("_") and name.endswith("_COMPLETE") and value for name, value in environ.items())


def run(arguments: list[str]) -> bool:
    """Run ``arguments`` when they are a plain command line of ``extract`` or ``rebuild``, ending as typer's program
    would (its status by ``SystemExit``); False, having done nothing, for any other (left to typer)."""
    chosen = parsed(arguments, os.environ)
    if chosen is None:
        return False
    import signal

    from pilotplans import cli_read
    from pilotplans.cli_common import quiet_libraries

    command, values = chosen
    try:
        quiet_libraries()  # what typer's program does before any command (pilotplans.cli's callback)
        _as_typer_ends(getattr(cli_read, command), values)
    finally:  # the command is done and has said so; the process only has to end (as pilotplans.cli.main)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    return True


def _as_typer_ends(body: object, values: dict[str, object]) -> None:
    """Run ``body`` with ``values``, ending on what escapes it as typer's ``_main`` does: Ctrl-C status 130, a closed
    pipe status 1 (the streams no longer flushed), end of input a line and ``Aborted!``; anything else goes on."""
    import errno

    try:
        body(**values)  # type: ignore[operator]
    except KeyboardInterrupt:
        raise SystemExit(INTERRUPTED) from None
    except EOFError:
        from typer import core

        core._click.echo(file=sys.stderr)
        if core.HAS_RICH and core.DEFAULT_MARKUP_MODE is not None:
            from typer import rich_utils

            rich_utils.rich_abort_error()
        else:
            core._click.echo("Aborted!", file=sys.stderr)
        raise SystemExit(1) from None
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        from typer import core

        sys.stdout = core._click.utils.PacifyFlushWrapper(sys.stdout)
        sys.stderr = core._click.utils.PacifyFlushWrapper(sys.stderr)
        raise SystemExit(1) from None
