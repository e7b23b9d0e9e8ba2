"""The bodies of the two commands whose start-up matters, ``extract`` and ``rebuild``, which import no typer: run by
typer's commands in :mod:`pilotplans.cli` and by the plain command line's parser (:mod:`pilotplans.cli_fast`) alike,
with the values their options were given (defaults as :mod:`pilotplans.cli_spec` lists them)."""

from pathlib import Path
from typing import Optional

from pilotplans.cli_common import (
    DEFAULT_RAW,
    Fmt,
    OcrChoice,
    _auto,
    _checked_url,
    _default_db,
    _DOCUMENT_NOTES,
    _errors,
    _fail,
    _interruptible,
    _is_url,
    _note_beside,
    _note_first_run,
    _ocr_settings,
    _pdf_settings,
    _progress,
    _refuse_bad_segmenter,
    _refuse_output_over_a_source,
    _render_measures,
    _sources_to_read,
    _write,
    echo,
)


def rebuild(raw: Path, out: Path, db: Optional[str], full: bool, workers: Optional[int], pdf_workers: Optional[int],
            pdf_setting: Optional[list[str]], ocr: OcrChoice, ocr_workers: Optional[int], overwrite: bool) -> None:
    """``pilotplans rebuild`` (its help is :func:`pilotplans.cli.rebuild`'s)."""
    _refuse_bad_segmenter()
    from pilotplans.api import Dataset
    from pilotplans.ingest.dataset import RebuildFailed
    from pilotplans.ingest.staging import CSV_NAME, JSONL_NAME, XLSX_NAME
    from pilotplans.ingest.manifest import source_files

    if raw == DEFAULT_RAW and not raw.exists():  # run outside the pilotplans folder, the default names nothing
        _fail(f"{raw}: no such folder of source documents in {Path.cwd()}: run the rebuild in the pilotplans folder, "
              "or name the folder with --raw DIR")
    url = db or _default_db(out)
    settings = _pdf_settings(pdf_workers, pdf_setting)
    ocr_settings = _ocr_settings(ocr, ocr_workers)
    _note_first_run()
    with _interruptible("the rebuild"), _errors():
        total = len(source_files(raw)) if raw.is_dir() else 0
        with _progress(total) as (on_file, on_page):
            try:
                result = Dataset(url).rebuild(raw, out, full=full, workers=workers, settings=settings, on_file=on_file,
                                              ocr=ocr_settings, on_page=on_page, overwrite=overwrite)
            except RebuildFailed as failed:
                for failure in failed.failures:
                    echo(f"error: {failure}", err=True)
                raise
    from pilotplans.parsers.text.lines import text_width

    # the ids in a column as wide as the widest (a file's name, Chinese too, may be its id)
    id_width = max([16, *(text_width(summary.id) for summary in result.documents)])
    for summary in result.documents:
        pad = " " * (id_width - text_width(summary.id))
        echo(f"{summary.id}{pad} {summary.measures:>4} measures {summary.headings:>3} headings {summary.warnings:>3} warnings  ({summary.source_name})")
    from pilotplans.errors import shown_id
    from pilotplans.store.db import shown_url

    for left_out in result.left_out:
        echo(f"note: {shown_id(left_out)} was stored in the database and is not in {raw}: the rebuild leaves it out", err=True)
    _note_beside(url, result.beside)
    echo(f"read {result.read} document(s), carried over {result.carried} ({result.reason})", err=True)
    for line in result.unlinked:
        echo(f"note: {line}", err=True)
    echo(f"database {shown_url(url)}; wrote {out / CSV_NAME}, {out / JSONL_NAME} and {out / XLSX_NAME}")


def extract(sources: list[str], format: Optional[Fmt], output: Optional[Path], db: Optional[str], timeout: float,
            max_mb: float, workers: Optional[int], pdf_workers: Optional[int], pdf_setting: Optional[list[str]],
            ocr: OcrChoice, ocr_workers: Optional[int]) -> None:
    """``pilotplans extract`` (its help is :func:`pilotplans.cli.extract`'s)."""
    _refuse_bad_segmenter()
    from pilotplans.ingest.reading import link_parents, manifest_hints, read_paths

    settings = _pdf_settings(pdf_workers, pdf_setting)
    ocr_settings = _ocr_settings(ocr, ocr_workers)
    _note_first_run()
    if db:
        _checked_url(db)
    fmt = _auto(format, output, Fmt)
    _refuse_output_over_a_source(output, sources)
    documents = []
    with _interruptible("storing the documents"), _errors():
        sources, failures = _sources_to_read(sources)
        paths = [Path(s) for s in sources if not _is_url(s)]
        if paths:
            import functools

            folder_hints = functools.cache(manifest_hints)  # one manifest read per folder, not per file

            def hints_for(path: Path):  # the manifest beside a file, if it lists the file
                return folder_hints(path.parent)(path)

            if workers is None:
                from pilotplans.ingest.parallel import workers_for

                workers = workers_for([p.stat().st_size if p.is_file() else 0 for p in paths])
            with _progress(len(paths) if len(paths) > 1 else 0) as (on_file, on_page):
                read = read_paths(paths, hints_for, on_file=on_file, settings=settings, workers=workers, ocr=ocr_settings,
                                  on_page=on_page)
            failures += read.failures
            documents += read.documents
        for url in (s for s in sources if _is_url(s)):
            from pilotplans.api import read_notice

            notice = read_notice(url, timeout=timeout, max_bytes=int(max_mb * 1024 * 1024), ocr=ocr_settings)
            for skipped in notice.skipped:
                echo(f"note: {skipped}", err=True)
            failures += notice.failures
            documents += notice.documents
        for failure in failures:
            echo(f"error: {failure}", err=True)
        documents = link_parents(documents)
        for document in documents:  # what the records do not show (see _DOCUMENT_NOTES)
            for warning in document.warnings:
                if warning.code in _DOCUMENT_NOTES:
                    echo(f"note: {document.source.name}: {warning.message}", err=True)
        if documents:
            if fmt == Fmt.jsonl:
                from pilotplans.jsonl import documents_jsonl

                _write(documents_jsonl(documents), output)
            elif fmt == Fmt.json:
                from pilotplans.jsonl import documents_json

                _write(documents_json(documents), output)
            else:
                from pilotplans.export import measures_out

                _write(_render_measures(measures_out(documents), fmt, output), output)
            if db:
                from pilotplans.api import Dataset
                from pilotplans.store.db import other_tables, shown_url

                beside = other_tables(db)
                Dataset(db).store(documents)
                _note_beside(db, beside)
                echo(f"stored {len(documents)} document(s) in {shown_url(db)}", err=True)
    if failures:
        raise SystemExit(1)
