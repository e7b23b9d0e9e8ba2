"""What saves time on a second run is kept as one pickle written whole, and never trusted when it
cannot be read (``pilotplans.cachedir.keep``, ``read_kept``): the registry and the compiled patterns."""

from pilotplans.cachedir import keep, read_kept


def test_a_kept_value_is_read_back(tmp_path):
    keep(tmp_path / "deeper" / "value.pickle", {"答": [1, 2]})
    assert read_kept(tmp_path / "deeper" / "value.pickle") == {"答": [1, 2]}
    assert [p.name for p in (tmp_path / "deeper").iterdir()] == ["value.pickle"]


def test_a_missing_or_broken_file_reads_as_nothing(tmp_path):
    (tmp_path / "broken.pickle").write_bytes(b"\x80\x05not a pickle")
    assert read_kept(tmp_path / "broken.pickle") is None
    assert read_kept(tmp_path / "missing.pickle") is None


def test_a_folder_that_cannot_be_written_is_left_alone(tmp_path):
    (tmp_path / "a-file").write_text("x")
    keep(tmp_path / "a-file" / "value.pickle", [1])
    assert read_kept(tmp_path / "a-file" / "value.pickle") is None


def test_a_folder_under_one_that_cannot_be_searched_is_left_alone(tmp_path, monkeypatch):
    # a cache folder inside a folder without search permission: stat is refused (EACCES, which
    # Path.exists raises rather than answers), and the record schemas kept when pilotplans.schema.models
    # is imported made every command fail with PermissionError
    import errno
    import pathlib

    locked, stat = tmp_path / "locked", pathlib.Path.stat

    def refused(path, *args, **kwargs):
        if str(path).startswith(f"{locked}/"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return stat(path, *args, **kwargs)

    locked.mkdir()
    monkeypatch.setattr(pathlib.Path, "stat", refused)
    keep(locked / "cache" / "value.pickle", [1])
    assert read_kept(locked / "cache" / "value.pickle") is None


def test_a_value_made_once_is_read_back_while_its_key_is_the_same(tmp_path, monkeypatch):
    from pilotplans.cachedir import made_once

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    made: list[int] = []

    def make() -> dict[str, int]:
        made.append(1)
        return {"made": len(made)}

    assert made_once("thing", [b"data", b"code"], make, dict) == {"made": 1}
    assert made_once("thing", [b"data", b"code"], make, dict) == {"made": 1}
    assert len(made) == 1
    # another key (a data file changed, or its parts cut otherwise) is made anew
    assert made_once("thing", [b"data", b"code2"], make, dict) == {"made": 2}
    assert made_once("thing", [b"datac", b"ode"], make, dict) == {"made": 3}
    # what is read back is trusted only as the kind asked for
    assert made_once("thing", [b"data", b"code"], make, list) == {"made": 4}


def test_a_value_made_once_is_made_every_time_with_the_cache_off(monkeypatch):
    from pilotplans.cachedir import made_once

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", "")
    made: list[int] = []
    assert made_once("thing", [b"x"], lambda: made.append(1) or len(made), int) == 1
    assert made_once("thing", [b"x"], lambda: made.append(1) or len(made), int) == 2


def _plain(value: object) -> object:
    """``value`` with its records as dictionaries and its compiled patterns as their text and flags
    (a compiled pattern equals only itself)."""
    import dataclasses

    import regex

    if isinstance(value, regex.Pattern):
        return ("pattern", value.pattern, value.flags)
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def test_the_task_list_vocabulary_and_the_information_labels_are_read_back_as_built(tmp_path, monkeypatch):
    from importlib import resources

    from pilotplans.parsers import info_rows
    from pilotplans.parsers.interpret import vocabulary

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    for load in (vocabulary.vocabulary, info_rows.info_labels):
        load.cache_clear()
    first = vocabulary.vocabulary(), info_rows.info_labels()
    assert sorted(p.name.split("-")[0] for p in tmp_path.iterdir()) == ["info", "tasklist"]
    for load in (vocabulary.vocabulary, info_rows.info_labels):
        load.cache_clear()
    kept = vocabulary.vocabulary(), info_rows.info_labels()
    for load in (vocabulary.vocabulary, info_rows.info_labels):
        load.cache_clear()
    text = resources.files("pilotplans.data")
    built = (vocabulary.build_vocabulary(text.joinpath("tasklist.toml").read_text("utf-8")),
             info_rows.build_labels(text.joinpath("info_rows.toml").read_text("utf-8")))
    assert kept[0] is not first[0] and _plain(kept) == _plain(first) == _plain(built)
    assert kept[0].is_deadline("2021年底前") == built[0].is_deadline("2021年底前")


def test_the_refusals_vocabulary_is_read_back_as_built_without_its_schema(tmp_path, monkeypatch):
    # every extract asks it whether its title is a 解读's (ingest/programmes.py): kept, a start imports no
    # schema's models and validates no file for it (some 20 ms of an extract)
    import subprocess
    import sys
    from importlib import resources

    from pilotplans.parsers.interpret import refusal

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    refusal.vocabulary.cache_clear()
    first = refusal.vocabulary()
    refusal.vocabulary.cache_clear()
    kept = refusal.vocabulary()
    refusal.vocabulary.cache_clear()
    built = refusal.build_vocabulary(resources.files("pilotplans.data").joinpath("refusals.toml").read_text("utf-8"))
    assert kept is not first and _plain(kept) == _plain(first) == _plain(built)
    imported = subprocess.run(
        [sys.executable, "-c", "import sys; from pilotplans.ingest.programmes import names_an_interpretation; "
                               "print(names_an_interpretation('关于某市实施方案的政策解读'), "
                               "'pilotplans.parsers.interpret.refusal_schema' in sys.modules)"],
        capture_output=True, text=True, check=True, env={**__import__("os").environ, "PILOTPLANS_CACHE_DIR": str(tmp_path)})
    assert imported.stdout.split() == ["True", "False"]


def test_a_changed_refusals_file_is_read_again(tmp_path, monkeypatch):
    from pilotplans.parsers.interpret import refusal

    cache = tmp_path / "cache"
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(cache))
    folder = _data_copy(tmp_path, monkeypatch)
    refusal.vocabulary.cache_clear()
    before = refusal.vocabulary()
    _changed(folder / "refusals.toml", lambda t: t.replace("byline = [", "byline = [\"特约撰稿\", ", 1), monkeypatch)
    refusal.vocabulary.cache_clear()
    assert [p.pattern for p in refusal.vocabulary().byline] == ["特约撰稿", *(p.pattern for p in before.byline)]
    assert "特约撰稿" not in [p.pattern for p in before.byline]
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["refusals", "refusals"]
    refusal.vocabulary.cache_clear()


