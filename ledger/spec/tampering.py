"""The invalid conformance vectors: tampered copies of a valid bundle, each breaking one
rule of docs/bundle-format.md (`forge` re-signs what it must, so only that rule breaks)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ledger.exports.bundle import MANIFEST_CONTEXT
from ledger.spec.vector_groups import CREATED, PEOPLE, Vector, person
from ledger.store import codec
from ledger.store.change import SIGNING_CONTEXT, sign_change
from ledger.store.ids import ChangeId, DeviceId, GroupId
from ledger.store.persons import Signer


def _parts(data: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    outer = codec.decode_canonical(data)
    return outer, codec.decode_canonical(outer["manifest"])


def _facts(changes: list[bytes]) -> tuple[list[bytes], bytes]:
    """Heads and id hash, read leniently: a forger's changes need not be valid."""
    ids = [hashlib.sha256(raw).digest() for raw in changes]
    followed: set[bytes] = set()
    for raw in changes:
        payload = codec.decode_one(codec.decode_one(raw)[0])
        followed.update(payload["deps"])
        if payload["p"] is not None:
            followed.add(payload["p"])
    return sorted(set(ids) - followed), hashlib.sha256(b"".join(sorted(ids))).digest()


def forge(data: bytes, *, changes: list[bytes] | None = None, by: Signer | None = None,
          outer: dict[str, Any] | None = None, **manifest: Any) -> bytes:
    """What a dishonest exporter could write: other changes or fields, a manifest naming
    exactly them, signed with a member's own key (Amina's unless `by`)."""
    top, m = _parts(data)
    if changes is not None:
        heads, ids_hash = _facts(changes)
        m.update(count=len(changes), heads=heads, changes=ids_hash)
        top["changes"] = changes
    m.update(manifest)
    if by is not None:
        m["signer"] = bytes.fromhex(by.person)
    top["manifest"] = codec.encode(m)
    top["sig"] = (by or PEOPLE["Amina"]).sign(MANIFEST_CONTEXT + top["manifest"])
    top.update(outer or {})
    return codec.encode(top)


def _author(raw: bytes) -> Signer:
    key = codec.decode_one(codec.decode_one(raw)[0])["a"]
    return next(p for p in PEOPLE.values() if bytes.fromhex(p.person) == key)


def _resign_change(raw: bytes, **payload_fields: Any) -> bytes:
    """The change with other payload fields, signed again by its own author."""
    outer = codec.decode_canonical(raw)
    payload = codec.decode_canonical(outer[0])
    payload.update(payload_fields)
    outer[0] = codec.encode(payload)
    outer[1] = _author(raw).sign(SIGNING_CONTEXT + outer[0])
    return codec.encode(outer)


