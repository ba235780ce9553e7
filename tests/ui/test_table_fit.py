"""Wide tables fit their width at large text on 1366×768 instead of scrolling sideways:
optional columns go behind "Show every column", long texts end in '…', money is never cut."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ledger.store.store import Store
from tests.ui.screens import reading, shown_window
from ui.column_fit import ColumnFitter, fit_columns
from ui.main_window import MainWindow
from ui.models.table import Column, RowTableModel
from ui.view_names import VIEW_NAMES
from ui.views.ledger import LedgerView
from ui.views.overview import OverviewView


def settle(app: QApplication) -> None:
    for _ in range(8):  # the fitter runs once the layout has settled
        app.processEvents()


def overflowing(top: QWidget) -> list[str]:
    """Visible tables under `top` that scroll sideways, unless asked to show every column."""
    found = []
    for table in top.findChildren(QAbstractItemView):
        if not table.isVisibleTo(top) or table.horizontalScrollBar().maximum() <= 0:
            continue
        fitter = table.findChild(ColumnFitter)
        if fitter is None or not fitter.shows_every_column():
            found.append(
                f"{table.accessibleName()!r} by {table.horizontalScrollBar().maximum()} px"
            )
    return found


def every_view_sideways(
    qapp: QApplication, qtbot: QtBot, store: Store
) -> tuple[MainWindow, list[str]]:
    """The window on 1366×768 after showing each view, and the tables that scrolled sideways."""
    window = shown_window(qtbot, store, (1366, 768))
    problems: list[str] = []
    for name in VIEW_NAMES:
        window.show_view(name)
        settle(qapp)
        problems += [f"{name}: {p}" for p in overflowing(window.views[name])]
    return window, problems


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_table_scrolls_sideways_at_large_text_on_a_small_screen(
    qapp: QApplication, qtbot: QtBot, crowd: Store, language: str
) -> None:
    with reading(qapp, language=language, font_scale=1.5):
        window, problems = every_view_sideways(qapp, qtbot, crowd)
        window.show_view("ledger")
        settle(qapp)
        ledger = window.views["ledger"]
        assert isinstance(ledger, LedgerView)
        # the note goes first on this screen; the toggle brings it back
        assert ledger.columns.hidden and ledger.columns.toggle.isVisibleTo(window)
        ledger.columns.toggle.setChecked(True)
        settle(qapp)
        assert not any(ledger.table.isColumnHidden(c) for c in range(7))
        window.close()
    assert not problems, "\n".join(problems)


@dataclass(frozen=True)
class Line:
    name: str
    note: str
    amount: str


def narrow_table(qtbot: QtBot, width: int) -> tuple[QWidget, QTableView, ColumnFitter]:
    model: RowTableModel[Line] = RowTableModel(
        [
            Column(lambda: "Name", lambda r: r.name),
            Column(lambda: "Note", lambda r: r.note),
            Column(lambda: "Amount", lambda r: r.amount, Qt.AlignmentFlag.AlignRight),
            Column(lambda: "Comment", lambda r: r.note),
        ]
    )
    model.set_rows(
        [Line("Esther Wanjiku Kamau " * 3, "seeds for the school garden " * 4, "1,500,000.00 KES")]
    )
    page = QWidget()
    qtbot.addWidget(page)
    table = QTableView(page)
    table.setModel(model)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setStretchLastSection(True)
    fitter = fit_columns(table, optional=[3])
    layout = QVBoxLayout(page)
    layout.addWidget(fitter.toggle)
    layout.addWidget(table)
    page.resize(width, 300)
    page.show()
    qtbot.waitExposed(page)
    return page, table, fitter


def test_the_fitter_hides_the_optional_then_elides_text_never_money(
    qapp: QApplication, qtbot: QtBot
) -> None:
    page, table, fitter = narrow_table(qtbot, 600)
    settle(qapp)
    assert fitter.hidden == [3] and table.isColumnHidden(3)
    assert fitter.toggle.isVisible()
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert header.sectionSize(2) >= table.sizeHintForColumn(2)  # the amount is whole
    assert header.sectionSize(0) < table.sizeHintForColumn(0)  # the long name gives way
    model = table.model()
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Name"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Esther")
    fitter.toggle.setChecked(True)
    settle(qapp)
    assert not table.isColumnHidden(3) and fitter.hidden == []
    fitter.toggle.setChecked(False)
    page.resize(6000, 300)  # room for everything: natural widths, no toggle
    settle(qapp)
    assert fitter.hidden == [] and not fitter.toggle.isVisible()
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)


def test_a_column_the_view_hides_stays_hidden(qapp: QApplication, qtbot: QtBot) -> None:
    _page, table, fitter = narrow_table(qtbot, 6000)
    table.setColumnHidden(1, True)
    fitter.refit()
    settle(qapp)
    assert table.isColumnHidden(1) and fitter.hidden == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_council_of_districts_fits_too(
    qapp: QApplication, qtbot: QtBot, council: tuple[Store, object], language: str
) -> None:
    """640 families in 8 districts: the district columns come in, still nothing sideways."""
    store, _ = council
    with reading(qapp, language=language, font_scale=1.5):
        window, problems = every_view_sideways(qapp, qtbot, store)
        window.close()
    assert not problems, "\n".join(problems)


def cut_cells(table: QTableView, columns: tuple[int, ...]) -> list[str]:
    """Cells of `columns`, in every row (shown or scrolled away), whose text needs more
    width than its column gives (the delegate would end it in '…')."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = table.fontMetrics()
    model = table.model()
    found = []
    for column in columns:
        room = table.columnWidth(column) - 2 * margin
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            if metrics.horizontalAdvance(text) > room:
                found.append(f"row {row}, column {column}: {text!r} in {room} px")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_recent_activity_keeps_who_and_status_whole_at_1280_by_800(
    qapp: QApplication, qtbot: QtBot, crowd: Store, language: str
) -> None:
    """The README's screen: what was done wraps; who did it and whether it counts are never
    cut, in rows further down too (Chausiku's goals, below a screenful of Amina's)."""
    with reading(qapp, language=language, font_scale=1.0):
        window = shown_window(qtbot, crowd, (1280, 800))
        window.show_view("overview")
        settle(qapp)
        overview = window.views["overview"]
        assert isinstance(overview, OverviewView)
        table = overview.table
        names = {table.model().index(r, 1).data() for r in range(table.model().rowCount())}
        assert {"Amina", "Chausiku"} <= names
        assert cut_cells(table, (1, 3)) == []
        assert table.horizontalScrollBar().maximum() == 0
        window.close()
