"""Inbound connections: slots released after churn, caps per IP and on handshakes,
strangers closed, every connection closed when a host stops (see p2p/admission.py)."""

from __future__ import annotations

import os

import pytest
import trio

from p2p.admission import AdmissionLimits
from p2p.framing import StreamEnded
from p2p.transport import PeerStream, Transport, TransportError
from tests.p2p.conftest import until

LOOPBACK = ("/ip4/127.0.0.1/tcp/0",)
FROM_ONE_ADDRESS = AdmissionLimits(per_ip=64, per_ip_rate=1000.0)
"""Every visitor here comes from 127.0.0.1: lift the per-address caps for churn tests."""


def full_addr(t: Transport) -> str:
    return f"{t.listen_addrs()[0]}/p2p/{t.peer_id}"


async def echo(stream: PeerStream) -> None:
    while True:
        try:
            msg = await stream.receive()
        except StreamEnded:
            return
        await stream.send(msg)


async def cut_off(stream: PeerStream, *, ping: bool = False) -> None:
    """Read (writing too, with `ping`) until the other side ends the stream."""
    with trio.fail_after(15):
        while True:
            try:
                if ping:
                    await stream.send(b"x")
                await stream.receive()
            except StreamEnded:
                return
            await trio.sleep(0.1)


async def visit(addr: str) -> None:
    """A peer with a new id connects, says one thing and leaves."""
    client = Transport(os.urandom(32))
    async with client.run(()):
        stream = await client.open(addr)
        await stream.send(b"hello")
        assert await stream.receive() == b"hello"
        await stream.aclose()


async def honest_round_trip(addr: str) -> None:
    client = Transport(os.urandom(32), connect_timeout=5)
    async with client.run(()):
        stream = await client.open(addr)
        await stream.send(b"still open?")
        assert await stream.receive() == b"still open?"


async def churn(addr: str, visits: int, at_once: int) -> None:
    limit = trio.CapacityLimiter(at_once)

    async def one() -> None:
        async with limit:
            await visit(addr)

    async with trio.open_nursery() as nursery:
        for _ in range(visits):
            nursery.start_soon(one)


def test_inbound_slots_are_released_after_churn() -> None:
    """py-libp2p 0.8.1 keeps each inbound connection's limiter slot until the swarm
    stops; with the slots shrunk to 6, 18 visitors would lock everyone out without
    the patch in admission.py."""

    async def main() -> None:
        server = Transport(os.urandom(32), admission=FROM_ONE_ADDRESS)
        swarm = server.host.get_network()
        swarm._inbound_limiter = trio.CapacityLimiter(6)
        server.set_handler(echo)
        async with server.run(LOOPBACK):
            await churn(full_addr(server), visits=18, at_once=3)
            await until(lambda: swarm._inbound_limiter.borrowed_tokens == 0, 20, "slots released")
            await until(lambda: not swarm.connections, 20, "connections closed")
            await honest_round_trip(full_addr(server))

    trio.run(main)


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_an_honest_peer_connects_at_once_after_1000_peer_ids_churned() -> None:
    async def main() -> None:
        server = Transport(os.urandom(32), admission=FROM_ONE_ADDRESS)
        swarm = server.host.get_network()
        server.set_handler(echo)
        async with server.run(LOOPBACK):
            await churn(full_addr(server), visits=1000, at_once=8)
            await until(lambda: not swarm.connections, 20, "connections closed")
            tracker = swarm._resource_manager.connection_lifecycle.tracker
            assert not tracker.established_inbound
            assert swarm._inbound_limiter.borrowed_tokens == 0
            await honest_round_trip(full_addr(server))

    trio.run(main)


def test_connections_per_ip_are_capped() -> None:
    async def main() -> None:
        server = Transport(os.urandom(32), admission=AdmissionLimits(per_ip=3, per_ip_rate=100))
        server.set_handler(echo)
        clients = [Transport(os.urandom(32), connect_timeout=3) for _ in range(4)]
        async with server.run(LOOPBACK):
            async with clients[0].run(()), clients[1].run(()), clients[2].run(()):
                for client in clients[:3]:
                    stream = await client.open(full_addr(server))
                    await stream.send(b"x")
                    assert await stream.receive() == b"x"
                assert server.gate.open_from("127.0.0.1") == 3
                async with clients[3].run(()):
                    with pytest.raises(TransportError):
                        await clients[3].open(full_addr(server))
                assert server.gate.stats.refused_per_ip >= 1
            # The three left (their hosts closed their connections): room again.
            await until(lambda: server.gate.open_from("127.0.0.1") == 0)
            await honest_round_trip(full_addr(server))

    trio.run(main)


