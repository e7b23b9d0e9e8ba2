"""The HTML report's words for what the two plans are (round 55). Its legend, its relations' help (the filters' and the
badges' tooltips), its owners and region marks and its headers were worded for a local plan and the plan above it, the
labels swapped in: two rounds read "derived from the 2018 measure", "did the 2018 cell name the 2020 region?", and peers
— two plans implementing one plan, neither derived from the other — "xiamen-2020 / derived plan", "a hainan-2020 measure
the xiamen-2020 plan did not take up". A rounds diff is now worded by the earlier and the later round, peers by each
plan's id; a local plan against the plan above it keeps its words. And two plans both rounds of one plan and peers are
named by their rounds (rounds.pairing), as their relations and reasons are."""

from __future__ import annotations

import html
import json
import re

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff.models import DiffResult, DocumentRef
from pilotplans.diff.rounds import diff_result, pairing


@pytest.fixture(scope="module")
def pages(curated, tmp_path_factory) -> dict[str, str]:
    """The report of each kind of pair of the bundled plans: two rounds, peers, a local plan and the plan above it."""
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for name, first, second in (("rounds", "national-2018", "national-2020"), ("peers", "hainan-2020", "xiamen-2020"),
                                ("local", "national-2020", "xiamen-2020")):
        path = folder / f"{name}.html"
        result = CliRunner().invoke(app, ["diff", first, second, "--html", str(path), "-f", "csv",
                                          "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
        assert result.exit_code == 0, result.output
        out[name] = path.read_text("utf-8")
    return out


def relation_help(page: str) -> dict[str, str]:
    """Each relation's help, as its filter's tooltip gives it."""
    return {relation: html.unescape(said)
            for relation, said in re.findall(r'<label class="filter rel-(\w+)" title="([^"]*)"', page)}


def badge_help(page: str) -> set[str]:
    """Every tooltip of a link's relation badge."""
    return {html.unescape(said) for said in re.findall(r'<span class="badge" title="([^"]*)"', page)}


def marks(page: str) -> set[str]:
    """The tooltips of the owners and region marks of the links."""
    return {html.unescape(said) for said in re.findall(r'<span class="(?:own-\w+|region)" title="([^"]*)"', page)}


def legend(page: str) -> str:
    found = re.search(r'<div class="legend">(.*?)</div>', page)
    assert found is not None
    return html.unescape(re.sub(r"</?(?:del|ins)>", "", found.group(1)))


def roles(page: str) -> list[str]:
    return [html.unescape(role) for role in re.findall(r'<div class="role">([^<]*)</div>', page)]


def empty_sides(page: str) -> set[str]:
    return {html.unescape(said) for said in re.findall(r'<section class="side \w+ empty">([^<]*)</section>', page)}


ROUNDS_HELP = {
    "same": "the later round's measure is the earlier round's, scope phrases and small wording aside",
    "adapted": "carried over from the earlier round's measure, but narrowed, extended or partly changed",
    "merged": "the later round's measure combines several of the earlier round's (one row per source)",
    "split": "several measures of the later round each carry a part of the earlier round's",
    "added": "a measure new in the later round, with no source in the earlier one",
    "dropped": "a measure of the earlier round the later round did not take up",
}

PEERS_HELP = {
    "same": "xiamen-2020's measure is hainan-2020's, scope phrases and small wording aside",
    "adapted": "xiamen-2020's measure is like hainan-2020's, but narrower, wider or partly different",
    "merged": "xiamen-2020's measure combines several of hainan-2020's (one row per measure of hainan-2020)",
    "split": "several measures of xiamen-2020 each carry a part of hainan-2020's",
    "local": "a measure of xiamen-2020 that no measure of hainan-2020 carries",
    "dropped": "a measure of hainan-2020 that no measure of xiamen-2020 carries",
}

LOCAL_HELP = {
    "same": "the local measure is the national one, scope phrases and small wording aside",
    "adapted": "derived from the national measure, but narrowed, extended or partly changed",
    "merged": "the local measure combines several national ones (one row per source)",
    "split": "several local measures each carry a part of the national one",
    "local": "a local addition with no national source",
    "dropped": "a national measure the local plan did not take up",
}


def test_two_rounds_relations_are_helped_in_the_words_of_the_earlier_and_later_round(pages):
    assert relation_help(pages["rounds"]) == ROUNDS_HELP


def test_two_rounds_badges_say_the_same_help(pages):
    # national-2018 → national-2020 has no `same` link: every other relation's help is on a badge
    assert badge_help(pages["rounds"]) == set(ROUNDS_HELP.values()) - {ROUNDS_HELP["same"]}


def test_two_rounds_owners_and_region_marks_name_the_rounds(pages):
    assert marks(pages["rounds"]) == {"do the later round's owners correspond to the earlier round's?",
                                      "did the earlier round's cell name the later round's region?"}


def test_two_rounds_legend_names_the_earlier_and_the_later_round(pages):
    assert legend(pages["rounds"]) == (
        "Within linked measures: deleted = in the earlier round's (2018) text only, inserted = in the later round's "
        "(2020) text only (whitespace ignored). Each measure number links to its place in the source.")


def test_two_rounds_headers_and_empty_sides(pages):
    assert (roles(pages["rounds"]), empty_sides(pages["rounds"])) == (
        ["earlier round", "later round"], {"no source in national-2018", "not taken up by national-2020"})


def test_peers_relations_are_helped_by_each_plan_s_id(pages):
    assert relation_help(pages["peers"]) == PEERS_HELP


def test_peers_badges_say_the_same_help(pages):
    assert badge_help(pages["peers"]) == set(PEERS_HELP.values())


def test_peers_owners_and_region_marks_name_each_plan(pages):
    assert marks(pages["peers"]) == {"do xiamen-2020's owners correspond to hainan-2020's?",
                                     "did hainan-2020's cell name xiamen-2020's region?"}


def test_peers_legend_names_each_plan(pages):
    assert legend(pages["peers"]) == (
        "Within linked measures: deleted = in hainan-2020's text only, inserted = in xiamen-2020's text only "
        "(whitespace ignored). Each measure number links to its place in the source.")


def test_peers_are_headed_as_two_plans_implementing_one_neither_derived(pages):
    assert roles(pages["peers"]) == ["hainan-2020 / one plan implementing national-2020",
                                     "xiamen-2020 / another plan implementing national-2020"]


def test_peers_one_sided_measures_have_no_counterpart_not_no_source(pages):
    assert empty_sides(pages["peers"]) == {"no counterpart in hainan-2020", "no counterpart in xiamen-2020"}
    assert "<summary>1 measure of hainan-2020 carried by no measure of xiamen-2020: " in pages["peers"]


def test_a_local_plan_s_report_keeps_its_words(pages):
    # near miss: xiamen-2020 against the plan it implements
    page = pages["local"]
    assert (relation_help(page), marks(page), roles(page), empty_sides(page)) == (
        LOCAL_HELP, {"do the local owners correspond to the national ones?",
                     "did the national cell name the local region?"},
        ["national / source plan", "local / derived plan"],
        {"no source in national-2020", "not taken up by xiamen-2020"})
    assert legend(page).startswith("Within linked measures: deleted = in the national text only, inserted = in the "
                                   "local text only (whitespace ignored).")
    assert "<summary>1 national measure not taken up by xiamen-2020: " in page


# ----------------------------------------------------------------------------- rounds before peers
# Two rounds of one plan both linked to one parent (a province's plans of two rounds, both recorded as implementing
# national-2020) are peers too; the later round is the earlier one's successor: its new measures are `added` and its
# reasons speak of the earlier round, so its sides are named by the rounds, not by the ids as peers'.

HAINAN = dict(level="provincial", region="海南", programme="service-trade", parent="national-2020")


def test_two_rounds_of_one_plan_implementing_one_plan_are_named_by_their_rounds():
    earlier, later = DocumentRef(id="hainan-2020", round=2020, **HAINAN), DocumentRef(id="hainan-2023", round=2023, **HAINAN)
    result = diff_result(earlier, later, ())
    assert (pairing(earlier, later), result.rounds, result.relations[-2:], result.side_labels()) == (
        "rounds", True, ("added", "dropped"), ("2020", "2023"))


def test_two_national_rounds_recorded_under_one_parent_are_named_by_their_rounds():
    kept = dict(level="national", programme="service-trade", parent="national-2016")
    result = DiffResult(national=DocumentRef(id="national-2018", round=2018, **kept),
                        local=DocumentRef(id="national-2020", round=2020, **kept), links=())
    assert (result.pairing, result.side_labels()) == ("rounds", ("2018", "2020"))


def test_peers_of_two_rounds_of_two_places_stay_peers():
    # near miss: one parent, one level, two rounds, but two places: no rounds of one plan
    first = DocumentRef(id="hainan-2020", round=2020, **HAINAN)
    second = DocumentRef(id="shanghai-2023", round=2023, **{**HAINAN, "region": "上海"})
    assert (pairing(first, second), DiffResult(national=first, local=second, links=()).side_labels()) == (
        "peers", ("hainan-2020", "shanghai-2023"))


# ----------------------------------------------------------------------------- the lineage's ends
# A lineage's step to a plan of another programme (national-2020 → national-2025) is no diff of two rounds: its dropped
# measures' reason was the local plan's "no local measure takes it up", on the HTML's badge and in the JSONL.

def lineage_reasons(curated, *rounds: str) -> dict[str, set[str]]:
    """Each step's reasons in the lineage's JSONL, of ``rounds``."""
    args = [arg for r in rounds for arg in ("-r", r)]
    result = CliRunner().invoke(app, ["lineage", *args, "-f", "jsonl", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    found: dict[str, set[str]] = {}
    for line in result.stdout.splitlines():
        record = json.loads(line)
        for step, reason in zip(record["steps"], record["reasons"]):
            if step is not None:
                found.setdefault(step, set()).add(reason)
    return found


def test_a_lineage_into_a_plan_of_another_programme_ends_a_path_in_its_own_words(curated):
    assert lineage_reasons(curated, "national-2020", "national-2025")["dropped"] == {"the next round does not take it up"}


def test_a_lineage_of_two_rounds_ends_a_path_in_the_same_words(curated):
    assert lineage_reasons(curated, "national-2018", "national-2020")["dropped"] == {"the next round does not take it up"}


def test_a_lineage_step_with_both_measures_keeps_the_diff_s_reason(curated):
    # near miss: a carried-on path's reason says what changed, which the step's name does not
    assert "national-2018 #3 is split over national-2020 59, 61; this part adds “推动我国医疗健康服务特别是中医药服务出口”" in (
        lineage_reasons(curated, "national-2018", "national-2020")["split"])
