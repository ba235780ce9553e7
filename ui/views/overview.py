"""Overview: the group at a glance — who is in it, what needs attention, what happened."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from ledger.finance.books import books_of
from ledger.ids import split_writer
from ledger.membership import Role, Status
from ledger.state import GroupState
from ui.core_text import core_text
from ui.models.activity import ActivityModel, recent_activity
from ui.models.funds import FundsModel, fund_rows, summarize
from ui.models.goals import goal_rows
from ui.service import SyncPhase
from ui.theme import make_heading
from ui.views.base import View, ViewContext
from ui.views.goal_card import GoalsStrip
from ui.views.pooled_chart import PooledChart
from ui.widgets import make_notice, make_table


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
        grid = QGridLayout()
        grid.addWidget(self._heading(self.tr("Funds")), 0, 0)
        grid.addWidget(self.funds_table, 1, 0)
        grid.addWidget(self._heading(self.tr("Pooled funds over time")), 0, 1)
        grid.addWidget(self.chart, 1, 1)
        grid.addWidget(self._heading(self.tr("Goals")), 2, 0)
        grid.addWidget(self.goals, 3, 0)
        grid.addWidget(self.activity_heading, 2, 1)
        grid.addWidget(self.table, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)
        self.body.addLayout(grid, 1)
        context.sync.changed.connect(self._show_computers)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        make_heading(label, scale=1.2)
        return label

    def reload(self) -> None:
        if self.group is None:
            self._show_empty()
            return
        self.setup_button.hide()
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
        self.goals.show_goals(goal_rows(state, summary.funds))
        self.table.setVisible(True)
        self.activity_heading.setVisible(True)

    def _show_empty(self) -> None:
        self.setup_button.show()
        for figure in (self.members, self.elders, self.currency):
            figure.show_figure("—", "")
        self.attention.setText(
            self.tr(
                "This computer holds no group yet. Create one with the command "
                "'lattice group create', or join one with an invite code."
            )
        )
        self.attention.setVisible(True)
        self.activity.set_rows([])
        self.funds.set_rows([])
        self.goals.show_goals([])
        self.chart.show_series([], "")
        self._show_computers()

    def _show_computers(self) -> None:
        state = self.context.sync.service.state()
        count = state.connected_peers if state.phase is not SyncPhase.OFFLINE else 0
        self.computers.show_figure(str(count), self.tr("other computers connected"))

    def _show_attention(self, state: GroupState) -> None:
        lines: list[str] = []
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
        self.attention.setText("\n".join(lines))
        self.attention.setVisible(bool(lines))
        self.attention.setAlignment(Qt.AlignmentFlag.AlignLeft)
