"""What a bundle promises about money: the totals its manifest claims for a date range.

The bundle signs them, a verifier recomputes them from the changes, and the report's
fund lines are read from them too, so a funder's PDF and its bundle cannot disagree.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ledger.exports.dated_entries import base_type, dated_entries, sign
from ledger.exports.period import Period
from ledger.savings.books import books_of
from ledger.store.state import GroupState


def bundle_totals(state: GroupState, period: Period) -> dict[str, Any]:
    """The totals a bundle's manifest claims, as plain CBOR values (integers in minor units).

    Defined in docs/bundle-format.md ("Totals") so that other tools can recompute them.
    """
    books = books_of(state)
    funds: dict[str, dict[str, Any]] = {
        f: {
            "fund": f,
            "name": fund.name,
            "opening": 0,
            "in": 0,
            "out": 0,
            "confirmed": 0,
            "pending": 0,
        }
        for f, fund in books.funds.items()
    }
    flows: dict[str, int] = defaultdict(int)
    entries = confirmed_entries = 0
    for row in dated_entries(books):
        if period.is_after(row.day):
            continue
        in_range = period.contains(row.day)
        if in_range:
            entries += 1
            confirmed_entries += row.confirmed
        for line in row.entry.lines()[0]:
            fund = funds[line.fund]
            if not row.confirmed:
                fund["pending"] += line.delta
                continue
            fund["confirmed"] += line.delta
            if not in_range:
                fund["opening"] += line.delta
            elif line.delta > 0:
                fund["in"] += line.delta
            else:
                fund["out"] -= line.delta
        if in_range and row.confirmed:
            flows[base_type(books, row.entry)] += sign(row.entry) * row.entry.total
    fund_list = [funds[f] for f in sorted(funds)]
    return {
        "confirmed": sum(f["confirmed"] for f in fund_list),
        "pending": sum(f["pending"] for f in fund_list),
        "entries": entries,
        "confirmed_entries": confirmed_entries,
        "funds": fund_list,
        "flows": dict(sorted(flows.items())),
    }
