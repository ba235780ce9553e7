"""The group's money rolled up by district: what each district's members saved and
contributed, their share of each goal, and the total, which is the group's.

A member's money counts for the district the member belongs to now (a member who moves
takes their history along); members of no district are rolled up as one row of their
own (`district` None), so the rows always add up to the group. Everything is
recomputed from the entries, confirmed and pending apart, like `ledger.savings.balances`.

A district's share of a goal is `Rollup.goal_share`, the one definition every front end
and export shows (docs/money-rules.md, "Districts' shares of a goal"): the whole is the
goal fund's balance; each district's part is what its members paid in, and the money
that came in from no member (transfers, interest, spending) is a part of its own, so
the parts add up to the fund and their shares to 100 %.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ledger.savings.balances import Balance, Position, fund_balances, member_positions
from ledger.savings.books import Books, FundId, GoalId
from ledger.store.ids import DistrictId, PersonId
from ledger.store.membership import Member, Membership, Status


@dataclass
class DistrictFigures:
    """One district's figures (or the total's, or the members in no district's)."""

    district: DistrictId | None
    name: str
    """The district's name ("" for members in no district and for the total)."""
    retired: bool = False
    members: int = 0
    """Members (families) not removed."""
    persons: int = 0
    """Persons who may sign: each member, and the persons who sign for a family."""
    contributed: Balance = field(default_factory=Balance)
    """Net money the members paid into any fund (contributions less withdrawals)."""
    saved: Balance = field(default_factory=Balance)
    """Net money in savings funds, as `member_positions`' 'saved'."""
    shares: Balance = field(default_factory=Balance)
    loan: Balance = field(default_factory=Balance)
    """Loan principal outstanding."""
    by_fund: dict[FundId, Balance] = field(default_factory=dict)
    """Net money paid in, per fund."""
    goals: dict[GoalId, Balance] = field(default_factory=dict)
    """Net money the members paid into each goal's fund: the district's share of it."""

    def _count(self, member: Member) -> None:
        if member.status != Status.REMOVED:
            self.members += 1
            self.persons += 1 + len(member.household)

    def _add(self, other: DistrictFigures) -> None:
        self.members += other.members
        self.persons += other.persons
        for mine, theirs in (
            (self.contributed, other.contributed),
            (self.saved, other.saved),
            (self.shares, other.shares),
            (self.loan, other.loan),
        ):
            mine.confirmed += theirs.confirmed
            mine.pending += theirs.pending
        for fund, value in other.by_fund.items():
            _plus(self.by_fund.setdefault(fund, Balance()), value)
        for goal, value in other.goals.items():
            _plus(self.goals.setdefault(goal, Balance()), value)

    def is_empty(self) -> bool:
        """No members and no money (a retired district's row, or no one outside districts)."""
        balances = [self.contributed, self.saved, self.shares, self.loan]
        balances += self.by_fund.values()
        return not self.members and not any(b.confirmed or b.pending for b in balances)


@dataclass
class Rollup:
    """Every district's figures, in the order the districts were added, then members in
    no district (only when there are some, or money of theirs), and the total."""

    rows: list[DistrictFigures]
    total: DistrictFigures
    goal_funds: dict[GoalId, Balance]
    """Each goal with a fund: the fund's balance over the roll-up's dates (its confirmed
    part at today's date is the goal's progress). Money that came into a goal's fund from
    no member (a transfer, interest) is in here but in no row: see `goal_share`."""

    def row(self, district: DistrictId | None) -> DistrictFigures:
        for row in self.rows:
            if row.district == district:
                return row
        raise KeyError(district)

    def goal_share(self, goal: GoalId) -> GoalShare | None:
        """The goal's fund split by whose money it is (None: the goal has no fund)."""
        fund = self.goal_funds.get(goal)
        if fund is None:
            return None
        parts = tuple(row.goals.get(goal, Balance()) for row in self.rows)
        other = Balance(
            fund.confirmed - sum(p.confirmed for p in parts),
            fund.pending - sum(p.pending for p in parts),
        )
        permille = None
        if fund.confirmed > 0:
            permille = tuple(
                shares_of([*(p.confirmed for p in parts), other.confirmed], fund.confirmed)
            )
        return GoalShare(goal, fund, parts, other, permille)


