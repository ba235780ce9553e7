"""The meeting in one sitting: a whole meeting's lines recorded at once, as one batch.

A row per present member gives the shares they buy, their social-fund contribution,
what they repay and the fines they pay. Every row is checked first (a bad one names
its line and field and nothing is recorded); then the entries are written in one
store transaction, each checked against the books as they stand after the ones before
it (all of them or none are stored). They belong to the meeting, so the elders sign
them off together by signing the meeting. The CLI reads the rows from a CSV file
(`ledger.savings.sitting_csv`); the window's meeting grid builds them from its cells.

Also here: the fines owed for absence and lateness, charged from the attendance in one
step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ledger.savings import actions, fines, inputs
from ledger.savings.books import Books, FundId, MeetingId, books_of
from ledger.savings.inputs import Amount
from ledger.store.change import Change
from ledger.store.errors import LatticeError, NotFound, Refused
from ledger.store.ids import GroupId, PersonId
from ledger.store.membership import Status
from ledger.store.persons import Signer
from ledger.store.state import GroupState
from ledger.store.store import Store
from ledger.store.words import QT_TRANSLATE_NOOP, Words, word

MAX_FILE_ROWS = 10_000
"""Rows a meeting's file may hold at most (a bound on untrusted input, far above any
group's size: `plan` refuses more rows than the group has members). Every row's entries
are changes of their own, so no per-change cap limits how many rows a meeting records."""
MAX_FINES_PER_ROW = 10
COLUMNS = ("member", "shares", "social", "repayment", "fines")
COLUMN_WORDS = {
    "member": QT_TRANSLATE_NOOP("core", "member"),
    "shares": QT_TRANSLATE_NOOP("core", "shares"),
    "social": QT_TRANSLATE_NOOP("core", "social fund"),
    "repayment": QT_TRANSLATE_NOOP("core", "repayment"),
    "fines": QT_TRANSLATE_NOOP("core", "fines"),
}
"""The columns of a meeting's rows, as words a front end translates."""


@dataclass(frozen=True)
class SittingRow:
    """One member's lines at a meeting; `line` says where the row came from."""

    member: str
    """A member's id, or their name as the group knows it."""
    shares: int = 0
    social: Amount | None = None
    repayment: Amount | None = None
    fines: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Planned:
    """One entry to record: the row and column it comes from and `add_entry`'s arguments."""

    line: int
    column: str
    args: dict[str, Any]


@dataclass
class Totals:
    """What a meeting's rows add up to, per column, in minor units (shares counted)."""

    shares: int = 0
    savings: int = 0
    social: int = 0
    repayment: int = 0
    fines: int = 0
    entries: int = 0
    by_fine: dict[str, int] = field(default_factory=dict)

    @property
    def money(self) -> int:
        """All the money the meeting's rows bring into the box."""
        return self.savings + self.social + self.repayment + self.fines


def at_line(line: int, column: str, reason: object) -> Words:
    """A reason with the line and column it is about."""
    return Words(
        QT_TRANSLATE_NOOP("core", "line {line}, {column}: {reason}"),
        line=line,
        column=word(COLUMN_WORDS, column),
        reason=reason,
    )


def member_of(state: GroupState, ref: str) -> PersonId:
    """A current member by id, 8+ digit id prefix, or name (any case)."""
    ref = ref.strip()
    members = state.membership.members
    wanted = ref.casefold()
    hits = [p for p, m in members.items() if p == ref.lower() or m.name.casefold() == wanted]
    if not hits and len(ref) >= 8:
        hits = [p for p in members if p.startswith(ref.lower())]
    if len(hits) != 1 or members[hits[0]].status == Status.REMOVED:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "no member of this group is called '{name}'"), name=ref
        )
    return hits[0]


def social_fund(books: Books) -> FundId:
    """The group's one social fund (refused when it has none or several)."""
    found = [f.id for f in books.funds.values() if f.kind == "social"]
    if len(found) != 1:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the group has no social fund: add a social fund first")
            if not found
            else QT_TRANSLATE_NOOP("core", "the group has several social funds: record them apart")
        )
    return found[0]


