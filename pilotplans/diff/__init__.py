"""Comparing two plans: which measures of a national table a local plan took up, and how.

``diff_documents(national, local)`` returns a :class:`DiffResult` of typed :class:`Link` s;
:mod:`pilotplans.diff.render` prints it, :mod:`pilotplans.diff.coverage` tabulates many.
"""

from pilotplans.diff.compare import diff_documents
from pilotplans.diff.models import RELATIONS, DiffResult, Link, MeasureRef, Ownership, Relation
from pilotplans.diff.settings import DiffSettings

__all__ = ["RELATIONS", "DiffResult", "DiffSettings", "Link", "MeasureRef", "Ownership", "Relation", "diff_documents"]
