"""The shape of ``pilotplans/data/table_words.toml``, validated when it is read."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from pilotplans.patterns import valid_pattern


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dated_words: list[str] = Field(min_length=1)
    period: str
    clause_marks: str = Field(min_length=1)
    project_kinds: list[str] = Field(min_length=1)
    target_marks: list[str] = Field(min_length=1)

    @field_validator("dated_words", "project_kinds", "target_marks")
    @classmethod
    def _words(cls, words: list[str]) -> list[str]:
        if not all(word.strip() for word in words):
            raise ValueError("a word is blank")
        return words

    @field_validator("period")
    @classmethod
    def _pattern(cls, pattern: str) -> str:
        return valid_pattern(pattern)
