"""Every string the window shows is translated: English and Spanish complete."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop import translations
from ledger.store.store import Store
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow

Message = tuple[str, str]  # (context, source)
COMPLETE = ("en", "es")


def read_ts(path: Path) -> dict[Message, list[str]]:
    """Finished translations by (context, source); unfinished ones map to []."""
    found: dict[Message, list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            assert node is not None
            finished = node.get("type") is None
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            found[(name, source)] = forms if finished and all(forms) else []
    return found


@pytest.fixture(scope="module")
def source_messages(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, list[str]]:
    out = tmp_path_factory.mktemp("lupdate") / "lattice_xx.ts"
    translations.extract(out)
    return read_ts(out)


def test_sources_have_messages(source_messages: dict[Message, list[str]]) -> None:
    assert ("MainWindow", "Overview") in source_messages
    assert ("desktop", "Lattice cannot start") in source_messages


@pytest.mark.parametrize("language", COMPLETE)
def test_every_source_string_is_translated(
    language: str, source_messages: dict[Message, list[str]]
) -> None:
    catalogue = read_ts(translations.source_dir() / f"lattice_{language}.ts")
    missing = [m for m in source_messages if not catalogue.get(m)]
    assert not missing, f"{language}: untranslated {missing}"


@pytest.mark.parametrize("language", COMPLETE)
def test_translations_keep_placeholders(language: str) -> None:
    catalogue = read_ts(translations.source_dir() / f"lattice_{language}.ts")
    for (context, source), forms in catalogue.items():
        for form in forms:
            wanted = sorted(set(re.findall(r"%\d|%n", source)))
            # %Ln is %n written with the reader's digit grouping (99.992 in Spanish)
            found = re.findall(r"%\d|%L?n", form)
            same = sorted({p.replace("%Ln", "%n") for p in found}) == wanted
            assert same, (context, source, form)


def test_spanish_window(qtbot: QtBot, qapp: QApplication, store: Store) -> None:
    folder = translations.compile_translations()
    spanish = QTranslator()
    assert spanish.load(str(folder / "lattice_es.qm"))
    qapp.installTranslator(spanish)
    try:
        window = MainWindow(store=store, sync=FakeSync())
        qtbot.addWidget(window)
        assert window.nav.item(0).text() == "Resumen"
        assert window.nav.accessibleName() == "Secciones"
        assert QCoreApplication.translate("MainWindow", "%n computer(s) connected", "", 3) == (
            "3 equipos conectados"
        )
    finally:
        qapp.removeTranslator(spanish)


def test_qts_own_buttons_read_in_spanish(qapp: QApplication) -> None:
    """Qt's standard OK and Cancel come from Qt's catalogue, loaded beside ours."""
    loaded = translations.translators(translations.reader_locale("es"))
    assert len(loaded) == 2, [t.filePath() for t in loaded]
    assert Path(loaded[1].filePath()).name == "qtbase_es.qm"
    for translator in loaded:
        qapp.installTranslator(translator)
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
        assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Aceptar"
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
    qapp.processEvents()  # the language change reaches the box as an event
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_a_new_language_is_just_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    """Dropping `lattice_rw.ts` in makes Kinyarwanda load; no code changes."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for language in COMPLETE:
        (folder / f"lattice_{language}.ts").write_bytes(
            (translations.source_dir() / f"lattice_{language}.ts").read_bytes()
        )
    rw = (folder / "lattice_es.ts").read_text("utf-8").replace("Resumen", "Incamake")
    (folder / "lattice_rw.ts").write_text(rw, "utf-8")
    monkeypatch.setattr(translations, "source_dir", lambda: folder)
    assert translations.languages() == ["en", "es", "rw"]
    assert translations.compile_translations() == folder
    translator = QTranslator()
    assert translator.load(str(folder / "lattice_rw.qm"))
    assert translator.translate("MainWindow", "Overview") == "Incamake"


def test_a_system_without_a_locale_reads_as_english_with_grouped_digits() -> None:
    locale = translations.reader_locale("C")
    assert locale.name() == "en_GB"
    assert locale.toString(2549628) == "2,549,628"
    assert translations.reader_locale("es").name().startswith("es")


def test_english_dates_follow_the_readers_country_day_first_by_default() -> None:
    """`--lang en` keeps an en_KE or en_US system's conventions; with no English system
    locale English means day-first dates (en_GB), not the US order."""
    kenya, germany, us = QLocale("en_KE"), QLocale("de_DE"), QLocale("en_US")
    assert translations.reader_locale("en", kenya).name() == "en_KE"
    assert translations.reader_locale("en", us).name() == "en_US"
    assert translations.reader_locale("en", germany).name() == "en_GB"
    assert translations.reader_locale(None, kenya).name() == "en_KE"
    assert translations.reader_locale("en_US", kenya).name() == "en_US"
    day = QDate(2026, 9, 26)
    for system in (kenya, germany):
        locale = translations.reader_locale("en", system)
        short = locale.toString(day, QLocale.FormatType.ShortFormat)
        assert short.startswith("26"), short
