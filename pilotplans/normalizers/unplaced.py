"""Why placing a plan takes no region for it: the reasons of ``region_unplaced`` (``data/unplaced.toml``)
and the one function that makes the warning of each, ``{what was read}, {reason}: none is taken for its
region`` — eleven messages of one shape, written in one place."""

from __future__ import annotations

import functools
import string

from pilotplans.cachedir import code_as_imported
from pilotplans.schema.models import Warning

UNPLACED = "region_unplaced"
FILE = "unplaced.toml"


def unplaced(read: str, reason: str, **values: str) -> Warning:
    """The ``region_unplaced`` warning of a plan of which ``read`` was read (``the document's metadata
    names no region``), and the reason of ``data/unplaced.toml`` named ``reason``, filled in with ``values``."""
    return Warning(code=UNPLACED, message=f"{read}, {reasons()[reason].format(**values)}: none is taken for its region")


@functools.cache
def reasons() -> dict[str, str]:
    """The reasons of ``data/unplaced.toml`` by name, read once (and kept in the cache folder: they are
    asked only where a plan is left unplaced, and then without the TOML parser)."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("unplaced", FILE, _CODE, unplaced_reasons, dict)


def unplaced_reasons(text: str) -> dict[str, str]:
    """The ``[reasons]`` of ``unplaced.toml`` given as ``text``, checked as the package's other data files
    are (a one-line error naming the file and the key): each opens with "and " or "but ", and names its
    values in braces as :meth:`str.format` fills them."""
    from pydantic import BaseModel, ConfigDict, field_validator

    from pilotplans.errors import validated_data_file

    class _File(BaseModel):
        model_config = ConfigDict(extra="forbid")

        reasons: dict[str, str]

        @field_validator("reasons")
        @classmethod
        def _reasons_of_one_shape(cls, found: dict[str, str]) -> dict[str, str]:
            for name, reason in found.items():
                if not reason.startswith(("and ", "but ")):
                    raise ValueError(f"the reason {name} must open with 'and ' or 'but ': {reason}")
                try:
                    fields = [field for _, field, _, _ in string.Formatter().parse(reason) if field is not None]
                except ValueError as error:
                    raise ValueError(f"the reason {name} has a stray brace: {error}") from None
                if any(not field.isidentifier() for field in fields):
                    raise ValueError(f"the reason {name} names a value that is no plain name in braces: {reason}")
            return found

    return dict(validated_data_file(_File, text, FILE).reasons)


#: This module as imported: what the kept words of its data file are keyed by.
_CODE = code_as_imported(__file__)
