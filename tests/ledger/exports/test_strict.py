"""`lattice verify` refuses every bundle the format forbids, each with a reason that says why."""

from __future__ import annotations

import hashlib
from typing import Any

from ledger.exports.bundle import MANIFEST_CONTEXT, build_bundle
from ledger.exports.period import Period
from ledger.exports.verify import Verdict, verify_bytes
from ledger.savings import membership_actions as actions
from ledger.store import codec
from ledger.store.change import sign_change
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store

CHANGES = "signatures, chains and authority"


def _forge(data: bytes, by: Signer, changes: list[bytes] | None = None, *,
           outer_fields: dict[str, Any] | None = None, **manifest_fields: Any) -> bytes:
    """Re-sign a bundle the way a dishonest exporter could, with these changes and fields."""
    outer = codec.decode_canonical(data)
    manifest = codec.decode_canonical(outer["manifest"])
    if changes is not None:
        heads, ids_hash = _facts(changes)
        manifest.update(count=len(changes), heads=heads, changes=ids_hash)
        outer["changes"] = changes
    manifest.update(manifest_fields)
    outer["manifest"] = codec.encode(manifest)
    outer["sig"] = by.sign(MANIFEST_CONTEXT + outer["manifest"])
    outer.update(outer_fields or {})
    return codec.encode(outer)


def _facts(changes: list[bytes]) -> tuple[list[bytes], bytes]:
    """The manifest's heads and id hash, read leniently (a forger needs no valid change)."""
    ids = [hashlib.sha256(raw).digest() for raw in changes]
    followed: set[bytes] = set()
    for raw in changes:
        payload = codec.decode_one(codec.decode_one(raw)[0])
        followed.update(payload["deps"])
        if payload["p"] is not None:
            followed.add(payload["p"])
    return sorted(set(ids) - followed), hashlib.sha256(b"".join(sorted(ids))).digest()


def _changes(data: bytes) -> list[bytes]:
    return list(codec.decode_canonical(data)["changes"])


def _problem(verdict: Verdict, name: str) -> str:
    assert not verdict.sound
    found = [c.detail for c in verdict.checks if c.name == name and not c.ok]
    assert found, verdict.problems
    return found[0]


def test_changes_out_of_order_are_refused(store: Store, ledger_group: GroupId,
                                          people: dict[str, Signer]) -> None:
    data = build_bundle(store, ledger_group, people["Amina"], Period())
    changes = _changes(data)
    swapped = [*changes[:3], changes[4], changes[3], *changes[5:]]
    reason = _problem(verify_bytes(_forge(data, people["Amina"], swapped)), CHANGES)
    assert "change #3" in reason and "parents must be listed before their children" in reason
    reversed_ = list(reversed(changes))
    reason = _problem(verify_bytes(_forge(data, people["Amina"], reversed_)), CHANGES)
    assert "the first change must be the group's founding (genesis) change" in reason


def test_a_boolean_version_is_refused(store: Store, group: GroupId,
                                      people: dict[str, Signer]) -> None:
    data = build_bundle(store, group, people["Amina"], Period())
    verdict = verify_bytes(_forge(data, people["Amina"], outer_fields={"v": True}))
    assert "unknown bundle format" in _problem(verdict, "format")


def test_a_negative_or_boolean_time_or_count_is_refused(store: Store, group: GroupId,
                                                        people: dict[str, Signer]) -> None:
    data = build_bundle(store, group, people["Amina"], Period())
    for field, value in (("created", -1), ("created", True), ("decimals", True),
                         ("count", False), ("name", b"Umoja")):
        verdict = verify_bytes(_forge(data, people["Amina"], **{field: value}))
        assert f"the manifest's {field} has the wrong type" in _problem(verdict, "format")


def test_a_boolean_change_version_is_refused(store: Store, group: GroupId,
                                             people: dict[str, Signer]) -> None:
    data = build_bundle(store, group, people["Amina"], Period())
    changes = _changes(data)
    outer = codec.decode_canonical(changes[-1])
    payload = codec.decode_canonical(outer[0])
    payload["v"] = True
    outer[0] = codec.encode(payload)
    outer[1] = people["Amina"].sign(b"lattice/change/v1\x00" + outer[0])
    reason = _problem(
        verify_bytes(_forge(data, people["Amina"], [*changes[:-1], codec.encode(outer)])), CHANGES
    )
    assert "unknown change format version True" in reason


