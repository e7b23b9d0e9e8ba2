"""Which plan a title names: the matter a plan's title, its approval's or its notice's speaks of.

A local plan cites the national plan it carries out by 文号 (国函〔2020〕111号) or by a title alone: 武汉's plan
carries out 《全面深化服务贸易创新发展试点总体方案》 and prints no 文号. The store may keep that plan under its approval's
title (国务院关于同意深化服务贸易创新发展试点的批复) or its attachment's (全面深化服务贸易创新发展试点任务、具体举措及
责任分工). :func:`title_matter` reads any of these down to the matter it names (全面深化服务贸易创新发展试点): the
wrapping words of an approval or a notice (关于同意 … 的批复, 关于印发《…》的通知) and the kind of document it ends
with (总体方案, 任务、具体举措及责任分工) taken off, as ``data/plan_titles.toml`` lists them. Two titles naming one
matter name one plan; a title naming a policy (《国务院关于加快发展服务贸易的若干意见》) keeps its words and names
only itself.

:func:`cited_plans` gives the plans among a store's that a document's citations name, in the order cited: by the
文号 a citation prints where it prints one (the 文号 decides: a title beside another plan's 文号 names that plan),
else by the matter of its title, where one plan alone has it.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from pilotplans import textutil
from pilotplans.cachedir import code_as_imported
from pilotplans.doc_numbers import same_doc_no
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled

FILE = "plan_titles.toml"


class Cites(Protocol):
    """A citation: a title in 《》, a 文号, or both (:class:`pilotplans.schema.models.Citation`)."""

    @property
    def title(self) -> str | None: ...

    @property
    def doc_no(self) -> str | None: ...


class Titled(Protocol):
    """A stored plan as citations name it: its id, title and 文号."""

    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str | None: ...

    @property
    def doc_no(self) -> str | None: ...


P = TypeVar("P", bound=Titled)


@dataclass(frozen=True)
class Cited:
    """A document a text cites: its title in 《》, its 文号, or both."""

    title: str | None = None
    doc_no: str | None = None


def with_parent_number(citations: Sequence[Cites], parent_doc_no: str | None) -> list[Cites]:
    """``citations`` with ``parent_doc_no`` (the 文号 the reader takes for the parent's) first where none of them
    prints it: a document stored before its citations were kept has that 文号 alone."""
    cited = list(citations)
    if parent_doc_no and not any(c.doc_no and same_doc_no(c.doc_no, parent_doc_no) for c in cited):
        cited.insert(0, Cited(doc_no=parent_doc_no))
    return cited


@dataclass(frozen=True)
class TitleWords:
    """The words of ``data/plan_titles.toml``: what wraps a plan's title and the kinds of document it ends with."""

    wrapping_opens: tuple[str, ...]
    forwarding: tuple[str, ...]
    issuing_after: tuple[str, ...]
    wrapping_ends: tuple[str, ...]
    approving_verbs: tuple[str, ...]
    approval_ends: tuple[str, ...]
    plan_kinds: tuple[str, ...]
    least: int


@functools.cache
def title_words() -> TitleWords:
    """The words of ``data/plan_titles.toml``, read and checked once (and kept in the cache folder)."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("plan_titles", FILE, _CODE, read_title_words, TitleWords)


def read_title_words(text: str) -> TitleWords:
    """``plan_titles.toml`` given as ``text``, checked (a one-line error naming the file and the key): no empty word,
    and the matter's least length a positive number."""
    from pydantic import BaseModel, ConfigDict, Field, field_validator

    from pilotplans.errors import validated_data_file
    from pilotplans.textutil import longest_first

    class _File(BaseModel):
        model_config = ConfigDict(extra="forbid")

        wrapping_opens: list[str]
        forwarding: list[str]
        issuing_after: list[str]
        wrapping_ends: list[str]
        approving_verbs: list[str]
        approval_ends: list[str]
        plan_kinds: list[str]
        least: int = Field(gt=0)

        @field_validator("wrapping_opens", "forwarding", "issuing_after", "wrapping_ends", "approving_verbs",
                         "approval_ends", "plan_kinds")
        @classmethod
        def _no_empty_word(cls, words: list[str]) -> list[str]:
            if not words or any(not word.strip() for word in words):
                raise ValueError("every list holds words, none empty")
            return words

    data = validated_data_file(_File, text, FILE)
    return TitleWords(tuple(longest_first(data.wrapping_opens)), tuple(data.forwarding), tuple(data.issuing_after),
                      tuple(longest_first(data.wrapping_ends)), tuple(longest_first(data.approving_verbs)),
                      tuple(data.approval_ends), tuple(longest_first(data.plan_kinds)), data.least)


def title_least() -> int:
    """The fewest characters a plan's whole title has (a local plan's title ending with it names it, ingest/parents.py):
    a matter of the least length a matter keeps (``least``) and the shortest kind of plan after it (方案) — one figure,
    so that a title long enough to name a plan has a matter long enough to name one."""
    words = title_words()
    return words.least + min(map(len, words.plan_kinds))


_QUOTES = str.maketrans("", "", "《》〈〉<>")


def title_key(title: str) -> str:
    """``title`` as two printings of it compare: in simplified characters and half-width forms (中国(湖北) is
    中国（湖北）), without spaces, 《》 or the 〈〉 (or ASCII <>) a title quoted inside another prints for its own 《》
    (《国务院关于落实〈政府工作报告〉…》 cites 国务院关于落实《政府工作报告》…). The task list compares a plan's title
    printed again over its later items (a running header) with its first printing so too."""
    return "".join(fold(unicodedata.normalize("NFKC", title)).split()).translate(_QUOTES)


def unwrapped(title: str, *, forwarded: bool = True) -> str:
    """``title`` as :func:`title_key` compares it, without the words an approval or a notice wraps a plan's title in
    (国务院关于同意 … 的批复, …关于印发 … 的通知, 浙江省人民政府印发 … 的通知: the plan's title as the notice issues it; the
    wrapping word printed first opens it); a title no wrapping end closes (关于贯彻落实《…》的实施意见) as it is. With
    ``forwarded`` false, a notice forwarding another body's document (关于转发《国务院关于印发…的通知》的通知) keeps its
    own title: it issues no plan of its own but carries out the one it forwards."""
    words = title_words()
    text = title_key(title)
    end = next((word for word in words.wrapping_ends if text.endswith(word)), None)
    if end is not None:
        opened = min(((at, -len(word), word) for word in words.wrapping_opens if (at := text.find(word)) >= 0),
                     default=None)
        if opened is not None and (forwarded or not any(verb in opened[2] for verb in words.forwarding)):
            text = text[opened[0] + len(opened[2]):len(text) - len(end)]
    return text


# The years a plan's title may close with in brackets (…总体方案（2020年）, …行动计划（2023—2025年）), half-width as
# :func:`title_key` prints them: the plan's period, which the same plan cited or stored without it does not print, so
# the matter is read without it. A bracket saying more than years (（2020-2024年试行）) is kept.
_PERIOD_CLOSING = compiled(r"\((?:19|20)\d{2}(?:[-—–~～至](?:(?:19|20)\d{2}|\d{2}))?年?\)$")
_FIGURES = compiled(r"\d+")


@functools.lru_cache(maxsize=4096)
def title_matter(title: str | None) -> str | None:
    """The matter ``title`` names (see the module docstring), in simplified characters without spaces or 《》, nor the
    years its plan's period closes it with in brackets (:data:`_PERIOD_CLOSING`), nor the verb an approval opens its
    matter with (关于同意开展服务贸易创新发展试点的批复: ``approving_verbs``); None
    when it keeps fewer than the least characters (a title reading down to 试点 names no plan)."""
    if not title:
        return None
    words = title_words()
    text = _PERIOD_CLOSING.sub("", unwrapped(title))
    verb = next((word for word in words.approving_verbs if text.startswith(word) and len(text) > len(word)), None)
    if verb is not None:
        text = text[len(verb):]
    kind = next((word for word in words.plan_kinds if text.endswith(word) and len(text) > len(word)), None)
    if kind is not None:
        text = text[:-len(kind)]
    return text if len(text) >= words.least else None


def is_approval(title: str | None) -> bool:
    """Whether ``title`` is an approval's (国务院关于同意开展服务贸易创新发展试点的批复: ``approval_ends``), which names its
    plan's matter but is the approval, not the plan."""
    return bool(title) and title_key(title or "").endswith(title_words().approval_ends)


def title_period(title: str | None) -> tuple[int, ...] | None:
    """The years of the period ``title`` closes with in brackets (…实施方案（2023—2025年）: (2023, 2025); a year cut to
    its last two figures, （2023-25年）, read in its first year's century), or None where it prints none."""
    found = _PERIOD_CLOSING.search(unwrapped(title)) if title else None
    if found is None:
        return None
    years = [int(figures) for figures in _FIGURES.findall(found[0])]
    return tuple(year if year >= 100 else years[0] // 100 * 100 + year for year in years)


def same_matter(title: str | None, other: str | None) -> bool:
    """Whether two titles name one plan by their matter (:func:`title_matter`): the same matter, and the same period
    where both print one — a title printing its period names the plan printed without it, but two periods of one
    matter (…三年行动计划（2018—2020年）, …（2021—2023年）) are two plans, one following the other."""
    matter = title_matter(title)
    if matter is None or matter != title_matter(other):
        return False
    periods = title_period(title), title_period(other)
    return None in periods or periods[0] == periods[1]


def names_plan(citation: Cites, plan: Titled) -> bool:
    """Whether ``citation`` names ``plan``: by its 文号 where it prints one, else by its title's matter (and period:
    :func:`same_matter`)."""
    if citation.doc_no:
        return bool(plan.doc_no) and same_doc_no(citation.doc_no, plan.doc_no or "")
    return same_matter(citation.title, plan.title)


def cited_plans(citations: Sequence[Cites], plans: Sequence[P]) -> list[P]:
    """The plans of ``plans`` that ``citations`` name, each once, in the order first cited; a title several plans
    share (two rounds' plans of one title) names none of them."""
    found: dict[str, P] = {}
    for citation in citations:
        named = [plan for plan in plans if names_plan(citation, plan)]
        if len(named) == 1 or (citation.doc_no and named):
            found.update((plan.id, plan) for plan in named if plan.id not in found)
    return list(found.values())


#: This module and the one ordering its words (``textutil.longest_first``), as imported: what the
#: kept words of its data file are keyed by.
_CODE = code_as_imported(__file__, textutil.__file__)  # the module imported, source or not
