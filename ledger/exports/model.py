"""What an export shows, as plain immutable rows: the one input of every renderer.

Amounts are integers in minor units of `Report.currency`. Member names appear only
when the report was gathered with names (consent); otherwise `member` fields are None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ledger.exports.period import Period


@dataclass(frozen=True, slots=True)
class FundLine:
    fund: str
    name: str
    opening: int
    """Confirmed balance just before the range starts."""
    inflow: int
    """Confirmed money in during the range."""
    outflow: int
    """Confirmed money out during the range (a positive number)."""
    confirmed: int
    """Confirmed balance at the end of the range."""
    pending: int
    """Net effect of entries dated up to the range's end that are not confirmed yet."""


@dataclass(frozen=True, slots=True)
class EntryLine:
    entry: str
    day: dt.date
    type: str
    fund: str
    amount: int
    """As recorded (positive)."""
    effect: int
    """Signed effect on the fund's balance."""
    status: str
    """'confirmed' or 'pending'."""
    signoffs: int
    meeting: str | None
    member: str | None
    note: str | None
    reverses: str | None = None


@dataclass(frozen=True, slots=True)
class MonthLine:
    month: str
    """'YYYY-MM'."""
    fund: str
    member: str | None
    """None: all members together."""
    opening: int
    inflow: int
    outflow: int
    closing: int
    contributions: int
    pending: int


@dataclass(frozen=True, slots=True)
class MemberLine:
    """One member's standing at the end of the range (only with names)."""

    member: str
    savings: int
    """Still held for the member: saved less what share-out payouts handed back."""
    loans_outstanding: int
    fines: int
    pending: int
    paid_out: int = 0
    """Share-out paid to the member (cash and loan settled) by the range's end."""
    fines_owed: int = 0
    """Fines charged to the member and not paid by the range's end."""


@dataclass(frozen=True, slots=True)
class GoalLine:
    title: str
    scope: str
    """'group', the family's name with names, or 'families' for summed family goals."""
    status: str
    target: int | None
    target_date: dt.date | None
    progress: int
    fund: str | None


@dataclass(frozen=True, slots=True)
class MeetingLine:
    day: dt.date
    place: str
    present: int
    expected: int
    entries: int
    minutes_approved: bool

    @property
    def attendance(self) -> float | None:
        return None if self.expected == 0 else self.present / self.expected


@dataclass(frozen=True, slots=True)
class Indicators:
    """The figures savings-group funders compare groups by (as in the SAVIX)."""

    members_start: int
    members_end: int
    joined: int
    left: int
    savings: int
    """Members' confirmed net savings at the end of the range."""
    savings_in_range: int
    loans_outstanding: int
    loans_active: int
    loans_disbursed: int
    earnings: int
    """Interest and fines received in the range (confirmed)."""
    assets_start: int
    assets_end: int
    meetings: int
    attendance_rate: float | None

    @property
    def retention(self) -> float | None:
        """Share of the members at the start still members at the end."""
        if self.members_start == 0:
            return None
        return (self.members_start - self.left) / self.members_start

    @property
    def return_on_assets(self) -> float | None:
        """Earnings over the average of assets at the start and end of the range."""
        average = (self.assets_start + self.assets_end) / 2
        return None if average <= 0 else self.earnings / average

    @property
    def savings_per_member(self) -> int | None:
        return None if self.members_end == 0 else self.savings // self.members_end


@dataclass(frozen=True, slots=True)
class LoanLine:
    """One confirmed loan still owed (principal or interest) at the end of the range."""

    member: str | None
    """The borrower's name, only with names."""
    day: dt.date
    principal: int
    term: int
    """Months (0: the loan records no term)."""
    due: dt.date | None
    """The day the last installment falls due."""
    rate_bp: int | None
    """Monthly interest in basis points, as the constitution said on the loan's date."""
    method: str | None
    """'flat' (on the amount lent) or 'declining' (on the amount still owed)."""
    outstanding: int
    """Principal still owed."""
    interest_due: int
    """Interest charged and not paid."""
    arrears: int
    """Principal and interest of installments past their due day and not paid."""
    late_since: dt.date | None


@dataclass(frozen=True, slots=True)
class CashLine:
    """A group expense, or a cash shortage or surplus found at a witnessed count."""

    day: dt.date
    type: str
    """'expense', 'shortage' or 'surplus' (a reversal counts as the type it cancels)."""
    fund: str
    effect: int
    """Signed effect on the fund: negative for an expense or shortage."""
    status: str
    reversal: bool
    note: str | None
    """The entry's note, only with names."""


@dataclass(frozen=True, slots=True)
class PayoutLine:
    """A share-out payout recorded in the range: what was paid, not a projection."""

    member: str | None
    day: dt.date
    cash: int
    """Cash handed over (negative for a reversal)."""
    loan_settled: int
    """Loan principal deducted from the payout."""
    status: str


