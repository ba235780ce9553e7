"""Recent activity: the latest changes of a group, in plain words, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ledger.store.ids import ChangeId, GroupId
from ledger.store.kinds import describe
from ui.core_text import core_text
from ui.formatting import moment_text
from ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from ledger.store.store import Store


@dataclass(frozen=True, slots=True)
class ActivityRow:
    change: ChangeId
    when_ms: int
    who: str
    what: str
    """What the change did, in plain words of the core (see `ui.core_text`)."""
    void_reason: str
    """Empty when the change counts; else why it does not (plain words of the core)."""


def recent_activity(store: Store, group: GroupId, limit: int = 30) -> list[ActivityRow]:
    """The last `limit` changes in replay order, newest first."""
    state = store.state(group)
    voided = {v.change: v.reason for v in state.voided}
    latest = store.recent_changes(group, limit)
    return [
        ActivityRow(
            change=c.id,
            when_ms=c.clock,
            who=state.member_name(c.author),
            what=describe(
                c.kind, c.body, state.settings.currency, state.membership.district_word()
            ),
            void_reason=voided.get(c.id, ""),
        )
        for c in latest
    ]


def _counts(row: ActivityRow) -> str:
    if row.void_reason:
        return QCoreApplication.translate("ActivityModel", "does not count")
    return QCoreApplication.translate("ActivityModel", "counts")


_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
"""What was done may wrap onto several lines: every cell reads from the row's top."""


class ActivityModel(RowTableModel[ActivityRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ActivityModel", "When"),
                    lambda r: moment_text(r.when_ms),
                    _TOP,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActivityModel", "Who"),
                    lambda r: r.who,
                    _TOP,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActivityModel", "What"),
                    lambda r: core_text(r.what),
                    _TOP,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActivityModel", "Status"),
                    _counts,
                    _TOP,
                    tooltip=lambda r: core_text(r.void_reason),
                ),
            ],
            parent,
        )
