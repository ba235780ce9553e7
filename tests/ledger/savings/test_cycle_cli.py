"""The cycle from the command line, as a treasurer types it: open, record, share out,
pay, close; with dated members and goals, expenses, and the refusals in plain words."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ledger.savings.test_cli import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    old = os.environ.get("LATTICE_PASSPHRASE")
    os.environ["LATTICE_PASSPHRASE"] = "pw"
    yield Cli(tmp_path / "home")
    if old is None:
        os.environ.pop("LATTICE_PASSPHRASE", None)
    else:
        os.environ["LATTICE_PASSPHRASE"] = old


def test_a_cycle_from_the_command_line(cli: Cli) -> None:
    names = ("Amina", "Bosco", "Esther", "Chiku", "Dan")
    ids = {n: cli.json("person", "create", n)["id"] for n in names}
    cli.json("group", "create", "Umoja", "--currency", "KES", "--quorum", "2", "--as", "Amina")
    for name, role in (("Bosco", "elder"), ("Esther", "elder"), ("Chiku", "member")):
        cli.json("member", "add", "Umoja", ids[name], "--name", name, "--role", role,
                 "--as", "Amina")  # fmt: skip
    cli.json("member", "add", "Umoja", ids["Dan"], "--name", "Dan", "--role", "member",
             "--date", "2025-01-02", "--as", "Amina")  # fmt: skip
    cli.json("cycle", "open", "Umoja", "--start", "2025-01-01", "--end", "2025-06-30",
             "--cash-unit", "5", "--as", "Amina")  # fmt: skip
    cli.json("rules", "set", "Umoja", "--from", "2025-01-01", "--share-value", "100",
             "--as", "Amina")  # fmt: skip
    cli.json("goal", "add", "Umoja", "--title", "Maize mill", "--date", "2025-01-05",
             "--as", "Amina")  # fmt: skip

    def sign(entry: str) -> None:
        for elder in ("Bosco", "Esther"):
            cli.json("signoff", "Umoja", entry, "--as", elder)

    for name, shares in (("Chiku", "3"), ("Dan", "4")):
        sign(cli.json("entry", "add", "Umoja", "--type", "contribution", "--member", name,
                      "--shares", shares, "--date", "2025-01-10",
                      "--as", "Amina")["id"])  # fmt: skip
    sign(cli.json("entry", "add", "Umoja", "--type", "expense", "--amount", "7",
                  "--note", "pens", "--date", "2025-01-10", "--as", "Amina")["id"])  # fmt: skip
    cli.json("member", "suspend", "Umoja", "Dan", "--date", "2025-02-01", "--as", "Amina")
    refused = cli.fails("entry", "add", "Umoja", "--type", "contribution", "--member", "Dan",
                        "--shares", "1", "--date", "2025-02-08", "--as", "Amina")  # fmt: skip
    assert "Dan is suspended" in refused
    assert cli.json("member", "list", "Umoja")["counts"]["suspended"] == 1

    plan = cli.json("shareout", "show", "Umoja")
    assert (plan["pool"], plan["savings"], plan["shares"]) == (69300, 70000, 7)
    assert [(m["name"], m["share"], m["net"]) for m in plan["members"]] == sorted(
        [("Chiku", 29700, 29500), ("Dan", 39600, 39500)], key=lambda r: ids[r[0]]
    )
    code, text, _ = cli.run("shareout", "show", "Umoja")
    assert code == 0 and "99.00 KES per share" in text and "carried forward" in text

    paid = cli.json("shareout", "pay", "Umoja", "--all", "--date", "2025-06-30", "--as", "Amina")
    assert sorted(p["cash"] for p in paid["paid"]) == [29500, 39500]
    for payout in paid["paid"]:
        sign(payout["id"])
    again = cli.fails("shareout", "pay", "Umoja", "Chiku", "--date", "2025-06-30", "--as", "Amina")
    assert "already paid their share-out in this cycle" in again
    slip = cli.json("passbook", "Umoja", "Chiku")
    assert slip["shareout_paid"] and slip["shareout_cash"] == 29500
    assert slip["savings"]["confirmed"] == 0

    close = cli.json("cycle", "close", "Umoja", "--end", "2025-06-30", "--as", "Amina")["id"]
    sign(close)
    shown = cli.json("cycle", "show", "Umoja")
    assert [(c["closed"], c["carried"]) for c in shown["closes"]] == [(True, 300)]
    late = cli.fails("entry", "add", "Umoja", "--type", "contribution", "--member", "Chiku",
                     "--amount", "10", "--date", "2025-03-01", "--as", "Amina")  # fmt: skip
    assert "is closed: no entries dated 2025-03-01" in late
