"""What a policy researcher's afternoon with the CLI found (round 51), and the four leftovers of round 50: `documents`
showed no programme or parent; a place named where an id is asked named its own plans and not those of the places in
it, and nothing at all of a place with none; lineage listed a plan of no known programme among each programme's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app

FIXTURES = Path(__file__).parent / "fixtures"

#: the plans stored beside the bundled five: 武汉's 2020 plan (linked to national-2020 by the title it cites), a
#: district of 武汉's notice (蔡甸区), 哈尔滨's 2020 service-trade plan and 合肥's 2025 service-opening plan (both excerpts
#: linked to no national plan)
WIDER = [FIXTURES / "plans" / "wuhan-2020-tasks.txt",
         FIXTURES / "issuer-place" / "caidian-2023-district-office-title-without-place-signed-in-full.txt",
         FIXTURES / "plans" / "harbin-table-leader.docx",
         FIXTURES / "plans" / "hefei-convention-first-lead.txt"]
CAIDIAN = "caidian-2023-district-office-title-without-place-signed-in-full"


def run(url: str, *args: str, columns: int = 160):
    return CliRunner().invoke(app, [*args, "--db", url], env={"COLUMNS": str(columns)})


@pytest.fixture(scope="module")
def wider(curated, tmp_path_factory) -> str:
    """The bundled documents' database with the four plans of :data:`WIDER` stored in it (``extract --db``), as a URL."""
    path = tmp_path_factory.mktemp("wider") / "pilotplans.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    url = f"sqlite:///{path}"
    stored = CliRunner().invoke(app, ["extract", *map(str, WIDER), "--db", url, "-f", "jsonl"])
    assert stored.exit_code == 0, stored.output
    return url


def bundled(curated) -> str:
    return f"sqlite:///{curated / 'pilotplans.db'}"


# ----------------------------------------------------------------------------- documents: programme and parent

def test_the_documents_listing_names_each_plan_s_programme_and_the_national_plan_it_implements(curated):
    # a researcher could not see which national plan a local plan implements, nor which programme a plan is of
    result = run(bundled(curated), "documents", "-f", "csv")
    rows = [line.split(",")[:6] for line in result.stdout.lstrip("\ufeff").splitlines()]
    assert rows == [
        ["id", "level", "region", "programme", "round", "parent"],
        ["hainan-2020", "provincial", "海南", "service-trade", "2020", "national-2020"],
        ["national-2018", "national", "", "service-trade", "2018", ""],
        ["national-2020", "national", "", "service-trade", "2020", ""],
        ["national-2025", "national", "", "service-opening", "2025", ""],
        ["xiamen-2020", "municipal", "厦门", "service-trade", "2020", "national-2020"]]


def test_a_plan_linked_to_no_national_plan_lists_no_parent(wider):
    # near miss: 蔡甸区's notice implements no stored plan and claims no programme: both are left empty, none guessed
    result = run(wider, "documents", "--level", "county", "-f", "csv")
    assert [line.split(",")[:6] for line in result.stdout.lstrip("\ufeff").splitlines()][1:] == [
        [CAIDIAN, "county", "蔡甸区", "", "", ""]]


# ----------------------------------------------------------------------------- a place named where an id is asked

def test_a_city_given_as_a_document_id_names_its_own_plan_and_those_of_the_places_in_it(wider):
    # -d 武汉 named wuhan-2020 alone, though a plan of 武汉's 蔡甸区 was stored
    result = run(wider, "measures", "-d", "武汉")
    assert result.exit_code == 1
    assert result.stderr.endswith(
        f"; 武汉 is a place: its plan is wuhan-2020, and the plan of the places in it is {CAIDIAN} (蔡甸区)\n")


def test_a_province_with_no_plan_of_its_own_names_the_plans_of_the_places_in_it(wider):
    result = run(wider, "measures", "-d", "湖北省")
    assert result.stderr.endswith(f"; 湖北省 is a place: no stored plan is its own, but the plans of the places in it "
                                  f"are {CAIDIAN} (蔡甸区), wuhan-2020 (武汉)\n")


