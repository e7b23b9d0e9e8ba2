"""Ctrl-C that never leaves a database half written, and always says so in one line.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be when Ctrl-C arrives:
inside a database driver's commit; inside a finaliser, where it is printed as ``Exception
ignored in …`` and lost, so that the work goes on as if nothing had happened; inside a library
that turns it into an error of its own (pydantic building a schema reports a ``SchemaError``).
So pilotplans never raises from its signal handler:

- while something must be finished or undone — a database written, a new file not yet in place,
  worker processes running — the work is *protected* (:func:`protected`): Ctrl-C is only noted,
  and the work stops at the next :func:`checkpoint` (between documents, tables, batches, and
  every tenth of a second while workers read), or when the protected block ends, where rolling
  back is an ordinary exception path (``KeyboardInterrupt``);
- a block marked ``final`` (a transaction committing, a finished file moved into place) cannot
  be undone half-way: an interrupt noted inside it lets it finish and is raised afterwards as
  :class:`LateInterrupt`, so that the caller can say the work was done; after it, the work is
  done and a later Ctrl-C is ignored (the program only has to print its result);
- anywhere else nothing needs finishing: the program (:func:`handle_program_interrupts`) writes
  one line and ends at once, with exit status 130.

Only the main thread receives signals; elsewhere these are no-ops.
"""

from __future__ import annotations

import os
import signal
import sys
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
        self.protecting = 0
        self.noted = False
        self.late = False
        self.work_done = False
        self.program = False


_state = _State()


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    if _state.work_done:
        return
    if _state.protecting:
        _state.noted = True
        return
    if _state.program:
        try:
            sys.stderr.write("interrupted: nothing was changed\n")
            sys.stderr.flush()
        finally:
            os._exit(EXIT_STATUS)
    raise KeyboardInterrupt  # a library caller without the program's handling: Python's own behaviour


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def handle_program_interrupts() -> None:
    """Handle Ctrl-C for the whole program as the module docstring says; call it first thing."""
    if _in_main_thread():
        _state.program = True
        signal.signal(signal.SIGINT, _on_sigint)


def checkpoint() -> None:
    """Raise ``KeyboardInterrupt`` if Ctrl-C was pressed in protected work and not yet acted upon."""
    if _state.noted:
        _state.noted = False
        raise KeyboardInterrupt


@contextmanager
def protected(final: bool = False) -> Iterator[None]:
    """Note Ctrl-C instead of acting on it inside the block; raise it when the outermost protected
    block ends — as :class:`LateInterrupt` if it arrived inside a ``final`` one (see the module
    docstring)."""
    if not _in_main_thread():
        yield
        return
    installed = signal.getsignal(signal.SIGINT) is not _on_sigint
    previous = signal.signal(signal.SIGINT, _on_sigint) if installed else None
    if _state.protecting == 0:
        _state.noted = _state.late = False
    _state.protecting += 1
    try:
        yield
    except BaseException:
        _state.protecting -= 1
        if _state.protecting == 0:
            _state.noted = _state.late = False
        raise
    finally:
        if installed:
            signal.signal(signal.SIGINT, previous)  # type: ignore[arg-type]
    _state.protecting -= 1
    if final:
        _state.late, _state.noted = _state.late or _state.noted, False
        _state.work_done = _state.program  # what is left is to print the result
    if _state.protecting == 0 and (_state.noted or _state.late):
        late, _state.noted, _state.late = _state.late, False, False
        if late:
            raise LateInterrupt("Ctrl-C arrived after the work was complete")
        raise KeyboardInterrupt
