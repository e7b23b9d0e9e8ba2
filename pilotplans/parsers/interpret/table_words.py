"""The words the checks of a read table look for (``pilotplans/data/table_words.toml``): what makes a heading a
deadline's date or a period's name (:mod:`pilotplans.parsers.interpret.plausible`), and the marks no category's
phrase prints (:mod:`pilotplans.parsers.text.category_rows`). Read and validated once, kept in the cache folder as
the other data files are (a later run reads them back without the TOML parser)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from pilotplans.cachedir import code_as_imported

FILE = "table_words.toml"

#: The code the kept words are made by: this module (whose ``TableWords`` they pickle as) and the file's schema.
_CODE = code_as_imported(__file__, Path(__file__).with_name("table_words_schema.py"))

# The figures a deadline's date prints, whatever its words.
_FIGURES = "[0-9０-９]"


@dataclass(frozen=True)
class TableWords:
    """The patterns and marks of ``table_words.toml``: ``dated`` (a figure or a dated word, searched), ``period``
    (a period alone, matched), ``clause_marks`` (the marks no category prints), and what a second heading column's
    cell prints where it is no task's title: one of ``project_kinds`` (a project's kind, the whole cell), or a figure
    with one of ``target_marks`` (a target)."""

    dated: str
    period: str
    clause_marks: str
    project_kinds: frozenset[str]
    target_marks: tuple[str, ...]


@lru_cache(maxsize=1)
def table_words() -> TableWords:
    """The package's table words, read and checked once and kept in the cache folder."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("table-words", FILE, _CODE, table_words_of, TableWords)


def table_words_of(text: str) -> TableWords:
    """The table words of ``text``, a ``table_words.toml``, validated: a one-line error naming the file and the key
    (a key missing, a pattern that does not compile) otherwise."""
    from pilotplans.errors import validated_data_file
    from pilotplans.parsers.interpret.table_words_schema import _File  # here: pydantic only where the file is read

    data = validated_data_file(_File, text, FILE)
    return TableWords(dated="|".join([_FIGURES, *(regex.escape(word) for word in data.dated_words)]),
                      period=data.period, clause_marks=data.clause_marks, project_kinds=frozenset(data.project_kinds),
                      target_marks=tuple(data.target_marks))
