"""Inviting someone: choose the role, sign, then show the code as text and as a QR code.

The code carries this computer's network address when the sync service knows one, so
that the joining computer can dial it on a network that blocks discovery (multicast).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ledger.savings import membership_actions as actions
from ledger.store.invites import InviteCode
from ledger.store.membership import ROLES
from ledger.store.persons import Signer
from ui.addresses import address_words, invite_address, is_loopback
from ui.dialogs.action import ActionDialog
from ui.mnemonics import LetteredDialog
from ui.models.districts import active_districts, capitalized, district_word, has_districts
from ui.models.members import role_name
from ui.qr import qr_image
from ui.service import SyncService
from ui.signing import SigningContext
from ui.widgets import make_notice


def address_note(address: str | None) -> str:
    """In plain words, which network address an invite code carries (`address`, or none)."""
    if address is None:
        return QCoreApplication.translate(
            "InviteDialog",
            "The code carries no network address: the other computer must be on the same "
            "network as this one.",
        )
    host, port = address_words(address)
    if is_loopback(address):
        text = QCoreApplication.translate(
            "InviteDialog",
            "The code carries only this computer's own internal address, %1 (port %2), which "
            "other computers cannot use: the other computer must be on the same network as "
            "this one.",
        )
    else:
        text = QCoreApplication.translate(
            "InviteDialog",
            "The code carries this computer's network address, %1 (port %2), so the other "
            "computer can reach this one even on a network that stops computers from finding "
            "each other.",
        )
    return text.replace("%1", host).replace("%2", port)


class InviteDialog(ActionDialog):
    """Creates an invite (`ledger.savings.membership_actions.create_invite`); `code` holds it.

    With a `sync` service that knows this computer's addresses, the code carries the one
    most likely reachable from another computer (`ui.addresses.invite_address`).
    """

    def __init__(
        self,
        *,
        signing: SigningContext,
        sync: SyncService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Invite someone"))
        self.code: InviteCode | None = None
        self.address = invite_address(sync.own_addresses()) if sync is not None else None
        """The address the code will carry (the one `address_note` names), or None."""
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
        # Where the joiner lands; shown only when the group has districts.
        self.district = QComboBox(self)
        state = self.store.state(self.group)
        self.district.addItem(self.tr("None: the council places them later"), None)
        for district, name in active_districts(state):
            self.district.addItem(name, district)
        row = 2
        if has_districts(state):
            word = district_word(state)
            self.district.setAccessibleName(
                self.tr("%1 the new member joins").replace("%1", capitalized(word))
            )
            self.form.insertRow(row, capitalized(word) + ":", self.district)
            row += 1
        else:
            self.district.hide()
        self.address_note = make_notice(self)
        self.address_note.setText(address_note(self.address))
        self.form.insertRow(row, self.address_note)

    def perform(self, signer: Signer) -> None:
        self.code, _change = actions.create_invite(
            self.store,
            signer,
            self.group,
            role=self.role.currentData(),
            valid_days=self.days.value(),
            address=self.address,
            district=self.district.currentData(),
        )


class InviteCodeDialog(LetteredDialog):
    """Shows an invite code large enough to read aloud, and as a QR code to scan."""

    def __init__(self, code: InviteCode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite code"))
        text = code.text()
        letters = InviteCode(code.secret).text()
        explain = make_notice(self)
        explain.setText(
            self.tr(
                "Give this code to the person you invite. It works once, until it expires. "
                "Anyone who has it can join, so share it only with them."
            )
        )
        note = address_note(code.address)
        if code.relays:
            note += " " + self.tr(
                "It also carries the group's relays (%1), so a computer in another place can "
                "reach this one through them."
            ).replace("%1", str(len(code.relays)))
        if code.address:
            note += " " + self.tr(
                "Copy the code or scan the QR code to keep the address: read aloud, the "
                "letters alone work only on the same network."
            )
        self.address_note = make_notice(self)
        self.address_note.setText(note)
        mono = QFont(self.font())
        mono.setFamily("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        large = QFont(mono)
        large.setPointSizeF(mono.pointSizeF() * 1.6)
        self.code_label = QLabel(letters, self)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Invite code"))
        self.code_label.setFont(large)
        # The address part is long (it names this computer's key): smaller, below the letters.
        # The address, then each relay on a line of its own (the copied code has no breaks).
        self.address_label = QLabel(text.removeprefix(letters).replace(",", ",\n"), self)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label.setAccessibleName(self.tr("Network address in the code"))
        self.address_label.setFont(mono)
        self.address_label.setVisible(bool(code.address))
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
        layout.addWidget(self.address_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.address_note)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(buttons)
