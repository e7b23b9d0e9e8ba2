"""The log lines of the libraries pilotplans uses kept off the terminal, without importing ``logging``.

Python prints a library's warnings to stderr (``logging.lastResort``) while the root logger has no
handler: a damaged PDF stream would put pdfminer's lines among the command's output, where a problem
with a file reaches the user as pilotplans' own one-line error. A ``NullHandler`` on the root logger
keeps them off. No library an ``extract`` of a DOCX or a text imports uses ``logging``, and importing
it to add the handler cost each such command some 10 million instructions (``logging`` and
``string``, 0.6% of a DOCX's extract). So the handler is added the moment ``logging`` is imported,
by whichever library imports it: at once when it already is, else by a finder first on
``sys.meta_path``, which asks nothing of any other module and steps aside once ``logging`` is loaded.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

LOGGING = "logging"


def keep_off_terminal() -> None:
    """Have the root logger hold a ``NullHandler`` from the moment ``logging`` is imported (now, if it is)."""
    if LOGGING in sys.modules:
        _add_null_handler(sys.modules[LOGGING])
    elif not any(isinstance(finder, _WhenLoggingLoads) for finder in sys.meta_path):
        sys.meta_path.insert(0, _WhenLoggingLoads())


def _add_null_handler(logging: ModuleType) -> None:
    root = logging.getLogger()
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())


class _WhenLoggingLoads:
    """A finder that finds nothing itself: asked for ``logging``, it leaves ``sys.meta_path``, finds the
    module as the finders after it do, and has its loader add the handler once the module has run."""

    def find_spec(self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name != LOGGING:
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find is not None else None
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _ThenQuiet(spec.loader)
                return spec
        return None


class _ThenQuiet:
    """``logging``'s own loader, adding the handler to the root logger once the module has run."""

    def __init__(self, loader: object) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)  # type: ignore[attr-defined, no-any-return]

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)  # type: ignore[attr-defined]
        _add_null_handler(module)

    def __getattr__(self, name: str) -> object:  # get_filename, get_source, is_package … as the loader answers
        return getattr(self._loader, name)
