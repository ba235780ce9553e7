"""The README cannot rot: its command blocks run as written, and its links stay inside
the repository."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
# Lines of the README that need a second PC: the multi-host tests run them for real.
NEEDS_ANOTHER_PC = ("lattice serve", "lattice join ")


def sh_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, re.S)


def command_blocks() -> list[str]:
    """The blocks of the README's command-line section, in order."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## The command line") :]
    return sh_blocks(section[: section.index("\n## ", 3)])


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["LATTICE_PASSPHRASE"] = "1234"
    env["LATTICE_NEW_PASSPHRASE"] = "2580"  # a member without a PC
    env.pop("LATTICE_HOME", None)
    return env


def _bash(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=240,
    )


@pytest.mark.skipif(shutil.which("bash") is None, reason="the README's commands are for a shell")
def test_the_readme_commands_run_as_written(tmp_path: Path) -> None:
    blocks = command_blocks()
    assert len(blocks) >= 2
    script = "\n".join(
        line
        for block in blocks
        for line in block.splitlines()
        if not line.strip().startswith(NEEDS_ANOTHER_PC)
    )
    assert script.count("lattice ") >= 20
    done = _bash(script, tmp_path)
    assert done.returncode == 0, done.stderr
    # The example's quorum is reachable: its entry is confirmed, and no warning remains.
    assert "12.50 KES confirmed" in done.stdout
    status = _bash("lattice status --json", tmp_path)
    (group,) = json.loads(status.stdout)["groups"]
    assert group["name"] == "Umoja Savings"
    assert group["quorum_problem"] is None
    assert (tmp_path / "report.pdf").stat().st_size > 0
    assert (tmp_path / "amina.key").stat().st_size > 0


def test_a_quorum_no_elder_set_can_reach_is_warned_about(tmp_path: Path) -> None:
    done = _bash(
        "lattice person create Amina\n"
        "lattice person create Bosco\n"
        'lattice group create "Umoja Savings" --currency KES --quorum 2 --as Amina\n'
        "lattice member add Umoja Bosco --name Bosco --role elder --as Amina\n",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("too few elders to confirm any entry") == 2
    assert "1 active, 2 needed" in done.stderr
    status = _bash("lattice --home data/Lattice status", tmp_path)
    assert "WARNING: too few elders" in status.stdout


def test_readme_links_stay_inside_the_repository() -> None:
    text = README.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", text)
    targets += re.findall(r"`((?:docs|packaging|resources)/[^`\s]+)`", text)
    assert targets
    for target in targets:
        assert not target.startswith(("/", "..", "http")), target
        assert (ROOT / target).exists(), target


def test_the_architecture_page_shows_the_imports_as_they_are() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "import_graph.py"), "--check"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
