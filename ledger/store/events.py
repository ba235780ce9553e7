"""What the store reports: the result of an ingest, and plain-Python events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ledger.store.frozen import new_object, slot_setters
from ledger.store.ids import ChangeId, GroupId

Status = Literal["accepted", "pending", "duplicate", "rejected"]


@dataclass(frozen=True, slots=True)
class IngestResult:
    status: Status
    change: ChangeId | None = None
    group: GroupId | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ChangesArrived:
    """Plain-Python event: changes accepted (written here, from a peer, or by another process)."""

    group: GroupId
    changes: tuple[ChangeId, ...]
    origin: Literal["local", "ingest", "refresh"]


@dataclass(frozen=True, slots=True)
class DataRejected:
    reason: str
    source: str


@dataclass(frozen=True, slots=True)
class ReceiptsArrived:
    """A newer receipt of some PC (witnessed states) was kept for the group; no change."""

    group: GroupId


@dataclass(frozen=True, slots=True)
class WritingPaused:
    """Plain-Python event: this PC's disk is full; the store is read-only until space returns
    (`reason` in plain words). Nothing saved before is lost."""

    reason: str


@dataclass(frozen=True, slots=True)
class WritingResumed:
    """Plain-Python event: a write succeeded again after `WritingPaused`."""


@dataclass(frozen=True, slots=True)
class RestoreHoldLifted:
    """Plain-Python event: this PC may write to `group` again after a restore (it synced
    with another PC of the group, or a person confirmed it is the group's only PC)."""

    group: GroupId
    confirmed: bool
    """Lifted by a person's confirmation rather than by a sync."""


StoreEvent = (
    ChangesArrived
    | DataRejected
    | ReceiptsArrived
    | WritingPaused
    | WritingResumed
    | RestoreHoldLifted
)
UNKNOWN_GROUP = IngestResult("rejected", reason="unknown group")

_set_status, _set_change, _set_group, _set_reason = slot_setters(IngestResult)


def accepted(change: ChangeId, group: GroupId) -> IngestResult:
    """`IngestResult("accepted", change, group)` at about half the cost
    (`ledger/store/frozen.py`: every change taken in gets one)."""
    result = new_object(IngestResult)
    _set_status(result, "accepted")
    _set_change(result, change)
    _set_group(result, group)
    _set_reason(result, None)
    return result
