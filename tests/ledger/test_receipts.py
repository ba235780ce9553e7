"""Witnessed states: three PCs sign receipts as they sync; a bundle shows who held its state
and which changes a receipt proves were left out. Store to store, as sync carries them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ledger.exports.bundle import MANIFEST_CONTEXT, build_bundle, change_set_facts
from ledger.exports.period import Period
from ledger.exports.verify import verify_bytes
from ledger.savings import group_actions
from ledger.savings import membership_actions as actions
from ledger.store import codec, receipt_store
from ledger.store.events import ReceiptsArrived, StoreEvent
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.receipts import decode_receipt, sign_receipt, witnessing
from ledger.store.store import Store
from tests.ledger.exports.conftest import entry_body


def _sync(a: Store, b: Store, group: GroupId) -> None:
    """What a sync session does: changes both ways, then each side's receipt, exchanged."""
    b.ingest_many(a.raw_changes(group), source="peer")
    a.ingest_many(b.raw_changes(group), source="peer")
    for one, other in ((a, b), (b, a)):
        one.sign_receipt(group)
        assert all(r is None for r in other.take_receipts(group, one.receipts(group)))


def _three_pcs(make_store: Any, people: dict[str, Signer]) -> tuple[list[Store], GroupId]:
    """Amina's PC founds Umoja; Bosco and Esther (elders) each link their own PC."""
    a, b, c = make_store("amina"), make_store("bosco"), make_store("esther")
    g = actions.create_group(a, people["Amina"], name="Umoja", currency="KES", quorum=2).group
    for name in ("Bosco", "Esther"):
        actions.add_member(a, people["Amina"], g, person=people[name].person, name=name,
                           roles=["elder"])
    for pc, name in ((b, "Bosco"), (c, "Esther")):
        pc.ingest_many(a.raw_changes(g), source="peer")
        actions.link_device(pc, people[name], g)
    return [a, b, c], g


def _sync_all(pcs: list[Store], group: GroupId) -> None:
    for _ in range(2):
        for i, one in enumerate(pcs):
            for other in pcs[i + 1:]:
                _sync(one, other, group)


def test_a_bundle_after_all_three_synced_is_held_by_3_of_3(
    make_store: Any, people: dict[str, Signer]
) -> None:
    (a, b, c), g = _three_pcs(make_store, people)
    entry = a.write(people["Amina"], g, "entry.add",
                    entry_body(g, "contribution", people["Bosco"], 5_000, "2026-10-12"))
    _sync_all([a, b, c], g)
    b.write(people["Bosco"], g, "signoff", {"entries": [bytes.fromhex(entry.id)]})
    c.ingest_many(b.raw_changes(g), source="peer")
    c.write(people["Esther"], g, "signoff", {"entries": [bytes.fromhex(entry.id)]})
    _sync_all([a, b, c], g)
    verdict = verify_bytes(build_bundle(a, g, people["Amina"], Period()))
    assert verdict.sound, verdict.problems
    assert verdict.witnessed is not None
    assert (verdict.witnessed.held_by, verdict.witnessed.pcs) == (3, 3)
    assert "was held by 3 of the group's 3 PCs, the latest on" in str(verdict.witnessed.line())
    assert verdict.recomputed is not None and verdict.recomputed["confirmed"] == 5_000


def test_a_bundle_without_the_newest_signoff_is_flagged(
    make_store: Any, people: dict[str, Signer]
) -> None:
    (a, b, c), g = _three_pcs(make_store, people)
    entry = a.write(people["Amina"], g, "entry.add",
                    entry_body(g, "contribution", people["Bosco"], 5_000, "2026-10-12"))
    _sync_all([a, b, c], g)
    b.write(people["Bosco"], g, "signoff", {"entries": [bytes.fromhex(entry.id)]})
    _sync_all([a, b, c], g)
    newest = c.write(people["Esther"], g, "signoff", {"entries": [bytes.fromhex(entry.id)]})
    _sync(b, c, g)  # Bosco's and Esther's PCs saw the sign-off; Amina's has not synced since
    honest = build_bundle(b, g, people["Bosco"], Period())
    outer = codec.decode_canonical(honest)
    manifest = codec.decode_canonical(outer["manifest"])
    changes = [raw for raw in outer["changes"] if raw != newest.raw]
    assert len(changes) == len(outer["changes"]) - 1
    heads, ids_hash = change_set_facts(changes)
    stale = verify_bytes(build_bundle(a, g, people["Amina"], Period()))
    assert stale.recomputed is not None
    manifest.update(count=len(changes), heads=heads, changes=ids_hash, totals=stale.recomputed)
    outer["changes"] = changes
    outer["receipts"] = [r for r in outer["receipts"]
                         if decode_receipt(r).device != b.device_id]  # drop his own receipt
    outer["manifest"] = codec.encode(manifest)
    outer["sig"] = people["Bosco"].sign(MANIFEST_CONTEXT + outer["manifest"])
    verdict = verify_bytes(codec.encode(outer))
    assert not verdict.sound
    assert [c.name for c in verdict.checks if not c.ok] == ["witnesses"]
    assert verdict.witnessed is not None and verdict.witnessed.missing == 1
    assert verdict.witnessed.missing_seen_by == ["Esther"]
    assert "a change that PCs of Esther had seen is missing" in verdict.problems[0]


