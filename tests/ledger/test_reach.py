"""When the group's PCs were last heard from (their receipts), and a peer's path, in words."""

from __future__ import annotations

from typing import Any

from ledger.savings import membership_actions as actions
from ledger.savings.district_actions import add_district, move_member
from ledger.store.ids import DeviceId, GroupId, PersonId
from ledger.store.persons import Signer
from ledger.store.reach import HeardFrom, bytes_words, group_last_heard, heard_lines
from ledger.store.receipts import decode_receipt
from ledger.store.store import Store

MS = 1_780_000_000_000  # 2026-05-28 20:26:40 UTC


def _three_pcs(make_store: Any, people: dict[str, Signer]) -> tuple[list[Store], GroupId]:
    a, b, c = make_store("amina"), make_store("bosco"), make_store("esther")
    g = actions.create_group(a, people["Amina"], name="Umoja", currency="KES", quorum=2).group
    for name in ("Bosco", "Esther"):
        actions.add_member(
            a, people["Amina"], g, person=people[name].person, name=name, roles=["elder"]
        )
    for pc, name in ((b, "Bosco"), (c, "Esther")):
        pc.ingest_many(a.raw_changes(g), source="peer")
        actions.link_device(pc, people[name], g)
        a.ingest_many(pc.raw_changes(g), source="peer")
    for pc in (b, c):
        pc.ingest_many(a.raw_changes(g), source="peer")
    return [a, b, c], g


def test_pcs_heard_from_through_others(make_store: Any, people: dict[str, Signer]) -> None:
    """Amina's PC never met Esther's, yet knows when it synced: Bosco's PC carried its receipt."""
    (a, b, c), g = _three_pcs(make_store, people)
    assert group_last_heard(a, g) == []
    c.sign_receipt(g, time=MS)
    b.take_receipts(g, c.receipts(g))
    b.sign_receipt(g, time=MS + 60_000)
    a.take_receipts(g, b.receipts(g))
    a.sign_receipt(g, time=MS + 120_000)
    heard = group_last_heard(a, g)
    assert [h.name for h in heard] == ["Amina", "Bosco", "Esther"]
    assert [h.when for h in heard] == [MS + 120_000, MS + 60_000, MS]
    lines = heard_lines(heard, this_pc=a.device_id)
    assert lines == [
        "Bosco's PC, last heard from 2026-05-28 20:27 UTC",
        "Esther's PC, last heard from 2026-05-28 20:26 UTC",
    ]


def test_a_damaged_receipt_is_skipped(make_store: Any, people: dict[str, Signer]) -> None:
    (a, b, _), g = _three_pcs(make_store, people)
    b.sign_receipt(g, time=MS)
    a.take_receipts(g, b.receipts(g))
    a.db.execute("UPDATE receipt SET raw = ? WHERE device = ?", (b"\x00junk", b.device_id))
    assert group_last_heard(a, g) == []


def test_no_other_pc_heard_from() -> None:
    assert heard_lines([], this_pc=None) == ["no other PC of the group heard from yet"]


def _heard(name: str, when: int, where: str = "") -> HeardFrom:
    return HeardFrom(DeviceId(name * 8), PersonId(name * 8), name, where, when)


def test_lines_by_district_once_the_group_has_them() -> None:
    heard = [
        _heard("a", MS, "Oakland"),
        _heard("b", MS + 3_600_000, "Oakland"),
        _heard("c", MS + 60_000, "Richmond"),
        _heard("d", MS - 86_400_000),
    ]
    assert heard_lines(heard) == [
        "Oakland: 2 PCs, the latest heard from 2026-05-28 21:26 UTC",
        "Richmond: one PC, last heard from 2026-05-28 20:27 UTC",
        "no district: one PC, last heard from 2026-05-27 20:26 UTC",
    ]


def test_many_pcs_are_cut_short_with_a_count() -> None:
    heard = [_heard(f"p{i:02}", MS - i * 1000) for i in range(20)]
    lines = heard_lines(heard, limit=8)
    assert len(lines) == 8
    assert lines[-1] == "and 13 more, heard from earlier"


def test_lines_are_per_district_once_members_belong_to_one(
    make_store: Any, people: dict[str, Signer]
) -> None:
    (a, b, c), g = _three_pcs(make_store, people)
    amina = people["Amina"]
    add_district(a, amina, g, name="Oakland")
    add_district(a, amina, g, name="Richmond")
    move_member(a, amina, g, people["Bosco"].person, district="Oakland")
    move_member(a, amina, g, people["Esther"].person, district="Richmond")
    for pc, when in ((b, MS), (c, MS + 60_000)):
        pc.ingest_many(a.raw_changes(g), source="peer")
        pc.sign_receipt(g, time=when)
        a.take_receipts(g, pc.receipts(g))
    heard = group_last_heard(a, g)
    assert {(h.name, h.where) for h in heard} == {("Bosco", "Oakland"), ("Esther", "Richmond")}
    assert heard_lines(heard, this_pc=a.device_id) == [
        "Richmond: one PC, last heard from 2026-05-28 20:27 UTC",
        "Oakland: one PC, last heard from 2026-05-28 20:26 UTC",
    ]


def test_bytes_in_words() -> None:
    assert bytes_words(0, 999) == "0 B received, 999 B sent"
    assert bytes_words(1_500, 2_000_000) == "1.5 kB received, 2.0 MB sent"
    assert bytes_words(3 * 10**12, 0) == "3000.0 GB received, 0 B sent"


def test_receipt_module_is_what_heard_from_reads(
    make_store: Any, people: dict[str, Signer]
) -> None:
    (a, _, _), g = _three_pcs(make_store, people)
    a.sign_receipt(g, time=MS)
    (raw,) = a.receipts(g)
    assert decode_receipt(raw).time == MS
    assert group_last_heard(a, g)[0].device == a.device_id
