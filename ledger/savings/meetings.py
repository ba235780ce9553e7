"""Meetings: date and place, agenda, attendance, decisions, the cash count at close.

Minutes are the collaborative document "minutes:<meeting id>" (edited with the core
`doc.edit`); elders approve a given text by signing its hash, so an edit after
approval shows as "changed since approval" instead of silently inheriting it.
Closing records the cash counted per fund against the computed balance; a difference
leaves the meeting "closing" until a quorum of elders witnessed that count.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from ledger.savings.books import Books, FundId, MeetingId, books_of, hexid
from ledger.savings.entry import Entry
from ledger.savings.money import MAX_AMOUNT
from ledger.savings.records import CashCount, Decision, Meeting, minutes_doc
from ledger.savings.rules import check_date
from ledger.store import schema as s
from ledger.store.errors import DecodeError
from ledger.store.ids import ChangeId, DistrictId, PersonId
from ledger.store.words import QT_TRANSLATE_NOOP, Words, word

if TYPE_CHECKING:
    from ledger.store.change import Change
    from ledger.store.state import GroupState

ATTENDANCE = ("present", "absent", "excused", "represented", "late")
"""'late': present, but came after the opening (the schedule may fine it)."""
OUTCOMES = ("carried", "defeated", "deferred")
STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("core", "open"),
    "closing": QT_TRANSLATE_NOOP("core", "closing"),
    "closed": QT_TRANSLATE_NOOP("core", "closed"),
}
"""A meeting's statuses as words a front end translates."""
CHOICE_WORDS = {
    "present": QT_TRANSLATE_NOOP("core", "present"),
    "absent": QT_TRANSLATE_NOOP("core", "absent"),
    "excused": QT_TRANSLATE_NOOP("core", "excused"),
    "represented": QT_TRANSLATE_NOOP("core", "represented"),
    "late": QT_TRANSLATE_NOOP("core", "late"),
    "carried": QT_TRANSLATE_NOOP("core", "carried"),
    "defeated": QT_TRANSLATE_NOOP("core", "defeated"),
    "deferred": QT_TRANSLATE_NOOP("core", "deferred"),
}
"""Attendances and outcomes as words a front end translates."""
MAX_ATTENDANCE = 200
MAX_VOTES = 100_000


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entries_at(books: Books, meeting: MeetingId) -> list[Entry]:
    return [e for e in books.entries.values() if e.meeting == meeting]


def minutes_status(state: GroupState, meeting: MeetingId) -> tuple[str, set[PersonId]]:
    """('none' | 'draft' | 'approved', counting approvers of the current text)."""
    books = books_of(state)
    text = state.document_text(minutes_doc(meeting))
    if not text:
        return "none", set()
    signers = books.meetings[meeting].minutes_signers.get(text_hash(text), set())
    counting = books.counting(signers, None)
    quorum = state.settings.quorum
    return ("approved" if len(counting) >= quorum else "draft"), counting


# -- body checks ---------------------------------------------------------------------


def check_open(body: dict[str, Any]) -> None:
    s.check_body(
        body,
        {"date": check_date},
        {"place": s.text(200), "agenda": s.list_of(s.text(300), 50), "district": s.key32},
    )


@s.described(
    '[bstr .size 32, "present" / "absent" / "excused" / "represented", bstr .size 32 / null]',
    "[person, status, who represented them: only and always for 'represented']",
)
def _attendance_row(value: Any, name: str) -> None:
    if not isinstance(value, list) or len(value) != 3:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name} must be [person, status, represented-by]"),
            name=name,
        )
    s.key32(value[0], f"{name} person")
    s.one_of(*ATTENDANCE)(value[1], f"{name} status")
    if (value[1] == "represented") != (value[2] is not None):
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name}: 'represented' needs who represented, and only it"),
            name=name,
        )
    if value[2] is not None:
        s.key32(value[2], f"{name} represented-by")


def check_attend(body: dict[str, Any]) -> None:
    s.check_body(
        body,
        {
            "meeting": s.key32,
            "attendance": s.list_of(_attendance_row, MAX_ATTENDANCE, min_len=1),
        },
    )


def check_decide(body: dict[str, Any]) -> None:
    votes = s.integer(0, MAX_VOTES)
    s.check_body(
        body,
        {
            "meeting": s.key32,
            "motion": s.text(500),
            "for": votes,
            "against": votes,
            "abstain": votes,
            "outcome": s.one_of(*OUTCOMES),
        },
    )


@s.described(f"[bstr .size 32, 0..{MAX_AMOUNT}]", "[fund id, cash counted]")
def _count_row(value: Any, name: str) -> None:
    if not isinstance(value, list) or len(value) != 2:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "{name} must be [fund, amount]"), name=name)
    s.key32(value[0], f"{name} fund")
    s.integer(0, MAX_AMOUNT)(value[1], f"{name} amount")


