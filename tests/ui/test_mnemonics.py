"""Every dialog's fields and buttons have a mnemonic (Alt+letter), none used twice in one
dialog, in English and in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QStackedWidget
from pytestqt.qtbot import QtBot

from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.dialog_walk import dialog_classes, every_dialog, mnemonic, mnemonic_problems
from tests.ui.fakes import FakeSync
from tests.ui.screens import reading
from ui.main_window import MainWindow
from ui.mnemonics import give_mnemonics, with_free_letter


def test_every_dialog_class_is_walked() -> None:
    assert dialog_classes() == set(every_dialog()), "add the new dialog to every_dialog()"


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_dialog_has_mnemonics_without_clashes(
    qapp: QApplication, qtbot: QtBot, demo: tuple[Store, Demo], language: str
) -> None:
    store, d = demo
    problems: list[str] = []
    with reading(qapp, language=language, font_scale=1.0):
        window = MainWindow(store=store, sync=FakeSync())
        qtbot.addWidget(window)
        for name, make in sorted(every_dialog().items()):
            dialog = make(window, store, d)
            qtbot.addWidget(dialog)
            dialog.show()
            qapp.processEvents()
            problems += [f"{name}: {p}" for p in mnemonic_problems(dialog)]
            for pages in dialog.findChildren(QStackedWidget):  # each page of a wizard too
                for index in range(1, pages.count()):
                    pages.setCurrentIndex(index)
                    qapp.processEvents()
                    problems += [f"{name} page {index}: {p}" for p in mnemonic_problems(dialog)]
            dialog.reject()
    assert not problems, "\n".join(problems)


def test_the_walk_finds_a_missing_mnemonic_and_a_clash(qtbot: QtBot) -> None:
    """The check above is not vacuous."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit(dialog)
    field.setAccessibleName("Bare")
    one, two = QPushButton("&Save", dialog), QPushButton("&Send", dialog)
    dialog.show()
    found = mnemonic_problems(dialog)
    assert "no mnemonic: QLineEdit 'Bare'" in found
    assert "Alt+S is used 2 times: '&Save', '&Send'" in found
    two.setText("Se&nd")
    assert mnemonic_problems(dialog) == ["no mnemonic: QLineEdit 'Bare'"]
    assert one.text() == "&Save" and mnemonic("A && B &c") == "c" and mnemonic("A && B") is None


def test_free_letters_prefer_word_starts_then_any_letter_then_an_added_one() -> None:
    taken = {"s"}
    assert with_free_letter("Share value:", taken) == "Share &value:" and "v" in taken
    assert with_free_letter("Save", {"s", "a", "v"}) == "Sav&e"
    everything = set("abcdefghijklmnopqrstuvwxyz")
    assert with_free_letter("Fine “late”:", everything) == "Fine “late” (&0):"
    assert with_free_letter("Tom && Jerry", set()) == "&Tom && Jerry"


def test_give_mnemonics_marks_the_unmarked_and_settles_clashes(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    first, second = QPushButton("&Save", dialog), QPushButton("&Send", dialog)
    bare = QPushButton("Share", dialog)
    give_mnemonics(dialog)
    assert first.text() == "&Save"  # the first keeps its letter
    assert second.text() == "S&end" and bare.text() == "S&hare"
    assert mnemonic_problems(dialog) == []
