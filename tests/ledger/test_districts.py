"""Districts, members in districts, district representatives and households."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.savings import actions as fa
from ledger.savings import district_actions as da
from ledger.savings import group_actions as ga
from ledger.savings import membership_actions as actions
from ledger.savings.books import books_of
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId
from ledger.store.persons import Signer, create_person
from ledger.store.store import Store
from tests.ledger.conftest import forge


@pytest.fixture(scope="module")
def fay() -> Signer:
    """A person who signs for Chiku's family."""
    return create_person("Fay", "pw-fay")[1]


@pytest.fixture
def districts(store: Store, group: GroupId, people: dict[str, Signer]) -> dict[str, str]:
    """Oakland (Chiku, Dan; Dan its representative) and Richmond (Esther)."""
    amina = people["Amina"]
    ids = {n: da.add_district(store, amina, group, name=n).id for n in ("Oakland", "Richmond")}
    da.move_member(store, amina, group, people["Chiku"].person, district="oakland")
    da.move_member(store, amina, group, people["Esther"].person, district="Richmond")
    actions.add_member(
        store,
        amina,
        group,
        person=people["Dan"].person,
        name="Dan",
        roles=["member"],
        district="Oakland",
    )
    da.appoint_rep(store, amina, group, people["Dan"].person, district="Oakland")
    return ids


def test_districts_and_members(
    store: Store, group: GroupId, people: dict[str, Signer], districts: dict[str, str]
) -> None:
    m = store.state(group).membership
    assert [d.name for d in m.active_districts()] == ["Oakland", "Richmond"]
    assert m.members[people["Chiku"].person].district == districts["Oakland"]
    assert m.members[people["Dan"].person].represents == districts["Oakland"]
    assert {x.name for x in m.district_members(districts["Oakland"])} == {"Chiku", "Dan"}
    assert m.district_word() == "district"
    actions.change_settings(store, people["Amina"], group, district_word="chapter")
    assert store.state(group).membership.district_word() == "chapter"


def test_rename_retire_and_refusals(
    store: Store, group: GroupId, people: dict[str, Signer], districts: dict[str, str]
) -> None:
    amina = people["Amina"]
    da.rename_district(store, amina, group, "Oakland", name="East Oakland")
    before = store.state(group).digest()
    with pytest.raises(Refused, match="already has a district called Richmond"):
        da.add_district(store, amina, group, name=" richmond ")
    with pytest.raises(Refused, match="already has a district called Richmond"):
        da.rename_district(store, amina, group, "East Oakland", name="RICHMOND")
    with pytest.raises(Refused, match="1 to 60 characters"):
        da.add_district(store, amina, group, name="   ")
    with pytest.raises(NotFound, match="no district 'Oakland'"):
        da.move_member(store, amina, group, people["Bosco"].person, district="Oakland")
    with pytest.raises(Refused, match="still has 1 members: move them first"):
        da.retire_district(store, amina, group, "Richmond")
    with pytest.raises(Refused, match="Chiku is in East Oakland already"):
        da.move_member(store, amina, group, people["Chiku"].person, district="East Oakland")
    with pytest.raises(Refused, match="Bosco is not council"):
        da.add_district(store, people["Bosco"], group, name="Fremont")
    with pytest.raises(Refused, match="1 to 40 characters"):
        actions.change_settings(store, amina, group, district_word=" ")
    assert store.state(group).digest() == before
    da.move_member(store, amina, group, people["Esther"].person, district=districts["Oakland"])
    da.retire_district(store, amina, group, "Richmond")
    m = store.state(group).membership
    assert [d.name for d in m.active_districts()] == ["East Oakland"]
    with pytest.raises(Refused, match="the district Richmond was retired"):
        da.move_member(store, amina, group, people["Esther"].person, district="Richmond")
    # A retired district's name may be used again by a new district.
    da.add_district(store, amina, group, name="Richmond")


