"""A plain ``extract`` or ``rebuild`` command line is read without typer (``pilotplans.cli_fast``), and reads as typer
reads it: the values handed to the command are typer's, and the program's standard output, standard error and exit
status are typer's program's, on the same arguments. Every other command line is left to typer untouched."""

from __future__ import annotations

import errno
import inspect
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from pilotplans import cli, cli_fast, cli_read
from pilotplans.cli_spec import COMMANDS
from tests.conftest import FIXTURES, SEEDS

ROOT = Path(__file__).resolve().parent.parent
GOOD = FIXTURES / "plans" / "weifang-glossed-mirror.txt"
NOTED = FIXTURES / "plans" / "ningbo-2014-project-leader-label.txt"  # read, with notes on stderr
REFUSED = FIXTURES / "numbered-table-numbers-lost.txt"  # its task table refused


def typer_command(name: str):
    return typer.main.get_command(cli.program_for([name])).commands[name]


def handed_by_typer(arguments: list[str], monkeypatch) -> dict[str, object] | None:
    """The values typer's program hands the command ``arguments`` name (None: it refuses them)."""
    handed: dict[str, object] = {}
    body = getattr(cli_read, arguments[0])
    signature = inspect.signature(body)
    monkeypatch.setattr(cli_read, arguments[0], lambda *a, **k: handed.update(signature.bind(*a, **k).arguments))
    result = CliRunner().invoke(cli.app, arguments, prog_name="pilotplans")
    return handed if result.exit_code == 0 else None


def through_the_program(arguments: list[str], monkeypatch) -> tuple[bytes, bytes, int]:
    """Standard output, standard error and exit status of the program as ``python -m pilotplans`` runs it (the
    plain command line first, else typer's program), in this process, with the streams typer's test runner gives."""
    monkeypatch.setattr(sys, "argv", ["pilotplans", *arguments])
    before = signal.getsignal(signal.SIGINT)
    with CliRunner().isolation() as (out, err, _):
        try:
            if not cli_fast.run(arguments):
                cli.program_for(arguments)(args=arguments, prog_name="pilotplans")
            status = 0
        except SystemExit as stop:
            status = 0 if stop.code is None else stop.code
        finally:
            signal.signal(signal.SIGINT, before)
        sys.stdout.flush()
        sys.stderr.flush()
        return out.getvalue(), err.getvalue(), status


def through_typer(arguments: list[str]) -> tuple[bytes, bytes, int]:
    result = CliRunner().invoke(cli.app, arguments, prog_name="pilotplans")
    return result.stdout_bytes, result.stderr_bytes, result.exit_code


# --- the parameters are declared once for both parsers ----------------------------------------------------------

def described(param) -> tuple:
    """A typer parameter as cli_spec describes one: name, flags, kind, default, repeatable, least."""
    annotation = param.type_descriptor.annotation
    repeatable = bool(param.multiple) or param.nargs == -1
    kind = bool if getattr(param, "is_flag", False) else (annotation.__args__[0] if repeatable else annotation)
    least = getattr(param.type_descriptor.parameter_info, "min", None)
    flags = () if param.param_type_name == "argument" else tuple(param.opts) + tuple(param.secondary_opts)
    return (param.name, flags, kind, param.default, repeatable, least)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_plain_parsers_parameters_are_typers(name):
    params = typer_command(name).params
    assert [described(param) for param in params] == [
        (p.name, p.flags, p.kind, p.default, p.repeatable, p.least) for p in COMMANDS[name]]
    assert all(param.envvar is None and param.callback is None and not param.is_eager for param in params)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_commands_bodies_take_the_parameters_in_typers_order(name):
    assert list(inspect.signature(getattr(cli_read, name)).parameters) == [p.name for p in COMMANDS[name]]
    assert list(inspect.signature(getattr(cli, name)).parameters) == [p.name for p in COMMANDS[name]]



#: What a typer declaration of extract's and rebuild's may set besides what cli_spec describes (flags, default, the
#: least number): words of their help only. Anything else (max, exists, resolve_path, case_sensitive, parser,
#: click_type, envvar, callback, count …) changes what typer makes of a value, which the plain parser would not do.
SAID_IN_HELP_ONLY = {"help", "metavar", "show_default", "show_choices", "show_envvar", "hidden", "rich_help_panel"}
DESCRIBED = {"param_decls", "default", "min"}


