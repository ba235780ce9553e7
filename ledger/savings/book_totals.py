"""The totals `Books` keeps up as entries are replayed, and the questions they answer
without reading the entries: what a fund holds and can pay out, what a member owes or
bought, each month's pooled money. `Books` (`ledger.savings.books`) fills them in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ledger.savings.records import EntryId, FundId, MeetingId, batch_of
from ledger.store.ids import PersonId

if TYPE_CHECKING:
    from ledger.savings.entry import Entry
    from ledger.savings.records import Fund


class RunningTotals:
    """The part of `Books` that answers from its running totals."""

    funds: dict[FundId, Fund]
    _synced: tuple[int, bool] | None
    _confirmed: dict[FundId, int]
    _pending_out: dict[FundId, int]
    _book: dict[FundId, int]
    _owed: dict[PersonId, int]
    _shares: dict[tuple[PersonId, str], int]
    _member_book: dict[tuple[PersonId, str, FundId], list[int]]
    _month_flow: dict[str, int]

    if TYPE_CHECKING:

        @property
        def entries(self) -> dict[EntryId, Entry]: ...

        @property
        def _pending(self) -> dict[EntryId, None]: ...

        def _settings(self) -> tuple[int, bool]: ...

        def _qualifies(self, signers: set[PersonId], recorder: PersonId | None) -> bool: ...

    def loan_owed(self, member: PersonId) -> int:
        """Loan principal the member owes, counting every entry recorded (pending too)."""
        return self._owed.get(member, 0)

    def shares_bought(self, member: PersonId, meeting: MeetingId | None, date: str) -> int:
        """Shares the member bought at a meeting (or on a day, outside meetings)."""
        return self._shares.get((member, batch_of(meeting, date)), 0)

    def available(self, fund: FundId) -> int:
        """Money a fund can pay out: confirmed money less every payment recorded, pending too."""
        value = self._confirmed.get(fund, 0) + self._pending_out.get(fund, 0)
        if self._synced != self._settings():
            # A quorum change not replayed yet: count what it confirms, as `sync` will.
            for entry_id in self._pending:
                entry = self.entries[entry_id]
                if self._qualifies(entry.signers, entry.recorder):
                    value += sum(
                        x.delta for x in entry.lines()[0] if x.fund == fund and x.delta > 0
                    )
        return value

    def running_totals(self) -> dict[FundId, tuple[int, int]] | None:
        """Per fund (confirmed, everything recorded), kept up as entries are replayed;
        None while a quorum change is not taken in yet (then recompute from entries)."""
        if self._synced is not None and self._synced != self._settings():
            return None
        return {f: (self._confirmed.get(f, 0), self._book.get(f, 0)) for f in self.funds}

    def member_totals(self) -> dict[tuple[PersonId, str, FundId], tuple[int, int]] | None:
        """Per (member, measure, fund): (confirmed, everything recorded) of the members'
        lines, kept up as entries are replayed; None while a quorum change is not taken in
        yet (then recompute from the entries, as `balances.member_positions` does)."""
        if self._synced is not None and self._synced != self._settings():
            return None
        return {key: (c, b) for key, (c, b) in self._member_book.items()}

    def pooled_by_month(self) -> list[tuple[str, int]] | None:
        """All funds' confirmed money at the end of each month with entries, kept up as
        entries are replayed; None while a quorum change is not taken in yet (then
        recompute from the entries, as `ledger.savings.balances.monthly` does)."""
        if self._synced is not None and self._synced != self._settings():
            return None
        pooled: list[tuple[str, int]] = []
        running = 0
        for month in sorted(self._month_flow):
            running += self._month_flow[month]
            pooled.append((month, running))
        return pooled

    def book_balance(self, fund: FundId) -> int:
        """Everything recorded (confirmed and pending): the cash that should be in the box."""
        return self._book.get(fund, 0)
