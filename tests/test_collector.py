"""The cycle collector runs seldom while the program starts and as usual once it reads."""

import gc

import pytest

from pilotplans import collector


@pytest.fixture
def restored():
    before = gc.get_threshold()
    settled, started = collector._State.settled, collector._State.started
    gc.unfreeze()  # each test starts with nothing frozen (reading in an earlier test froze the heap)
    yield
    gc.unfreeze()
    gc.set_threshold(*before)
    collector._State.settled, collector._State.started = settled, started


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
    collector.start_up()
    collector.settle()
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    collector.settle()
    assert frozen > 0 and gc.get_freeze_count() == 0


def test_what_is_alive_before_a_fork_is_frozen_also_once_settled(restored):
    collector._State.settled = True  # settled earlier: settle() alone would freeze nothing (above)
    collector.start_up()
    collector.before_fork()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (collector.START_UP_THRESHOLD, *collector._DEFAULT[1:])  # it settled once only


def test_a_fork_leaves_a_host_program_s_collector_alone(restored):
    # pilotplans used as a library reading files over workers: nothing of the host's is frozen
    collector._State.settled, collector._State.started = False, False
    gc.set_threshold(5000, 20, 30)
    collector.before_fork()
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == (5000, 20, 30)


def test_a_host_program_s_garbage_is_still_collected_after_reading_over_workers():
    import subprocess
    import sys

    from tests.conftest import SEEDS

    files = [str(SEEDS / name) for name in ("003_0b1b6885711b46b3.txt", "004_662d9067fb13adab.txt")]
    host = f"""
import gc, weakref
class Cycle: pass
gc.disable()
garbage = Cycle(); garbage.me = garbage; seen = weakref.ref(garbage); del garbage
from pilotplans.ingest.reading import read_paths
read = read_paths({files!r}, lambda path: None, workers=2)
gc.enable(); gc.collect()
print(len(read.documents), seen() is None, gc.get_freeze_count())
"""
    done = subprocess.run([sys.executable, "-c", host], capture_output=True, text=True, timeout=120)
    assert done.stdout == "2 True 0\n", done.stderr


def test_what_is_kept_loads_with_the_collector_off_and_then_settles(restored):
    collector._State.settled = False
    collector.start_up()
    with collector.loading_long_lived():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_threshold() == collector._DEFAULT
    assert gc.get_freeze_count() > 0


def test_settle_leaves_a_host_program_s_collector_alone(restored):
    # pilotplans used as a library (no start_up): freezing would keep the host's garbage for good
    collector._State.settled, collector._State.started = False, False
    gc.set_threshold(5000, 20, 30)
    collector.settle()
    with collector.loading_long_lived():
        pass
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == (5000, 20, 30) and gc.isenabled()


def test_a_host_program_s_garbage_is_still_collected_after_reading():
    import subprocess
    import sys

    from tests.conftest import FIXTURES

    host = f"""
import gc, weakref
class Cycle: pass
gc.disable()
garbage = Cycle(); garbage.me = garbage; seen = weakref.ref(garbage); del garbage
import pilotplans
pilotplans.read({str(FIXTURES / "xiamen-tasks.docx")!r})
gc.enable(); gc.collect()
print(seen() is None, gc.get_freeze_count())
"""
    done = subprocess.run([sys.executable, "-c", host], capture_output=True, text=True, timeout=120)
    assert done.stdout == "True 0\n", done.stderr


def test_what_is_kept_loaded_to_settle_later_is_frozen_and_the_start_up_threshold_stays(restored):
    collector._State.settled = False
    collector.start_up()
    with collector.settling_later(), collector.loading_long_lived():
        assert not gc.isenabled()
    assert gc.isenabled() and gc.get_freeze_count() > 0
    assert gc.get_threshold() == (collector.START_UP_THRESHOLD, *collector._DEFAULT[1:])
    assert not collector._State.settled


def test_what_is_kept_loaded_after_settling_later_settles_again(restored):
    collector._State.settled = False
    collector.start_up()
    with collector.settling_later():
        pass
    with collector.loading_long_lived():
        pass
    assert gc.get_threshold() == collector._DEFAULT and collector._State.settled
