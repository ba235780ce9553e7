"""Commands for the LAN: run an always-on peer, list peers, sync once, join by invite.

`serve` runs until SIGINT or SIGTERM and stops cleanly (an mDNS goodbye, known peers
saved). `sync` and `join` run the same sync service briefly and exit when done, or
after `--timeout` seconds with a reason. With `--json` every command prints exactly one
JSON object (`serve` prints it once it listens).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import math
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import trio

from desktop.cli import common
from desktop.cli.common import CommandError, emit
from ledger import actions
from ledger.errors import LatticeError
from ledger.ids import GroupId
from ledger.invites import InviteCode
from ledger.store import Store
from p2p.events import (
    AccessDenied,
    DataRejected,
    PeerBanned,
    PeerConnected,
    PeerDisconnected,
    PeerDiscovered,
    PeerGone,
    PeerInSync,
    PeerUnreachable,
    SyncEvent,
)
from p2p.peers import PeerBook, running_services
from p2p.service import ServiceConfig, SyncService
from p2p.transport import DEFAULT_LISTEN, peer_id_of, split_peer_addr

log = logging.getLogger(__name__)

_T = TypeVar("_T")


class NetworkError(LatticeError):
    """No peer answered in time, or a peer refused what we asked for."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="run an always-on peer: discover and sync until stopped")
    common.add_common(p)
    p.add_argument("--listen", action="append", default=[], metavar="ADDR",
                   help=f"where to listen (default {DEFAULT_LISTEN}); repeatable")  # fmt: skip
    p.add_argument("--no-mdns", action="store_true", help="no LAN discovery: --peer only")
    p.add_argument("--peer", action="append", default=[], metavar="ADDR",
                   help="a peer's full address /ip4/…/tcp/…/p2p/<id>; repeatable")  # fmt: skip
    p.add_argument("--interface", default=None, help="announce and browse on this one only")
    p.set_defaults(run=run_serve)

    p = sub.add_parser("peers", help="known and discovered peers, with their last sync")
    common.add_common(p)
    p.set_defaults(run=run_peers)

    p = sub.add_parser("sync", help="sync once with one peer, then exit")
    common.add_common(p)
    p.add_argument("--peer", required=True, metavar="ADDR", help="/ip4/…/tcp/…/p2p/<id>")
    p.add_argument("--timeout", type=float, default=60.0, help="give up after this many s")
    p.set_defaults(run=run_sync)

    p = sub.add_parser("join", help="fetch a group from a member's PC with an invite, and join")
    common.add_common(p)
    p.add_argument("code", help="the invite code (LAT-…, optionally @address)")
    p.add_argument("--as", dest="as_person", required=True, help="who joins (id or name)")
    p.add_argument("--name", default=None, help="the name the group will see (default: yours)")
    p.add_argument("--no-mdns", action="store_true", help="use only the address in the code")
    p.add_argument("--timeout", type=float, default=120.0, help="give up after this many s")
    p.set_defaults(run=run_join)


def _check_addresses(addrs: list[str]) -> None:
    for addr in addrs:
        try:
            split_peer_addr(addr)
        except Exception as exc:  # multiaddr raises several types on bad input
            raise CommandError(
                f"'{addr}' is not a full peer address like /ip4/192.168.1.20/tcp/4001/p2p/… ({exc})"
            ) from None


# -- serve -------------------------------------------------------------------------------


