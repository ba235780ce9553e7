from __future__ import annotations

import hashlib
from typing import Any

import pytest

from ledger.savings.books import Books, EntryId, FundId, books_of
from ledger.savings.entry import Entry
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.state import GroupState
from ledger.store.store import Store


class HandBooks:
    """Entries put straight into a state's books (no signed changes): for figure tests."""

    def __init__(self, state: GroupState, people: dict[str, Signer]) -> None:
        self.state = state
        self.books: Books = books_of(state)
        self.people = people

    def add(self, type_: str, member: str | None, amount: int, date: str, *,
            signed_by: tuple[str, ...] = ("Bosco", "Esther"), **extra: Any) -> Entry:
        order = self.books.next_order()
        entry = Entry(
            id=EntryId(hashlib.sha256(f"{order}".encode()).hexdigest()),
            type=type_, fund=extra.pop("fund", self.books.default_fund), amount=amount,
            date=date, recorder=self.people["Amina"].person, order=order,
            member=self.people[member].person if member else None, **extra,
        )
        if type_ == "reversal":
            assert entry.reverses is not None
            entry.base = self.books.entries[entry.reverses].lines()
        self.books.add_entry(entry)
        for elder in signed_by:
            self.books.sign(entry, self.people[elder].person)
        return entry


@pytest.fixture
def hand(store: Store, group: GroupId, people: dict[str, Signer]) -> HandBooks:
    """Umoja's books: a short year of savings, a loan, a fine and its reversal, one pending."""
    live = store.state(group)
    state = GroupState(group=group, membership=live.membership, books=Books())
    h = HandBooks(state, people)
    h.add("contribution", "Chiku", 100_000, "2024-01-10")
    h.add("contribution", "Amina", 50_000, "2024-01-10")
    h.add("loan", "Chiku", 30_000, "2024-02-14")
    h.add("repayment", "Chiku", 10_000, "2024-03-12", interest=1_000)
    fine = h.add("fine", "Amina", 500, "2024-03-12")
    h.add("contribution", "Chiku", 20_000, "2024-03-12", signed_by=("Bosco",))
    h.add("withdrawal", "Amina", 5_000, "2024-04-02")
    h.add("reversal", "Amina", 500, "2024-04-02", reverses=fine.id)
    return h


def savings_fund(h: HandBooks) -> FundId:
    return h.books.default_fund


def entry_body(group: GroupId, type_: str, member: Signer | None, amount: int, date: str,
               **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"type": type_, "fund": bytes.fromhex(group), "amount": amount,
                            "date": date, **extra}
    if member is not None:
        body["member"] = bytes.fromhex(member.person)
    return body


@pytest.fixture
def ledger_group(store: Store, group: GroupId, people: dict[str, Signer]) -> GroupId:
    """Umoja with signed entries: Amina records, Bosco and Esther sign off (quorum 2)."""
    amina, bosco, esther = people["Amina"], people["Bosco"], people["Esther"]

    def record(type_: str, who: str, amount: int, date: str, **extra: Any) -> bytes:
        change = store.write(amina, group, "entry.add",
                             entry_body(group, type_, people[who], amount, date, **extra))
        return bytes.fromhex(change.id)

    first = [record("contribution", "Chiku", 100_000, "2024-01-10"),
             record("contribution", "Amina", 50_000, "2024-01-10")]
    for elder in (bosco, esther):
        store.write(elder, group, "signoff", {"entries": first})
    loan = record("loan", "Chiku", 30_000, "2024-02-14")
    repay = record("repayment", "Chiku", 10_000, "2024-03-12", interest=1_000)
    for elder in (bosco, esther):
        store.write(elder, group, "signoff", {"entries": [loan, repay]})
    waiting = record("contribution", "Chiku", 20_000, "2024-03-12")
    store.write(bosco, group, "signoff", {"entries": [waiting]})
    return group
