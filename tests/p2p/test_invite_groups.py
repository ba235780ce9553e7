"""An invite holder stores an offered group only if it is the invite's (p2p/invite_trial)."""

from __future__ import annotations

from typing import Any

import pytest
import trio

from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.invites import InviteCode
from p2p.events import AccessDenied, ChangesReceived, SyncProgress
from p2p.sync import SyncSession
from tests.p2p.conftest import Side, linked, new_group, person, until


class OffersEveryGroup(SyncSession):
    """A lying peer: offers every group it holds, as if the invite were for each."""

    async def _handshake(self) -> list[GroupId]:
        common = await super()._handshake()
        self.invite_groups |= set(self.store.group_ids())
        return common


class OffersTheWrongGroup(SyncSession):
    """A lying peer: offers the groups that are not the invite's instead of the one that is."""

    async def _handshake(self) -> list[GroupId]:
        common = await super()._handshake()
        self.invite_groups = set(self.store.group_ids()) - self.invite_groups
        return common


def liar_with_two_groups(
    make_store: Any, liar: type[SyncSession] = OffersEveryGroup
) -> tuple[Side, GroupId, GroupId, InviteCode]:
    """A holds G, with an invite, and another group H with some private history."""
    amina = person("Amina")
    a = Side(make_store("a"), session_class=liar)
    g = new_group(a.store, amina)
    h = new_group(a.store, amina, name="Other")
    for i in range(20):
        actions.edit_document(a.store, amina, h, "minutes:0000aaaa", f"private notes v{i}")
    code, _ = actions.create_invite(a.store, amina, g, role="member")
    return a, g, h, code


def denied(side: Side, group: GroupId) -> list[AccessDenied]:
    return [e for e in side.of(AccessDenied) if e.group == group and e.by_us]


def test_a_group_that_is_not_the_invites_is_not_stored(make_store: Any) -> None:
    a, _, h, code = liar_with_two_groups(make_store, OffersTheWrongGroup)
    b = Side(make_store("b"), invites=[code.signing_key])

    async def main() -> None:
        async with linked(a, b):
            await until(lambda: bool(denied(b, h)), what="the other group refused")

    trio.run(main)
    assert b.store.group_ids() == []
    assert not b.of(ChangesReceived)
    assert "no invite of ours" in denied(b, h)[0].reason


def test_offered_both_the_invite_holder_takes_only_the_invites_group(make_store: Any) -> None:
    a, g, h, code = liar_with_two_groups(make_store)
    b = Side(make_store("b"), invites=[code.signing_key])

    async def main() -> None:
        async with linked(a, b):
            await until(
                lambda: any(p.synced and p.group == g for p in b.of(SyncProgress)), what="synced"
            )
            assert b.store.version_vector(g) == a.store.version_vector(g)

    trio.run(main)
    assert b.store.group_ids() == [g]
    assert not [e for e in b.of(ChangesReceived) if e.group == h]


def test_an_invite_for_a_group_the_peer_lacks_fetches_nothing(make_store: Any) -> None:
    a, g, h, _ = liar_with_two_groups(make_store)
    elsewhere = make_store("elsewhere")
    zawadi = person("Zawadi")
    other = new_group(elsewhere, zawadi, name="Elsewhere")
    code, _ = actions.create_invite(elsewhere, zawadi, other, role="member")
    b = Side(make_store("b"), invites=[code.signing_key])

    async def main() -> None:
        async with linked(a, b):
            await until(lambda: bool(denied(b, g) and denied(b, h)), what="both refused")

    trio.run(main)
    assert b.store.group_ids() == []
    assert not b.of(ChangesReceived)


def test_a_group_on_trial_is_held_only_up_to_its_cap(make_store: Any, monkeypatch: Any) -> None:
    from p2p import invite_trial
    from p2p import messages as m

    a, g, h, code = liar_with_two_groups(make_store)
    raws = a.store.raw_changes(h)
    monkeypatch.setattr(invite_trial, "MAX_TRIAL_BYTES", sum(len(r) for r in raws[:3]))
    trial = invite_trial.InviteTrial.for_keys([bytes(code.signing_key.verify_key)])
    assert trial.take(m.Batch(h, 1, tuple(raws[:2])), None) is None
    with pytest.raises(invite_trial.NotTheInvitesGroup, match="no invite of ours"):
        trial.take(m.Batch(h, 2, tuple(raws[2:])), None)
    assert trial.held == [] and trial.refused
    assert trial.take(m.Batch(h, 3, tuple(raws)), None) is None
    assert trial.held == []
    # The invite's group passes as soon as the batch with the invite comes.
    passing = invite_trial.InviteTrial.for_keys([bytes(code.signing_key.verify_key)])
    ours = a.store.raw_changes(g)
    ready = passing.take(m.Batch(g, 1, tuple(ours)), None)
    assert ready is not None and [b.seq for b, _ in ready] == [1]
