"""A member's passbook: a one-page slip of their standing, with a code of the group's state.

The code is the start of the group's state digest, so a member can later ask any
PC holding the same changes to recompute it and see that the slip was not altered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ledger.savings.balances import Balance, Position, member_positions
from ledger.savings.books import books_of
from ledger.savings.goals import progress
from ledger.savings.loans import member_loans
from ledger.savings.money import grouped_number as shown  # grouped digits, for people
from ledger.savings.shareout import project, savings_returned
from ledger.store.errors import NotFound
from ledger.store.ids import PersonId
from ledger.store.state import GroupState
from ledger.store.words import QT_TRANSLATE_NOOP

CODE_LENGTH = 10


@dataclass(frozen=True)
class PassbookLine:
    date: str
    type: str
    fund: str
    amount: int
    """Signed, as it changes the member's standing in that fund."""
    status: str


@dataclass(frozen=True)
class LoanLine:
    """A loan still owed, as it stands on the slip's day."""

    date: str
    principal: int
    outstanding: int
    interest_due: int
    due_date: str | None
    arrears: int
    late_since: str | None
    schedule: tuple[tuple[str, int, int], ...] = ()
    """(due day, principal, interest) of each planned installment."""


@dataclass(frozen=True)
class GoalLine:
    title: str
    status: str
    target: int | None
    progress: int | None


@dataclass(frozen=True)
class Passbook:
    group: str
    currency: str
    member: PersonId
    name: str
    savings: Balance
    """Still held for the member: saved less what share-out payouts handed back."""
    shares: Balance
    loan: Balance
    interest: Balance
    fines: Balance
    projected_payout: int
    """The member's share-out: the projection, or once paid what was paid (cash + loan)."""
    shareout_paid: bool
    """A share-out payout is recorded for the member in the current cycle."""
    shareout_cash: int
    """Cash handed over at the share-out (0 until paid)."""
    shareout_loan: int
    """Loan settled from the share-out (0 until paid)."""
    lines: list[PassbookLine]
    goals: list[GoalLine]
    code: str
    changes: int
    loans: list[LoanLine] = field(default_factory=list)
    fines_owed: int = 0

    def text(self) -> str:
        """The printable slip."""
        c = self.currency

        def money(b: Balance) -> str:
            pending = f" (+{shown(b.pending, c)} pending)" if b.pending else ""
            return f"{shown(b.confirmed, c)} {c}{pending}"

        out = [
            f"{self.group} -- passbook of {self.name}",
            f"Savings:        {money(self.savings)}",
            f"Shares:         {self.shares.confirmed}"
            + (f" (+{self.shares.pending} pending)" if self.shares.pending else ""),
            f"Loan owed:      {money(self.loan)}",
            f"Interest paid:  {money(self.interest)}",
            f"Fines paid:     {money(self.fines)}",
            *([f"Fines owed:     {shown(self.fines_owed, c)} {c}"] if self.fines_owed else []),
            (
                f"Share-out paid: {shown(self.shareout_cash, c)} {c} in cash"
                + (
                    f" and {shown(self.shareout_loan, c)} {c} of loan settled"
                    if self.shareout_loan
                    else ""
                )
                if self.shareout_paid
                else f"Share-out (projected): {shown(self.projected_payout, c)} {c}"
            ),
        ]
        for loan in self.loans:
            due = f", due {loan.due_date}" if loan.due_date else ""
            out.append(
                f"Loan of {shown(loan.principal, c)} {c} on {loan.date}{due}: owes "
                f"{shown(loan.outstanding, c)} + interest {shown(loan.interest_due, c)} {c}"
                + (
                    f"; in arrears {shown(loan.arrears, c)} {c} since {loan.late_since}"
                    if loan.arrears
                    else ""
                )
            )
        out.append("")
        out += [
            f"{x.date}  {x.type:<12} {x.fund:<14} {shown(x.amount, c):>14}  {x.status}"
            for x in self.lines
        ]
        if self.goals:
            out.append("")
            for g in self.goals:
                target = (
                    f" {shown(g.progress or 0, c)} of {shown(g.target, c)}" if g.target else ""
                )
                out.append(f"Goal: {g.title} ({g.status}){target}")
        noun = "change" if self.changes == 1 else "changes"
        out += ["", f"State code: {self.code}  ({self.changes} {noun})"]
        return "\n".join(out)


def state_code(state: GroupState) -> str:
    """A short code of the group's signed state, grouped for reading aloud."""
    head = state.digest()[:CODE_LENGTH].upper()
    return f"{head[:5]}-{head[5:]}"


def passbook(state: GroupState, member: PersonId) -> Passbook:
    if member not in state.membership.members:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "{person} is not a member of this group"), person=member[:8]
        )
    books = books_of(state)
    position = member_positions(books).get(member, Position())
    returned = savings_returned(books).get(member, 0)
    lines: list[PassbookLine] = []
    for entry in books.member_entries(member):
        status = "confirmed" if books.is_confirmed(entry) else "pending"
        for line in entry.lines()[1]:
            if line.measure == "shares" or (line.measure == "fines_owed" and entry.type == "fine"):
                continue
            sign = -1 if line.measure in ("loan", "paid_out", "fines_owed") else 1
            lines.append(
                PassbookLine(
                    entry.date, entry.type, books.funds[line.fund].name, sign * line.delta, status
                )
            )
    lines.sort(key=lambda x: x.date)
    today = dt.date.today().isoformat()
    loan_lines = [
        LoanLine(
            x.date,
            x.principal,
            x.outstanding,
            x.interest_due,
            x.due_date,
            x.arrears,
            x.late_since,
            tuple((i.due, i.principal, i.interest) for i in x.schedule()),
        )
        for x in member_loans(books, member, today)
        if x.outstanding or x.interest_due
    ]
    share = next((x for x in project(books).lines if x.member == member), None)
    goals = [
        GoalLine(g.title, g.status, g.target, progress(books, g))
        for g in books.goals.values()
        if g.family in (None, member) and g.status != "dropped"
    ]
    return Passbook(
        group=state.name,
        currency=state.settings.currency,
        member=member,
        name=state.member_name(member),
        savings=Balance(position["saved"].confirmed - returned, position["saved"].pending),
        shares=position["shares"],
        loan=position["loan"],
        interest=position["interest"],
        fines=position["fines"],
        projected_payout=share.share if share else 0,
        shareout_paid=bool(share and share.paid),
        shareout_cash=share.paid_cash if share else 0,
        shareout_loan=share.paid_loan if share else 0,
        lines=lines,
        goals=goals,
        code=state_code(state),
        changes=state.applied,
        loans=loan_lines,
        fines_owed=position["fines_owed"].total,
    )
