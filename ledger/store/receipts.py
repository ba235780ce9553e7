"""Witnessed states: a PC's signed receipt that it held a group's changes up to a point.

Each PC signs, with its own device key, a small receipt when it has synced a group and
when a meeting closes: the group, the version vector of what it held (per writer, the
highest sequence number held without a gap), the number and hash of those changes, the
time, the device and the person linked to it. Receipts travel with the group but are not
changes: they never enter the ledger's state and never change a total. A bundle carries
the latest ones, so a funder can see how many of the group's PCs held this state or a
later one, and which changes a receipt proves existed but the bundle left out.

Wire form (canonical CBOR): `[payload, signature]`, the signature by the device key `d`
over `RECEIPT_CONTEXT + payload`; see docs/bundle-format.md §7.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import nacl.exceptions
from nacl.bindings import crypto_sign_open
from nacl.signing import SigningKey

from ledger.store import codec
from ledger.store.errors import DecodeError
from ledger.store.ids import ChangeId, DeviceId, GroupId, PersonId, WriterId, writer_id
from ledger.store.membership import Membership, Status
from ledger.store.words import QT_TRANSLATE_NOOP, Words, listing

RECEIPT_VERSION = 1
RECEIPT_CONTEXT = b"lattice/receipt/v1\x00"
MAX_RECEIPT_BYTES = 256 * 1024
MAX_WRITERS = 4096
MAX_RECEIPTS = 1024
"""Receipts a bundle or a peer may hand over for one group (one per PC is kept)."""
_KEYS = frozenset({"v", "g", "d", "a", "t", "n", "h", "vv"})


@dataclass(frozen=True, slots=True)
class Receipt:
    raw: bytes
    group: GroupId
    device: DeviceId
    person: PersonId
    time: int
    """When it was signed, Unix ms (the PC's clock: informational)."""
    count: int
    changes: bytes
    """SHA-256 of the sorted 32-byte ids of the changes held: the state, exactly."""
    vv: Mapping[WriterId, int]


def change_set_hash(ids: Iterable[ChangeId]) -> bytes:
    """The hash a receipt and a bundle's manifest both name: of the sorted binary ids."""
    return hashlib.sha256(b"".join(sorted(bytes.fromhex(i) for i in ids))).digest()


def sign_receipt(
    device_key: SigningKey,
    *,
    group: GroupId,
    person: PersonId,
    vv: Mapping[WriterId, int],
    ids: Iterable[ChangeId],
    time: int,
) -> Receipt:
    held = list(ids)
    rows = []
    for writer, seq in vv.items():
        author, _, device = writer.partition(":")
        rows.append([bytes.fromhex(author), bytes.fromhex(device), seq])
    payload = codec.encode(
        {
            "v": RECEIPT_VERSION,
            "g": bytes.fromhex(group),
            "d": device_key.verify_key.encode(),
            "a": bytes.fromhex(person),
            "t": time,
            "n": len(held),
            "h": change_set_hash(held),
            "vv": sorted(rows),
        }
    )
    signature = device_key.sign(RECEIPT_CONTEXT + payload).signature
    return decode_kept(codec.encode([payload, signature]))  # (signed just now, by us)


def _uint(value: object) -> bool:
    return type(value) is int and 0 <= value < 2**63


def _key(value: object) -> bool:
    return type(value) is bytes and len(value) == 32


def decode_receipt(raw: bytes) -> Receipt:
    """Strictly decode a receipt and check its signature; DecodeError names the fault."""
    return _decode(raw, check_signature=True)


def decode_kept(raw: bytes) -> Receipt:
    """A receipt this store kept (its signature was checked before it was kept, or this
    PC signed it), decoded as strictly but without checking the signature again: what
    a store compares when it keeps or signs a receipt. Receipts from elsewhere, and
    those shown as witnesses, go through `decode_receipt`."""
    return _decode(raw, check_signature=False)


def _decode(raw: bytes, *, check_signature: bool) -> Receipt:
    if type(raw) is not bytes or len(raw) > MAX_RECEIPT_BYTES:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a receipt is not bytes or is too large"))
    outer = codec.decode_canonical(raw)
    if type(outer) is not list or len(outer) != 2 or not all(type(x) is bytes for x in outer):
        raise DecodeError(QT_TRANSLATE_NOOP("core", "not a signed receipt"))
    payload, signature = outer
    fields = codec.decode_canonical(payload)
    if type(fields) is not dict or set(fields) != _KEYS:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a receipt's fields are wrong"))
    rows = fields["vv"]
    ok = (
        type(fields["v"]) is int
        and fields["v"] == RECEIPT_VERSION
        and all(_key(fields[k]) for k in ("g", "d", "a", "h"))
        and _uint(fields["t"])
        and _uint(fields["n"])
        and type(rows) is list
        and len(rows) <= MAX_WRITERS
        and all(
            type(r) is list
            and len(r) == 3
            and _key(r[0])
            and _key(r[1])
            and _uint(r[2])
            and r[2] > 0
            for r in rows
        )
        and rows == sorted(rows)
        and len({(bytes(r[0]), bytes(r[1])) for r in rows}) == len(rows)
    )
    if not ok or len(signature) != 64:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "a receipt has a field of the wrong type"))
    try:
        if check_signature:
            crypto_sign_open(signature + RECEIPT_CONTEXT + payload, fields["d"])
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "a receipt's signature does not match its PC")
        ) from None
    return Receipt(
        raw=raw,
        group=GroupId(fields["g"].hex()),
        device=DeviceId(fields["d"].hex()),
        person=PersonId(fields["a"].hex()),
        time=fields["t"],
        count=fields["n"],
        changes=fields["h"],
        vv={writer_id(PersonId(a.hex()), DeviceId(d.hex())): s for a, d, s in rows},
    )


