"""The ledger table: every entry of the books as an immutable row, filtered and loaded
in batches so 100,000 entries scroll smoothly.

`entry_rows` and `LedgerFilter` are plain functions of the core's books (testable without
Qt); `LedgerModel.data()` reads rows only, never the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ledger.finance.books import EntryId, FundId, MeetingId, books_of
from ledger.ids import PersonId
from ledger.state import GroupState
from ui.formatting import money_text
from ui.models.funds import counts
from ui.models.table import ROW_ROLE, AnyIndex, Column

BATCH = 500
"""Rows added per `fetchMore`: a few screens, so scrolling never waits."""


def entry_type_name(kind: str) -> str:
    """An entry type in the reader's language."""
    names = {
        "contribution": QCoreApplication.translate("LedgerModel", "contribution"),
        "withdrawal": QCoreApplication.translate("LedgerModel", "withdrawal"),
        "loan": QCoreApplication.translate("LedgerModel", "loan"),
        "repayment": QCoreApplication.translate("LedgerModel", "repayment"),
        "fine": QCoreApplication.translate("LedgerModel", "fine"),
        "transfer": QCoreApplication.translate("LedgerModel", "transfer"),
        "shareout": QCoreApplication.translate("LedgerModel", "share-out"),
        "reversal": QCoreApplication.translate("LedgerModel", "reversal"),
    }
    return names.get(kind, kind)


@dataclass(frozen=True, slots=True)
class EntryRow:
    id: EntryId
    order: int
    date: str
    type: str
    fund: FundId
    fund_name: str
    member: PersonId | None
    member_name: str
    total: int
    currency: str
    note: str
    confirmed: bool
    signatures: int
    """Counting sign-offs so far."""
    quorum: int
    recorder: PersonId
    signers: frozenset[PersonId]
    reversed: bool
    """Cancelled by a later reversal entry."""
    meeting: MeetingId | None = None


def entry_rows(state: GroupState) -> list[EntryRow]:
    """Every entry, newest first (by date, then by replay order)."""
    books = books_of(state)
    currency = state.settings.currency
    quorum = state.settings.quorum
    funds = {f: fund.name for f, fund in books.funds.items()}
    names: dict[PersonId, str] = {}

    def name(person: PersonId | None) -> str:
        if person is None:
            return ""
        if person not in names:
            names[person] = state.member_name(person)
        return names[person]

    rows = [
        EntryRow(
            id=e.id,
            order=e.order,
            date=e.date,
            type=e.type,
            fund=e.fund,
            fund_name=funds.get(e.fund, e.fund[:8]),
            member=e.member,
            member_name=name(e.member),
            total=e.total,
            currency=currency,
            note=e.note,
            confirmed=counts(books, e),
            signatures=len(books.counting_signers(e)),
            quorum=quorum,
            recorder=e.recorder,
            signers=frozenset(e.signers),
            reversed=e.reversed_by is not None,
            meeting=e.meeting,
        )
        for e in books.entries.values()
    ]
    rows.sort(key=lambda r: (r.date, r.order), reverse=True)
    return rows


@dataclass(frozen=True, slots=True)
class LedgerFilter:
    """What the ledger shows; None or empty means 'any'. Dates are 'YYYY-MM-DD', inclusive."""

    member: PersonId | None = None
    fund: FundId | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    status: str = "all"
    """'all', 'confirmed' or 'pending'."""

    def matches(self, row: EntryRow) -> bool:
        return (
            (self.member is None or row.member == self.member)
            and (self.fund is None or row.fund == self.fund)
            and (self.since is None or row.date >= self.since)
            and (self.until is None or row.date <= self.until)
            and (self.type is None or row.type == self.type)
            and (self.status == "all" or row.confirmed == (self.status == "confirmed"))
        )

    def apply(self, rows: Sequence[EntryRow]) -> list[EntryRow]:
        if self == LedgerFilter():
            return list(rows)
        return [r for r in rows if self.matches(r)]


def entry_status(row: EntryRow) -> str:
    if row.reversed:
        return QCoreApplication.translate("LedgerModel", "reversed")
    if row.confirmed:
        return QCoreApplication.translate("LedgerModel", "confirmed")
    return (
        QCoreApplication.translate("LedgerModel", "pending (%1 of %2 sign-offs)")
        .replace("%1", str(row.signatures))
        .replace("%2", str(row.quorum))
    )


RIGHT = Qt.AlignmentFlag.AlignRight
COLUMNS: list[Column[EntryRow]] = [
    Column(lambda: QCoreApplication.translate("LedgerModel", "Date"), lambda r: r.date),
    Column(
        lambda: QCoreApplication.translate("LedgerModel", "Type"),
        lambda r: entry_type_name(r.type),
    ),
    Column(lambda: QCoreApplication.translate("LedgerModel", "Member"), lambda r: r.member_name),
    Column(lambda: QCoreApplication.translate("LedgerModel", "Fund"), lambda r: r.fund_name),
    Column(
        lambda: QCoreApplication.translate("LedgerModel", "Amount"),
        lambda r: money_text(r.total, r.currency),
        align=RIGHT,
    ),
    Column(lambda: QCoreApplication.translate("LedgerModel", "Status"), entry_status),
    Column(
        lambda: QCoreApplication.translate("LedgerModel", "Note"),
        lambda r: r.note,
        tooltip=lambda r: r.note,
    ),
]


class LedgerModel(QAbstractTableModel):
    """All entries in memory as rows; the filtered ones reach the view `BATCH` at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[EntryRow] = []
        self._shown: list[EntryRow] = []
        self._loaded = 0
        self._filter = LedgerFilter()

    # -- feeding -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[EntryRow]) -> None:
        self._all = list(rows)
        self._refilter()

    def set_filter(self, wanted: LedgerFilter) -> None:
        if wanted != self._filter:
            self._filter = wanted
            self._refilter()

    def current_filter(self) -> LedgerFilter:
        return self._filter

    def matching(self) -> int:
        """How many entries pass the filter (loaded or not)."""
        return len(self._shown)

    def _refilter(self) -> None:
        shown = self._filter.apply(self._all)
        if shown == self._shown:
            return
        if len(shown) == len(self._shown) and self._loaded:
            # Same shape (e.g. a sign-off arrived): refresh cells, keep selection and scroll.
            self._shown = shown
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._shown = shown
        self._loaded = min(len(shown), max(BATCH, self._loaded))
        self.endResetModel()

    # -- incremental loading -----------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < len(self._shown)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(BATCH, len(self._shown) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    # -- reading -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> EntryRow:
        return self._shown[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        row = self._shown[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].header()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
