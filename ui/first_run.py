"""First run: who you are (a name and a passphrase or PIN), then a new group or joining
one with an invite code. Every write is the same core call the command line makes; sealing
or opening the key (Argon2id, slow by design) runs off the GUI thread (`ui.key_work`)."""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ledger.savings import membership_actions as actions
from ledger.store import persons
from ledger.store.errors import LatticeError
from ledger.store.ids import GroupId, PersonId
from ledger.store.invites import InviteCode
from ledger.store.keyring import Keyring
from ledger.store.persons import SealedKey, Signer
from ledger.store.store import Store
from ui.core_text import core_text
from ui.key_work import KeyWork
from ui.mnemonics import LetteredDialog
from ui.service import InviteJoiner, SyncBridge
from ui.store_events import StoreEvents
from ui.theme import make_heading
from ui.widgets import BusyLine, make_notice

log = logging.getLogger(__name__)
MIN_SECRET = 4
NEW_PERSON = ""


class FirstRunDialog(LetteredDialog):
    """Two pages; `group` holds the group created or joined once accepted."""

    def __init__(
        self,
        *,
        store: Store,
        keyring: Keyring,
        sync: SyncBridge,
        events: StoreEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Lattice"))
        self.store, self.keyring, self.sync = store, keyring, sync
        self.signer: Signer | None = None
        self.group: GroupId | None = None
        self.waiting: InviteCode | None = None
        events.changed.connect(self._maybe_joined)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._person_page())
        self.pages.addWidget(self._group_page())
        self.problem = make_notice(self)
        self.problem.setObjectName("refusal")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.busy = BusyLine(self)
        self.key_work = KeyWork(self)
        self.key_work.done.connect(self._person_ready)
        self.key_work.failed.connect(self._person_failed)
        self.key_work.busy_changed.connect(self._show_busy)
        self.finished.connect(self.key_work.cancel)  # closed while sealing: keep nothing
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.next_button = self.buttons.addButton(
            self.tr("Next"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.next_step)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.busy)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.secret, self.repeat, self.group_name, self.code):
            edit.textChanged.connect(self.validate)
        self.who.currentIndexChanged.connect(self.validate)
        for radio in (self.create_radio, self.join_radio):
            radio.toggled.connect(self.validate)
        self.validate()

    def _person_page(self) -> QWidget:
        page = QWidget(self)
        title = make_notice(page)
        title.setText(self.tr("Who are you?"))
        make_heading(title, scale=1.3)
        explain = make_notice(page)
        explain.setText(
            self.tr(
                "Your name is shown to the group. Your passphrase or PIN protects your "
                "signature: nobody can record anything in your name without it."
            )
        )
        self.who = QComboBox(page)
        self.who.setAccessibleName(self.tr("Person"))
        self.who.addItem(self.tr("Someone new"), NEW_PERSON)
        for person in self.keyring.list():
            self.who.addItem(person.name, person.id)
        self.name = QLineEdit(page)
        self.name.setAccessibleName(self.tr("Your name"))
        self.secret = QLineEdit(page)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase or PIN"))
        self.repeat = QLineEdit(page)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase or PIN again"))
        self.person_form = QFormLayout()
        self.person_form.addRow(self.tr("You are:"), self.who)
        self.person_form.addRow(self.tr("Name:"), self.name)
        self.person_form.addRow(self.tr("Passphrase or PIN:"), self.secret)
        self.person_form.addRow(self.tr("Again:"), self.repeat)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addLayout(self.person_form)
        return page

    def _group_page(self) -> QWidget:
        page = QWidget(self)
        self.create_radio = QRadioButton(self.tr("Start a new group"), page)
        self.join_radio = QRadioButton(self.tr("Join a group with an invite code"), page)
        self.create_radio.setChecked(True)
        self.group_name = QLineEdit(page)
        self.group_name.setAccessibleName(self.tr("Name of the group"))
        self.currency = QLineEdit("KES", page)
        self.currency.setMaxLength(3)
        self.currency.setAccessibleName(self.tr("Currency code, e.g. KES, RWF, USD"))
        self.quorum = QSpinBox(page)
        self.quorum.setRange(1, 50)
        self.quorum.setValue(2)
        self.quorum.setAccessibleName(self.tr("Elders who must sign each entry"))
        self.code = QLineEdit(page)
        self.code.setAccessibleName(self.tr("Invite code"))
        self.code.setPlaceholderText("LAT-ABCD-EFGH-…")
        self.group_form = QFormLayout()
        self.group_form.addRow(self.create_radio)
        self.group_form.addRow(self.tr("Group name:"), self.group_name)
        self.group_form.addRow(self.tr("Currency:"), self.currency)
        self.group_form.addRow(self.tr("Elders who sign each entry:"), self.quorum)
        self.group_form.addRow(self.join_radio)
        self.group_form.addRow(self.tr("Invite code:"), self.code)
        self.status = make_notice(page)
        layout = QVBoxLayout(page)
        layout.addLayout(self.group_form)
        layout.addWidget(self.status)
        return page

    # -- checking ------------------------------------------------------------------------

    def problem_text(self) -> str | None:
        if self.pages.currentIndex() == 0:
            if self.who.currentData() != NEW_PERSON:
                return None if self.secret.text() else self.tr("Type your passphrase or PIN.")
            if not self.name.text().strip():
                return self.tr("Type your name.")
            if len(self.secret.text()) < MIN_SECRET:
                return self.tr("The passphrase or PIN needs at least 4 characters.")
            if self.secret.text() != self.repeat.text():
                return self.tr("The two passphrases are not the same.")
            return None
        if self.create_radio.isChecked():
            return None if self.group_name.text().strip() else self.tr("Name the group.")
        return None if self.code.text().strip() else self.tr("Type the invite code.")

    def validate(self) -> None:
        new = self.who.currentData() == NEW_PERSON
        self.person_form.setRowVisible(self.name, new)
        self.person_form.setRowVisible(self.repeat, new)
        creating = self.create_radio.isChecked()
        for field in (self.group_name, self.currency, self.quorum):
            self.group_form.setRowVisible(field, creating)
        self.group_form.setRowVisible(self.code, not creating)
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None and bool(self._typed()))
        self.next_button.setEnabled(
            problem is None and self.waiting is None and not self.key_work.busy()
        )
        last = self.pages.currentIndex() == 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))

    def _typed(self) -> str:
        return self.name.text() + self.secret.text() + self.group_name.text() + self.code.text()

    def refuse(self, reason: str) -> None:
        self.problem.setText(reason)
        self.problem.show()

    # -- acting --------------------------------------------------------------------------

    def next_step(self) -> None:
        if self.key_work.busy():
            return
        try:
            if self.pages.currentIndex() == 0:
                self._start_person()
            elif self.create_radio.isChecked():
                self._create()
            else:
                self._join()
        except LatticeError as exc:
            log.info("first run refused: %s", exc)
            self.refuse(core_text(exc))

    def _start_person(self) -> None:
        """Open the chosen person's key, or seal a new one, on a pool thread."""
        chosen, secret = self.who.currentData(), self.secret.text()
        self.problem.hide()
        if chosen != NEW_PERSON:
            sealed = self.keyring.sealed(PersonId(chosen))  # the store: GUI thread only
            self.busy.start(self.tr("Checking the passphrase…"))
            self.key_work.start(lambda: persons.unlock(sealed, secret))
            return
        name = self.name.text().strip()
        self.busy.start(self.tr("Sealing your key with your passphrase… This takes a few seconds."))
        self.key_work.start(lambda: persons.create_person(name, secret))

    def _show_busy(self, busy: bool) -> None:
        """While the key is worked on: fields read-only and Next off, but the keyboard focus
        stays where it was (a disabled field would lose it)."""
        for edit in (self.name, self.secret, self.repeat):
            edit.setReadOnly(busy)
        self.who.setEnabled(not busy or self.who.hasFocus())
        if not busy:
            self.busy.stop()
        self.validate()

    def _person_ready(self, result: object) -> None:
        try:
            if isinstance(result, Signer):
                self.signer = result
            else:
                sealed, signer = cast("tuple[SealedKey, Signer]", result)
                self.keyring.keep(sealed)
                self.signer = signer
        except LatticeError as exc:
            self._person_failed(exc)
            return
        self.secret.clear()
        self.repeat.clear()
        self.pages.setCurrentIndex(1)
        self.validate()
        (self.group_name if self.create_radio.isChecked() else self.code).setFocus()

    def _person_failed(self, error: object) -> None:
        log.info("first run: the key was not sealed or opened: %s", error)
        self.secret.clear()  # before the refusal: clearing re-checks the fields
        self.repeat.clear()
        if isinstance(error, LatticeError):
            self.refuse(core_text(error))
        else:
            self.refuse(self.tr("Your key could not be made: %1").replace("%1", str(error)))
        self.secret.setFocus()

    def _create(self) -> None:
        assert self.signer is not None
        change = actions.create_group(
            self.store,
            self.signer,
            name=self.group_name.text(),
            currency=self.currency.text(),
            quorum=self.quorum.value(),
        )
        self.group = change.group
        self.accept()

    def _join(self) -> None:
        code = InviteCode.parse(self.code.text())
        if self.store.group_for_invite(code.public_key) is not None:
            self._finish_join(code)
            return
        service = self.sync.service
        if not isinstance(service, InviteJoiner):
            self.refuse(
                self.tr(
                    "This version cannot fetch a group from the network here yet. Run "
                    "'lattice join CODE --as NAME' on this computer, then start Lattice again."
                )
            )
            return
        try:
            service.use_invite(self.code.text().strip())
        except ValueError as exc:
            self.refuse(str(exc))
            return
        self.waiting = code
        self.status.setText(
            self.tr("Looking for a member's computer to share the group… Keep Lattice open.")
        )
        self.validate()

    def _maybe_joined(self, _event: object) -> None:
        code = self.waiting
        if code is None or self.store.group_for_invite(code.public_key) is None:
            return
        self.waiting = None
        try:
            self._finish_join(code)
        except LatticeError as exc:
            self.refuse(core_text(exc))
            self.validate()

    def _finish_join(self, code: InviteCode) -> None:
        assert self.signer is not None
        group = self.store.group_for_invite(code.public_key)
        assert group is not None
        actions.join_group(self.store, self.signer, group, code, name=self.signer.name)
        self.group = group
        self.accept()
