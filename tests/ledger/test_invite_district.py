"""Invites that carry a district: the joiner lands in it (or in none, if it was retired
before the join in replay order); and district descriptions in the group's own word."""

from __future__ import annotations

import time

import pytest

from ledger.savings import district_actions as da
from ledger.savings import membership_actions as actions
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId
from ledger.store.kinds import describe
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.conftest import forge


def test_joiner_lands_in_the_invites_district(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    amina = people["Amina"]
    oakland = da.add_district(store, amina, group, name="Oakland").id
    code, _ = actions.create_invite(store, amina, group, role="member", district="oakland")
    assert store.state(group).membership.invites[code.public_key.hex()].district == oakland
    actions.join_group(store, people["Dan"], group, code, name="Dan")
    m = store.state(group).membership
    assert m.members[people["Dan"].person].district == oakland
    assert {x.name for x in m.district_members(oakland)} == {"Dan"}
    assert not store.state(group).voided


def test_invite_without_district_still_works(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    da.add_district(store, people["Amina"], group, name="Oakland")
    code, change = actions.create_invite(store, people["Amina"], group, role="member")
    assert "district" not in change.body
    actions.join_group(store, people["Dan"], group, code, name="Dan")
    assert store.state(group).membership.members[people["Dan"].person].district is None


def test_unknown_or_retired_district_is_refused_before_signing(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    amina = people["Amina"]
    hills = da.add_district(store, amina, group, name="Hills").id
    da.retire_district(store, amina, group, "Hills")
    before = store.state(group).digest()
    with pytest.raises(Refused, match="the district Hills was retired"):
        actions.create_invite(store, amina, group, role="member", district=hills)
    with pytest.raises(NotFound, match="no district 'Nowhere' in this group"):
        actions.create_invite(store, amina, group, role="member", district="Nowhere")
    assert store.state(group).digest() == before


def test_forged_invite_for_a_retired_or_unknown_district_is_void(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    amina = people["Amina"]
    hills = da.add_district(store, amina, group, name="Hills").id
    da.retire_district(store, amina, group, "Hills")
    expires = int(time.time() * 1000) + 10**8
    for district, reason in (
        (bytes.fromhex(hills), "the district Hills was retired"),
        (bytes(32), "no district 00000000 in this group"),
    ):
        key = bytes([len(reason)]) * 32
        body = {"key": key, "role": "member", "expires": expires, "district": district}
        store.ingest(forge(amina, store, group, "invite.create", body).raw)
        assert store.state(group).voided[-1].reason == reason
        assert key.hex() not in store.state(group).membership.invites


def test_district_retired_before_the_join_leaves_no_district(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    """The council retired the district after inviting (it had no members yet): the join
    still counts, and the joiner is in no district until the council moves them."""
    amina = people["Amina"]
    hills = da.add_district(store, amina, group, name="Hills").id
    code, _ = actions.create_invite(store, amina, group, role="member", district="Hills")
    da.retire_district(store, amina, group, hills)
    actions.join_group(store, people["Dan"], group, code, name="Dan")
    state = store.state(group)
    assert not state.voided
    dan = state.membership.members[people["Dan"].person]
    assert dan.district is None and dan.roles == {"member"}
    da.add_district(store, amina, group, name="Valley")
    da.move_member(store, amina, group, people["Dan"].person, district="Valley")
    assert store.state(group).membership.members[people["Dan"].person].district is not None


def test_invite_district_is_in_the_digest(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    """The invite's district is part of the state digest, so peers that disagree notice."""
    amina = people["Amina"]
    da.add_district(store, amina, group, name="Oakland")
    plain_before = store.state(group).plain()["invites"]
    code, _ = actions.create_invite(store, amina, group, role="member", district="Oakland")
    rows = store.state(group).plain()["invites"]
    assert len(rows) == len(plain_before) + 1
    row = next(r for r in rows if r[0] == code.public_key.hex())
    assert row[-1] == store.state(group).membership.invites[code.public_key.hex()].district


def test_district_descriptions_use_the_groups_word(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    amina = people["Amina"]
    body = {"name": "Hills"}
    assert describe("district.add", body) == "added the district Hills"
    assert describe("district.add", body, word="village") == "added the village Hills"
    move = {"person": bytes(32), "district": bytes(32)}
    assert describe("member.move", move, "KES", "chapter") == (
        "moved member 00000000 to chapter 00000000"
    )
    actions.change_settings(store, amina, group, district_word="chapter")
    da.add_district(store, amina, group, name="Hills")
    store.ingest(forge(amina, store, group, "district.add", {"name": "hills"}).raw)
    assert store.state(group).voided[-1].what == "added the chapter hills"
