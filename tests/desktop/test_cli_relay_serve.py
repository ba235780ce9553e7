"""`lattice serve --relay` refuses bad options in words before any network starts, and
`lattice group relays devices` writes the allow-list such a relay reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from p2p.relay import parse_allow_list


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "1234")


def test_bad_relay_options_are_refused_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    allow = tmp_path / "allow"
    allow.write_text("12D3KooWGzh3dtd8k5cHo6M4GwD4E8EqUr9jyo4Mo1e1H3aBR7i5\nnot-a-device\n")
    assert main(["serve", "--relay", "--allow", str(allow)]) == 2
    assert "line 2: 'not-a-device' is neither a peer id nor a device id" in capsys.readouterr().err
    assert main(["serve", "--relay", "--max-reservations", "0"]) == 2
    assert "--max-reservations must be at least 1, not 0" in capsys.readouterr().err
    key = tmp_path / "relay.key"
    key.write_bytes(b"0123")
    assert main(["serve", "--relay", "--identity", str(key)]) == 2
    assert "not a relay identity (32 bytes expected, 4 found)" in capsys.readouterr().err
    assert key.read_bytes() == b"0123", "a bad key file is left as it was"
    assert not (tmp_path / "lattice.db").exists()


def test_the_groups_devices_make_a_relay_allow_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "pc")
    assert main(["person", "create", "Amina", "--home", home]) == 0
    assert main(["group", "create", "Umoja", "--currency", "KES", "--as", "Amina",
                 "--home", home]) == 0  # fmt: skip
    assert main(["status", "--home", home, "--json"]) == 0
    capsys.readouterr()
    assert main(["group", "relays", "devices", "Umoja", "--home", home, "--json"]) == 0
    peers = json.loads(capsys.readouterr().out)["peers"]
    assert main(["status", "--home", home, "--json"]) == 0
    this_pc = json.loads(capsys.readouterr().out)["peer"]
    assert peers == [this_pc]
    assert main(["group", "relays", "devices", "Umoja", "--home", home]) == 0
    text = capsys.readouterr().out
    assert parse_allow_list(text, source="output") == {this_pc}
