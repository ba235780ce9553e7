"""The groups the conformance vectors are written from: their persons, fixed clock, and
the helpers that write entries, sign-offs and exports through a real store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from nacl.signing import SigningKey

from ledger.exports.bundle import build_bundle
from ledger.exports.period import Period
from ledger.exports.totals import bundle_totals
from ledger.savings import membership_actions as actions
from ledger.store import codec
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store

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
