"""Sync sessions between real stores over loopback libp2p streams."""

from __future__ import annotations

import os
from typing import Any

import trio

from ledger.savings import membership_actions as actions
from ledger.store.change import sign_change
from ledger.store.invites import InviteCode
from p2p import messages as m
from p2p import receiving
from p2p.events import (
    AccessDenied,
    ChangesReceived,
    DataRejected,
    PeerBanned,
    PeerInSync,
    SyncProgress,
)
from p2p.guard import PeerGuard
from p2p.sync import SyncSession
from tests.p2p.conftest import Side, linked, new_group, person, until


def joined_pair(make_store: Any) -> tuple[Side, Side, Any, Any, Any]:
    """A holds a group with some history; B holds an invite code for it."""
    amina, bosco = person("Amina"), person("Bosco")
    a = Side(make_store("a"))
    g = new_group(a.store, amina)
    for i in range(30):
        actions.edit_document(a.store, amina, g, "minutes:0000aaaa", f"meeting notes v{i}")
    code, _ = actions.create_invite(a.store, amina, g, role="member")
    b = Side(make_store("b"), invites=[code.signing_key])
    return a, b, g, (amina, bosco), code


def test_invite_holder_fetches_group_joins_and_both_converge(make_store: Any) -> None:
    a, b, g, (amina, bosco), code = joined_pair(make_store)

    async def main() -> None:
        async with linked(a, b):
            await until(lambda: g in b.store.group_ids(), what="group fetched")
            await until(lambda: any(p.synced for p in b.of(SyncProgress)), what="synced")
            assert b.store.version_vector(g) == a.store.version_vector(g)
            await until(lambda: bool(b.of(PeerInSync)), what="in sync after the catch-up")
            in_sync_before = len(b.of(PeerInSync))
            actions.join_group(b.store, bosco, g, code, name="Bosco")
            # B says "in sync" again only once A acknowledged the join.
            await until(lambda: len(b.of(PeerInSync)) > in_sync_before, what="join delivered")
            assert a.store.version_vector(g) == b.store.version_vector(g)
            assert b.store.device_id in a.store.state(g).membership.linked_devices()
            # Live, both ways, on the open stream.
            actions.edit_document(a.store, amina, g, "minutes:0000aaaa", "from A")
            actions.edit_document(b.store, bosco, g, "goal:0000bbbb", "from B")
            await until(
                lambda: a.store.version_vector(g) == b.store.version_vector(g), what="live pushes"
            )
        assert a.store.state(g).documents.keys() == b.store.state(g).documents.keys()

    trio.run(main)
    assert not a.of(DataRejected)
    assert not b.of(DataRejected)
    assert sum(e.accepted for e in b.of(ChangesReceived)) >= 32


def test_device_not_linked_learns_nothing(make_store: Any) -> None:
    a, _, g, _, _ = joined_pair(make_store)
    stranger = Side(make_store("stranger"))
    new_group(stranger.store, person("Zed"), name="Other")

    async def main() -> None:
        async with linked(a, stranger):
            await trio.sleep(1.5)

    trio.run(main)
    assert g not in stranger.store.group_ids()
    assert not stranger.of(ChangesReceived)
    assert not [e for e in a.of(SyncProgress) if e.sent]


def test_wrong_invite_key_gets_nothing(make_store: Any) -> None:
    a, _, g, _, _ = joined_pair(make_store)
    other = Side(make_store("other"), invites=[InviteCode.new().signing_key])

    async def main() -> None:
        async with linked(a, other):
            await trio.sleep(1.5)

    trio.run(main)
    assert g not in other.store.group_ids()


def test_removed_member_stops_receiving_at_once(make_store: Any) -> None:
    a, b, g, (amina, bosco), code = joined_pair(make_store)

    async def main() -> None:
        async with linked(a, b):
            await until(lambda: g in b.store.group_ids(), what="group fetched")
            actions.join_group(b.store, bosco, g, code, name="Bosco")
            await until(lambda: a.store.version_vector(g) == b.store.version_vector(g))
        # A new session: B is a linked member now, no invite needed.
        b.invites.clear()
        async with linked(a, b):
            actions.edit_document(a.store, amina, g, "minutes:0000aaaa", "before removal")
            await until(lambda: a.store.version_vector(g) == b.store.version_vector(g))
            actions.remove_member(a.store, amina, g, bosco.person, reason="moved away")
            actions.edit_document(a.store, amina, g, "minutes:0000aaaa", "after removal: secret")
            await until(lambda: bool(a.of(AccessDenied)), what="access withdrawn")
            await trio.sleep(0.5)
        held = b.store.version_vector(g)
        assert held != a.store.version_vector(g)
        assert "secret" not in str(b.store.state(g).documents.get("minutes:0000aaaa"))

    trio.run(main)
    denied = a.of(AccessDenied)
    assert denied[0].by_us
    assert "no longer linked" in denied[0].reason


