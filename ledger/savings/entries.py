"""Funds and ledger entries: what a body must hold, how it becomes an entry, its effect.

Whether an entry may stand against the books is `ledger.savings.entry_checks.why_not`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ledger.savings.books import (
    ENTRY_TYPES,
    FUND_KINDS,
    Books,
    EntryId,
    Fund,
    FundId,
    GoalId,
    MeetingId,
    books_of,
    hexid,
)
from ledger.savings.entry import Entry
from ledger.savings.entry_checks import why_not
from ledger.savings.money import MAX_AMOUNT, Amount
from ledger.savings.rules import INTEREST_METHODS, check_date
from ledger.store import schema as s
from ledger.store.errors import DecodeError
from ledger.store.ids import PersonId
from ledger.store.words import QT_TRANSLATE_NOOP, Words, listing, word

if TYPE_CHECKING:
    from ledger.store.change import Change
    from ledger.store.state import GroupState

TYPE_WORDS = {
    "contribution": QT_TRANSLATE_NOOP("core", "contribution"),
    "withdrawal": QT_TRANSLATE_NOOP("core", "withdrawal"),
    "loan": QT_TRANSLATE_NOOP("core", "loan"),
    "repayment": QT_TRANSLATE_NOOP("core", "repayment"),
    "fine": QT_TRANSLATE_NOOP("core", "fine"),
    "transfer": QT_TRANSLATE_NOOP("core", "transfer"),
    "shareout": QT_TRANSLATE_NOOP("core", "shareout"),
    "expense": QT_TRANSLATE_NOOP("core", "expense"),
    "reversal": QT_TRANSLATE_NOOP("core", "reversal"),
    "charge": QT_TRANSLATE_NOOP("core", "fine owed"),
    "shortage": QT_TRANSLATE_NOOP("core", "shortage"),
    "surplus": QT_TRANSLATE_NOOP("core", "surplus"),
}
"""The entry types as words a front end translates."""
FUND_KIND_WORDS = {
    "savings": QT_TRANSLATE_NOOP("core", "savings"),
    "social": QT_TRANSLATE_NOOP("core", "social"),
    "loan": QT_TRANSLATE_NOOP("core", "loan"),
    "project": QT_TRANSLATE_NOOP("core", "project"),
}

_amount = s.integer(1, MAX_AMOUNT)
MAX_TERM = 120
"""The longest loan term, in months."""
_COMMON = {"note": s.text(500), "meeting": s.key32}
_BASE = {"type": s.one_of(*ENTRY_TYPES), "fund": s.key32, "amount": _amount, "date": check_date}
_SHAPES: dict[str, s.Shape] = {
    "contribution": s.Shape(
        {**_BASE, "type": s.one_of("contribution"), "member": s.key32},
        {**_COMMON, "shares": s.integer(1, 10_000)},
    ),
    "withdrawal": s.Shape({**_BASE, "type": s.one_of("withdrawal"), "member": s.key32}, _COMMON),
    "loan": s.Shape(
        {**_BASE, "type": s.one_of("loan"), "member": s.key32},
        {
            **_COMMON,
            "term": s.integer(1, MAX_TERM),
            "interest_bp": s.integer(0, 100_000),
            "interest_method": s.one_of(*INTEREST_METHODS),
        },
    ),
    "repayment": s.Shape(
        {
            **_BASE,
            "type": s.one_of("repayment"),
            "amount": s.integer(0, MAX_AMOUNT),
            "member": s.key32,
        },
        {**_COMMON, "interest": _amount, "loan": s.key32},
    ),
    "fine": s.Shape(
        {**_BASE, "type": s.one_of("fine"), "member": s.key32},
        {**_COMMON, "fine": s.text(40), "charge": s.key32},
    ),
    "charge": s.Shape(
        {**_BASE, "type": s.one_of("charge"), "member": s.key32, "fine": s.text(40)}, _COMMON
    ),
    "transfer": s.Shape(
        {**_BASE, "type": s.one_of("transfer"), "to_fund": s.key32},
        {**_COMMON, "member": s.key32},
    ),
    "shareout": s.Shape(
        {
            **_BASE,
            "type": s.one_of("shareout"),
            "amount": s.integer(0, MAX_AMOUNT),
            "member": s.key32,
        },
        {**_COMMON, "settles": _amount},
    ),
    "expense": s.Shape(
        {**_BASE, "type": s.one_of("expense"), "note": s.text(500)}, {"meeting": s.key32}
    ),
    "reversal": s.Shape(
        {"type": s.one_of("reversal"), "reverses": s.key32, "date": check_date},
        _COMMON,
    ),
}


# -- funds -------------------------------------------------------------------------------


def check_fund(body: dict[str, Any]) -> None:
    s.check_body(body, {"name": s.text(60), "kind": s.one_of(*FUND_KINDS)}, {"goal": s.key32})


def fund_problem(books: Books, name: str, goal: GoalId | None) -> str | None:
    wanted = name.strip().casefold()
    for fund in books.funds.values():
        if fund.name.strip().casefold() == wanted:
            return Words(
                QT_TRANSLATE_NOOP("core", "the group already has a fund called {name}"),
                name=fund.name,
            )
    if goal is not None and goal not in books.goals:
        return QT_TRANSLATE_NOOP("core", "no such goal")
    return None


def apply_fund(state: GroupState, change: Change) -> str | None:
    """Adds a fund whose id is the change id, named `name` (trimmed), of `kind`, linked to
    `goal`. Void when a fund of the same name (trimmed, case-folded) exists, or the goal
    does not. Every group also has its default savings fund, "Savings", whose id is the
    group id."""
    books = books_of(state)
    books.sync()
    b = change.body
    goal = GoalId(hexid(b["goal"])) if "goal" in b else None
    reason = fund_problem(books, b["name"], goal)
    if reason is not None:
        return reason
    fid = FundId(change.id)
    books.funds[fid] = Fund(fid, b["name"].strip(), b["kind"], goal, change.author)
    return None


# -- entries -----------------------------------------------------------------------------


def _unknown_type() -> Words:
    return Words(
        QT_TRANSLATE_NOOP("core", "the type must be one of {choices}"),
        choices=listing(word(TYPE_WORDS, t) for t in ENTRY_TYPES),
    )


def check_entry(body: dict[str, Any]) -> None:
    """A repayment repays principal or interest (amount + interest > 0); a transfer's
    `fund` and `to_fund` differ."""
    s.check_variants(body, "type", _SHAPES, _unknown_type)
    kind = body["type"]
    if kind == "shareout" and body["amount"] + body.get("settles", 0) <= 0:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a share-out must pay cash or settle a loan"))
    if kind == "repayment" and body["amount"] + body.get("interest", 0) <= 0:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a repayment must repay principal or interest"))
    if kind == "transfer" and body["fund"] == body["to_fund"]:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a transfer needs two different funds"))


def entry_of(books: Books, body: dict[str, Any], entry_id: EntryId, recorder: PersonId) -> Entry:
    """The entry a body describes (a reversal takes fund, member and amount from its target)."""

    def opt(key: str) -> str | None:
        return hexid(body[key]) if key in body else None

    meeting = opt("meeting")
    entry = Entry(
        id=entry_id,
        type=body["type"],
        fund=FundId(opt("fund") or ""),
        amount=body.get("amount", 0),
        date=body["date"],
        recorder=recorder,
        order=books.next_order(),
        member=PersonId(m) if (m := opt("member")) else None,
        note=body.get("note", ""),
        meeting=MeetingId(meeting) if meeting else None,
        shares=body.get("shares", 0),
        interest=body.get("interest", 0),
        to_fund=FundId(t) if (t := opt("to_fund")) else None,
        fine=body.get("fine"),
        reverses=EntryId(r) if (r := opt("reverses")) else None,
        term=body.get("term", 0),
        rate_bp=body.get("interest_bp"),
        method=body.get("interest_method"),
        loan=EntryId(x) if (x := opt("loan")) else None,
        charge=EntryId(x) if (x := opt("charge")) else None,
        settles=body.get("settles", 0),
    )
    target = books.entries.get(entry.reverses) if entry.reverses else None
    if target is not None:
        entry.fund, entry.member, entry.amount = target.fund, target.member, target.amount
        entry.interest, entry.settles = target.interest, target.settles
        entry.base = target.lines()
        entry.loan, entry.charge = target.loan, target.charge
    return entry


def apply_entry(state: GroupState, change: Change) -> str | None:
    """Records the entry (its id is the change id) when it stands on the books as they are
    at this point of the replay: see "Money rules" in docs/money-rules.md. An entry
    that does not stand is void."""
    books = books_of(state)
    books.sync()
    entry = entry_of(books, change.body, EntryId(change.id), change.author)
    reason = why_not(books, entry)
    if reason is not None:
        return reason
    books.add_entry(entry)
    return None


def describe_entry(body: dict[str, Any]) -> str:
    if body["type"] == "reversal":
        return Words(
            QT_TRANSLATE_NOOP("core", "reversed entry {entry}"), entry=body["reverses"].hex()[:8]
        )
    return Words(
        QT_TRANSLATE_NOOP("core", "recorded a {type} of {amount} on {date}"),
        type=word(TYPE_WORDS, body["type"]),
        amount=Amount(body["amount"]),
        date=body["date"],
    )
