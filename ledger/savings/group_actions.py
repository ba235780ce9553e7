"""User actions on goals and meetings (see `ledger.savings.actions` for the conventions)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ledger.savings import goals, meetings, records
from ledger.savings import membership_actions as core_actions
from ledger.savings.books import Books, GoalId, books_of
from ledger.savings.inputs import (
    Amount,
    books_for,
    day_of,
    fund_id,
    in_parts,
    meeting_of,
    member_key,
    minor,
    raw_id,
    write_checked,
    write_in_parts,
)
from ledger.store.change import Change
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId
from ledger.store.membership import Role
from ledger.store.persons import Signer
from ledger.store.store import Store
from ledger.store.words import QT_TRANSLATE_NOOP, listing, word

TARGET = QT_TRANSLATE_NOOP("core", "the target")
CASH_COUNT = QT_TRANSLATE_NOOP("core", "the cash count")

# -- goals -----------------------------------------------------------------------------


def add_goal(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    title: str,
    target: Amount | None = None,
    due: str | None = None,
    fund: str | None = None,
    family: str | None = None,
    date: str | None = None,
    description: str | None = None,
) -> Change:
    """Propose a goal; a description becomes the goal's collaborative document."""
    state = store.state(group)
    books = books_of(state)
    body: dict[str, Any] = {"title": title.strip(), "date": day_of(date)}
    if target is not None:
        body["target"] = minor(target, state.settings.currency, what=TARGET)
    if due:
        body["due"] = day_of(due, later_ok=True)
    if fund:
        body["fund"] = raw_id(fund_id(books, fund), "fund")
    if family:
        body["family"] = member_key(store, group, family)
        is_council = Role.COUNCIL.value in state.membership.roles_of(signer.person)
        own = state.membership.member_of(signer.person)
        if (own is None or family != own.person) and not is_council:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core", "a member proposes family goals for their own family only"
                )
            )
    change = write_checked(store, signer, group, "goal.add", body)
    if description:
        core_actions.edit_document(store, signer, group, f"goal:{change.id}", description)
    return change


def update_goal(
    store: Store,
    signer: Signer,
    group: GroupId,
    goal: str,
    *,
    status: str | None = None,
    title: str | None = None,
    target: Amount | None = None,
    due: str | None = None,
    fund: str | None = None,
    date: str | None = None,
    note: str = "",
) -> Change:
    state = store.state(group)
    books = books_of(state)
    found = books.goals.get(GoalId(goal))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "no goal {goal} in this group"), goal=goal[:8])
    body: dict[str, Any] = {"goal": raw_id(goal, "goal"), "date": day_of(date)}
    if status is not None:
        if status not in goals.STATUSES:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "'{status}' is not a goal status ({choices})"),
                status=status,
                choices=listing(word(goals.STATUS_WORDS, s) for s in goals.STATUSES),
            )
        body["status"] = status
    if title is not None:
        body["title"] = title.strip()
    if target is not None:
        body["target"] = minor(target, state.settings.currency, what=TARGET)
    if due is not None:
        body["due"] = day_of(due, later_ok=True)
    if fund is not None:
        body["fund"] = raw_id(fund_id(books, fund), "fund")
    if note.strip():
        body["note"] = note.strip()
    roles = state.membership.roles_of(signer.person)
    if status in goals.COUNCIL_STATUSES and Role.COUNCIL.value not in roles:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "only the council may make a goal {status}"),
            status=word(goals.STATUS_WORDS, status),
        )
    reason = goals.update_problem(
        books,
        found,
        signer.person,
        Role.COUNCIL.value in roles,
        body,
        state.membership.signs_for.get(signer.person),
    )
    if reason is not None:
        raise Refused(reason)
    return write_checked(store, signer, group, "goal.update", body)


def describe_goal(
    store: Store, signer: Signer, group: GroupId, goal: str, text: str
) -> Change | None:
    if GoalId(goal) not in books_for(store, group).goals:
        raise NotFound(QT_TRANSLATE_NOOP("core", "no goal {goal} in this group"), goal=goal[:8])
    return core_actions.edit_document(store, signer, group, f"goal:{goal}", text)


# -- meetings --------------------------------------------------------------------------


