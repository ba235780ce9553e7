"""A process that imports signed changes into a data folder, as `lattice import` does,
for the kill tests: `python tests/ledger/importer.py HOME FILE`. FILE holds the changes,
each as 4-byte big-endian length + bytes. After each batch is stored (acknowledged:
durable), it prints the ids in it that the store holds."""

from __future__ import annotations

import sys
from pathlib import Path

from ledger.store.store import Store

BATCH = 20


def read_changes(path: Path) -> list[bytes]:
    data = path.read_bytes()
    out, at = [], 0
    while at < len(data):
        size = int.from_bytes(data[at : at + 4], "big")
        out.append(data[at + 4 : at + 4 + size])
        at += 4 + size
    return out


def write_changes(path: Path, raws: list[bytes]) -> None:
    path.write_bytes(b"".join(len(r).to_bytes(4, "big") + r for r in raws))


def main(home: Path, source: Path) -> None:
    store = Store.open(home)
    raws = read_changes(source)
    for start in range(0, len(raws), BATCH):
        results = store.ingest_many(raws[start : start + BATCH], source="import")
        for result in results:
            if result.status in ("accepted", "duplicate"):
                print(result.change, flush=True)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
