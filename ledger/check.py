"""`lattice check`: verify everything stored, from the raw bytes up."""

from __future__ import annotations

from ledger.change import decode_change
from ledger.errors import DecodeError, LatticeError
from ledger.history import GroupHistory
from ledger.kinds import spec_for
from ledger.state import replay
from ledger.storage import integrity_problems
from ledger.store import Store


def check_store(store: Store) -> tuple[list[str], int]:
    """Problems found (empty when sound) and how many changes were verified."""
    problems = [f"SQLite: {p}" for p in integrity_problems(store.db)]
    checked = 0
    for group in store.group_ids():
        history = GroupHistory(group)
        ordered = []
        for raw in store.raw_changes(group):
            checked += 1
            try:
                change = decode_change(raw)
                spec_for(change.kind).check_body(change.body)
            except DecodeError as exc:
                problems.append(f"group {group[:8]}: a stored change fails verification: {exc}")
                continue
            if change.group != group:
                problems.append(f"change {change.id[:8]} is filed under the wrong group")
                continue
            missing = [p for p in change.parents if p not in history]
            if missing:
                problems.append(f"change {change.id[:8]} is stored before what it depends on")
                continue
            if change.prev is not None:
                prev = history.nodes[change.prev]
                if prev.writer != change.writer or prev.seq != change.seq - 1:
                    problems.append(f"change {change.id[:8]} breaks its writer's chain")
                    continue
            reason = spec_for(change.kind).authorize(
                history.membership_for(history.ctl_before(change.parents)), change
            )
            if reason is not None:
                problems.append(f"change {change.id[:8]} was not allowed: {reason}")
            history.add(change)
            ordered.append(change)
        try:
            from ledger import catalog

            fresh = replay(history, ordered, catalog.books_factory())
            if fresh.digest() != store.state(group).digest():
                problems.append(f"group {group[:8]}: the cached state differs from the log")
        except LatticeError as exc:
            problems.append(f"group {group[:8]}: {exc}")
    for (pending_raw,) in store.db.execute("SELECT raw FROM pending_change"):
        checked += 1
        try:
            decode_change(pending_raw)
        except DecodeError as exc:
            problems.append(f"a waiting change fails verification: {exc}")
    return problems, checked
