"""A loan at the same meeting as the savings that allow it: money leaves a fund only from
confirmed money, and the loan limit counts confirmed savings (docs/money-rules.md), so the
elders sign the savings off first; the refusal says so and what to do."""

from __future__ import annotations

import pytest

from ledger.savings import actions as fa
from ledger.savings import group_actions as ga
from ledger.savings import sitting
from ledger.store.errors import Refused
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.savings.conftest import books, confirm, deposit


@pytest.fixture
def meeting(store: Store, people: dict[str, Signer], group: GroupId) -> str:
    """Umoja's constitution (a share 100.00, loans up to 300 % of savings); a meeting at
    which Chiku buys 5 shares, not signed off yet."""
    fa.set_rules(store, people["Amina"], group, effective="2024-01-01", share_value=10_000,
                 loan_multiple_pct=300, cycle_start="2024-01-01",
                 cycle_end="2024-12-31")  # fmt: skip
    found = ga.open_meeting(store, people["Amina"], group, date="2024-03-02").id
    rows = [sitting.SittingRow(line=2, member="Chiku", shares=5)]
    sitting.record_meeting(store, people["Amina"], group, found, rows)
    return found


def _loan(store, people, group, meeting, amount: int) -> str:
    chiku = people["Chiku"].person
    return fa.add_entry(store, people["Amina"], group, type="loan", member=chiku,
                        amount=amount, meeting=meeting).id  # fmt: skip


def test_the_loan_waits_for_the_meetings_sign_off_and_says_so(
    store, people, group, meeting
) -> None:
    before = store.change_count(group)
    with pytest.raises(Refused) as refused:
        _loan(store, people, group, meeting, 20_000)
    assert str(refused.value) == (
        "Savings holds 0.00 KES in confirmed money (after the payments already recorded); "
        "this would take it below zero. 500.00 KES paid into Savings still awaits the "
        "elders' sign-off: once they have signed it off (the meeting's entries, or each one), "
        "record this again"
    )
    assert store.change_count(group) == before
    confirm(store, people, group, meeting)  # both elders sign the meeting
    loan = _loan(store, people, group, meeting, 20_000)
    assert loan in books(store, group).entries


def test_the_loan_limit_names_the_savings_that_wait(store, people, group, meeting) -> None:
    confirm(store, people, group, meeting)
    deposit(store, people, group, 500_000, member="Esther", date="2024-03-01")
    second = ga.open_meeting(store, people["Amina"], group, date="2024-03-09").id
    sitting.record_meeting(store, people["Amina"], group, second,
                           [sitting.SittingRow(line=2, member="Chiku", shares=5)])  # fmt: skip
    with pytest.raises(Refused) as refused:
        _loan(store, people, group, second, 200_000)
    assert str(refused.value) == (
        "loans are limited to 300 % of the member's confirmed savings (1500.00 KES) by the "
        "rules in force on 2024-03-09; the member already owes 0.00 KES. 500.00 KES of the "
        "member's savings still awaits the elders' sign-off: once they have signed it off "
        "(the meeting's entries, or each one), the limit is 3000.00 KES and this can be "
        "recorded"
    )
    confirm(store, people, group, second)
    _loan(store, people, group, second, 200_000)


def test_no_hint_when_signing_off_would_not_be_enough(store, people, group, meeting) -> None:
    with pytest.raises(Refused) as refused:
        _loan(store, people, group, meeting, 60_000)
    assert str(refused.value).endswith("this would take it below zero")
    confirm(store, people, group, meeting)
    deposit(store, people, group, 500_000, member="Esther", date="2024-03-01")
    with pytest.raises(Refused) as refused:
        _loan(store, people, group, meeting, 160_000)
    assert str(refused.value).endswith("the member already owes 0.00 KES")
