"""The minutes editor: several people type; saving signs an edit of the shared document,
and what other PCs saved merges into the text on screen without losing unsaved typing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loro import LoroDoc
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ledger.savings.records import minutes_doc
from ledger.store.documents import new_document, text_of
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring, PersonInfo
from ledger.store.persons import Signer
from ui.dialogs.action import ActionDialog
from ui.minutes_merge import merged_text, replace_in_place
from ui.signing import SigningContext
from ui.unlock import SigningSession
from ui.widgets import make_notice

if TYPE_CHECKING:
    from ledger.store.store import Store


class SaveMinutesDialog(ActionDialog):
    def __init__(
        self,
        *,
        signing: SigningContext,
        meeting: str,
        text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(signing=signing, parent=parent)
        self.setWindowTitle(self.tr("Save the minutes"))
        self.meeting, self.text = meeting, text

    def perform(self, signer: Signer) -> None:
        from ledger.savings import group_actions

        group_actions.write_minutes(self.store, signer, self.group, self.meeting, self.text)


class MinutesEditor(QWidget):
    """Call `load` for a meeting, and `merge_arrived` after every store change."""

    def __init__(
        self,
        *,
        store: Store,
        keyring: Keyring,
        session: SigningSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.keyring = keyring
        self.session = session
        self.group: GroupId | None = None
        self.meeting: str | None = None
        self.signers: list[PersonInfo] = []
        self._base: LoroDoc = new_document()
        self._base_text = ""
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Minutes"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._show_state)
        self.state = make_notice(self)
        self.save_button = QPushButton(self.tr("Save the minutes…"), self)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)

    def _document(self) -> tuple[LoroDoc, str]:
        assert self.group is not None
        assert self.meeting is not None
        name = minutes_doc(self.meeting)
        found = self.store.state(self.group).documents.get(name)
        return (found if found is not None else new_document()), name

    def load(self, group: GroupId | None, meeting: str | None, signers: list[PersonInfo]) -> None:
        """Show a meeting's minutes as stored (discarding unsaved typing of another meeting)."""
        self.signers = signers
        if (group, meeting) == (self.group, self.meeting):
            self.merge_arrived()
            return
        self.group, self.meeting = group, meeting
        if group is None or meeting is None:
            self._base, self._base_text = new_document(), ""
            self.editor.setPlainText("")
        else:
            doc, name = self._document()
            self._base, self._base_text = doc.fork(), text_of(doc, name)
            self.editor.setPlainText(self._base_text)
        self._show_state()

    def unsaved(self) -> bool:
        return self.editor.toPlainText() != self._base_text

    def merge_arrived(self) -> None:
        """Take in edits saved since the last load, keeping the cursor and unsaved typing."""
        if self.group is None or self.meeting is None:
            return
        doc, name = self._document()
        arrived = text_of(doc, name)
        if arrived == self._base_text:
            return
        typed = self.editor.toPlainText()
        if typed in (self._base_text, arrived):
            # Nothing typed since the last load, or what arrived is this very text (just saved).
            target = arrived
        else:
            target = merged_text(self._base, name, typed, doc)
        self._base, self._base_text = doc.fork(), arrived
        replace_in_place(self.editor.document(), target)
        self._show_state()

    def _show_state(self) -> None:
        can_write = bool(self.signers) and self.meeting is not None
        self.editor.setReadOnly(self.meeting is None)
        self.save_button.setEnabled(can_write and self.unsaved())
        if self.meeting is None:
            text = self.tr("Open or choose a meeting to keep its minutes.")
        elif self.unsaved():
            text = self.tr("Not saved yet. Others' saved changes still merge in as they arrive.")
        else:
            text = self.tr("Saved. Changes from other computers appear here as they arrive.")
        if not self.signers and self.meeting is not None:
            text = self.tr("Nobody on this computer may write the minutes; you can read them.")
        self.state.setText(text)

    def save(self) -> None:
        if self.group is None or self.meeting is None:
            return
        SaveMinutesDialog(
            signing=SigningContext(
                store=self.store,
                group=self.group,
                keyring=self.keyring,
                signers=self.signers,
                session=self.session,
            ),
            meeting=self.meeting,
            text=self.editor.toPlainText(),
            parent=self,
        ).exec()