def set_beyond_the_spec(param) -> set[str]:
    """The settings of ``param``'s typer declaration that are not typer's defaults, beyond cli_spec's and help's."""
    info = param.type_descriptor.parameter_info
    unset = vars(type(info)())
    return {name for name, value in vars(info).items()
            if unset.get(name, object()) != value} - SAID_IN_HELP_ONLY - DESCRIBED


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_typers_declarations_set_nothing_the_plain_parser_does_not_read(name):
    command = typer_command(name)
    assert {param.name: set_beyond_the_spec(param) for param in command.params} == {
        param.name: set() for param in command.params}
    assert command.context_settings == {} and typer.main.get_command(cli.app).context_settings == {}


@pytest.mark.parametrize("setting", [{"max": 8}, {"exists": True}, {"resolve_path": True}, {"case_sensitive": False},
                                     {"parser": float}, {"envvar": "PILOTPLANS_DB"}])
def test_a_setting_changing_typers_reading_is_seen(setting):
    # near miss of the above: a declaration setting one more thing than help is caught (help alone is not)
    declared = typer.Option("--workers", metavar="N", min=1, help="Processes.", **setting)
    said = typer.Option("--workers", metavar="N", min=1, help="Processes.", show_default="one per core", hidden=True)
    param = type("Param", (), {"type_descriptor": type("Descriptor", (), {"parameter_info": declared})})
    quiet = type("Param", (), {"type_descriptor": type("Descriptor", (), {"parameter_info": said})})
    assert set_beyond_the_spec(param) == set(setting) and set_beyond_the_spec(quiet) == set()

def test_a_parameter_declared_on_one_side_only_is_seen():
    # near miss of the two above: typer's command lacking a parameter cli_spec lists no longer compares equal
    params = typer_command("extract").params[:-1]
    assert [described(param) for param in params] != [
        (p.name, p.flags, p.kind, p.default, p.repeatable, p.least) for p in COMMANDS["extract"]]


# --- what the plain parser reads, it reads as typer does --------------------------------------------------------

READ_ALIKE = [
    ["extract", "plan.txt"],
    ["extract", "a.txt", "b.docx", "c.pdf"],
    ["extract", "--format", "json", "a.txt"],
    ["extract", "a.txt", "-f", "csv"],
    ["extract", "a.txt", "-fjsonl"],
    ["extract", "a.txt", "--format=table"],
    ["extract", "a.txt", "--output", "out.csv"],
    ["extract", "a.txt", "-o", "out/"],
    ["extract", "a.txt", "-oout.json"],
    ["extract", "a.txt", "--output=计划.xlsx"],
    ["extract", "a.txt", "--db", "sqlite:///x.db"],
    ["extract", "a.txt", "--db=sqlite:///x.db"],
    ["extract", "a.txt", "--timeout", "5"],
    ["extract", "a.txt", "--timeout=2.5"],
    ["extract", "a.txt", "--max-mb", "0.5"],
    ["extract", "a.txt", "--workers", "2"],
    ["extract", "a.txt", "--pdf-workers=3"],
    ["extract", "a.txt", "--pdf-setting", "gutter_em=0.8"],
    ["extract", "a.txt", "--pdf-setting", "a=1", "--pdf-setting=b=2", "--pdf-setting", "bogus"],
    ["extract", "a.txt", "--ocr", "never"],
    ["extract", "a.txt", "--ocr=always", "--ocr-workers", "4"],
    ["extract", "--", "-starts-with-a-dash.txt", "--format"],
    ["extract", "a.txt", "--", "b.txt"],
    ["extract", "-f", "json", "a.txt", "-o", "x.json", "b.txt", "--workers", "1"],
    ["rebuild"],
    ["rebuild", "--raw", "raw", "--out", "curated"],
    ["rebuild", "--raw=raw/", "--out=out", "--db", "sqlite:///a.db"],
    ["rebuild", "--full"],
    ["rebuild", "--full", "--full", "--overwrite"],
    ["rebuild", "--workers", "1", "--pdf-workers", "2", "--pdf-setting", "x=1", "--ocr", "never", "--ocr-workers", "2"],
]


@pytest.mark.parametrize("arguments", READ_ALIKE, ids=" ".join)
def test_a_plain_command_line_hands_the_command_typers_values(arguments, monkeypatch):
    chosen = cli_fast.parsed(arguments, {})
    assert chosen is not None
    assert chosen == (arguments[0], handed_by_typer(arguments, monkeypatch))



