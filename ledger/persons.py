"""Persons' signing keys, sealed at rest with their passphrase (Argon2id + secretbox).

Reading the store needs no key; signing needs the person's passphrase. Many persons'
sealed keys live side by side on a shared community PC.
"""

from __future__ import annotations

from dataclasses import dataclass

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils
from nacl.signing import SigningKey

from ledger import codec
from ledger.errors import DecodeError, LatticeError, WrongPassphrase
from ledger.ids import PersonId
from ledger.words import QT_TRANSLATE_NOOP

BACKUP_FORMAT = "lattice-person-backup"
_KDF = nacl.pwhash.argon2id
OPSLIMIT = _KDF.OPSLIMIT_INTERACTIVE
MEMLIMIT = _KDF.MEMLIMIT_INTERACTIVE


@dataclass(frozen=True, slots=True)
class SealedKey:
    """A person's signing seed, encrypted under a key derived from their passphrase."""

    person: PersonId
    name: str
    salt: bytes
    opslimit: int
    memlimit: int
    box: bytes

    def to_bytes(self) -> bytes:
        return codec.encode(
            {
                "format": BACKUP_FORMAT,
                "v": 1,
                "person": bytes.fromhex(self.person),
                "name": self.name,
                "salt": self.salt,
                "ops": self.opslimit,
                "mem": self.memlimit,
                "box": self.box,
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> SealedKey:
        value = codec.decode_canonical(data)
        keys = {"format", "v", "person", "name", "salt", "ops", "mem", "box"}
        if not isinstance(value, dict) or set(value) != keys:
            raise DecodeError(QT_TRANSLATE_NOOP("core", "not a Lattice person backup"))
        if value["format"] != BACKUP_FORMAT or value["v"] != 1:
            raise DecodeError(
                QT_TRANSLATE_NOOP("core", "a person backup of an unknown format or version")
            )
        ok = (
            isinstance(value["person"], bytes)
            and len(value["person"]) == 32
            and isinstance(value["name"], str)
            and isinstance(value["salt"], bytes)
            and len(value["salt"]) == _KDF.SALTBYTES
            and isinstance(value["ops"], int)
            and isinstance(value["mem"], int)
            and _KDF.OPSLIMIT_MIN <= value["ops"] <= _KDF.OPSLIMIT_SENSITIVE
            and _KDF.MEMLIMIT_MIN <= value["mem"] <= _KDF.MEMLIMIT_SENSITIVE
            and isinstance(value["box"], bytes)
        )
        if not ok:
            raise DecodeError(QT_TRANSLATE_NOOP("core", "a person backup with malformed fields"))
        return cls(
            person=PersonId(value["person"].hex()),
            name=value["name"],
            salt=value["salt"],
            opslimit=value["ops"],
            memlimit=value["mem"],
            box=value["box"],
        )


class Signer:
    """An unlocked person: the only object that can sign on their behalf."""

    def __init__(self, name: str, key: SigningKey) -> None:
        self.name = name
        self._key = key
        self.person = PersonId(key.verify_key.encode().hex())

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message).signature


def _box_key(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    if not passphrase:
        raise LatticeError(QT_TRANSLATE_NOOP("core", "a passphrase or PIN is needed"))
    return _KDF.kdf(
        nacl.secret.SecretBox.KEY_SIZE,
        passphrase.encode("utf-8"),
        salt,
        opslimit=opslimit,
        memlimit=memlimit,
    )


def create_person(name: str, passphrase: str) -> tuple[SealedKey, Signer]:
    """A new person with a fresh key, sealed under `passphrase`."""
    name = name.strip()
    if not name:
        raise LatticeError(QT_TRANSLATE_NOOP("core", "a person needs a name"))
    key = SigningKey.generate()
    salt = nacl.utils.random(_KDF.SALTBYTES)
    box = nacl.secret.SecretBox(_box_key(passphrase, salt, OPSLIMIT, MEMLIMIT))
    sealed = SealedKey(
        person=PersonId(key.verify_key.encode().hex()),
        name=name,
        salt=salt,
        opslimit=OPSLIMIT,
        memlimit=MEMLIMIT,
        box=bytes(box.encrypt(bytes(key))),
    )
    return sealed, Signer(name, key)


def unlock(sealed: SealedKey, passphrase: str) -> Signer:
    box = nacl.secret.SecretBox(_box_key(passphrase, sealed.salt, sealed.opslimit, sealed.memlimit))
    try:
        seed = box.decrypt(sealed.box)
    except nacl.exceptions.CryptoError:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("core", "wrong passphrase for {name}"), name=sealed.name
        ) from None
    key = SigningKey(seed)
    if key.verify_key.encode().hex() != sealed.person:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("core", "the sealed key of {name} does not match their id"),
            name=sealed.name,
        )
    return Signer(sealed.name, key)
