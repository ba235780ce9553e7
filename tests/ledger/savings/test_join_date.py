"""An entry dated before its member joined: refused when recorded, kept and flagged when a
peer already signed it (never voided: an acknowledged record is never lost)."""

from __future__ import annotations

import pytest

from ledger.savings import actions as fa
from ledger.savings import cycle_actions as ca
from ledger.savings import group_actions as ga
from ledger.savings import membership_actions as actions
from ledger.savings import sitting
from ledger.savings.balances import fund_balances
from ledger.savings.joined import early_entries, joined_on
from ledger.savings.shareout import project
from ledger.store.errors import Refused
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.savings.conftest import books, confirm


@pytest.fixture
def dan(store: Store, people: dict[str, Signer], group: GroupId) -> Signer:
    """Dan joins Umoja on 2024-03-01 (the day the treasurer said)."""
    actions.add_member(store, people["Amina"], group, person=people["Dan"].person, name="Dan",
                       roles=["member"], date="2024-03-01")  # fmt: skip
    fa.set_rules(store, people["Amina"], group, effective="2024-01-01", share_value=10_000,
                 cycle_start="2024-01-01", cycle_end="2024-12-31")  # fmt: skip
    return people["Dan"]


def _early_body(person: str, fund: str, date: str) -> dict[str, object]:
    """A share bought, as a PC without the join-day check would sign it."""
    return {"type": "contribution", "fund": bytes.fromhex(fund), "member": bytes.fromhex(person),
            "amount": 10_000, "shares": 1, "date": date}  # fmt: skip


@pytest.mark.parametrize("kind", ["contribution", "fine", "loan"])
def test_an_entry_before_the_join_day_is_refused_naming_both_days(
    store, people, group, dan, kind
) -> None:
    before = store.change_count(group)
    with pytest.raises(Refused) as refused:
        fa.add_entry(store, people["Amina"], group, type=kind, member=dan.person,
                     amount=5_000, date="2024-02-29")  # fmt: skip
    assert str(refused.value) == (
        "Dan joined the group on 2024-03-01: an entry for them cannot be dated 2024-02-29, "
        "before that day"
    )
    assert store.change_count(group) == before, "a refusal must write nothing"


def test_the_join_day_itself_and_later_are_fine(store, people, group, dan) -> None:
    first = fa.add_entry(store, people["Amina"], group, type="contribution", member=dan.person,
                         shares=1, date="2024-03-01")  # fmt: skip
    confirm(store, people, group, first.id)
    assert fund_balances(books(store, group))[group].confirmed == 10_000
    assert joined_on(store.history(group), store.state(group).membership, dan.person) == (
        "2024-03-01"
    )


def test_a_member_added_without_a_day_and_the_founder_are_not_bound(
    store, people, group
) -> None:
    """Records entered after the fact: the day a member was added binds nothing unless
    the treasurer named it."""
    for who in ("Chiku", "Amina"):
        fa.add_entry(store, people["Amina"], group, type="contribution",
                     member=people[who].person, amount=100, date="2020-01-01")  # fmt: skip
    membership = store.state(group).membership
    assert joined_on(store.history(group), membership, people["Chiku"].person) is None
    assert early_entries(store.history(group), store.state(group)) == []


def test_a_meeting_row_before_the_join_day_is_refused_with_its_line(
    store, people, group, dan
) -> None:
    meeting = ga.open_meeting(store, people["Amina"], group, date="2024-02-15").id
    rows = [sitting.SittingRow(line=2, member="Chiku", shares=1),
            sitting.SittingRow(line=3, member="Dan", shares=1)]  # fmt: skip
    before = store.change_count(group)
    with pytest.raises(Refused, match=r"line 3.*Dan joined the group on 2024-03-01"):
        sitting.record_meeting(store, people["Amina"], group, meeting, rows)
    assert store.change_count(group) == before


