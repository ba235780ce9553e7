"""The finance tests share the store fixtures of tests/ledger (persons made once per session)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from ledger.savings import actions as fa
from ledger.savings import membership_actions as actions
from ledger.savings.books import Books, books_of
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store


def books(store: Store, group: GroupId) -> Books:
    return books_of(store.state(group))


def confirm(store: Store, people: dict[str, Signer], group: GroupId, *ids: str) -> None:
    """Both elders (Bosco and Esther) sign: the quorum of 2 of the `group` fixture."""
    for elder in ("Bosco", "Esther"):
        fa.sign_off(store, people[elder], group, list(ids))


def deposit(
    store: Store,
    people: dict[str, Signer],
    group: GroupId,
    amount: int,
    *,
    member: str = "Chiku",
    fund: str | None = None,
    date: str = "2024-02-03",
    confirmed: bool = True,
) -> str:
    entry = fa.add_entry(
        store,
        people["Amina"],
        group,
        type="contribution",
        member=people[member].person,
        amount=amount,
        fund=fund,
        date=date,
    ).id
    if confirmed:
        confirm(store, people, group, entry)
    return entry


def voided_reasons(store: Store, group: GroupId) -> list[str]:
    return [v.reason for v in store.state(group).voided]


@pytest.fixture
def dan(store: Store, people: dict[str, Signer], group: GroupId) -> Signer:
    """A second family (member) in the `group` fixture."""
    actions.add_member(
        store, people["Amina"], group, person=people["Dan"].person, name="Dan", roles=["member"]
    )
    return people["Dan"]


def ids(values: Iterable[object]) -> list[str]:
    return [str(v) for v in values]
