"""pilotplans: Chinese pilot-programme task tables as typed, traceable data.

    import pilotplans

    doc = pilotplans.read("plan.docx")                 # a file or a URL → Document
    data = pilotplans.Dataset("data/curated/pilotplans.db")
    data.search("跨境数据", department=["商务部"])       # ranked hits with snippets
    pilotplans.diff(data.document("national-2020"), doc)

The names below are the API (:mod:`pilotplans.api`); the command line calls exactly these. The
record types (``Document``, ``Measure``, ``SearchHit`` …) are imported on first use, so that
``import pilotplans`` stays light.
"""

from __future__ import annotations

import sys
import time
import types
from typing import TYPE_CHECKING, Any

#: When this process imported the package (``time.time_ns()``), before any of its other modules: a
#: source file changed after it may not be the code the process runs
#: (:meth:`pilotplans.cachedir.Code.unchanged`).
IMPORTED_NS = time.time_ns()

from pilotplans.api import Dataset, coverage, diff, read, read_notice  # noqa: E402 - after the time above
from pilotplans.errors import PilotplansError, UnknownValue, UnreadableFile  # noqa: E402

if TYPE_CHECKING:
    from pilotplans.diff.coverage import CoverageMatrix
    from pilotplans.diff.models import DiffResult
    from pilotplans.export import MeasureOut
    from pilotplans.ingest.dataset import RebuildResult
    from pilotplans.ingest.fetch import Notice
    from pilotplans.schema.models import Document, Measure, Warning
    from pilotplans.search import SearchHit

__all__ = [
    "CoverageMatrix", "Dataset", "DiffResult", "Document", "Measure", "MeasureOut", "Notice", "PilotplansError",
    "RebuildResult", "SearchHit", "UnknownValue", "UnreadableFile", "Warning", "coverage", "diff", "read", "read_notice",
]

_LAZY = {
    "CoverageMatrix": "pilotplans.diff.coverage", "DiffResult": "pilotplans.diff.models", "MeasureOut": "pilotplans.export",
    "RebuildResult": "pilotplans.ingest.dataset", "Notice": "pilotplans.ingest.fetch", "Document": "pilotplans.schema.models",
    "Measure": "pilotplans.schema.models", "Warning": "pilotplans.schema.models", "SearchHit": "pilotplans.search",
}


class _Package(types.ModuleType):
    """This package's module. Importing a subpackage sets it as an attribute of its parent: the
    ``pilotplans.diff`` package would then replace the API function :func:`diff` the moment any
    of its modules is imported. The API's names stay the API's."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in __all__:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _installed_version()
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'pilotplans' has no attribute {name!r}")


def _installed_version() -> str:
    """The version pilotplans is installed as (its distribution's metadata, which pip writes from
    pyproject.toml): one place to keep it. Read on first use, never on import — no command but
    ``--version`` asks for it, and ``importlib.metadata`` is not imported by ``import pilotplans``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pilotplans")
    except PackageNotFoundError:
        raise AttributeError("pilotplans.__version__: pilotplans is not installed, and its version is the installed "
                             "package's: run pip install . (or pip install -e .) in the pilotplans folder") from None
