"""Ingest: the entry point for every change from elsewhere; bad input changes nothing."""

from __future__ import annotations

from typing import Any

from ledger.savings import membership_actions as actions
from ledger.store.change import decode_change
from ledger.store.history import GroupHistory
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.conftest import forge


def _copy(store: Store, group: GroupId, make_store: Any, name: str = "copy") -> Store:
    other: Store = make_store(name)
    other.ingest_many(store.raw_changes(group))
    return other


def test_ingest_is_idempotent(store: Store, group: GroupId, make_store: Any) -> None:
    other = _copy(store, group, make_store)
    results = other.ingest_many(store.raw_changes(group))
    assert {r.status for r in results} == {"duplicate"}
    assert other.state(group).digest() == store.state(group).digest()


def test_pending_until_dependencies_arrive(
    store: Store, group: GroupId, make_store: Any, people: dict[str, Signer]
) -> None:
    raws = store.raw_changes(group)
    other = make_store()
    assert other.ingest(raws[0]).status == "accepted"
    for raw in reversed(raws[2:]):
        assert other.ingest(raw).status == "pending"
    assert other.pending_count() == len(raws) - 2
    assert other.ingest(raws[1]).status == "accepted"
    assert other.pending_count() == 0
    assert other.state(group).digest() == store.state(group).digest()


def test_unknown_group_is_rejected(store: Store, group: GroupId, make_store: Any) -> None:
    other = make_store()
    result = other.ingest(store.raw_changes(group)[1])
    assert result.status == "rejected"
    assert result.reason == "it belongs to a group this PC does not hold"
    assert other.group_ids() == []


