"""The causal index of one group: who wrote what after seeing what.

It answers the questions authorization and strong removal ask — which control
changes lie in a change's causal past, and whether one change lies in another's —
without re-reading the log. Control changes (membership, roles, invites) are few, so
each change keeps the set of control changes in its causal past, interned so that
the many changes sharing one set share one object.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter

from ledger.store.change import Change
from ledger.store.ids import ChangeId, GroupId, PersonId, WriterId
from ledger.store.kinds import spec_for
from ledger.store.membership import Membership, Settings

OrderKey = tuple[int, str]
StoredRow = tuple[ChangeId, WriterId, int, int, tuple[ChangeId, ...], Change | None]
"""A stored change's index columns (id, writer, seq, lamport, parents) and the change
itself when it is a control change."""
REMOVAL = "member.remove"
_SEQ = attrgetter("seq")
_ORDER = attrgetter("order")


@dataclass(slots=True)
class Node:
    id: ChangeId
    author: PersonId
    writer: WriterId
    seq: int
    lamport: int
    parents: tuple[ChangeId, ...]
    ctl: frozenset[ChangeId]
    """Control changes in this change's causal past (and itself, if it is one)."""
    order: int = 0
    """Its place in the order the index took changes (parents first)."""

    @property
    def key(self) -> OrderKey:
        """The deterministic replay order: a topological order, ties broken by id."""
        return (self.lamport, self.id)


@dataclass(slots=True)
class _Tip:
    """The fold of the newest control set, carried forward as control changes arrive."""

    ctl: frozenset[ChangeId]
    membership: Membership
    last_key: OrderKey
    effective: list[Change]


