"""Peers this PC has met or was told about, remembered in `<home>/peers.json` for redialling."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "peers.json"
MAX_PEERS = 500
MAX_ADDRS = 8


@dataclass
class KnownPeer:
    peer_id: str
    addrs: list[str] = field(default_factory=list)
    manual: bool = False
    last_seen: float | None = None
    last_sync: float | None = None


class PeerBook:
    """A small JSON file; a damaged file is set aside, never fatal."""

    def __init__(self, home: Path) -> None:
        self.path = home / FILE_NAME
        self.peers: dict[str, KnownPeer] = {}
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            for item in data["peers"][:MAX_PEERS]:
                peer = KnownPeer(
                    peer_id=str(item["peer_id"]),
                    addrs=[str(a) for a in item.get("addrs", [])][:MAX_ADDRS],
                    manual=bool(item.get("manual", False)),
                    last_seen=_opt_float(item.get("last_seen")),
                    last_sync=_opt_float(item.get("last_sync")),
                )
                self.peers[peer.peer_id] = peer
        except FileNotFoundError:
            return
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("ignoring damaged %s (%s); starting afresh", self.path, exc)
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".damaged"))
            self.peers.clear()

    def save(self) -> None:
        ordered = sorted(self.peers.values(), key=lambda p: (not p.manual, -(p.last_seen or 0)))
        body = json.dumps({"peers": [asdict(p) for p in ordered[:MAX_PEERS]]}, indent=1)
        tmp = self.path.with_suffix(".tmp")
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


def _opt_float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None
