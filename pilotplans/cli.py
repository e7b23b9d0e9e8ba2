"""The `pilotplans` command line: a thin layer over the library.

Every command is a call of a library function a Python user can make too; errors reach the
user as one line naming the file and the cause, with a non-zero exit.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from pilotplans.errors import PilotplansError

app = typer.Typer(
    help="Turn Chinese pilot-programme task tables into typed, traceable data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

@app.callback()
def _quiet_libraries() -> None:
    """Keep the log lines of the libraries pilotplans uses (pdfminer on a damaged stream, say) off
    the terminal: a problem with a file reaches the user as pilotplans' own one-line error."""
    import logging

    root = logging.getLogger()
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())


DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/curated")


class Fmt(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    table = "table"


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    """Report a PilotplansError as one line on stderr and exit 1."""
    try:
        yield
    except PilotplansError as exc:
        _fail(str(exc))


def _default_db(out: Path) -> str:
    from pilotplans.store.db import sqlite_url
    from pilotplans.ingest.dataset import DB_NAME

    return sqlite_url(out / DB_NAME)


def _existing_db(db: Optional[str]) -> str:
    from pilotplans.store.db import sqlite_path

    url = db or _default_db(DEFAULT_OUT)
    with _errors():
        path = sqlite_path(url)
    if path is not None and not path.exists():
        _fail(f"{path}: no database yet; run `pilotplans rebuild` first (or pass --db URL)")
    return url


def _short(text: str | None, width: int) -> str:
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"


def _write(text: str, output: Optional[Path]) -> None:
    """Print ``text``, or write it to ``output`` (whole or not at all); a file that cannot be
    written is one line on stderr and exit 1."""
    if output is None:
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:
            sys.stdout.write(text)
        else:
            sys.stdout.flush()
            stream.write(text.encode("utf-8"))  # bytes as rendered: CRLF and BOM of CSV kept
            stream.flush()
        return
    from pilotplans.files import write_atomic

    with _errors():
        write_atomic(output, text)
    typer.echo(f"wrote {output}", err=True)


WorkersOption = Annotated[Optional[int], typer.Option(
    "--workers", min=1, help="Processes that read the files in parallel [default: one per 256 KiB of files to read, up to the cores; 1 reads them in this process].")]


@contextmanager
def _interruptible(what: str) -> Iterator[None]:
    """Ctrl-C as one line and exit status 130; the database is left as it was (or, when the
    interrupt came after the work was complete, as the work left it)."""
    from pilotplans.interrupts import EXIT_STATUS, LateInterrupt

    try:
        yield
    except LateInterrupt:
        typer.echo(f"interrupted: Ctrl-C came after {what} was complete; it stands", err=True)
        raise typer.Exit(EXIT_STATUS) from None
    except KeyboardInterrupt:
        typer.echo(f"interrupted: {what} stopped; the database is as it was", err=True)
        raise typer.Exit(EXIT_STATUS) from None


PdfWorkersOption = Annotated[Optional[int], typer.Option(
    "--pdf-workers", min=1, help="Processes that read a PDF's pages in parallel (1 by default).")]
PdfSettingOption = Annotated[Optional[list[str]], typer.Option(
    "--pdf-setting", metavar="NAME=VALUE",
    help="Change one tolerance of the PDF reader (repeatable), e.g. gutter_em=0.8; see pilotplans.parsers.pdf.PdfSettings.")]


def _pdf_settings(workers: Optional[int], pairs: Optional[list[str]]):
    """The PDF reader's settings from the command line (None: the defaults); a malformed or
    unknown setting is a one-line error."""
    if workers is None and not pairs:
        return None
    from pilotplans.parsers.pdf import PdfSettings

    values: dict[str, str] = {}
    for pair in pairs or ():
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            _fail(f"--pdf-setting takes NAME=VALUE, not {pair!r}")
        values[name.strip()] = value.strip()
    if workers is not None:
        values["processes"] = str(workers)
    try:
        return PdfSettings().with_values(values)
    except ValueError as exc:
        _fail(str(exc))


@app.command()
def rebuild(
    raw: Annotated[Path, typer.Option(help="Folder of source documents with their manifest.toml.")] = DEFAULT_RAW,
    out: Annotated[Path, typer.Option(help="Folder the curated dataset is written to.")] = DEFAULT_OUT,
    db: Annotated[Optional[str], typer.Option(help="SQLAlchemy URL of the database [default: sqlite:///OUT/pilotplans.db].")] = None,
    full: Annotated[bool, typer.Option("--full", help="Read every document again, even those unchanged since the last rebuild.")] = False,
    workers: WorkersOption = None,
    pdf_workers: PdfWorkersOption = None,
    pdf_setting: PdfSettingOption = None,
) -> None:
    """Rebuild the curated dataset (database, measures.csv, measures.jsonl) from the raw folder.

    Nothing is replaced unless every source document reads. Documents whose file, manifest entry
    and reader are unchanged since the last rebuild are carried over without reading them again.
    """
    from pilotplans.ingest.dataset import CSV_NAME, JSONL_NAME, RebuildFailed, rebuild_dataset
    from pilotplans.ingest.manifest import source_files

    url = db or _default_db(out)
    settings = _pdf_settings(pdf_workers, pdf_setting)
    with _interruptible("the rebuild"), _errors():
        total = len(source_files(raw)) if raw.is_dir() else 0
        with _progress(total) as on_file:
            try:
                result = rebuild_dataset(raw, out, url, on_file, settings, workers=workers, full=full)
            except RebuildFailed as failed:
                for failure in failed.failures:
                    typer.echo(f"error: {failure}", err=True)
                raise
    for summary in result.documents:
        typer.echo(f"{summary.id:<16} {summary.measures:>4} measures {summary.headings:>3} headings {summary.warnings:>3} warnings  ({summary.source_name})")
    from pilotplans.store.db import shown_url

    typer.echo(f"read {result.read} document(s), carried over {result.carried} ({result.reason})", err=True)
    typer.echo(f"database {shown_url(url)}; wrote {out / CSV_NAME} and {out / JSONL_NAME}")


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Path], None] | None]:
    """A progress bar on a terminal (stderr), fed one call per file read; nothing elsewhere."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=console, transient=True) as progress:
        task = progress.add_task("reading", total=total)

        def on_file(path: Path) -> None:
            progress.update(task, description=f"reading {path.name}")
            progress.advance(task)

        try:
            yield on_file
        finally:
            progress.stop()


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Notices to read (text, DOCX, PDF or HTML; the format is told from the content).")],
    format: Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")] = Fmt.jsonl,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    db: Annotated[Optional[str], typer.Option(help="Also store the documents in this database (SQLAlchemy URL).")] = None,
    workers: WorkersOption = None,
    pdf_workers: PdfWorkersOption = None,
    pdf_setting: PdfSettingOption = None,
) -> None:
    """Read notices and print their measures, without touching the curated dataset.

    A file that cannot be read is reported on stderr and the others are still read; the exit
    code is 1 if any file failed.
    """
    from pilotplans.ingest.dataset import link_parents, manifest_hints, read_paths

    settings = _pdf_settings(pdf_workers, pdf_setting)
    with _interruptible("storing the documents"), _errors():
        def hints_for(path: Path):  # the manifest beside a file, if it lists the file
            return manifest_hints(path.parent)(path)

        if workers is None:
            from pilotplans.ingest.parallel import workers_for

            workers = workers_for([p.stat().st_size if p.is_file() else 0 for p in paths])
        read = read_paths(paths, hints_for, settings=settings, workers=workers)
        for failure in read.failures:
            typer.echo(f"error: {failure}", err=True)
        documents = link_parents(read.documents)
        if documents:
            from pilotplans.export import measures_out, render

            _write(render(measures_out(documents), format.value), output)
            if db:
                from pilotplans.store.db import shown_url, store_documents

                store_documents(db, documents)
                typer.echo(f"stored {len(documents)} document(s) in {shown_url(db)}", err=True)
    if read.failures:
        raise typer.Exit(1)


DbOption = Annotated[Optional[str], typer.Option(help="SQLAlchemy URL of the database [default: data/curated/pilotplans.db].")]
DocumentOption = Annotated[Optional[list[str]], typer.Option("--document", "-d", help="Only this document id (repeatable).")]
FormatOption = Annotated[Fmt, typer.Option("--format", "-f", help="Output format.")]
OutputOption = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")]


def _stored(db: Optional[str], ids: Optional[list[str]] = None):
    """The documents in the database (all, or those with the given ids); a missing id is an error."""
    from pilotplans.store.db import load_documents

    with _errors():
        stored = load_documents(_existing_db(db), ids=ids)
    missing = sorted(set(ids or ()) - {d.id for d in stored})
    if missing:
        _fail(f"no document with id {', '.join(missing)} in the database (see `pilotplans documents`)")
    return stored


def _terminal_width() -> int:
    from shutil import get_terminal_size

    return get_terminal_size((160, 24)).columns


def _listing(headers: list[str], rows: list[list[str]], fmt: Fmt, output: Optional[Path]) -> None:
    from pilotplans.export import render_rows

    _write(render_rows(headers, rows, fmt.value, width=_terminal_width()), output)


@app.command()
def documents(db: DbOption = None, format: FormatOption = Fmt.table, output: OutputOption = None) -> None:
    """List the documents in the database with their metadata and counts."""
    rows = []
    for d in _stored(db):
        warnings = len(d.warnings) + sum(len(m.warnings) for m in d.measures)
        title = d.title or "" if format != Fmt.table else _short(d.title, 16)
        rows.append([d.id, d.level or "", d.region or "", str(d.round or ""), d.doc_no or "", str(d.date or ""),
                     str(len(d.measures)), str(warnings), title])
    _listing(["id", "level", "region", "round", "文号", "date", "measures", "warnings", "title"], rows, format, output)


@app.command()
def measures(
    document: DocumentOption = None,
    number: Annotated[Optional[int], typer.Option("--number", "-n", help="Only the measure with this number.")] = None,
    search: Annotated[Optional[str], typer.Option("--search", "-s", help="Only measures whose text or responsibility contains this.")] = None,
    warning: Annotated[Optional[str], typer.Option(help="Only measures carrying this warning code.")] = None,
    format: FormatOption = Fmt.table,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """Query the measures in the database."""
    from pilotplans.export import measures_out, render

    records = [
        r for r in measures_out(_stored(db, document))
        if (number is None or r.number == number)
        and (search is None or search in r.text or search in (r.responsibility or ""))
        and (warning is None or warning in r.warnings)
    ]
    _write(render(records, format.value, width=_terminal_width()), output)


@app.command()
def departments(
    unresolved: Annotated[bool, typer.Option("--unresolved", help="Only names that resolve to no body of the registry.")] = False,
    document: DocumentOption = None,
    format: FormatOption = Fmt.table,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """List the bodies the measures name, with how often and in which roles."""
    from pilotplans.report import department_summary

    rows = [
        [body.id or "", body.name, body.level or "", body.counterpart or "", str(body.mentions), str(len(body.measures)),
         ",".join(sorted(body.documents)), " ".join(f"{r}:{n}" for r, n in body.roles.most_common()),
         "、".join(w for w, _ in body.written.most_common())]
        for body in department_summary(_stored(db, document), unresolved_only=unresolved)
    ]
    _listing(["id", "name", "level", "counterpart", "mentions", "measures", "documents", "roles", "written as"], rows, format, output)


@app.command()
def regions(document: DocumentOption = None, format: FormatOption = Fmt.table, output: OutputOption = None, db: DbOption = None) -> None:
    """List the pilot areas the measures apply to, with counts (all, and named explicitly)."""
    from pilotplans.report import region_summary

    rows = [[r.id, r.name, str(r.measures), str(r.listed), ",".join(sorted(r.documents))] for r in region_summary(_stored(db, document))]
    _listing(["code", "name", "measures", "named in a list", "documents"], rows, format, output)


@app.command()
def check(db: DbOption = None) -> None:
    """Print every department or region mention that resolves to nothing; exit 1 if there is any."""
    from pilotplans.report import unresolved_mentions

    stored = _stored(db)
    found = unresolved_mentions(stored)
    for item in found:
        typer.echo(f"{item.document}\t{item.measure}\t{item.kind}\t{item.message}")
    for document, raw, nearest in _nearest_entries(stored):
        typer.echo(f"{document}\t{raw}\tnearest: {'; '.join(nearest) if nearest else '(none)'}")
    mentions = sum(len(m.departments) for d in stored for m in d.measures)
    typer.echo(f"{len(found)} unresolved mention(s) among {mentions} department mentions in {len(stored)} document(s)", err=True)
    if found:
        raise typer.Exit(1)


def _nearest_entries(documents) -> list[tuple[str, str, list[str]]]:
    """For every distinct unresolved body mention of each document, the nearest registry entries
    (registered names, places, and the titles of local bodies in the document's region) with the id
    each stands for in that document."""
    from pilotplans.normalizers.links import document_context
    from pilotplans.normalizers.resolve import nearest_entries, resolve_body

    rows = []
    for document in documents:
        raws = dict.fromkeys(link.raw for m in document.measures for link in m.departments if link.id is None)
        if not raws:
            continue
        context, _ = document_context(document)
        for raw in raws:
            near = [(text, resolve_body(text, context).id) for text in nearest_entries(raw, context)]
            rows.append((document.id, raw, [f"{text} ({body_id})" if body_id else text for text, body_id in near]))
    return rows


class DiffFmt(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _diff_db(db: Optional[str]) -> Optional[str]:
    """The database to look document ids up in: --db, or the default one if it exists."""
    from pilotplans.store.db import sqlite_path

    url = db or _default_db(DEFAULT_OUT)
    with _errors():
        path = sqlite_path(url)
    return None if path is not None and not path.exists() else url


@app.command()
def diff(
    national: Annotated[str, typer.Argument(help="The source plan: a document id in the database, or a file.")],
    local: Annotated[str, typer.Argument(help="The plan derived from it (a local plan, or a newer round): an id or a file.")],
    format: Annotated[DiffFmt, typer.Option("--format", "-f", help="Output format.")] = DiffFmt.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    region: Annotated[Optional[str], typer.Option(help="Region of LOCAL (e.g. 厦门) when the document does not record it.")] = None,
    db: Annotated[Optional[str], typer.Option(help="SQLAlchemy URL of the database [default: data/curated/pilotplans.db].")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write a self-contained HTML report (the plans side by side) to this file.")] = None,
) -> None:
    """Align the measures of two plans: what did the local plan do with each national measure?

    Every link has a relation (same, adapted, merged, split, local, dropped), a score, and an
    ownership check (consistent, different, unknown) of the two responsibility cells.
    """
    from pilotplans.diff import diff_documents
    from pilotplans.diff.render import render as render_diff
    from pilotplans.diff.sources import load_document, with_region

    with _errors():
        url = _diff_db(db)
        source = load_document(national, url)
        derived = with_region(load_document(local, url), region)
        result = diff_documents(source, derived)
    if html is not None:
        from pilotplans.diff.html import render_html
        from pilotplans.files import write_atomic

        with _errors():
            write_atomic(html, render_html(result, base_dir=Path.cwd()), make_folders=True)
        typer.echo(f"wrote HTML report {html}", err=True)
    _write(render_diff(result, format.value), output)


@app.command()
def coverage(
    national: Annotated[Optional[str], typer.Option("--national", "-n", help="Only this national document id [default: every stored national plan that a stored local plan implements].")] = None,
    local: Annotated[Optional[list[str]], typer.Option("--local", "-l", help="Local document id (repeatable) [default: every stored plan implementing NATIONAL].")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Also write the matrices as CSV (UTF-8 with BOM) to this file.")] = None,
    db: Annotated[Optional[str], typer.Option(help="SQLAlchemy URL of the database [default: data/curated/pilotplans.db].")] = None,
) -> None:
    """Print, for every stored national plan, the matrix of its measures × the stored local plans
    that implement it (same, adapted, split, merged, dropped), saying how each local plan was
    linked: by the 文号 it cites, by the manifest, or inferred from its measures."""
    from pilotplans.diff.coverage import coverage_matrix, plan_groups, select, unlinked_table
    from pilotplans.diff.coverage import to_csv as coverage_csv
    from pilotplans.diff.coverage import to_table as coverage_table
    from pilotplans.store.db import load_documents

    with _errors():
        stored = load_documents(_existing_db(db))
        groups = plan_groups(stored)
        chosen = select(groups, stored, national, local or ())
        matrices = [coverage_matrix(n, [d for d, _ in members], links=[link for _, link in members])
                    for n, members in chosen]
    for matrix in matrices:
        typer.echo(coverage_table(matrix, width=_terminal_width()), nl=False)
    if national is None and not local:
        typer.echo(unlinked_table(groups), nl=False)
    if output is not None:
        _write(coverage_csv(matrices), output)


class LineageFmt(str, Enum):
    table = "table"
    jsonl = "jsonl"


@app.command()
def lineage(
    rounds: Annotated[Optional[list[str]], typer.Option("--round", "-r", help="A national plan (document id or file), oldest first; repeatable [default: every stored national plan, by round].")] = None,
    measure: Annotated[Optional[str], typer.Option("--measure", "-m", help="Only the history of this measure: DOC:NUMBER (national-2020:59), ROUND:NUMBER (2020:59) or DOC:#POSITION for an unnumbered task.")] = None,
    format: Annotated[LineageFmt, typer.Option("--format", "-f", help="Output format.")] = LineageFmt.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write the lineage as a self-contained HTML page to this file.")] = None,
    db: Annotated[Optional[str], typer.Option(help="SQLAlchemy URL of the database [default: data/curated/pilotplans.db].")] = None,
) -> None:
    """Follow each measure through the national rounds (2018 tasks → 2020 measures → 2025 list):
    carried, changed, merged, split, new or dropped at each step."""
    from pilotplans.diff.lineage import history
    from pilotplans.diff.lineage import lineage as follow
    from pilotplans.diff.lineage import to_jsonl as lineage_jsonl
    from pilotplans.diff.lineage import to_table as lineage_table
    from pilotplans.diff.sources import load_document

    with _errors():
        url = _diff_db(db)
        if rounds:
            documents = [load_document(r, url) for r in rounds]
        else:
            from pilotplans.store.db import load_documents

            documents = sorted((d for d in load_documents(_existing_db(db)) if d.level == "national" and d.round),
                               key=lambda d: (d.round, d.id))
        result = follow(documents)
        if measure:
            result = history(result, measure)
    if html is not None:
        from pilotplans.diff.lineage_html import render_lineage_html
        from pilotplans.files import write_atomic

        write_atomic(html, render_lineage_html(result))
        typer.echo(f"wrote HTML lineage {html}", err=True)
    text = lineage_jsonl(result) if format == LineageFmt.jsonl else lineage_table(result, width=_terminal_width())
    _write(text, output)


def main() -> None:
    import signal

    from pilotplans.interrupts import handle_program_interrupts

    handle_program_interrupts()
    try:
        app()
    finally:  # the command is done and has said so; the process only has to end
        signal.signal(signal.SIGINT, signal.SIG_IGN)


if __name__ == "__main__":
    main()
