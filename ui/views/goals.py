"""Goals: every goal of the group as a card with its progress; propose, activate and mark
achieved (the council decides; any member may propose)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ledger.store.keyring import PersonInfo
from ledger.store.membership import Role
from ui.dialogs.action import eligible_persons
from ui.dialogs.goal import GoalStatusDialog, ProposeGoalDialog
from ui.models.goals import GoalRow, goal_rows
from ui.views.base import View, ViewContext
from ui.views.goal_card import GoalCard
from ui.widgets import make_notice

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
            return
        rows = goal_rows(self.context.store.state(self.group))
        may_decide = bool(self._signers((Role.COUNCIL.value,)))
        for row in rows:
            card = GoalCard(row, actions=True, may_decide=may_decide, parent=self.cards_host)
            card.status_wanted.connect(self.change_status)
            self.cards.addWidget(card)
            self.shown.append(card)
        self.propose_button.setEnabled(bool(self._signers(PROPOSERS)))
        words = [] if rows else [self.tr("No goals yet. Any member may propose one.")]
        if not may_decide:
            words.append(self.tr("Only council members activate goals or mark them achieved."))
        self.notice.setText("\n".join(words))
        self.notice.setVisible(bool(words))

    def propose(self) -> None:
        if self.group is None:
            return
        ProposeGoalDialog(
            store=self.context.store,
            group=self.group,
            keyring=self.context.keyring,
            session=self.context.signing,
            signers=self._signers(PROPOSERS),
            parent=self,
        ).exec()

    def change_status(self, goal: GoalRow, status: str) -> None:
        if self.group is None:
            return
        GoalStatusDialog(
            store=self.context.store,
            group=self.group,
            goal=goal,
            status=status,
            keyring=self.context.keyring,
            session=self.context.signing,
            signers=self._signers((Role.COUNCIL.value,)),
            parent=self,
        ).exec()
