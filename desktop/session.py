"""One run of the windowed app: build everything, then show it or photograph it.

The window is shown before the event loop's own machinery (trio, qtrio) and the network
engine are loaded: people see their group's figures first, the rest follows within a
second or two without freezing the window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import translations
from desktop.offline_sync import OfflineSync
from desktop.resources import icon_path
from ledger.store.errors import StoreError
from ledger.store.store import Store
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.network import NetworkSync
from ui.service import SyncService
from ui.theme import ColorScheme, apply_theme, prepare_high_dpi

log = logging.getLogger(__name__)


def build_application(
    *, argv0: str, language: str | None, color_scheme: str, font_scale: float
) -> QApplication:
    """The QApplication with name, icon, theme and translations; exactly one per process."""
    prepare_high_dpi()
    app = QApplication([argv0])
    app.setApplicationName("Lattice")
    app.setOrganizationName("Lattice")
    app.setDesktopFileName("lattice")
    app.setWindowIcon(QIcon(str(icon_path())))
    apply_theme(app, scheme=ColorScheme(color_scheme), font_scale=font_scale)
    translations.install(app, language)
    return app


def run_session(
    *,
    home: Path,
    language: str | None,
    color_scheme: str,
    font_scale: float,
    screenshot: Path | None,
    view: str,
    size: tuple[int, int],
    argv0: str,
    offline: bool = False,
) -> int:
    app = build_application(
        argv0=argv0, language=language, color_scheme=color_scheme, font_scale=font_scale
    )
    try:
        store = Store.open(home)
    except (StoreError, OSError) as exc:  # OSError: a file or an unreadable folder
        log.error("cannot open the data folder %s: %s", home, exc)
        if screenshot is None:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("desktop", "Lattice cannot start"),
                QCoreApplication.translate("desktop", "The data folder %1 cannot be used: %2")
                .replace("%1", str(home))
                .replace("%2", str(exc)),
            )
        return 2
    network = None if screenshot is not None or offline else _network(store, home)
    sync: SyncService = network or OfflineSync(
        reason=QCoreApplication.translate("desktop", "network sync is switched off")
    )
    window = MainWindow(store=store, sync=sync)
    if screenshot is not None:
        try:
            return take_screenshot(app, window, view=view, size=size, path=screenshot)
        finally:
            store.close()
    window.show()
    app.processEvents()  # paint it now; the event loop's machinery loads next
    from qtrio import Runner  # type: ignore[attr-defined]  # qtrio lacks __all__

    runner = Runner(application=app)
    app.setQuitOnLastWindowClosed(False)
    outcomes = runner.run(serve, window, store, home, network)
    store.close()
    interrupted = False
    try:
        outcomes.unwrap()
    except* KeyboardInterrupt:  # Ctrl+C in the terminal: a normal way to stop
        interrupted = True
    if interrupted:
        log.info("interrupted; stopped cleanly")
        return 130
    return 0


def _network(store: Store, home: Path) -> NetworkSync | None:
    try:
        from desktop.network import start_engine
    except ImportError:
        log.exception("the network engine cannot load; running without sync")
        return None
    return start_engine(store, home)


async def serve(
    window: MainWindow, store: Store, home: Path, network: NetworkSync | None = None
) -> None:
    """The trio side of the app: background tasks live until the window closes."""
    import trio

    from desktop.terminate import stop_on_terminate
    from desktop.wakeups import listen_for_writes

    closed = trio.Event()
    window.closed.connect(closed.set)
    window.show()
    if window.first_run_needed():
        window.start_first_run()
    async with trio.open_nursery() as nursery:
        await nursery.start(stop_on_terminate, closed.set)
        if network is not None:
            nursery.start_soon(network.run)  # it also hears other processes' writes
        else:
            nursery.start_soon(listen_for_writes, store, home)
        await closed.wait()
        nursery.cancel_scope.cancel()
    log.info("window closed; background tasks stopped")


def take_screenshot(
    app: QApplication, window: MainWindow, *, view: str, size: tuple[int, int], path: Path
) -> int:
    """Render `view` with the store's real data to a PNG, for tests and documentation."""
    window.resize(*size)
    window.show_view(view)
    window.show()
    for _ in range(3):  # layouts settle over a few passes
        app.processEvents()
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        log.error("could not write the screenshot to %s", path)
        return 1
    log.info("saved %s view (%dx%d) to %s", view, image.width(), image.height(), path)
    window.close()
    return 0
