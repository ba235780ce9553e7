"""Correcting a member's join day (`member.joined`): refused before signing when the day is
wrong for the records, never voiding an entry already signed."""

from __future__ import annotations

import datetime as dt

import pytest

from ledger.savings import actions as fa
from ledger.savings import membership_actions as actions
from ledger.savings.joined import early_entries, join_days, joined_on
from ledger.savings.membership_actions import set_join_day
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.savings.conftest import books, confirm


@pytest.fixture
def dan(store: Store, people: dict[str, Signer], group: GroupId) -> Signer:
    """Dan was added with a wrong join day, 2024-03-01 (he came in February)."""
    actions.add_member(store, people["Amina"], group, person=people["Dan"].person, name="Dan",
                       roles=["member"], date="2024-03-01")  # fmt: skip
    fa.set_rules(store, people["Amina"], group, effective="2024-01-01", share_value=10_000,
                 cycle_start="2024-01-01", cycle_end="2024-12-31")  # fmt: skip
    return people["Dan"]


def _day(store: Store, group: GroupId, person: str) -> str | None:
    return joined_on(store.history(group), store.state(group).membership, person)


def _share(store: Store, people: dict[str, Signer], group: GroupId, who: str, date: str) -> str:
    return fa.add_entry(store, people["Amina"], group, type="contribution",
                        member=people[who].person, shares=1, date=date).id  # fmt: skip


def test_an_earlier_day_lets_last_months_records_in(store, people, group, dan) -> None:
    with pytest.raises(Refused, match="Dan joined the group on 2024-03-01"):
        _share(store, people, group, "Dan", "2024-02-10")
    change = set_join_day(store, people["Amina"], group, person=dan.person, date="2024-02-01")
    assert change.kind == "member.joined"
    assert _day(store, group, dan.person) == "2024-02-01"
    entry = _share(store, people, group, "Dan", "2024-02-10")
    confirm(store, people, group, entry)
    assert books(store, group).entries[entry].date == "2024-02-10"
    with pytest.raises(Refused, match="Dan joined the group on 2024-02-01"):
        _share(store, people, group, "Dan", "2024-01-31")


def test_the_founder_and_a_member_without_a_day_can_be_bound(store, people, group, dan) -> None:
    """A correction says a day where none was said: from then on it binds."""
    for who in ("Chiku", "Amina"):
        assert _day(store, group, people[who].person) is None
        set_join_day(store, people["Amina"], group, person=people[who].person, date="2024-05-01")
        assert _day(store, group, people[who].person) == "2024-05-01"
        with pytest.raises(Refused, match=f"{who} joined the group on 2024-05-01"):
            _share(store, people, group, who, "2024-04-30")


@pytest.mark.parametrize(
    ("date", "refusal"),
    [
        ("", "say the day the member joined"),
        ("  ", "say the day the member joined"),
        ("2024-3-1", "the date must be a date like 2024-03-31"),
        ("2024-02-30", r"the date is not a real date \(2024-02-30\)"),
        ("first of March", "the date must be a date like"),
        ((dt.date.today() + dt.timedelta(days=9)).isoformat(), "is in the future"),
        ("2024-03-01", "Dan joined on 2024-03-01 already: nothing to change"),
    ],
)
def test_a_bad_day_is_refused_and_writes_nothing(store, people, group, dan, date, refusal) -> None:
    before = store.change_count(group)
    with pytest.raises(Refused, match=refusal):
        set_join_day(store, people["Amina"], group, person=dan.person, date=date)
    assert store.change_count(group) == before
    assert _day(store, group, dan.person) == "2024-03-01"


def test_a_non_member_is_refused(store, people, group) -> None:
    before = store.change_count(group)
    with pytest.raises(NotFound, match="is not a member of this group"):
        set_join_day(store, people["Amina"], group, person=people["Dan"].person,
                     date="2024-02-01")  # fmt: skip
    with pytest.raises(NotFound, match="is not a member of this group"):
        set_join_day(store, people["Amina"], group, person="zz", date="2024-02-01")
    assert store.change_count(group) == before


def test_only_the_council_corrects_a_join_day(store, people, group, dan) -> None:
    before = store.state(group).digest()
    with pytest.raises(Refused, match="Bosco is not council"):
        set_join_day(store, people["Bosco"], group, person=dan.person, date="2024-02-01")
    assert store.state(group).digest() == before


