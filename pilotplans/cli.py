"""The `pilotplans` command line: a thin layer over the library.

Every command is a call of a library function a Python user can make too; errors reach the
user as one line naming the file and the cause, with a non-zero exit.

No ``from __future__ import annotations`` here: typer reads every command's signature when
the program starts, and would evaluate each annotation string twice (a third of its set-up).
"""

import sys
from collections.abc import Callable, Iterator, Sized
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Optional

import typer

from pilotplans.cli_help import PlainCommand, PlainGroup
from pilotplans.cli_common import (  # noqa: F401 - named here too: the commands' helpers, as before
    DEFAULT_OUT,
    DEFAULT_RAW,
    WORKBOOK_TO_A_TERMINAL,
    Fmt,
    OcrChoice,
    _auto,
    _checked_url,
    _chosen,
    _default_db,
    _DOCUMENT_NOTES,
    _errors,
    _fail,
    _interruptible,
    _is_url,
    _named_or,
    _names_a_read_kind,
    _note_beside,
    _note_first_run,
    _note_left_out,
    _ocr_settings,
    _one_of,
    _pdf_settings,
    _progress,
    _refuse_bad_segmenter,
    _refuse_output_over_a_source,
    _render_measures,
    _sources_to_read,
    _table_width,
    _terminal_width,
    _write,
    format_named_by,
    quiet_libraries,
)

from pilotplans.errors import PilotplansError
from pilotplans.relations import ADDITION, ALL_RELATIONS

if TYPE_CHECKING:
    from pilotplans.diff.models import DocumentRef
    from pilotplans.fit import ColumnFit
    from pilotplans.schema.models import Document


class _OneLineBadValues(PlainGroup):
    """The program's commands, whose options given a value they do not take (``--level city``,
    ``--workers 0``), an option they do not take at all (``--bogus``), or an argument missing or one
    too many (``extract`` alone, ``diff a b c``), say so in one ``error:`` line and exit 2, as an
    option naming something that does not exist does, rather than in typer's box of usage lines."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except sys.modules[typer.BadParameter.__module__].NoSuchOption as exc:  # `pilotplans --bogus`
            _fail(unknown_option_message(exc), 2)
            raise

    def invoke(self, ctx: typer.Context):
        exceptions = sys.modules[typer.BadParameter.__module__]  # click's, or the click typer carries within itself
        try:
            return super().invoke(ctx)
        except exceptions.NoSuchOption as exc:
            _fail(unknown_option_message(exc), 2)
        except typer.BadParameter as exc:
            # no value at all (a missing argument) is a usage error: the line names the command's usage.
            # Its class is beside BadParameter's, in click or in the click typer carries within itself
            if isinstance(exc, exceptions.MissingParameter):
                _fail(usage_message(exc), 2)
            _fail(bad_value_message(exc), 2)
        except exceptions.UsageError as exc:  # an argument too many, an option without its value, no such command
            _fail(usage_message(exc, self._command_context(ctx)), 2)

    def _command_context(self, ctx: typer.Context) -> typer.Context:
        """A context of the command the arguments name, not parsed (for its usage line, when the error
        raised while parsing them carries none: ``--format`` given no value); the program's otherwise."""
        name = ctx.invoked_subcommand  # set once the command is found, before its arguments are parsed
        command = self.get_command(ctx, name) if name else None
        return ctx if command is None else command.context_class(command, info_name=name, parent=ctx)


def unknown_option_message(exc: Exception) -> str:
    """One line naming an option a command does not take (``--bogus``) and the one it most likely
    meant, or else every option the command takes."""
    name = getattr(exc, "option_name", "")
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "pilotplans"
    close = sorted(getattr(exc, "possibilities", None) or ())
    if close:
        return f"{command} has no option {name}: did you mean {' or '.join(close)}?"
    taken = [] if ctx is None else [p.opts[0] for p in ctx.command.get_params(ctx)
                                    if p.param_type_name == "option" and p.opts and p.opts[0].startswith("--")]
    return f"{command} has no option {name}; it takes {', '.join(taken)}" if taken else f"{command} has no option {name}"


#: Said after arguments too many: most often the words of one value the shell parted at its spaces.
EXTRA_WORDS_HINT = "a value holding spaces, as a document id made from a file's name, goes in quotes"


def usage_message(exc: Exception, command: "Optional[typer.Context]" = None) -> str:
    """One line naming what is missing or too many on a command line (``pilotplans extract``, ``diff a b c``)
    in click's words, and the command's usage as its ``--help`` shows it (``command``'s when the error
    names no context of its own)."""
    said = exc.format_message().rstrip(".") if hasattr(exc, "format_message") else str(exc)
    first, *more = said.split(". ")  # click's second sentence, a hint (Did you mean 'extract'?), in brackets
    said = first[:1].lower() + first[1:] + "".join(f" ({m[:1].lower()}{m[1:]})" for m in more)
    ctx = getattr(exc, "ctx", None) or command
    if "extra argument" in said and ctx is not None and _gave_a_value(ctx):  # `-d chengdu 2020 tasks`
        said += f" ({EXTRA_WORDS_HINT})"
    if ctx is None:
        return said
    usage = " ".join([ctx.command_path, *ctx.command.collect_usage_pieces(ctx)])
    return f"{ctx.command_path}: {said}; usage: {usage}"


def _gave_a_value(ctx: "typer.Context") -> bool:
    """Whether the command line gave one of the command's parameters a value of words (a text or a path;
    a flag, a number or a choice is none): words too many after it may be the rest of that value, parted
    by the shell at its spaces."""
    def given(name: str | None) -> bool:  # by the source's name: the click typer carries, or click's own
        source = ctx.get_parameter_source(name) if name else None
        return source is not None and source.name == "COMMANDLINE"

    return any(not getattr(param, "is_flag", False) and _takes_words(param) and given(param.name)
               for param in ctx.command.params)


def _takes_words(param: object) -> bool:
    """Whether a value of ``param`` is words that may hold a space (``str``, a path, a list of them); a
    number or one of a set of choices (``-f table``) never is. A parameter of no known type may."""
    from typing import get_args, get_origin

    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", str)
    if get_origin(annotation) in (list, tuple, set):
        annotation = next(iter(get_args(annotation)), str)
    if not isinstance(annotation, type):
        return True
    return issubclass(annotation, (str, Path)) and not issubclass(annotation, Enum)


#: What a value given where a number goes is not, by the validator's kind of error.
NOT_A_NUMBER = {"int_parsing": "a whole number", "float_parsing": "a number"}


def bad_value_message(exc: typer.BadParameter) -> str:
    """One line naming the option and why its value was refused (a word where a number goes: the word)."""
    why = exc.message.removeprefix("Value error, ")  # the validator's label of a refused value, no reason
    errors = getattr(exc.__cause__, "errors", None)
    first = errors()[0] if callable(errors) and errors() else {}
    if first.get("type") in NOT_A_NUMBER:  # "Input should be a valid integer, unable to parse string as an integer"
        why = f"{first.get('input')!r} is not {NOT_A_NUMBER[first['type']]}"
    elif first.get("type") == "greater_than_equal":  # "Input should be greater than or equal to 1": the least it takes
        least = first.get("ctx", {}).get("ge")
        why = f"{first.get('input')} is less than {least}, the least it takes: give {least} or more"
    names = list(exc.param.opts) if exc.param is not None else []
    return f"{names[0]}: {why}" if names else why


app = typer.Typer(
    help="Turn Chinese pilot-programme task tables into typed, traceable data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=_OneLineBadValues,
)