def witness_problem(receipt: Receipt, group: GroupId, membership: Membership) -> str | None:
    """Why a receipt cannot witness this group's state, or None: it must be of the group,
    from a PC linked to the person it names, a member of the group."""
    if receipt.group != group:
        return QT_TRANSLATE_NOOP("core", "the receipt is of another group")
    member = membership.members.get(receipt.person)
    if member is None or receipt.device not in member.devices:
        return QT_TRANSLATE_NOOP(
            "core", "the receipt's PC is not linked to the group for its person"
        )
    return None


def latest_per_device(receipts: Iterable[Receipt]) -> list[Receipt]:
    """One receipt per PC: its newest (by time, then by what it held)."""
    best: dict[DeviceId, Receipt] = {}
    for r in receipts:
        held = best.get(r.device)
        if held is None or (r.time, r.count, r.raw) > (held.time, held.count, held.raw):
            best[r.device] = r
    return [best[d] for d in sorted(best)]


@dataclass
class Witnessing:
    """What the receipts say about one state of a group."""

    pcs: int
    """The group's PCs: devices linked to its active members."""
    held_by: int
    """Of those, how many signed a receipt of this state or a later one."""
    latest: int | None
    """The time of the newest such receipt (Unix ms)."""
    missing: int = 0
    """Changes some receipt proves existed that this state lacks."""
    missing_seen_by: list[str] = field(default_factory=list)
    """The names of the people whose PCs had seen them."""

    def line(self) -> Words:
        """The line a funder reads, e.g. 'this state, or a later one, was held by 6 of the
        group's 8 PCs, the latest on 2026-10-12 14:02 UTC'."""
        if self.pcs == 1 and (not self.held_by or self.latest is None):
            return Words(
                QT_TRANSLATE_NOOP(
                    "core", "no receipt shows that the group's one PC held this state"
                )
            )
        if not self.held_by or self.latest is None:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core", "no receipt shows that any of the group's {pcs} PCs held this state"
                ),
                pcs=self.pcs,
            )
        when = dt.datetime.fromtimestamp(self.latest / 1000, dt.UTC)
        if self.pcs == 1:
            return Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "this state, or a later one, was held by the group's one PC, on {when} UTC",
                ),
                when=f"{when:%Y-%m-%d %H:%M}",
            )
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                "this state, or a later one, was held by {held} of the group's {pcs} PCs, "
                "the latest on {when} UTC",
            ),
            held=self.held_by,
            pcs=self.pcs,
            when=f"{when:%Y-%m-%d %H:%M}",
        )

    def missing_line(self) -> Words | None:
        if not self.missing:
            return None
        people = listing(self.missing_seen_by)
        if self.missing == 1:
            return Words(
                QT_TRANSLATE_NOOP("core", "a change that PCs of {people} had seen is missing"),
                people=people,
            )
        return Words(
            QT_TRANSLATE_NOOP("core", "{count} changes that PCs of {people} had seen are missing"),
            count=self.missing,
            people=people,
        )

    def plain(self) -> dict[str, object]:
        return {
            "pcs": self.pcs,
            "held_by": self.held_by,
            "latest": self.latest,
            "missing": self.missing,
            "missing_seen_by": self.missing_seen_by,
        }


def witnessing(
    receipts: Sequence[Receipt], vv: Mapping[WriterId, int], membership: Membership
) -> Witnessing:
    """Judge receipts (already checked with `witness_problem`) against a state's vv."""
    pcs = {d for m in membership.members.values() if m.status == Status.ACTIVE for d in m.devices}
    holding = [
        r for r in latest_per_device(receipts) if all(r.vv.get(w, 0) >= s for w, s in vv.items())
    ]
    counted = [r for r in holding if r.device in pcs]
    seen: dict[WriterId, int] = {}
    seen_by: set[str] = set()
    for r in receipts:
        ahead = {w: top for w, top in r.vv.items() if top > vv.get(w, 0)}
        if ahead:
            for w, top in ahead.items():
                seen[w] = max(seen.get(w, 0), top)
            member = membership.members.get(r.person)
            seen_by.add(member.name if member is not None else r.person[:8])
    # Counted per writer, not listed: a receipt may claim any number (bounded work).
    missing = sum(top - vv.get(w, 0) for w, top in seen.items())
    return Witnessing(
        pcs=len(pcs),
        held_by=len(counted),
        latest=max((r.time for r in counted), default=None),
        missing=missing,
        missing_seen_by=sorted(seen_by),
    )
