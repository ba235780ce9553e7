"""Adding a member who has no PC of their own (they sign on this shared PC with their own
passphrase or PIN): the core's `add_member_without_pc` in two steps, so that sealing their
new key (Argon2id, slow by design) runs off the GUI thread: `persons.create_person` on a
pool thread, then `add_member_with_key` here."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget

from ledger.savings.inputs import day_of
from ledger.savings.membership_actions import add_member_with_key, check_new_passphrase
from ledger.store.errors import LatticeError
from ledger.store.membership import ROLE_WORDS, ROLES, Role
from ledger.store.persons import SealedKey, Signer, create_person
from ledger.store.words import CONTEXT
from ui.core_text import core_text
from ui.dialogs.action import ActionDialog
from ui.key_work import KeyWork
from ui.models.districts import active_districts, capitalized, district_word, has_districts
from ui.signing import SigningContext
from ui.widgets import BusyLine, iso_date, make_date_field, make_notice


class AddMemberDialog(ActionDialog):
    """Their name in the group, their passphrase or PIN (typed twice, by them), their role,
    their district (in a group with districts) and the day they joined."""

    def __init__(self, *, signing: SigningContext, parent: QWidget | None = None) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Add a member without a computer"))
        state = self.store.state(self.group)
        explain = make_notice(self)
        explain.setText(
            self.tr(
                "For someone who has no computer of their own: they sign on this one with "
                "their own passphrase or PIN. Let them type it."
            )
        )
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setAccessibleName(self.tr("Their name in the group"))
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Their passphrase or PIN"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Their passphrase or PIN again"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Their role"))
        for role in ROLES:
            self.role.addItem(QCoreApplication.translate(CONTEXT, ROLE_WORDS[role]), role)
        self.role.setCurrentIndex(self.role.findData(Role.MEMBER.value))
        self.district = QComboBox(self)
        self.district.setAccessibleName(self.tr("Their district"))
        self.district.addItem(self.tr("None yet"), None)
        for district, name in active_districts(state):
            self.district.addItem(name, district)
        self.joined = make_date_field(self, self.tr("Day they joined"))
        self.hint = make_notice(self)
        self.hint.setObjectName("fieldProblem")
        self.form.insertRow(0, explain)
        self.form.insertRow(1, self.tr("Their &name:"), self.name)
        self.form.insertRow(2, self.tr("Their &passphrase or PIN:"), self.secret)
        self.form.insertRow(3, self.tr("The same &again:"), self.repeat)
        self.form.insertRow(4, self.tr("Their &role:"), self.role)
        self.form.insertRow(5, self.tr("&Joined on:"), self.joined)
        if has_districts(state):
            word = district_word(state)
            self.district.setAccessibleName(self.tr("Their %1").replace("%1", word))
            self.form.insertRow(6, capitalized(word) + ":", self.district)
        else:
            self.district.hide()
        self.form.insertRow(self.form.rowCount() - 3, self.hint)
        self.sealing = BusyLine(self)
        self.form.addRow(self.sealing)
        self.key_work = KeyWork(self)
        self.key_work.done.connect(self._sealed)
        self.key_work.failed.connect(self._seal_failed)
        self.key_work.busy_changed.connect(self._show_sealing)
        self.finished.connect(self.key_work.cancel)  # closed while sealing: nothing is kept
        self._sealed_key: SealedKey | None = None
        self._council: Signer | None = None
        for field in (self.name, self.secret, self.repeat):
            field.textChanged.connect(self.validate)
        self.validate()
        self.name.setFocus()

    def problem(self) -> str | None:
        """What the person must still type; the core checks the rest when it is signed."""
        if not self.name.text().strip():
            return self.tr("Type their name.")
        if not self.secret.text():
            return self.tr("Let them type a passphrase or PIN.")
        if self.secret.text() != self.repeat.text():
            return self.tr("The two passphrases or PINs differ.")
        return None

    def validate(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or "")
        self.hint.setVisible(problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            problem is None and not self.key_work.busy()
        )
        self.fit_height()  # the hint may wrap onto more lines: keep every line in sight

    def _perform_and_close(self, signer: Signer) -> None:
        """First seal their key on a pool thread; `perform` follows once it is sealed. What
        the core would refuse anyway (a short PIN, a join day in the future) is refused
        before the wait."""
        if self.key_work.busy():
            return
        try:
            check_new_passphrase(self.secret.text())
        except LatticeError as exc:
            self._refuse(exc)
            return
        try:
            day_of(iso_date(self.joined))
        except LatticeError as exc:
            self._refuse(exc)
            self.joined.setFocus()
            return
        self._council = signer
        name, secret = self.name.text(), self.secret.text()
        self.sealing.start(
            self.tr("Sealing their key with their passphrase… This takes a few seconds.")
        )
        self.key_work.start(lambda: create_person(name, secret))

    def _show_sealing(self, busy: bool) -> None:
        """Fields read-only and OK off while sealing; the keyboard focus stays put."""
        for edit in (self.name, self.secret, self.repeat):
            edit.setReadOnly(busy)
        if not busy:
            self.sealing.stop()
        self.validate()

    def _sealed(self, result: object) -> None:
        sealed, _signer = cast("tuple[SealedKey, Signer]", result)
        assert self._council is not None
        self._sealed_key = sealed
        super()._perform_and_close(self._council)

    def _seal_failed(self, error: object) -> None:
        if isinstance(error, LatticeError):
            self.show_refusal(core_text(error))
        else:
            self.show_refusal(self.tr("Their key could not be made: %1").replace("%1", str(error)))
        self.secret.setFocus()

    def perform(self, signer: Signer) -> None:
        sealed, self._sealed_key = self._sealed_key, None  # a refusal seals afresh next time
        assert sealed is not None
        try:
            add_member_with_key(
                self.store,
                self.keyring,
                signer,
                self.group,
                sealed=sealed,
                roles=[self.role.currentData()],
                date=iso_date(self.joined),
                district=self.district.currentData(),
            )
        finally:
            self.secret.clear()
            self.repeat.clear()
