"""docs/vectors/: conformance bundles and the verdict and totals any verifier must give.

Each scenario is written through a real store (as Lattice writes groups), exported as a
signed bundle, and checked here against figures stated by hand, so the generator fails
when the code stops giving them. The invalid vectors are tampered copies, each breaking
one rule of docs/bundle-format.md. Regenerate after a format change:

    python -m ledger.spec.vectors              # rewrites docs/vectors/
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey

from ledger.exports.bundle import MANIFEST_CONTEXT, build_bundle
from ledger.exports.period import Period
from ledger.exports.totals import bundle_totals
from ledger.savings import membership_actions as actions
from ledger.store import codec
from ledger.store.change import SIGNING_CONTEXT, sign_change
from ledger.store.ids import ChangeId, DeviceId, GroupId, writer_id
from ledger.store.persons import Signer
from ledger.store.store import Store

VECTORS = Path(__file__).resolve().parents[2] / "docs" / "vectors"
INDEX = "vectors.json"
CREATED = 1_790_000_000_000
"""The manifests' signing time (informational), fixed so vectors differ only by keys."""


def person(name: str) -> Signer:
    """A person with a key derived from their name: the same people in every vector."""
    return Signer(name, SigningKey(hashlib.sha256(f"lattice vector {name}".encode()).digest()))


PEOPLE = {n: person(n) for n in ("Amina", "Bosco", "Chiku", "Dan", "Esther", "Faraji")}


@dataclass
class Vector:
    name: str
    about: str
    data: bytes
    sound: bool
    totals: dict[str, Any] | None = None
    failed: list[str] = field(default_factory=list)
    reason: str = ""
    """A phrase the first failed check's reason must contain (Lattice's wording)."""

    def plain(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "file": f"{self.name}.lattice",
                               "about": self.about, "sound": self.sound}
        if self.sound:
            out["totals"] = self.totals
        else:
            out["failed"] = self.failed
            out["reason"] = self.reason
        return out


# -- writing groups ------------------------------------------------------------------------


def _entry(group: GroupId, type_: str, who: str | None, amount: int, date: str,
           **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"type": type_, "fund": extra.pop("fund", bytes.fromhex(group)),
                            "amount": amount, "date": date, **extra}
    if who is not None:
        body["member"] = bytes.fromhex(PEOPLE[who].person)
    return body


def _umoja(store: Store) -> GroupId:
    """Amina (council) founds Umoja (KES, quorum 2); Bosco and Esther are elders, Chiku and
    Faraji members, Dan council."""
    amina = PEOPLE["Amina"]
    group = actions.create_group(store, amina, name="Umoja", currency="KES", quorum=2).group
    for name, roles in (("Bosco", ["elder"]), ("Chiku", ["member"]), ("Dan", ["council"]),
                        ("Esther", ["elder"]), ("Faraji", ["member"])):
        actions.add_member(store, amina, group, person=PEOPLE[name].person, name=name,
                           roles=roles)
    return group


def _record(store: Store, group: GroupId, body: dict[str, Any], by: str = "Amina") -> bytes:
    return bytes.fromhex(store.write(PEOPLE[by], group, "entry.add", body).id)


def _sign(store: Store, group: GroupId, entries: list[bytes],
          elders: tuple[str, ...] = ("Bosco", "Esther")) -> None:
    for elder in elders:
        store.write(PEOPLE[elder], group, "signoff", {"entries": entries})


def _export(store: Store, group: GroupId, period: Period | None = None) -> bytes:
    return build_bundle(store, group, PEOPLE["Amina"], period or Period(), now_ms=CREATED)


