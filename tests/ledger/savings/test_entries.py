"""Entries: every refusal before signing writes nothing, and replay voids the same things."""

from __future__ import annotations

import pytest

from ledger.savings import actions as fa
from ledger.savings import membership_actions as actions
from ledger.savings.balances import fund_balances, loans_outstanding, member_positions
from ledger.savings.money import MAX_AMOUNT
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.conftest import forge
from tests.ledger.savings.conftest import books, confirm, deposit, voided_reasons


def _refused(store: Store, group: GroupId, match: str, call: object, *args: object, **kw: object):
    before = store.change_count(group)
    with pytest.raises((Refused, NotFound), match=match):
        call(*args, **kw)  # type: ignore[operator]
    assert store.change_count(group) == before, "a refusal must write nothing"


def test_contribution_is_pending_until_the_quorum_signed(store, people, group) -> None:
    entry = deposit(store, people, group, 1250, confirmed=False)
    b = books(store, group)
    fund = b.default_fund
    assert fund_balances(b)[fund].pending == 1250
    assert fund_balances(b)[fund].confirmed == 0
    fa.sign_off(store, people["Bosco"], group, [entry])
    assert not b.is_confirmed(entry)
    fa.sign_off(store, people["Esther"], group, [entry])
    assert b.is_confirmed(entry)
    assert fund_balances(b)[fund].confirmed == 1250


@pytest.mark.parametrize(
    ("amount", "match"),
    [
        (0, "more than zero"),
        (-5, "more than zero"),
        ("0", "more than zero"),
        ("-1.00", "more than zero"),
        ("12.505", "2 decimal places"),
        (MAX_AMOUNT + 1, "too large"),
        ("9999999999999999", "too large"),
        ("1e3", "not an amount"),
    ],
)
def test_bad_amounts_are_refused(store, people, group, amount, match) -> None:
    _refused(
        store,
        group,
        match,
        fa.add_entry,
        store,
        people["Amina"],
        group,
        type="contribution",
        member=people["Chiku"].person,
        amount=amount,
    )


def test_currency_without_decimals(store, people) -> None:
    group = actions.create_group(store, people["Amina"], name="Ikimina", currency="RWF").group
    actions.add_member(
        store, people["Amina"], group, person=people["Chiku"].person, name="C", roles=["member"]
    )
    _refused(
        store, group, "RWF has 0 decimal", fa.add_entry, store, people["Amina"], group,
        type="contribution", member=people["Chiku"].person, amount="10.5",
    )  # fmt: skip
    fa.add_entry(
        store, people["Amina"], group, type="contribution", member=people["Chiku"].person,
        amount="500",
    )  # fmt: skip
    assert fund_balances(books(store, group))[group].pending == 500


def test_unknown_member_fund_and_type(store, people, group) -> None:
    a = people["Amina"]
    _refused(
        store, group, "not a member", fa.add_entry, store, a, group, type="contribution",
        member=people["Dan"].person, amount=100,
    )  # fmt: skip
    _refused(
        store, group, "no fund", fa.add_entry, store, a, group, type="contribution",
        member=people["Chiku"].person, amount=100, fund="ab" * 32,
    )  # fmt: skip
    _refused(
        store, group, "not a type", fa.add_entry, store, a, group, type="gift",
        member=people["Chiku"].person, amount=100,
    )  # fmt: skip
    _refused(
        store, group, "needs the member", fa.add_entry, store, a, group, type="fine", amount=100
    )


def test_only_the_council_records(store, people, group) -> None:
    with pytest.raises(Refused, match="not council"):
        fa.add_entry(
            store, people["Bosco"], group, type="contribution",
            member=people["Chiku"].person, amount=100,
        )  # fmt: skip


def test_withdrawal_needs_confirmed_money(store, people, group) -> None:
    chiku = people["Chiku"].person
    deposit(store, people, group, 1000, confirmed=False)
    _refused(
        store, group, "below zero", fa.add_entry, store, people["Amina"], group,
        type="withdrawal", member=chiku, amount=10,
    )  # fmt: skip
    deposit(store, people, group, 1000)
    fa.add_entry(store, people["Amina"], group, type="withdrawal", member=chiku, amount=600)
    # a pending withdrawal already takes its money out of what is available
    _refused(
        store, group, "below zero", fa.add_entry, store, people["Amina"], group,
        type="withdrawal", member=chiku, amount=600,
    )  # fmt: skip
    fa.add_entry(store, people["Amina"], group, type="withdrawal", member=chiku, amount=400)


def test_replay_voids_an_overdraw_that_skipped_the_action(store, people, group) -> None:
    """A change signed elsewhere (or by a buggy PC) that overdraws is void on every peer."""
    body = {
        "type": "withdrawal",
        "fund": bytes.fromhex(group),
        "member": bytes.fromhex(people["Chiku"].person),
        "amount": 10,
        "date": "2024-01-01",
    }
    change = forge(people["Amina"], store, group, "entry.add", body)
    assert store.ingest(change.raw).status == "accepted"
    assert any("below zero" in r for r in voided_reasons(store, group))
    assert change.id not in books(store, group).entries


