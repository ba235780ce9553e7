"""A savings cycle from opening to close: share-out, payouts, expenses, cash differences,
dates and suspended members, checked figure by figure."""

from __future__ import annotations

import datetime as dt

import pytest

from ledger.exports.model import Report
from ledger.exports.period import Period
from ledger.exports.report import gather_report
from ledger.savings import actions as fa
from ledger.savings import cycle_actions as ca
from ledger.savings import group_actions as ga
from ledger.savings import membership_actions as actions
from ledger.savings.balances import fund_balances
from ledger.savings.books import books_of
from ledger.savings.passbook import passbook
from ledger.savings.shareout import project
from ledger.store import snapshot
from ledger.store.errors import Refused
from tests.ledger.conftest import forge
from tests.ledger.savings.conftest import books, confirm, deposit, voided_reasons
from tests.ledger.savings.cycle_refusals import collect


def test_every_refusal_says_why_in_plain_words(store, people, group) -> None:
    refusals = collect(store, people, group)
    assert len({r.name for r in refusals}) == len(refusals) == 16
    for refusal in refusals:
        assert refusal.english in str(refusal.error), refusal.name


def shares(store, people, group, member: str, count: int, date: str) -> str:
    entry = fa.add_entry(
        store,
        people["Amina"],
        group,
        type="contribution",
        member=people[member].person,
        shares=count,
        date=date,
    ).id
    confirm(store, people, group, entry)
    return entry


def test_a_whole_cycle_closes_and_the_next_starts_from_what_was_carried(
    store, people, group, dan
) -> None:
    a, chiku = people["Amina"], people["Chiku"].person
    ca.open_cycle(store, a, group, start="2025-01-01", end="2025-06-30", cash_unit="5")
    fa.set_rules(store, a, group, effective="2025-01-01", share_value="100")
    shares(store, people, group, "Chiku", 3, "2025-01-10")  # 300.00 KES
    shares(store, people, group, "Dan", 4, "2025-01-10")  # 400.00 KES
    loan = fa.add_entry(
        store, a, group, type="loan", member=dan.person, amount="200", date="2025-02-01"
    ).id
    repay = fa.add_entry(
        store,
        a,
        group,
        type="repayment",
        member=dan.person,
        amount="50",
        interest="20.01",
        date="2025-03-01",
    ).id
    lock = fa.add_entry(
        store, a, group, type="expense", amount="7", note="a padlock", date="2025-03-01"
    ).id
    confirm(store, people, group, loan, repay, lock)
    plan = project(books(store, group))
    # box: 700 - 200 + 70.01 - 7 = 563.01; Dan owes 150; pool 713.01
    assert (plan.cash, plan.loans, plan.paid_out, plan.pool) == (56301, 15000, 0, 71301)
    assert plan.savings == 70000 and plan.profit == 1301 and plan.shares == 7
    assert plan.value_per_share == 10186  # 713.01 / 7, to the cent
    lines = {x.member: x for x in plan.lines}
    # 713.01 x 3/7 = 305.575..., x 4/7 = 407.434...: largest remainder gives Chiku the cent
    assert (lines[chiku].share, lines[dan.person].share) == (30558, 40743)
    assert (lines[dan.person].loan, lines[dan.person].net) == (15000, 25500)  # 257.43 → 255
    assert lines[chiku].net == 30500 and lines[chiku].profit == 558
    assert plan.carried == 58 + 243

    for member in (chiku, dan.person):
        confirm(
            store,
            people,
            group,
            ca.pay_shareout(store, a, group, member=member, date="2025-06-30").id,
        )
    after = project(books(store, group))
    assert after.pool == plan.pool and after.paid_out == 30500 + 25500 + 15000
    assert [x.paid for x in after.lines] == [True, True]
    assert fund_balances(books(store, group))[group].confirmed == 301  # the rounding
    slip = passbook(store.state(group), dan.person)
    assert slip.shareout_paid and (slip.shareout_cash, slip.shareout_loan) == (25500, 15000)
    assert "Share-out paid: 255.00 KES in cash and 150.00 KES of loan settled" in slip.text()
    assert slip.loan.total == 0 and slip.savings.confirmed == 0  # handed back, not held
    report = gather_report(store.state(group), store.history(group), Period(), with_names=True)
    line = next(m for m in report.members if m.member == "Dan")
    assert (line.savings, line.paid_out, line.loans_outstanding) == (0, 40500, 0)

    close = ca.close_cycle(store, a, group, end="2025-06-30").id
    assert not books(store, group).cycles[close].closed
    confirm(store, people, group, close)
    cycle = books(store, group).cycles[close]
    assert cycle.closed and (cycle.pool, cycle.carried) == (71301, 301)

    ca.open_cycle(store, a, group, start="2025-07-01", meetings=20)
    shares(store, people, group, "Chiku", 1, "2025-07-05")
    nxt = project(books(store, group))
    assert (nxt.cycle_start, nxt.savings, nxt.pool) == ("2025-07-01", 10000, 10301)
    assert [x.share for x in nxt.lines] == [10301]
    assert passbook(store.state(group), chiku).savings.confirmed == 10000
    # the cached state keeps the cycle, its close and the payouts' loan settlements
    state = store.state(group)
    cached = snapshot.decode_state(snapshot.encode_state(state))
    assert cached is not None and cached.digest() == state.digest()
    assert project(books_of(cached)).pool == nxt.pool