def _savings(store: Store, group: GroupId) -> tuple[bytes, dict[str, Any]]:
    """Pending and confirmed entries, a loan, a repayment with interest, a social fund."""
    g = group
    social = bytes.fromhex(store.write(PEOPLE["Amina"], g, "fund.add",
                                       {"name": "Social fund", "kind": "social"}).id)
    first = [_record(store, g, _entry(g, "contribution", "Chiku", 100_000, "2024-01-10")),
             _record(store, g, _entry(g, "contribution", "Faraji", 50_000, "2024-01-10")),
             _record(store, g, _entry(g, "contribution", "Chiku", 2_000, "2024-01-10",
                                      fund=social))]
    _sign(store, g, first)
    waiting = _record(store, g, _entry(g, "contribution", "Chiku", 20_000, "2024-03-12"))
    _sign(store, g, [waiting], ("Bosco",))
    loan = _record(store, g, _entry(g, "loan", "Chiku", 30_000, "2024-02-14"))
    repay = _record(store, g, _entry(g, "repayment", "Chiku", 10_000, "2024-03-12",
                                     interest=1_000))
    _sign(store, g, [loan, repay])  # the newest sign-off confirms them
    return _export(store, g), bundle_totals(store.state(g), Period())


def _expect(totals: dict[str, Any], **figures: int) -> dict[str, Any]:
    """The totals, after checking the figures stated by hand (plain values only)."""
    plain: dict[str, Any] = codec.decode_canonical(codec.encode(totals))
    for key, value in figures.items():
        if plain[key] != value:
            raise SystemExit(f"the code now gives {key} = {plain[key]}, not {value}")
    return plain


# -- the valid vectors ---------------------------------------------------------------------


def valid(home: Path) -> list[Vector]:
    out: list[Vector] = []
    with closing(Store.open(home / "savings")) as store:
        group = _umoja(store)
        data, totals = _savings(store, group)
        out.append(Vector(
            "valid-pending-and-confirmed",
            "Contributions to the savings and the social fund, a loan and a repayment with "
            "interest, all confirmed by two elders; one contribution signed by one elder only "
            "(pending).",
            data, True,
            _expect(totals, confirmed=133_000, pending=20_000, entries=6, confirmed_entries=5),
        ))
        fine = _record(store, group, _entry(group, "fine", "Faraji", 500, "2024-04-02"))
        _sign(store, group, [fine])
        reversal = _record(store, group, {"type": "reversal", "reverses": fine,
                                          "date": "2024-04-09", "note": "charged in error"})
        _sign(store, group, [reversal])
        out.append(Vector(
            "valid-reversal",
            "A confirmed fine and its confirmed reversal: the fine's flow nets to 0.",
            _export(store, group), True,
            _expect(bundle_totals(store.state(group), Period()), confirmed=133_000,
                    entries=8, confirmed_entries=7),
        ))
        out.append(Vector(
            "valid-date-range",
            "The same books for March to April 2024: opening balances from earlier entries.",
            _export(store, group, Period.parse("2024-03-01", "2024-04-30")), True,
            _expect(bundle_totals(store.state(group), Period.parse("2024-03-01", "2024-04-30")),
                    entries=4, confirmed_entries=3),
        ))
    with closing(Store.open(home / "rules")) as store:
        out.append(_loans(store))
    out.append(_removal(home))
    with closing(Store.open(home / "fork")) as store:
        out.append(_equivocation(store))
    with closing(Store.open(home / "cycle")) as store:
        out.append(_cycle(store))
    return out


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

    buys = [entry(type="contribution", member=PEOPLE["Chiku"].person, shares=3,
                  date="2025-01-10"),
            entry(type="contribution", member=PEOPLE["Faraji"].person, shares=4,
                  date="2025-01-10")]
    _sign(store, g, buys)
    moves = [entry(type="loan", member=PEOPLE["Faraji"].person, amount="200",
                   date="2025-02-01"),
             entry(type="repayment", member=PEOPLE["Faraji"].person, amount="50",
                   interest="20.01", date="2025-03-01")]
    _sign(store, g, moves)
    payouts = [bytes.fromhex(ca.pay_shareout(store, amina, g, member=PEOPLE[n].person,
                                             date="2025-06-30").id)
               for n in ("Chiku", "Faraji")]
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
        _export(store, g), True,
        _expect(bundle_totals(store.state(g), Period()), confirmed=501),
    )


