"""Stumbles a treasurer met running a cycle from the command line, each kept fixed."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from tests.ledger.savings.test_cli import Cli


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cli]:
    """Amina (council), Bosco and Esther (elders), Chiku (member) in Umoja, quorum 2."""
    old = os.environ.get("LATTICE_PASSPHRASE")
    os.environ["LATTICE_PASSPHRASE"] = "pw"
    c = Cli(Path(tmp_path_factory.mktemp("walk")) / "home")
    ids = {n: c.json("person", "create", n)["id"] for n in ("Amina", "Bosco", "Esther", "Chiku")}
    c.json("group", "create", "Umoja", "--currency", "KES", "--quorum", "2", "--as", "Amina")
    for name, role in (("Bosco", "elder"), ("Esther", "elder"), ("Chiku", "member")):
        c.json("member", "add", "Umoja", ids[name], "--name", name, "--role", role,
               "--date", "2025-01-01", "--as", "Amina")  # fmt: skip
    c.json("rules", "set", "Umoja", "--from", "2025-01-01", "--share-value", "100",
           "--as", "Amina")  # fmt: skip
    c.json("cycle", "open", "Umoja", "--start", "2025-01-01", "--end", "2025-06-30",
           "--as", "Amina")  # fmt: skip
    yield c
    if old is None:
        os.environ.pop("LATTICE_PASSPHRASE", None)
    else:
        os.environ["LATTICE_PASSPHRASE"] = old


def test_signing_one_entry_says_one_entry(cli: Cli) -> None:
    entry = cli.json("entry", "add", "Umoja", "--type", "contribution", "--member", "Chiku",
                     "--shares", "2", "--date", "2025-01-10", "--as", "Amina")["id"]  # fmt: skip
    code, text, _ = cli.run("signoff", "Umoja", entry, "--as", "Bosco")
    assert code == 0
    assert text.startswith("signed 1 entry (0 now confirmed)"), text


def test_a_meeting_without_social_fund_says_how_to_fix_it(cli: Cli, tmp_path: Path) -> None:
    meeting = cli.json("meeting", "open", "Umoja", "--date", "2025-02-01", "--as", "Amina")["id"]
    sheet = tmp_path / "meeting.csv"
    sheet.write_text("member,shares,social,repayment,fines\nChiku,1,10,,\n")
    err = cli.fails("meeting", "record", "Umoja", meeting[:8], "--file", str(sheet),
                    "--check", "--as", "Amina")  # fmt: skip
    assert "has no social fund: add a social fund first" in err


def test_the_rules_read_as_words(cli: Cli) -> None:
    code, text, _ = cli.run("rules", "set", "Umoja", "--from", "2025-01-01",
                            "--loan-multiple-pct", "300", "--shareout-social", "no",
                            "--as", "Amina")  # fmt: skip
    assert code == 0
    assert "largest loan: 300 % of the member's savings" in text
    assert "shareout social: no" in text and "False" not in text


def test_a_payout_takes_the_meeting_by_its_short_id(cli: Cli) -> None:
    saved = cli.json("entry", "list", "Umoja", "--member", "Chiku")["entries"][0]["id"]
    cli.json("signoff", "Umoja", saved, "--as", "Esther")
    meeting = cli.json("meeting", "open", "Umoja", "--date", "2025-06-28", "--as", "Amina")["id"]
    paid = cli.json("shareout", "pay", "Umoja", "Chiku", "--date", "2025-06-28",
                    "--meeting", meeting[:8], "--as", "Amina")  # fmt: skip
    entry = paid["paid"][0]["id"]
    listed = cli.json("entry", "list", "Umoja", "--meeting", meeting[:8])["entries"]
    assert [e["id"] for e in listed] == [entry]


def test_verifying_a_pdf_says_it_is_not_a_bundle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n")
    assert main(["verify", str(pdf)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("NOT SOUND")
    assert "format: not a Lattice bundle" in out


def test_an_unknown_entry_type_lists_the_types(cli: Cli) -> None:
    err = cli.fails("entry", "add", "Umoja", "--type", "donation", "--member", "Chiku",
                    "--amount", "5", "--as", "Amina")  # fmt: skip
    assert "'donation' is not a type of entry you can record" in err
    assert "contribution, withdrawal, loan, repayment" in err and "reverse_entry" not in err


def test_paying_everyone_while_one_owes_interest_pays_nobody_and_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw")
    cli = Cli(tmp_path / "home")
    ids = {n: cli.json("person", "create", n)["id"] for n in ("Amina", "Bosco", "Esther", "Dan")}
    cli.json("group", "create", "Umoja", "--currency", "KES", "--quorum", "2", "--as", "Amina")
    for name, role in (("Bosco", "elder"), ("Esther", "elder"), ("Dan", "member")):
        cli.json("member", "add", "Umoja", ids[name], "--name", name, "--role", role,
                 "--date", "2025-01-01", "--as", "Amina")  # fmt: skip
    cli.json("rules", "set", "Umoja", "--from", "2025-01-01", "--share-value", "100",
             "--interest-bp", "500", "--as", "Amina")  # fmt: skip
    cli.json("cycle", "open", "Umoja", "--start", "2025-01-01", "--end", "2025-06-30",
             "--as", "Amina")  # fmt: skip

    def signed(*argv: str) -> str:
        entry: str = cli.json("entry", "add", "Umoja", *argv, "--as", "Amina")["id"]
        for elder in ("Bosco", "Esther"):
            cli.json("signoff", "Umoja", entry, "--as", elder)
        return entry

    for name in ("Bosco", "Dan"):
        signed("--type", "contribution", "--member", name, "--shares", "5", "--date", "2025-01-10")
    signed("--type", "loan", "--member", "Dan", "--amount", "300", "--term", "3",
           "--date", "2025-02-01")  # fmt: skip
    err = cli.fails("shareout", "pay", "Umoja", "--all", "--date", "2025-06-28", "--as", "Amina")
    assert "nobody was paid: Dan (" in err and "still owe loan interest or fines" in err
    shown = cli.json("shareout", "show", "Umoja")["members"]
    assert not any(m["paid"] for m in shown)
    assert {m["name"]: m["owes_first"] > 0 for m in shown} == {"Bosco": False, "Dan": True}
    code, text, _ = cli.run("shareout", "show", "Umoja")
    assert code == 0 and "to pay before any payout: Dan owes" in text
    due = cli.json("loan", "show", "Umoja", "Dan", "--on", "2025-06-28")
    interest = due["loans"][0]["interest_due"]
    signed("--type", "repayment", "--member", "Dan", "--amount", f"{interest / 100:.2f}",
           "--date", "2025-06-28")  # fmt: skip
    paid = cli.json("shareout", "pay", "Umoja", "--all", "--date", "2025-06-28", "--as", "Amina")
    assert sorted(p["member"] for p in paid["paid"]) == sorted([ids["Bosco"], ids["Dan"]])
    for payout in paid["paid"]:
        for elder in ("Bosco", "Esther"):
            cli.json("signoff", "Umoja", payout["id"], "--as", elder)
    # As the passbook says: what the share-out handed back is no longer saved.
    balances = cli.json("balance", "Umoja", "--by", "member")["breakdown"]
    held = {r["name"]: r["savings_held"]["confirmed"] for r in balances}
    assert held == {"Bosco": 0, "Dan": 0}
    assert cli.json("passbook", "Umoja", "Dan")["savings"]["confirmed"] == 0
    close = cli.json("cycle", "close", "Umoja", "--end", "2025-06-30", "--as", "Amina")["id"]
    code, text, _ = cli.run("signoff", "Umoja", close[:8], "--as", "Bosco")
    assert code == 0 and text.strip() == "signed the close of 1 cycle"


def test_a_payout_refused_half_way_says_who_was_paid_and_who_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dan owes more than his part: the box cannot pay everyone (docs/savings-cycle.md)."""
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw")
    cli = Cli(tmp_path / "home")
    names = ("Amina", "Bosco", "Esther", "Dan")
    ids = {n: cli.json("person", "create", n)["id"] for n in names}
    cli.json("group", "create", "Umoja", "--currency", "KES", "--quorum", "2", "--as", "Amina")
    for name, role in (("Bosco", "elder"), ("Esther", "elder"), ("Dan", "member")):
        cli.json("member", "add", "Umoja", ids[name], "--name", name, "--role", role,
                 "--date", "2025-01-01", "--as", "Amina")  # fmt: skip
    cli.json("rules", "set", "Umoja", "--from", "2025-01-01", "--share-value", "100",
             "--loan-multiple-pct", "500", "--as", "Amina")  # fmt: skip
    cli.json("cycle", "open", "Umoja", "--start", "2025-01-01", "--end", "2025-06-30",
             "--as", "Amina")  # fmt: skip

    def signed(*argv: str) -> None:
        entry = cli.json("entry", "add", "Umoja", *argv, "--as", "Amina")["id"]
        for elder in ("Bosco", "Esther"):
            cli.json("signoff", "Umoja", entry, "--as", elder)

    for name in ("Amina", "Bosco", "Dan"):
        signed("--type", "contribution", "--member", name, "--shares", "2", "--date", "2025-01-10")
    # The box keeps 200.00 after the loan: one member's 200.00 can be paid, not two.
    signed("--type", "loan", "--member", "Dan", "--amount", "400", "--date", "2025-02-01")
    order = [m["name"] for m in cli.json("shareout", "show", "Umoja")["members"]]
    err = cli.fails("shareout", "pay", "Umoja", "--all", "--date", "2025-06-28", "--as", "Amina")
    refused = err.split(" was not paid: ")[0].split()[-1]
    assert refused in order and "below zero" in err
    paid_first = order[: order.index(refused)]
    assert paid_first and err.startswith(f"lattice: paid {', '.join(paid_first)}; then {refused}")
    shown = cli.json("shareout", "show", "Umoja")["members"]
    assert [m["name"] for m in shown if m["paid"]] == paid_first


