"""coverage, the dataset workbook and lineage head a plan's columns one way; coverage warns as diff does of a plan
citing another national plan; its totals table fits the terminal (round 57).

Before: coverage's CSV and workbook headed `hainan-2020:relation`, the dataset workbook's `coverage` sheet
`hainan-2020: relation` (a space), lineage's CSV `national-2018: no.`; the dataset sheet's `:local` labels were not
flagged to Excel as text; `coverage -n national-2018 -l hainan-2020` said nothing where `diff national-2018
hainan-2020` warns that hainan-2020 cites 国函〔2020〕111号; `coverage --totals` printed a table 90 columns wide on an
80-column terminal. The bundled plans: national-2020 with hainan-2020 (cited) and xiamen-2020 (given by the manifest).
"""

from __future__ import annotations

import csv
import io
import zipfile

from openpyxl import load_workbook
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import build

HAINAN_CITES = ("warning: hainan-2020 cites 国函〔2020〕111号 (the approval of 全面深化服务贸易创新发展试点, 2020) as the plan it "
                "carries out, not national-2018 (国函〔2018〕79号): the links say only how alike the measures of hainan-2020 "
                "are to those of national-2018, not what it did with them")
XIAMEN = "003_0b1b6885711b46b3.txt"


def run(curated, *args: str, columns: int = 200):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"], env={"COLUMNS": str(columns)})


def header(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


# one rule for the columns a plan names: ID:part, no space, as a measure is named (national-2020:59)

def test_coverage_s_csv_heads_a_plan_s_columns_id_colon_part(curated):
    assert header(run(curated, "coverage", "-n", "national-2020", "-f", "csv").stdout)[6:] == [
        "hainan-2020:relation", "hainan-2020:local", "xiamen-2020:relation", "xiamen-2020:local"]


def test_lineage_s_csv_heads_a_round_s_and_a_step_s_columns_as_coverage_does(curated):
    assert header(run(curated, "lineage", "-r", "2018", "-r", "2020", "-f", "csv").stdout) == [
        "national-2018:no.", "national-2018:heading", "national-2018:text", "national-2018 → national-2020",
        "national-2018 → national-2020:reason", "national-2020:no.", "national-2020:heading", "national-2020:text"]


def test_the_dataset_workbook_s_coverage_sheet_is_coverage_s_own_sheet(curated, tmp_path):
    # the same headers and the same cells, the :local labels text in both
    target = tmp_path / "coverage.xlsx"
    assert run(curated, "coverage", "-o", str(target)).exit_code == 0
    rows = [[(c.value, c.data_type) for c in row] for row in load_workbook(target)["coverage"].iter_rows()]
    dataset = [[(c.value, c.data_type) for c in row] for row in load_workbook(curated / "measures.xlsx")["coverage"].iter_rows()]
    assert (len(dataset), dataset[1][6:], dataset == rows) == (
        123, [("adapted", "s"), ("1", "s"), ("adapted", "s"), ("8", "s")], True)


def test_the_dataset_workbook_tells_excel_its_local_columns_are_text(curated):
    with zipfile.ZipFile(curated / "measures.xlsx") as book:
        coverage = book.read("xl/worksheets/sheet7.xml").decode()  # the last sheet
        national = book.read("xl/worksheets/sheet4.xml").decode()  # national-2020's measures
    assert '<ignoredErrors><ignoredError sqref="H2:H123 J2:J123" numberStoredAsText="1"/></ignoredErrors>' in coverage
    assert "ignoredErrors" not in national  # a document's sheet flags nothing


def test_coverage_s_workbook_rows_are_its_csv_rows_typed(curated, tmp_path):
    # one source of rows for both (pilotplans.diff.coverage.typed_rows): each cell the CSV's text, a blank ""
    target = tmp_path / "coverage.xlsx"
    assert run(curated, "coverage", "-n", "national-2020", "-o", str(target)).exit_code == 0
    sheet = [["" if c.value is None else str(c.value) for c in row] for row in load_workbook(target)["coverage"].iter_rows()]
    text = run(curated, "coverage", "-n", "national-2020", "-f", "csv").stdout.lstrip("\ufeff")
    assert sheet == list(csv.reader(io.StringIO(text)))


# the dataset workbook's kept coverage sheet is keyed by its headers too

def old_frame(plans):
    """The coverage sheet's frame before round 57: `ID: part` headers, no column flagged as text."""
    from pilotplans.diff.columns import MEASURE_COLUMNS

    return [*MEASURE_COLUMNS, *(f"{plan}: {part}" for plan in plans for part in ("relation", "local"))], ()


def coverage_headers(out):
    return [c.value for c in load_workbook(out / "measures.xlsx")["coverage"][1]][6:]


def test_a_coverage_sheet_kept_from_before_is_made_anew_once_then_kept(raw, tmp_path, monkeypatch):
    from pilotplans.store import workbook
    from pilotplans.xlsx import AssembledWorkbook

    closed = []
    real_close = AssembledWorkbook.close

    def noting(self):
        unchanged = sorted(self._unchanged)
        real_close(self)
        closed.append("coverage" in unchanged)

    monkeypatch.setattr(AssembledWorkbook, "close", noting)
    out = tmp_path / "out"
    real_frame = workbook._coverage_frame
    monkeypatch.setattr(workbook, "_coverage_frame", old_frame)
    build(raw, out)
    before = coverage_headers(out)
    monkeypatch.setattr(workbook, "_coverage_frame", real_frame)
    xiamen = raw / XIAMEN
    text = xiamen.read_text("utf-8")
    xiamen.write_text(text.replace("拟先行先试，形成全国首创举措", "拟先行先试", 1), "utf-8")  # no coverage cell changes
    build(raw, out)
    made = coverage_headers(out)
    xiamen.write_text(text, "utf-8")
    build(raw, out)
    assert (before[:2], made[:2], coverage_headers(out)[:2], closed) == (
        ["hainan-2020: relation", "hainan-2020: local"], ["hainan-2020:relation", "hainan-2020:local"],
        ["hainan-2020:relation", "hainan-2020:local"], [False, False, True])


# coverage's citation warning, as diff's

def test_coverage_warns_of_a_plan_citing_another_national_plan_as_diff_does(curated):
    result = run(curated, "coverage", "-n", "national-2018", "-l", "hainan-2020", "-f", "csv")
    diffed = run(curated, "diff", "national-2018", "hainan-2020", "-f", "csv")
    assert (result.exit_code, result.stderr.splitlines(), HAINAN_CITES in diffed.stderr.splitlines()) == (
        0, [HAINAN_CITES], True)


def test_the_citation_warning_is_said_once_a_pair_on_stderr_never_in_the_export(curated, tmp_path):
    target = tmp_path / "coverage.csv"
    result = run(curated, "coverage", "-n", "national-2018", "-l", "hainan-2020", "-l", "xiamen-2020",
                 "-l", "hainan-2020", "-o", str(target))
    assert (result.stderr.splitlines(), "warning" in target.read_text("utf-8-sig")) == ([HAINAN_CITES, f"wrote {target}"], False)


def test_the_citation_warning_is_said_beside_the_table_too(curated):
    result = run(curated, "coverage", "-n", "national-2018", "-l", "hainan-2020", "-f", "table")
    assert (result.stderr.splitlines(), "warning" in result.stdout) == ([HAINAN_CITES], False)


def test_no_citation_warning_for_a_plan_citing_its_round_s_approval(curated):
    # near miss: hainan-2020 cites 国函〔2020〕111号, which approves national-2020's round; xiamen-2020 cites no central 文号
    result = run(curated, "coverage", "-n", "national-2020", "-l", "hainan-2020", "-l", "xiamen-2020", "-f", "csv")
    assert (result.exit_code, result.stderr) == (0, "")


# the totals table fitted to the terminal

def table_rows(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("│").split("│")] for line in text.splitlines() if line.startswith("│")]


