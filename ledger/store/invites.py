"""Invite codes: a short secret a person can read aloud, from which the invite key derives.

The group stores only the invite's public key; whoever holds the code can prove it
by signing with the derived key (to join, and to ask a peer for the group's data).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass

from nacl.signing import SigningKey, VerifyKey

from ledger.store.errors import DecodeError, LatticeError
from ledger.store.relays import MAX_ADDRESS_CHARS, MAX_RELAYS, relay_address
from ledger.store.words import QT_TRANSLATE_NOOP

SECRET_BYTES = 10
JOIN_CONTEXT = b"lattice/join/v1\x00"
_PREFIX = "LAT"


@dataclass(frozen=True, slots=True)
class InviteCode:
    secret: bytes
    address: str | None = None
    """Optional network address of a member's PC, for networks without multicast (with
    relays it may be `/p2p/<peer id>` alone: the PC to reach through them)."""
    relays: tuple[str, ...] = ()
    """The group's relays (`ledger.store.relays`), so a PC joining from another town can reach
    the PC at `address` through one of them. Only carried with an address."""

    @classmethod
    def new(cls, address: str | None = None, relays: tuple[str, ...] = ()) -> InviteCode:
        return cls(secrets.token_bytes(SECRET_BYTES), address, relays if address else ())

    @property
    def signing_key(self) -> SigningKey:
        return SigningKey(
            hashlib.blake2b(self.secret, digest_size=32, person=b"lattice-invite").digest()
        )

    @property
    def public_key(self) -> bytes:
        return self.signing_key.verify_key.encode()

    def text(self) -> str:
        """`LAT-ABCD-EFGH-IJKL-MNOP`, plus `@address` when one is carried, then
        `,relay` for each relay (a multiaddr has no commas)."""
        letters = base64.b32encode(self.secret).decode("ascii")
        code = "-".join([_PREFIX, *(letters[i : i + 4] for i in range(0, len(letters), 4))])
        if not self.address:
            return code
        return ",".join([f"{code}@{self.address}", *self.relays])

    @classmethod
    def parse(cls, text: str) -> InviteCode:
        """Codes with an address and relays, with an address only (before relays), or
        letters only, all parse; a damaged part is refused in words."""
        code, _, where = text.strip().partition("@")
        address, *relays = (part.strip() for part in where.split(","))
        letters = code.upper().replace(" ", "").replace("-", "")
        if letters.startswith(_PREFIX):
            letters = letters[len(_PREFIX) :]
        # People read 0/O and 1/I aloud alike; base32 has only O and I.
        letters = letters.replace("0", "O").replace("1", "I")
        try:
            secret = base64.b32decode(letters)
        except (ValueError, binascii.Error):
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "this invite code is not valid: check the letters")
            ) from None
        if len(secret) != SECRET_BYTES:
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "this invite code is too short or too long")
            )
        if len(relays) > MAX_RELAYS or len(where) > (MAX_RELAYS + 1) * MAX_ADDRESS_CHARS:
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "this invite code carries more than {count} relays"),
                count=MAX_RELAYS,
            )
        try:
            checked = tuple(dict.fromkeys(relay_address(r) for r in relays if r))
        except DecodeError as exc:
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "this invite code carries a bad relay: {reason}"),
                reason=exc.words,
            ) from None
        return cls(secret, address or None, checked if address else ())

    def join_proof(self, group: str, person: str) -> bytes:
        message = JOIN_CONTEXT + bytes.fromhex(group) + bytes.fromhex(person)
        return self.signing_key.sign(message).signature


def check_join_proof(invite_key: bytes, group: str, person: str, proof: bytes) -> bool:
    message = JOIN_CONTEXT + bytes.fromhex(group) + bytes.fromhex(person)
    try:
        VerifyKey(invite_key).verify(message, proof)
    except Exception:
        return False
    return True
