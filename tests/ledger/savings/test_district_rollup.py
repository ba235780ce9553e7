"""The roll-up by district adds up to the group: checked against a small reference that
tallies what the test itself recorded (it imports nothing of ledger.savings's sums)."""

from __future__ import annotations

import hashlib
import tempfile
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ledger.savings import actions as fa
from ledger.savings import district_actions as da
from ledger.savings import group_actions as ga
from ledger.savings import membership_actions as actions
from ledger.savings.balances import member_positions, totals
from ledger.savings.books import books_of
from ledger.savings.districts import rollup
from ledger.store.errors import LatticeError
from ledger.store.persons import Signer
from ledger.store.store import Store

OPS = ("pay",) * 5 + ("take",) * 2 + ("sign",) * 3 + ("reverse", "move", "remove", "quorum")
OPS += ("transfer", "spend")  # money into and out of the goal's fund from no member
op = st.tuples(st.sampled_from(OPS), st.integers(0, 7), st.integers(0, 3), st.integers(1, 9))


def _person(i: int) -> str:
    return hashlib.sha256(f"family {i}".encode()).hexdigest()


class Reference:
    """What the test recorded, summed by the member's district at the end."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[str | None, str, str, int]] = {}
        """id -> (member or None, fund, kind, signed amount into that fund)."""
        self.signed: dict[str, set[str]] = {}
        self.district: dict[str, str | None] = {}
        self.removed: set[str] = set()
        self.quorum = 2
        self.confirmed: set[str] = set()
        """Entries that once had the quorum of their time (a raised quorum unconfirms none)."""

    def settle(self) -> None:
        for entry in self.entries:
            if len(self.signed.get(entry, set())) >= self.quorum:
                self.confirmed.add(entry)

    def sums(self, key: str | None, fund: str | None = None) -> tuple[int, int]:
        confirmed = pending = 0
        for entry, (member, f, _, amount) in self.entries.items():
            if member is None or self.district[member] != key or (fund is not None and f != fund):
                continue
            if entry in self.confirmed:
                confirmed += amount
            else:
                pending += amount
        return confirmed, pending

    def fund(self, fund: str) -> tuple[int, int]:
        """The fund's balance, whoever's money it is."""
        confirmed = pending = 0
        for entry, (_, f, _, amount) in self.entries.items():
            if f == fund:
                confirmed += amount if entry in self.confirmed else 0
                pending += 0 if entry in self.confirmed else amount
        return confirmed, pending


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n_districts=st.integers(1, 4),
    homes=st.lists(st.integers(-1, 3), min_size=1, max_size=8),
    ops=st.lists(op, max_size=30),
)
def test_rollup_adds_up_to_the_group(
    people: dict[str, Signer], n_districts: int, homes: list[int], ops: list
) -> None:
    amina = people["Amina"]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        try:
            g = actions.create_group(store, amina, name="Lattice", currency="USD").group
            for elder in ("Bosco", "Esther"):
                actions.add_member(
                    store, amina, g, person=people[elder].person, name=elder, roles=["elder"]
                )
            names = [f"D{i}" for i in range(n_districts)]
            ids = [da.add_district(store, amina, g, name=n).id for n in names]
            project = fa.add_fund(store, amina, g, name="Center", kind="project").id
            goal = ga.add_goal(
                store, amina, g, title="Community center", target=10_000, fund=project
            ).id
            ref = Reference()
            ref.district = {amina.person: None, people["Bosco"].person: None}
            ref.district[people["Esther"].person] = None
            members = [_person(i) for i in range(len(homes))]
            for i, (person, home) in enumerate(zip(members, homes, strict=True)):
                district = names[home % n_districts] if home >= 0 else None
                actions.add_member(
                    store, amina, g, person=person, name=f"F{i}", roles=["member"],
                    district=district,
                )  # fmt: skip
                ref.district[person] = ids[home % n_districts] if home >= 0 else None
            # the group's own money in savings, confirmed: what transfers to the goal take
            opening = fa.add_entry(store, amina, g, type="contribution", member=amina.person,
                                   amount=10_000, fund=g, date="2024-02-01").id  # fmt: skip
            for elder in ("Bosco", "Esther"):
                fa.sign_off(store, people[elder], g, [opening])
            grant = fa.add_entry(store, amina, g, type="transfer", fund=g, to_fund=project,
                                 amount=2_000, date="2024-02-01").id  # fmt: skip
            for elder in ("Bosco", "Esther"):
                fa.sign_off(store, people[elder], g, [grant])
            ref.entries[opening] = (amina.person, g, "pay", 10_000)
            ref.entries[grant] = (None, project, "transfer", 2_000)
            for entry in (opening, grant):
                ref.signed[entry] = {people["Bosco"].person, people["Esther"].person}
            ref.settle()
            for kind, who, where, n in ops:
                member = members[who % len(members)]
                fund = project if where == 3 else g
                try:
                    if kind in ("pay", "take"):
                        amount = n * (100 if kind == "pay" else 40)
                        entry = fa.add_entry(
                            store, amina, g, type="contribution" if kind == "pay" else "withdrawal",
                            member=member, amount=amount, fund=fund, date="2024-03-01",
                        ).id  # fmt: skip
                        sign = 1 if kind == "pay" else -1
                        ref.entries[entry] = (member, fund, kind, sign * amount)
                    elif kind == "transfer":
                        entry = fa.add_entry(
                            store, amina, g, type="transfer", fund=g, to_fund=project,
                            amount=n * 70, date="2024-03-01",
                        ).id  # fmt: skip
                        ref.entries[entry] = (None, project, kind, n * 70)
                        event("transferred")
                    elif kind == "spend":
                        entry = fa.add_entry(
                            store, amina, g, type="expense", fund=project, amount=n * 30,
                            date="2024-03-01", note="bricks",
                        ).id  # fmt: skip
                        ref.entries[entry] = (None, project, kind, -n * 30)
                        event("spent")
                    elif kind == "sign" and ref.entries:
                        elder = people[("Bosco", "Esther")[n % 2]]
                        targets = list(ref.entries)[-n:]
                        fa.sign_off(store, elder, g, targets)
                        for t in targets:
                            ref.signed.setdefault(t, set()).add(elder.person)
                    elif kind == "reverse" and ref.entries:
                        target = list(ref.entries)[n % len(ref.entries)]
                        entry = fa.reverse_entry(store, amina, g, target).id
                        m, f, was, amount = ref.entries[target]
                        ref.entries[entry] = (m, f, was, -amount)
                    elif kind == "move":
                        da.move_member(store, amina, g, member, district=names[where % n_districts])
                        ref.district[member] = ids[where % n_districts]
                    elif kind == "quorum":
                        actions.change_settings(store, amina, g, quorum=1 + n % 2)
                        ref.quorum = 1 + n % 2
                    elif kind == "remove" and member not in ref.removed:
                        actions.remove_member(store, amina, g, member)
                        ref.removed.add(member)
                except LatticeError:
                    pass  # refused: nothing written, nothing to count
                ref.settle()
            state = store.state(g)
            books = books_of(state)
            result = rollup(books, state.membership)
            # The running totals give what the entries give (a far date reads the entries).
            assert result == rollup(books, state.membership, until="9999-12-31")
            for key in [*ids, None]:
                row = next((r for r in result.rows if r.district == key), None)
                expect = ref.sums(key)
                count = sum(1 for p, d in ref.district.items() if d == key and p not in ref.removed)
                if row is None:  # only the no-district row may be left out, when empty
                    assert key is None and expect == (0, 0) and count == 0
                    continue
                assert (row.contributed.confirmed, row.contributed.pending) == expect
                assert (row.saved.confirmed, row.saved.pending) == ref.sums(key, g)
                goal_money = row.goals.get(goal)  # type: ignore[call-overload]
                assert (
                    (goal_money.confirmed, goal_money.pending) if goal_money else (0, 0)
                ) == ref.sums(key, project)
                assert row.members == count
            # The total is the sum of the rows, and the group's.
            for measure in ("contributed", "saved"):
                rows = [getattr(r, measure) for r in result.rows]
                total = getattr(result.total, measure)
                assert sum(b.confirmed for b in rows) == total.confirmed
                assert sum(b.pending for b in rows) == total.pending
            assert sum(r.members for r in result.rows) == result.total.members
            positions = member_positions(books).values()
            assert result.total.saved.total == sum(p["saved"].total for p in positions)
            # the group holds what members paid in, less what was spent (transfers cancel)
            group = totals(books)
            spent = [
                (e in ref.confirmed, a) for e, (_, _, k, a) in ref.entries.items() if k == "spend"
            ]
            assert (
                result.total.contributed.confirmed + sum(a for c, a in spent if c),
                result.total.contributed.pending + sum(a for c, a in spent if not c),
            ) == (group.confirmed, group.pending)
            # A goal's share: the districts' members' money, then the rest of the fund.
            share = result.goal_share(goal)  # type: ignore[arg-type]
            assert share is not None
            assert (share.fund.confirmed, share.fund.pending) == ref.fund(project)
            for row, part in zip(result.rows, share.by_row, strict=True):
                assert (part.confirmed, part.pending) == ref.sums(row.district, project)
            members = [ref.sums(key, project) for key in [*ids, None]]
            fund = ref.fund(project)
            assert (share.other.confirmed, share.other.pending) == (
                fund[0] - sum(c for c, _ in members),
                fund[1] - sum(p for _, p in members),
            )
            if fund[0] <= 0:
                assert share.permille is None
            else:
                assert share.permille is not None and sum(share.permille) == 1000
                parts = [*(p.confirmed for p in share.by_row), share.other.confirmed]
                for part, permille in zip(parts, share.permille, strict=True):
                    assert abs(Fraction(part * 1000, fund[0]) - permille) < 1
        finally:
            store.close()
