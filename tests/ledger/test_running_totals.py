"""Today's fund balances come from running totals; they must equal a walk of every entry."""

from __future__ import annotations

from ledger import actions
from ledger.finance import actions as finance
from ledger.finance.balances import fund_balances
from ledger.finance.books import books_of
from ledger.ids import GroupId
from ledger.persons import Signer
from ledger.store import Store


def _both(store: Store, group: GroupId) -> tuple[dict, dict]:
    books = books_of(store.state(group))
    return fund_balances(books), fund_balances(books, until="9999-12-31")


def test_running_totals_equal_a_full_walk(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    a = people["Amina"]
    chiku = people["Chiku"].person
    ids = [
        finance.add_entry(
            store, a, group, type="contribution", member=chiku, amount=f"{n}.25", date="2026-02-01"
        ).id
        for n in range(1, 6)
    ]
    fast, slow = _both(store, group)
    assert fast == slow
    assert fast[group].pending == 1625 and fast[group].confirmed == 0
    finance.sign_off(store, people["Bosco"], group, ids[:3])
    finance.sign_off(store, people["Esther"], group, ids[:2])
    fast, slow = _both(store, group)
    assert fast == slow
    assert fast[group].confirmed == 125 + 225
    actions.change_settings(store, a, group, quorum=1)  # a lower quorum confirms more
    fast, slow = _both(store, group)
    assert fast == slow
    assert fast[group].confirmed == 125 + 225 + 325
