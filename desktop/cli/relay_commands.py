"""`lattice group relays add/remove/list`: the relays the group's PCs meet through."""

from __future__ import annotations

import argparse

from desktop.cli import common
from desktop.cli.common import emit
from ledger.store.relays import MAX_RELAYS, add_relay, group_relays, remove_relay


def register(gs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `relays` under `lattice group`."""
    relays = gs.add_parser("relays", help="relays through which PCs in other places meet")
    rs = relays.add_subparsers(dest="relay_action", required=True)
    for name, help_text, run, signs in (
        ("add", "list a relay for the group (council or elder)", run_relay_add, True),
        ("remove", "take a relay off the group's list (council or elder)", run_relay_remove, True),
        ("list", "the group's relays", run_relay_list, False),
        ("devices", "the group's PCs, one a line: a relay's --allow file", run_devices, False),
    ):
        p = rs.add_parser(name, help=help_text)
        common.add_common(p)
        p.add_argument("group")
        if signs:
            p.add_argument("address", help="/dns4/relay.example.org/tcp/4001/p2p/<peer id>")
            p.add_argument("--as", dest="as_person", required=True, help="who signs (id or name)")
        p.set_defaults(run=run)


def run_relay_add(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    change = add_relay(store, common.signer(args, store), group, args.address)
    address = change.body["address"]
    emit(args, {"id": change.id, "address": address}, f"listed the relay {address}")
    return 0


def run_relay_remove(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    change = remove_relay(store, common.signer(args, store), group, args.address)
    address = change.body["address"]
    emit(args, {"id": change.id, "address": address}, f"took the relay {address} off the list")
    return 0


def run_relay_list(args: argparse.Namespace) -> int:
    store = common.open_store(args)
    group = common.group_of(store, args.group)
    relays = list(group_relays(store, group))
    text = "\n".join(relays) if relays else "no relays: the group's PCs meet on their own LANs"
    if relays:
        text += f"\n({len(relays)} of at most {MAX_RELAYS})"
    emit(args, {"group": group, "relays": relays}, text)
    return 0


def run_devices(args: argparse.Namespace) -> int:
    """The peer ids of the devices linked to the group's members (not removed): what a
    relay restricted to the group (`lattice serve --relay --allow FILE`) must list."""
    from p2p.peer_id import peer_id_of_device

    store = common.open_store(args)
    group = common.group_of(store, args.group)
    peers = sorted(peer_id_of_device(d) for d in store.membership(group).linked_devices())
    emit(args, {"group": group, "peers": peers}, "\n".join(peers))
    return 0
