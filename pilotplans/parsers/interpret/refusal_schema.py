"""The schema of the refusals file (``pilotplans/data/refusals.toml``), checked by pydantic when the
file is read: a missing kind, an unknown key or a pattern that does not compile is a one-line error
naming the file and the key."""

# No ``from __future__ import annotations`` here: pydantic would turn every field's annotation
# string back into a type when the classes are built.

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pilotplans.patterns import valid_pattern

Patterns = tuple[str, ...]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*")
    @classmethod
    def _compile(cls, value: object) -> object:
        if isinstance(value, tuple):
            for pattern in value:
                valid_pattern(pattern)
        return value


class _Interpretation(_Model):
    title: Patterns
    opening: Patterns
    question: Patterns
    answer: Patterns
    drafted: Patterns


class _Writing(_Model):
    article_commentator: Patterns
    article_title: Patterns
    article_questions: Patterns
    paper: Patterns
    citation: str
    paper_kinds_at_least: int = Field(ge=1)

    @field_validator("citation")
    @classmethod
    def _citation_compiles(cls, value: str) -> str:
        return valid_pattern(value)


class _OtherKind(_Model):
    title: Patterns
    outline: Patterns
    study: Patterns
    articles: Patterns
    article_number: Patterns
    articles_in_sequence: int = Field(ge=2)
    articled_plan: Patterns
    public_notice: Patterns
    objection: Patterns
    public_notice_title: Patterns


class _News(_Model):
    opening: Patterns
    reported_form: Patterns
    byline: Patterns
    titled: Patterns
    full_text: Patterns
    reported_issue: Patterns
    own_plan: Patterns


class _Report(_Model):
    opening: Patterns
    report_any: Patterns
    work_done: Patterns
    progress_table: Patterns
    progress_column: Patterns
    evaluation: Patterns
    work_done_part: Patterns
    figure: Patterns
    findings_part: Patterns


class _Speech(_Model):
    title: Patterns
    address: Patterns


class _Reviews(_Model):
    inspection: Patterns
    performance: Patterns


class _Preamble(_Model):
    meeting: Patterns


class _Notice(_Model):
    issuing: Patterns
    attachment: Patterns
    arrangements: Patterns


class _Items(_Model):
    measure: Patterns
    owner_subject: Patterns
    part: Patterns
    section_part: Patterns
    heading: Patterns
    closed_part: Patterns
    run_in_heading: Patterns
    closing_part: Patterns
    whole_end: Patterns
    plan_end: Patterns
    cut_mark: Patterns
    announced: Patterns
    number: Patterns
    begun: Patterns
    contents_entry: Patterns


#: Where a pattern takes the file's ``basis`` (the verbs citing a name as a basis: 根据, 贯彻…).
BASIS = "{basis}"


class RefusalsFile(_Model):
    opening_lines: int = Field(ge=1)
    basis: str
    issued: Patterns
    cited: Patterns

    @field_validator("basis")
    @classmethod
    def _basis_compiles(cls, value: str) -> str:
        return valid_pattern(value)
    issuing_title: Patterns
    interpretation: _Interpretation
    writing: _Writing
    other_kind: _OtherKind
    news: _News
    report: _Report
    notice: _Notice
    items: _Items
    speech: _Speech
    reviews: _Reviews
    preamble: _Preamble

    @model_validator(mode="before")
    @classmethod
    def _with_basis(cls, data: object) -> object:
        """``cited``, ``news.reported_form`` and ``news.reported_issue`` with the file's ``basis`` written in for
        ``{basis}``: one list of the verbs citing a name as a basis, for the rule naming a line's plan and the ones
        telling a report."""
        if not isinstance(data, dict) or not isinstance(data.get("basis"), str):
            return data
        basis = data["basis"]
        data = dict(data, cited=[p.replace(BASIS, basis) for p in data.get("cited", [])])
        news = data.get("news")
        if isinstance(news, dict):
            data["news"] = dict(news, **{key: [p.replace(BASIS, basis) for p in news.get(key, [])]
                                         for key in ("reported_form", "reported_issue")})
        return data
