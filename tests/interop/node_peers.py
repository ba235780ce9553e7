"""Running node programs in tests: found, or skipped outside CI and failed in CI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def require_node_packages(folder: Path, package: str) -> None:
    """Skip (outside CI only) unless `node` runs and `npm ci` has installed `folder`'s
    lockfile; in CI (CI=true) a missing piece fails the test instead: .ci/run installs them."""
    if shutil.which("node") is None:
        reason = "no `node` on PATH (apt install nodejs npm)"
    elif not (folder / "node_modules" / package).is_dir():
        reason = f"run `npm ci` in {folder.name}/ first"
    else:
        return
    if in_ci():
        pytest.fail(f"CI must run this test: {reason}")
    pytest.skip(reason)
