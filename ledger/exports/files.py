"""Writing an export file so that a reader never sees half of it."""

from __future__ import annotations

import os
from pathlib import Path

from ledger.store.errors import LatticeError


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.part")
    try:
        with tmp.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise LatticeError(f"cannot write {path}: {exc.strerror or exc}") from None
