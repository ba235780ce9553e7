"""Meetings: attendance, decisions, minutes approved by elders, the cash count at close."""

from __future__ import annotations

import pytest
from nacl.signing import SigningKey

from ledger.savings import actions as fa
from ledger.savings import group_actions as ga
from ledger.savings import inputs
from ledger.savings import membership_actions as actions
from ledger.savings.meetings import MAX_ATTENDANCE, minutes_status
from ledger.store.errors import NotFound, Refused
from tests.ledger.conftest import forge
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


def _council_of(store, people, group, size: int) -> list[str]:
    """`size` more families in the group, added in one transaction."""
    families = [SigningKey.generate().verify_key.encode().hex() for _ in range(size)]
    with store.batch():
        for number, person in enumerate(families):
            actions.add_member(store, people["Amina"], group, person=person,
                               name=f"Family {number}", roles=["member"])  # fmt: skip
    return families


def test_a_whole_council_meeting_records_the_attendance_of_640_at_once(
    store, people, group, make_store
) -> None:
    a = people["Amina"]
    families = _council_of(store, people, group, 640)
    m = ga.open_meeting(store, a, group, date="2024-05-04").id
    marks = ("present", "late", "absent", "excused")
    chosen = {p: marks[i % len(marks)] for i, p in enumerate(families)}
    chosen[families[7]] = ("represented", families[8])
    written = ga.record_attendance(store, a, group, m, chosen)
    # several changes, each within the limit peers enforce
    assert len(written) == -(-640 // MAX_ATTENDANCE)
    assert all(len(c.body["attendance"]) <= MAX_ATTENDANCE for c in written)
    meeting = books(store, group).meetings[m]  # type: ignore[index]
    assert len(meeting.attendance) == 640
    assert meeting.attendance[families[7]] == ("represented", families[8])  # type: ignore[index]
    assert meeting.attendance[families[5]] == ("late", None)  # type: ignore[index]
    # another PC takes them in and holds the same attendance
    other = make_store()
    for result in other.ingest_many(store.raw_changes(group)):
        assert result.status == "accepted", result.reason
    assert books(other, group).meetings[m].attendance == meeting.attendance  # type: ignore[index]


def test_a_large_attendance_is_all_or_nothing(store, people, group, monkeypatch) -> None:
    a = people["Amina"]
    families = _council_of(store, people, group, 450)
    m = ga.open_meeting(store, a, group, date="2024-05-04").id
    chosen: dict[str, str | tuple[str, str]] = {p: "present" for p in families}
    before = len(store.raw_changes(group))
    with pytest.raises(NotFound, match="not a member"):
        ga.record_attendance(store, a, group, m, {**chosen, people["Dan"].person: "present"})
    written = inputs.write_checked

    def last_one_fails(*args, **kwargs):
        if args[4]["attendance"][-1][0] == bytes.fromhex(families[-1]):
            raise Refused("the disk is full")
        return written(*args, **kwargs)

    monkeypatch.setattr(inputs, "write_checked", last_one_fails)
    with pytest.raises(Refused, match="disk is full"):
        ga.record_attendance(store, a, group, m, chosen)  # two changes written, then a third fails
    assert len(store.raw_changes(group)) == before
    assert books(store, group).meetings[m].attendance == {}  # type: ignore[index]


def test_a_peers_attendance_change_past_the_limit_is_refused(store, people, group) -> None:
    families = _council_of(store, people, group, MAX_ATTENDANCE + 1)
    m = ga.open_meeting(store, people["Amina"], group, date="2024-05-04").id
    rows = [[bytes.fromhex(p), "present", None] for p in families]
    body = {"meeting": bytes.fromhex(m), "attendance": rows}
    result = store.ingest(forge(people["Amina"], store, group, "meeting.attend", body).raw)
    assert result.status == "rejected"
    assert "1 to 200 items" in str(result.reason)
    assert books(store, group).meetings[m].attendance == {}  # type: ignore[index]
