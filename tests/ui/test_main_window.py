"""The window shell: navigation, keyboard access, group title, sync state."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ui.fakes import FakeSync
from tests.ui.windows import shown_window
from ui.service import SyncPhase, SyncState
from ui.view_names import VIEW_NAMES


def test_navigation_lists_every_view_with_accessible_names(
    qtbot: QtBot, store: Store, sync: FakeSync
) -> None:
    window = shown_window(qtbot, store, sync)
    assert window.nav.count() == len(VIEW_NAMES)
    assert window.nav.accessibleName() == "Sections"
    for row, name in enumerate(VIEW_NAMES):
        assert window.nav.item(row).text()
        assert window.views[name].accessibleName() == window.nav.item(row).text()


def test_arrow_keys_and_shortcuts_switch_views(qtbot: QtBot, store: Store, sync: FakeSync) -> None:
    window = shown_window(qtbot, store, sync)
    window.nav.setFocus()
    QTest.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_view() is window.views["ledger"]
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.views["members"]
    window.show_view("export")
    assert window.current_view() is window.views["export"]
    assert window.pages.currentWidget().widget() is window.views["export"]  # in its scroll area


def test_title_names_the_group(qtbot: QtBot, store: Store, sync: FakeSync, group: GroupId) -> None:
    window = shown_window(qtbot, store, sync)
    assert window.windowTitle() == "Lattice — Umoja Savings"
    assert all(view.group == group for view in window.views.values())
    assert not window.group_picker.isVisible()


def test_a_second_group_shows_the_picker(
    qtbot: QtBot, store: Store, sync: FakeSync, group: GroupId, founder: Signer
) -> None:
    window = shown_window(qtbot, store, sync)
    second = actions.create_group(store, founder, name="Tujenge", currency="KES").group
    qtbot.waitUntil(lambda: window.group_picker.count() == 2)
    assert window.group_picker.isVisible()
    window.group_picker.setCurrentIndex(window.group_picker.findData(second))
    assert window.windowTitle() == "Lattice — Tujenge"


def test_status_bar_follows_sync_state_even_from_another_thread(
    qtbot: QtBot, store: Store, sync: FakeSync
) -> None:
    window = shown_window(qtbot, store, sync)
    assert "Looking for other computers" in window.sync_label.text()
    sync.current = SyncState(SyncPhase.UP_TO_DATE, connected_peers=2)
    with qtbot.waitSignal(window.sync.changed):
        threading.Thread(target=sync.notify).start()
    assert window.sync_label.text() == "Up to date · 2 computers connected"
    assert "Up to date" in window.sync_label.accessibleName()


def test_closing_emits_closed_and_unsubscribes(qtbot: QtBot, store: Store, sync: FakeSync) -> None:
    window = shown_window(qtbot, store, sync)
    with qtbot.waitSignal(window.closed):
        window.close()
    assert sync.callbacks == []
