"""``pilotplans.cli_common.echo`` (the typer-free commands' output) writes what typer's (click's) ``echo`` writes, on
every kind of standard stream: a plain UTF-8 or GBK one as it is, an ASCII one in UTF-8, a stream of another class, a
message holding a colour code to no terminal without it."""

from __future__ import annotations

import io
import sys

import pytest
import typer

from pilotplans import cli_common

MESSAGES = ["note: 计划.txt: read", "error: \x1b[31m红\x1b[0m plain", ""]


def stream(kind: str) -> tuple[object, io.BytesIO | None]:
    raw = io.BytesIO()
    if kind == "utf-8":
        return io.TextIOWrapper(raw, encoding="utf-8", errors="strict"), raw
    if kind == "gbk":
        return io.TextIOWrapper(raw, encoding="gbk", errors="strict"), raw
    if kind == "ascii":
        return io.TextIOWrapper(raw, encoding="ascii", errors="strict"), raw
    return io.StringIO(), None


def written(echo, kind: str, message: str, err: bool, monkeypatch) -> bytes:
    target, raw = stream(kind)
    monkeypatch.setattr(sys, "stderr" if err else "stdout", target)
    echo(message, err=err)
    target.flush()
    return raw.getvalue() if raw is not None else target.getvalue().encode()


@pytest.mark.parametrize("err", [False, True])
@pytest.mark.parametrize("message", MESSAGES)
@pytest.mark.parametrize("kind", ["utf-8", "gbk", "ascii", "text"])
def test_echo_writes_what_clicks_echo_writes(kind, message, err, monkeypatch):
    assert written(cli_common.echo, kind, message, err, monkeypatch) == written(typer.echo, kind, message, err,
                                                                              monkeypatch)


def test_a_stream_that_cannot_hold_a_character_fails_as_with_click(monkeypatch):
    # near miss of the above: a Latin-1 stream refuses Chinese both ways (click writes to it as it is)
    for echo in (cli_common.echo, typer.echo):
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="strict"))
        with pytest.raises(UnicodeEncodeError):
            echo("计划")


def test_on_windows_clicks_echo_writes(monkeypatch):
    # click writes to a Windows console through its own stream: there the plain writing is never used
    monkeypatch.setattr(cli_common, "ECHO_HAS_ITS_OWN_STREAMS", True)
    assert not cli_common._plain_text_stream(io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict"))


def test_elsewhere_a_plain_utf8_stream_is_written_as_it_is(monkeypatch):
    monkeypatch.setattr(cli_common, "ECHO_HAS_ITS_OWN_STREAMS", False)
    assert cli_common._plain_text_stream(io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict"))