def _print_version(asked: bool) -> None:
    """``--version``: the package's version on stdout, exit 0, before any command is looked for."""
    if asked:
        import pilotplans

        try:
            version = pilotplans.__version__
        except AttributeError as exc:  # run from a folder where pilotplans is not installed
            _fail(str(exc))
        typer.echo(f"pilotplans {version}")
        raise typer.Exit()


@app.callback()
def _quiet_libraries(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_print_version, is_eager=True,
                                          help="Print the version of pilotplans and exit.")] = False,
) -> None:
    """Keep the log lines of the libraries pilotplans uses (pdfminer on a damaged stream, say) off
    the terminal: a problem with a file reaches the user as pilotplans' own one-line error."""
    quiet_libraries()


def _dataset(db: Optional[str]):
    """The dataset at ``--db`` (or the default one), which must exist."""
    from pilotplans.api import Dataset

    return Dataset(_existing_db(db))


def _existing_db(db: Optional[str]) -> str:
    from pilotplans.store.advice import rebuild_advice
    from pilotplans.store.db import sqlite_path

    url = db or _default_db(DEFAULT_OUT)
    with _errors():
        path = sqlite_path(url)
    if path is not None and not path.exists():
        if db is not None:  # a bare `pilotplans rebuild` would build data/curated's database, not this one
            _fail(f"{path}: no such database: --db names no file (a typo?); {rebuild_advice(db)} builds the dataset there")
        if not DEFAULT_RAW.is_dir():  # run outside the pilotplans folder, where a rebuild has nothing to read
            _fail(f"{path}: no database yet in {Path.cwd()}: run the command in the pilotplans folder (after "
                  "`pilotplans rebuild`), or pass --db URL")
        _fail(f"{path}: no database yet; run `pilotplans rebuild` first (or pass --db URL)")
    return url


WorkersOption = Annotated[Optional[int], typer.Option(
    "--workers", metavar="N", min=1, help="Processes that read the files in parallel, and in a rebuild diff the local plans.", show_default="one per 256 KiB of files to read, and one per 8 plans to diff, up to the cores; 1 does everything in this process")]


PdfWorkersOption = Annotated[Optional[int], typer.Option(
    "--pdf-workers", metavar="N", min=1, help="Processes that read a PDF's pages in parallel (1 by default).")]
PdfSettingOption = Annotated[Optional[list[str]], typer.Option(
    "--pdf-setting", metavar="NAME=VALUE",
    help="Change one tolerance of the PDF reader (repeatable), e.g. gutter_em=0.8; see pilotplans.parsers.pdf.PdfSettings.")]


class LevelChoice(str, Enum):
    """A document's level (:data:`pilotplans.schema.models.Level`), as ``documents --level`` takes it."""

    national = "national"
    provincial = "provincial"
    municipal = "municipal"
    county = "county"
    township = "township"


OcrOption = Annotated[OcrChoice, typer.Option(
    "--ocr", help="Read pages through OCR: auto (pages without a text layer, and image files), always (every page) "
                  "or never. Needs the ocr extra: pip install '.\\[ocr]' in the pilotplans folder (or 'pilotplans\\[ocr]' from a package index).")]
OcrWorkersOption = Annotated[Optional[int], typer.Option(
    "--ocr-workers", metavar="N", min=1, help="Processes that recognise pages in parallel (one per core by default).")]


@app.command(cls=PlainCommand)
def rebuild(
    raw: Annotated[Path, typer.Option(metavar="DIR", help="Folder of source documents with their manifest.toml.")] = DEFAULT_RAW,
    out: Annotated[Path, typer.Option(metavar="DIR", help="Folder the curated dataset is written to.")] = DEFAULT_OUT,
    db: Annotated[Optional[str], typer.Option(metavar="URL", help="SQLAlchemy URL of the database.", show_default="sqlite:///OUT/pilotplans.db")] = None,
    full: Annotated[bool, typer.Option("--full", help="Read every document again, even those unchanged since the last rebuild.")] = False,
    workers: WorkersOption = None,
    pdf_workers: PdfWorkersOption = None,
    pdf_setting: PdfSettingOption = None,
    ocr: OcrOption = OcrChoice.auto,
    ocr_workers: OcrWorkersOption = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Rebuild into another program's database, refused otherwise: replace a SQLite file that is no database, holds no pilotplans table or holds other tables beside pilotplans' (what it holds is lost); on PostgreSQL, drop a table of another program's named as one of pilotplans'.")] = False,
) -> None:
    """Rebuild the curated dataset (database with its search index, measures.csv, measures.jsonl,
    measures.xlsx) from the raw folder.

    Nothing is replaced unless every source document reads. Documents whose file, manifest entry
    and reader are unchanged since the last rebuild are carried over without reading them again.
    """
    from pilotplans import cli_read

    cli_read.rebuild(raw, out, db, full, workers, pdf_workers, pdf_setting, ocr, ocr_workers, overwrite)


@contextmanager
def _steps(what: str) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar on a terminal (stderr) for work of several steps (``coverage`` diffing the plans stored after the
    last rebuild, a second or so each), fed one call per step done (its name, the steps done, the steps in all) and
    gone when the work is; None elsewhere (a pipe, a file), as :func:`_progress`."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(what, total=None, visible=False)

        def step(name: str, done: int, total: int) -> None:
            said = f"{what} (last: {name})" if name else what
            progress.update(task, description=said, completed=done, total=total, visible=done < total)

        try:
            yield step
        finally:
            progress.stop()


