"""The page shown for a section this version does not have yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.views.base import View, ViewContext


class PendingView(View):
    """Says plainly that the section is missing, so nobody mistakes it for an empty group."""

    def __init__(self, name: str, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.name = name
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.message, 1)
        self.message.setText(
            self.tr("This section is not available in this version of Lattice yet.")
        )