def test_a_member_from_this_pc_needs_no_name_or_role_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw")
    cli = Cli(tmp_path / "home")
    for name in ("Amina", "Asha"):
        cli.json("person", "create", name)
    cli.json("group", "create", "Umoja", "--currency", "KES", "--quorum", "1", "--as", "Amina")
    code, text, _ = cli.run("member", "add", "Umoja", "Asha", "--as", "Amina")
    assert code == 0 and text.startswith("added Asha (member)")
    listed = cli.json("member", "list", "Umoja")["members"]
    assert {(m["name"], tuple(m["roles"])) for m in listed} >= {("Asha", ("member",))}
    stranger = "ab" * 32
    err = cli.fails("member", "add", "Umoja", stranger, "--as", "Amina")
    assert "abababab's key is not on this PC: give their name in the group with --name" in err


def test_verify_says_which_dates_a_bundle_covers_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw")
    cli = Cli(tmp_path / "home")
    cli.json("person", "create", "Amina")
    cli.json("group", "create", "Umoja", "--currency", "KES", "--quorum", "1", "--as", "Amina")
    every = tmp_path / "every.bundle"
    since = tmp_path / "since.bundle"
    cli.json("export", "Umoja", "--format", "bundle", "-o", str(every), "--as", "Amina")
    cli.json("export", "Umoja", "--format", "bundle", "-o", str(since), "--from", "2025-01-01",
             "--as", "Amina")  # fmt: skip
    for bundle, dates in ((every, "all dates"), (since, "from 2025-01-01 on")):
        code, text, _ = cli.run("verify", str(bundle))
        assert code == 0 and f"  dates:     {dates}\n" in text, text


