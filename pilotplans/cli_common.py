"""What the command line's commands share that needs no typer: the output and the refusals (one line on stderr, an exit
status), the choice of a listing's format, the options of reading files (PDF, OCR) and the progress bars.

``extract`` and ``rebuild`` run from here and :mod:`pilotplans.cli_read` without importing typer (or click) when their
command line is a plain one (:mod:`pilotplans.cli_fast`); every other command, and those two given anything else, run
through typer (:mod:`pilotplans.cli`), which imports these same helpers, so both ways say and do the same.
A refusal ends the command by ``SystemExit`` with its status: typer lets it through as it would its own ``Exit``.
"""

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Optional, TypeVar

from pilotplans.errors import PilotplansError


def echo(message: str, err: bool = False) -> None:
    """``message`` and a line end on standard output (or ``err``: standard error), flushed, as typer's (click's)
    ``echo`` writes it. Where click would do more than write — a stream that is not a plain text stream, one whose
    encoding is ASCII (click writes UTF-8 under it), or a message holding an escape sequence (click strips styles
    from what goes to no terminal) — click's own ``echo`` writes it."""
    stream = sys.stderr if err else sys.stdout
    if "\x1b" in message or not _plain_text_stream(stream):
        from typer import echo as click_echo

        click_echo(message, err=err)
        return
    stream.write(message + "\n")
    stream.flush()


#: Whether click's ``echo`` may write otherwise than to the stream itself: on Windows it writes to a console through
#: its own console stream and wraps a stream for colorama.
ECHO_HAS_ITS_OWN_STREAMS = sys.platform == "win32"


def _plain_text_stream(stream: object) -> bool:
    """Whether click's ``echo`` writes to ``stream`` as it is (click's ``_force_correct_text_writer``: a text stream
    naming its encoding and its errors, the encoding not ASCII; never on Windows)."""
    import codecs
    import io

    encoding = getattr(stream, "encoding", None)
    if ECHO_HAS_ITS_OWN_STREAMS or not isinstance(stream, io.TextIOWrapper) or not encoding \
            or getattr(stream, "errors", None) is None:
        return False
    try:
        return codecs.lookup(encoding).name != "ascii"
    except LookupError:
        return True


def quiet_libraries() -> None:
    """Keep the log lines of the libraries pilotplans uses (pdfminer on a damaged stream, say) off
    the terminal: a problem with a file reaches the user as pilotplans' own one-line error."""
    import logging

    root = logging.getLogger()
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())


DEFAULT_RAW = Path("data/raw")


DEFAULT_OUT = Path("data/curated")


class Fmt(str, Enum):
    """The formats of every listing, in the order each command's help and errors name them (diff's, coverage's and
    lineage's alike: table first; the listings named table fourth, round 53)."""

    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


def _fail(message: str, code: int = 1) -> None:
    echo(f"error: {message}", err=True)
    raise SystemExit(code)


@contextmanager
def _errors() -> Iterator[None]:
    """Report a PilotplansError as one line on stderr and exit 1 (2 for an option naming
    something that does not exist: the message lists what does)."""
    from pilotplans.errors import UnknownValue

    try:
        yield
    except UnknownValue as exc:
        _fail(str(exc), 2)
    except PilotplansError as exc:
        _fail(str(exc))


def _refuse_bad_segmenter() -> None:
    """Refuse, before anything is read, a ``$PILOTPLANS_SEGMENTER`` naming no engine or one not installed: one line
    naming the variable and the choices, exit 2 (:func:`pilotplans.cut_engines.configured_engine`). Asked by the
    commands that may cut words (reading places' names, diffing, the search index and its queries), not by those
    that only list what is stored; unset, nothing is imported."""
    import os

    if os.environ.get("PILOTPLANS_SEGMENTER", "").strip():
        from pilotplans.cut_engines import configured_engine

        with _errors():
            configured_engine()


def _default_db(out: Path) -> str:
    from pilotplans.store.db import sqlite_url
    from pilotplans.ingest.dataset import DB_NAME

    return sqlite_url(out / DB_NAME)


