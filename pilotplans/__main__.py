"""``pilotplans`` and ``python -m pilotplans``: the command line, with Ctrl-C handled from the
moment the program starts, before the command line's libraries are imported; a plain ``extract`` or ``rebuild``
without typer (:mod:`pilotplans.cli_fast`), every other command line through typer (:mod:`pilotplans.cli`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilotplans import collector, kept_code
from pilotplans.interrupts import handle_program_interrupts

if TYPE_CHECKING:  # the module is made when plugins are off, not at every start
    import types


def main() -> None:
    handle_program_interrupts()
    quiet_pydantic_plugins()
    collector.start_up()
    kept_code.install()
    import sys

    from pilotplans.cli_fast import run as run_plain

    try:
        if not run_plain(sys.argv[1:]):  # anything but a plain extract or rebuild: typer's program
            from pilotplans.cli import main as run

            run()
    except SystemExit as stop:
        end(stop.code)
    end(0)


def quiet_pydantic_plugins() -> None:
    """Tell pydantic not to look for plugins, unless the user's environment says otherwise.

    Looking for them reads the entry points of every package installed, when the first model is
    built: 10 to 20 ms of every command on a machine with some 160 packages, for plugins (tracing
    validation, as logfire does) that no command of ours asks for. It is read in this process and
    in the worker processes it starts. ``PYDANTIC_DISABLE_PLUGINS=`` (empty) in the environment
    turns plugins back on, as pydantic documents.

    Told so, pydantic still imports its plugin loader when the first model is built, and the
    loader imports ``importlib.metadata`` (and ``email`` with it) to read entry points it will not
    read: some 50 million instructions of every command. So the loader's place is taken by one
    that answers as pydantic's does while plugins are off (none) and imports pydantic's own the
    moment they are on or anything else of it is asked for."""
    import os
    import sys

    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] in PLUGINS_OFF:
        sys.modules.setdefault(PLUGIN_LOADER, _plugin_loader_while_off())


#: The values of ``PYDANTIC_DISABLE_PLUGINS`` that turn every plugin off, and pydantic's module
#: that loads plugins otherwise (both as in pydantic's ``plugin/_loader.py``).
PLUGINS_OFF = ("__all__", "1", "true")
PLUGIN_LOADER = "pydantic.plugin._loader"


def _plugin_loader_while_off() -> types.ModuleType:
    """A module standing for pydantic's plugin loader: ``get_plugins()`` is empty while the
    environment turns plugins off; otherwise, and for any other name, pydantic's own loader is
    imported (in the stand-in's place) and answers."""
    import os
    import sys
    import types

    def real() -> types.ModuleType:
        import importlib

        if sys.modules.get(PLUGIN_LOADER) is stand_in:
            del sys.modules[PLUGIN_LOADER]
        return importlib.import_module(PLUGIN_LOADER)

    def get_plugins(*args: object, **kwargs: object) -> object:  # as pydantic's, which reads the variable at every call
        if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in PLUGINS_OFF:
            return ()
        return real().get_plugins(*args, **kwargs)

    def __getattr__(name: str) -> object:  # noqa: N807 - a module's attribute hook
        if name.startswith("__"):  # what the import machinery asks of any module (its __path__ …)
            raise AttributeError(name)
        return getattr(real(), name)

    stand_in = types.ModuleType(PLUGIN_LOADER, "pydantic's plugin loader while plugins are off")
    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]
    stand_in.__getattr__ = __getattr__  # type: ignore[attr-defined]
    return stand_in


def end(status: int | str | None) -> None:
    """End the program with ``status`` as ``sys.exit`` would, without tearing the interpreter
    down: freeing every module and object one by one (the registry, the gazetteer, pydantic's
    schemas) costs a command a sixth of its CPU time, and a finished command holds nothing that
    needs it. What Python's own exit does that matters is done first: the ``atexit`` functions
    (worker pools, temporary folders) and flushing the standard streams. Anything unusual — a
    status that is a message, a thread still running, a stream that cannot be flushed (a closed
    pipe), a profiler or tracer watching (cProfile, pyinstrument, coverage write their reports
    after the program) — is left to Python's own exit, as before."""
    import atexit
    import os
    import sys
    import threading

    watched = sys.getprofile() is not None or sys.gettrace() is not None
    if not (status is None or isinstance(status, int)) or threading.active_count() > 1 or watched:
        raise SystemExit(status)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(status) from None
    os._exit(status or 0)


if __name__ == "__main__":
    main()
