"""An option taking a range of numbers says the range in words in its help (``--workers N [1 or more]``),
where typer printed a formula (``N [x>=1]``)."""

from __future__ import annotations

import pytest

from pilotplans.cli_help import range_in_words


@pytest.mark.parametrize(("low", "high", "said"), [
    (1, None, "1 or more"),
    (None, 10, "10 or less"),
    (0, 100, "0 to 100"),
])
def test_a_range_is_said_in_words(low, high, said):
    assert range_in_words(low, high) == said


def test_an_option_of_any_number_says_no_range():
    assert range_in_words(None, None) is None
