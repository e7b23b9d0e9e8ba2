"""``diff`` warns when the local plan cites another national plan than the one given as NATIONAL
(pilotplans/diff/citation.py): 海南's and 成都's plans cite 国函〔2020〕111号, the 2020 round's approval."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff.citation import citation_note
from pilotplans.diff.models import DocumentRef

CHENGDU = Path(__file__).parent / "fixtures" / "plans" / "chengdu-2020-tasks.txt"


def run(curated, *args: str):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def _cites_2020(local: str, national: str, given: str) -> str:
    return (f"warning: {local} cites 国函〔2020〕111号 (the approval of 全面深化服务贸易创新发展试点, 2020) as the plan it "
            f"carries out, not {national} ({given}): the links say only how alike the measures of {local} are to "
            f"those of {national}, not what it did with them\n")


def test_a_stored_plan_citing_the_next_round_s_approval_is_warned_of_naming_both_numbers(curated):
    result = run(curated, "diff", "national-2018", "hainan-2020", "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, _cites_2020("hainan-2020", "national-2018", "国函〔2018〕79号"))


def test_a_file_read_on_the_fly_citing_another_plan_is_warned_of(curated):
    result = run(curated, "diff", "national-2018", str(CHENGDU), "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, _cites_2020("chengdu-2020", "national-2018", "国函〔2018〕79号"))


def test_a_national_plan_printing_no_number_is_named_by_its_round_beside_the_programmes_note(curated):
    result = run(curated, "diff", "national-2025", "hainan-2020", "-f", "csv")
    assert result.stderr.splitlines()[0] + "\n" == _cites_2020(
        "hainan-2020", "national-2025", "the 2025 round of 服务业扩大开放综合试点")
    assert result.stderr.splitlines()[1].startswith("note: national-2025 (service-opening) and hainan-2020 (service-trade)")


def test_a_plan_citing_the_national_plan_s_own_number_is_quiet(curated):
    result = run(curated, "diff", "national-2020", "hainan-2020", "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_plan_citing_no_number_is_quiet(curated):
    # xiamen-2020's extraction is its attachment table alone: no preamble, no 文号 cited
    result = run(curated, "diff", "national-2018", "xiamen-2020", "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, "")


NATIONAL_2020_ATTACHMENT = DocumentRef(id="national-2020", level="national", programme="service-trade", round=2020)


def _local(cited: str | None) -> DocumentRef:
    return DocumentRef(id="chengdu-2020", level="municipal", region="成都", parent_doc_no=cited)


@pytest.mark.parametrize("cited", ["国函〔2020〕111号", "國函［２０２０］111號"])
def test_a_national_plan_without_its_own_number_is_the_one_its_round_s_approval_cited_names(cited):
    assert citation_note(NATIONAL_2020_ATTACHMENT, _local(cited)) is None


def test_a_province_s_number_cited_says_nothing_of_the_national_plan():
    # a city's plan carrying out its province's plan, which carries out the national one
    assert citation_note(NATIONAL_2020_ATTACHMENT, _local("川府发〔2020〕25号")) is None


def test_a_national_plan_of_no_known_number_or_round_cannot_be_told_apart_and_is_quiet():
    unknown = DocumentRef(id="national-x", level="national")
    assert citation_note(unknown, _local("国函〔2020〕111号")) is None


def test_a_national_plan_given_as_local_s_parent_number_by_another_round_is_warned_of_by_its_round():
    national_2018 = DocumentRef(id="national-2018", level="national", programme="service-trade", round=2018)
    assert citation_note(national_2018, _local("国函〔2020〕111号")) == _cites_2020(
        "chengdu-2020", "national-2018", "the 2018 round of 深化服务贸易创新发展试点").rstrip("\n")


def test_a_plan_given_as_national_that_is_a_province_s_is_not_checked():
    hainan = DocumentRef(id="hainan-2020", level="provincial", region="海南", doc_no="琼商服〔2020〕150号")
    assert citation_note(hainan, _local("国函〔2020〕111号")) is None


# The reader keeps the first 文号 a preamble cites, and a preamble may cite a policy before the plan it carries
# out (tests/fixtures/prose-blind/sanming-2025-goals-before-tasks.txt: 国办发〔2015〕46号, a guiding opinion, then
# the approval 国函〔2025〕40号): a central 文号 no round approves is not told to be another plan.
def test_a_policy_cited_before_the_national_plan_s_approval_is_not_warned_of_as_another_plan(curated, tmp_path):
    text = CHENGDU.read_text(encoding="utf-8").replace(
        "根据《国务院关于同意", "根据《国务院关于加快发展服务贸易的若干意见》（国发〔2015〕8号）和《国务院关于同意", 1)
    assert "（国发〔2015〕8号）和《国务院关于同意全面深化" in text
    policy_first = tmp_path / "chengdu-2020-tasks.txt"
    policy_first.write_text(text, encoding="utf-8")
    result = run(curated, "diff", "national-2020", str(policy_first), "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_central_number_of_no_round_cited_by_a_plan_linked_to_national_is_quiet():
    linked = _local("国发〔2015〕8号").model_copy(update={"parent": "national-2020"})
    assert citation_note(NATIONAL_2020_ATTACHMENT, linked) is None


def test_a_central_number_of_no_round_cited_by_a_plan_linked_to_another_plan_is_warned_of_without_a_round():
    lingang = DocumentRef(id="lingang-2021", level="municipal", region="上海", parent="lingang-2019",
                          parent_doc_no="国发〔2019〕15号")
    assert citation_note(NATIONAL_2020_ATTACHMENT, lingang) == (
        "warning: lingang-2021 cites 国发〔2019〕15号 as the plan it carries out, not national-2020 (the 2020 round of "
        "全面深化服务贸易创新发展试点): the links say only how alike the measures of lingang-2021 are to those of "
        "national-2020, not what it did with them")


def test_the_warning_names_an_id_with_spaces_in_quotes():
    spaced = _local("国函〔2020〕111号").model_copy(update={"id": "chengdu 2020 tasks"})
    national_2018 = DocumentRef(id="national-2018", level="national", programme="service-trade", round=2018)
    assert citation_note(national_2018, spaced) == (
        "warning: 'chengdu 2020 tasks' cites 国函〔2020〕111号 (the approval of 全面深化服务贸易创新发展试点, 2020) as the plan "
        "it carries out, not national-2018 (the 2018 round of 深化服务贸易创新发展试点): the links say only how alike the "
        "measures of 'chengdu 2020 tasks' are to those of national-2018, not what it did with them")