@pytest.mark.parametrize("word, made", [("0.5", None), ("0", None), ("1", 1.0), ("1.5", 1.5)])
def test_a_number_under_the_least_its_option_takes_is_left_to_typer(word, made):
    # typer refuses a value under an option's min= for a number as for a whole number (both its "greater than or
    # equal" error): the least is held for both kinds, not for whole numbers only
    assert cli_fast._value(cli_fast.Parameter("seconds", ("--seconds",), float, least=1), word) == made

# --- what it does not read is left to typer ---------------------------------------------------------------------

LEFT_TO_TYPER = [
    [],
    ["documents"],
    ["--version"],
    ["--help"],
    ["extract"],
    ["extract", "--help"],
    ["extract", "a.txt", "--help"],
    ["extract", "a.txt", "-h"],
    ["rebuild", "--help"],
    ["extract", "a.txt", "--bogus"],
    ["extract", "a.txt", "--form", "json"],
    ["extract", "a.txt", "-x"],
    ["extract", "a.txt", "--format", "bogus"],
    ["extract", "a.txt", "-f=json"],
    ["extract", "a.txt", "-o=x.csv"],
    ["extract", "a.txt", "--format", "json", "-f", "csv"],
    ["extract", "a.txt", "--workers", "0"],
    ["extract", "a.txt", "--workers", "two"],
    ["extract", "a.txt", "--workers", "+3"],
    ["extract", "a.txt", "--workers", "1_0"],
    ["extract", "a.txt", "--workers", "02"],
    ["extract", "a.txt", "--timeout", "1e1"],
    ["extract", "a.txt", "--timeout", " 1"],
    ["extract", "a.txt", "--timeout", "inf"],
    ["extract", "a.txt", "--timeout", "-1"],
    ["extract", "a.txt", "--output"],
    ["extract", "a.txt", "--output", ""],
    ["extract", "a.txt", "--output="],
    ["extract", "a.txt", "-o", "-"],
    ["extract", "-"],
    ["extract", ""],
    ["rebuild", "--full=yes"],
    ["rebuild", "extra"],
    ["rebuild", "--raw", "a", "--raw", "b"],
    ["rebuild", "--overwrite", "--", "x"],
]


@pytest.mark.parametrize("arguments", LEFT_TO_TYPER, ids=lambda a: " ".join(a) or "nothing")
def test_any_other_command_line_is_left_to_typer(arguments):
    assert cli_fast.parsed(arguments, {}) is None


def test_a_command_line_typer_expands_first_is_left_to_typer(monkeypatch):
    # on Windows typer expands ~, variables and wildcards in every word before reading it (extract *.docx)
    monkeypatch.setattr(cli_fast, "ARGUMENTS_EXPANDED", True)
    assert cli_fast.parsed(["extract", "*.docx", "-o", "~/measures.csv"], {}) is None


def test_a_command_line_typer_reads_as_given_is_read(monkeypatch):
    # near miss: where typer expands nothing (here), the same words are read as they are, as typer reads them
    monkeypatch.setattr(cli_fast, "ARGUMENTS_EXPANDED", False)
    chosen = cli_fast.parsed(["extract", "*.docx", "-o", "~/measures.csv"], {})
    assert chosen is not None and chosen[1]["sources"] == ["*.docx"] and chosen[1]["output"] == Path("~/measures.csv")

@pytest.mark.parametrize("variable", ["_PILOTPLANS_COMPLETE", "_PYTHON _M PILOTPLANS_COMPLETE"])
def test_a_shell_completions_request_is_left_to_typer(variable):
    assert cli_fast.parsed(["extract", "a.txt"], {variable: "bash_complete"}) is None


def test_an_unset_completion_variable_leaves_the_plain_reading(monkeypatch):
    # near miss: the variable named but empty asks for nothing (typer's own test is the same)
    assert cli_fast.parsed(["extract", "a.txt"], {"_PILOTPLANS_COMPLETE": ""}) is not None


# --- the program says and ends alike both ways ------------------------------------------------------------------