def test_dependency_from_another_group_is_rejected(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    other_group = actions.create_group(store, people["Amina"], name="Tumaini", currency="RWF").group
    foreign = forge(
        people["Amina"],
        store,
        group,
        "device.link",
        {},
        deps=(store.history(other_group).latest_heads(1)[0],),
    )
    result = store.ingest(foreign.raw)
    assert result.status == "rejected" and "another group" in (result.reason or "")


def test_sequence_gap_is_rejected(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    last = store.history(group).last_of(f"{people['Amina'].person}:{store.device_id}")  # type: ignore[arg-type]
    assert last is not None
    gap = forge(people["Amina"], store, group, "device.link", {}, seq=last.seq + 2, prev=last.id)
    result = store.ingest(gap.raw)
    assert result.status == "rejected" and "sequence gap" in (result.reason or "")


def test_broken_chain_is_rejected(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    bosco_change = actions.link_device(store, people["Bosco"], group)
    last = store.history(group).last_of(f"{people['Amina'].person}:{store.device_id}")  # type: ignore[arg-type]
    assert last is not None
    broken = forge(
        people["Amina"], store, group, "device.link", {}, seq=last.seq + 1, prev=bosco_change.id
    )
    result = store.ingest(broken.raw)
    assert result.status == "rejected" and "broken chain" in (result.reason or "")


def test_equivocation_keeps_both_and_flags_the_author(
    store: Store, group: GroupId, people: dict[str, Signer], make_store: Any
) -> None:
    one = forge(people["Chiku"], store, group, "device.link", {"label": "one"})
    two = forge(people["Chiku"], store, group, "device.link", {"label": "two"})
    assert one.seq == two.seq and one.id != two.id
    other = _copy(store, group, make_store)
    assert store.ingest(one.raw).status == "accepted"
    assert store.ingest(two.raw).status == "accepted"
    assert other.ingest(two.raw).status == "accepted"
    assert other.ingest(one.raw).status == "accepted"
    state = store.state(group)
    writer = f"{people['Chiku'].person}:{store.device_id}"
    assert state.equivocators == {writer: one.seq}
    assert {v.change for v in state.voided} >= {one.id, two.id}
    assert "equivocation" in state.voided[0].reason
    assert other.state(group).digest() == state.digest()


def test_same_person_on_two_pcs_is_not_equivocation(
    store: Store, group: GroupId, people: dict[str, Signer], make_store: Any
) -> None:
    other = _copy(store, group, make_store)
    a = actions.edit_document(store, people["Amina"], group, "minutes:" + "ab" * 8, "office")
    assert a is not None
    b = actions.link_device(other, people["Amina"], group, "home")
    assert store.ingest(b.raw).status == "accepted"
    assert other.ingest(a.raw).status == "accepted"
    state = store.state(group)
    assert state.equivocators == {}
    assert state.membership.members[people["Amina"].person].devices == {
        store.device_id,
        other.device_id,
    }
    assert other.state(group).digest() == state.digest()


def test_garbage_is_rejected_and_logged(store: Store, group: GroupId) -> None:
    before = store.state(group).digest()
    result = store.ingest(b"\x00garbage")
    assert result.status == "rejected" and "not valid CBOR" in (result.reason or "")
    assert store.rejections(1)[0][1] == result.reason
    assert store.state(group).digest() == before


def test_unknown_kind_is_rejected(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    forged = forge(people["Amina"], store, group, "money.print", {})
    result = store.ingest(forged.raw)
    assert result.status == "rejected" and "unknown kind" in (result.reason or "")


def test_bad_body_is_rejected(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    forged = forge(
        people["Amina"],
        store,
        group,
        "member.add",
        {"person": b"short", "name": "X", "roles": ["member"]},
    )
    result = store.ingest(forged.raw)
    assert result.status == "rejected" and "32 bytes" in (result.reason or "")
    forged = forge(
        people["Amina"],
        store,
        group,
        "member.add",
        {"person": bytes(32), "name": "X", "roles": ["king"]},
    )
    assert "must be one of" in (store.ingest(forged.raw).reason or "")


def _fields(history: GroupHistory) -> dict[str, Any]:
    return {
        "nodes": {
            c: (n.author, n.writer, n.seq, n.lamport, n.parents, n.ctl)
            for c, n in history.nodes.items()
        },
        "chains": history.chains,
        "control": set(history.control),
        "heads": history.heads,
        "forks": history.equivocations(),
        "fork_version": history.fork_version,
        "contiguous": history.version_vector(),
        "ctl objects": len({id(n.ctl) for n in history.nodes.values()}),
    }


def test_the_index_read_at_once_equals_one_restored_change_by_change(
    store: Store, group: GroupId, people: dict[str, Signer], make_store: Any
) -> None:
    """`restore_many` (how a group's log is indexed when first needed) builds the index
    `restore` builds one change at a time: concurrent writers, control changes, a fork."""
    other = _copy(store, group, make_store)
    actions.edit_document(store, people["Amina"], group, "minutes:" + "ab" * 8, "office")
    actions.link_device(other, people["Bosco"], group, "home")
    actions.add_member(other, people["Amina"], group, person=people["Dan"].person, name="Dan",
                       roles=["member"])  # fmt: skip
    for raw in other.raw_changes(group):
        store.ingest(raw)
    one = forge(people["Chiku"], store, group, "device.link", {"label": "one"})
    two = forge(people["Chiku"], store, group, "device.link", {"label": "two"})
    assert store.ingest(one.raw).status == "accepted"
    assert store.ingest(two.raw).status == "accepted"
    actions.edit_document(store, people["Amina"], group, "minutes:" + "ab" * 8, "after")

    reference = GroupHistory(group)
    for change in map(decode_change, store.raw_changes(group)):
        node = store.history(group).nodes[change.id]
        control = change if change.id in store.history(group).control else None
        reference.restore(change.id, node.writer, node.seq, node.lamport, change.parents, control)
    read = store._load_history(group)
    assert _fields(read) == _fields(reference)
    held = store.history(group)  # (built as changes arrived: a fork's two in arrival order)
    assert _fields(read) == {
        **_fields(held),
        "chains": {w: {s: sorted(ids) for s, ids in c.items()} for w, c in held.chains.items()},
    }
    assert read.fork_version == 1 and len(read.heads) == 1
