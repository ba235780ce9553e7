"""The changes file: a group's signed changes on a USB stick.

Layout: the magic line `LATTICE-CHANGES 1\n`, then canonical CBOR
`{"changes": [bytes...]}`, then the 32-byte SHA-256 of everything before it.

A file is untrusted and may be huge, so it is streamed, never read whole: its size, its
count of changes and each change's size are checked against the limits below before
anything is read past them; a first pass checks its structure and checksum (any damage
refuses it as a whole, before anything is stored); a second pass ingests it in bounded
batches, each change still verified on its own, refusals kept as bounded evidence like
the network's (docs/store-rules.md).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ledger.store import codec
from ledger.store.change import MAX_CHANGE_BYTES
from ledger.store.errors import LatticeError
from ledger.store.events import IngestResult
from ledger.store.ids import GroupId
from ledger.store.store import Store
from ledger.store.words import QT_TRANSLATE_NOOP, Words

MAGIC = b"LATTICE-CHANGES 1\n"
MAX_FILE_BYTES = 1024**3
MAX_FILE_CHANGES = 500_000
"""Five times the history a group is planned for (100,000 changes)."""
MIN_CHANGE_BYTES = 128
"""No signed change is smaller (a signature alone is 64 bytes, two keys another 64)."""
BATCH_CHANGES = 1_000
BATCH_BYTES = 8 * 1024**2
SAMPLE_REASONS = 20
"""Refusals an import reports one by one; the rest are counted."""
_CHUNK = 1024**2
_HEADER = b"\xa1\x67changes"
"""A map of one entry, the text "changes" (canonical CBOR), before the list's header."""

TOO_LARGE = QT_TRANSLATE_NOOP("core", "{file} is larger than {limit} MiB; nothing was imported")
NOT_CHANGES = QT_TRANSLATE_NOOP("core", "{file} is not a Lattice changes file")
DAMAGED = QT_TRANSLATE_NOOP(
    "core", "{file} is damaged (its checksum does not match); nothing was imported"
)
MALFORMED = QT_TRANSLATE_NOOP(
    "core", "{file} does not hold a list of changes ({problem}); nothing was imported"
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "core", "{file} holds {count} changes, over the limit of {limit}; nothing was imported"
)
UNREADABLE = QT_TRANSLATE_NOOP("core", "cannot read {file}: {problem}")
AFTER_LIST = QT_TRANSLATE_NOOP("core", "data after the list")
NOT_BYTES = QT_TRANSLATE_NOOP("core", "an item is not bytes")
NO_LIST = QT_TRANSLATE_NOOP("core", "no list of changes")
NOT_CANONICAL = QT_TRANSLATE_NOOP("core", "not canonical CBOR")
ENDS_EARLY = QT_TRANSLATE_NOOP("core", "it ends too early")
ITEM_SIZE = QT_TRANSLATE_NOOP("core", "an item of {size} bytes cannot be a change")


def write_changes_file(path: Path, raws: list[bytes]) -> None:
    body = MAGIC + codec.encode({"changes": raws})
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(body + hashlib.sha256(body).digest())
    tmp.replace(path)


