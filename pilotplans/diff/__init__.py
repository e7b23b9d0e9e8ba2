"""Comparing two plans: which measures of a national table a local plan took up, and how.

``diff_documents(national, local)`` returns a :class:`DiffResult` of typed :class:`Link` s;
:mod:`pilotplans.diff.render` prints it, :mod:`pilotplans.diff.coverage` tabulates many.
"""

from typing import TYPE_CHECKING

from pilotplans.diff.models import RELATIONS, DiffResult, Link, MeasureRef, Ownership, Relation
from pilotplans.diff.settings import DiffSettings

__all__ = ["RELATIONS", "DiffResult", "DiffSettings", "Link", "MeasureRef", "Ownership", "Relation", "diff_documents"]

if TYPE_CHECKING:
    from pilotplans.diff.compare import diff_documents


def __getattr__(name: str) -> object:
    """``diff_documents`` imported when first asked for: a module of the package (the stored
    diff's table, :mod:`pilotplans.diff.stored`) then loads without the aligner."""
    if name == "diff_documents":
        from pilotplans.diff.compare import diff_documents

        return diff_documents
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
