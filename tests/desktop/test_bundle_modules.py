"""The bundle carries every module the code loads by name (the bundle itself is built by
the slow test in test_app_bundle.py; this one only reads the code and the spec)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop.bundle import hidden_imports

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "lattice-desktop.spec"
LAYERS = ("ledger", "p2p", "ui", "desktop")
DOTTED = re.compile(r"^(?:ledger|p2p|ui|desktop)(?:\.\w+)+(?::\w+)?$")


def module_of(name: str) -> str | None:
    """The project module a dotted string names ('pkg.mod', 'pkg.mod:Class' or
    'pkg.mod.Class'), or None when no such module exists."""
    parts = name.partition(":")[0].split(".")
    for end in range(len(parts), 0, -1):
        base = ROOT.joinpath(*parts[:end])
        if base.with_suffix(".py").is_file() or (base / "__init__.py").is_file():
            return ".".join(parts[:end])
    return None


def named_in_strings() -> dict[str, str]:
    """Every project module some source file names in a string constant -> that file."""
    found: dict[str, str] = {}
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    if DOTTED.match(node.value) and (module := module_of(node.value)):
                        found.setdefault(module, str(path.relative_to(ROOT)))
    return found


def test_the_spec_takes_its_hidden_imports_from_the_list() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "from desktop.bundle import hidden_imports" in text
    assert re.search(r"^hiddenimports = hidden_imports\(\)$", text, re.MULTILINE)
    assert "hiddenimports=hiddenimports" in text


def test_every_module_loaded_by_name_is_in_the_bundle() -> None:
    named = named_in_strings()
    # the loaders themselves: the scan must see what they load, or it proves nothing
    for known in ("desktop.cli.cycle_commands", "desktop.cli.loan_commands",
                  "ui.views.overview", "p2p.service", "ledger.savings.kinds"):  # fmt: skip
        assert known in named, known
    missing = {m: where for m, where in named.items() if m not in set(hidden_imports())}
    assert not missing, f"named in strings but not carried by the bundle: {missing}"


def test_the_list_holds_every_command_module() -> None:
    carried = set(hidden_imports())
    commands = {p.stem for p in (ROOT / "desktop" / "cli").glob("*_commands.py")}
    assert {f"desktop.cli.{c}" for c in commands} <= carried
    assert "desktop.cli.cycle_commands" in carried
