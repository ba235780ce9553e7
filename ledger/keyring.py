"""The persons whose sealed keys live in this data folder (a shared PC holds many)."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from ledger import persons
from ledger.errors import DecodeError, LatticeError, NotFound
from ledger.ids import PersonId
from ledger.persons import SealedKey, Signer


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: PersonId
    name: str


class Keyring:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def list(self) -> list[PersonInfo]:
        rows = self._db.execute("SELECT person, name FROM person_key ORDER BY name").fetchall()
        return [PersonInfo(PersonId(r[0]), r[1]) for r in rows]

    def create(self, name: str, passphrase: str) -> Signer:
        sealed, signer = persons.create_person(name, passphrase)
        self._save(sealed)
        return signer

    def _save(self, sealed: SealedKey) -> None:
        try:
            self._db.execute(
                "INSERT INTO person_key(person, name, sealed, created) VALUES (?,?,?,?)",
                (sealed.person, sealed.name, sealed.to_bytes(), int(time.time())),
            )
        except sqlite3.IntegrityError:
            raise LatticeError(
                f"{sealed.name} ({sealed.person[:8]}) is already on this PC"
            ) from None

    def find(self, ref: str) -> PersonInfo:
        """A person by id, id prefix or unique name."""
        ref = ref.strip()
        everyone = self.list()
        exact = [p for p in everyone if p.id == ref.lower() or p.name == ref]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise LatticeError(f"more than one person is called {ref}: use their id")
        prefixed = [p for p in everyone if len(ref) >= 4 and p.id.startswith(ref.lower())]
        if len(prefixed) == 1:
            return prefixed[0]
        raise NotFound(f"no person '{ref}' on this PC (see 'lattice person list')")

    def sealed(self, person: PersonId) -> SealedKey:
        row = self._db.execute("SELECT sealed FROM person_key WHERE person=?", (person,)).fetchone()
        if row is None:
            raise NotFound(f"no person {person[:8]} on this PC")
        try:
            return SealedKey.from_bytes(row[0])
        except DecodeError as exc:
            raise LatticeError(f"the stored key of {person[:8]} is damaged ({exc})") from None

    def unlock(self, ref: str, passphrase: str) -> Signer:
        return persons.unlock(self.sealed(self.find(ref).id), passphrase)

    def export_backup(self, ref: str, passphrase: str, target: Path) -> PersonInfo:
        """Write an encrypted backup; the passphrase is checked first so it can be restored."""
        info = self.find(ref)
        sealed = self.sealed(info.id)
        persons.unlock(sealed, passphrase)
        target.write_bytes(sealed.to_bytes())
        return info

    def import_backup(self, source: Path, passphrase: str) -> PersonInfo:
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise LatticeError(f"cannot read {source}: {exc.strerror}") from None
        try:
            sealed = SealedKey.from_bytes(data)
        except DecodeError as exc:
            raise LatticeError(f"{source} is not a person backup ({exc})") from None
        persons.unlock(sealed, passphrase)
        self._save(sealed)
        return PersonInfo(sealed.person, sealed.name)
