"""The window at a given screen size, font scale and language, and what a reader would
find wrong in it: a window larger than the screen, cut text, English left in Spanish."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import translations
from ledger.store.store import Store
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow
from ui.theme import BASE_POINT_SIZE
from ui.widgets import ElidedLabel

SCREENS = (((1366, 768), 1.5), ((1280, 720), 1.0), ((1920, 1080), 1.0))
"""A community PC at large text, a small laptop, and a common desktop screen."""


@contextmanager
def reading(app: QApplication, *, language: str, font_scale: float) -> Iterator[None]:
    """The app's font scaled (as `--font-scale` does) and its language, for a while."""
    font = app.font()
    scaled = app.font()
    scaled.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE) * font_scale)
    app.setFont(scaled)
    locale = QLocale()
    reader = translations.reader_locale(language)
    loaded = translations.translators(reader)  # Qt's own too: its OK and Cancel buttons
    assert len(loaded) == 2, f"Lattice's and Qt's catalogues for {language}"
    for translator in loaded:
        app.installTranslator(translator)
    QLocale.setDefault(reader)
    try:
        yield
    finally:
        for translator in loaded:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        app.setFont(font)


def shown_window(qtbot: QtBot, store: Store, size: tuple[int, int]) -> MainWindow:
    """The main window over `store` (no network), shown at `size` on the offscreen screen."""
    window = MainWindow(store=store, sync=FakeSync())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def clipped(top: QWidget) -> list[str]:
    """Labels and buttons under `top` whose text needs more room than they have.

    A wrapped label needs `heightForWidth` of its width; a one-line label or a button
    its text's advance. Labels that elide on purpose (with their text as a tooltip) and
    parts of a page scrolled out of sight are not cut.
    """
    found = []
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or not label.text() or isinstance(label, ElidedLabel):
            continue
        room = label.contentsRect()
        if label.wordWrap():
            need = label.heightForWidth(room.width())
            if need > room.height() + 1:
                found.append(f"label {label.text()[:60]!r}: {room.height()} px high, needs {need}")
        elif label.textFormat() != Qt.TextFormat.RichText:
            text = label.text()
            if label.buddy() is not None:  # "&Name:" shows as "Name:", N underlined
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            lines = text.splitlines() or [""]
            need = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
            if need > room.width() + 1:
                found.append(f"label {label.text()[:60]!r}: {room.width()} px wide, needs {need}")
    for button in top.findChildren(QAbstractButton):
        if not _shown(button, top) or not button.text():
            continue
        if isinstance(button, QCheckBox | QRadioButton) or type(button).__name__ == "QPushButton":
            need = button.sizeHint().width()
            if need > button.width() + 1:
                found.append(f"button {button.text()!r}: {button.width()} px wide, needs {need}")
    return found


@cache
def _english_sources() -> dict[str, set[str]]:
    """Each English source text of the window, with its Spanish translations."""
    found: dict[str, set[str]] = {}
    path = translations.source_dir() / "lattice_es.ts"
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source", "")
        node = message.find("translation")
        forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
        text = (node.text or "") if node is not None else ""
        found.setdefault(source, set()).update(forms or [text])
    return found


def _texts(top: QWidget) -> Iterator[str]:
    for label in top.findChildren(QLabel):
        if _shown(label, top):
            yield label.text()
    for button in top.findChildren(QAbstractButton):
        if _shown(button, top):
            yield button.text().replace("&", "")
    for box in top.findChildren(QGroupBox):
        if _shown(box, top):
            yield box.title()
    for tabs in top.findChildren(QTabWidget):
        if _shown(tabs, top):
            yield from (tabs.tabText(i) for i in range(tabs.count()))


QT_ENGLISH = frozenset({"OK", "Cancel", "Close", "Save", "Apply", "Yes", "No", "Help", "Reset"})
"""Qt's own standard buttons in English: left so, Qt's catalogue (qtbase) is not loaded."""


def untranslated(top: QWidget) -> list[str]:
    """Texts shown under `top` that are a window source text, or one of Qt's own standard
    buttons, left in English."""
    sources = _english_sources()
    wrong = []
    for text in _texts(top):
        plain = re.sub(r"\s+", " ", text).strip()
        if plain in sources and plain not in sources[plain] and len(plain) > 2:
            wrong.append(plain)
    for box in top.findChildren(QDialogButtonBox):
        for button in box.buttons():
            standard = box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
            text = button.text().replace("&", "")
            if standard and _shown(button, top) and text in QT_ENGLISH:
                wrong.append(text)
    return wrong
