"""Replaying a bundle's changes in memory, by the rules every peer applies, with no store.

A bundle must list its changes parents first, each once, all of one group whose genesis
comes first. Each change is decoded strictly, its signature checked (all of them at once,
on every core), then admitted by `ledger.store.ingest.refusal` — the very rule the store applies
— and folded into the group's state the way the store folds it. Nothing touches the disk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from loro import LoroDoc

from ledger.store import catalog
from ledger.store.change import Change
from ledger.store.decoded_batch import DecodedBatch
from ledger.store.errors import DecodeError
from ledger.store.history import GroupHistory
from ledger.store.ids import ChangeId, GroupId
from ledger.store.ingest import refusal
from ledger.store.kinds import spec_for
from ledger.store.replay import Replayer, replay
from ledger.store.state import GroupState

MAX_REFUSALS = 20
"""Refusals named one by one; beyond this only their number is kept."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why the change at `index` (counted from 0) of the bundle's list cannot stand."""

    index: int
    change: ChangeId | None
    reason: str

    def plain(self) -> str:
        named = f" ({self.change[:8]})" if self.change else ""
        return f"change #{self.index}{named}: {self.reason}"


@dataclass
class Replayed:
    """The outcome: the group's history and state, or the refusals that stopped it."""

    group: GroupId
    history: GroupHistory
    state: GroupState | None = None
    refusals: list[Refusal] = field(default_factory=list)
    refused: int = 0
    ids: list[bytes] = field(default_factory=list)
    """The 32-byte id of every change, in the bundle's order (for the manifest's facts)."""
    parents: set[bytes] = field(default_factory=set)
    undecodable: int = 0
    """Changes that could not be decoded: their parents, and so the heads, are unknown."""

    def heads(self) -> list[bytes]:
        return sorted(set(self.ids) - self.parents)

    def ids_hash(self) -> bytes:
        return hashlib.sha256(b"".join(sorted(self.ids))).digest()


class _Group:
    """The store's way of holding one group, in memory only."""

    def __init__(self, group: GroupId) -> None:
        catalog.load()
        self.history = GroupHistory(group)
        self.changes: dict[ChangeId, Change] = {}
        self._books = catalog.books_factory()
        self.state: GroupState | None = GroupState(
            group=group, books=self._books() if self._books else None
        )
        self._replayer: Replayer | None = None

    def document(self, name: str) -> LoroDoc | None:
        return self.current().documents.get(name)

    def current(self) -> GroupState:
        if self.state is None:
            ordered = sorted(self.changes.values(), key=lambda c: self.history.nodes[c.id].key)
            self.state = replay(self.history, ordered, self._books)
            self._replayer = None
        return self.state

    def accept(self, change: Change) -> None:
        node = self.history.add(change)
        self.changes[change.id] = change
        if self.state is None:
            return
        if self._replayer is None:
            self._replayer = Replayer(self.history, self.state)
        if self._replayer.can_append(node):
            self._replayer.apply(change)
        else:
            self.state = self._replayer = None  # replayed in full when next read


def replay_bundle(raws: Sequence[bytes], group: GroupId) -> Replayed:
    """Admit `raws` in their order as the group `group`; stop at the first bad change
    only for what depends on it: every change is judged, refusals are collected."""
    batch = DecodedBatch(raws)
    held = _Group(group)
    out = Replayed(group, held.history)
    position: dict[ChangeId, int] = {}
    listed = {
        item.id for item in (batch.get(i) for i in range(len(batch))) if isinstance(item, Change)
    }

    def refuse(index: int, change: ChangeId | None, reason: str) -> None:
        out.refused += 1
        if len(out.refusals) < MAX_REFUSALS:
            out.refusals.append(Refusal(index, change, reason))

    for index in range(len(batch)):
        item = batch.get(index)
        out.ids.append(hashlib.sha256(raws[index]).digest())
        if isinstance(item, DecodeError):
            out.undecodable += 1
            refuse(index, None, item.words)
            continue
        out.parents.update(bytes.fromhex(p) for p in item.parents)
        if item.id in position:
            refuse(index, item.id, f"it is change #{position[item.id]} again (a duplicate)")
            continue
        position[item.id] = index
        reason = _misplaced(item, index, group)
        if reason is None:
            try:
                spec_for(item.kind).check_body(item.body)
            except DecodeError as exc:
                reason = exc.words
        if reason is None and index > 0:
            missing = [p for p in item.parents if p not in held.history]
            if missing:
                reason = _missing_reason(missing[0], position, listed)
        if reason is None and index > 0:
            reason = refusal(held.history, item, held.document)
        if reason is not None:
            refuse(index, item.id, reason)
            continue
        held.accept(item)
    if not out.refused:
        out.state = held.current()
    return out


def _misplaced(change: Change, index: int, group: GroupId) -> str | None:
    """Whether a change is where a single group's bundle may hold it."""
    if index == 0:
        if not change.is_genesis:
            return "the first change must be the group's founding (genesis) change"
        if change.id != str(group):
            return "the founding change is not that of the group the manifest names"
        return None
    if change.is_genesis:
        return "a second founding change: the changes of another group are mixed in"
    if change.group != group:
        return f"it belongs to another group ({change.group[:8]})"
    return None


def _missing_reason(parent: ChangeId, position: dict[ChangeId, int], listed: set[ChangeId]) -> str:
    if parent in position:  # listed earlier but refused itself
        return f"it follows change #{position[parent]}, which was refused"
    if parent in listed:
        return (
            f"it comes before change {parent[:8]}, which it follows "
            "(parents must be listed before their children)"
        )
    return f"it follows change {parent[:8]}, which the bundle does not hold"
