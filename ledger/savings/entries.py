"""Funds and ledger entries: what a body must hold, and when an entry may stand.

`why_not(books, entry)` is the one check of an entry against the group's books and
the rules in force on the entry's date. The action runs it before signing (so a
refusal writes nothing) and every peer runs it again at replay, where a refusal
voids the entry the same way everywhere (two withdrawals written at once on two
PCs cannot both take the fund below zero).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ledger.savings import fines, loans
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
from ledger.savings.meetings import STATUS_WORDS as MEETING_STATUS_WORDS
from ledger.savings.money import MAX_AMOUNT, Amount
from ledger.savings.rules import INTEREST_METHODS, Rules, check_date
from ledger.store import schema as s
from ledger.store.errors import DecodeError
from ledger.store.ids import PersonId
from ledger.store.membership import Status
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


def check_entry(body: dict[str, Any]) -> None:
    """A repayment repays principal or interest (amount + interest > 0); a transfer's
    `fund` and `to_fund` differ."""
    s.check_variants(
        body,
        "type",
        _SHAPES,
        lambda: Words(
            QT_TRANSLATE_NOOP("core", "the type must be one of {choices}"),
            choices=listing(word(TYPE_WORDS, t) for t in ENTRY_TYPES),
        ),
    )
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


def why_not(books: Books, entry: Entry) -> str | None:
    """Why this entry may not stand on the books as they are, or None."""
    closed = books.closed_cycle_on(entry.date)
    if closed is not None:
        return Words(
            QT_TRANSLATE_NOOP(
                "core", "the cycle from {start} to {end} is closed: no entries dated {date}"
            ),
            start=closed.start or "…",
            end=closed.end,
            date=entry.date,
        )
    if entry.type == "reversal":
        return _reversal_problem(books, entry)
    for fund in (entry.fund, entry.to_fund):
        if fund is not None and fund not in books.funds:
            return Words(QT_TRANSLATE_NOOP("core", "no fund {fund} in this group"), fund=fund[:8])
    if entry.member is not None and books.membership is not None:
        member = books.membership.members.get(entry.member)
        if member is None or member.status == Status.REMOVED:
            return Words(
                QT_TRANSLATE_NOOP("core", "{person} is not a member of this group"),
                person=entry.member[:8],
            )
        if member.status == Status.SUSPENDED and _builds_savings(books, entry):
            return Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} is suspended: a suspended member may repay and pay fines, "
                    "but not buy shares, save or borrow",
                ),
                name=member.name,
            )
    reason = _meeting_problem(books, entry) or _money_problem(books, entry)
    if reason is not None:
        return reason
    return _rules_problem(books, entry, books.rules.in_force(entry.date))


def _builds_savings(books: Books, entry: Entry) -> bool:
    if entry.type == "loan":
        return True
    return entry.type == "contribution" and (
        bool(entry.shares) or books.funds[entry.fund].kind == "savings"
    )


def _reversal_problem(books: Books, entry: Entry) -> str | None:
    target = books.entries.get(entry.reverses) if entry.reverses else None
    if target is None:
        return QT_TRANSLATE_NOOP("core", "the entry to reverse is not in the books")
    if target.type == "reversal":
        return QT_TRANSLATE_NOOP(
            "core", "a reversal cannot be reversed (record the entry again instead)"
        )
    if target.reversed_by is not None:
        return Words(
            QT_TRANSLATE_NOOP("core", "that entry was already reversed by {entry}"),
            entry=target.reversed_by[:8],
        )
    reason = fines.reversal_problem(books, target) or loans.reversal_problem(books, target)
    return reason or _meeting_problem(books, entry)


def _meeting_problem(books: Books, entry: Entry) -> str | None:
    if entry.meeting is None:
        return None
    meeting = books.meetings.get(entry.meeting)
    if meeting is None:
        return QT_TRANSLATE_NOOP("core", "no such meeting")
    if meeting.status != "open":
        return Words(
            QT_TRANSLATE_NOOP("core", "the meeting of {date} is {status}: no more entries"),
            date=meeting.date,
            status=word(MEETING_STATUS_WORDS, meeting.status),
        )
    return None


def _money_problem(books: Books, entry: Entry) -> str | None:
    for line in entry.lines()[0]:
        name = books.funds[line.fund].name
        if line.delta < 0 and books.available(line.fund) + line.delta < 0:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{fund} holds {money} in confirmed money (after the payments already "
                    "recorded); this would take it below zero",
                ),
                fund=name,
                money=books.money(books.available(line.fund)),
            )
        if books.book_balance(line.fund) + line.delta > MAX_AMOUNT:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core", "{fund} would hold more than the largest amount Lattice keeps"
                ),
                fund=name,
            )
    if entry.type == "shareout":
        return _shareout_problem(books, entry)
    if entry.type == "repayment" and entry.member is not None and entry.amount:
        owed = loan_outstanding(books, entry.member)
        if entry.amount > owed:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core", "the member owes {owed} in loan principal; this repays {paid}"
                ),
                owed=books.money(owed),
                paid=books.money(entry.amount),
            )
    return None


def _shareout_problem(books: Books, entry: Entry) -> str | None:
    from ledger.savings.shareout import dues, payouts_in_cycle

    assert entry.member is not None
    rules = books.rules.in_force(entry.date)
    if payouts_in_cycle(books, entry.member, rules):
        return QT_TRANSLATE_NOOP(
            "core", "the member was already paid their share-out in this cycle (one per cycle)"
        )
    interest, fines = dues(books, entry.member, entry.date)
    if interest or fines:
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                "the member still owes {interest} in loan interest and {fines} in fines: "
                "they pay these before their share-out",
            ),
            interest=books.money(interest),
            fines=books.money(fines),
        )
    owed = loan_outstanding(books, entry.member)
    if entry.settles > owed:
        return Words(
            QT_TRANSLATE_NOOP(
                "core", "the member owes {owed} in loan principal; the share-out settles {paid}"
            ),
            owed=books.money(owed),
            paid=books.money(entry.settles),
        )
    return None


def loan_outstanding(books: Books, member: PersonId) -> int:
    """Loan principal the member owes, counting every entry recorded (pending too)."""
    return books.loan_owed(member)


def cycle_savings(books: Books, member: PersonId, rules: Rules, *, confirmed: bool) -> int:
    """The member's savings (savings funds) dated in the cycle of `rules`."""
    total = 0
    for e in books.member_entries(member):
        if not rules.in_cycle(e.date) or (confirmed and not books.is_confirmed(e)):
            continue
        for line in e.lines()[1]:
            if line.measure == "saved" and books.funds[line.fund].kind == "savings":
                total += line.delta
    return total


