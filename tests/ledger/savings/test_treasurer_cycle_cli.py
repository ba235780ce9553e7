"""A treasurer's whole cycle through the CLI on a fresh data folder, every figure checked
against a hand computation (in cents, below): founding, members (one joining in February,
one without a PC), four meetings from CSV sheets signed by both elders, a loan with 10 %
a month flat interest repaid in two payments, a fine, the share-out paid in 5-shilling
coins, the cycle closed.

Hand computation. Shares of 100.00: January Chiku 2, Faith 3, Bosco 1, Esther 1; February
Chiku 2, Faith 2, Dan 1; March Faith 1: 13 shares, 1,300.00 saved (Chiku 400, Faith 600,
Bosco, Esther, Dan 100 each). Social fund 50.00 from Chiku, Faith, Dan: 150.00. Chiku
borrows 600.00 on 1 February for 2 months: a charge of 60.00 each month begun while
principal is owed (1 Feb, 1 Mar, 1 Apr). 1 March: she pays 360.00 = 60.00 interest (the
month begun 1 Feb) + 300.00 principal; Faith pays the late fine, 20.00. 5 April: she owes
120.00 interest (months of 1 Mar and 1 Apr) and 300.00 principal, and pays 420.00.
Savings fund: 1,300 + 20 − 600 + 360 + 420 = 1,500.00 = the pool (no loan outstanding).
Parts of 150,000 cents by savings of 130,000: Chiku 46,153.8, Faith 69,230.8, the three
of 100.00 11,538.5 each: floors 149,997, the 3 cents left to Chiku, Faith and the one of
Bosco, Esther, Dan whose id sorts first. Cash in 5.00 coins: 460, 690, 115 × 3 = 1,495.00
paid; 5.00 carried forward with the 150.00 of the social fund.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ledger.savings.test_cli import Cli


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw")
    monkeypatch.setenv("LATTICE_NEW_PASSPHRASE", "4821")
    return Cli(tmp_path / "home")


def _sheet(tmp_path: Path, name: str, rows: list[str]) -> str:
    path = tmp_path / f"{name}.csv"
    path.write_text("member,shares,social,repayment,fines\n" + "\n".join(rows) + "\n", "utf-8")
    return str(path)


def _meeting(cli: Cli, tmp_path: Path, day: str, rows: list[str]) -> str:
    meeting = cli.json("meeting", "open", "Umoja", "--date", day, "--as", "Amina")["id"]
    sheet = _sheet(tmp_path, day, rows)
    checked = cli.json("meeting", "record", "Umoja", meeting, "--file", sheet, "--check")
    err = cli.fails("meeting", "record", "Umoja", meeting, "--file", sheet)
    assert "say who signs with --as PERSON (or only check the file with --check)" in err
    recorded = cli.json("meeting", "record", "Umoja", meeting, "--file", sheet, "--as", "Amina")
    assert recorded["totals"] == checked["totals"]
    for elder in ("Bosco", "Esther"):
        cli.json("signoff", "Umoja", meeting, "--as", elder)
    return str(meeting)


def _funds(cli: Cli) -> dict[str, tuple[int, int]]:
    value = cli.json("balance", "Umoja", "--by", "fund")
    return {f["name"]: (f["confirmed"], f["pending"]) for f in value["breakdown"]}


def test_a_treasurers_whole_cycle(cli: Cli, tmp_path: Path) -> None:
    for name in ("Amina", "Bosco", "Esther", "Chiku", "Dan"):
        cli.json("person", "create", name)
    cli.json("group", "create", "Umoja", "--currency", "KES", "--quorum", "2", "--as", "Amina")
    for name, role, day in (("Bosco", "elder", "2025-01-01"), ("Esther", "elder", "2025-01-01"),
                            ("Chiku", "member", "2025-01-01"), ("Dan", "member", "2025-02-01")):
        cli.json("member", "add", "Umoja", name, "--role", role, "--date", day, "--as", "Amina")
    cli.json("member", "add-without-pc", "Umoja", "--name", "Faith", "--date", "2025-01-01",
             "--as", "Amina")  # fmt: skip
    cli.json("fund", "add", "Umoja", "Social fund", "--kind", "social", "--as", "Amina")
    cli.json("rules", "set", "Umoja", "--from", "2025-01-01", "--share-value", "100",
             "--max-shares", "5", "--social-fund", "50", "--interest-bp", "1000",
             "--loan-multiple-pct", "300", "--fine", "late=20", "--as", "Amina")  # fmt: skip
    cli.json("cycle", "open", "Umoja", "--start", "2025-01-01", "--end", "2025-06-30",
             "--cash-unit", "5", "--as", "Amina")  # fmt: skip

    _meeting(cli, tmp_path, "2025-01-04", ["Chiku,2,50,,", "Faith,3,50,,", "Bosco,1,,,",
                                           "Esther,1,,,"])  # fmt: skip
    assert _funds(cli) == {"Savings": (70_000, 0), "Social fund": (10_000, 0)}
    err = cli.fails("entry", "add", "Umoja", "--type", "contribution", "--member", "Dan",
                    "--shares", "1", "--date", "2025-01-25", "--as", "Amina")  # fmt: skip
    assert "Dan joined the group on 2025-02-01" in err
    february = _meeting(cli, tmp_path, "2025-02-01", ["Chiku,2,,,", "Faith,2,,,", "Dan,1,50,,"])
    loan = cli.json("entry", "add", "Umoja", "--type", "loan", "--member", "Chiku",
                    "--amount", "600", "--term", "2", "--meeting", february[:8],
                    "--as", "Amina")["id"]  # fmt: skip
    for elder in ("Bosco", "Esther"):
        cli.json("signoff", "Umoja", loan, "--as", elder)
    assert _funds(cli) == {"Savings": (60_000, 0), "Social fund": (15_000, 0)}

    _meeting(cli, tmp_path, "2025-03-01", ["Chiku,,,360,", "Faith,1,,,late"])
    owed = cli.json("loan", "show", "Umoja", "Chiku", "--on", "2025-04-05")["loans"]
    assert [(x["outstanding"], x["interest_due"]) for x in owed] == [(30_000, 12_000)]
    _meeting(cli, tmp_path, "2025-04-05", ["Chiku,,,420,"])
    assert _funds(cli) == {"Savings": (150_000, 0), "Social fund": (15_000, 0)}
    members = {m["name"]: m for m in cli.json("balance", "Umoja", "--by", "member")["breakdown"]}
    assert members["Chiku"]["interest"]["confirmed"] == 18_000

    plan = cli.json("shareout", "show", "Umoja")
    assert (plan["pool"], plan["carried"]) == (150_000, 500)
    lines = {m["name"]: m for m in plan["members"]}
    first = min(("Bosco", "Esther", "Dan"), key=lambda n: lines[n]["member"])
    want = {"Chiku": (40_000, 46_154, 46_000), "Faith": (60_000, 69_231, 69_000)}
    for name in ("Bosco", "Esther", "Dan"):
        want[name] = (10_000, 11_539 if name == first else 11_538, 11_500)
    assert {n: (m["savings"], m["share"], m["net"]) for n, m in lines.items()} == want

    paid = cli.json("shareout", "pay", "Umoja", "--all", "--date", "2025-06-28", "--as", "Amina")
    ids = [p["id"] for p in paid["paid"]]
    for elder in ("Bosco", "Esther"):
        cli.json("signoff", "Umoja", *ids, "--as", elder)
    close = cli.json("cycle", "close", "Umoja", "--end", "2025-06-30", "--as", "Amina")["id"]
    for elder in ("Bosco", "Esther"):
        cli.json("signoff", "Umoja", close, "--as", elder)
    assert _funds(cli) == {"Savings": (500, 0), "Social fund": (15_000, 0)}
    err = cli.fails("entry", "add", "Umoja", "--type", "contribution", "--member", "Chiku",
                    "--shares", "1", "--date", "2025-06-15", "--as", "Amina")  # fmt: skip
    assert "the cycle from 2025-01-01 to 2025-06-30 is closed" in err
