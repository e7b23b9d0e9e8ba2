"""The cycle collector runs seldom while the program starts and as usual once it reads."""

import gc

import pytest

from pilotplans import collector


@pytest.fixture
def restored():
    before = gc.get_threshold()
    settled = collector._State.settled
    gc.unfreeze()  # each test starts with nothing frozen (reading in an earlier test froze the heap)
    yield
    gc.unfreeze()
    gc.set_threshold(*before)
    collector._State.settled = settled


def test_start_up_raises_only_the_first_threshold(restored):
    collector.start_up()
    assert gc.get_threshold() == (collector.START_UP_THRESHOLD, *collector._DEFAULT[1:])


def test_settle_freezes_what_is_loaded_and_puts_the_default_thresholds_back(restored):
    collector._State.settled = False
    collector.start_up()
    collector.settle()
    assert gc.get_threshold() == collector._DEFAULT
    assert gc.get_freeze_count() > 0


def test_settle_acts_once(restored):
    collector._State.settled = False
    collector.settle()
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    collector.settle()
    assert frozen > 0 and gc.get_freeze_count() == 0


def test_what_is_kept_loads_with_the_collector_off_and_then_settles(restored):
    collector._State.settled = False
    collector.start_up()
    with collector.loading_long_lived():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_threshold() == collector._DEFAULT
    assert gc.get_freeze_count() > 0