def check_close(body: dict[str, Any]) -> None:
    """Counts each fund once."""
    s.check_body(body, {"meeting": s.key32, "counts": s.list_of(_count_row, 50, min_len=1)})
    funds = [row[0] for row in body["counts"]]
    if len(set(funds)) != len(funds):
        raise DecodeError(QT_TRANSLATE_NOOP("core", "each fund is counted once"))


# -- effects -------------------------------------------------------------------------


def _meeting(books: Books, body: dict[str, Any], *, open_only: bool = True) -> Meeting | str:
    meeting = books.meetings.get(MeetingId(hexid(body["meeting"])))
    if meeting is None:
        return QT_TRANSLATE_NOOP("core", "no such meeting")
    if open_only and meeting.status != "open":
        return Words(
            QT_TRANSLATE_NOOP("core", "the meeting of {date} is {status}"),
            date=meeting.date,
            status=word(STATUS_WORDS, meeting.status),
        )
    return meeting


def apply_open(state: GroupState, change: Change) -> str | None:
    """Opens a meeting (id: the change id) on `date`, of `district` when given; entries
    may name it while it is open."""
    books = books_of(state)
    books.sync()
    b = change.body
    mid = MeetingId(change.id)
    books.meetings[mid] = Meeting(
        mid, b["date"], b.get("place", ""), list(b.get("agenda", [])), change.author
    )
    if "district" in b:
        books.meetings[mid].district = DistrictId(b["district"].hex())
    return None


def apply_attend(state: GroupState, change: Change) -> str | None:
    """Records each person's attendance (a later row for a person replaces an earlier one).
    Void unless the meeting exists and is open."""
    books = books_of(state)
    books.sync()
    meeting = _meeting(books, change.body)
    if isinstance(meeting, str):
        return meeting
    for person, status, by in change.body["attendance"]:
        meeting.attendance[PersonId(person.hex())] = (
            status,
            None if by is None else PersonId(by.hex()),
        )
    return None


def apply_decide(state: GroupState, change: Change) -> str | None:
    """Records a decision and its votes. Void unless the meeting exists and is open."""
    books = books_of(state)
    books.sync()
    meeting = _meeting(books, change.body)
    if isinstance(meeting, str):
        return meeting
    b = change.body
    meeting.decisions.append(
        Decision(change.id, b["motion"], b["for"], b["against"], b["abstain"], b["outcome"])
    )
    return None


def count_of(books: Books, counted: dict[FundId, int]) -> dict[FundId, tuple[int, int]] | str:
    """Counted cash against the books now, or why it cannot be taken."""
    result: dict[FundId, tuple[int, int]] = {}
    for fund, amount in counted.items():
        if fund not in books.funds:
            return Words(QT_TRANSLATE_NOOP("core", "no fund {fund} in this group"), fund=fund[:8])
        result[fund] = (amount, books.book_balance(fund))
    return result


def apply_close(state: GroupState, change: Change) -> str | None:
    """Records the cash counted per fund beside each fund's book balance (every entry
    recorded, pending too). Equal everywhere: the meeting is closed. Otherwise it is
    "closing" until a quorum of elders witnessed this count (a sign-off's `counts`);
    when it closes, each fund's difference becomes a confirmed `shortage` or `surplus`
    entry (id: sha256 of "<close id>:<fund id>"), so the books equal the box.
    Void when the meeting does not exist, is closed, or a fund is unknown."""
    books = books_of(state)
    books.sync()
    meeting = _meeting(books, change.body, open_only=False)
    if isinstance(meeting, str):
        return meeting
    if meeting.status == "closed":
        return Words(
            QT_TRANSLATE_NOOP("core", "the meeting of {date} is already closed"), date=meeting.date
        )
    counts = count_of(books, {FundId(f.hex()): a for f, a in change.body["counts"]})
    if isinstance(counts, str):
        return counts
    meeting.count = CashCount(change.id, change.author, counts)
    if meeting.count.differences:
        meeting.status = "closing"
    else:
        books.close_counted(meeting)
    return None


def witness(books: Books, meeting_id: MeetingId, close: ChangeId, elder: PersonId) -> bool:
    """An elder witnesses a cash difference; the meeting closes at quorum. False: no match."""
    meeting = books.meetings.get(meeting_id)
    if meeting is None or meeting.count is None or meeting.count.id != close:
        return False
    if meeting.status == "closed":
        return False
    meeting.count.witnesses.add(elder)
    quorum = books.membership.settings.quorum if books.membership else 1
    if len(books.counting(meeting.count.witnesses, meeting.count.recorder)) >= quorum:
        books.close_counted(meeting)
    return True


def describe_attend(body: dict[str, Any]) -> str:
    return Words(
        QT_TRANSLATE_NOOP("core", "recorded attendance of {count} at a meeting"),
        count=len(body["attendance"]),
    )