def _checked_url(db: str) -> str:
    """``db`` when it is a database URL (``--db`` takes URLs; the API also takes paths); exit 1 naming it otherwise."""
    from pilotplans.store.db import sqlite_path

    with _errors():
        sqlite_path(db)
    return db


def _write(text: str | bytes, output: Optional[Path]) -> None:
    """Print ``text`` (bytes: a workbook), or write it to ``output`` (whole or not at all); a file
    that cannot be written is one line on stderr and exit 1."""
    if output is None:
        stream = getattr(sys.stdout, "buffer", None)
        if isinstance(text, bytes) and sys.stdout.isatty():
            _fail(WORKBOOK_TO_A_TERMINAL, 2)
        if stream is None:
            sys.stdout.write(text if isinstance(text, str) else text.decode("latin-1"))
        else:
            sys.stdout.flush()
            stream.write(text.encode("utf-8") if isinstance(text, str) else text)  # CRLF and BOM of CSV kept
            stream.flush()
        return
    from pilotplans.files import write_atomic

    with _errors():
        write_atomic(output, text)
    echo(f"wrote {output}", err=True)


@contextmanager
def _interruptible(what: str) -> Iterator[None]:
    """Ctrl-C as one line and exit status 130; the database is left as it was (or, when the
    interrupt came after the work was complete, as the work left it)."""
    from pilotplans.interrupts import EXIT_STATUS, LateInterrupt

    try:
        yield
    except LateInterrupt:
        echo(f"interrupted: Ctrl-C came after {what} was complete; it stands", err=True)
        raise SystemExit(EXIT_STATUS) from None
    except KeyboardInterrupt:
        echo(f"interrupted: {what} stopped; the database is as it was", err=True)
        raise SystemExit(EXIT_STATUS) from None


class OcrChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def _ocr_settings(mode: OcrChoice, workers: Optional[int]):
    """The OCR reader's settings from the command line (None: the defaults)."""
    if mode == OcrChoice.auto and workers is None:
        return None
    from pilotplans.parsers.ocr import OcrSettings

    return OcrSettings(mode=mode.value, workers=workers or 0)


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


def _note_beside(url: str, tables: "tuple[str, ...]") -> None:
    """Say, on stderr, that pilotplans' tables were made beside ``tables``, another program's, in the database at
    ``url`` (:func:`pilotplans.store.db.other_tables`); nothing when there were none."""
    if tables:
        from pilotplans.store.db import first_tables, shown_url

        echo(f"note: {shown_url(url)} holds another program's tables ({first_tables(tables)}): pilotplans' tables "
                   "were made beside them", err=True)


@contextmanager
def _progress(total: int, what: str = "reading") -> Iterator[tuple[Callable[[Path], None] | None, Callable[[int, int], None] | None]]:
    """Progress bars on a terminal (stderr): one of the ``total`` files read (none when
    ``total`` < 1), fed one call per file, and one of the pages of a file recognised through OCR,
    shown while there are some (fed pages done, pages in all); nothing elsewhere."""
    if not sys.stderr.isatty():
        yield None, None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  console=console, transient=True) as progress:
        task = progress.add_task(what, total=total, visible=total >= 1)
        pages = progress.add_task("  OCR pages", total=None, visible=False)

        def on_file(path: Path) -> None:
            progress.update(task, description=f"{what} {path.name}")
            progress.advance(task)

        def on_page(done: int, all_pages: int) -> None:
            progress.update(pages, completed=done, total=all_pages, visible=done < all_pages)

        try:
            yield (on_file if total >= 1 else None), on_page
        finally:
            progress.stop()


def _note_first_run() -> None:
    """On a terminal (stderr), say when this run builds the caches every later run reads — the registry, its patterns
    compiled — before it reads anything: the first run after an install or an upgrade takes some seconds more, with no
    progress to show for them. Nothing in a pipe or a file, as the progress bars."""
    if not sys.stderr.isatty():
        return
    from pilotplans.cachedir import default_cache_dir
    from pilotplans.normalizers.registry.load import registry_kept

    if not registry_kept():
        echo(f"building the registry cache in {default_cache_dir()}, once (a few seconds; later runs read it)",
                   err=True)


def _is_url(text: str) -> bool:
    return text.split(":", 1)[0].lower() in ("http", "https")


