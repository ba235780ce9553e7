"""Loopback tests of the libp2p transport: identity, framing, limits."""

from __future__ import annotations

import os
import socket

import pytest
import trio

from p2p.framing import FrameTooLarge, StreamEnded
from p2p.transport import (
    PeerStream,
    Transport,
    TransportError,
    device_id_of,
    key_pair_from_seed,
    peer_id_of,
)

LOOPBACK = ("/ip4/127.0.0.1/tcp/0",)


def full_addr(t: Transport) -> str:
    return f"{t.listen_addrs()[0]}/p2p/{t.peer_id}"


def test_device_key_is_the_peer_identity() -> None:
    seed = bytes(range(32))
    t = Transport(seed)
    from nacl.signing import SigningKey

    expected = SigningKey(seed).verify_key.encode().hex()
    assert t.device_id == expected
    assert peer_id_of(t.device_id) == t.peer_id
    assert device_id_of(t.host.get_id()) == expected
    with pytest.raises(ValueError, match="32 bytes"):
        key_pair_from_seed(b"short")


def test_stream_carries_authenticated_identity_and_frames() -> None:
    async def main() -> None:
        server, client = Transport(os.urandom(32)), Transport(os.urandom(32))
        seen: list[tuple[str, str]] = []

        async def echo(stream: PeerStream) -> None:
            seen.append((stream.peer_id, stream.device))
            while True:
                try:
                    msg = await stream.receive()
                except StreamEnded:
                    return
                await stream.send(msg[::-1])

        server.set_handler(echo)
        async with server.run(LOOPBACK), client.run(LOOPBACK):
            stream = await client.open(full_addr(server))
            assert stream.peer_id == server.peer_id
            assert stream.device == server.device_id
            big = os.urandom(900_000)
            for payload in (b"", b"hello", big):
                await stream.send(payload)
                assert await stream.receive() == payload[::-1]
            await stream.aclose()
        assert seen == [(client.peer_id, client.device_id)]

    trio.run(main)


def test_oversized_frames_are_refused_both_ways() -> None:
    async def main() -> None:
        server = Transport(os.urandom(32), max_frame=1000)
        client = Transport(os.urandom(32), max_frame=100_000)
        outcome: list[str] = []

        async def strict(stream: PeerStream) -> None:
            try:
                await stream.receive()
            except FrameTooLarge as exc:
                outcome.append(str(exc))
                raise

        server.set_handler(strict)
        async with server.run(LOOPBACK), client.run(LOOPBACK):
            stream = await client.open(full_addr(server))
            with pytest.raises(FrameTooLarge):
                await stream.send(b"x" * 100_001)
            await stream.send(b"x" * 5000)
            with pytest.raises(StreamEnded):
                await stream.receive(limit=5)
        assert len(outcome) == 1
        assert "5000" in outcome[0]

    trio.run(main)


def test_silent_peer_times_out() -> None:
    async def main() -> None:
        server = Transport(os.urandom(32), read_timeout=0.5)
        client = Transport(os.urandom(32))
        outcome: list[str] = []

        async def waits(stream: PeerStream) -> None:
            try:
                await stream.receive()
            except Exception as exc:
                outcome.append(type(exc).__name__)

        server.set_handler(waits)
        async with server.run(LOOPBACK), client.run(LOOPBACK):
            stream = await client.open(full_addr(server))
            await stream.raw.write(b"\x00\x00")  # half a header, then silence
            await trio.sleep(1.5)
        assert outcome == ["FrameTimeout"]

    trio.run(main)


def test_unreachable_peer_is_a_clear_error() -> None:
    async def main() -> None:
        client = Transport(os.urandom(32), connect_timeout=3)
        other = Transport(os.urandom(32))
        async with client.run(LOOPBACK):
            with pytest.raises(TransportError, match="cannot reach"):
                await client.open(f"/ip4/127.0.0.1/tcp/9/p2p/{other.peer_id}")

    trio.run(main)


def test_address_without_peer_id_is_refused() -> None:
    async def main() -> None:
        client = Transport(os.urandom(32))
        async with client.run(LOOPBACK):
            with pytest.raises(ValueError, match="names no peer"):
                await client.open("/ip4/127.0.0.1/tcp/9")

    trio.run(main)


def test_a_dial_does_not_sit_out_libp2p_head_start() -> None:
    """py-libp2p waited 250 ms after every successful dial (see `_no_idle_dial_wait`);
    this fails if an upgrade renames what we turn off, instead of slowing silently."""
    from libp2p.network import swarm

    Transport(os.urandom(32))
    assert swarm._HAPPY_EYEBALLS_DELAY == 0


def test_two_peers_dialling_each_other_at_once_both_keep_their_session() -> None:
    """Each side dials the other at the same moment, so two connections may stand; the
    swarm must not trim one (it would cut a live session), so both sessions finish."""

    async def main() -> None:
        a, b = Transport(os.urandom(32)), Transport(os.urandom(32))

        async def echo(stream: PeerStream) -> None:
            while True:
                try:
                    msg = await stream.receive()
                except StreamEnded:
                    return
                await stream.send(msg[::-1])

        a.set_handler(echo)
        b.set_handler(echo)
        finished: list[str] = []
        counts: list[int] = []

        async def session(me: Transport, other: Transport) -> None:
            stream = await me.open(full_addr(other))
            for i in range(6):
                payload = f"{me.peer_id} {i}".encode()
                await stream.send(payload)
                assert await stream.receive() == payload[::-1]
                await trio.sleep(0.1)
            await stream.aclose()
            finished.append(me.peer_id)

        async with a.run(LOOPBACK), b.run(LOOPBACK):
            for _ in range(3):
                async with trio.open_nursery() as nursery:
                    nursery.start_soon(session, a, b)
                    nursery.start_soon(session, b, a)
                counts.append(len(a.host.get_network().get_connections(b.host.get_id())))
                await a.disconnect(b.peer_id)
                await b.disconnect(a.peer_id)
        assert sorted(finished) == sorted([a.peer_id, b.peer_id] * 3)
        assert max(counts) == 2  # the case happened (both dials stood), and never a third

    trio.run(main)


def test_a_peer_that_failed_once_can_be_dialled_again_at_once() -> None:
    """py-libp2p refuses, for 60 s, to dial a peer whose addresses all failed once; a PC
    that was busy or not yet listening must be reachable at the service's next try."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    here = (f"/ip4/127.0.0.1/tcp/{port}",)
    seed = os.urandom(32)

    async def main() -> None:
        client = Transport(os.urandom(32), connect_timeout=5)
        server_id = Transport(seed).peer_id
        async with client.run(LOOPBACK):
            with pytest.raises(TransportError, match="cannot reach"):
                await client.open_to(server_id, here)  # nobody listens there yet
            server = Transport(seed)
            server.set_handler(lambda stream: stream.aclose())
            async with server.run(here):
                stream = await client.open_to(server_id, here)
                assert stream.peer_id == server_id

    trio.run(main)


def test_a_stopped_transport_no_longer_accepts_connections() -> None:
    """py-libp2p left the listening socket open when the host stopped: the husk kept
    accepting, and (SO_REUSEPORT) took a share of the dials meant for a relay restarted
    on the same port, which then looked away for a minute to its PCs."""

    async def main() -> None:
        t = Transport(os.urandom(32))
        async with t.run(LOOPBACK):
            port = t.listen_ports()[0]
            (await trio.open_tcp_stream("127.0.0.1", port)).socket.close()
        with pytest.raises(OSError, match="all attempts to connect"):
            await trio.open_tcp_stream("127.0.0.1", port)

    trio.run(main)
