"""The receiving half of a sync session: each batch verified, then stored, in order.

What arrives about the groups we asked for (`Batch`, `Synced`, `Deny`, `Receipts`) goes
from the read loop through two tasks: one has the next batch's signatures checked (by the
helper process, or on worker threads) while the other stores the batch before it, so
decoding, verifying and committing overlap. A batch is acknowledged only once stored
(durable). Changes offered to an invite are held unstored until they show the invite
(invite_trial.py). After a catch-up, each side signs a receipt and hands over the
receipts it holds (witnessed states).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import trio

from ledger.store.decoded_batch import DecodedBatch
from ledger.store.ids import DeviceId, GroupId, WriterId
from p2p import messages as m
from p2p.events import AccessDenied, ChangesReceived, DataRejected, SyncEvent
from p2p.group_commit import GroupCommitter
from p2p.guard import PeerGuard
from p2p.invite_trial import InviteTrial, NotTheInvitesGroup
from p2p.session_state import Incoming, Outgoing, SessionEnded, SyncStore

log = logging.getLogger(__name__)
RECEIPT_DELAY = 1.0
"""Seconds without new changes of the group before a due receipt is signed and sent, so
that a burst of changes is witnessed once."""
RECEIPT_PATIENCE = 30.0
"""A due receipt goes after this many seconds however busy the group is."""
MAX_EXCHANGED = 4096
"""Receipts remembered per session as held by both sides; past that the memory starts
over (the next hand-over sends every receipt once more)."""

Arrival = m.Batch | m.Synced | m.Deny | m.Receipts
"""What the read loop hands on, in order, to be verified and stored."""
Verified = tuple[Arrival, DecodedBatch | None]


class ReceivingMixin:
    """Mixed into `SyncSession`, which provides the attributes and hooks declared here."""

    store: SyncStore
    peer: str
    device: DeviceId
    guard: PeerGuard
    emit: Callable[[SyncEvent], None]
    wanted: dict[GroupId, Incoming]
    serving: dict[GroupId, Outgoing]
    trials: dict[GroupId, InviteTrial]
    accepted_invite_offers: int
    _passed_offers: list[GroupId]
    _ingesting: bool
    _acks_due: Counter[GroupId]
    """Batches of each group read and not yet acknowledged (their `Ack` carries news)."""
    committer: GroupCommitter
    _nursery: trio.Nursery | None
    restoring: set[GroupId]
    _receipts_due: set[GroupId]
    _receipts_to_sign: set[GroupId]
    _changed_at: dict[GroupId, float]
    """When changes of each group last arrived here (trio's clock)."""
    _exchanged: set[bytes]
    """Digests of the receipts this session sent or received: the peer holds those (or
    refused them), so they are not handed over again."""
    _to_verify: trio.MemoryReceiveChannel[Arrival]
    _verified: trio.MemorySendChannel[Verified]
    _to_store: trio.MemoryReceiveChannel[Verified]

    if TYPE_CHECKING:  # provided by SyncSession and the other mixins

        def _post(self, msg: m.Message) -> None: ...

        async def _punish(self, reason: str, weight: int = 1) -> bool: ...

        def _on_offer(self, group: GroupId) -> None: ...

        def _report(self, group: GroupId) -> None: ...

        def _check_in_sync(self) -> None: ...

        def _news(self, group: GroupId) -> dict[WriterId, int]: ...

        def _restore_caught_up(self, group: GroupId) -> None: ...

    async def _verify_batches(self) -> None:
        """Check each batch's signatures while the batch before it is being stored: a large
        batch's go at once to the helper process (ledger.store.verifier), a small one's
        (or all, without the helper) are checked on worker threads (PyNaCl lets go of
        the GIL)."""
        async for msg in self._to_verify:
            decoded = None
            if isinstance(msg, m.Batch):
                parsed = msg.parsed if msg.parsed is not None else msg.changes
                decoded = DecodedBatch.of_parsed(parsed)
                if decoded.left_here:
                    await trio.to_thread.run_sync(decoded.check_here)
            await self._verified.send((msg, decoded))

    async def _store_batches(self) -> None:
        async for msg, decoded in self._to_store:
            match msg:
                case m.Batch():
                    try:
                        await self._on_batch(msg, decoded)
                    finally:
                        self._acks_due[msg.group] -= 1
                case m.Synced():
                    await self._on_synced(msg.group)
                case m.Receipts():
                    self._on_receipts(msg)
                case m.Deny():
                    self.wanted.pop(msg.group, None)
                    log.info("%s refused group %s: %s", self.peer[:12], msg.group[:8], msg.reason)
                    self.emit(AccessDenied(self.peer, msg.group, msg.reason, by_us=False))
            self._check_in_sync()

    async def _on_batch(self, batch: m.Batch, decoded: DecodedBatch | None = None) -> None:
        incoming = self.wanted.get(batch.group)
        if incoming is None:
            raise m.ProtocolError("sent changes of a group we did not ask for")
        trial = self.trials.get(batch.group)
        if trial is not None:
            try:
                ready = trial.take(batch, decoded)
            except NotTheInvitesGroup as exc:
                await self._not_the_invites_group(batch.group, str(exc))
                ready = None
            if ready is None:
                self._post(m.Ack(batch.group, batch.seq, {}))
                return
            del self.trials[batch.group]
            for held, held_decoded in ready[:-1]:  # acknowledged while on trial
                if not await self._ingest(held, held_decoded, incoming):
                    return
            batch, decoded = ready[-1]
        if await self._ingest(batch, decoded, incoming):
            self._post(m.Ack(batch.group, batch.seq, self._news(batch.group)))
            self._report(batch.group)
            if incoming.synced:
                self._receipt_due(batch.group)

    async def _not_the_invites_group(self, group: GroupId, reason: str) -> None:
        """An offered group is not our invite's: nothing of it is stored; the next
        unknown group the peer offered may be tried in its place."""
        log.info("refusing group %s from %s: %s", group[:8], self.peer[:12], reason)
        self.emit(AccessDenied(self.peer, group, reason, by_us=True))
        self.accepted_invite_offers -= 1
        await self._punish(f"offered a group that is not its invite's: {reason}")
        if self._passed_offers:
            self._on_offer(self._passed_offers.pop())

    async def _ingest(
        self, batch: m.Batch, decoded: DecodedBatch | None, incoming: Incoming
    ) -> bool:
        """Store a batch's changes; False if the peer was banned for them."""
        if self.guard.banned_for(self.device):  # banned meanwhile (another session's strike)
            raise SessionEnded("peer is banned")
        self._ingesting = True
        try:  # durable when this returns (one commit with other sessions' batches)
            results = await self.committer.ingest(
                batch.changes, source=f"peer {self.peer}", group=batch.group, decoded=decoded
            )
        finally:
            self._ingesting = False
        accepted = duplicates = 0
        for result in results:
            if result.change is not None:
                incoming.from_peer.add(result.change)
            if result.status == "accepted":
                accepted += 1
            elif result.status == "duplicate":
                duplicates += 1
            elif result.status == "pending" and result.change is not None:
                self.guard.waiting(self.device, result.change)  # struck if never resolved
            elif result.status == "rejected":
                reason = result.reason or "invalid change"
                self.emit(DataRejected(self.peer, reason))
                if await self._punish(f"sent an invalid change: {reason}"):
                    return False
        incoming.received += len(batch.changes)
        if accepted or duplicates:
            self.emit(ChangesReceived(self.peer, batch.group, accepted, duplicates))
        return True

    async def _on_synced(self, group: GroupId) -> None:
        incoming = self.wanted.get(group)
        if incoming is None:
            raise m.ProtocolError("synced a group we did not ask for")
        trial = self.trials.pop(group, None)
        if trial is not None:
            del self.wanted[group]
            if not trial.refused:
                trial.refuse()
                await self._not_the_invites_group(
                    group, "the offered group holds no invite of ours"
                )
            return
        incoming.synced = True
        if group in self.restoring:  # a PC not known as a member's before this catch-up
            self._restore_caught_up(group)
        elif self.store.may_receive(group, self.device):  # a member's PC: we hold what it has
            out = self.serving.get(group)
            self.store.caught_up_with(group, dict(out.estimate) if out else {})
        self._report(group)
        self._receipt_due(group)

    def _receipt_due(self, group: GroupId, *, sign: bool = True) -> None:
        """The two PCs hold the same changes of `group` now (a catch-up ended, a live
        batch was ingested or acknowledged): a receipt is due, sent once things settle."""
        if sign:
            self._receipts_to_sign.add(group)
        if group in self._receipts_due or self._nursery is None:
            return
        self._receipts_due.add(group)
        self._nursery.start_soon(self._send_receipts, group)

    async def _send_receipts(self, group: GroupId) -> None:
        """Sign this PC's receipt of the group, and hand over the newest receipt of each
        PC this one holds (witnessed states travel with the group)."""
        due = trio.current_time()
        await trio.sleep(RECEIPT_DELAY)
        # A burst of changes gets one receipt, once it is over: while they keep coming
        # (a catch-up from other peers), a receipt would be stale at once.
        while trio.current_time() - due < RECEIPT_PATIENCE:
            quiet = trio.current_time() - self._changed_at.get(group, -RECEIPT_DELAY)
            if quiet >= RECEIPT_DELAY:
                break
            await trio.sleep(RECEIPT_DELAY - quiet)
        self._receipts_due.discard(group)
        sign = group in self._receipts_to_sign
        self._receipts_to_sign.discard(group)
        if not self.store.may_receive(group, self.device):
            return  # only to a member's PC (an invitee's catch-up gets no receipts)
        if sign:
            self.store.sign_receipt(group)  # (its event brings us back here, unsigned)
        chunk: list[bytes] = []
        size = 0
        for raw in self._not_exchanged(self.store.receipts(group)):
            if chunk and (
                len(chunk) == m.MAX_RECEIPTS_PER_MESSAGE or size + len(raw) > m.RECEIPTS_BYTES
            ):
                self._post(m.Receipts(group, tuple(chunk)))
                chunk, size = [], 0
            chunk.append(raw)
            size += len(raw)
        if chunk:
            self._post(m.Receipts(group, tuple(chunk)))

    def _on_receipts(self, msg: m.Receipts) -> None:
        if msg.group not in self.store.group_ids() or not self.store.may_receive(
            msg.group, self.device
        ):
            log.info(
                "ignored receipts of %s from %s: not a member's PC", msg.group[:8], self.peer[:12]
            )
            return
        fresh = self._not_exchanged(msg.receipts)
        if not fresh:
            return
        for reason in self.store.take_receipts(msg.group, fresh):
            if reason is not None:
                log.info("refused a receipt from %s: %s", self.peer[:12], reason)
                self.emit(DataRejected(self.peer, reason))

    def _not_exchanged(self, raws: Iterable[bytes]) -> list[bytes]:
        """The receipts among `raws` not yet sent to or received from this peer; they
        count as exchanged from now on. In a mesh every PC hands each peer all the
        receipts it holds after every burst: without this, each PC would decode and
        check the same ones again and again."""
        if len(self._exchanged) > MAX_EXCHANGED:
            self._exchanged.clear()
        fresh = []
        for raw in raws:
            digest = hashlib.blake2b(raw, digest_size=16).digest()
            if digest not in self._exchanged:
                self._exchanged.add(digest)
                fresh.append(raw)
        return fresh
