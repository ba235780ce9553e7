"""The books converge: same changes in any order give the same digest, and concurrent
withdrawals on different PCs never take a fund below zero once they meet."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ledger.savings import actions as fa
from ledger.savings import group_actions as ga
from ledger.savings import membership_actions as actions
from ledger.savings.books import books_of
from ledger.store.errors import LatticeError
from ledger.store.persons import Signer
from ledger.store.store import Store

OPS = ("deposit",) * 4 + ("withdraw",) * 3 + ("sign",) * 4 + ("sync",) * 3 + (
    "loan", "reverse", "meeting", "close", "goal", "rules", "quorum")
op = st.tuples(st.sampled_from(OPS), st.integers(0, 2), st.integers(0, 2), st.integers(1, 9))


def _run(pcs: list[Store], group: str, people: dict[str, Signer], ops: list) -> None:
    a, chiku = people["Amina"], people["Chiku"].person
    for kind, pc, other, n in ops:
        store = pcs[pc]
        books = books_of(store.state(group))  # type: ignore[arg-type]
        entries, meetings = list(books.entries), list(books.meetings)
        try:
            if kind == "deposit":
                fa.add_entry(store, a, group, type="contribution", member=chiku,  # type: ignore[arg-type]
                             amount=n * 100, date=f"2024-0{n}-01")  # fmt: skip
            elif kind in ("withdraw", "loan"):
                fa.add_entry(store, a, group, type="withdrawal" if kind == "withdraw" else "loan",  # type: ignore[arg-type]
                             member=chiku, amount=n * 150, date=f"2024-0{n}-02")  # fmt: skip
            elif kind == "sign" and entries:
                elder = people[("Bosco", "Esther")[n % 2]]
                fa.sign_off(store, elder, group, entries[-n:] + meetings[-1:])  # type: ignore[arg-type]
            elif kind == "reverse" and entries:
                fa.reverse_entry(store, a, group, entries[n % len(entries)])  # type: ignore[arg-type]
            elif kind == "meeting":
                ga.open_meeting(store, a, group, date=f"2024-0{n}-03")  # type: ignore[arg-type]
            elif kind == "close" and meetings:
                ga.close_meeting(store, a, group, meetings[-1], {group: n * 100})  # type: ignore[arg-type]
            elif kind == "goal":
                ga.add_goal(store, people["Chiku"], group, title=f"goal {n}", target=n)  # type: ignore[arg-type]
            elif kind == "rules":
                fa.set_rules(store, a, group, effective=f"2024-0{n}-01", max_shares=n,  # type: ignore[arg-type]
                             min_shares=n % 3)  # fmt: skip
            elif kind == "quorum":
                actions.change_settings(store, a, group, quorum=1 + n % 2)  # type: ignore[arg-type]
            else:
                pcs[other].ingest_many(store.raw_changes(group))  # type: ignore[arg-type]
        except LatticeError:
            pass  # refused actions write nothing


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=10, max_size=40), order=st.randoms(use_true_random=False))
def test_books_converge_under_any_delivery_order(
    people: dict[str, Signer], ops: list, order: object
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pcs = [Store.open(root / f"pc{i}") for i in range(3)]
        group = actions.create_group(pcs[0], people["Amina"], name="Umoja", currency="KES").group
        for name, role in (("Bosco", "elder"), ("Esther", "elder"), ("Chiku", "member")):
            actions.add_member(pcs[0], people["Amina"], group, person=people[name].person,
                               name=name, roles=[role])  # fmt: skip
        first = fa.add_entry(pcs[0], people["Amina"], group, type="contribution",
                             member=people["Chiku"].person, amount=1000).id  # fmt: skip
        for elder in ("Bosco", "Esther"):
            fa.sign_off(pcs[0], people[elder], group, [first])
        for pc in pcs[1:]:
            pc.ingest_many(pcs[0].raw_changes(group))
        _run(pcs, group, people, ops)
        genesis = pcs[0].raw_changes(group)[0]
        everything = list({raw for pc in pcs for raw in pc.raw_changes(group)})
        shuffled = everything + everything[: len(everything) // 3]
        order.shuffle(shuffled)  # type: ignore[attr-defined]
        a, b = Store.open(root / "a"), Store.open(root / "b")
        a.ingest_many(sorted(everything))
        b.ingest(genesis)
        for raw in shuffled:
            b.ingest(raw)
        assert a.state(group).digest() == b.state(group).digest()
        for pc in pcs:
            pc.ingest_many(everything)
            assert pc.state(group).digest() == a.state(group).digest()
        books = books_of(a.state(group))
        event(f"voided: {bool(a.state(group).voided)}")
        event(f"entries: {min(len(books.entries), 10) // 5 * 5}+")
        event(f"confirmed: {sum(books.is_confirmed(e) for e in books.entries.values()) > 2}")
        if not any(e.type == "reversal" for e in books.entries.values()):
            assert books.available(books.default_fund) >= 0
        for s in (*pcs, a, b):
            s.close()
