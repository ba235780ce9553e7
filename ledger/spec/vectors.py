"""docs/vectors/: conformance bundles and the verdict and totals any verifier must give.

Each scenario is written through a real store (as Lattice writes groups), exported as a
signed bundle, and checked here against figures stated by hand, so the generator fails
when the code stops giving them. The invalid vectors are tampered copies, each breaking
one rule of docs/bundle-format.md. Regenerate after a format change:

    python -m ledger.spec.vectors              # rewrites docs/vectors/
"""

from __future__ import annotations

import json
import sys
import tempfile
from contextlib import closing
from pathlib import Path
from typing import Any

from ledger.exports.period import Period
from ledger.exports.totals import bundle_totals
from ledger.savings import membership_actions as actions
from ledger.spec.tampering import invalid
from ledger.spec.vector_groups import (
    CREATED,
    PEOPLE,
    Vector,
    _entry,
    _expect,
    _export,
    _record,
    _savings,
    _sign,
    _umoja,
)
from ledger.store.change import sign_change
from ledger.store.ids import GroupId, writer_id
from ledger.store.store import Store

VECTORS = Path(__file__).resolve().parents[2] / "docs" / "vectors"
INDEX = "vectors.json"

# -- the valid vectors ---------------------------------------------------------------------


def valid(home: Path) -> list[Vector]:
    out: list[Vector] = []
    with closing(Store.open(home / "savings")) as store:
        group = _umoja(store)
        data, totals = _savings(store, group)
        out.append(
            Vector(
                "valid-pending-and-confirmed",
                "Contributions to the savings and the social fund, a loan and a repayment with "
                "interest, all confirmed by two elders; one contribution signed by one elder only "
                "(pending).",
                data,
                True,
                _expect(totals, confirmed=133_000, pending=20_000, entries=6, confirmed_entries=5),
            )
        )
        fine = _record(store, group, _entry(group, "fine", "Faraji", 500, "2024-04-02"))
        _sign(store, group, [fine])
        reversal = _record(
            store,
            group,
            {
                "type": "reversal",
                "reverses": fine,
                "date": "2024-04-09",
                "note": "charged in error",
            },
        )
        _sign(store, group, [reversal])
        out.append(
            Vector(
                "valid-reversal",
                "A confirmed fine and its confirmed reversal: the fine's flow nets to 0.",
                _export(store, group),
                True,
                _expect(
                    bundle_totals(store.state(group), Period()),
                    confirmed=133_000,
                    entries=8,
                    confirmed_entries=7,
                ),
            )
        )
        out.append(
            Vector(
                "valid-date-range",
                "The same books for March to April 2024: opening balances from earlier entries.",
                _export(store, group, Period.parse("2024-03-01", "2024-04-30")),
                True,
                _expect(
                    bundle_totals(store.state(group), Period.parse("2024-03-01", "2024-04-30")),
                    entries=4,
                    confirmed_entries=3,
                ),
            )
        )
    with closing(Store.open(home / "rules")) as store:
        out.append(_loans(store))
    out.append(_removal(home))
    with closing(Store.open(home / "fork")) as store:
        out.append(_equivocation(store))
    with closing(Store.open(home / "cycle")) as store:
        out.append(_cycle(store))
    with closing(Store.open(home / "joined")) as store:
        out.append(_join_day(store))
    return out


def _join_day(store: Store) -> Vector:
    """Faraji's join day corrected twice: to before his first share, then (as a PC that
    did not hold that share yet could sign) past it. The share stands and counts."""
    g = _umoja(store)

    def joined(who: str, date: str) -> None:
        store.write(
            PEOPLE["Amina"],
            g,
            "member.joined",
            {"person": bytes.fromhex(PEOPLE[who].person), "date": date},
        )

    joined("Faraji", "2024-02-01")
    share = _record(store, g, _entry(g, "contribution", "Faraji", 25_000, "2024-02-05"))
    _sign(store, g, [share])
    joined("Faraji", "2024-03-01")
    return Vector(
        "valid-join-day-corrected",
        "Faraji's join day is corrected (member.joined) to 2024-02-01, a contribution of his "
        "dated 2024-02-05 is confirmed, then his join day is corrected to 2024-03-01: the "
        "contribution still stands and counts (a correction never voids a signed entry).",
        _export(store, g),
        True,
        _expect(bundle_totals(store.state(g), Period()), confirmed=25_000, entries=1),
    )


