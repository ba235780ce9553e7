"""SIGTERM stops the window and `lattice sync` cleanly: their running marker goes; a
marker left by a process that is gone (kill -9, power cut) is cleared at the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from p2p.peers import clear_dead_markers, running_services

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", *args], cwd=REPO, env=ENV, text=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def marker_of(proc: subprocess.Popen[str], home: Path) -> Path:
    marker = home / f"sync-{proc.pid}.pid"
    deadline = time.monotonic() + 90
    while not (marker.exists() and marker.read_text()):
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "no running marker appeared"
        time.sleep(0.2)
    return marker


def a_dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.mark.timeout(240)
def test_sigterm_removes_the_running_marker(tmp_path: Path) -> None:
    window_home, sync_home = tmp_path / "window", tmp_path / "sync"
    window_home.mkdir()
    stale = window_home / f"sync-{a_dead_pid()}.pid"
    stale.write_text("left by a kill -9")
    window = start("desktop.app", "--home", str(window_home))
    try:
        window_marker = marker_of(window, window_home)
        assert not stale.exists(), "the marker of a process that is gone was kept"
        peer = window_marker.read_text()
        sync = start(
            "desktop.cli", "sync", "--peer", f"/ip4/127.0.0.1/tcp/9/p2p/{peer}",
            "--timeout", "120", "--home", str(sync_home),
        )  # fmt: skip
        try:
            sync_marker = marker_of(sync, sync_home)
        finally:
            sync.send_signal(signal.SIGTERM)
            _, err = sync.communicate(timeout=60)
        assert "SIGTERM" in err and "Traceback" not in err
        assert not sync_marker.exists()
    finally:
        window.send_signal(signal.SIGTERM)
        window.communicate(timeout=60)
    assert window.returncode == 0
    assert not window_marker.exists()


def test_markers_of_processes_that_are_gone_are_cleared(tmp_path: Path) -> None:
    dead = a_dead_pid()
    (tmp_path / f"sync-{dead}.pid").write_text("gone")
    (tmp_path / f"sync-{os.getpid()}.pid").write_text("alive")
    (tmp_path / "sync-notapid.pid").write_text("?")
    assert clear_dead_markers(tmp_path) == [dead]
    assert not (tmp_path / f"sync-{dead}.pid").exists()
    assert running_services(tmp_path) == [os.getpid()]
    assert (tmp_path / "sync-notapid.pid").exists()
