"""The council's fixtures, for the test modules that open the window over it: one data
folder per module (640 members take a few seconds to sign), copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from ledger.store.store import Store
from tests.ui.council import Council, populate_council
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow

V = TypeVar("V")


@pytest.fixture(scope="module")
def council_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Council]:
    home = tmp_path_factory.mktemp("council") / "home"
    store = Store.open(home)
    try:
        council = populate_council(store, months=2)
    finally:
        store.close()
    return home, council


@pytest.fixture
def council(
    council_template: tuple[Path, Council], tmp_path: Path
) -> Iterator[tuple[Store, Council]]:
    source, found = council_template
    home = tmp_path / "home"
    shutil.copytree(source, home)
    store = Store.open(home)
    yield store, found
    store.close()


def window_on(qtbot: QtBot, store: Store, view: str) -> MainWindow:
    window = MainWindow(store=store, sync=FakeSync())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_view(view)
    return window


def council_view(qtbot: QtBot, store: Store, name: str, kind: type[V]) -> V:
    """The window over the council, on the view `name` (of type `kind`)."""
    view = window_on(qtbot, store, name).views[name]
    assert isinstance(view, kind)
    return view
