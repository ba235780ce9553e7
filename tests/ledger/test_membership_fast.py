"""Membership from the causal index alone equals the one a full replay derives.

Sync authorizes every connection and push from `Store.membership` (the fold of the
group's control changes); the slow path is `state(group).membership`. Random histories
of two PCs writing membership changes concurrently, syncing now and then, must give
the same members, roles, statuses, linked devices and invites either way.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from ledger.savings import membership_actions as actions
from ledger.store.errors import LatticeError
from ledger.store.ids import GroupId
from ledger.store.membership import Membership
from ledger.store.persons import Signer
from ledger.store.store import Store

PEOPLE = [Signer(name, SigningKey(bytes([i + 1]) * 32)) for i, name in enumerate("ABCDE")]
ROLES = ["council", "elder", "member", "viewer"]

step = st.tuples(
    st.sampled_from(
        ["add", "remove", "suspend", "reinstate", "grant", "revoke", "link", "invite", "sync"]
    ),
    st.integers(0, 1),  # which PC
    st.integers(0, len(PEOPLE) - 1),  # who acts
    st.integers(0, len(PEOPLE) - 1),  # whom it concerns
    st.sampled_from(ROLES),
)


def plain(membership: Membership) -> dict[str, Any]:
    return {
        "members": {
            p: (m.status, sorted(m.roles), sorted(m.devices), m.name)
            for p, m in membership.members.items()
        },
        "invites": {k: (i.role, i.used_by) for k, i in membership.invites.items()},
        "linked": sorted(membership.linked_devices()),
        "settings": membership.settings,
    }


def apply(stores: list[Store], group: GroupId, move: tuple[str, int, int, int, str]) -> None:
    op, pc, actor, target, role = move
    store, signer, whom = stores[pc], PEOPLE[actor], PEOPLE[target]
    try:
        match op:
            case "add":
                actions.add_member(
                    store, signer, group, person=whom.person, name=whom.name, roles=[role]
                )
            case "remove":
                actions.remove_member(store, signer, group, whom.person)
            case "suspend":
                actions.suspend_member(store, signer, group, whom.person)
            case "reinstate":
                actions.reinstate_member(store, signer, group, whom.person)
            case "grant":
                actions.grant_role(store, signer, group, whom.person, role)
            case "revoke":
                actions.revoke_role(store, signer, group, whom.person, role)
            case "link":
                actions.link_device(store, signer, group)
            case "invite":
                actions.create_invite(store, signer, group, role=role)
            case "sync":
                stores[pc].ingest_many(stores[1 - pc].raw_changes(group))
    except LatticeError:
        pass  # refused as the group's rules say: the history goes on without it


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(step, min_size=1, max_size=30))
def test_membership_from_history_equals_membership_from_replay(moves: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        stores = [Store.open(Path(tmp) / "a"), Store.open(Path(tmp) / "b")]
        try:
            founder = PEOPLE[0]
            group = actions.create_group(
                stores[0], founder, name="Umoja", currency="KES", quorum=1
            ).group
            for other in PEOPLE[1:4]:  # several councils, so concurrent removals happen
                apply(stores, group, ("add", 0, 0, PEOPLE.index(other), "council"))
            stores[1].ingest_many(stores[0].raw_changes(group))
            for move in moves:
                apply(stores, group, move)
                for store in stores:
                    assert plain(store.membership(group)) == plain(store.state(group).membership)
            for pc in (0, 1, 0):
                apply(stores, group, ("sync", pc, 0, 0, "member"))
            for store in stores:
                assert plain(store.membership(group)) == plain(store.state(group).membership)
        finally:
            for store in stores:
                store.close()
