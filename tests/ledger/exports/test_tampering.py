"""A bundle of a real signed ledger: sound as written; each kind of tampering fails it."""

from __future__ import annotations

import hashlib
from typing import Any

from ledger.exports.bundle import MANIFEST_CONTEXT, build_bundle, change_set_facts
from ledger.exports.period import Period
from ledger.exports.totals import bundle_totals
from ledger.exports.verify import Verdict, verify_bytes
from ledger.store import codec
from ledger.store.change import decode_change, sign_change
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ledger.exports.conftest import entry_body


def _forge(data: bytes, by: Signer, changes: list[bytes], **manifest_fields: Any) -> bytes:
    """What a dishonest exporter could write: other changes, a manifest that names exactly
    them (count, heads, hash), signed with the exporter's own key."""
    outer = codec.decode_canonical(data)
    manifest = codec.decode_canonical(outer["manifest"])
    heads, ids_hash = change_set_facts(changes)
    manifest.update(count=len(changes), heads=heads, changes=ids_hash, **manifest_fields)
    outer["changes"] = changes
    outer["manifest"] = codec.encode(manifest)
    outer["sig"] = by.sign(MANIFEST_CONTEXT + outer["manifest"])
    return codec.encode(outer)


def _failed(verdict: Verdict) -> set[str]:
    return {c.name for c in verdict.checks if not c.ok}


def _changes(data: bytes) -> list[bytes]:
    return list(codec.decode_canonical(data)["changes"])


def test_the_bundle_of_a_ledger_is_sound_and_its_totals_match(
    store: Store, ledger_group: GroupId, people: dict[str, Signer]
) -> None:
    data = build_bundle(store, ledger_group, people["Amina"], Period())
    verdict = verify_bytes(data)
    assert verdict.sound, verdict.problems
    assert verdict.recomputed == bundle_totals(store.state(ledger_group), Period())
    assert verdict.recomputed is not None
    # 1000 + 500 - 300 + 110 confirmed; 200 has one elder of two
    assert verdict.recomputed["confirmed"] == 131_000
    assert verdict.recomputed["pending"] == 20_000


def test_claiming_other_totals_fails(store: Store, ledger_group: GroupId,
                                     people: dict[str, Signer]) -> None:
    data = build_bundle(store, ledger_group, people["Amina"], Period())
    totals = bundle_totals(store.state(ledger_group), Period())
    totals["confirmed"] += 100
    totals["funds"][0]["confirmed"] += 100
    verdict = verify_bytes(_forge(data, people["Amina"], _changes(data), totals=totals))
    assert _failed(verdict) == {"totals"}
    assert "totals.confirmed is claimed as 131100 but the changes give 131000" in (
        verdict.problems[0]
    )


def test_a_changed_amount_fails(store: Store, ledger_group: GroupId,
                                people: dict[str, Signer]) -> None:
    data = build_bundle(store, ledger_group, people["Amina"], Period())
    changes = _changes(data)
    # Without re-signing: the author's signature no longer matches.
    for i, raw in enumerate(changes):
        change = decode_change(raw)
        if change.kind == "entry.add" and change.body["amount"] == 30_000:
            outer = codec.decode_canonical(raw)
            payload = codec.decode_canonical(outer[0])
            payload["b"]["amount"] = 3_000
            outer[0] = codec.encode(payload)
            edited = [*changes[:i], codec.encode(outer), *changes[i + 1:]]
            verdict = verify_bytes(_forge(data, people["Amina"], edited))
            assert "signatures, chains and authority" in _failed(verdict)
            # Re-signed by the recorder: a new change, on which the later ones do not build.
            resigned = sign_change(
                people["Amina"], group=change.group, device=change.device, seq=change.seq,
                prev=change.prev, deps=change.deps, clock=change.clock, kind=change.kind,
                body={**change.body, "amount": 3_000},
            ).raw
            edited = [*changes[:i], resigned, *changes[i + 1:]]
            verdict = verify_bytes(_forge(data, people["Amina"], edited))
            assert not verdict.sound
            assert "signatures, chains and authority" in _failed(verdict)
            return
    raise AssertionError("no loan entry found")


