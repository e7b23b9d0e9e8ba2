"""No module of the package binds one of its own top-level names twice.

A second ``_NAME = …`` (or ``def``/``class``) lower in a module silently replaces the first for every
function that reads the name when it runs, the functions above it included: a pattern written for one
rule then serves another (stop 56 found ``metadata._GOVERNMENT`` bound twice, the first binding dead
since the day the second was added; a review caught a third whose rebinding lost a page's title)."""

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "pilotplans"


def names_bound_twice(source: str) -> list[str]:
    """The top-level names ``source`` binds more than once by assignment, ``def`` or ``class``."""
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            bound.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            bound[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_a_pattern_bound_twice_is_found():
    source = 'import re\n_GOVERNMENT = re.compile("人民政府$")\n\ndef f(): pass\n\n_GOVERNMENT = re.compile("人民政府|行政公署")\n'
    assert names_bound_twice(source) == ["_GOVERNMENT"]


def test_a_function_redefined_is_found():
    assert names_bound_twice("def f():\n    return 1\n\n\ndef f():\n    return 2\n") == ["f"]


def test_names_bound_once_and_names_rebound_inside_a_function_are_not():
    source = "_A = 1\n_B: int = 2\n\ndef f():\n    _A = 3\n    return _A\n\nclass C:\n    _B = 4\n"
    assert names_bound_twice(source) == []


def test_no_module_of_the_package_binds_a_name_twice():
    found = {str(path.relative_to(PACKAGE)): names for path in sorted(PACKAGE.rglob("*.py"))
             if (names := names_bound_twice(path.read_text("utf-8")))}
    assert found == {}
