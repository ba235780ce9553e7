"""The savings cycle's figures for an export: each loan owed with its term, interest due
and arrears; fines owed; group expenses and cash differences as their own lines; and
the share-out payouts recorded (what was paid, never a projection).

Loans stand as at the close of the range's last day, from confirmed entries dated by
then: a repayment awaiting sign-off does not lower what is owed, as in the fund figures.
Interest and arrears are computed by `ledger.savings.loans`, the rules the books enforce.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from ledger.exports.dated_entries import DatedEntry, base_type, positions
from ledger.exports.model import CashLine, CycleFigures, LoanLine, PayoutLine
from ledger.exports.period import Period
from ledger.savings.books import Books
from ledger.savings.loans import Loan, member_loans
from ledger.store.ids import PersonId

CASH_TYPES = ("expense", "shortage", "surplus")

NameOf = Callable[[PersonId], str | None]


def gather_cycle(
    books: Books,
    rows: list[DatedEntry],
    period: Period,
    end: dt.date,
    name_of: NameOf,
    with_names: bool,
) -> CycleFigures:
    """The cycle's figures for the entries dated in `period`; loans and fines owed as they
    stand at the end of `end` (the range's last day)."""
    owed = positions(books, rows, end)
    fines = {p: v for (p, m), v in owed.items() if m == "fines_owed" and v}
    in_range = [r for r in rows if period.contains(r.day)]
    return CycleFigures(
        fines_owed=sum(fines.values()),
        members_owing_fines=len(fines),
        loans=_loans(books, end, name_of),
        cash=tuple(_cash(books, r, with_names) for r in in_range
                   if base_type(books, r.entry) in CASH_TYPES),
        payouts=tuple(_payout(r, name_of) for r in in_range
                      if base_type(books, r.entry) == "shareout"),
    )


def _loans(books: Books, end: dt.date, name_of: NameOf) -> tuple[LoanLine, ...]:
    """Confirmed loans dated by `end` that still owe principal or interest after it."""
    last = end.isoformat()
    day = (end + dt.timedelta(days=1)).isoformat()
    borrowers = {e.member for e in books.entries.values() if e.type == "loan" and e.member}
    out: list[LoanLine] = []
    for member in sorted(borrowers):
        for loan in member_loans(books, member, day):
            if loan.date > last or not books.is_confirmed(loan.id):
                continue
            loan = _as_confirmed(books, loan, last)
            if loan.outstanding <= 0 and loan.interest_due <= 0:
                continue
            due = loan.due_date
            out.append(LoanLine(
                member=name_of(member),
                day=dt.date.fromisoformat(loan.date),
                principal=loan.principal,
                term=loan.term,
                due=dt.date.fromisoformat(due) if due else None,
                rate_bp=loan.rate_bp,
                method=loan.method,
                outstanding=loan.outstanding,
                interest_due=loan.interest_due,
                arrears=loan.arrears,
                late_since=dt.date.fromisoformat(loan.late_since) if loan.late_since else None,
            ))
    out.sort(key=lambda x: (x.day, x.member or ""))
    return tuple(out)


def _as_confirmed(books: Books, loan: Loan, last: str) -> Loan:
    """The loan with only its confirmed repayments dated by `last`."""
    kept = tuple(
        r for r in loan.repayments
        if r.date <= last and r.id in books.entries and books.is_confirmed(r.id)
    )
    return dataclasses.replace(loan, repayments=kept)


def _status(row: DatedEntry) -> str:
    return "confirmed" if row.confirmed else "pending"


def _cash(books: Books, row: DatedEntry, with_names: bool) -> CashLine:
    e = row.entry
    return CashLine(
        day=row.day,
        type=base_type(books, e),
        fund=books.funds[e.fund].name,
        effect=sum(x.delta for x in e.lines()[0]),
        status=_status(row),
        reversal=e.type == "reversal",
        note=(e.note or None) if with_names else None,
    )


def _payout(row: DatedEntry, name_of: NameOf) -> PayoutLine:
    """A payout's cash and loan settled, from its signed effect on the member's position
    (a reversal's lines are the payout's, negated)."""
    paid = settled = 0
    for x in row.entry.lines()[1]:
        if x.measure == "paid_out":
            paid += x.delta
        elif x.measure == "loan":
            settled -= x.delta
    member = row.entry.member
    return PayoutLine(
        member=name_of(member) if member is not None else None,
        day=row.day,
        cash=paid - settled,
        loan_settled=settled,
        status=_status(row),
    )
