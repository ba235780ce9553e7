"""The README's set-up on a fresh copy of the repository: the first install is
interrupted (as Ctrl+C or a timeout would), and the next `make` finishes it instead of
trusting a half-filled venv; then the programs the README names run from `.venv/bin/`.

Slow: it installs Lattice and its dependencies into a new venv (from the package index
pip is configured with; no network is needed where that index is local)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.docs.test_readme import NEEDS_ANOTHER_PC, ROOT, command_blocks

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


def _copy_of_the_repository(target: Path) -> Path:
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        source = ROOT / name.decode()
        if source.is_file():
            (target / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name.decode())
    return target


def _installed(venv: Path) -> list[Path]:
    return list(venv.glob("lib/python*/site-packages/*.dist-info"))


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PYTHON"] = shutil.which("python3") or sys.executable
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _installing_lattice(session: int) -> bool:
    """pip is at `install -e .[test]` in the make's session (resolving, downloading or
    installing): the venv exists and Lattice's dependencies are not all in yet. That step
    lasts seconds even with a warm cache, where the last packages land within a blink."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if os.getsid(int(proc.name)) != session:
                continue
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"-e" in args and b".[test]" in args:
            return True
    return False


def _ctrl_c_stops_it() -> None:
    """In the child, before exec: Ctrl+C as a terminal delivers it. An ignored signal stays
    ignored across exec, so a test runner (or an earlier test) that left SIGINT ignored
    would let make and pip run on through the interrupt and finish the install."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(shutil.which("make") is None, reason="the README's set-up uses make")
def test_an_interrupted_install_is_finished_by_the_next_make(tmp_path: Path) -> None:
    repo = _copy_of_the_repository(tmp_path / "lattice")
    venv = repo / ".venv"
    stamp = venv / ".installed"
    first = subprocess.Popen(
        ["make", ".venv/.installed"], cwd=repo, env=_env(), start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=_ctrl_c_stops_it,
    )  # fmt: skip
    deadline = time.monotonic() + 600
    # Interrupt once pip is installing the dependencies: the venv exists, a few of the
    # many packages are in, most are not.
    while time.monotonic() < deadline and first.poll() is None:
        if (venv / "bin" / "activate").exists() and (
            _installing_lattice(first.pid) or len(_installed(venv)) >= 4
        ):
            time.sleep(0.5)  # well into pip's work
            break
        time.sleep(0.2)
    os.killpg(first.pid, signal.SIGINT)  # Ctrl+C in the terminal
    first.wait(timeout=120)
    assert first.returncode != 0, "the install finished before the interrupt reached it"
    assert (venv / "bin" / "activate").exists(), "the interrupt came before the venv existed"
    assert not stamp.exists(), "an interrupted install must not look finished"
    assert subprocess.run(["make", "--question", ".venv/.installed"], cwd=repo).returncode != 0

    again = subprocess.run(
        ["make", ".venv/.installed"], cwd=repo, env=_env(), capture_output=True, text=True,
        timeout=1500,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr[-3000:]
    assert stamp.exists()
    bin_ = venv / "bin"
    for tool in ("mypy", "ruff", "pytest", "lint-imports", "lattice", "lattice-desktop"):
        assert (bin_ / tool).exists(), tool

    # `make run`, headless: the window renders a view and exits
    shot = tmp_path / "overview.png"
    window = subprocess.run(
        [str(bin_ / "lattice-desktop"), "--home", str(tmp_path / "home"), "--screenshot",
         str(shot), "--view", "overview"],
        cwd=repo, env=_env(), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert window.returncode == 0, window.stderr
    assert shot.stat().st_size > 0

    # The README's command lines, with .venv/bin on PATH as `. .venv/bin/activate` puts it
    script = "\n".join(
        line
        for block in command_blocks()
        for line in block.splitlines()
        if not line.strip().startswith(NEEDS_ANOTHER_PC)
    )
    env = _env()
    env["PATH"] = f"{bin_}{os.pathsep}{env['PATH']}"
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["LATTICE_PASSPHRASE"] = "1234"
    env["LATTICE_NEW_PASSPHRASE"] = "2580"  # a member without a PC
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, env=env,
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "12.50 KES confirmed" in done.stdout
