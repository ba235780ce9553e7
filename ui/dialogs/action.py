"""A dialog that signs one change: who signs, their passphrase, the action's own fields.

The dialog only gathers input; the action itself is one call into `ledger.actions`, and
a refusal from the core is shown in its own words, with nothing written.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ledger.errors import LatticeError
from ledger.ids import PersonId
from ledger.keyring import Keyring, PersonInfo
from ledger.persons import Signer
from ledger.state import GroupState
from ui.widgets import make_notice

log = logging.getLogger(__name__)


def eligible_persons(
    keyring: Keyring, state: GroupState, roles: Iterable[str]
) -> list[PersonInfo]:
    """Persons on this PC who are active members holding one of `roles`."""
    wanted = set(roles)
    return [p for p in keyring.list() if state.membership.roles_of(p.id) & wanted]


class ActionDialog(QDialog):
    """Subclasses add fields to `form` and implement `perform`."""

    def __init__(
        self, *, keyring: Keyring, signers: list[PersonInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.keyring = keyring
        self.form = QFormLayout()
        self.signer = QComboBox(self)
        for person in signers:
            self.signer.addItem(person.name, person.id)
        self.signer.setAccessibleName(self.tr("Signed by"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase or PIN"))
        self.form.addRow(self.tr("Signed by:"), self.signer)
        self.form.addRow(self.tr("Passphrase or PIN:"), self.passphrase)
        self.error = make_notice(self)
        self.error.setObjectName("refusal")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def perform(self, signer: Signer) -> None:
        """Call the one ledger action; raise LatticeError to refuse."""
        raise NotImplementedError

    def _submit(self) -> None:
        person = self.signer.currentData()
        if person is None:
            self.show_refusal(self.tr("Nobody on this computer may do this."))
            return
        try:
            signer = self.keyring.unlock(PersonId(person), self.passphrase.text())
            self.perform(signer)
        except LatticeError as exc:
            log.info("action refused: %s", exc)
            self.show_refusal(str(exc))
            return
        finally:
            self.passphrase.clear()
        self.accept()

    def show_refusal(self, reason: str) -> None:
        self.error.setText(reason)
        self.error.show()
        self.passphrase.setFocus()
