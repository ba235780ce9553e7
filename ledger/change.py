"""The signed change: the unit of replication and of trust.

Wire form: canonical CBOR `[payload, signature]`, where the payload is the canonical
CBOR map below and the signature is the author's Ed25519 signature over
`SIGNING_CONTEXT + payload`. A change's id is the SHA-256 of its wire bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import nacl.exceptions
from nacl.signing import VerifyKey

from ledger import codec
from ledger.errors import DecodeError
from ledger.ids import ChangeId, DeviceId, GroupId, PersonId, WriterId, writer_id
from ledger.persons import Signer

FORMAT_VERSION = 1
MAX_CHANGE_BYTES = 256 * 1024
MAX_DEPS = 64
SIGNING_CONTEXT = b"lattice/change/v1\x00"
GENESIS_KIND = "group.create"
_PAYLOAD_KEYS = frozenset({"v", "g", "a", "d", "s", "p", "deps", "t", "k", "b"})


@dataclass(frozen=True, slots=True)
class Change:
    id: ChangeId
    raw: bytes
    group: GroupId
    author: PersonId
    device: DeviceId
    seq: int
    prev: ChangeId | None
    deps: tuple[ChangeId, ...]
    clock: int
    kind: str
    body: dict[str, Any]

    @property
    def writer(self) -> WriterId:
        return writer_id(self.author, self.device)

    @property
    def is_genesis(self) -> bool:
        return self.kind == GENESIS_KIND

    def parents(self) -> tuple[ChangeId, ...]:
        """Everything this change causally follows: its deps and its writer's previous change."""
        if self.prev is None or self.prev in self.deps:
            return self.deps
        return (*self.deps, self.prev)


def change_id(raw: bytes) -> ChangeId:
    return ChangeId(hashlib.sha256(raw).hexdigest())


def sign_change(
    signer: Signer,
    *,
    group: GroupId | None,
    device: DeviceId,
    seq: int,
    prev: ChangeId | None,
    deps: tuple[ChangeId, ...],
    clock: int,
    kind: str,
    body: dict[str, Any],
) -> Change:
    """Encode and sign; the result decodes back to an equal change."""
    payload = codec.encode(
        {
            "v": FORMAT_VERSION,
            "g": bytes.fromhex(group) if group is not None else None,
            "a": bytes.fromhex(signer.person),
            "d": bytes.fromhex(device),
            "s": seq,
            "p": bytes.fromhex(prev) if prev is not None else None,
            "deps": sorted(bytes.fromhex(d) for d in set(deps)),
            "t": clock,
            "k": kind,
            "b": body,
        }
    )
    raw = codec.encode([payload, signer.sign(SIGNING_CONTEXT + payload)])
    if len(raw) > MAX_CHANGE_BYTES:
        raise DecodeError(f"change is {len(raw)} bytes; the limit is {MAX_CHANGE_BYTES}")
    return decode_change(raw)


def _key32(value: Any, what: str) -> str:
    if not isinstance(value, bytes) or len(value) != 32:
        raise DecodeError(f"{what} must be 32 bytes")
    return value.hex()


def decode_change(raw: bytes, *, verify: bool = True) -> Change:
    """Strictly decode a change and check its signature; raise DecodeError naming the fault."""
    if not isinstance(raw, bytes):
        raise DecodeError("a change must be bytes")
    if len(raw) > MAX_CHANGE_BYTES:
        raise DecodeError(f"change is {len(raw)} bytes; the limit is {MAX_CHANGE_BYTES}")
    outer = codec.decode_canonical(raw)
    if (
        not isinstance(outer, list)
        or len(outer) != 2
        or not isinstance(outer[0], bytes)
        or not isinstance(outer[1], bytes)
    ):
        raise DecodeError("not a signed change (expected [payload, signature])")
    payload, signature = outer
    fields = codec.decode_canonical(payload)
    if not isinstance(fields, dict):
        raise DecodeError("change payload is not a map")
    if fields.get("v") != FORMAT_VERSION:
        raise DecodeError(f"unknown change format version {fields.get('v')!r}")
    if set(fields) != _PAYLOAD_KEYS:
        extra = sorted(map(str, set(fields) - _PAYLOAD_KEYS))
        missing = sorted(_PAYLOAD_KEYS - set(fields))
        raise DecodeError(f"change fields are wrong (unknown: {extra}, missing: {missing})")
    author = PersonId(_key32(fields["a"], "author"))
    device = DeviceId(_key32(fields["d"], "device"))
    seq, clock, kind, body = fields["s"], fields["t"], fields["k"], fields["b"]
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq < 2**63:
        raise DecodeError("sequence number must be a positive integer")
    if not isinstance(clock, int) or isinstance(clock, bool) or not 0 <= clock < 2**63:
        raise DecodeError("clock must be a non-negative integer")
    if not isinstance(kind, str) or not kind:
        raise DecodeError("kind must be a text")
    if not isinstance(body, dict) or not all(isinstance(k, str) for k in body):
        raise DecodeError("body must be a map with text keys")
    prev = None if fields["p"] is None else ChangeId(_key32(fields["p"], "previous change"))
    if (seq == 1) != (prev is None):
        raise DecodeError("only a writer's first change (sequence 1) has no previous change")
    deps_raw = fields["deps"]
    if not isinstance(deps_raw, list) or len(deps_raw) > MAX_DEPS:
        raise DecodeError(f"dependencies must be a list of at most {MAX_DEPS}")
    deps = tuple(ChangeId(_key32(d, "dependency")) for d in deps_raw)
    if list(deps_raw) != sorted(set(deps_raw)):
        raise DecodeError("dependencies must be sorted and unique")
    this_id = change_id(raw)
    if fields["g"] is None:
        if kind != GENESIS_KIND or seq != 1 or deps:
            raise DecodeError("only a group's genesis has no group, and it depends on nothing")
        group = GroupId(this_id)
    else:
        if kind == GENESIS_KIND:
            raise DecodeError("a genesis change names no group")
        group = GroupId(_key32(fields["g"], "group"))
    if verify:
        try:
            VerifyKey(bytes.fromhex(author)).verify(SIGNING_CONTEXT + payload, signature)
        except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
            raise DecodeError("signature does not match the author") from None
    return Change(
        id=this_id,
        raw=raw,
        group=group,
        author=author,
        device=device,
        seq=seq,
        prev=prev,
        deps=deps,
        clock=clock,
        kind=kind,
        body=body,
    )
