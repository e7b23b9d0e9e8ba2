"""The vocabulary of warning codes (pilotplans/data/warnings.toml) holds every code the package
writes, so that `pilotplans measures --warning CODE` takes each of them on any dataset."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from typer.testing import CliRunner

import pilotplans
from pilotplans.cli import app
from pilotplans.warning_codes import warning_codes

PACKAGE = Path(pilotplans.__file__).parent
README = Path(__file__).parents[1] / "README.md"


WARNING_MAKERS = ("Warning", "Caution")
"""The calls that give a record or a document a warning code (a :class:`~pilotplans.layout.Caution`
becomes a document's warning): their ``code`` keyword, or their first argument."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The module an ``from … import`` statement names, relative levels resolved."""
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base[:len(base) - node.level + (1 if is_package else 0)]
    return ".".join([*base, *([node.module] if node.module else [])])


class _Modules:
    """Each module of the package read once: its string constants, what it imports by name, and the
    code expressions of its warning calls."""

    def __init__(self) -> None:
        self.constants: dict[str, dict[str, str]] = {}
        self.names: dict[str, dict[str, tuple[str, str]]] = {}  # local name -> (module, name there)
        self.modules: dict[str, dict[str, str]] = {}  # local name -> module it stands for
        self.calls: list[tuple[str, int, ast.expr]] = []
        for path in sorted(PACKAGE.rglob("*.py")):
            module = _module_name(path)
            tree = ast.parse(path.read_text("utf-8"), str(path))
            constants, names, modules = {}, {}, {}
            calls: list[ast.Call] = []
            for node in tree.body:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
                value = getattr(node, "value", None)
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    constants.update((t.id, value.value) for t in targets if isinstance(t, ast.Name))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom):
                    source = _imported(node, module, path.name == "__init__.py")
                    for alias in node.names:
                        names[alias.asname or alias.name] = (source, alias.name)
                        modules[alias.asname or alias.name] = f"{source}.{alias.name}"
                elif isinstance(node, ast.Import):
                    modules.update((a.asname or a.name, a.name) for a in node.names)
                elif isinstance(node, ast.Call):
                    calls.append(node)
            for node in calls:  # a maker imported under another name (Warning as W) is a maker too
                called = getattr(node.func, "id", getattr(node.func, "attr", None))
                if (names[called][1] if called in names else called) in WARNING_MAKERS:
                    code = next((k.value for k in node.keywords if k.arg == "code"), node.args[0] if node.args else None)
                    if code is not None:
                        self.calls.append((module, node.lineno, code))
            self.constants[module], self.names[module], self.modules[module] = constants, names, modules

    def constant(self, module: str, name: str, depth: int = 0) -> str | None:
        """The string a module-level name stands for, followed through ``from … import`` chains."""
        if name in self.constants.get(module, {}):
            return self.constants[module][name]
        if name in self.names.get(module, {}) and depth < 10:
            return self.constant(*self.names[module][name], depth=depth + 1)
        return None

    def code(self, module: str, expression: ast.expr) -> str | None:
        if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
            return expression.value
        if isinstance(expression, ast.Name):
            return self.constant(module, expression.id)
        if isinstance(expression, ast.Attribute) and isinstance(expression.value, ast.Name):  # module.CONSTANT
            source = self.modules.get(module, {}).get(expression.value.id)
            return self.constant(source, expression.attr) if source else None
        return None


def written_codes() -> tuple[set[str], list[str]]:
    """The codes given to ``Warning(code=…)`` or ``Caution(…)`` anywhere in the package — a literal, a
    module's constant, or a constant imported from another module (``from .codes import X``,
    ``codes.X``) — and, as ``module:line``, the calls whose code none of these gives (a variable:
    ``Warning(code=caution.code)`` copies a code given elsewhere)."""
    modules = _Modules()
    written: set[str] = set()
    unfollowed: list[str] = []
    for module, line, expression in modules.calls:
        code = modules.code(module, expression)
        if code is None:
            unfollowed.append(f"{module}:{line}")
        else:
            written.add(code)
    return written, unfollowed


def test_every_code_the_package_writes_is_in_the_vocabulary():
    # ocr_low_confidence was not: `measures --warning ocr_low_confidence`, which the README gives as the
    # way to list what to check on a scan, was refused as "no such warning code" wherever no scan was stored
    written, _unfollowed = written_codes()
    assert {"ocr_low_confidence", "parent_inferred", "region_inferred", "number_gap", "rows_run_together",
            "rows_read_as_points"} <= written  # the scan sees them (a Caution's code among them)
    assert sorted(written - set(warning_codes())) == []


def test_every_warning_call_gives_a_code_the_scan_can_follow():
    # a code the scan cannot follow would leave the vocabulary check above blind to it; the one call
    # it cannot follow copies a Caution's code, which the scan reads where the Caution is made
    _written, unfollowed = written_codes()
    assert [where.rsplit(":", 1)[0] for where in unfollowed] == ["pilotplans.ingest.plausibility"]


def test_the_scan_follows_a_code_imported_from_another_module(tmp_path, monkeypatch):
    # the scan's own fire test: a package whose warning codes live in a module of constants
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "codes.py").write_text('GAP = "made_up_gap"\nOTHER = "made_up_other"\n')
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "reader.py").write_text(
        "from ..codes import GAP as G\nfrom .. import codes\nfrom ..models import Warning as W\n"
        "def read(x):\n    return [Warning(code=G, message=''), Warning(code=codes.OTHER, message=''),"
        " Caution('made_up_caution', ''), Warning(code=x.code, message=''), W(code='made_up_alias', message='')]\n")
    monkeypatch.setitem(globals(), "PACKAGE", package)
    assert written_codes() == ({"made_up_gap", "made_up_other", "made_up_caution", "made_up_alias"}, ["pkg.sub.reader:5"])


def test_every_code_the_readme_names_as_a_warning_is_in_the_vocabulary():
    row = next(line for line in README.read_text("utf-8").splitlines() if line.startswith("| `warnings` |"))
    named = re.findall(r"`([a-z]+_[a-z_]+)`", row)
    assert "ocr_low_confidence" in named and "number_gap" in named
    assert sorted(set(named) - set(warning_codes())) == []


def test_a_code_no_stored_record_carries_lists_nothing_and_an_unknown_one_is_refused(curated):
    db = f"sqlite:///{curated / 'pilotplans.db'}"
    none = CliRunner().invoke(app, ["measures", "--warning", "ocr_low_confidence", "--db", db, "-f", "jsonl"])
    assert (none.exit_code, none.stdout, none.stderr) == (0, "", "note: no measure matches\n")
    refused = CliRunner().invoke(app, ["measures", "--warning", "ocr_low_confidnce", "--db", db])
    assert refused.exit_code == 2
    assert ", number_unreadable, ocr_low_confidence, ocr_poor_page, owner_sentence_unread, owners_bracket_open, page_chunks_joined, page_starts_inside_item, parent_cited_several, " in refused.stderr
