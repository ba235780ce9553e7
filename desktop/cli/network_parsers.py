"""The network commands' options (`serve`, `sync`, `join`), kept apart from their code.

Building the parser must not import the network stack (libp2p, trio): `lattice balance`
and `lattice --help` answer at once. Each command's module is imported only when that
command runs.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

from desktop.cli import common

# The same default as p2p.transport.DEFAULT_LISTEN, stated here to keep that import out.
DEFAULT_LISTEN_TEXT = "/ip4/0.0.0.0/tcp/0"


def deferred(module: str, function: str) -> Callable[[argparse.Namespace], int]:
    """A command's run function, imported only when the command runs."""

    def run(args: argparse.Namespace) -> int:
        found: Callable[[argparse.Namespace], int] = getattr(
            importlib.import_module(module), function
        )
        return found(args)

    return run


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="run an always-on peer: discover and sync until stopped")
    common.add_common(p)
    p.add_argument("--listen", action="append", default=[], metavar="ADDR",
                   help=f"where to listen (default {DEFAULT_LISTEN_TEXT}); repeatable")  # fmt: skip
    p.add_argument("--no-mdns", action="store_true", help="no LAN discovery: --peer only")
    p.add_argument("--peer", action="append", default=[], metavar="ADDR",
                   help="a peer's full address /ip4/…/tcp/…/p2p/<id>; repeatable")  # fmt: skip
    p.add_argument("--interface", default=None, help="announce and browse on this one only")
    p.add_argument("--via-relay", action="append", default=[], metavar="ADDR",
                   help="a relay to use besides those the groups list; repeatable")  # fmt: skip
    relay = p.add_argument_group(
        "running a relay (--relay: no store is opened, nothing of any group is held)"
    )
    relay.add_argument("--relay", action="store_true",
                       help="run a Circuit Relay for PCs behind NATs, not a peer")  # fmt: skip
    relay.add_argument("--identity", default=None, metavar="FILE",
                       help="the relay's key file, made on first use (default: a new key "
                            "each start, so a new address)")  # fmt: skip
    relay.add_argument("--allow", default=None, metavar="FILE",
                       help="serve only the devices listed (peer or device ids, one a line; "
                            "re-read when it changes)")  # fmt: skip
    relay.add_argument("--max-reservations", type=int, default=64, metavar="N",
                       help="PCs holding a slot at once (default 64)")  # fmt: skip
    relay.add_argument("--max-circuits-per-peer", type=int, default=16, metavar="N",
                       help="circuits at once to, and from, one PC (default 16)")  # fmt: skip
    relay.add_argument("--circuit-mib", type=int, default=256, metavar="MIB",
                       help="a circuit is cut after this many MiB (default 256)")  # fmt: skip
    relay.add_argument("--circuit-minutes", type=int, default=60, metavar="MIN",
                       help="a circuit is cut after this many minutes (default 60)")  # fmt: skip
    p.set_defaults(run=deferred("desktop.cli.serve_commands", "run_serve"))

    p = sub.add_parser("sync", help="sync once with one peer, then exit")
    common.add_common(p)
    p.add_argument("--peer", required=True, metavar="ADDR", help="/ip4/…/tcp/…/p2p/<id>")
    p.add_argument("--timeout", type=float, default=60.0, help="give up after this many s")
    p.set_defaults(run=deferred("desktop.cli.sync_commands", "run_sync"))

    p = sub.add_parser("join", help="fetch a group from a member's PC with an invite, and join")
    common.add_common(p)
    p.add_argument("code", help="the invite code (LAT-…, optionally @address)")
    p.add_argument("--as", dest="as_person", required=True, help="who joins (id or name)")
    p.add_argument("--name", default=None, help="the name the group will see (default: yours)")
    p.add_argument("--no-mdns", action="store_true", help="use only the address in the code")
    p.add_argument("--timeout", type=float, default=120.0, help="give up after this many s")
    p.set_defaults(run=deferred("desktop.cli.sync_commands", "run_join"))
