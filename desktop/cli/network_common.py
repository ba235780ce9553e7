"""What the network commands share: a peer's address, checked as a person typed it.

Checked before any network starts, so that a typing mistake is a usage error (exit 2)
and not a wait until some timeout.
"""

from __future__ import annotations

from desktop.cli.common import CommandError


def check_relays(addrs: list[str]) -> tuple[str, ...]:
    """Relay addresses as `ledger.store.relays` writes them; a CommandError names a bad one."""
    from ledger.store.errors import DecodeError
    from ledger.store.relays import relay_address

    try:
        return tuple(relay_address(a) for a in addrs)
    except DecodeError as exc:
        raise CommandError(str(exc)) from None


def check_addresses(addrs: list[str]) -> None:
    """Refuse, as a CommandError, any address that is not a full /ip4/…/tcp/…/p2p/<id>."""
    from p2p.transport import split_peer_addr  # the network stack: only network commands pay

    for addr in addrs:
        try:
            split_peer_addr(addr)
        except Exception as exc:  # multiaddr raises several types on bad input
            raise CommandError(
                f"'{addr}' is not a full peer address like /ip4/192.168.1.20/tcp/4001/p2p/… ({exc})"
            ) from None
