"""The IT helper's restore, as separate processes on loopback (no root): `lattice restore`
holds the group, `lattice sync` with the other PC lifts the hold, and the next write
continues this PC's chain on both PCs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.p2p.test_network_cli import REPO, lattice


@contextmanager
def serving(home: Path) -> Iterator[str]:
    """`lattice serve` on loopback; yields its address."""
    serve = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "serve", "--home", str(home), "--json", "--no-mdns",
         "--listen", "/ip4/127.0.0.1/tcp/0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    try:
        assert serve.stdout is not None
        (addr,) = json.loads(serve.stdout.readline())["addrs"]
        yield addr
    finally:
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(30) == 0
        if serve.stdout is not None:
            serve.stdout.close()


def _refused(*args: str, home: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args, "--home", str(home)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
        env={**os.environ, "LATTICE_PASSPHRASE": "pw", "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert result.returncode == 1, result.stdout
    return result.stderr


@pytest.mark.timeout(400)
def test_restore_then_sync_lifts_the_hold_and_the_chain_goes_on(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    lattice("person", "create", "Amina", home=a)
    lattice("person", "create", "Bosco", home=b)
    group = lattice("group", "create", "Umoja", "--currency", "KES", "--as", "Amina", home=a)["id"]
    invite = ("invite", "create", group, "--role", "member", "--as", "Amina")
    with serving(a) as addr:
        code = lattice(*invite, "--address", addr, home=a)["code"]
        lattice("join", code, "--as", "Bosco", "--no-mdns", "--timeout", "60", home=b)
    backup = lattice("backup", str(tmp_path), home=a)["file"]
    lattice(*invite, home=a)  # after the backup, and it reaches B
    with serving(b) as addr:
        lattice("sync", "--peer", addr, "--timeout", "60", home=a)
    restored = lattice("restore", backup, "--replace", home=a)
    assert restored["held"] == [group]
    assert "restored from a backup" in _refused(*invite, home=a)

    with serving(b) as addr:
        synced = lattice("sync", "--peer", addr, "--timeout", "60", home=a)
        assert synced["held"] == [] and synced["received"] == 1
        lattice(*invite, home=a)  # writes again, after the invite it made before
        lattice("sync", "--peer", addr, "--timeout", "60", home=a)
    status_a, status_b = lattice("status", home=a), lattice("status", home=b)
    for status in (status_a, status_b):
        (g,) = status["groups"]
        assert g["equivocations"] == [] and g["voided"] == []
        assert g["held_after_restore"] is False
    assert status_a["groups"][0]["digest"] == status_b["groups"][0]["digest"]
    assert status_a["groups"][0]["changes"] == 5  # founded, invite, join, invite, invite