def run_serve(args: argparse.Namespace) -> int:
    _check_addresses(args.peer)
    home = common.home_of(args)
    store = common.open_store(args)
    config = ServiceConfig(
        listen=tuple(args.listen) or (DEFAULT_LISTEN,),
        mdns=not args.no_mdns,
        interface=args.interface,
        peers=tuple(args.peer),
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

    service = SyncService(store, home=home, config=config, on_event=show)
    with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async with trio.open_nursery() as nursery:
            await nursery.start(service.run)
            addrs = service.listen_addrs() or service.transport.listen_addrs()
            emit(
                args,
                {"peer": service.peer_id, "device": store.device_id, "addrs": addrs},
                "serving as " + service.peer_id + "\n" + "\n".join(f"  {a}" for a in addrs)
                + "\n(Ctrl+C stops)",
            )  # fmt: skip
            sys.stdout.flush()
            async for signum in signals:
                log.info("stopping on signal %d", signum)
                nursery.cancel_scope.cancel()
                break
    if not args.json:
        sys.stdout.write("stopped\n")


def describe(event: SyncEvent) -> str | None:
    """One line in plain words for what `serve` shows, or None for routine noise."""
    match event:
        case PeerDiscovered(peer_id=peer, groups=groups) if groups:
            return f"found {peer} on the network ({len(groups)} shared groups)"
        case PeerGone(peer_id=peer):
            return f"{peer} left the network"
        case PeerConnected(peer_id=peer):
            return f"connected to {peer}"
        case PeerInSync(peer_id=peer, received=received, sent=sent):
            return f"in sync with {peer} (received {received}, sent {sent} changes)"
        case PeerDisconnected(peer_id=peer, reason=reason):
            return f"disconnected from {peer}: {reason}"
        case AccessDenied(peer_id=peer, reason=reason, by_us=by_us):
            return f"{'refused' if by_us else 'refused by'} {peer}: {reason}"
        case DataRejected(peer_id=peer, reason=reason):
            return f"rejected a change from {peer}: {reason}"
        case PeerBanned(peer_id=peer, seconds=seconds, reason=reason):
            return f"banned {peer} for {seconds:.0f} s: {reason}"
    return None


# -- peers -------------------------------------------------------------------------------


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
        "peer": peer_id_of(store.device_id),
        "device": store.device_id,
        **peer_summary(home),
    }
    lines = [f"this PC: {value['peer']}"]
    if not value["running"]:
        lines.append("no sync is running on this data folder: states are as last seen")
    lines.extend(peer_lines(value))
    if not value["known"] and not value["discovered"]:
        lines.append("no peers known yet")
    emit(args, value, "\n".join(lines))
    return 0


def peer_lines(summary: dict[str, Any]) -> list[str]:
    """`peer_summary` in plain words, a few lines per peer."""
    lines = []
    for p in summary["known"]:
        state = p["last_state"] or "never connected"
        extra = f" ({p['reason']})" if p["reason"] else ""
        lines.append(
            f"{p['peer']}  {state}{extra}\n  last sync {_ago(p['last_sync'])}, "
            f"{len(p['groups'])} groups, received {p['received']}, sent {p['sent']}"
            + ("  [added by hand]" if p["manual"] else "")
        )
        lines.extend(f"  {a}" for a in p["addrs"][:3])
    known = {p["peer"] for p in summary["known"]}
    for s in summary["discovered"]:
        if s["peer"] not in known:
            lines.append(f"{s['peer']}  on the network, {s['shared_groups']} shared groups")
    return lines


# -- sync once and join ------------------------------------------------------------------


class _Events:
    """The service's events, for a command waiting on them with a deadline."""

    def __init__(self) -> None:
        self.send, self.receive = trio.open_memory_channel[SyncEvent](math.inf)
        self.last_problem = ""

    def __call__(self, event: SyncEvent) -> None:
        match event:
            case PeerUnreachable(reason=reason) | PeerDisconnected(reason=reason):
                self.last_problem = reason
            case AccessDenied(reason=reason, by_us=False):
                self.last_problem = f"refused: {reason}"
        self.send.send_nowait(event)

    def forget_earlier(self) -> None:
        """Drop what is queued, so `until` sees only what happens from now on."""
        with contextlib.suppress(trio.WouldBlock):
            while True:
                self.receive.receive_nowait()

    async def until(self, match: Callable[[SyncEvent], bool]) -> SyncEvent:
        async for event in self.receive:
            if match(event):
                return event
        raise NetworkError("the sync service stopped")


def _run_trio(main: Callable[[], Awaitable[_T]]) -> _T:
    """`trio.run`, with a core error raised inside a nursery re-raised as itself."""
    try:
        return trio.run(main)
    except BaseExceptionGroup as group:
        found, _ = group.split(LatticeError)
        error: BaseException | None = found
        while isinstance(error, BaseExceptionGroup):
            error = error.exceptions[0]
        if error is not None:
            raise error from None
        raise


