"""`lattice serve`: an always-on peer that discovers and syncs until it is stopped.

Its options are in `network_parsers`, so that only this command imports the network.

It runs until SIGINT or SIGTERM and stops cleanly (an mDNS goodbye, known peers saved),
showing what happens in plain words; with `--json` it prints exactly one JSON object,
once it listens.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from pathlib import Path

import trio

from desktop.cli import common
from desktop.cli.common import counted, emit
from desktop.cli.network_common import check_addresses, check_relays
from ledger.store.events import RestoreHoldLifted
from ledger.store.ids import GroupId
from ledger.store.reach import path_words
from ledger.store.store import Store
from p2p.events import (
    AccessDenied,
    DataRejected,
    PeerBanned,
    PeerConnected,
    PeerDisconnected,
    PeerDiscovered,
    PeerGone,
    PeerInSync,
    RelaysChanged,
    SyncEvent,
)
from p2p.service import ServiceConfig, SyncService
from p2p.transport import DEFAULT_LISTEN

log = logging.getLogger(__name__)


def run_serve(args: argparse.Namespace) -> int:
    if args.relay:
        from desktop.cli.relay_serve import run_relay

        return run_relay(args)
    check_addresses(args.peer)
    relays = check_relays(args.via_relay)
    home = common.home_of(args)
    store = common.open_store(args)
    config = ServiceConfig(
        listen=tuple(args.listen) or (DEFAULT_LISTEN,),
        mdns=not args.no_mdns,
        interface=args.interface,
        peers=tuple(args.peer),
        relays=relays,
    )
    try:
        trio.run(_serve, args, store, home, config)
    finally:
        store.close()
    return 0


async def _serve(args: argparse.Namespace, store: Store, home: Path, config: ServiceConfig) -> None:
    def show(event: SyncEvent) -> None:
        line = describe(event)
        if line and not args.json:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    held = {g: store.state(g).name for g in store.held_groups()}
    if not args.json:
        sys.stdout.writelines(line + "\n" for line in held_lines(held))

    def resumed(event: object) -> None:
        line = resumed_line(held, event)
        if line and not args.json:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

    store.subscribe(resumed)
    service = SyncService(store, home=home, config=config, on_event=show)
    with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async with trio.open_nursery() as nursery:
            await nursery.start(service.run)
            addrs = service.listen_addrs() or service.transport.listen_addrs()
            emit(
                args,
                {"peer": service.peer_id, "device": store.device_id, "addrs": addrs},
                "serving as " + service.peer_id + "\n" + "\n".join(f"  {a}" for a in addrs)
                + ("" if addrs else "  not listening yet: this PC holds no group (it starts"
                   " once it holds one or joins one)")
                + "\n(Ctrl+C stops)",
            )  # fmt: skip
            sys.stdout.flush()
            async for signum in signals:
                log.info("stopping on signal %d", signum)
                nursery.cancel_scope.cancel()
                break
    if not args.json:
        sys.stdout.write("stopped\n")


def held_lines(held: dict[GroupId, str]) -> list[str]:
    """What `serve` says at start about groups held after a restore."""
    return [
        f"{name}: restored from a backup; this PC writes nothing for it until a sync with "
        "another PC of the group has brought back what it wrote after the backup"
        for name in held.values()
    ]


def resumed_line(held: dict[GroupId, str], event: object) -> str | None:
    """The line `serve` shows when a sync lifted a group's hold after a restore."""
    if not isinstance(event, RestoreHoldLifted):
        return None
    name = held.get(event.group, event.group[:8])
    return f"{name}: back in step after the restore; this PC writes again"


def describe(event: SyncEvent) -> str | None:
    """One line in plain words for what `serve` shows, or None for routine noise."""
    match event:
        case PeerDiscovered(peer_id=peer, groups=groups) if groups:
            return f"found {peer} on the network ({len(groups)} shared groups)"
        case PeerGone(peer_id=peer):
            return f"{peer} left the network"
        case PeerConnected(peer_id=peer, path=path, relay=relay):
            how = path_words(path, relay)
            return f"connected to {peer}" + (f" ({how})" if how else "")
        case RelaysChanged(relays=relays):
            return "relays: " + (", ".join(relays) if relays else "none")
        case PeerInSync(peer_id=peer, received=received, sent=sent):
            return (
                f"in sync with {peer} (received {counted(received, 'change', 'changes')}, "
                f"sent {sent})"
            )
        case PeerDisconnected(peer_id=peer, reason=reason):
            return f"disconnected from {peer}: {reason}"
        case AccessDenied(peer_id=peer, reason=reason, by_us=by_us):
            return f"{'refused' if by_us else 'refused by'} {peer}: {reason}"
        case DataRejected(peer_id=peer, reason=reason):
            return f"rejected a change from {peer}: {reason}"
        case PeerBanned(peer_id=peer, seconds=seconds, reason=reason):
            return f"banned {peer} for {seconds:.0f} s: {reason}"
    return None
