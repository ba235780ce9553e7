"""An independent reference model of one savings cycle, in plain integers.

Written from the rules in docs/savings-cycle.md, not from ledger/savings (it imports
nothing of it): the hypothesis tests run the same operations through the real actions
and through this model, and every figure must agree to the minor unit.

Each operation is a method returning None when the group would accept it, or the key
of the refusal (see `REFUSALS`: words the real refusal contains). A refused operation
changes nothing. To add a rule, add its state to `Model`, its operation as a method,
and its effect on `shareout()` if it moves money.

Loans carry the constitution's interest (`rate_bp` a month, flat or declining): each loan
is a `LoanModel` (loan_model.py, written from the same rules), a repayment is the money
handed over, interest due first. Fines come from the schedule (`fines`): paid at once, or
owed (a charge) and paid later; a paid charge, or a loan with repayments, cannot be
reversed before its payments are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.ledger.savings.loan_model import LoanModel

REFUSALS = {
    "suspended": "is suspended",
    "removed": "not a member",
    "below_zero": "below zero",
    "owes_less": "owes",
    "reversed": "already reversed",
    "paid": "already paid",
    "no_part": "no part",
    "unpaid": "the share-out comes first",
    "closed": "is closed",
    "loan_owes": "principal owed is",
    "loan_repaid": "has repayments",
    "charge_paid": "reverse its payment first",
    "dues": "before their share-out",
    "before_join": "joined the group on",
    "join_unchanged": "already: nothing to change",
    "join_after_entry": "the join day cannot be after it",
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
    """Dated on or before a closed cycle's end: nothing may change it any more."""
    fines_owed: int = 0
    loan_model: LoanModel | None = None
    """The loan a loan line gave, or a repayment line repaid."""
    repaid: tuple[str, int, int] | None = None
    """A repayment's (day, principal, interest), as kept by its loan."""
    fine: str = ""
    pays: int | None = None
    """A fine payment: the index of the charge it pays."""
    paid_by: int | None = None
    """A charge: the index of the payment that paid it."""
    day: str = ""
    """The day the entry is dated (`Model.today` when it was recorded)."""


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
    rate_bp: int = 0
    declining: bool = False
    fines: dict[str, int] = field(default_factory=dict)
    loans: dict[str, list[LoanModel]] = field(default_factory=dict)
    """member -> their standing loans, oldest first."""
    status: dict[str, str] = field(default_factory=dict)
    """member -> active / suspended / removed."""
    box: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FUNDS, 0))
    lines: list[Line] = field(default_factory=list)
    paid: dict[str, Payout] = field(default_factory=dict)
    joined: dict[str, str] = field(default_factory=dict)
    """member -> the day they joined, when it was said (a member added later in the cycle)
    or corrected."""
    today: str = ""
    """The day the operation at hand is dated (the caller sets it); lines keep it."""

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
        line.day = self.today
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

    def join(self, member: str, day: str | None = None) -> str | None:
        self.status[member] = "active"
        if day is not None:
            self.joined[member] = day
        return None

    def before_join(self, member: str | None, day: str) -> str | None:
        """Nothing is recorded for a member on a day before the day they joined (checked
        first). A record a peer signed anyway still counts (see `deposit`)."""
        if member is not None and day < self.joined.get(member, day):
            return "before_join"
        return None

    def early(self) -> list[int]:
        """Indexes of the standing lines dated before their member's join day: they count
        (a peer signed them, or a later correction moved the day past them)."""
        return [
            i
            for i, x in enumerate(self.lines)
            if x.member is not None and not x.reversed and x.day < self.joined.get(x.member, "")
        ]

    def correct_join(self, member: str, day: str) -> str | None:
        """The council corrects a member's join day (a removed member's too: their records
        stay theirs). Not to the day it is already, nor after a standing line of theirs:
        that line would be left before it."""
        if self.joined.get(member) == day:
            return "join_unchanged"
        first = min((x.day for x in self.lines if x.member == member and not x.reversed),
                    default=None)  # fmt: skip
        if first is not None and first < day:
            return "join_after_entry"
        self.joined[member] = day
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

    def lend(self, member: str, amount: int, day: str = "2025-01-01", term: int = 1) -> str | None:
        why = self._may_use(member, builds=True)
        if why:
            return why
        if amount > self.box["savings"]:
            return "below_zero"
        loan = LoanModel(amount, day, self.rate_bp, self.declining, term)
        self.loans.setdefault(member, []).append(loan)
        self._record(
            Line("loan", member, True, {"savings": -amount}, loan=amount, loan_model=loan)
        )
        return None

    def repay_total(self, member: str, total: int, day: str) -> str | None:
        """A repayment of `total`: the oldest loan still owing, interest due first."""
        why = self._may_use(member, builds=False)
        if why:
            return why
        target = next(
            (x for x in self.loans.get(member, []) if x.outstanding() or x.interest_due(day)),
            None,
        )
        if target is None:
            return self.repay(member, total, 0)
        interest = min(total, target.interest_due(day))
        principal = total - interest
        if principal > self.owed(member):
            return "owes_less"
        if principal > target.outstanding():
            return "loan_owes"
        target.paid.append((day, principal, interest))
        self._record(
            Line("repayment", member, True, {"savings": total}, loan=-principal,
                 loan_model=target, repaid=(day, principal, interest))
        )  # fmt: skip
        return None

    def interest_paid(self, member: str) -> int:
        return sum(i for x in self.loans.get(member, []) for _, _, i in x.paid)

    def loan_figures(self, member: str, day: str) -> list[tuple[int, int]]:
        """(principal still owed, interest due on `day`) of each standing loan."""
        return [(x.outstanding(), x.interest_due(day)) for x in self.loans.get(member, [])]

    # -- fines ----------------------------------------------------------------------------

    def pay_fine(self, member: str, name: str) -> str | None:
        """A fine of the schedule paid at once."""
        why = self._may_use(member, builds=False)
        if why:
            return why
        amount = self.fines[name]
        self._record(Line("fine", member, True, {"savings": amount}, fine=name))
        return None

    def charge(self, member: str, name: str) -> str | None:
        """A fine of the schedule owed: no money moves."""
        why = self._may_use(member, builds=False)
        if why:
            return why
        self._record(Line("charge", member, True, fines_owed=self.fines[name], fine=name))
        return None

    def owed_charges(self, member: str) -> list[int]:
        """Indexes of the member's charges not paid, oldest first."""
        return [
            i
            for i, x in enumerate(self.lines)
            if x.kind == "charge" and x.member == member and not x.reversed and x.paid_by is None
        ]

    def pay_charge(self, member: str, index: int) -> str | None:
        why = self._may_use(member, builds=False)
        if why:
            return why
        charge = self.lines[index]
        amount = charge.fines_owed
        self._record(
            Line("fine", member, True, {"savings": amount}, fines_owed=-amount,
                 fine=charge.fine, pays=index)
        )  # fmt: skip
        charge.paid_by = len(self.lines) - 1
        return None

    def fines_owed(self, member: str) -> int:
        return self._sum("fines_owed", member, cycle_only=False)

    def repay(self, member: str, principal: int, interest: int) -> str | None:
        why = self._may_use(member, builds=False)
        if why:
            return why
        if principal > self.owed(member):
            return "owes_less"
        self._record(
            Line("repayment", member, True, {"savings": principal + interest}, loan=-principal)
        )
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
        if line.kind == "charge" and line.paid_by is not None:
            return "charge_paid"
        if line.kind == "loan" and line.loan_model is not None and line.loan_model.paid:
            return "loan_repaid"
        line.reversed = True
        if line.kind == "loan" and line.loan_model is not None and line.member is not None:
            self.loans[line.member].remove(line.loan_model)
        if line.repaid is not None and line.loan_model is not None:
            line.loan_model.paid.remove(line.repaid)
        if line.pays is not None:
            self.lines[line.pays].paid_by = None
        for fund, delta in line.funds.items():
            self.box[fund] -= delta
        return None

    def dues(self, member: str, day: str) -> int:
        """Interest due on `day` and fines owed: the member pays them before their payout."""
        return sum(x.interest_due(day) for x in self.loans.get(member, [])) + self.fines_owed(
            member
        )

    def pay(self, member: str, day: str = "2025-12-31") -> str | None:
        """A payout on `day`: refused while the member owes interest or fines; loan principal
        is deducted (at most the member's part; the rest stays owed)."""
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
        if self.dues(member, day):
            return "dues"
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
        left = mine.loan
        for loan in self.loans.get(member, []):
            take = min(left, loan.outstanding())
            if take > 0:
                loan.paid.append((day, take, 0))
                left -= take
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
