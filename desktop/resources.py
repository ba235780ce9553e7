"""Where the app's files (icons, translations) are, from a checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The `resources/` folder: beside the packages in a checkout or an install, or inside
    the bundle when frozen (PyInstaller unpacks data files under `sys._MEIPASS`)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def icon_path() -> Path:
    return resource_dir() / "icons" / "lattice.svg"
