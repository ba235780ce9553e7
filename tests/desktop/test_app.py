"""`lattice-desktop` from the outside: version, screenshots of every view, bad input."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import build_parser, main, parse_size
from ledger.savings import membership_actions as actions
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from ui.view_names import VIEW_NAMES


def run_app(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop.app", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding one group, written through the same core calls as the CLI."""
    folder = tmp_path_factory.mktemp("home")
    store = Store.open(folder)
    try:
        amina = Keyring(store.db).create("Amina", "1234")
        actions.create_group(store, amina, name="Umoja Savings", currency="KES", quorum=2)
    finally:
        store.close()
    return folder


def test_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("lattice-desktop ")


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_screenshot_of_each_view(home: Path, tmp_path: Path, view: str) -> None:
    shot = tmp_path / f"{view}.png"
    result = run_app("--home", str(home), "--screenshot", str(shot), "--view", view)
    assert result.returncode == 0, result.stderr
    width, height = png_size(shot)
    assert width >= 1024
    assert height >= 700


def test_screenshot_in_spanish_and_dark(home: Path, tmp_path: Path) -> None:
    shot = tmp_path / "es.png"
    result = run_app(
        "--home", str(home), "--screenshot", str(shot), "--lang", "es", "--color-scheme", "dark"
    )
    assert result.returncode == 0, result.stderr
    assert "lattice_es.qm" in result.stderr  # the log names the catalogue it loaded


@pytest.mark.parametrize("damage", ["a file, not a folder", "a corrupt database"])
def test_an_unusable_data_folder_is_refused_plainly(tmp_path: Path, damage: str) -> None:
    home = tmp_path / "home"
    if damage == "a file, not a folder":
        home.write_text("x")
    else:
        home.mkdir()
        (home / "lattice.sqlite3").write_bytes(b"this is not a database" * 100)
    result = run_app("--home", str(home), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "cannot open the data folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_unknown_view_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--screenshot", "x.png", "--view", "nowhere"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_small_screenshot_sizes_are_raised_to_the_minimum() -> None:
    assert parse_size("800x600") == (1024, 700)
    assert parse_size("1600x900") == (1600, 900)


def test_home_defaults_to_the_user_data_folder() -> None:
    args = build_parser().parse_args([])
    assert args.home.name == "Lattice"
