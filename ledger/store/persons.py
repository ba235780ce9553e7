"""Persons' signing keys, sealed at rest with their passphrase (Argon2id + secretbox).

Reading the store needs no key; signing needs the person's passphrase. Many persons'
sealed keys live side by side on a shared community PC.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

import nacl.bindings
import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils
from nacl.signing import SigningKey

from ledger.store import codec
from ledger.store.errors import DecodeError, LatticeError, Refused, WrongPassphrase
from ledger.store.ids import PersonId
from ledger.store.words import QT_TRANSLATE_NOOP

BACKUP_FORMAT = "lattice-person-backup"
_KDF = nacl.pwhash.argon2id
OPSLIMIT = _KDF.OPSLIMIT_INTERACTIVE
MEMLIMIT = _KDF.MEMLIMIT_INTERACTIVE


_HEADER = ("format", "v", "person", "name", "salt", "ops", "mem")
_V1_KEYS = {*_HEADER, "box"}
_V2_KEYS = {*_HEADER, "box", "check"}
# Canonical CBOR of a backup: a map of 8 (v1) or 9 (v2) fields whose first key is "v".
_BACKUP_STARTS = (b"\xa8av", b"\xa9av")
_AEAD_NONCE = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES


class DamagedBackup(DecodeError):
    """A person backup whose bytes were changed or cut after it was written."""


@dataclass(frozen=True, slots=True)
class SealedKey:
    """A person's signing seed, encrypted under a key derived from their passphrase.

    Version 2 (written since this session) binds every field to the sealed seed: the
    header is the AEAD's associated data, so a renamed person or changed parameters do
    not open, and a BLAKE2b check over all the bytes tells damage apart from a wrong
    passphrase. Version 1 (a bare secretbox; its name was not protected) is still read.
    """

    person: PersonId
    name: str
    salt: bytes
    opslimit: int
    memlimit: int
    box: bytes
    version: int = 2

    def header(self) -> dict[str, object]:
        return {
            "format": BACKUP_FORMAT,
            "v": self.version,
            "person": bytes.fromhex(self.person),
            "name": self.name,
            "salt": self.salt,
            "ops": self.opslimit,
            "mem": self.memlimit,
        }

    def to_bytes(self) -> bytes:
        value = {**self.header(), "box": self.box}
        if self.version == 2:
            value["check"] = _check(value)
        return codec.encode(value)

    @classmethod
    def from_bytes(cls, data: bytes) -> SealedKey:
        try:
            value = codec.decode_canonical(data)
        except DecodeError:
            if data[:3] in _BACKUP_STARTS:
                raise DamagedBackup(
                    QT_TRANSLATE_NOOP("core", "the person backup is damaged (cut short or changed)")
                ) from None
            raise
        if not isinstance(value, dict) or set(value) not in (_V1_KEYS, _V2_KEYS):
            raise DecodeError(QT_TRANSLATE_NOOP("core", "not a Lattice person backup"))
        if value["format"] != BACKUP_FORMAT or value["v"] not in (1, 2):
            raise DecodeError(
                QT_TRANSLATE_NOOP("core", "a person backup of an unknown format or version")
            )
        if value["v"] == 2:
            check = value.pop("check", None)
            if not isinstance(check, bytes) or not nacl.bindings.sodium_memcmp(
                check, _check(value)
            ):
                raise DamagedBackup(
                    QT_TRANSLATE_NOOP(
                        "core", "the person backup is damaged: its integrity check fails"
                    )
                )
        elif set(value) != _V1_KEYS:
            raise DecodeError(QT_TRANSLATE_NOOP("core", "not a Lattice person backup"))
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
            version=value["v"],
        )


def _check(value: dict[str, object]) -> bytes:
    """The integrity check of a version-2 backup: BLAKE2b over every other field."""
    return hashlib.blake2b(codec.encode(value), digest_size=32, person=b"lattice-backup").digest()


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
    return seal(key, name, passphrase), Signer(name, key)


def seal(key: SigningKey, name: str, passphrase: str) -> SealedKey:
    """`key` sealed under `passphrase` in the current (version 2) form, a fresh salt."""
    salt = nacl.utils.random(_KDF.SALTBYTES)
    box_key = _box_key(passphrase, salt, OPSLIMIT, MEMLIMIT)
    unsealed = SealedKey(
        person=PersonId(key.verify_key.encode().hex()),
        name=name,
        salt=salt,
        opslimit=OPSLIMIT,
        memlimit=MEMLIMIT,
        box=b"",
    )
    nonce = nacl.utils.random(_AEAD_NONCE)
    sealed_seed = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(key), codec.encode(unsealed.header()), nonce, box_key
    )
    return replace(unsealed, box=nonce + sealed_seed)


def unlock(sealed: SealedKey, passphrase: str) -> Signer:
    return Signer(sealed.name, _open(sealed, passphrase))


def resealed(sealed: SealedKey, passphrase: str) -> SealedKey:
    """`sealed` opened with `passphrase` and sealed again in the current form."""
    return seal(_open(sealed, passphrase), sealed.name, passphrase)


def _open(sealed: SealedKey, passphrase: str) -> SigningKey:
    box_key = _box_key(passphrase, sealed.salt, sealed.opslimit, sealed.memlimit)
    try:
        if sealed.version == 1:
            seed = nacl.secret.SecretBox(box_key).decrypt(sealed.box)
        else:
            seed = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
                sealed.box[_AEAD_NONCE:],
                codec.encode(sealed.header()),
                sealed.box[:_AEAD_NONCE],
                box_key,
            )
    except (nacl.exceptions.CryptoError, ValueError):
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("core", "wrong passphrase for {name}"), name=sealed.name
        ) from None
    key = SigningKey(seed)
    if key.verify_key.encode().hex() != sealed.person:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("core", "the sealed key of {name} does not match their id"),
            name=sealed.name,
        )
    return key


def person_bytes(person: PersonId | str) -> bytes:
    """The 32 key bytes a person id names, or a refusal in words (typed by a person)."""
    try:
        raw = bytes.fromhex(person)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise Refused(
            QT_TRANSLATE_NOOP("core", "'{person}' is not a person id (64 hex digits)"),
            person=person,
        )
    return raw
