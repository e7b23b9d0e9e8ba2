"""The first run after an install builds the registry cache (some seconds, the bar standing at 0/5): on a terminal
`rebuild` and `extract` now say so before they read (pilotplans/cli.py ``_note_first_run``,
pilotplans/normalizers/registry/load.py ``registry_kept``); a run finding the cache says nothing."""

from __future__ import annotations

import sys

from pilotplans.cli import _note_first_run
from pilotplans.normalizers.registry.load import _build_cached, registry_kept


def test_an_empty_cache_folder_holds_no_registry(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    assert registry_kept() is False


def test_the_registry_built_once_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    _build_cached()
    assert registry_kept() is True


def test_a_first_run_on_a_terminal_says_it_builds_the_cache(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _note_first_run()
    assert capsys.readouterr().err == (
        f"building the registry cache in {tmp_path}, once (a few seconds; later runs read it)\n")


def test_a_first_run_in_a_pipe_says_nothing(tmp_path, monkeypatch, capsys):
    # near miss: stderr to a file or a pipe, as the progress bars
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    _note_first_run()
    assert capsys.readouterr().err == ""


def test_a_later_run_on_a_terminal_says_nothing(tmp_path, monkeypatch, capsys):
    # near miss: the cache is there
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    _build_cached()
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _note_first_run()
    assert capsys.readouterr().err == ""