def test_bad_bodies_are_refused_on_ingest(
    store: Store, group: GroupId, people: dict[str, Signer], districts: dict[str, str]
) -> None:
    before = store.state(group).digest()
    amina = people["Amina"]
    for kind, body, reason in (
        ("district.add", {"name": ""}, "must not be empty"),
        ("district.add", {"name": "x", "extra": 1}, "unknown fields"),
        ("member.move", {"person": b"x", "district": bytes(32)}, "32"),
        ("rep.appoint", {"person": bytes.fromhex(amina.person)}, "missing fields"),
        ("member.household", {"person": bytes(32), "persons": [[bytes(32)]]}, "[person, name]"),
        ("group.settings", {"district_word": 7}, "text"),
    ):
        result = store.ingest(forge(amina, store, group, kind, body).raw)
        assert result.status == "rejected", (kind, body)
        assert reason in (result.reason or ""), (kind, result.reason)
    # Well formed but naming what does not exist: void, with the reason.
    store.ingest(
        forge(amina, store, group, "member.move", {"person": bytes(32), "district": bytes(32)}).raw
    )
    assert store.state(group).voided[-1].reason == "00000000 is not a member of the group"
    add = {"person": bytes(32), "name": "X", "roles": ["member"], "district": bytes(32)}
    store.ingest(forge(amina, store, group, "member.add", add).raw)
    assert store.state(group).voided[-1].reason == "no district 00000000 in this group"
    assert "0" * 64 not in store.state(group).membership.members
    assert store.state(group).digest() != before  # the void counts; nothing else moved
    m = store.state(group).membership
    assert [d.name for d in m.active_districts()] == ["Oakland", "Richmond"]


def test_representative_records_for_own_district_only(
    store: Store, group: GroupId, people: dict[str, Signer], districts: dict[str, str]
) -> None:
    dan = people["Dan"]
    fa.add_entry(store, dan, group, type="contribution", member=people["Chiku"].person, amount=500)
    before = store.state(group).digest()
    with pytest.raises(Refused, match="representative of Oakland records only for its members"):
        fa.add_entry(
            store, dan, group, type="contribution", member=people["Esther"].person, amount=500
        )
    with pytest.raises(Refused, match="Dan is not council"):
        da.add_district(store, dan, group, name="Fremont")
    assert store.state(group).digest() == before
    # The same refusal on ingest: a representative's change forged for another district.
    body = {
        "type": "contribution",
        "fund": bytes.fromhex(group),
        "amount": 500,
        "date": "2024-02-03",
        "member": bytes.fromhex(people["Esther"].person),
    }
    result = store.ingest(forge(dan, store, group, "entry.add", body).raw)
    assert result.status == "rejected"
    assert "records only for its members" in (result.reason or "")
    expense = {
        "type": "expense",
        "fund": bytes.fromhex(group),
        "amount": 100,
        "date": "2024-02-03",
        "note": "tea",
    }
    result = store.ingest(forge(dan, store, group, "entry.add", expense).raw)
    assert result.status == "rejected"
    assert "for a member of their district only" in (result.reason or "")
    assert store.state(group).digest() == before
    # Council keeps its power over the whole group.
    fa.add_entry(
        store,
        people["Amina"],
        group,
        type="contribution",
        member=people["Esther"].person,
        amount=700,
    )
    # Dismissed, Dan records nothing any more.
    da.dismiss_rep(store, people["Amina"], group, dan.person)
    with pytest.raises(Refused, match="Dan is not council"):
        fa.add_entry(
            store, dan, group, type="contribution", member=people["Chiku"].person, amount=500
        )
    entries = books_of(store.state(group)).entries.values()
    assert sorted(e.amount for e in entries) == [500, 700]


