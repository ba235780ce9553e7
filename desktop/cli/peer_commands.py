"""`lattice peers`: the peers this PC knows and has discovered, with their last sync.

Read from what the sync service last saved in the data folder, so it answers whether
or not a sync is running; `lattice status` shows the same summary.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from desktop.cli import common
from desktop.cli.common import counted, emit
from ledger.store.ids import DeviceId
from ledger.store.reach import bytes_words, path_words
from p2p.peer_id import peer_id_of_device
from p2p.peers import PeerBook, running_services


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("peers", help="known and discovered peers, with their last sync")
    common.add_common(p)
    p.set_defaults(run=run_peers)


def _ago(when: float | None) -> str:
    if when is None:
        return "never"
    seconds = max(0.0, time.time() - when)
    if seconds < 90:
        return f"{seconds:.0f} s ago"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min ago"
    if seconds < 172800:
        return f"{seconds / 3600:.0f} h ago"
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(when))


def peer_summary(home: Path) -> dict[str, Any]:
    """Per-peer sync state as the sync service last saved it (for `peers` and `status`)."""
    book = PeerBook(home)
    running = bool(running_services(home))
    known = sorted(book.peers.values(), key=lambda p: -(p.last_seen or 0))
    return {
        "running": running,
        "known": [
            {
                "peer": p.peer_id,
                "addrs": p.addrs,
                "manual": p.manual,
                "state": p.state if running else "not running",
                "last_state": p.state,
                "reason": p.reason,
                "last_seen": p.last_seen,
                "last_sync": p.last_sync,
                "groups": p.groups,
                "received": p.received,
                "sent": p.sent,
                "path": p.path,
                "relay": p.relay,
                "bytes_received": p.bytes_received,
                "bytes_sent": p.bytes_sent,
            }
            for p in known
        ],
        "discovered": [
            {"peer": s.peer_id, "addrs": s.addrs, "shared_groups": s.shared_groups, "seen": s.seen}
            for s in (book.discovered.values() if running else ())
        ],
    }


def run_peers(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    home = common.home_of(args)
    value: dict[str, Any] = {
        "peer": peer_id_of_device(store.device_id),
        "device": store.device_id,
        **peer_summary(home),
    }
    lines = this_pc_lines(store.device_id)
    if not value["running"]:
        lines.append("no sync is running on this data folder: states are as last seen")
    lines.extend(peer_lines(value))
    if not value["known"] and not value["discovered"]:
        lines.append("no peers known yet")
    emit(args, value, "\n".join(lines))
    return 0


def this_pc_lines(device: DeviceId) -> list[str]:
    """This PC's two names, and how they relate (`peers` and `status` show both)."""
    return [
        f"this PC: {peer_id_of_device(device)}",
        f"  (its device key {device[:16]}…; the peer id above is the same Ed25519 key",
        "   in the network's form: other PCs list this PC under the peer id)",
    ]


def peer_lines(summary: dict[str, Any]) -> list[str]:
    """`peer_summary` in plain words, a few lines per peer."""
    lines = []
    for p in summary["known"]:
        state = p["last_state"] or "never connected"
        extra = f" ({p['reason']})" if p["reason"] else ""
        path = path_words(p["path"], p["relay"])
        lines.append(
            f"{p['peer']}  {state}{extra}\n  "
            + (f"{path}, " if path else "")
            + f"last sync {_ago(p['last_sync'])}, {counted(len(p['groups']), 'group', 'groups')}, "
            f"changes received {p['received']}, sent {p['sent']}; "
            + str(bytes_words(p["bytes_received"], p["bytes_sent"]))
            + ("  [added by hand]" if p["manual"] else "")
        )
        lines.extend(f"  {a}" for a in p["addrs"][:3])
    known = {p["peer"] for p in summary["known"]}
    for s in summary["discovered"]:
        if s["peer"] not in known:
            shared = counted(s["shared_groups"], "shared group", "shared groups")
            lines.append(f"{s['peer']}  on the network, {shared}")
    return lines
