"""`lattice` answers at once: only the network commands import the network stack, and
the shared options may come before or after the command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("libp2p", "multiaddr", "trio", "zeroconf", "PySide6", "reportlab", "openpyxl")
PROBE = """
import json, sys
from desktop.cli import main
code = 0
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # --help
    code = exc.code or 0
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
sys.stderr.write("\\nIMPORTED " + json.dumps({{"code": code, "heavy": heavy}}) + "\\n")
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "1234")
    home = tmp_path / "pc"
    for argv in (
        ["person", "create", "Amina"],
        ["person", "create", "Bosco"],
        ["group", "create", "Umoja Savings", "--currency", "KES", "--quorum", "1", "--as", "Amina"],
        ["member", "add", "Umoja", "Bosco", "--name", "Bosco", "--role", "elder", "--as", "Amina"],
    ):
        assert main([*argv, "--home", str(home)]) == 0
    return home


def _probe(*argv: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *argv],
        env={**os.environ, "PYTHONPATH": str(ROOT), "LATTICE_PASSPHRASE": "1234"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = done.stderr.rsplit("IMPORTED ", 1)[1]
    found: dict[str, object] = json.loads(line)
    return found


def test_ledger_commands_import_no_network_qt_or_report_libraries(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    h = str(home)
    assert main(["entry", "add", "Umoja", "--type", "contribution", "--member", "Bosco",
                 "--amount", "5", "--as", "Amina", "--home", h, "-q"]) == 0  # fmt: skip
    entry = capsys.readouterr().out.strip()
    assert len(entry) == 64
    for argv in (
        ["balance", "Umoja", "--home", h],
        ["--home", h, "balance", "Umoja", "--by", "member"],
        ["entry", "add", "Umoja", "--type", "contribution", "--member", "Bosco",
         "--amount", "7.50", "--as", "Amina", "--home", h],
        ["signoff", "Umoja", entry, "--as", "Bosco", "--home", h],
        ["status", "--home", h],
        ["--help"],
        ["entry", "add", "--help"],
    ):
        found = _probe(*argv)
        assert found == {"code": 0, "heavy": []}, argv


def test_a_network_command_still_finds_its_code(home: Path) -> None:
    """The deferred import of `sync` works: a bad address is refused as a usage error."""
    found = _probe("sync", "--peer", "not-an-address", "--home", str(home))
    assert found["code"] == 2
    assert "libp2p" in found["heavy"]  # type: ignore[operator]


def test_shared_options_before_or_after_the_command(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--home", str(home), "--json", "status"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert main(["status", "--home", str(home), "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert before == after
    assert [g["name"] for g in before["groups"]] == ["Umoja Savings"]
    assert before["peer"].startswith("12D3KooW")


def test_peers_and_status_say_how_the_two_ids_of_this_pc_relate(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    for command in ("status", "peers"):
        assert main([command, "--home", str(home)]) == 0
        out = capsys.readouterr().out
        assert "this PC: 12D3KooW" in out
        assert "device key" in out and "same Ed25519 key" in out


def test_the_peer_id_is_the_one_libp2p_computes() -> None:
    from p2p.peer_id import peer_id_of_device
    from p2p.transport import peer_id_of

    for seed in range(5):
        device = bytes([seed] * 32).hex()
        assert peer_id_of_device(device) == peer_id_of(device)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="32-byte"):
        peer_id_of_device("abcd")  # type: ignore[arg-type]


def test_a_key_unlocked_while_the_group_loads_refuses_a_wrong_passphrase(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signing commands unlock on a second thread; its refusal still ends the command
    with the same words, and nothing is written."""
    h = str(home)
    add = ["entry", "add", "Umoja", "--type", "contribution", "--member", "Bosco",
           "--amount", "5", "--home", h]  # fmt: skip
    assert main([*add, "--as", "Amina", "-q"]) == 0
    entry = capsys.readouterr().out.strip()
    monkeypatch.setenv("LATTICE_PASSPHRASE", "wrong")
    assert main([*add, "--as", "Amina"]) == 1
    assert "wrong passphrase for Amina" in capsys.readouterr().err
    assert main(["signoff", "Umoja", entry, "--as", "Bosco", "--home", h]) == 1
    assert "wrong passphrase for Bosco" in capsys.readouterr().err
    assert main([*add, "--as", "Nobody"]) == 1
    assert "no person 'Nobody'" in capsys.readouterr().err
    assert main(["entry", "list", "Umoja", "--home", h, "--json"]) == 0
    (only,) = json.loads(capsys.readouterr().out)["entries"]
    assert (only["id"], only["signoffs"]) == (entry, 0)
    monkeypatch.setenv("LATTICE_PASSPHRASE", "1234")
    assert main([*add, "--as", "Amina", "-q"]) == 0
    second = capsys.readouterr().out.strip()
    # A meeting's lines are signed off in one command: one unlock for all of them.
    assert main(["signoff", "Umoja", entry, second, "--as", "Bosco", "--home", h, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["entries"] == [entry, second]