def open_meeting(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    date: str | None = None,
    place: str = "",
    agenda: Iterable[str] = (),
    district: str | None = None,
) -> Change:
    """Open a meeting; of one `district` (name or id) when given, which its
    representative may do."""
    body: dict[str, Any] = {"date": day_of(date)}
    if place.strip():
        body["place"] = place.strip()
    items = [a.strip() for a in agenda if a.strip()]
    if items:
        body["agenda"] = items
    if district is not None:
        from ledger.savings.district_actions import find_district

        found = find_district(store.state(group).membership, district)
        body["district"] = bytes.fromhex(found.id)
    return write_checked(store, signer, group, "meeting.open", body)


def _open(books: Books, meeting: str) -> records.Meeting:
    found = meeting_of(books, meeting)
    if found.status != "open":
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the meeting of {date} is {status}"),
            date=found.date,
            status=word(meetings.STATUS_WORDS, found.status),
        )
    return found


def record_attendance(
    store: Store,
    signer: Signer,
    group: GroupId,
    meeting: str,
    attendance: Mapping[str, str | tuple[str, str]],
) -> list[Change]:
    """person -> 'present' | 'absent' | 'excused' | 'late' | ('represented', by person).

    One change holds at most `meetings.MAX_ATTENDANCE` rows (a limit on what peers send),
    so a larger meeting is written as several changes in one transaction: all or none."""
    _open(books_for(store, group), meeting)
    rows: list[list[Any]] = []
    for person, status in attendance.items():
        by = None
        if isinstance(status, tuple):
            status, represented_by = status
            by = member_key(store, group, represented_by)
        if status not in meetings.ATTENDANCE:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "'{status}' is not an attendance ({choices})"),
                status=status,
                choices=listing(word(meetings.CHOICE_WORDS, a) for a in meetings.ATTENDANCE),
            )
        if (status == "represented") != (by is not None):
            raise Refused(
                QT_TRANSLATE_NOOP("core", "'represented' needs who represented the member")
            )
        rows.append([member_key(store, group, person), status, by])
    if not rows:
        raise Refused(QT_TRANSLATE_NOOP("core", "no attendance to record"))
    meeting_key = raw_id(meeting, "meeting")
    return write_in_parts(
        store,
        signer,
        group,
        "meeting.attend",
        (
            {"meeting": meeting_key, "attendance": part}
            for part in in_parts(rows, meetings.MAX_ATTENDANCE)
        ),
    )


def record_decision(
    store: Store,
    signer: Signer,
    group: GroupId,
    meeting: str,
    *,
    motion: str,
    votes_for: int,
    votes_against: int,
    abstain: int = 0,
    outcome: str | None = None,
) -> Change:
    """A decision; without an outcome, carried when more voted for than against."""
    _open(books_for(store, group), meeting)
    if min(votes_for, votes_against, abstain) < 0:
        raise Refused(QT_TRANSLATE_NOOP("core", "votes cannot be negative"))
    outcome = outcome or ("carried" if votes_for > votes_against else "defeated")
    if outcome not in meetings.OUTCOMES:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "'{outcome}' is not an outcome ({choices})"),
            outcome=outcome,
            choices=listing(word(meetings.CHOICE_WORDS, o) for o in meetings.OUTCOMES),
        )
    body = {
        "meeting": raw_id(meeting, "meeting"),
        "motion": motion.strip(),
        "for": votes_for,
        "against": votes_against,
        "abstain": abstain,
        "outcome": outcome,
    }
    return write_checked(store, signer, group, "meeting.decide", body)


def write_minutes(
    store: Store, signer: Signer, group: GroupId, meeting: str, text: str
) -> Change | None:
    """Replace the minutes' text (a collaborative document); None when unchanged."""
    meeting_of(books_for(store, group), meeting)
    return core_actions.edit_document(store, signer, group, records.minutes_doc(meeting), text)


def close_meeting(
    store: Store, signer: Signer, group: GroupId, meeting: str, counts: Mapping[str, Amount]
) -> Change:
    """Record the cash counted per fund; with a difference, the elders must witness it."""
    state = store.state(group)
    books = books_of(state)
    found = meeting_of(books, meeting)
    if found.status == "closed":
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the meeting of {date} is already closed"), date=found.date
        )
    currency = state.settings.currency
    counted = {
        fund_id(books, f): minor(a, currency, what=CASH_COUNT, allow_zero=True)
        for f, a in counts.items()
    }
    if not counted:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "count the cash of at least one fund to close a meeting")
        )
    body = {
        "meeting": raw_id(meeting, "meeting"),
        "counts": [[bytes.fromhex(f), a] for f, a in sorted(counted.items())],
    }
    change = write_checked(store, signer, group, "meeting.close", body)
    store.sign_receipt(group)  # a witnessed state at each meeting close
    return change