def test_the_totals_table_fits_an_80_column_terminal_leaving_out_dropped(curated):
    # dropped is what `taken up` leaves: 109/122 says 13
    result = run(curated, "coverage", "-n", "national-2020", "--totals", "-f", "table", columns=80)
    assert (table_rows(result.stdout), max(len(line) for line in result.stdout.splitlines()), result.stderr) == (
        [["hainan-2020", "cited", "109/122", "73", "27", "1", "8", "7"],
         ["xiamen-2020", "given", "79/122", "59", "15", "2", "3", "10"]], 80,
        "note: the table leaves out dropped to fit 80 columns (a wider terminal, or -o FILE.csv or -o FILE.xlsx, "
        "shows them)\n")


def test_the_totals_table_keeps_every_column_where_they_fit(curated):
    # near miss: 90 columns hold every column, the headers wrapped between their words; nothing is said
    result = run(curated, "coverage", "-n", "national-2020", "--totals", "-f", "table", columns=90)
    assert (table_rows(result.stdout)[-2:], result.stderr) == (
        [["hainan-2020", "cited", "109/122", "73", "27", "1", "8", "13", "7"],
         ["xiamen-2020", "given", "79/122", "59", "15", "2", "3", "43", "10"]], "")


def test_the_totals_table_keeps_what_a_plan_took_up_and_added_longest(curated):
    result = run(curated, "coverage", "-n", "national-2020", "--totals", "-f", "table", columns=40)
    assert (table_rows(result.stdout)[-2:], result.stderr) == (
        [["hainan-2020", "109/122", "7"], ["xiamen-2020", "79/122", "10"]],
        "note: the table leaves out dropped, linked, split, merged, adapted, same to fit 40 columns (a wider terminal, "
        "or -o FILE.csv or -o FILE.xlsx, shows them)\n")


def test_the_totals_table_written_to_a_file_leaves_nothing_out(curated, tmp_path):
    target = tmp_path / "totals.txt"
    result = run(curated, "coverage", "-n", "national-2020", "--totals", "-o", str(target), columns=40)
    assert (table_rows(target.read_text("utf-8"))[-1], result.stderr) == (
        ["xiamen-2020", "given", "79/122", "59", "15", "2", "3", "43", "10"], f"wrote {target}\n")


# how each plan was linked, said once

def test_a_plan_the_manifest_links_is_said_linked_by_the_manifest_once(curated):
    # before: `xiamen-2020 → national-2020: linked by the manifest (named by the manifest)`
    lines = run(curated, "coverage", "-n", "national-2020", "-f", "table").stdout.splitlines()
    assert lines[1] == "xiamen-2020 → national-2020: linked by the manifest"


def test_a_plan_linked_by_what_it_cites_keeps_what_it_cites(curated):
    # near miss: the 文号 cited is news the words do not give
    lines = run(curated, "coverage", "-n", "national-2020", "-f", "table").stdout.splitlines()
    assert lines[0] == "hainan-2020 → national-2020: linked by the 文号 it cites (it cites 国函〔2020〕111号)"