def test_peer_sending_invalid_changes_is_rate_limited_then_banned(make_store: Any) -> None:
    a, b, g, (_, bosco), code = joined_pair(make_store)

    async def fetch() -> None:
        async with linked(a, b):
            await until(lambda: g in b.store.group_ids(), what="group fetched")
            actions.join_group(b.store, bosco, g, code, name="Bosco")
            await until(lambda: a.store.version_vector(g) == b.store.version_vector(g))

    trio.run(fetch)

    mallory = person("Mallory")  # not a member: everything she signs is refused

    class Flooder(SyncSession):
        """Serves correctly signed changes by a non-member, and undecodable bytes."""

        async def _serve(self, group: Any, out: Any) -> None:
            heads = tuple(a.store.history(group).latest_heads(4))
            for i in range(40):
                forged = sign_change(
                    mallory, group=group, device=os.urandom(32).hex(), seq=1, prev=None,
                    deps=heads, clock=i, kind="member.add",
                    body={"person": bytes(32), "name": "Ghost", "roles": ["council"]},
                )  # fmt: skip
                out.sent_seq += 1
                batch = (forged.raw, b"garbage" + bytes([i]))
                await self._send(m.Batch(group, out.sent_seq, batch))

    b.session_class = Flooder
    a.guard = PeerGuard(limit=10)

    async def flood() -> None:
        async with linked(a, b):
            await until(lambda: bool(a.of(PeerBanned)), what="ban")
            await trio.sleep(0.3)

    trio.run(flood)
    assert a.of(DataRejected)
    assert a.guard.banned_for(b.store.device_id) > 0
    assert any("banned" in reason for reason in a.ended)
    assert a.store.version_vector(g) == b.store.version_vector(g)  # nothing bad stored


def members_with_news(a: Side, b: Side) -> Any:
    """A group on A's and B's PCs, each linked to a member (Amina, Bosco), and a change
    written at A that B lacks: a sync then leaves receipts to exchange."""
    amina, bosco = person("Amina"), person("Bosco")
    g = new_group(a.store, amina)
    actions.add_member(a.store, amina, g, person=bosco.person, name="Bosco", roles=["elder"])
    b.store.ingest_many(a.store.raw_changes(g), source="copy")
    actions.link_device(b.store, bosco, g)
    a.store.ingest_many(b.store.raw_changes(g), source="copy")  # A knows Bosco's PC
    actions.edit_document(a.store, amina, g, "minutes:0000aaaa", "notes B lacks")
    return g


def both_receipts_on_both(a: Side, b: Side, g: Any) -> bool:
    return len(a.store.receipts(g)) == 2 and len(b.store.receipts(g)) == 2


def test_member_pcs_exchange_signed_receipts_when_caught_up(make_store: Any) -> None:
    a, b = Side(make_store("a")), Side(make_store("b"))
    g = members_with_news(a, b)

    async def main() -> None:
        async with linked(a, b):
            await until(lambda: both_receipts_on_both(a, b, g), what="both PCs' receipts")

    trio.run(main)
    assert a.store.version_vector(g) == b.store.version_vector(g)
    assert sorted(a.store.receipts(g)) == sorted(b.store.receipts(g))
    assert not a.of(DataRejected) and not b.of(DataRejected)


def test_a_receipt_goes_once_and_never_back_to_the_pc_it_came_from(
    make_store: Any, monkeypatch: Any
) -> None:
    """Each PC hands its peers the receipts it holds after a burst; one the peer sent or
    was sent already is not handed over again (in a mesh that echo cost every PC the
    decoding and checking of the same receipts over and over)."""
    monkeypatch.setattr(receiving, "RECEIPT_DELAY", 0.1)
    sent: dict[str, list[bytes]] = {"a": [], "b": []}

    def recording(name: str) -> type[SyncSession]:
        class Recording(SyncSession):
            def _post(self, msg: m.Message) -> None:
                if isinstance(msg, m.Receipts):
                    sent[name].extend(msg.receipts)
                super()._post(msg)

        return Recording

    a = Side(make_store("a"), session_class=recording("a"))
    b = Side(make_store("b"), session_class=recording("b"))
    g = members_with_news(a, b)

    async def main() -> None:
        async with linked(a, b):
            await until(lambda: both_receipts_on_both(a, b, g), what="both PCs' receipts")
            await trio.sleep(1.0)  # room for an echo (a hand-over follows each new receipt)

    trio.run(main)
    assert sorted(a.store.receipts(g)) == sorted(b.store.receipts(g))
    assert sent["a"] and sent["b"]
    assert len(set(sent["a"])) == len(sent["a"]) and len(set(sent["b"])) == len(sent["b"])
    assert not set(sent["a"]) & set(sent["b"])