@dataclass
class GroupHistory:
    group: GroupId
    nodes: dict[ChangeId, Node] = field(default_factory=dict)
    chains: dict[WriterId, dict[int, list[ChangeId]]] = field(default_factory=dict)
    control: dict[ChangeId, Change] = field(default_factory=dict)
    heads: set[ChangeId] = field(default_factory=set)
    """Changes nothing else here depends on yet: what a new change should cite."""
    _vv: dict[ChangeId, dict[WriterId, int]] = field(default_factory=dict)
    _unions: dict[tuple[int, int], frozenset[ChangeId]] = field(default_factory=dict)
    _memberships: dict[frozenset[ChangeId], Membership] = field(default_factory=dict)
    _empty: frozenset[ChangeId] = frozenset()
    fork_version: int = 0
    """Bumped whenever an equivocation is found: a replayed state must then be redone."""
    _forks: dict[WriterId, int] = field(default_factory=dict)
    """Writers that equivocated, and the first sequence number with two changes."""
    _contiguous: dict[WriterId, int] = field(default_factory=dict)
    """Per writer, the highest sequence number held without a gap."""
    _written: dict[WriterId, list[Node]] = field(default_factory=dict)
    """Per writer, its changes by sequence number (two at one number in the order taken):
    what a peer lacks is a tail of each, found without a scan of the whole history."""
    _tip: _Tip = field(
        default_factory=lambda: _Tip(frozenset(), Membership(Settings("", "XXX", 1)), (0, ""), [])
    )

    def __contains__(self, change: ChangeId) -> bool:
        return change in self.nodes

    def __len__(self) -> int:
        return len(self.nodes)

    def ctl_before(self, parents: Iterable[ChangeId]) -> frozenset[ChangeId]:
        """The control changes in the causal past of something with these parents."""
        result = self._empty
        for parent in parents:
            other = self.nodes[parent].ctl
            if other is result or other <= result:
                continue
            if result <= other:
                result = other
                continue
            pair = (id(result), id(other))
            merged = self._unions.get(pair)
            if merged is None:
                merged = self._unions[pair] = result | other
            result = merged
        return result

    def add(self, change: Change) -> Node:
        """Index an accepted change whose parents are all indexed."""
        nodes, parents = self.nodes, change.parents
        lamport = 0
        for parent in parents:
            above = nodes[parent].lamport + 1
            if above > lamport:
                lamport = above
        ctl = self.ctl_before(parents)
        if spec_for(change.kind).apply_control is not None:  # a control change
            ctl = ctl | {change.id}
            self.control[change.id] = change
        node = Node(
            change.id, change.author, change.writer, change.seq, lamport, parents, ctl,
            len(nodes),
        )  # fmt: skip
        return self._put(node)

    def restore(
        self,
        cid: ChangeId,
        writer: WriterId,
        seq: int,
        lamport: int,
        parents: tuple[ChangeId, ...],
        control: Change | None,
    ) -> Node:
        """Index a stored change from its index columns; `control` is the decoded change
        when it is a control change (the others need not be decoded)."""
        ctl = self.ctl_before(parents)
        if control is not None:
            ctl = ctl | {cid}
            self.control[cid] = control
        node = Node(
            cid, PersonId(writer.partition(":")[0]), writer, seq, lamport, parents, ctl,
            len(self.nodes),
        )  # fmt: skip
        return self._put(node)

    def _put(self, node: Node) -> Node:
        """File a new node: by id, by writer, among the heads and its writer's chain."""
        cid, writer, seq = node.id, node.writer, node.seq
        self.nodes[cid] = node
        self._file(node)
        self.heads.difference_update(node.parents)
        self.heads.add(cid)
        chain = self.chains.get(writer)
        if chain is None:
            chain = self.chains[writer] = {}
        at_seq = chain.get(seq)
        if at_seq is None:
            chain[seq] = [cid]
        else:
            at_seq.append(cid)
            if self._forks.get(writer, seq + 1) > seq:
                self._forks[writer] = seq
                self.fork_version += 1
        held = self._contiguous.get(writer, 0)
        while held + 1 in chain:
            held += 1
        self._contiguous[writer] = held
        return node

    def restore_many(self, rows: Iterable[StoredRow]) -> None:
        """`restore` of many stored changes at once, parents before children (a group's
        log in replay order, read when first needed): the same index, with less work per
        change (a large group's whole log is indexed before a command can answer)."""
        nodes, chains, control, forks = self.nodes, self.chains, self.control, self._forks
        empty, ctl_before = self._empty, self.ctl_before
        authors: dict[WriterId, PersonId] = {}
        cited: set[ChangeId] = set()
        added: list[ChangeId] = []
        order, file = len(nodes), self._file
        for cid, writer, seq, lamport, parents, change in rows:
            if len(parents) == 1:
                ctl = nodes[parents[0]].ctl or empty
            else:
                ctl = ctl_before(parents)
            cited.update(parents)
            if change is not None:
                ctl = ctl | {cid}
                control[cid] = change
            author = authors.get(writer)
            if author is None:
                author = authors[writer] = PersonId(writer.partition(":")[0])
            node = nodes[cid] = Node(cid, author, writer, seq, lamport, parents, ctl, order)
            order += 1
            file(node)
            added.append(cid)
            chain = chains.get(writer)
            if chain is None:
                chain = chains[writer] = {}
            at_seq = chain.get(seq)
            if at_seq is None:
                chain[seq] = [cid]
                continue
            at_seq.append(cid)
            if forks.get(writer, seq + 1) > seq:
                forks[writer] = seq
                self.fork_version += 1
        self.heads.difference_update(cited)
        self.heads.update(c for c in added if c not in cited)
        for writer in authors:
            chain, held = chains[writer], self._contiguous.get(writer, 0)
            while held + 1 in chain:
                held += 1
            self._contiguous[writer] = held

    def _file(self, node: Node) -> None:
        written = self._written.get(node.writer)
        if written is None:
            self._written[node.writer] = [node]
        elif written[-1].seq <= node.seq:
            written.append(node)  # the usual case: a writer's chain arrives in order
        else:
            insort(written, node, key=_SEQ)

    def written_after(self, theirs: Mapping[WriterId, int]) -> list[Node]:
        """The changes past `theirs` (per writer, the sequence number held; 0 when not
        named), in the order the index took them: parents first. Costs what it returns
        and the number of writers, not the size of the history (a sender asks after
        every batch it stores, for each peer)."""
        found: list[Node] = []
        for writer, written in self._written.items():
            held = theirs.get(writer, 0)
            if written[-1].seq > held:
                found.extend(written[bisect_right(written, held, key=_SEQ) :])
        found.sort(key=_ORDER)
        return found

    def latest_heads(self, limit: int) -> tuple[ChangeId, ...]:
        """The newest heads in replay order, at most `limit` of them."""
        chosen = sorted(self.heads, key=lambda c: self.nodes[c].key)[-limit:]
        return tuple(chosen)

    def last_of(self, writer: WriterId) -> Node | None:
        chain = self.chains.get(writer)
        if not chain:
            return None
        return self.nodes[chain[max(chain)][0]]

    def at(self, writer: WriterId, seq: int) -> list[ChangeId]:
        return self.chains.get(writer, {}).get(seq, [])

    def contiguous(self, writer: WriterId) -> int:
        """The highest sequence number of `writer` held without a gap (0 when none)."""
        return self._contiguous.get(writer, 0)

    def version_vector(self) -> dict[WriterId, int]:
        """Per writer, the highest sequence number held without a gap."""
        return dict(self._contiguous)

    def equivocations(self) -> dict[WriterId, int]:
        """Writers with two changes at one sequence number, and the first such number."""
        return dict(self._forks)

    def vv_of(self, change: ChangeId) -> dict[WriterId, int]:
        """The version vector of a change's causal past (itself included); cached."""
        cached = self._vv.get(change)
        if cached is not None:
            return cached
        vv: dict[WriterId, int] = {}
        seen: set[ChangeId] = set()
        stack = [change]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            node = self.nodes[current]
            if vv.get(node.writer, 0) < node.seq:
                vv[node.writer] = node.seq
            stack.extend(node.parents)
        self._vv[change] = vv
        return vv

    def precedes(self, earlier: ChangeId, later: ChangeId) -> bool:
        """Whether `earlier` lies in the causal past of `later`."""
        node = self.nodes[earlier]
        return self.vv_of(later).get(node.writer, 0) >= node.seq and earlier != later

    # -- strong removal --------------------------------------------------------------

    def effective_removals(self, ctl: frozenset[ChangeId]) -> list[Change]:
        """Removals in `ctl` that stand: a removal by someone removed concurrently is void.

        Removals are taken in replay order, so mutual concurrent removals resolve the
        same way on every peer: the first in that order stands.
        """
        removals = sorted(
            (self.control[c] for c in ctl if self.control[c].kind == REMOVAL),
            key=lambda c: self.nodes[c.id].key,
        )
        effective: list[Change] = []
        for removal in removals:
            if not any(self.voided_by(e, self.nodes[removal.id]) for e in effective):
                effective.append(removal)
        return effective

    def voided_by(self, removal: Change, node: Node) -> bool:
        """A change is void when its author's removal is concurrent with it."""
        if removal.body["person"].hex() != node.author or removal.id == node.id:
            return False
        if removal.id in node.ctl:
            return False
        return self.vv_of(removal.id).get(node.writer, 0) < node.seq

    def membership_now(self) -> Membership | None:
        """Who belongs to the group given everything held: the fold of all its control
        changes, as a full replay ends with it, without replaying anything else.

        None when a writer of a control change equivocated: only the replay knows which
        of that writer's changes are void from then on.
        """
        forks = self._forks
        if forks and any(
            self.nodes[c].seq >= forks.get(self.nodes[c].writer, self.nodes[c].seq + 1)
            for c in self.control
        ):
            return None
        return self.membership_for(frozenset(self.control))

    def membership_for(self, ctl: frozenset[ChangeId]) -> Membership:
        """The membership folded from a set of control changes, memoized per set.

        The returned object is read-only for callers. The newest set usually extends the
        previous newest by changes later in replay order; then that fold is carried
        forward in place instead of redone.
        """
        cached = self._memberships.get(ctl)
        if cached is not None:
            return cached
        membership = self._extend_tip(ctl)
        if membership is None:
            membership = self._fold(ctl)
            if ctl and len(ctl) >= len(self._tip.ctl):
                self._tip = _Tip(
                    ctl,
                    membership,
                    max(self.nodes[c].key for c in ctl),
                    self.effective_removals(ctl),
                )
        if len(self._memberships) > 256:
            self._memberships.clear()
        self._memberships[ctl] = membership
        return membership

    def _extend_tip(self, ctl: frozenset[ChangeId]) -> Membership | None:
        tip = self._tip
        if not tip.ctl or len(ctl) <= len(tip.ctl) or not tip.ctl < ctl:
            return None
        added = sorted(ctl - tip.ctl, key=lambda c: self.nodes[c].key)
        if self.nodes[added[0]].key <= tip.last_key:
            return None
        if any(self.control[c].kind == REMOVAL for c in added):
            return None
        self._memberships.pop(tip.ctl, None)  # its fold moves forward in place
        for change_id in added:
            self._apply_control(tip.membership, change_id, tip.effective)
        self._tip = _Tip(ctl, tip.membership, self.nodes[added[-1]].key, tip.effective)
        return tip.membership

    def _fold(self, ctl: frozenset[ChangeId]) -> Membership:
        membership = Membership(Settings(name="", currency="XXX", quorum=1))
        effective = self.effective_removals(ctl)
        for change_id in sorted(ctl, key=lambda c: self.nodes[c].key):
            self._apply_control(membership, change_id, effective)
        return membership

    def _apply_control(
        self, membership: Membership, change_id: ChangeId, effective: list[Change]
    ) -> None:
        node = self.nodes[change_id]
        if any(self.voided_by(r, node) for r in effective):
            return
        change = self.control[change_id]
        apply = spec_for(change.kind).apply_control
        assert apply is not None
        apply(membership, change)
