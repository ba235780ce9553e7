"""Collaborative documents (minutes, goal notes): one Loro text per named document.

Each writer edits with a Loro peer id derived from its writer id, so no two writers
ever share one (shared peer ids corrupt a Loro document). A change carries a Loro
update that must hold only its writer's own operations, and only on the text of the
document the change names.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import TYPE_CHECKING, Any

from loro import EncodedBlobMode, ExportMode, LoroDoc, VersionVector

from ledger.store import schema as s
from ledger.store.errors import DecodeError
from ledger.store.ids import WriterId
from ledger.store.kinds import KindSpec, register
from ledger.store.membership import WRITING_ROLES
from ledger.store.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from ledger.store.change import Change
    from ledger.store.membership import Membership
    from ledger.store.state import GroupState

MAX_UPDATE_BYTES = 128 * 1024
DOC_NAME = re.compile(r"^(minutes|goal):[0-9a-f]{8,64}$")
WRITERS = {
    "minutes": frozenset({"council", "elder"}),
    "goal": frozenset(WRITING_ROLES),
}
"""Who may write each kind of document: minutes are kept by the council and elders;
goal notes by anyone who may propose goals."""


def loro_peer(writer: WriterId) -> int:
    """The Loro peer id of a writer: stable, and distinct per writer."""
    digest = hashlib.blake2b(writer.encode(), digest_size=8, person=b"lattice-loro").digest()
    return int.from_bytes(digest, "big") >> 1


def new_document() -> LoroDoc:
    return LoroDoc()  # type: ignore[no-untyped-call]


def text_of(doc: LoroDoc, name: str) -> str:
    return str(doc.get_text(name).to_string())


def edit_update(doc: LoroDoc, name: str, writer: WriterId, new_text: str) -> bytes | None:
    """The update turning the document's text into `new_text`, written as `writer`.

    Works on a fork, so the caller's document changes only when the signed change is
    ingested. Returns None when nothing changed.
    """
    fork = doc.fork()
    fork.peer_id = loro_peer(writer)
    before = fork.oplog_vv
    fork.get_text(name).update(new_text)
    fork.commit()
    if fork.oplog_vv == before:
        return None
    return bytes(fork.export(ExportMode.Updates(from_=before)))


def _check_body(body: dict[str, Any]) -> None:
    """`doc` is `minutes:<meeting id>` or `goal:<goal id>` (8 to 64 lowercase hex digits)."""
    s.check_body(body, {"doc": s.text(80), "update": s.raw_bytes(MAX_UPDATE_BYTES)})
    if not DOC_NAME.match(body["doc"]):
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "document name must look like 'minutes:<id>' or 'goal:<id>'")
        )


def check_update(doc: LoroDoc, change: Change) -> str | None:
    """None when the update holds only the writer's own operations on the named text."""
    name, blob = change.body["doc"], change.body["update"]
    try:
        meta = LoroDoc.decode_import_blob_meta(blob, True)
    except BaseException as exc:  # loro raises BaseException subclasses on bad bytes
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        return QT_TRANSLATE_NOOP("core", "the document update is not a valid Loro update")
    if meta.mode != EncodedBlobMode.Updates:
        return QT_TRANSLATE_NOOP(
            "core", "the document update must be an incremental update, not a snapshot"
        )
    peers = {p for p, _ in _vv_items(meta.partial_end_vv)}
    if peers != {loro_peer(change.writer)}:
        return QT_TRANSLATE_NOOP("core", "the document update holds operations of another writer")
    fork = doc.fork()
    before = fork.oplog_vv
    try:
        fork.import_(blob)
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        return QT_TRANSLATE_NOOP("core", "the document update cannot be read")
    ops = json.loads(fork.export_json_updates(before, fork.oplog_vv))
    allowed = f"cid:root-{name}:Text"
    for loro_change in ops.get("changes", []):
        for op in loro_change.get("ops", []):
            if op.get("container") != allowed:
                return Words(
                    QT_TRANSLATE_NOOP(
                        "core", "the document update touches something other than the text of {doc}"
                    ),
                    doc=name,
                )
    return None


def _vv_items(vv: VersionVector) -> list[tuple[int, tuple[int, int]]]:
    return [(int(p), span) for p, span in vv.to_spans().inner().items()]


def _authorize(m: Membership, change: Change) -> str | None:
    """For minutes an active council member or elder; for goal notes an active council
    member, elder or member. The Loro update must hold only the writer's own operations (its
    Loro peer id is derived from the writer: `loro_peer`), only on the text named `doc`,
    and be an incremental update, not a snapshot."""
    return m.why_not(change.author, WRITERS[change.body["doc"].partition(":")[0]])


def _apply(state: GroupState, change: Change) -> str | None:
    """Imports the Loro update into the document named `doc`."""
    name = change.body["doc"]
    doc = state.documents.setdefault(name, new_document())
    reason = check_update(doc, change)
    if reason is not None:
        return reason
    doc.import_(change.body["update"])
    return None


_EDITED = {
    "minutes": QT_TRANSLATE_NOOP("core", "edited minutes"),
    "goal": QT_TRANSLATE_NOOP("core", "edited goal"),
}

register(
    KindSpec(
        "doc.edit",
        _check_body,
        _authorize,
        apply=_apply,
        describe=lambda b: (
            _EDITED.get(b["doc"].split(":")[0])
            or Words(QT_TRANSLATE_NOOP("core", "edited {doc}"), doc=b["doc"].split(":")[0])
        ),
    )
)
