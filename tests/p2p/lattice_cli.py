"""Running `lattice` commands as separate processes on loopback, for the CLI tests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "LATTICE_PASSPHRASE": "pw", "PYTHONPATH": str(REPO)}


def _run(*args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args, "--home", str(home)],
        capture_output=True, text=True, timeout=timeout, cwd=REPO, env=ENV,
    )  # fmt: skip


def lattice(*args: str, home: Path, timeout: float = 120) -> Any:
    """A command's `--json` answer; fails the test when the command fails."""
    result = _run(*args, "--json", home=home, timeout=timeout)
    if result.returncode != 0:
        raise AssertionError(f"lattice {args[0]} failed: {result.stderr}")
    return json.loads(result.stdout)


def refused(*args: str, home: Path) -> str:
    """What a command that must fail says on stderr."""
    result = _run(*args, home=home)
    assert result.returncode == 1, result.stdout
    return result.stderr


@contextmanager
def serving(home: Path) -> Iterator[dict[str, Any]]:
    """`lattice serve` on loopback; yields its first line (`addrs`, `peer`, …). It must
    stop cleanly on SIGTERM."""
    serve = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "serve", "--home", str(home), "--json", "--no-mdns",
         "--listen", "/ip4/127.0.0.1/tcp/0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    try:
        assert serve.stdout is not None
        yield json.loads(serve.stdout.readline())
    finally:
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(30) == 0
        if serve.stdout is not None:
            serve.stdout.close()
