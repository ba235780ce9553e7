"""A group's derived state: replaying its accepted changes in a deterministic order.

Two stores holding the same changes derive the same state, whatever order the changes
arrived in: the replay order is a topological order with ties broken by change id, and
strong removal and equivocation are decided from the change set alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from loro import LoroDoc

from ledger.store import codec
from ledger.store.change import Change
from ledger.store.history import REMOVAL, GroupHistory, Node
from ledger.store.ids import ChangeId, GroupId, PersonId, WriterId
from ledger.store.kinds import describe, spec_for
from ledger.store.membership import Membership, Settings
from ledger.store.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Voided:
    """A change that is kept but has no effect, and why, in plain words."""

    change: ChangeId
    author: PersonId
    kind: str
    what: str
    reason: str


@dataclass
class GroupState:
    group: GroupId
    membership: Membership = field(
        default_factory=lambda: Membership(Settings(name="", currency="XXX", quorum=1))
    )
    documents: dict[str, LoroDoc] = field(default_factory=dict)
    voided: list[Voided] = field(default_factory=list)
    equivocators: dict[WriterId, int] = field(default_factory=dict)
    applied: int = 0
    last_key: tuple[int, str] | None = None
    books: Any = None
    """The savings ledger, goals and meetings (ledger.savings), when that part is loaded."""
    removals: int = 0
    """How many member removals the replay met (standing or void): a cached state that met
    none takes the changes after it without the causal index (`GroupMemory`)."""

    @property
    def settings(self) -> Settings:
        return self.membership.settings

    @property
    def name(self) -> str:
        return self.membership.settings.name

    def member_name(self, person: PersonId) -> str:
        member = self.membership.members.get(person)
        return member.name if member is not None else person[:8]

    def document_text(self, name: str) -> str:
        doc = self.documents.get(name)
        return "" if doc is None else str(doc.get_text(name).to_string())

    def plain(self) -> dict[str, Any]:
        """Everything that must agree between peers, as plain values (for the digest)."""
        m = self.membership
        settings: list[Any] = [
            m.settings.name,
            m.settings.currency,
            m.settings.quorum,
            m.settings.recorder_counts,
        ]
        if m.settings.relays:  # only when set, so the digest of a group without relays stays
            settings.append(list(m.settings.relays))
        if m.settings.district_word:  # districts' fields only when used: older digests stay
            settings.append(m.settings.district_word)
        value: dict[str, Any] = {
            "group": self.group,
            "settings": settings,
            "members": [
                [p, x.name, sorted(x.roles), str(x.status), sorted(x.devices)]
                + (
                    [x.district, x.represents, sorted(x.household.items())]
                    if x.district or x.represents or x.household
                    else []
                )
                for p, x in sorted(m.members.items())
            ],
            "invites": [[k, i.role, i.expires, i.used_by] for k, i in sorted(m.invites.items())],
            "documents": {n: self.document_text(n) for n in sorted(self.documents)},
            "voided": sorted([v.change, v.reason] for v in self.voided),
            "equivocators": sorted(self.equivocators.items()),
            "applied": self.applied,
        }
        if m.districts:
            value["districts"] = [[d.id, d.name, d.retired] for d in m.districts.values()]
        if self.books is not None:
            value["books"] = self.books.plain()
        return value

    def digest(self) -> str:
        return hashlib.sha256(codec.encode(self.plain())).hexdigest()


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
        if (
            node.id in self.history.control
            and self.history.control[node.id].kind == "member.remove"
        ):
            return False
        return self.history.fork_version == self._fork_version

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
                    describe(change.kind, change.body, self.state.settings.currency),
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
