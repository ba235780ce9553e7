"""The ledger table: every entry of the books as an immutable row, filtered and loaded
in batches so 100,000 entries scroll smoothly.

`entry_rows` and `LedgerFilter` are plain functions of the core's books (testable without
Qt); `LedgerModel.data()` reads rows only, never the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ledger.savings.books import EntryId, FundId, MeetingId, books_of
from ledger.savings.entry import Entry
from ledger.store.ids import DistrictId, PersonId
from ledger.store.state import GroupState
from ui.core_text import core_text
from ui.formatting import money_text
from ui.models.funds import counts
from ui.models.table import ROW_ROLE, AnyIndex, Column

BATCH = 500
"""Rows added per `fetchMore`: a few screens, so scrolling never waits."""


def entry_type_name(kind: str, fine: str | None = None) -> str:
    """An entry type in the reader's language; a fine says which fine of the schedule."""
    if kind == "fine" and fine:
        return QCoreApplication.translate("LedgerModel", "fine: %1").replace("%1", fine)
    names = {
        "contribution": QCoreApplication.translate("LedgerModel", "contribution"),
        "withdrawal": QCoreApplication.translate("LedgerModel", "withdrawal"),
        "loan": QCoreApplication.translate("LedgerModel", "loan"),
        "repayment": QCoreApplication.translate("LedgerModel", "repayment"),
        "fine": QCoreApplication.translate("LedgerModel", "fine"),
        "transfer": QCoreApplication.translate("LedgerModel", "transfer"),
        "shareout": QCoreApplication.translate("LedgerModel", "share-out"),
        "expense": QCoreApplication.translate("LedgerModel", "expense"),
        "reversal": QCoreApplication.translate("LedgerModel", "reversal"),
        "shortage": QCoreApplication.translate("LedgerModel", "cash shortage"),
        "surplus": QCoreApplication.translate("LedgerModel", "cash surplus"),
        "charge": QCoreApplication.translate("LedgerModel", "fine owed"),
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
    fine: str | None = None
    """The fine's name in the group's schedule (a fine entry)."""
    district: DistrictId | None = None
    """The member's district (None: no member, or a member of no district)."""


class LedgerSource:
    """One state's entries, newest first (by date, then replay order), turned into rows
    only when asked: a model materializes the few hundred rows it shows, not 100,000."""

    def __init__(self, state: GroupState) -> None:
        self.books = books_of(state)
        self.state = state
        self.currency = state.settings.currency
        self.quorum = state.settings.quorum
        self.fund_names = {f: core_text(fund.name) for f, fund in self.books.funds.items()}
        self._names: dict[PersonId, str] = {}
        self.districts = {
            p: m.district for p, m in state.membership.members.items() if m.district is not None
        }
        """Each member's district, for the district filter."""

    @cached_property
    def entries(self) -> list[Entry]:
        """Newest first; sorted on first use (a meeting's few rows need no sort of all)."""
        return sorted(self.books.entries.values(), key=_NEWEST_FIRST, reverse=True)

    def name(self, person: PersonId | None) -> str:
        if person is None:
            return ""
        found = self._names.get(person)
        if found is None:
            found = self._names[person] = self.state.member_name(person)
        return found

    def row(self, e: Entry) -> EntryRow:
        return EntryRow(
            id=e.id,
            order=e.order,
            date=e.date,
            type=e.type,
            fund=e.fund,
            fund_name=self.fund_names.get(e.fund, e.fund[:8]),
            member=e.member,
            member_name=self.name(e.member),
            total=e.total,
            currency=self.currency,
            note=e.note,
            confirmed=counts(self.books, e),
            signatures=len(self.books.counting_signers(e)),
            quorum=self.quorum,
            recorder=e.recorder,
            signers=frozenset(e.signers),
            reversed=e.reversed_by is not None,
            meeting=e.meeting,
            fine=e.fine,
            district=self.districts.get(e.member) if e.member is not None else None,
        )

    def select(self, wanted: LedgerFilter) -> list[Entry]:
        """The entries passing `wanted`, newest first: one tight pass per condition set,
        narrowest first (100,000 entries filter in tens of milliseconds)."""
        found = self.entries
        if wanted.district is not None:
            district, of = wanted.district, self.districts
            found = [e for e in found if e.member is not None and of.get(e.member) == district]
        if wanted.member is not None:
            member = wanted.member
            found = [e for e in found if e.member == member]
        if wanted.fund is not None:
            fund = wanted.fund
            found = [e for e in found if e.fund == fund]
        if wanted.type is not None:
            kind = wanted.type
            found = [e for e in found if e.type == kind]
        if wanted.since is not None or wanted.until is not None:
            since, until = wanted.since or "", wanted.until or "9999"
            found = [e for e in found if since <= e.date <= until]
        if wanted.status != "all":
            confirmed, books = wanted.status == "confirmed", self.books
            found = [e for e in found if counts(books, e) == confirmed]
        return found


_NEWEST_FIRST = attrgetter("date", "order")
"""The sort key (date, then replay order), read in C: a Python key function took most of
the ledger view's start on 100,000 entries."""


def entry_rows(state: GroupState) -> list[EntryRow]:
    """Every entry as a row, newest first."""
    source = LedgerSource(state)
    return [source.row(e) for e in source.entries]


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
    district: DistrictId | None = None
    """Entries of the district's members (the district a member belongs to now)."""

    def matches(self, row: EntryRow) -> bool:
        return (
            (self.district is None or (row.member is not None and row.district == self.district))
            and (self.member is None or row.member == self.member)
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
        lambda r: entry_type_name(r.type, r.fine),
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
FUND_COLUMN, NOTE_COLUMN = 3, 6
"""Where the fund and the note are (the columns a narrow screen hides first)."""


def _same(row: EntryRow) -> EntryRow:
    return row


class LedgerModel(QAbstractTableModel):
    """The filtered entries reach the view `BATCH` at a time, made into rows as they do."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: Sequence[Any] = []
        self._to_row: Callable[[Any], EntryRow] = _same
        self._select: Callable[[LedgerFilter], Sequence[Any]] = self._filter_rows
        self._selected: Sequence[Any] = []
        self._rows: list[EntryRow] = []
        self._filter = LedgerFilter()

    # -- feeding -------------------------------------------------------------------------

    def set_source(self, source: LedgerSource) -> None:
        """Show a state's entries; rows are made only as they are loaded."""
        self._set_items(source.entries, source.row, source.select)

    def set_rows(self, rows: Sequence[EntryRow]) -> None:
        """Show ready-made rows (newest first)."""
        self._set_items(list(rows), _same, self._filter_rows)

    def _filter_rows(self, wanted: LedgerFilter) -> list[EntryRow]:
        return wanted.apply(self._items)

    def _set_items(
        self,
        items: Sequence[Any],
        to_row: Callable[[Any], EntryRow],
        select: Callable[[LedgerFilter], Sequence[Any]],
    ) -> None:
        self._items, self._to_row, self._select = items, to_row, select
        self._refilter()

    def set_filter(self, wanted: LedgerFilter) -> None:
        if wanted != self._filter:
            self._filter = wanted
            self._refilter()

    def current_filter(self) -> LedgerFilter:
        return self._filter

    def matching(self) -> int:
        """How many entries pass the filter (loaded or not)."""
        return len(self._selected)

    def _refilter(self) -> None:
        wanted = self._filter
        selected = self._items if wanted == LedgerFilter() else self._select(wanted)
        loaded = min(len(selected), max(BATCH, len(self._rows)))
        rows = [self._to_row(item) for item in selected[:loaded]]
        same_shape = len(selected) == len(self._selected) and loaded == len(self._rows)
        self._selected = selected
        if rows == self._rows:
            return
        if same_shape and rows:
            # E.g. a sign-off arrived: refresh cells, keep selection and scroll position.
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(loaded - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    # -- incremental loading -----------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < len(self._selected)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        batch = self._selected[start : start + BATCH]
        if not batch:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
        self._rows.extend(self._to_row(item) for item in batch)
        self.endInsertRows()

    # -- reading -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> EntryRow:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
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
