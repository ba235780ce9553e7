"""Changes files: streamed, refused early and whole when wrong, bounded evidence."""

from __future__ import annotations

import hashlib
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from ledger.store import evidence, transfer
from ledger.store.errors import LatticeError
from ledger.store.ids import GroupId
from ledger.store.store import Store
from ledger.store.transfer import MAGIC, import_changes_file, write_changes_file


def _file(path: Path, items: bytes, count: int) -> Path:
    """A changes file holding `count` items already encoded in `items`, with a good checksum."""
    body = MAGIC + transfer._HEADER + transfer._encode_head(4, count) + items
    path.write_bytes(body + hashlib.sha256(body).digest())
    return path


def _nothing_stored(store: Store) -> bool:
    tables = ("change_log", "pending_change", "rejection", "rejection_tally")
    return all(store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0 for t in tables)


def test_a_group_travels_by_file(
    store: Store, group: GroupId, make_store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer, "BATCH_CHANGES", 2)  # several batches
    path = tmp_path / "umoja.lattice"
    write_changes_file(path, store.raw_changes(group))
    other: Store = make_store()
    summary = import_changes_file(other, path)
    assert (summary.accepted, summary.rejected, summary.pending) == (4, 0, 0)
    assert other.state(group).digest() == store.state(group).digest()
    again = import_changes_file(other, path)
    assert (again.duplicate, again.accepted) == (4, 0)


def test_a_million_one_byte_items_are_refused_before_they_are_read(
    make_store: Any, tmp_path: Path
) -> None:
    path = _file(tmp_path / "million.lattice", b"\x41\x00" * 1_000_000, 1_000_000)
    target: Store = make_store()
    tracemalloc.start()
    try:
        with pytest.raises(LatticeError, match="holds 1000000 changes, over the limit of 500000"):
            import_changes_file(target, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1024**2
    assert _nothing_stored(target)


def test_items_too_small_to_be_changes_refuse_the_file(make_store: Any, tmp_path: Path) -> None:
    path = _file(tmp_path / "small.lattice", b"\x41\x00" * 1_000, 1_000)
    target: Store = make_store()
    with pytest.raises(LatticeError, match="an item of 1 bytes cannot be a change"):
        import_changes_file(target, path)
    assert _nothing_stored(target)


def test_an_oversized_file_is_refused_unread(make_store: Any, tmp_path: Path) -> None:
    path = tmp_path / "huge.lattice"
    with path.open("wb") as f:
        f.write(MAGIC)
        f.truncate(transfer.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    target: Store = make_store()
    tracemalloc.start()
    try:
        with pytest.raises(LatticeError, match="larger than 1024 MiB; nothing was imported"):
            import_changes_file(target, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1024**2
    assert _nothing_stored(target)


def test_an_item_claiming_a_huge_size_is_refused_unread(make_store: Any, tmp_path: Path) -> None:
    path = _file(tmp_path / "claim.lattice", transfer._encode_head(2, 2**40), 1)
    with pytest.raises(LatticeError, match="cannot be a change"):
        import_changes_file(make_store(), path)


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), "checksum does not match"),
        (lambda b: b[:-100], "does not hold a list of changes"),
        (lambda b: b"LATTICE-CHANGES 2\n" + b[len(MAGIC) :], "is not a Lattice changes file"),
        (lambda b: b[: len(MAGIC)] + b"\xa2" + b[len(MAGIC) + 1 :], "no list of changes"),
        (lambda b: b"", "is not a Lattice changes file"),
    ],
)
def test_a_damaged_file_is_refused_whole(
    store: Store, group: GroupId, make_store: Any, tmp_path: Path, damage: Any, words: str
) -> None:
    path = tmp_path / "umoja.lattice"
    write_changes_file(path, store.raw_changes(group))
    path.write_bytes(damage(path.read_bytes()))
    target: Store = make_store()
    with pytest.raises(LatticeError, match=words):
        import_changes_file(target, path)
    assert _nothing_stored(target)


def test_a_length_not_in_its_shortest_form_is_refused(
    store: Store, group: GroupId, make_store: Any, tmp_path: Path
) -> None:
    raw = store.raw_changes(group)[0]
    items = b"\x5a" + len(raw).to_bytes(4, "big") + raw  # canonical would use two bytes
    path = _file(tmp_path / "long.lattice", items, 1)
    with pytest.raises(LatticeError, match="not canonical CBOR"):
        import_changes_file(make_store(), path)


def test_a_missing_file_is_a_sentence(store: Store, tmp_path: Path) -> None:
    with pytest.raises(LatticeError, match=r"cannot read nowhere\.lattice"):
        import_changes_file(store, tmp_path / "nowhere.lattice")


def test_a_file_of_invalid_changes_leaves_bounded_evidence(
    store: Store, group: GroupId, make_store: Any, tmp_path: Path
) -> None:
    template = bytearray(store.raw_changes(group)[-1])
    raws = []
    for n in range(3_000):
        raw = bytearray(template)
        raw[-4:] = n.to_bytes(4, "big")  # inside the signature
        raws.append(bytes(raw))
    path = tmp_path / "forged.lattice"
    write_changes_file(path, raws)
    target: Store = make_store()
    target.ingest_many(store.raw_changes(group)[:-1])
    summary = import_changes_file(target, path)
    assert summary.rejected == 3_000
    assert len(summary.reasons) == transfer.SAMPLE_REASONS
    rows = target.db.execute("SELECT count(*) FROM rejection").fetchone()[0]
    assert rows == evidence.EVIDENCE_PER_SOURCE
    assert target.source_record("file forged.lattice").rejected == 3_000
