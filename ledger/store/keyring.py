"""The persons whose sealed keys live in this data folder (a shared PC holds many)."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from ledger.store import persons
from ledger.store.errors import DecodeError, LatticeError, NotFound
from ledger.store.ids import PersonId
from ledger.store.persons import DamagedBackup, SealedKey, Signer
from ledger.store.words import QT_TRANSLATE_NOOP


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

    def keep(self, sealed: SealedKey) -> None:
        """Store a key sealed elsewhere in the core (a member added without a PC)."""
        self._save(sealed)

    def _save(self, sealed: SealedKey) -> None:
        try:
            self._db.execute(
                "INSERT INTO person_key(person, name, sealed, created) VALUES (?,?,?,?)",
                (sealed.person, sealed.name, sealed.to_bytes(), int(time.time())),
            )
        except sqlite3.IntegrityError:
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "{name} ({person}) is already on this PC"),
                name=sealed.name,
                person=sealed.person[:8],
            ) from None

    def find(self, ref: str) -> PersonInfo:
        """A person by id, id prefix or unique name."""
        ref = ref.strip()
        everyone = self.list()
        exact = [p for p in everyone if p.id == ref.lower() or p.name == ref]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "more than one person is called {ref}: use their id"),
                ref=ref,
            )
        prefixed = [p for p in everyone if len(ref) >= 4 and p.id.startswith(ref.lower())]
        if len(prefixed) == 1:
            return prefixed[0]
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "no person '{ref}' on this PC (see 'lattice person list')"),
            ref=ref,
        )

    def sealed(self, person: PersonId) -> SealedKey:
        row = self._db.execute("SELECT sealed FROM person_key WHERE person=?", (person,)).fetchone()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("core", "no person {person} on this PC"), person=person[:8]
            )
        try:
            return SealedKey.from_bytes(row[0])
        except DecodeError as exc:
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "the stored key of {person} is damaged ({why})"),
                person=person[:8],
                why=exc.words,
            ) from None

    def unlock(self, ref: str, passphrase: str) -> Signer:
        return persons.unlock(self.sealed(self.find(ref).id), passphrase)

    def export_backup(self, ref: str, passphrase: str, target: Path) -> PersonInfo:
        """Write an encrypted backup; the passphrase is checked first so it can be restored."""
        info = self.find(ref)
        # Sealed afresh, so a key stored in the older form leaves as a fully checked backup.
        sealed = persons.resealed(self.sealed(info.id), passphrase)
        target.write_bytes(sealed.to_bytes())
        return info

    def import_backup(self, source: Path, passphrase: str) -> PersonInfo:
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "cannot read {path}: {why}"),
                path=source,
                why=exc.strerror,
            ) from None
        try:
            sealed = SealedKey.from_bytes(data)
        except DamagedBackup as exc:
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "{path} is damaged and cannot be restored ({why})"),
                path=source,
                why=exc.words,
            ) from None
        except DecodeError as exc:
            raise LatticeError(
                QT_TRANSLATE_NOOP("core", "{path} is not a person backup ({why})"),
                path=source,
                why=exc.words,
            ) from None
        persons.unlock(sealed, passphrase)
        self._save(sealed)
        return PersonInfo(sealed.person, sealed.name)
