"""The sending half of a sync session: serve one group to the peer, each change once.

What the peer holds (`Outgoing.estimate`) comes from its `Want`, every `Ack` and every
`Have` it sends when changes reach it from elsewhere. Changes written on this PC go out
at once, and so do the peer's own that it lacks (a PC restored from a backup); changes
this PC only relays wait `relay_delay` first and are filtered again
right before each batch, so a peer that gets them from their author (or another relay)
meanwhile is not sent them twice. While the author's PC feeds the peer directly (as the
peer's `Have.feeders` say), a relay waits for as long as the peer keeps getting that
author's changes, up to `relay_patience` without progress; while the author's PC only
feeds us (on a LAN it will soon reach the peer too), up to `relay_grace`. That keeps a
fully connected LAN's traffic close to one copy of each change per PC.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

import trio

from ledger.store import verifier
from ledger.store.decoded_batch import HELPER_FROM
from ledger.store.ids import ChangeId, DeviceId, GroupId, WriterId, split_writer
from p2p import messages as m
from p2p.events import AccessDenied, SyncEvent
from p2p.invite_trial import InviteTrial
from p2p.session_state import (
    Incoming,
    InFlight,
    Outgoing,
    Packed,
    PackedBatches,
    SessionConfig,
    SyncStore,
    batches,
)

Item = tuple[ChangeId, WriterId, int]
"""A change to send: its id, its writer and its place in the writer's chain."""

log = logging.getLogger(__name__)