def _data_copy(tmp_path, monkeypatch):
    """A copy of the package's data folder read as the package's (``pilotplans.data.FOLDER``), by a
    process started after it was made (:func:`_as_a_new_process`)."""
    import shutil

    from pilotplans import data

    folder = tmp_path / "data"
    shutil.copytree(data.FOLDER, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    monkeypatch.setattr(data, "FOLDER", folder)
    _as_a_new_process(monkeypatch)
    return folder


def _as_a_new_process(monkeypatch) -> None:
    """As if a new process imported the package now: no file read yet (the keys' digests are taken
    as a process first reads each file), files written before are those it imported."""
    import time

    import pilotplans
    from pilotplans import cachedir

    time.sleep(0.05)  # past the kernel's coarse stamp of the files just written
    monkeypatch.setattr(pilotplans, "IMPORTED_NS", time.time_ns())
    time.sleep(0.05)
    monkeypatch.setattr(cachedir, "_SOURCES", {})


def _changed(path, change, monkeypatch) -> None:
    """The data file at ``path`` with its text changed, read by a new process."""
    path.write_text(change(path.read_text("utf-8")), "utf-8")
    _as_a_new_process(monkeypatch)


def test_the_header_vocabulary_and_the_placing_words_are_read_back_as_built(tmp_path, monkeypatch):
    from importlib import resources

    from pilotplans.normalizers import place
    from pilotplans.parsers import columns

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    for load in (columns.vocabulary, place._other_place_words, place._placing_words):
        load.cache_clear()
    first = columns.vocabulary(), place._other_place_words()
    assert sorted(p.name.split("-")[0] for p in tmp_path.iterdir()) == ["columns", "placing"]
    for load in (columns.vocabulary, place._other_place_words, place._placing_words):
        load.cache_clear()
    kept = columns.vocabulary(), place._other_place_words()
    text = resources.files("pilotplans.data")
    built = (columns.build_vocabulary(text.joinpath("columns.toml").read_text("utf-8")),
             place.other_place_words(text.joinpath("placing.toml").read_text("utf-8")))
    assert kept[0] is not first[0] and kept == first == built
    assert "对标" in kept[1] and any("序号" in entry.phrases for entry in kept[0])
    for load in (columns.vocabulary, place._other_place_words, place._placing_words):
        load.cache_clear()


def test_a_changed_header_vocabulary_or_placing_file_is_read_again(tmp_path, monkeypatch):
    from pilotplans.normalizers import place
    from pilotplans.parsers import columns

    cache = tmp_path / "cache"
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(cache))
    folder = _data_copy(tmp_path, monkeypatch)
    for load in (columns.vocabulary, place._other_place_words, place._placing_words):
        load.cache_clear()
    before = columns.vocabulary(), place._other_place_words()
    _changed(folder / "columns.toml", lambda t: t.replace('"序号", ', '"序号", "次序", '), monkeypatch)
    columns.vocabulary.cache_clear()
    assert any("次序" in entry.phrases for entry in columns.vocabulary())
    assert not any("次序" in entry.phrases for entry in before[0])
    _changed(folder / "placing.toml", lambda t: t.replace('"对标", ', '"比照", "对标", '), monkeypatch)
    place._other_place_words.cache_clear()
    place._placing_words.cache_clear()
    assert place._other_place_words() == ("学习借鉴", "借鉴", "学习", "比照", "对标", *before[1][4:])
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == ["columns", "columns", "placing", "placing"]
    for load in (columns.vocabulary, place._other_place_words, place._placing_words):
        load.cache_clear()


