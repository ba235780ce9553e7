"""A bundle of a group with districts verifies offline: a representative's entries for
their district are sound; one for another district, slipped into a bundle, is not."""

from __future__ import annotations

import hashlib
from contextlib import closing
from pathlib import Path

from ledger.exports.bundle import build_bundle
from ledger.exports.period import Period
from ledger.exports.verify import verify_bytes
from ledger.savings import district_actions as da
from ledger.savings import membership_actions as actions
from ledger.spec.tampering import _facts, forge
from ledger.spec.vector_groups import CREATED, PEOPLE, _entry, _record, _sign
from ledger.store import codec
from ledger.store.change import sign_change
from ledger.store.ids import ChangeId, DeviceId, GroupId
from ledger.store.store import Store


def test_a_representatives_entries_verify(tmp_path: Path) -> None:
    with closing(Store.open(tmp_path / "pc")) as store:
        amina = PEOPLE["Amina"]
        g = actions.create_group(store, amina, name="Council", currency="USD", quorum=2).group
        oakland = da.add_district(store, amina, g, name="Oakland").id
        richmond = da.add_district(store, amina, g, name="Richmond").id
        for name, roles, district in (
            ("Bosco", ["elder"], None),
            ("Esther", ["elder"], None),
            ("Dan", ["member"], oakland),
            ("Chiku", ["member"], oakland),
            ("Faraji", ["member"], richmond),
        ):
            actions.add_member(store, amina, g, person=PEOPLE[name].person, name=name,
                               roles=roles, district=district)  # fmt: skip
        da.appoint_rep(store, amina, g, PEOPLE["Dan"].person, district=oakland)
        mine = _record(store, g, _entry(g, "contribution", "Chiku", 5_000, "2024-05-01"), "Dan")
        theirs = _record(store, g, _entry(g, "contribution", "Faraji", 3_000, "2024-05-01"))
        _sign(store, g, [mine, theirs])
        data = build_bundle(store, g, amina, Period(), now_ms=CREATED)
    verdict = verify_bytes(data)
    assert verdict.sound, verdict.problems
    assert verdict.recomputed["confirmed"] == 8_000  # type: ignore[index]

    # Dan's entry for Faraji (Richmond), re-signed into the bundle by a dishonest exporter.
    changes: list[bytes] = list(codec.decode_canonical(data)["changes"])
    heads, _ = _facts(changes)
    forged = sign_change(
        PEOPLE["Dan"],
        group=GroupId(g),
        device=DeviceId(hashlib.sha256(b"dan pc").hexdigest()),
        seq=1,
        prev=None,
        deps=tuple(ChangeId(h.hex()) for h in heads),
        clock=CREATED,
        kind="entry.add",
        body=_entry(g, "contribution", "Faraji", 1_000, "2024-05-02"),
    )
    verdict = verify_bytes(forge(data, changes=[*changes, forged.raw]))
    assert not verdict.sound
    assert any("records only for its members" in p for p in verdict.problems)
