"""The constitution: versions with history, checked by the rules in force on an entry's date."""

from __future__ import annotations

import pytest

from ledger.savings import actions as fa
from ledger.savings.rules import Rules
from ledger.store.errors import Refused
from tests.ledger.conftest import forge
from tests.ledger.savings.conftest import books, confirm, deposit, voided_reasons


def test_rules_in_force_by_date_and_history(store, people, group) -> None:
    a = people["Amina"]
    fa.set_rules(store, a, group, effective="2024-01-01", share_value="50", max_shares=5)
    fa.set_rules(store, a, group, effective="2024-07-01", share_value="100", note="new cycle")
    book = books(store, group).rules
    assert book.in_force("2023-12-31") == Rules()
    assert book.in_force("2024-03-01").share_value == 5000
    assert book.in_force("2024-07-01").share_value == 10_000
    assert book.in_force("2024-07-01").max_shares == 5  # unchanged rules carry over
    assert [v.effective for v in book.versions] == ["2024-01-01", "2024-07-01"]
    assert book.versions[1].note == "new cycle"


def test_shares_priced_by_the_rules_of_the_entry_date(store, people, group) -> None:
    a, chiku = people["Amina"], people["Chiku"].person
    fa.set_rules(store, a, group, effective="2024-01-01", share_value="50")
    fa.set_rules(store, a, group, effective="2024-07-01", share_value="100")
    early = fa.add_entry(
        store, a, group, type="contribution", member=chiku, shares=2, date="2024-02-01"
    ).id
    late = fa.add_entry(
        store, a, group, type="contribution", member=chiku, shares=2, date="2024-08-01"
    ).id
    b = books(store, group)
    assert b.entries[early].amount == 10_000
    assert b.entries[late].amount == 20_000
    with pytest.raises(Refused, match=r"2 shares cost 100\.00 KES"):
        fa.add_entry(
            store, a, group, type="contribution", member=chiku, shares=2, amount="200",
            date="2024-02-02",
        )  # fmt: skip
    with pytest.raises(Refused, match="no share value"):
        fa.add_entry(
            store, a, group, type="contribution", member=chiku, shares=1, date="2023-05-01"
        )


def test_min_and_max_shares_per_meeting(store, people, group) -> None:
    from ledger.savings import group_actions as ga

    a, chiku = people["Amina"], people["Chiku"].person
    fa.set_rules(store, a, group, effective="2024-01-01", share_value="10", min_shares=2,
                 max_shares=5)  # fmt: skip
    meeting = ga.open_meeting(store, a, group, date="2024-03-02").id
    with pytest.raises(Refused, match="at least 2 shares"):
        fa.add_entry(store, a, group, type="contribution", member=chiku, shares=1, meeting=meeting)
    fa.add_entry(store, a, group, type="contribution", member=chiku, shares=3, meeting=meeting)
    fa.add_entry(store, a, group, type="contribution", member=chiku, shares=1, meeting=meeting)
    with pytest.raises(Refused, match="at most 5 shares"):
        fa.add_entry(store, a, group, type="contribution", member=chiku, shares=2, meeting=meeting)


def test_social_fund_and_fine_schedule(store, people, group) -> None:
    a, chiku = people["Amina"], people["Chiku"].person
    social = fa.add_fund(store, a, group, name="Social", kind="social").id
    fa.set_rules(store, a, group, effective="2024-01-01", social_fund="20",
                 fines={"late": "5", "absent": "10"})  # fmt: skip
    with pytest.raises(Refused, match=r"social-fund contribution is 20\.00 KES"):
        fa.add_entry(store, a, group, type="contribution", member=chiku, amount="15", fund=social)
    fa.add_entry(store, a, group, type="contribution", member=chiku, amount="40", fund=social)
    with pytest.raises(Refused, match="no fine 'talking'"):
        fa.add_entry(store, a, group, type="fine", member=chiku, amount="5", fine="talking")
    with pytest.raises(Refused, match=r"the fine 'late' is 5\.00 KES"):
        fa.add_entry(store, a, group, type="fine", member=chiku, amount="6", fine="late")
    fa.add_entry(store, a, group, type="fine", member=chiku, amount="5", fine="late")


def test_largest_loan_is_a_multiple_of_confirmed_savings_in_the_cycle(
    store, people, group
) -> None:
    a, chiku = people["Amina"], people["Chiku"].person
    fa.set_rules(store, a, group, effective="2024-01-01", loan_multiple_pct=200,
                 cycle_start="2024-01-01", cycle_end="2024-12-31")  # fmt: skip
    deposit(store, people, group, 5000, date="2023-06-01")  # before the cycle: not counted
    deposit(store, people, group, 1000, date="2024-02-01")
    deposit(store, people, group, 1000, date="2024-02-01", confirmed=False)
    with pytest.raises(Refused, match=r"limited to 200 % .* \(20.00 KES\)"):
        fa.add_entry(store, a, group, type="loan", member=chiku, amount=2001, date="2024-03-01")
    loan = fa.add_entry(
        store, a, group, type="loan", member=chiku, amount=1500, date="2024-03-01"
    ).id
    confirm(store, people, group, loan)
    with pytest.raises(Refused, match=r"already owes 15\.00 KES"):
        fa.add_entry(store, a, group, type="loan", member=chiku, amount=501, date="2024-03-01")


def test_contradictory_rules_are_refused(store, people, group) -> None:
    a = people["Amina"]
    fa.set_rules(store, a, group, effective="2024-01-01", max_shares=5)
    with pytest.raises(Refused, match="minimum shares"):
        fa.set_rules(store, a, group, effective="2024-02-01", min_shares=6)
    with pytest.raises(Refused, match="ends"):
        fa.set_rules(store, a, group, effective="2024-02-01", cycle_start="2024-05-01",
                     cycle_end="2024-04-01")  # fmt: skip
    with pytest.raises(Refused, match="no rule"):
        fa.set_rules(store, a, group, effective="2024-02-01")
    body = {"from": "2024-02-01", "min_shares": 6}
    store.ingest(forge(a, store, group, "rules.set", body).raw)
    assert "minimum shares (6) above the maximum (5)" in voided_reasons(store, group)[-1]


def test_only_the_council_sets_rules(store, people, group) -> None:
    with pytest.raises(Refused, match="not council"):
        fa.set_rules(store, people["Bosco"], group, effective="2024-01-01", max_shares=3)
