"""Strikes and bans: a peer that sends invalid data is slowed down, then shut out.

Each invalid change is a strike, a protocol violation five. Strikes expire after
`window` seconds. While a peer has strikes, its session waits a little before reading
more (the rate limit); past `limit` strikes it is banned for `ban_seconds`, and every
stream to or from that device is refused until then.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from ledger.ids import DeviceId

log = logging.getLogger(__name__)

PROTOCOL_STRIKE = 5


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
