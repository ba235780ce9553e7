"""The exports show the cycle: loans with term, interest due and arrears, fines owed,
expenses and cash differences, and the share-out as paid; checked against a plain tally
written here (not ledger/savings's code)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ledger.exports.csv_export import write_csv
from ledger.exports.model import Report
from ledger.exports.pdf_report import pdf_bytes
from ledger.exports.period import Period
from ledger.exports.report import gather_report
from ledger.exports.xlsx_export import xlsx_bytes
from ledger.savings.books import Books
from ledger.savings.owed import group_owes
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.state import GroupState
from ledger.store.store import Store
from tests.ledger.exports.conftest import HandBooks

LOAN = {"principal": 30_000, "date": dt.date(2024, 1, 10), "term": 3, "rate_bp": 200}
REPAID = [(dt.date(2024, 2, 10), 5_000, 600)]  # (day, principal, interest)


def month_start(first: dt.date, k: int) -> dt.date:
    """Month k (0-based) of a loan starts k calendar months after it (days <= 28 here)."""
    index = first.month - 1 + k
    return dt.date(first.year + index // 12, index % 12 + 1, first.day)


def tally_loan(end: dt.date) -> dict[str, Any]:
    """A flat-rate loan at the close of `end`, by the treasurer's rules: each month started
    by then costs rate x principal; installments are principal / term a month, due a month
    apart from the loan's day; what is due before the day after `end` and unpaid is late."""
    p, first, term, rate = LOAN["principal"], LOAN["date"], LOAN["term"], LOAN["rate_bp"]
    paid = [r for r in REPAID if r[0] <= end]
    principal_paid = sum(r[1] for r in paid)
    interest_paid = sum(r[2] for r in paid)
    months_started = sum(1 for k in range(12) if month_start(first, k) <= end)
    monthly = p * rate // 10_000
    months_ended = sum(1 for k in range(1, 13) if month_start(first, k) <= end)
    installments_due = sum(1 for k in range(1, term + 1) if month_start(first, k) <= end)
    return {
        "outstanding": p - principal_paid,
        "interest_due": monthly * months_started - interest_paid,
        "arrears": max(0, p // term * installments_due - principal_paid)
        + max(0, monthly * months_ended - interest_paid),
        "due": month_start(first, term),
    }


@pytest.fixture
def cycle(store: Store, group: GroupId, people: dict[str, Signer]) -> HandBooks:
    """A cycle's first months: savings, a loan on the constitution's rate, fines paid and
    owed, an expense (and one reversed, one pending), a shortage and a surplus."""
    live = store.state(group)
    h = HandBooks(GroupState(group=group, membership=live.membership, books=Books()), people)
    h.add("contribution", "Chiku", 100_000, "2024-01-10", shares=10)
    h.add("contribution", "Amina", 50_000, "2024-01-10", shares=5)
    loan = h.add("loan", "Chiku", LOAN["principal"], "2024-01-10", term=LOAN["term"],
                 rate_bp=LOAN["rate_bp"], method="flat")
    day, principal, interest = REPAID[0]
    h.add("repayment", "Chiku", principal, day.isoformat(), interest=interest, loan=loan.id)
    h.add("charge", "Amina", 1_000, "2024-01-20", fine="late")
    owed = h.add("charge", "Chiku", 500, "2024-01-20", fine="absent")
    h.add("fine", "Chiku", 500, "2024-02-10", fine="absent", charge=owed.id)
    h.add("expense", None, 2_000, "2024-02-15", note="padlock")
    h.add("shortage", None, 300, "2024-02-20")
    h.add("surplus", None, 100, "2024-03-01")
    wrong = h.add("expense", None, 700, "2024-03-01", note="typed twice")
    h.add("reversal", None, 700, "2024-03-01", reverses=wrong.id)
    h.add("expense", None, 400, "2024-03-05", note="transport", signed_by=("Bosco",))
    return h


def report_of(h: HandBooks, store: Store, group: GroupId, end: dt.date,
              names: bool = True) -> Report:
    return gather_report(h.state, store.history(group), Period(end=end), with_names=names)


def test_loans_fines_and_cash_lines_match_the_tally(cycle: HandBooks, store: Store,
                                                    group: GroupId) -> None:
    for end in (dt.date(2024, 1, 31), dt.date(2024, 2, 10), dt.date(2024, 4, 15)):
        report = report_of(cycle, store, group, end)
        (loan,) = report.cycle.loans
        expected = tally_loan(end)
        assert loan.member == "Chiku" and loan.term == 3 and loan.due == expected["due"]
        assert (loan.outstanding, loan.interest_due, loan.arrears) == (
            expected["outstanding"], expected["interest_due"], expected["arrears"]), end
        assert report.cycle.loans_owed == report.indicators.loans_outstanding
    late = report_of(cycle, store, group, dt.date(2024, 4, 15))
    assert late.cycle.loans[0].late_since == dt.date(2024, 2, 10)  # half its first part paid
    c = late.cycle
    assert (c.fines_owed, c.members_owing_fines) == (1_000, 1)  # Chiku paid hers
    owed = {m.member: m.fines_owed for m in late.members}
    assert owed == {"Amina": 1_000, "Chiku": 0}
    assert (c.expenses, c.shortages, c.surpluses) == (2_000, 300, 100)  # 700 reversed, 400 waits
    assert [(x.type, x.effect, x.status, x.reversal) for x in c.cash] == [
        ("expense", -2_000, "confirmed", False), ("shortage", -300, "confirmed", False),
        ("surplus", 100, "confirmed", False), ("expense", -700, "confirmed", False),
        ("expense", 700, "confirmed", True), ("expense", -400, "pending", False)]
    assert c.payouts == () and (c.paid_cash, c.paid_loans) == (0, 0)


def test_without_names_loans_and_cash_name_nobody(cycle: HandBooks, store: Store,
                                                  group: GroupId) -> None:
    report = report_of(cycle, store, group, dt.date(2024, 4, 15), names=False)
    assert report.cycle.loans[0].member is None
    assert all(x.note is None for x in report.cycle.cash)
    assert report.cycle.fines_owed == 1_000 and report.members == ()


def add_payouts(h: HandBooks) -> None:
    """The share-out: Amina is paid in cash; Chiku's loan is settled from hers."""
    h.add("shareout", "Amina", 45_000, "2024-04-20")
    h.add("shareout", "Chiku", 60_000, "2024-04-20", settles=25_000)


def test_after_the_share_out_the_payouts_are_shown(cycle: HandBooks, store: Store,
                                                   group: GroupId) -> None:
    add_payouts(cycle)
    report = report_of(cycle, store, group, dt.date(2024, 4, 30))
    c = report.cycle
    assert (c.paid_cash, c.paid_loans) == (105_000, 25_000)
    assert [(p.member, p.cash, p.loan_settled) for p in c.payouts] == [
        ("Amina", 45_000, 0), ("Chiku", 60_000, 25_000)]
    paid = {m.member: (m.paid_out, m.loans_outstanding) for m in report.members}
    assert paid == {"Amina": (45_000, 0), "Chiku": (85_000, 0)}
    # principal settled; the interest charged up to the payout is still owed (4 months)
    (loan,) = c.loans
    assert (loan.outstanding, loan.interest_due) == (0, 4 * 600 - 600)


def _summary(sheet: Any) -> dict[str, Any]:
    return {row[0]: row[1] for row in sheet.iter_rows(min_row=4, max_col=2, values_only=True)
            if row[0]}


def test_xlsx_has_the_cycle_figures(cycle: HandBooks, store: Store, group: GroupId) -> None:
    add_payouts(cycle)
    report = report_of(cycle, store, group, dt.date(2024, 4, 30))
    book = load_workbook(io.BytesIO(xlsx_bytes(report)))
    facts = _summary(book["Summary"])
    # KES has two decimals: 1,000 minor units are 10.00 KES
    assert facts["Fines owed (not paid)"] == 10
    assert facts["Group expenses"] == 20 and facts["Cash shortages"] == 3
    assert facts["Cash surpluses"] == 1
    assert facts["Share-out paid in cash"] == 1050 and facts["Loans settled by share-out"] == 250
    assert facts["Interest due on loans"] == 18
    loans = list(book["Loans"].iter_rows(values_only=True))
    assert loans[0][:3] == ("Member", "Taken", "Lent") and loans[1][0] == "Chiku"
    assert loans[1][3] == 3 and loans[1][8] == 18
    members = list(book["Members"].iter_rows(values_only=True))
    col = members[0].index("Fines owed")
    assert {r[0]: r[col] for r in members[1:]} == {"Amina": 10, "Chiku": 0}
    payouts = list(book["Share-out paid"].iter_rows(values_only=True))
    assert [(r[0], r[2], r[3]) for r in payouts[1:]] == [("Amina", 450, 0), ("Chiku", 600, 250)]
    cash = list(book["Expenses and cash"].iter_rows(values_only=True))
    assert [r[1] for r in cash[1:]] == ["expense", "shortage", "surplus", "expense",
                                        "expense", "expense"]
    anonymous = load_workbook(io.BytesIO(xlsx_bytes(
        report_of(cycle, store, group, dt.date(2024, 4, 30), names=False))))
    assert "Share-out paid" not in anonymous.sheetnames
    assert _summary(anonymous["Summary"])["Share-out paid in cash"] == 1050


def test_pdf_shows_the_cycle(cycle: HandBooks, store: Store, group: GroupId,
                             tmp_path: Path) -> None:
    report = report_of(cycle, store, group, dt.date(2024, 4, 15))
    out = tmp_path / "cycle.pdf"
    out.write_bytes(pdf_bytes(report))
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    text = subprocess.run([pdftotext, "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    for expected in ("The savings cycle", "Fines owed", "KES 10.00", "Loans owed",
                     "KES 250.00", "Interest due", "KES 18.00", "KES 262.00",
                     "2024-02-10", "3 months, 2 %", "Group expense: padlock",
                     "Cash shortage", "Cash surplus", "KES -3.00"):
        assert expected in text, expected
    add_payouts(cycle)
    paid = pdf_bytes(report_of(cycle, store, group, dt.date(2024, 4, 30)))
    out.write_bytes(paid)
    text = subprocess.run([pdftotext, "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Share-out paid" in text and "KES 1,050.00 in cash" in text
    assert "projected" not in text.lower()


def test_what_members_owe_agrees_with_the_report(cycle: HandBooks, store: Store,
                                                 group: GroupId) -> None:
    """The window's 'needs attention' figures (`group_owes`) and the report's agree."""
    end = dt.date(2024, 4, 15)
    owes = group_owes(cycle.books, (end + dt.timedelta(days=1)).isoformat())
    report = report_of(cycle, store, group, end)
    assert owes.arrears == report.cycle.arrears == tally_loan(end)["arrears"]
    assert (owes.fines_owed, owes.owing_fines) == (1_000, 1)
    (late,) = owes.in_arrears
    assert (late.member, late.late_since) == (cycle.people["Chiku"].person, "2024-02-10")
    assert group_owes(cycle.books, "2024-01-15").members == ()  # nothing charged or late yet


def test_csv_lists_each_loan_owed(cycle: HandBooks, store: Store, group: GroupId,
                                  tmp_path: Path) -> None:
    end = dt.date(2024, 4, 15)
    files = write_csv(report_of(cycle, store, group, end), tmp_path / "umoja.csv")
    assert [f.name for f in files] == ["umoja.csv", "umoja-balances.csv", "umoja-loans.csv"]
    (row,) = csv.DictReader(files[2].open(encoding="utf-8-sig"))
    expected = tally_loan(end)
    assert (row["member"], row["lent"], row["term_months"], row["interest_per_month"],
            row["interest_method"], row["due"]) == (
        "Chiku", "300.00", "3", "2", "flat", expected["due"].isoformat())
    assert (row["owed"], row["interest_due"], row["arrears"], row["late_since"]) == (
        "250.00", "18.00", "262.00", "2024-02-10")
    entries = list(csv.DictReader(files[0].open(encoding="utf-8-sig")))
    assert {"expense", "shortage", "surplus", "charge"} <= {e["type"] for e in entries}
    anonymous = write_csv(report_of(cycle, store, group, end, names=False), tmp_path / "a.csv")
    (row,) = csv.DictReader(anonymous[2].open(encoding="utf-8-sig"))
    assert row["member"] == "" and row["loan"] == "1"
