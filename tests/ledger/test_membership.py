"""Authorization: a pure function of causal history, and strong removal."""

from __future__ import annotations

import time
from typing import Any

import pytest

from ledger.savings import membership_actions as actions
from ledger.store.errors import NotFound, Refused
from ledger.store.ids import GroupId
from ledger.store.invites import InviteCode
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.conftest import forge


def _add(person: Signer) -> dict[str, Any]:
    return {"person": bytes.fromhex(person.person), "name": person.name, "roles": ["member"]}


def test_roles_after_setup(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    members = store.state(group).membership.members
    assert members[people["Amina"].person].roles == {"council"}
    assert members[people["Bosco"].person].roles == {"elder"}


def test_elder_may_not_grant_roles(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    before = store.state(group).digest()
    with pytest.raises(Refused, match="Bosco is not council"):
        actions.grant_role(store, people["Bosco"], group, people["Chiku"].person, "elder")
    forged = forge(
        people["Bosco"],
        store,
        group,
        "role.grant",
        {"person": bytes.fromhex(people["Chiku"].person), "role": "council"},
    )
    result = store.ingest(forged.raw)
    assert result.status == "rejected"
    assert "not council" in (result.reason or "")
    assert store.state(group).digest() == before


def test_outsider_may_not_write(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    forged = forge(people["Dan"], store, group, "member.add", _add(people["Dan"]))
    result = store.ingest(forged.raw)
    assert result.status == "rejected"
    assert result.reason == "the author is not a member of the group"
    assert people["Dan"].person not in store.state(group).membership.members


def test_removed_member_writing_after_removal_is_rejected(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    actions.grant_role(store, people["Amina"], group, people["Bosco"].person, "council")
    actions.remove_member(store, people["Amina"], group, people["Bosco"].person)
    forged = forge(people["Bosco"], store, group, "member.add", _add(people["Dan"]))
    result = store.ingest(forged.raw)
    assert result.status == "rejected"
    assert "removed" in (result.reason or "")


def test_concurrent_write_by_removed_member_is_void_everywhere(
    store: Store, group: GroupId, people: dict[str, Signer], make_store: Any
) -> None:
    actions.grant_role(store, people["Amina"], group, people["Bosco"].person, "council")
    base = store.raw_changes(group)
    # Bosco, on his own PC, adds Dan without having seen his removal...
    bosco_pc = make_store("bosco")
    bosco_pc.ingest_many(base)
    added = actions.add_member(
        bosco_pc, people["Bosco"], group, person=people["Dan"].person, name="Dan", roles=["member"]
    )
    # ...while Amina removes Bosco on hers.
    removal = actions.remove_member(store, people["Amina"], group, people["Bosco"].person)
    assert store.ingest(added.raw).status == "accepted"  # valid in its own causal past
    state = store.state(group)
    assert people["Dan"].person not in state.membership.members
    voided = [v for v in state.voided if v.change == added.id]
    assert voided and "removal" in voided[0].reason
    # The late removal arriving on Bosco's PC rebuilds to the same state.
    assert bosco_pc.state(group).membership.members[people["Dan"].person].name == "Dan"
    assert bosco_pc.ingest(removal.raw).status == "accepted"
    assert bosco_pc.state(group).digest() == state.digest()


def test_mutual_concurrent_removal_resolves_the_same_everywhere(
    store: Store, group: GroupId, people: dict[str, Signer], make_store: Any
) -> None:
    actions.grant_role(store, people["Amina"], group, people["Bosco"].person, "council")
    actions.grant_role(store, people["Amina"], group, people["Esther"].person, "council")
    other = make_store("bosco")
    other.ingest_many(store.raw_changes(group))
    r1 = actions.remove_member(store, people["Amina"], group, people["Bosco"].person)
    r2 = actions.remove_member(other, people["Bosco"], group, people["Amina"].person)
    store.ingest(r2.raw)
    other.ingest(r1.raw)
    assert store.state(group).digest() == other.state(group).digest()
    statuses = {
        store.state(group).membership.members[p].status
        for p in (people["Amina"].person, people["Bosco"].person)
    }
    assert statuses == {"active", "removed"}


def test_suspended_member_may_not_write_until_reinstated(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    actions.suspend_member(store, people["Amina"], group, people["Chiku"].person)
    with pytest.raises(Refused, match="suspended"):
        actions.link_device(store, people["Chiku"], group)
    actions.reinstate_member(store, people["Amina"], group, people["Chiku"].person)
    actions.link_device(store, people["Chiku"], group)
    with pytest.raises(Refused, match="already linked"):
        actions.link_device(store, people["Chiku"], group)
    assert store.device_id in store.state(group).membership.members[people["Chiku"].person].devices


def test_last_council_cannot_be_removed(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    actions.remove_member(store, people["Amina"], group, people["Amina"].person)
    state = store.state(group)
    assert state.membership.members[people["Amina"].person].status == "active"
    assert any("without an active council" in v.reason for v in state.voided)


def test_invite_join_and_single_use(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    code, _ = actions.create_invite(store, people["Amina"], group, role="viewer")
    parsed = InviteCode.parse(code.text().lower().replace("-", " "))
    actions.join_group(store, people["Dan"], group, parsed, name="Dan (funder)")
    member = store.state(group).membership.members[people["Dan"].person]
    assert member.roles == {"viewer"} and store.device_id in member.devices
    with pytest.raises(Refused, match="already used"):
        actions.join_group(store, people["Dan"], group, code, name="again")
    proof = code.join_proof(group, people["Chiku"].person)
    reuse = forge(
        people["Chiku"],
        store,
        group,
        "member.join",
        {"invite": code.public_key, "name": "Chiku", "proof": proof},
    )
    result = store.ingest(reuse.raw)
    assert result.status == "rejected" and "already used" in (result.reason or "")


def test_expired_invite_is_refused(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    code, _ = actions.create_invite(store, people["Amina"], group, role="member", valid_days=1)
    late = int(time.time() * 1000) + 2 * 24 * 3600 * 1000
    forged = forge(
        people["Dan"],
        store,
        group,
        "member.join",
        {
            "invite": code.public_key,
            "name": "Dan",
            "proof": code.join_proof(group, people["Dan"].person),
        },
        clock=late,
    )
    result = store.ingest(forged.raw)
    assert result.status == "rejected" and "expired" in (result.reason or "")


def test_join_without_the_code_is_refused(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    code, _ = actions.create_invite(store, people["Amina"], group, role="member")
    wrong = InviteCode.new()
    forged = forge(
        people["Dan"],
        store,
        group,
        "member.join",
        {
            "invite": code.public_key,
            "name": "Dan",
            "proof": wrong.join_proof(group, people["Dan"].person),
        },
    )
    result = store.ingest(forged.raw)
    assert result.status == "rejected" and "invite code" in (result.reason or "")


def test_unknown_invite_code(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    with pytest.raises(NotFound):
        actions.join_group(store, people["Dan"], group, InviteCode.new(), name="Dan")
