from __future__ import annotations

import hashlib
from pathlib import Path

import cbor2
import nacl.pwhash
import nacl.secret
import nacl.utils
import pytest
from nacl.signing import SigningKey

from ledger.store import codec, persons
from ledger.store.errors import LatticeError, NotFound, WrongPassphrase
from ledger.store.ids import PersonId
from ledger.store.keyring import Keyring
from ledger.store.persons import SealedKey, create_person, unlock
from ledger.store.store import Store


def test_sealed_key_opens_only_with_its_passphrase() -> None:
    sealed, signer = create_person("Amina", "correct horse")
    assert unlock(sealed, "correct horse").person == signer.person
    with pytest.raises(WrongPassphrase, match="wrong passphrase for Amina"):
        unlock(sealed, "wrong")


def test_empty_passphrase_is_refused() -> None:
    with pytest.raises(LatticeError, match="passphrase"):
        create_person("Amina", "")


def test_many_persons_share_one_folder_and_reading_needs_no_unlock(store: Store) -> None:
    ring = Keyring(store.db)
    a = ring.create("Amina", "1234")
    b = ring.create("Bosco", "5678")
    assert {p.name for p in ring.list()} == {"Amina", "Bosco"}
    assert ring.find("Bosco").id == b.person
    assert ring.find(a.person[:10]).id == a.person
    with pytest.raises(NotFound):
        ring.find("Nobody")
    with pytest.raises(WrongPassphrase):
        ring.unlock("Amina", "5678")


def test_backup_restores_on_another_pc(store: Store, tmp_path: Path) -> None:
    ring = Keyring(store.db)
    a = ring.create("Amina", "1234")
    backup = tmp_path / "amina.key"
    with pytest.raises(WrongPassphrase):
        ring.export_backup("Amina", "nope", backup)
    assert not backup.exists()
    ring.export_backup("Amina", "1234", backup)
    other = Store.open(tmp_path / "other-pc")
    other_ring = Keyring(other.db)
    with pytest.raises(WrongPassphrase):
        other_ring.import_backup(backup, "bad")
    assert other_ring.list() == []
    info = other_ring.import_backup(backup, "1234")
    assert info.id == a.person
    assert other_ring.unlock("Amina", "1234").person == a.person
    with pytest.raises(LatticeError, match="already on this PC"):
        other_ring.import_backup(backup, "1234")
    other.close()


def test_damaged_backup_is_refused(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.key"
    bad.write_bytes(b"\xa1\x61x\x01")
    with pytest.raises(LatticeError, match="not a person backup"):
        Keyring(store.db).import_backup(bad, "1234")
    sealed, _ = create_person("Z", "1")
    data = bytearray(sealed.to_bytes())
    data[-3] ^= 0xFF
    bad.write_bytes(bytes(data))
    with pytest.raises(LatticeError):
        Keyring(store.db).import_backup(bad, "1")
    assert SealedKey.from_bytes(sealed.to_bytes()) == sealed


def _backup(store: Store, tmp_path: Path) -> Path:
    ring = Keyring(store.db)
    ring.create("Amina", "1234")
    backup = tmp_path / "amina.key"
    ring.export_backup("Amina", "1234", backup)
    return backup


def _fresh_ring(tmp_path: Path) -> tuple[Store, Keyring]:
    other = Store.open(tmp_path / "other-pc")
    return other, Keyring(other.db)


def test_renamed_backup_is_refused_as_damaged(store: Store, tmp_path: Path) -> None:
    backup = _backup(store, tmp_path)
    value = cbor2.loads(backup.read_bytes())
    value["name"] = "Mallory"
    backup.write_bytes(codec.encode(value))
    other, ring = _fresh_ring(tmp_path)
    with pytest.raises(LatticeError, match="damaged") as caught:
        ring.import_backup(backup, "1234")
    assert not isinstance(caught.value, WrongPassphrase)
    assert ring.list() == []
    other.close()


def test_renamed_backup_with_its_check_recomputed_does_not_open(
    store: Store, tmp_path: Path
) -> None:
    """The name is bound to the sealed seed itself, not only to the unkeyed check."""
    backup = _backup(store, tmp_path)
    value = cbor2.loads(backup.read_bytes())
    value["name"] = "Mallory"
    del value["check"]
    value["check"] = hashlib.blake2b(
        codec.encode(value), digest_size=32, person=b"lattice-backup"
    ).digest()
    backup.write_bytes(codec.encode(value))
    other, ring = _fresh_ring(tmp_path)
    with pytest.raises(WrongPassphrase):
        ring.import_backup(backup, "1234")
    assert ring.list() == []
    other.close()


@pytest.mark.parametrize("field", ["box", "salt", "person", "check"])
def test_byte_flipped_in_a_backup_says_damaged(store: Store, tmp_path: Path, field: str) -> None:
    backup = _backup(store, tmp_path)
    data = bytearray(backup.read_bytes())
    value = cbor2.loads(bytes(data))
    at = bytes(data).index(value[field]) + len(value[field]) // 2
    data[at] ^= 0x01
    backup.write_bytes(bytes(data))
    other, ring = _fresh_ring(tmp_path)
    with pytest.raises(LatticeError, match="damaged") as caught:
        ring.import_backup(backup, "1234")
    assert not isinstance(caught.value, WrongPassphrase)
    assert ring.list() == []
    other.close()


@pytest.mark.parametrize("keep", [0.3, 0.9, -1])
def test_truncated_backup_says_damaged(store: Store, tmp_path: Path, keep: float) -> None:
    backup = _backup(store, tmp_path)
    data = backup.read_bytes()
    backup.write_bytes(data[: int(len(data) * keep)] if keep > 0 else data[:-1])
    other, ring = _fresh_ring(tmp_path)
    with pytest.raises(LatticeError, match="damaged"):
        ring.import_backup(backup, "1234")
    assert ring.list() == []
    other.close()


def test_older_backups_still_restore_and_leave_in_the_checked_form(
    store: Store, tmp_path: Path
) -> None:
    """A version-1 backup (a bare secretbox) restores; exporting it again writes version 2."""
    key = SigningKey.generate()
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    box_key = nacl.pwhash.argon2id.kdf(
        32, b"1234", salt, opslimit=persons.OPSLIMIT, memlimit=persons.MEMLIMIT
    )
    old = SealedKey(
        person=PersonId(key.verify_key.encode().hex()),
        name="Old",
        salt=salt,
        opslimit=persons.OPSLIMIT,
        memlimit=persons.MEMLIMIT,
        box=bytes(nacl.secret.SecretBox(box_key).encrypt(bytes(key))),
        version=1,
    )
    (tmp_path / "old.key").write_bytes(old.to_bytes())
    ring = Keyring(store.db)
    assert ring.import_backup(tmp_path / "old.key", "1234").name == "Old"
    ring.export_backup("Old", "1234", tmp_path / "again.key")
    again = SealedKey.from_bytes((tmp_path / "again.key").read_bytes())
    assert again.version == 2
    assert unlock(again, "1234").person == old.person