def plan(store: Store, group: GroupId, meeting: str, rows: list[SittingRow]) -> list[Planned]:
    """Check every row and say which entries it makes; refuses naming a row's line and field."""
    state = store.state(group)
    books = books_of(state)
    currency = state.settings.currency
    sitting = inputs.meeting_of(books, meeting)
    if sitting.status != "open":
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the meeting of {date} is closed: no more entries"),
            date=sitting.date,
        )
    if not rows:
        raise Refused(QT_TRANSLATE_NOOP("core", "no rows to record"))
    members = sum(1 for m in state.membership.members.values() if m.status != Status.REMOVED)
    if len(rows) > members:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "{rows} rows, but the group has {count} members: one row each at most"
            ),
            rows=len(rows),
            count=members,
        )
    schedule = books.rules.in_force(sitting.date).fines
    base = {"meeting": meeting}
    planned: list[Planned] = []
    seen: dict[PersonId, int] = {}
    for row in rows:
        try:
            member = member_of(state, row.member)
        except LatticeError as exc:
            raise Refused(at_line(row.line, "member", exc.words)) from None
        if member in seen:
            reason = Words(
                QT_TRANSLATE_NOOP("core", "the member is on line {line} already"),
                line=seen[member],
            )
            raise Refused(at_line(row.line, "member", reason))
        seen[member] = row.line
        who = {**base, "member": member}
        if row.shares:
            if isinstance(row.shares, bool) or not 0 < row.shares <= 10_000:
                whole = QT_TRANSLATE_NOOP("core", "a whole number of shares")
                raise Refused(at_line(row.line, "shares", whole))
            planned.append(Planned(row.line, "shares", {**who, "type": "contribution",
                                                          "shares": row.shares}))  # fmt: skip
        for column, value in (("social", row.social), ("repayment", row.repayment)):
            if value is None or value == "":
                continue
            try:
                amount = inputs.minor(value, currency, allow_zero=True)
                if not amount:
                    continue
                args = {**who, "amount": amount}
                if column == "social":
                    args |= {"type": "contribution", "fund": social_fund(books)}
                else:
                    args["type"] = "repayment"
            except LatticeError as exc:
                raise Refused(at_line(row.line, column, exc.words)) from None
            planned.append(Planned(row.line, column, args))
        if len(row.fines) > MAX_FINES_PER_ROW:
            raise Refused(
                at_line(row.line, "fines", Words(
                    QT_TRANSLATE_NOOP("core", "at most {count} fines a row"),
                    count=MAX_FINES_PER_ROW,
                ))
            )  # fmt: skip
        owed = fines.owed(books, member)
        for name in row.fines:
            charge = next((c for c in owed if c.fine == name), None)
            if charge is not None:
                owed.remove(charge)
                planned.append(Planned(row.line, "fines", {**who, "type": "fine",
                                                            "charge": charge.id}))  # fmt: skip
            elif name in schedule:
                planned.append(Planned(row.line, "fines", {**who, "type": "fine", "fine": name}))
            else:
                reason = Words(
                    QT_TRANSLATE_NOOP(
                        "core", "the fine schedule has no fine '{fine}' and the member owes none"
                    ),
                    fine=name,
                )
                raise Refused(at_line(row.line, "fines", reason))
    return planned


def _by_ref(books: Books) -> dict[str, PersonId]:
    """Each member by id and by name (any case), the first one added winning a name."""
    found: dict[str, PersonId] = {}
    for person, member in (books.membership.members if books.membership else {}).items():
        found.setdefault(person, person)
        found.setdefault(member.name.casefold(), person)
    return found


def totals(books: Books, day: str, rows: list[SittingRow], currency: str) -> Totals:
    """What the rows add up to, per column, before anything is signed: a fine the member
    owes at its amount owed, others at the schedule's (unreadable cells and unknown fines
    count as nothing: `plan` refuses them)."""
    rules = books.rules.in_force(day)
    result = Totals()
    known = _by_ref(books)  # once, not per row: the window recounts as each cell is typed
    for row in rows:
        if row.shares > 0:
            result.shares += row.shares
            result.savings += row.shares * (rules.share_value or 0)
            result.entries += 1
        for column in ("social", "repayment"):
            value = getattr(row, column)
            if value in (None, ""):
                continue
            try:
                amount = inputs.minor(value, currency, allow_zero=True)
            except LatticeError:
                continue
            if not amount:
                continue
            setattr(result, column, getattr(result, column) + amount)
            result.entries += 1
        member = known.get(row.member.strip().casefold())
        owed = fines.owed(books, member) if member else []
        for name in row.fines:
            charge = next((c for c in owed if c.fine == name), None)
            if charge is not None:
                owed.remove(charge)
            amount = charge.amount if charge is not None else rules.fines.get(name, 0)
            result.fines += amount
            result.by_fine[name] = result.by_fine.get(name, 0) + amount
            result.entries += 1
    return result


def record_meeting(
    store: Store, signer: Signer, group: GroupId, meeting: str, rows: list[SittingRow]
) -> list[Change]:
    """Record every row's entries at the meeting, all or none; they await the elders'
    sign-off together (sign the meeting)."""
    planned = plan(store, group, meeting, rows)
    written: list[Change] = []
    with store.batch():
        for item in planned:
            try:
                written.append(actions.add_entry(store, signer, group, **item.args))
            except LatticeError as exc:
                raise Refused(at_line(item.line, item.column, exc.words)) from None
    return written


def charge_attendance_fines(
    store: Store, signer: Signer, group: GroupId, meeting: str
) -> list[Change]:
    """Charge the fines owed for absence and lateness at a meeting, from its attendance.

    A member already charged that fine at this meeting is skipped, so running it twice
    charges nothing twice.
    """
    books = books_of(store.state(group))
    sitting = inputs.meeting_of(books, meeting)
    rules = books.rules.in_force(sitting.date)
    charged = {
        (e.member, e.fine)
        for e in books.entries.values()
        if e.type == "charge" and e.meeting == sitting.id and e.reversed_by is None
    }
    todo: list[tuple[PersonId, str]] = []
    for person, (status, _) in sorted(sitting.attendance.items()):
        name = fines.attendance_fine(rules, status)
        if name is not None and (person, name) not in charged:
            todo.append((person, name))
    if not todo:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "no fines to charge: nobody absent or late is left uncharged, or the schedule "
                "has no fine called 'absent' or 'late'",
            )
        )
    written: list[Change] = []
    with store.batch():
        for person, name in todo:
            written.append(
                actions.add_entry(
                    store,
                    signer,
                    group,
                    type="charge",
                    member=person,
                    fine=name,
                    meeting=MeetingId(sitting.id),
                )
            )
    return written
