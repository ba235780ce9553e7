"""`lattice serve`, `join`, `sync` and `peers` as separate processes on loopback (no root)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def lattice(*args: str, home: Path, timeout: float = 120) -> Any:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args, "--home", str(home), "--json"],
        capture_output=True, text=True, timeout=timeout, cwd=REPO,
        env={**os.environ, "LATTICE_PASSPHRASE": "pw", "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    if result.returncode != 0:
        raise AssertionError(f"lattice {args[0]} failed: {result.stderr}")
    return json.loads(result.stdout)


@pytest.mark.timeout(300)
def test_serve_join_sync_and_peers(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    lattice("person", "create", "Amina", home=a)
    lattice("person", "create", "Bosco", home=b)
    group = lattice("group", "create", "Umoja", "--currency", "KES", "--as", "Amina", home=a)["id"]
    serve = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "serve", "--home", str(a), "--json", "--no-mdns",
         "--listen", "/ip4/127.0.0.1/tcp/0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    try:
        assert serve.stdout is not None
        ready = json.loads(serve.stdout.readline())
        (addr,) = ready["addrs"]
        assert addr.startswith("/ip4/127.0.0.1/tcp/")
        assert addr.endswith(f"/p2p/{ready['peer']}")
        code = lattice(
            "invite", "create", group, "--role", "member", "--as", "Amina", "--address", addr,
            home=a,
        )["code"]  # fmt: skip

        joined = lattice("join", code, "--as", "Bosco", "--no-mdns", "--timeout", "60", home=b)
        assert joined["group"] == group
        assert joined["roles"] == ["member"]
        assert joined["peer"] == ready["peer"]

        synced = lattice("sync", "--peer", addr, "--timeout", "60", home=b)
        assert synced["groups"] == [group]
        status_a, status_b = lattice("status", home=a), lattice("status", home=b)
        assert status_a["groups"][0]["digest"] == status_b["groups"][0]["digest"]

        peers_a = lattice("peers", home=a)
        assert peers_a["running"] is True
        (known,) = peers_a["known"]
        assert known["groups"] == [group]
        assert known["last_sync"] is not None
        assert known["path"] == "lan"  # loopback: this PC's own network
        assert known["bytes_received"] > 0 and known["bytes_sent"] > 0
        peers_b = lattice("peers", home=b)
        assert peers_b["running"] is False
        assert peers_b["known"][0]["peer"] == ready["peer"]
        assert peers_b["known"][0]["manual"] is True
    finally:
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(30) == 0
        if serve.stdout is not None:
            serve.stdout.close()
    assert not list(a.glob("sync-*.pid"))


def test_join_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    home = tmp_path / "b"
    lattice("person", "create", "Bosco", home=home)
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "join", "LAT-AAAA-BBBB-CCCC-DDDD", "--as", "Bosco",
         "--home", str(home), "--timeout", "3"],
        capture_output=True, text=True, timeout=120, cwd=REPO,
        env={**os.environ, "LATTICE_PASSPHRASE": "pw", "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert result.returncode == 1
    assert "no member's PC on this network shared the group within 3 s" in result.stderr
