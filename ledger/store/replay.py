"""Replaying a group's accepted changes in a deterministic order into its state.

Two stores holding the same changes derive the same state, whatever order the changes
arrived in: the replay order is a topological order with ties broken by change id, and
strong removal and equivocation are decided from the change set alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ledger.store.change import Change
from ledger.store.history import REMOVAL, GroupHistory, Node
from ledger.store.kinds import describe, spec_for
from ledger.store.state import GroupState, Voided
from ledger.store.words import QT_TRANSLATE_NOOP


class Replayer:
    """Applies changes to a group state in replay order, deciding which are void."""

    def __init__(self, history: GroupHistory, state: GroupState) -> None:
        self.history = history
        self.state = state
        self._removals = history.effective_removals(frozenset(history.control))
        self._equivocators = history.equivocations()
        self._fork_version = history.fork_version
        state.equivocators = dict(self._equivocators)

    def can_append(self, node: Node) -> bool:
        """Whether applying `node` now gives the same state as a full replay would."""
        if self.state.last_key is not None and node.key <= self.state.last_key:
            return False
        return self.voids_nothing(node)

    def voids_nothing(self, node: Node) -> bool:
        """Whether `node` leaves every other change counting as it did (it is no removal
        and shows no new equivocation): then where it falls in replay order decides
        nothing else (`ledger.store.documents_now`)."""
        if (
            node.id in self.history.control
            and self.history.control[node.id].kind == "member.remove"
        ):
            return False
        return self.history.fork_version == self._fork_version

    def counts(self, node: Node) -> bool:
        """Whether `node` takes effect (it is not void by a removal or an equivocation)."""
        return self._void_reason(node) is None

    def apply(self, change: Change) -> None:
        node = self.history.nodes[change.id]
        reason = self._void_reason(node)
        if reason is None:
            spec = spec_for(change.kind)
            if spec.apply_control is not None:
                reason = spec.apply_control(self.state.membership, change)
            elif spec.apply is not None:
                reason = spec.apply(self.state, change)
        if reason is not None:
            self.state.voided.append(
                Voided(
                    change.id,
                    change.author,
                    change.kind,
                    describe(
                        change.kind,
                        change.body,
                        self.state.settings.currency,
                        self.state.membership.district_word(),
                    ),
                    reason,
                )
            )
        if change.kind == REMOVAL:
            self.state.removals += 1
        self.state.applied += 1
        self.state.last_key = node.key

    def _void_reason(self, node: Node) -> str | None:
        for removal in self._removals:
            if self.history.voided_by(removal, node):
                return QT_TRANSLATE_NOOP(
                    "core",
                    "written at the same time as the author's removal from the group "
                    "(changes made concurrently with a removal do not count)",
                )
        fork_at = self._equivocators.get(node.writer)
        if fork_at is not None and node.seq >= fork_at:
            return QT_TRANSLATE_NOOP(
                "core",
                "the author's PC sent two different changes with the same number "
                "(equivocation); from that point on the author's changes do not count",
            )
        return None


def replay(
    history: GroupHistory, changes: Iterable[Change], books_factory: Any = None
) -> GroupState:
    """The state from scratch; `changes` must come in replay order."""
    state = GroupState(group=history.group, books=books_factory() if books_factory else None)
    replayer = Replayer(history, state)
    for change in changes:
        replayer.apply(change)
    return state