def test_verifying_a_changes_file_says_what_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw")
    cli = Cli(tmp_path / "home")
    cli.json("person", "create", "Amina")
    cli.json("group", "create", "Umoja", "--currency", "KES", "--quorum", "1", "--as", "Amina")
    carried = tmp_path / "umoja.lattice"
    cli.json("changes", "export", "Umoja", "-o", str(carried))
    code, text, _ = cli.run("verify", str(carried))
    assert code == 1
    assert "this is a changes file (for 'lattice changes import')" in text
    assert "lattice export --format bundle" in text


def test_entry_help_does_not_ask_for_the_interest_the_rules_compute(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["entry", "add", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--interest INTEREST a repayment's interest part; leave it out" in text


def test_closing_a_cycle_before_its_planned_end_needs_the_day_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LATTICE_PASSPHRASE", "pw")
    cli = Cli(tmp_path / "home")
    cli.json("person", "create", "Amina")
    cli.json("group", "create", "Umoja", "--currency", "KES", "--quorum", "1", "--as", "Amina")
    today = dt.date.today()
    later = (today + dt.timedelta(days=180)).isoformat()
    cli.json("cycle", "open", "Umoja", "--start", today.isoformat(), "--end", later,
             "--as", "Amina")  # fmt: skip
    err = cli.fails("cycle", "close", "Umoja", "--as", "Amina")
    assert f"the cycle is planned to run until {later}" in err and "--end" in err
    assert cli.json("cycle", "show", "Umoja")["closes"] == []
    closed = cli.json("cycle", "close", "Umoja", "--end", today.isoformat(), "--as", "Amina")
    assert closed["end"] == today.isoformat()
