"""The PyInstaller one-folder bundle builds, and the built app answers and renders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ledger.savings import membership_actions as actions
from ledger.store import signature_helper, verifier
from ledger.store.keyring import Keyring
from ledger.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "lattice-desktop.spec"


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_bundle_builds_and_runs(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
            str(SPEC),
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=840, check=False,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    app = tmp_path / "dist" / "lattice-desktop" / "lattice-desktop"

    version = subprocess.run([str(app), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip().startswith("lattice-desktop ")
    assert "0+unknown" not in version.stdout

    # The bundle's program is also its signature helper (it has no interpreter to start).
    helper = subprocess.Popen(
        [str(app), verifier.HELPER_FLAG], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert helper.stdout is not None and helper.stdin is not None
    assert helper.stdout.read(4 + len(signature_helper.READY)) == b"\0\0\0\5" + verifier.READY
    helper.stdin.close()  # end of input: it ends
    assert helper.wait(timeout=60) == 0

    home = tmp_path / "home"
    store = Store.open(home)
    try:
        amina = Keyring(store.db).create("Amina", "1234")
        actions.create_group(store, amina, name="Umoja Savings", currency="KES")
    finally:
        store.close()
    shot = tmp_path / "members.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    rendered = subprocess.run(
        [str(app), "--home", str(home), "--screenshot", str(shot), "--view", "members",
         "--lang", "es"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )
    assert rendered.returncode == 0, rendered.stderr
    assert shot.stat().st_size > 10_000
    assert "lattice_es.qm" in rendered.stderr  # the compiled catalogue shipped in the bundle
    assert "qtbase_es.qm" in rendered.stderr  # and Qt's own: OK and Cancel read in Spanish
