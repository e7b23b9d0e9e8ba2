"""Every dataclass of the package has a docstring of its own.

A dataclass without one is given one when its class is made: its name and its signature, which
``dataclasses`` reads through ``inspect.signature`` (some 20 to 70 µs a class, at every start for the
22 on the DOCX extract's path), for a text nobody reads."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "pilotplans"


def _is_dataclass_decorator(decorator: ast.expr) -> bool:
    """``@dataclass``, ``@dataclass(...)``, ``@dataclasses.dataclass`` or ``@dataclasses.dataclass(...)``."""
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
    return name == "dataclass"


def undocumented_dataclasses(source: str) -> list[str]:
    """The names of the dataclasses ``source`` defines (at any depth) without a docstring."""
    return [node.name for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.ClassDef) and any(map(_is_dataclass_decorator, node.decorator_list))
            and ast.get_docstring(node) is None]


def test_a_dataclass_without_a_docstring_is_found():
    source = "from dataclasses import dataclass\n\n@dataclass(frozen=True)\nclass Number:\n    raw: str\n    value: int\n"
    assert undocumented_dataclasses(source) == ["Number"]


def test_a_dataclass_with_a_docstring_and_a_plain_class_without_one_are_not():
    source = ('import dataclasses\n\n@dataclasses.dataclass\nclass Number:\n    """An item\'s number."""\n\n    raw: str\n\n'
              "class Plain:\n    raw: str\n")
    assert undocumented_dataclasses(source) == []


def test_every_dataclass_of_the_package_has_a_docstring():
    found = {str(path.relative_to(PACKAGE)): names for path in sorted(PACKAGE.rglob("*.py"))
             if (names := undocumented_dataclasses(path.read_text("utf-8")))}
    assert found == {}
