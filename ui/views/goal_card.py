"""One goal as a card: title, who it is for, a progress bar, and the next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.models.goals import PERMILLE, GoalRow, family_goals_line, goal_status_name
from ui.theme import make_heading
from ui.widgets import make_notice


class GoalCard(QFrame):
    """Emits `status_wanted(goal, status)`; the view decides who signs."""

    status_wanted = Signal(object, str)

    def __init__(
        self, row: GoalRow, *, actions: bool, may_decide: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(row.title, self)
        self.title.setWordWrap(True)
        make_heading(self.title, scale=1.2)
        self.details = make_notice(self)
        parts = [goal_status_name(row.status)]
        if row.family_name:
            parts.append(self.tr("for the family of %1").replace("%1", row.family_name))
        else:
            parts.append(self.tr("a group goal"))
        if row.due:
            parts.append(self.tr("due %1").replace("%1", row.due))
        parts.append(self.tr("proposed by %1").replace("%1", row.proposer_name))
        self.details.setText(" · ".join(parts))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, PERMILLE)
        self.bar.setValue(row.permille)
        # The words go under the bar, wrapped: inside it they were cut at large text sizes.
        self.bar.setTextVisible(False)
        self.bar.setMinimumHeight(self.fontMetrics().height() // 2 + 6)
        self.progress = make_notice(self)
        self.progress.setText(row.progress_text())
        self.bar.setAccessibleName(self.tr("Progress of %1").replace("%1", row.title))
        self.bar.setAccessibleDescription(row.progress_text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.bar)
        layout.addWidget(self.progress)
        self.activate_button = QPushButton(self.tr("Activate"), self)
        self.achieved_button = QPushButton(self.tr("Mark achieved"), self)
        self.activate_button.setAccessibleName(self.tr("Activate %1").replace("%1", row.title))
        self.achieved_button.setAccessibleName(self.tr("Mark %1 achieved").replace("%1", row.title))
        self.activate_button.clicked.connect(lambda: self.status_wanted.emit(row, "active"))
        self.achieved_button.clicked.connect(lambda: self.status_wanted.emit(row, "achieved"))
        self.activate_button.setVisible(actions and row.status in ("proposed", "dropped"))
        self.achieved_button.setVisible(actions and row.status == "active")
        for button in (self.activate_button, self.achieved_button):
            button.setEnabled(may_decide)
        if actions and row.status in ("proposed", "dropped", "active"):
            buttons = QHBoxLayout()
            buttons.addWidget(self.activate_button)
            buttons.addWidget(self.achieved_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        self.setAccessibleName(f"{row.title}: {row.progress_text()}")


class GoalsStrip(QScrollArea):
    """Compact cards of the group's goals that are not dropped, for the Overview; the
    families' own goals are one line (a council may hold hundreds)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Goals and their progress"))
        self.host = QWidget(self)
        self.cards = QVBoxLayout(self.host)
        self.cards.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.host)
        self.shown: list[GoalCard] = []
        self.empty = make_notice(self.host)
        self.cards.addWidget(self.empty)
        self.families = make_notice(self.host)
        self.families.setObjectName("familyGoals")
        self.cards.addWidget(self.families)

    def show_goals(self, rows: list[GoalRow]) -> None:
        for card in self.shown:
            self.cards.removeWidget(card)
            card.deleteLater()
        self.shown = []
        for row in rows:
            if row.status == "dropped" or row.family_name:
                continue
            card = GoalCard(row, actions=False, may_decide=False, parent=self.host)
            self.cards.insertWidget(self.cards.count() - 1, card)
            self.shown.append(card)
        families = family_goals_line(rows)
        self.families.setText(families)
        self.families.setVisible(bool(families))
        self.empty.setText("" if self.shown or families else self.tr("No goals yet."))
        self.empty.setVisible(not self.shown and not families)
        # Up to two cards show whole without scrolling inside the page's own scrolling.
        first = self.shown[:2]
        wanted = sum(card.sizeHint().height() for card in first) if first else 0
        spacing = self.cards.spacing() * max(len(first) - 1, 0)
        margins = self.cards.contentsMargins()
        self.setMinimumHeight(
            max(wanted + spacing + margins.top() + margins.bottom() + 2 * self.frameWidth(), 0)
            if first
            else 0
        )
