"""A measure carrying whole a co-equal part of a source another measure took for its other part is a further part of
that source, however little alike the two are as wholes (``link_contained``'s ``carries_a_free_part``).

national-2018 #3 prints two numbered items: 1. 探索建立来华就医签证制度 and 2. 推动广东全省实施 144 小时过境免签政策.
2020's 59 takes item 2 (144小时过境免签); 61 (完善和推进来华就医签证便利化政策，推动…中医药服务出口) carries item 1 whole
but is only 0.22 alike to #3, under ``contain_floor`` (tests/fixtures/answers/national-2020_to_national2018.real.tsv:
61 ← #3 adapted). 60 (旅游就医的出入境和停留居留便利) shares 就医 with item 1 but not its 签证: it stays new, as 92 does
(#32's second sentence, 研究解决国外游客移动支付便捷性问题, a quarter found in it)."""

from __future__ import annotations

from tests.conftest import links_of


def test_a_measure_carrying_the_numbered_item_a_linked_measure_left_is_a_further_part(rounds_diff):
    assert links_of(rounds_diff, 61) == [("#3", "adapted")]
    assert links_of(rounds_diff, 59) == [("#3", "adapted")]


def test_a_measure_sharing_one_word_of_the_item_left_stays_new(rounds_diff):
    assert links_of(rounds_diff, 60) == [("-", "added")]


def test_a_measure_carrying_a_quarter_of_the_sentence_left_stays_new(rounds_diff):
    assert links_of(rounds_diff, 92) == [("-", "added")]
