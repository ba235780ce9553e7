"""The signed bundle: every accepted change of a group plus a manifest of claimed totals.

File form (canonical CBOR, see docs/bundle-format.md):
`{"format": "lattice-bundle", "v": 1, "manifest": bstr, "sig": bstr, "changes": [bstr...]}`.
The manifest is itself canonical CBOR, signed by the exporting person with Ed25519 over
`MANIFEST_CONTEXT + manifest`. This module writes and parses bundles; `verify` judges them.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import nacl.exceptions
from nacl.signing import VerifyKey

from ledger.exports.period import Period
from ledger.exports.totals import bundle_totals
from ledger.savings.money import decimals
from ledger.store import codec
from ledger.store.change import decode_change
from ledger.store.errors import DecodeError, Refused, StoreError
from ledger.store.ids import ChangeId, GroupId, PersonId
from ledger.store.persons import Signer
from ledger.store.receipts import MAX_RECEIPTS
from ledger.store.store import Store
from ledger.store.transfer import MAGIC as CHANGES_MAGIC

log = logging.getLogger(__name__)

BUNDLE_FORMAT = "lattice-bundle"
BUNDLE_VERSION = 1
MANIFEST_CONTEXT = b"lattice/bundle/v1\x00"
MAX_BUNDLE_BYTES = 1 << 30
_FILE_KEYS = frozenset({"format", "v", "manifest", "sig", "changes"})
_OPTIONAL_KEYS = frozenset({"receipts"})
MANIFEST_KEYS = frozenset(
    {"group", "name", "signer", "created", "from", "to", "currency", "decimals",
     "count", "heads", "changes", "totals"}
)


@dataclass(frozen=True, slots=True)
class Bundle:
    """A parsed bundle whose structure is sound; nothing about it is trusted yet."""

    manifest_bytes: bytes
    signature: bytes
    manifest: dict[str, Any]
    changes: tuple[bytes, ...]
    receipts: tuple[bytes, ...] = ()
    """Signed receipts of the group's PCs (witnessed states); not covered by `sig`."""

    @property
    def group(self) -> GroupId:
        return GroupId(self.manifest["group"].hex())

    @property
    def signer(self) -> PersonId:
        return PersonId(self.manifest["signer"].hex())

    @property
    def period(self) -> Period:
        return Period.parse(self.manifest["from"], self.manifest["to"])

    def signature_ok(self) -> bool:
        try:
            VerifyKey(self.manifest["signer"]).verify(
                MANIFEST_CONTEXT + self.manifest_bytes, self.signature
            )
        except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
            return False
        return True


def change_set_facts(changes: Sequence[bytes]) -> tuple[list[bytes], bytes]:
    """The heads (changes no other change here follows) and the hash of the sorted ids.

    Both are over 32-byte binary ids; the hash is SHA-256 of the sorted ids concatenated.
    """
    ids: list[bytes] = []
    followed: set[bytes] = set()
    for raw in changes:
        change = decode_change(raw, verify=False)
        ids.append(bytes.fromhex(change.id))
        followed.update(bytes.fromhex(p) for p in change.parents)
    heads = sorted(set(ids) - followed)
    return heads, hashlib.sha256(b"".join(sorted(ids))).digest()


def build_bundle(
    store: Store, group: GroupId, signer: Signer, period: Period, *, now_ms: int | None = None
) -> bytes:
    """Sign a manifest over the group's changes as this store holds them now.

    This PC first signs its own receipt of the state it exports (when it is linked to the
    group), so the bundle carries it beside the receipts of the other PCs."""
    state = store.state(group)
    if not state.membership.is_active(signer.person):
        raise Refused(
            f"{signer.name} is not an active member of {state.name}: they cannot vouch for it"
        )
    try:
        store.sign_receipt(group)
    except StoreError as exc:  # e.g. a full disk: the bundle is still worth writing
        log.warning("could not sign this PC's receipt before exporting: %s", exc)
    changes = store.raw_changes(group)
    # The state read above may be older than the log read just now; read it again so the
    # claimed totals come from exactly these changes.
    state = store.state(group)
    if state.applied != len(changes):
        raise Refused("the group changed while exporting; try again")
    heads, ids_hash = change_set_facts(changes)
    start, end = period.iso()
    currency = state.settings.currency
    manifest = {
        "group": bytes.fromhex(group),
        "name": state.name,
        "signer": bytes.fromhex(signer.person),
        "created": int(time.time() * 1000) if now_ms is None else now_ms,
        "from": start,
        "to": end,
        "currency": currency,
        "decimals": decimals(currency),
        "count": len(changes),
        "heads": heads,
        "changes": ids_hash,
        "totals": bundle_totals(state, period),
    }
    manifest_bytes = codec.encode(manifest)
    signature = signer.sign(MANIFEST_CONTEXT + manifest_bytes)
    log.info("bundle of %d changes for group %s signed by %s", len(changes), group[:8], signer.name)
    return codec.encode(
        {
            "format": BUNDLE_FORMAT,
            "v": BUNDLE_VERSION,
            "manifest": manifest_bytes,
            "sig": signature,
            "changes": list(changes),
            "receipts": store.receipts(group)[:MAX_RECEIPTS],
        }
    )


