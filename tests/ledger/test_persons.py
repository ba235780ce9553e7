from __future__ import annotations

from pathlib import Path

import pytest

from ledger.errors import LatticeError, NotFound, WrongPassphrase
from ledger.keyring import Keyring
from ledger.persons import SealedKey, create_person, unlock
from ledger.store import Store


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
