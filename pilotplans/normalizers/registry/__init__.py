"""The department registry, the gazetteer and the role phrases, loaded from the package's data.

- :mod:`.files` — the schemas of ``departments.toml``, ``regions.toml`` and ``roles.toml``;
- :mod:`.divisions` — ``divisions.tsv``, every division down to county level (generated);
- :mod:`.gazetteer` — places, functional areas, pilot rounds, groups, scope phrases, and the one
  place look-up (:meth:`Gazetteer.find_place`);
- :mod:`.bodies` — central bodies, collectives, kinds of local body, indexed;
- :mod:`.roles` — role phrases and list words, compiled;
- :mod:`.load` — reading, validating and caching: :func:`load_registry`.
"""

from pilotplans.normalizers.registry.bodies import KindForm, LiteralForm, PatternForm, Registry
from pilotplans.normalizers.registry.files import (
    DEPARTMENTS_FILE,
    DIVISIONS_FILE,
    LOCAL,
    REGIONS_FILE,
    ROLES_FILE,
    Form,
    RegistryError,
)
from pilotplans.normalizers.registry.gazetteer import Gazetteer, PlaceMatch, Region
from pilotplans.normalizers.registry.load import build_registry, load_registry
from pilotplans.normalizers.registry.roles import RolePhrases


def __getattr__(name: str) -> object:
    """``Kind``, whose class a start that unpickles the registry does not build (see :mod:`.entries`)."""
    if name == "Kind":
        from pilotplans.normalizers.registry.entries import Kind

        return Kind
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEPARTMENTS_FILE", "DIVISIONS_FILE", "LOCAL", "REGIONS_FILE", "ROLES_FILE", "Form", "Gazetteer", "Kind", "KindForm",
    "LiteralForm", "PatternForm", "PlaceMatch", "Region", "Registry", "RegistryError", "RolePhrases",
    "build_registry", "load_registry",
]
