"""Districts converge: the district kinds, a representative's entries and households,
written concurrently on three PCs, give one state whatever order the changes arrive in."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.savings import actions as fa
from ledger.savings import district_actions as da
from ledger.savings import membership_actions as actions
from ledger.savings.books import books_of
from ledger.store.errors import LatticeError
from ledger.store.persons import Signer
from ledger.store.store import Store

NAMES = ("North", "South", "East")
FAMILIES = ("Chiku", "Dan", "Esther")
op = st.tuples(
    st.sampled_from(["add", "rename", "retire", "move", "appoint", "dismiss", "home", "pay",
                     "sync"]),
    st.integers(0, 2),
    st.integers(0, 2),
    st.integers(0, 2),
)  # fmt: skip


def _run(pcs: list[Store], group: str, people: dict[str, Signer], ops: list) -> None:
    amina = people["Amina"]
    for kind, pc, a, b in ops:
        store = pcs[pc]
        family = people[FAMILIES[a]].person
        try:
            if kind == "add":
                da.add_district(store, amina, group, name=NAMES[a])  # type: ignore[arg-type]
            elif kind == "rename":
                da.rename_district(store, amina, group, NAMES[a], name=NAMES[b] + "2")  # type: ignore[arg-type]
            elif kind == "retire":
                da.retire_district(store, amina, group, NAMES[a])  # type: ignore[arg-type]
            elif kind == "move":
                da.move_member(store, amina, group, family, district=NAMES[b])  # type: ignore[arg-type]
            elif kind == "appoint":
                da.appoint_rep(store, amina, group, family, district=NAMES[b])  # type: ignore[arg-type]
            elif kind == "dismiss":
                da.dismiss_rep(store, amina, group, family)  # type: ignore[arg-type]
            elif kind == "home":
                da.set_household(store, amina, group, family, [(people["Bosco"].person, "Bo")])  # type: ignore[arg-type]
            elif kind == "pay":
                # a representative records for a family: accepted only in its district
                rep = people[FAMILIES[b]]
                fa.add_entry(store, rep, group, type="contribution", member=family,  # type: ignore[arg-type]
                             amount=100 * (a + 1), date="2024-03-01")  # fmt: skip
            else:
                pcs[a].ingest_many(store.raw_changes(group))  # type: ignore[arg-type]
        except LatticeError:
            pass  # refused: nothing written


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=1, max_size=25), order=st.randoms(use_true_random=False))
def test_districts_converge_in_any_order(
    people: dict[str, Signer], ops: list, order: object
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pcs = [Store.open(root / f"pc{i}") for i in range(3)]
        amina = people["Amina"]
        group = actions.create_group(pcs[0], amina, name="Council", currency="USD").group
        for name in FAMILIES:
            actions.add_member(pcs[0], amina, group, person=people[name].person, name=name,
                               roles=["member"])  # fmt: skip
        da.add_district(pcs[0], amina, group, name="North")
        for pc in pcs[1:]:
            pc.ingest_many(pcs[0].raw_changes(group))
        _run(pcs, group, people, ops)
        genesis = pcs[0].raw_changes(group)[0]
        everything = list({raw for pc in pcs for raw in pc.raw_changes(group)})
        order.shuffle(everything)  # type: ignore[attr-defined]
        a, b = Store.open(root / "a"), Store.open(root / "b")
        a.ingest_many(sorted(everything))
        b.ingest(genesis)
        for raw in everything:
            b.ingest(raw)
        assert a.pending_count() == b.pending_count() == 0
        assert a.state(group).digest() == b.state(group).digest()
        m = a.state(group).membership
        for member in m.members.values():  # nobody in a retired district, ever
            if member.district is not None:
                assert not m.districts[member.district].retired
        assert len(m.signs_for) <= 1  # Bosco signs for one family at most
        for entry in books_of(a.state(group)).entries.values():
            assert entry.recorder in {people[n].person for n in FAMILIES}  # reps only
        for pc in pcs:
            pc.ingest_many(everything)
            assert pc.state(group).digest() == a.state(group).digest()
        for s in (*pcs, a, b):
            s.close()
