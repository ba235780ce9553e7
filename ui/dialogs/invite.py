"""Inviting someone: choose the role, sign, then show the code as text and as a QR code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ledger import actions
from ledger.ids import GroupId
from ledger.invites import InviteCode
from ledger.keyring import Keyring, PersonInfo
from ledger.membership import ROLES
from ledger.persons import Signer
from ledger.store import Store
from ui.dialogs.action import ActionDialog
from ui.models.members import role_name
from ui.qr import qr_image
from ui.unlock import SigningSession
from ui.widgets import make_notice


class InviteDialog(ActionDialog):
    """Creates an invite through `ledger.actions.create_invite`; `code` holds the result."""

    def __init__(
        self,
        *,
        store: Store,
        group: GroupId,
        keyring: Keyring,
        signers: list[PersonInfo],
        session: SigningSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(keyring=keyring, signers=signers, session=session, parent=parent)
        self.setWindowTitle(self.tr("Invite someone"))
        self.store = store
        self.group = group
        self.code: InviteCode | None = None
        self.role = QComboBox(self)
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(self.role.findData("member"))
        self.role.setAccessibleName(self.tr("Role"))
        self.days = QSpinBox(self)
        self.days.setRange(1, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Valid for"))
        self.form.insertRow(0, self.tr("Role:"), self.role)
        self.form.insertRow(1, self.tr("Valid for:"), self.days)

    def perform(self, signer: Signer) -> None:
        self.code, _change = actions.create_invite(
            self.store,
            signer,
            self.group,
            role=self.role.currentData(),
            valid_days=self.days.value(),
        )


class InviteCodeDialog(QDialog):
    """Shows an invite code large enough to read aloud, and as a QR code to scan."""

    def __init__(self, code: InviteCode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite code"))
        text = code.text()
        explain = make_notice(self)
        explain.setText(
            self.tr(
                "Give this code to the person you invite. It works once, until it expires. "
                "Anyone who has it can join, so share it only with them."
            )
        )
        self.code_label = QLabel(text, self)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Invite code"))
        font = QFont(self.font())
        font.setFamily("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.code_label.setFont(font)
        self.qr = QLabel(self)
        self.qr.setPixmap(QPixmap.fromImage(qr_image(text)))
        self.qr.setAccessibleName(self.tr("Invite code as a QR code"))
        copy = QPushButton(self.tr("Copy code"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(buttons)
