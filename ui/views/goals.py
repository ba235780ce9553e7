"""Goals: the group's goals as cards with their progress, the families' own goals in a
table (hundreds in a council); propose, activate and mark achieved (the council
decides; any member may propose)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ledger.store.keyring import PersonInfo
from ledger.store.membership import Role
from ui.dialogs.action import eligible_persons
from ui.dialogs.goal import GoalStatusDialog, ProposeGoalDialog
from ui.models.districts import district_word, has_districts
from ui.models.goals import FamilyGoalsModel, GoalRow, goal_rows
from ui.models.table import ROW_ROLE
from ui.theme import make_heading
from ui.views.base import View, ViewContext
from ui.views.goal_card import GoalCard
from ui.widgets import make_notice, make_table

PROPOSERS = (Role.COUNCIL.value, Role.ELDER.value, Role.MEMBER.value)


class GoalsView(View):
    name = "goals"
    lazy = True

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.propose_button = QPushButton(self.tr("Propose a goal…"), self)
        self.propose_button.clicked.connect(self.propose)
        self.notice = make_notice(self)
        top = QHBoxLayout()
        top.addWidget(self.propose_button)
        top.addStretch(1)
        self.body.addLayout(top)
        self.body.addWidget(self.notice)
        self.cards_host = QWidget(self)
        self.cards = QVBoxLayout(self.cards_host)
        self.cards.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.goal_list = QScrollArea(self)
        self.goal_list.setWidgetResizable(True)
        self.goal_list.setWidget(self.cards_host)
        self.goal_list.setAccessibleName(self.tr("The group's goals"))
        self.body.addWidget(self.goal_list, 1)
        self.shown: list[GoalCard] = []
        self.families_heading = QLabel(self.tr("Families' own goals"), self)
        make_heading(self.families_heading, scale=1.2)
        self.families = FamilyGoalsModel(self)
        self.families_table = make_table(self.families, self)
        self.families_table.setAccessibleName(self.tr("Families' own goals"))
        self.families_table.selectionModel().selectionChanged.connect(self._update_family_buttons)
        self.activate_button = QPushButton(self.tr("Activate"), self)
        self.achieved_button = QPushButton(self.tr("Mark achieved"), self)
        self.activate_button.setAccessibleName(self.tr("Activate the selected family goal"))
        self.achieved_button.setAccessibleName(self.tr("Mark the selected family goal achieved"))
        self.activate_button.clicked.connect(lambda: self._family_status("active"))
        self.achieved_button.clicked.connect(lambda: self._family_status("achieved"))
        family_buttons = QHBoxLayout()
        family_buttons.addWidget(self.activate_button)
        family_buttons.addWidget(self.achieved_button)
        family_buttons.addStretch(1)
        self.body.addWidget(self.families_heading)
        self.body.addWidget(self.families_table, 1)
        self.body.addLayout(family_buttons)
        self.may_decide = False

    def _signers(self, roles: tuple[str, ...]) -> list[PersonInfo]:
        if self.group is None:
            return []
        return eligible_persons(self.context.keyring, self.context.store.state(self.group), roles)

    def reload(self) -> None:
        for card in self.shown:
            self.cards.removeWidget(card)
            card.deleteLater()
        self.shown = []
        if self.group is None:
            self.notice.setText(self.tr("This computer holds no group yet."))
            self.propose_button.setEnabled(False)
            self.families.set_rows([])
            self._update_family_buttons()
            return
        rows = goal_rows(self.context.store.state(self.group))
        may_decide = self.may_decide = bool(self._signers((Role.COUNCIL.value,)))
        families = [r for r in rows if r.family_name]
        state = self.context.store.state(self.group)
        self.families_table.setColumnHidden(1, not has_districts(state))
        if has_districts(state):
            self.families.district_word = district_word(state)
        self.families.set_rows(families)
        for widget in (self.families_heading, self.families_table):
            widget.setVisible(bool(families))
        self._update_family_buttons()
        for row in rows:
            if row.family_name:
                continue
            card = GoalCard(row, actions=True, may_decide=may_decide, parent=self.cards_host)
            card.status_wanted.connect(self.change_status)
            self.cards.addWidget(card)
            self.shown.append(card)
        self.goal_list.setVisible(bool(self.shown) or not families)
        self.propose_button.setEnabled(bool(self._signers(PROPOSERS)))
        words = [] if rows else [self.tr("No goals yet. Any member may propose one.")]
        if not may_decide:
            words.append(self.tr("Only council members activate goals or mark them achieved."))
        self.notice.setText("\n".join(words))
        self.notice.setVisible(bool(words))

    def selected_family_goal(self) -> GoalRow | None:
        rows = self.families_table.selectionModel().selectedRows()
        found = rows[0].data(ROW_ROLE) if rows else None
        return found if isinstance(found, GoalRow) else None

    def _update_family_buttons(self) -> None:
        goal = self.selected_family_goal()
        status = goal.status if goal is not None else ""
        self.activate_button.setEnabled(self.may_decide and status in ("proposed", "dropped"))
        self.achieved_button.setEnabled(self.may_decide and status == "active")
        shown = bool(self.families.rowCount())
        self.activate_button.setVisible(shown)
        self.achieved_button.setVisible(shown)

    def _family_status(self, status: str) -> None:
        goal = self.selected_family_goal()
        if goal is not None:
            self.change_status(goal, status)

    def propose(self) -> None:
        if self.group is None:
            return
        ProposeGoalDialog(
            signing=self.context.signing_for(self.group, self._signers(PROPOSERS)),
            parent=self,
        ).exec()

    def change_status(self, goal: GoalRow, status: str) -> None:
        if self.group is None:
            return
        GoalStatusDialog(
            signing=self.context.signing_for(self.group, self._signers((Role.COUNCIL.value,))),
            goal=goal,
            status=status,
            parent=self,
        ).exec()
