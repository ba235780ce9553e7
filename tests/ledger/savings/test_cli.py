"""The ledger commands, called as `lattice ...` would be (in-process, through main)."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from nacl.signing import SigningKey

from desktop.cli import main
from ledger.savings import actions as fa
from ledger.savings import membership_actions as actions
from ledger.store.keyring import Keyring
from ledger.store.store import Store


class Cli:
    def __init__(self, home: Path) -> None:
        self.home = home

    def run(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main([*argv[:1], *argv[1:], "--home", str(self.home)])
        return code, out.getvalue(), err.getvalue()

    def json(self, *argv: str) -> dict[str, Any]:
        code, out, err = self.run(*argv, "--json")
        assert code == 0, err
        lines = out.strip().splitlines()
        assert len(lines) == 1, out  # exactly one JSON object
        value: dict[str, Any] = json.loads(lines[0])
        return value

    def fails(self, *argv: str) -> str:
        code, out, err = self.run(*argv)
        assert code != 0
        assert out == ""
        return err


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    """Persons Amina (council), Bosco and Esther (elders), Chiku (member) in group Umoja."""
    old = os.environ.get("LATTICE_PASSPHRASE")
    os.environ["LATTICE_PASSPHRASE"] = "pw"
    c = Cli(tmp_path_factory.mktemp("cli") / "home")
    ids = {n: c.json("person", "create", n)["id"] for n in ("Amina", "Bosco", "Esther", "Chiku")}
    c.json("group", "create", "Umoja", "--currency", "KES", "--as", "Amina")
    for name, role in (("Bosco", "elder"), ("Esther", "elder"), ("Chiku", "member")):
        c.json("member", "add", "Umoja", ids[name], "--name", name, "--role", role, "--as", "Amina")
    yield c
    if old is None:
        os.environ.pop("LATTICE_PASSPHRASE", None)
    else:
        os.environ["LATTICE_PASSPHRASE"] = old


def test_a_meeting_from_opening_to_close(cli: Cli) -> None:
    cli.json("rules", "set", "Umoja", "--from", "2024-01-01", "--share-value", "50",
             "--max-shares", "5", "--fine", "late=20", "--as", "Amina")  # fmt: skip
    meeting = cli.json("meeting", "open", "Umoja", "--date", "2024-02-03", "--place", "Hall",
                       "--agenda", "savings", "--as", "Amina")["id"]  # fmt: skip
    m = meeting[:8]
    one = cli.json("entry", "add", "Umoja", "--type", "contribution", "--member", "Chiku",
                   "--amount", "200", "--meeting", m, "--as", "Amina")["id"]  # fmt: skip
    cli.json("entry", "add", "Umoja", "--type", "contribution", "--member", "Chiku",
             "--shares", "2", "--meeting", m, "--as", "Amina")  # fmt: skip
    cli.json("entry", "add", "Umoja", "--type", "fine", "--member", "Chiku", "--amount", "20",
             "--fine", "late", "--meeting", m, "--as", "Amina")  # fmt: skip
    cli.json("meeting", "attend", "Umoja", m, "Chiku=present", "Bosco=represented:Esther",
             "Esther=excused", "--as", "Amina")  # fmt: skip
    cli.json("meeting", "decide", "Umoja", m, "--motion", "Buy a box", "--for", "3",
             "--against", "0", "--as", "Amina")  # fmt: skip
    cli.json("meeting", "minutes", "Umoja", m, "--text", "We met.", "--as", "Amina")

    balance = cli.json("balance", "Umoja")
    assert (balance["confirmed"], balance["pending"]) == (0, 32000)
    signed = cli.json("signoff", "Umoja", m, "--as", "Bosco")
    assert len(signed["entries"]) == 3 and signed["minutes"] == [meeting]
    cli.json("signoff", "Umoja", m, "--as", "Esther")
    balance = cli.json("balance", "Umoja")
    assert (balance["confirmed"], balance["pending"]) == (32000, 0)
    assert isinstance(balance["confirmed"], int)
    assert balance["breakdown"][0]["name"] == "Savings"

    minutes = cli.json("meeting", "minutes", "Umoja", m)
    assert minutes["status"] == "approved"
    closed = cli.json("meeting", "close", "Umoja", m, "--count", "Savings=310", "--as", "Amina")
    assert closed["status"] == "closing"
    cli.json("signoff", "Umoja", m, "--as", "Bosco")
    cli.json("signoff", "Umoja", m, "--as", "Esther")
    shown = cli.json("meeting", "show", "Umoja", m)
    # the three entries and the shortage the witnessed count booked
    assert shown["status"] == "closed" and len(shown["entries"]) == 4
    assert shown["count"][next(iter(shown["count"]))] == {"counted": 31000, "computed": 32000}

    by_member = cli.json("balance", "Umoja", "--by", "member")["breakdown"]
    assert by_member[0]["saved"]["confirmed"] == 30000 and by_member[0]["shares"]["confirmed"] == 2
    months = cli.json("balance", "Umoja", "--by", "month")["breakdown"]
    assert months == [{"month": "2024-02", "fund": months[0]["fund"], "name": "Savings",
                       "inflow": 32000, "outflow": 1000, "closing": 31000,
                       "pending": 0}]  # fmt: skip
    listed = cli.json("entry", "list", "Umoja")["entries"]
    assert {e["status"] for e in listed} == {"confirmed"} and listed[0]["id"] == one

    slip = cli.json("passbook", "Umoja", "Chiku")
    assert slip["savings"]["confirmed"] == 30000 and slip["fines"]["confirmed"] == 2000
    code, text, _ = cli.run("passbook", "Umoja", "Chiku")
    assert code == 0 and slip["code"] in text
    # the witnessed count found 1,000 short: booked as a shortage, so the pool is the box
    assert cli.json("shareout", "show", "Umoja")["pool"] == 31000

    reversed_ = cli.json("entry", "reverse", "Umoja", one[:10], "--note", "typo", "--as", "Amina")
    assert reversed_["reverses"] == one
    assert "cannot be reversed" in cli.fails(
        "entry", "reverse", "Umoja", reversed_["id"], "--as", "Amina"
    )


def test_counts_of_one_are_said_in_the_singular(cli: Cli) -> None:
    """'the attendance of 1 member', not '1 members' (the CLI's `counted`)."""
    m = cli.json("meeting", "open", "Umoja", "--date", "2024-03-02", "--as", "Amina")["id"][:8]
    code, out, err = cli.run("meeting", "attend", "Umoja", m, "Chiku=present", "--as", "Amina")
    assert code == 0, err
    assert out.strip() == "recorded the attendance of 1 member"
    code, out, err = cli.run("meeting", "show", "Umoja", m)
    assert code == 0, err
    assert "0 entries, 1 attendance record, 0 decisions," in out


def test_refusals_exit_non_zero_with_a_reason(cli: Cli) -> None:
    add = ("entry", "add", "Umoja", "--member", "Chiku", "--as", "Amina", "--type")
    assert "decimal places" in cli.fails(*add, "contribution", "--amount", "1.005")
    assert "more than zero" in cli.fails(*add, "contribution", "--amount", "0")
    assert "more than zero" in cli.fails(*add, "contribution", "--amount=-5")
    assert "below zero" in cli.fails(*add, "withdrawal", "--amount", "100000")
    assert "no fund" in cli.fails(*add, "contribution", "--amount", "1", "--fund", "Nope")
    assert "no member" in cli.fails(
        "entry", "add", "Umoja", "--type", "fine", "--member", "Zed", "--amount", "1",
        "--as", "Amina",
    )  # fmt: skip
    entry = cli.json(*add, "contribution", "--amount", "1")["id"]
    assert "not an elder" in cli.fails("signoff", "Umoja", entry, "--as", "Chiku")
    unknown = cli.fails("signoff", "Umoja", "ffff", "--as", "Bosco")
    assert "no entry, meeting or cycle close" in unknown


def test_funds_and_goals(cli: Cli) -> None:
    fund = cli.json("fund", "add", "Umoja", "Roof fund", "--kind", "project", "--as", "Amina")
    goal = cli.json("goal", "add", "Umoja", "--title", "New roof", "--target", "5000",
                    "--fund", "Roof fund", "--family", "Chiku", "--as", "Chiku")["id"]  # fmt: skip
    assert "only the council" in cli.fails(
        "goal", "update", "Umoja", goal[:8], "--status", "active", "--as", "Chiku"
    )
    cli.json("goal", "update", "Umoja", goal[:8], "--status", "active", "--description",
             "Iron sheets", "--as", "Amina")  # fmt: skip
    goals = cli.json("goal", "list", "Umoja")["goals"]
    mine = next(g for g in goals if g["id"] == goal)
    assert mine["status"] == "active" and mine["fund"] == fund["id"]
    assert mine["description"] == "Iron sheets" and mine["target"] == 500000
    assert [h["status"] for h in mine["history"]] == ["proposed", "active"]
    rules = cli.json("rules", "show", "Umoja")
    assert rules["rules"]["share_value"] == 5000 and len(rules["history"]) == 1


def test_the_attendance_of_a_640_family_council_in_one_command(cli: Cli, tmp_path: Path) -> None:
    home = tmp_path / "council"
    store = Store.open(home)
    try:
        amina = Keyring(store.db).create("Amina", "pw")
        group = actions.create_group(store, amina, name="Council", currency="USD").group
        families = [f"Family {n}" for n in range(640)]
        with store.batch():
            for name in families:
                person = SigningKey.generate().verify_key.encode().hex()
                actions.add_member(store, amina, group, person=person, name=name,
                                   roles=["member"])  # fmt: skip
    finally:
        store.close()
    council = Cli(home)
    m = council.json("meeting", "open", "Council", "--date", "2024-02-03", "--as", "Amina")["id"]
    marks = [f"{name}={'absent' if n % 5 == 0 else 'present'}" for n, name in enumerate(families)]
    written = council.json("meeting", "attend", "Council", m[:8], *marks, "--as", "Amina")
    assert len(written["ids"]) == 4 and written["id"] == written["ids"][0]
    shown = council.json("meeting", "show", "Council", m[:8])["attendance"]
    assert len(shown) == 640
    assert sum(1 for row in shown.values() if row["status"] == "absent") == 128


def test_a_whole_council_sheet_of_641_rows_in_one_command(cli: Cli, tmp_path: Path) -> None:
    """640 families and the treasurer: every member's row, past the 640 a sheet once had."""
    home = tmp_path / "council"
    store = Store.open(home)
    try:
        amina = Keyring(store.db).create("Amina", "pw")
        group = actions.create_group(store, amina, name="Council", currency="USD").group
        fa.set_rules(store, amina, group, effective="2024-01-01", share_value="10")
        with store.batch():
            for n in range(640):
                person = SigningKey.generate().verify_key.encode().hex()
                actions.add_member(store, amina, group, person=person, name=f"Family {n}",
                                   roles=["member"])  # fmt: skip
    finally:
        store.close()
    council = Cli(home)
    m = council.json("meeting", "open", "Council", "--date", "2024-02-03", "--as", "Amina")["id"]
    sheet = tmp_path / "sheet.csv"
    names = ["Amina", *(f"Family {n}" for n in range(640))]
    sheet.write_text("member,shares\n" + "".join(f"{name},{1 + n % 3}\n"
                                                for n, name in enumerate(names)))  # fmt: skip
    out = council.json("meeting", "record", "Council", m[:8], "--file", str(sheet), "--as", "Amina")
    assert out["rows"] == 641 and len(out["ids"]) == 641
    assert out["totals"]["shares"] == sum(1 + n % 3 for n in range(641))