def _short_run_config(peers: list[str], *, mdns: bool) -> ServiceConfig:
    return ServiceConfig(
        peers=tuple(peers), mdns=mdns, watch_folder=False, redial_interval=2.0,
        tie_break_delay=0.0,
    )  # fmt: skip


def run_sync(args: argparse.Namespace) -> int:
    _check_addresses([args.peer])
    peer, _ = split_peer_addr(args.peer)
    store = common.open_store(args)
    events = _Events()
    service = SyncService(
        store, home=common.home_of(args), config=_short_run_config([args.peer], mdns=False),
        on_event=events,
    )  # fmt: skip

    async def main() -> PeerInSync | None:
        with trio.move_on_after(args.timeout):
            async with trio.open_nursery() as nursery:
                await nursery.start(service.run)
                done = await events.until(lambda e: isinstance(e, PeerInSync) and e.peer_id == peer)
                nursery.cancel_scope.cancel()
                assert isinstance(done, PeerInSync)
                return done
        return None

    try:
        result = _run_trio(main)
    finally:
        store.close()
    if result is None:
        why = f": {events.last_problem}" if events.last_problem else ""
        raise NetworkError(f"could not sync with {peer} within {args.timeout:.0f} s{why}")
    emit(
        args,
        {"peer": peer, "groups": list(result.groups), "received": result.received,
         "sent": result.sent},
        f"in sync with {peer}: {len(result.groups)} groups, received {result.received}, "
        f"sent {result.sent} changes",
    )  # fmt: skip
    return 0


def run_join(args: argparse.Namespace) -> int:
    code = InviteCode.parse(args.code)
    peers = [code.address] if code.address else []
    _check_addresses(peers)
    if args.no_mdns and not peers:
        raise CommandError("--no-mdns needs an invite code that carries an address (…@/ip4/…)")
    store = common.open_store(args)
    try:
        signer = common.signer(args, store)
        events = _Events()
        service = SyncService(
            store, home=common.home_of(args), invites=[code.signing_key], on_event=events,
            config=_short_run_config(peers, mdns=not args.no_mdns),
        )  # fmt: skip
        stage = ["fetch"]

        async def main() -> tuple[GroupId, str, str, PeerInSync] | None:
            with trio.move_on_after(args.timeout):
                async with trio.open_nursery() as nursery:
                    await nursery.start(service.run)
                    fetched = await events.until(
                        lambda e: (
                            isinstance(e, PeerInSync)
                            and store.group_for_invite(code.public_key) in e.groups
                        )
                    )
                    group = store.group_for_invite(code.public_key)
                    assert group is not None
                    name = (args.name or signer.name).strip()
                    change = actions.join_group(store, signer, group, code, name=name)
                    stage[0] = "deliver"
                    events.forget_earlier()
                    await events.until(lambda e: isinstance(e, PeerInSync) and group in e.groups)
                    nursery.cancel_scope.cancel()
                    assert isinstance(fetched, PeerInSync)
                    return group, name, change.id, fetched
            return None

        result = _run_trio(main)
        if result is None:
            raise NetworkError(_join_timeout_message(args.timeout, stage[0], events, code))
        group, name, change_id, fetched = result
        state = store.state(group)
        roles = sorted(state.membership.members[signer.person].roles)
        emit(
            args,
            {"group": group, "name": state.name, "as": name, "roles": roles,
             "change": change_id, "peer": fetched.peer_id, "received": fetched.received},
            f"joined {state.name} as {name} ({', '.join(roles)}); "
            f"{fetched.received} changes fetched from {fetched.peer_id}",
        )  # fmt: skip
    finally:
        store.close()
    return 0


def _join_timeout_message(timeout: float, stage: str, events: _Events, code: InviteCode) -> str:
    why = f" (last problem: {events.last_problem})" if events.last_problem else ""
    if stage == "deliver":
        return (
            f"joined on this PC, but no member's PC confirmed it within {timeout:.0f} s{why}; "
            "it is sent at the next sync (keep 'lattice serve' running)"
        )
    where = "at the address in the code" if code.address else "on this network"
    return (
        f"no member's PC {where} shared the group within {timeout:.0f} s{why}: is Lattice "
        "running on a member's PC, and is the code still valid?"
    )
