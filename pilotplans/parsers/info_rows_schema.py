"""The schema of the information-table labels file (``pilotplans/data/info_rows.toml``), checked
by pydantic when the file is read: only building the labels (after a change to the file or its
code, see :func:`.info_rows.info_labels`) imports it."""

# No ``from __future__ import annotations`` here: pydantic would turn every field's annotation
# string back into a type when the classes are built.

from pydantic import BaseModel, ConfigDict, Field

from pilotplans.parsers.info_rows import InfoKind


class _Label(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    field: InfoKind
    phrases: tuple[str, ...] = Field(min_length=1)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: tuple[_Label, ...] = Field(min_length=1)
    site_endings: tuple[str, ...] = ()
    bracketed_offices: tuple[str, ...] = ()
    named_kinds: tuple[str, ...] = ()
    state_values: tuple[str, ...] = ()
    row_headings: tuple[str, ...] = ()
    text_headings: tuple[str, ...] = ()
    file_card_labels: tuple[str, ...] = ()
    office_level_words: tuple[str, ...] = ()
    office_ending: str = "室"
    office_body_words: tuple[str, ...] = ()
