"""The window over a council of 8 districts × 80 families (640 members, the issue's
scale): for each view, the time to open it the first time (built, filled and laid out)
and to refresh it after a record arrives, and the time of the choices people make in
it (another member's passbook, another district's meeting). Medians of several runs.

The store is built once (tests/ui/council.py) and kept between runs; `--size` is the
number of families per district.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from bench._args import bench_args, machine_load
from ledger.store.store import Store
from tests.ui.council import populate_council
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow
from ui.views.ledger import LedgerView
from ui.views.meetings import MeetingsView
from ui.views.members import MembersView
from ui.views.passbook import PassbookView

ROUNDS = 5
DISTRICTS = 8
VIEWS = ("overview", "members", "ledger", "passbook", "meetings", "goals")
CACHE = Path(os.environ.get("LATTICE_BENCH_CACHE") or tempfile.gettempdir()) / "lattice-council"


def council_home(families: int) -> Path:
    """A data folder holding the council at `families` per district, built if missing."""
    home = CACHE / f"districts-{DISTRICTS}x{families}"
    if (home / "done").exists():
        return home
    shutil.rmtree(home, ignore_errors=True)
    store = Store.open(home)
    try:
        populate_council(store, districts=DISTRICTS, families=families)
    finally:
        store.close()
    (home / "done").write_text("built")
    return home


def settle(app: QApplication) -> None:
    for _ in range(3):  # layouts settle over a few passes
        app.processEvents()


def timed(action: Callable[[], object], app: QApplication) -> float:
    began = time.perf_counter()
    action()
    settle(app)
    return (time.perf_counter() - began) * 1000


def one_round(
    store: Store,
    app: QApplication,
    opened: dict[str, list[float]],
    refreshed: dict[str, list[float]],
    choices: dict[str, list[float]],
) -> None:
    """A fresh window (the Overview's open is the window's), then each view in turn."""
    began = time.perf_counter()
    window = MainWindow(store=store, sync=FakeSync())
    window.resize(1366, 768)
    window.show()
    settle(app)
    opened["overview"].append((time.perf_counter() - began) * 1000)
    for name in VIEWS:
        if name != "overview":
            opened[name].append(timed(partial(window.show_view, name), app))
        refreshed[name].append(timed(window.views[name].refresh, app))
    passbook = window.views["passbook"]
    assert isinstance(passbook, PassbookView)
    window.show_view("passbook")
    settle(app)
    who = passbook.member
    choices["another passbook"].append(
        timed(lambda: who.setCurrentIndex((who.currentIndex() + 7) % who.count()), app)
    )
    meetings = window.views["meetings"]
    assert isinstance(meetings, MeetingsView)
    window.show_view("meetings")
    settle(app)
    picker = meetings.picker
    choices["another meeting"].append(
        timed(lambda: picker.setCurrentIndex((picker.currentIndex() + 1) % picker.count()), app)
    )
    ledger = window.views["ledger"]
    assert isinstance(ledger, LedgerView)
    window.show_view("ledger")
    settle(app)
    choices["ledger by district"].append(timed(lambda: ledger.district.setCurrentIndex(3), app))
    members = window.views["members"]
    assert isinstance(members, MembersView)
    window.show_view("members")
    settle(app)
    choices["members by district"].append(timed(lambda: members.district.setCurrentIndex(3), app))
    window.close()
    window.deleteLater()
    settle(app)


def main() -> None:
    args = bench_args(__doc__, size=80, rounds=ROUNDS, what="families per district")
    home = council_home(args.size)
    print(machine_load())
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    store = Store.open(home)
    try:
        group = store.group_ids()[0]
        state = store.state(group)
        print(
            f"council: {len(state.membership.members):,} members in {DISTRICTS} districts, "
            f"{store.change_count(group):,} changes"
        )
        opened: dict[str, list[float]] = {v: [] for v in VIEWS}
        refreshed: dict[str, list[float]] = {v: [] for v in VIEWS}
        choices: dict[str, list[float]] = {
            "another passbook": [], "another meeting": [], "ledger by district": [],
            "members by district": [],
        }  # fmt: skip
        for _ in range(args.rounds):
            one_round(store, app, opened, refreshed, choices)
        for name in VIEWS:
            print(
                f"view {name:<9} open median {statistics.median(opened[name]):7.1f} ms, "
                f"refresh median {statistics.median(refreshed[name]):7.1f} ms"
            )
        for what, times in choices.items():
            print(f"choose {what:<19} median {statistics.median(times):7.1f} ms")
    finally:
        store.close()


if __name__ == "__main__":
    main()