def _cycle(store: Store) -> Vector:
    """A whole savings cycle, written through the treasurer's own actions."""
    from ledger.savings import actions as fa
    from ledger.savings import cycle_actions as ca

    g = _umoja(store)
    amina = PEOPLE["Amina"]
    ca.open_cycle(store, amina, g, start="2025-01-01", end="2025-06-30", cash_unit="5")
    fa.set_rules(store, amina, g, effective="2025-01-01", share_value="100")

    def entry(**fields: Any) -> bytes:
        return bytes.fromhex(fa.add_entry(store, amina, g, **fields).id)

    buys = [
        entry(type="contribution", member=PEOPLE["Chiku"].person, shares=3, date="2025-01-10"),
        entry(type="contribution", member=PEOPLE["Faraji"].person, shares=4, date="2025-01-10"),
    ]
    _sign(store, g, buys)
    moves = [
        entry(type="loan", member=PEOPLE["Faraji"].person, amount="200", date="2025-02-01"),
        entry(
            type="repayment",
            member=PEOPLE["Faraji"].person,
            amount="50",
            interest="20.01",
            date="2025-03-01",
        ),
    ]
    _sign(store, g, moves)
    payouts = [
        bytes.fromhex(
            ca.pay_shareout(store, amina, g, member=PEOPLE[n].person, date="2025-06-30").id
        )
        for n in ("Chiku", "Faraji")
    ]
    _sign(store, g, payouts)
    close = ca.close_cycle(store, amina, g, end="2025-06-30")
    for elder in ("Bosco", "Esther"):
        store.write(PEOPLE[elder], g, "signoff", {"cycles": [bytes.fromhex(close.id)]})
    late = _forge_entry(store, g, _entry(g, "contribution", "Chiku", 1_000, "2025-06-15"))
    _sign(store, g, [late])
    return Vector(
        "valid-cycle-share-out-and-close",
        "A cycle from 2025-01-01 to 2025-06-30: shares of 100.00, a loan repaid in part with "
        "interest, both members' share-outs (cash and loan settled), the close signed by two "
        "elders; a contribution dated in the closed cycle, written afterwards, is void. Pool "
        "720.01 (box 570.01 + 150.00 owed): Chiku's 3/7 is 308.58, paid 305.00 in cash (units "
        "of 5.00); Faraji's 4/7 is 411.43, less 150.00 owed, paid 260.00; the 5.01 left over "
        "stays in the savings fund.",
        _export(store, g),
        True,
        _expect(bundle_totals(store.state(g), Period()), confirmed=501),
    )


def _loans(store: Store) -> Vector:
    g = _umoja(store)
    store.write(
        PEOPLE["Amina"],
        g,
        "rules.set",
        {
            "from": "2024-01-01",
            "share_value": 5_000,
            "max_shares": 5,
            "loan_multiple_pct": 300,
            "cycle_start": "2024-01-01",
        },
    )
    shares = [
        _record(store, g, _entry(g, "contribution", "Faraji", 100_000, "2024-01-10")),
        _record(store, g, _entry(g, "contribution", "Chiku", 20_000, "2024-01-10", shares=4)),
    ]
    _sign(store, g, shares)
    # 3 x 200.00 of confirmed savings: a loan of 600.00 stands, a further 1.00 is void.
    loan = _record(store, g, _entry(g, "loan", "Chiku", 60_000, "2024-01-17"))
    _sign(store, g, [loan])
    over = _forge_entry(store, g, _entry(g, "loan", "Chiku", 100, "2024-01-17"))
    too_many = _forge_entry(
        store, g, _entry(g, "contribution", "Chiku", 10_000, "2024-01-10", shares=2)
    )
    _sign(store, g, [over, too_many])
    return Vector(
        "valid-loan-limits",
        "Rules from 2024-01-01: shares of 50.00, at most 5 per meeting, loans up to 300 % of "
        "confirmed savings. Chiku buys 4 shares (200.00), Faraji saves 1,000.00 without "
        "shares. Chiku's loan of 600.00 (the limit) stands; a further 1.00 and a fifth and "
        "sixth share on the same day are void (kept, no effect), though elders signed them.",
        _export(store, g),
        True,
        _expect(
            bundle_totals(store.state(g), Period()),
            confirmed=60_000,
            entries=3,
            confirmed_entries=3,
        ),
    )


