"""A peer's path in words, and the relays the service follows from the groups' settings."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any

import pytest
import trio

from ledger.savings import membership_actions as actions
from ledger.store.reach import DIRECT, LAN, RELAY, path_words
from ledger.store.relays import add_relay, remove_relay
from p2p.events import PeerConnected, RelaysChanged, SyncEvent
from p2p.paths import PeerPath, classify
from p2p.peers import PeerBook
from p2p.service import ServiceConfig, SyncService
from tests.p2p.conftest import new_group, person, until

PEER = "12D3KooWGzh3dtd8k5cHo6M4GwD4E8EqUr9jyo4Mo1e1H3aBR7i5"
RELAY_PEER = "12D3KooWRBy97UB99e3J6hiPesre1MZeuNQvfan4gBziswrRJsNK"
RELAY_ADDR = f"/ip4/203.0.113.7/tcp/4001/p2p/{RELAY_PEER}"
HOME_NET = [ipaddress.ip_network("192.168.1.0/24"), ipaddress.ip_network("fd00::/64")]


@pytest.mark.parametrize(
    ("remote", "relayed", "addrs", "expected"),
    [
        ("192.168.1.20", False, [], PeerPath(LAN)),
        ("fd00::20", False, [], PeerPath(LAN)),
        ("fe80::1%eth0", False, [], PeerPath(LAN)),
        ("127.0.0.1", False, [], PeerPath(LAN)),
        ("198.51.100.9", False, [], PeerPath(DIRECT)),
        ("2001:db8::9", False, [], PeerPath(DIRECT)),
        ("10.0.0.5", False, [], PeerPath(DIRECT)),  # private, but not this PC's network
        (None, False, [], PeerPath(DIRECT)),
        ("not an ip", False, [], PeerPath(DIRECT)),
        ("203.0.113.7", True, [], PeerPath(RELAY, RELAY_ADDR)),
        (
            "192.168.1.1",
            False,
            [f"/ip4/203.0.113.7/tcp/4001/p2p/{RELAY_PEER}/p2p-circuit"],
            PeerPath(RELAY, RELAY_ADDR),
        ),
        ("198.51.100.1", True, [], PeerPath(RELAY, "198.51.100.1")),  # a relay not listed
    ],
)
def test_classify(remote: str | None, relayed: bool, addrs: list[str], expected: PeerPath) -> None:
    found = classify(
        remote, relayed=relayed, transport_addrs=addrs, relays=[RELAY_ADDR], networks=HOME_NET
    )
    assert found == expected


def test_path_words() -> None:
    assert path_words(LAN) == "same network"
    assert path_words(DIRECT) == "direct over the internet"
    assert path_words(RELAY, "R") == "through relay R"
    assert path_words("") is None


def test_a_damaged_peer_book_path_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "peers.json").write_text(
        '{"peers": [{"peer_id": "p", "path": "teleport", "relay": 5, "bytes_received": -3,'
        ' "bytes_sent": "many"}]}'
    )
    (peer,) = PeerBook(tmp_path).peers.values()
    assert (peer.path, peer.relay, peer.bytes_received, peer.bytes_sent) == ("", "5", 0, 0)


def test_service_follows_the_groups_relays(tmp_path: Path, make_store: Any) -> None:
    amina = person("Amina")
    store = make_store("a")
    g = new_group(store, amina)
    add_relay(store, amina, g, RELAY_ADDR)
    events: list[SyncEvent] = []
    given = f"/dns4/relay.example.org/tcp/4001/p2p/{PEER}"

    async def main() -> None:
        config = ServiceConfig(listen=("/ip4/127.0.0.1/tcp/0",), mdns=False, relays=[given])
        service = SyncService(store, home=tmp_path / "a", config=config, on_event=events.append)
        assert service.relays() == (RELAY_ADDR, given)
        async with trio.open_nursery() as nursery:
            await nursery.start(service.run)
            remove_relay(store, amina, g, RELAY_ADDR)
            await until(lambda: service.relays() == (given,), what="relay removed")
            other = f"/ip6/2001:db8::7/tcp/4001/p2p/{RELAY_PEER}"
            add_relay(store, amina, g, other)
            await until(lambda: service.relays() == (other, given), what="relay added")
            nursery.cancel_scope.cancel()

    trio.run(main)
    changes = [e.relays for e in events if isinstance(e, RelaysChanged)]
    assert changes[0] == (given,)
    assert changes[-1][0].startswith("/ip6/")


def test_an_invite_with_relays_adds_them_and_dials_through_them(
    tmp_path: Path, make_store: Any
) -> None:
    amina = person("Amina")
    inviter = make_store("a")
    g = new_group(inviter, amina)
    add_relay(inviter, amina, g, RELAY_ADDR)
    code, _ = actions.create_invite(inviter, amina, g, role="member", address=f"/p2p/{PEER}")
    joiner = make_store("b")
    service = SyncService(joiner, home=tmp_path / "b", config=ServiceConfig(mdns=False))
    service.use_invite(code.text())
    assert service.relays() == (RELAY_ADDR,)
    known = service.book.peers[PEER]
    assert known.addrs == [f"{RELAY_ADDR}/p2p-circuit"]
    with pytest.raises(ValueError, match="carries a bad relay"):
        service.use_invite(code.text().split(",")[0] + ",/ip4/1.2.3.4/tcp/1")


def test_a_newcomer_joins_through_the_relay_the_group_lists(
    tmp_path: Path, make_store: Any
) -> None:
    """The founder's PC takes the relay from the group's settings (nothing given by hand);
    the invite code names that PC only by its peer id and carries the relay; the newcomer
    fetches the group through the relay, joins, and the founder's PC hears of it."""
    import os

    from p2p.relay import RelayNode

    amina, dalia = person("Amina"), person("Dalia")
    a_store, d_store = make_store("a"), make_store("d")
    g = new_group(a_store, amina)

    async def main() -> None:
        relay = RelayNode(os.urandom(32))
        async with relay.run(("/ip4/127.0.0.1/tcp/0",)), trio.open_nursery() as nursery:
            add_relay(a_store, amina, g, relay.listen_addrs()[0])
            quiet = {"listen": ("/ip4/127.0.0.1/tcp/0",), "mdns": False, "redial_interval": 1.0}
            a = SyncService(a_store, home=tmp_path / "a", config=ServiceConfig(**quiet))
            await nursery.start(a.run)
            await until(lambda: bool(a.relay.circuit_addrs()), limit=30, what="a slot")
            code, _ = actions.create_invite(
                a_store, amina, g, role="member", address=f"/p2p/{a.peer_id}"
            )
            d = SyncService(
                d_store, home=tmp_path / "d", config=ServiceConfig(**quiet), on_event=seen.append
            )
            await nursery.start(d.run)
            d.use_invite(code.text())
            await until(lambda: g in d_store.group_ids(), limit=60, what="group fetched")
            actions.join_group(d_store, dalia, g, code, name="Dalia")
            await until(
                lambda: dalia.person in a_store.state(g).membership.members,
                limit=60,
                what="the join reached the founder's PC",
            )
            nursery.cancel_scope.cancel()

    seen: list[SyncEvent] = []
    trio.run(main)
    connected = [e for e in seen if isinstance(e, PeerConnected)]
    assert connected and all(e.path == RELAY for e in connected), connected
