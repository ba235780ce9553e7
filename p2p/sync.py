"""One sync session over one stream: handshake, catch-up both ways, then live pushes.

Both sides run the same code. After `Hello` (blinded groups) and `Auth` (invite proofs,
handshake.py),
each side sends `Want(group, version vector)` for every group both hold; the other side
answers with the missing changes in `Batch`es — at most `window` unacknowledged per
group and `in_flight_bytes` for the whole session — then `Synced`, and afterwards
pushes every new change as it is stored (the sending half, and how relayed changes
avoid crossing the LAN twice, is in serving.py).
Each side tells the other what reached it from elsewhere (`Have`), so neither sends what
the other already holds. A group is served only to a device the store says may receive
it, or that proved an invite for it; this is checked again before every push, so a
removed member stops receiving at once. `PeerInSync` is emitted each time both
directions go quiet.

The read loop never waits to send: what it answers (`Ack`, `Want`, `Deny`, …) goes to an
outbox that its own task writes, so when both sides send at once each keeps reading and
neither side's stream window stays full. What arrives about the groups we asked for
(`Batch`, `Synced`, `Deny`, `Receipts`) goes, in order, through two more tasks: one
checks the next batch's signatures on worker threads while the other stores the batch
before it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence

import trio
from nacl.signing import SigningKey

from ledger.store.errors import StoreError
from ledger.store.events import ReceiptsArrived
from ledger.store.ids import DeviceId, GroupId, WriterId
from ledger.store.store import ChangesArrived, StoreEvent
from p2p import messages as m
from p2p.events import AccessDenied, PeerBanned, SyncEvent
from p2p.framing import FrameError
from p2p.group_commit import GroupCommitter
from p2p.guard import PROTOCOL_STRIKE, PeerGuard
from p2p.handshake import greet
from p2p.invite_trial import InviteTrial
from p2p.progress import ProgressMixin
from p2p.receiving import Arrival, ReceivingMixin, Verified
from p2p.restore_catch_up import RestoreCatchUp
from p2p.serving import ServingMixin
from p2p.session_state import (
    Incoming,
    InFlight,
    Outgoing,
    PackedBatches,
    SessionConfig,
    SessionEnded,
    SessionStream,
    SyncStore,
    collapse,
    invite_message,
)

__all__ = ["SessionConfig", "SessionEnded", "SyncSession", "invite_message"]

log = logging.getLogger(__name__)


class SyncSession(ProgressMixin, ReceivingMixin, ServingMixin, RestoreCatchUp):
    """Runs until the peer leaves, misbehaves, goes silent, or the caller cancels."""

    def __init__(
        self,
        store: SyncStore,
        stream: SessionStream,
        *,
        my_device: DeviceId,
        guard: PeerGuard,
        emit: Callable[[SyncEvent], None],
        invites: Sequence[SigningKey] = (),
        config: SessionConfig | None = None,
        feeders: Callable[[GroupId], list[DeviceId]] = lambda group: [],
        on_wanting: Callable[[], None] = lambda: None,
        packed: PackedBatches | None = None,
        committer: GroupCommitter | None = None,
    ) -> None:
        self.store = store
        self.stream = stream
        self.peer = stream.peer_id
        self.device = stream.device
        self.my_device = my_device
        self.guard = guard
        self.emit = emit
        self.invites = list(invites)
        self.config = config or SessionConfig()
        self.serving: dict[GroupId, Outgoing] = {}
        self.wanted: dict[GroupId, Incoming] = {}
        self.invite_groups: set[GroupId] = set()
        self.restoring: set[GroupId] = set()
        self._restoring_wants: dict[GroupId, m.Want] = {}
        self.offered: set[GroupId] = set()
        self.accepted_invite_offers = 0
        self.trials: dict[GroupId, InviteTrial] = {}
        """Groups offered to our invites, held unstored until they show one (invite_trial)."""
        self._passed_offers: list[GroupId] = []
        self._ready = False
        self._in_sync = False
        self._ingesting = False
        self._have_due = trio.Event()
        self._have_groups: set[GroupId] = set()
        self._acks_due: Counter[GroupId] = Counter()
        """Batches of each group read from the peer and not yet acknowledged."""
        self._wants_coming: set[GroupId] = set()
        """Groups both hold (`Hello`) whose `Want` has not arrived: the peer asks for each
        at once, unprompted, so an `Offer` of one meanwhile would say nothing."""
        self._receipts_due: set[GroupId] = set()
        self._receipts_to_sign: set[GroupId] = set()
        self._changed_at: dict[GroupId, float] = {}
        self._exchanged: set[bytes] = set()
        self.feeders = feeders
        self.on_wanting = on_wanting
        self._nursery: trio.Nursery | None = None
        self.in_flight = InFlight(self.config.in_flight_bytes)
        self.packed = packed if packed is not None else PackedBatches()
        """Batches packed for the wire, shared with the service's other sessions."""
        self.committer = committer if committer is not None else GroupCommitter(store)
        """Stores what arrives, in one commit with the service's other sessions."""
        self._outbox: list[m.Message] = []
        self._outbox_due = trio.Event()
        self._arrived, self._to_verify = trio.open_memory_channel[Arrival](2)
        self._verified, self._to_store = trio.open_memory_channel[Verified](1)

    # -- entry point ----------------------------------------------------------------

    async def run(self) -> None:
        """Raises `SessionEnded` with the reason whenever the session stops on its own."""
        if self.guard.banned_for(self.device):
            raise SessionEnded("peer is banned")
        unsubscribe = self.store.subscribe(self._on_store_event)
        try:
            try:
                with trio.fail_after(self.config.handshake_timeout):
                    common = await self._handshake()
            except trio.TooSlowError:
                raise SessionEnded("handshake timed out") from None
            try:
                async with trio.open_nursery() as nursery:
                    self._nursery = nursery
                    nursery.start_soon(self._keepalive)
                    nursery.start_soon(self._write_outbox)
                    nursery.start_soon(self._verify_batches)
                    nursery.start_soon(self._store_batches)
                    nursery.start_soon(self._tell_haves)
                    for group in self.invite_groups - set(common):
                        self._offer(group)
                    for group in [*common, *self.restoring]:
                        self._want(group)
                    self._ready = True
                    self.on_wanting()  # every session tells its peer who feeds us now
                    self._check_in_sync()
                    await self._read_loop()
            except BaseExceptionGroup as group:
                raise collapse(group) from None
        except FrameError as exc:
            raise SessionEnded(str(exc)) from None
        except StoreError as exc:  # e.g. a full disk: this session ends, the service goes on
            raise SessionEnded(f"this PC could not store what arrived: {exc}") from None
        except m.ProtocolError as exc:
            reason = f"protocol violation: {exc}"
            await self._send_quietly(m.Bye(reason))
            await self._punish(reason, PROTOCOL_STRIKE)
            raise SessionEnded(reason) from None
        finally:
            unsubscribe()

    async def _send(self, msg: m.Message) -> None:
        await self.stream.send(m.encode(msg))

    async def _send_frame(self, frame: bytes) -> None:
        await self.stream.send(frame)

    def _post(self, msg: m.Message) -> None:
        """Queue a message for the outbox task: for code that must not wait (the read loop)."""
        self._outbox.append(msg)
        self._outbox_due.set()

    async def _write_outbox(self) -> None:
        while True:
            await self._outbox_due.wait()
            self._outbox_due = trio.Event()
            messages, self._outbox = self._outbox, []
            for msg in messages:
                await self._send(msg)

    async def _send_quietly(self, msg: m.Message) -> None:
        """A parting word: the session ends anyway, so never wait long on it."""
        with trio.move_on_after(2):
            try:
                await self._send(msg)
            except FrameError:
                pass

    async def _receive(self, limit: float | None = None) -> m.Message:
        return m.decode(await self.stream.receive(limit))

    async def _handshake(self) -> list[GroupId]:
        """`Hello` and `Auth` (handshake.py): the groups to sync, and those the peer
        proved an invite for (into `invite_groups`)."""
        greeting = await greet(
            self.store,
            send=self._send,
            send_quietly=self._send_quietly,
            receive=self._receive,
            my_device=self.my_device,
            device=self.device,
            invites=self.invites,
            punish=self._punish,
        )
        self.invite_groups |= greeting.invite_groups
        self.restoring = self._held_groups_named(
            greeting.common, greeting.their_nonce, greeting.their_tags
        )
        self._wants_coming = set(greeting.common)
        return greeting.common

    # -- receiving ------------------------------------------------------------------

    async def _read_loop(self) -> None:
        while True:
            msg = await self._receive(self.config.idle_timeout)
            match msg:
                case m.Want():
                    self._on_want(msg)
                case m.Offer():
                    self._on_offer(msg.group)
                case m.Batch():
                    self._acks_due[msg.group] += 1
                    await self._arrived.send(msg)  # taken in order, after the batches before
                case m.Synced() | m.Deny() | m.Receipts():
                    await self._arrived.send(msg)
                case m.Ack():
                    self._on_ack(msg)
                case m.Have():
                    self._on_have(msg)
                case m.Ping():
                    pass
                case m.Bye():
                    raise SessionEnded(f"peer said goodbye: {msg.reason}")
                case _:
                    raise m.ProtocolError(f"unexpected {type(msg).__name__.lower()}")
            self._check_in_sync()
            pause = self.guard.delay(self.device)
            if pause:
                await trio.sleep(pause)

    def _authorized(self, group: GroupId) -> bool:
        return group in self.invite_groups or self.store.may_receive(group, self.device)

    def _on_want(self, want: m.Want) -> None:
        if want.group in self.serving:
            raise m.ProtocolError("asked twice for the same group")
        self._wants_coming.discard(want.group)
        if self._defer_want(want):  # a restored PC's held group: see restore_catch_up
            return
        if want.group not in self.store.group_ids() or not self._authorized(want.group):
            # One answer for both cases: whether we hold the group is not the peer's to know.
            reason = "this PC shares no such group with yours"
            log.info("refusing group %s to %s: %s", want.group[:8], self.peer[:12], reason)
            self.emit(AccessDenied(self.peer, want.group, reason, by_us=True))
            self.offered.discard(want.group)
            self._post(m.Deny(want.group, reason))
            return
        out = self.serving[want.group] = Outgoing(dict(want.vv))
        self._expect(want.group, want.vv)  # a catch-up from the peer may follow
        assert self._nursery is not None
        self._nursery.start_soon(self._serve, want.group, out)
        if want.group not in self.wanted and self.store.may_receive(want.group, self.device):
            self._want(want.group)  # a member's PC holds it too: keep both sides equal

    def _on_offer(self, group: GroupId) -> None:
        if group in self.wanted:
            return
        if group in self.store.group_ids():
            if self._authorized(group):
                self._want(group)
            else:  # our version vector is for members' eyes only
                log.info(
                    "ignoring offer of group %s from %s, not a member's PC",
                    group[:8],
                    self.peer[:12],
                )
        elif self.invites and self.accepted_invite_offers < len(self.invites):
            self.accepted_invite_offers += 1
            self.trials[group] = InviteTrial.for_keys([bytes(k.verify_key) for k in self.invites])
            self._want(group)
        elif self.invites:  # tried if a group on trial turns out not to be the invite's
            self._passed_offers = [*self._passed_offers[-7:], group]
        else:
            log.info("ignoring offer of unknown group %s from %s", group[:8], self.peer[:12])

    def _on_ack(self, ack: m.Ack) -> None:
        out = self.serving.get(ack.group)
        if out is None or not out.acked_seq <= ack.seq <= out.sent_seq:
            raise m.ProtocolError("acknowledged a batch that was never sent")
        out.acked_seq = ack.seq
        for seq in [s for s in out.unacked if s <= ack.seq]:
            self.in_flight.release(out.unacked.pop(seq))
        if ack.vv:  # the news a Have would have carried (serving.py: _tell_haves)
            if ack.group in self.wanted:
                self._expect(ack.group, ack.vv)
            self._holds(out, ack.vv)
        out.acked.set()
        if out.caught_up and out.acked_seq == out.sent_seq and ack.group in self.wanted:
            self._receipt_due(ack.group)

    async def _punish(self, reason: str, weight: int = 1) -> bool:
        """Record a strike; if it banned the peer, say so and end the session."""
        if not self.guard.strike(self.device, reason, weight):
            return False
        seconds = self.guard.banned_for(self.device)
        self.emit(PeerBanned(self.peer, self.device, seconds, reason))
        await self._send_quietly(m.Bye("banned for sending invalid data"))
        raise SessionEnded(f"banned: {reason}")

    # -- sending --------------------------------------------------------------------

    def _want(self, group: GroupId) -> None:
        """Ask for a group: with our version vector only when the peer may see it."""
        incoming = self.wanted[group] = Incoming()
        held = group in self.store.group_ids()
        if held and not self._authorized(group) and group not in self.restoring:
            raise AssertionError("a version vector must not go to a PC outside the group")
        incoming.told = self._vv(group) if held else {}
        self._post(m.Want(group, dict(incoming.told)))
        self.feeders_changed(group)  # a first Have: who else feeds us, so relays can wait

    def _offer(self, group: GroupId) -> None:
        self.offered.add(group)
        self._in_sync = False
        self._post(m.Offer(group))

    def _stop_serving(self, group: GroupId) -> None:
        out = self.serving.pop(group, None)
        self.offered.discard(group)
        if out is not None:
            for size in out.unacked.values():
                self.in_flight.release(size)
            out.unacked.clear()

    def _vv(self, group: GroupId) -> dict[WriterId, int]:
        return self.store.version_vector(group) if group in self.store.group_ids() else {}

    def feeders_changed(self, group: GroupId) -> None:
        """Another session started or stopped feeding us `group`: tell this peer."""
        if group in self.wanted:
            self._have_groups.add(group)
            self._have_due.set()

    async def _keepalive(self) -> None:
        while True:
            await trio.sleep(self.config.ping_interval)
            await self._send(m.Ping())

    def _on_store_event(self, event: StoreEvent) -> None:
        """Called synchronously by the store, on the trio thread, after every commit."""
        if isinstance(event, ReceiptsArrived):
            if event.group in self.wanted and self.wanted[event.group].synced:
                self._receipt_due(event.group, sign=False)  # pass newer receipts on
            return
        if not isinstance(event, ChangesArrived):
            return
        self._changed_at[event.group] = trio.current_time()
        out = self.serving.get(event.group)
        if out is not None:
            out.wake.set()
            self._in_sync = False
        elif (
            event.group in self.wanted
            and event.group not in self.offered
            and event.group not in self._wants_coming  # its Want is on its way: no Offer
            and self._nursery
        ):
            # The group is new here (e.g. we just joined it): let the peer ask for it.
            self._offer(event.group)
        if event.group in self.wanted and not self._ingesting:
            self._have_groups.add(event.group)
            self._have_due.set()
