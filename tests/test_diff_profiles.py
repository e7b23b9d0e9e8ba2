"""A plan's measures are profiled once per process, for every pair it is diffed in
(pilotplans.diff.similarity.kept_profile)."""

from __future__ import annotations

from pilotplans.diff import diff_documents
from pilotplans.diff import similarity
from pilotplans.diff.align import comparable_text
from pilotplans.diff.segment import Segmenter
from pilotplans.diff.similarity import kept_profile, load_stopwords

TEXT = "允许特定条件下租用外籍船舶从事临时运输。"


def test_a_national_plan_diffed_against_two_local_plans_is_profiled_once(monkeypatch, national2020, xiamen, hainan):
    profiled: list[tuple[str, str | None]] = []
    made = similarity.profile

    def counting(text, region, segmenter, stopwords):
        profiled.append((text, region))
        return made(text, region, segmenter, stopwords)

    monkeypatch.setattr(similarity, "profile", counting)
    kept_profile.cache_clear()
    segmenter = Segmenter(None)
    diff_documents(national2020, xiamen, segmenter=segmenter)
    diff_documents(national2020, hainan, segmenter=segmenter)
    national_texts = {comparable_text(m) for m in national2020.measures}
    # the national plan's measures are profiled without a region, the local plans' with theirs
    assert sorted(text for text, region in profiled if region is None) == sorted(national_texts)
    assert len(national_texts) == 122


def test_a_diff_with_kept_profiles_is_the_diff_with_fresh_ones(national2020, xiamen, hainan):
    kept_profile.cache_clear()
    segmenter = Segmenter(None)
    diff_documents(national2020, xiamen, segmenter=segmenter)
    second = diff_documents(national2020, hainan, segmenter=segmenter)
    kept_profile.cache_clear()
    fresh = diff_documents(national2020, hainan, segmenter=Segmenter(None))
    assert second.model_dump() == fresh.model_dump()


def test_another_segmenter_profiles_the_text_anew():
    stopwords = load_stopwords()
    plain = kept_profile(TEXT, None, Segmenter(None), stopwords)
    with_word = kept_profile(TEXT, None, Segmenter(None, words=[("外籍船舶", None)]), stopwords)
    assert plain.words == ("特定条件", "租用", "外籍", "船舶", "从事", "临时", "运输")
    assert with_word.words == ("特定条件", "租用", "外籍船舶", "从事", "临时", "运输")


def test_another_region_profiles_the_text_anew():
    stopwords = load_stopwords()
    segmenter = Segmenter(None)
    text = "支持厦门开展跨境服务贸易试点。"
    assert "厦门" in kept_profile(text, None, segmenter, stopwords).text
    assert "厦门" not in kept_profile(text, "厦门", segmenter, stopwords).text
