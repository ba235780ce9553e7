"""The shared-PC bar: who is at the keyboard, whether their key is unlocked, Lock now."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ledger.store.ids import PersonId
from ledger.store.keyring import Keyring
from ui.unlock import SigningSession


class PersonPicker(QWidget):
    """Shows and changes `session`'s person; holds no state of its own."""

    def __init__(
        self, *, keyring: Keyring, session: SigningSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.keyring = keyring
        self.session = session
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("personPicker")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.combo)
        self.state = QLabel(self)
        self.state.setObjectName("unlockState")
        self.lock_button = QPushButton(self)
        self.lock_button.setObjectName("lockNow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.state)
        layout.addWidget(self.lock_button)

        self.combo.activated.connect(self._picked)
        self.lock_button.clicked.connect(session.lock)
        session.current_changed.connect(self._show_person)
        session.unlocked.connect(self._show_state)
        session.locked.connect(self._show_state)
        session.expired.connect(self._show_state)
        session.busy_changed.connect(self._show_state)
        session.idle_changed.connect(self._show_state)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        """Re-read the persons on this computer (one may have been added)."""
        people = self.keyring.list()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Nobody (reading only)"), None)
        for person in people:
            self.combo.addItem(person.name, person.id)
        self.combo.blockSignals(False)
        if self.session.person() is None and len(people) == 1:
            self.session.choose(people[0].id)  # a PC with one person: it is them
        self._show_person(self.session.person())

    def retranslate(self) -> None:
        self.label.setText(self.tr("At the keyboard:"))
        self.combo.setAccessibleName(self.tr("Who is at the keyboard"))
        self.combo.setToolTip(
            self.tr(
                "Choose who is using this computer. Reading needs no passphrase; the first "
                "signature asks it once, until the computer locks again."
            )
        )
        self.lock_button.setText(self.tr("Lock now"))
        self.lock_button.setAccessibleName(self.tr("Lock the signing key now"))
        self.lock_button.setToolTip(self.tr("Forget the unlocked key now (Ctrl+L)"))
        if self.combo.count():
            self.combo.setItemText(0, self.tr("Nobody (reading only)"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _picked(self, index: int) -> None:
        data = self.combo.itemData(index)
        self.session.choose(PersonId(data) if data else None)

    def _show_person(self, person: object) -> None:
        index = self.combo.findData(person) if person is not None else 0
        if index < 0:  # a person no longer on this computer
            self.combo.setCurrentIndex(0)
        else:
            self.combo.setCurrentIndex(index)
        self._show_state()

    def _show_state(self, *_args: object) -> None:
        session = self.session
        minutes = max(1, round(session.idle_ms() / 60_000))
        if session.person() is None:
            words, detail = "", ""
        elif session.busy():
            words, detail = self.tr("Checking…"), self.tr("Checking the passphrase…")
        elif session.is_unlocked():
            words = self.tr("Unlocked")
            detail = self.tr(
                "Signs without asking again; locks after %n idle minute(s), or with Lock now.",
                "",
                minutes,
            )
        else:
            words = self.tr("Locked")
            detail = self.tr("The first signature asks the passphrase once.")
        self.state.setText(words)
        self.state.setToolTip(detail)
        self.state.setVisible(bool(words))
        self.state.setAccessibleName(f"{words}: {detail}" if words else "")
        self.lock_button.setVisible(session.is_unlocked())
