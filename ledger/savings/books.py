"""The savings ledger part of a group's state: `Books`, folded from finance changes.

Read it through `books_of(state)` (never `state.books` directly: that attaches the
group's default savings fund and its settings). Everything here is plain data, and
every id is the hex id of the change that created the thing (the default savings
fund's id is the group id). Amounts are integers in minor units of
`state.settings.currency`; dates are 'YYYY-MM-DD' text, which sorts by time.

Records (read-only for callers; iteration order is the replay order):
- `books.funds: dict[FundId, Fund]` -- name, kind (savings/social/loan/project), goal.
- `books.entries: dict[EntryId, Entry]` -- type, fund, member, amount, date, note,
  meeting, recorder, signers; `entry.lines()` gives its signed effect on fund
  balances (`FundLine`) and on member positions (`MemberLine`); a reversal's lines
  are the negation of the entry it cancels (`entry.reverses`, `entry.reversed_by`).
- `books.is_confirmed(entry)`, `books.counting_signers(entry)` -- quorum of elders
  (an entry stays confirmed if the quorum is raised later; a lowered quorum confirms
  the entries it now covers).
- `books.available(fund)` (confirmed money less every payment recorded),
  `books.book_balance(fund)` (everything recorded), `books.loan_owed(member)`,
  `books.member_entries(member)`, `books.default_fund`, `books.money(amount)` (the
  running totals behind these: `ledger.savings.book_totals`).
- `books.rules` (`ledger.savings.rules.RulesBook`): `.versions`, `.in_force(date)`.
- `books.goals: dict[GoalId, Goal]` (`ledger.savings.records`, rules in `goals`), with
  status history.
- `books.meetings: dict[MeetingId, Meeting]` (`ledger.savings.records`): date, place,
  agenda, status (open/closing/closed), attendance, decisions, the cash count at close
  (`meeting.count`), `meetings.entries_at(books, id)`, `meetings.minutes_status(state, id)`.

Queries (functions taking `Books`, each in its own module):
- `ledger.savings.balances`: `fund_balances`, `member_positions`, `monthly`,
  `loans_outstanding`, `totals` -- confirmed and pending apart, optional `until` date.
- `ledger.savings.shareout.project(books, ...)` -- each member's share-out payout.
- `ledger.savings.passbook.passbook(state, member)` -- one member's slip and its code.
- `ledger.savings.goals.progress(books, goal)`.

Writing goes through `ledger.savings.actions` (rules, funds, entries, sign-off) and
`ledger.savings.group_actions` (goals, meetings, minutes).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ledger.savings.book_totals import RunningTotals
from ledger.savings.entry import Entry
from ledger.savings.money import to_text
from ledger.savings.records import (
    DERIVED_TYPES,
    ENTRY_TYPES,
    FUND_KINDS,
    MEASURES,
    CycleClose,
    EntryId,
    Fund,
    FundId,
    Goal,
    GoalId,
    Meeting,
    MeetingId,
    batch_of,
    hexid,
)
from ledger.savings.rules import RulesBook
from ledger.store.bulk import building_to_keep
from ledger.store.ids import GroupId, PersonId
from ledger.store.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ledger.store.membership import Membership
    from ledger.store.state import GroupState


class Books(RunningTotals):
    """Funds, entries, rules, goals and meetings of one group, as replayed so far."""

    def __init__(self) -> None:
        self.group: GroupId | None = None
        self.funds: dict[FundId, Fund] = {}
        self._entries: dict[EntryId, Entry] = {}
        self._unread: Callable[[], dict[EntryId, Entry]] | None = None
        """Set by a cached state: reads its entries when first asked for (see `entries`);
        until then `_entries` holds only the entries recorded since."""
        self._unread_count = 0
        """How many entries `_unread` holds."""
        self.rules: RulesBook = RulesBook()
        self.goals: dict[GoalId, Goal] = {}
        self.meetings: dict[MeetingId, Meeting] = {}
        self.cycles: dict[str, CycleClose] = {}
        """Cycle closes by change id (`ledger.savings.cycles`), in replay order."""
        self._by_member: dict[PersonId, list[EntryId]] = {}
        self._membership: Membership | None = None
        self._synced: tuple[int, bool] | None = None
        self._confirmed: dict[FundId, int] = {}
        """Per fund: the sum of the fund lines of confirmed entries."""
        self._pending_out: dict[FundId, int] = {}
        """Per fund: the sum of the negative fund lines of unconfirmed entries."""
        self._pending_ids: dict[EntryId, None] = {}
        self._book: dict[FundId, int] = {}
        """Per fund: the sum of the fund lines of every entry, confirmed or not."""
        self._owed: dict[PersonId, int] = {}
        self._shares: dict[tuple[PersonId, str], int] = {}
        self._member_book: dict[tuple[PersonId, str, FundId], list[int]] = {}
        """Per (member, measure, fund): [confirmed, everything recorded] of the member
        lines, so the roll-up by district needs no entries (`member_totals`)."""
        self._month_flow: dict[str, int] = {}
        """Per month ('YYYY-MM') of entries recorded: the confirmed money in less out,
        all funds together (transfers cancel out)."""

    # -- entries, read when first needed ------------------------------------------------

    @property
    def entries(self) -> dict[EntryId, Entry]:
        if self._unread is not None:
            self._read_entries()
        return self._entries

    @property
    def by_member(self) -> dict[PersonId, list[EntryId]]:
        if self._unread is not None:
            self._read_entries()
        return self._by_member

    @property
    def _pending(self) -> dict[EntryId, None]:
        if self._unread is not None:
            self._read_entries()
        return self._pending_ids

    def read_entries_later(self, read: Callable[[], dict[EntryId, Entry]], count: int) -> None:
        """Take the `count` entries from `read` when first needed. A cached state of a large
        group opens its window without them: the totals, chart and goals need none, and
        neither does recording most entries (`add_entry` keeps those aside until then)."""
        self._unread, self._unread_count = read, count
        self._entries, self._by_member, self._pending_ids = {}, {}, {}

    def _read_entries(self) -> None:
        read, self._unread = self._unread, None
        assert read is not None
        with building_to_keep():
            recorded_since = self._entries
            self._entries = read()
            self._entries.update(recorded_since)  # (later in replay order than the cached)
            self._by_member, self._pending_ids = {}, {}
            for entry in self._entries.values():
                if entry.member is not None:
                    self._by_member.setdefault(entry.member, []).append(entry.id)
                if not entry.confirmed:
                    self._pending_ids[entry.id] = None

    def entry(self, entry: EntryId) -> Entry | None:
        """One entry; one recorded since the cached state was read is found without
        reading the others."""
        found = self._entries.get(entry)
        return found if found is not None else self.entries.get(entry)

    # -- wiring ------------------------------------------------------------------------

    def attach(self, group: GroupId, membership: Membership) -> None:
        """Know the group (its default fund) and its settings (quorum). Idempotent."""
        if self.group is None:
            self.group = group
            # Named by the core, not by a person: `Words`, so the window can translate it
            # (data and exports keep the English name).
            default = Fund(FundId(group), QT_TRANSLATE_NOOP("core", "Savings"), "savings")
            self.funds = {FundId(group): default, **self.funds}
        self._membership = membership

    @property
    def membership(self) -> Membership | None:
        return self._membership

    def money(self, amount: int) -> str:
        """An amount in plain words for reasons and messages, e.g. '12.50 KES'."""
        currency = self._membership.settings.currency if self._membership else "XXX"
        return f"{to_text(amount, currency)} {currency}"

    @property
    def default_fund(self) -> FundId:
        if self.group is None:
            raise ValueError("books not attached to a group yet")
        return FundId(self.group)

    @property
    def quorum(self) -> int:
        return self._settings()[0]

    def _settings(self) -> tuple[int, bool]:
        if self._membership is None:
            return (1, False)
        s = self._membership.settings
        return (s.quorum, s.recorder_counts)

    def sync(self) -> None:
        """Before applying a change: take in a lowered quorum (only ever confirms more)."""
        now = self._settings()
        if self._synced is not None and now != self._synced:
            for entry_id in list(self._pending):
                entry = self.entries[entry_id]
                if self._qualifies(entry.signers, entry.recorder):
                    self._confirm(entry)
            for meeting in self.meetings.values():
                count = meeting.count
                if meeting.status == "closing" and count is not None:
                    if self._qualifies(count.witnesses, count.recorder):
                        self.close_counted(meeting)
            for cycle in self.cycles.values():
                if not cycle.closed and self._qualifies(cycle.witnesses, cycle.recorder):
                    cycle.closed = True
        self._synced = now

    def close_counted(self, meeting: Meeting) -> None:
        """Close a meeting whose count stands; a witnessed difference becomes its own entry
        (a shortage or a surplus), so the books equal the box."""
        meeting.status = "closed"
        count = meeting.count
        assert count is not None
        for fund, difference in sorted(count.differences.items()):
            entry_id = EntryId(hashlib.sha256(f"{count.id}:{fund}".encode()).hexdigest())
            self.add_witnessed(
                Entry(
                    id=entry_id,
                    type="surplus" if difference > 0 else "shortage",
                    fund=fund,
                    amount=abs(difference),
                    date=meeting.date,
                    recorder=count.recorder,
                    order=self.next_order(),
                    note=QT_TRANSLATE_NOOP("core", "difference found at the cash count"),
                    meeting=meeting.id,
                    signers=set(count.witnesses),
                )
            )

    # -- sign-off ----------------------------------------------------------------------

    def counting(self, signers: set[PersonId], recorder: PersonId | None) -> set[PersonId]:
        """The signers that count toward a quorum: the recorder only if the group says so."""
        _, recorder_counts = self._settings()
        if recorder_counts or recorder is None:
            return set(signers)
        return {p for p in signers if p != recorder}

    def _qualifies(self, signers: set[PersonId], recorder: PersonId | None) -> bool:
        quorum, _ = self._settings()
        return len(self.counting(signers, recorder)) >= quorum

    def counting_signers(self, entry: Entry) -> set[PersonId]:
        return self.counting(entry.signers, entry.recorder)

    def is_confirmed(self, entry: Entry | EntryId) -> bool:
        if not isinstance(entry, Entry):
            entry = self.entries[entry]
        return entry.confirmed or self._qualifies(entry.signers, entry.recorder)

    def sign(self, entry: Entry, elder: PersonId) -> None:
        entry.signers.add(elder)
        if not entry.confirmed and self._qualifies(entry.signers, entry.recorder):
            self._confirm(entry)

    def _confirm(self, entry: Entry) -> None:
        entry.confirmed = True
        self._pending.pop(entry.id, None)
        month = entry.date[:7]
        for line in entry.lines()[0]:
            self._confirmed[line.fund] = self._confirmed.get(line.fund, 0) + line.delta
            self._month_flow[month] += line.delta
            if line.delta < 0:
                self._pending_out[line.fund] -= line.delta
        for x in entry.lines()[1]:
            self._member_book[(x.member, x.measure, x.fund)][0] += x.delta

    # -- entries -----------------------------------------------------------------------

    def add_entry(self, entry: Entry) -> None:
        if self._unread is not None and entry.reverses is None:
            # Cached entries not read yet: reading them puts this one after them, and
            # builds the per-member and pending indexes over all.
            self._entries[entry.id] = entry
        else:
            self.entries[entry.id] = entry
            if entry.member is not None:
                self.by_member.setdefault(entry.member, []).append(entry.id)
            if entry.reverses is not None:
                self.entries[entry.reverses].reversed_by = entry.id
            self._pending[entry.id] = None
        self._month_flow.setdefault(entry.date[:7], 0)
        fund_lines, member_lines = entry.lines()
        for line in fund_lines:
            self._book[line.fund] = self._book.get(line.fund, 0) + line.delta
            if line.delta < 0:
                self._pending_out[line.fund] = self._pending_out.get(line.fund, 0) + line.delta
        origin = self.entries[entry.reverses] if entry.reverses else entry
        for x in member_lines:
            self._member_book.setdefault((x.member, x.measure, x.fund), [0, 0])[1] += x.delta
            if x.measure == "loan":
                self._owed[x.member] = self._owed.get(x.member, 0) + x.delta
            elif x.measure == "shares":
                key = (x.member, batch_of(origin.meeting, origin.date))
                self._shares[key] = self._shares.get(key, 0) + x.delta

    def closed_cycle_on(self, day: str) -> CycleClose | None:
        """The closed cycle a day falls in, if any: its books take no more entries."""
        for cycle in self.cycles.values():
            if cycle.closed and cycle.covers(day):
                return cycle
        return None

    def add_witnessed(self, entry: Entry) -> None:
        """Add an entry the elders' quorum already witnessed (a cash difference)."""
        self.add_entry(entry)
        self._confirm(entry)

    def member_entries(self, member: PersonId) -> list[Entry]:
        return [self.entries[e] for e in self.by_member.get(member, [])]

    def next_order(self) -> int:
        if self._unread is not None:
            return self._unread_count + len(self._entries)
        return len(self._entries)

    # -- digest ------------------------------------------------------------------------

    def plain(self) -> dict[str, Any]:
        """Everything that must agree between peers, as plain values."""
        default = FundId(self.group) if self.group is not None else None
        return {
            "funds": [
                [f.id, f.name, f.kind, f.goal, f.created_by]
                for f in sorted(self.funds.values(), key=lambda f: f.id)
                if f.id != default
            ],
            "entries": [e.plain() for e in sorted(self.entries.values(), key=lambda e: e.id)],
            "rules": self.rules.plain(),
            "goals": [g.plain() for _, g in sorted(self.goals.items())],
            "meetings": [m.plain() for _, m in sorted(self.meetings.items())],
            "cycles": [c.plain() for _, c in sorted(self.cycles.items())],
        }


__all__ = [
    "DERIVED_TYPES",
    "ENTRY_TYPES",
    "FUND_KINDS",
    "MEASURES",
    "Books",
    "EntryId",
    "Fund",
    "FundId",
    "GoalId",
    "MeetingId",
    "batch_of",
    "books_of",
    "hexid",
]
"""The ids and record types live in `ledger.savings.records` (under the books, so that
`entry` and the records' own modules need not import the books); named here too."""


def books_of(state: GroupState) -> Books:
    """The group's books, attached to its settings; created if the state has none."""
    if state.books is None:
        state.books = Books()
    books: Books = state.books
    books.attach(state.group, state.membership)
    return books
