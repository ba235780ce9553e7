"""The modules a bundle must carry although no import statement reaches them.

Lattice loads some modules by name (importlib), out of PyInstaller's sight: the core's
change kinds and snapshot classes, the command line's commands, the window's views and
the network engine. packaging/lattice-desktop.spec takes its hidden imports from here;
tests/desktop/test_bundle_modules.py finds every module the code names in a string and
checks that it is listed.
"""

from __future__ import annotations

import importlib
import pkgutil

PACKAGES = ("ledger", "p2p", "ui.views", "desktop")
"""Packages carried whole: each has modules loaded by name (a new one joins by itself)."""


def hidden_imports() -> list[str]:
    """Every module of `PACKAGES`, subpackages included, by dotted name."""
    names: set[str] = set()
    for package in PACKAGES:
        module = importlib.import_module(package)
        names.add(package)
        names.update(
            info.name for info in pkgutil.walk_packages(module.__path__, f"{package}.")
        )
    return sorted(names)