def test_a_district_given_as_a_document_id_names_its_own_plan_alone(wider):
    # near miss: nothing is stored of a place inside 蔡甸区, and its city's plan is not inside it
    result = run(wider, "measures", "-d", "蔡甸区")
    assert result.stderr.endswith(f"; 蔡甸区 is a place: its plan is {CAIDIAN}\n")


def test_a_place_of_no_stored_plan_given_to_coverage_names_the_places_plans_are_of(wider):
    # coverage -l 南京 said only that no document has that id: nothing of which places have plans
    result = run(wider, "coverage", "-l", "南京")
    assert (result.exit_code, result.stderr) == (1, (
        f"error: no document with id 南京 in the database; it holds 9 documents ({CAIDIAN}, hainan-2020, "
        "harbin-table-leader, hefei-convention-first-lead, national-2018, national-2020, national-2025, wuhan-2020, …: see "
        "`pilotplans documents`); 南京 is a place no stored plan is of, nor of a place in it; stored plans are of 蔡甸区、"
        "海南、哈尔滨、合肥、武汉、厦门 (`pilotplans documents` lists them)\n"))


def test_a_place_of_a_stored_plan_given_to_coverage_names_its_plan(wider):
    result = run(wider, "coverage", "-l", "武汉市")
    assert result.stderr.endswith(
        f"; 武汉市 is a place: its plan is wuhan-2020, and the plan of the places in it is {CAIDIAN} (蔡甸区)\n")


def test_a_place_given_to_search_as_a_document_names_its_plan(wider):
    result = run(wider, "search", "数据", "-d", "厦门")
    assert result.stderr.endswith("; 厦门 is a place: its plan is xiamen-2020\n")


@pytest.mark.parametrize("name", ["nanjing-2020", "河东区"])
def test_an_id_naming_no_place_or_several_gets_the_ids_alone(wider, name):
    # near miss: nanjing-2020 names no place; 河东区 is 天津's and 临沂's (and more): neither is guessed
    result = run(wider, "coverage", "-l", name)
    assert (result.exit_code, result.stderr.endswith("see `pilotplans documents`)\n")) == (1, True)


# ----------------------------------------------------------------------------- plans of a round linked to none

def test_which_plans_took_up_a_national_measure_names_the_plans_of_its_round_linked_to_none(wider):
    # 哈尔滨's 2020 service-trade plan, linked to no national plan, was neither among those taking it up nor dropping it,
    # and nothing said so: the list read as every stored plan of the round
    result = run(wider, "measures", "--implements", "national-2020:76", "-f", "jsonl")
    assert result.stderr == (
        "note: national-2020:76 (探索跨境数据流动分类监管模式，开展数据…): taken up by hainan-2020 (same 72), xiamen-2020 "
        "(same 51); dropped by wuhan-2020; not counted, linked to no national plan though of its programme and round: "
        "harbin-table-leader (a manifest's parent links them)\n")


def test_the_coverage_of_one_national_plan_names_the_plans_of_its_round_linked_to_none(wider):
    result = run(wider, "coverage", "-n", "2020")
    assert result.stderr == (
        "note: harbin-table-leader, a plan of national-2020's programme and round (service-trade 2020), is linked to no "
        "national plan and left out of its coverage (a manifest's parent = \"national-2020\" links it)\n")


def test_a_national_plan_no_plan_implements_names_the_plan_of_its_round_linked_to_none(wider):
    result = run(wider, "coverage", "-n", "2025")
    assert (result.exit_code, result.stderr) == (1, (
        "error: no stored local plan implements national-2025 (hefei-convention-first-lead, of its programme and round, "
        "is linked to no national plan: `--national national-2025 --local hefei-convention-first-lead` compares it); "
        "name the plans with --national and --local\n"))


