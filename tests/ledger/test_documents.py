"""Collaborative documents: Loro updates hold only their writer's ops, for their document."""

from __future__ import annotations

from typing import Any

from loro import ExportMode, LoroDoc, VersionVector

from ledger.savings import membership_actions as actions
from ledger.store.documents import loro_peer
from ledger.store.ids import GroupId, writer_id
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.conftest import forge

MINUTES = "minutes:" + "ab" * 8
NOTES = "goal:" + "cd" * 8


def _written_as(store: Store, signer: Signer, doc_name: str, text: str) -> LoroDoc:
    """A Loro document holding `text`, typed by `signer` on this PC, outside any store."""
    doc = LoroDoc()
    doc.peer_id = loro_peer(writer_id(signer.person, store.device_id))
    doc.get_text(doc_name).insert(0, text)
    doc.commit()
    return doc


def _update(doc: LoroDoc) -> bytes:
    return bytes(doc.export(ExportMode.Updates(from_=VersionVector())))


def test_two_secretaries_typing_at_once_converge(
    store: Store, group: GroupId, people: dict[str, Signer], make_store: Any
) -> None:
    actions.edit_document(store, people["Amina"], group, MINUTES, "Opened at 10.\n")
    other = make_store()
    other.ingest_many(store.raw_changes(group))
    a = actions.edit_document(
        store, people["Amina"], group, MINUTES, "Opened at 10.\nSavings: 40 shares.\n"
    )
    b = actions.edit_document(
        other, people["Bosco"], group, MINUTES, "Present: 12.\nOpened at 10.\n"
    )
    assert a is not None and b is not None
    store.ingest(b.raw)
    other.ingest(a.raw)
    text = store.state(group).document_text(MINUTES)
    assert text == other.state(group).document_text(MINUTES)
    assert "Savings: 40 shares." in text and "Present: 12." in text
    assert store.state(group).digest() == other.state(group).digest()


def test_unchanged_text_writes_nothing(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    actions.edit_document(store, people["Amina"], group, MINUTES, "same")
    assert actions.edit_document(store, people["Amina"], group, MINUTES, "same") is None


def test_blob_with_another_writers_ops_is_rejected(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    blob = _update(_written_as(store, people["Bosco"], MINUTES, "Bosco's words"))
    forged = forge(people["Amina"], store, group, "doc.edit", {"doc": MINUTES, "update": blob})
    result = store.ingest(forged.raw)
    assert result.status == "rejected" and "another writer" in (result.reason or "")
    assert store.state(group).document_text(MINUTES) == ""


def test_blob_for_another_document_is_rejected(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    blob = _update(_written_as(store, people["Amina"], NOTES, "goal notes"))
    forged = forge(people["Amina"], store, group, "doc.edit", {"doc": MINUTES, "update": blob})
    result = store.ingest(forged.raw)
    assert result.status == "rejected" and "something other than the text" in (result.reason or "")


def test_garbage_blob_and_snapshot_are_rejected(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    forged = forge(
        people["Amina"], store, group, "doc.edit", {"doc": MINUTES, "update": b"nonsense"}
    )
    assert "not a valid Loro update" in (store.ingest(forged.raw).reason or "")
    doc = _written_as(store, people["Amina"], MINUTES, "x")
    snap = forge(
        people["Amina"],
        store,
        group,
        "doc.edit",
        {"doc": MINUTES, "update": bytes(doc.export(ExportMode.Snapshot()))},
    )
    assert "incremental" in (store.ingest(snap.raw).reason or "")


def test_viewer_may_not_edit(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    code, _ = actions.create_invite(store, people["Amina"], group, role="viewer")
    actions.join_group(store, people["Dan"], group, code, name="Dan")
    blob = _update(_written_as(store, people["Dan"], MINUTES, "x"))
    result = store.ingest(
        forge(people["Dan"], store, group, "doc.edit", {"doc": MINUTES, "update": blob}).raw
    )
    assert result.status == "rejected" and "viewer" in (result.reason or "")


def test_members_may_not_write_minutes(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    blob = _update(_written_as(store, people["Chiku"], MINUTES, "x"))
    change = forge(people["Chiku"], store, group, "doc.edit", {"doc": MINUTES, "update": blob})
    result = store.ingest(change.raw)
    assert result.status == "rejected"
    assert "not council or elder" in (result.reason or "")
    assert actions.edit_document(store, people["Chiku"], group, NOTES, "our roof") is not None
