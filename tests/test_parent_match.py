"""Inferring a local plan's parent compares its measures with the national plans' only where a
close match is possible, and finds what comparing every pair of measures finds."""

from pilotplans.ingest.reading import manifest_hints
from pilotplans.ingest.parents import CLOSE, _bigrams, match_share
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES


def every_pair_share(local, national) -> float:
    targets = [_bigrams(m.text) for m in national.measures]
    measures = [b for b in (_bigrams(m.text) for m in local.measures) if b]
    if not measures or not targets:
        return 0.0
    return sum(1 for pairs in measures if max(len(pairs & t) for t in targets) >= CLOSE * len(pairs)) / len(measures)


def test_match_share_is_the_share_comparing_every_pair_of_measures_gives(national2018, national2020, national2025, xiamen, hainan):
    plans = FIXTURES / "plans"
    locals_ = [xiamen, hainan, *(read_document(plans / name, manifest_hints(plans)(plans / name))
                                 for name in ("chengdu-2020-tasks.txt", "wuhan-2020-tasks.txt", "hefei-convention-first-lead.txt",
                                              "qingdao-flat-cells.txt", "ningbo-role-phrases.txt"))]
    shares = [(local.id, national.id, match_share(local, national))
              for local in locals_ for national in (national2018, national2020, national2025)]
    assert shares == [(local.id, national.id, every_pair_share(local, national))
                      for local in locals_ for national in (national2018, national2020, national2025)]
    assert dict(((l, n), s) for l, n, s in shares)[("xiamen-2020", "national-2020")] > 0.5
