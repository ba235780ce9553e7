"""Peers this PC has met or was told about, remembered in `<home>/peers.json`.

The file serves two readers: the sync service redials the peers it lists, and
`lattice peers` shows them, with what each last did, while `lattice serve` runs
elsewhere. It also holds the peers mDNS currently shows (`discovered`), which are
shown but never redialled: a stranger on the LAN is not a peer of ours.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ledger.store.reach import PATHS

log = logging.getLogger(__name__)

FILE_NAME = "peers.json"
MAX_PEERS = 500
MAX_ADDRS = 8
MAX_GROUPS = 64
MAX_RELAY_CHARS = 300


@dataclass
class KnownPeer:
    peer_id: str
    addrs: list[str] = field(default_factory=list)
    manual: bool = False
    last_seen: float | None = None
    last_sync: float | None = None
    state: str = ""
    """`connected`, `in sync`, `disconnected` or `unreachable`, as a service last saw it."""
    reason: str = ""
    """Why the last session ended, or what the peer refused."""
    groups: list[str] = field(default_factory=list)
    """Groups last exchanged with the peer."""
    received: int = 0
    sent: int = 0
    path: str = ""
    """How the last connection went: `lan`, `direct` or `relay` (`ledger.store.reach`)."""
    relay: str = ""
    """The relay of a `relay` path."""
    bytes_received: int = 0
    bytes_sent: int = 0
    """Bytes of sync messages moved with the peer, all sessions together."""


@dataclass
class SeenPeer:
    """A peer mDNS shows right now, and how many of our groups it announced."""

    peer_id: str
    addrs: list[str]
    shared_groups: int
    seen: float


class PeerBook:
    """A small JSON file; a damaged file is set aside, never fatal."""

    def __init__(self, home: Path) -> None:
        self.path = home / FILE_NAME
        self.peers: dict[str, KnownPeer] = {}
        self.discovered: dict[str, SeenPeer] = {}
        self.browsing = False
        """True while this process runs mDNS; otherwise `discovered` on disk is left alone."""
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            self.peers = {p.peer_id: p for p in _parse_peers(data["peers"])}
            self.discovered = {s.peer_id: s for s in _parse_seen(data.get("discovered", []))}
        except FileNotFoundError:
            return
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("ignoring damaged %s (%s); starting afresh", self.path, exc)
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".damaged"))
            self.peers.clear()
            self.discovered.clear()

    def save(self) -> None:
        """Write atomically; peers another process added meanwhile are kept."""
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError, AttributeError):
            on_disk = json.loads(self.path.read_text("utf-8"))
            for peer in _parse_peers(on_disk["peers"]):
                self.peers.setdefault(peer.peer_id, peer)
            if not self.browsing:
                seen = _parse_seen(on_disk.get("discovered", []))
                self.discovered = {s.peer_id: s for s in seen}
        ordered = sorted(self.peers.values(), key=lambda p: (not p.manual, -(p.last_seen or 0)))
        body = json.dumps(
            {
                "peers": [asdict(p) for p in ordered[:MAX_PEERS]],
                "discovered": [asdict(s) for s in list(self.discovered.values())[:MAX_PEERS]],
                "saved": time.time(),
            },
            indent=1,
        )
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(body, "utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("could not save known peers: %s", exc)

    def note(
        self, peer_id: str, addrs: list[str] | None = None, *, manual: bool = False,
        synced: bool = False,
    ) -> KnownPeer:  # fmt: skip
        peer = self.peers.setdefault(peer_id, KnownPeer(peer_id))
        if addrs:
            peer.addrs = list(dict.fromkeys([*addrs, *peer.addrs]))[:MAX_ADDRS]
        peer.manual = peer.manual or manual
        now = time.time()
        peer.last_seen = now
        if synced:
            peer.last_sync = now
        return peer

    def seen(self, peer_id: str, addrs: list[str], shared_groups: int) -> None:
        self.discovered[peer_id] = SeenPeer(peer_id, addrs[:MAX_ADDRS], shared_groups, time.time())

    def gone(self, peer_id: str) -> None:
        self.discovered.pop(peer_id, None)


def running_marker(home: Path) -> Path:
    """The file a running sync service keeps in its data folder (one per process)."""
    return home / f"sync-{os.getpid()}.pid"


def running_services(home: Path) -> list[int]:
    """Process ids of the sync services running on this data folder now (any program)."""
    alive = []
    for marker in home.glob("sync-*.pid"):
        try:
            pid = int(marker.stem.removeprefix("sync-"))
            os.kill(pid, 0)
        except (ValueError, ProcessLookupError):
            continue
        except PermissionError:
            pass  # alive, owned by someone else
        alive.append(pid)
    return sorted(alive)


def clear_dead_markers(home: Path) -> list[int]:
    """Remove the markers of sync services whose process is gone (killed, or the PC
    lost power); returns their process ids. A marker is not named after a process that
    runs, so nothing of a live service is touched."""
    cleared = []
    for marker in home.glob("sync-*.pid"):
        pid_text = marker.stem.removeprefix("sync-")
        if not pid_text.isdigit():
            continue
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            with contextlib.suppress(FileNotFoundError):
                marker.unlink()
            cleared.append(int(pid_text))
        except PermissionError:
            pass  # alive, owned by someone else
    if cleared:
        log.info("removed the markers of sync services that are gone: %s", cleared)
    return sorted(cleared)


def _parse_peers(items: list[Any]) -> list[KnownPeer]:
    peers = []
    for item in items[:MAX_PEERS]:
        peers.append(
            KnownPeer(
                peer_id=str(item["peer_id"]),
                addrs=[str(a) for a in item.get("addrs", [])][:MAX_ADDRS],
                manual=bool(item.get("manual", False)),
                last_seen=_opt_float(item.get("last_seen")),
                last_sync=_opt_float(item.get("last_sync")),
                state=str(item.get("state", ""))[:40],
                reason=str(item.get("reason", ""))[:300],
                groups=[str(g) for g in item.get("groups", [])][:MAX_GROUPS],
                received=_count(item.get("received")),
                sent=_count(item.get("sent")),
                path=_path(item.get("path")),
                relay=str(item.get("relay", ""))[:MAX_RELAY_CHARS],
                bytes_received=_count(item.get("bytes_received")),
                bytes_sent=_count(item.get("bytes_sent")),
            )
        )
    return peers


def _parse_seen(items: list[Any]) -> list[SeenPeer]:
    return [
        SeenPeer(
            peer_id=str(item["peer_id"]),
            addrs=[str(a) for a in item.get("addrs", [])][:MAX_ADDRS],
            shared_groups=_count(item.get("shared_groups")),
            seen=_opt_float(item.get("seen")) or 0.0,
        )
        for item in items[:MAX_PEERS]
    ]


def _path(value: object) -> str:
    return value if isinstance(value, str) and value in PATHS else ""


def _opt_float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0
