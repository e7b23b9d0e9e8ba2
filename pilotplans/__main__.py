"""``pilotplans`` and ``python -m pilotplans``: the command line, with Ctrl-C handled from the
moment the program starts, before the command line's libraries are imported."""

from pilotplans.interrupts import handle_program_interrupts


def main() -> None:
    handle_program_interrupts()
    from pilotplans.cli import main as run

    run()


if __name__ == "__main__":
    main()
