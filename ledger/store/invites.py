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

from ledger.store.errors import LatticeError
from ledger.store.words import QT_TRANSLATE_NOOP

SECRET_BYTES = 10
JOIN_CONTEXT = b"lattice/join/v1\x00"
_PREFIX = "LAT"


@dataclass(frozen=True, slots=True)
class InviteCode:
    secret: bytes
    address: str | None = None
    """Optional network address of a member's PC, for networks without multicast."""

    @classmethod
    def new(cls, address: str | None = None) -> InviteCode:
        return cls(secrets.token_bytes(SECRET_BYTES), address)

    @property
    def signing_key(self) -> SigningKey:
        return SigningKey(
            hashlib.blake2b(self.secret, digest_size=32, person=b"lattice-invite").digest()
        )

    @property
    def public_key(self) -> bytes:
        return self.signing_key.verify_key.encode()

    def text(self) -> str:
        """`LAT-ABCD-EFGH-IJKL-MNOP`, plus `@address` when one is carried."""
        letters = base64.b32encode(self.secret).decode("ascii")
        code = "-".join([_PREFIX, *(letters[i : i + 4] for i in range(0, len(letters), 4))])
        return f"{code}@{self.address}" if self.address else code

    @classmethod
    def parse(cls, text: str) -> InviteCode:
        code, _, address = text.strip().partition("@")
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
        return cls(secret, address.strip() or None)

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