def test_another_groups_genesis_is_refused(store: Store, group: GroupId,
                                           people: dict[str, Signer]) -> None:
    other = actions.create_group(store, people["Amina"], name="Other", currency="KES").group
    data = build_bundle(store, group, people["Amina"], Period())
    smuggled = [*_changes(data), *store.raw_changes(other)]
    reason = _problem(verify_bytes(_forge(data, people["Amina"], smuggled)), CHANGES)
    assert "a second founding change" in reason


def test_a_change_of_another_group_is_refused(store: Store, group: GroupId,
                                              people: dict[str, Signer]) -> None:
    other = actions.create_group(store, people["Amina"], name="Other", currency="KES").group
    actions.add_member(store, people["Amina"], other, person=people["Bosco"].person,
                       name="Bosco", roles=["elder"])
    data = build_bundle(store, group, people["Amina"], Period())
    smuggled = [*_changes(data), store.raw_changes(other)[-1]]
    reason = _problem(verify_bytes(_forge(data, people["Amina"], smuggled)), CHANGES)
    assert f"it belongs to another group ({other[:8]})" in reason


def test_a_duplicate_change_is_refused(store: Store, group: GroupId,
                                       people: dict[str, Signer]) -> None:
    data = build_bundle(store, group, people["Amina"], Period())
    changes = _changes(data)
    reason = _problem(verify_bytes(_forge(data, people["Amina"], [*changes, changes[1]])), CHANGES)
    assert "is change #1 again (a duplicate)" in reason


def test_an_unknown_kind_or_body_field_is_refused(store: Store, group: GroupId,
                                                  people: dict[str, Signer]) -> None:
    data = build_bundle(store, group, people["Amina"], Period())
    changes = _changes(data)
    history = store.history(group)
    last = history.last_of(f"{people['Amina'].person}:{store.device_id}")  # type: ignore[arg-type]
    assert last is not None
    for kind, body, words in (
        ("entry.delete", {"entry": b"x" * 32}, "unknown kind of change 'entry.delete'"),
        ("member.add", {"person": bytes.fromhex(people["Dan"].person), "name": "Dan",
                        "roles": ["member"], "nickname": "D"}, "unknown fields in body"),
    ):
        change = sign_change(people["Amina"], group=group, device=store.device_id,
                             seq=last.seq + 1, prev=last.id, deps=tuple(sorted(history.heads)),
                             clock=1, kind=kind, body=body)
        reason = _problem(verify_bytes(_forge(data, people["Amina"], [*changes, change.raw])),
                          CHANGES)
        assert words in reason


def test_a_totals_failure_names_only_real_differences(store: Store, ledger_group: GroupId,
                                                      people: dict[str, Signer]) -> None:
    data = build_bundle(store, ledger_group, people["Amina"], Period())
    totals = codec.decode_canonical(codec.decode_canonical(data)["manifest"])["totals"]
    totals["pending"] += 1
    reason = _problem(verify_bytes(_forge(data, people["Amina"], totals=totals)), "totals")
    assert reason == "totals.pending is claimed as 20001 but the changes give 20000"


def test_the_offline_replay_gives_the_state_a_store_gives(
    store: Store, ledger_group: GroupId, people: dict[str, Signer], make_store: Any
) -> None:
    """Verifying replays in memory by the store's own admission rule: same state, exactly."""
    from ledger.exports.offline import replay_bundle

    data = build_bundle(store, ledger_group, people["Amina"], Period())
    replayed = replay_bundle(_changes(data), ledger_group)
    assert not replayed.refusals and replayed.state is not None
    fresh = make_store("fresh")
    fresh.ingest_many(_changes(data), source="bundle")
    assert replayed.state.digest() == fresh.state(ledger_group).digest()
    assert replayed.state.digest() == store.state(ledger_group).digest()
