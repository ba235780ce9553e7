"""One ledger entry and its signed effect: on fund balances (`FundLine`) and on the
member's position (`MemberLine`). Plain data; `ledger.savings.books` keeps them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ledger.savings.records import EntryId, FundId, MeetingId
    from ledger.store.ids import PersonId

__all__ = ["NO_LINES", "Entry", "FundLine", "MemberLine"]


@dataclass(frozen=True, slots=True)
class FundLine:
    fund: FundId
    delta: int


@dataclass(frozen=True, slots=True)
class MemberLine:
    member: PersonId
    measure: str
    fund: FundId
    delta: int


NO_LINES: tuple[tuple[FundLine, ...], tuple[MemberLine, ...]] = ((), ())


@dataclass(slots=True)
class Entry:
    """One recorded movement of money; never edited, cancelled only by a reversal."""

    id: EntryId
    type: str
    fund: FundId
    amount: int
    """Positive; for a repayment, the principal part (the interest is apart)."""
    date: str
    recorder: PersonId
    order: int
    """Position in the replay order of entries (0, 1, 2, ...)."""
    member: PersonId | None = None
    note: str = ""
    meeting: MeetingId | None = None
    shares: int = 0
    interest: int = 0
    to_fund: FundId | None = None
    fine: str | None = None
    reverses: EntryId | None = None
    reversed_by: EntryId | None = None
    term: int = 0
    """A loan's term in months (0: none recorded)."""
    rate_bp: int | None = None
    """A loan's monthly interest in basis points, as the constitution said on its date."""
    method: str | None = None
    """A loan's interest method ('flat' or 'declining'), as the constitution said."""
    loan: EntryId | None = None
    """The loan a repayment repays (older repayments name none: the oldest loan owed)."""
    charge: EntryId | None = None
    """The owed fine (a 'charge' entry) a fine payment settles."""
    settles: int = 0
    """For a share-out: loan principal deducted from the payout (no cash moves for it)."""
    signers: set[PersonId] = field(default_factory=set)
    confirmed: bool = False
    """Set during replay when the quorum in force was reached (never unset)."""
    base: tuple[tuple[FundLine, ...], tuple[MemberLine, ...]] = NO_LINES
    """The lines of the cancelled entry, for a reversal."""
    _lines: tuple[tuple[FundLine, ...], tuple[MemberLine, ...]] | None = field(
        default=None, repr=False, compare=False
    )

    def plain(self) -> list[Any]:
        """The entry as plain values, for the group's digest (peers must agree on it)."""
        return [
            self.id,
            self.order,
            self.type,
            self.fund,
            self.to_fund,
            self.member,
            self.amount,
            self.shares,
            self.interest,
            self.date,
            self.note,
            self.meeting,
            self.recorder,
            self.fine,
            self.reverses,
            self.reversed_by,
            self.term,
            self.rate_bp,
            self.method,
            self.loan,
            self.charge,
            self.settles,
            sorted(self.signers),
            self.confirmed,
        ]

    @property
    def total(self) -> int:
        """Money that changed hands: for a repayment, principal plus interest."""
        return self.amount + self.interest

    def lines(self) -> tuple[tuple[FundLine, ...], tuple[MemberLine, ...]]:
        """The signed effect on fund balances and on the member's position (cached)."""
        if self._lines is None:
            self._lines = self._compute_lines()
        return self._lines

    def _compute_lines(self) -> tuple[tuple[FundLine, ...], tuple[MemberLine, ...]]:
        if self.type == "reversal":
            funds, members = self.base
            return (
                tuple(FundLine(x.fund, -x.delta) for x in funds),
                tuple(MemberLine(x.member, x.measure, x.fund, -x.delta) for x in members),
            )
        f, a, m = self.fund, self.amount, self.member
        fund_lines: tuple[FundLine, ...]
        member_lines: list[MemberLine] = []
        if self.type == "transfer":
            assert self.to_fund is not None
            return (FundLine(f, -a), FundLine(self.to_fund, a)), ()
        if self.type == "charge":  # a fine owed: no money moves yet
            assert m is not None
            return (), (MemberLine(m, "fines_owed", f, a),)
        sign = 1 if self.type in ("contribution", "repayment", "fine", "surplus") else -1
        fund_lines = (FundLine(f, sign * self.total),)
        if m is not None:
            if self.type == "contribution":
                member_lines.append(MemberLine(m, "saved", f, a))
                if self.shares:
                    member_lines.append(MemberLine(m, "shares", f, self.shares))
            elif self.type == "withdrawal":
                member_lines.append(MemberLine(m, "saved", f, -a))
            elif self.type == "loan":
                member_lines.append(MemberLine(m, "loan", f, a))
            elif self.type == "repayment":
                if a:
                    member_lines.append(MemberLine(m, "loan", f, -a))
                if self.interest:
                    member_lines.append(MemberLine(m, "interest", f, self.interest))
            elif self.type == "fine":
                member_lines.append(MemberLine(m, "fines", f, a))
                if self.charge is not None:
                    member_lines.append(MemberLine(m, "fines_owed", f, -a))
            elif self.type == "shareout":
                member_lines.append(MemberLine(m, "paid_out", f, a + self.settles))
                if self.settles:
                    member_lines.append(MemberLine(m, "loan", f, -self.settles))
        return fund_lines, tuple(member_lines)
