"""Circuit relay on loopback: PCs with no path to each other sync through a relay;
the relay's allow-list and limits; relay restart; what the relay carries."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import multiaddr
import pytest
import trio
from libp2p.peer.id import ID
from libp2p.peer.peerinfo import PeerInfo
from libp2p.relay.circuit_v2.dcutr import PROTOCOL_ID as DCUTR_PROTOCOL
from libp2p.relay.circuit_v2.pb.circuit_pb2 import HopMessage
from libp2p.relay.circuit_v2.pb.circuit_pb2 import PeerId as CircuitPeerId
from libp2p.relay.circuit_v2.protocol import PROTOCOL_ID as HOP_PROTOCOL
from libp2p.relay.circuit_v2.protocol_buffer import StatusCode
from libp2p.relay.circuit_v2.utils import read_delimited_msg, write_delimited_msg

from ledger.store.ids import GroupId
from ledger.store.reach import RELAY
from ledger.store.store import Store
from p2p.admission import AdmissionLimits
from p2p.events import PeerConnected, SyncEvent
from p2p.relay import (
    AllowList,
    AllowListError,
    RelayNode,
    RelaySettings,
    load_or_create_identity,
    parse_allow_list,
)
from p2p.relay_client import PRIVATE, PUBLIC, UNKNOWN, RelayClient
from p2p.service import ServiceConfig, SyncService
from p2p.transport import Transport, TransportError
from tests.multihost.lan import founded_group, people, write
from tests.p2p.conftest import new_group, person, until

LOOPBACK = ("/ip4/127.0.0.1/tcp/0",)


def only_relays(relay: str, **kw: Any) -> ServiceConfig:
    """No mDNS, no addresses: the relay is the only way these PCs can meet (on loopback
    they could reach each other directly, so no hole punching either)."""
    return ServiceConfig(
        listen=LOOPBACK, mdns=False, redial_interval=1.0, relays=[relay], hole_punch=False, **kw
    )


def three_pcs(tmp_path: Path) -> tuple[list[Path], GroupId, list[Any]]:
    homes = [tmp_path / n for n in ("oakland", "richmond", "sf")]
    signers = people("Nai", "Fou", "Lai")
    return homes, founded_group(homes, signers), signers


def vv(store: Store, group: GroupId) -> dict[Any, int]:
    store.refresh()
    return dict(store.version_vector(group))


def union_of(vectors: list[dict[Any, int]]) -> dict[Any, int]:
    out: dict[Any, int] = {}
    for vector in vectors:
        for writer, count in vector.items():
            out[writer] = max(out.get(writer, 0), count)
    return out


def test_pcs_with_no_path_between_them_sync_through_a_relay(tmp_path: Path) -> None:
    homes, group, signers = three_pcs(tmp_path)
    for home, signer in zip(homes, signers, strict=True):
        write(home, signer, group, f"written offline at {home.name}")
    stores = [Store.open(h) for h in homes]
    events: list[SyncEvent] = []
    expected = union_of([vv(s, group) for s in stores])
    addr = ""

    async def main() -> None:
        nonlocal addr
        relay = RelayNode(os.urandom(32))
        async with relay.run(LOOPBACK), trio.open_nursery() as nursery:
            addr = relay.listen_addrs()[0]
            services = [
                SyncService(s, home=h, config=only_relays(addr), on_event=events.append)
                for s, h in zip(stores, homes, strict=True)
            ]
            for service in services:
                await nursery.start(service.run)
            await until(
                lambda: all(vv(s, group) == expected for s in stores),
                limit=60,
                what="three PCs converged through the relay",
            )
            for service in services:
                assert service.relay.circuit_addrs(), "each PC holds a slot on the relay"
                assert all(live.path == RELAY for live in service.sessions.values())
            assert relay.stats.circuits >= 2
            assert relay.stats.bytes_relayed > 0
            nursery.cancel_scope.cancel()

    try:
        trio.run(main)
    finally:
        for s in stores:
            s.close()
    connected = [e for e in events if isinstance(e, PeerConnected)]
    assert connected and all(e.path == RELAY and e.relay == addr for e in connected)


def test_districts_catch_up_after_the_relay_restarts(tmp_path: Path) -> None:
    homes, group, signers = three_pcs(tmp_path)
    homes, signers = homes[:2], signers[:2]
    stores = [Store.open(h) for h in homes]
    seed = os.urandom(32)

    async def main() -> None:
        relay = RelayNode(seed)
        async with trio.open_nursery() as nursery:
            async with relay.run(LOOPBACK):
                addr = relay.listen_addrs()[0]
                services = [
                    SyncService(s, home=h, config=only_relays(addr))
                    for s, h in zip(stores, homes, strict=True)
                ]
                for service in services:
                    await nursery.start(service.run)
                write(homes[0], signers[0], group, "before the relay stopped")
                await until(
                    lambda: vv(stores[0], group) == vv(stores[1], group), limit=30, what="sync"
                )
            # The relay is gone: the PCs lose their circuits and slots.
            await until(lambda: not services[0].sessions, limit=30, what="circuits dropped")
            write(homes[1], signers[1], group, "written while the relay was away")
            await trio.sleep(1)
            assert vv(stores[0], group) != vv(stores[1], group)
            again = RelayNode(seed)  # same key, same address
            async with again.run([addr.split("/p2p/")[0]]):
                await until(
                    lambda: vv(stores[0], group) == vv(stores[1], group),
                    limit=60,
                    what="caught up once the relay was back",
                )
            nursery.cancel_scope.cancel()

    try:
        trio.run(main)
    finally:
        for s in stores:
            s.close()


async def _hop(t: Transport, relay: RelayNode, msg: HopMessage) -> HopMessage:
    stream = await t.host.new_stream(ID.from_base58(relay.peer_id), [HOP_PROTOCOL])
    await write_delimited_msg(stream, msg)
    with trio.fail_after(10):
        return await read_delimited_msg(stream, HopMessage)


def test_a_relay_restricted_to_the_group_refuses_strangers(tmp_path: Path) -> None:
    members = [Transport(os.urandom(32)) for _ in range(2)]
    stranger = Transport(os.urandom(32))
    allow = tmp_path / "allowed"
    allow.write_text(f"# the council's PCs\n{members[0].peer_id}\n{members[1].device_id}\n")
    strict = AdmissionLimits(stranger_deadline=1.0)

    async def main() -> None:
        relay = RelayNode(os.urandom(32), allowed=AllowList(allow), admission=strict)
        clients = [RelayClient(t, timeout=5) for t in (*members, stranger)]
        async with relay.run(LOOPBACK), trio.open_nursery() as nursery:
            addr = relay.listen_addrs()[0]
            async with members[0].run(LOOPBACK), members[1].run(LOOPBACK):
                async with stranger.run(LOOPBACK):
                    for client in clients:
                        client.set_relays([addr])
                        await nursery.start(client.run)
                    await until(lambda: clients[0].reserved and clients[1].reserved, what="slots")
                    # A member reaches the other member through the relay.
                    assert await clients[1].connect(members[0].peer_id) == relay.peer_id
                    # The stranger gets no slot and cannot reach a member.
                    assert not clients[2].reserved
                    with pytest.raises(TransportError, match="through a relay"):
                        await clients[2].connect(members[0].peer_id)
                    # Nor can a member reach the stranger through this relay.
                    with pytest.raises(TransportError):
                        await clients[0].connect(stranger.peer_id)
                    # The stranger's own connection to the relay is closed at the deadline.
                    await until(
                        lambda: relay.transport.gate.stats.strangers_closed >= 1,
                        what="stranger cut off",
                    )
                    assert relay.stats.refused >= 3
                    assert relay.stats.reservations == 2
                    nursery.cancel_scope.cancel()

    trio.run(main)


def test_a_reservation_is_only_ever_for_the_connections_own_peer() -> None:
    """PATCH(py-libp2p 0.8.1): its relay reserved a slot for whatever peer a RESERVE named."""
    asker, victim = Transport(os.urandom(32)), Transport(os.urandom(32))

    async def main() -> None:
        relay = RelayNode(os.urandom(32))
        async with relay.run(LOOPBACK), asker.run(LOOPBACK):
            relay_id = ID.from_base58(relay.peer_id)
            where = multiaddr.Multiaddr(relay.transport.listen_addrs()[0])
            await asker.host.connect(PeerInfo(relay_id, [where]))
            msg = HopMessage(
                type=HopMessage.RESERVE, peer=CircuitPeerId(id=victim.host.get_id().to_bytes())
            )
            reply = await _hop(asker, relay, msg)
            assert reply.status == StatusCode.OK
            manager = relay.hop.resource_manager
            assert manager.get_reservation(asker.host.get_id()) is not None
            assert manager.get_reservation(victim.host.get_id()) is None

    trio.run(main)


def test_allow_list_file_rules(tmp_path: Path) -> None:
    t = Transport(os.urandom(32))
    f = tmp_path / "allow"
    f.write_text(f"{t.device_id.upper()}  # Nai's PC\n\n")
    allowed = AllowList(f)
    assert t.peer_id in allowed and len(allowed) == 1
    f.write_text("12D3KooWnotapeerid\n")
    os.utime(f, ns=(1, 1))
    assert t.peer_id in allowed, "a damaged file keeps the last good list"
    with pytest.raises(AllowListError, match="line 2: 'zz'"):
        parse_allow_list(f"{t.peer_id}\nzz\n", source="allow")
    f.write_bytes(b"\xff\xfe")
    with pytest.raises(AllowListError, match="not UTF-8"):
        AllowList(f)
    with pytest.raises(AllowListError, match="cannot read"):
        AllowList(tmp_path / "missing")
    f.write_bytes(b"#" * (1 << 20) + b"x")
    with pytest.raises(AllowListError, match="at most"):
        AllowList(f)


def test_relay_identity_is_kept_and_checked(tmp_path: Path) -> None:
    key = tmp_path / "relay.key"
    first = load_or_create_identity(key)
    assert load_or_create_identity(key) == first
    assert key.stat().st_mode & 0o777 == 0o600
    key.write_bytes(b"short")
    with pytest.raises(ValueError, match="32 bytes expected, 5 found"):
        load_or_create_identity(key)
    assert RelaySettings().libp2p_limits().max_reservations == 64


def test_bad_relay_addresses_are_refused_in_plain_words() -> None:
    client = RelayClient(Transport(os.urandom(32)))
    with pytest.raises(ValueError, match="names no peer"):
        client.set_relays(["/ip4/10.0.0.1/tcp/4001"])
    with pytest.raises(ValueError, match="circuit address"):
        client.set_relays(["/ip4/10.0.0.1/tcp/1/p2p/12D3KooWA/p2p-circuit/p2p/12D3KooWB"])
    assert client.relays == {}


def test_relays_tell_a_pc_whether_it_can_be_dialled_from_outside() -> None:
    """AutoNAT: the relay dials back afresh (py-libp2p's server said yes to everyone,
    reusing the very connection the question came over)."""
    reachable, hidden = Transport(os.urandom(32)), Transport(os.urandom(32))

    async def main() -> None:
        relay = RelayNode(os.urandom(32))
        assert relay.dial_back is not None
        async with relay.run(LOOPBACK), trio.open_nursery() as nursery:
            addr = relay.listen_addrs()[0]
            async with reachable.run(LOOPBACK), hidden.run(()):
                clients = [RelayClient(t, hole_punch=False) for t in (reachable, hidden)]
                # It claims an address on its own IP where nothing listens.
                clients[1]._own_addrs = lambda: ["/ip4/127.0.0.1/tcp/9"]  # type: ignore[method-assign]
                for client in clients:
                    client.set_relays([addr])
                    await nursery.start(client.run)
                await until(
                    lambda: all(c.reachability != UNKNOWN for c in clients),
                    limit=30,
                    what="both PCs asked the relay",
                )
                assert clients[0].reachability == PUBLIC
                assert clients[1].reachability == PRIVATE
                nursery.cancel_scope.cancel()

    trio.run(main)


def test_a_stranger_through_an_open_relay_cannot_make_a_pc_dial(
    tmp_path: Path, make_store: Any
) -> None:
    """DCUtR makes the answering PC dial the addresses the asker names: only group PCs
    may ask; a stranger who came through a relay that serves anyone is reset at once."""
    store = make_store("pc")
    new_group(store, person("Amina"))
    stranger = Transport(os.urandom(32))

    async def main() -> None:
        relay = RelayNode(os.urandom(32))
        async with relay.run(LOOPBACK), trio.open_nursery() as nursery:
            addr = relay.listen_addrs()[0]
            config = ServiceConfig(  # DCUtR on; the stranger is not cut off meanwhile
                listen=LOOPBACK, mdns=False, relays=[addr],
                admission=AdmissionLimits(stranger_deadline=60),
            )  # fmt: skip
            service = SyncService(store, home=tmp_path / "pc", config=config)
            await nursery.start(service.run)
            async with stranger.run(LOOPBACK):
                client = RelayClient(stranger, hole_punch=False)
                client.set_relays([addr])
                await nursery.start(client.run)
                await until(lambda: service.relay.reserved, what="the PC's slot")
                await client.connect(service.peer_id)
                stream = await stranger.host.new_stream(
                    ID.from_base58(service.peer_id), [DCUTR_PROTOCOL]
                )
                with trio.fail_after(5):  # unguarded, the PC would wait for our CONNECT
                    try:
                        answer = await stream.read(100)
                    except Exception:  # reset
                        answer = b""
                assert answer == b""
            nursery.cancel_scope.cancel()

    trio.run(main)


def test_a_banned_device_is_refused_through_a_relay_before_its_handshake(
    tmp_path: Path, make_store: Any
) -> None:
    """Strikes and bans hold through a relay as on the LAN: the banned device's circuit
    is refused before noise (the relay then reports the connection failed)."""
    store = make_store("pc")
    new_group(store, person("Amina"))
    outcast = Transport(os.urandom(32))

    async def main() -> None:
        relay = RelayNode(os.urandom(32))
        async with relay.run(LOOPBACK), trio.open_nursery() as nursery:
            addr = relay.listen_addrs()[0]
            service = SyncService(store, home=tmp_path / "pc", config=only_relays(addr))
            assert service.guard.strike(outcast.device_id, "flooding", weight=25)
            await nursery.start(service.run)
            async with outcast.run(LOOPBACK):
                client = RelayClient(outcast, hole_punch=False)
                client.set_relays([addr])
                await nursery.start(client.run)
                await until(lambda: service.relay.reserved, what="the PC's slot")
                with pytest.raises(TransportError, match="through a relay"):
                    await client.connect(service.peer_id)
                assert not outcast.host.get_network().connections.get(
                    ID.from_base58(service.peer_id)
                )
            nursery.cancel_scope.cancel()

    trio.run(main)
