"""An independent reference model of one savings cycle, in plain integers.

Written from the rules in docs/savings-cycle.md, not from ledger/finance (it imports
nothing of it): the hypothesis tests run the same operations through the real actions
and through this model, and every figure must agree to the minor unit.

Each operation is a method returning None when the group would accept it, or the key
of the refusal (see `REFUSALS`: words the real refusal contains). A refused operation
changes nothing. To add a rule (interest due, fines owed), add its state to `Model`,
its operation as a method, and its effect on `shareout()` if it moves money.
"""

from __future__ import annotations

from dataclasses import dataclass, field

REFUSALS = {
    "suspended": "is suspended",
    "removed": "not a member",
    "below_zero": "below zero",
    "owes_less": "owe",
    "reversed": "already reversed",
    "paid": "already paid",
    "no_part": "no part",
    "unpaid": "the share-out comes first",
    "closed": "is closed",
}
"""Refusal key -> words the real refusal (in English) contains."""

FUNDS = ("savings", "social", "project")
"""The model's funds: the default savings fund, a social fund, a project fund."""


@dataclass
class Line:
    """What one entry did, kept so a reversal can undo exactly that."""

    kind: str
    member: str | None
    in_cycle: bool
    funds: dict[str, int] = field(default_factory=dict)
    saved: int = 0
    shares: int = 0
    loan: int = 0
    paid_out: int = 0
    reversed: bool = False
    closed: bool = False
    """Dated in a closed cycle: nothing may change it any more."""
    target: int | None = None
    """For a repayment: the line of the loan it repays (the oldest owed when recorded)."""


@dataclass
class Payout:
    member: str
    savings: int
    shares: int
    share: int
    loan: int
    net: int