def test_reversal(store, people, group) -> None:
    entry = deposit(store, people, group, 1000)
    reversal = fa.reverse_entry(store, people["Amina"], group, entry, note="typo").id
    b = books(store, group)
    assert b.entries[entry].reversed_by == reversal
    assert fund_balances(b)[group].confirmed == 1000
    assert fund_balances(b)[group].pending == -1000
    confirm(store, people, group, reversal)
    assert fund_balances(b)[group].total == 0
    assert member_positions(b)[people["Chiku"].person]["saved"].total == 0
    _refused(
        store, group, "already reversed", fa.reverse_entry, store, people["Amina"], group, entry
    )
    _refused(
        store, group, "cannot be reversed", fa.reverse_entry, store, people["Amina"], group,
        reversal,
    )  # fmt: skip
    _refused(
        store, group, "no entry", fa.reverse_entry, store, people["Amina"], group, "cd" * 32
    )


def test_replay_voids_a_reversal_of_a_reversal(store, people, group) -> None:
    entry = deposit(store, people, group, 1000)
    reversal = fa.reverse_entry(store, people["Amina"], group, entry).id
    body = {"type": "reversal", "reverses": bytes.fromhex(reversal), "date": "2024-03-01"}
    store.ingest(forge(people["Amina"], store, group, "entry.add", body).raw)
    assert "a reversal cannot be reversed" in voided_reasons(store, group)[-1]


def test_loans_and_repayments(store, people, group) -> None:
    chiku = people["Chiku"].person
    deposit(store, people, group, 10_000)
    loan = fa.add_entry(
        store, people["Amina"], group, type="loan", member=chiku, amount="50.00"
    ).id
    assert loans_outstanding(books(store, group))[chiku].pending == 5000
    _refused(
        store, group, "owes", fa.add_entry, store, people["Amina"], group,
        type="repayment", member=chiku, amount="60",
    )  # fmt: skip
    repay = fa.add_entry(
        store, people["Amina"], group, type="repayment", member=chiku, amount="20",
        interest="5",
    ).id  # fmt: skip
    only_interest = fa.add_entry(
        store, people["Amina"], group, type="repayment", member=chiku, amount=0, interest="1"
    ).id
    confirm(store, people, group, loan, repay, only_interest)
    b = books(store, group)
    assert loans_outstanding(b)[chiku].confirmed == 3000
    assert member_positions(b)[chiku]["interest"].confirmed == 600
    assert fund_balances(b)[group].confirmed == 10_000 - 5000 + 2500 + 100


def test_transfer_and_fine(store, people, group) -> None:
    social = fa.add_fund(store, people["Amina"], group, name="Social", kind="social").id
    deposit(store, people, group, 1000)
    t = fa.add_entry(store, people["Amina"], group, type="transfer", amount=400, to_fund=social).id
    fine = fa.add_entry(
        store, people["Amina"], group, type="fine", member=people["Chiku"].person, amount=50,
        fund=social,
    ).id  # fmt: skip
    confirm(store, people, group, t, fine)
    balances = fund_balances(books(store, group))
    assert balances[group].confirmed == 600
    assert balances[social].confirmed == 450  # type: ignore[index]
    _refused(
        store, group, "below zero", fa.add_entry, store, people["Amina"], group,
        type="transfer", amount=601, to_fund=social,
    )  # fmt: skip
    _refused(
        store, group, "already has a fund", fa.add_fund, store, people["Amina"], group,
        name="social",
    )  # fmt: skip


def test_entries_may_not_be_recorded_at_a_closed_meeting(store, people, group) -> None:
    from ledger.savings import group_actions as ga

    meeting = ga.open_meeting(store, people["Amina"], group, date="2024-04-06").id
    entry = fa.add_entry(
        store, people["Amina"], group, type="contribution", member=people["Chiku"].person,
        amount=300, meeting=meeting,
    ).id  # fmt: skip
    assert books(store, group).entries[entry].date == "2024-04-06"  # the meeting's date
    ga.close_meeting(store, people["Amina"], group, meeting, {group: 300})
    _refused(
        store, group, "closed", fa.add_entry, store, people["Amina"], group,
        type="contribution", member=people["Chiku"].person, amount=300, meeting=meeting,
    )  # fmt: skip


def test_body_checks_reject_malformed_entries(store, people, group) -> None:
    bad = [
        {"type": "withdrawal", "fund": bytes.fromhex(group), "amount": 1, "date": "2024-01-01"},
        {"type": "contribution", "fund": bytes.fromhex(group), "amount": 1.5, "date": "2024-1-1",
         "member": bytes.fromhex(people["Chiku"].person)},
        {"type": "contribution", "fund": bytes.fromhex(group), "amount": 1, "date": "2024-02-30",
         "member": bytes.fromhex(people["Chiku"].person)},
    ]  # fmt: skip
    for body in bad:
        result = store.ingest(forge(people["Amina"], store, group, "entry.add", body).raw)
        assert result.status == "rejected"


def test_member_removed_in_the_causal_past_is_rejected(
    store, people: dict[str, Signer], group
) -> None:
    actions.remove_member(store, people["Amina"], group, people["Chiku"].person)
    body = {
        "type": "contribution",
        "fund": bytes.fromhex(group),
        "member": bytes.fromhex(people["Chiku"].person),
        "amount": 5,
        "date": "2024-01-01",
    }
    result = store.ingest(forge(people["Amina"], store, group, "entry.add", body).raw)
    assert result.status == "rejected"
    assert "not a member" in (result.reason or "")
