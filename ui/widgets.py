"""Small building blocks the views share, so every table and notice looks and reads alike."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableView,
    QWidget,
)

from ui.column_fit import fit_columns


def make_table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
    """A read-only, row-selecting, keyboard-navigable table."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Size columns by the rows on screen, not every row loaded: with thousands of
    # entries loaded, measuring them all made each layout pass take most of a second.
    header.setResizeContentsPrecision(0)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    fit_columns(table)  # a narrow screen elides the widest columns rather than scroll sideways
    return table


def make_notice(parent: QWidget) -> QLabel:
    """A wrapped plain-text label for explanations and refusals."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ElidedLabel(QLabel):
    """One line of text that ends in '…' when narrower than its text, with the whole
    text as its tooltip: it never forces its window wider, and never cuts a word silently."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        """The whole text (what is painted may end in '…')."""
        return self._full

    def is_elided(self) -> bool:
        return super().text() != self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 0)
        )
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


def make_date_field(parent: QWidget, name: str, day: QDate | None = None) -> QDateEdit:
    """A date typed as yyyy-MM-dd (the core's form), with a calendar; default today."""
    field = QDateEdit(parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    field.setAccessibleName(name)
    field.setDate(day if day is not None else QDate.currentDate())
    return field


def iso_date(field: QDateEdit) -> str:
    return field.date().toString("yyyy-MM-dd")


class BusyLine(QWidget):
    """A line saying what is being waited for, with a moving bar: shown while slow work runs
    off the GUI thread, hidden otherwise. It never takes the keyboard focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = make_notice(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no known length: a moving bar
        self.bar.setTextVisible(False)
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleName(text)
        self.show()

    def stop(self) -> None:
        self.hide()
