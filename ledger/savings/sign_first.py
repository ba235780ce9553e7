"""What to do when money recorded but not yet signed off would allow an entry.

Money leaves a fund only from confirmed money, and a loan's limit counts confirmed
savings (docs/money-rules.md): at a meeting, the savings just recorded must be signed
off by the elders before a loan against them. The refusal then says so, with how much
waits and what the figure would be once signed. Only the action adds this; replay's
reasons stay as they are.
"""

from __future__ import annotations

from ledger.savings.books import Books
from ledger.savings.entry import Entry
from ledger.savings.entry_checks import cycle_savings, loan_outstanding
from ledger.store.words import QT_TRANSLATE_NOOP, Words


def next_step(books: Books, entry: Entry, reason: str) -> str:
    """`reason`, with what to do next when signing off what waits would allow `entry`."""
    if entry.type == "reversal":
        return reason
    for line in entry.lines()[0]:
        available = books.available(line.fund)
        if line.delta >= 0 or available + line.delta >= 0:
            continue
        balance = books.book_balance(line.fund)  # all recorded: signed off or waiting
        if balance + line.delta < 0:
            return reason
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                "{reason}. {money} paid into {fund} still awaits the elders' sign-off: "
                "once they have signed it off (the meeting's entries, or each one), "
                "record this again",
            ),
            reason=reason,
            money=books.money(balance - available),
            fund=books.funds[line.fund].name,
        )
    rules = books.rules.in_force(entry.date)
    if entry.type == "loan" and entry.member is not None and rules.loan_multiple_pct is not None:
        confirmed = cycle_savings(books, entry.member, rules, confirmed=True)
        recorded = cycle_savings(books, entry.member, rules, confirmed=False)
        owed = loan_outstanding(books, entry.member)
        limit = confirmed * rules.loan_multiple_pct // 100
        if owed + entry.amount > limit and recorded > confirmed:
            signed_limit = recorded * rules.loan_multiple_pct // 100
            if owed + entry.amount <= signed_limit:
                return Words(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{reason}. {money} of the member's savings still awaits the elders' "
                        "sign-off: once they have signed it off (the meeting's entries, or "
                        "each one), the limit is {limit} and this can be recorded",
                    ),
                    reason=reason,
                    money=books.money(recorded - confirmed),
                    limit=books.money(signed_limit),
                )
    return reason
