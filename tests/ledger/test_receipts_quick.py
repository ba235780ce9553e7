"""The quick ways of receipts held to the plain ones: receipts this store kept (or signed)
read without checking their signature again, and a receipt no newer than the one kept
passed over without a write transaction."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from ledger.savings import membership_actions as actions
from ledger.store import codec
from ledger.store.errors import DecodeError
from ledger.store.events import ReceiptsArrived, StoreEvent
from ledger.store.ids import GroupId, PersonId
from ledger.store.persons import Signer
from ledger.store.receipts import (
    decode_kept,
    decode_receipt,
    sign_receipt,
)


def _receipts(make_store: Any, people: dict[str, Signer]) -> tuple[Any, Any, Any]:
    a, b = make_store("amina"), make_store("bosco")
    g = actions.create_group(a, people["Amina"], name="Umoja", currency="KES").group
    actions.add_member(a, people["Amina"], g, person=people["Bosco"].person, name="Bosco",
                       roles=["elder"])  # fmt: skip
    b.ingest_many(a.raw_changes(g), source="peer")
    return a, b, g


def test_a_kept_receipt_reads_as_the_checked_one(
    make_store: Any, people: dict[str, Signer]
) -> None:
    a, _, g = _receipts(make_store, people)
    signed = a.sign_receipt(g)
    assert signed is not None
    assert decode_kept(signed.raw) == decode_receipt(signed.raw) == signed


@given(st.data())
def test_garbled_bytes_are_refused_alike_checked_or_kept(data: st.DataObject) -> None:
    """Every fault but the signature is refused by both, in the same words; only the
    checked way refuses a signature that does not match."""
    from nacl.signing import SigningKey

    key = SigningKey(b"\x07" * 32)
    raw = sign_receipt(key, group=GroupId("11" * 32), person=PersonId("22" * 32), vv={},
                       ids=[], time=5).raw  # fmt: skip
    at = data.draw(st.integers(0, len(raw) - 1))
    garbled = raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1 :]
    try:
        kept: Any = decode_kept(garbled)
    except DecodeError as exc:
        kept = str(exc.words)
    try:
        checked: Any = decode_receipt(garbled)
    except DecodeError as exc:
        checked = str(exc.words)
    if isinstance(kept, str):
        assert checked == kept
    else:
        assert checked in (kept, "a receipt's signature does not match its PC")


def test_a_bad_signature_is_still_refused_from_a_peer(
    make_store: Any, people: dict[str, Signer]
) -> None:
    a, b, g = _receipts(make_store, people)
    signed = a.sign_receipt(g)
    assert signed is not None
    payload, signature = codec.decode_canonical(signed.raw)
    forged = codec.encode([payload, bytes([signature[0] ^ 1]) + signature[1:]])
    assert decode_kept(forged).count == signed.count
    assert [str(r) for r in b.take_receipts(g, [forged])] == [
        "a receipt's signature does not match its PC"
    ]
    assert b.receipts(g) == []


def test_a_receipt_no_newer_than_the_kept_one_costs_no_write(
    make_store: Any, people: dict[str, Signer]
) -> None:
    a, b, g = _receipts(make_store, people)
    history = a.history(g)

    def signed(time: int) -> Any:
        vv, ids = history.version_vector(), list(history.nodes)
        return sign_receipt(
            a._device_key, group=g, person=people["Amina"].person, vv=vv, ids=ids, time=time
        )

    older, newer = signed(1_000), signed(2_000)
    assert b.take_receipts(g, [newer.raw]) == [None]
    arrived: list[StoreEvent] = []
    b.subscribe(arrived.append)
    writes = b.db.total_changes
    assert b.take_receipts(g, [older.raw]) == [None]
    assert b.db.total_changes == writes and arrived == []
    assert b.receipts(g) == [newer.raw]
    b.db.execute("UPDATE receipt SET raw=? WHERE group_id=?", (b"\x00", g))  # damaged
    assert b.take_receipts(g, [older.raw]) == [None]
    assert b.receipts(g) == [older.raw] and [type(e) for e in arrived] == [ReceiptsArrived]