def test_new_connections_per_ip_are_rate_limited() -> None:
    async def main() -> None:
        limits = AdmissionLimits(per_ip=4, per_ip_rate=0.2)
        server = Transport(os.urandom(32), admission=limits)
        server.set_handler(echo)
        async with server.run(LOOPBACK):
            for _ in range(4):  # the burst
                await visit(full_addr(server))
            late = Transport(os.urandom(32), connect_timeout=3)
            async with late.run(()):
                with pytest.raises(TransportError):
                    await late.open(full_addr(server))
            assert server.gate.stats.refused_rate >= 1
            await trio.sleep(5.5)  # one more allowed every 5 s
            await visit(full_addr(server))

    trio.run(main)


def test_silent_handshakes_are_capped_and_timed_out() -> None:
    """Slowloris: TCP connections that never finish the noise handshake."""

    async def main() -> None:
        limits = AdmissionLimits(per_ip=100, half_open=4, upgrade_timeout=1.0)
        server = Transport(os.urandom(32), admission=limits)
        server.set_handler(echo)
        async with server.run(LOOPBACK):
            port = server.listen_ports()[0]
            silent = [await trio.open_tcp_stream("127.0.0.1", port) for _ in range(10)]
            await until(lambda: server.gate.stats.refused_half_open + server.gate.half_open == 10)
            assert server.gate.half_open <= 4
            assert server.gate.stats.refused_half_open >= 6
            for sock in silent:  # every one is closed: refused at once, or at the deadline
                with trio.fail_after(15):
                    while await sock.receive_some(4096):
                        pass
                await sock.aclose()
            await until(lambda: server.gate.half_open == 0)
            await honest_round_trip(full_addr(server))

    trio.run(main)


def test_a_stranger_is_disconnected_and_a_welcome_peer_stays() -> None:
    async def main() -> None:
        server = Transport(os.urandom(32), admission=AdmissionLimits(stranger_deadline=0.5))
        stranger, friend = Transport(os.urandom(32)), Transport(os.urandom(32))
        server.gate.welcome = lambda peer: peer.to_base58() == friend.peer_id
        server.set_handler(echo)
        async with server.run(LOOPBACK), stranger.run(()), friend.run(()):
            mine = await friend.open(full_addr(server))
            theirs = await stranger.open(full_addr(server))
            await cut_off(theirs, ping=True)  # the stranger, after its deadline
            assert server.gate.stats.strangers_closed == 1
            await mine.send(b"still here")
            assert await mine.receive() == b"still here"

    trio.run(main)


def test_a_banned_peer_is_disconnected_as_soon_as_it_connects() -> None:
    async def main() -> None:
        server = Transport(os.urandom(32))
        client = Transport(os.urandom(32), connect_timeout=3)
        server.gate.banned = lambda peer: peer.to_base58() == client.peer_id
        server.set_handler(echo)
        async with server.run(LOOPBACK), client.run(()):
            try:
                stream = await client.open(full_addr(server))
            except TransportError:
                pass  # refused before the stream opened: right too
            else:
                await cut_off(stream, ping=True)
            await until(lambda: not server.host.get_network().connections)

    trio.run(main)


def test_stopping_a_host_closes_its_connections() -> None:
    """py-libp2p 0.8.1 leaves them open (the patch in Transport.run closes them)."""

    async def main() -> None:
        server, client = Transport(os.urandom(32)), Transport(os.urandom(32))
        server.set_handler(echo)
        async with server.run(LOOPBACK):
            async with client.run(()):
                stream = await client.open(full_addr(server))
                await stream.send(b"x")
                assert await stream.receive() == b"x"
                assert server.host.get_network().connections
            await until(lambda: not server.host.get_network().connections)

    trio.run(main)
