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
