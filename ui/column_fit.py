"""Tables that fit their width instead of scrolling sideways (large text on a 1366×768
screen): when the columns' natural widths do not fit, the columns a view names as
optional go first, behind a "Show every column" toggle; then the widest text columns give
way and end in '…' (the whole text stays in the cell's tooltip); numbers, money and short
texts such as dates are never cut, nor the columns a view names as whole (a name, a status
beside a long text that wraps) while the table has room for them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTableView

MIN_CHARS = 12
"""A shrunk text column keeps room for about this many characters (a whole date)."""


def _fair_widths(natural: list[int], least: list[int], budget: int) -> list[int]:
    """Each width min(natural, max(cap, least)) with the largest cap whose total fits the
    budget (the widest give way first); the least widths when nothing fits."""
    low, high = 0, max(natural, default=0)
    if sum(natural) <= budget:
        return natural
    while low < high:
        cap = (low + high + 1) // 2
        if sum(min(n, max(cap, m)) for n, m in zip(natural, least, strict=True)) <= budget:
            low = cap
        else:
            high = cap - 1
    return [min(n, max(low, m)) for n, m in zip(natural, least, strict=True)]


class ColumnFitter(QObject):
    """Keeps one table's columns within its viewport (see the module's docstring).

    Columns the view itself hides (`setColumnHidden`) are left alone; `optional` lists
    the columns this may hide, the least needed first; `whole` those kept at their whole
    width while the others can give way.
    """

    def __init__(
        self, table: QTableView, optional: Sequence[int] = (), whole: Sequence[int] = ()
    ) -> None:
        super().__init__(table)
        self.table = table
        self.whole = list(whole)
        self.optional: list[int] = []
        self.hidden: list[int] = []
        """The optional columns hidden now for want of room."""
        self._toggle: QCheckBox | None = None
        self._modes: dict[int, QHeaderView.ResizeMode] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            table.horizontalHeader().sectionCountChanged,
        ):
            signal.connect(self.refit_later)
        self.set_optional(optional)

    def set_optional(self, optional: Sequence[int]) -> None:
        """The columns this may hide, the least needed first."""
        self.optional = list(optional)
        self.refit_later()

    @property
    def toggle(self) -> QCheckBox:
        """ "Show every column": the view places it near the table; shown only while some
        column is hidden for want of room (or it is ticked). Made on first use, so a table
        with no optional column has none."""
        if self._toggle is None:
            self._toggle = QCheckBox(self.tr("Show every column"), self.table.parentWidget())
            self._toggle.setAccessibleName(self.tr("Show every column of the table"))
            self._toggle.setVisible(False)
            self._toggle.toggled.connect(self.refit_later)
        return self._toggle

    def shows_every_column(self) -> bool:
        return self._toggle is not None and self._toggle.isChecked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.refit_later()
        return False

    def refit_later(self, *_args: object) -> None:
        self._timer.start()

    def _shown(self) -> list[int]:
        header = self.table.horizontalHeader()
        return [
            c for c in range(header.count()) if c in self.hidden or not self.table.isColumnHidden(c)
        ]

    def _natural(self, column: int) -> int:
        header = self.table.horizontalHeader()
        return max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))

    def _least(self, column: int, natural: int) -> int:
        few_chars = self.table.fontMetrics().averageCharWidth() * MIN_CHARS + 8
        model = self.table.model()
        if model.rowCount() > 0:
            align = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
            if align is not None and int(align) & int(Qt.AlignmentFlag.AlignRight):
                # an amount or a count is never cut; a long heading above it may be
                heading = self.table.horizontalHeader().sectionSizeHint(column)
                return max(self.table.sizeHintForColumn(column), min(heading, few_chars))
        return min(natural, few_chars)

    def refit(self) -> None:
        """Size the columns for the table's width now."""
        header = self.table.horizontalHeader()
        budget = self.table.viewport().width()
        if budget <= 0 or header.count() == 0:
            return
        for column in self.hidden:
            self.table.setColumnHidden(column, False)
        self.hidden = []
        shown = self._shown()
        natural = {c: self._natural(c) for c in shown}
        least = {c: self._least(c, natural[c]) for c in shown}
        kept_whole = {c: natural[c] if c in self.whole else least[c] for c in shown}
        if sum(kept_whole.values()) <= budget:  # else they give way like any text
            least = kept_whole
        if not self.shows_every_column():
            for column in self.optional:  # the optional go before any other text is cut
                if sum(natural[c] for c in shown) <= budget:
                    break
                if column in shown:
                    shown.remove(column)
                    self.hidden.append(column)
                    self.table.setColumnHidden(column, True)
        if self._toggle is not None or self.hidden:
            self.toggle.setVisible(bool(self.hidden) or self.shows_every_column())
        if sum(natural[c] for c in shown) <= budget:
            self._restore_modes()
            for column in shown:  # sized by hand before: back to the whole text
                if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                    header.resizeSection(column, natural[column])
            return
        self._remember_modes()
        widths = _fair_widths([natural[c] for c in shown], [least[c] for c in shown], budget)
        for column, width in zip(shown, widths, strict=True):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def _remember_modes(self) -> None:
        if self._modes is None:
            header = self.table.horizontalHeader()
            self._modes = {c: header.sectionResizeMode(c) for c in range(header.count())}

    def _restore_modes(self) -> None:
        if self._modes is not None:
            header = self.table.horizontalHeader()
            for column, mode in self._modes.items():
                if column < header.count():
                    header.setSectionResizeMode(column, mode)
            self._modes = None


def fit_columns(
    table: QTableView, optional: Sequence[int] = (), whole: Sequence[int] = ()
) -> ColumnFitter:
    """The table's fitter, made on first use; `optional` and `whole` (when given) replace
    its lists."""
    fitter = table.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(table, optional, whole)
    else:
        if whole:
            fitter.whole = list(whole)
            fitter.refit_later()
        if optional:
            fitter.set_optional(optional)
    return fitter