def test_a_peers_early_entry_stands_counts_and_is_flagged(store, people, group, dan) -> None:
    """A PC without this check signed it: replay keeps it (the money is in the box), the
    share-out counts it as Dan's savings, and `early_entries` names it until reversed."""
    body = _early_body(dan.person, group, "2024-02-20")
    early = store.write(people["Amina"], group, "entry.add", body)
    confirm(store, people, group, early.id)
    chiku = fa.add_entry(store, people["Amina"], group, type="contribution",
                         member=people["Chiku"].person, shares=3, date="2024-03-05")  # fmt: skip
    confirm(store, people, group, chiku.id)
    b = books(store, group)
    assert early.id in b.entries and not store.state(group).voided
    plan = project(b)
    assert plan.pool == 40_000
    parts = {x.member: x.share for x in plan.lines}
    assert parts == {dan.person: 10_000, people["Chiku"].person: 30_000}
    flagged = early_entries(store.history(group), store.state(group))
    assert [(f.entry.id, f.name, f.joined) for f in flagged] == [(early.id, "Dan", "2024-03-01")]
    assert str(flagged[0].words(b)) == (
        f"entry {early.id[:8]} (100.00 KES for Dan) is dated 2024-02-20, before Dan joined on "
        "2024-03-01: it counts; reverse it if it was a mistake"
    )
    reversal = fa.reverse_entry(store, people["Amina"], group, early.id)
    confirm(store, people, group, reversal.id)
    assert early_entries(store.history(group), store.state(group)) == []
    assert project(books(store, group)).pool == 30_000


def test_a_share_out_before_the_join_day_is_refused(store, people, group, dan) -> None:
    saved = fa.add_entry(store, people["Amina"], group, type="contribution", member=dan.person,
                         shares=1, date="2024-03-01")  # fmt: skip
    confirm(store, people, group, saved.id)
    with pytest.raises(Refused, match="Dan joined the group on 2024-03-01"):
        ca.pay_shareout(store, people["Amina"], group, member=dan.person, date="2024-02-01")


def test_a_member_added_again_keeps_their_first_day(store, people, group, dan) -> None:
    """Dan left and came back on 2024-09-01: his entries of his first membership are his,
    neither refused nor flagged."""
    first = fa.add_entry(store, people["Amina"], group, type="contribution", member=dan.person,
                         shares=1, date="2024-03-01")  # fmt: skip
    confirm(store, people, group, first.id)
    actions.remove_member(store, people["Amina"], group, dan.person, date="2024-06-01")
    actions.add_member(store, people["Amina"], group, person=dan.person, name="Dan",
                       roles=["member"], date="2024-09-01")  # fmt: skip
    history, state = store.history(group), store.state(group)
    assert joined_on(history, state.membership, dan.person) == "2024-03-01"
    assert early_entries(history, state) == []
    with pytest.raises(Refused, match="Dan joined the group on 2024-03-01"):
        fa.add_entry(store, people["Amina"], group, type="contribution", member=dan.person,
                     shares=1, date="2024-02-01")  # fmt: skip


def test_the_founder_is_not_bound(store, people, group) -> None:
    assert joined_on(store.history(group), store.state(group).membership,
                     people["Amina"].person) is None  # fmt: skip


def test_a_peers_early_entry_arrives_and_both_pcs_agree(
    store, people, group, dan, make_store
) -> None:
    """Another PC receives it: accepted on arrival (signed by a council member), the same
    state, and named by the same books check, in whatever order the changes arrive."""
    early = store.write(people["Amina"], group, "entry.add",
                        _early_body(dan.person, group, "2024-02-20"))  # fmt: skip
    confirm(store, people, group, early.id)
    raws = store.raw_changes(group)
    for order in (raws, [raws[0], *reversed(raws[1:])]):
        other = make_store(f"pc{len(order)}-{order is raws}")
        other.ingest_many(order)
        assert other.state(group).digest() == store.state(group).digest()
        flagged = early_entries(other.history(group), other.state(group))
        assert [f.entry.id for f in flagged] == [early.id]
