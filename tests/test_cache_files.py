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
