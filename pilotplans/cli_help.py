"""How ``--help`` names what goes in each place of a command line: the word of each argument's and
option's metavar (``NATIONAL``, ``FILE``, ``URL``, ``auto|always|never``), never typer's placeholders
of a Python type (``<str>``, ``<bool>``, ``<list[str]>``) or of a required argument (``{NATIONAL}``).

A flag takes no value, so its place in the help is left empty; an option of choices without a
metavar is named by its choices; every other option names its own metavar where it is declared, and
one taking a range of numbers says it in words after it (``N [1 or more]``, not typer's ``[x>=1]``).
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from pilotplans.cli_once import OneValueOnce


class NamedArgument(TyperArgument):
    """An argument named by its metavar alone: ``diff NATIONAL LOCAL`` in the usage line (``[NAME]`` when
    it may be left out), and no type beside its name in the help."""

    def display_type_rich(self, ctx: typer.Context) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        name = self.display_name_raw
        return name if self.required else f"[{name}]"


def range_in_words(low: float | None, high: float | None) -> str | None:
    """The numbers an option takes, in words (``1 or more``), for its help beside its metavar where typer
    prints a formula (``[x>=1]``); None for an option of any number."""
    if low is None and high is None:
        return None
    if high is None:
        return f"{low} or more"
    return f"{high} or less" if low is None else f"{low} to {high}"


class WordedRangeOption(TyperOption):
    """An option of a range of numbers (``--workers N``) whose help says the range in words: ``N [1 or more]``."""

    def _get_number_range_help_str(self) -> str | None:
        return range_in_words(self.min, self.max)


def plain_placeholders(params: list[Any]) -> None:
    """Give ``params`` the help's words: an argument its metavar alone, a flag no placeholder, an option
    of choices its choices (``auto|always|never``), an option of a range of numbers its range in words."""
    for param in params:
        if type(param) is TyperArgument:
            param.__class__ = NamedArgument  # the same parameter, drawn by its name (the class adds no state)
        elif type(param) is TyperOption and not param.count and (param.min is not None or param.max is not None):
            param.__class__ = WordedRangeOption  # likewise: only its help's words differ
        elif getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
        elif param.metavar is None and _choices(param):
            param.metavar = "|".join(str(getattr(c, "value", c)) for c in _choices(param))


def _choices(param: Any) -> tuple[Any, ...]:
    """The values an option of choices takes (its type's, as the typer in use describes it); none for any other."""
    described = getattr(param, "type_descriptor", None)
    if described is not None:
        return tuple(described.choices or ()) if described.is_choice else ()
    return tuple(getattr(getattr(param, "type", None), "choices", None) or ())


class _PlainHelp:
    """What makes a command's or the program's ``--help`` name its arguments and options in words: its
    parameters and its help option given the help's words (:func:`plain_placeholders`)."""

    params: list[Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        plain_placeholders(self.params)

    def get_help_option(self, ctx: typer.Context) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            plain_placeholders([option])
        return option


class PlainCommand(OneValueOnce, _PlainHelp, TyperCommand):
    """A command whose ``--help`` names its arguments and options in words (see the module), and whose
    options taking one value are given once each (:mod:`pilotplans.cli_once`)."""


class PlainGroup(_PlainHelp, TyperGroup):
    """The program, whose own ``--help`` names its options in words as its commands' do."""
