"""Overview: the group at a glance — who is in it, what needs attention, what happened."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ledger.savings.books import Books, books_of
from ledger.savings.owed import group_owes
from ledger.store.errors import LatticeError
from ledger.store.ids import split_writer
from ledger.store.membership import Role, Status
from ledger.store.restore_hold import HELD_NOTICE
from ledger.store.state import GroupState
from ledger.store.words import Words
from ui.backup_box import last_backup_text
from ui.column_fit import fit_columns
from ui.core_text import core_text
from ui.formatting import money_text
from ui.models.activity import ActivityModel, recent_activity
from ui.models.districts import (
    DistrictsModel,
    district_rows,
    district_word,
    has_districts,
    main_goal,
)
from ui.models.funds import FundsModel, fund_rows, summarize
from ui.models.goals import goal_rows
from ui.service import SyncPhase
from ui.theme import make_heading
from ui.views.base import View, ViewContext
from ui.views.goal_card import GoalsStrip
from ui.views.pooled_chart import PooledChart
from ui.widgets import make_notice, make_table
from ui.witnessed import heard_text, witnessed_text


class Figure(QFrame):
    """A big number with its caption, readable from across the room."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(self)
        make_heading(self.value, scale=2.0)
        self.caption = make_notice(self)
        layout = QGridLayout(self)
        layout.addWidget(self.value, 0, 0)
        layout.addWidget(self.caption, 1, 0)

    def show_figure(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {value}")


class OverviewView(View):
    name = "overview"
    lazy = True
    setup_wanted = Signal()
    """The person at the screen asks for the first-run window (no group here yet)."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.members = Figure(self)
        self.elders = Figure(self)
        self.currency = Figure(self)
        self.computers = Figure(self)
        figures = QGridLayout()
        for column, figure in enumerate((self.members, self.elders, self.currency, self.computers)):
            figures.addWidget(figure, 0, column)
        self.body.addLayout(figures)
        self.attention = make_notice(self)
        self.attention.setObjectName("attention")
        self.attention.setAccessibleName(self.tr("Needs attention"))
        self.body.addWidget(self.attention)
        self.held_note = make_notice(self)
        self.held_note.setObjectName("heldAfterRestore")
        self.body.addWidget(self.held_note)
        self.resume_button = QPushButton(self.tr("This is the group's only computer…"), self)
        self.resume_button.setObjectName("resumeWriting")
        self.resume_button.setAccessibleDescription(
            self.tr("Let this computer write again without connecting to another one first")
        )
        self.resume_button.clicked.connect(self.ask_only_computer)
        self.body.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.only_computer_box: QMessageBox | None = None
        self.backup_note = make_notice(self)
        self.backup_note.setObjectName("lastBackup")
        self.body.addWidget(self.backup_note)
        self.witnessed = make_notice(self)
        self.witnessed.setObjectName("witnessed")
        self.body.addWidget(self.witnessed)
        self.heard = make_notice(self)
        self.heard.setObjectName("heardFrom")
        self.heard.setAccessibleName(self.tr("Last heard from"))
        self.body.addWidget(self.heard)
        self.districts_heading = self._heading("")
        self.districts = DistrictsModel(self)
        self.districts_table = make_table(self.districts, self)
        self.districts_table.setObjectName("districts")
        self.districts_table.setAccessibleName(self.tr("Figures by district"))
        for widget in (self.districts_heading, self.districts_table):
            self.body.addWidget(widget)
            widget.hide()
        self.setup_button = QPushButton(self.tr("Set up this computer…"), self)
        self.setup_button.clicked.connect(self.setup_wanted)
        self.setup_button.hide()
        self.body.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.activity_heading = self._heading(self.tr("Recent activity"))
        self.activity = ActivityModel(self)
        self.table = make_table(self.activity, self)
        self.table.setAccessibleName(self.tr("Recent activity"))
        self.funds = FundsModel(self)
        self.funds_table = make_table(self.funds, self)
        self.funds_table.setAccessibleName(self.tr("Funds, confirmed and pending"))
        self.chart = PooledChart(self)
        self.chart.setAccessibleName(self.tr("Pooled funds over time"))
        self.goals = GoalsStrip(self)
        self.funds_heading = self._heading(self.tr("Funds"))
        self.chart_heading = self._heading(self.tr("Pooled funds over time"))
        self.goals_heading = self._heading(self.tr("Goals"))
        self.grid = QGridLayout()
        self.columns = 0
        self._arrange(2)
        self.body.addLayout(self.grid, 1)
        # Whole rows, wrapped, rather than words cut at the right edge: what was done
        # wraps (and when, date above time); who and whether it counts keep their whole
        # width, measured over every row (at most 30): a longer name further down too.
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setResizeContentsPrecision(-1)
        fit_columns(self.table, whole=(1, 3))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lines = self.fontMetrics().lineSpacing()
        self.chart.setMinimumHeight(12 * lines)
        self.table.setMinimumHeight(8 * lines)
        context.sync.changed.connect(self._show_computers)

    def _arrange(self, columns: int) -> None:
        """Funds, chart, goals and activity side by side in two columns, or one under
        another when the text is large for the width (the page then scrolls)."""
        if columns == self.columns:
            return
        self.columns = columns
        sections: tuple[tuple[QLabel, QWidget], ...] = (
            (self.funds_heading, self.funds_table),
            (self.chart_heading, self.chart),
            (self.goals_heading, self.goals),
            (self.activity_heading, self.table),
        )
        for heading, widget in sections:
            self.grid.removeWidget(heading)
            self.grid.removeWidget(widget)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for column in range(2):
            self.grid.setColumnStretch(column, 0)
        for index, (heading, widget) in enumerate(sections):
            row, column = (2 * (index // 2), index % 2) if columns == 2 else (2 * index, 0)
            self.grid.addWidget(heading, row, column)
            self.grid.addWidget(widget, row + 1, column)
            self.grid.setRowStretch(row + 1, 1)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Two columns only while each is about 50 characters of the window's text wide.
        wide = event.size().width() >= 100 * self.fontMetrics().averageCharWidth()
        self._arrange(2 if wide else 1)
        super().resizeEvent(event)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        make_heading(label, scale=1.2)
        return label

    def reload(self) -> None:
        if self.group is None:
            self._show_empty()
            return
        self.setup_button.hide()
        self._show_held()
        self.backup_note.setText(last_backup_text(self.context.store))
        self.witnessed.setText(witnessed_text(self.context.store, self.group))
        self.witnessed.setVisible(True)
        self.heard.setText(heard_text(self.context.store, self.group))
        self.heard.setVisible(True)
        state = self.context.store.state(self.group)
        active = [m for m in state.membership.members.values() if m.status == Status.ACTIVE]
        elders = [m for m in active if Role.ELDER.value in m.roles]
        suspended = sum(
            1 for m in state.membership.members.values() if m.status == Status.SUSPENDED
        )
        caption = self.tr("member(s)", "", len(active))
        if suspended:
            caption += "; " + self.tr("%n suspended", "", suspended)
        self.members.show_figure(str(len(active)), caption)
        self.elders.show_figure(
            str(len(elders)),
            self.tr("elder(s)", "", len(elders))
            + "; "
            + self.tr("%n must sign each entry", "", state.settings.quorum),
        )
        self.currency.show_figure(state.settings.currency, self.tr("currency"))
        self._show_computers()
        self._show_attention(state)
        self.activity.set_rows(recent_activity(self.context.store, self.group))
        summary = summarize(books_of(state))
        self.funds.set_rows(fund_rows(state, summary))
        self.chart.show_series(summary.pooled, state.settings.currency)
        books = books_of(state)
        self.goals.show_goals(goal_rows(state, summary.funds))
        self._show_districts(state, books)
        self.table.setVisible(True)
        self.activity_heading.setVisible(True)
        self._fit_funds_table()

    def _show_districts(self, state: GroupState, books: Books) -> None:
        """Per district: members, contributions, savings and share of the main goal, and
        the total (the group's), under the group's own word for its districts."""
        shown = has_districts(state)
        for widget in (self.districts_heading, self.districts_table):
            widget.setVisible(shown)
        if not shown:
            self.districts.set_rows([])
            return
        goal = main_goal(books)
        rows, total = district_rows(state, books, goal)
        word = district_word(state)
        title = books.goals[goal].title if goal is not None else ""
        self.districts.show_rollup(rows, total, word=word, goal_title=title)
        self.districts_heading.setText(self.tr("By %1").replace("%1", word))
        self.districts_table.setAccessibleName(self.tr("Figures by %1").replace("%1", word))
        self._fit_table(self.districts_table)

    def _fit_funds_table(self) -> None:
        self._fit_table(self.funds_table)

    def _fit_table(self, table: QTableView) -> None:
        """A table as tall as its rows: the page scrolls, not the table."""
        model = table.model()
        rows = sum(table.rowHeight(r) for r in range(model.rowCount()))
        extra = table.horizontalScrollBar().sizeHint().height()
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + extra
        )

    def _show_empty(self) -> None:
        self.setup_button.show()
        self.held_note.hide()
        self.resume_button.hide()
        self.witnessed.setVisible(False)
        self.heard.setVisible(False)
        self.members.show_figure("—", self.tr("member(s)", "", 0))
        self.elders.show_figure("—", self.tr("elder(s)", "", 0))
        self.currency.show_figure("—", self.tr("currency"))
        self.attention.setText(
            self.tr(
                "This computer holds no group yet. Start a new group, or join one with an "
                "invite code from a member: choose Set up this computer."
            )
        )
        self.attention.setVisible(True)
        self.activity.set_rows([])
        self.funds.set_rows([])
        self.districts.set_rows([])
        for widget in (self.districts_heading, self.districts_table):
            widget.hide()
        self.goals.show_goals([])
        self.chart.show_series([], "")
        self._show_computers()

    def _show_held(self) -> None:
        """After a restore from a backup: why this computer writes nothing for the group yet."""
        held = self.group is not None and self.context.store.is_held(self.group)
        if held:
            self.held_note.setText(core_text(Words(HELD_NOTICE)))
        self.held_note.setVisible(held)
        self.resume_button.setVisible(held)

    def ask_only_computer(self) -> None:
        """Lift the hold after a restore only once the person confirms no other computer
        holds the group (with one, connecting to it is the safe way)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Is this the group's only computer?"),
            self.tr(
                "Lift the hold only if no other computer holds this group. If one does, "
                "connect to it instead: records this computer wrote after the backup are "
                "there, and writing before they are back would make the other computers "
                "ignore that person's later records."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("onlyComputer")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Yes, it is the only one"))
        yes.clicked.connect(self._resume_writing)
        self.only_computer_box = box
        box.open()

    def _resume_writing(self) -> None:
        if self.group is None:
            return
        try:
            self.context.store.resume_writing(self.group, only_pc=True)
        except LatticeError as exc:
            self.held_note.setText(core_text(exc))
            return
        self._show_held()

    def _show_computers(self) -> None:
        state = self.context.sync.service.state()
        count = state.connected_peers if state.phase is not SyncPhase.OFFLINE else 0
        self.computers.show_figure(str(count), self.tr("other computers connected"))

    def _show_attention(self, state: GroupState) -> None:
        lines: list[str] = []
        quorum = state.membership.quorum_problem()
        if quorum is not None:
            lines.append(core_text(quorum))
        paused = self.context.store.writing_paused
        if paused is not None:
            lines.append(core_text(paused))
        if state.voided:
            lines.append(self.tr("%n record(s) do not count:", "", len(state.voided)))
            for voided in state.voided[-5:]:
                who = state.member_name(voided.author)
                lines.append(f"  • {who}: {core_text(voided.what)} — {core_text(voided.reason)}")
        for writer in sorted(state.equivocators):
            who = state.member_name(split_writer(writer)[0])
            lines.append(
                self.tr(
                    "%1's computer sent two different records with the same number. Their "
                    "records from that point on do not count until the council sorts it out."
                ).replace("%1", who)
            )
        lines += self._owed_lines(state)
        self.attention.setText("\n".join(lines))
        self.attention.setVisible(bool(lines))
        self.attention.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _owed_lines(self, state: GroupState) -> list[str]:
        """Loans in arrears (who, how much, since when) and fines owed, for the treasurer."""
        owes = group_owes(books_of(state), dt.date.today().isoformat())
        currency = state.settings.currency
        lines: list[str] = []
        late = owes.in_arrears
        if late:
            lines.append(
                self.tr("%n member(s) in arrears on loans, %1 in all:", "", len(late)).replace(
                    "%1", money_text(owes.arrears, currency)
                )
            )
            for m in late[:5]:
                lines.append(
                    "  • "
                    + self.tr("%1: %2 late since %3")
                    .replace("%1", state.member_name(m.member))
                    .replace("%2", money_text(m.arrears, currency))
                    .replace("%3", m.late_since or "")
                )
        if owes.owing_fines:
            lines.append(
                self.tr("%n member(s) owe fines, %1 in all", "", owes.owing_fines).replace(
                    "%1", money_text(owes.fines_owed, currency)
                )
            )
        return lines
