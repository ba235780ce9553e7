"""`lattice sync` and `lattice join`: a short run of the sync service, then exit.

`sync` exchanges changes with one peer; `join` fetches a group from a member's PC with
an invite and joins it. Both exit when done, or after `--timeout` seconds with the last
problem as the reason; with `--json` each prints exactly one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import math
from collections.abc import Awaitable, Callable
from typing import TypeVar

import trio

from desktop.cli import common
from desktop.cli.common import CommandError, counted, emit
from desktop.cli.network_common import check_addresses
from desktop.terminate import stop_on_terminate
from ledger.savings import membership_actions as actions
from ledger.store.errors import LatticeError
from ledger.store.ids import GroupId
from ledger.store.invites import InviteCode
from p2p.events import AccessDenied, PeerDisconnected, PeerInSync, PeerUnreachable, SyncEvent
from p2p.service import ServiceConfig, SyncService
from p2p.transport import split_peer_addr

_T = TypeVar("_T")


class NetworkError(LatticeError):
    """No peer answered in time, or a peer refused what we asked for."""


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


def _terminated() -> None:
    raise CommandError("stopped: asked to end (SIGTERM)")


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
    check_addresses([args.peer])
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
                await nursery.start(stop_on_terminate, _terminated)
                await nursery.start(service.run)
                done = await events.until(lambda e: isinstance(e, PeerInSync) and e.peer_id == peer)
                nursery.cancel_scope.cancel()
                assert isinstance(done, PeerInSync)
                return done
        return None

    try:
        result = _run_trio(main)
        held = {g: store.state(g).name for g in store.held_groups()} if result else {}
    finally:
        store.close()
    if result is None:
        why = f": {events.last_problem}" if events.last_problem else ""
        raise NetworkError(f"could not sync with {peer} within {args.timeout:.0f} s{why}")
    still = "".join(
        f"\n{name}: still held after the restore (this peer did not bring it up to date); "
        "sync with another PC of the group"
        for name in held.values()
    )
    emit(
        args,
        {"peer": peer, "groups": list(result.groups), "received": result.received,
         "sent": result.sent, "held": list(held)},
        f"in sync with {peer}: {counted(len(result.groups), 'group', 'groups')}, received "
        f"{counted(result.received, 'change', 'changes')}, sent {result.sent}" + still,
    )  # fmt: skip
    return 0


def run_join(args: argparse.Namespace) -> int:
    code = InviteCode.parse(args.code)
    check_addresses([code.address] if code.address else [])
    if args.no_mdns and not code.address:
        raise CommandError("--no-mdns needs an invite code that carries an address (…@/ip4/…)")
    store = common.open_store(args)
    try:
        signer = common.signer(args, store)
        events = _Events()
        service = SyncService(
            store, home=common.home_of(args), on_event=events,
            config=_short_run_config([], mdns=not args.no_mdns),
        )  # fmt: skip
        stage = ["fetch"]

        async def main() -> tuple[GroupId, str, str, PeerInSync] | None:
            with trio.move_on_after(args.timeout):
                async with trio.open_nursery() as nursery:
                    await nursery.start(stop_on_terminate, _terminated)
                    await nursery.start(service.run)
                    # The code's address, and the inviting PC through the code's relays.
                    service.use_invite(args.code)
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
            f"{counted(fetched.received, 'change', 'changes')} fetched from {fetched.peer_id}",
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