@dataclass(frozen=True, slots=True)
class CycleFigures:
    """The savings cycle's own figures: loans, fines owed, expenses, cash differences, payouts."""

    fines_owed: int
    """Fines charged and not paid at the end of the range (confirmed), all members."""
    members_owing_fines: int
    loans: tuple[LoanLine, ...]
    cash: tuple[CashLine, ...]
    payouts: tuple[PayoutLine, ...]

    def _cash_total(self, kind: str) -> int:
        return sum(c.effect for c in self.cash if c.type == kind and c.status == "confirmed")

    @property
    def expenses(self) -> int:
        """Confirmed group expenses in the range (a positive number)."""
        return -self._cash_total("expense")

    @property
    def shortages(self) -> int:
        return -self._cash_total("shortage")

    @property
    def surpluses(self) -> int:
        return self._cash_total("surplus")

    @property
    def loans_owed(self) -> int:
        return sum(x.outstanding for x in self.loans)

    @property
    def interest_due(self) -> int:
        return sum(x.interest_due for x in self.loans)

    @property
    def arrears(self) -> int:
        return sum(x.arrears for x in self.loans)

    @property
    def loans_in_arrears(self) -> int:
        return sum(1 for x in self.loans if x.arrears)

    @property
    def paid_cash(self) -> int:
        """Share-out cash handed over in the range (confirmed)."""
        return sum(p.cash for p in self.payouts if p.status == "confirmed")

    @property
    def paid_loans(self) -> int:
        """Loan principal settled from share-out payouts in the range (confirmed)."""
        return sum(p.loan_settled for p in self.payouts if p.status == "confirmed")


NO_CYCLE_FIGURES = CycleFigures(0, 0, (), (), ())


@dataclass(frozen=True, slots=True)
class GoalPart:
    """A line's part of a group goal's fund (`ledger.savings.districts.GoalShare`)."""

    title: str
    amount: int
    """Confirmed: what the line's members paid in net; on the total's line, the whole
    fund; on the line of money from no member, the fund less the members' money."""
    permille: int | None
    """The part's share of the fund, in thousandths rounded so that the lines add up to
    1000 (None while the fund holds nothing confirmed)."""


@dataclass(frozen=True, slots=True)
class DistrictLine:
    """One district's figures at the end of the range (or the members of no district's,
    or the total's): aggregates, never a member's own figures."""

    name: str
    """The district's name; "" for members of no district and for the total."""
    members: int
    contributed: int
    """Confirmed money the members paid in by the range's end, net of withdrawals."""
    contributed_in_range: int
    pending: int
    """Paid in by the range's end and not confirmed yet."""
    savings: int
    """Confirmed savings held for the members at the range's end."""
    loans_outstanding: int
    goals: tuple[GoalPart, ...]
    """Per group goal with a fund, the line's part of the fund and its share."""
    meetings: int
    """The district's own meetings in the range."""
    present: int
    """Attendance marks of the district's members at any meeting in the range: present,
    late or represented ..."""
    expected: int
    """... out of every mark."""
    total: bool = False
    other: bool = False
    """The line of the goal funds' money from no member (no members' figures)."""

    @property
    def attendance(self) -> float | None:
        """A ratio for display, not money."""
        return None if self.expected == 0 else self.present / self.expected

    @property
    def savings_per_member(self) -> int | None:
        return None if self.members == 0 else self.savings // self.members


@dataclass(frozen=True, slots=True)
class Report:
    group: str
    group_id: str
    currency: str
    period: Period
    generated: dt.datetime
    with_names: bool
    digest: str
    first_day: dt.date | None
    """The earliest entry date in the range (for labelling an open range)."""
    last_day: dt.date | None
    funds: tuple[FundLine, ...]
    entries: tuple[EntryLine, ...]
    months: tuple[MonthLine, ...]
    members: tuple[MemberLine, ...]
    goals: tuple[GoalLine, ...]
    meetings: tuple[MeetingLine, ...]
    indicators: Indicators
    witnessed: str = ""
    """How many of the group's PCs held this state or a later one (`ledger.store.receipts`)."""
    cycle: CycleFigures = NO_CYCLE_FIGURES
    districts: tuple[DistrictLine, ...] = ()
    """Per district (then members of no district, if any), in the order they were added;
    empty for a group without districts."""
    district_total: DistrictLine | None = None
    """The districts' total, which is the group's; its goal parts are the whole funds."""
    district_other: DistrictLine | None = None
    """The goal funds' money from no member (transfers, interest), shown between the
    districts and the total when some goal's fund has any."""
    district_word: str = "district"
    """What the group calls its districts."""

    @property
    def confirmed(self) -> int:
        return sum(f.confirmed for f in self.funds)

    @property
    def pending(self) -> int:
        return sum(f.pending for f in self.funds)

    def range_label(self) -> str:
        start = self.period.start or self.first_day
        end = self.period.end or self.last_day
        if start is None and end is None:
            return "no entries yet"
        return f"{start or '…'} to {end or '…'}"
