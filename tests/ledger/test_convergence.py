"""Invariant 2 and 3: same changes, any order, duplicates or not → the same state and the
same accept/reject decisions."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.savings import membership_actions as actions
from ledger.store.errors import LatticeError
from ledger.store.persons import Signer
from ledger.store.store import Store

ACTORS = ("Amina", "Bosco", "Chiku")
MINUTES = "minutes:" + "ab" * 8

op = st.tuples(
    st.sampled_from(["link", "edit", "grant", "revoke", "remove", "add", "sync"]),
    st.sampled_from(ACTORS),
    st.integers(0, 2),
    st.integers(0, 2),
    st.text(alphabet="abc \n", max_size=12),
)


def _run(
    pcs: list[Store],
    group: str,
    people: dict[str, Signer],
    ops: list[tuple[str, str, int, int, str]],
) -> None:
    for kind, actor, pc, other, text in ops:
        store, signer = pcs[pc], people[actor]
        target = people[ACTORS[other]].person
        try:
            if kind == "link":
                actions.link_device(store, signer, group, text.strip())
            elif kind == "edit":
                actions.edit_document(store, signer, group, MINUTES, text)
            elif kind == "grant":
                actions.grant_role(store, signer, group, target, "council")
            elif kind == "revoke":
                actions.revoke_role(store, signer, group, target, "council")
            elif kind == "remove":
                actions.remove_member(store, signer, group, target)
            elif kind == "add":
                actions.add_member(
                    store, signer, group, person=target, name=ACTORS[other], roles=["elder"]
                )
            else:
                pcs[other].ingest_many(store.raw_changes(group))
        except LatticeError:
            pass  # refused actions write nothing; that is part of what is exercised


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=1, max_size=25), order=st.randoms(use_true_random=False))
def test_any_delivery_order_converges(people: dict[str, Signer], ops: list, order: object) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pcs = [Store.open(root / f"pc{i}") for i in range(3)]
        group = actions.create_group(pcs[0], people["Amina"], name="Umoja", currency="KES").group
        actions.add_member(
            pcs[0],
            people["Amina"],
            group,
            person=people["Bosco"].person,
            name="Bosco",
            roles=["council"],
        )
        actions.add_member(
            pcs[0],
            people["Amina"],
            group,
            person=people["Chiku"].person,
            name="Chiku",
            roles=["member"],
        )
        for pc in pcs[1:]:
            pc.ingest_many(pcs[0].raw_changes(group))
        _run(pcs, group, people, ops)
        genesis = pcs[0].raw_changes(group)[0]
        everything = list({raw for pc in pcs for raw in pc.raw_changes(group)})
        shuffled = everything + everything[: len(everything) // 2]
        order.shuffle(shuffled)  # type: ignore[attr-defined]
        a, b = Store.open(root / "a"), Store.open(root / "b")
        a.ingest_many(sorted(everything))
        # A group's data always starts with its genesis (a PC refuses changes of a group it
        # does not hold); after that, one by one, in a random order, with duplicates.
        b.ingest(genesis)
        for raw in shuffled:
            b.ingest(raw)
        assert a.pending_count() == b.pending_count() == 0
        assert a.change_count(group) == b.change_count(group) == len(everything)
        assert a.state(group).digest() == b.state(group).digest()
        # every PC, once it holds everything, agrees too
        for pc in pcs:
            pc.ingest_many(everything)
            assert pc.state(group).digest() == a.state(group).digest()
        for s in (*pcs, a, b):
            s.close()
