"""Fines: the schedule fixes the amount, changes one fine at a time, and fines owed from
the attendance are charged in one step and paid at a later meeting."""

from __future__ import annotations

import pytest

from ledger.savings import actions as fa
from ledger.savings import fines, group_actions, sitting
from ledger.savings.balances import member_positions
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.savings.conftest import books, confirm


def refused(store: Store, group: GroupId, call: object, /, *args: object, **kw: object) -> str:
    before = store.change_count(group)
    with pytest.raises((Refused, NotFound)) as caught:
        call(*args, **kw)  # type: ignore[operator]
    assert store.change_count(group) == before, "a refusal must write nothing"
    return str(caught.value)


def schedule(store: Store, people: dict[str, Signer], group: GroupId) -> None:
    amina = people["Amina"]
    fa.set_rules(store, amina, group, effective="2024-01-01", fines={"late": "20", "absent": "50"})
    fa.set_rules(store, amina, group, effective="2024-02-01", fines={"late": "30"})
    fa.set_rules(store, amina, group, effective="2024-03-01", fines={"absent": "0"})


def test_rules_set_changes_one_fine_and_keeps_the_others(store, people, group) -> None:
    schedule(store, people, group)
    book = books(store, group).rules
    assert book.in_force("2024-01-15").fines == {"late": 2000, "absent": 5000}
    assert book.in_force("2024-02-10").fines == {"late": 3000, "absent": 5000}
    assert book.in_force("2024-03-10").fines == {"late": 3000}


def test_the_schedule_fixes_the_amount(store, people, group) -> None:
    schedule(store, people, group)
    chiku = people["Chiku"].person
    entry = fa.add_entry(store, people["Amina"], group, type="fine", member=chiku, fine="late",
                         date="2024-02-10").id  # fmt: skip
    assert books(store, group).entries[entry].amount == 3000  # type: ignore[index]
    assert refused(store, group, fa.add_entry, store, people["Amina"], group, type="fine",
                   member=chiku, fine="late", amount="20", date="2024-02-10") == (
        "the fine 'late' is 30.00 KES by the rules in force on 2024-02-10"
    )  # fmt: skip
    assert refused(store, group, fa.add_entry, store, people["Amina"], group, type="fine",
                   member=chiku, fine="absent", date="2024-03-10") == (
        "the fine schedule has no fine 'absent' on 2024-03-10"
    )  # fmt: skip
    assert refused(store, group, fa.add_entry, store, people["Amina"], group, type="charge",
                   member=chiku, amount="5", date="2024-03-10") == (
        "say which fine of the schedule is owed"
    )  # fmt: skip


def test_fines_owed_from_attendance_and_paid_later(store, people, group, dan) -> None:
    schedule(store, people, group)
    amina, chiku = people["Amina"], people["Chiku"].person
    first = group_actions.open_meeting(store, amina, group, date="2024-02-10").id
    group_actions.record_attendance(store, amina, group, first, {
        chiku: "absent", dan.person: "late", people["Bosco"].person: "present",
    })  # fmt: skip
    charged = sitting.charge_attendance_fines(store, amina, group, first)
    assert len(charged) == 2
    b = books(store, group)
    owed = fines.owed(b, chiku)
    assert [(c.fine, c.amount, c.date) for c in owed] == [("absent", 5000, "2024-02-10")]
    assert [c.fine for c in fines.owed(b, dan.person)] == ["late"]
    assert member_positions(b)[chiku]["fines_owed"].total == 5000
    assert refused(store, group, sitting.charge_attendance_fines, store, amina, group, first) == (
        "no fines to charge: nobody absent or late is left uncharged, or the schedule has no "
        "fine called 'absent' or 'late'"
    )
    confirm(store, people, group, *[c.id for c in charged])

    # paid two meetings later, after the absence fine left the schedule: the charge holds
    later = group_actions.open_meeting(store, amina, group, date="2024-03-09").id
    paid = fa.add_entry(store, amina, group, type="fine", member=chiku, charge=owed[0].id,
                        meeting=later).id  # fmt: skip
    confirm(store, people, group, paid)
    b = books(store, group)
    assert fines.owed(b, chiku) == []
    position = member_positions(b)[chiku]
    assert (position["fines"].confirmed, position["fines_owed"].confirmed) == (5000, 0)
    assert refused(store, group, fa.add_entry, store, amina, group, type="fine", member=chiku,
                   charge=owed[0].id, meeting=later) == (
        "the fine 'absent' of 2024-02-10 is already paid"
    )  # fmt: skip
    assert refused(store, group, fa.add_entry, store, amina, group, type="fine",
                   member=dan.person, charge=owed[0].id, meeting=later) == (
        "the fine paid is not a fine this member owes"
    )  # fmt: skip
    assert refused(store, group, fa.add_entry, store, amina, group, type="fine",
                   member=dan.person, charge="ab" * 32, meeting=later).startswith(
        "no fine owed abababab"
    )  # fmt: skip


def test_a_reversed_charge_is_owed_no_more(store, people, group) -> None:
    schedule(store, people, group)
    chiku = people["Chiku"].person
    charge = fa.add_entry(store, people["Amina"], group, type="charge", member=chiku,
                          fine="late", date="2024-02-10").id  # fmt: skip
    fa.reverse_entry(store, people["Amina"], group, charge, date="2024-02-10")
    b = books(store, group)
    assert fines.owed(b, chiku) == []
    assert member_positions(b)[chiku]["fines_owed"].total == 0
    assert refused(store, group, fa.add_entry, store, people["Amina"], group, type="fine",
                   member=chiku, charge=charge, date="2024-02-11") == (
        "the fine owed was cancelled by a reversal"
    )  # fmt: skip
