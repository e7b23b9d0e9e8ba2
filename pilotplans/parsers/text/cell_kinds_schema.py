"""The shape of ``pilotplans/data/cell_kinds.toml``, validated when it is read."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    owner_endings: list[str]
    section_endings: list[str]
    person_name_length: tuple[int, int]
    surnames: str
    compound_surnames: list[str]
    no_name_endings: str
    category_max_length: int
    unknown_label_max_length: int
