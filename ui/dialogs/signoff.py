"""Signing off (entries, or a whole meeting) and reversing an entry: one signature each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLineEdit, QWidget

from ledger.savings import actions
from ledger.store.persons import Signer
from ui.dialogs.action import ActionDialog
from ui.signing import SigningContext
from ui.widgets import make_notice


class SignOffDialog(ActionDialog):
    """An elder signs every target at once (entry ids, or a meeting id)."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        targets: Sequence[str],
        summary: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Sign off"))
        self.targets = list(targets)
        explain = make_notice(self)
        explain.setText(summary)
        self.form.insertRow(0, explain)

    def perform(self, signer: Signer) -> None:
        actions.sign_off(self.store, signer, self.group, self.targets)


class ReverseEntryDialog(ActionDialog):
    """Cancels one entry by a reversal entry; the original stays on the books."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        entry: str,
        summary: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Reverse an entry"))
        self.entry = entry
        explain = make_notice(self)
        explain.setText(
            self.tr(
                "%1\n\nNothing is deleted: a reversal entry cancels this one, and both stay "
                "in the books. The elders sign off the reversal like any entry."
            ).replace("%1", summary)
        )
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Why it is reversed"))
        self.note.setMaxLength(500)
        self.form.insertRow(0, explain)
        self.form.insertRow(1, self.tr("Why:"), self.note)

    def perform(self, signer: Signer) -> None:
        actions.reverse_entry(self.store, signer, self.group, self.entry, note=self.note.text())
