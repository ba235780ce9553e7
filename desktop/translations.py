"""Qt Linguist translations: `resources/translations/lattice_<lang>.ts`, compiled to `.qm`.

Adding a language is adding its `.ts` file: the compiled `.qm` is built here when missing
or older than its source (checkouts and CI), and shipped pre-built in bundles, which have
no `lrelease`. After changing user-visible strings, refresh every `.ts` with
`python -m desktop.translations update` (Qt's lupdate), then translate the new entries
(Qt Linguist, or by hand).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from desktop.resources import resource_dir

log = logging.getLogger(__name__)

CATALOG = "lattice"


def source_dir() -> Path:
    return resource_dir() / "translations"


def ts_files() -> list[Path]:
    return sorted(source_dir().glob(f"{CATALOG}_*.ts"))


def languages() -> list[str]:
    """Language codes with a translation file, e.g. ['en', 'es']."""
    return [p.stem.removeprefix(f"{CATALOG}_") for p in ts_files()]


def _qt_tool(tool: str) -> list[str] | None:
    """How to run one of Qt's Linguist tools: the binary inside the PySide6 wheel, or PATH."""
    name = f"{tool}.exe" if sys.platform == "win32" else tool
    bundled = Path(PySide6.__file__).resolve().parent / name
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which(f"pyside6-{tool}") or shutil.which(tool)
    return [found] if found else None


def lrelease_command() -> list[str] | None:
    return _qt_tool("lrelease")


def source_files() -> list[Path]:
    """The Python files whose `tr()`/`translate()` strings the catalogues must cover.

    The core's files too: their texts are marked `QT_TRANSLATE_NOOP("core", ...)`.
    """
    root = resource_dir().parent
    files = [*root.glob("ui/**/*.py"), *root.glob("desktop/*.py"), *root.glob("ledger/**/*.py")]
    return sorted(p for p in files if not p.name.startswith("cli"))


def extract(ts_out: Path) -> None:
    """Run lupdate over the sources into `ts_out` (created or merged)."""
    command = _qt_tool("lupdate")
    if command is None:
        raise RuntimeError("Qt's lupdate is not installed (it comes with PySide6)")
    subprocess.run(
        [*command, "-silent", "-locations", "none", "-no-obsolete",
         *map(str, source_files()), "-ts", str(ts_out)],
        check=True,
    )


def compile_translations(out_dir: Path | None = None) -> Path:
    """Build every stale `.qm` and return the folder holding them.

    Writes beside the `.ts` files when that folder is writable, else into the user cache.
    """
    src = source_dir()
    target = out_dir or (src if _writable(src) else _cache_dir())
    command = lrelease_command()
    for ts in ts_files():
        qm = target / ts.with_suffix(".qm").name
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if command is None:
            log.warning("cannot compile %s: Qt's lrelease is not installed", ts.name)
            continue
        target.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            log.warning("lrelease failed on %s: %s", ts.name, result.stderr.strip())
    return target


def reader_locale(language: str | None, system: QLocale | None = None) -> QLocale:
    """The locale for `language` (default: the system's).

    A language the system's locale already speaks keeps the system's country
    conventions (`--lang en` on an en_KE PC keeps Kenyan day-first dates); a bare
    language code otherwise takes its own, except English, which takes day-first dates
    (en_GB) rather than the US order most of its readers do not use. A system with no
    locale configured reports C, which prints 2549628.00 and odd dates: read that as
    English with grouped digits and day-first dates.
    """
    system = system or QLocale.system()
    if not language:
        locale = system
    else:
        wanted = QLocale(language)
        bare = "_" not in language and "-" not in language
        if bare and system.language() == wanted.language():
            locale = system
        elif bare and wanted.language() == QLocale.Language.English:
            locale = QLocale("en_GB")
        else:
            locale = wanted
    if locale.language() == QLocale.Language.C:
        locale = QLocale("en_GB")
    return locale


def install(app: QCoreApplication, language: str | None = None) -> QLocale:
    """Load Lattice's and Qt's own catalogues for `language` (default: the system's).

    Returns the locale used, also set as the default so number and date formats agree.
    A language without a catalogue falls back to English silently.
    """
    locale = reader_locale(language)
    QLocale.setDefault(locale)
    for translator in translators(locale, parent=app):
        app.installTranslator(translator)
    return locale


def translators(locale: QLocale, *, parent: QObject | None = None) -> list[QTranslator]:
    """Lattice's catalogue and Qt's own (`qtbase`: the standard OK and Cancel buttons, the
    calendar, a text field's menu) for `locale`, those that exist, ready to install."""
    folder = source_dir()
    if not any(folder.glob("*.qm")) or _stale(folder):
        folder = compile_translations()
    found: list[QTranslator] = []
    ours = QTranslator(parent)
    if ours.load(locale, CATALOG, "_", str(folder)):
        log.info("loaded translation %s", ours.filePath())
        found.append(ours)
    else:
        log.info("no Lattice translation for %s; using English", locale.name())
    qt_own = QTranslator(parent)
    if qt_own.load(locale, "qtbase", "_", qt_translations_dir()):
        log.info("loaded Qt's translation %s", qt_own.filePath())
        found.append(qt_own)
    else:
        log.info("no Qt translation for %s in %s", locale.name(), qt_translations_dir())
    return found


def qt_translations_dir() -> str:
    """Where Qt's own catalogues are: inside the PySide6 wheel, or in a bundle where
    PyInstaller's QtCore hook put them (`PySide6/Qt/translations`)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _stale(folder: Path) -> bool:
    for ts in ts_files():
        qm = folder / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def _writable(folder: Path) -> bool:
    try:
        probe = folder / ".write-probe"
        probe.touch()
        probe.unlink()
    except OSError:
        return False
    return True


def _cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("Lattice", appauthor=False)) / "translations"


def _main(argv: list[str]) -> int:
    if argv != ["update"]:
        log.error("usage: python -m desktop.translations update")
        return 2
    for ts in ts_files():
        extract(ts)
        log.info("updated %s", ts)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sys.exit(_main(sys.argv[1:]))