@dataclass
class ImportSummary:
    """What an import did: counts per outcome, and the first refusals with their reasons."""

    accepted: int = 0
    pending: int = 0
    duplicate: int = 0
    rejected: int = 0
    reasons: list[IngestResult] = field(default_factory=list)
    own_brought_back: dict[GroupId, int] = field(default_factory=dict)
    """Per group held after a restore: how many changes this PC's own writers wrote that
    the file brought back. They move the chain forward; they never lift the hold (a file
    cannot show that nothing later exists; docs/store-rules.md)."""

    def add(self, result: IngestResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        if result.status == "rejected" and len(self.reasons) < SAMPLE_REASONS:
            self.reasons.append(result)


def import_changes_file(store: Store, path: Path) -> ImportSummary:
    """Check a changes file whole, then ingest it in bounded batches.

    Raises `LatticeError` (nothing stored) when the file is too large, damaged or not a
    changes file. Each batch is durable once ingested.
    """
    count = check_changes_file(path)
    summary = ImportSummary()
    held = [g for g in store.held_groups() if g in store.group_ids()]
    before = {g: store.own_heads(g) for g in held}
    source = f"file {path.name}"
    batch: list[bytes] = []
    size = 0
    with _open(path) as f:
        for raw in _items(f, path, count):
            batch.append(raw)
            size += len(raw)
            if len(batch) >= BATCH_CHANGES or size >= BATCH_BYTES:
                for result in store.ingest_many(batch, source=source):
                    summary.add(result)
                batch, size = [], 0
    if batch:
        for result in store.ingest_many(batch, source=source):
            summary.add(result)
    for group, heads in before.items():
        now = store.own_heads(group)
        brought = sum(seq - heads.get(w, 0) for w, seq in now.items())
        if brought:
            summary.own_brought_back[group] = brought
    return summary


def check_changes_file(path: Path) -> int:
    """How many changes the file holds, once its size, structure and checksum are sound."""
    with _open(path) as f:
        size = _size(f)
        if size > MAX_FILE_BYTES:
            raise LatticeError(TOO_LARGE, file=path.name, limit=MAX_FILE_BYTES // 1024**2)
        if size < len(MAGIC) + len(_HEADER) + 1 + 32 or _read(f, path, len(MAGIC)) != MAGIC:
            raise LatticeError(NOT_CHANGES, file=path.name)
        hasher = hashlib.sha256(MAGIC)
        f.seek(0)
        _read(f, path, len(MAGIC))
        count = _list_header(f, path)
        hasher.update(_HEADER + _encode_head(4, count))
        for length in _item_lengths(f, path, count):
            hasher.update(_encode_head(2, length))
            left = length
            while left:
                chunk = _read(f, path, min(left, _CHUNK))
                hasher.update(chunk)
                left -= len(chunk)
        if f.tell() != size - 32:
            raise LatticeError(MALFORMED, file=path.name, problem=AFTER_LIST)
        if hasher.digest() != _read(f, path, 32):
            raise LatticeError(DAMAGED, file=path.name)
    return count


def _items(f: BinaryIO, path: Path, count: int) -> Iterator[bytes]:
    """The changes one by one (the file was checked whole already)."""
    f.seek(len(MAGIC))
    if _list_header(f, path) != count:
        raise LatticeError(DAMAGED, file=path.name)  # changed since it was checked
    for length in _item_lengths(f, path, count):
        yield _read(f, path, length)


def _item_lengths(f: BinaryIO, path: Path, count: int) -> Iterator[int]:
    """Each item's length, checked to be a byte string of a plausible change's size; the
    caller reads (or skips) the item's bytes before asking for the next."""
    for _ in range(count):
        major, length = _head(f, path)
        if major != 2:
            raise LatticeError(MALFORMED, file=path.name, problem=NOT_BYTES)
        if not MIN_CHANGE_BYTES <= length <= MAX_CHANGE_BYTES:
            raise LatticeError(MALFORMED, file=path.name, problem=Words(ITEM_SIZE, size=length))
        yield length


def _list_header(f: BinaryIO, path: Path) -> int:
    if _read(f, path, len(_HEADER)) != _HEADER:
        raise LatticeError(MALFORMED, file=path.name, problem=NO_LIST)
    major, count = _head(f, path)
    if major != 4:
        raise LatticeError(MALFORMED, file=path.name, problem=NO_LIST)
    if count > MAX_FILE_CHANGES:
        raise LatticeError(TOO_MANY, file=path.name, count=count, limit=MAX_FILE_CHANGES)
    return count


def _head(f: BinaryIO, path: Path) -> tuple[int, int]:
    """A canonical CBOR item head: its major type and its length argument."""
    first = _read(f, path, 1)[0]
    major, info = first >> 5, first & 0x1F
    if info < 24:
        return major, info
    if info > 27:
        raise LatticeError(MALFORMED, file=path.name, problem=NOT_CANONICAL)
    width = 1 << (info - 24)
    value = int.from_bytes(_read(f, path, width), "big")
    if _encode_head(major, value) != bytes([first]) + value.to_bytes(width, "big"):
        raise LatticeError(MALFORMED, file=path.name, problem=NOT_CANONICAL)
    return major, value


def _encode_head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for info, width in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if value < 1 << (8 * width):
            return bytes([major << 5 | info]) + value.to_bytes(width, "big")
    raise ValueError(value)


def _read(f: BinaryIO, path: Path, n: int) -> bytes:
    try:
        data = f.read(n)
    except OSError as exc:
        raise LatticeError(UNREADABLE, file=path.name, problem=exc.strerror or str(exc)) from None
    if len(data) != n:
        raise LatticeError(MALFORMED, file=path.name, problem=ENDS_EARLY)
    return data


def _size(f: BinaryIO) -> int:
    return os.fstat(f.fileno()).st_size


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise LatticeError(UNREADABLE, file=path.name, problem=exc.strerror or str(exc)) from None
