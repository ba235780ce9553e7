"""How this PC reaches its peers and when it last heard from the group's PCs, in words.

The network layer decides a peer's path (`PATHS`: on this PC's own network, direct over
the internet, or through one of the group's relays); these are the words the CLI and the
window show for it. When each PC was last heard from comes from the receipts PCs sign
when they sync (`ledger.store.receipts`), which replicate with the group: a PC in Richmond
knows when Oakland's PCs last synced even when it only ever hears from San Francisco.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ledger.store.errors import DecodeError
from ledger.store.ids import DeviceId, GroupId, PersonId
from ledger.store.membership import Member, Membership
from ledger.store.receipts import Receipt, decode_receipt, latest_per_device, witness_problem
from ledger.store.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from ledger.store.store import Store

LAN, DIRECT, RELAY = "lan", "direct", "relay"
PATHS = (LAN, DIRECT, RELAY)


def path_words(path: str, relay: str = "") -> Words | None:
    """A peer's path in words ('same network', 'through relay R'); None when unknown."""
    if path == LAN:
        return Words(QT_TRANSLATE_NOOP("core", "same network"))
    if path == DIRECT:
        return Words(QT_TRANSLATE_NOOP("core", "direct over the internet"))
    if path == RELAY:
        return Words(QT_TRANSLATE_NOOP("core", "through relay {relay}"), relay=relay or "?")
    return None


def bytes_words(received: int, sent: int) -> Words:
    """Bytes moved with a peer, e.g. '1.2 MB received, 40 kB sent'."""
    return Words(
        QT_TRANSLATE_NOOP("core", "{received} received, {sent} sent"),
        received=_size(received),
        sent=_size(sent),
    )


def _size(count: int) -> str:
    if count < 1000:
        return f"{count} B"
    for unit, scale in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if count < scale * 1000 or unit == "GB":
            return f"{count / scale:.1f} {unit}"
    raise AssertionError("unreachable")


@dataclass(frozen=True, slots=True)
class HeardFrom:
    """One of the group's PCs and when it last signed a receipt (it synced then)."""

    device: DeviceId
    person: PersonId
    name: str
    """The member the PC is linked to."""
    where: str
    """The member's district (or chapter, village) when the group names them; else ''."""
    when: int
    """Unix ms, the PC's own clock."""


def last_heard(receipts: Iterable[Receipt], membership: Membership) -> list[HeardFrom]:
    """The newest receipt of each PC linked to a member, newest first. Receipts must have
    been checked (`witness_problem`)."""
    found = []
    for r in latest_per_device(receipts):
        member = membership.members.get(r.person)
        if member is None:
            continue
        where = _district(membership, member)
        found.append(HeardFrom(r.device, r.person, member.name, where, r.time))
    return sorted(found, key=lambda h: (-h.when, h.device))


def _district(membership: Membership, member: Member) -> str:
    """The name of the member's district ('' when the member has none)."""
    named = membership.districts.get(member.district) if member.district else None
    return named.name if named is not None else ""


def heard_lines(
    heard: list[HeardFrom], *, this_pc: DeviceId | None = None, limit: int = 8
) -> list[Words]:
    """Per district (when the group has them) or per PC: when it was last heard from,
    newest first; at most `limit` lines and one saying how many more."""
    others = [h for h in heard if h.device != this_pc]
    if not others:
        return [Words(QT_TRANSLATE_NOOP("core", "no other PC of the group heard from yet"))]
    if any(h.where for h in others):
        newest: dict[str, list[HeardFrom]] = {}
        for h in others:
            newest.setdefault(h.where, []).append(h)
        ordered = sorted(newest.items(), key=lambda kv: -max(h.when for h in kv[1]))
        lines = [_district_line(where, group) for where, group in ordered]
    else:
        lines = [
            Words(
                QT_TRANSLATE_NOOP("core", "{name}'s PC, last heard from {when}"),
                name=h.name,
                when=_when(h.when),
            )
            for h in others
        ]
    if len(lines) > limit:
        more = len(lines) - limit + 1
        lines = [
            *lines[: limit - 1],
            Words(QT_TRANSLATE_NOOP("core", "and {count} more, heard from earlier"), count=more),
        ]
    return lines


def _district_line(where: str, pcs: list[HeardFrom]) -> Words:
    district: str = where or Words(QT_TRANSLATE_NOOP("core", "no district"))
    when = _when(max(h.when for h in pcs))
    if len(pcs) == 1:
        return Words(
            QT_TRANSLATE_NOOP("core", "{district}: one PC, last heard from {when}"),
            district=district,
            when=when,
        )
    return Words(
        QT_TRANSLATE_NOOP("core", "{district}: {count} PCs, the latest heard from {when}"),
        district=district,
        count=len(pcs),
        when=when,
    )


def group_last_heard(store: Store, group: GroupId) -> list[HeardFrom]:
    """`last_heard` over the receipts this PC keeps for the group (damaged or foreign
    ones are skipped: they witness nothing)."""
    membership = store.membership(group)
    receipts = []
    for raw in store.receipts(group):
        try:
            receipt = decode_receipt(raw)
        except DecodeError:
            continue
        if witness_problem(receipt, group, membership) is None:
            receipts.append(receipt)
    return last_heard(receipts, membership)


def _when(ms: int) -> str:
    return f"{dt.datetime.fromtimestamp(ms / 1000, dt.UTC):%Y-%m-%d %H:%M} UTC"