SAID_ALIKE = [
    ["extract", str(GOOD), "-f", "json"],
    ["extract", str(GOOD), str(NOTED), "--format=csv"],
    ["extract", str(NOTED), "-fjsonl", "--workers", "1"],
    ["extract", str(GOOD), "-f", "table"],
    ["extract", "--", str(GOOD)],
    ["extract", str(REFUSED)],
    ["extract", str(GOOD), "no-such-file.txt", "-f", "jsonl"],
    ["extract", "no-such-file.txt"],
    ["extract", "ftp://example.org/plan.txt"],
    ["extract", str(GOOD), "--pdf-setting", "bogus"],
    ["extract", str(GOOD), "--pdf-setting", "no_such_tolerance=1"],
    ["extract", str(GOOD), "--db", "not a url"],
    ["extract", str(GOOD), "-o", str(GOOD)],
    ["extract", str(GOOD), "-o", "plan.docx"],
    ["extract", str(GOOD), "--bogus"],
    ["extract", str(GOOD), "--format", "bogus"],
    ["extract", str(GOOD), "--workers", "0"],
    ["extract", str(GOOD), "-f", "json", "-f", "csv"],
    ["extract"],
    ["extract", "--help"],
    ["rebuild", "--raw", "no-such-folder"],
    ["rebuild", "extra"],
]


@pytest.mark.parametrize("arguments", SAID_ALIKE, ids=" ".join)
def test_the_program_says_and_ends_as_typers_program(arguments, monkeypatch):
    assert through_the_program(arguments, monkeypatch) == through_typer(arguments)


def test_an_extract_into_a_file_writes_what_typers_writes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    plain = through_the_program(["extract", str(GOOD), "-o", "plain.csv"], monkeypatch)
    typers = through_typer(["extract", str(GOOD), "-o", "typer.csv"])
    assert plain == (b"", b"wrote plain.csv\n", 0) and typers == (b"", b"wrote typer.csv\n", 0)
    assert (tmp_path / "plain.csv").read_bytes() == (tmp_path / "typer.csv").read_bytes()


def test_a_rebuild_says_and_writes_what_typers_does(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    monkeypatch.chdir(tmp_path)
    arguments = ["rebuild", "--raw", "raw", "--out", "out", "--workers", "1"]
    typers = through_typer(arguments)
    written = {path.name: path.read_bytes() for path in (tmp_path / "out").glob("measures.*")}
    shutil.rmtree(tmp_path / "out")
    assert through_the_program(arguments, monkeypatch) == typers
    assert typers[2] == 0 and len(written) == 3
    assert {path.name: path.read_bytes() for path in (tmp_path / "out").glob("measures.*")} == written


@pytest.mark.parametrize("raised", [KeyboardInterrupt, EOFError, BrokenPipeError])
def test_what_escapes_the_command_ends_the_program_as_typer_ends_it(raised, monkeypatch):
    def escaping(*args, **kwargs):
        raise raised(errno.EPIPE, "Broken pipe") if raised is BrokenPipeError else raised()

    monkeypatch.setattr(cli_read, "extract", escaping)
    stdout, stderr = sys.stdout, sys.stderr
    try:
        plain = through_the_program(["extract", str(GOOD)], monkeypatch)
    finally:  # a closed pipe leaves the streams wrapped, as typer does
        sys.stdout, sys.stderr = stdout, stderr
    assert plain == through_typer(["extract", str(GOOD)])


def test_another_os_error_escapes_both_ways(capsys, monkeypatch):
    # near miss: only a closed pipe is typer's to end
    def escaping(*args, **kwargs):
        raise PermissionError("denied")

    monkeypatch.setattr(cli_read, "extract", escaping)
    with pytest.raises(PermissionError):
        through_the_program(["extract", str(GOOD)], monkeypatch)
    assert isinstance(CliRunner().invoke(cli.app, ["extract", str(GOOD)]).exception, PermissionError)


# --- and the start-up it spares ---------------------------------------------------------------------------------

PROBE = """
import json, sys
from pilotplans.__main__ import main
import atexit
atexit.register(lambda: print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("typer", "click"))),
                              file=sys.stderr))
sys.argv = ["pilotplans", *json.loads(sys.argv[1])]
main()
"""


def imported_libraries(*arguments: str) -> tuple[list[str], int]:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(arguments)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(done.stderr.strip().splitlines()[-1]), done.returncode


def test_a_plain_extract_imports_neither_typer_nor_click():
    assert imported_libraries("extract", str(GOOD), "-f", "json") == ([], 0)


def test_an_extract_asking_for_help_imports_typer():
    # near miss: --help is typer's
    modules, status = imported_libraries("extract", str(GOOD), "--help")
    assert "typer" in modules and status == 0
