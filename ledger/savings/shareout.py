"""Share-out: what the savings and loan funds really hold, paid back in proportion to savings.

The pool is what the shared funds hold for the cycle: the cash in the box (every entry
up to the cycle's end, so what an earlier cycle carried forward is in it), plus the
loans still outstanding (each is deducted from its borrower's payout), plus what was
already paid out this cycle (so a projection after some payouts stays right).
Transfers out, expenses and shortages therefore lower it; interest and fines raise it.

Each member's part is pool x their savings this cycle / everyone's savings this cycle,
in whole minor units by largest remainder (ties: person id), so the parts add up to
the pool on every PC. A constitution's `cash_unit` rounds each cash payout down to a
coin or note; what rounding leaves stays in the box and is carried forward. The social
fund is not shared out unless the constitution's `shareout_social` says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from ledger.savings.books import Books
from ledger.savings.entry import Entry
from ledger.savings.fines import owed as fines_owed
from ledger.savings.loans import member_loans
from ledger.savings.rules import Rules
from ledger.store.ids import PersonId

SHARED_KINDS = frozenset({"savings", "loan"})
"""Fund kinds whose money belongs to the savers at the share-out."""


@dataclass(frozen=True)
class ShareLine:
    member: PersonId
    savings: int
    """Saved in savings funds this cycle: the member's weight."""
    shares: int
    share: int
    """The member's part of the pool."""
    loan: int
    """Loan principal deducted from the part (at most the part)."""
    net: int
    """Cash to hand over: the part less the loan, rounded down to the cash unit."""
    paid: bool
    """A share-out payout is recorded for the member in this cycle."""
    paid_cash: int
    """Cash recorded as handed over (0 until paid)."""
    paid_loan: int
    """Loan recorded as settled from the payout (0 until paid)."""

    @property
    def profit(self) -> int:
        return self.share - self.savings

    @property
    def due(self) -> int:
        """Cash still to be handed over."""
        return 0 if self.paid else self.net


@dataclass(frozen=True)
class ShareOut:
    cycle_start: str | None
    cycle_end: str | None
    cash: int
    """Money the shared funds hold (the box) up to the cycle's end."""
    loans: int
    """Loan principal outstanding in the shared funds."""
    paid_out: int
    """Share-out already paid this cycle (cash and loans settled)."""
    savings: int
    """Everyone's savings this cycle (the weights)."""
    shares: int
    cash_unit: int
    lines: list[ShareLine]

    @property
    def pool(self) -> int:
        return max(self.cash + self.loans + self.paid_out, 0)

    @property
    def profit(self) -> int:
        """What the pool holds beyond the savings: interest and fines less what left."""
        return self.pool - self.savings

    @property
    def carried(self) -> int:
        """What stays in the box for the next cycle: rounding remainders."""
        return sum(x.share - x.loan - x.net for x in self.lines if not x.paid) + sum(
            x.share - x.paid_loan - x.paid_cash for x in self.lines if x.paid
        )

    @property
    def value_per_share(self) -> int | None:
        """The pool per share bought this cycle, to the nearest minor unit."""
        if not self.shares:
            return None
        return (2 * self.pool + self.shares) // (2 * self.shares)