@dataclass(frozen=True)
class GoalShare:
    """A goal's fund split into the districts' parts and the money from no member.

    `by_row` follows `Rollup.rows`; `other` is the fund less the rows (transfers in,
    interest; below zero when money left the fund otherwise than to a member, e.g. spent
    on the goal). The parts add up to `fund`, confirmed and pending apart."""

    goal: GoalId
    fund: Balance
    """The goal fund's balance: the whole."""
    by_row: tuple[Balance, ...]
    """What each row's members paid into the fund, net of what they took out."""
    other: Balance
    """The fund's money from no member."""
    permille: tuple[int, ...] | None
    """Each row's confirmed share of the fund's confirmed balance, then `other`'s, in
    thousandths rounded to add up to 1000 (`shares_of`); None while the fund's confirmed
    balance is not above zero."""

    @property
    def shows_other(self) -> bool:
        """Whether the money from no member gets a row of its own (it is not zero)."""
        return bool(self.other.confirmed or self.other.pending)


def rollup(
    books: Books,
    membership: Membership,
    *,
    until: str | None = None,
    since: str | None = None,
    include_retired: bool = False,
) -> Rollup:
    """The roll-up by district; `since`/`until` limit by entry date, as `member_positions`.
    Retired districts are left out unless `include_retired` or they still hold money of a
    (removed) member."""
    rows: dict[DistrictId | None, DistrictFigures] = {
        d.id: DistrictFigures(d.id, d.name, d.retired) for d in membership.districts.values()
    }
    rows[None] = DistrictFigures(None, "")

    def row_of(person: PersonId) -> DistrictFigures:
        member = membership.members.get(person)
        district = member.district if member is not None else None
        return rows[district if district in rows else None]

    for member in membership.members.values():
        row_of(member.person)._count(member)
    goal_funds: dict[FundId, list[GoalId]] = {}
    for gid, goal in books.goals.items():
        if goal.fund is not None:
            goal_funds.setdefault(goal.fund, []).append(gid)
    for person, position in _positions(books, until, since).items():
        row = row_of(person)
        for fund, balance in position.saved_by_fund.items():
            _plus(row.by_fund.setdefault(fund, Balance()), balance)
            _plus(row.contributed, balance)
            for gid in goal_funds.get(fund, ()):
                _plus(row.goals.setdefault(gid, Balance()), balance)
        _plus(row.saved, position["saved"])
        _plus(row.shares, position["shares"])
        _plus(row.loan, position["loan"])
    shown = [
        row
        for key, row in rows.items()
        if key is not None and (include_retired or not row.retired or not row.is_empty())
    ]
    if not rows[None].is_empty():
        shown.append(rows[None])
    total = DistrictFigures(None, "")
    for row in rows.values():
        total._add(row)
    funds = fund_balances(books, until, since)
    goal_fund = {
        gid: funds.get(g.fund, Balance())
        for gid, g in books.goals.items()
        if g.fund is not None and g.fund in books.funds
    }
    return Rollup(shown, total, goal_fund)


def _positions(books: Books, until: str | None, since: str | None) -> dict[PersonId, Position]:
    """Each member's position: from the books' running totals when no date limits it (a
    cached state then opens without reading its entries), else from the entries."""
    totals = books.member_totals() if until is None and since is None else None
    if totals is None:
        return member_positions(books, until, since)
    result: dict[PersonId, Position] = {}
    for (member, measure, fund), (confirmed, book) in totals.items():
        position = result.setdefault(member, Position())
        balance = Balance(confirmed, book - confirmed)
        if measure == "saved":
            _plus(position.saved_by_fund.setdefault(fund, Balance()), balance)
            if books.funds[fund].kind != "savings":
                continue
        _plus(position.measures[measure], balance)
    return result


def _plus(into: Balance, value: Balance) -> None:
    into.confirmed += value.confirmed
    into.pending += value.pending


def shares_of(parts: Sequence[int], whole: int, scale: int = 1000) -> list[int]:
    """Each part's share of `whole` in 1/`scale` units (thousandths by default), so that
    shown shares add up: each is its exact share rounded down or up, and together they
    make the parts' exact share rounded (`scale` exactly when the parts make the whole).
    Largest remainders get the units left over (ties: the earlier part); integers only.
    """
    if whole <= 0:
        raise ValueError("shares of a whole that is not positive")
    floors = [part * scale // whole for part in parts]
    remainders = [part * scale - floor * whole for part, floor in zip(parts, floors, strict=True)]
    target = (2 * sum(parts) * scale + whole) // (2 * whole)  # half up
    extra = target - sum(floors)
    for index in sorted(range(len(parts)), key=lambda i: -remainders[i])[:extra]:
        floors[index] += 1
    return floors
