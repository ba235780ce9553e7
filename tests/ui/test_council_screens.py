"""The window over a council of 640 members in 8 districts fits a community PC's screen
and a desktop's, in English and Spanish: no label or button cut, nothing sideways,
nothing left in English; the district meeting's attendance and the roll-up by district
are on screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from ledger.store.store import Store
from tests.ui.council import Council
from tests.ui.screens import clipped, reading, shown_window, untranslated
from ui.view_names import VIEW_NAMES
from ui.views.meetings import MeetingsView

SIZES = ((1366, 768), (1920, 1080))
SHOTS = os.environ.get("LATTICE_SCREENSHOTS")
"""A folder to save each view's picture in (to look at them); unset: none are saved."""


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", SIZES, ids=lambda v: f"{v[0]}x{v[1]}")
def test_every_view_at_640_members_fits_unclipped_and_translated(
    qapp: QApplication,
    qtbot: QtBot,
    council: tuple[Store, Council],
    size: tuple[int, int],
    language: str,
) -> None:
    store, c = council
    problems: list[str] = []
    with reading(qapp, language=language, font_scale=1.0):
        window = shown_window(qtbot, store, size)
        for name in VIEW_NAMES:
            window.show_view(name)
            view = window.views[name]
            if isinstance(view, MeetingsView):
                view.picker.setCurrentIndex(view.picker.findData(c.meetings["Oakland"]))
                assert view.guide.attendance.rowCount() == 80
            for _ in range(3):  # layouts settle over a few passes
                qapp.processEvents()
            if (window.width(), window.height()) != size:
                problems.append(f"{name}: the window became {window.width()}x{window.height()}")
            page = window.pages.currentWidget()
            assert isinstance(page, QScrollArea)
            wide = page.widget().minimumSizeHint().width()
            if wide > page.viewport().width():
                problems.append(
                    f"{name}: scrolls sideways ({wide} px in {page.viewport().width()})"
                )
            problems += [f"{name}: {p}" for p in clipped(page)]
            if language != "en":
                problems += [f"{name}: in English: {t!r}" for t in untranslated(window)]
            if SHOTS:
                Path(SHOTS).mkdir(parents=True, exist_ok=True)
                window.grab().save(str(Path(SHOTS) / f"{name}-{language}-{size[0]}.png"))
        window.close()
    assert not problems, "\n".join(problems)
