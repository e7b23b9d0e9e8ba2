"""The schema of the task-list vocabulary file (``pilotplans/data/tasklist.toml``), checked by
pydantic when the file is read: only building the vocabulary (after a change to the file or its
code, see :func:`.vocabulary.vocabulary`) imports it."""

# No ``from __future__ import annotations`` here: pydantic would turn every field's annotation
# string back into a type when the classes are built.

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pilotplans.parsers.columns import BODY_ROLES, ROLES
from pilotplans.patterns import compiled, valid_pattern


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Convention(_Model):
    kind: Literal["first_lead", "others_role", "added_body", "marked_lead", "marked_role"]
    pattern: str
    role: str | None = None

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, pattern: str) -> str:
        return valid_pattern(pattern)

    @model_validator(mode="after")
    def _role(self) -> "_Convention":
        if self.kind in ("first_lead", "marked_lead") and self.role is not None:
            raise ValueError(f"a {self.kind} convention takes no role")
        if self.kind not in ("first_lead", "marked_lead") and self.role not in BODY_ROLES:
            raise ValueError(f"role must be one of {', '.join(BODY_ROLES)}")
        if self.kind == "added_body" and "body" not in compiled(self.pattern).groupindex:
            raise ValueError("an added_body pattern needs a group named `body`")
        if self.kind in ("marked_lead", "marked_role") and "mark" not in compiled(self.pattern).groupindex:
            raise ValueError(f"a {self.kind} pattern needs a group named `mark`")
        return self


class _File(_Model):
    brackets: tuple[tuple[str, str], ...] = Field(min_length=1)
    after_bracket: str
    field_roles: tuple[str, ...] = Field(min_length=1)
    assigning_roles: tuple[str, ...] = Field(min_length=1)
    body_endings: tuple[str, ...] = Field(min_length=1)
    body_max_length: int = Field(gt=0)
    generic_body_endings: tuple[str, ...] = ()
    cited_number_lead_ins: tuple[str, ...] = ()
    borrowing_lead_ins: tuple[str, ...] = ()
    sentence_openings: tuple[str, ...] = ()
    title_run_in_openings: tuple[str, ...] = ()
    label_object_words: tuple[str, ...] = ()
    header_label_qualifiers: tuple[str, ...] = ()
    number_kind_letters: str = ""
    leader_posts: tuple[str, ...] = ()
    level_word_nouns: tuple[str, ...] = ()
    aside_openers: tuple[str, ...] = ()
    lead_heading_endings: tuple[str, ...] = ()
    leader_heading_endings: tuple[str, ...] = ()
    closing_note_openings: tuple[str, ...] = ()
    owner_sentences: tuple[str, ...] = ()
    owner_sentence_own_duty: tuple[str, ...] = ()
    item_topic_openings: tuple[str, ...] = ()
    partner_names: tuple[str, ...] = ()
    subject_role_phrases: tuple[str, ...] = ()
    duty_subject_phrases: tuple[str, ...] = ()
    paragraph_time_openings: tuple[str, ...] = ()
    items_note_openings: tuple[str, ...] = ()
    fragment_openings: tuple[str, ...] = ()
    deadline_patterns: tuple[str, ...] = ()
    reporting_clauses: tuple[str, ...] = ()
    page_furniture: tuple[str, ...] = ()
    page_marks: tuple[str, ...] = ()
    page_numbers: tuple[str, ...] = ()
    site_banners: tuple[str, ...] = ()
    page_end: tuple[str, ...] = ()
    footer_words: tuple[str, ...] = ()
    unranked_remarks: tuple[str, ...] = ()
    name_marks: str = ""
    plan_sections: tuple[str, ...] = ()
    points_headings: tuple[str, ...] = ()
    duty_headings: tuple[str, ...] = ()
    convention_conditions: tuple[str, ...] = ()
    report_title_endings: tuple[str, ...] = ()
    spoken_report_endings: tuple[str, ...] = ()
    salutations: tuple[str, ...] = ()
    saluted_title_endings: tuple[str, ...] = ()
    visit_openings: tuple[str, ...] = ()
    seal_marks: tuple[str, ...] = ()
    reference_words: tuple[str, ...] = ()
    part_heading_endings: tuple[str, ...] = ()
    text_opening_marks: tuple[str, ...] = ()
    elision_marks: tuple[str, ...] = ()
    breakdown_words: tuple[str, ...] = ()
    short_name_leads: tuple[str, ...] = ()
    short_name_lead_words: tuple[str, ...] = ()
    document_kind_qualifiers: tuple[str, ...] = ()
    related_lists: tuple[str, ...] = ()
    document_list_headers: tuple[str, ...] = ()
    footer_longest: int = Field(default=160, gt=0)
    contact_labels: tuple[str, ...] = ()
    convention: tuple[_Convention, ...] = ()

    @field_validator("brackets")
    @classmethod
    def _pairs(cls, brackets: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
        for opener, closer in brackets:
            if len(opener) != 1 or len(closer) != 1:
                raise ValueError(f"a bracket is one opening and one closing character: {opener!r} {closer!r}")
        return brackets

    @field_validator("field_roles", "assigning_roles")
    @classmethod
    def _roles(cls, roles: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [r for r in roles if r not in ROLES]
        if unknown:
            raise ValueError(f"unknown column role(s) {unknown}; known: {', '.join(ROLES)}")
        return roles

    @field_validator("leader_posts", "level_word_nouns", "aside_openers", "sentence_openings", "title_run_in_openings",
                     "label_object_words", "header_label_qualifiers", "lead_heading_endings", "leader_heading_endings",
                     "generic_body_endings", "report_title_endings", "spoken_report_endings", "salutations", "saluted_title_endings",
                     "visit_openings",
                     "seal_marks", "reference_words", "part_heading_endings", "text_opening_marks",
                     "elision_marks", "breakdown_words",
                     "short_name_leads", "short_name_lead_words", "document_kind_qualifiers")
    @classmethod
    def _posts(cls, posts: tuple[str, ...]) -> tuple[str, ...]:
        if any(not post.strip() for post in posts):
            raise ValueError("each entry is a word, not blank")
        return posts

    @field_validator("deadline_patterns", "page_furniture", "page_marks", "page_numbers", "site_banners", "page_end", "reporting_clauses", "closing_note_openings", "owner_sentences", "owner_sentence_own_duty", "items_note_openings", "fragment_openings", "item_topic_openings", "partner_names", "subject_role_phrases", "duty_subject_phrases", "paragraph_time_openings", "points_headings", "duty_headings", "convention_conditions", "related_lists", "document_list_headers")
    @classmethod
    def _patterns(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(valid_pattern(p) for p in patterns)