def test_a_national_plan_of_no_stored_plan_s_round_names_none(wider):
    # near miss: 哈尔滨's and 合肥's plans are of other rounds than 2018's
    result = run(wider, "coverage", "-n", "2018")
    assert result.stderr == ("error: no stored local plan implements national-2018; name the plans with --national "
                             "and --local\n")


def test_the_coverage_of_named_plans_says_nothing_of_the_others(wider):
    # near miss: -l names the plans the matrix covers; those it does not name are not its business
    result = run(wider, "coverage", "-n", "2020", "-l", "hainan-2020")
    assert (result.exit_code, result.stderr) == (0, "")


# ----------------------------------------------------------------------------- lineage: a plan of no known programme

def test_a_plan_of_no_known_programme_is_listed_apart_when_no_programme_has_rounds(national2018, national2020,
                                                                                    national2025):
    # one plan of no known programme beside one plan of each of two programmes: it was listed under each programme, so
    # "no programme has two national plans stored" was followed by two plans under each
    from pilotplans.diff.direction import programme_rounds
    from pilotplans.errors import PilotplansError

    unknown = national2018.model_copy(update={"id": "national-2017", "round": 2017, "programme": None})
    with pytest.raises(PilotplansError) as refused:
        programme_rounds([unknown, national2020, national2025])
    assert str(refused.value) == (
        "lineage follows measures from one round of a programme to the next, and no programme has two national plans "
        "stored (service-opening: national-2025; service-trade: national-2020; of no known programme: national-2017): a "
        "plan of another programme is no next round; name the plans with -r to compare them all the same")


def test_several_programmes_with_rounds_list_each_programme_s_own_plans(national2018, national2020, national2025):
    from pilotplans.diff.direction import programme_rounds
    from pilotplans.errors import PilotplansError

    later = national2025.model_copy(update={"id": "national-2026", "round": 2026})
    unknown = national2018.model_copy(update={"id": "national-2017", "round": 2017, "programme": None})
    with pytest.raises(PilotplansError) as refused:
        programme_rounds([unknown, national2018, national2020, national2025, later])
    assert str(refused.value) == (
        "lineage follows measures from one round of a programme to the next, and several programmes have rounds stored "
        "(service-opening: national-2025, national-2026; service-trade: national-2018, national-2020; of no known "
        "programme: national-2017): name one programme's plans with -r, oldest first")


# ----------------------------------------------------------------------------- an id mistyped among many

@pytest.fixture(scope="module")
def many(wider, tmp_path_factory) -> str:
    """:func:`wider`'s database with five more plans stored: eleven ids, more than an error lists whole."""
    path = tmp_path_factory.mktemp("many") / "pilotplans.db"
    shutil.copyfile(wider.removeprefix("sqlite:///"), path)
    url = f"sqlite:///{path}"
    more = [FIXTURES / "plans" / name for name in ("chengdu-2020-tasks.txt", "kunming-convention-others-assist.docx")]
    stored = CliRunner().invoke(app, ["extract", *map(str, more), "--db", url, "-f", "jsonl"])
    assert stored.exit_code == 0, stored.output
    return url


def test_an_id_given_short_among_many_names_the_stored_ids_holding_it(many):
    # -d wuhan listed the first eight ids alphabetically, wuhan-2020 not among them, and left the analyst to search
    result = run(many, "measures", "-d", "wuhan")
    assert result.stderr.endswith("see `pilotplans documents`); those like wuhan: wuhan-2020\n")


def test_an_id_of_another_round_among_many_names_the_ids_of_its_first_word(many):
    result = run(many, "diff", "national-2020", "Wuhan-2021")
    assert result.stderr.endswith("see `pilotplans documents`); those like Wuhan-2021: wuhan-2020\n")


@pytest.mark.parametrize("given", ["na", "zz-2020"])
def test_an_id_of_two_letters_or_of_a_first_word_no_id_has_names_none_alike(many, given):
    # near miss: "na" is inside hainan-2020 and national-2020 alike; no stored id begins with zz
    result = run(many, "measures", "-d", given)
    assert (result.exit_code, result.stderr.endswith("see `pilotplans documents`)\n")) == (1, True)