@dataclass
class Model:
    share_value: int
    cash_unit: int = 1
    status: dict[str, str] = field(default_factory=dict)
    """member -> active / suspended / removed."""
    box: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FUNDS, 0))
    lines: list[Line] = field(default_factory=list)
    paid: dict[str, Payout] = field(default_factory=dict)

    # -- derived figures ----------------------------------------------------------------

    def _sum(self, attr: str, member: str | None = None, *, cycle_only: bool) -> int:
        return sum(
            getattr(x, attr)
            for x in self.lines
            if not x.reversed
            and (member is None or x.member == member)
            and (x.in_cycle or not cycle_only)
        )

    def saved(self, member: str) -> int:
        return self._sum("saved", member, cycle_only=True)

    def shares(self, member: str) -> int:
        return self._sum("shares", member, cycle_only=True)

    def owed(self, member: str) -> int:
        return self._sum("loan", member, cycle_only=False)

    def loans_of(self, member: str) -> dict[int, list[int]]:
        """The member's standing loans, oldest first: line -> [amount, principal repaid].

        A repayment repays the loan it named, or when that was reversed the oldest loan
        still owed; a share-out settles the oldest loans first."""
        loans: dict[int, list[int]] = {}
        for i, x in enumerate(self.lines):
            if x.reversed or x.member != member:
                continue
            if x.kind == "loan":
                loans[i] = [x.loan, 0]
            elif x.kind == "repayment" and loans:
                target = x.target
                if target not in loans:
                    owing = [j for j, (a, r) in loans.items() if a > r]
                    target = owing[0] if owing else list(loans)[-1]
                loans[target][1] -= x.loan
            elif x.kind == "payout" and x.loan:
                left = -x.loan
                for pair in loans.values():
                    take = min(left, pair[0] - pair[1])
                    if take > 0:
                        pair[1] += take
                        left -= take
        return loans

    def members_in_books(self) -> list[str]:
        return sorted({x.member for x in self.lines if x.member is not None})

    def shareout(self) -> tuple[int, list[Payout]]:
        """The pool and each member's payout, as the rules say."""
        pool = self.box["savings"] + sum(self.owed(m) for m in self.members_in_books())
        pool += self._sum("paid_out", cycle_only=True)
        pool = max(pool, 0)
        weights = {m: self.saved(m) for m in self.members_in_books()}
        total = sum(w for w in weights.values() if w > 0)
        parts = dict.fromkeys(weights, 0)
        if total and pool:
            remainders = []
            for m, w in weights.items():
                if w > 0:
                    parts[m], rest = divmod(pool * w, total)
                    remainders.append((-rest, m))
            left = pool - sum(parts.values())
            for _, m in sorted(remainders)[:left]:
                parts[m] += 1
        payouts = []
        for m in self.members_in_books():
            if not weights[m] and m not in self.paid:
                continue
            if m in self.paid:
                loan, net = self.paid[m].loan, self.paid[m].net
            else:
                loan = min(max(self.owed(m), 0), parts[m])
                net = (parts[m] - loan) // self.cash_unit * self.cash_unit
            payouts.append(Payout(m, weights[m], self.shares(m), parts[m], loan, net))
        return pool, payouts

    # -- operations -----------------------------------------------------------------------

    def _record(self, line: Line) -> None:
        for fund, delta in line.funds.items():
            self.box[fund] += delta
        self.lines.append(line)

    def _may_use(self, member: str, *, builds: bool) -> str | None:
        status = self.status.get(member)
        if status is None or status == "removed":
            return "removed"
        if builds and status == "suspended":
            return "suspended"
        return None

    def join(self, member: str) -> str | None:
        self.status[member] = "active"
        return None

    def set_status(self, member: str, status: str) -> str | None:
        if self.status.get(member) in (None, "removed"):
            return "removed"
        self.status[member] = status
        return None

    def buy_shares(self, member: str, shares: int, *, in_cycle: bool = True) -> str | None:
        why = self._may_use(member, builds=True)
        if why:
            return why
        amount = shares * self.share_value
        self._record(
            Line("shares", member, in_cycle, {"savings": amount}, saved=amount, shares=shares)
        )
        return None

    def deposit(self, member: str, amount: int, *, in_cycle: bool = True) -> str | None:
        """Savings without shares (e.g. before the cycle: carried forward, nobody's weight)."""
        why = self._may_use(member, builds=True)
        if why:
            return why
        self._record(Line("deposit", member, in_cycle, {"savings": amount}, saved=amount))
        return None

    def social(self, member: str, amount: int) -> str | None:
        why = self._may_use(member, builds=False)
        if why:
            return why
        self._record(Line("social", member, True, {"social": amount}))
        return None

    def lend(self, member: str, amount: int) -> str | None:
        why = self._may_use(member, builds=True)
        if why:
            return why
        if amount > self.box["savings"]:
            return "below_zero"
        self._record(Line("loan", member, True, {"savings": -amount}, loan=amount))
        return None

    def repay(self, member: str, principal: int, interest: int) -> str | None:
        why = self._may_use(member, builds=False)
        if why:
            return why
        owing = [(i, a - r) for i, (a, r) in self.loans_of(member).items() if a > r]
        target = owing[0][0] if owing else None
        if principal > (owing[0][1] if owing else self.owed(member)):
            return "owes_less"
        line = Line("repayment", member, True, {"savings": principal + interest}, loan=-principal)
        line.target = target
        self._record(line)
        return None

    def transfer(self, source: str, to: str, amount: int) -> str | None:
        if amount > self.box[source]:
            return "below_zero"
        self._record(Line("transfer", None, True, {source: -amount, to: amount}))
        return None

    def expense(self, fund: str, amount: int) -> str | None:
        if amount > self.box[fund]:
            return "below_zero"
        self._record(Line("expense", None, True, {fund: -amount}))
        return None

    def cash_count(self, counted: int) -> str | None:
        """A witnessed count of the savings box: a difference is booked as its own line."""
        difference = counted - self.box["savings"]
        if difference:
            self._record(Line("difference", None, True, {"savings": difference}))
        return None

    def standing(self) -> list[int]:
        """Indexes of the lines a person recorded that a reversal may cancel."""
        return [i for i, x in enumerate(self.lines) if x.kind not in ("difference", "payout")]

    def reverse(self, index: int) -> str | None:
        line = self.lines[index]
        if line.closed:
            return "closed"
        if line.reversed:
            return "reversed"
        line.reversed = True
        for fund, delta in line.funds.items():
            self.box[fund] -= delta
        return None

    def pay(self, member: str) -> str | None:
        if self.status.get(member) in (None, "removed"):
            return "removed"
        if member in self.paid:
            return "paid"
        _, payouts = self.shareout()
        mine = next((p for p in payouts if p.member == member), None)
        if mine is None or mine.net + mine.loan <= 0:
            return "no_part"
        if mine.net > self.box["savings"]:
            return "below_zero"
        self._record(
            Line(
                "payout",
                member,
                True,
                {"savings": -mine.net},
                loan=-mine.loan,
                paid_out=mine.net + mine.loan,
            )
        )
        self.paid[member] = mine
        return None

    def close(self) -> str | None:
        """Close the cycle: only once everyone with something to receive was paid."""
        _, payouts = self.shareout()
        if any(p.member not in self.paid and p.net + p.loan > 0 for p in payouts):
            return "unpaid"
        return None

    def next_cycle(self) -> None:
        """A new cycle starts from what the box holds; the old lines are closed."""
        for line in self.lines:
            line.in_cycle, line.closed = False, True
        self.paid = {}
