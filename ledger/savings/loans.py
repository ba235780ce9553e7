"""Loans: term, interest charged by the constitution's rule, repayments, schedule, arrears.

A loan records its term (months) and the interest rule in force on its date: a monthly
service charge of `rate_bp` basis points, either on the principal lent ('flat') or on
the principal still owed ('declining'). Month k of a loan (k = 1, 2, ...) starts on the
loan's date plus k-1 calendar months (the 31st becomes the month's last day); its charge
falls due on that day, computed on the principal owed at the end of that day, and is
payable by the day month k ends. A month starts only while principal is owed, so a loan
repaid in full stops costing interest, and a loan repaid on the day it was taken costs
none. A charge is rounded half up to the minor unit.

A repayment pays the interest due (charges fallen due before its date, less interest
already paid) first and principal with the rest; the split is computed when it is
recorded and checked again at replay. Everything here is computed from the entries.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from ledger.savings.books import Books, EntryId
from ledger.savings.entry import Entry
from ledger.savings.rules import Rules
from ledger.store.ids import PersonId
from ledger.store.words import QT_TRANSLATE_NOOP, Words, word

MAX_MONTHS = 600
"""Months of charges computed at most (a loan left unpaid for 50 years stops there)."""


def add_months(day: str, months: int) -> str:
    """`day` plus whole calendar months; a day past the month's end becomes its last day."""
    start = dt.date.fromisoformat(day)
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(start.day, last)).isoformat()


def charge_of(base: int, rate_bp: int) -> int:
    """One month's service charge on `base`, rounded half up to the minor unit."""
    return (base * rate_bp + 5_000) // 10_000


@dataclass(frozen=True)
class Charge:
    month: int
    """1 for the loan's first month."""
    day: str
    """The day the month starts and its charge falls due."""
    base: int
    """The principal charged on."""
    amount: int


@dataclass(frozen=True)
class Installment:
    """One month of the planned schedule: principal in equal parts, interest as planned."""

    month: int
    due: str
    principal: int
    interest: int


@dataclass(frozen=True)
class Repayment:
    id: EntryId
    date: str
    principal: int
    interest: int


@dataclass(frozen=True)
class Loan:
    """A loan as it stands on `day`, with its schedule and what was repaid."""

    id: EntryId
    member: PersonId
    date: str
    principal: int
    term: int
    rate_bp: int | None
    method: str | None
    day: str
    repayments: tuple[Repayment, ...]
    charges: tuple[Charge, ...]
    """The charges fallen due before `day`."""

    @property
    def repaid(self) -> int:
        return sum(r.principal for r in self.repayments)

    @property
    def outstanding(self) -> int:
        """Principal still owed."""
        return self.principal - self.repaid

    @property
    def interest_paid(self) -> int:
        return sum(r.interest for r in self.repayments)

    @property
    def interest_charged(self) -> int:
        return sum(c.amount for c in self.charges)

    @property
    def interest_due(self) -> int:
        """Interest charged before `day` and not paid yet."""
        return max(0, self.interest_charged - self.interest_paid)

    @property
    def due_date(self) -> str | None:
        """The day the last installment is due (None: the loan records no term)."""
        return add_months(self.date, self.term) if self.term else None

    def schedule(self) -> list[Installment]:
        """The plan: principal in `term` equal monthly parts (the rest in the last one) and
        the interest each month would cost if every part were paid on time."""
        if not self.term:
            return []
        part, rest = divmod(self.principal, self.term)
        owed = self.principal
        plan: list[Installment] = []
        for month in range(1, self.term + 1):
            base = self.principal if self.method != "declining" else owed
            interest = charge_of(base, self.rate_bp) if self.rate_bp else 0
            principal = part + (rest if month == self.term else 0)
            plan.append(Installment(month, add_months(self.date, month), principal, interest))
            owed -= principal
        return plan

    @property
    def arrears_principal(self) -> int:
        """Principal of installments due before `day` that is not repaid."""
        planned = sum(i.principal for i in self.schedule() if i.due < self.day)
        return max(0, planned - self.repaid)

    @property
    def arrears_interest(self) -> int:
        """Charges of months that ended before `day` and are not paid."""
        ended = sum(c.amount for c in self.charges if add_months(self.date, c.month) < self.day)
        return max(0, ended - self.interest_paid)

    @property
    def arrears(self) -> int:
        return self.arrears_principal + self.arrears_interest

    @property
    def late_since(self) -> str | None:
        """The due day of the oldest installment not fully repaid, when it has passed."""
        paid = self.repaid
        for installment in self.schedule():
            if paid >= installment.principal:
                paid -= installment.principal
                continue
            return installment.due if installment.due < self.day else None
        return None


def _charges(loan: Entry, repayments: list[Repayment], day: str) -> tuple[Charge, ...]:
    if not loan.rate_bp:
        return ()
    flat = loan.method != "declining"
    charges: list[Charge] = []
    for month in range(1, MAX_MONTHS + 1):
        start = add_months(loan.date, month - 1)
        if start >= day:
            break
        owed = loan.amount - sum(r.principal for r in repayments if r.date <= start)
        if owed <= 0:
            break
        base = loan.amount if flat else owed
        charges.append(Charge(month, start, base, charge_of(base, loan.rate_bp)))
    return tuple(charges)


def _stands(entry: Entry) -> bool:
    return entry.reversed_by is None and entry.type != "reversal"


