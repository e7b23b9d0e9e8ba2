"""The relations a link of a diff may have, in the order every table, count and option lists them: one list,
read by the diff's models (:mod:`pilotplans.diff.models`) and by the command line's ``diff --relation``, kept
apart from both so that the command line names them without loading the diff's models.

A diff says what a plan did with the measures of the plan above it, in a local plan's words: a measure it adds is
``local``. Two rounds of one plan (national-2018 → national-2020) keep those words but one: a measure new in the later
round is no local plan's, and is ``added`` (:mod:`pilotplans.diff.rounds`)."""

from __future__ import annotations

from typing import Literal, get_args

Relation = Literal["same", "adapted", "merged", "split", "local", "added", "dropped"]
#: Every relation, in order: those ``diff --relation`` takes.
ALL_RELATIONS: tuple[Relation, ...] = get_args(Relation)
#: The relations of a diff of a plan against the plan above it (or of two plans of no known rounds).
RELATIONS: tuple[Relation, ...] = tuple(r for r in ALL_RELATIONS if r != "added")
#: The relations of a diff of two rounds of one plan: its additions are ``added``.
ROUND_RELATIONS: tuple[Relation, ...] = tuple(r for r in ALL_RELATIONS if r != "local")
#: The relation of a measure the derived plan adds, by whether the two plans are rounds of one plan.
ADDITION: dict[bool, Relation] = {False: "local", True: "added"}
