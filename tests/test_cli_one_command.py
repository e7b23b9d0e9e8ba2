"""The program run with a command's name holds that command alone (typer builds every command it
holds before running one), and says and does exactly what the whole program does for it."""

import pytest
from typer.main import get_command_name
from typer.testing import CliRunner

from pilotplans.cli import app, program_for
from tests.conftest import FIXTURES

NAMES = [info.name or get_command_name(info.callback.__name__) for info in app.registered_commands]


def said(program, arguments: list[str]) -> tuple[int, str, str]:
    done = CliRunner().invoke(program, arguments, prog_name="pilotplans")
    return done.exit_code, done.stdout, done.stderr


def test_every_command_is_run_alone():
    assert len(NAMES) == 12 and len(set(NAMES)) == 12
    for name in NAMES:
        alone = program_for([name, "--help"])
        assert alone is not app and [info.callback for info in alone.registered_commands] == \
            [info.callback for info in app.registered_commands if (info.name or get_command_name(info.callback.__name__)) == name]
    assert len(app.registered_commands) == 12  # the whole program is left whole


@pytest.mark.parametrize("name", NAMES)
def test_a_command_alone_says_what_the_whole_program_says(name):
    for arguments in ([name, "--help"], [name, "--no-such-option"]):  # never run: a rebuild, a server…
        assert said(program_for(arguments), arguments) == said(app, arguments)


def test_a_command_alone_reads_what_the_whole_program_reads():
    arguments = ["extract", str(FIXTURES / "xiamen-tasks.docx"), "--format", "csv"]
    assert said(program_for(arguments), arguments) == said(app, arguments)


@pytest.mark.parametrize("arguments", [[], ["--help"], ["extrac"], ["--format", "csv"], ["EXTRACT"]])
def test_arguments_not_beginning_with_a_command_s_name_run_the_whole_program(arguments):
    assert program_for(arguments) is app
