"""An independent model of loan interest and the fine schedule, in plain integers.

Written from the treasurer's rules (docs/savings-cycle.md, docs/money-rules.md), not
from `ledger.savings`, which it must not import: the hypothesis tests compare the two.
It is kept apart from the cycle model (reference_model.py) so the two merge easily.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field


def month_later(day: str, months: int) -> str:
    d = dt.date.fromisoformat(day)
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1])).isoformat()


@dataclass
class LoanModel:
    principal: int
    day: str
    rate_bp: int
    declining: bool
    term: int
    paid: list[tuple[str, int, int]] = field(default_factory=list)
    """(day, principal, interest) of each repayment, in the order recorded."""

    def _owed_after(self, day: str) -> int:
        return self.principal - sum(p for d, p, _ in self.paid if d <= day)

    def charges_before(self, day: str) -> list[tuple[int, str, int]]:
        """(month, start day, charge) of each month started before `day`."""
        out = []
        month = 1
        while month <= 600:
            start = month_later(self.day, month - 1)
            if start >= day:
                break
            owed = self._owed_after(start)
            if owed <= 0:
                break
            base = owed if self.declining else self.principal
            out.append((month, start, (base * self.rate_bp + 5000) // 10000))
            month += 1
        return out

    def interest_due(self, day: str) -> int:
        charged = sum(c for _, _, c in self.charges_before(day))
        return max(0, charged - sum(i for _, _, i in self.paid))

    def outstanding(self) -> int:
        return self.principal - sum(p for _, p, _ in self.paid)

    def pay(self, day: str, total: int) -> tuple[int, int]:
        interest = min(total, self.interest_due(day))
        principal = total - interest
        self.paid.append((day, principal, interest))
        return principal, interest

    def arrears(self, day: str) -> int:
        part = self.principal // self.term
        planned = 0
        for k in range(1, self.term + 1):
            due = month_later(self.day, k)
            if due < day:
                planned += part if k < self.term else self.principal - part * (self.term - 1)
        principal_late = max(0, planned - sum(p for _, p, _ in self.paid))
        ended = sum(c for k, _, c in self.charges_before(day) if month_later(self.day, k) < day)
        interest_late = max(0, ended - sum(i for _, _, i in self.paid))
        return principal_late + interest_late


def schedule_in_force(versions: list[tuple[str, dict[str, int]]], day: str) -> dict[str, int]:
    """The fine schedule on `day`: versions by date (ties in order), one fine at a time."""
    schedule: dict[str, int] = {}
    for _, fines in sorted(((d, f) for d, f in versions if d <= day), key=lambda v: v[0]):
        for name, amount in fines.items():
            if amount:
                schedule[name] = amount
            else:
                schedule.pop(name, None)
    return schedule