def format_named_by(output: Optional[Path], formats: "type[Enum]") -> Optional[Enum]:
    """The one of ``formats`` that ``output``'s extension names (``hits.xlsx`` → xlsx, ``plan.csv`` → csv),
    or None: an output with no such extension, or none at all."""
    if output is None:
        return None
    return next((f for f in formats if f.value != "table" and output.suffix.lower() == f".{f.value}"), None)  # type: ignore[attr-defined]


def _chosen(format: Optional[Enum], output: Optional[Path], formats: "type[Enum]", default: Enum, *,
            html_option: bool = False) -> Enum:
    """The format asked for; else the one ``--output``'s extension names, so that ``-o gaps.xlsx``
    writes a workbook rather than a table's text under a workbook's name; else ``default``. An
    extension naming a kind of document pilotplans reads and writes none of (``-o plan.docx``) is an error rather
    than ``default``'s text under that name. (Every command writing a file writes each of :class:`Fmt`'s formats
    since coverage took them, round 53: an ending naming one is never a format the command does not write.) A workbook
    asked for with no ``--output`` on a terminal is refused here, before the work (:data:`WORKBOOK_TO_A_TERMINAL`)."""
    chosen = format if format is not None else _named_or(default, output, formats, html_option)
    if output is None and chosen.value == "xlsx" and sys.stdout.isatty():  # type: ignore[attr-defined]
        _fail(WORKBOOK_TO_A_TERMINAL, 2)
    return chosen


#: The refusal of a workbook written to a terminal (its bytes would garble the screen).
WORKBOOK_TO_A_TERMINAL = "--format xlsx writes a binary workbook: give --output FILE.xlsx (or pipe it to a file)"


def _named_or(default: Enum, output: Optional[Path], formats: "type[Enum]", html_option: bool) -> Enum:
    """The format ``output``'s ending names, else ``default``; an ending naming a kind of document pilotplans writes
    none of is one error line, exit 2 (:func:`_chosen`)."""
    named = format_named_by(output, formats)
    endings = [f".{f.value}" for f in formats if f.value != "table"]  # type: ignore[attr-defined]
    if named is None and output is not None and _names_a_read_kind(output):
        # one with no --html (measures, coverage …) writes no report
        named_by = _one_of([*endings, ".txt (the table)"])
        _fail(f"--output {output}: --output writes no {output.suffix[1:].lower()} file (a table's text under that name "
              f"would not open as one); give a file name ending in {named_by}"
              f"{', or --html FILE for the report' if html_option and output.suffix.lower() in ('.html', '.htm') else ''}",
              2)
    return named or default


def _one_of(choices: list[str]) -> str:
    """``choices`` as words: ``.csv, .json or .xlsx``."""
    return f"{', '.join(choices[:-1])} or {choices[-1]}" if len(choices) > 1 else choices[0]


def _names_a_read_kind(output: Path) -> bool:
    """Whether ``output``'s ending names a kind of file extract reads and pilotplans writes none of (a Word document,
    a PDF, a web page …), where a listing's table, text, would be taken for one and fail to open; .txt names the
    table's text itself."""
    ending = output.suffix.lower().lstrip(".")
    if not ending or ending == "txt" or format_named_by(output, Fmt) is not None:
        return False
    from pilotplans.ingest.addresses import file_endings

    return ending in file_endings()


_Format = TypeVar("_Format", bound=Enum)


def _auto(format: Optional[_Format], output: Optional[Path], formats: "type[_Format]", *,
          html_option: bool = False) -> _Format:
    """The format of every listing: the one asked for, else the one ``output``'s extension names, else a table on a
    terminal (or in a file of another extension) and JSONL when standard output is piped or redirected — one record a
    line, whole, for grep, head, wc -l and jq, where a table's wrapped rows would part a record over lines."""
    piped = output is None and not sys.stdout.isatty()
    return _chosen(format, output, formats, formats["jsonl"] if piped else formats["table"],  # type: ignore[return-value]
                   html_option=html_option)


