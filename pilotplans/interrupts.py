"""Ctrl-C that never leaves a database half written.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be when Ctrl-C arrives:
inside a database driver's commit, or inside a finaliser, where it is printed as ``Exception
ignored in …`` and lost, so that the work goes on as if nothing had happened. While
:func:`guarded` is in force, pilotplans handles SIGINT itself:

- outside database work the interrupt is raised at once, as usual, and also *noted*; should it be
  swallowed by a finaliser, the next :func:`checkpoint` raises it again;
- inside :func:`deferred` (a database being written) it is only noted, and the writer stops at the
  next :func:`checkpoint`, or when the block ends, where rolling back is an ordinary exception
  path. A block marked ``final`` (a transaction committing, a finished file moved into place)
  cannot be undone half-way: an interrupt noted inside it lets it finish and is raised afterwards
  as :class:`LateInterrupt`, so that the caller can say the work was done.

Only the main thread receives signals; elsewhere these are no-ops.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: The exit status of a program stopped by Ctrl-C (128 + SIGINT).
EXIT_STATUS = 130


class LateInterrupt(KeyboardInterrupt):
    """Ctrl-C arrived after the last point at which the work could still be undone."""


class _State:
    def __init__(self) -> None:
        self.guards = 0
        self.deferring = 0
        self.noted = False
        self.late = False
        self.previous: object = None


_state = _State()


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    _state.noted = True
    if not _state.deferring:
        raise KeyboardInterrupt


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def guarded() -> Iterator[None]:
    """Handle Ctrl-C as the module docstring says, for the duration of the block."""
    if not _in_main_thread():
        yield
        return
    if _state.guards == 0:
        _state.previous = signal.signal(signal.SIGINT, _on_sigint)
        _state.noted = _state.late = False
    _state.guards += 1
    try:
        yield
    finally:
        _state.guards -= 1
        if _state.guards == 0:
            signal.signal(signal.SIGINT, _state.previous)  # type: ignore[arg-type]
            _state.noted = _state.late = False


def checkpoint() -> None:
    """Raise ``KeyboardInterrupt`` if Ctrl-C was pressed and not yet acted upon."""
    if _state.noted and _state.guards:
        _state.noted = False
        raise KeyboardInterrupt


@contextmanager
def deferred(final: bool = False) -> Iterator[None]:
    """Note Ctrl-C instead of raising it inside the block; raise it when the outermost deferred
    block ends — as :class:`LateInterrupt` if it arrived inside a ``final`` one (see the module
    docstring)."""
    with guarded():
        if not _in_main_thread():
            yield
            return
        _state.deferring += 1
        try:
            yield
        except BaseException:
            _state.deferring -= 1
            raise
        _state.deferring -= 1
        if final and _state.noted:
            _state.late, _state.noted = True, False
        if _state.deferring == 0 and (_state.noted or _state.late):
            late, _state.noted, _state.late = _state.late, False, False
            if late:
                raise LateInterrupt("Ctrl-C arrived after the work was complete")
            raise KeyboardInterrupt
