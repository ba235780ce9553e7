"""Small tables of one meeting: the entries of a step, and the decisions with their votes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ledger.savings.records import Decision
from ui.formatting import money_text
from ui.models.ledger import EntryRow, entry_status, entry_type_name
from ui.models.table import Column, RowTableModel


def outcome_name(outcome: str) -> str:
    names = {
        "carried": QCoreApplication.translate("DecisionsModel", "carried"),
        "defeated": QCoreApplication.translate("DecisionsModel", "defeated"),
        "deferred": QCoreApplication.translate("DecisionsModel", "deferred"),
    }
    return names.get(outcome, outcome)


class StepEntriesModel(RowTableModel[EntryRow]):
    """The entries recorded at a meeting for one step (shares, repayments, loans...)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("StepEntriesModel", "Member"),
                    lambda r: r.member_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("StepEntriesModel", "Type"),
                    lambda r: entry_type_name(r.type, r.fine),
                ),
                Column(
                    lambda: QCoreApplication.translate("StepEntriesModel", "Fund"),
                    lambda r: r.fund_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("StepEntriesModel", "Amount"),
                    lambda r: money_text(r.total, r.currency),
                    align=Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    lambda: QCoreApplication.translate("StepEntriesModel", "Status"),
                    entry_status,
                ),
            ],
            parent,
        )


class DecisionsModel(RowTableModel[Decision]):
    def __init__(self, parent: QObject | None = None) -> None:
        right = Qt.AlignmentFlag.AlignRight
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("DecisionsModel", "Motion"),
                    lambda d: d.motion,
                    tooltip=lambda d: d.motion,
                ),
                Column(
                    lambda: QCoreApplication.translate("DecisionsModel", "For"),
                    lambda d: str(d.votes_for),
                    align=right,
                ),
                Column(
                    lambda: QCoreApplication.translate("DecisionsModel", "Against"),
                    lambda d: str(d.votes_against),
                    align=right,
                ),
                Column(
                    lambda: QCoreApplication.translate("DecisionsModel", "Abstained"),
                    lambda d: str(d.abstain),
                    align=right,
                ),
                Column(
                    lambda: QCoreApplication.translate("DecisionsModel", "Outcome"),
                    lambda d: outcome_name(d.outcome),
                ),
            ],
            parent,
        )
