"""Adding a relay to the group's list, or taking one off: a council member or elder signs.

A relay is a reachable host (a district office, a member's always-on PC, a rented server)
through which the group's PCs in other places meet; every PC of the group uses the list.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ledger.store.persons import Signer
from ledger.store.relays import add_relay, remove_relay
from ui.dialogs.action import ActionDialog
from ui.signing import SigningContext
from ui.widgets import make_notice


class RelayDialog(ActionDialog):
    """Adds the relay typed in, or (with `listed`) removes the one chosen."""

    def __init__(
        self,
        *,
        signing: SigningContext,
        listed: tuple[str, ...] = (),
        remove: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.remove = remove
        explain = make_notice(self)
        if remove:
            self.setWindowTitle(self.tr("Take a relay off the group's list"))
            explain.setText(
                self.tr("The group's computers stop using this relay once they have synced.")
            )
            self.choice = QComboBox(self)
            self.choice.addItems(list(listed))
            self.choice.setAccessibleName(self.tr("Relay"))
            self.form.insertRow(0, explain)
            self.form.insertRow(1, self.tr("Relay:"), self.choice)
        else:
            self.setWindowTitle(self.tr("Add a relay"))
            explain.setText(
                self.tr(
                    "A relay lets the group's computers in other places reach each other. "
                    "Type its full address, as whoever runs it gives it."
                )
            )
            self.address = QLineEdit(self)
            self.address.setPlaceholderText(
                self.tr("e.g. /dns4/relay.example.org/tcp/4001/p2p/12D3KooW…")
            )
            self.address.setAccessibleName(self.tr("Relay address"))
            self.form.insertRow(0, explain)
            self.form.insertRow(1, self.tr("Address:"), self.address)

    def perform(self, signer: Signer) -> None:
        if self.remove:
            remove_relay(self.store, signer, self.group, self.choice.currentText())
        else:
            add_relay(self.store, signer, self.group, self.address.text())
