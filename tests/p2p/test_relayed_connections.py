"""Which connections count as relayed: a relayed one must never pass for the direct
(LAN) connection the service prefers, whatever its addresses look like."""

from __future__ import annotations

import os
from types import SimpleNamespace

import multiaddr
import trio

from p2p.transport import Transport


class FakeConn:
    def __init__(self, addrs: list[str], kind: str) -> None:
        self.addrs = [multiaddr.Multiaddr(a) for a in addrs]
        self.kind = kind
        self.is_closed = False

    def get_transport_addresses(self) -> list[multiaddr.Multiaddr]:
        return self.addrs

    def get_connection_type(self) -> SimpleNamespace:
        return SimpleNamespace(value=self.kind)

    async def close(self) -> None:
        self.is_closed = True


def with_connections(transport: Transport, conns: list[FakeConn]) -> str:
    peer = Transport(os.urandom(32))
    peer_id = peer.peer_id
    network = transport.host.get_network()
    network.connections[peer.host.get_id()] = conns  # type: ignore[assignment]
    return peer_id


def test_a_relayed_connection_is_not_direct_and_is_closed_for_the_lan() -> None:
    transport = Transport(os.urandom(32))
    # py-libp2p's relayed connection reports the relay's socket, no /p2p-circuit.
    relayed = FakeConn(["/ip4/198.51.100.2/tcp/4001"], "relayed")
    peer_id = with_connections(transport, [relayed])
    assert not transport.has_direct_connection(peer_id)

    lan = FakeConn(["/ip4/10.60.0.20/tcp/4001"], "direct")
    peer_id = with_connections(transport, [relayed, lan])
    assert transport.has_direct_connection(peer_id)

    trio.run(transport.close_relayed, peer_id)
    assert relayed.is_closed and not lan.is_closed
