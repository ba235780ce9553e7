"""Share-out: the cycle's savings plus its earnings, paid back in proportion to savings.

Earnings are the interest and fines paid into savings funds during the cycle. Each
member's weight is their savings in the cycle (shares times the share value, when
the group saves in shares, so this is proportion to shares). The pool is split in
whole minor units by largest remainder, ties broken by person id, so the payouts
add up exactly to the pool and every PC computes the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from ledger.finance.balances import Position, member_positions
from ledger.finance.books import Books
from ledger.ids import PersonId


@dataclass(frozen=True)
class ShareLine:
    member: PersonId
    savings: int
    shares: int
    payout: int
    """The member's part of the pool."""
    paid: int
    """Share-out already recorded for the member in this cycle."""
    loan: int
    """Loan principal still owed, usually settled from the payout."""

    @property
    def due(self) -> int:
        """What is still to be handed over, after paid share-outs and loans owed."""
        return self.payout - self.paid - self.loan


@dataclass(frozen=True)
class ShareOut:
    cycle_start: str | None
    cycle_end: str | None
    savings: int
    interest: int
    fines: int
    lines: list[ShareLine]

    @property
    def earnings(self) -> int:
        return self.interest + self.fines

    @property
    def pool(self) -> int:
        return self.savings + self.earnings


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


def _earnings(
    books: Books, since: str | None, until: str | None, confirmed_only: bool
) -> tuple[int, int]:
    """Interest and fines paid into savings funds between the two dates."""
    interest = fines = 0
    for entry in books.entries.values():
        if (since and entry.date < since) or (until and entry.date > until):
            continue
        if confirmed_only and not books.is_confirmed(entry):
            continue
        for line in entry.lines()[1]:
            if books.funds[line.fund].kind != "savings":
                continue
            if line.measure == "interest":
                interest += line.delta
            elif line.measure == "fines":
                fines += line.delta
    return interest, fines


def project(books: Books, *, day: str = "9999-12-31", confirmed_only: bool = True) -> ShareOut:
    """The share-out of the cycle in force on `day`, from what is recorded so far."""
    rules = books.rules.in_force(day)
    positions = member_positions(books, until=rules.cycle_end, since=rules.cycle_start)
    everything = member_positions(books)

    def value(position: Position, measure: str) -> int:
        balance = position[measure]
        return balance.confirmed if confirmed_only else balance.total

    savings = {m: value(p, "saved") for m, p in positions.items()}
    interest, fines = _earnings(books, rules.cycle_start, rules.cycle_end, confirmed_only)
    pool = sum(max(s, 0) for s in savings.values()) + interest + fines
    payouts = split(pool, savings)
    lines = [
        ShareLine(
            member,
            savings[member],
            value(positions[member], "shares"),
            payouts[member],
            value(positions[member], "paid_out"),
            value(everything[member], "loan") if member in everything else 0,
        )
        for member in sorted(positions)
        if savings[member] or positions[member]["paid_out"].total
    ]
    return ShareOut(
        rules.cycle_start,
        rules.cycle_end,
        sum(max(s, 0) for s in savings.values()),
        interest,
        fines,
        lines,
    )
