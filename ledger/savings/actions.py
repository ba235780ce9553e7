"""User actions on the books: the CLI and the window both call these.

Each action checks against the current books what replay would check (the same
functions), and raises `Refused` or `NotFound` before signing, so a refusal writes
nothing. Amounts may be given as text in the group's currency ('12.50') or as
integers in minor units; dates as 'YYYY-MM-DD' (default: today, or the meeting's).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ledger.savings import entries, meetings, rules, signoff, terms
from ledger.savings.books import (
    ENTRY_TYPES,
    FUND_KINDS,
    EntryId,
    GoalId,
    MeetingId,
    books_of,
)
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
    write_entry,
    write_in_parts,
)
from ledger.store.change import Change
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import ChangeId, GroupId
from ledger.store.membership import Role
from ledger.store.persons import Signer
from ledger.store.store import Store
from ledger.store.words import QT_TRANSLATE_NOOP, Words, listing, word

# -- rules and funds -------------------------------------------------------------------


def set_rules(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    effective: str | None = None,
    note: str = "",
    share_value: Amount | None = None,
    min_shares: int | None = None,
    max_shares: int | None = None,
    interest_bp: int | None = None,
    loan_multiple_pct: int | None = None,
    social_fund: Amount | None = None,
    fines: Mapping[str, Amount] | None = None,
    interest_method: str | None = None,
    one_loan: bool | None = None,
    cycle_start: str | None = None,
    cycle_end: str | None = None,
    cycle_meetings: int | None = None,
    cash_unit: Amount | None = None,
    shareout_social: bool | None = None,
    unset: Iterable[str] = (),
) -> Change:
    """Set rules from a date on; fines name only those that change (0 takes one off);
    `unset` names rules taken away from that date (back to not set: no limit)."""
    state = store.state(group)
    currency = state.settings.currency
    body: dict[str, Any] = {"from": day_of(effective, later_ok=True)}
    if share_value is not None:
        body["share_value"] = minor(
            share_value, currency, what=QT_TRANSLATE_NOOP("core", "the share value")
        )
    if social_fund is not None:
        body["social_fund"] = minor(
            social_fund,
            currency,
            what=QT_TRANSLATE_NOOP("core", "the social fund"),
            allow_zero=True,
        )
    if cash_unit is not None:
        body["cash_unit"] = minor(
            cash_unit, currency, what=QT_TRANSLATE_NOOP("core", "the cash unit")
        )
    if fines is not None:
        body["fines"] = {
            k.strip(): minor(
                v,
                currency,
                what=Words(QT_TRANSLATE_NOOP("core", "the fine {name}"), name=k),
                allow_zero=True,
            )
            for k, v in fines.items()
        }
    if interest_method is not None:
        if interest_method not in rules.INTEREST_METHODS:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core", "'{method}' is not a way of charging interest ({choices})"
                ),
                method=interest_method,
                choices=listing(word(rules.METHOD_NAMES, m) for m in rules.INTEREST_METHODS),
            )
        body["interest_method"] = interest_method
    if one_loan is not None:
        body["one_loan"] = bool(one_loan)
    for key, value in (
        ("min_shares", min_shares),
        ("max_shares", max_shares),
        ("interest_bp", interest_bp),
        ("loan_multiple_pct", loan_multiple_pct),
        ("cycle_meetings", cycle_meetings),
        ("shareout_social", shareout_social),
    ):
        if value is not None:
            body[key] = value
    for key, day in (("cycle_start", cycle_start), ("cycle_end", cycle_end)):
        if day is not None:
            body[key] = day_of(day, later_ok=True)
    taken = list(dict.fromkeys(unset))
    for key in taken:
        if key not in rules.UNSETTABLE:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core", "'{rule}' is not a rule that can be taken away ({choices})"
                ),
                rule=key,
                choices=listing(word(rules.RULE_WORDS, k) for k in rules.UNSETTABLE),
            )
        if key in body:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "{rule} cannot be both set and taken away"),
                rule=word(rules.RULE_WORDS, key),
            )
    if taken:
        body["unset"] = taken
    if note.strip():
        body["note"] = note.strip()
    if len(body) == 1 + ("note" in body):
        raise Refused(QT_TRANSLATE_NOOP("core", "no rule to set"))
    books = books_of(state)
    version = rules.RulesVersion(ChangeId(""), body["from"], signer.person, rules.changes_of(body))
    reason = books.rules.problem_with(version)
    if reason is not None:
        raise Refused(reason)
    return write_checked(store, signer, group, "rules.set", body)


def add_fund(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    name: str,
    kind: str = "savings",
    goal: str | None = None,
) -> Change:
    if kind not in FUND_KINDS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "'{kind}' is not a kind of fund ({choices})"),
            kind=kind,
            choices=listing(word(entries.FUND_KIND_WORDS, k) for k in FUND_KINDS),
        )
    books = books_for(store, group)
    reason = entries.fund_problem(books, name, GoalId(goal) if goal else None)
    if reason is not None:
        raise Refused(reason)
    body: dict[str, Any] = {"name": name.strip(), "kind": kind}
    if goal:
        body["goal"] = raw_id(goal, "goal")
    return write_checked(store, signer, group, "fund.add", body)


# -- entries ---------------------------------------------------------------------------


def add_entry(
    store: Store,
    signer: Signer,
    group: GroupId,
    *,
    type: str,
    member: str | None = None,
    amount: Amount | None = None,
    fund: str | None = None,
    date: str | None = None,
    note: str = "",
    meeting: str | None = None,
    shares: int | None = None,
    interest: Amount | None = None,
    to_fund: str | None = None,
    fine: str | None = None,
    term: int | None = None,
    loan: str | None = None,
    charge: str | None = None,
) -> Change:
    """Record one entry. The amount may be left out where the rules fix it: shares (shares
    x share value), a fine of the schedule, a fine owed (`charge`). A loan takes the
    constitution's interest and needs its `term` in months when interest is charged. A
    repayment's amount is what the member pays: the interest due first, the rest repays
    principal of `loan` (default: the oldest loan owed); typing `interest` gives the
    split instead, which must be that one."""
    if type not in ENTRY_TYPES or type == "reversal":
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "'{type}' is not a type of entry you can record: use {choices}"
            ),
            type=type,
            choices=", ".join(t for t in ENTRY_TYPES if t not in ("reversal", "shareout")),
        )
    if type == "shareout":
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "a share-out payout is computed, not typed: pay it as the share-out says"
            )
        )
    state = store.state(group)
    books = books_of(state)
    currency = state.settings.currency
    body: dict[str, Any] = {"type": type, "fund": raw_id(fund_id(books, fund), "fund")}
    if meeting:
        body["meeting"] = raw_id(meeting, "meeting")
        date = date or meeting_of(books, meeting).date
    body["date"] = day_of(date)
    if type == "expense":
        if member:
            raise Refused(QT_TRANSLATE_NOOP("core", "an expense is the group's, not a member's"))
        if not note.strip():
            raise Refused(QT_TRANSLATE_NOOP("core", "say what the expense was for"))
    elif member:
        body["member"] = member_key(store, group, member)
    elif type != "transfer":
        raise Refused(
            QT_TRANSLATE_NOOP("core", "a {type} needs the member it concerns"),
            type=word(entries.TYPE_WORDS, type),
        )
    if shares is not None:
        if type != "contribution" or shares < 1:
            raise Refused(
                QT_TRANSLATE_NOOP(
                    "core", "shares are bought by a contribution of at least one share"
                )
            )
        body["shares"] = shares
        if amount is None:
            value = books.rules.in_force(body["date"]).share_value
            if value is None:
                raise Refused(
                    QT_TRANSLATE_NOOP("core", "the group has set no share value on {date}"),
                    date=body["date"],
                )
            amount = shares * value
    fixed = terms.fine_terms(books, body, fine=fine, charge=charge)
    amount = fixed if amount is None else amount
    if amount is None:
        raise Refused(QT_TRANSLATE_NOOP("core", "say the amount"))
    body["amount"] = minor(amount, currency, allow_zero=type == "repayment" and bool(interest))
    if interest is not None:
        if type != "repayment":
            raise Refused(QT_TRANSLATE_NOOP("core", "only a repayment carries interest"))
        body["interest"] = minor(interest, currency, what=QT_TRANSLATE_NOOP("core", "the interest"))
    terms.loan_terms(books, body, term=term, loan=loan)
    if to_fund is not None or type == "transfer":
        if type != "transfer":
            raise Refused(QT_TRANSLATE_NOOP("core", "only a transfer has a destination fund"))
        if not to_fund:
            raise Refused(QT_TRANSLATE_NOOP("core", "a transfer needs the fund the money goes to"))
        body["to_fund"] = raw_id(fund_id(books, to_fund), "fund")
    if note.strip():
        body["note"] = note.strip()
    return write_entry(store, signer, group, books, body)


def reverse_entry(
    store: Store,
    signer: Signer,
    group: GroupId,
    entry: str,
    *,
    date: str | None = None,
    note: str = "",
    meeting: str | None = None,
) -> Change:
    """Cancel an entry by a reversal entry (nothing is ever edited or deleted).

    The reversal is dated like the entry it cancels (or like the meeting it is recorded
    at), so every figure of that period, that cycle included, comes out right."""
    books = books_for(store, group)
    target = books.entries.get(EntryId(entry))
    if target is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "no entry {entry} in the books"), entry=entry[:8])
    body: dict[str, Any] = {"type": "reversal", "reverses": raw_id(entry, "entry")}
    default = target.date
    if meeting:
        body["meeting"] = raw_id(meeting, "meeting")
        default = meeting_of(books, meeting).date
    body["date"] = day_of(date, default)
    if note.strip():
        body["note"] = note.strip()
    return write_entry(store, signer, group, books, body)


# -- sign-off --------------------------------------------------------------------------


def sign_off(
    store: Store, signer: Signer, group: GroupId, targets: Iterable[str]
) -> list[Change]:
    """Sign entries; a meeting id signs its entries, its minutes and its cash count.

    One change names at most `signoff.MAX_TARGETS` entries (a limit on what peers send),
    so a larger meeting is signed by several changes in one transaction: all or none."""
    state = store.state(group)
    books = books_of(state)
    if Role.ELDER.value not in state.membership.roles_of(signer.person):
        raise Refused(
            QT_TRANSLATE_NOOP("core", "{name} is not an elder of this group"), name=signer.name
        )
    own = not state.settings.recorder_counts
    body: dict[str, list[Any]] = {"entries": [], "minutes": [], "counts": []}
    skipped: list[Words] = []

    def add_entry_target(entry: Any) -> None:
        if signer.person in entry.signers:
            skipped.append(
                Words(
                    QT_TRANSLATE_NOOP("core", "{entry}: already signed by {name}"),
                    entry=entry.id[:8],
                    name=signer.name,
                )
            )
        elif own and entry.recorder == signer.person:
            skipped.append(
                Words(
                    QT_TRANSLATE_NOOP(
                        "core", "{entry}: recorded by {name}, whose sign-off would not count"
                    ),
                    entry=entry.id[:8],
                    name=signer.name,
                )
            )
        elif bytes.fromhex(entry.id) not in body["entries"]:
            body["entries"].append(bytes.fromhex(entry.id))

    for ref in targets:
        if EntryId(ref) in books.entries:
            add_entry_target(books.entries[EntryId(ref)])
            continue
        cycle = books.cycles.get(ref)
        if cycle is not None:
            if cycle.closed or signer.person in cycle.witnesses:
                skipped.append(
                    Words(
                        QT_TRANSLATE_NOOP("core", "{entry}: already signed by {name}"),
                        entry=ref[:8],
                        name=signer.name,
                    )
                )
            else:
                body.setdefault("cycles", []).append(bytes.fromhex(ref))
            continue
        if MeetingId(ref) not in books.meetings:
            raise NotFound(
                QT_TRANSLATE_NOOP("core", "no entry or meeting {ref} in the books"), ref=ref[:8]
            )
        meeting = books.meetings[MeetingId(ref)]
        for entry in meetings.entries_at(books, meeting.id):
            add_entry_target(entry)
        text = state.document_text(meeting.doc)
        digest = meetings.text_hash(text)
        if text and signer.person not in meeting.minutes_signers.get(digest, set()):
            body["minutes"].append([bytes.fromhex(meeting.id), bytes.fromhex(digest)])
        count = meeting.count
        if meeting.status == "closing" and count and signer.person not in count.witnesses:
            body["counts"].append([bytes.fromhex(meeting.id), bytes.fromhex(count.id)])
    body = {k: v for k, v in body.items() if v}
    if not body:
        if skipped:
            raise Refused(
                QT_TRANSLATE_NOOP("core", "nothing left to sign: {why}"),
                why=listing(skipped, "; "),
            )
        raise Refused(QT_TRANSLATE_NOOP("core", "nothing left to sign"))
    entries = body.pop("entries", [])
    chunks = in_parts(entries, signoff.MAX_TARGETS)
    return write_in_parts(
        store,
        signer,
        group,
        "signoff",
        (
            {**(body if number == 0 else {}), **({"entries": chunk} if chunk else {})}
            for number, chunk in enumerate(chunks)
        ),
    )
