"""A group's collaborative documents kept current while its derived state waits for a
replay, so that no write replays a group while it holds the SQLite write lock.

A change that arrives below the last one applied in replay order (a peer's concurrent
edits, another process's commit) makes the state stale; rebuilding it replays the whole
group, seconds on a loaded PC (the kill soak caught `lattice serve` holding the lock
through four replays for one batch of five edits, and other writers waiting out SQLite's
60 s timeout). What a write reads inside its transaction is only a document: to check a
document edit, or to build one. A Loro document's content does not depend on the order its
updates are imported in, so while the late change voids nothing (no removal, no new
equivocation), the stale state's documents plus every later edit that counts are the
documents a replay would give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ledger.store.documents import check_update, new_document

if TYPE_CHECKING:
    from loro import LoroDoc

    from ledger.store.change import Change
    from ledger.store.history import Node
    from ledger.store.replay import Replayer


class DocumentsNow:
    """The documents as a replay of every accepted change would leave them."""

    def __init__(self, replayer: Replayer) -> None:
        self._replayer = replayer
        self._docs: dict[str, LoroDoc] = dict(replayer.state.documents)
        self._own: set[str] = set()
        """Documents copied here: the stale state's own are never changed (a caller may
        still hold that state)."""

    def takes(self, node: Node) -> bool:
        """Whether these documents stay exact after `node` (else a replay is needed)."""
        return self._replayer.voids_nothing(node)

    def take(self, node: Node, change: Change) -> None:
        """Fold in an accepted change (one that `takes`), as a replay would apply it."""
        if change.kind != "doc.edit" or not self._replayer.counts(node):
            return
        name = change.body["doc"]
        doc = self._docs.get(name)
        if name not in self._own:
            doc = new_document() if doc is None else doc.fork()
            self._docs[name] = doc
            self._own.add(name)
        assert doc is not None
        if check_update(doc, change) is None:  # (a replay voids the edit otherwise)
            doc.import_(change.body["update"])

    def get(self, name: str) -> LoroDoc | None:
        return self._docs.get(name)
