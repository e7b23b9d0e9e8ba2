"""The relations a link of a diff may have, in the order every table, count and option lists them: one list,
read by the diff's models (:mod:`pilotplans.diff.models`) and by the command line's ``diff --relation``, kept
apart from both so that the command line names them without loading the diff's models."""

from __future__ import annotations

from typing import Literal, get_args

Relation = Literal["same", "adapted", "merged", "split", "local", "dropped"]
RELATIONS: tuple[Relation, ...] = get_args(Relation)
