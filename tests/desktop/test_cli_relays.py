"""`lattice group relays`: list, add and remove the group's relays from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from ledger.store.invites import InviteCode

PEER = "12D3KooWGzh3dtd8k5cHo6M4GwD4E8EqUr9jyo4Mo1e1H3aBR7i5"
RELAY = f"/dns4/relay.example.org/tcp/4001/p2p/{PEER}"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "1234")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, str]:
    code = main([*args])
    out, err = capsys.readouterr()
    value = json.loads(out) if "--json" in args and out.strip() else {}
    return code, value, err if code else out


def test_relays_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "pc")
    run(capsys, "person", "create", "Amina", "--home", home)
    run(capsys, "group", "create", "Umoja", "--currency", "KES", "--as", "Amina", "--home", home)
    code, _, text = run(capsys, "group", "relays", "list", "Umoja", "--home", home)
    assert code == 0 and "no relays" in text
    code, added, _ = run(
        capsys, "group", "relays", "add", "Umoja", RELAY, "--as", "Amina", "--home", home, "--json"
    )
    assert code == 0 and added["address"] == RELAY
    code, listed, _ = run(capsys, "group", "relays", "list", "Umoja", "--home", home, "--json")
    assert listed["relays"] == [RELAY]

    # An invite without an address names this PC by its peer id and carries the relay.
    code, invite, _ = run(
        capsys, "invite", "create", "Umoja", "--role", "member", "--as", "Amina",
        "--home", home, "--json",
    )  # fmt: skip
    parsed = InviteCode.parse(invite["code"])
    assert parsed.relays == (RELAY,)
    assert parsed.address is not None and parsed.address.startswith("/p2p/12D3KooW")

    code, _, err = run(
        capsys, "group", "relays", "add", "Umoja", "relay.example.org:4001", "--as", "Amina",
        "--home", home,
    )  # fmt: skip
    assert code == 1 and "is not a network address" in err
    code, _, err = run(
        capsys, "group", "relays", "remove", "Umoja", RELAY.replace("4001", "4002"),
        "--as", "Amina", "--home", home,
    )  # fmt: skip
    assert code == 1 and "not listed" in err
    code, _, text = run(
        capsys, "group", "relays", "remove", "Umoja", RELAY, "--as", "Amina", "--home", home
    )
    assert code == 0 and "took the relay" in text
    _, listed, _ = run(capsys, "group", "relays", "list", "Umoja", "--home", home, "--json")
    assert listed["relays"] == []


def test_status_names_the_relays_and_who_was_heard_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "pc")
    run(capsys, "person", "create", "Amina", "--home", home)
    run(capsys, "group", "create", "Umoja", "--currency", "KES", "--as", "Amina", "--home", home)
    run(capsys, "group", "relays", "add", "Umoja", RELAY, "--as", "Amina", "--home", home)
    code, _, text = run(capsys, "status", "--home", home)
    assert code == 0
    assert f"relays: {RELAY}" in text
    assert "no other PC of the group heard from yet" in text
    _, status, _ = run(capsys, "status", "--home", home, "--json")
    (group,) = status["groups"]
    assert group["relays"] == [RELAY] and group["heard_from"] == []
