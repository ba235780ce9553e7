"""What a sender reads to catch a peer up (`missing_ids`): the changes the peer lacks by
its version vector, parents before children. It lists them in the order the index took
them, which is causal but not the replay order: checked equal, as a set, to the replay-
order listing it replaced, and causal, on a history where the two orders differ."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store


def _replay_order(store: Store, group: GroupId, theirs: dict[str, int]) -> list[tuple[Any, ...]]:
    """The listing `missing_ids` gave before: every missing change, sorted by replay key."""
    history = store._group(group).history
    wanted = [
        (n.id, n.writer, n.seq) for n in history.nodes.values() if n.seq > theirs.get(n.writer, 0)
    ]
    return sorted(wanted, key=lambda item: history.nodes[item[0]].key)


def _assert_causal(store: Store, group: GroupId, listed: list[tuple[Any, ...]]) -> None:
    history = store._group(group).history
    place = {cid: i for i, (cid, _, _) in enumerate(listed)}
    for i, (cid, _, _) in enumerate(listed):
        for parent in history.nodes[cid].parents:
            assert place.get(parent, -1) < i, f"{cid[:8]} listed before its parent {parent[:8]}"


def test_missing_ids_is_causal_and_complete_when_the_index_order_is_not_the_replay_order(
    store: Store, group: GroupId, people: dict[str, Signer], make_store: Any, tmp_path: Path
) -> None:
    other = make_store("second-pc")
    other.ingest_many(store.changes_missing(group, {}), source="test")
    for i in range(3):  # concurrent: neither PC has the other's yet
        actions.change_settings(store, people["Amina"], group, name=f"Umoja {i}")
        actions.change_settings(other, people["Amina"], group, name=f"Umoja B{i}")
    theirs = store.version_vector(group)
    store.ingest_many(other.changes_missing(group, theirs), source="test")
    actions.change_settings(store, people["Amina"], group, name="Umoja again")  # cites both

    listed = store.missing_ids(group, {})
    before = _replay_order(store, group, {})
    assert [c for c, _, _ in listed] != [c for c, _, _ in before], "the orders should differ"
    assert sorted(listed) == sorted(before)
    _assert_causal(store, group, listed)

    partial = {w: max(1, s - 2) for w, s in store.version_vector(group).items()}
    some = store.missing_ids(group, partial)
    assert sorted(some) == sorted(_replay_order(store, group, partial)) and some
    _assert_causal(store, group, some)
    assert store.missing_ids(group, store.version_vector(group)) == []

    # read back from disk, the index is in replay order: the same listing as before
    store.close()
    again = Store.open(tmp_path / "home")
    try:
        assert again.missing_ids(group, {}) == _replay_order(again, group, {})
        assert sorted(again.missing_ids(group, {})) == sorted(listed)
    finally:
        again.close()