def split(pool: int, weights: dict[PersonId, int]) -> dict[PersonId, int]:
    """`pool` in whole units, proportional to the positive weights, summing to `pool`."""
    positive = {p: w for p, w in weights.items() if w > 0}
    total = sum(positive.values())
    if total == 0 or pool <= 0:
        return dict.fromkeys(weights, 0)
    parts = {p: pool * w // total for p, w in positive.items()}
    rest = pool - sum(parts.values())
    by_remainder = sorted(positive, key=lambda p: (-(pool * positive[p] % total), p))
    for person in by_remainder[:rest]:
        parts[person] += 1
    return {p: parts.get(p, 0) for p in weights}


def shared_kinds(rules: Rules) -> frozenset[str]:
    return SHARED_KINDS | ({"social"} if rules.shareout_social else set())


def payouts_in_cycle(books: Books, member: PersonId, rules: Rules) -> list[Entry]:
    """The member's share-out payouts dated in the cycle of `rules` that stand (not reversed)."""
    return [
        e
        for e in books.member_entries(member)
        if e.type == "shareout" and e.reversed_by is None and rules.in_cycle(e.date)
    ]


def dues(books: Books, member: PersonId, day: str) -> tuple[int, int]:
    """(loan interest due on `day`, fines owed charged by `day`) of a member: debts other
    than loan principal, which a share-out payout does not settle, so the member pays
    them before their payout (see `ledger.savings.entries`)."""
    interest = sum(x.interest_due for x in member_loans(books, member, day))
    fines = sum(e.amount for e in fines_owed(books, member) if e.date <= day)
    return interest, fines


def project(books: Books, *, day: str = "9999-12-31", confirmed_only: bool = True) -> ShareOut:
    """The share-out of the cycle in force on `day`, from what is recorded so far."""
    rules = books.rules.in_force(day)
    start, end = rules.cycle_start, rules.cycle_end
    kinds = shared_kinds(rules)
    cash = paid_out = 0
    saved: dict[PersonId, int] = {}
    shares: dict[PersonId, int] = {}
    owed: dict[PersonId, int] = {}
    for entry in books.entries.values():
        if end is not None and entry.date > end:
            continue
        if confirmed_only and not books.is_confirmed(entry):
            continue
        in_cycle = start is None or entry.date >= start
        fund_lines, member_lines = entry.lines()
        cash += sum(x.delta for x in fund_lines if books.funds[x.fund].kind in kinds)
        for x in member_lines:
            kind = books.funds[x.fund].kind
            if x.measure == "loan" and kind in kinds:
                owed[x.member] = owed.get(x.member, 0) + x.delta
            elif not in_cycle:
                continue
            elif x.measure == "paid_out" and kind in kinds:
                paid_out += x.delta
            elif x.measure == "saved" and kind == "savings":
                saved[x.member] = saved.get(x.member, 0) + x.delta
            elif x.measure == "shares" and kind == "savings":
                shares[x.member] = shares.get(x.member, 0) + x.delta
    loans = sum(owed.values())
    pool = max(cash + loans + paid_out, 0)
    parts = split(pool, saved)
    unit = rules.cash_unit or 1
    lines = []
    for member in sorted(books.by_member):
        recorded = payouts_in_cycle(books, member, rules)
        if not (saved.get(member) or recorded):
            continue
        share = parts.get(member, 0)
        loan = min(max(owed.get(member, 0), 0), share)
        net = (share - loan) // unit * unit
        paid_cash = sum(e.amount for e in recorded)
        paid_loan = sum(e.settles for e in recorded)
        if recorded:
            loan, net = paid_loan, paid_cash
        lines.append(
            ShareLine(
                member,
                saved.get(member, 0),
                shares.get(member, 0),
                share,
                loan,
                net,
                bool(recorded),
                paid_cash,
                paid_loan,
            )
        )
    return ShareOut(
        start,
        end,
        cash,
        loans,
        paid_out,
        sum(max(v, 0) for v in saved.values()),
        sum(max(v, 0) for v in shares.values()),
        unit,
        lines,
    )


def savings_returned(
    books: Books, until: str | None = None, *, confirmed: bool = True
) -> dict[PersonId, int]:
    """Per member: the savings their share-out payouts handed back, dated up to `until`.

    A payout returns the member's savings of its cycle (what they saved in it up to the
    payout); the rest of it was profit. Reports subtract this from the savings still
    held, so after the share-out they show what was paid, not savings as if nothing was.
    """
    out: dict[PersonId, int] = {}
    for member in books.by_member:
        mine = books.member_entries(member)
        for payout in mine:
            if payout.type != "shareout" or payout.reversed_by is not None:
                continue
            if (until is not None and payout.date > until) or (
                confirmed and not books.is_confirmed(payout)
            ):
                continue
            rules = books.rules.in_force(payout.date)
            saved = sum(
                x.delta
                for e in mine
                if rules.in_cycle(e.date)
                and e.date <= payout.date
                and (not confirmed or books.is_confirmed(e))
                for x in e.lines()[1]
                if x.measure == "saved" and books.funds[x.fund].kind == "savings"
            )
            out[member] = out.get(member, 0) + max(saved, 0)
    return out
