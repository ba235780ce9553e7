"""Which of this computer's network addresses to hand out, and how to say it in plain words.

The sync service lists every address it listens on (`SyncService.own_addresses`), as
libp2p multiaddrs such as `/ip4/192.168.1.5/tcp/4001/p2p/12D3KooW…`. A computer joining
with an invite code dials the one the code carries, so it should be the one most likely
to be reachable from another computer in the same room: a private LAN IPv4 address.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

_LAN_V4 = tuple(ipaddress.IPv4Network(n) for n in ("192.168.0.0/16", "10.0.0.0/8", "172.16.0.0/12"))
"""Private IPv4 ranges, most typical of a home or office network first (172.16/12 also
holds the bridges of virtual machines and containers, e.g. 172.17.0.1)."""


def _parts(address: str) -> tuple[str, str, str] | None:
    """(protocol, host, port) of a dialable `/ip4|ip6|dns…/host/tcp/port/…/p2p/<id>`."""
    parts = address.strip().split("/")
    if len(parts) < 7 or parts[0] or parts[3] != "tcp" or "p2p" not in parts[5:]:
        return None
    if parts[1] not in ("ip4", "ip6", "dns", "dns4", "dns6") or not parts[4].isdigit():
        return None
    return parts[1], parts[2], parts[4]


def _rank(address: str) -> int | None:
    """Lower is better; None: not an address another computer could dial."""
    parts = _parts(address)
    if parts is None:
        return None
    protocol, host, _port = parts
    if protocol.startswith("dns"):
        return 7
    try:
        ip = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return None
    if ip.is_unspecified or ip.is_multicast:
        return None
    if ip.is_loopback:
        return 9  # only when there is nothing else: no other computer can use it
    if isinstance(ip, ipaddress.IPv4Address):
        for rank, network in enumerate(_LAN_V4):
            if ip in network:
                return rank
        return 6 if ip.is_link_local else 3  # 169.254.x.x: a cable without a router
    if ip.is_link_local:
        return 8  # libp2p cannot dial an IPv6 zone
    return 4 if ip.is_private else 5


def invite_address(addresses: Iterable[str]) -> str | None:
    """The address to put in an invite code: a private LAN IPv4 address when there is one,
    else another dialable address, 127.0.0.1 only when it is the sole one; None when none
    can be dialled. Among equals, the service's order decides."""
    ranked = [
        (rank, i, a.strip()) for i, a in enumerate(addresses) if (rank := _rank(a)) is not None
    ]
    return min(ranked)[2] if ranked else None


def is_loopback(address: str) -> bool:
    """Whether `address` reaches only this computer itself (127.0.0.1, ::1)."""
    parts = _parts(address)
    if parts is None:
        return False
    try:
        return ipaddress.ip_address(parts[1]).is_loopback
    except ValueError:
        return parts[1] == "localhost"


def address_words(address: str) -> tuple[str, str]:
    """(host, port) as a person reads them, e.g. ('192.168.1.5', '4001'); the whole text
    and an empty port when `address` is not a multiaddr."""
    parts = _parts(address)
    if parts is None:
        return address, ""
    return parts[1], parts[2]