def _on(entry: Entry) -> Words:
    """The words "by the rules in force on …", made only when a reason is given."""
    return Words(QT_TRANSLATE_NOOP("core", "by the rules in force on {date}"), date=entry.date)


def _rules_problem(books: Books, entry: Entry, rules: Rules) -> str | None:
    fund = books.funds[entry.fund]
    if entry.type == "contribution" and entry.shares:
        if rules.share_value is None:
            return Words(
                QT_TRANSLATE_NOOP("core", "the group has set no share value {on}"), on=_on(entry)
            )
        if entry.amount != entry.shares * rules.share_value:
            cost = books.money(entry.shares * rules.share_value)
            return Words(
                QT_TRANSLATE_NOOP("core", "{shares} shares cost {cost} {on}"),
                shares=entry.shares,
                cost=cost,
                on=_on(entry),
            )
        assert entry.member is not None
        bought = books.shares_bought(entry.member, entry.meeting, entry.date) + entry.shares
        if rules.max_shares is not None and bought > rules.max_shares:
            return Words(
                QT_TRANSLATE_NOOP("core", "a member buys at most {shares} shares per meeting {on}"),
                shares=rules.max_shares,
                on=_on(entry),
            )
        if rules.min_shares is not None and bought < rules.min_shares:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core", "a member buys at least {shares} shares per meeting {on}"
                ),
                shares=rules.min_shares,
                on=_on(entry),
            )
    if entry.type == "contribution" and fund.kind == "social" and rules.social_fund:
        if entry.amount % rules.social_fund:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core", "the social-fund contribution is {money} per meeting {on}"
                ),
                money=books.money(rules.social_fund),
                on=_on(entry),
            )
    if entry.type in ("loan", "repayment", "fine", "charge"):
        reason = loans.why_not(books, entry, rules) or fines.why_not(books, entry, rules)
        if reason is not None:
            return reason
    if entry.type == "loan" and rules.loan_multiple_pct is not None:
        assert entry.member is not None
        savings = cycle_savings(books, entry.member, rules, confirmed=True)
        limit = savings * rules.loan_multiple_pct // 100
        owed = loan_outstanding(books, entry.member)
        if owed + entry.amount > limit:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "loans are limited to {percent} % of the member's confirmed savings "
                    "({limit}) {on}; the member already owes {owed}",
                ),
                percent=rules.loan_multiple_pct,
                limit=books.money(limit),
                on=_on(entry),
                owed=books.money(owed),
            )
    if entry.type in ("fine", "charge") and entry.fine is not None and entry.charge is None:
        if entry.fine not in rules.fines:
            return Words(
                QT_TRANSLATE_NOOP("core", "the fine schedule has no fine '{fine}' {on}"),
                fine=entry.fine,
                on=_on(entry),
            )
        if rules.fines[entry.fine] != entry.amount:
            return Words(
                QT_TRANSLATE_NOOP("core", "the fine '{fine}' is {money} {on}"),
                fine=entry.fine,
                money=books.money(rules.fines[entry.fine]),
                on=_on(entry),
            )
    return None


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
