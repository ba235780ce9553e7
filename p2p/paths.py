"""Which path a connection to a peer takes: this PC's own network, direct over the
internet, or through a relay (the words are `ledger.store.reach`'s).

A relayed connection is one libp2p's Circuit Relay v2 transport made (its connection
type says so, or its address has `/p2p-circuit`); which relay is read from that address,
or else from the socket's far end matched against the relays this PC knows. A direct
connection is on this PC's network when the far end's address is on one of its
interfaces' subnets (or is loopback or link-local); otherwise it crossed the internet.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Sequence
from dataclasses import dataclass

import ifaddr
import multiaddr

from ledger.store.reach import DIRECT, LAN, RELAY

log = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class PeerPath:
    kind: str
    """`ledger.store.reach.LAN`, `DIRECT` or `RELAY`."""
    relay: str = ""
    """The relay's address as the group lists it (or its peer id), for `RELAY`."""


def local_networks() -> list[Network]:
    """The subnets of this host's interfaces."""
    found: list[Network] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            text = ip.ip if isinstance(ip.ip, str) else ip.ip[0].split("%")[0]
            try:
                found.append(ipaddress.ip_network(f"{text}/{ip.network_prefix}", strict=False))
            except ValueError:
                continue
    return found


def classify(
    remote_ip: str | None,
    *,
    relayed: bool,
    transport_addrs: Sequence[str] = (),
    relays: Sequence[str] = (),
    networks: Sequence[Network] = (),
) -> PeerPath:
    """The path of one connection, from what the transport knows about it."""
    circuit = next((a for a in transport_addrs if "/p2p-circuit" in a), None)
    if relayed or circuit is not None:
        return PeerPath(RELAY, _which_relay(circuit, remote_ip, relays))
    if remote_ip is None:
        return PeerPath(DIRECT)
    try:
        ip = ipaddress.ip_address(remote_ip.split("%")[0])
    except ValueError:
        return PeerPath(DIRECT)
    if ip.is_loopback or ip.is_link_local or any(ip in n for n in networks):
        return PeerPath(LAN)
    return PeerPath(DIRECT)


def _which_relay(circuit: str | None, remote_ip: str | None, relays: Sequence[str]) -> str:
    """The listed relay the connection runs through: by the peer id in its circuit
    address, else by the far end's IP; its peer id or IP when it is not listed."""
    relay_peer = ""
    if circuit is not None:
        before = circuit.split("/p2p-circuit")[0]
        relay_peer = before.rsplit("/p2p/", 1)[-1] if "/p2p/" in before else ""
    for listed in relays:
        if relay_peer and listed.endswith(f"/p2p/{relay_peer}"):
            return listed
        if remote_ip and _host_of(listed) == remote_ip:
            return listed
    return relay_peer or remote_ip or ""


def _host_of(address: str) -> str | None:
    try:
        found = multiaddr.Multiaddr(address)
        for proto in ("ip4", "ip6", "dns", "dns4", "dns6"):
            try:
                return str(found.value_for_protocol(proto))
            except Exception:  # the library raises when the protocol is absent
                continue
    except Exception:
        return None
    return None


def connection_path(conn: object, relays: Sequence[str], networks: Sequence[Network]) -> PeerPath:
    """The path of a libp2p connection (a muxed connection), read defensively: any of
    its accessors may be missing or raise on a connection that is closing."""
    relayed = False
    addrs: list[str] = []
    remote: str | None = None
    try:
        kind = conn.get_connection_type()  # type: ignore[attr-defined]
        relayed = getattr(kind, "value", "") == "relayed"
    except Exception:
        log.debug("no connection type for %r", conn)
    try:
        addrs = [str(a) for a in conn.get_transport_addresses()]  # type: ignore[attr-defined]
    except Exception:
        log.debug("no transport addresses for %r", conn)
    try:
        found = conn.get_remote_address()  # type: ignore[attr-defined]
        remote = str(found[0]) if found else None
    except Exception:
        log.debug("no remote address for %r", conn)
    return classify(
        remote, relayed=relayed, transport_addrs=addrs, relays=relays, networks=networks
    )