def test_an_entry_dated_in_a_closed_cycle_is_void_at_replay(store, people, group) -> None:
    a = people["Amina"]
    ca.open_cycle(store, a, group, start="2025-01-01", end="2025-03-31")
    early = fa.add_entry(
        store,
        a,
        group,
        type="contribution",
        member=people["Chiku"].person,
        amount="10",
        date="2025-02-01",
    )
    confirm(store, people, group, early.id)
    confirm(
        store,
        people,
        group,
        ca.pay_shareout(store, a, group, member=people["Chiku"].person, date="2025-03-31").id,
    )
    close = ca.close_cycle(store, a, group, end="2025-03-31").id
    confirm(store, people, group, close)
    with pytest.raises(Refused, match="is closed: no entries dated 2025-02-02"):
        deposit(store, people, group, 500, date="2025-02-02")
    with pytest.raises(Refused, match="is closed"):
        fa.reverse_entry(store, a, group, early.id)
    assert voided_reasons(store, group) == []


def test_a_witnessed_cash_difference_is_its_own_entry(store, people, group) -> None:
    deposit(store, people, group, 10_000, date="2025-01-04")
    meeting = ga.open_meeting(store, people["Amina"], group, date="2025-01-04").id
    ga.close_meeting(store, people["Amina"], group, meeting, counts={group: "95.50"})
    assert fund_balances(books(store, group))[group].confirmed == 10_000  # not witnessed yet
    confirm(store, people, group, meeting)
    b = books(store, group)
    [shortage] = [e for e in b.entries.values() if e.type == "shortage"]
    assert (shortage.amount, shortage.date, shortage.meeting) == (450, "2025-01-04", meeting)
    assert b.is_confirmed(shortage) and shortage.member is None
    assert fund_balances(b)[group].confirmed == 9_550  # the books equal the box
    again = ga.open_meeting(store, people["Amina"], group, date="2025-01-11").id
    ga.close_meeting(store, people["Amina"], group, again, counts={group: "96"})
    confirm(store, people, group, again)
    assert [e.amount for e in books(store, group).entries.values() if e.type == "surplus"] == [50]
    assert fund_balances(books(store, group))[group].confirmed == 9_600


def test_a_reversal_takes_the_date_of_its_entry_or_its_meeting(store, people, group) -> None:
    a = people["Amina"]
    entry = deposit(store, people, group, 1000, date="2024-09-14")
    reversal = fa.reverse_entry(store, a, group, entry)
    assert reversal.body["date"] == "2024-09-14"
    other = deposit(store, people, group, 1000, date="2024-09-14")
    meeting = ga.open_meeting(store, a, group, date="2024-09-21").id
    assert fa.reverse_entry(store, a, group, other, meeting=meeting).body["date"] == "2024-09-21"


def test_a_suspended_member_may_repay_and_pay_fines(store, people, group, dan) -> None:
    a = people["Amina"]
    deposit(store, people, group, 50_000, member="Dan", date="2025-01-04")
    loan = fa.add_entry(
        store, a, group, type="loan", member=dan.person, amount=10_000, date="2025-01-11"
    ).id
    confirm(store, people, group, loan)
    actions.suspend_member(store, a, group, dan.person, date="2025-01-12")
    fa.add_entry(
        store, a, group, type="repayment", member=dan.person, amount=5_000, date="2025-01-18"
    )
    fa.add_entry(store, a, group, type="fine", member=dan.person, amount=100, date="2025-01-18")
    with pytest.raises(Refused, match="Dan is suspended"):
        deposit(store, people, group, 100, member="Dan", date="2025-01-18")
    assert books(store, group).loan_owed(dan.person) == 5_000


