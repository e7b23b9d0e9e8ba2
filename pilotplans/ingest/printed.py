"""A Document's wording written back as its page printed it where the readers read a folded text
(look-alike colons read as ``：``, :mod:`pilotplans.parsers.colons`)."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from pilotplans.parsers.colons import PrintedColons

_Model = TypeVar("_Model", bound=BaseModel)


def with_printed_colons(record: _Model, colons: PrintedColons) -> _Model:
    """``record`` with every text in it (its own fields, its lists', its records') carrying the colons its
    page printed (:meth:`PrintedColons.restore`); itself where none changes."""
    update = {}
    for name in type(record).model_fields:
        value = getattr(record, name)
        kept = _value(value, colons)
        if kept is not value:
            update[name] = kept
    return record.model_copy(update=update) if update else record


def _value(value: Any, colons: PrintedColons) -> Any:
    if isinstance(value, str):
        kept = colons.restore(value)
        return value if kept == value else kept
    if isinstance(value, BaseModel):
        return with_printed_colons(value, colons)
    if isinstance(value, (list, tuple)):
        items = [_value(item, colons) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    return value
