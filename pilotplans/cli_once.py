"""An option that takes one value, given more than once on a command line, is an error rather than
its last value used alone: ``measures --warning number_gap --warning heading_unnumbered`` listed the
second code's measures only, saying nothing of the first. Options that take several (``-d ID``...,
``--pdf-setting``), flags and counters are left as they are."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import typer


def repeated_options(command: Any, ctx: typer.Context, args: list[str]) -> list[tuple[Any, int]]:
    """The options of ``command`` that take one value and that ``args`` give more than once, each with the
    times it is given, in the order the command declares them; none when ``args`` do not parse (the
    command's own parsing then says why)."""
    exceptions = sys.modules[typer.BadParameter.__module__]  # click's, or the click typer carries within itself
    try:
        _, _, order = command.make_parser(ctx).parse_args(args=list(args))
    except exceptions.UsageError:
        return []
    given = Counter(id(param) for param in order)
    return [(param, given[id(param)]) for param in command.get_params(ctx)
            if given[id(param)] > 1 and getattr(param, "param_type_name", "") == "option"
            and not (param.multiple or param.count or param.is_flag)]


def once_message(param: Any, times: int) -> str:
    """What is said of ``param`` given ``times`` times where it takes one value."""
    return f"Option '{param.opts[0]}' is given {times} times; it takes one value, and only the last would count"


class OneValueOnce:
    """A command whose options taking one value may be given once each (:func:`repeated_options`)."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing:
            repeated = repeated_options(self, ctx, args)
            if repeated:
                raise sys.modules[typer.BadParameter.__module__].UsageError(once_message(*repeated[0]), ctx)
        return super().parse_args(ctx, args)  # type: ignore[misc]