def _loans(store: Store) -> Vector:
    g = _umoja(store)
    store.write(PEOPLE["Amina"], g, "rules.set",
                {"from": "2024-01-01", "share_value": 5_000, "max_shares": 5,
                 "loan_multiple_pct": 300, "cycle_start": "2024-01-01"})
    shares = [_record(store, g, _entry(g, "contribution", "Faraji", 100_000, "2024-01-10")),
              _record(store, g, _entry(g, "contribution", "Chiku", 20_000, "2024-01-10",
                                       shares=4))]
    _sign(store, g, shares)
    # 3 x 200.00 of confirmed savings: a loan of 600.00 stands, a further 1.00 is void.
    loan = _record(store, g, _entry(g, "loan", "Chiku", 60_000, "2024-01-17"))
    _sign(store, g, [loan])
    over = _forge_entry(store, g, _entry(g, "loan", "Chiku", 100, "2024-01-17"))
    too_many = _forge_entry(store, g, _entry(g, "contribution", "Chiku", 10_000, "2024-01-10",
                                             shares=2))
    _sign(store, g, [over, too_many])
    return Vector(
        "valid-loan-limits",
        "Rules from 2024-01-01: shares of 50.00, at most 5 per meeting, loans up to 300 % of "
        "confirmed savings. Chiku buys 4 shares (200.00), Faraji saves 1,000.00 without "
        "shares. Chiku's loan of 600.00 (the limit) stands; a further 1.00 and a fifth and "
        "sixth share on the same day are void (kept, no effect), though elders signed them.",
        _export(store, g), True,
        _expect(bundle_totals(store.state(g), Period()), confirmed=60_000, entries=3,
                confirmed_entries=3),
    )


