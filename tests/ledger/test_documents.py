"""Collaborative documents: Loro updates hold only their writer's ops, for their document."""

from __future__ import annotations

from typing import Any

from loro import ExportMode, LoroDoc

from ledger import actions
from ledger.documents import loro_peer
from ledger.ids import GroupId, writer_id
from ledger.persons import Signer
from ledger.store import Store
from tests.ledger.conftest import forge

MINUTES = "minutes:" + "ab" * 8
NOTES = "goal:" + "cd" * 8


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
    doc = LoroDoc()
    doc.peer_id = loro_peer(writer_id(people["Bosco"].person, store.device_id))
    doc.get_text(MINUTES).insert(0, "Bosco's words")
    doc.commit()
    blob = bytes(doc.export(ExportMode.Updates(from_=doc.oplog_vv.__class__())))
    forged = forge(people["Amina"], store, group, "doc.edit", {"doc": MINUTES, "update": blob})
    result = store.ingest(forged.raw)
    assert result.status == "rejected" and "another writer" in (result.reason or "")
    assert store.state(group).document_text(MINUTES) == ""


def test_blob_for_another_document_is_rejected(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    doc = LoroDoc()
    doc.peer_id = loro_peer(writer_id(people["Amina"].person, store.device_id))
    doc.get_text(NOTES).insert(0, "goal notes")
    doc.commit()
    blob = bytes(doc.export(ExportMode.Updates(from_=doc.oplog_vv.__class__())))
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
    doc = LoroDoc()
    doc.peer_id = loro_peer(writer_id(people["Amina"].person, store.device_id))
    doc.get_text(MINUTES).insert(0, "x")
    doc.commit()
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
    forged_doc = LoroDoc()
    forged_doc.peer_id = loro_peer(writer_id(people["Dan"].person, store.device_id))
    forged_doc.get_text(MINUTES).insert(0, "x")
    forged_doc.commit()
    blob = bytes(forged_doc.export(ExportMode.Updates(from_=forged_doc.oplog_vv.__class__())))
    result = store.ingest(
        forge(people["Dan"], store, group, "doc.edit", {"doc": MINUTES, "update": blob}).raw
    )
    assert result.status == "rejected" and "viewer" in (result.reason or "")


def test_members_may_not_write_minutes(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    doc = LoroDoc()
    doc.peer_id = loro_peer(writer_id(people["Chiku"].person, store.device_id))
    doc.get_text(MINUTES).insert(0, "x")
    doc.commit()
    blob = bytes(doc.export(ExportMode.Updates(from_=doc.oplog_vv.__class__())))
    change = forge(people["Chiku"], store, group, "doc.edit", {"doc": MINUTES, "update": blob})
    result = store.ingest(change.raw)
    assert result.status == "rejected"
    assert "not council or elder" in (result.reason or "")
    assert actions.edit_document(store, people["Chiku"], group, NOTES, "our roof") is not None