def test_a_dropped_signoff_fails(store: Store, ledger_group: GroupId,
                                 people: dict[str, Signer]) -> None:
    fine = store.write(people["Amina"], ledger_group, "entry.add",
                       entry_body(ledger_group, "fine", people["Chiku"], 500, "2024-03-12"))
    for elder in ("Bosco", "Esther"):
        store.write(people[elder], ledger_group, "signoff",
                    {"entries": [bytes.fromhex(fine.id)]})
    data = build_bundle(store, ledger_group, people["Amina"], Period())
    changes = _changes(data)
    signoffs = [i for i, raw in enumerate(changes) if decode_change(raw).kind == "signoff"]
    # The last sign-off (Esther's, of the fine) is a head: dropping it leaves a consistent
    # history with less confirmed, which no longer matches the claimed totals.
    dropped = [raw for i, raw in enumerate(changes) if i != signoffs[-1]]
    assert "totals" in _failed(verify_bytes(_forge(data, people["Amina"], dropped)))
    # An earlier sign-off is a parent of later changes: they cannot be placed.
    dropped = [raw for i, raw in enumerate(changes) if i != signoffs[0]]
    assert "signatures, chains and authority" in _failed(
        verify_bytes(_forge(data, people["Amina"], dropped))
    )


def test_a_signoff_by_someone_not_an_elder_fails(store: Store, ledger_group: GroupId,
                                                 people: dict[str, Signer]) -> None:
    """Chiku (a member, not an elder) signs the pending entry; the exporter claims it confirmed."""
    data = build_bundle(store, ledger_group, people["Amina"], Period())
    changes = _changes(data)
    history = store.history(ledger_group)
    pending = next(
        decode_change(raw) for raw in changes
        if decode_change(raw).kind == "entry.add" and decode_change(raw).body["amount"] == 20_000
    )
    chiku = people["Chiku"]
    forged = sign_change(
        chiku, group=ledger_group, device=store.device_id, seq=1, prev=None,
        deps=tuple(sorted(history.heads)), clock=0, kind="signoff",
        body={"entries": [bytes.fromhex(pending.id)]},
    )
    totals = bundle_totals(store.state(ledger_group), Period())
    totals["confirmed"] += 20_000
    totals["pending"] -= 20_000
    totals["funds"][0]["confirmed"] += 20_000
    totals["funds"][0]["pending"] -= 20_000
    verdict = verify_bytes(_forge(data, people["Amina"], [*changes, forged.raw], totals=totals))
    assert not verdict.sound
    assert "signatures, chains and authority" in _failed(verdict)
    assert any("not elder" in p for p in verdict.problems), verdict.problems


def test_a_bundle_for_a_range(store: Store, ledger_group: GroupId,
                              people: dict[str, Signer]) -> None:
    period = Period.parse("2024-02-01", "2024-02-29")
    data = build_bundle(store, ledger_group, people["Esther"], period)
    verdict = verify_bytes(data)
    assert verdict.sound, verdict.problems
    assert verdict.recomputed is not None
    (fund,) = verdict.recomputed["funds"]
    assert (fund["opening"], fund["in"], fund["out"], fund["confirmed"]) == (
        150_000, 0, 30_000, 120_000)
    assert hashlib.sha256(data).digest() != hashlib.sha256(
        build_bundle(store, ledger_group, people["Esther"], Period())).digest()


def test_bundle_totals_agree_with_the_ledgers_own_balances(
    store: Store, ledger_group: GroupId
) -> None:
    from ledger.savings.balances import fund_balances
    from ledger.savings.books import books_of

    state = store.state(ledger_group)
    own = fund_balances(books_of(state), "2024-02-29")
    totals = bundle_totals(state, Period.parse(None, "2024-02-29"))
    assert {f["fund"]: (f["confirmed"], f["pending"]) for f in totals["funds"]} == {
        fund: (b.confirmed, b.pending) for fund, b in own.items()
    }
