"""How to install one of pilotplans' optional extras (ocr, serve, postgres), as the messages asking
for one say it: pilotplans is installed from a clone (``pip install .`` in the project folder, as
README says), and may be from a package index too, where the command names the package."""

from __future__ import annotations


def install_hint(extra: str) -> str:
    """The commands installing ``extra``: from the project folder, or from a package index."""
    return f"pip install '.[{extra}]' in the pilotplans folder (or 'pilotplans[{extra}]' from a package index)"
