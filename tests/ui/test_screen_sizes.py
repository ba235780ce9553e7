"""Every view fits a community PC's screen, at large text, in English and Spanish, with
a group of 25: the window's minimum size fits the screen, no label or button is cut,
and nothing is left in English in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from ledger.store.store import Store
from tests.ui.screens import SCREENS, clipped, reading, shown_window, untranslated
from ui.view_names import VIEW_NAMES


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("size", "font_scale"), SCREENS, ids=lambda v: str(v))
def test_every_view_fits_the_screen_unclipped_and_translated(
    qapp: QApplication,
    qtbot: QtBot,
    crowd: Store,
    size: tuple[int, int],
    font_scale: float,
    language: str,
) -> None:
    problems: list[str] = []
    with reading(qapp, language=language, font_scale=font_scale):
        window = shown_window(qtbot, crowd, size)
        for name in VIEW_NAMES:
            window.show_view(name)
            for _ in range(3):  # layouts settle over a few passes
                qapp.processEvents()
            hint = window.minimumSizeHint()
            if hint.width() > size[0] or hint.height() > size[1]:
                problems.append(f"{name}: the window needs at least {hint.width()}x{hint.height()}")
            if (window.width(), window.height()) != size:
                problems.append(f"{name}: the window became {window.width()}x{window.height()}")
            page = window.pages.currentWidget()
            assert isinstance(page, QScrollArea)
            wide = page.widget().minimumSizeHint().width()
            if wide > page.viewport().width():
                room = page.viewport().width()
                problems.append(f"{name}: scrolls sideways ({wide} px in {room})")
            problems += [f"{name}: {p}" for p in clipped(page)]
            problems += [f"{name}: status bar {p}" for p in clipped(window.statusBar())]
            if language != "en":
                problems += [f"{name}: in English: {t!r}" for t in untranslated(window)]
        window.close()
    assert not problems, "\n".join(problems)