def _forge_entry(store: Store, group: GroupId, body: dict[str, Any]) -> bytes:
    """An entry the action would refuse, written as a peer could still write it."""
    amina = PEOPLE["Amina"]
    history = store.history(group)
    last = history.last_of(writer_id(amina.person, store.device_id))
    assert last is not None
    change = sign_change(amina, group=group, device=store.device_id, seq=last.seq + 1,
                         prev=last.id, deps=history.latest_heads(64), clock=CREATED,
                         kind="entry.add", body=body)
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
        a.write(PEOPLE["Amina"], g, "member.remove",
                {"person": bytes.fromhex(PEOPLE["Dan"].person), "reason": "left the group"})
        a.ingest_many(b.raw_changes(g), source="vector")
        if not any(v.change == dans.hex() for v in a.state(g).voided):
            raise SystemExit("Dan's concurrent entry was not voided")
        return Vector(
            "valid-removal-voids-concurrent",
            "Dan (council) records a contribution on his PC at the same time as Amina removes "
            "him on hers: the entry is in the bundle but void; only Chiku's counts.",
            _export(a, g), True,
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
        change = sign_change(bosco, group=g, device=store.device_id, seq=1, prev=None,
                             deps=heads, clock=CREATED, kind="signoff",
                             body={"entries": entries})
        store.ingest(change.raw)
    if not store.state(g).equivocators:
        raise SystemExit("the equivocation went unnoticed")
    return Vector(
        "valid-equivocation",
        "Bosco's PC sends two different sign-offs with the same sequence number: both are "
        "kept as evidence and neither counts, so both entries stay pending.",
        _export(store, g), True,
        _expect(bundle_totals(store.state(g), Period()), confirmed=0, pending=70_000),
    )


# -- the invalid vectors -------------------------------------------------------------------


def _parts(data: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    outer = codec.decode_canonical(data)
    return outer, codec.decode_canonical(outer["manifest"])


def _facts(changes: list[bytes]) -> tuple[list[bytes], bytes]:
    """Heads and id hash, read leniently: a forger's changes need not be valid."""
    ids = [hashlib.sha256(raw).digest() for raw in changes]
    followed: set[bytes] = set()
    for raw in changes:
        payload = codec.decode_one(codec.decode_one(raw)[0])
        followed.update(payload["deps"])
        if payload["p"] is not None:
            followed.add(payload["p"])
    return sorted(set(ids) - followed), hashlib.sha256(b"".join(sorted(ids))).digest()


def forge(data: bytes, *, changes: list[bytes] | None = None, by: Signer | None = None,
          outer: dict[str, Any] | None = None, **manifest: Any) -> bytes:
    """What a dishonest exporter could write: other changes or fields, a manifest naming
    exactly them, signed with a member's own key (Amina's unless `by`)."""
    top, m = _parts(data)
    if changes is not None:
        heads, ids_hash = _facts(changes)
        m.update(count=len(changes), heads=heads, changes=ids_hash)
        top["changes"] = changes
    m.update(manifest)
    if by is not None:
        m["signer"] = bytes.fromhex(by.person)
    top["manifest"] = codec.encode(m)
    top["sig"] = (by or PEOPLE["Amina"]).sign(MANIFEST_CONTEXT + top["manifest"])
    top.update(outer or {})
    return codec.encode(top)


def _author(raw: bytes) -> Signer:
    key = codec.decode_one(codec.decode_one(raw)[0])["a"]
    return next(p for p in PEOPLE.values() if bytes.fromhex(p.person) == key)


def _resign_change(raw: bytes, **payload_fields: Any) -> bytes:
    """The change with other payload fields, signed again by its own author."""
    outer = codec.decode_canonical(raw)
    payload = codec.decode_canonical(outer[0])
    payload.update(payload_fields)
    outer[0] = codec.encode(payload)
    outer[1] = _author(raw).sign(SIGNING_CONTEXT + outer[0])
    return codec.encode(outer)


def invalid(
    home: Path, base: bytes, other_group: list[bytes], other_receipts: list[bytes]
) -> list[Vector]:
    """Tampered copies of `base` (valid-pending-and-confirmed)."""
    top_receipts: list[bytes] = codec.decode_canonical(base)["receipts"]
    _, m = _parts(base)
    changes: list[bytes] = list(codec.decode_canonical(base)["changes"])
    kinds = [codec.decode_one(codec.decode_one(c)[0])["k"] for c in changes]
    signoffs = [i for i, k in enumerate(kinds) if k == "signoff"]
    entry_at = kinds.index("entry.add")
    totals = m["totals"]
    amina = PEOPLE["Amina"]

    def flip_manifest() -> bytes:
        top, _ = _parts(base)
        manifest = bytearray(top["manifest"])
        manifest[-1] ^= 1
        top["manifest"] = bytes(manifest)
        return codec.encode(top)

    def edit_amount(resign: bool) -> list[bytes]:
        outer = codec.decode_canonical(changes[entry_at])
        payload = codec.decode_canonical(outer[0])
        payload["b"]["amount"] += 100_000
        outer[0] = codec.encode(payload)
        if resign:
            outer[1] = amina.sign(SIGNING_CONTEXT + outer[0])
        return [*changes[:entry_at], codec.encode(outer), *changes[entry_at + 1 :]]

    def non_elder_signoff() -> list[bytes]:
        chiku = PEOPLE["Chiku"]
        pending = next(hashlib.sha256(c).digest() for c in changes
                       if codec.decode_one(codec.decode_one(c)[0])["b"].get("amount") == 20_000)
        heads, _ = _facts(changes)
        forged = sign_change(chiku, group=GroupId(m["group"].hex()),
                             device=DeviceId(hashlib.sha256(b"chiku pc").hexdigest()),
                             seq=1, prev=None, deps=tuple(ChangeId(h.hex()) for h in heads),
                             clock=CREATED, kind="signoff",
                             body={"entries": [pending]})
        return [*changes, forged.raw]

    def with_change(kind: str, body: dict[str, Any]) -> list[bytes]:
        last = codec.decode_one(codec.decode_one(changes[-1])[0])
        heads, _ = _facts(changes)
        forged = sign_change(_author(changes[-1]), group=GroupId(m["group"].hex()),
                             device=DeviceId(last["d"].hex()), seq=last["s"] + 1,
                             prev=ChangeId(hashlib.sha256(changes[-1]).hexdigest()),
                             deps=tuple(ChangeId(h.hex()) for h in heads), clock=CREATED,
                             kind=kind, body=body)
        return [*changes, forged.raw]

    def more(amount: int) -> dict[str, Any]:
        claimed: dict[str, Any] = json.loads(json.dumps(totals))
        claimed["confirmed"] += amount
        claimed["funds"][0]["confirmed"] += amount
        return claimed

    without_last_signoff = [c for i, c in enumerate(changes) if i != signoffs[-1]]
    cases: list[tuple[str, str, Callable[[], bytes], str, str]] = [
        ("invalid-not-cbor", "Not a CBOR value at all.",
         lambda: b"\x00not a bundle", "format", "not valid CBOR"),
        ("invalid-not-canonical", "A valid bundle with one byte appended.",
         lambda: base + b"\x00", "format", "not valid CBOR"),
        ("invalid-bool-version", 'The file\'s "v" is CBOR true, not the integer 1.',
         lambda: forge(base, outer={"v": True}), "format", "unknown bundle format"),
        ("invalid-negative-created", 'The manifest\'s "created" is -1 (re-signed).',
         lambda: forge(base, created=-1), "format", "the manifest's created has the wrong type"),
        ("invalid-bool-created", 'The manifest\'s "created" is true (re-signed).',
         lambda: forge(base, created=True), "format", "the manifest's created has the wrong type"),
        ("invalid-unknown-manifest-key", "The manifest has an extra field (re-signed).",
         lambda: forge(base, note="hi"), "format", "the manifest's fields are wrong"),
        ("invalid-manifest-altered", "One byte of the manifest changed after signing.",
         flip_manifest, "manifest signature", "altered after signing"),
        ("invalid-claimed-totals", "The manifest claims 1.00 more confirmed (re-signed).",
         lambda: forge(base, totals=more(100)), "totals", "totals.confirmed is claimed as"),
        ("invalid-group-facts", "The manifest names another currency (re-signed).",
         lambda: forge(base, currency="UGX", decimals=0), "group facts", "differ"),
        ("invalid-count-mismatch", "The manifest claims one change more than it holds "
         "(re-signed).", lambda: forge(base, count=len(changes) + 1), "change set",
         "not the"),
        ("invalid-amount-edited", "An entry's amount raised without its author's signature.",
         lambda: forge(base, changes=edit_amount(False)), "signatures, chains and authority",
         "signature does not match the author"),
        ("invalid-amount-resigned", "An entry's amount raised and re-signed by its recorder: "
         "the later changes follow the original, which is gone.",
         lambda: forge(base, changes=edit_amount(True)), "signatures, chains and authority",
         "which the bundle does not hold"),
        ("invalid-dropped-middle", "A sign-off that later changes follow was dropped "
         "(re-signed).", lambda: forge(base, changes=[c for i, c in enumerate(changes)
                                                         if i != signoffs[0]]),
         "signatures, chains and authority", "which the bundle does not hold"),
        ("invalid-dropped-newest-signoff", "The newest sign-off was dropped and the manifest "
         "re-signed: the claimed totals no longer match, and the exporting PC's receipt "
         "proves the sign-off existed.",
         lambda: forge(base, changes=without_last_signoff), "totals", "claimed as"),
        ("invalid-dropped-newest-signoff-and-receipts", "The newest sign-off and every "
         "receipt dropped, the manifest re-signed: the claimed totals no longer match.",
         lambda: forge(base, changes=without_last_signoff, outer={"receipts": []}), "totals",
         "claimed as"),
        ("invalid-receipt-altered", "A receipt's bytes changed: its PC's signature fails.",
         lambda: forge(base, outer={"receipts": [_altered(top_receipts[0])]}), "witnesses",
         "signature does not match its PC"),
        ("invalid-receipt-of-another-group", "A receipt of another group.",
         lambda: forge(base, outer={"receipts": other_receipts}), "witnesses",
         "of another group"),
        ("invalid-swapped", "Two changes swapped: a child before its parent.",
         lambda: forge(base, changes=[*changes[:3], changes[4], changes[3], *changes[5:]]),
         "signatures, chains and authority", "parents must be listed before their children"),
        ("invalid-reversed", "The change list reversed.",
         lambda: forge(base, changes=changes[::-1]), "signatures, chains and authority",
         "the first change must be the group's founding"),
        ("invalid-duplicate", "A change listed twice.",
         lambda: forge(base, changes=[*changes, changes[1]]),
         "signatures, chains and authority", "again (a duplicate)"),
        ("invalid-other-genesis", "Another group's genesis smuggled into the list.",
         lambda: forge(base, changes=[*changes, other_group[0]]),
         "signatures, chains and authority", "a second founding change"),
        ("invalid-other-group", "A change of another group smuggled into the list.",
         lambda: forge(base, changes=[*changes, other_group[-1]]),
         "signatures, chains and authority", "it belongs to another group"),
        ("invalid-bool-change-version", 'A change whose "v" is true, re-signed by its author.',
         lambda: forge(base, changes=[*changes[:-1], _resign_change(changes[-1], v=True)]),
         "signatures, chains and authority", "unknown change format version True"),
        ("invalid-non-elder-signoff", "A member (not an elder) signs the pending entry.",
         lambda: forge(base, changes=non_elder_signoff()),
         "signatures, chains and authority", "is not elder"),
        ("invalid-unknown-kind", "A change of a kind the format does not have.",
         lambda: forge(base, changes=with_change("entry.delete", {"entry": b"\x00" * 32})),
         "signatures, chains and authority", "unknown kind of change"),
        ("invalid-unknown-body-field", "A sign-off body with a field the format does not have.",
         lambda: forge(base, changes=with_change("signoff", {"entries": [b"\x00" * 32],
                                                             "extra": 1})),
         "signatures, chains and authority", "unknown fields in body"),
        ("invalid-outsider-exporter", "The manifest is signed by someone not in the group.",
         lambda: forge(base, by=person("Outsider")), "exporter", "not an active member"),
    ]
    out = [Vector(name, about, make(), False, failed=[check], reason=reason)
           for name, about, make, check, reason in cases]
    out[[v.name for v in out].index("invalid-dropped-newest-signoff")].failed.append("witnesses")
    return out


def _altered(receipt: bytes) -> bytes:
    payload, signature = codec.decode_canonical(receipt)
    fields = codec.decode_canonical(payload)
    fields["n"] += 1
    return codec.encode([codec.encode(fields), signature])


def build(home: Path) -> list[Vector]:
    vectors = valid(home)
    with closing(Store.open(home / "other")) as store:
        other = actions.create_group(store, PEOPLE["Amina"], name="Other", currency="KES").group
        actions.add_member(store, PEOPLE["Amina"], other, person=PEOPLE["Bosco"].person,
                           name="Bosco", roles=["elder"])
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
    index = {"format": "lattice-bundle conformance vectors, v1",
             "vectors": [v.plain() for v in vectors]}
    (folder / INDEX).write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n",
                                encoding="utf-8")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="lattice-vectors-") as tmp:
        vectors = build(Path(tmp))
    write(vectors)
    print(f"wrote {len(vectors)} vectors to {VECTORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