@app.command(cls=PlainCommand)
def extract(
    sources: Annotated[list[str], typer.Argument(metavar="PATH_OR_URL...", help="Notices to read: files (text, DOCX, PDF, HTML, or a scan as PNG, JPEG, TIFF, BMP, GIF or WebP; the format is told from the content) or URLs of notice pages (their attachments are read too).")],
    format: Annotated[Optional[Fmt], typer.Option("--format", "-f", help="Output format.", show_default="what --output's extension names (.csv, .json, .jsonl, .xlsx); else table on a terminal, jsonl when piped")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of standard output (a table whole, fitted to no terminal).")] = None,
    db: Annotated[Optional[str], typer.Option(metavar="URL", help="Also store the documents in this database (SQLAlchemy URL).")] = None,
    timeout: Annotated[float, typer.Option(metavar="SECONDS", help="Seconds to wait for a web server (per request).")] = 30.0,
    max_mb: Annotated[float, typer.Option("--max-mb", metavar="MIB", help="Largest file fetched from the web, in MiB.")] = 64.0,
    workers: WorkersOption = None,
    pdf_workers: PdfWorkersOption = None,
    pdf_setting: PdfSettingOption = None,
    ocr: OcrOption = OcrChoice.auto,
    ocr_workers: OcrWorkersOption = None,
) -> None:
    """Read notices (files or web pages) and print their measures, without touching the curated dataset.

    A URL is fetched as a notice page: its body is read, and so is every attachment it links to
    (.pdf, .docx, .doc, .wps, .xls, .xlsx, .et, .ofd; a .html, .htm or .txt page when its link
    says 附件); a legacy .doc or .wps attachment is converted by LibreOffice where it is installed.
    A file or attachment that cannot be read is reported on stderr with the reason and the others
    are still read; the exit code is 1 if any failed.
    """
    from pilotplans import cli_read

    cli_read.extract(sources, format, output, db, timeout, max_mb, workers, pdf_workers, pdf_setting, ocr, ocr_workers)


def _taken_up_note(reference: str, national, cells, unlinked: "tuple[str, ...]" = ()) -> str:
    """The line saying which local plans took up the national measure ``reference`` names (``national``), how and in
    which of their measures, and which dropped it (``cells``: each plan's id and coverage cell), and which stored plans
    of its programme and round were counted neither way, linked to no national plan (``unlinked``)."""
    from pilotplans.errors import shown_id, shown_ids
    from pilotplans.export import cut

    taken = [f"{shown_id(plan)} ({cell.text})" for plan, cell in cells if cell.locals]
    dropped = [shown_id(plan) for plan, cell in cells if not cell.locals]
    said = f"taken up by {', '.join(taken)}" if taken else "taken up by no stored local plan"
    loose = (f"; not counted, linked to no national plan though of its programme and round: {shown_ids(unlinked)} "
             "(a manifest's parent links them)") if unlinked else ""
    return (f"note: {reference} ({cut(national.text, 20)}): {said}" + (f"; dropped by {', '.join(dropped)}" if dropped else "")
            + loose)


def _adoptions(data, reference: str, cells, records, document: Optional[list[str]], with_dropped: bool) -> list:
    """The rows ``measures --implements`` writes to a file or a pipe (:mod:`pilotplans.adoptions`): each local plan's
    ``records`` taking up the national measure ``reference`` names (NATIONAL:LABEL, the label as its plan gives it)
    with their relation, and — ``with_dropped``, when no filter
    of the measures' own was given — the plans (of ``document``, when given) that dropped it."""
    from pilotplans.adoptions import adoptions

    wanted = [plan for plan, _ in cells if document is None or plan in document]
    plans = {plan.id: plan for plan in data.documents(wanted)} if wanted else {}
    return adoptions(data.national_reference(reference), cells, records, plans, with_dropped=with_dropped)


DbOption = Annotated[Optional[str], typer.Option(metavar="URL", help="SQLAlchemy URL of the database.", show_default="data/curated/pilotplans.db")]
DocumentOption = Annotated[Optional[list[str]], typer.Option("--document", "-d", metavar="ID", help="Only this document id (repeatable).")]
FormatOption = Annotated[Optional[Fmt], typer.Option("--format", "-f", help="Output format.", show_default="what --output's extension names (.csv, .json, .jsonl, .xlsx); else table on a terminal, jsonl when piped")]
OutputOption = Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of standard output (a table whole, fitted to no terminal).")]


def _stored(db: Optional[str], ids: Optional[list[str]] = None):
    """The documents in the database (all, or those with the given ids); a missing id is an error."""
    with _errors():
        return _dataset(db).documents(ids)


def _listing(title: str, headers: list[str], rows: list[list[object]], fmt: Fmt, output: Optional[Path], *,
             keys: int = 1, shortened: bool = False, fit: "Optional[ColumnFit]" = None) -> None:
    """Print a listing (values typed: numbers stay numbers in JSON and in a workbook); the first
    ``keys`` columns are ids, which a table never wraps (``shortened``: document ids, which a long
    file name makes, shortened to their share of the terminal as in a table of measures). With
    ``fit``, a table wraps no value: it cuts its flexible column and, on a terminal too narrow even
    so, leaves out whole columns, said on stderr."""
    if fmt == Fmt.xlsx:
        from pilotplans.xlsx import rows_workbook

        _write(rows_workbook(title, headers, rows), output)  # type: ignore[arg-type]
        return
    if fmt == Fmt.table and not rows:  # the caller's note says nothing matched
        _table_of_nothing(output)
        return
    if fmt == Fmt.table and fit is not None:
        from pilotplans.export import render_fitted_rows

        width = _table_width(output)
        text, left_out = render_fitted_rows(headers, rows, width, fit, shortened=shortened)
        _write(text, output)
        _note_left_out(left_out, width)
        return
    from pilotplans.export import render_rows

    _write(render_rows(headers, rows, fmt.value, width=_table_width(output), keys=keys, shortened=shortened), output)


def _table_of_nothing(output: Optional[Path]) -> None:
    """A table of nothing: no frame of headers alone on the terminal, and a file asked for written
    empty, so that no earlier run's table is left in it to be read as this one's."""
    if output is not None:
        _write("", output)


def _note_none(found: Sized, what: str, db: Optional[str], *, filtered: bool = True) -> None:
    """Say on stderr that a listing holds no ``what`` (a table of headers alone, or nothing, says no word): that
    nothing matches, or, of a database holding no document (pilotplans' tables and no row in them), that nothing is
    stored and how to store it — nothing was there to match. A listing asked for no filter (``filtered`` false) of a
    database holding documents says how many it holds and that none has a ``what``: no filter was there to match."""
    if len(found):
        return
    url = _existing_db(db)
    from pilotplans.store.read import document_ids

    with _errors():
        stored = document_ids(url)
    if not stored:
        _note_no_document(url)
    elif filtered:
        typer.echo(f"note: no {what} matches", err=True)
    else:
        from pilotplans.store.db import shown_url

        typer.echo(f"note: {shown_url(url)} holds {len(stored)} document(s) and no {what} of theirs "
                   f"(`pilotplans documents` lists them)", err=True)


def _note_no_document(url: str) -> None:
    """Say on stderr that the database at ``url`` holds no document yet, and how to store plans in it."""
    from pilotplans.store.advice import extract_advice, rebuild_advice
    from pilotplans.store.db import shown_url

    typer.echo(f"note: {shown_url(url)} holds no document yet: store plans in it with {extract_advice(url)}, or build "
               f"the dataset with {rebuild_advice(url)}", err=True)


@app.command(cls=PlainCommand)
def documents(level: Annotated[Optional[LevelChoice], typer.Option(
                  "--level", help="Only documents of this level: national, provincial, municipal (a prefecture-level "
                                  "city, a municipality), county (a county, county-level city or district) or township (a 乡, 镇, 街道 or 苏木 "
                                  "issuing its own document).")] = None,
              format: FormatOption = None, output: OutputOption = None, db: DbOption = None,
              ) -> None:  # the options in the order every listing's help gives them: what to keep, the format, where
    """List the documents in the database with their metadata and counts: each plan's programme and round, and the
    national plan it implements (parent)."""
    from pilotplans.fit import DOCUMENTS

    format = _auto(format, output, Fmt)
    rows: list[list[object]] = []
    stored = _stored(db)
    for d in stored:
        if level is not None and d.level != level.value:
            continue
        warnings = len(d.warnings) + sum(len(m.warnings) for m in d.measures)
        rows.append([d.id, d.level, d.region, d.programme, d.round, d.parent, d.doc_no, d.date, len(d.measures), warnings,
                     d.title])
    _listing("documents", ["id", "level", "region", "programme", "round", "parent", "文号", "date", "measures", "warnings",
                           "title"], rows, format, output,
             shortened=True, fit=DOCUMENTS)
    _note_none(rows, "document", db)
    if level is not None and level.value in ("county", "municipal"):
        _note_stored_before_county(stored, _existing_db(db))
    if level is not None and level.value in ("township", "county", "municipal"):
        _note_stored_before_township(stored, _existing_db(db))


def _note_stored_before_county(stored: "list[Document]", url: str) -> None:
    """Say, on stderr, which stored documents read ``municipal`` have a county-level region: a database
    stored before the ``county`` level existed lists them under ``--level municipal``, not ``county``.
    Nothing is said of a database the last rebuild wrote with this version's reader: it read every
    document again, so a ``municipal`` it kept for a county-level region is its manifest's choice."""
    from pilotplans.normalizers.place import stored_before_county
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.store.advice import rebuild_advice

    old = stored_before_county(stored, load_registry().gazetteer)
    if old and not _rebuilt_by_this_reader(url):
        named = _first_named(old, lambda d: d.region)
        typer.echo(f"note: {len(old)} stored document(s) read municipal have a county-level region ({named}): they "
                   "were stored before the county level existed (or a manifest gave them municipal); run "
                   f"{rebuild_advice(url)} to re-read them at their level", err=True)


def _note_stored_before_township(stored: "list[Document]", url: str) -> None:
    """Say, on stderr, which stored documents a township issues read at another level (a county's, as a
    database stored before the ``township`` level existed holds them), as :func:`_note_stored_before_county`
    says of a county's plans read ``municipal``; nothing of a database this version's reader rebuilt."""
    from pilotplans.normalizers.place import stored_before_township
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.store.advice import rebuild_advice

    old = stored_before_township(stored, load_registry().gazetteer)
    if old and not _rebuilt_by_this_reader(url):
        named = _first_named(old, lambda d: d.issuer)
        typer.echo(f"note: {len(old)} stored document(s) a township issues read another level ({named}): they "
                   "were stored before the township level existed (or a manifest gave them their level); run "
                   f"{rebuild_advice(url)} to re-read them at their level", err=True)


def _first_named(docs: "list[Document]", what: "Callable[[Document], object]") -> str:
    """The first three of ``docs`` by id with what ``what`` reads of each in brackets, ``…`` after them when
    there are more: the list the notes on documents stored before a level existed print."""
    from pilotplans.errors import shown_id

    return "、".join(f"{shown_id(d.id)} ({what(d)})" for d in docs[:3]) + (" …" if len(docs) > 3 else "")


def _rebuilt_by_this_reader(url: str) -> bool:
    """Whether the last rebuild of the database at ``url`` read its documents with this version's reader
    (its ``version.reader`` fact); not for one an older version, or ``extract --db`` alone, wrote."""
    from pilotplans.ingest.versions import reader_version
    from pilotplans.store.previous import previous_build

    stored = previous_build(url).info.get("version.reader")
    return stored is not None and stored == reader_version()


@app.command(cls=PlainCommand)
def measures(
    document: DocumentOption = None,
    number: Annotated[Optional[int], typer.Option("--number", "-n", metavar="NUMBER", help="Only the measure with this number.")] = None,
    search: Annotated[Optional[list[str]], typer.Option("--search", "-s", metavar="TEXT", help="Only measures whose text or responsibility contains this string; repeatable: any of them (-s 跨境 -s 数据). See `pilotplans search` for word search.")] = None,
    warning: Annotated[Optional[str], typer.Option(metavar="CODE", help="Only measures carrying this warning code (an unknown code lists the valid ones).")] = None,
    implements: Annotated[Optional[str], typer.Option(metavar="NATIONAL:LABEL", help="Only the local plans' measures taking up this national measure (national-2020:76; a number its plan prints twice named with its headings' numbers, NATIONAL:二、1, or #POSITION), as coverage links them: which plans took it up, who owns it in each; stderr names the plans that dropped it. CSV, JSON, JSONL and XLSX lead each row with two columns, `implements` (national-2020:76) and `relation` (same, adapted, merged or split), and give each plan that dropped it a row of its own, `dropped`, holding the plan's fields alone (unless -n, -s or --warning filters the measures).")] = None,
    format: FormatOption = None,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """Query the measures in the database."""
    if implements is not None:  # the coverage it is read from may diff plans
        _refuse_bad_segmenter()
    format = _auto(format, output, Fmt)
    with _errors():
        data = _dataset(db)
        taken = None
        if implements is not None:
            national_measure, taken, unlinked = data.taking_up(implements)  # the coverage of its plan, made once
            typer.echo(_taken_up_note(implements, national_measure, taken, unlinked), err=True)
        records = data.measures(document, number=number, contains=search or None, warning=warning, implements=taken)
        if taken is not None and format != Fmt.table:
            rows = _adoptions(data, f"{implements.rpartition(':')[0]}:{national_measure.label}", taken, records, document,
                              with_dropped=number is None and not search and warning is None)
    if taken is not None and format != Fmt.table:
        from pilotplans.adoptions import render_adoptions

        _write(render_adoptions(rows, format.value), output)
        _note_none(rows, "measure", db, filtered=True)
        return
    if records or format != Fmt.table:
        _write(_render_measures(records, format, output), output)
    else:
        _table_of_nothing(output)
    _note_none(records, "measure", db, filtered=bool(document or number is not None or search or warning or implements))


@app.command(name="search", cls=PlainCommand)
def search_command(
    query: Annotated[str, typer.Argument(metavar="QUERY", help="Words to find, in Chinese or not (跨境数据, 银保监, 数据 跨境: every part must match).")],
    document: DocumentOption = None,
    department: Annotated[Optional[list[str]], typer.Option("--department", metavar="NAME", help="Only measures naming this body: any id, name or alias (a central body also finds its local counterparts); repeatable.")] = None,
    region: Annotated[Optional[list[str]], typer.Option("--region", metavar="NAME", help="Only measures applying to this place (name or administrative code); repeatable.")] = None,
    round: Annotated[Optional[int], typer.Option("--round", metavar="YEAR", help="Only documents of this programme round (2018, 2020, 2025 …).")] = None,
    scope: Annotated[Optional[str], typer.Option("--scope", metavar="KIND", help="Only measures of this scope kind (all, listed, qualified, related, subordinate, none).")] = None,
    limit: Annotated[int, typer.Option("--limit", metavar="N", min=1, help="At most this many hits.")] = 50,
    format: FormatOption = None,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """Full-text search over measure text, headings, responsibility and remarks of every document,
    word by word in Chinese, best first, the matching words marked in a snippet."""
    _refuse_bad_segmenter()
    format = _auto(format, output, Fmt)
    with _errors():
        hits = _dataset(db).search(query, document=document or (), department=department or (), region=region or (),
                                   round=round, scope=scope, limit=limit + 1)  # one more: whether the limit cut any
    cut = len(hits) > limit
    hits = hits[:limit]
    said = f"{len(hits)} hit(s)" + (f" (the first {limit}; --limit for more)" if cut else "")
    if format == Fmt.table and hits:
        from pilotplans.export import hits_table

        _write(hits_table(hits, width=_table_width(output), styled=output is None and sys.stdout.isatty()), output)
        typer.echo(said, err=True)
        return
    headers = ["document", "number", "number_raw", "position", "score", "field", "snippet", "heading", "text", "responsibility",
               "remarks", "scope_kind", "round"]
    rows = [[getattr(h, name) for name in headers] for h in hits]
    _listing("search", headers, rows, format, output)
    if cut:  # in a file or a pipe too, what the records cannot show: that some were left out
        typer.echo(f"note: {said}", err=True)
    _note_none(hits, "measure", db)


class BodySort(str, Enum):
    mentions = "mentions"
    led = "led"


@app.command(cls=PlainCommand)
def departments(
    unresolved: Annotated[bool, typer.Option("--unresolved", help="Only names that resolve to no body of the registry, from every column (the 上级部门 column too).")] = False,
    document: DocumentOption = None,
    counterpart: Annotated[Optional[str], typer.Option("--counterpart", "-c", metavar="BODY", help="Only the local bodies whose central counterpart is this central body: its id or any of its names (mofcom, 商务部, 中华人民共和国商务部).")] = None,
    sort: Annotated[BodySort, typer.Option("--sort", help="Order: most mentions first, or most measures led (as lead, 牵头, or as the one carrying it out, 负责) first, their count in a column `led`.")] = BodySort.mentions,
    superior: Annotated[bool, typer.Option("--superior", help="Only the central bodies a local plan names in its 上级部门 column (the ministries it reports to), which the list leaves out of its own bodies.")] = False,
    format: FormatOption = None,
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """List the bodies the measures name as their owners, with how often, how many measures they lead and in which roles.

    A local plan's 上级部门 column names the central bodies it reports to, none of its own: they are listed
    apart, with --superior.
    """
    from pilotplans.fit import DEPARTMENTS

    format = _auto(format, output, Fmt)
    with _errors():
        bodies = _dataset(db).departments(document, unresolved=unresolved, counterpart=counterpart, order=sort.value,
                                          superior=superior)
    led = sort == BodySort.led  # the count the rows are ordered by, after the measures, only where they are
    # the party in every format but the terminal's table, whose room the names and counts need: there the level says
    # `other` of a collective or places, listed after every department as in every format
    party = format != Fmt.table
    rows: list[list[object]] = [
        [body.id, body.name, body.level, *([body.party] if party else []), body.counterpart, body.mentions, len(body.measures),
         *([len(body.led)] if led else []), ",".join(sorted(body.documents)),
         " ".join(f"{r}:{n}" for r, n in body.roles.most_common()), "、".join(w for w, _ in body.written.most_common())]
        for body in bodies
    ]
    _listing("departments", ["id", "name", "level", *(["party"] if party else []), "counterpart", "mentions", "measures",
                             *(["led"] if led else []),
                             "documents", "roles", "written as"], rows, format, output, shortened=True, fit=DEPARTMENTS)
    _note_none(rows, "body", db)


@app.command(cls=PlainCommand)
def regions(document: DocumentOption = None, format: FormatOption = None, output: OutputOption = None, db: DbOption = None) -> None:
    """List the pilot areas the measures apply to, with counts (all, and named explicitly)."""
    from pilotplans.fit import REGIONS

    format = _auto(format, output, Fmt)
    with _errors():
        found = _dataset(db).regions(document)
    rows: list[list[object]] = [[r.id, r.name, r.measures, r.listed, ",".join(sorted(r.documents))] for r in found]
    _listing("regions", ["code", "name", "measures", "named in a list", "documents"], rows, format, output, fit=REGIONS)
    _note_none(rows, "region", db)


@app.command(cls=PlainCommand)
def check(db: DbOption = None) -> None:
    """Print every department or region mention that resolves to nothing; exit 1 if there is any, or if the
    database holds no document (nothing was checked)."""
    data = _dataset(db)
    with _errors():
        stored = data.documents()
        found = data.unresolved()
    if not stored:  # 0 unresolved of nothing would read as a dataset that passed
        _note_no_document(_existing_db(db))
        raise typer.Exit(1)
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


#: The relations ``diff --relation`` takes: the diff's own list (:data:`pilotplans.relations.ALL_RELATIONS`, ``local`` a
#: local plan's additions, ``added`` a later round's), in its order.
DiffRelation = Enum("DiffRelation", {relation: relation for relation in ALL_RELATIONS}, type=str)  # type: ignore[misc]


class DiffFmt(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


def _diff_dataset(db: Optional[str]):
    """The dataset to look document ids up in: --db, or the default one (which may not exist:
    files are then read on the fly)."""
    from pilotplans.api import Dataset

    return Dataset(_checked_url(db or _default_db(DEFAULT_OUT)))


@app.command(cls=PlainCommand)
def diff(
    national: Annotated[str, typer.Argument(metavar="NATIONAL", help="The source plan: a document id in the database, or a file.")],
    local: Annotated[str, typer.Argument(metavar="LOCAL", help="The plan derived from it (a local plan, or a newer round): an id or a file.")],
    format: Annotated[Optional[DiffFmt], typer.Option("--format", "-f", help="Output format. The table, CSV and XLSX head NATIONAL's and LOCAL's columns national and local, or, of two plans of one level (two rounds: national-2018 → national-2020), by the plans: their rounds (2018, 2020, 2018 text; in CSV 2018_text), else their ids — and by their ids two plans implementing one plan (hainan-2020, xiamen-2020); JSON and JSONL keep the keys national, local, national_text … whatever the plans.", show_default="what --output's extension names (.csv, .json, .jsonl, .xlsx); else table on a terminal, jsonl when piped")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of standard output (a table whole, fitted to no terminal).")] = None,
    region: Annotated[Optional[str], typer.Option(metavar="NAME", help="Region of LOCAL (a province, city or county the gazetteer knows, e.g. 厦门 or 桐乡市) when the document does not record it; it replaces one recorded (a city's plan given a county's region reads county).")] = None,
    db: Annotated[Optional[str], typer.Option(metavar="URL", help="SQLAlchemy URL of the database the ids are looked up in, and the national plans a title LOCAL cites may name (two files need none: one that cannot be read is then a note).", show_default="data/curated/pilotplans.db")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", metavar="FILE", help="Also write a self-contained HTML report (the plans side by side) to this file.")] = None,
    relation: Annotated[Optional[list[DiffRelation]], typer.Option("--relation", help="Only the links of this relation (repeatable: --relation dropped --relation adapted); a local plan's own measures are `local`, those new in a later round of one plan (national-2018 → national-2020) `added`; the counts stay every link's, the HTML report shows every link.", show_default="every link")] = None,
) -> None:
    """Align the measures of two plans: what did the local plan do with each national measure (or a later round with the
    earlier one)?

    Every link has a relation (same, adapted, merged, split, local, dropped; of two rounds of one plan, added in place of
    local), a score, and an ownership check (consistent, different, unknown) of the two responsibility cells.

    The table shows each measure's owners under its text (↳商务部);
    --relation dropped lists the national measures the local plan left out.
    """
    _refuse_bad_segmenter()
    format = _auto(format, output, DiffFmt, html_option=True)
    if db is None:
        _refuse_ids_without_the_default_database(national, local)
    if _one_plan_twice(national, local, db):
        from pilotplans.errors import shown_id
        from pilotplans.store.advice import advised

        listed = "" if Path(national).is_file() else f" ({advised('documents', db)} lists the stored ones)"
        _fail(f"NATIONAL and LOCAL are the same plan ({shown_id(national)}): a diff says what LOCAL did with the "
              f"measures of NATIONAL, and a plan diffed against itself keeps every measure the same; name two plans{listed}")
    relations = frozenset(r.value for r in relation) if relation else None
    if format in (DiffFmt.table, DiffFmt.jsonl, DiffFmt.json, DiffFmt.csv) and html is None and not region:
        text = _stored_diff(national, local, db, format.value, relations, output)
        if text is not None:
            _write(text, output)
            return
    from pilotplans.diff.render import render as render_diff

    with _errors():
        result = _diff_dataset(db).diff(national, local, region=region)
    _note_reversed(result, national, local, db)
    _note_no_link(result, relations)
    if html is not None:
        from pilotplans.diff.html import render_html
        from pilotplans.files import write_atomic

        with _errors():
            write_atomic(html, render_html(result, base_dir=Path.cwd()), make_folders=True)
        typer.echo(f"wrote HTML report {html}", err=True)
    if format == DiffFmt.xlsx:
        from pilotplans.diff.render import label_columns
        from pilotplans.xlsx import csv_workbook

        _write(csv_workbook("diff", render_diff(result, "csv", relations), label_columns(result)), output)
        return
    if format == DiffFmt.table:
        _write(_diff_table(result, relations, output), output)
        return
    _write(render_diff(result, format.value, relations), output)


def _refuse_ids_without_the_default_database(*references: str) -> None:
    """One line when a plan ``diff`` is given is an id (no file of that name, no slash) and no --db names where to look
    it up, while the default database is not there: which one is missing, in which folder, and what to do — run from
    outside the pilotplans folder, it said only `no database to look the id up in`."""
    from pilotplans.store.db import sqlite_path

    ids = [r for r in references if not Path(r).exists() and "/" not in r and "\\" not in r]
    path = sqlite_path(_default_db(DEFAULT_OUT))
    if not ids or path is None or path.exists():
        return
    from pilotplans.errors import shown_id

    what = f"{shown_id(ids[0])}: no such file, and no database to look the id up in: no {path}"
    if not DEFAULT_RAW.is_dir():  # run outside the pilotplans folder, where a rebuild has nothing to read
        _fail(f"{what} in {Path.cwd()}: run the command in the pilotplans folder (after `pilotplans rebuild`), or "
              "pass --db URL")
    _fail(f"{what} yet; run `pilotplans rebuild` first (or pass --db URL)")


def _one_plan_twice(national: str, local: str, db: Optional[str]) -> bool:
    """Whether ``diff`` was given one plan as both NATIONAL and LOCAL: one id stored at ``db`` twice, or one file
    twice (however its path is spelt). A file and a stored id are two plans even when the file's id is the stored
    one's: a new copy of a stored plan is diffed against the plan as stored. A name twice that is neither a file nor
    a stored id (a mistyped file or id, a folder) is no plan: the diff's own error says what it is not."""
    first, second = Path(national), Path(local)
    if first.is_file() and second.is_file():
        return first.resolve() == second.resolve()
    if national != local or first.exists() or "/" in national or "\\" in national:  # a path: no id
        return False
    from pilotplans.store.read import document_ids

    url = _existing_db(db)
    with _errors():
        return national in document_ids(url)


def _note_reversed(result, national: str, local: str, db: Optional[str]) -> None:
    """Say on stderr when LOCAL cites another national plan than NATIONAL (:mod:`pilotplans.diff.citation`: by the
    文号 or the title of a round's plan or of a national plan stored at ``db``), and when the plans are unrelated or
    seem given the wrong way round (:mod:`pilotplans.diff.direction`)."""
    from pilotplans.diff.citation import citation_note
    from pilotplans.diff.direction import direction_note, overlap_note, rounds_note, unrelated_note

    both_files = Path(national).is_file() and Path(local).is_file()
    stored = _stored_nationals(db, result.local, required=not both_files)
    for note in (_citations_unkept(result, local, db), citation_note(result.national, result.local, stored=stored),
                 direction_note(result.national, result.local, national, local, db=db),
                 rounds_note(result.national, result.local), _stored_peers_note(result, db)):
        if note is not None:
            typer.echo(note, err=True)
    if unrelated_note(result.national, result.local) is None:  # that note already says the two are unrelated
        shared = overlap_note(result)
        if shared is not None:
            typer.echo(shared, err=True)


def _stored_peers_note(result, db: Optional[str]) -> Optional[str]:
    """The note that the two plans diffed both implement one national plan, with the ``coverage`` command setting them
    side by side (:func:`pilotplans.diff.direction.peers_note`), when the database at ``db`` (the default one when not
    given) stores the three: that command reads the store, and names of files stored nowhere would only fail."""
    from pilotplans.diff.direction import peers_note

    note = peers_note(result.national, result.local, db)
    if note is None:
        return None
    from pilotplans.store.db import StoreError, sqlite_path
    from pilotplans.store.read import document_ids

    url = _checked_url(db or _default_db(DEFAULT_OUT))
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return None
    try:
        stored = set(document_ids(url))
    except StoreError:
        return None
    return note if {result.national.id, result.local.id, result.national.parent} <= stored else None


def _note_no_link(result, relations: Optional[frozenset[str]]) -> None:
    """Say on stderr when ``--relation`` keeps no link of the diff: its table of links is then a frame of headers
    alone, and a file holds headers alone, which would read as a diff of nothing. In every format, as the listings'
    ``note: no … matches``. Asked for the additions by the other word than the diff's (``local`` of two rounds of one
    plan, ``added`` of a local plan), the note names the diff's word."""
    if relations is None or any(link.relation in relations for link in result.links):
        return
    from pilotplans.errors import shown_id

    asked = " ".join(f"--relation {r}" for r in ALL_RELATIONS if r in relations)
    one, other = shown_id(result.national.id), shown_id(result.local.id)
    addition, other_word = ADDITION[result.rounds], ADDITION[not result.rounds]
    hint = ""
    if other_word in relations and addition not in relations:
        hint = (f": the measures new in {other}, a later round of {one}'s plan, are `added` here" if result.rounds
                else f": the measures {other} adds are `local` here (`added` names those new in a later round of one plan)")
    typer.echo(f"note: no link matches {asked} (of the {len(result.links)} links of {one} → {other}){hint}", err=True)


def _citations_unkept(result, local: str, db: Optional[str]) -> Optional[str]:
    """The note ``diff`` prints when LOCAL is a stored id read from a database an older pilotplans wrote, which keeps
    no citations (:func:`pilotplans.store.read.keeps_citations`), and the diff is one whose citations are checked (a
    national plan given as NATIONAL, a local plan as LOCAL: :func:`pilotplans.diff.citation.citation_note`): LOCAL
    then reads as citing no plan by title, and a plan carrying out another national plan than NATIONAL by title alone
    would go unwarned; None otherwise. The plans are named by their ids, as the other notes name them."""
    if Path(local).is_file() or result.national.level != "national" or result.local.level == "national":
        return None
    from pilotplans.errors import shown_id

    return _unkept_citations_note(
        _checked_url(db or _default_db(DEFAULT_OUT)),
        f"{shown_id(result.local.id)} reads as citing no plan by title, so whether it carries out another plan than "
        f"{shown_id(result.national.id)} is told by its 文号 alone", "it cites")


def _unkept_citations_note(url: str, consequence: str, cited: str) -> Optional[str]:
    """The note of a database an older pilotplans wrote, keeping no citations
    (:func:`pilotplans.store.read.keeps_citations`), saying ``consequence`` (what reads otherwise for it) and the
    rebuild that reads what ``cited`` names (:func:`pilotplans.store.advice.rebuild_advice`); None for a database keeping them. ``diff`` and
    ``coverage`` word it alike."""
    from pilotplans.store.advice import rebuild_advice
    from pilotplans.store.db import shown_url
    from pilotplans.store.read import keeps_citations

    with _errors():
        if keeps_citations(url):
            return None
    return (f"note: {shown_url(url)} was written by an older pilotplans (no documents.citations): {consequence}; "
            f"run {rebuild_advice(url)} to read what {cited}")


def _stored_nationals(db: Optional[str], local: "DocumentRef", required: bool) -> "list[DocumentRef]":
    """The national plans stored at ``db`` (the default database when not given) as a citation names them (id,
    title, 文号); none when no database is there. ``required`` (NATIONAL or LOCAL is an id): a database that cannot be
    read (not a database, or one an older pilotplans wrote) is one line on stderr naming it and the cause, exit 1
    (:func:`pilotplans.store.read.national_plans`). Two files diffed need no database, yet the titles LOCAL (``local``)
    cites are still looked up among its national plans when it is there — given with --db, or the default one in the
    folder —; one that cannot be read is then a note saying so, and the diff goes on (a LOCAL citing no title opens
    none)."""
    from pilotplans.diff.models import DocumentRef
    from pilotplans.errors import shown_id
    from pilotplans.store.db import StoreError, sqlite_path
    from pilotplans.store.read import national_plans

    url = _checked_url(db or _default_db(DEFAULT_OUT))
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return []
    if not required and (local.level == "national" or not any(c.title for c in local.citations)):
        return []  # no title a stored plan could answer
    try:
        rows = national_plans(url)
    except StoreError as exc:
        if required:
            _fail(str(exc))
        typer.echo(f"note: {exc}; the titles {shown_id(local.id)} cites are looked up among the pilot rounds' plans "
                   "alone, not the national plans stored there", err=True)
        return []
    return [DocumentRef(id=row["id"], title=row["title"], doc_no=row["doc_no"], level="national") for row in rows]


def _stored_diff(national: str, local: str, db: Optional[str], fmt: Literal["table", "jsonl", "json", "csv"],
                 relations: Optional[frozenset[str]] = None, output: Optional[Path] = None) -> Optional[str]:
    """The diff of two stored documents in ``fmt`` drawn from the diff the last rebuild stored,
    when that diff is still current (:mod:`pilotplans.diff.stored`); None otherwise (files, or no
    current stored diff: the diff is then computed)."""
    if Path(national).is_file() or Path(local).is_file():
        return None
    url = _checked_url(db or _default_db(DEFAULT_OUT))
    from pilotplans.store.db import sqlite_path

    path = sqlite_path(url)
    if path is None or not path.exists():
        return None
    from pilotplans.diff.stored import current_links, stored_result

    links = current_links(url, national, local)
    if links is None:
        return None
    from pilotplans.store.db import load_documents

    with _errors():
        found = {d.id: d for d in load_documents(url, ids=[national, local])}
    if national not in found or local not in found:
        return None
    result = stored_result(found[national], found[local], links)
    if result is None:
        return None
    _note_reversed(result, national, local, db)
    _note_no_link(result, relations)
    from pilotplans.diff.render import render

    return _diff_table(result, relations, output) if fmt == "table" else render(result, fmt, relations)


def _diff_table(result, relations: Optional[frozenset[str]] = None, output: Optional[Path] = None) -> str:
    """The diff's table fitted to the terminal, or whole for a file (``output``) (its links those of ``relations``
    when given), the columns of links it left out said on stderr."""
    from pilotplans.diff.render import fitted_table

    width = _table_width(output)
    text, left_out = fitted_table(result, width=width, relations=relations)
    _note_left_out(left_out, width)
    return text


class CoverageFmt(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


@app.command(cls=PlainCommand)
def coverage(
    national: Annotated[Optional[str], typer.Option("--national", "-n", metavar="NATIONAL", help="Only this national plan: a document id, or a round's year (2020: the stored national plan of that round).", show_default="every stored national plan that a stored local plan implements")] = None,
    local: Annotated[Optional[list[str]], typer.Option("--local", "-l", metavar="LOCAL", help="Local document id (repeatable).", show_default="every stored plan implementing NATIONAL")] = None,
    format: Annotated[Optional[CoverageFmt], typer.Option("--format", "-f", help="Output format: the matrices as a table (with how each local plan was linked), or a row a national measure — csv and xlsx a relation column and a local-numbers column per local plan (`hainan-2020:relation`, `hainan-2020:local`), jsonl and json the measure with `cells`, one per local plan (document, linked, relation, local).", show_default="what --output's extension names (.csv, .json, .jsonl, .xlsx); else table on a terminal, jsonl when piped")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of standard output (a table whole, fitted to no terminal).")] = None,
    totals: Annotated[bool, typer.Option("--totals", help="Instead of the matrices, a row per local plan: national_document, document, linked, measures, taken_up, same, adapted, merged, split, dropped, local_additions (what the table prints under each matrix; a workbook holds them as its second sheet, `totals`, without this option).")] = False,
    db: Annotated[Optional[str], typer.Option(metavar="URL", help="SQLAlchemy URL of the database.", show_default="data/curated/pilotplans.db")] = None,
) -> None:
    """Print, for every stored national plan, the matrix of its measures × the stored local plans
    that implement it (same, adapted, split, merged, dropped), saying how each local plan was
    linked: by the 文号 or the title it cites, by the manifest, or inferred from its measures."""
    _refuse_bad_segmenter()
    from pilotplans.diff.coverage import apart_notes, citation_notes, unlinked_note, unlinked_table
    from pilotplans.diff.coverage import fitted_table as coverage_table
    from pilotplans.errors import shown_id

    # the format asked for, else the one -o's ending names (-o coverage.json: JSON), else as every listing: the table
    # on a terminal, JSONL (a national measure a line) when piped or redirected
    chosen = _auto(format, output, CoverageFmt)
    data = _dataset(db)
    with _errors(), _steps("diffing the plans no stored diff is current for") as step:
        matrices, groups = data.coverage_and_groups(national, local or (), on_diff=step)  # the documents read once for both
    note = _unkept_citations_note(data.url, (
        "its local plans read as citing no plan by title, so a plan its title linked reads as linked by the manifest, and "
        "one stored before its national plan is linked by its 文号 or its measures alone"), "they cite")
    if note is not None:
        typer.echo(note, err=True)
    from pilotplans.diff.compare import document_ref

    # said whatever the format, as diff says it of the pair, on stderr: never in the exports
    for cited in citation_notes(matrices, stored=[document_ref(n) for n, _ in groups.groups]):
        typer.echo(cited, err=True)
    for matrix in matrices:
        for apart in apart_notes(matrix):
            typer.echo(apart, err=True)
    unlinked = unlinked_table(groups) if national is None and not local else ""
    if chosen != CoverageFmt.table or totals:
        if chosen == CoverageFmt.table:  # the totals' table, fitted to the terminal: the columns it leaves out named
            from pilotplans.diff.coverage_totals import fitted_totals_table

            text, left_out = fitted_totals_table(matrices, _table_width(output))
            _write(text, output)
            _note_left_out(left_out, _table_width(output), shown_by="-o FILE.csv or -o FILE.xlsx")
        else:
            _write(_coverage_file(matrices, chosen, totals=totals), output)
        for line in unlinked.splitlines():  # said with the table; beside a file's records, on stderr
            typer.echo(f"note: {line}", err=True)
        for matrix in matrices:
            loose = unlinked_note(matrix)
            if loose is not None and national is not None:
                typer.echo(loose, err=True)
        return
    width = _table_width(output)
    tables = []
    for matrix in matrices:
        text, left_out = coverage_table(matrix, width=width)
        tables.append(text)
        if output is None:
            typer.echo(text, nl=False)
        _note_left_out(tuple(shown_id(plan) for plan in left_out), width, shown_by="-o FILE.csv or -o FILE.xlsx")
        loose = unlinked_note(matrix)
        if loose is not None and national is not None:  # without -n, the list of plans linked to none follows
            typer.echo(loose, err=True)
    if output is None:
        typer.echo(unlinked, nl=False)
    else:
        _write("".join(tables) + unlinked, output)


def _coverage_file(matrices, fmt: "CoverageFmt", *, totals: bool = False) -> "str | bytes":
    """The coverage ``matrices`` in a file format — CSV, JSONL, JSON, or a workbook of the matrix and the totals
    (:mod:`pilotplans.diff.coverage_workbook`) —, or, ``totals``, their totals a row a local plan in any of them (the
    table: :func:`pilotplans.diff.coverage_totals.fitted_totals_table`)."""
    from pilotplans.diff import coverage as covered
    from pilotplans.diff import coverage_totals as summed

    if fmt == CoverageFmt.xlsx:
        from pilotplans.diff.coverage_workbook import coverage_workbook

        return coverage_workbook(matrices, totals_only=totals)
    if totals:
        return {CoverageFmt.csv: summed.totals_csv, CoverageFmt.jsonl: summed.totals_jsonl,
                CoverageFmt.json: summed.totals_json}[fmt](matrices)
    return {CoverageFmt.csv: covered.to_csv, CoverageFmt.jsonl: covered.to_jsonl,
            CoverageFmt.json: covered.to_json}[fmt](matrices)


def _note_steps_apart(result, whole: bool) -> None:
    """Say on stderr of each step of a lineage between plans of different programmes, or (of a ``whole`` lineage, not
    one measure's history, whose counts are its own) whose later plan takes up near nothing of the earlier one's."""
    from pilotplans.diff.direction import lineage_step_note

    counts = result.counts() if whole else [None] * (len(result.rounds) - 1)
    for earlier, later, step in zip(result.rounds, result.rounds[1:], counts):
        note = lineage_step_note(earlier, later, step)
        if note is not None:
            typer.echo(note, err=True)


class LineageFmt(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


@app.command(cls=PlainCommand)
def lineage(
    rounds: Annotated[Optional[list[str]], typer.Option("--round", "-r", metavar="YEAR|ID|FILE", help="A national plan: a document id, a file, or a round (2020: the stored national plan of that round); oldest first, repeatable.", show_default="every stored national plan, by round")] = None,
    measure: Annotated[Optional[str], typer.Option("--measure", "-m", metavar="DOC:LABEL", help="Only the history of this measure: DOC:NUMBER (national-2020:59), ROUND:NUMBER (2020:59), DOC:#POSITION for an unnumbered task, or, for a number its plan prints twice, the label qualified by its headings' numbers (DOC:二、1).")] = None,
    format: Annotated[Optional[LineageFmt], typer.Option("--format", "-f", help="Output format (csv and xlsx: a path a row, each round's measure and each step in columns of their own, for a spreadsheet).", show_default="what --output's extension names (.csv, .json, .jsonl, .xlsx); else table on a terminal, jsonl when piped")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write to this file instead of standard output (a table whole, fitted to no terminal).")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", metavar="FILE", help="Also write the lineage as a self-contained HTML page to this file.")] = None,
    db: Annotated[Optional[str], typer.Option(metavar="URL", help="SQLAlchemy URL of the database.", show_default="data/curated/pilotplans.db")] = None,
) -> None:
    """Follow each measure through the national rounds of a programme (2018 tasks → 2020 measures; -r for others):
    carried, changed, merged, split, new or dropped at each step."""
    _refuse_bad_segmenter()
    format = _auto(format, output, LineageFmt, html_option=True)
    from pilotplans.diff.lineage import to_jsonl as lineage_jsonl
    from pilotplans.diff.lineage import to_table as lineage_table

    with _errors(), _steps("diffing the rounds") as step:
        data = _diff_dataset(db) if rounds else _dataset(db)
        result = data.lineage(rounds or (), measure, on_diff=step)
    if rounds:
        from pilotplans.diff.direction import rounds_order_note

        note = rounds_order_note(result.rounds, rounds, db)
        if note is not None:
            typer.echo(note, err=True)
    from pilotplans.diff.direction import left_out_note

    left_out = left_out_note(result.left_out, result.rounds, db)
    if left_out is not None:
        typer.echo(left_out, err=True)
    _note_steps_apart(result, whole=measure is None)
    if html is not None:
        from pilotplans.diff.lineage_html import render_lineage_html
        from pilotplans.files import write_atomic

        with _errors():
            write_atomic(html, render_lineage_html(result))
        typer.echo(f"wrote HTML lineage {html}", err=True)
    if format in (LineageFmt.csv, LineageFmt.xlsx):  # for a spreadsheet: a path a row, a value a cell
        from pilotplans.diff.lineage import to_rows as lineage_rows

        if format == LineageFmt.xlsx:
            from pilotplans.diff.lineage import workbook_sheet
            from pilotplans.xlsx import workbook_bytes

            _write(workbook_bytes([workbook_sheet(result)]), output)  # type: ignore[arg-type]
        else:
            from pilotplans.export import render_rows

            headers, rows = lineage_rows(result)
            _write(render_rows(headers, rows, "csv"), output)
        return
    if format == LineageFmt.json:
        from pilotplans.diff.lineage import to_json as lineage_json

        _write(lineage_json(result), output)
        return
    text = lineage_jsonl(result) if format == LineageFmt.jsonl else lineage_table(result, width=_table_width(output))
    _write(text, output)


@app.command(cls=PlainCommand)
def serve(
    db: Annotated[Optional[str], typer.Option(metavar="FILE|URL", help="The SQLite database to browse, a file or a sqlite:/// URL.", show_default="data/curated/pilotplans.db")] = None,
    host: Annotated[str, typer.Option(metavar="HOST", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(metavar="N", help="Port to listen on (0: any free port).")] = 8001,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in a web browser.")] = False,
) -> None:
    """Browse the dataset in a web page (Datasette): facets, full-text search in Chinese, canned
    queries; table and column descriptions in Chinese and English. Needs the serve extra: `pip install '.\\[serve]'` in the pilotplans folder (or 'pilotplans\\[serve]' from a package index)."""
    _refuse_bad_segmenter()
    from pilotplans.serve import require_extra, serve as run

    with _errors():
        require_extra()  # without the extra, the database named is of no use yet: say that first
    if db is None:  # in the words of every other command: outside the pilotplans folder a bare rebuild reads nothing
        _existing_db(None)
    path = DEFAULT_OUT / "pilotplans.db" if db is None else Path(db)
    if db is not None and "://" in db:
        from pilotplans.store.db import sqlite_path

        with _errors():
            found = sqlite_path(db)
        if found is None:
            _fail(f"{db}: serve browses a SQLite database (a file, or sqlite:///FILE)", 2)
        path = found
    if db is not None and not path.exists():  # a bare `pilotplans rebuild` would build data/curated's database, not this one
        from pilotplans.store.advice import rebuild_advice
        from pilotplans.store.db import sqlite_url

        _fail(f"{path}: no such database: --db names no file (a typo?); "
              f"{rebuild_advice(db if '://' in db else sqlite_url(path))} builds the dataset there")
    with _errors():
        run(path, host=host, port=port, open_browser=open_browser)


def _summaries_on_one_line() -> None:
    """Give each command the first paragraph of its docstring, its lines joined, as the summary the
    list of commands shows: typer keeps a docstring's line breaks there, which cut a summary into
    lines of every length (``… measures.jsonl,`` / ``measures.xlsx) from the raw folder.``)."""
    import inspect

    for info in app.registered_commands:
        doc = info.callback.__doc__ if info.callback is not None else None
        if info.short_help is None and info.help is None and doc:
            info.short_help = " ".join(inspect.cleandoc(doc).split("\n\n")[0].split())


_summaries_on_one_line()


def program_for(arguments: list[str]) -> typer.Typer:
    """The program as it runs with ``arguments``: when they begin with a command's name, the program
    holding that command alone (with the same callback and settings), which does and prints
    exactly what the whole one does for it; otherwise the whole program. typer builds every
    command it holds (reading each one's signature and options) before it runs the one asked for:
    some 40 million instructions of every start-up for the eleven it will not run."""
    from typer.main import get_command_name

    if not arguments or app.registered_groups:
        return app
    chosen = [info for info in app.registered_commands
              if info.callback is not None and (info.name or get_command_name(info.callback.__name__)) == arguments[0]]
    if len(chosen) != 1:
        return app
    import copy

    alone = copy.copy(app)
    alone.registered_commands = chosen
    return alone


def main() -> None:
    import signal

    from pilotplans.interrupts import handle_program_interrupts

    handle_program_interrupts()
    try:
        program_for(sys.argv[1:])()
    finally:  # the command is done and has said so; the process only has to end
        signal.signal(signal.SIGINT, signal.SIG_IGN)


if __name__ == "__main__":
    main()
