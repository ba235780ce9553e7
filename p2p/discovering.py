"""The service's LAN discovery: mDNS announces this PC's groups (blinded) and reports
peers; a peer sharing a group (or any peer, while this PC presents an invite) is dialled,
and a relayed session with a peer seen on the LAN gives way to the LAN (connections.py).
"""

from __future__ import annotations

from typing import Any

import trio

from ledger.store.ids import ChangeId, DeviceId, GroupId
from ledger.store.reach import RELAY
from p2p.connections import ConnectionsMixin, _device_of
from p2p.discovery import (
    Discovery,
    PeerLost,
    address_change,
    group_tag_key,
    shared_groups,
)
from p2p.events import PeerDiscovered, PeerGone


class DiscoveringMixin(ConnectionsMixin):
    """Mixed into `SyncService`, which sets `discovery` and `_announced`."""

    discovery: Discovery | None
    _announced: list[GroupId]

    def _tag_keys(self) -> dict[str, GroupId]:
        """The key of each group's announced tag (see `group_tag_key`) -> the group."""
        keys: dict[str, GroupId] = {}
        for group in self.store.group_ids():
            genesis = self.store.history(group).control.get(ChangeId(group))
            if genesis is not None:
                keys[group_tag_key(genesis.raw)] = group
        return keys

    async def _discover(self, *, task_status: Any = trio.TASK_STATUS_IGNORED) -> None:
        """Run mDNS, starting it afresh whenever this PC's addresses change."""
        self.book.browsing = True
        while True:
            async with trio.open_nursery() as nursery:
                await nursery.start(self._discover_once)
                task_status.started()
                task_status = trio.TASK_STATUS_IGNORED
                await address_change(self.config.interface, self.config.address_check_interval)
                nursery.cancel_scope.cancel()

    async def _discover_once(self, *, task_status: Any = trio.TASK_STATUS_IGNORED) -> None:
        port = self.transport.listen_ports()[0]
        self._announced = list(self.store.group_ids())
        self._lan_tried.clear()  # mDNS starts afresh: every peer it finds may be tried anew
        self._lan_failures.clear()
        self.discovery = Discovery(
            self.peer_id, port, list(self._tag_keys()), interface=self.config.interface
        )
        async with self.discovery.running():
            task_status.started()
            async for event in self.discovery.events:
                if isinstance(event, PeerLost):
                    self.discovered.pop(event.peer_id, None)
                    self._lan_tried.pop(event.peer_id, None)
                    self._lan_failures.pop(event.peer_id, None)
                    self._emit(PeerGone(event.peer_id))
                    continue
                previous = self.discovered.get(event.peer_id)
                if previous is None or previous.addrs != event.addrs:
                    self._lan_failures.pop(event.peer_id, None)  # found afresh: retry anew
                self.discovered[event.peer_id] = event
                relayed = self.sessions.get(_device_of(event.peer_id) or DeviceId(""))
                if relayed is not None and relayed.path == RELAY:
                    self._prefer_lan(event.peer_id)
                keys = self._tag_keys()
                common = [keys[k] for k in shared_groups(event, keys)]
                self._emit(PeerDiscovered(event.peer_id, event.addrs, tuple(common)))
                if common or self.invites:
                    self.book.note(event.peer_id, list(event.addrs))
                    self._dial_soon(event.peer_id, event.addrs, tie_break=bool(common))
