"""Fines: the schedule fixes each amount; a fine is paid at once or owed and paid later.

A fine paid at once is a 'fine' entry. A fine owed is a 'charge' entry (no money moves:
the member's position shows it under fines owed) and a later 'fine' entry naming the
charge pays it, for the charge's amount whatever the schedule says by then. Attendance
can charge the fines owed for absence and lateness in one step: the schedule's fine
called 'absent' (or 'absence') for those absent, 'late' (or 'lateness') for the late.
"""

from __future__ import annotations

from ledger.savings.books import Books, EntryId
from ledger.savings.entry import Entry
from ledger.savings.rules import Rules
from ledger.store.ids import PersonId
from ledger.store.words import QT_TRANSLATE_NOOP, Words

ATTENDANCE_FINES = {"absent": ("absent", "absence"), "late": ("late", "lateness")}
"""Per attendance status, the names the schedule may give its fine (the first found)."""


def paid_by(books: Books, member: PersonId) -> dict[EntryId, EntryId]:
    """The member's owed fines that a standing payment settles: charge -> payment."""
    return {
        e.charge: e.id
        for e in books.member_entries(member)
        if e.type == "fine" and e.charge is not None and e.reversed_by is None
    }


def owed(books: Books, member: PersonId) -> list[Entry]:
    """The member's fines owed and not paid (reversed ones left out), oldest first."""
    paid = paid_by(books, member)
    return [
        e
        for e in books.member_entries(member)
        if e.type == "charge" and e.reversed_by is None and e.id not in paid
    ]


def attendance_fine(rules: Rules, status: str) -> str | None:
    """The schedule's fine for an attendance status, or None."""
    return next((n for n in ATTENDANCE_FINES.get(status, ()) if n in rules.fines), None)


def why_not(books: Books, entry: Entry, rules: Rules) -> str | None:
    """Why a fine paying an owed fine may not stand, or None (the schedule is checked
    with the other rules; a payment of an owed fine is held to the charge instead)."""
    if entry.type != "fine" or entry.charge is None:
        return None
    charge = books.entries.get(entry.charge)
    if charge is None or charge.type != "charge" or charge.member != entry.member:
        return QT_TRANSLATE_NOOP("core", "the fine paid is not a fine this member owes")
    if charge.reversed_by is not None:
        return QT_TRANSLATE_NOOP("core", "the fine owed was cancelled by a reversal")
    assert entry.member is not None
    if entry.charge in paid_by(books, entry.member):
        return Words(
            QT_TRANSLATE_NOOP("core", "the fine '{fine}' of {date} is already paid"),
            fine=charge.fine or "",
            date=charge.date,
        )
    if (entry.amount, entry.fund) != (charge.amount, charge.fund):
        return Words(
            QT_TRANSLATE_NOOP("core", "the fine '{fine}' owed since {date} is {money}"),
            fine=charge.fine or "",
            date=charge.date,
            money=books.money(charge.amount),
        )
    if entry.date < charge.date:
        return Words(
            QT_TRANSLATE_NOOP("core", "the fine is owed from {date}, after this payment"),
            date=charge.date,
        )
    return None


def reversal_problem(books: Books, target: Entry) -> str | None:
    """Why a fine owed may not be reversed: it is paid (reverse the payment first)."""
    if target.type == "charge" and target.member is not None:
        if target.id in paid_by(books, target.member):
            return QT_TRANSLATE_NOOP(
                "core", "that fine owed is paid: reverse its payment first"
            )
    return None
