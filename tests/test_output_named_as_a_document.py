"""An --output named as a kind of document pilotplans reads and does not write (a Word document, a PDF, a web page) is
refused without -f (pilotplans/cli.py ``_names_a_read_kind``): `measures -o out.docx` wrote a table's text under a
Word document's name (`wrote out.docx`, a file Word cannot open), and `extract plan.docx -o plan.docx` wrote it over
the plan read."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pilotplans.cli import app

CHENGDU = Path(__file__).parent / "fixtures" / "plans" / "chengdu-2020-tasks.txt"


def run(curated, *args: str):
    return CliRunner().invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


def test_a_listing_to_a_word_document_s_name_is_refused(curated, tmp_path):
    out = tmp_path / "out.docx"
    result = run(curated, "measures", "-d", "national-2020", "-o", str(out))
    assert (result.exit_code, result.stderr, out.exists()) == (2, (
        f"error: --output {out}: --output writes no docx file (a table's text under that name would not open as one); "
        "give a file name ending in .jsonl, .json, .csv, .xlsx or .txt (the table)\n"), False)


def test_a_diff_to_a_web_page_s_name_is_pointed_to_html(curated, tmp_path):
    out = tmp_path / "diff.html"
    result = run(curated, "diff", "national-2020", "xiamen-2020", "-o", str(out))
    assert (result.exit_code, result.stderr) == (2, (
        f"error: --output {out}: --output writes no html file (a table's text under that name would not open as one); "
        "give a file name ending in .jsonl, .json, .csv, .xlsx or .txt (the table), or --html FILE for the report\n"))


def test_extract_never_writes_over_the_plan_it_reads(tmp_path):
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(b"%PDF-1.4 not read")
    result = CliRunner().invoke(app, ["extract", str(CHENGDU), "-o", str(plan)])
    assert (result.exit_code, plan.read_bytes()) == (2, b"%PDF-1.4 not read")


def test_a_listing_to_a_text_file_is_the_table(curated, tmp_path):
    # near miss: .txt names the table's own text
    out = tmp_path / "113.txt"
    result = run(curated, "measures", "-d", "national-2020", "-n", "113", "-o", str(out))
    assert (result.exit_code, out.read_text(encoding="utf-8").split()[:2]) == (0, ["document", "national-2020"])


def test_a_table_asked_for_under_a_document_s_name_is_written(curated, tmp_path):
    # near miss: -f table says the text is wanted, whatever the name
    out = tmp_path / "113.docx"
    result = run(curated, "measures", "-d", "national-2020", "-n", "113", "-f", "table", "-o", str(out))
    assert (result.exit_code, out.read_text(encoding="utf-8").split()[:2]) == (0, ["document", "national-2020"])


def test_coverage_to_a_web_page_s_name_names_what_coverage_writes(curated, tmp_path):
    # coverage has no --html: the refusal names the formats -f takes, the table (.txt) among them (round 53), and no
    # `--html FILE for the report`
    out = tmp_path / "coverage.html"
    result = run(curated, "coverage", "-n", "national-2020", "-o", str(out))
    assert (result.exit_code, result.stderr) == (2, (
        f"error: --output {out}: --output writes no html file (a table's text under that name would not open as one); "
        "give a file name ending in .jsonl, .json, .csv, .xlsx or .txt (the table)\n"))


def test_a_listing_without_html_to_a_web_page_s_name_is_not_pointed_to_html(curated, tmp_path):
    # near miss of diff's refusal above: measures has no --html report to point to
    out = tmp_path / "measures.html"
    result = run(curated, "measures", "-d", "national-2020", "-o", str(out))
    assert (result.exit_code, result.stderr) == (2, (
        f"error: --output {out}: --output writes no html file (a table's text under that name would not open as one); "
        "give a file name ending in .jsonl, .json, .csv, .xlsx or .txt (the table)\n"))


def test_extract_with_a_format_never_writes_over_the_plan_it_reads(tmp_path):
    # -f json passes the name check above: the output being a file read is refused on its own
    plan = tmp_path / "plan.txt"
    plan.write_text(CHENGDU.read_text(encoding="utf-8"), encoding="utf-8")
    before = plan.read_bytes()
    result = CliRunner().invoke(app, ["extract", str(plan), "-f", "json", "-o", str(plan)])
    assert (result.exit_code, result.stderr, plan.read_bytes()) == (2, (
        f"error: --output {plan}: it is {plan}, a notice being read, and writing would replace it; "
        "give another file name\n"), before)


def test_extract_writes_beside_the_plan_it_reads(tmp_path):
    # near miss: another file in the same folder is written
    plan = tmp_path / "plan.txt"
    plan.write_text(CHENGDU.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "plan.json"
    result = CliRunner().invoke(app, ["extract", str(plan), "-f", "json", "-o", str(out)])
    assert (result.exit_code, out.read_text(encoding="utf-8").lstrip()[:1]) == (0, "[")