def test_receipts_never_change_the_state(make_store: Any, people: dict[str, Signer]) -> None:
    (a, b, _), g = _three_pcs(make_store, people)
    a.ingest_many(b.raw_changes(g), source="peer")  # Bosco's PC link
    before = a.state(g).digest()
    b.sign_receipt(g)
    a.take_receipts(g, b.receipts(g))
    assert a.receipts(g) and a.state(g).digest() == before
    assert a.change_count(g) == b.change_count(g)


def test_bad_receipts_are_refused_with_a_reason_and_nothing_is_kept(
    make_store: Any, people: dict[str, Signer]
) -> None:
    (a, b, _), g = _three_pcs(make_store, people)
    other = actions.create_group(a, people["Amina"], name="Other", currency="KES").group
    a.sign_receipt(other)
    foreign = a.receipts(other)[0]
    outsider = make_store("outsider")
    unlinked = sign_receipt(outsider._device_key, group=g, person=people["Amina"].person,
                            vv={}, ids=[], time=1).raw
    payload, signature = codec.decode_canonical(foreign)
    altered = codec.encode([payload[:-1] + bytes([payload[-1] ^ 1]), signature])
    reasons = b.take_receipts(g, [b"\x00", foreign, unlinked, altered])
    assert all(reasons)
    assert [str(r) for r in reasons[1:3]] == [
        "the receipt is of another group",
        "the receipt's PC is not linked to the group for its person",
    ]
    assert b.receipts(g) == []


def test_a_receipt_held_already_is_passed_over_without_a_write(
    make_store: Any, people: dict[str, Signer], monkeypatch: Any
) -> None:
    (a, b, _), g = _three_pcs(make_store, people)
    b.ingest_many(a.raw_changes(g), source="peer")
    a.sign_receipt(g)
    arrived: list[StoreEvent] = []
    b.subscribe(arrived.append)
    assert b.take_receipts(g, a.receipts(g)) == [None]
    assert [type(e) for e in arrived] == [ReceiptsArrived]
    writes = b.db.total_changes
    decoded: list[bytes] = []

    def counted(raw: bytes) -> Any:
        decoded.append(raw)
        return decode_receipt(raw)

    monkeypatch.setattr(receipt_store, "decode_receipt", counted)
    # Again, with a bad one beside it: only the bad one is looked at, and nothing written.
    reasons = b.take_receipts(g, [*a.receipts(g), b"\x00"])
    assert reasons[0] is None and reasons[1]
    assert decoded == [b"\x00"]
    assert b.db.total_changes == writes and len(arrived) == 1
    assert b.receipts(g) == a.receipts(g)


def test_an_older_receipt_does_not_replace_a_newer(make_store: Any,
                                                   people: dict[str, Signer]) -> None:
    (a, b, _), g = _three_pcs(make_store, people)
    b.ingest_many(a.raw_changes(g), source="peer")
    b.sign_receipt(g, time=2_000)
    newer = b.receipts(g)
    b.sign_receipt(g, time=1_000)
    assert b.receipts(g) == newer


def test_closing_a_meeting_signs_a_receipt(store: Store, group: GroupId,
                                           people: dict[str, Signer]) -> None:
    meeting = group_actions.open_meeting(store, people["Amina"], group, date="2026-10-12")
    assert store.receipts(group) == []
    group_actions.close_meeting(store, people["Amina"], group, meeting.id, {group: "0"})
    (raw,) = store.receipts(group)
    assert decode_receipt(raw).count == store.change_count(group)


def test_a_store_made_before_receipts_gains_the_table(tmp_path: Path) -> None:
    Store.open(tmp_path / "old").close()
    db = sqlite3.connect(tmp_path / "old" / "lattice.sqlite3")
    db.execute("DROP TABLE receipt")
    db.commit()
    db.close()
    store = Store.open(tmp_path / "old")
    try:
        assert store.receipts(GroupId("00" * 32)) == []
    finally:
        store.close()


def test_too_many_receipts_at_once_are_refused(make_store: Any,
                                               people: dict[str, Signer]) -> None:
    (a, _, _), g = _three_pcs(make_store, people)
    a.sign_receipt(g)
    reasons = a.take_receipts(g, a.receipts(g) * 1025)
    assert set(map(str, reasons)) == {"too many receipts at once"}


def test_a_receipt_claiming_a_huge_sequence_is_counted_not_listed(
    make_store: Any, people: dict[str, Signer]
) -> None:
    """A PC's receipt may claim any number; the verdict counts the gap without walking it."""
    (a, _, _), g = _three_pcs(make_store, people)
    history = a.history(g)
    vv = dict(history.version_vector())
    writer = next(iter(vv))
    vv[writer] = 2**62
    receipt = sign_receipt(a._device_key, group=g, person=people["Amina"].person, vv=vv,
                           ids=list(history.nodes), time=5)
    state = a.state(g)
    seen = witnessing([receipt], history.version_vector(), state.membership)
    assert seen.missing == 2**62 - history.version_vector()[writer]
    assert seen.held_by == 1 and seen.missing_seen_by == ["Amina"]


def test_one_pc_is_named_in_the_singular() -> None:
    from ledger.store.receipts import Witnessing

    held = str(Witnessing(pcs=1, held_by=1, latest=1_760_000_000_000).line())
    unheld = str(Witnessing(pcs=1, held_by=0, latest=None).line())
    assert "one PC" in held and "1 PCs" not in held
    assert "one PC" in unheld and "1 PCs" not in unheld
    assert "of the group's 3 PCs" in str(Witnessing(pcs=3, held_by=2, latest=1).line())