def test_representative_opens_district_meetings_only(
    store: Store, group: GroupId, people: dict[str, Signer], districts: dict[str, str]
) -> None:
    dan = people["Dan"]
    opened = ga.open_meeting(store, dan, group, date="2024-02-03", district="Oakland")
    assert books_of(store.state(group)).meetings[opened.id].district == districts["Oakland"]  # type: ignore[index]
    with pytest.raises(Refused, match="opens meetings of their own district only"):
        ga.open_meeting(store, dan, group, date="2024-02-03", district="Richmond")
    with pytest.raises(Refused, match="opens meetings of their own district only"):
        ga.open_meeting(store, dan, group, date="2024-02-03")
    ga.open_meeting(store, people["Amina"], group, date="2024-02-03", district="Richmond")
    # Dan takes the roll of Oakland's families, and of no one else.
    ga.record_attendance(
        store, dan, group, opened.id, {people["Chiku"].person: "present", dan.person: "late"}
    )
    with pytest.raises(Refused, match="Esther is not one of them"):
        ga.record_attendance(store, dan, group, opened.id, {people["Esther"].person: "absent"})
    attendance = books_of(store.state(group)).meetings[opened.id].attendance  # type: ignore[index]
    assert set(attendance) == {people["Chiku"].person, dan.person}


def test_authorization_follows_causal_history(
    store: Store,
    make_store: object,
    group: GroupId,
    people: dict[str, Signer],
    districts: dict[str, str],
) -> None:
    """A member moved out of Oakland concurrently with Dan's entry for them: Dan's entry
    stands (it saw Chiku in Oakland); one written after seeing the move is refused, on
    every PC alike."""
    amina, dan, chiku = people["Amina"], people["Dan"], people["Chiku"]
    other = make_store("pc2")  # type: ignore[operator]
    other.ingest_many(store.changes_missing(group, {}), source="test")
    entry = fa.add_entry(store, dan, group, type="contribution", member=chiku.person, amount=300)
    moved = da.move_member(other, amina, group, chiku.person, district="Richmond")
    other.ingest(entry.raw)
    store.ingest(moved.raw)
    for s in (store, other):
        assert [e.amount for e in books_of(s.state(group)).entries.values()] == [300]
    assert store.state(group).digest() == other.state(group).digest()
    with pytest.raises(Refused, match="not one of them"):
        fa.add_entry(store, dan, group, type="contribution", member=chiku.person, amount=300)


def test_household_person_signs_for_the_family(
    store: Store,
    group: GroupId,
    people: dict[str, Signer],
    districts: dict[str, str],
    fay: Signer,
) -> None:
    amina, chiku = people["Amina"], people["Chiku"]
    with pytest.raises(Refused, match="Bosco is a member of the group"):
        da.set_household(store, amina, group, chiku.person, [(people["Bosco"].person, "Bo")])
    with pytest.raises(Refused, match="only once"):
        da.set_household(store, amina, group, chiku.person, [(fay.person, "F"), (fay.person, "F")])
    da.set_household(store, amina, group, chiku.person, [(fay.person, "Fay")])
    m = store.state(group).membership
    assert m.members[chiku.person].household == {fay.person: "Fay"}
    assert m.member_of(fay.person) is m.members[chiku.person]
    assert m.roles_of(fay.person) == {"member"}
    with pytest.raises(Refused, match="signs for another family already"):
        da.set_household(store, amina, group, people["Dan"].person, [(fay.person, "Fay")])
    with pytest.raises(Refused, match="signs for a family"):
        actions.add_member(store, amina, group, person=fay.person, name="Fay", roles=["member"])
    # Fay proposes goals as the family (a member's right), the family's own too, and
    # changes them; she links her PC to the family.
    ga.add_goal(store, fay, group, title="School fees")
    own = ga.add_goal(store, fay, group, title="Roof", family=chiku.person).id
    ga.update_goal(store, fay, group, own, title="A new roof")
    goals = books_of(store.state(group)).goals
    assert goals[own].title == "A new roof"  # type: ignore[index]
    assert not store.state(group).voided
    with pytest.raises(Refused, match="for their own family only"):
        ga.add_goal(store, fay, group, title="Roof", family=people["Dan"].person)
    actions.link_device(store, fay, group)
    assert store.device_id in store.state(group).membership.members[chiku.person].devices
    # Suspending the family suspends those who sign for it.
    actions.suspend_member(store, amina, group, chiku.person)
    with pytest.raises(Refused, match="Chiku is suspended"):
        ga.add_goal(store, fay, group, title="Roof")
    actions.reinstate_member(store, amina, group, chiku.person)
    da.set_household(store, amina, group, chiku.person, [])
    assert fay.person not in store.state(group).membership.signs_for
    with pytest.raises(Refused, match="not a member"):
        ga.add_goal(store, fay, group, title="Roof")


