"""What the constitution fills into an entry before it is signed: a fine's amount from
the schedule, a loan's interest rule, a repayment's loan and its interest-first split.

Used by `ledger.savings.actions.add_entry`; replay checks the same figures again
(`ledger.savings.loans.why_not`, `ledger.savings.fines.why_not`), so what is filled in
here is never trusted on its own.
"""

from __future__ import annotations

from typing import Any

from ledger.savings import loans
from ledger.savings.books import Books, EntryId, hexid
from ledger.savings.entries import MAX_TERM
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import PersonId
from ledger.store.words import QT_TRANSLATE_NOOP, Words


def _entry_ref(books: Books, ref: str, kind: str) -> Any:
    entry = books.entries.get(EntryId(ref))
    if entry is None or entry.type != kind:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "no loan {ref} in the books")
            if kind == "loan"
            else QT_TRANSLATE_NOOP("core", "no fine owed {ref} in the books"),
            ref=ref[:8],
        )
    return entry


def fine_terms(
    books: Books, body: dict[str, Any], *, fine: str | None, charge: str | None
) -> int | None:
    """Name the fine (and the owed fine paid) in `body`; the amount the rules fix, if any."""
    kind = body["type"]
    if charge:
        if kind != "fine":
            raise Refused(QT_TRANSLATE_NOOP("core", "only a fine pays a fine owed"))
        owed = _entry_ref(books, charge, "charge")
        body["charge"] = bytes.fromhex(owed.id)
        body["fine"] = owed.fine
        body["fund"] = bytes.fromhex(owed.fund)
        return int(owed.amount)
    if not fine:
        if kind == "charge":
            raise Refused(QT_TRANSLATE_NOOP("core", "say which fine of the schedule is owed"))
        return None
    if kind not in ("fine", "charge"):
        raise Refused(QT_TRANSLATE_NOOP("core", "only a fine names a fine of the schedule"))
    body["fine"] = fine.strip()
    schedule = books.rules.in_force(body["date"]).fines
    if body["fine"] not in schedule:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the fine schedule has no fine '{fine}' on {date}"),
            fine=body["fine"],
            date=body["date"],
        )
    return schedule[body["fine"]]


def loan_terms(books: Books, body: dict[str, Any], *, term: int | None, loan: str | None) -> None:
    """A loan's term and interest rule; a repayment's loan and its interest-first split."""
    kind = body["type"]
    if term is not None and kind != "loan":
        raise Refused(QT_TRANSLATE_NOOP("core", "only a loan has a term"))
    if loan is not None and kind != "repayment":
        raise Refused(QT_TRANSLATE_NOOP("core", "only a repayment names the loan it repays"))
    if kind == "loan":
        rules = books.rules.in_force(body["date"])
        if term is not None:
            if isinstance(term, bool) or not isinstance(term, int) or not 1 <= term <= MAX_TERM:
                raise Refused(
                    QT_TRANSLATE_NOOP("core", "a loan's term is 1 to {most} months"),
                    most=MAX_TERM,
                )
            body["term"] = term
        if rules.interest_bp is not None:
            if term is None:
                raise Refused(QT_TRANSLATE_NOOP("core", "a loan needs its term in months"))
            body["interest_bp"] = rules.interest_bp
            body["interest_method"] = rules.method
    elif kind == "repayment":
        member = PersonId(hexid(body["member"]))
        target = (
            loans.loan_on(books, _entry_ref(books, loan, "loan").id, body["date"])
            if loan
            else loans.repaying(books, member, body["date"])
        )
        if target is None:
            if loan:
                raise Refused(QT_TRANSLATE_NOOP("core", "that loan was reversed"))
            return
        if target.member != member:
            raise Refused(QT_TRANSLATE_NOOP("core", "the loan repaid is not a loan of this member"))
        body["loan"] = bytes.fromhex(target.id)
        if "interest" not in body and target.rate_bp is not None:
            principal, interest = loans.split(target, body["amount"])
            if not principal and not interest:
                return
            body["amount"] = principal
            if interest:
                body["interest"] = interest
        if body["amount"] + body.get("interest", 0) <= 0:
            raise Refused(
                Words(QT_TRANSLATE_NOOP("core", "a repayment must repay principal or interest"))
            )
