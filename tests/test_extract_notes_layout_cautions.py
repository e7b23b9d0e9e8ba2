"""A reader's caution about a table's geometry (cells it could not tell merged or apart) sits on the
document, not on a measure, so the records ``extract`` writes as json, csv or a table cannot show it:
``extract`` tells each on stderr, naming the file and the page, as it tells where a document's place
was inferred. Without that, a zebra-painted PDF read doubtfully came out with exit 0 and no word."""

from __future__ import annotations

from pathlib import Path

import regex
from typer.testing import CliRunner

from pilotplans.cli import _DOCUMENT_NOTES, app
from tests.conftest import FIXTURES

ONE_SHADE = FIXTURES / "tables" / "zebra-owner-cells-one-shade.pdf"
PACKAGE = Path(__file__).resolve().parent.parent / "pilotplans"


def test_extract_tells_a_zebra_table_s_merged_cells_it_could_not_read_page_by_page():
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(ONE_SHADE)])
    assert result.exit_code == 0
    notes = [line.split(": ", 3)[:3] for line in result.stderr.splitlines()]
    # the generated layout prints a State Council list under a city's head: its owners, all central, doubt it too
    # (39: 邮政局 / 中医药局, each a whole name on a line of its own, are two owners, not one run together)
    central = ("its head reads a city's plan (市人民政府), but the 39 owners its measures name are central bodies only"
               " (工业和信息化部、移民局、药监局…), no local one")
    assert notes == [["note", "zebra-owner-cells-one-shade.pdf", central],
                     ["note", "zebra-owner-cells-one-shade.pdf", "page 2"],
                     ["note", "zebra-owner-cells-one-shade.pdf", "page 4"],
                     ["note", "zebra-owner-cells-one-shade.pdf", "page 6"]]


def test_extract_tells_nothing_of_a_pdf_read_without_doubt():
    result = CliRunner().invoke(app, ["extract", "--format", "json", str(FIXTURES / "xiamen-tasks.pdf")])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_every_caution_code_a_reader_raises_is_one_extract_tells():
    raised = {code for path in PACKAGE.rglob("*.py")
              for code in regex.findall(r'Caution\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8"))}
    assert raised and raised <= set(_DOCUMENT_NOTES)
