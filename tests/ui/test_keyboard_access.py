"""Keyboard and screen-reader access: every view has a shortcut, every control a name.

A control's name is what a screen reader announces when the control gets focus: its
accessible name, else the text of the label whose buddy it is, else (for buttons and
check boxes only) its own text. A combo box or line edit is never named by its content:
Qt would read out the current value ("All members"), not what the field is for.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.screens import reading
from tests.ui.windows import shown_window
from ui.main_window import MainWindow
from ui.mnemonics import mnemonic
from ui.section_letters import LETTERED_ROLE
from ui.view_names import VIEW_NAMES
from ui.views.base import View
from ui.views.pending import PendingView


def plain(text: str) -> str:
    """Text as spoken: without mnemonic ampersands, ellipses and trailing colons."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip(" …:.")


def spoken_name(widget: QWidget, buddies: dict[QWidget, QLabel]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    label = buddies.get(widget)
    if label is not None and plain(label.text()):
        return plain(label.text())
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    return ""


def takes_focus(widget: QWidget, window: MainWindow) -> bool:
    """Tab can land on it. Parts of a composite (a spin box's line edit, a scroll area's
    viewport) hand focus to their owner, and combo popups are windows of their own."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.window() is window
    )


def where(widget: QWidget, top: QWidget) -> str:
    parts: list[str] = []
    node: QWidget | None = widget
    while node is not None and node is not top:
        parts.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parentWidget()
    return " < ".join(parts)


def unnamed(window: MainWindow, top: QWidget) -> list[str]:
    buddies = {
        label.buddy(): label for label in window.findChildren(QLabel) if label.buddy() is not None
    }
    return [
        where(widget, top)
        for widget in top.findChildren(QWidget)
        if takes_focus(widget, window) and not spoken_name(widget, buddies)
    ]


def settle(window: MainWindow) -> None:
    for _ in range(3):  # lazy views read the store when shown; layouts settle after
        QApplication.processEvents()


@pytest.fixture(params=["demo group", "no group yet"])
def any_store(
    request: pytest.FixtureRequest, demo_template: tuple[Path, Demo], tmp_path: Path
) -> Iterator[Store]:
    """A populated group (goal cards, meeting steps, attendance rows) and an empty PC."""
    home = tmp_path / "home"
    if request.param == "demo group":
        shutil.copytree(demo_template[0], home)
    opened = Store.open(home)
    yield opened
    opened.close()


def test_every_focusable_control_has_a_name(qtbot: QtBot, any_store: Store) -> None:
    window = shown_window(qtbot, any_store)
    missing: list[str] = []
    for name in VIEW_NAMES:
        window.show_view(name)
        settle(window)
        missing += [f"{name} view: {w}" for w in unnamed(window, window.views[name])]
    chrome = [w for w in unnamed(window, window) if " < QStackedWidget" not in w]
    missing += [f"window: {w}" for w in chrome]
    assert not missing, "focusable without an accessible name:\n  " + "\n  ".join(missing)


def test_the_walk_finds_an_unnamed_control(qtbot: QtBot, store: Store) -> None:
    """The check above is not vacuous: a bare input in a view is reported by its place."""
    window = shown_window(qtbot, store)
    bare = QLineEdit(window.views["peers"])
    bare.setObjectName("bare")
    assert unnamed(window, window.views["peers"]) == ["QLineEdit#bare"]
    label = QLabel("&Address:", window.views["peers"])
    label.setBuddy(bare)
    assert unnamed(window, window.views["peers"]) == []


def test_every_view_has_a_keyboard_shortcut(qtbot: QtBot, store: Store) -> None:
    window = shown_window(qtbot, store)
    assert len(VIEW_NAMES) <= 9, "Ctrl+1 … Ctrl+9 reach at most nine views"
    for row, name in reversed(list(enumerate(VIEW_NAMES))):
        QTest.keyClick(
            window, Qt.Key(Qt.Key.Key_1.value + row), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_view() is window.views[name], name
        assert f"Ctrl+{row + 1}" in window.nav.item(row).toolTip()
        assert window.nav.hasFocus()  # arrows go on from there


def shown_letters(window: MainWindow, *, over: QWidget | None = None) -> dict[str, list[str]]:
    """Each Alt+letter the window answers now (the sections', and the mnemonics of the
    labels and buttons in sight), with what it names."""
    used: dict[str, list[str]] = {}
    for row in range(window.nav.count()):
        marked = window.nav.item(row).data(LETTERED_ROLE)
        used.setdefault(mnemonic(marked) or "", []).append(f"section {marked!r}")
    top = over or window
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            letter = mnemonic(widget.text())
            if letter:
                used.setdefault(letter, []).append(f"{type(widget).__name__} {widget.text()!r}")
    return used


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_section_has_an_access_key_used_once_on_every_page(
    qtbot: QtBot, qapp: QApplication, demo: tuple[Store, Demo], language: str
) -> None:
    store, _ = demo
    problems: list[str] = []
    with reading(qapp, language=language, font_scale=1.0):
        window = shown_window(qtbot, store)
        titles = list(window.titles().values())
        for row, name in reversed(list(enumerate(VIEW_NAMES))):
            item = window.nav.item(row)
            marked = item.data(LETTERED_ROLE)
            assert item.text() == titles[row]  # what a screen reader says stays plain
            assert marked.replace("&", "") == titles[row], marked
            letter = mnemonic(marked)
            assert letter is not None and f"Alt+{letter.upper()}" in item.toolTip()
            QTest.keyClick(window, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
            assert window.current_view() is window.views[name], (name, marked)
            assert window.nav.hasFocus()
            settle(window)
            twice = {k: v for k, v in shown_letters(window).items() if len(v) > 1}
            problems += [f"{name}: Alt+{k.upper()} is {' and '.join(v)}" for k, v in twice.items()]
    assert not problems, "\n".join(problems)


def test_a_page_that_wants_a_sections_letter_takes_another(
    qtbot: QtBot, store: Store
) -> None:
    """The check above is not vacuous: a page's button marked at a section's letter is
    given a free one when the page is built, and the walk would report it otherwise."""
    window = shown_window(qtbot, store)
    window.show_view("peers")
    view = window.views["peers"]
    overview = mnemonic(window.nav.item(0).data(LETTERED_ROLE)) or ""
    clash = QPushButton(f"&{overview}ops", view)
    clash.show()
    assert len(shown_letters(window)[overview]) == 2
    window.retranslate()  # as when the page is built, or the language changes
    assert mnemonic(clash.text()) not in (overview, None)
    assert len(shown_letters(window)[overview]) == 1


def test_every_view_class_is_in_the_navigation() -> None:
    def subclasses(cls: type[View]) -> Iterator[type[View]]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    names = {cls.name for cls in subclasses(View) if cls is not PendingView}
    assert names <= set(VIEW_NAMES), names - set(VIEW_NAMES)
