"""How a connection reaches a peer, in the words `lattice peers` and the window use.

`lan`: the peer's address is on one of this PC's own networks (the same LAN);
`direct`: any other address (over the internet, e.g. after hole punching);
`relay <relay address>`: through a Circuit Relay (see relay_client.py).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping

import ifaddr
from libp2p.abc import IMuxedConn
from libp2p.connection_types import ConnectionType


def local_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """The networks this PC's interfaces are on (loopback included)."""
    nets: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            text = ip.ip if isinstance(ip.ip, str) else ip.ip[0].split("%")[0]
            try:
                nets.append(ipaddress.ip_network(f"{text}/{ip.network_prefix}", strict=False))
            except ValueError:
                continue
    return nets


def relay_of(conn: IMuxedConn) -> str | None:
    """The relay peer id a circuit runs through, or None for a direct connection."""
    try:
        relayed = conn.get_connection_type() == ConnectionType.RELAYED
        addrs = [str(a) for a in conn.get_transport_addresses()]
    except Exception:
        return None
    for addr in addrs:
        if "/p2p-circuit" in addr:
            return addr.split("/p2p-circuit", 1)[0].rsplit("/p2p/", 1)[-1]
    return "?" if relayed else None


def path_of(conn: IMuxedConn, relays: Mapping[str, str]) -> str:
    """`lan`, `direct` or `relay <address>` for a live connection; `relays` maps relay
    peer ids to their addresses (without /p2p)."""
    relay = relay_of(conn)
    if relay is not None:
        where = relays.get(relay)
        return f"relay {where}/p2p/{relay}" if where else f"relay {relay}"
    try:
        address = getattr(conn, "get_remote_address", lambda: None)()
        ip = ipaddress.ip_address(str(address[0])) if address else None
    except Exception:
        ip = None
    if ip is None:
        return "direct"
    return "lan" if any(ip in net for net in local_networks()) else "direct"
