"""Today's fund balances come from running totals; they must equal a walk of every entry."""

from __future__ import annotations

from ledger.savings import actions as finance
from ledger.savings import membership_actions as actions
from ledger.savings.balances import fund_balances, monthly
from ledger.savings.books import Books, books_of
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.snapshot import decode_state, encode_state
from ledger.store.store import Store


def _pooled_walk(books: Books) -> list[tuple[str, int]]:
    """All funds' confirmed closing per month, from the core's month-by-month walk."""
    rows = monthly(books)
    closing: dict[str, int] = {}
    pooled = []
    for month in sorted({r.month for r in rows}):
        closing.update({r.fund: r.closing for r in rows if r.month == month})
        pooled.append((month, sum(closing.values())))
    return pooled


def _both(store: Store, group: GroupId) -> tuple[dict, dict]:
    state = store.state(group)
    books = books_of(state)
    pooled = books.pooled_by_month()  # None just after a quorum change: walk instead
    assert pooled == _pooled_walk(books) or (pooled is None and books.running_totals() is None)
    cached = decode_state(encode_state(state))  # the cached state keeps the same figures
    assert cached is not None
    assert books_of(cached).pooled_by_month() == pooled
    assert books_of(cached).running_totals() == books.running_totals()
    assert books_of(cached)._unread is not None, "totals need no entries read"
    assert books_of(cached).by_member == books.by_member
    assert list(books_of(cached)._pending) == list(books._pending)
    return fund_balances(books), fund_balances(books, until="9999-12-31")


def test_running_totals_equal_a_full_walk(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    a = people["Amina"]
    chiku = people["Chiku"].person
    ids = [
        finance.add_entry(
            store,
            a,
            group,
            type="contribution",
            member=chiku,
            amount=f"{n}.25",
            date=f"2026-0{n}-01",
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
    finance.add_entry(
        store, a, group, type="contribution", member=chiku, amount="1.00", date="2026-06-01"
    )  # the next change takes the lower quorum in
    books = books_of(store.state(group))
    assert books.pooled_by_month() == _pooled_walk(books)
    assert books.pooled_by_month() is not None
