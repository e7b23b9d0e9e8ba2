"""The two segmentation engines cut alike: on every text of the bundled and test documents, and
with extra dictionary words; either can be chosen."""

import json

import pytest

from pilotplans.diff.segment import ENGINE_ENV, Segmenter, cutter, default_engine
from pilotplans.errors import NoTaskTable
from pilotplans.ingest.reading import manifest_hints
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

TEXT_FOLDERS = [FIXTURES / "seeds", FIXTURES / "plans", FIXTURES / "plans" / "forms"]


def fixture_texts() -> list[str]:
    """Every measure's text, responsibility, cooperating bodies and remarks of the text fixtures."""
    texts = []
    for folder in TEXT_FOLDERS:
        hints = manifest_hints(folder)
        for path in sorted(folder.glob("*.txt")):
            try:
                document = read_document(path, hints(path))
            except NoTaskTable:  # a fixture of a notice that holds no plan
                continue
            for measure in document.measures:
                texts.extend(t for t in (measure.text, measure.responsibility, measure.cooperating, measure.remarks) if t)
    return texts


def test_rjieba_cuts_every_fixture_text_as_jieba_does():
    texts = fixture_texts()
    assert len(texts) > 1000
    jieba_cut, rjieba_cut = cutter("jieba"), cutter("rjieba")
    assert [t for t in texts if jieba_cut(t) != rjieba_cut(t)] == []


def test_extra_words_are_cut_whole_by_both_engines():
    text = "支持粤港澳大湾区大数据中心建设，探索服务贸易创新发展试点"
    words = (("粤港澳大湾区", None), ("大数据中心", None), ("服务贸易创新发展", 50))
    assert cutter("jieba")(text)[1:4] == ["粤港澳", "大湾", "区大"]  # without them
    expected = ["支持", "粤港澳大湾区", "大数据中心", "建设", "，", "探索", "服务贸易创新发展", "试点"]
    assert Segmenter(None, engine="jieba", words=words).cut(text) == tuple(expected)
    assert Segmenter(None, engine="rjieba", words=words).cut(text) == tuple(expected)
    assert cutter("rjieba")(text)[1:4] == ["粤港澳", "大湾", "区大"]  # the words were added to a dictionary of their own


def test_the_engine_is_chosen_by_the_environment(monkeypatch):
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    assert default_engine() == "rjieba"
    monkeypatch.setenv(ENGINE_ENV, "jieba")
    assert Segmenter(None).engine == "jieba"
    monkeypatch.setenv(ENGINE_ENV, "thulac")
    with pytest.raises(ValueError, match=r"^\$PILOTPLANS_SEGMENTER must be one of rjieba, jieba, not 'thulac'$"):
        default_engine()


def test_each_engine_and_dictionary_keeps_a_cache_of_its_own(tmp_path):
    for engine in ("rjieba", "jieba"):
        segmenter = Segmenter(tmp_path, engine=engine)
        segmenter.cut("允许特定条件下租用外籍船舶从事临时运输。")
        segmenter.save()
    with_words = Segmenter(tmp_path, engine="rjieba", words=(("外籍船舶", None),))
    with_words.cut("允许特定条件下租用外籍船舶从事临时运输。")
    with_words.save()
    from importlib.metadata import version

    jieba, rjieba = version("jieba"), version("rjieba")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names[:2] == [f"segments-v1-jieba{jieba}.json", f"segments-v1-rjieba{rjieba}-words{names[1].split('-words')[1]}"]
    assert names[2] == f"segments-v1-rjieba{rjieba}.json"


def test_place_names_are_found_as_an_alternation_of_them_longest_first_finds_them():
    import regex

    from pilotplans.diff.similarity import _place_vocabulary, place_spans

    names, _ = _place_vocabulary()
    alternation = regex.compile("|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True)))
    lines = [line for folder in TEXT_FOLDERS for path in sorted(folder.glob("*.txt"))
             for line in path.read_text("utf-8").splitlines()]
    lines += ["北京、上海", "上海浦东新区和粤港澳大湾区大数据中心", "港澳台"]
    assert len(lines) > 1500
    assert [line for line in lines if place_spans(line) != [(m.start(), m.end()) for m in alternation.finditer(line)]] == []
    assert place_spans("北京、上海") == [(0, 2), (3, 5)]


SEARCH_TEXTS = ["允许特定条件下租用外籍船舶从事临时运输。", "推进电子商务进出口业务发展", "商务部"]


def test_a_batch_of_search_cuts_is_read_back_from_its_file_without_loading_an_engine(tmp_path, monkeypatch):
    from pilotplans.diff import segment

    expected = [segment.search_cutter("rjieba")(t) for t in SEARCH_TEXTS]
    cut = segment.BatchCuts(tmp_path, engine="rjieba").cutter(SEARCH_TEXTS)
    assert [list(cut(t)) for t in SEARCH_TEXTS] == expected
    assert "电子" in cut(SEARCH_TEXTS[1]) and "电子商务" in cut(SEARCH_TEXTS[1])  # search mode: the long word and its parts

    def no_engine(engine):
        raise AssertionError("the engine was loaded")

    monkeypatch.setattr(segment, "search_cutter", no_engine)
    again = segment.BatchCuts(tmp_path, engine="rjieba").cutter(SEARCH_TEXTS)
    assert [list(again(t)) for t in SEARCH_TEXTS] == expected


def test_another_batch_or_an_unreadable_file_is_cut_anew(tmp_path):
    from importlib.metadata import version

    from pilotplans.diff.segment import BatchCuts, search_cutter

    BatchCuts(tmp_path, engine="rjieba").cutter(SEARCH_TEXTS)
    folder = tmp_path / f"search-v1-rjieba{version('rjieba')}"
    (first,) = list(folder.iterdir())
    BatchCuts(tmp_path, engine="rjieba").cutter(SEARCH_TEXTS[:2])
    assert len(list(folder.iterdir())) == 2  # a file per batch of texts
    first.write_text("[[\"broken\"]]", "utf-8")  # not one cut per text
    cut = BatchCuts(tmp_path, engine="rjieba").cutter(SEARCH_TEXTS)
    assert list(cut(SEARCH_TEXTS[0])) == search_cutter("rjieba")(SEARCH_TEXTS[0])
    assert len(json.loads(first.read_text("utf-8"))) == 3  # written again, whole


def test_search_cuts_without_a_cache_folder_write_nothing(tmp_path, monkeypatch):
    from pilotplans.diff.segment import BatchCuts

    monkeypatch.chdir(tmp_path)
    cut = BatchCuts(None, engine="rjieba").cutter(SEARCH_TEXTS)
    assert list(cut("商务部")) == ["商务", "商务部"]
    assert list(tmp_path.iterdir()) == []


def test_an_engines_installed_version_is_asked_once_per_process(monkeypatch, tmp_path):
    # Every document a rebuild writes and every plan it diffs names its engine and version; the
    # installed packages' metadata is read for it once, not once per document.
    from importlib import metadata

    from pilotplans import cut_engines
    from pilotplans.diff import segment

    asked = []
    version = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: asked.append(name) or version(name))
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    cut_engines.engine_version.cache_clear()
    try:
        for _ in range(3):
            assert default_engine() == "rjieba"
            segment.BatchCuts(tmp_path)
        assert asked == ["rjieba"]
        # an engine that is not installed is asked once too, and stays unknown
        assert cut_engines.engine_version("no-such-engine") is None
        assert cut_engines.engine_version("no-such-engine") is None
        assert asked == ["rjieba", "no-such-engine"]
    finally:
        cut_engines.engine_version.cache_clear()
