"""When an entry may stand: the one check of an entry against the group's books.

`why_not(books, entry)` checks an entry against the books and the rules in force on
the entry's date. The action runs it before signing (so a refusal writes nothing) and
every peer runs it again at replay, where a refusal voids the entry the same way
everywhere (two withdrawals written at once on two PCs cannot both take the fund
below zero).
"""

from __future__ import annotations

from ledger.savings import fines, loans
from ledger.savings.books import (
    Books,
)
from ledger.savings.entry import Entry
from ledger.savings.meetings import STATUS_WORDS as MEETING_STATUS_WORDS
from ledger.savings.money import MAX_AMOUNT
from ledger.savings.rules import Rules
from ledger.store.ids import PersonId
from ledger.store.membership import Status
from ledger.store.words import QT_TRANSLATE_NOOP, Words, word


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
