"""Witnessed states over the real network: three PCs in their own namespaces sync by mDNS,
sign receipts, and a bundle exported after all three synced reports 3 of 3; the same
bundle without the newest sign-off, re-signed, is flagged as missing a change."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ledger.exports.bundle import MANIFEST_CONTEXT, build_bundle, change_set_facts
from ledger.exports.period import Period
from ledger.exports.verify import verify_bytes
from ledger.store import codec
from ledger.store.ids import GroupId
from ledger.store.receipts import decode_receipt
from ledger.store.store import Store
from tests.ledger.exports.conftest import entry_body
from tests.multihost.lan import Serving, founded_group, people, wait_converged
from tests.multihost.netns import NetnsLab

pytestmark = [pytest.mark.multihost, pytest.mark.timeout(600)]


def _write(home: Path, signer: object, group: GroupId, kind: str, body: dict[str, object]) -> str:
    store = Store.open(home)
    try:
        return store.write(signer, group, kind, body).id  # type: ignore[arg-type]
    finally:
        store.close()


def _witnessed_everywhere(homes: list[Path], group: GroupId, timeout: float) -> None:
    """Poll until every PC holds a receipt of every PC covering all of the group's changes."""
    deadline = time.monotonic() + timeout
    seen: list[int] = []
    while time.monotonic() < deadline:
        seen = []
        for home in homes:
            store = Store.open(home)
            try:
                count = store.change_count(group)
                seen.append(sum(decode_receipt(r).count == count for r in store.receipts(group)))
            finally:
                store.close()
        if all(n == len(homes) for n in seen):
            return
        time.sleep(1)
    raise AssertionError(f"receipts of the final state per PC: {seen}")


def test_three_pcs_witness_their_state_and_a_dropped_signoff_is_flagged(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    lab = netns_lab(3)
    homes = [tmp_path / n for n in ("a", "b", "c")]
    amina, bosco, chiku = people("Amina", "Bosco", "Chiku")
    group = founded_group(homes, [amina, bosco, chiku])
    entry = _write(homes[0], amina, group, "entry.add",
                   entry_body(group, "contribution", chiku, 5_000, "2026-10-12"))
    serving = [Serving(lab.hosts[i], homes[i]) for i in range(3)]
    try:
        wait_converged(homes, group, 120, writers=3)
        _write(homes[1], bosco, group, "signoff", {"entries": [bytes.fromhex(entry)]})
        wait_converged(homes, group, 120, writers=3)
        _write(homes[2], chiku, group, "signoff", {"entries": [bytes.fromhex(entry)]})
        wait_converged(homes, group, 120, writers=3)
        _witnessed_everywhere(homes, group, 120)
    finally:
        for s in serving:
            s.stop()

    store = Store.open(homes[0])
    try:
        honest = build_bundle(store, group, amina, Period())
        newest = store.recent_changes(group, 1)[0]
    finally:
        store.close()
    verdict = verify_bytes(honest)
    assert verdict.sound, verdict.problems
    assert verdict.witnessed is not None
    assert (verdict.witnessed.held_by, verdict.witnessed.pcs) == (3, 3)
    assert verdict.recomputed is not None and verdict.recomputed["confirmed"] == 5_000

    # Amina drops Chiku's sign-off, claims the totals it then gives, drops her own receipt.
    assert newest.kind == "signoff"
    outer = codec.decode_canonical(honest)
    changes = [raw for raw in outer["changes"] if raw != newest.raw]
    heads, ids_hash = change_set_facts(changes)
    manifest = codec.decode_canonical(outer["manifest"])
    totals = manifest["totals"]
    totals["confirmed"] -= 5_000
    totals["pending"] += 5_000
    totals["confirmed_entries"] -= 1
    fund = totals["funds"][0]
    fund["confirmed"] -= 5_000
    fund["in"] -= 5_000
    fund["pending"] += 5_000
    totals["flows"] = {}
    manifest.update(count=len(changes), heads=heads, changes=ids_hash, totals=totals)
    outer["changes"] = changes
    outer["receipts"] = [r for r in outer["receipts"]
                         if decode_receipt(r).person != amina.person]
    outer["manifest"] = codec.encode(manifest)
    outer["sig"] = amina.sign(MANIFEST_CONTEXT + outer["manifest"])
    forged = verify_bytes(codec.encode(outer))
    assert [c.name for c in forged.checks if not c.ok] == ["witnesses"], forged.problems
    assert forged.witnessed is not None and forged.witnessed.missing == 1
    assert forged.witnessed.missing_seen_by == ["Bosco", "Chiku"]
