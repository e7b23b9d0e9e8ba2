"""When Python's cycle collector runs: seldom while the program starts, as usual once it reads.

A command imports a few hundred modules and loads the registry: many long-lived objects and no
garbage, which the collector's default thresholds make it scan again and again (a tenth of a
rebuild's CPU). So the program starts with a high first threshold (:func:`start_up`). Reading
documents is the other way round: each leaves cycles behind, and with the high threshold a
rebuild of 250 documents peaked at 206 MB against 138 MB. So once the first document is read (or
before workers are forked to read), :func:`settle` moves everything alive into the collector's
permanent generation (``gc.freeze``: never scanned again, and not copied into forked workers by
the collector touching it) and puts the default thresholds back.

The first threshold is high (200,000 allocations: an ``extract`` of a plan never collects before
it settles; with 10,000 it collected 13 times, once the middle generation, 25 ms of its 350 ms
of CPU, for about a thousand objects of garbage). Loading the registry (230,000 objects
unpickled) settles too: it is loaded with the collector off (:func:`loading_long_lived`), and
from then on what the program keeps is loaded, so that a command that reads no document
(``diff``, ``coverage``, ``lineage``) collects as usual from there (with the high threshold to
their end, their peak memory went from 60 to 95 MB). Not so where a rebuild loads it just
before forking the worker that reads in the background (:func:`settling_later`: the rebuild
settles once it has imported what writing needs), nor where the cache folder is switched off (an
empty ``PILOTPLANS_CACHE_DIR``): the registry is built then, outside :func:`loading_long_lived`,
and nothing is frozen or settled with it.

All of it is the program's alone: pilotplans used as a library (``import pilotplans`` in another
program, which never calls :func:`start_up`) leaves the host's collector as it is. Freezing there
would keep every cycle of garbage the host had not yet collected for the rest of its life, and
put back thresholds the host may have set otherwise.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: The first threshold while the program starts (Python's default is 700).
START_UP_THRESHOLD = 200_000
_DEFAULT = gc.get_threshold()


class _State:
    started = False  # the program (not a host program using the library) set the collector
    settled = False
    deferred = 0  # inside :func:`settling_later`: what is loaded long-lived is frozen, no more


def start_up() -> None:
    """Collect seldom: the program is importing and loading what it keeps to the end."""
    _State.started = True
    gc.set_threshold(START_UP_THRESHOLD, *_DEFAULT[1:])


def settle() -> None:
    """Freeze what the program has loaded and collect as usual from now on (once; later calls
    do nothing, and so does a call in a host program that never called :func:`start_up`)."""
    if _State.settled or not _State.started:
        return
    _State.settled = True
    gc.freeze()
    gc.set_threshold(*_DEFAULT)


def before_fork() -> None:
    """:func:`settle`, and freeze what is alive now even if it settled before: workers forked next
    inherit what this process read and cached since (the national plans of a rebuild, the caches
    reading them filled), and their collector would otherwise scan it again and again. A host
    program (which never called :func:`start_up`) is left alone here too: its garbage not yet
    collected would be frozen for the rest of its life."""
    if not _State.started:
        return
    settle()
    gc.freeze()


@contextmanager
def loading_long_lived() -> Iterator[None]:
    """Load what the program keeps to its end (its objects hold no garbage) with the collector
    off; then :func:`settle` (what is alive is frozen, the default thresholds are back). A host
    program's collector is left as it is."""
    if not _State.started:
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        if _State.deferred:
            gc.freeze()  # never scanned; the start-up threshold stays for what is imported next
        else:
            settle()


@contextmanager
def settling_later() -> Iterator[None]:
    """Load what the program keeps (:func:`loading_long_lived`) without settling: what is loaded
    so is frozen (a registry built, the cache folder switched off, is not), and the start-up
    threshold stays until :func:`settle` is called. For what a process
    loads before it forks a worker that inherits it, and then goes on importing: settled there,
    what it imports next would be collected as usual (the rebuild's calling process collected
    some 68 million instructions more so, seventeenth speed round)."""
    _State.deferred += 1
    try:
        yield
    finally:
        _State.deferred -= 1
