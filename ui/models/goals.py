"""Goals as plain rows for the cards of the Goals view and the Overview."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from ledger.savings.balances import Balance
from ledger.savings.books import FundId, GoalId, books_of
from ledger.store.ids import PersonId
from ledger.store.state import GroupState
from ui.formatting import money_text
from ui.models.table import Column, RowTableModel

PERMILLE = 1000


def goal_status_name(status: str) -> str:
    names = {
        "proposed": QCoreApplication.translate("GoalsModel", "proposed"),
        "active": QCoreApplication.translate("GoalsModel", "active"),
        "achieved": QCoreApplication.translate("GoalsModel", "achieved"),
        "dropped": QCoreApplication.translate("GoalsModel", "dropped"),
    }
    return names.get(status, status)


@dataclass(frozen=True, slots=True)
class GoalRow:
    id: GoalId
    title: str
    status: str
    proposer: PersonId
    proposer_name: str
    family_name: str
    """Empty for a group goal."""
    target: int | None
    saved: int | None
    """Confirmed money in the goal's fund; None when it has no fund."""
    due: str | None
    currency: str
    district: str = ""
    """A family goal: the name of the family's district ('' without one)."""

    @property
    def permille(self) -> int:
        """Progress toward the target in thousandths, capped at 1000; 0 without target."""
        if not self.target or self.saved is None:
            return 0
        return max(0, min(PERMILLE, self.saved * PERMILLE // self.target))

    def progress_text(self) -> str:
        if self.target is None:
            return QCoreApplication.translate("GoalsModel", "no target set")
        target = money_text(self.target, self.currency)
        if self.saved is None:
            return QCoreApplication.translate(
                "GoalsModel", "target %1; no fund linked yet"
            ).replace("%1", target)
        return (
            QCoreApplication.translate("GoalsModel", "%1 of %2 (%3%)")
            .replace("%1", money_text(self.saved, self.currency, with_code=False))
            .replace("%2", target)
            .replace("%3", str(self.permille // 10))
        )


def goal_rows(
    state: GroupState,
    balances: dict[FundId, Balance] | None = None,
    *,
    include_dropped: bool = False,
) -> list[GoalRow]:
    """Active first, then proposed, achieved, dropped; within each, in proposal order."""
    from ui.models.funds import summarize

    books = books_of(state)
    if balances is None:
        balances = summarize(books).funds if books.goals else {}
    order = {"active": 0, "proposed": 1, "achieved": 2, "dropped": 3}
    members, districts = state.membership.members, state.membership.districts

    def district_of(family: PersonId | None) -> str:
        member = members.get(family) if family is not None else None
        found = districts.get(member.district) if member and member.district else None
        return found.name if found is not None else ""

    rows = [
        GoalRow(
            id=g.id,
            title=g.title,
            status=g.status,
            proposer=g.proposer,
            proposer_name=state.member_name(g.proposer),
            family_name=state.member_name(g.family) if g.family else "",
            target=g.target,
            saved=balances[g.fund].confirmed if g.fund in balances else None,
            due=g.due,
            currency=state.settings.currency,
            district=district_of(g.family),
        )
        for g in books.goals.values()
        if include_dropped or g.status != "dropped"
    ]
    rows.sort(key=lambda r: order.get(r.status, 9))
    return rows


class FamilyGoalsModel(RowTableModel[GoalRow]):
    """Families' own goals as table rows: a council of 640 families may hold hundreds,
    too many for a card each."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.district_word = QCoreApplication.translate("GoalsModel", "district")
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("GoalsModel", "Family"),
                    lambda r: r.family_name,
                ),
                Column(
                    lambda: self.district_word[:1].upper() + self.district_word[1:],
                    lambda r: r.district,
                ),
                Column(lambda: QCoreApplication.translate("GoalsModel", "Goal"), lambda r: r.title),
                Column(
                    lambda: QCoreApplication.translate("GoalsModel", "Status"),
                    lambda r: goal_status_name(r.status),
                ),
                Column(
                    lambda: QCoreApplication.translate("GoalsModel", "Progress"),
                    lambda r: r.progress_text(),
                ),
                Column(
                    lambda: QCoreApplication.translate("GoalsModel", "Due"),
                    lambda r: r.due or "",
                ),
            ],
            parent,
        )


def family_goals_line(rows: list[GoalRow]) -> str:
    """'12 family goals: 3 achieved' for the Overview, or '' when there are none."""
    families = [r for r in rows if r.family_name and r.status != "dropped"]
    if not families:
        return ""
    achieved = sum(1 for r in families if r.status == "achieved")
    return QCoreApplication.translate(
        "GoalsModel", "%n family goal(s), %1 achieved (see Goals)", "", len(families)
    ).replace("%1", str(achieved))
