"""The changes file: a group's signed changes on a USB stick.

Layout: the magic line `LATTICE-CHANGES 1\n`, then canonical CBOR
`{"changes": [bytes...]}`, then the 32-byte SHA-256 of everything before it. Any
damage is refused as a whole, before anything is stored; each change is then still
verified on its own when ingested.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ledger import codec
from ledger.change import MAX_CHANGE_BYTES
from ledger.errors import DecodeError, LatticeError

MAGIC = b"LATTICE-CHANGES 1\n"
MAX_FILE_BYTES = 2 * 1024**3


def write_changes_file(path: Path, raws: list[bytes]) -> None:
    body = MAGIC + codec.encode({"changes": raws})
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(body + hashlib.sha256(body).digest())
    tmp.replace(path)


def read_changes_file(path: Path) -> list[bytes]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LatticeError(f"{path} is larger than {MAX_FILE_BYTES} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise LatticeError(f"cannot read {path}: {exc.strerror}") from None
    if not data.startswith(MAGIC):
        raise LatticeError(f"{path} is not a Lattice changes file")
    body, checksum = data[:-32], data[-32:]
    if len(data) < len(MAGIC) + 32 or hashlib.sha256(body).digest() != checksum:
        raise LatticeError(f"{path} is damaged (its checksum does not match); nothing was imported")
    try:
        value = codec.decode_canonical(body[len(MAGIC) :])
    except DecodeError as exc:
        raise LatticeError(f"{path} is damaged ({exc}); nothing was imported") from None
    changes = (
        value.get("changes") if isinstance(value, dict) and set(value) == {"changes"} else None
    )
    if not isinstance(changes, list) or not all(
        isinstance(c, bytes) and len(c) <= MAX_CHANGE_BYTES for c in changes
    ):
        raise LatticeError(f"{path} does not hold a list of changes; nothing was imported")
    return changes