def _kept_names(folder) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.suffix == ".pickle")


def test_values_pydantic_validated_are_made_anew_under_another_pydantic(monkeypatch, tmp_path):
    # the information-row labels and the task-list vocabulary are validated by pydantic schemas:
    # another release may read the same file otherwise, so it keeps its own copies
    import pydantic.version

    from pilotplans.parsers import info_rows
    from pilotplans.parsers.interpret import vocabulary

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    for made in (info_rows.info_labels, vocabulary.vocabulary):
        made.cache_clear()
        made()
        made.cache_clear()
    first = _kept_names(tmp_path)
    monkeypatch.setattr(pydantic.version, "VERSION", pydantic.version.VERSION + ".1")
    for made in (info_rows.info_labels, vocabulary.vocabulary):
        made()
        made.cache_clear()
    assert len(first) == 2 and len(_kept_names(tmp_path)) == 4 and set(first) < set(_kept_names(tmp_path))


def test_values_are_read_back_under_the_same_pydantic(monkeypatch, tmp_path):
    from pilotplans.parsers import info_rows
    from pilotplans.parsers.interpret import vocabulary

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    for _ in range(2):
        for made in (info_rows.info_labels, vocabulary.vocabulary):
            made.cache_clear()
            made()
    assert [name.split("-")[0] for name in _kept_names(tmp_path)] == ["info", "tasklist"]


def test_a_value_that_cannot_be_pickled_is_made_every_time_not_a_crash(monkeypatch, tmp_path):
    # an OpenCC built otherwise (a compiled converter) or a record holding a lambda: the command
    # goes on with the value it made, and nothing half-made is left in the folder
    from pilotplans.cachedir import made_once

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    value = {"make": lambda: 1}
    assert made_once("unpicklable", [b"key"], lambda: value, dict) is value
    assert list(tmp_path.iterdir()) == []


def test_a_malformed_placing_file_is_a_one_line_error_naming_the_file_and_key():
    import pytest

    from pilotplans.data import read_bytes
    from pilotplans.errors import PilotplansError
    from pilotplans.normalizers import place

    text = read_bytes("placing.toml").decode("utf-8")
    assert place.placing_words(text)[0] == place.other_place_words(text)
    with pytest.raises(PilotplansError, match=r"^pilotplans/data/placing.toml: partner_closings: "):
        place.placing_words(text.replace("partner_closings", "# partner_closings"))


# A table whose file a test names before workers are forked (they inherit it, as they inherit the
# patterns' and the records' methods' tables of the package).
_TABLE = None


def _doubled(item):
    return _TABLE.made(item, lambda: item * 2)


def _unchanged(item):
    return item


def _table(path):
    import json

    from pilotplans.cachedir import KeptTable

    return KeptTable(lambda: path, lambda data: {int(k): v for k, v in json.loads(data).items()},
                     lambda table: json.dumps(table).encode(), lambda table: True, most=100)


def test_what_a_worker_adds_to_a_kept_table_is_written_when_it_ends(tmp_path):
    import json

    from pilotplans.ingest.parallel import in_order

    global _TABLE
    _TABLE = _table(tmp_path / "table.json")
    try:
        assert list(in_order(_doubled, [1, 2, 3, 4], 2)) == [2, 4, 6, 8]
    finally:
        _TABLE = None
    assert json.loads((tmp_path / "table.json").read_bytes()) == {"1": 2, "2": 4, "3": 6, "4": 8}  # both workers' values


