"""Filtering the ledger view over 100,000 entries: the time from a filter change to the
model holding the matching rows (first batch made), median of several runs per filter."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from bench._args import bench_args, machine_load
from bench._big_store import big_group
from ledger.store.store import Store
from ui.models.ledger import LedgerFilter, LedgerModel, LedgerSource

ROUNDS = 7


def main() -> None:
    args = bench_args(__doc__, size=100_000, rounds=ROUNDS, what="changes in the store")
    home, group = big_group(args.size)
    print(machine_load())
    _app = QApplication([])
    store = Store.open(home)
    try:
        state = store.state(group)
        started = time.perf_counter()
        source = LedgerSource(state)
        model = LedgerModel()
        model.set_source(source)
        loaded_ms = (time.perf_counter() - started) * 1000
        entries = len(source.entries)
        middle = source.entries[entries // 2]
        member, month = middle.member, middle.date[:7]
        filters = {
            "one member": LedgerFilter(member=member),
            "one month": LedgerFilter(since="2026-03-01", until="2026-03-31"),
            "pending only": LedgerFilter(status="pending"),
            "member + month + type": LedgerFilter(
                member=member, since=f"{month}-01", until=f"{month}-31", type="contribution"
            ),
            "nothing matches": LedgerFilter(type="shareout"),
        }
        print(f"entries: {entries:,}; first load (sort + first batch): {loaded_ms:.0f} ms")
        for name, wanted in filters.items():
            times = []
            for _ in range(args.rounds):
                model.set_filter(LedgerFilter())
                began = time.perf_counter()
                model.set_filter(wanted)
                times.append((time.perf_counter() - began) * 1000)
            print(
                f"filter {name:<22} median {statistics.median(times):6.1f} ms "
                f"({model.matching():,} match)"
            )
        began = time.perf_counter()
        model.set_filter(LedgerFilter())
        while model.canFetchMore(QModelIndex()) and model.rowCount() < 20_000:
            model.fetchMore(QModelIndex())
        scrolled_ms = (time.perf_counter() - began) * 1000
        print(f"scrolling: 20,000 rows fetched in batches in {scrolled_ms:.0f} ms")
    finally:
        store.close()


if __name__ == "__main__":
    main()