def member_loans(books: Books, member: PersonId, day: str) -> list[Loan]:
    """The member's loans (oldest first) as they stand on `day`, reversed ones left out.

    A repayment that names no loan (recorded before loans were named) repays the oldest
    loan still owed when it was recorded; principal settled from a share-out repays the
    oldest loans first.
    """
    loans: dict[EntryId, Entry] = {}
    paid: dict[EntryId, list[Repayment]] = {}
    for entry in books.member_entries(member):
        if not _stands(entry):
            continue
        if entry.type == "loan":
            loans[entry.id] = entry
            paid[entry.id] = []
        elif entry.type == "repayment" and loans:
            target = entry.loan
            if target is None or target not in loans:
                owing = [
                    i for i, x in loans.items() if x.amount > sum(r.principal for r in paid[i])
                ]
                target = owing[0] if owing else next(reversed(loans))
            paid[target].append(Repayment(entry.id, entry.date, entry.amount, entry.interest))
        elif entry.type == "shareout" and entry.settles and loans:
            # loan principal deducted from the share-out: repaid, oldest loan first
            left = entry.settles
            for loan_id, loan in loans.items():
                take = min(left, loan.amount - sum(r.principal for r in paid[loan_id]))
                if take > 0:
                    paid[loan_id].append(Repayment(entry.id, entry.date, take, 0))
                    left -= take
    result = []
    for loan_id, loan in loans.items():
        repayments = sorted(paid[loan_id], key=lambda r: r.date)
        result.append(
            Loan(
                loan_id,
                member,
                loan.date,
                loan.amount,
                loan.term,
                loan.rate_bp,
                loan.method,
                day,
                tuple(repayments),
                _charges(loan, repayments, day),
            )
        )
    return result


def loan_on(books: Books, loan: EntryId, day: str) -> Loan | None:
    """One loan as it stands on `day`, or None when it is not a standing loan."""
    entry = books.entries.get(loan)
    if entry is None or entry.type != "loan" or entry.member is None:
        return None
    return next((x for x in member_loans(books, entry.member, day) if x.id == loan), None)


def repaying(books: Books, member: PersonId, day: str) -> Loan | None:
    """The loan a repayment on `day` repays by default: the oldest still owed (one given
    after that day is refused for it by `why_not`, in words)."""
    return next(
        (x for x in member_loans(books, member, day) if x.outstanding or x.interest_due), None
    )


def split(loan: Loan, total: int) -> tuple[int, int]:
    """(principal, interest) of a payment of `total`: interest due first, then principal."""
    interest = min(total, loan.interest_due) if loan.rate_bp else 0
    return total - interest, interest


def why_not(books: Books, entry: Entry, rules: Rules) -> str | None:
    """Why a loan or repayment breaks the loan rules in force on its date, or None."""
    on = Words(QT_TRANSLATE_NOOP("core", "by the rules in force on {date}"), date=entry.date)
    if entry.type == "loan":
        assert entry.member is not None
        if rules.interest_bp is not None and (
            entry.rate_bp != rules.interest_bp or entry.method != rules.method
        ):
            return Words(
                QT_TRANSLATE_NOOP("core", "a loan is charged {rate} per month, {method}, {on}"),
                rate=percent(rules.interest_bp),
                method=word(METHOD_WORDS, rules.method),
                on=on,
            )
        if rules.interest_bp is None and entry.rate_bp is not None:
            return Words(
                QT_TRANSLATE_NOOP("core", "the group has set no loan interest {on}"), on=on
            )
        if rules.interest_bp and not entry.term:
            return QT_TRANSLATE_NOOP("core", "a loan needs its term in months")
        if rules.one_loan and books.loan_owed(entry.member) > 0:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core", "a member repays a loan before taking another {on}; they owe {owed}"
                ),
                on=on,
                owed=books.money(books.loan_owed(entry.member)),
            )
        return None
    if entry.type != "repayment" or entry.loan is None:
        return None
    loan = loan_on(books, entry.loan, entry.date)
    if loan is None or loan.member != entry.member:
        return QT_TRANSLATE_NOOP("core", "the loan repaid is not a loan of this member")
    if entry.date < loan.date:
        return Words(
            QT_TRANSLATE_NOOP("core", "the loan was taken on {date}, after this repayment"),
            date=loan.date,
        )
    if entry.amount > loan.outstanding:
        return Words(
            QT_TRANSLATE_NOOP("core", "the loan's principal owed is {owed}; this repays {paid}"),
            owed=books.money(loan.outstanding),
            paid=books.money(entry.amount),
        )
    if loan.rate_bp is not None:
        principal, interest = split(loan, entry.total)
        if (principal, interest) != (entry.amount, entry.interest):
            return Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "a repayment pays the interest due ({interest}) first, then principal "
                    "({principal} here)",
                ),
                interest=books.money(loan.interest_due),
                principal=books.money(principal),
            )
    return None


def reversal_problem(books: Books, target: Entry) -> str | None:
    """Why a loan may not be reversed: repayments stand on it (reverse them first), so the
    principal owed never goes below zero."""
    if target.type != "loan" or target.member is None:
        return None
    loan = loan_on(books, target.id, target.date)
    if loan is not None and loan.repayments:
        return QT_TRANSLATE_NOOP(
            "core", "that loan has repayments: reverse them first, then the loan"
        )
    return None


METHOD_WORDS = {
    "flat": QT_TRANSLATE_NOOP("core", "on the amount lent"),
    "declining": QT_TRANSLATE_NOOP("core", "on the amount still owed"),
}
"""How a loan's interest is charged, as words a front end translates."""


def percent(rate_bp: int) -> str:
    """Basis points as a percentage in plain digits ('2.5 %'), without any float."""
    whole, rest = divmod(rate_bp, 100)
    return f"{whole}.{rest:02d}".rstrip("0").rstrip(".") + " %"
