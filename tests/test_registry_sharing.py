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


def _xiamen(**changes):
    from pilotplans.normalizers.registry.gazetteer import Region

    fields = dict(id="350200", name="厦门市", short="厦门", level="prefecture", tier="city", code="350200",
                  code_basis="official", province="350000", parent="350000", aliases=("鹭岛",), abbreviations=(),
                  capital=None, body_level="municipal", former=(("同安县", 1997),))
    return Region(**{**fields, **changes})


def test_a_place_pickles_as_its_values_made_in_one_call_and_reads_back_equal_frozen_and_shared():
    import dataclasses
    import pickle

    import pytest

    from pilotplans.normalizers.registry.gazetteer import Region

    xiamen = _xiamen()
    assert xiamen.__reduce__() == (tuple.__new__, (Region, ("350200", "厦门市", "厦门", "prefecture", "city", "350200",
                                   "official", "350000", "350000", ("鹭岛",), (), None, "municipal",
                                   (("同安县", 1997),), None)))
    places = pickle.loads(pickle.dumps([xiamen, xiamen], protocol=pickle.HIGHEST_PROTOCOL))
    assert places[0] == xiamen and type(places[0]) is Region and places[0] is places[1]
    assert places[0].area_type is None and places[0].place == "厦门" and places[0].names == ("厦门市", "厦门", "鹭岛")
    with pytest.raises(dataclasses.FrozenInstanceError):
        places[0].name = "鹭岛"  # type: ignore[misc]


def test_a_place_is_made_by_its_fields_by_name_or_in_order_with_the_last_two_optional():
    from pilotplans.normalizers.registry.gazetteer import Region

    in_order = Region("350200", "厦门市", "厦门", "prefecture", "city", "350200", "official", "350000", "350000",
                      ("鹭岛",), (), None, "municipal", (("同安县", 1997),))
    assert in_order == _xiamen() and hash(in_order) == hash(_xiamen())
    assert (in_order.id, in_order.former, in_order.area_type) == ("350200", (("同安县", 1997),), None)
    assert repr(_xiamen(former=())) == (
        "Region(id='350200', name='厦门市', short='厦门', level='prefecture', tier='city', code='350200', "
        "code_basis='official', province='350000', parent='350000', aliases=('鹭岛',), abbreviations=(), "
        "capital=None, body_level='municipal', former=(), area_type=None)")


def test_a_place_is_not_equal_to_a_tuple_of_its_values_nor_to_another_place():
    place = _xiamen()
    assert place != tuple(place) and not place == tuple(place) and tuple(place) != place
    assert not tuple(place) == place and len({place, tuple(place)}) == 2
    assert place != _xiamen(name="鹭岛市") and place == _xiamen()


def test_a_place_missing_a_field_or_given_an_unknown_one_is_refused():
    import pytest

    from pilotplans.normalizers.registry.gazetteer import Region

    with pytest.raises(TypeError, match="missing the field 'body_level'"):
        Region(id="350200", name="厦门市", short="厦门", level="prefecture", tier="city", code="350200",
               code_basis="official", province="350000", parent="350000", aliases=(), abbreviations=(), capital=None)
    with pytest.raises(TypeError, match="no field 'mark'"):
        _xiamen(mark="自贸")
    with pytest.raises(TypeError, match="'id' twice"):
        Region("350200", id="350200")


def test_a_changed_place_pickles_with_its_change():
    import pickle

    from pilotplans.normalizers.registry.gazetteer import Region, _replace

    zone = Region(id="350200-ftz", name="厦门片区", short=None, level="zone", tier="zone", code="350200",
                  code_basis="host", province="350000", parent="350200", aliases=(), abbreviations=(), capital=None,
                  body_level="municipal", area_type="ftz")
    renamed = _replace(zone, aliases=("厦门自贸片区",))
    assert renamed.aliases == ("厦门自贸片区",) and renamed.area_type == "ftz" and zone.aliases == ()
    assert pickle.loads(pickle.dumps(renamed)) == renamed != zone


def test_a_change_to_a_field_a_place_has_not_is_refused_not_dropped():
    # dataclasses.replace refused it; the tuple's own replacement made the place again from its
    # fields alone and dropped a misspelt change without a word (the place kept its old aliases)
    import pytest

    from pilotplans.normalizers.registry.gazetteer import _replace

    with pytest.raises(TypeError, match="no field 'alias'"):
        _replace(_xiamen(), alias=("鹭岛市",))
    assert _replace(_xiamen(), aliases=("鹭岛市",), area_type="city") == _xiamen(aliases=("鹭岛市",), area_type="city")


class _Marked:  # a caller's own kind of place, made from Region (bound below: it must pickle by name)
    pass


def test_a_place_of_a_kind_made_from_region_pickles_as_that_kind_with_all_it_holds():
    # the short form is Region's own values: a record made from it (a caller's own kind of place)
    # must not come back a plain Region, its own attributes dropped, without a word
    import pickle

    from pilotplans.normalizers.registry.gazetteer import Region

    global _Marked

    class Marked(Region):
        pass

    Marked.__qualname__ = "_Marked"
    _Marked = Marked
    place = Marked(id="350200", name="厦门市", short="厦门", level="prefecture", tier="city", code="350200",
                   code_basis="official", province="350000", parent="350000", aliases=(), abbreviations=(),
                   capital=None, body_level="municipal")
    object.__setattr__(place, "mark", "自贸")
    back = pickle.loads(pickle.dumps(place, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(back) is Marked and back.mark == "自贸" and back == place and back.name == "厦门市"


def test_the_built_registry_holds_one_place_for_each_id_wherever_it_is_held():
    # sharing the places' values makes each place again: every table must hold the new one
    from pilotplans.normalizers.registry.gazetteer import Region
    from pilotplans.normalizers.registry.load import load_registry

    gazetteer = load_registry().gazetteer
    met: list[Region] = []
    seen: set[int] = set()

    def walk(value: object) -> None:
        if type(value) is Region:
            met.append(value)
        elif id(value) in seen:
            return
        elif isinstance(value, (dict, list, tuple, set, frozenset)):
            seen.add(id(value))
            for item in (value.values() if isinstance(value, dict) else value):
                walk(item)
        elif type(value).__module__.startswith("pilotplans.") and hasattr(value, "__dict__"):
            seen.add(id(value))
            walk(vars(value))

    walk(vars(gazetteer))
    assert len(gazetteer.regions) == 3356 and len(met) >= 3356  # 3355 and 广州经济技术开发区 (regions.toml)
    # a prefecture given up (巢湖市, 341400) is held apart from the places in use, and once too
    assert all(place is gazetteer.region(place.id) for place in met)
