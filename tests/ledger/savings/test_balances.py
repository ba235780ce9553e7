"""Balances per fund, member and month; share-out; the passbook slip and its code."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ledger.savings import actions as fa
from ledger.savings.balances import fund_balances, member_positions, monthly, totals
from ledger.savings.passbook import passbook, state_code
from ledger.savings.shareout import project, split
from tests.ledger.savings.conftest import books, confirm, deposit


def test_by_fund_member_and_month(store, people, group, dan) -> None:
    a = people["Amina"]
    social = fa.add_fund(store, a, group, name="Social", kind="social").id
    deposit(store, people, group, 1000, date="2024-01-06")
    deposit(store, people, group, 2000, member="Dan", date="2024-02-03")
    deposit(store, people, group, 300, member="Dan", fund=social, date="2024-02-03")
    deposit(store, people, group, 400, date="2024-02-03", confirmed=False)
    w = fa.add_entry(store, a, group, type="withdrawal", member=people["Chiku"].person,
                     amount=500, date="2024-03-02").id  # fmt: skip
    confirm(store, people, group, w)
    b = books(store, group)
    funds = fund_balances(b)
    assert (funds[group].confirmed, funds[group].pending) == (2500, 400)  # type: ignore[index]
    assert funds[social].confirmed == 300  # type: ignore[index]
    assert (totals(b).confirmed, totals(b).pending) == (2800, 400)
    assert totals(b, until="2024-01-31").confirmed == 1000
    members = member_positions(b)
    chiku, d = members[people["Chiku"].person], members[dan.person]
    assert (chiku["saved"].confirmed, chiku["saved"].pending) == (500, 400)
    assert d["saved"].confirmed == 2000  # the social fund is not savings
    assert d.saved_by_fund[social].confirmed == 300  # type: ignore[index]
    rows = [(r.month, r.inflow, r.outflow, r.closing, r.pending) for r in monthly(b, group)]  # type: ignore[arg-type]
    assert rows == [("2024-01", 1000, 0, 1000, 0), ("2024-02", 2000, 0, 3000, 400),
                    ("2024-03", 0, 500, 2500, 0)]  # fmt: skip


@given(pool=st.integers(0, 10**12), weights=st.lists(st.integers(-5, 10**6), max_size=20))
def test_split_adds_up_exactly_and_is_proportional(pool: int, weights: list[int]) -> None:
    named = {f"{i:064x}": w for i, w in enumerate(weights)}
    parts = split(pool, named)  # type: ignore[arg-type]
    if any(w > 0 for w in weights):
        assert sum(parts.values()) == pool
        total = sum(w for w in weights if w > 0)
        for person, w in named.items():
            exact = pool * max(w, 0) / total
            assert abs(parts[person] - exact) < 1  # type: ignore[index]
    else:
        assert sum(parts.values()) == 0


def test_shareout_projection(store, people, group, dan) -> None:
    a = people["Amina"]
    fa.set_rules(store, a, group, effective="2024-01-01", cycle_start="2024-01-01",
                 cycle_end="2024-12-31", share_value="10")  # fmt: skip
    one = fa.add_entry(store, a, group, type="contribution", member=people["Chiku"].person,
                       shares=3, date="2024-01-06").id  # fmt: skip
    two = fa.add_entry(store, a, group, type="contribution", member=dan.person, shares=1,
                       date="2024-01-06").id  # fmt: skip
    confirm(store, people, group, one, two)
    loan = fa.add_entry(store, a, group, type="loan", member=dan.person, amount=1000,
                        date="2024-02-01").id  # fmt: skip
    repay = fa.add_entry(store, a, group, type="repayment", member=dan.person, amount=1000,
                         interest=200, date="2024-03-01").id  # fmt: skip
    fine = fa.add_entry(store, a, group, type="fine", member=dan.person, amount=200,
                        date="2024-03-01").id  # fmt: skip
    confirm(store, people, group, loan, repay, fine)
    plan = project(books(store, group), day="2024-06-01")
    # the box holds the savings, the interest and the fine; no loan is outstanding
    assert (plan.savings, plan.cash, plan.loans, plan.pool) == (4000, 4400, 0, 4400)
    payouts = {x.member: x.share for x in plan.lines}
    assert payouts == {people["Chiku"].person: 3300, dan.person: 1100}


def test_passbook_slip_and_code(store, people, group) -> None:
    deposit(store, people, group, 1250)
    fa.add_entry(store, people["Amina"], group, type="fine", member=people["Chiku"].person,
                 amount=100)  # fmt: skip
    state = store.state(group)
    slip = passbook(state, people["Chiku"].person)  # type: ignore[arg-type]
    assert slip.savings.confirmed == 1250
    assert slip.fines.pending == 100
    assert slip.code == state_code(state)
    assert len(slip.code) == 11 and slip.code[5] == "-"
    assert slip.code.replace("-", "").lower() == state.digest()[:10]
    text = slip.text()
    assert "12.50 KES" in text and slip.code in text
