"""The command line, run as a user would."""

import csv
import io
import json

from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import FIXTURES, SEEDS

runner = CliRunner()


def rebuild(raw, out):
    return runner.invoke(app, ["rebuild", "--raw", str(raw), "--out", str(out)])


def test_rebuild_prints_one_summary_line_per_document(raw, tmp_path):
    result = rebuild(raw, tmp_path / "out")
    assert result.exit_code == 0, result.output
    lines = [line.split() for line in result.stdout.splitlines()[:5]]
    assert [(l[0], l[1], l[3]) for l in lines] == [
        ("hainan-2020", "117", "9"), ("national-2018", "48", "12"), ("national-2020", "122", "8"),
        ("national-2025", "152", "14"), ("xiamen-2020", "88", "8"),
    ]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["measures.csv", "measures.jsonl", "measures.xlsx", "pilotplans.db"]


def test_rebuild_is_byte_identical(raw, tmp_path):
    rebuild(raw, tmp_path / "a")
    rebuild(raw, tmp_path / "b")
    for name in ("measures.csv", "measures.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_csv_opens_in_excel(raw, tmp_path):
    rebuild(raw, tmp_path / "out")
    data = (tmp_path / "out" / "measures.csv").read_bytes()
    assert data.startswith("\ufeffdocument,doc_title,doc_no".encode("utf-8"))
    assert data.count(b"\r\n") == 1 + 527  # header + one row per measure (line breaks inside cells are bare \n)


def test_failed_rebuild_names_the_file_and_keeps_the_old_dataset(raw, tmp_path):
    out = tmp_path / "out"
    rebuild(raw, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (raw / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00" * 40)
    result = rebuild(raw, out)
    assert result.exit_code == 1
    assert "broken.pdf:" in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_extract_writes_one_json_object_per_measure():
    result = runner.invoke(app, ["extract", str(SEEDS / "003_0b1b6885711b46b3.txt")])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 88
    eighth = rows[7]
    assert eighth["document"] == "xiamen-2020" and eighth["number"] == 8 and eighth["number_raw"] == "8"
    assert eighth["remarks"] == "拟先行先试，形成全国首创举措"
    assert eighth["source"] == {"file": "003_0b1b6885711b46b3.txt", "format": "text", "sheet": None, "page": None, "table": 1,
                                "row": 9, "line": 61, "line_end": 65, "paragraph": None, "bbox": None, "ocr": False,
                                "confidence": None}
    assert {"doc_title", "doc_no", "heading", "text", "responsibility", "scope", "departments", "regions", "warnings"} <= set(eighth)


def test_extract_prints_the_documents_issuer_and_date_on_every_row():
    plan = str(FIXTURES / "plans" / "wuhan-box-table.txt")
    rows = [json.loads(line) for line in runner.invoke(app, ["extract", plan]).stdout.splitlines()]
    assert {(r["doc_title"], r["doc_no"], r["doc_issuer"], r["doc_date"]) for r in rows} == {
        ("武汉市全面深化服务贸易创新发展试点任务分工表", None, "武汉市商务局", "2021-04-16")}
    table = list(csv.DictReader(io.StringIO(runner.invoke(app, ["extract", plan, "--format", "csv"]).stdout.lstrip("\ufeff"))))
    assert {(r["doc_issuer"], r["doc_date"]) for r in table} == {("武汉市商务局", "2021-04-16")}


def test_the_detail_of_one_measure_names_the_documents_issuer_and_date(tmp_path):
    plan = tmp_path / "one.txt"
    plan.write_text("一、重点任务\n1.建设服务平台。（责任单位：市商务局）\n武汉市商务局\n2021年4月16日\n", encoding="utf-8")
    detail = runner.invoke(app, ["extract", str(plan), "--format", "table"]).stdout
    assert [line.split() for line in detail.splitlines() if line.startswith("document")] == [
        ["document", "one", "武汉市商务局", "2021-04-16"]]


def test_extract_reports_a_bad_file_and_reads_the_others(tmp_path):
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(empty), str(SEEDS / "003_0b1b6885711b46b3.txt"), "--format", "csv"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {empty}: empty file"
    assert result.stdout_bytes.count(b"\r\n") == 89


def test_extract_to_a_file_in_any_format(tmp_path):
    for fmt in ("json", "csv", "table", "jsonl"):
        target = tmp_path / f"out.{fmt}"
        result = runner.invoke(app, ["extract", str(FIXTURES / "xiamen-tasks.docx"), "-f", fmt, "-o", str(target)])
        assert result.exit_code == 0, result.stderr
        assert "厦门" in target.read_text("utf-8-sig")


def test_extract_can_store_into_a_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    result = runner.invoke(app, ["extract", str(SEEDS / "004_662d9067fb13adab.txt"), "--db", url, "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.stderr
    listed = runner.invoke(app, ["measures", "--db", url, "-n", "9", "-f", "jsonl"])
    assert json.loads(listed.stdout)["text"].startswith("落实海关总署、商务部出台的重要展品进出境便利措施")


def test_extract_a_prose_task_list_with_heading_paths_and_leaders():
    plan = FIXTURES / "plans" / "forms" / "form-field-lines.txt"
    rows = [json.loads(line) for line in runner.invoke(app, ["extract", str(plan)]).stdout.splitlines()]
    assert [(r["number_raw"], r["heading_path"], r["leader"], r["deadline"]) for r in rows] == [
        ("1﹒", ["提升开放平台能级"], "张建国", "2023年12月底"),
        ("2﹒", ["提升开放平台能级"], None, "2023年9月底"),
        ("3﹒", ["扩大服务业领域开放"], None, "长期坚持"),
    ]
    assert rows[0]["source"] == {"file": "form-field-lines.txt", "format": "text", "sheet": None, "page": None, "table": 1, "row": None,
                                 "line": 9, "line_end": 13, "paragraph": 9, "bbox": None,
                                 "ocr": False, "confidence": None}


def test_csv_joins_a_heading_path_and_names_the_paragraph():
    plan = FIXTURES / "plans" / "forms" / "form-brackets.txt"
    result = runner.invoke(app, ["extract", str(plan), "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert (rows[0]["heading_path"], rows[0]["paragraph"], rows[0]["leader"]) == ("重点任务 > 深化服务领域改革", "13", "")


def test_query_without_a_database_says_to_rebuild(tmp_path):
    # a --db naming no file: `pilotplans rebuild --db URL` builds it there (a bare rebuild would build data/curated's)
    result = runner.invoke(app, ["measures", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert (result.exit_code, result.stderr) == (1, (
        f"error: {tmp_path / 'none.db'}: no such database: --db names no file (a typo?); "
        f"`pilotplans rebuild --db sqlite:///{tmp_path / 'none.db'}` builds the dataset there\n"))


def test_every_command_has_help_text():
    for command in app.registered_commands:
        assert command.callback.__doc__, command.callback.__name__


def test_outputs_get_ordinary_permissions(raw, tmp_path):
    from pilotplans.files import default_mode

    rebuild(raw, tmp_path / "out")
    assert {p.name: p.stat().st_mode & 0o777 for p in (tmp_path / "out").iterdir()} == {
        "measures.csv": default_mode(), "measures.jsonl": default_mode(), "measures.xlsx": default_mode(),
        "pilotplans.db": default_mode(),
    }


def test_listings_speak_the_same_formats(raw, tmp_path):
    out = tmp_path / "out"
    rebuild(raw, out)
    url = f"sqlite:///{out / 'pilotplans.db'}"
    listed = runner.invoke(app, ["departments", "--db", url, "-f", "csv"])
    assert listed.stdout_bytes.startswith("\ufeffid,name,level,party,counterpart,mentions".encode("utf-8"))
    regions = [json.loads(line) for line in runner.invoke(app, ["regions", "--db", url, "-f", "jsonl"]).stdout.splitlines()]
    assert {"code": "350200", "name": "厦门市"}.items() <= next(r for r in regions if r["code"] == "350200").items()
    documents = json.loads(runner.invoke(app, ["documents", "--db", url, "-f", "json"]).stdout)
    assert [d["id"] for d in documents] == ["hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020"]


def test_unknown_document_id_is_an_error(raw, tmp_path):
    rebuild(raw, tmp_path / "out")
    result = runner.invoke(app, ["measures", "--db", f"sqlite:///{tmp_path / 'out' / 'pilotplans.db'}", "-d", "nope"])
    assert result.exit_code == 1
    assert result.stderr == ("error: no document with id nope in the database; it holds hainan-2020, national-2018, "
                             "national-2020, national-2025, xiamen-2020\n")


def test_a_single_measure_is_shown_field_by_field(raw, tmp_path):
    rebuild(raw, tmp_path / "out")
    result = runner.invoke(app, ["measures", "-f", "table", "--db", f"sqlite:///{tmp_path / 'out' / 'pilotplans.db'}", "-d", "hainan-2020", "-n", "21"],
                           env={"COLUMNS": "160"})
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert "number          21" in lines
    assert "                省商务厅 → 海南省商务厅 [carry_out, provincial, answers to 商务部]" in lines
    assert "regions         listed: 海南省" in lines
    assert "source          004_662d9067fb13adab.txt (text), table 1, row 26, line 158" in lines


def test_an_output_that_is_a_pipe_is_written_to_not_replaced(tmp_path):
    import os
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = runner.invoke(app, ["extract", str(SEEDS / "003_0b1b6885711b46b3.txt"), "-f", "csv", "--output", str(pipe)])
    reader.join(timeout=60)
    assert result.exit_code == 0, result.output
    assert pipe.is_fifo()
    assert received[0].startswith("\ufeffdocument,".encode("utf-8"))
    assert received[0].count(b"\r\n") == 89  # the header and Xiamen's 88 measures
