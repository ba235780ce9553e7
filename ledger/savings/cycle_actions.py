"""User actions on the savings cycle: open it, pay the share-out, close it.

See `ledger.savings.actions` for the conventions (refuse before signing; plain words).
"""

from __future__ import annotations

from typing import Any

from ledger.savings import cycles
from ledger.savings.actions import set_rules
from ledger.savings.inputs import (
    Amount,
    books_for,
    day_of,
    fund_id,
    member_key,
    raw_id,
    write_checked,
    write_entry,
)
from ledger.savings.shareout import ShareLine, dues, project
from ledger.store.change import Change
from ledger.store.errors import Refused
from ledger.store.ids import GroupId, PersonId
from ledger.store.persons import Signer
from ledger.store.store import Store
from ledger.store.words import QT_TRANSLATE_NOOP


def open_cycle(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    start: str,
    end: str | None = None,
    meetings: int | None = None,
    cash_unit: Amount | None = None,
    note: str = "",
) -> Change:
    """Start a cycle in the constitution: its first day and its planned end or meetings."""
    books = books_for(store, group)
    day = day_of(start, later_ok=True)
    if end is None and meetings is None:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "say the cycle's planned end or its number of meetings")
        )
    for closed in books.cycles.values():
        if day <= closed.end:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "a new cycle starts after the last one closed ({end})"),
                end=closed.end,
            )
    current = books.rules.in_force(day)
    if (
        current.cycle_start is not None
        and current.cycle_start < day
        and not any(c.start == current.cycle_start for c in books.cycles.values())
    ):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "the cycle that started on {start} is not closed yet: share out and close it first",
            ),
            start=current.cycle_start,
        )
    return set_rules(
        store,
        signer,
        group,
        effective=day,
        note=note,
        cycle_start=day,
        cycle_end=end,
        cycle_meetings=meetings,
        cash_unit=cash_unit,
    )


def share_line(store: Store, group: GroupId, member: str, day: str) -> ShareLine | None:
    plan = project(books_for(store, group), day=day, confirmed_only=True)
    return next((x for x in plan.lines if x.member == member), None)


def pay_shareout(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    member: str,
    date: str | None = None,
    fund: str | None = None,
    meeting: str | None = None,
    note: str = "",
) -> Change:
    """Record a member's share-out: the cash handed over and the loan settled from it,
    exactly as the confirmed books compute them (once per member per cycle)."""
    books = books_for(store, group)
    day = day_of(date)
    key = member_key(store, group, member)
    rules = books.rules.in_force(day)
    if rules.cycle_start is None:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the constitution has started no cycle (set the cycle's start first)"
            )
        )
    if not rules.in_cycle(day):
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the share-out is dated in its cycle, from {start} to {end}"),
            start=rules.cycle_start,
            end=rules.cycle_end or "…",
        )
    line = share_line(store, group, member, day)
    if line is not None and line.paid:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "the member was already paid their share-out in this cycle (one per cycle)"
            )
        )
    if line is None or line.net + line.loan <= 0:
        raise Refused(QT_TRANSLATE_NOOP("core", "the member has no part in this share-out"))
    body: dict[str, Any] = {
        "type": "shareout",
        "fund": bytes.fromhex(fund_id(books, fund)),
        "amount": line.net,
        "member": key,
        "date": day,
    }
    if line.loan:
        body["settles"] = line.loan
    if meeting:
        body["meeting"] = raw_id(meeting, "meeting")
    if note.strip():
        body["note"] = note.strip()
    return write_entry(store, signer, group, books, body)


def pay_shareouts(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    members: list[PersonId],
    date: str | None = None,
    fund: str | None = None,
    meeting: str | None = None,
) -> list[Change]:
    """Pay several members' share-outs at once. Refused, with nobody paid, while any of
    them still owes loan interest or fines: paying those adds to the pool and so changes
    every part, so they are paid before anyone is paid out."""
    books = books_for(store, group)
    day = day_of(date)
    state = store.state(group)
    owing = []
    for member in members:
        interest, fines = dues(books, member, day)
        if interest or fines:
            owing.append(f"{state.member_name(member)} ({books.money(interest + fines)})")
    if owing:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "nobody was paid: {who} still owe loan interest or fines, which they pay "
                "before anyone's share-out (it adds to every part)",
            ),
            who=", ".join(owing),
        )
    paid: list[Change] = []
    for member in members:
        try:
            paid.append(
                pay_shareout(
                    store, signer, group, member=member, date=day, fund=fund, meeting=meeting
                )
            )
        except Refused as exc:
            # Those paid so far stay recorded: say who they are, and who was refused.
            raise Refused(
                QT_TRANSLATE_NOOP("core", "{member} was not paid: {reason}")
                if not paid
                else QT_TRANSLATE_NOOP(
                    "core", "paid {paid}; then {member} was not paid: {reason}"
                ),
                paid=", ".join(state.member_name(x.body["member"].hex()) for x in paid),
                member=state.member_name(member),
                reason=exc.words,
            ) from None
    return paid


def close_cycle(
    store: Store, signer: Signer, group: GroupId, *, end: str | None = None, note: str = ""
) -> Change:
    """Record the cycle's close after its share-out; elders then sign it to close it."""
    books = books_for(store, group)
    planned = books.rules.latest().cycle_end
    today = day_of(None)
    day = day_of(end, planned if planned and planned < today else today)
    reason = cycles.close_problem(books, day)
    if reason is not None:
        raise Refused(reason)
    body: dict[str, Any] = {"end": day}
    if note.strip():
        body["note"] = note.strip()
    return write_checked(store, signer, group, "cycle.close", body)
