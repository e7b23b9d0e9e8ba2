"""``pilotplans/data/ocr.toml`` read and parsed once: the tables :mod:`.characters` and
:mod:`.geometry` each validate their part of."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from typing import Any
from importlib import resources

from ...errors import PilotplansError

SOURCE = "pilotplans/data/ocr.toml"


@lru_cache(maxsize=1)
def ocr_data() -> dict[str, Any]:
    """The parsed data file (a one-line error naming it when it is not valid TOML)."""
    try:
        return tomllib.loads(resources.files("pilotplans.data").joinpath("ocr.toml").read_text("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise PilotplansError(f"{SOURCE}: {error}") from error