def _refuse_output_over_a_source(output: Optional[Path], sources: list[str]) -> None:
    """Refuse an ``--output`` that is one of the files being read (``extract plan.txt -o plan.txt``, or a plan with
    ``-f json -o`` its own name): the output would replace the notice before or after it is read."""
    if output is None or not output.is_file():
        return
    for source in sources:
        path = Path(source)
        if path.is_file() and path.samefile(output):
            _fail(f"--output {output}: it is {source}, a notice being read, and writing would replace it; "
                  f"give another file name", 2)


def _sources_to_read(sources: list[str]) -> "tuple[list[str], list[object]]":
    """``extract``'s sources as files and addresses to read (a ``file://`` address: its file), and those
    that are neither, refused in words (``ftp://…``, ``www.gov.cn/…`` without ``http://``)."""
    from pilotplans.errors import UnreadableFile
    from pilotplans.ingest.addresses import file_url_path, not_fetched

    kept: list[str] = []
    refused: list[object] = []
    for source in sources:
        local = None if Path(source).exists() else file_url_path(source)  # a file named 'file:plan.txt' is itself
        if local is not None:
            source = str(local)
        why = None if _is_url(source) or Path(source).exists() else not_fetched(source)
        if why is None:
            kept.append(source)
        else:
            refused.append(UnreadableFile(source, why))
    return kept, refused


#: Warnings on a document (not on its measures) that ``extract`` tells on stderr, as the records do
#: not show them: where the document belongs, or its level, was inferred, or is unknown (the records
#: show only the region, level or parent taken), or its owners, central bodies only, doubt a local head's level; a numbered item's own owners no record carries (it
#: was read as a heading, having items with owners of their own inside); damaged bytes in a title or heading;
#: and every caution a reader raised on a table's geometry (``Caution``: cells that may be merged or cut
#: wrongly, which no record can carry), so that a PDF read doubtfully never comes out silent.
_DOCUMENT_NOTES = ("region_inferred", "region_from_text", "region_unplaced", "region_unknown", "region_unnamed", "round_unknown", "round_outside", "level_from_bodies", "central_owners_only",
                   "plans_of_other_places", "working_groups_left_out", "progress_report", "parent_inferred",
                   "responsibility_on_heading", "undecodable_bytes", "mojibake", "date_published",
                   "extra_cell", "column_unlabelled", "unplaced_text", "item_unread", "page_starts_inside_item",  # these seven: text not read
                   "sheet_left_out", "line_under_table",
                   "rows_read_as_points", "merged_cells_unread", "stacked_cells_shifted", "rows_uncertain", "cell_cropped", "ocr_poor_page", "page_chunks_joined",  # every layout caution
                   "table_implausible")  # a table read so that no plan would print it


def _render_measures(records, fmt: Fmt, output: Optional[Path]) -> str | bytes:
    """The measures in ``fmt``; a table of several, fitted to the terminal (written whole to a file, ``output``), says
    on stderr which columns it left out, and one of none is nothing at all (the caller notes that no measure matches)."""
    if fmt == Fmt.xlsx:
        from pilotplans.xlsx import measures_workbook

        return measures_workbook(records)
    if fmt == Fmt.table and len(records) != 1:
        from pilotplans.measure_table import measures_table

        width = _table_width(output)
        text, left_out = measures_table(records, width)
        _note_left_out(left_out, width)
        return text
    from pilotplans.export import render

    return render(records, fmt.value, width=_table_width(output))


def _note_left_out(left_out: "tuple[str, ...]", width: int, shown_by: str = "-f csv or -f xlsx -o FILE") -> None:
    """Say on stderr which columns a table left out to fit ``width`` columns, and what else ``shown_by`` them."""
    if left_out:
        echo(f"note: the table leaves out {', '.join(left_out)} to fit {width} columns "
                   f"(a wider terminal, or {shown_by}, shows them)", err=True)


def _terminal_width() -> int:
    from shutil import get_terminal_size

    return get_terminal_size((160, 24)).columns


def _table_width(output: Optional[Path]) -> int:
    """The width a table is laid out in: the terminal's (or a pipe's, 160 columns unless ``COLUMNS`` says), and for a
    file (``output``), which has none, :data:`pilotplans.export.FILE_WIDTH`: the table whole, whatever terminal ran it."""
    if output is None:
        return _terminal_width()
    from pilotplans.export import FILE_WIDTH

    return FILE_WIDTH