def test_changes_of_another_group_inside_a_batch_are_refused(make_store: Any) -> None:
    """A batch names its group; changes of any other group in it are refused and the
    sender struck (here: banned), so a PC never gains a group it did not join."""
    a, b, g, (_, bosco), code = joined_pair(make_store)

    async def fetch() -> None:
        async with linked(a, b):
            await until(lambda: g in b.store.group_ids(), what="group fetched")
            actions.join_group(b.store, bosco, g, code, name="Bosco")
            await until(lambda: a.store.version_vector(g) == b.store.version_vector(g))

    trio.run(fetch)
    other = new_group(b.store, bosco, name="Other")
    for i in range(25):
        actions.edit_document(b.store, bosco, other, "minutes:0000cccc", f"other notes {i}")
    foreign = b.store.raw_changes(other)
    own = actions.edit_document(b.store, bosco, g, "goal:0000bbbb", "honest")
    assert own is not None

    class Smuggler(SyncSession):
        """Serves group g with the other group's whole history inside its batch."""

        async def _serve(self, group: Any, out: Any) -> None:
            out.sent_seq += 1
            await self._send(m.Batch(group, out.sent_seq, (*foreign, own.raw)))

    b.session_class = Smuggler

    async def smuggle() -> None:
        async with linked(a, b):
            await until(lambda: bool(a.of(PeerBanned)), what="ban")

    trio.run(smuggle)
    assert a.store.group_ids() == [g]
    assert own.id in a.store.history(g)  # the batch's own group's change is kept
    reasons = {e.reason for e in a.of(DataRejected)}
    assert reasons == {"it belongs to another group than the one it was sent for"}
    assert a.guard.banned_for(b.store.device_id) > 0


def test_a_pc_outside_the_group_learns_nothing_about_it(make_store: Any) -> None:
    """A PC holding the group's history (a removed member's, or one with an exported
    bundle) but not linked to a member is told nothing about the group: not its tag, not
    its version vector, no change, the same refusal as for a group this PC lacks."""
    a, _, g, _, _ = joined_pair(make_store)
    stranger = Side(make_store("stranger"))
    stranger.store.ingest_many(a.store.raw_changes(g))
    unknown = new_group(make_store("elsewhere"), person("Yusuf"), name="Elsewhere")
    heard: list[m.Message] = []

    class Prober(SyncSession):
        """Records what it is told, and asks and offers the group (and an unknown one)."""

        async def _receive(self, limit: float | None = None) -> m.Message:
            msg = await super()._receive(limit)
            heard.append(msg)
            return msg

        async def _read_loop(self) -> None:
            for group in (g, unknown):
                self._post(m.Want(group, {}))
                self._post(m.Offer(group))
            await super()._read_loop()

    stranger.session_class = Prober

    async def main() -> None:
        async with linked(a, stranger):
            await until(lambda: len([x for x in heard if isinstance(x, m.Deny)]) == 2)
            await trio.sleep(0.5)

    trio.run(main)
    hello = next(x for x in heard if isinstance(x, m.Hello))
    assert hello.tags == ()
    kinds = {type(x) for x in heard}
    assert kinds <= {m.Hello, m.Auth, m.Deny, m.Ping}, kinds
    denials = [x for x in heard if isinstance(x, m.Deny)]
    assert {d.group for d in denials} == {g, unknown}
    assert len({d.reason for d in denials}) == 1  # the same words whether held or not
    assert not [e for e in a.of(SyncProgress) if e.sent]


def test_a_peer_speaking_another_protocol_version_is_refused_in_words(make_store: Any) -> None:
    a, b, g, _, _ = joined_pair(make_store)

    class OldPeer(SyncSession):
        async def _send(self, msg: m.Message) -> None:
            if isinstance(msg, m.Hello):
                msg = m.Hello(1, msg.nonce, msg.tags)
            await super()._send(msg)

    b.session_class = OldPeer

    async def main() -> None:
        async with linked(a, b):
            await until(lambda: bool(a.ended and b.ended), what="both ended")

    trio.run(main)
    assert a.ended == ["peer speaks protocol version 1"]
    assert g not in b.store.group_ids()
