"""The plain records the savings books hold, and the ids that name them.

A fund, a goal and its status steps, a meeting with its decisions and cash count, a
closed cycle; the entry types and the measures of a member's position. Nothing of the
savings domain is imported here: `books` (the aggregate), `entry` and the modules with
each record's rules (`goals`, `meetings`, `cycles`) build on it, so none of them need
each other in a circle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NewType

from ledger.store.ids import ChangeId, DistrictId, PersonId

FundId = NewType("FundId", str)
EntryId = NewType("EntryId", str)
GoalId = NewType("GoalId", str)
MeetingId = NewType("MeetingId", str)

FUND_KINDS = ("savings", "social", "loan", "project")
ENTRY_TYPES = (
    "contribution",
    "withdrawal",
    "loan",
    "repayment",
    "fine",
    "transfer",
    "shareout",
    "expense",
    "reversal",
    "charge",
)
"""The types a person records. A cash count that differs from the books adds a
`shortage` or `surplus` entry itself once witnessed (see `DERIVED_TYPES`)."""
DERIVED_TYPES = ("shortage", "surplus")
MEASURES = ("saved", "shares", "loan", "interest", "fines", "paid_out", "fines_owed")
"""What an entry changes in a member's position: money saved (per fund), shares
bought, loan principal outstanding, interest paid, fines paid, share-out received,
fines charged and not paid yet."""


@dataclass(frozen=True, slots=True)
class Fund:
    id: FundId
    name: str
    kind: str
    goal: GoalId | None = None
    created_by: PersonId | None = None


def batch_of(meeting: MeetingId | None, date: str) -> str:
    """What 'per meeting' means for an entry: its meeting, or its day when it has none."""
    return meeting if meeting is not None else f"day:{date}"


def hexid(raw: bytes) -> str:
    return raw.hex()


@dataclass(frozen=True)
class StatusStep:
    status: str
    change: ChangeId
    author: PersonId
    date: str
    note: str = ""


@dataclass
class Goal:
    id: GoalId
    title: str
    proposer: PersonId
    target: int | None = None
    due: str | None = None
    fund: FundId | None = None
    family: PersonId | None = None
    """The family (member) a family goal belongs to; None for a group goal."""
    history: list[StatusStep] = field(default_factory=list)

    @property
    def status(self) -> str:
        return self.history[-1].status

    @property
    def doc(self) -> str:
        return f"goal:{self.id}"

    def plain(self) -> list[Any]:
        return [
            self.id,
            self.title,
            self.proposer,
            self.target,
            self.due,
            self.fund,
            self.family,
            [[h.status, h.change, h.author, h.date, h.note] for h in self.history],
        ]


@dataclass(frozen=True)
class Decision:
    id: ChangeId
    motion: str
    votes_for: int
    votes_against: int
    abstain: int
    outcome: str


@dataclass
class CashCount:
    """A balance assertion: counted cash per fund against the books at that moment."""

    id: ChangeId
    recorder: PersonId
    counts: dict[FundId, tuple[int, int]]
    """fund -> (counted, computed)."""
    witnesses: set[PersonId] = field(default_factory=set)

    @property
    def differences(self) -> dict[FundId, int]:
        return {f: c - b for f, (c, b) in self.counts.items() if c != b}


@dataclass
class Meeting:
    id: MeetingId
    date: str
    place: str
    agenda: list[str]
    opened_by: PersonId
    status: str = "open"
    """open, closing (a cash difference awaits the elders' witness) or closed."""
    attendance: dict[PersonId, tuple[str, PersonId | None]] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    count: CashCount | None = None
    minutes_signers: dict[str, set[PersonId]] = field(default_factory=dict)
    """sha256 of an approved minutes text -> the elders who signed that text."""
    district: DistrictId | None = None
    """The district whose meeting this is (None: the whole group's)."""

    @property
    def doc(self) -> str:
        return minutes_doc(self.id)

    def plain(self) -> list[Any]:
        count = self.count
        return [
            self.id,
            self.date,
            self.place,
            self.agenda,
            self.opened_by,
            self.status,
            [[p, st, by] for p, (st, by) in sorted(self.attendance.items())],
            [
                [d.id, d.motion, d.votes_for, d.votes_against, d.abstain, d.outcome]
                for d in self.decisions
            ],
            None
            if count is None
            else [
                count.id,
                count.recorder,
                [[f, c, b] for f, (c, b) in sorted(count.counts.items())],
                sorted(count.witnesses),
            ],
            [[h, sorted(p)] for h, p in sorted(self.minutes_signers.items())],
        ] + ([self.district] if self.district is not None else [])


def minutes_doc(meeting: str) -> str:
    return f"minutes:{meeting}"


@dataclass
class CycleClose:
    id: ChangeId
    start: str | None
    end: str
    recorder: PersonId
    pool: int
    """The pool that was shared out."""
    carried: int
    """What stayed in the shared funds for the next cycle (rounding)."""
    note: str = ""
    witnesses: set[PersonId] = field(default_factory=set)
    closed: bool = False

    def covers(self, day: str) -> bool:
        """Closing a cycle closes the books up to its last day (before its start too:
        the share-out counted everything the box held)."""
        return day <= self.end

    def plain(self) -> list[Any]:
        return [
            self.id,
            self.start,
            self.end,
            self.recorder,
            self.pool,
            self.carried,
            self.note,
            sorted(self.witnesses),
            self.closed,
        ]
