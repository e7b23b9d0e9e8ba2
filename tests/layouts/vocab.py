"""The generator's wording (``vocab.toml``), loaded once and checked when loaded."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

VOCAB_FILE = Path(__file__).with_name("vocab.toml")

LABEL_ROLES = ("heading", "number", "text", "responsibility", "lead", "cooperating", "deadline", "superior",
               "remarks", "scope", "leader")
"""Every column role the generator prints, each with its printed labels in ``[labels]``."""


@dataclass(frozen=True)
class Vocab:
    labels: dict[str, tuple[str, ...]]
    lead_labels: tuple[str, ...]
    cooperating_labels: tuple[str, ...]
    deadline_labels: tuple[str, ...]
    leader_labels: tuple[str, ...]
    task_sections: tuple[str, ...]
    general_section: str
    safeguard_section: str
    intro: tuple[str, ...]
    general: tuple[tuple[str, str], ...]
    safeguards: tuple[tuple[str, str], ...]
    deadlines: tuple[str, ...]
    leaders: tuple[str, ...]
    remarks: tuple[str, ...]
    scopes: tuple[str, ...]
    running_titles: tuple[str, ...]
    cover: dict[str, tuple[str, ...]]
    """The covering notice's wording, by part (``doc_numbers``, ``issuers``, ``addressees``, ``issuing``
    (each with ``{title}``), ``dates``, ``public_notes``, ``attachment``)."""
    site: dict[str, tuple[str, ...]]
    """A government site's page chrome, by part (:data:`SITE_PARTS`)."""
    division: dict[str, tuple[str, ...]]
    """A prose plan's table of its tasks and owners (division_table), by part (``titles``, ``task_labels``,
    ``attachment_line``, the last with ``{title}``)."""


def _words(table: dict, key: str, where: str) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{VOCAB_FILE.name}: [{where}] {key} must be a non-empty list of non-empty strings")
    return tuple(value)


def _pairs(table: dict, key: str, where: str) -> tuple[tuple[str, str], ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) and s for s in p) for p in value
    ):
        raise ValueError(f"{VOCAB_FILE.name}: [{where}] {key} must be a non-empty list of [title, text] pairs")
    return tuple((p[0], p[1]) for p in value)


def _word(table: dict, key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"{VOCAB_FILE.name}: [{where}] {key} must be a non-empty string")
    return value


def parse_vocab(data: dict) -> Vocab:
    """The vocabulary in ``data`` (a parsed ``vocab.toml``); ValueError naming the first bad entry."""
    labels, prose, values = data.get("labels", {}), data.get("prose", {}), data.get("values", {})
    unknown = set(labels) - set(LABEL_ROLES)
    if unknown:
        raise ValueError(f"{VOCAB_FILE.name}: [labels] has unknown roles {sorted(unknown)}")
    return Vocab(
        labels={role: _words(labels, role, "labels") for role in LABEL_ROLES},
        lead_labels=_words(prose, "lead_labels", "prose"),
        cooperating_labels=_words(prose, "cooperating_labels", "prose"),
        deadline_labels=_words(prose, "deadline_labels", "prose"),
        leader_labels=_words(prose, "leader_labels", "prose"),
        task_sections=_words(prose, "task_sections", "prose"),
        general_section=_word(prose, "general_section", "prose"),
        safeguard_section=_word(prose, "safeguard_section", "prose"),
        intro=_words(prose, "intro", "prose"),
        general=_pairs(prose, "general", "prose"),
        safeguards=_pairs(prose, "safeguards", "prose"),
        deadlines=_words(values, "deadlines", "values"),
        leaders=_words(values, "leaders", "values"),
        remarks=_words(values, "remarks", "values"),
        scopes=_words(values, "scopes", "values"),
        running_titles=_words(values, "running_titles", "values"),
        cover=_cover(data.get("cover", {})),
        site={name: _words(data.get("site", {}), name, "site") for name in SITE_PARTS},
        division=_division(data.get("division", {})),
    )


SITE_PARTS = ("navigation", "breadcrumb", "index_numbers", "publishers", "dates", "subjects", "footer")


COVER_PARTS = ("doc_numbers", "issuers", "addressees", "issuing", "dates", "public_notes")


def _cover(table: dict) -> dict[str, tuple[str, ...]]:
    parts = {name: _words(table, name, "cover") for name in COVER_PARTS}
    if not all("{title}" in sentence for sentence in parts["issuing"]):
        raise ValueError(f"{VOCAB_FILE.name}: [cover] issuing must name the plan as {{title}} in every sentence")
    return {**parts, "attachment": (_word(table, "attachment", "cover"),)}


def _division(table: dict) -> dict[str, tuple[str, ...]]:
    line = _word(table, "attachment_line", "division")
    if "{title}" not in line:
        raise ValueError(f"{VOCAB_FILE.name}: [division] attachment_line must name the table as {{title}}")
    return {"titles": _words(table, "titles", "division"), "task_labels": _words(table, "task_labels", "division"),
            "attachment_line": (line,)}


@cache
def load_vocab() -> Vocab:
    with VOCAB_FILE.open("rb") as handle:
        return parse_vocab(tomllib.load(handle))
