"""``pilotplans`` and ``python -m pilotplans``: the command line, with Ctrl-C handled from the
moment the program starts, before the command line's libraries are imported."""

import gc

from pilotplans.interrupts import handle_program_interrupts

#: The collector's first threshold for the command line (Python's default is 700). A command
#: imports a few hundred modules and builds many long-lived objects, which make the default
#: collector scan the heap again and again for no garbage: a tenth of a rebuild's CPU time, and
#: 5% of an extract's. Ten thousand keeps the collections (and the garbage a cycle holds) small.
GC_FIRST_THRESHOLD = 10_000


def main() -> None:
    handle_program_interrupts()
    gc.set_threshold(GC_FIRST_THRESHOLD, *gc.get_threshold()[1:])
    from pilotplans.cli import main as run

    run()


if __name__ == "__main__":
    main()
