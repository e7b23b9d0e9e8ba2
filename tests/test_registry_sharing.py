"""The built registry holds one object for each equal string, tuple or frozenset it holds
(``_share_equal_values``): equal values of different types (True and 1, 1.0 and 1) stay apart."""

from pilotplans.normalizers.registry.load import _share_equal_values


def test_equal_tuples_become_one_object():
    root = {"a": ("x", 1), "b": ("x", 1)}
    _share_equal_values(root)
    assert root["a"] is root["b"]


def test_a_tuple_of_flags_is_not_shared_with_an_equal_tuple_of_numbers():
    root = {"counts": (1, 0), "flags": (True, False), "sizes": frozenset({1.0})}
    _share_equal_values(root)
    assert [(type(v).__name__, v) for v in root["flags"]] == [("bool", True), ("bool", False)]
    assert [type(v).__name__ for v in root["sizes"]] == ["float"]


def test_a_tuple_holding_flags_is_not_shared_with_one_holding_numbers():
    root = {"counts": (("n", 1),), "flags": (("n", True),)}
    _share_equal_values(root)
    assert type(root["flags"][0][1]).__name__ == "bool"


def test_a_place_pickles_as_its_values_and_reads_back_equal_frozen_and_sharing_them():
    import dataclasses
    import pickle

    import pytest

    from pilotplans.normalizers.registry.gazetteer import Region, _region

    xiamen = Region(id="350200", name="厦门市", short="厦门", level="prefecture", tier="city", code="350200",
                    code_basis="official", province="350000", parent="350000", aliases=("鹭岛",), abbreviations=(),
                    capital=None, body_level="municipal", former=(("同安县", 1997),))
    assert xiamen.__reduce__() == (_region, tuple(vars(xiamen).values()))
    places = pickle.loads(pickle.dumps([xiamen, xiamen], protocol=pickle.HIGHEST_PROTOCOL))
    assert places[0] == xiamen and type(places[0]) is Region and places[0] is places[1]
    assert vars(places[0]) == vars(xiamen) and places[0].area_type is None and places[0].place == "厦门"
    with pytest.raises(dataclasses.FrozenInstanceError):
        places[0].name = "鹭岛"  # type: ignore[misc]


def test_a_changed_place_pickles_with_its_change():
    import pickle

    from pilotplans.normalizers.registry.gazetteer import Region, _replace

    zone = Region(id="350200-ftz", name="厦门片区", short=None, level="zone", tier="zone", code="350200",
                  code_basis="host", province="350000", parent="350200", aliases=(), abbreviations=(), capital=None,
                  body_level="municipal", area_type="ftz")
    renamed = _replace(zone, aliases=("厦门自贸片区",))
    assert pickle.loads(pickle.dumps(renamed)) == renamed != zone


def test_a_place_of_a_kind_made_from_region_pickles_as_that_kind_with_all_it_holds():
    # the short form is Region's own: a record made from it (a caller's own kind of place) came
    # back a plain Region, its own attributes dropped, without a word
    import dataclasses
    import pickle

    from pilotplans.normalizers.registry.gazetteer import Region

    @dataclasses.dataclass(frozen=True)
    class Marked(Region):
        mark: str = "试点"

    global _Marked  # pickled by name
    _Marked = Marked
    Marked.__qualname__ = "_Marked"
    place = Marked(id="350200", name="厦门市", short="厦门", level="prefecture", tier="city", code="350200",
                   code_basis="official", province="350000", parent="350000", aliases=(), abbreviations=(),
                   capital=None, body_level="municipal", mark="自贸")
    back = pickle.loads(pickle.dumps(place, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(back) is Marked and back.mark == "自贸" and back == place