def test_a_place_given_to_diff_names_its_stored_plans(many):
    # diff national-2020 武汉 said only that no such file or id exists
    result = run(many, "diff", "national-2020", "武汉")
    assert result.stderr.endswith(
        f"; 武汉 is a place: its plan is wuhan-2020, and the plan of the places in it is {CAIDIAN} (蔡甸区)\n")


# ----------------------------------------------------------------------------- two rounds of one plan diffed

def test_a_diff_of_two_rounds_of_one_plan_says_what_added_and_dropped_count(curated):
    # national-2018 → national-2020 counted "111 local": a national plan's new measures read as a local plan's additions
    result = run(bundled(curated), "diff", "national-2018", "national-2020", "-f", "jsonl")
    assert result.stderr == (
        "note: national-2018 and national-2020 are two rounds of one national plan (round 2018 → round 2020): `added` "
        "counts the measures new in national-2020, `dropped` those of national-2018 it holds no more\n")


def test_a_diff_of_a_local_plan_against_its_national_plan_gets_no_rounds_note(curated):
    # near miss: levels differ — local is a local plan's own addition there
    result = run(bundled(curated), "diff", "national-2020", "hainan-2020", "-f", "jsonl")
    assert "two rounds" not in result.stderr


def test_two_national_plans_of_two_programmes_are_no_rounds_of_one_plan(national2020, national2025):
    # near miss: 2020 → 2025 crosses from service-trade into service-opening, which the unrelated note says
    from pilotplans.diff.compare import document_ref
    from pilotplans.diff.direction import rounds_note

    assert rounds_note(document_ref(national2020), document_ref(national2025)) is None


# ----------------------------------------------------------------------------- a lineage for a spreadsheet

