"""Parts of a pickled object kept pickled apart and read back on first use.

The registry is read back from its cache by every command, and a plan that names no local body (a
national one) never reads some of its parts (the entries behind its indexes, some of the
gazetteer's indexes): :class:`PickledApart` pickles the attributes a class names in
``READ_ON_FIRST_USE`` together, as one bytes value, and reads them back when one of them is first
asked for.
"""

from __future__ import annotations

import pickle
import threading
import zlib
from typing import Any, ClassVar

#: Held while an object reads its parts kept apart (re-entrant: what they hold never asks for such
#: parts, but a lock a thread may take twice cannot end a program in a deadlock).
_READING_APART = threading.RLock()


class PickledApart:
    """An object whose attributes named in ``READ_ON_FIRST_USE`` pickle apart (together, so that
    what they share stays shared) and are read back, all of them, when one is first asked for."""

    READ_ON_FIRST_USE: ClassVar[tuple[str, ...]] = ()

    def __getstate__(self) -> dict[str, Any]:
        """The attributes, those in ``READ_ON_FIRST_USE`` kept pickled apart, with a check of them."""
        state = dict(self.__dict__)
        apart = {name: state.pop(name) for name in self.READ_ON_FIRST_USE if name in state}
        if apart:
            state["_pickled_apart"] = held = pickle.dumps(apart, protocol=pickle.HIGHEST_PROTOCOL)
            state["_pickled_apart_check"] = zlib.crc32(held)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """The attributes read back, the parts kept apart checked whole first: read only on first
        use, damage there (a cache file damaged on disk) would otherwise come to light in the middle
        of resolving a plan, on every run, where a damaged cache must be refused when read (and
        made again)."""
        held = state.get("_pickled_apart")
        if held is not None and zlib.crc32(held) != state.get("_pickled_apart_check"):
            raise pickle.UnpicklingError("the registry's parts kept apart are damaged")
        self.__dict__.update(state)

    def __getattr__(self, name: str) -> Any:
        """An attribute kept pickled apart of an object read back from a pickle, read with the others
        kept with it when one is first asked for (and kept); any other missing attribute is missing."""
        held = self.__dict__.get("_pickled_apart") if name in self.READ_ON_FIRST_USE else None
        if held is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        # One thread reads them: two reading at once would each set some of the parts, and what
        # they share (the relations ``successor`` and ``relations`` both hold) would come from two
        # readings.
        with _READING_APART:
            if name not in self.__dict__:  # not read by another thread meanwhile
                for key, value in pickle.loads(held).items():
                    self.__dict__.setdefault(key, value)
        return self.__dict__[name]