def test_group_expense_is_signed_off_like_any_entry(store, people, group) -> None:
    deposit(store, people, group, 10_000)
    fund = fa.add_fund(store, people["Amina"], group, name="Social", kind="social").id
    deposit(store, people, group, 2_000, fund=fund)
    pens = fa.add_entry(
        store,
        people["Amina"],
        group,
        type="expense",
        amount="12.50",
        fund=fund,
        note="pens and a ledger book",
    ).id
    assert fund_balances(books(store, group))[fund].pending == -1250  # type: ignore[index]
    confirm(store, people, group, pens)
    assert fund_balances(books(store, group))[fund].confirmed == 750  # type: ignore[index]
    with pytest.raises(Refused, match="below zero"):
        fa.add_entry(
            store, people["Amina"], group, type="expense", amount="8", fund=fund, note="transport"
        )


@pytest.mark.parametrize(
    ("currency", "share_value", "unit"), [("RWF", "500", "100"), ("UGX", "1000", None)]
)
def test_share_out_in_a_currency_without_decimals(
    store, people, currency, share_value, unit
) -> None:
    a = people["Amina"]
    group = actions.create_group(store, a, name="Twese", currency=currency, quorum=1).group
    actions.add_member(store, a, group, person=people["Bosco"].person, name="B", roles=["elder"])
    for name in ("Chiku", "Dan", "Esther"):
        actions.add_member(store, a, group, person=people[name].person, name=name, roles=["member"])
    ca.open_cycle(store, a, group, start="2025-01-01", end="2025-12-31", cash_unit=unit)
    fa.set_rules(store, a, group, effective="2025-01-01", share_value=share_value)
    for name, count in (("Chiku", 1), ("Dan", 1), ("Esther", 1)):
        e = fa.add_entry(
            store,
            a,
            group,
            type="contribution",
            member=people[name].person,
            shares=count,
            date="2025-01-10",
        ).id
        fa.sign_off(store, people["Bosco"], group, [e])
    fine = fa.add_entry(
        store, a, group, type="fine", member=people["Dan"].person, amount="1", date="2025-02-01"
    ).id
    fa.sign_off(store, people["Bosco"], group, [fine])
    plan = project(books(store, group))
    value = int(share_value)
    assert plan.pool == 3 * value + 1
    # one franc/shilling over three equal savers: the smallest person id gets it
    assert sorted(x.share for x in plan.lines) == [value, value, value + 1]
    nets = sorted(x.net for x in plan.lines)
    assert nets == ([value] * 3 if unit else [value, value, value + 1])


