"""Keeping someone's unsaved typing when another PC's edit to the same minutes arrives.

The text on screen is merged with the CRDT, not by guessing: the typing is replayed as a
Loro edit on a private fork of the document as it was when the editor last loaded it, and
the newly arrived operations are imported into that fork. The editor then receives only
the difference, applied in place, so Qt keeps the cursor and the selection where they
belong.
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

from loro import ExportMode, LoroDoc
from PySide6.QtGui import QTextCursor, QTextDocument

from ledger.store.documents import text_of

SCRATCH_PEER = 1
"""The fork never leaves this PC, so its own peer id cannot clash with a writer's."""


def merged_text(base: LoroDoc, name: str, typed: str, arrived: LoroDoc) -> str:
    """`typed` (edited from `base`'s text) combined with everything `arrived` holds."""
    fork = base.fork()
    fork.peer_id = SCRATCH_PEER
    fork.get_text(name).update(typed)
    fork.commit()
    fork.import_(arrived.export(ExportMode.Updates(from_=base.oplog_vv)))
    return text_of(fork, name)


def _units(text: str) -> list[bytes]:
    """UTF-16 code units: the positions QTextDocument counts in."""
    raw = text.encode("utf-16-le")
    return [raw[i : i + 2] for i in range(0, len(raw), 2)]


def _edits(old: str, new: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement) in UTF-16 positions of `old`, last edit first."""
    a, b = _units(old), _units(new)
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(opcodes):
        if tag != "equal":
            yield i1, i2, b"".join(b[j1:j2]).decode("utf-16-le")


def replace_in_place(document: QTextDocument, new: str) -> None:
    """Turn the document's text into `new` by its differences only (one undo step)."""
    old = document.toPlainText()
    if old == new:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        for start, end, text in _edits(old, new):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
    finally:
        cursor.endEditBlock()
