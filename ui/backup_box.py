"""Settings: back up this computer's store (a consistent copy, safe while Lattice runs)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QPushButton, QWidget

from ledger.store.backup import BackupInfo, backup_store, last_backup
from ledger.store.errors import LatticeError
from ui.core_text import core_text
from ui.formatting import moment_text
from ui.widgets import make_notice

if TYPE_CHECKING:
    from ledger.store.store import Store


def last_backup_text(store: Store) -> str:
    """When the store was last backed up, in words for the Overview and Settings."""
    at = last_backup(store.home)
    if at is None:
        return QCoreApplication.translate(
            "BackupBox",
            "This computer's data has never been backed up: use Settings, or 'lattice backup'.",
        )
    return QCoreApplication.translate(
        "BackupBox", "Last backup of this computer's data: %1"
    ).replace("%1", moment_text(at))


class BackupBox(QWidget):
    """A button that writes a backup into a chosen folder (a USB stick) and says how it went."""

    backed_up = Signal(object)
    """The `BackupInfo` of a backup just written."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup")
        self.store = store
        self.label = QLabel(self)
        self.button = QPushButton(self)
        self.button.setObjectName("backUp")
        self.status = make_notice(self)
        self.status.setObjectName("backupStatus")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.button, 0, 1)
        layout.addWidget(self.status, 1, 0, 1, 2)
        self.button.clicked.connect(self._choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Backup:"))
        self.button.setText(self.tr("&Back up now…"))
        self.button.setAccessibleDescription(
            self.tr("Write a copy of this computer's data into a folder, e.g. on a USB stick")
        )
        self.status.setText(last_backup_text(self.store))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up into which folder?"))
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> BackupInfo | None:
        """Write a backup into `folder`; say where it went, or why it could not be written."""
        try:
            info = backup_store(self.store, folder)
        except LatticeError as exc:
            self.status.setText(core_text(exc.words))
            return None
        self.status.setText(
            self.tr("Backed up %n changes to %1.", "", info.changes).replace("%1", str(info.path))
        )
        self.backed_up.emit(info)
        return info