class ServingMixin:
    """Mixed into `SyncSession`, which provides the attributes and hooks declared here."""

    store: SyncStore
    config: SessionConfig
    peer: str
    my_device: DeviceId
    emit: Callable[[SyncEvent], None]
    serving: dict[GroupId, Outgoing]
    wanted: dict[GroupId, Incoming]
    offered: set[GroupId]
    feeders: Callable[[GroupId], list[DeviceId]]
    device: DeviceId
    _in_sync: bool
    _have_due: trio.Event
    _have_groups: set[GroupId]
    _acks_due: Counter[GroupId]
    trials: dict[GroupId, InviteTrial]

    in_flight: InFlight
    packed: PackedBatches

    if TYPE_CHECKING:  # provided by SyncSession and ProgressMixin

        async def _send(self, msg: m.Message) -> None: ...

        async def _send_frame(self, frame: bytes) -> None: ...

        def _stop_serving(self, group: GroupId) -> None: ...

        def _authorized(self, group: GroupId) -> bool: ...

        def _report(self, group: GroupId) -> None: ...

        def _check_in_sync(self) -> None: ...

        def _vv(self, group: GroupId) -> dict[WriterId, int]: ...

    # -- what the peer holds ------------------------------------------------------------

    def _on_have(self, have: m.Have) -> None:
        if have.group in self.wanted:
            self._expect(have.group, have.vv)
        out = self.serving.get(have.group)
        if out is None:
            return  # we refused the group, or the peer's Want is still on its way
        self._holds(out, have.vv)
        out.feeders = set(have.feeders)
        out.heard = True

    def _holds(self, out: Outgoing, vv: dict[WriterId, int]) -> None:
        """The peer now holds `vv` (its `Have`, or the news its `Ack` carries instead of
        a `Have`, see `_tell_haves`): a writer beyond what we sent it reached the peer
        from elsewhere."""
        now = trio.current_time()
        for writer, seq in vv.items():
            if seq > out.estimate.get(writer, 0):
                out.estimate[writer] = seq
                if seq > out.sent_upto.get(writer, 0):
                    out.fed_at[writer] = now  # someone else is feeding the peer this writer

    def _expect(self, group: GroupId, theirs: dict[WriterId, int]) -> None:
        """The peer holds many changes we lack: start the signature helper now (it takes a
        few hundred milliseconds), not at the first batch, which would otherwise have its
        signatures checked in this process, on the core that stores."""
        mine = self._vv(group)
        behind = sum(max(0, seq - mine.get(writer, 0)) for writer, seq in theirs.items())
        if behind >= HELPER_FROM:
            verifier.helper()

    def _news(self, group: GroupId) -> dict[WriterId, int]:
        """Our version vector, only the writers that moved since we last told the peer."""
        incoming = self.wanted.get(group)
        vv = self._vv(group)
        if incoming is None:
            return vv
        news = {w: seq for w, seq in vv.items() if seq > incoming.told.get(w, 0)}
        incoming.told.update(news)
        return news

    async def _tell_haves(self) -> None:
        """Tell the peer, at most every `have_interval`, what reached us from elsewhere and
        which other devices feed us the group (it need not relay what they wrote).

        While a batch of the peer's waits to be stored here, its `Ack` (sent once it is
        stored) will carry the news (`_news`): the `Have` waits for it, and then goes only
        if something is left to say. In a mesh catching up, most news goes that way."""
        told_feeders: dict[GroupId, tuple[DeviceId, ...]] = {}
        while True:
            await self._have_due.wait()
            self._have_due = trio.Event()
            groups, self._have_groups = self._have_groups, set()
            for group in groups:
                if group not in self.wanted:
                    continue
                feeders = tuple(sorted(d for d in self.feeders(group) if d != self.device))
                if (
                    self._acks_due[group]
                    and group not in self.trials  # acknowledged without news (invite_trial)
                    and feeders == told_feeders.get(group)
                ):
                    self._have_groups.add(group)  # looked at again at the next round
                    continue
                news = self._news(group)
                if news or feeders != told_feeders.get(group):
                    told_feeders[group] = feeders
                    await self._send(m.Have(group, news, feeders[: m.MAX_FEEDERS]))
            await trio.sleep(self.config.have_interval)

    # -- sending ------------------------------------------------------------------------

    async def _serve(self, group: GroupId, out: Outgoing) -> None:
        await self._send_missing(group, out)
        await self._send(m.Synced(group))
        out.caught_up = True
        self._check_in_sync()
        while True:
            await out.wake.wait()
            out.wake = trio.Event()
            if not self._authorized(group):
                reason = "access withdrawn: this PC is no longer linked to a member"
                self.emit(AccessDenied(self.peer, group, reason, by_us=True))
                self._stop_serving(group)
                await self._send(m.Deny(group, reason))
                return
            await self._send_missing(group, out)
            self._check_in_sync()

    async def _send_missing(self, group: GroupId, out: Outgoing) -> None:
        """Send what the peer lacks: our own changes now, relayed ones after a pause."""
        # One look at the store (a refresh): what is queued is then exactly what was found
        # missing, even when another process commits meanwhile (asking for our version
        # vector first, then what is missing, could find more the second time and leave
        # it out of `queued`, to be sent again at the next wake).
        floor = dict(out.estimate)
        for writer, seq in out.queued.items():
            if seq > floor.get(writer, 0):
                floor[writer] = seq
        missing = self.store.missing_ids(group, floor)
        if not missing:
            return
        for _, writer, seq in missing:
            if seq > out.queued.get(writer, 0):
                out.queued[writer] = seq
        echo = self.wanted.get(group)
        echoed = echo.from_peer if echo is not None else set[ChangeId]()
        items = [item for item in missing if item[0] not in echoed]
        # Our own changes go first; one citing a change the peer lacks waits in its
        # pending set until that arrives (from its author or, later, from us). So do the
        # peer's own that it lacks: nobody else would bring them sooner (a PC restored from
        # a backup writes nothing until they are back: ledger.store.restore_hold).
        first = {self.my_device, self.device}
        goes_first = {w: split_writer(w)[1] in first for w in {item[1] for item in items}}
        now = [item for item in items if goes_first[item[1]]]
        later = [item for item in items if not goes_first[item[1]]]
        await self._send_items(group, out, now)
        if later:
            out.relaying += 1
            try:
                await self._relay(group, out, later)
            finally:
                out.relaying -= 1

    async def _relay(self, group: GroupId, out: Outgoing, items: list[Item]) -> None:
        """Send changes we did not write only once the peer stops getting them elsewhere:
        while its `Have`s show a writer's chain growing, someone closer is feeding it."""
        config, queued = self.config, trio.current_time()
        near: set[DeviceId] = set()  # the authors' PCs that feed us (refreshed each round)

        def wait(writer: WriterId) -> float:
            """How long the peer may go without progress on `writer` before we relay it."""
            author = split_writer(writer)[1]
            if author in out.feeders:
                return config.relay_patience
            if author in near or not out.heard:
                return config.relay_grace
            return config.relay_delay

        while items:
            await trio.sleep(config.relay_delay)
            items = [item for item in items if out.estimate.get(item[1], 0) < item[2]]
            now = trio.current_time()
            near = set(self.feeders(group))
            fed = {
                w for w in {item[1] for item in items} if now - out.fed_at.get(w, queued) < wait(w)
            }
            stalled = [item for item in items if item[1] not in fed]
            items = [item for item in items if item[1] in fed]
            await self._send_items(group, out, stalled)

    async def _send_items(self, group: GroupId, out: Outgoing, items: list[Item]) -> None:
        """Read each batch's bytes only when it is its turn: the first leaves at once
        however much follows, and memory holds a batch, not the whole catch-up.

        Batches start at `first_batch` changes and double up to `batch_changes`: the
        peer starts storing while we pack the next, and a long catch-up goes in large
        batches (fewer commits, acks and frames on both sides)."""
        size = min(self.config.first_batch, self.config.batch_changes)
        start = 0
        while start < len(items):
            while out.sent_seq - out.acked_seq >= self.config.window:
                await out.acked.wait()
                out.acked = trio.Event()
            # The peer may have got some of these elsewhere while we waited.
            chunk = items[start : start + size]
            start += len(chunk)
            ids = []
            for cid, w, s in chunk:
                if out.estimate.get(w, 0) < s:
                    ids.append(cid)
                    if s > out.sent_upto.get(w, 0):
                        out.sent_upto[w] = s
            for packed in self._packed(group, ids, size):
                self._in_sync = False
                out.sent_seq += 1
                frame = m.encode_batch(group, out.sent_seq, packed.payload)
                await self.in_flight.reserve(len(frame))
                out.unacked[out.sent_seq] = len(frame)
                await self._send_frame(frame)
                out.sent += packed.changes
                self._report(group)
            size = min(2 * size, self.config.batch_changes)

    def _packed(self, group: GroupId, ids: list[ChangeId], size: int) -> list[Packed]:
        """These changes packed for the wire: once for all the peers they go to."""
        if not ids:
            return []
        found = self.packed.get(group, ids)
        if found is None:
            raws = self.store.raws_of(ids)
            # raws_of leaves out ids it does not hold: only a full answer lines up with ids.
            keys = [bytes.fromhex(cid) for cid in ids] if len(raws) == len(ids) else None
            found = []
            start = 0
            for batch in batches(raws, size, self.config.batch_bytes):
                known = None if keys is None else keys[start : start + len(batch)]
                payload = m.pack_batch(group, batch, known, self.packed.fields)
                found.append(Packed(payload, len(batch)))
                start += len(batch)
            self.packed.put(group, ids, found)
        return found
