"""Peers: the other computers this one syncs with, and adding one by its address."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ledger.store.ids import short
from ledger.store.keyring import PersonInfo
from ledger.store.relays import MAY_CHANGE, group_relays
from ui.column_fit import fit_columns
from ui.dialogs.action import eligible_persons
from ui.dialogs.relay import RelayDialog
from ui.models.peers import PeersModel, sorted_peers
from ui.views.base import View, ViewContext
from ui.widgets import make_notice, make_table


class PeersView(View):
    name = "peers"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.this_pc = make_notice(self)
        self.this_pc.setText(
            self.tr("This computer: %1").replace("%1", short(context.store.device_id))
        )
        self.this_pc.setToolTip(context.store.device_id)
        self.state = make_notice(self)
        self.model = PeersModel(self)
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("Other computers"))
        # On a narrow screen: data moved, how it was found, then the path go behind a toggle.
        self.columns = fit_columns(self.table, optional=[6, 2, 4])
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("e.g. /ip4/192.168.1.20/tcp/4001/p2p/12D3KooW…"))
        self.address.setAccessibleName(self.tr("Address of another computer"))
        self.add_button = QPushButton(self.tr("Add computer"), self)
        self.add_button.clicked.connect(self.add_address)
        self.address.returnPressed.connect(self.add_address)
        self.problem = make_notice(self)
        self.problem.setObjectName("refusal")
        self.problem.hide()
        adding = QHBoxLayout()
        adding.addWidget(self.address, 1)
        adding.addWidget(self.add_button)
        hint = make_notice(self)
        hint.setText(
            self.tr(
                "Computers on the same network find each other by themselves. If the network "
                "blocks that, type the address shown on the other computer."
            )
        )
        self.body.addWidget(self.this_pc)
        self.body.addWidget(self.state)
        self.body.addWidget(self.columns.toggle)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(hint)
        self.body.addLayout(adding)
        self.body.addWidget(self.problem)
        self.relays = make_notice(self)
        self.relays.setObjectName("groupRelays")
        self.relays.setAccessibleName(self.tr("The group's relays"))
        self.add_relay_button = QPushButton(self.tr("Add relay…"), self)
        self.add_relay_button.clicked.connect(lambda: self._relay_dialog(remove=False))
        self.remove_relay_button = QPushButton(self.tr("Remove relay…"), self)
        self.remove_relay_button.clicked.connect(lambda: self._relay_dialog(remove=True))
        relaying = QHBoxLayout()
        relaying.addWidget(self.relays, 1)
        relaying.addWidget(self.add_relay_button)
        relaying.addWidget(self.remove_relay_button)
        self.body.addLayout(relaying)
        context.sync.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        service = self.context.sync.service
        self.model.set_rows(sorted_peers(service.peers()))
        own = service.own_addresses()
        self.this_pc.setText(
            self.tr("This computer: %1").replace("%1", short(self.context.store.device_id))
            + ("\n" + self.tr("Its address: %1").replace("%1", own[0]) if own else "")
        )
        detail = service.state().detail
        self.state.setText(detail)
        self.state.setVisible(bool(detail))
        self._show_relays()

    def _show_relays(self) -> None:
        listed = group_relays(self.context.store, self.group) if self.group else ()
        if listed:
            text = self.tr("The group's relays (for computers in other places):")
            text += "\n" + "\n".join(listed)
        else:
            text = self.tr(
                "The group lists no relay: its computers meet only on their own networks."
            )
        self.relays.setText(text)
        can_sign = bool(self._signers())
        self.add_relay_button.setEnabled(can_sign)
        self.remove_relay_button.setEnabled(can_sign and bool(listed))

    def _signers(self) -> list[PersonInfo]:
        if self.group is None:
            return []
        state = self.context.store.state(self.group)
        return eligible_persons(self.context.keyring, state, MAY_CHANGE)

    def relay_dialog(self, *, remove: bool) -> RelayDialog | None:
        """The dialog to add a relay, or to take one off the list."""
        if self.group is None:
            return None
        return RelayDialog(
                   signing=self.context.signing_for(self.group, self._signers()),
                   listed=group_relays(self.context.store, self.group),
                   remove=remove,
                   parent=self,
               )  # fmt: skip

    def _relay_dialog(self, *, remove: bool) -> None:
        dialog = self.relay_dialog(remove=remove)
        if dialog is not None and dialog.exec():
            self.reload()

    def add_address(self) -> None:
        try:
            self.context.sync.service.add_peer_address(self.address.text())
        except ValueError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.problem.hide()
        self.address.clear()
