"""Comparing two plans: which measures of a national table a local plan took up, and how.

``diff_documents(national, local)`` returns a :class:`DiffResult` of typed :class:`Link` s;
:mod:`pilotplans.diff.render` prints it, :mod:`pilotplans.diff.coverage` tabulates many.
"""

import importlib
from typing import TYPE_CHECKING

__all__ = ["RELATIONS", "DiffResult", "DiffSettings", "Link", "MeasureRef", "Ownership", "Relation", "diff_documents"]

if TYPE_CHECKING:
    from pilotplans.diff.compare import diff_documents
    from pilotplans.diff.models import RELATIONS, DiffResult, Link, MeasureRef, Ownership, Relation
    from pilotplans.diff.settings import DiffSettings

#: The module each name of the package's API is imported from when first asked for: a module of the package (the
#: stored diff's table, :mod:`pilotplans.diff.stored`; the segmenter, :mod:`pilotplans.diff.segment`) then loads
#: without the diff's models or its aligner.
_HOMES = {"diff_documents": "pilotplans.diff.compare", "DiffSettings": "pilotplans.diff.settings",
          **dict.fromkeys(("RELATIONS", "DiffResult", "Link", "MeasureRef", "Ownership", "Relation"), "pilotplans.diff.models")}


def __getattr__(name: str) -> object:
    """A name of the package's API (:data:`_HOMES`), looked up in its module each time it is asked for (imported the
    first time): not bound in the package, so the package's name stays the module's (a test counting the diffs computed
    replaces :func:`pilotplans.diff.compare.diff_documents`, and the CLI reaches it through the package)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
