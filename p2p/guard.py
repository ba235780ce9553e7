"""Strikes and bans: a peer that sends invalid data is slowed down, then shut out.

Each invalid change is a strike, a protocol violation five, and so is each change a
peer sent that still waits for its earlier changes `pending_patience` seconds later (an
honest peer sends what a change depends on, or it arrives from elsewhere; a flood of
changes citing made-up ones never resolves). Strikes expire after `window` seconds.
While a peer has strikes, its session waits a little before reading more (the rate
limit); past `limit` strikes it is banned for `ban_seconds`, and every stream to or from
that device is refused until then.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ledger.store.ids import ChangeId, DeviceId

log = logging.getLogger(__name__)

PROTOCOL_STRIKE = 5
MAX_WATCHED = 20_000
"""Waiting changes watched at once (the store bounds what waits; this bounds our memory)."""


@dataclass
class _Record:
    strikes: deque[tuple[float, int]] = field(default_factory=deque)
    banned_until: float = 0.0


class PeerGuard:
    """Per-device strike counts and bans; owned by one service, shared by its sessions."""

    def __init__(
        self,
        *,
        limit: int = 20,
        window: float = 60.0,
        ban_seconds: float = 600.0,
        max_delay: float = 2.0,
        pending_patience: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self.ban_seconds = ban_seconds
        self.max_delay = max_delay
        self._clock = clock
        self._records: dict[DeviceId, _Record] = {}
        self.on_ban: Callable[[DeviceId, float], None] = lambda device, seconds: None
        """Told of each new ban (the service then has the store keep nothing it sends)."""
        self.pending_patience = pending_patience
        self._waiting: dict[ChangeId, tuple[DeviceId, float]] = {}
        """Changes peers sent that wait for earlier ones -> (who sent it, since when)."""
        self.on_watching: Callable[[], None] = lambda: None
        """Told when a first waiting change is watched (the owner then times its patience)."""

    def _current(self, device: DeviceId) -> _Record:
        record = self._records.setdefault(device, _Record())
        cutoff = self._clock() - self.window
        while record.strikes and record.strikes[0][0] < cutoff:
            record.strikes.popleft()
        return record

    def strike(self, device: DeviceId, reason: str, weight: int = 1) -> bool:
        """Count an offence; True when this (or an earlier one) got the device banned."""
        record = self._current(device)
        now = self._clock()
        record.strikes.append((now, weight))
        total = sum(w for _, w in record.strikes)
        log.info("peer %s: %s (%d strikes)", device[:8], reason, total)
        if total > self.limit and record.banned_until <= now:
            record.banned_until = now + self.ban_seconds
            log.warning("banning peer %s for %.0f s: %s", device[:8], self.ban_seconds, reason)
            self.on_ban(device, self.ban_seconds)
        return record.banned_until > now

    def banned_for(self, device: DeviceId) -> float:
        """Seconds of ban left (0 when not banned)."""
        record = self._records.get(device)
        if record is None:
            return 0.0
        return max(0.0, record.banned_until - self._clock())

    def delay(self, device: DeviceId) -> float:
        """How long to wait before reading this peer's next message (0 for a clean peer)."""
        strikes = sum(w for _, w in self._current(device).strikes)
        return min(self.max_delay, 0.05 * strikes)

    # -- changes that wait for earlier ones -------------------------------------------

    def waiting(self, device: DeviceId, change: ChangeId) -> None:
        """`device` sent `change`, which the store holds pending (it cites unknown ones)."""
        if len(self._waiting) < MAX_WATCHED:
            first = not self._waiting
            self._waiting.setdefault(change, (device, self._clock()))
            if first:
                self.on_watching()

    def resolved(self, changes: Iterable[ChangeId]) -> None:
        """These changes were accepted (a pending one's earlier changes arrived)."""
        for change in changes:
            self._waiting.pop(change, None)

    def next_due(self) -> float | None:
        """Seconds until the oldest watched change runs out of patience (None: none)."""
        if not self._waiting:
            return None
        oldest = min(since for _, since in self._waiting.values())
        return max(0.0, oldest + self.pending_patience - self._clock())

    def strike_unresolved(self) -> list[DeviceId]:
        """Strike each peer once per change of its that waited past `pending_patience`;
        returns the peers banned by it."""
        cutoff = self._clock() - self.pending_patience
        overdue = [c for c, (_, since) in self._waiting.items() if since <= cutoff]
        counts = Counter(self._waiting.pop(c)[0] for c in overdue)
        banned = []
        for device, count in counts.items():
            weight = min(count, self.limit + 1)
            reason = f"{count} changes it sent still wait for earlier ones that never came"
            if self.strike(device, reason, weight):
                banned.append(device)
        return banned
