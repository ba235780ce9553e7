"""Judging a bundle offline: every signature, chain, membership and quorum, then the totals.

The changes are replayed in memory (`offline.replay_bundle`) by the very rules every peer
applies, with no store on disk; the totals are then recomputed from the resulting state
and compared with the signed manifest. Any fault makes the verdict unsound.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledger.exports.bundle import Bundle, parse_bundle
from ledger.exports.offline import Replayed, replay_bundle
from ledger.exports.totals import bundle_totals
from ledger.savings.books import books_of
from ledger.savings.money import decimals, is_currency
from ledger.store import codec
from ledger.store.errors import LatticeError
from ledger.store.history import GroupHistory
from ledger.store.ids import PersonId
from ledger.store.membership import Role
from ledger.store.receipts import Witnessing, decode_receipt, witness_problem, witnessing
from ledger.store.state import GroupState

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class Verdict:
    """The outcome: sound only when every check passed."""

    checks: list[Check] = field(default_factory=list)
    group: str | None = None
    group_name: str | None = None
    signer_name: str | None = None
    period: tuple[str | None, str | None] = (None, None)
    currency: str | None = None
    created: int | None = None
    claimed: dict[str, Any] | None = None
    recomputed: dict[str, Any] | None = None
    witnessed: Witnessing | None = None
    """What the PCs' receipts say about this state (None when the bundle got no further)."""

    @property
    def sound(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def problems(self) -> list[str]:
        return [f"{c.name}: {c.detail}" for c in self.checks if not c.ok]

    def add(self, name: str, ok: bool, detail: str) -> bool:
        self.checks.append(Check(name, ok, detail))
        return ok

    def plain(self) -> dict[str, Any]:
        return {
            "sound": self.sound,
            "group": self.group,
            "group_name": self.group_name,
            "signed_by": self.signer_name,
            "from": self.period[0],
            "to": self.period[1],
            "currency": self.currency,
            "created": self.created,
            "totals": self.recomputed if self.sound else None,
            "witnessed": self.witnessed.plain() if self.witnessed is not None else None,
            "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in self.checks],
            "problems": self.problems,
        }


def verify_file(path: Path) -> Verdict:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        verdict = Verdict()
        verdict.add("file", False, f"cannot read {path}: {exc.strerror or exc}")
        return verdict
    return verify_bytes(data)


def verify_bytes(data: bytes) -> Verdict:
    """Check a bundle completely; never raises on bad input."""
    verdict = Verdict()
    try:
        bundle = parse_bundle(data)
    except LatticeError as exc:
        verdict.add("format", False, str(exc))
        return verdict
    verdict.add("format", True, f"a Lattice bundle holding {len(bundle.changes)} signed changes")
    m = bundle.manifest
    verdict.group, verdict.group_name = bundle.group, m["name"]
    verdict.period = (m["from"], m["to"])
    verdict.currency, verdict.created = m["currency"], m["created"]
    verdict.claimed = m["totals"]
    signed = bundle.signature_ok()
    if not verdict.add(
        "manifest signature",
        signed,
        "the manifest is signed by the key it names"
        if signed
        else "the manifest's signature does not match its signer (altered after signing)",
    ):
        return verdict
    replayed = replay_bundle(bundle.changes, bundle.group)
    _check_change_set(bundle, replayed, verdict)
    if replayed.refused:
        shown = "; ".join(r.plain() for r in replayed.refusals[:3])
        verdict.add(
            "signatures, chains and authority",
            False,
            f"{replayed.refused} of {len(bundle.changes)} changes cannot stand: {shown}",
        )
        return verdict
    verdict.add(
        "signatures, chains and authority",
        True,
        f"all {len(bundle.changes)} changes are of this group, listed parents first, once "
        "each, validly signed, chained and authorized",
    )
    assert replayed.state is not None
    _check_state(bundle, replayed.history, replayed.state, verdict)
    _check_witnesses(bundle, replayed.history, replayed.state, verdict)
    return verdict


def _check_witnesses(
    bundle: Bundle, history: GroupHistory, state: GroupState, verdict: Verdict
) -> None:
    """The receipts: each must be a PC's of this group; none may prove a change left out."""
    receipts = []
    for index, raw in enumerate(bundle.receipts):
        try:
            receipt = decode_receipt(raw)
        except LatticeError as exc:
            verdict.add("witnesses", False, f"receipt #{index}: {exc}")
            return
        reason = witness_problem(receipt, bundle.group, state.membership)
        if reason is not None:
            verdict.add("witnesses", False, f"receipt #{index}: {reason}")
            return
        receipts.append(receipt)
    verdict.witnessed = witnessing(receipts, history.version_vector(), state.membership)
    missing = verdict.witnessed.missing_line()
    if missing is not None:
        verdict.add("witnesses", False, str(missing))
    else:
        verdict.add("witnesses", True, str(verdict.witnessed.line()))


def _check_change_set(bundle: Bundle, replayed: Replayed, verdict: Verdict) -> bool:
    m = bundle.manifest
    # The heads need every change's parents; an undecodable change is refused anyway.
    heads_differ = not replayed.undecodable and replayed.heads() != m["heads"]
    if len(bundle.changes) != m["count"] or replayed.ids_hash() != m["changes"] or heads_differ:
        return verdict.add(
            "change set",
            False,
            f"the bundle's {len(bundle.changes)} changes are not the {m['count']} changes "
            "the manifest names (a change was altered, added, dropped or replaced)",
        )
    return verdict.add("change set", True, f"exactly the {m['count']} changes the manifest names")


def _check_state(
    bundle: Bundle, history: GroupHistory, state: GroupState, verdict: Verdict
) -> None:
    m = bundle.manifest
    signer = state.membership.members.get(bundle.signer)
    verdict.signer_name = signer.name if signer is not None else bundle.signer[:8]
    verdict.add(
        "exporter",
        state.membership.is_active(bundle.signer),
        f"signed by {verdict.signer_name}, an active member"
        if state.membership.is_active(bundle.signer)
        else f"signed by {verdict.signer_name}, who is not an active member of the group",
    )
    same = (
        m["name"] == state.name
        and m["currency"] == state.settings.currency
        and is_currency(m["currency"])
        and m["decimals"] == decimals(m["currency"])
    )
    verdict.add(
        "group facts",
        same,
        f"{state.name}, amounts in {state.settings.currency}"
        if same
        else "the manifest's group name, currency or decimals differ from the signed changes",
    )
    problems = _quorum_problems(history, state)
    verdict.add(
        "elder quorum",
        not problems,
        "every sign-off counted toward a confirmation is an elder's"
        if not problems
        else "; ".join(problems[:3]),
    )
    # Through the codec and back: plain values only (a `Words` name becomes a `str`).
    recomputed = codec.decode_canonical(codec.encode(bundle_totals(state, bundle.period)))
    verdict.recomputed = recomputed
    if codec.encode(recomputed) == codec.encode(m["totals"]):
        verdict.add("totals", True, "the claimed totals equal those recomputed from the changes")
    else:
        verdict.add("totals", False, "; ".join(_differences(m["totals"], recomputed)[:5]))


def _quorum_problems(history: GroupHistory, state: GroupState) -> list[str]:
    """Confirmed entries whose counting signers are not enough distinct elders.

    A cross-check of the books against the membership: each signer counted for an
    entry must have held the elder role when the group was at the entry's sign-offs.
    """
    books = books_of(state)
    problems: list[str] = []
    elders_ever = {
        p for p, m in state.membership.members.items() if Role.ELDER.value in m.roles
    } | _past_elders(history)
    for entry in books.entries.values():
        if not books.is_confirmed(entry):
            continue
        counted = books.counting_signers(entry)
        strangers = counted - elders_ever
        if strangers:
            problems.append(
                f"entry {entry.id[:8]} counts sign-offs by people who were never elders"
            )
        elif not counted:
            problems.append(f"entry {entry.id[:8]} is confirmed without any elder's sign-off")
    return problems


def _past_elders(history: GroupHistory) -> set[PersonId]:
    """Everyone made an elder by some control change of the group."""
    out: set[PersonId] = set()
    for change in history.control.values():
        body = change.body
        if change.kind == "role.grant" and body.get("role") == Role.ELDER.value:
            out.add(PersonId(body["person"].hex()))
        elif change.kind == "member.add" and Role.ELDER.value in body.get("roles", []):
            out.add(PersonId(body["person"].hex()))
    return out


def _differences(claimed: Any, actual: Any, path: str = "totals") -> list[str]:
    """Plain words for where two nested values part."""
    if isinstance(claimed, dict) and isinstance(actual, dict):
        out: list[str] = []
        for key in sorted(set(claimed) | set(actual), key=str):
            if key not in actual:
                out.append(f"{path}.{key} is claimed but cannot be recomputed")
            elif key not in claimed:
                out.append(f"{path}.{key} is missing from the claim")
            else:
                out.extend(_differences(claimed[key], actual[key], f"{path}.{key}"))
        return out
    if isinstance(claimed, list) and isinstance(actual, list) and len(claimed) == len(actual):
        return [
            d for i, (a, b) in enumerate(zip(claimed, actual, strict=True))
            for d in _differences(a, b, f"{path}[{i}]")
        ]
    if claimed != actual or type(claimed) is not type(actual):
        return [f"{path} is claimed as {claimed!r} but the changes give {actual!r}"]
    return []
