"""The vocabulary of warning codes (``pilotplans/data/warnings.toml``): every code a record may
carry, with what it says about the source. Loaded and checked once."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from pilotplans.errors import PilotplansError

_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


@functools.cache
def warning_codes() -> dict[str, str]:
    """Each warning code with its description, in the file's order."""
    text = resources.files("pilotplans.data").joinpath("warnings.toml").read_text("utf-8")
    codes = tomllib.loads(text).get("codes")
    if not isinstance(codes, dict) or not codes:
        raise PilotplansError("pilotplans/data/warnings.toml: no [codes] table")
    for code, description in codes.items():
        if not _CODE.match(code) or not isinstance(description, str) or not description.strip():
            raise PilotplansError(f"pilotplans/data/warnings.toml: code {code!r} needs a snake_case name and a description")
    return dict(codes)