def test_members_and_goals_carry_the_day_they_happened(store, people, group) -> None:
    a, dan = people["Amina"], people["Dan"].person
    actions.add_member(store, a, group, person=dan, name="Dan", roles=["member"], date="2024-09-02")
    actions.remove_member(store, a, group, dan, "moved away", date="2024-09-20")
    ga.add_goal(store, a, group, title="A maize mill", target="3000", date="2024-09-05")

    def report(start: str, end: str) -> Report:
        period = Period(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
        return gather_report(store.state(group), store.history(group), period)

    first_half = report("2024-09-01", "2024-09-15")
    assert (first_half.indicators.members_start, first_half.indicators.members_end) == (0, 1)
    assert [g.title for g in first_half.goals] == ["A maize mill"]
    month = report("2024-09-01", "2024-09-30").indicators
    assert (month.members_start, month.members_end, month.joined) == (0, 0, 0)
    with pytest.raises(Refused, match="is in the future"):
        actions.suspend_member(store, a, group, people["Chiku"].person, date="2099-01-01")


def test_the_social_fund_carries_forward_unless_the_constitution_shares_it(
    store, people, group
) -> None:
    a = people["Amina"]
    ca.open_cycle(store, a, group, start="2025-01-01", end="2025-12-31")
    social = fa.add_fund(store, a, group, name="Social", kind="social").id
    deposit(store, people, group, 10_000, date="2025-01-04")
    deposit(store, people, group, 2_000, fund=social, date="2025-01-04")
    assert project(books(store, group)).pool == 10_000
    fa.set_rules(store, a, group, effective="2025-01-01", shareout_social=True)
    plan = project(books(store, group))
    assert plan.pool == 12_000 and [x.share for x in plan.lines] == [12_000]


def test_replay_voids_what_skipped_the_actions(store, people, group, dan) -> None:
    """Changes signed elsewhere (or by a buggy PC) are void on every peer: a second
    payout, a loan to a suspended member, a settlement above the loan, an entry dated in a
    closed cycle."""
    a, chiku = people["Amina"], people["Chiku"].person
    ca.open_cycle(store, a, group, start="2025-01-01", end="2025-03-31")
    deposit(store, people, group, 5_000, date="2025-01-04")
    deposit(store, people, group, 5_000, member="Dan", date="2025-01-04")
    confirm(store, people, group, ca.pay_shareout(store, a, group, member=chiku,
                                                  date="2025-03-31").id)  # fmt: skip

    def forged(body: dict[str, object]) -> str:
        change = forge(a, store, group, "entry.add", {"fund": bytes.fromhex(group), **body})
        assert store.ingest(change.raw).status == "accepted"
        assert change.id not in books(store, group).entries
        return voided_reasons(store, group)[-1]

    chiku_raw, dan_raw = bytes.fromhex(chiku), bytes.fromhex(dan.person)
    again = {"type": "shareout", "member": chiku_raw, "amount": 100, "date": "2025-03-30"}
    assert "already paid their share-out" in forged(again)
    too_much = {"type": "shareout", "member": dan_raw, "amount": 0, "settles": 100,
                "date": "2025-03-31"}  # fmt: skip
    assert "the share-out settles 1.00 KES" in forged(too_much)
    actions.suspend_member(store, a, group, dan.person)
    loan = {"type": "loan", "member": dan_raw, "amount": 100, "date": "2025-03-01"}
    assert "Dan is suspended" in forged(loan)
    actions.reinstate_member(store, a, group, dan.person)
    confirm(store, people, group, ca.pay_shareout(store, a, group, member=dan.person,
                                                  date="2025-03-31").id)  # fmt: skip
    confirm(store, people, group, ca.close_cycle(store, a, group, end="2025-03-31").id)
    late = {"type": "contribution", "member": chiku_raw, "amount": 100, "date": "2025-02-01"}
    assert "is closed: no entries dated 2025-02-01" in forged(late)


def test_interest_due_is_paid_before_the_payout_and_a_bigger_debt_stays_owed(
    store, people, group, dan
) -> None:
    """The payout settles loan principal only, at most the member's part: interest due
    and fines owed are paid first (refused till then). Principal beyond the part stays
    owed, and the pool counts it as if repaid, so the box cannot pay the others in full
    until the borrower repays it: their payouts and the close are refused till then."""
    a, chiku = people["Amina"], people["Chiku"].person
    ca.open_cycle(store, a, group, start="2025-01-01", end="2025-06-30")
    fa.set_rules(store, a, group, effective="2025-01-01", share_value="100",
                 interest_bp=1_000, interest_method="flat")  # fmt: skip
    shares(store, people, group, "Chiku", 4, "2025-01-10")  # 400.00 KES
    shares(store, people, group, "Dan", 1, "2025-01-10")  # 100.00 KES
    loan = fa.add_entry(store, a, group, type="loan", member=dan.person, amount="300",
                        term=3, date="2025-01-20").id  # fmt: skip
    confirm(store, people, group, loan)
    # months from 01-20 to 06-20 started before 06-30: 6 charges of 30.00 KES
    with pytest.raises(Refused, match=r"180\.00.*in loan interest.*before their share-out"):
        ca.pay_shareout(store, a, group, member=dan.person, date="2025-06-30")
    before = project(books(store, group), day="2025-06-30")
    assert (before.cash, before.loans, before.pool) == (20_000, 30_000, 50_000)
    interest = fa.add_entry(store, a, group, type="repayment", member=dan.person,
                            amount="180", date="2025-06-30").id  # fmt: skip
    confirm(store, people, group, interest)
    plan = project(books(store, group), day="2025-06-30")
    assert plan.pool == 68_000  # the interest paid is in the pool: it raises every part
    line = next(x for x in plan.lines if x.member == dan.person)
    assert (line.share, line.loan, line.net) == (13_600, 13_600, 0)
    paid = ca.pay_shareout(store, a, group, member=dan.person, date="2025-06-30").id
    confirm(store, people, group, paid)
    assert books(store, group).loan_owed(dan.person) == 16_400  # still owed
    # Chiku's part (544.00) counts Dan's 164.00 as if repaid: the box holds 380.00
    with pytest.raises(Refused, match="below zero"):
        ca.pay_shareout(store, a, group, member=chiku, date="2025-06-30")
    with pytest.raises(Refused, match="share-out comes first: 1 members"):
        ca.close_cycle(store, a, group, end="2025-06-30")
    rest = fa.add_entry(store, a, group, type="repayment", member=dan.person,
                        amount="164", date="2025-06-30").id  # fmt: skip
    confirm(store, people, group, rest)
    paid = ca.pay_shareout(store, a, group, member=chiku, date="2025-06-30").id
    confirm(store, people, group, paid)
    plan = project(books(store, group), day="2025-06-30")
    assert sorted(x.paid_cash for x in plan.lines) == [0, 54_400]
    ca.close_cycle(store, a, group, end="2025-06-30")
