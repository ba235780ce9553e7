"""The guided meeting's grid: typed with the keyboard only, totals before signing, every
line recorded at once (or none, with the row and column at fault)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.savings.books import books_of
from ledger.savings.sitting import SittingRow
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from tests.ui.test_ledger import sign
from tests.ui.windows import meetings_view, signing_as
from ui.dialogs.meeting import MeetingGridDialog


def type_cell(qtbot: QtBot, table: QTableView, text: str) -> None:
    """Type into the cell under the cursor, then Tab to the next one, as a treasurer does:
    the first key opens the cell's editor, Tab commits it and moves on. Each key goes to
    the widget that has the keyboard focus."""
    for key in text:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, key)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


def test_a_meeting_typed_in_the_grid(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, qtmodeltester: ModelTester
) -> None:
    store, d = demo
    view = meetings_view(qtbot, store, sync)
    guide = view.guide
    titles = [guide.steps.item(i).text() for i in range(guide.steps.count())]
    guide.steps.setCurrentRow(titles.index("Or every line at once"))
    grid = guide.grid
    assert guide.pages.currentWidget() is grid
    model = grid.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Amina", "Baraka", "Chausiku", "Daudi", "Totals"]
    qtmodeltester.check(model)

    window = view.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    grid.start_typing()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid.table)
    for cell in ("2", "", "", ""):  # Amina: 2 shares; Tab skips Baraka's name
        type_cell(qtbot, grid.table, cell)
    assert (grid.table.currentIndex().row(), grid.table.currentIndex().column()) == (1, 1)
    for cell in ("1", "20", "", ""):  # Baraka: 1 share and 20.00 to the social fund
        type_cell(qtbot, grid.table, cell)
    totals = model.totals()
    assert totals is not None
    assert (totals.shares, totals.savings, totals.social, totals.money) == (3, 15_000, 2_000,
                                                                           17_000)  # fmt: skip
    assert model.index(4, 1).data() == "3 (150.00 KES)"
    assert model.index(4, 2).data() == "20.00 KES"
    rows = model.sitting_rows()
    assert rows == [
        SittingRow(d.amina.person, shares=2, line=1),
        SittingRow(d.baraka.person, shares=1, social="20", line=2),
    ]

    before = store.change_count(d.group)
    bad = MeetingGridDialog(
        signing=signing_as(store, d.group, "Amina"),
        meeting=d.meeting,
        rows=[*rows, SittingRow(d.daudi.person, fines=("snoring",), line=4)],
        summary="",
    )
    qtbot.addWidget(bad)
    sign(bad, "Amina")
    assert bad.error.text() == (
        "line 4, fines: the fine schedule has no fine 'snoring' and the member owes none"
    )
    assert store.change_count(d.group) == before

    good = MeetingGridDialog(
        signing=signing_as(store, d.group, "Amina"),
        meeting=d.meeting,
        rows=rows,
        summary="",
    )
    qtbot.addWidget(good)
    sign(good, "Amina")
    books = books_of(store.state(d.group))
    recorded = [e for e in books.entries.values() if e.meeting == d.meeting]
    assert sorted((e.member, e.type, e.total) for e in recorded) == sorted([
        (d.amina.person, "contribution", 10_000),
        (d.baraka.person, "contribution", 5_000),
        (d.baraka.person, "contribution", 2_000),
    ])  # fmt: skip
    # the typed cells stay while the view refreshes from the new records
    qtbot.waitUntil(lambda: guide.shares.model.rowCount() == 2)
    assert model.index(1, 2).data() == "20"


def test_absent_members_have_no_row(qtbot: QtBot, demo: tuple[Store, Demo],
                                    sync: FakeSync) -> None:  # fmt: skip
    store, d = demo
    view = meetings_view(qtbot, store, sync)
    guide = view.guide
    assert guide.attendance.choose(d.daudi.person, "absent")
    assert guide.attendance.choose(d.baraka.person, "late")
    attendance = guide.attendance.chosen()
    assert attendance[d.baraka.person] == "late"
    from ui.dialogs.meeting import AttendanceDialog

    dialog = AttendanceDialog(
        signing=signing_as(store, d.group, "Amina"),
        meeting=d.meeting,
        attendance=attendance,
        summary="",
    )
    qtbot.addWidget(dialog)
    sign(dialog, "Amina")
    model = guide.grid.model
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    assert [model.index(r, 0).data() for r in range(4)] == [
        "Amina", "Baraka", "Chausiku", "Totals"
    ]  # fmt: skip
