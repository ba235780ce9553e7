"""`GroupHistory.written_after`, the per-writer index a sender asks what a peer lacks,
gives exactly what a scan of the whole history gives, in the same order, over random
histories: several writers, equivocations (two changes at one number, the second taken
after later ones), gaps, a history read from disk in bulk then grown change by change."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger.store.history import GroupHistory, StoredRow
from ledger.store.ids import ChangeId, GroupId, WriterId

WRITERS = [WriterId(f"{'a' * 63}{i}:{'d' * 63}{i}") for i in range(4)]


def _scan(history: GroupHistory, theirs: dict[WriterId, int]) -> list[ChangeId]:
    """The answer before the index: every node past `theirs`, in the order indexed."""
    return [n.id for n in history.nodes.values() if n.seq > theirs.get(n.writer, 0)]


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[StoredRow], int]:
    """Rows parents first, and how many of them are read in bulk (the rest one by one)."""
    rows: list[StoredRow] = []
    lamport: dict[ChangeId, int] = {}
    chains: dict[WriterId, list[tuple[int, ChangeId]]] = {}
    for n in range(draw(st.integers(0, 40))):
        writer = draw(st.sampled_from(WRITERS))
        chain = chains.setdefault(writer, [])
        how = draw(st.sampled_from(["next", "next", "next", "fork", "gap"]))
        if how == "fork" and len(chain) >= 2:
            at = draw(st.integers(1, len(chain) - 1))
            seq, prev = chain[at][0], [chain[at - 1][1]]
        elif chain:
            seq = chain[-1][0] + (1 if how != "gap" else draw(st.integers(2, 5)))
            prev = [chain[-1][1]]
        else:
            seq, prev = 1, []
        deps = draw(st.lists(st.sampled_from([r[0] for r in rows]), max_size=2)) if rows else []
        parents = tuple(dict.fromkeys(prev + deps))
        cid = ChangeId(hashlib.sha256(f"{n}".encode()).hexdigest())
        lamport[cid] = 1 + max((lamport[p] for p in parents), default=-1)
        chain.append((seq, cid))
        rows.append((cid, writer, seq, lamport[cid], parents, None))
    return rows, draw(st.integers(0, len(rows)))


theirs_vv = st.dictionaries(st.sampled_from(WRITERS), st.integers(0, 12), max_size=4)


@settings(max_examples=300, deadline=None)
@given(histories(), st.lists(theirs_vv, min_size=1, max_size=4))
def test_written_after_equals_a_scan_of_the_whole_history(
    history_rows: tuple[list[StoredRow], int], asked: list[dict[WriterId, int]]
) -> None:
    rows, bulk = history_rows
    history = GroupHistory(GroupId("5a" * 32))
    history.restore_many(rows[:bulk])
    for theirs in asked:
        assert [n.id for n in history.written_after(theirs)] == _scan(history, theirs)
    for row in rows[bulk:]:  # then arriving one at a time, asked after each
        history.restore(*row)
        for theirs in asked:
            assert [n.id for n in history.written_after(theirs)] == _scan(history, theirs)
    assert [n.id for n in history.written_after({})] == list(history.nodes)
    assert history.written_after(history.version_vector()) == [
        n for n in history.nodes.values() if n.seq > history.contiguous(n.writer)
    ]
