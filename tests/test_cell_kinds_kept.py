"""The data telling a text table's cells' kinds (``cell_kinds.toml``) is validated when it is read and kept in the
cache folder: a later run reads it back without the TOML parser or pydantic's schema of the file."""

import pytest

from pilotplans.data import read_bytes
from pilotplans.errors import PilotplansError
from pilotplans.parsers.text import kinded_cells


def _refuse_to_read_the_file(text: str):
    pytest.fail("the file was read and validated again")


def test_the_cell_kinds_kept_are_read_back_without_validating_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", str(tmp_path))
    made = kinded_cells.cell_kinds.__wrapped__()
    assert [path.name.split("-")[:2] for path in tmp_path.iterdir()] == [["cell", "kinds"]]
    monkeypatch.setattr(kinded_cells, "cell_kinds_of", _refuse_to_read_the_file)
    assert kinded_cells.cell_kinds.__wrapped__() == made
    assert made.category_max == 12 and "股" in made.owner_endings


def test_with_no_cache_folder_the_cell_kinds_are_validated_each_time(monkeypatch):
    monkeypatch.setenv("PILOTPLANS_CACHE_DIR", "")
    read = []
    monkeypatch.setattr(kinded_cells, "cell_kinds_of", lambda text: read.append(text) or len(read))
    assert [kinded_cells.cell_kinds.__wrapped__() for _ in range(2)] == [1, 2]
    assert read[0] == read_bytes(kinded_cells.FILE).decode("utf-8")


def test_a_cell_kinds_file_with_a_key_out_of_place_is_refused_in_one_line_naming_it():
    text = read_bytes(kinded_cells.FILE).decode("utf-8").replace("category_max_length", "category_max_len", 1)
    with pytest.raises(PilotplansError) as caught:
        kinded_cells.cell_kinds_of(text)
    assert str(caught.value).startswith("pilotplans/data/cell_kinds.toml: ")
    assert "\n" not in str(caught.value)
