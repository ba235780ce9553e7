"""The group's relays: reachable hosts through which its PCs in different towns meet.

A relay is a libp2p Circuit Relay v2 host, named by its full address (a multiaddr ending
in `/p2p/<peer id>`: noise needs the peer id to prove it is that relay). The list is part
of the group's settings, signed and replicated like any change: `relay.add` and
`relay.remove` each name one address, so two council members adding relays at once both
keep theirs. A council member or elder may change it; at most `MAX_RELAYS` are listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ledger.store import schema as s
from ledger.store.change import Change
from ledger.store.errors import DecodeError, Refused
from ledger.store.ids import GroupId
from ledger.store.kinds import KindSpec, register
from ledger.store.membership import Membership, Role
from ledger.store.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from ledger.store.persons import Signer
    from ledger.store.store import Store

MAX_RELAYS = 8
MAX_ADDRESS_CHARS = 300
MAY_CHANGE = frozenset({Role.COUNCIL.value, Role.ELDER.value})
_HOSTS = frozenset({"ip4", "ip6", "dns", "dns4", "dns6"})
_TRANSPORTS = frozenset({"tcp", "udp"})


def relay_address(text: str) -> str:
    """`text` as a relay's address in its canonical form; DecodeError (in words) when it is
    not a multiaddr of a host, a port and the relay's peer id."""
    if not isinstance(text, str):
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a relay address must be a text"))
    text = text.strip()
    if len(text) > MAX_ADDRESS_CHARS:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "a relay address is longer than {count} characters"),
            count=MAX_ADDRESS_CHARS,
        )
    # Imported here: every command loads the kinds, and few of them read an address.
    from multiaddr import Multiaddr

    try:
        if not text:
            raise ValueError("empty")
        address = Multiaddr(text)
        names = [p.name for p in address.protocols()]
        peer = address.value_for_protocol("p2p") if names and names[-1] == "p2p" else None
    except Exception:  # the library raises several kinds for a malformed address
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "'{address}' is not a network address (multiaddr)"),
            address=text[:80],
        ) from None
    if peer is None or "p2p-circuit" in names or names.count("p2p") != 1:
        raise DecodeError(
            QT_TRANSLATE_NOOP(
                "core", "a relay address must end in /p2p/ and the relay's peer id: '{address}'"
            ),
            address=text[:80],
        )
    if names[0] not in _HOSTS or len(names) < 3 or names[1] not in _TRANSPORTS:
        raise DecodeError(
            QT_TRANSLATE_NOOP(
                "core",
                "a relay address starts with the host and port, e.g. "
                "/dns4/relay.example.org/tcp/4001/p2p/…: '{address}'",
            ),
            address=text[:80],
        )
    return str(address)


@s.described("tstr", f"a relay's multiaddr ending in /p2p/<peer id>, at most {MAX_ADDRESS_CHARS}")
def _address_field(value: Any, name: str) -> None:
    if not isinstance(value, str) or relay_address(value) != value:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name} is not a relay address in its canonical form"),
            name=name,
        )


def _check(body: dict[str, Any]) -> None:
    s.check_body(body, {"address": _address_field})


def _may_change(m: Membership, change: Change) -> str | None:
    """An active council member or elder."""
    return m.why_not(change.author, MAY_CHANGE)


def _apply_add(m: Membership, change: Change) -> str | None:
    """Lists `address` among the group's relays, last. Void when it is listed already or
    `MAX_RELAYS` are."""
    address = change.body["address"]
    if address in m.settings.relays:
        return QT_TRANSLATE_NOOP("core", "this relay is already listed")
    if len(m.settings.relays) >= MAX_RELAYS:
        return Words(
            QT_TRANSLATE_NOOP("core", "the group lists {count} relays already, the most it may"),
            count=MAX_RELAYS,
        )
    m.settings.relays = (*m.settings.relays, address)
    return None


def _apply_remove(m: Membership, change: Change) -> str | None:
    """Takes `address` off the group's relays. Void when it is not listed."""
    address = change.body["address"]
    if address not in m.settings.relays:
        return QT_TRANSLATE_NOOP("core", "this relay is not listed")
    m.settings.relays = tuple(r for r in m.settings.relays if r != address)
    return None


register(
    KindSpec(
        "relay.add",
        _check,
        _may_change,
        apply_control=_apply_add,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "added the relay {address}"), address=b["address"]
        ),
    )
)
register(
    KindSpec(
        "relay.remove",
        _check,
        _may_change,
        apply_control=_apply_remove,
        describe=lambda b: Words(
            QT_TRANSLATE_NOOP("core", "removed the relay {address}"), address=b["address"]
        ),
    )
)


# -- actions and reading -------------------------------------------------------------


def _refused(exc: DecodeError) -> Refused:
    return Refused(exc.words)


def add_relay(store: Store, signer: Signer, group: GroupId, address: str) -> Change:
    """List a relay for the group (refused, nothing written, when the address is not a
    relay's full address, is listed already, or the list is full)."""
    try:
        address = relay_address(address)
    except DecodeError as exc:
        raise _refused(exc) from None
    listed = store.membership(group).settings.relays
    if address in listed:
        raise Refused(QT_TRANSLATE_NOOP("core", "this relay is already listed"))
    if len(listed) >= MAX_RELAYS:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "the group lists {count} relays already, the most it may"),
            count=MAX_RELAYS,
        )
    return store.write(signer, group, "relay.add", {"address": address})


def remove_relay(store: Store, signer: Signer, group: GroupId, address: str) -> Change:
    """Take a relay off the group's list (refused when it is not listed)."""
    try:
        address = relay_address(address)
    except DecodeError as exc:
        raise _refused(exc) from None
    if address not in store.membership(group).settings.relays:
        raise Refused(QT_TRANSLATE_NOOP("core", "this relay is not listed"))
    return store.write(signer, group, "relay.remove", {"address": address})


def group_relays(store: Store, group: GroupId) -> tuple[str, ...]:
    """The relays the group lists, in the order they were added."""
    return store.membership(group).settings.relays


def all_relays(store: Store) -> tuple[str, ...]:
    """The relays of every group this PC holds, each once (what the sync service reserves
    a slot on)."""
    found: dict[str, None] = {}
    for group in store.group_ids():
        found.update(dict.fromkeys(group_relays(store, group)))
    return tuple(found)
