"""Each command imports only what it uses: the heavy libraries stay out of the commands that do
not need them (each case runs the command in a fresh process and lists what it imported)."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEEDS

HEAVY = ("sqlalchemy", "pdfplumber", "pdfminer", "jieba", "rjieba", "cn2an", "rapidfuzz", "bs4")
PROBE = """
import json, sys
from pilotplans.cli import main
sys.argv = ["pilotplans", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} | {m for m in sys.modules if m.startswith(("pilotplans.", "sqlalchemy.dialects."))})),
      file=sys.stderr)
"""


def imported(*arguments: str, cwd: Path | None = None) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(arguments)], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    folder = tmp_path_factory.mktemp("startup")
    raw = folder / "raw"
    shutil.copytree(SEEDS, raw)
    subprocess.run([sys.executable, "-m", "pilotplans.cli", "rebuild", "--raw", str(raw), "--out", str(folder / "out")],
                   check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    return folder


def test_extract_of_a_docx_imports_no_pdf_reader_segmenter_or_database():
    modules = imported("extract", str(FIXTURES / "xiamen-tasks.docx"), "--output", os.devnull)
    assert "docx" in modules
    assert modules & set(HEAVY) == set()


def test_extract_of_a_docx_with_a_task_table_imports_no_task_list_reader_nor_file_signatures():
    modules = imported("extract", str(FIXTURES / "xiamen-tasks.docx"), "--output", os.devnull)
    assert "pilotplans.parsers.interpret.tables" in modules
    assert modules & {"pilotplans.parsers.interpret.tasklist", "pilotplans.parsers.interpret.outline",
                      "pilotplans.ingest.signatures"} == set()


def test_extract_of_a_prose_task_list_imports_the_task_list_reader():
    modules = imported("extract", str(FIXTURES / "plans" / "anshan-field-lines.txt"), "--output", os.devnull)
    assert {"pilotplans.parsers.interpret.tasklist", "pilotplans.parsers.interpret.outline"} <= modules


def test_extract_of_a_docx_imports_the_flattened_cell_reader_but_not_the_drawn_or_piped_table_readers():
    modules = imported("extract", str(FIXTURES / "national-2025-service-opening.docx"), "--output", os.devnull)
    assert {"pilotplans.parsers.text", "pilotplans.parsers.text.cells"} <= modules
    assert modules & {"pilotplans.parsers.text.boxes", "pilotplans.parsers.text.pipes",
                      "pilotplans.parsers.text.tabs"} == set()


def test_extract_of_a_text_file_imports_the_drawn_and_piped_table_readers():
    modules = imported("extract", str(FIXTURES / "numbered-table-numbers-lost.txt"), "--output", os.devnull)
    assert {"pilotplans.parsers.text.boxes", "pilotplans.parsers.text.pipes", "pilotplans.parsers.text.tabs"} <= modules


def test_extract_of_one_docx_beside_no_manifest_imports_no_pool_and_no_manifest_models():
    modules = imported("extract", str(FIXTURES / "xiamen-tasks.docx"), "--output", os.devnull)
    assert modules & {"multiprocessing", "pilotplans.ingest.manifest", "pilotplans.parsers.pdf.document"} == set()


def test_extract_printing_jsonl_imports_none_of_the_export_record_classes():
    modules = imported("extract", str(FIXTURES / "xiamen-tasks.docx"), "--format", "jsonl", "--output", os.devnull)
    assert "pilotplans.jsonl" in modules
    assert "pilotplans.export" not in modules


def test_extract_printing_csv_imports_the_export_record_classes():
    modules = imported("extract", str(FIXTURES / "xiamen-tasks.docx"), "--format", "csv", "--output", os.devnull)
    assert "pilotplans.export" in modules


def test_extract_imports_neither_the_rebuild_nor_the_store():
    modules = imported("extract", str(FIXTURES / "xiamen-tasks.docx"), "--output", os.devnull)
    assert "pilotplans.ingest.reading" in modules
    assert modules & {"pilotplans.ingest.dataset", "pilotplans.ingest.staging", "pilotplans.store"} == set()


def test_a_rebuild_with_nothing_changed_imports_no_reader_and_no_sqlalchemy(dataset):
    modules = imported("rebuild", "--raw", str(dataset / "raw"), "--out", str(dataset / "out"))
    assert "pilotplans.ingest.dataset" in modules
    assert modules & {"sqlalchemy", "docx", "pilotplans.parsers.interpret", "pilotplans.normalizers.registry"} == set()


@pytest.mark.parametrize("command", [["documents"], ["measures", "-d", "xiamen-2020", "-n", "8"]])
def test_queries_of_a_sqlite_file_import_no_sqlalchemy(dataset, command):
    modules = imported(*command, "--db", f"sqlite:///{dataset / 'out' / 'pilotplans.db'}")
    assert "pilotplans.store.read" in modules
    assert modules & set(HEAVY) == set()


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_a_diff_of_two_stored_plans_is_drawn_from_the_stored_diff_without_the_segmenter(dataset, tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path / "cache"))  # no cuts cached
    modules = imported("diff", "national-2020", "xiamen-2020", "-f", fmt, "--db", f"sqlite:///{dataset / 'out' / 'pilotplans.db'}")
    assert "pilotplans.diff.stored" in modules
    assert modules & {"pilotplans.diff.compare", "sqlalchemy", "rjieba", "jieba", "pdfplumber", "docx"} == set()


def test_a_diff_workbook_is_computed_and_imports_no_sqlalchemy(dataset, tmp_path):
    modules = imported("diff", "national-2020", "xiamen-2020", "-f", "xlsx", "-o", str(tmp_path / "diff.xlsx"),
                       "--db", f"sqlite:///{dataset / 'out' / 'pilotplans.db'}")
    assert "pilotplans.diff.compare" in modules
    assert modules & {"sqlalchemy", "jieba", "pdfplumber", "docx"} == set()


def test_a_full_rebuild_whose_cuts_are_cached_loads_no_segmenter(dataset, tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path / "cache"))
    # One worker: the texts are read and the plans diffed in the process whose imports are listed.
    arguments = ("rebuild", "--raw", str(dataset / "raw"), "--out", str(tmp_path / "out"), "--full", "--workers", "1")
    assert "rjieba" in imported(*arguments)  # the first rebuild cuts the texts
    assert imported(*arguments) & {"rjieba", "jieba"} == set()  # the second finds every cut in the cache


def test_a_full_rebuild_read_in_the_background_imports_no_interpreter_in_the_storing_process(dataset, tmp_path):
    # A worker reads the five texts; the process storing them asks only each manifest entry's level
    # (which documents are national plans), which the entry holds: making the reader's hints for it
    # imported the interpreter (some 136 million instructions) into a process that reads nothing.
    modules = imported("rebuild", "--raw", str(dataset / "raw"), "--out", str(tmp_path / "out"), "--full")
    assert "pilotplans.store.build" in modules
    assert modules & {"pilotplans.parsers.interpret", "pilotplans.parsers.metadata", "pilotplans.normalizers.resolve"} == set()


def test_a_full_rebuild_with_one_worker_imports_the_interpreter_where_it_reads(dataset, tmp_path):
    modules = imported("rebuild", "--raw", str(dataset / "raw"), "--out", str(tmp_path / "out"), "--full", "--workers", "1")
    assert {"pilotplans.parsers.interpret", "pilotplans.normalizers.resolve"} <= modules


def test_a_full_rebuild_of_a_sqlite_file_imports_no_sqlalchemy_once_the_schema_is_kept(dataset, tmp_path):
    modules = imported("rebuild", "--raw", str(dataset / "raw"), "--out", str(tmp_path / "out"), "--full")
    assert "pilotplans.store.build" in modules
    assert modules & {"sqlalchemy", "pilotplans.store.models"} == set()


def test_a_rebuild_after_one_file_changed_writes_the_sqlite_file_in_place_without_sqlalchemy(dataset, tmp_path):
    shutil.copytree(dataset / "raw", tmp_path / "raw")
    arguments = ("rebuild", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"))
    imported(*arguments)
    changed = sorted((tmp_path / "raw").glob("*.txt"))[0]
    changed.write_bytes(changed.read_bytes() + b"\n")
    modules = imported(*arguments)
    assert "pilotplans.store.build" in modules  # the changed file stored (read by a worker in the background)
    assert modules & {"sqlalchemy", "pilotplans.store.models"} == set()


def test_extract_into_a_stored_sqlite_file_imports_no_sqlalchemy(dataset, tmp_path):
    shutil.copy(dataset / "out" / "pilotplans.db", tmp_path / "p.db")
    modules = imported("extract", str(FIXTURES / "national-2025-service-opening.docx"), "--db", f"sqlite:///{tmp_path / 'p.db'}")
    assert "pilotplans.store.in_place" in modules
    assert modules & {"sqlalchemy", "pilotplans.store.models"} == set()


def test_a_full_rebuild_with_an_empty_cache_imports_sqlalchemy_to_make_the_schema_then_no_more(dataset, tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path / "cache"))
    first = imported("rebuild", "--raw", str(dataset / "raw"), "--out", str(tmp_path / "first"), "--full")
    assert {"sqlalchemy", "pilotplans.store.models"} <= first
    assert not {m for m in first if m.startswith("sqlalchemy.dialects.postgresql")}
    second = imported("rebuild", "--raw", str(dataset / "raw"), "--out", str(tmp_path / "second"), "--full")
    assert "sqlalchemy" not in second


def test_a_full_rebuild_of_texts_imports_the_ocr_settings_but_no_pdf_or_ocr_reader(dataset, tmp_path):
    modules = imported("rebuild", "--raw", str(dataset / "raw"), "--out", str(tmp_path / "out"), "--full")
    assert "pilotplans.parsers.ocr.settings" in modules  # the --ocr option's settings
    assert modules & {"pilotplans.parsers.ocr.reader", "pilotplans.parsers.pdf.document", "pilotplans.parsers.pdf.content"} == set()


SCHEMAS = {"pilotplans.normalizers.registry.file_schemas", "pilotplans.parsers.interpret.vocabulary_schema",
           "pilotplans.parsers.info_rows_schema"}


def test_the_schemas_of_the_data_files_are_imported_only_to_validate_the_files(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    docx = str(FIXTURES / "xiamen-tasks.docx")
    built = imported("extract", docx, "--output", os.devnull)  # an empty cache: the files are validated
    assert SCHEMAS <= built
    kept = imported("extract", docx, "--output", os.devnull)  # the registry and vocabularies read back
    assert not SCHEMAS & kept
    assert "tomllib" in built and "tomllib" not in kept  # the data files are parsed on a cache miss only
    assert {"pilotplans.normalizers.registry.files", "pilotplans.parsers.interpret.vocabulary"} <= kept


def test_the_records_list_fields_default_to_a_function_whose_signature_is_read_without_the_tokenizer():
    import inspect

    from pilotplans.diff.models import DiffResult, empty_dict
    from pilotplans.schema import models

    records = [value for value in vars(models).values() if isinstance(value, type) and issubclass(value, models.Record)]
    factories = {field.default_factory for record in records for field in record.model_fields.values()} - {None}
    assert factories == {models.empty_list}
    assert DiffResult.model_fields["settings"].default_factory is empty_dict
    assert inspect.isfunction(models.empty_list) and inspect.isfunction(empty_dict)


def test_every_record_still_gets_a_list_of_its_own():
    from pilotplans.schema.models import Document, Heading

    field = Heading.model_fields["warnings"]
    first, second = (field.get_default(call_default_factory=True) for _ in range(2))
    assert first == [] and first is not second
    assert Document.model_fields["measures"].get_default(call_default_factory=True) == []


def test_extract_of_a_national_plan_builds_none_of_the_registry_s_entry_classes(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    imported("extract", str(FIXTURES / "national-2025-service-opening.docx"), "--output", os.devnull)  # the cache made
    modules = imported("extract", str(FIXTURES / "national-2025-service-opening.docx"), "--output", os.devnull)
    assert "pilotplans.normalizers.registry.bodies" in modules
    assert "pilotplans.normalizers.registry.entries" not in modules


def test_extract_of_a_plan_naming_local_bodies_builds_the_registry_s_entry_classes(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    imported("extract", str(FIXTURES / "xiamen-tasks.docx"), "--output", os.devnull)  # the cache made
    modules = imported("extract", str(FIXTURES / "xiamen-tasks.docx"), "--output", os.devnull)
    assert "pilotplans.normalizers.registry.entries" in modules


REGISTRY_READ = """
import sys
from pilotplans.normalizers.registry import load_registry
registry = load_registry()
registry.kinds, registry.central, registry.relations  # the entries kept apart read back too
print("pydantic.main" in sys.modules)
"""


def _builds_a_pydantic_class(cache: Path) -> bool:
    done = subprocess.run([sys.executable, "-c", REGISTRY_READ], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]), "PILOTPLANS_CACHE_DIR": str(cache)})
    return done.stdout.split() == ["True"]


def test_the_kept_registry_with_its_entries_is_read_back_without_pydantic_s_models(tmp_path):
    # its records are plain frozen dataclasses: reading them builds no pydantic class (39 M instructions of a start)
    _builds_a_pydantic_class(tmp_path)  # the cache made
    assert not _builds_a_pydantic_class(tmp_path)


def test_the_registry_built_from_its_data_files_is_validated_by_pydantic(tmp_path):
    assert _builds_a_pydantic_class(tmp_path)  # an empty cache: the files are read and validated


def test_extract_of_a_docx_reads_the_package_s_data_files_without_importlib_resources(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    imported("extract", str(FIXTURES / "national-2025-service-opening.docx"), "--output", os.devnull)  # the cache made
    modules = imported("extract", str(FIXTURES / "national-2025-service-opening.docx"), "--output", os.devnull)
    assert "pilotplans.data" in modules
    assert "importlib.resources" not in modules


def test_a_full_rebuild_whose_pairs_were_all_diffed_early_imports_no_aligner_in_the_storing_process(dataset, tmp_path):
    # The manifest names both local plans' national plan: a process of their own diffs them as they are read
    # (pilotplans.ingest.early_diffs), and the storing process, which diffs nothing, imports no diff.compare.
    modules = imported("rebuild", "--raw", str(dataset / "raw"), "--out", str(tmp_path / "out"), "--full")
    assert "pilotplans.store.build" in modules
    assert "pilotplans.diff.compare" not in modules
    with sqlite3.connect(tmp_path / "out" / "pilotplans.db") as connection:
        assert connection.execute("SELECT local_document, COUNT(*) FROM plan_links GROUP BY 1 ORDER BY 1").fetchall() == [
            ("hainan-2020", 131), ("xiamen-2020", 132)]


def test_a_full_rebuild_with_a_pair_left_for_the_end_imports_the_aligner_in_the_storing_process(dataset, tmp_path):
    # xiamen-2020's manifest entry names no parent: it is linked to national-2020 once everything is read, and
    # diffed then by the storing process.
    shutil.copytree(dataset / "raw", tmp_path / "raw")
    manifest = tmp_path / "raw" / "manifest.toml"
    entries = manifest.read_text("utf-8").split("[[document]]")
    (xiamen,) = [k for k, entry in enumerate(entries) if 'id = "xiamen-2020"' in entry]
    entries[xiamen] = entries[xiamen].replace('parent = "national-2020"\n', "")
    manifest.write_text("[[document]]".join(entries), "utf-8")
    modules = imported("rebuild", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--full")
    assert "pilotplans.diff.compare" in modules
    with sqlite3.connect(tmp_path / "out" / "pilotplans.db") as connection:
        assert connection.execute("SELECT local_document, COUNT(*) FROM plan_links GROUP BY 1 ORDER BY 1").fetchall() == [
            ("hainan-2020", 131), ("xiamen-2020", 132)]
