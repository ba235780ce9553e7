"""The main window: a section list on the left, the chosen view on the right, sync state
at the bottom. It wires views to the store and the sync service and holds no rules."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ui.core_text import core_text
from ui.first_run import FirstRunDialog
from ui.local_settings import LocalSettings
from ui.mnemonics import give_mnemonics
from ui.person_picker import PersonPicker
from ui.preferences import PreferencesDialog
from ui.section_letters import LETTERED_ROLE, LetteredItemDelegate, letter_of, lettered_titles
from ui.service import SyncBridge, SyncPhase, SyncService, SyncState
from ui.store_events import StoreEvents
from ui.unlock import MINUTE_MS, SigningSession
from ui.views import VIEW_NAMES, build_view
from ui.views.base import View, ViewContext
from ui.views.overview import OverviewView
from ui.widgets import ElidedLabel

if TYPE_CHECKING:
    from ledger.store.store import Store


class LazyViews(Mapping[str, View]):
    """The window's views by name (`ui.views.VIEW_NAMES`), each built when first asked for."""

    def __init__(self, build: Callable[[str], View]) -> None:
        self._build = build
        self._built: dict[str, View] = {}

    def __getitem__(self, name: str) -> View:
        view = self._built.get(name)
        if view is None:
            if name not in VIEW_NAMES:
                raise KeyError(name)
            view = self._built[name] = self._build(name)
        return view

    def __iter__(self) -> Iterator[str]:
        return iter(VIEW_NAMES)

    def __len__(self) -> int:
        return len(VIEW_NAMES)

    def built(self) -> dict[str, View]:
        """The views built so far (the others take the window's state when built)."""
        return dict(self._built)

log = logging.getLogger(__name__)


