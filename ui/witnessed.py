"""The witnessed-state line: how many of the group's computers confirmed holding its state.

Read from the receipts the PCs sign as they sync and at each meeting close
(`ledger.store.receipts`); the Overview and the Export view show it, the PDF report prints it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ledger.store.reach import group_last_heard, heard_lines
from ui.core_text import core_text
from ui.formatting import moment_text

if TYPE_CHECKING:
    from ledger.store.ids import GroupId
    from ledger.store.store import Store


def heard_text(store: Store, group: GroupId) -> str:
    """When the group's other computers (or districts) were last heard from, a line each."""
    lines = heard_lines(group_last_heard(store, group), this_pc=store.device_id)
    heading = QCoreApplication.translate("Witnessed", "Last heard from the group's computers:")
    return "\n".join([heading, *(core_text(line) for line in lines)])


def witnessed_text(store: Store, group: GroupId) -> str:
    """'Confirmed by 6 of 8 computers up to …', or that none has confirmed it yet."""
    seen = store.witnessing(group)
    if not seen.held_by or seen.latest is None:
        return QCoreApplication.translate(
            "Witnessed",
            "No computer of the group has confirmed holding these records yet (they do when "
            "they sync and when a meeting closes).",
        )
    return (
        QCoreApplication.translate("Witnessed", "Confirmed by %1 of %2 computers up to %3.")
        .replace("%1", str(seen.held_by))
        .replace("%2", str(seen.pcs))
        .replace("%3", moment_text(seen.latest))
    )