def invalid(
    home: Path, base: bytes, other_group: list[bytes], other_receipts: list[bytes]
) -> list[Vector]:
    """Tampered copies of `base` (valid-pending-and-confirmed)."""
    top_receipts: list[bytes] = codec.decode_canonical(base)["receipts"]
    _, m = _parts(base)
    changes: list[bytes] = list(codec.decode_canonical(base)["changes"])
    kinds = [codec.decode_one(codec.decode_one(c)[0])["k"] for c in changes]
    signoffs = [i for i, k in enumerate(kinds) if k == "signoff"]
    entry_at = kinds.index("entry.add")
    totals = m["totals"]
    amina = PEOPLE["Amina"]

    def flip_manifest() -> bytes:
        top, _ = _parts(base)
        manifest = bytearray(top["manifest"])
        manifest[-1] ^= 1
        top["manifest"] = bytes(manifest)
        return codec.encode(top)

    def edit_amount(resign: bool) -> list[bytes]:
        outer = codec.decode_canonical(changes[entry_at])
        payload = codec.decode_canonical(outer[0])
        payload["b"]["amount"] += 100_000
        outer[0] = codec.encode(payload)
        if resign:
            outer[1] = amina.sign(SIGNING_CONTEXT + outer[0])
        return [*changes[:entry_at], codec.encode(outer), *changes[entry_at + 1 :]]

    def non_elder_signoff() -> list[bytes]:
        chiku = PEOPLE["Chiku"]
        pending = next(hashlib.sha256(c).digest() for c in changes
                       if codec.decode_one(codec.decode_one(c)[0])["b"].get("amount") == 20_000)
        heads, _ = _facts(changes)
        forged = sign_change(chiku, group=GroupId(m["group"].hex()),
                             device=DeviceId(hashlib.sha256(b"chiku pc").hexdigest()),
                             seq=1, prev=None, deps=tuple(ChangeId(h.hex()) for h in heads),
                             clock=CREATED, kind="signoff",
                             body={"entries": [pending]})
        return [*changes, forged.raw]

    def with_change(kind: str, body: dict[str, Any]) -> list[bytes]:
        last = codec.decode_one(codec.decode_one(changes[-1])[0])
        heads, _ = _facts(changes)
        forged = sign_change(_author(changes[-1]), group=GroupId(m["group"].hex()),
                             device=DeviceId(last["d"].hex()), seq=last["s"] + 1,
                             prev=ChangeId(hashlib.sha256(changes[-1]).hexdigest()),
                             deps=tuple(ChangeId(h.hex()) for h in heads), clock=CREATED,
                             kind=kind, body=body)
        return [*changes, forged.raw]

    def more(amount: int) -> dict[str, Any]:
        claimed: dict[str, Any] = json.loads(json.dumps(totals))
        claimed["confirmed"] += amount
        claimed["funds"][0]["confirmed"] += amount
        return claimed

    without_last_signoff = [c for i, c in enumerate(changes) if i != signoffs[-1]]
    cases: list[tuple[str, str, Callable[[], bytes], str, str]] = [
        ("invalid-not-cbor", "Not a CBOR value at all.",
         lambda: b"\x00not a bundle", "format", "not valid CBOR"),
        ("invalid-not-canonical", "A valid bundle with one byte appended.",
         lambda: base + b"\x00", "format", "not valid CBOR"),
        ("invalid-bool-version", 'The file\'s "v" is CBOR true, not the integer 1.',
         lambda: forge(base, outer={"v": True}), "format", "unknown bundle format"),
        ("invalid-negative-created", 'The manifest\'s "created" is -1 (re-signed).',
         lambda: forge(base, created=-1), "format", "the manifest's created has the wrong type"),
        ("invalid-bool-created", 'The manifest\'s "created" is true (re-signed).',
         lambda: forge(base, created=True), "format", "the manifest's created has the wrong type"),
        ("invalid-unknown-manifest-key", "The manifest has an extra field (re-signed).",
         lambda: forge(base, note="hi"), "format", "the manifest's fields are wrong"),
        ("invalid-manifest-altered", "One byte of the manifest changed after signing.",
         flip_manifest, "manifest signature", "altered after signing"),
        ("invalid-claimed-totals", "The manifest claims 1.00 more confirmed (re-signed).",
         lambda: forge(base, totals=more(100)), "totals", "totals.confirmed is claimed as"),
        ("invalid-group-facts", "The manifest names another currency (re-signed).",
         lambda: forge(base, currency="UGX", decimals=0), "group facts", "differ"),
        ("invalid-count-mismatch", "The manifest claims one change more than it holds "
         "(re-signed).", lambda: forge(base, count=len(changes) + 1), "change set",
         "not the"),
        ("invalid-amount-edited", "An entry's amount raised without its author's signature.",
         lambda: forge(base, changes=edit_amount(False)), "signatures, chains and authority",
         "signature does not match the author"),
        ("invalid-amount-resigned", "An entry's amount raised and re-signed by its recorder: "
         "the later changes follow the original, which is gone.",
         lambda: forge(base, changes=edit_amount(True)), "signatures, chains and authority",
         "which the bundle does not hold"),
        ("invalid-dropped-middle", "A sign-off that later changes follow was dropped "
         "(re-signed).", lambda: forge(base, changes=[c for i, c in enumerate(changes)
                                                         if i != signoffs[0]]),
         "signatures, chains and authority", "which the bundle does not hold"),
        ("invalid-dropped-newest-signoff", "The newest sign-off was dropped and the manifest "
         "re-signed: the claimed totals no longer match, and the exporting PC's receipt "
         "proves the sign-off existed.",
         lambda: forge(base, changes=without_last_signoff), "totals", "claimed as"),
        ("invalid-dropped-newest-signoff-and-receipts", "The newest sign-off and every "
         "receipt dropped, the manifest re-signed: the claimed totals no longer match.",
         lambda: forge(base, changes=without_last_signoff, outer={"receipts": []}), "totals",
         "claimed as"),
        ("invalid-receipt-altered", "A receipt's bytes changed: its PC's signature fails.",
         lambda: forge(base, outer={"receipts": [_altered(top_receipts[0])]}), "witnesses",
         "signature does not match its PC"),
        ("invalid-receipt-of-another-group", "A receipt of another group.",
         lambda: forge(base, outer={"receipts": other_receipts}), "witnesses",
         "of another group"),
        ("invalid-swapped", "Two changes swapped: a child before its parent.",
         lambda: forge(base, changes=[*changes[:3], changes[4], changes[3], *changes[5:]]),
         "signatures, chains and authority", "parents must be listed before their children"),
        ("invalid-reversed", "The change list reversed.",
         lambda: forge(base, changes=changes[::-1]), "signatures, chains and authority",
         "the first change must be the group's founding"),
        ("invalid-duplicate", "A change listed twice.",
         lambda: forge(base, changes=[*changes, changes[1]]),
         "signatures, chains and authority", "again (a duplicate)"),
        ("invalid-other-genesis", "Another group's genesis smuggled into the list.",
         lambda: forge(base, changes=[*changes, other_group[0]]),
         "signatures, chains and authority", "a second founding change"),
        ("invalid-other-group", "A change of another group smuggled into the list.",
         lambda: forge(base, changes=[*changes, other_group[-1]]),
         "signatures, chains and authority", "it belongs to another group"),
        ("invalid-bool-change-version", 'A change whose "v" is true, re-signed by its author.',
         lambda: forge(base, changes=[*changes[:-1], _resign_change(changes[-1], v=True)]),
         "signatures, chains and authority", "unknown change format version True"),
        ("invalid-non-elder-signoff", "A member (not an elder) signs the pending entry.",
         lambda: forge(base, changes=non_elder_signoff()),
         "signatures, chains and authority", "is not elder"),
        ("invalid-unknown-kind", "A change of a kind the format does not have.",
         lambda: forge(base, changes=with_change("entry.delete", {"entry": b"\x00" * 32})),
         "signatures, chains and authority", "unknown kind of change"),
        ("invalid-unknown-body-field", "A sign-off body with a field the format does not have.",
         lambda: forge(base, changes=with_change("signoff", {"entries": [b"\x00" * 32],
                                                             "extra": 1})),
         "signatures, chains and authority", "unknown fields in body"),
        ("invalid-outsider-exporter", "The manifest is signed by someone not in the group.",
         lambda: forge(base, by=person("Outsider")), "exporter", "not an active member"),
    ]
    out = [Vector(name, about, make(), False, failed=[check], reason=reason)
           for name, about, make, check, reason in cases]
    out[[v.name for v in out].index("invalid-dropped-newest-signoff")].failed.append("witnesses")
    return out


def _altered(receipt: bytes) -> bytes:
    payload, signature = codec.decode_canonical(receipt)
    fields = codec.decode_canonical(payload)
    fields["n"] += 1
    return codec.encode([codec.encode(fields), signature])
