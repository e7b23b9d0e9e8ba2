"""The package's data files are read from its folder, as importlib.resources reads them."""

from importlib import resources

import pytest

from pilotplans.data import read_bytes


@pytest.mark.parametrize("name", ["departments.toml", "divisions.tsv", "columns.toml"])
def test_a_data_file_reads_as_importlib_resources_reads_it(name):
    assert read_bytes(name) == resources.files("pilotplans.data").joinpath(name).read_bytes()


def test_a_missing_data_file_is_a_file_not_found_error_naming_its_path():
    with pytest.raises(FileNotFoundError, match=r"pilotplans/data/no-such-file\.toml"):
        read_bytes("no-such-file.toml")