def _is_key(value: Any) -> bool:
    return type(value) is bytes and len(value) == 32


def _is_count(value: Any) -> bool:
    """A CBOR unsigned integer: not a bool (Python's `True == 1`), not negative."""
    return type(value) is int and 0 <= value < 2**63


def _check_manifest(m: Any) -> dict[str, Any]:
    if type(m) is not dict:
        raise DecodeError("the manifest is not a map")
    if set(m) != MANIFEST_KEYS:
        unknown = sorted(map(str, set(m) - MANIFEST_KEYS))
        missing = sorted(MANIFEST_KEYS - set(m))
        raise DecodeError(
            f"the manifest's fields are wrong (unknown: {unknown}, missing: {missing})"
        )
    wrong = [
        name
        for name, ok in (
            ("group", _is_key(m["group"])),
            ("signer", _is_key(m["signer"])),
            ("name", type(m["name"]) is str),
            ("created", _is_count(m["created"])),
            ("from", m["from"] is None or type(m["from"]) is str),
            ("to", m["to"] is None or type(m["to"]) is str),
            ("currency", type(m["currency"]) is str),
            ("decimals", _is_count(m["decimals"])),
            ("count", _is_count(m["count"])),
            ("heads", type(m["heads"]) is list and all(_is_key(h) for h in m["heads"])),
            ("changes", _is_key(m["changes"])),
            ("totals", type(m["totals"]) is dict),
        )
        if not ok
    ]
    if wrong:
        raise DecodeError(f"the manifest's {', '.join(wrong)} has the wrong type or range")
    return m


def parse_bundle(data: bytes) -> Bundle:
    """Strictly decode a bundle's structure; raise DecodeError naming what is wrong."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise DecodeError(f"the file is larger than {MAX_BUNDLE_BYTES} bytes")
    if data.startswith(CHANGES_MAGIC):
        raise DecodeError(
            "not a Lattice bundle: this is a changes file (for 'lattice changes import'); a "
            "bundle to verify is made with 'lattice export --format bundle'"
        )
    try:
        outer = codec.decode_canonical(data)
    except DecodeError as exc:
        # A funder handed the PDF or the spreadsheet instead should read why at once.
        raise DecodeError(f"not a Lattice bundle: {exc}") from None
    if not isinstance(outer, dict) or not _FILE_KEYS <= set(outer) <= _FILE_KEYS | _OPTIONAL_KEYS:
        raise DecodeError("not a Lattice bundle (its top-level fields are wrong)")
    if (
        type(outer["format"]) is not str
        or outer["format"] != BUNDLE_FORMAT
        or type(outer["v"]) is not int
        or outer["v"] != BUNDLE_VERSION
    ):
        raise DecodeError(f"unknown bundle format {outer['format']!r} version {outer['v']!r}")
    manifest_bytes, sig, changes = outer["manifest"], outer["sig"], outer["changes"]
    if type(manifest_bytes) is not bytes or type(sig) is not bytes or len(sig) != 64:
        raise DecodeError("the manifest or its signature is malformed")
    if type(changes) is not list or not all(type(c) is bytes for c in changes):
        raise DecodeError("the changes must be a list of byte strings")
    manifest = _check_manifest(codec.decode_canonical(manifest_bytes))
    try:
        Period.parse(manifest["from"], manifest["to"])
    except Refused as exc:
        raise DecodeError(f"the manifest's date range is malformed: {exc}") from None
    receipts = outer.get("receipts", [])
    if type(receipts) is not list or len(receipts) > MAX_RECEIPTS:
        raise DecodeError(f"the receipts must be a list of at most {MAX_RECEIPTS}")
    if not all(type(r) is bytes for r in receipts):
        raise DecodeError("the receipts must be byte strings")
    return Bundle(manifest_bytes, sig, manifest, tuple(changes), tuple(receipts))


def change_ids(changes: Sequence[bytes]) -> list[ChangeId]:
    return [decode_change(raw, verify=False).id for raw in changes]
