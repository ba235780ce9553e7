"""The CLI's member without a PC, the join-day refusal and its flag in `lattice check`,
and counts in their number ("1 change", "1 group")."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.store.keyring import Keyring
from ledger.store.persons import unlock
from ledger.store.store import Store
from tests.ledger.savings.test_cli import Cli


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Amina (council) founds Umoja alone: one group on this PC."""
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw")
    monkeypatch.delenv("LATTICE_NEW_PASSPHRASE", raising=False)
    c = Cli(tmp_path / "home")
    c.json("person", "create", "Amina")
    c.json("group", "create", "Umoja", "--currency", "KES", "--as", "Amina")
    return c


def test_a_member_without_a_pc_in_one_step(cli: Cli, monkeypatch) -> None:
    monkeypatch.setenv("LATTICE_NEW_PASSPHRASE", "4821")
    added = cli.json("member", "add-without-pc", "Umoja", "--name", "Grace", "--role", "elder",
                     "--date", "2024-03-01", "--as", "Amina")  # fmt: skip
    store = Store.open(cli.home)
    try:
        keyring = Keyring(store.db)
        assert keyring.find("Grace").id == added["person"]
        assert unlock(keyring.sealed(added["person"]), "4821").person == added["person"]
        listed = cli.run("member", "list", "Umoja")[1]
        assert "Grace" in listed and "elder" in listed
    finally:
        store.close()
    # she signs with her own PIN on this PC
    monkeypatch.setenv("LATTICE_PASSPHRASE", "4821")
    code, _, err = cli.run("member", "list", "Umoja")
    assert code == 0, err


@pytest.mark.parametrize(
    ("secret", "reason"),
    [("12", "at least 4 characters"), (None, "set LATTICE_NEW_PASSPHRASE or run in a terminal")],
)
def test_a_refused_member_without_a_pc_leaves_no_key(cli: Cli, monkeypatch, secret, reason):
    if secret is not None:
        monkeypatch.setenv("LATTICE_NEW_PASSPHRASE", secret)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    err = cli.fails("member", "add-without-pc", "Umoja", "--name", "Grace", "--as", "Amina")
    assert reason in err
    store = Store.open(cli.home)
    try:
        assert [p.name for p in Keyring(store.db).list()] == ["Amina"]
        assert len(store.state(store.group_ids()[0]).membership.members) == 1
    finally:
        store.close()


def test_a_new_members_pin_is_typed_twice_in_a_terminal(cli: Cli, monkeypatch) -> None:
    prompts: list[str] = []
    typed = iter(["4821", "4812", "4821", "4821"])

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", getpass)
    err = cli.fails("member", "add-without-pc", "Umoja", "--name", "Grace", "--as", "Amina")
    assert "the two passphrases differ" in err
    assert prompts == ["Grace's new passphrase or PIN: ", "Repeat it: "]
    store = Store.open(cli.home)
    try:
        assert [p.name for p in Keyring(store.db).list()] == ["Amina"]
    finally:
        store.close()
    added = cli.json("member", "add-without-pc", "Umoja", "--name", "Grace", "--as", "Amina")
    store = Store.open(cli.home)
    try:
        assert unlock(Keyring(store.db).sealed(added["person"]), "4821").name == "Grace"
    finally:
        store.close()


def test_an_entry_before_the_join_day_is_refused_and_a_peers_is_flagged(
    cli: Cli, monkeypatch
) -> None:
    monkeypatch.setenv("LATTICE_NEW_PASSPHRASE", "4821")
    dan = cli.json("member", "add-without-pc", "Umoja", "--name", "Dan", "--date", "2024-03-01",
                   "--as", "Amina")["person"]  # fmt: skip
    err = cli.fails("entry", "add", "Umoja", "--type", "contribution", "--member", "Dan",
                    "--amount", "10", "--date", "2024-02-20", "--as", "Amina")  # fmt: skip
    assert "Dan joined the group on 2024-03-01: an entry for them cannot be dated 2024-02-20" in err
    assert cli.json("check")["notes"] == []
    store = Store.open(cli.home)  # a PC without the check signed one anyway
    try:
        group = store.group_ids()[0]
        amina = unlock(Keyring(store.db).sealed(Keyring(store.db).find("Amina").id), "pw")
        early = store.write(amina, group, "entry.add", {
            "type": "contribution", "fund": bytes.fromhex(group), "member": bytes.fromhex(dan),
            "amount": 1_000, "date": "2024-02-20"})  # fmt: skip
    finally:
        store.close()
    code, out, _ = cli.run("check")
    assert code == 0
    assert (f"note: Umoja: entry {early.id[:8]} (10.00 KES for Dan) is dated 2024-02-20, "
            "before Dan joined on 2024-03-01") in out  # fmt: skip


def test_counts_take_their_number(cli: Cli, tmp_path: Path) -> None:
    """A founded group is one change: "1 change", "1 group", "1 member"."""
    status = cli.run("status")[1]
    assert "  1 change, 1 member, digest" in status
    code, out, _ = cli.run("backup", str(tmp_path / "one"))
    assert code == 0 and "backed up 1 change in 1 group to " in out
    assert "sound: 1 change verified" in cli.run("check")[1]
    cli.json("person", "create", "Bosco")
    cli.json("member", "add", "Umoja", "Bosco", "--role", "elder", "--as", "Amina")
    assert "  2 changes, 2 members, digest" in cli.run("status")[1]
    code, out, _ = cli.run("backup", str(tmp_path / "two"))
    assert "backed up 2 changes in 1 group to " in out
    err = cli.fails("restore", str(tmp_path / "two"))
    assert "already holds a store (2 changes in 1 group)" in err


def test_a_wrong_join_day_is_corrected(cli: Cli, monkeypatch) -> None:
    """Dan was added as of 2024-03-01 but came in February: the treasurer corrects the day,
    then enters his February share; a bad day or a non-member is refused, writing nothing."""
    monkeypatch.setenv("LATTICE_NEW_PASSPHRASE", "4821")
    dan = cli.json("member", "add-without-pc", "Umoja", "--name", "Dan", "--date", "2024-03-01",
                   "--as", "Amina")["person"]  # fmt: skip
    fixed = cli.json("member", "join-day", "Umoja", "Dan", "2024-02-01", "--as", "Amina")
    assert (fixed["person"], fixed["joined"], fixed["was"]) == (dan, "2024-02-01", "2024-03-01")
    code, out, _ = cli.run("member", "join-day", "Umoja", "Dan", "2024-01-15", "--as", "Amina")
    assert code == 0 and out.strip() == "Dan joined on 2024-01-15 (was 2024-02-01)"
    cli.json("entry", "add", "Umoja", "--type", "contribution", "--member", "Dan",
             "--amount", "10", "--date", "2024-02-20", "--as", "Amina")  # fmt: skip
    changes = cli.json("status")
    for args, reason in (
        (["Dan", "2024-13-01"], "the date is not a real date (2024-13-01)"),
        (["Dan", "tomorrow-ish"], "the date must be a date like 2024-03-31"),
        (["Dan", "2099-01-01"], "the date 2099-01-01 is in the future"),
        (["Dan", "2024-03-01"], "Dan has an entry dated 2024-02-20"),
        (["Zawadi", "2024-02-01"], "Zawadi"),
    ):
        err = cli.fails("member", "join-day", "Umoja", *args, "--as", "Amina")
        assert reason in err, err
    assert cli.json("status") == changes
