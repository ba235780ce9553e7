"""A dialog that signs one change: who signs, their passphrase, the action's own fields.

The dialog only gathers input; the action itself is one call into
`ledger.savings.membership_actions` (or another actions module), and a refusal from the
core is shown in its own words, with nothing written. With a shared-PC `SigningSession`,
the person at the keyboard is preselected and, once unlocked, signs
without being asked the passphrase again; without one, every action asks.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ledger.store.errors import LatticeError
from ledger.store.ids import PersonId
from ledger.store.keyring import Keyring, PersonInfo
from ledger.store.persons import Signer
from ledger.store.state import GroupState
from ui.core_text import core_text
from ui.mnemonics import LetteredDialog
from ui.signing import SigningContext
from ui.widgets import make_notice

log = logging.getLogger(__name__)


def eligible_persons(
    keyring: Keyring, state: GroupState, roles: Iterable[str]
) -> list[PersonInfo]:
    """Persons on this PC who are active members holding one of `roles`."""
    wanted = set(roles)
    return [p for p in keyring.list() if state.membership.roles_of(p.id) & wanted]


class ActionDialog(LetteredDialog):
    """Subclasses add fields to `form` and implement `perform`, which acts on `store` for
    `group` (both from the `SigningContext`, `ui.signing`)."""

    def __init__(self, *, signing: SigningContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signing = signing
        self.store = signing.store
        self.group = signing.group
        self.keyring = signing.keyring
        self.session = session = signing.session
        self.form = QFormLayout()
        self.signer = QComboBox(self)
        for person in signing.signers:
            self.signer.addItem(person.name, person.id)
        self.signer.setAccessibleName(self.tr("Signed by"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase or PIN"))
        self.passphrase_label = QLabel(self.tr("Passp&hrase or PIN:"), self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.unlocked_note = make_notice(self)
        self.unlocked_note.setObjectName("unlockedNote")
        self.unlocked_note.hide()
        self.form.addRow(self.tr("Signed &by:"), self.signer)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.unlocked_note)
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
        self._waiting = False
        if session is not None:
            at_keyboard = self.signer.findData(session.person())
            if at_keyboard >= 0:
                self.signer.setCurrentIndex(at_keyboard)
            self.signer.currentIndexChanged.connect(self._show_unlock_state)
            session.unlocked.connect(self._unlocked)
            session.unlock_failed.connect(self._unlock_refused)
            session.locked.connect(self._show_unlock_state)
            session.busy_changed.connect(self._busy_changed)
            self.finished.connect(self._disconnect_session)
        self._show_unlock_state()

    def perform(self, signer: Signer) -> None:
        """Call the one ledger action; raise LatticeError to refuse."""
        raise NotImplementedError

    def unlocked_signer(self) -> Signer | None:
        """The session's unlocked key, if it is the chosen signer's: no passphrase needed."""
        if self.session is None:
            return None
        signer = self.session.signer()
        if signer is None or signer.person != self.signer.currentData():
            return None
        return signer

    def _show_unlock_state(self, *_args: object) -> None:
        signer = self.unlocked_signer()
        self.passphrase.setVisible(signer is None)
        self.passphrase_label.setVisible(signer is None)
        self.unlocked_note.setVisible(signer is not None)
        if signer is not None:
            self.unlocked_note.setText(
                self.tr("%1 is unlocked on this computer: no passphrase needed.").replace(
                    "%1", signer.name
                )
            )

    def _submit(self) -> None:
        if self._waiting:
            return
        person = self.signer.currentData()
        if person is None:
            self.show_refusal(self.tr("Nobody on this computer may do this."))
            return
        signer = self.unlocked_signer()
        if signer is not None:
            assert self.session is not None
            self.session.touch()
            self._perform_and_close(signer)
            return
        if self.session is not None:
            self._wait(True)
            self.session.unlock(PersonId(person), self.passphrase.text())
            return
        try:
            signer = self.keyring.unlock(PersonId(person), self.passphrase.text())
        except LatticeError as exc:
            self._refuse(exc)
            return
        finally:
            self.passphrase.clear()
        self._perform_and_close(signer)

    def _perform_and_close(self, signer: Signer) -> None:
        try:
            self.perform(signer)
        except LatticeError as exc:
            self._refuse(exc)
            return
        self.accept()

    def _refuse(self, exc: LatticeError) -> None:
        log.info("action refused: %s", exc)
        self.show_refusal(core_text(exc))

    def _wait(self, waiting: bool) -> None:
        """While the passphrase is checked: a busy cursor, and no second submission. The
        passphrase goes read-only rather than disabled, so the keyboard focus stays in it."""
        if waiting == self._waiting:
            return
        self._waiting = waiting
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not waiting)
        self.signer.setEnabled(not waiting or self.signer.hasFocus())
        self.passphrase.setReadOnly(waiting)
        if waiting:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _unlocked(self, _person: object) -> None:
        self.passphrase.clear()
        if not self._waiting:
            self._show_unlock_state()
            return
        typing_here = self.passphrase.hasFocus()
        self._wait(False)
        self._show_unlock_state()
        if typing_here and self.passphrase.isHidden():  # keep the focus beside where it was
            self.signer.setFocus()
        signer = self.unlocked_signer()
        if signer is not None:
            self._perform_and_close(signer)

    def _unlock_refused(self, reason: str) -> None:
        if not self._waiting:
            return
        self._wait(False)
        self.passphrase.clear()
        log.info("unlock refused: %s", reason)
        self.show_refusal(core_text(reason))

    def _disconnect_session(self, _result: int) -> None:
        cancelled_while_checking = self._waiting
        self._wait(False)
        if self.session is None:
            return
        if cancelled_while_checking:  # closed before the check ended: unlock nothing
            self.session.lock()
        self.session.unlocked.disconnect(self._unlocked)
        self.session.unlock_failed.disconnect(self._unlock_refused)
        self.session.locked.disconnect(self._show_unlock_state)
        self.session.busy_changed.disconnect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._waiting:  # the check was dropped: locked meanwhile
            self._wait(False)
            self._show_unlock_state()

    def show_refusal(self, reason: str) -> None:
        self.error.setText(reason)
        self.error.show()
        self.fit_height()
        self.passphrase.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to fit what wrapped lines now need at this width (an error line, a long
        summary), so that nothing is cut; never shrink what the person sized."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        need = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if need > self.height():
            self.resize(width, need)
