"""Qt tests run offscreen from pytest-qt's one session-wide QApplication.

Qt allows one QApplication per process and leaks state between instances, so no test
builds its own: they all use the `qapp` fixture (through `qtbot`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop import translations
from ledger.savings import membership_actions as actions
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ui.council_fixtures import council, council_template  # noqa: F401 (fixtures)
from tests.ui.demo import Demo, populate
from tests.ui.fakes import FakeSync

PASSPHRASE = "1234"


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> None:
    """Tests read English texts, plural forms included, whatever the machine's locale."""
    translations.install(qapp, "en")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "home")
    yield opened
    opened.close()


@pytest.fixture
def founder(store: Store) -> Signer:
    return Keyring(store.db).create("Amina", PASSPHRASE)


@pytest.fixture
def group(store: Store, founder: Signer) -> GroupId:
    change = actions.create_group(store, founder, name="Umoja Savings", currency="KES", quorum=2)
    return change.group


@pytest.fixture
def sync() -> FakeSync:
    return FakeSync()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Demo]:
    """One populated data folder per test module (persons are slow to create)."""
    home = tmp_path_factory.mktemp("demo") / "home"
    opened = Store.open(home)
    try:
        demo = populate(opened)
    finally:
        opened.close()
    return home, demo


@pytest.fixture
def demo(demo_template: tuple[Path, Demo], tmp_path: Path) -> Iterator[tuple[Store, Demo]]:
    """A private copy of the demo group's folder, so each test may write to it."""
    source, found = demo_template
    home = tmp_path / "demo-home"
    shutil.copytree(source, home)
    opened = Store.open(home)
    yield opened, found
    opened.close()


@pytest.fixture(scope="session")
def crowd_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo group grown to 25 members, made once (persons are slow to create)."""
    home = tmp_path_factory.mktemp("crowd") / "home"
    opened = Store.open(home)
    try:
        populate(opened, crowd=21)
        assert len(opened.state(opened.group_ids()[0]).membership.members) == 25
    finally:
        opened.close()
    return home


@pytest.fixture
def crowd(crowd_home: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the group of 25's folder."""
    home = tmp_path / "home"
    shutil.copytree(crowd_home, home)
    opened = Store.open(home)
    yield opened
    opened.close()
