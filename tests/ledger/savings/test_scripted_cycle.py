"""A treasurer runs 6 weekly meetings of a 15-member group through the CLI, as in issue 9:
each meeting's shares, social fund, repayments and fines in one batch from a CSV file,
loans with the constitution's interest, fines owed from the attendance and paid later,
both elders signing each meeting, a cash count that matches. Every figure is checked
against a plain tally kept beside it (integers in cents)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ledger.savings.test_cli import Cli

NAMES = [
    "Asha", "Baraka", "Chausiku", "Daudi", "Eshe", "Faraji", "Gathoni", "Hamisi", "Imani",
    "Jabari", "Kamaria", "Lulu", "Makena", "Nuru", "Omari",
]  # fmt: skip
DAYS = ["2024-01-06", "2024-01-13", "2024-01-20", "2024-01-27", "2024-02-03", "2024-02-10"]
SHARE, SOCIAL = 5_000, 1_000


@pytest.fixture(scope="module")
def treasurer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    old = os.environ.get("LATTICE_PASSPHRASE")
    os.environ["LATTICE_PASSPHRASE"] = "pw"
    yield Cli(tmp_path_factory.mktemp("cycle") / "home")
    if old is None:
        os.environ.pop("LATTICE_PASSPHRASE", None)
    else:
        os.environ["LATTICE_PASSPHRASE"] = old


def shares_of(name: str) -> int:
    return 5 if name == "Asha" else NAMES.index(name) % 5 + 1


def test_a_cycle_of_six_meetings(treasurer: Cli, tmp_path: Path) -> None:
    cli = treasurer
    ids = {n: cli.json("person", "create", n)["id"] for n in ("Amina", "Bosco", "Esther", *NAMES)}
    cli.json("group", "create", "Umoja Savings", "--currency", "KES", "--as", "Amina")
    for name, role in (("Bosco", "elder"), ("Esther", "elder"), *((n, "member") for n in NAMES)):
        cli.json("member", "add", "Umoja", ids[name], "--name", name, "--role", role,
                 "--as", "Amina")  # fmt: skip
    cli.json("fund", "add", "Umoja", "Social", "--kind", "social", "--as", "Amina")
    cli.json("rules", "set", "Umoja", "--from", "2024-01-01", "--share-value", "50",
             "--min-shares", "1", "--max-shares", "5", "--social-fund", "10",
             "--interest-bp", "500", "--interest-method", "declining",
             "--loan-multiple-pct", "300", "--one-loan", "yes",
             "--fine", "late=20", "--fine", "absent=50", "--as", "Amina")  # fmt: skip
    code, out, _ = cli.run("rules", "set", "Umoja", "--from", "2024-01-15", "--fine", "late=30",
                           "--as", "Amina")  # fmt: skip
    assert code == 0 and "fines: absent 50.00 KES, late 30.00 KES" in out
    assert cli.json("rules", "show", "Umoja")["rules"]["fines"] == {"absent": 5000, "late": 3000}

    savings = social = interest = fines = 0
    owed: dict[str, int] = {}
    attendance = {1: {"Omari": "absent"}, 2: {"Nuru": "late"}}
    repay = {3: {"Asha": "200"}, 4: {"Baraka": "315"}, 5: {"Asha": "100"}}
    pay_owed = {3: {"Omari": "absent"}, 2: {"Nuru": "late"}}
    for index, day in enumerate(DAYS):
        meeting = cli.json("meeting", "open", "Umoja", "--date", day, "--as", "Amina")["id"][:8]
        statuses = attendance.get(index, {})
        marks = [f"{n}={statuses.get(n, 'present')}" for n in NAMES]
        cli.json("meeting", "attend", "Umoja", meeting, *marks, "--as", "Amina")
        if statuses:
            charged = cli.json("fine", "attendance", "Umoja", meeting, "--as", "Amina")["ids"]
            assert len(charged) == 1
            for name, status in statuses.items():
                owed[name] = 5_000 if status == "absent" else 3_000
        if index == 1:  # Asha borrows 500.00 for 2 months: her savings are confirmed
            loan = cli.json("entry", "add", "Umoja", "--type", "loan", "--member", "Asha",
                            "--amount", "500", "--term", "2", "--meeting", meeting,
                            "--as", "Amina")  # fmt: skip
            savings -= 50_000
        if index == 2:
            assert "repays a loan before taking another" in cli.fails(
                "entry", "add", "Umoja", "--type", "loan", "--member", "Asha", "--amount", "10",
                "--term", "1", "--meeting", meeting, "--as", "Amina")  # fmt: skip
            cli.json("entry", "add", "Umoja", "--type", "loan", "--member", "Baraka",
                     "--amount", "300", "--term", "1", "--meeting", meeting,
                     "--as", "Amina")  # fmt: skip
            savings -= 30_000
        lines = ["member,shares,social,repayment,fines"]
        for name in NAMES:
            if statuses.get(name) == "absent":
                continue
            paid = pay_owed.get(index, {}).get(name, "")
            lines.append(f"{name},{shares_of(name)},10,{repay.get(index, {}).get(name, '')},{paid}")
            savings += shares_of(name) * SHARE
            social += SOCIAL
            if paid:
                fine = owed.pop(name)
                fines += fine
                savings += fine
        (tmp_path / f"m{index}.csv").write_text("\n".join(lines) + "\n", "utf-8")
        checked = cli.json("meeting", "record", "Umoja", meeting, "--file",
                           str(tmp_path / f"m{index}.csv"), "--check", "--as", "Amina")  # fmt: skip
        assert checked["ids"] == []
        recorded = cli.json("meeting", "record", "Umoja", meeting, "--file",
                            str(tmp_path / f"m{index}.csv"), "--as", "Amina")  # fmt: skip
        assert recorded["totals"] == checked["totals"]
        assert len(recorded["ids"]) == recorded["totals"]["entries"]
        for who, paid_text in repay.get(index, {}).items():
            entry = next(
                e for e in cli.json("entry", "list", "Umoja", "--meeting", meeting)["entries"]
                if e["type"] == "repayment" and e["member_name"] == who
            )  # fmt: skip
            total = int(paid_text) * 100
            # Asha: 5 % of 500.00 charged on 13 Jan, paid on 27 Jan; Baraka: 5 % of 300.00
            expected = {3: 2_500, 4: 1_500, 5: 0}[index]
            assert (entry["interest"], entry["amount"]) == (expected, total - expected)
            interest += expected
            savings += total
        for elder in ("Bosco", "Esther"):
            cli.json("signoff", "Umoja", meeting, "--as", elder)
        balance = cli.json("balance", "Umoja")
        assert (balance["confirmed"], balance["pending"]) == (savings + social, 0)
        closed = cli.json("meeting", "close", "Umoja", meeting, "--count",
                          f"Savings={savings // 100}.{savings % 100:02d}",
                          "--count", f"Social={social // 100}", "--as", "Amina")  # fmt: skip
        assert closed["status"] == "closed"

    assert owed == {}
    bought = 6 * sum(shares_of(n) for n in NAMES) - shares_of("Omari")  # Omari missed one
    # shares, less the loans, plus the repayments (interest in them) and the fines paid
    assert savings == bought * SHARE - 80_000 + 61_500 + 8_000
    loans = cli.json("loan", "show", "Umoja", "--on", "2024-02-10", "--all")["loans"]
    asha = next(x for x in loans if x["name"] == "Asha")
    assert asha["id"] == loan["id"]
    assert (asha["outstanding"], asha["interest_paid"], asha["due_date"]) == (
        22_500, 2_500, "2024-03-13"
    )  # fmt: skip
    assert [(i["due"], i["principal"], i["interest"]) for i in asha["schedule"]] == [
        ("2024-02-13", 25_000, 2_500), ("2024-03-13", 25_000, 1_250),
    ]  # fmt: skip
    assert asha["arrears"] == 0
    late = cli.json("loan", "show", "Umoja", "Asha", "--on", "2024-03-20")["loans"][0]
    # months 2 and 3 began on 13 Feb and 13 Mar on 225.00 owed: 11.25 each; month 2 has
    # ended unpaid, and the second installment (the first was repaid in time) is overdue
    assert (late["interest_due"], late["arrears"], late["late_since"]) == (
        2_250, 22_500 + 1_125, "2024-03-13"
    )  # fmt: skip
    baraka = next(x for x in loans if x["name"] == "Baraka")
    assert (baraka["outstanding"], baraka["interest_paid"]) == (0, 1_500)
    by_member = {
        r["name"]: r for r in cli.json("balance", "Umoja", "--by", "member")["breakdown"]
    }
    assert by_member["Omari"]["fines"]["confirmed"] == 5_000
    assert by_member["Nuru"]["fines_owed"]["confirmed"] == 0
    assert cli.json("fine", "owed", "Umoja")["owed"] == []
    assert sum(r["interest"]["confirmed"] for r in by_member.values()) == interest == 4_000
    assert sum(r["fines"]["confirmed"] for r in by_member.values()) == fines == 8_000
    slip = cli.json("passbook", "Umoja", "Asha")
    assert slip["loan"]["confirmed"] == 22_500
    assert slip["loans"][0]["outstanding"] == 22_500
    code, text, _ = cli.run("loan", "show", "Umoja", "Asha", "--on", "2024-03-20")
    assert code == 0 and "in arrears: 236.25 KES (late since 2024-03-13)" in text
