"""Meetings: attendance, decisions, minutes approved by elders, the cash count at close."""

from __future__ import annotations

import pytest

from ledger.savings import actions as fa
from ledger.savings import group_actions as ga
from ledger.savings.meetings import minutes_status
from ledger.store.errors import Refused
from tests.ledger.savings.conftest import books, deposit


def test_attendance_and_decisions(store, people, group) -> None:
    a = people["Amina"]
    m = ga.open_meeting(store, a, group, date="2024-05-04", place="Church hall",
                        agenda=["savings", "loans"]).id  # fmt: skip
    ga.record_attendance(store, a, group, m, {
        people["Chiku"].person: "present",
        people["Bosco"].person: ("represented", people["Esther"].person),
        people["Esther"].person: "excused",
    })  # fmt: skip
    ga.record_attendance(store, a, group, m, {people["Chiku"].person: "absent"})
    ga.record_decision(store, a, group, m, motion="Buy a cash box", votes_for=7,
                       votes_against=2, abstain=1)  # fmt: skip
    meeting = books(store, group).meetings[m]  # type: ignore[index]
    assert meeting.agenda == ["savings", "loans"]
    assert meeting.attendance[people["Chiku"].person] == ("absent", None)
    assert meeting.attendance[people["Bosco"].person] == ("represented", people["Esther"].person)
    assert meeting.decisions[0].outcome == "carried"
    with pytest.raises(Refused, match="not an attendance"):
        ga.record_attendance(store, a, group, m, {people["Chiku"].person: "asleep"})
    with pytest.raises(Refused, match="not council"):
        ga.record_decision(store, people["Chiku"], group, m, motion="x", votes_for=1,
                           votes_against=0)  # fmt: skip


def test_minutes_are_approved_by_the_quorum_and_edits_need_approval_again(
    store, people, group
) -> None:
    a = people["Amina"]
    m = ga.open_meeting(store, a, group, date="2024-05-04").id
    assert minutes_status(store.state(group), m)[0] == "none"  # type: ignore[arg-type]
    ga.write_minutes(store, a, group, m, "We met. Savings were collected.")
    fa.sign_off(store, people["Bosco"], group, [m])
    assert minutes_status(store.state(group), m)[0] == "draft"  # type: ignore[arg-type]
    fa.sign_off(store, people["Esther"], group, [m])
    assert minutes_status(store.state(group), m)[0] == "approved"  # type: ignore[arg-type]
    ga.write_minutes(store, a, group, m, "We met. Savings were collected. Amended.")
    assert minutes_status(store.state(group), m)[0] == "draft"  # type: ignore[arg-type]


def test_close_with_matching_cash(store, people, group) -> None:
    a = people["Amina"]
    deposit(store, people, group, 1000)
    m = ga.open_meeting(store, a, group, date="2024-05-04").id
    fa.add_entry(store, a, group, type="contribution", member=people["Chiku"].person,
                 amount=500, meeting=m)  # fmt: skip
    ga.close_meeting(store, a, group, m, {group: "15.00"})  # pending money is in the box too
    meeting = books(store, group).meetings[m]  # type: ignore[index]
    assert meeting.status == "closed"
    assert meeting.count is not None and meeting.count.counts[group] == (1500, 1500)  # type: ignore[index]
    with pytest.raises(Refused, match="already closed"):
        ga.close_meeting(store, a, group, m, {group: "15.00"})
    with pytest.raises(Refused, match="closed"):
        ga.record_decision(store, a, group, m, motion="late", votes_for=1, votes_against=0)


def test_a_cash_difference_must_be_witnessed_before_close(store, people, group) -> None:
    a = people["Amina"]
    deposit(store, people, group, 1000)
    m = ga.open_meeting(store, a, group, date="2024-05-04").id
    ga.close_meeting(store, a, group, m, {group: "9.50"})
    meeting = books(store, group).meetings[m]  # type: ignore[index]
    assert meeting.status == "closing"
    assert meeting.count is not None and meeting.count.differences == {group: -50}
    with pytest.raises(Refused, match="closing"):
        fa.add_entry(store, a, group, type="contribution", member=people["Chiku"].person,
                     amount=5, meeting=m)  # fmt: skip
    fa.sign_off(store, people["Bosco"], group, [m])
    assert books(store, group).meetings[m].status == "closing"  # type: ignore[index]
    fa.sign_off(store, people["Esther"], group, [m])
    assert books(store, group).meetings[m].status == "closed"  # type: ignore[index]


def test_a_recount_needs_a_new_witness(store, people, group) -> None:
    a = people["Amina"]
    deposit(store, people, group, 1000)
    m = ga.open_meeting(store, a, group, date="2024-05-04").id
    ga.close_meeting(store, a, group, m, {group: "9.00"})
    fa.sign_off(store, people["Bosco"], group, [m])
    ga.close_meeting(store, a, group, m, {group: "9.50"})
    fa.sign_off(store, people["Esther"], group, [m])
    assert books(store, group).meetings[m].status == "closing"  # type: ignore[index]
    fa.sign_off(store, people["Bosco"], group, [m])
    assert books(store, group).meetings[m].status == "closed"  # type: ignore[index]


def test_lowering_the_quorum_closes_a_witnessed_count(store, people, group) -> None:
    from ledger.savings import membership_actions as actions

    a = people["Amina"]
    deposit(store, people, group, 1000)
    m = ga.open_meeting(store, a, group, date="2024-05-04").id
    ga.close_meeting(store, a, group, m, {group: "9.00"})
    fa.sign_off(store, people["Bosco"], group, [m])
    actions.change_settings(store, a, group, quorum=1)
    ga.open_meeting(store, a, group, date="2024-06-01")  # the next finance change replays it
    assert books(store, group).meetings[m].status == "closed"  # type: ignore[index]