def scrolling(view: View, parent: QWidget) -> QScrollArea:
    """`view` in a frameless scroll area: on a small screen or with large text a page
    scrolls instead of forcing the window past the screen or squeezing its text."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(view)
    return area


class MainWindow(QMainWindow):
    """The window people use at meetings. Build it with the store and the sync service."""

    closed = Signal()

    def __init__(
        self,
        *,
        store: Store,
        sync: SyncService,
        settings: LocalSettings | None = None,
        idle_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`settings` default to the data folder's own; `idle_ms` overrides their lock time
        for this window only (not stored)."""
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.store = store
        self.sync = SyncBridge(sync, self)
        self.events = StoreEvents(store, self)
        self.settings = settings if settings is not None else LocalSettings.in_folder(store.home)
        if idle_ms is None:
            idle_ms = self.settings.idle_minutes() * MINUTE_MS
        keyring = Keyring(store.db)
        self.signing = SigningSession(keyring, idle_ms=idle_ms, parent=self)
        self._preferences: PreferencesDialog | None = None
        context = ViewContext(
            store=store, keyring=keyring, sync=self.sync, events=self.events,
            signing=self.signing,
        )  # fmt: skip

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.nav.setUniformItemSizes(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Generous targets for touchpads and tired eyes; colours stay the palette's.
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 10px 14px; }")
        self.nav.setItemDelegate(LetteredItemDelegate(self.nav))
        self._letters: frozenset[str] = frozenset()
        self._letter_keys: list[QShortcut] = []
        self.pages = QStackedWidget(self)
        self._group: GroupId | None = None
        self.views = LazyViews(lambda name: self._build_view(name, context))
        for _name in VIEW_NAMES:
            self.pages.addWidget(QWidget(self.pages))  # stands in until the view is built
            self.nav.addItem(QListWidgetItem())
        self.nav.currentRowChanged.connect(self._show_page)

        self.group_picker = QComboBox(self)
        self.group_picker.setObjectName("groupPicker")
        self.group_picker.currentIndexChanged.connect(self._group_picked)
        self.group_label = QLabel(self)

        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("openSettings")
        self.settings_button.clicked.connect(self.open_preferences)
        sidebar = QVBoxLayout()
        sidebar.setContentsMargins(0, 0, 0, 0)
        sidebar.addWidget(self.nav, 1)
        sidebar.addWidget(self.settings_button)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.person_picker = PersonPicker(keyring=keyring, session=self.signing, parent=self)
        self.sync_label = ElidedLabel(self)
        self.sync_label.setObjectName("syncState")
        self.statusBar().addWidget(self.person_picker)
        self.statusBar().addWidget(self.group_label)
        self.statusBar().addWidget(self.group_picker)
        self.statusBar().addPermanentWidget(self.sync_label, 1)
        self.sync.changed.connect(self._show_sync_state)
        self.events.changed.connect(self._reload_groups)
        self.events.changed.connect(lambda _event: self.person_picker.reload())

        self._shortcuts: list[QShortcut] = []
        for row in range(len(VIEW_NAMES)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(self._goto(row))
            self._shortcuts.append(shortcut)
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.activated.connect(self.signing.lock)
        self._shortcuts.append(lock)
        preferences = QShortcut(QKeySequence("Ctrl+,"), self)
        preferences.activated.connect(self.open_preferences)
        self._shortcuts.append(preferences)

        self.retranslate()
        self._reload_groups()
        self._show_sync_state()
        self.nav.setCurrentRow(0)
        self._fit_navigation()
        self.resize(1280, 800)

    def _build_view(self, name: str, context: ViewContext) -> View:
        """Build a view when it is first shown or asked for: a window with eight views
        opens in the time of one."""
        view = build_view(name, context)
        index = VIEW_NAMES.index(name)
        stand_in = self.pages.widget(index)
        self.pages.insertWidget(index, scrolling(view, self.pages))
        if stand_in is not None:
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        if isinstance(view, OverviewView):
            view.setup_wanted.connect(self.start_first_run)
        title = self.titles()[name]
        view.heading.setText(title)
        view.setAccessibleName(title)
        give_mnemonics(view, reserved=self._letters, only_marked=True)
        view.set_group(self._group)
        return view

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(VIEW_NAMES):
            self.views[VIEW_NAMES[row]]  # built on first use
            self.pages.setCurrentIndex(row)


    def first_run_needed(self) -> bool:
        """True while this computer holds no group: the first-run window should show."""
        return not self.store.group_ids()

    def start_first_run(self) -> FirstRunDialog:
        """Open the first-run window over this one (not blocking the event loop)."""
        dialog = FirstRunDialog(
            store=self.store, keyring=Keyring(self.store.db), sync=self.sync, events=self.events,
            parent=self,
        )  # fmt: skip
        dialog.finished.connect(lambda _result: self._reload_groups())
        dialog.finished.connect(lambda _result: self.person_picker.reload())
        dialog.open()
        return dialog

    def open_preferences(self) -> PreferencesDialog:
        """Open this computer's settings over the window (one at a time, not blocking)."""
        if self._preferences is not None:
            self._preferences.raise_()
            self._preferences.activateWindow()
            return self._preferences
        dialog = PreferencesDialog(
            settings=self.settings, session=self.signing, store=self.store, parent=self
        )
        self._preferences = dialog
        if dialog.backup is not None:
            dialog.backup.backed_up.connect(self._backed_up)
        dialog.finished.connect(lambda _result: self._preferences_closed(dialog))
        dialog.open()
        return dialog

    def _backed_up(self, _info: object) -> None:
        """The Overview says when the last backup was made: show the new one."""
        overview = self.views.built().get("overview")
        if overview is not None:
            overview.refresh()

    def _preferences_closed(self, dialog: PreferencesDialog) -> None:
        if self._preferences is dialog:
            self._preferences = None
        dialog.deleteLater()

    def _goto(self, row: int) -> Callable[[], None]:
        def go() -> None:
            self.nav.setCurrentRow(row)
            self.nav.setFocus()

        return go

    def titles(self) -> dict[str, str]:
        """The translated section names, in navigation order."""
        return {
            "overview": self.tr("Overview"),
            "ledger": self.tr("Ledger"),
            "goals": self.tr("Goals"),
            "meetings": self.tr("Meetings"),
            "passbook": self.tr("Passbook"),
            "members": self.tr("Members"),
            "rules": self.tr("Rules and funds"),
            "peers": self.tr("Peers"),
            "export": self.tr("Export"),
        }

    def retranslate(self) -> None:
        """Set every visible text; called again when the language changes."""
        self.setWindowTitle(self.tr("Lattice"))
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setAccessibleDescription(
            self.tr(
                "Choose a section with the arrow keys, or press Alt and its underlined "
                "letter, or Ctrl and its number."
            )
        )
        self.settings_button.setText(self.tr("Settings…"))
        self.settings_button.setAccessibleName(self.tr("Settings for this computer"))
        self.settings_button.setToolTip(self.tr("Settings for this computer (Ctrl+,)"))
        self.group_label.setText(self.tr("Group:"))
        self.group_picker.setAccessibleName(self.tr("Group"))
        self._letter_sections()
        for row, (name, title) in enumerate(self.titles().items()):
            item = self.nav.item(row)
            item.setText(title)
            view = self.views.built().get(name)
            if view is not None:
                view.heading.setText(title)
                view.setAccessibleName(title)
                give_mnemonics(view, reserved=self._letters, only_marked=True)

    def _letter_sections(self) -> None:
        """Give each section an Alt+letter in the reader's language (Ctrl+number stays)."""
        for key in self._letter_keys:
            key.setEnabled(False)
            key.deleteLater()
        self._letter_keys = []
        titles = list(self.titles().values())
        marked = lettered_titles(titles)
        self._letters = frozenset(letter_of(m) for m in marked)
        for row, (title, lettered) in enumerate(zip(titles, marked, strict=True)):
            letter = letter_of(lettered).upper()
            item = self.nav.item(row)
            item.setData(LETTERED_ROLE, lettered)
            item.setToolTip(
                self.tr("%1 (Alt+%2 or Ctrl+%3)")
                .replace("%1", title)
                .replace("%2", letter)
                .replace("%3", str(row + 1))
            )
            key = QShortcut(QKeySequence(f"Alt+{letter}"), self)
            key.activated.connect(self._goto(row))
            self._letter_keys.append(key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_sync_state()
        super().changeEvent(event)

    def show_view(self, name: str) -> None:
        """Switch to the view called `name` (one of `ui.views.VIEW_NAMES`)."""
        self.nav.setCurrentRow(VIEW_NAMES.index(name))

    def current_view(self) -> View:
        return self.views[VIEW_NAMES[self.nav.currentRow()]]

    def _fit_navigation(self) -> None:
        width = max(self.nav.sizeHintForColumn(0), 160) + 2 * self.nav.frameWidth() + 24
        self.nav.setFixedWidth(width)
        self.settings_button.setFixedWidth(width)

    def _reload_groups(self, _event: object = None) -> None:
        groups: Sequence[GroupId] = self.store.group_ids()
        current = self.group_picker.currentData()
        self.group_picker.blockSignals(True)
        self.group_picker.clear()
        for group in groups:
            self.group_picker.addItem(self.store.state(group).name, group)
        index = self.group_picker.findData(current) if current in groups else 0
        self.group_picker.setCurrentIndex(index if groups else -1)
        self.group_picker.blockSignals(False)
        visible = len(groups) > 1
        self.group_picker.setVisible(visible)
        self.group_label.setVisible(visible)
        chosen = self.group_picker.currentData() if groups else None
        if chosen != current or _event is None:
            self._set_group(chosen)

    def _group_picked(self, _index: int) -> None:
        self._set_group(self.group_picker.currentData())

    def _set_group(self, group: GroupId | None) -> None:
        name = self.store.state(group).name if group is not None else ""
        title = self.tr("Lattice — %1").replace("%1", name) if name else self.tr("Lattice")
        self.setWindowTitle(title)
        self._group = group
        for view in self.views.built().values():
            view.set_group(group)

    def _show_sync_state(self) -> None:
        state: SyncState = self.sync.service.state()
        words = {
            SyncPhase.OFFLINE: self.tr("Not syncing"),
            SyncPhase.SEARCHING: self.tr("Looking for other computers…"),
            SyncPhase.SYNCING: self.tr("Syncing…"),
            SyncPhase.UP_TO_DATE: self.tr("Up to date"),
            SyncPhase.PROBLEM: self.tr("Sync problem"),
        }[state.phase]
        if state.phase in (SyncPhase.SYNCING, SyncPhase.UP_TO_DATE):
            words += " · " + self.tr("%n computer(s) connected", "", state.connected_peers)
        if state.detail:
            words += " — " + core_text(state.detail)
        self.sync_label.setText(words)
        self.sync_label.setAccessibleName(self.tr("Sync state: %1").replace("%1", words))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.signing.close()
        self.sync.close()
        self.events.close()
        super().closeEvent(event)
        self.closed.emit()
