"""The thresholds of the diff, in one validated place.

Every number was chosen by measurement, with ``bench/diff_eval.py --sweep NAME=START:STOP:STEP``
against the hand-made answer keys in ``tests/fixtures/answers/`` (national-2020 × Xiamen, 88
local measures, and × Hainan, 117), taking the middle of the range where pair precision, pair
recall and relation agreement are all at their best; the README section "Comparing plans" gives
the figures. The scores are defined in :mod:`pilotplans.diff.similarity`.

- ``link`` (0.40): a one-to-one link is accepted on its own when the weighted-word cosine reaches
  this (best pair first, each measure used once). The local additions of the keys have their
  best national match at 0.09–0.36; the lowest true links that must stand on their own are 0.44
  (Xiamen 8, which keeps one sentence of national 1) and 0.51. On the two full plans the results
  are identical for 0.32–0.44 (one-to-one assignment keeps the additions off measures already
  taken); 0.40 lies midway between the highest addition and the lowest true link, so that it
  holds when the national measure an addition resembles is free.
- ``order_floor`` (0.14), ``order_gap`` (4): below ``link``, a link is accepted when the plans'
  order supports it: the national measure lies between the national sources of the nearest
  linked local measures before and after, at most ``order_gap`` national measures lie between
  those two sources, and the cosine reaches ``order_floor`` (Hainan 18 ← 20 at 0.35, Hainan
  56 ← 59 at 0.22). Best for 0.08–0.20 and for gaps of 2 and more; the gap keeps this rule from
  linking two national rounds, whose order differs, on thin evidence.
- ``split_part`` (0.60), ``split_overlap`` (0.50): a second local measure whose best national
  match is already taken is a *split* part of it when at least ``split_part`` of its word weight
  is found in that national measure and at most ``split_overlap`` in the part already linked
  (else it repeats that part, and it goes to its next candidate). Hainan 23 ← 24 has 1.00 and
  0.04; any value in 0.3–0.9 gives the same result on the keys, so these sit in the middle.
- ``merge_clause`` (0.70), ``merge_unexplained`` (0.45), ``merge_mass`` (12.0): a local clause
  (sentence or ；-clause; not an implementation frame) adds a second national source, making the
  local measure *merged*, when at least ``merge_clause`` of its word weight is found in that
  other measure, at most ``merge_unexplained`` in its first source, and its weight (sum of idf,
  about 6 per rare word) is at least ``merge_mass``. Best for 0.45–0.85, 0.30–0.65 and 0–36.
- ``same_covered`` (0.70), ``same_run`` (12): a one-to-one link is ``same`` when each text's word
  weight is covered at least ``same_covered`` by the other and neither text has a run of more
  than ``same_run`` characters (a clause) that the other lacks, in rapidfuzz's character
  alignment of the two wordings (scope phrases, place names and a local frame such as
  落实…政策， are left out first); otherwise ``adapted``. Best for 0.60–0.75 and 12–14.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class DiffSettings:
    link: float = 0.40
    order_floor: float = 0.14
    order_gap: int = 4
    order_sandwich_floor: float = 0.05
    order_support: float = 0.15
    order_support_elsewhere: float = 0.25
    split_part: float = 0.60
    split_overlap: float = 0.50
    merge_clause: float = 0.70
    merge_unexplained: float = 0.45
    merge_mass: float = 12.0
    same_covered: float = 0.70
    same_run: int = 12
    light_mass: float = 5.0
    clause_carried: float = 0.70
    clause_touched: float = 0.35
    same_missing: float = 0.15
    same_added: float = 0.20
    sibling_weight: float = 0.3
    merge_part: float = 0.40
    contain_share: float = 0.9
    contain_mass: float = 12.0
    contain_floor: float = 0.30

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if name in ("merge_mass", "same_run", "order_gap", "light_mass", "contain_mass"):
                if value < 0:
                    raise ValueError(f"{name} must be >= 0, not {value}")
            elif not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must lie in [0, 1], not {value}")
        if self.order_floor > self.link:
            raise ValueError(f"order_floor ({self.order_floor}) must not exceed link ({self.link})")
        if self.merge_unexplained >= self.merge_clause:
            raise ValueError("merge_unexplained must be below merge_clause")

    def as_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}