def test_a_day_after_an_entry_already_recorded_is_refused(store, people, group, dan) -> None:
    """Moving the day past Dan's first record would leave it before his join day: the
    treasurer is told which entry, and may reverse it first."""
    entry = _share(store, people, group, "Dan", "2024-03-04")
    confirm(store, people, group, entry)
    before = store.change_count(group)
    with pytest.raises(Refused) as refused:
        set_join_day(store, people["Amina"], group, person=dan.person, date="2024-03-05")
    assert str(refused.value) == (
        f"Dan has an entry dated 2024-03-04 (entry {entry[:8]}): the join day cannot be "
        "after it; choose 2024-03-04 or earlier, or reverse that entry first"
    )
    assert store.change_count(group) == before
    set_join_day(store, people["Amina"], group, person=dan.person, date="2024-03-04")
    reversal = fa.reverse_entry(store, people["Amina"], group, entry)
    confirm(store, people, group, reversal.id)
    set_join_day(store, people["Amina"], group, person=dan.person, date="2024-03-05")
    assert _day(store, group, dan.person) == "2024-03-05"


def test_a_peers_later_day_leaves_signed_entries_standing(
    store, people, group, dan, make_store
) -> None:
    """Two PCs: one records Dan's share of 2024-03-02 while the other, not yet holding it,
    moves his join day to 2024-03-10. Both changes stand on every PC: the share counts
    (it was signed) and is named as an early entry."""
    other = make_store("other-pc")
    other.ingest_many(store.raw_changes(group))
    entry = _share(store, people, group, "Dan", "2024-03-02")
    confirm(store, people, group, entry)
    set_join_day(other, people["Amina"], group, person=dan.person, date="2024-03-10")
    mine, theirs = store.raw_changes(group), other.raw_changes(group)
    store.ingest_many(theirs)
    other.ingest_many(mine)
    for pc in (store, other):
        state = pc.state(group)
        assert not state.voided
        assert books(pc, group).entries[entry].date == "2024-03-02"
        assert _day(pc, group, dan.person) == "2024-03-10"
        assert [e.entry.id for e in early_entries(pc.history(group), state)] == [entry]
    assert store.state(group).digest() == other.state(group).digest()


def test_a_member_added_again_keeps_the_corrected_day(store, people, group, dan) -> None:
    set_join_day(store, people["Amina"], group, person=dan.person, date="2024-02-01")
    actions.remove_member(store, people["Amina"], group, dan.person, date="2024-06-01")
    actions.add_member(store, people["Amina"], group, person=dan.person, name="Dan",
                       roles=["member"], date="2024-09-01")  # fmt: skip
    assert _day(store, group, dan.person) == "2024-02-01"


def test_a_peers_correction_for_a_stranger_is_void(store, people, group) -> None:
    """Signed by a council member for a key that never joined: no effect, said why."""
    body = {"person": bytes.fromhex(people["Dan"].person), "date": "2024-02-01"}
    change = store.write(people["Amina"], group, "member.joined", body)
    voided = store.state(group).voided
    assert [(v.change, str(v.reason)) for v in voided] == [
        (change.id, "that person is not a member")
    ]


def test_every_members_day_at_once_is_each_members_day(store, people, group, dan) -> None:
    """`join_days` (one pass, for the members page and reports) agrees with `joined_on`:
    the founder and members added without a day (None), a day from an add, a corrected
    day, and a member added again."""
    set_join_day(store, people["Amina"], group, person=people["Chiku"].person, date="2024-02-01")
    actions.remove_member(store, people["Amina"], group, people["Esther"].person,
                          date="2024-06-01")  # fmt: skip
    actions.add_member(store, people["Amina"], group, person=people["Esther"].person,
                       name="Esther", roles=["elder"], date="2024-09-01")  # fmt: skip
    actions.remove_member(store, people["Amina"], group, dan.person, date="2024-06-01")
    actions.add_member(store, people["Amina"], group, person=dan.person, name="Dan",
                       roles=["member"], date="2024-09-01")  # fmt: skip
    state, history = store.state(group), store.history(group)
    days = join_days(history, state.membership)
    assert days == {p: joined_on(history, state.membership, p) for p in state.membership.members}
    assert days[dan.person] == "2024-03-01"  # his first add's day
    assert days[people["Chiku"].person] == "2024-02-01"
    assert days[people["Amina"].person] is None
    assert days[people["Esther"].person] is None  # her first add named no day