def test_a_worker_that_added_nothing_writes_no_table(tmp_path):
    from pilotplans.ingest.parallel import in_order

    global _TABLE
    _TABLE = _table(tmp_path / "table.json")
    try:
        assert list(in_order(_unchanged, [1, 2, 3], 2)) == [1, 2, 3]
    finally:
        _TABLE = None
    assert not (tmp_path / "table.json").exists()


def test_a_table_written_keeps_what_another_program_kept_in_its_file_meanwhile(tmp_path):
    import json

    first, second = _table(tmp_path / "table.json"), _table(tmp_path / "table.json")
    first.made(1, lambda: "one")
    second.made(2, lambda: "two")  # read the file before the first wrote it
    first._save()
    second._save()
    assert json.loads((tmp_path / "table.json").read_bytes()) == {"1": "one", "2": "two"}


def test_two_tables_written_at_once_keep_each_other_s_values(tmp_path):
    # two workers told to stop at once write their tables at once: one that read the file before
    # the other wrote it, then wrote, lost the other's values (a worker's test above failed one
    # run in four)
    import json
    import threading
    import time

    from pilotplans.cachedir import KeptTable

    path = tmp_path / "table.json"
    read, go = threading.Event(), threading.Event()

    def loads_then_wait(data):
        if read_armed:
            read.set()
            go.wait(5)
        return json.loads(data)

    read_armed = False
    first = KeptTable(lambda: path, loads_then_wait, lambda table: json.dumps(table).encode(), lambda table: True, 100)
    second = _table(path)
    path.write_text("{}")
    first.made("1", lambda: "one")
    second.made(2, lambda: "two")
    read_armed = True
    writing = threading.Thread(target=first._save)  # reads the file, then waits
    writing.start()
    assert read.wait(5)
    other = threading.Thread(target=second._save)
    other.start()
    time.sleep(0.3)  # the second writes now, unless it waits for the first
    go.set()
    writing.join(5)
    other.join(5)
    assert json.loads(path.read_bytes()) == {"1": "one", "2": "two"}


def test_a_file_system_refusing_the_lock_has_the_table_written_at_once(tmp_path, monkeypatch):
    # NFS refuses flock on a folder opened to read (EBADF): that is no other program writing, and
    # waiting for the lock held every program's end LOCK_WAIT seconds
    import errno
    import fcntl
    import json

    tries = []

    def refused(fd, operation):
        tries.append(operation)
        raise OSError(errno.EBADF, "Bad file descriptor")

    monkeypatch.setattr(fcntl, "flock", refused)
    table = _table(tmp_path / "table.json")
    table.made(1, lambda: "one")
    table._save()
    assert len(tries) == 1
    assert json.loads((tmp_path / "table.json").read_bytes()) == {"1": "one"}


def test_a_lock_held_longer_than_lock_wait_has_the_table_written_anyway(tmp_path, monkeypatch):
    import fcntl
    import json
    import os

    from pilotplans import cachedir

    monkeypatch.setattr(cachedir, "LOCK_WAIT", 0.2)
    holder = os.open(tmp_path, os.O_RDONLY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)  # another program, stopped while it writes its table
        table = _table(tmp_path / "table.json")
        table.made(1, lambda: "one")
        table._save()
    finally:
        os.close(holder)
    assert json.loads((tmp_path / "table.json").read_bytes()) == {"1": "one"}


def test_the_placing_words_are_read_back_from_the_cache_folder_once_a_process(tmp_path, monkeypatch):
    # every word list of placing.toml is asked per title or line (some 40 times in one plan's extract):
    # the kept file is read back for the first only, and a new process (the cache cleared) reads it again
    from pilotplans import cachedir
    from pilotplans.normalizers import place

    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    place._placing_words.cache_clear()
    place._placing_words()  # made and kept
    place._placing_words.cache_clear()
    read: list[str] = []
    real = cachedir.read_kept
    monkeypatch.setattr(cachedir, "read_kept", lambda path: read.append(path.name.split("-")[0]) or real(path))
    words = place._visit_words(), place.own_plan_words(), place._placing_words().city_zones, place._visit_words()
    assert read == ["placing"]
    assert words[0] == words[3] and words[1] == place._placing_words().own_plans
    place._placing_words.cache_clear()
    place._visit_words()
    assert read == ["placing", "placing"]
    place._placing_words.cache_clear()
