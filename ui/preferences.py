"""Settings for this computer: how long an unlocked signing key waits before it locks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.backup_box import BackupBox
from ui.local_settings import IdleMinutesRefused, LocalSettings, clamp_idle_minutes
from ui.mnemonics import LetteredDialog
from ui.unlock import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, MINUTE_MS, SigningSession
from ui.widgets import make_notice

if TYPE_CHECKING:
    from ledger.store.store import Store

_NUMBER = re.compile(r"-?\d+")


class MinutesBox(QSpinBox):
    """A spin box that reports a typed number outside its range instead of just beeping.

    `refused` holds the last such number until the person types an allowed one or steps
    with the arrows; leaving the box shows the nearest allowed number.
    """

    out_of_range = Signal(int)
    refusal_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused: int | None = None
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.lineEdit().textEdited.connect(self._edited)

    def typed_number(self, text: str) -> int | None:
        found = _NUMBER.search(text.removeprefix(self.prefix()).removesuffix(self.suffix()))
        return int(found.group()) if found else None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        result = super().validate(text, pos)
        if result[0] != QValidator.State.Acceptable:
            number = self.typed_number(text)
            if number is not None and not self.minimum() <= number <= self.maximum():
                self.refused = number
                self.out_of_range.emit(number)
        return result

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self._clear()

    def _edited(self, text: str) -> None:
        number = self.typed_number(text)
        if number is not None and self.minimum() <= number <= self.maximum():
            self._clear()

    def _clear(self) -> None:
        if self.refused is not None:
            self.refused = None
            self.refusal_cleared.emit()


class PreferencesDialog(LetteredDialog):
    """Changes take effect when accepted: stored for this computer, applied to `session`."""

    def __init__(
        self,
        *,
        settings: LocalSettings,
        session: SigningSession,
        store: Store | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.settings = settings
        self.session = session
        self.idle = MinutesBox(self)
        self.idle.setObjectName("idleLockMinutes")
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(settings.idle_minutes())
        self.idle_label = QLabel(self)
        self.idle_label.setBuddy(self.idle)
        self.hint = make_notice(self)
        self.error = make_notice(self)
        self.error.setObjectName("preferencesError")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.idle_label, self.idle)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.backup = BackupBox(store, self) if store is not None else None
        if self.backup is not None:
            layout.addWidget(self.backup)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.idle.valueChanged.connect(self._show_suffix)
        self.idle.refusal_cleared.connect(self.error.hide)
        self.idle.out_of_range.connect(self._show_range)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings for this computer"))
        self.idle_label.setText(self.tr("&Lock after:"))
        self.idle.setAccessibleName(self.tr("Lock after how many idle minutes"))
        self.hint.setText(
            self.tr(
                "On a shared computer, a person's unlocked signing key locks again after this "
                "long without keyboard or mouse use. From %1 to %2 minutes."
            )
            .replace("%1", str(MIN_IDLE_MINUTES))
            .replace("%2", str(MAX_IDLE_MINUTES))
        )
        self.idle.setAccessibleDescription(self.hint.text())
        self.error.setAccessibleName(self.tr("Problem"))
        self._show_suffix(self.idle.value())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        refused = self.idle.refused
        if refused is not None:  # typed out of range: say what it became, let them look
            self.idle.refused = None
            nearest = clamp_idle_minutes(refused)
            self.idle.setValue(nearest)
            self._say(
                self.tr("%1 minutes is not allowed; it is set to %2 instead. Press OK to keep it.")
                .replace("%1", str(refused))
                .replace("%2", str(nearest))
            )
            self.idle.setFocus()
            return
        minutes = self.idle.value()
        try:
            saved = self.settings.set_idle_minutes(minutes)
        except IdleMinutesRefused as exc:  # the box's range prevents this; never store it
            self.idle.setValue(exc.nearest)
            self._say(self._range_text())
            return
        self.session.set_idle_ms(minutes * MINUTE_MS)
        if not saved:
            self._say(
                self.tr(
                    "The setting could not be saved in %1; it applies until Lattice is closed."
                ).replace("%1", self.settings.qsettings.fileName())
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        super().accept()

    def _show_suffix(self, minutes: int) -> None:
        # "5 minutes idle": the number's own plural form, in the reader's language.
        text = self.tr("%n minute(s) idle", "", minutes)
        self.idle.setSuffix(text.replace(str(minutes), "", 1) if str(minutes) in text else "")

    def _range_text(self) -> str:
        return (
            self.tr("Choose from %1 to %2 minutes.")
            .replace("%1", str(MIN_IDLE_MINUTES))
            .replace("%2", str(MAX_IDLE_MINUTES))
        )

    def _show_range(self, _number: int) -> None:
        self._say(self._range_text())

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
