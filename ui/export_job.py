"""Exports for funders, the way `lattice export` makes them, with the slow part off the
GUI thread.

Gathering reads the store and so runs on the GUI thread (the store's connection has one
owner); rendering and writing files take plain data and run on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from ledger.exports.period import Period
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store
from ui.core_text import core_text

log = logging.getLogger(__name__)
FORMATS = ("csv", "xlsx", "pdf", "bundle")
SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf", "bundle": ".lattice-bundle"}


def prepare(
    store: Store,
    group: GroupId,
    *,
    format: str,
    period: Period,
    with_names: bool,
    signer: Signer | None,
    target: Path,
) -> Callable[[], list[Path]]:
    """Do the store-bound part now; return the file-writing part (safe on any thread).

    Raises what the core raises (a refusal in plain words) before anything is written.
    """
    # Imported here: the renderers (openpyxl, the PDF library) would slow every start-up.
    from ledger.exports.bundle import build_bundle
    from ledger.exports.csv_export import write_csv
    from ledger.exports.files import write_atomically
    from ledger.exports.pdf_report import write_pdf
    from ledger.exports.report import gather_report
    from ledger.exports.xlsx_export import write_xlsx

    if format == "bundle":
        if signer is None:
            raise ValueError("a bundle is signed: choose who signs")
        data = build_bundle(store, group, signer, period)

        def write_bundle() -> list[Path]:
            write_atomically(target, data)
            return [target]

        return write_bundle
    report = gather_report(
        store.state(group),
        store.history(group),
        period,
        with_names=with_names,
        witnessed=str(store.witnessing(group).line()),
    )
    writer = {"csv": write_csv, "xlsx": write_xlsx, "pdf": write_pdf}[format]
    return lambda: writer(report, target)


class ExportJob(QThread):
    """Runs a prepared writer; `done(list of paths)` or `failed(reason)` on the GUI thread."""

    done = Signal(list)
    failed = Signal(str)

    def __init__(self, write: Callable[[], list[Path]]) -> None:
        super().__init__()
        self._write = write

    def run(self) -> None:
        try:
            files = self._write()
        except Exception as exc:  # a full disk or a locked file: say so, never crash
            log.exception("export failed")
            self.failed.emit(core_text(exc))
            return
        self.done.emit([str(f) for f in files])