def test_districts_survive_a_cached_state(
    tmp_path: Path, people: dict[str, Signer], fay: Signer
) -> None:
    """The snapshot keeps districts, representatives and households."""
    store = Store.open(tmp_path / "home")
    amina = people["Amina"]
    g = actions.create_group(store, amina, name="Lattice", currency="USD", quorum=1).group
    d = da.add_district(store, amina, g, name="Oakland").id
    actions.add_member(
        store, amina, g, person=people["Dan"].person, name="Dan", roles=["member"], district=d
    )
    da.appoint_rep(store, amina, g, people["Dan"].person, district=d)
    da.set_household(store, amina, g, people["Dan"].person, [(fay.person, "Fay")])
    actions.add_member(
        store, amina, g, person=people["Bosco"].person, name="Bosco", roles=["elder"]
    )
    paid = fa.add_entry(
        store, people["Dan"], g, type="contribution", member=people["Dan"].person, amount=900
    ).id
    fa.add_entry(store, amina, g, type="contribution", member=people["Dan"].person, amount=100)
    fa.sign_off(store, people["Bosco"], g, [paid])
    digest = store.state(g).digest()
    from ledger.savings.districts import rollup
    from ledger.store.snapshot import decode_state, encode_state

    again = decode_state(encode_state(store.state(g)))
    assert again is not None
    assert again.digest() == digest
    assert again.membership.districts[d].name == "Oakland"  # type: ignore[index]
    assert again.membership.signs_for == {fay.person: people["Dan"].person}
    # The roll-up of a cached state needs none of its entries, and gives the same figures.
    fresh = decode_state(encode_state(store.state(g)))
    assert fresh is not None
    cached = books_of(fresh)
    figures = rollup(cached, fresh.membership)
    assert cached._unread is not None  # the entries were not read
    assert figures == rollup(books_of(store.state(g)), store.state(g).membership)
    row = figures.row(d)  # type: ignore[arg-type]
    assert (row.saved.confirmed, row.saved.pending, row.persons) == (900, 100, 2)
    store.close()


def test_a_removed_or_dismissed_representative_records_nothing(
    store: Store, group: GroupId, people: dict[str, Signer], districts: dict[str, str]
) -> None:
    amina, dan, chiku = people["Amina"], people["Dan"], people["Chiku"]
    actions.remove_member(store, amina, group, dan.person)
    body = {
        "type": "contribution",
        "fund": bytes.fromhex(group),
        "amount": 500,
        "date": "2024-02-03",
        "member": bytes.fromhex(chiku.person),
    }
    result = store.ingest(forge(dan, store, group, "entry.add", body).raw)
    assert result.status == "rejected"
    assert "Dan was removed" in (result.reason or "")


def test_concurrent_retire_and_move_converge(
    store: Store,
    make_store: object,
    group: GroupId,
    people: dict[str, Signer],
    districts: dict[str, str],
) -> None:
    """Esther leaves Richmond so it can be retired on one PC, while on another PC Bosco is
    moved into Richmond: whichever comes first in replay order stands, the same on both."""
    amina = people["Amina"]
    other = make_store("pc2")  # type: ignore[operator]
    da.move_member(store, amina, group, people["Esther"].person, district="Oakland")
    other.ingest_many(store.changes_missing(group, {}), source="test")
    retired = da.retire_district(store, amina, group, "Richmond")
    moved = da.move_member(other, amina, group, people["Bosco"].person, district="Richmond")
    store.ingest(moved.raw)
    other.ingest(retired.raw)
    assert store.state(group).digest() == other.state(group).digest()
    m = store.state(group).membership
    richmond = m.districts[districts["Richmond"]]  # type: ignore[index]
    bosco = m.members[people["Bosco"].person]
    # Either the move came first (then the retire is void: Richmond has a member) or the
    # retire did (then the move is void): never a member in a retired district.
    assert richmond.retired != (bosco.district == richmond.id)
    assert len(store.state(group).voided) == 1
