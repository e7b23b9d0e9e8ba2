"""A clause followed by a list illustrating it (建设区域性公共服务平台，如A、B…等) states its lead: a measure restating
that lead carries the clause, whatever the examples (``link_mutual``'s test of a clause carried whole).

national-2020 99 (推动在京津冀…地区，建设区域性公共服务平台，如生物医药研发…平台、…共享平台等) restates 2018's #16
(科学建设运营全国性、区域性公共服务平台…): each other's best match (0.35, the next 0.18), but its one clause, examples
and all, is found only 0.17 in #16 (tests/fixtures/answers/national-2020_to_national2018.real.tsv: 99 ← #16 adapted).
A list with no opening word (全国性、区域性公共服务平台) is what its clause states, not an illustration."""

from __future__ import annotations

from pilotplans.diff.clauses import clause_spans
from pilotplans.diff.similarity import normalise_wording
from tests.conftest import links_of


def _leads(text: str) -> list[str]:
    normalised = normalise_wording(text)
    return [normalised[s.start:s.lead_end] for s in clause_spans(normalised) if s.lead_end is not None]


def test_a_clause_a_list_opened_by_ru_illustrates_has_its_lead(national2020):
    measure = next(m for m in national2020.measures if m.number == 99)
    assert _leads(measure.text) == ["建设区域性公共服务平台"]


def test_a_clause_holding_a_list_with_no_opening_word_has_no_lead(national2018):
    measure = national2018.measures[15]
    assert measure.text.startswith("科学建设运营全国性、区域性公共服务平台")
    assert _leads(measure.text) == []


def test_a_measure_restating_the_lead_of_an_illustrated_clause_links_as_each_other_s_best_match(rounds_diff):
    assert links_of(rounds_diff, 99) == [("#16", "adapted")]
