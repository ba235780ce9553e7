"""Running node programs in tests: found, or skipped outside CI and failed in CI."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest

OLDEST_NODE = 20
"""js-libp2p 2.x needs Node 20 (global CustomEvent, p-queue); Debian 12's own is 18."""


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def require_node_packages(folder: Path, package: str) -> None:
    """Skip (outside CI only) unless `node` runs and `npm ci` has installed `folder`'s
    lockfile; in CI (CI=true) a missing piece fails the test instead: .ci/run installs them."""
    if shutil.which("node") is None:
        reason = "no `node` on PATH (apt install nodejs npm)"
    elif node_major() < OLDEST_NODE:
        reason = f"node {node_major()} is older than {OLDEST_NODE} (.ci/run installs a newer one)"
    elif not (folder / "node_modules" / package).is_dir():
        reason = f"run `npm ci` in {folder.name}/ first"
    else:
        return
    if in_ci():
        pytest.fail(f"CI must run this test: {reason}")
    pytest.skip(reason)


@cache
def node_major() -> int:
    """The major version of the `node` on PATH (0 when it cannot say)."""
    try:
        out = subprocess.run(["node", "--version"], capture_output=True, text=True, timeout=30)
        return int(out.stdout.strip().lstrip("v").split(".")[0])
    except (OSError, ValueError, subprocess.SubprocessError):
        return 0
