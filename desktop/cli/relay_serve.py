"""`lattice serve --relay`: a Circuit Relay for the group's PCs behind NATs.

No store is opened and nothing is written but the relay's own key file (`--identity`,
made on first use): a relay holds no group data and sees only the PCs' ciphertext.
With `--json` it prints exactly one JSON object once it listens.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from pathlib import Path

import trio

from desktop.cli.common import CommandError, emit
from p2p.relay import AllowList, AllowListError, RelayNode, RelaySettings, load_or_create_identity
from p2p.transport import DEFAULT_LISTEN

log = logging.getLogger(__name__)

STATS_INTERVAL = 600.0
"""How often a running relay logs what it carried."""


def settings_of(args: argparse.Namespace) -> RelaySettings:
    """The limits asked for, each checked to be a positive whole number."""
    values = {
        "--max-reservations": args.max_reservations,
        "--max-circuits-per-peer": args.max_circuits_per_peer,
        "--circuit-mib": args.circuit_mib,
        "--circuit-minutes": args.circuit_minutes,
    }
    for option, value in values.items():
        if value < 1:
            raise CommandError(f"{option} must be at least 1, not {value}")
    return RelaySettings(
        reservations=args.max_reservations,
        circuits_per_target=args.max_circuits_per_peer,
        circuits_per_source=args.max_circuits_per_peer,
        circuit_bytes=args.circuit_mib * 1024 * 1024,
        circuit_seconds=args.circuit_minutes * 60,
    )


def run_relay(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    try:
        allowed = AllowList(Path(args.allow)) if args.allow else None
    except AllowListError as exc:
        raise CommandError(str(exc)) from None
    try:
        seed = load_or_create_identity(Path(args.identity)) if args.identity else None
    except (OSError, ValueError) as exc:
        raise CommandError(f"relay identity: {exc}") from None
    node = RelayNode(seed or os.urandom(32), settings=settings, allowed=allowed)
    trio.run(_relay, args, node)
    return 0


async def _relay(args: argparse.Namespace, node: RelayNode) -> None:
    listen = tuple(args.listen) or (DEFAULT_LISTEN,)
    with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async with node.run(listen), trio.open_nursery() as nursery:
            addrs = node.listen_addrs()
            emit(
                args,
                {"relay": node.peer_id, "addrs": addrs},
                "relaying as " + node.peer_id + "\n" + "\n".join(f"  {a}" for a in addrs)
                + "\n(give the group an address others can reach; Ctrl+C stops)",
            )  # fmt: skip
            sys.stdout.flush()
            nursery.start_soon(_log_stats, node)
            async for signum in signals:
                log.info("stopping on signal %d", signum)
                nursery.cancel_scope.cancel()
                break
    if not args.json:
        sys.stdout.write("stopped\n")


async def _log_stats(node: RelayNode) -> None:
    while True:
        await trio.sleep(STATS_INTERVAL)
        s = node.stats
        log.info(
            "relayed %d bytes in %d circuits; %d reservations made, %d requests refused",
            s.bytes_relayed, s.circuits, s.reservations, s.refused,
        )  # fmt: skip
