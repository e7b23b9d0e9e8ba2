"""A plan's measures are profiled once per process, for every pair it is diffed in
(pilotplans.diff.similarity.kept_profile)."""

from __future__ import annotations

import json

from pilotplans.diff import diff_documents
from pilotplans.diff import similarity
from pilotplans.diff.align import comparable_text
from pilotplans.diff.segment import Segmenter
from pilotplans.diff.similarity import forget_profiles, kept_profile, load_stopwords

TEXT = "允许特定条件下租用外籍船舶从事临时运输。"


def test_a_national_plan_diffed_against_two_local_plans_is_profiled_once(monkeypatch, national2020, xiamen, hainan):
    profiled: list[tuple[str, str | None]] = []
    made = similarity.profile

    def counting(text, region, segmenter, stopwords):
        profiled.append((text, region))
        return made(text, region, segmenter, stopwords)

    monkeypatch.setattr(similarity, "profile", counting)
    forget_profiles()
    segmenter = Segmenter(None)
    diff_documents(national2020, xiamen, segmenter=segmenter)
    diff_documents(national2020, hainan, segmenter=segmenter)
    national_texts = {comparable_text(m) for m in national2020.measures}
    # the national plan's measures are profiled without a region, the local plans' with theirs
    assert sorted(text for text, region in profiled if region is None) == sorted(national_texts)
    assert len(national_texts) == 122


def test_a_diff_with_kept_profiles_is_the_diff_with_fresh_ones(national2020, xiamen, hainan):
    forget_profiles()
    segmenter = Segmenter(None)
    diff_documents(national2020, xiamen, segmenter=segmenter)
    second = diff_documents(national2020, hainan, segmenter=segmenter)
    forget_profiles()
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


def test_a_profile_is_kept_under_the_engine_and_words_not_the_segmenter_object():
    stopwords = load_stopwords()
    forget_profiles()
    first = kept_profile(TEXT, None, Segmenter(None), stopwords)
    assert kept_profile(TEXT, None, Segmenter(None), stopwords) is first


def test_only_the_most_recently_used_profiles_are_kept(monkeypatch):
    from pilotplans.diff import similarity

    stopwords = load_stopwords()
    segmenter = Segmenter(None)
    forget_profiles()
    monkeypatch.setattr(similarity, "KEPT_PROFILES", 2)
    first = kept_profile("允许特定条件下租用外籍船舶。", None, segmenter, stopwords)
    kept_profile("从事临时运输。", None, segmenter, stopwords)
    kept_profile("支持开展跨境服务贸易试点。", None, segmenter, stopwords)
    assert len(similarity._kept) == 2
    assert kept_profile("允许特定条件下租用外籍船舶。", None, segmenter, stopwords) is not first


def _cache_entries(folder) -> dict[str, list[str]]:
    (path,) = folder.glob("segments-*.json")
    return json.loads(path.read_text("utf-8"))


def test_a_segmenter_whose_texts_were_profiled_before_still_writes_their_cuts_to_its_cache(national2020, xiamen, tmp_path):
    # the profiles are kept from a diff cut by a segmenter with no cache file; a later diff's segmenter
    # with a cache file asked nothing, and its file, which the next process reads, was never written
    forget_profiles()
    diff_documents(national2020, xiamen, segmenter=Segmenter(None))
    kept = Segmenter(tmp_path / "kept")
    diff_documents(national2020, xiamen, segmenter=kept)
    forget_profiles()
    fresh = Segmenter(tmp_path / "fresh")
    diff_documents(national2020, xiamen, segmenter=fresh)
    assert _cache_entries(tmp_path / "kept") == _cache_entries(tmp_path / "fresh")
    assert len(_cache_entries(tmp_path / "fresh")) == 260


def test_a_profile_kept_adds_nothing_to_a_segmenter_whose_cache_holds_its_cuts(tmp_path):
    # the quiet case: the cuts are this segmenter's already (read from its file), so it has nothing to write
    stopwords = load_stopwords()
    first = Segmenter(tmp_path)
    forget_profiles()
    kept_profile(TEXT, None, first, stopwords)
    first.save()
    again = Segmenter(tmp_path)
    kept_profile(TEXT, None, again, stopwords)
    assert not again._new
    assert again.cut(TEXT) == first.cut(TEXT)