def test_a_lineage_is_written_for_excel_one_path_a_row(curated, tmp_path):
    # -o lineage.xlsx and -o lineage.csv were refused: a lineage reached a spreadsheet only through JSONL
    import openpyxl

    out = tmp_path / "lineage.xlsx"
    result = run(bundled(curated), "lineage", "-m", "national-2020:59", "-o", str(out))
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(out)["lineage"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["national-2018:no.", "national-2018:heading", "national-2018:text", "national-2018 → national-2020",
                       "national-2018 → national-2020:reason", "national-2020:no.", "national-2020:heading",
                       "national-2020:text"]
    assert [row[0] for row in rows[1:]] == ["#3"]
    # split: #3's first item goes to 61 since diff53 (a further part of #3)
    assert rows[1][3:6] == ["split", rows[1][4], 59]
    assert rows[1][7].startswith("按照国家深化改革扩大开放新形势新要求")


def test_a_lineage_in_csv_holds_the_rows_of_its_jsonl(curated):
    import csv
    import io
    import json

    url = bundled(curated)
    table = list(csv.reader(io.StringIO(run(url, "lineage", "-f", "csv").stdout.lstrip("\ufeff"))))
    paths = [json.loads(line) for line in run(url, "lineage", "-f", "jsonl").stdout.splitlines()]
    assert len(table) == 1 + len(paths)
    assert [row[3] for row in table[1:]] == [path["steps"][0] for path in paths]


def test_a_path_that_starts_in_a_later_round_leaves_the_earlier_round_s_cells_empty(curated):
    # near miss: a measure new in 2020 has no 2018 measure: its cells are empty, not filled from another path
    import csv
    import io

    table = list(csv.reader(io.StringIO(run(bundled(curated), "lineage", "-f", "csv").stdout.lstrip("\ufeff"))))
    new = next(row for row in table[1:] if row[3] == "new")
    assert new[:3] == ["", "", ""] and new[5] != ""


def test_a_national_measure_no_linked_plan_took_up_names_the_plan_of_its_round_linked_to_none(wider):
    result = run(wider, "measures", "--implements", "2025:1")
    assert (result.exit_code, result.stderr) == (2, (
        "error: --implements 2025:1: national-2025: no stored local plan implements it; hefei-convention-first-lead, of "
        "its programme and round, is linked to no national plan (a manifest's parent links them) (the national plans "
        "stored local plans implement: national-2020)\n"))


def test_a_national_measure_of_a_round_no_stored_plan_is_of_names_none(wider):
    # near miss: no stored local plan is of 2018's round
    result = run(wider, "measures", "--implements", "2018:#1")
    assert result.stderr == ("error: --implements 2018:#1: national-2018: no stored local plan implements it (the "
                             "national plans stored local plans implement: national-2020)\n")


# ----------------------------------------------------------------------------- review: what makes two plans rounds of one

def test_two_rounds_of_one_local_plan_of_a_known_place_and_programme_get_the_rounds_note(hainan):
    from pilotplans.diff.compare import document_ref
    from pilotplans.diff.direction import rounds_note

    earlier = document_ref(hainan)
    later = earlier.model_copy(update={"id": "hainan-2023", "round": 2023})
    assert rounds_note(earlier, later) == (
        "note: hainan-2020 and hainan-2023 are two rounds of one provincial plan (round 2020 → round 2023): `added` counts "
        "the measures new in hainan-2023, `dropped` those of hainan-2020 it holds no more")


@pytest.mark.parametrize("unknown", [
    {"region": None},  # two unplaced county plans may be of two counties
    {"programme": None},  # a plan of the same place but of no known programme may be of another pilot
])
def test_two_local_plans_are_no_rounds_of_one_plan_when_their_place_or_programme_is_unknown(hainan, unknown):
    # near miss: the note said "two rounds of one county plan" of two county plans whose places were both unknown
    from pilotplans.diff.compare import document_ref
    from pilotplans.diff.direction import rounds_note

    earlier = document_ref(hainan).model_copy(update={"id": "county-a", "level": "county", **unknown})
    later = earlier.model_copy(update={"id": "county-b", "round": 2023})
    assert rounds_note(earlier, later) is None


def test_a_national_plan_of_no_known_programme_is_no_earlier_round_of_another(national2018, national2020):
    # near miss: national-2017 of no known programme before national-2020 read as "two rounds of one national plan"
    from pilotplans.diff.compare import document_ref
    from pilotplans.diff.direction import rounds_note

    unknown = document_ref(national2018).model_copy(update={"id": "national-2017", "round": 2017, "programme": None})
    assert rounds_note(unknown, document_ref(national2020)) is None


def _plan_implementing_its_province_s(hainan, parent: str):
    """A city's plan of national-2020's programme and round whose parent is given as ``parent``, matching no national
    plan clearly (it cites none, and holds no measure)."""
    return hainan.model_copy(update={"id": "haikou-2021", "level": "municipal", "region": "海口", "parent": parent,
                                     "measures": [], "citations": (), "title": "海口市落实方案", "doc_no": None,
                                     "parent_doc_no": None})


def test_a_plan_whose_parent_is_its_province_s_plan_is_not_named_as_left_out_of_the_national_coverage(national2020,
                                                                                                         hainan):
    # near miss: its parent is given as 海南's plan; the note told the reader to make national-2020 its parent instead
    from pilotplans.diff.coverage import plan_groups, unlinked_of_its_round

    documents = [national2020, hainan, _plan_implementing_its_province_s(hainan, "hainan-2020")]
    assert unlinked_of_its_round(national2020, plan_groups(documents), documents) == ()


def test_a_plan_of_the_round_with_no_parent_given_is_named_as_left_out_of_the_national_coverage(national2020, hainan):
    from pilotplans.diff.coverage import plan_groups, unlinked_of_its_round

    documents = [national2020, hainan, _plan_implementing_its_province_s(hainan, None)]
    assert unlinked_of_its_round(national2020, plan_groups(documents), documents) == ("haikou-2021",)
