"""What every page of the main window shares: its context and how it learns the group."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring, PersonInfo
from ui.dialogs.action import eligible_persons
from ui.service import SyncBridge
from ui.signing import SigningContext
from ui.store_events import StoreEvents
from ui.theme import make_heading
from ui.unlock import SigningSession

if TYPE_CHECKING:
    from ledger.store.store import Store


@dataclass(frozen=True, slots=True)
class ViewContext:
    """Handed to every view by the window; views keep no other global state."""

    store: Store
    keyring: Keyring
    sync: SyncBridge
    events: StoreEvents
    signing: SigningSession | None = None
    """Shared-PC mode: the person at the keyboard and their unlocked key, if any."""

    def signing_for(self, group: GroupId, signers: list[PersonInfo]) -> SigningContext:
        """What a signing dialog for `group` needs, offering `signers`."""
        return SigningContext(self.store, group, self.keyring, signers, self.signing)

    def persons_who_may(self, group: GroupId | None, roles: Iterable[str]) -> list[PersonInfo]:
        """Persons with a key on this PC who hold one of `roles` in `group` (none without
        a group): who a page's signing buttons can offer."""
        if group is None:
            return []
        return eligible_persons(self.keyring, self.store.state(group), roles)


class View(QWidget):
    """A page of the main window. Subclasses set `name` and show one group at a time."""

    name: str = ""
    lazy: bool = False
    """A lazy view re-reads the core only while shown (or when shown next): heavy views
    cost nothing at start-up or while another view is on screen."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group: GroupId | None = None
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        make_heading(self.heading)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 16, 24, 16)
        self.body.setSpacing(12)
        self.body.addWidget(self.heading)
        self._stale = False

        context.events.changed.connect(self._store_changed)

    def set_group(self, group: GroupId | None) -> None:
        """Show `group` (None: the store holds no group yet)."""
        self.group = group
        self.refresh()

    def refresh(self) -> None:
        """Reload now, or when next shown for a lazy view that is hidden."""
        if self.lazy and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Re-read what this view shows from the core; cheap views just rebuild rows."""

    def _store_changed(self, event: object) -> None:
        if getattr(event, "group", self.group) == self.group:
            self.refresh()
