"""Gathering an export's figures from a group's state, for a date range.

Provisional: the ledger part (ledger.finance) is not loaded yet.
"""

from __future__ import annotations

from typing import Any

from ledger.exports.period import Period
from ledger.history import GroupHistory
from ledger.state import GroupState


def bundle_totals(state: GroupState, period: Period) -> dict[str, Any]:
    """The totals a bundle's manifest claims, as plain CBOR values (integers in minor units)."""
    return {"confirmed": 0, "pending": 0, "funds": []}


def quorum_problems(history: GroupHistory, state: GroupState) -> list[str]:
    """Confirmed entries that lack a quorum of distinct elders' sign-offs (empty when sound)."""
    return []