def _forge_entry(store: Store, group: GroupId, body: dict[str, Any]) -> bytes:
    """An entry the action would refuse, written as a peer could still write it."""
    amina = PEOPLE["Amina"]
    history = store.history(group)
    last = history.last_of(writer_id(amina.person, store.device_id))
    assert last is not None
    change = sign_change(
        amina,
        group=group,
        device=store.device_id,
        seq=last.seq + 1,
        prev=last.id,
        deps=history.latest_heads(64),
        clock=CREATED,
        kind="entry.add",
        body=body,
    )
    result = store.ingest(change.raw)
    if result.status != "accepted":
        raise SystemExit(f"the store refused a forged entry: {result.reason}")
    return bytes.fromhex(change.id)


def _removal(home: Path) -> Vector:
    """Dan records on his PC while, on Amina's, Amina removes him: his entry is void."""
    with closing(Store.open(home / "amina")) as a, closing(Store.open(home / "dan")) as b:
        g = _umoja(a)
        first = _record(a, g, _entry(g, "contribution", "Chiku", 10_000, "2024-05-01"))
        _sign(a, g, [first])
        b.ingest_many(a.raw_changes(g), source="vector")
        dans = _record(b, g, _entry(g, "contribution", "Faraji", 7_000, "2024-05-01"), by="Dan")
        a.write(
            PEOPLE["Amina"],
            g,
            "member.remove",
            {"person": bytes.fromhex(PEOPLE["Dan"].person), "reason": "left the group"},
        )
        a.ingest_many(b.raw_changes(g), source="vector")
        if not any(v.change == dans.hex() for v in a.state(g).voided):
            raise SystemExit("Dan's concurrent entry was not voided")
        return Vector(
            "valid-removal-voids-concurrent",
            "Dan (council) records a contribution on his PC at the same time as Amina removes "
            "him on hers: the entry is in the bundle but void; only Chiku's counts.",
            _export(a, g),
            True,
            _expect(bundle_totals(a.state(g), Period()), confirmed=10_000, entries=1),
        )


def _equivocation(store: Store) -> Vector:
    """Bosco's PC signs two different sign-offs with one sequence number."""
    g = _umoja(store)
    one = _record(store, g, _entry(g, "contribution", "Chiku", 30_000, "2024-06-05"))
    two = _record(store, g, _entry(g, "contribution", "Faraji", 40_000, "2024-06-05"))
    _sign(store, g, [one], ("Esther",))
    bosco = PEOPLE["Bosco"]
    history = store.history(g)
    heads = history.latest_heads(64)
    for entries in ([one], [two]):
        change = sign_change(
            bosco,
            group=g,
            device=store.device_id,
            seq=1,
            prev=None,
            deps=heads,
            clock=CREATED,
            kind="signoff",
            body={"entries": entries},
        )
        store.ingest(change.raw)
    if not store.state(g).equivocators:
        raise SystemExit("the equivocation went unnoticed")
    return Vector(
        "valid-equivocation",
        "Bosco's PC sends two different sign-offs with the same sequence number: both are "
        "kept as evidence and neither counts, so both entries stay pending.",
        _export(store, g),
        True,
        _expect(bundle_totals(store.state(g), Period()), confirmed=0, pending=70_000),
    )


def build(home: Path) -> list[Vector]:
    vectors = valid(home)
    with closing(Store.open(home / "other")) as store:
        other = actions.create_group(store, PEOPLE["Amina"], name="Other", currency="KES").group
        actions.add_member(
            store,
            PEOPLE["Amina"],
            other,
            person=PEOPLE["Bosco"].person,
            name="Bosco",
            roles=["elder"],
        )
        other_changes = store.raw_changes(other)
        store.sign_receipt(other)
        other_receipts = store.receipts(other)
    return vectors + invalid(home, vectors[0].data, other_changes, other_receipts)


def write(vectors: list[Vector], folder: Path = VECTORS) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.lattice"):
        old.unlink()
    for v in vectors:
        (folder / f"{v.name}.lattice").write_bytes(v.data)
    index = {
        "format": "lattice-bundle conformance vectors, v1",
        "vectors": [v.plain() for v in vectors],
    }
    (folder / INDEX).write_text(
        json.dumps(index, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="lattice-vectors-") as tmp:
        vectors = build(Path(tmp))
    write(vectors)
    print(f"wrote {len(vectors)} vectors to {VECTORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
