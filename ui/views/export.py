"""Export: the group's records for a funder as CSV, XLSX, a PDF report or a signed bundle,
aggregated unless the members consented to be named.

A bundle is signed: opening the signer's key (Argon2id, about a second by design) runs on
a pool thread (`ui.key_work`), so the window keeps answering while it does.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ledger.exports.period import Period
from ledger.store import persons
from ledger.store.errors import LatticeError
from ledger.store.ids import GroupId, PersonId
from ledger.store.membership import Role
from ledger.store.persons import Signer
from ui.core_text import core_text
from ui.dialogs.action import eligible_persons
from ui.export_job import FORMATS, SUFFIXES, ExportJob, prepare
from ui.key_work import KeyWork
from ui.views.base import View, ViewContext
from ui.widgets import BusyLine, make_notice
from ui.witnessed import witnessed_text

log = logging.getLogger(__name__)
ANY_DAY = QDate(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the person asked for when they pressed Export, kept while the key opens."""

    group: GroupId
    format: str
    period: Period
    with_names: bool
    target: Path


class ExportView(View):
    name = "export"

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.format = QComboBox(self)
        names = {
            "csv": self.tr("Spreadsheet, plain (CSV)"),
            "xlsx": self.tr("Spreadsheet (Excel, LibreOffice)"),
            "pdf": self.tr("PDF report with charts"),
            "bundle": self.tr("Signed bundle anyone can verify offline"),
        }
        for fmt in FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.format.setAccessibleName(self.tr("Format"))
        # The long format names may be cut at large text rather than widen the page.
        self.format.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.format.setMinimumContentsLength(16)
        self.since = self._date(self.tr("From date"))
        self.until = self._date(self.tr("To date"))
        self.names = QCheckBox(self.tr("Name the members (only with their consent)"), self)
        self.names.setChecked(False)
        self.signer = QComboBox(self)
        self.signer.setAccessibleName(self.tr("Signed by"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase or PIN"))
        self.passphrase.returnPressed.connect(self.start)
        self.target = QLineEdit(self)
        self.target.setAccessibleName(self.tr("File to write"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self.choose_file)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(choose)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Format:"), self.format)
        self.form.addRow(self.tr("From:"), self.since)
        self.form.addRow(self.tr("To:"), self.until)
        self.form.addRow("", self.names)
        self.form.addRow(self.tr("Signed by:"), self.signer)
        self.form.addRow(self.tr("Passphrase or PIN:"), self.passphrase)
        self.form.addRow(self.tr("Save as:"), target_row)
        self.body.addLayout(self.form)
        self.explain = make_notice(self)
        self.body.addWidget(self.explain)
        self.witnessed = make_notice(self)
        self.witnessed.setObjectName("witnessed")
        self.body.addWidget(self.witnessed)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 3)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Export progress"))
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.open_button)
        self.body.addLayout(row)
        self.busy = BusyLine(self)
        self.body.addWidget(self.busy)
        self.key_work = KeyWork(self)
        self.key_work.done.connect(self._key_opened)
        self.key_work.failed.connect(self._key_failed)
        self.key_work.busy_changed.connect(self._show_opening)
        self._asked: ExportRequest | None = None
        self.result = make_notice(self)
        self.result.setObjectName("refusal")
        self.result.setAccessibleName(self.tr("Export result"))
        self.body.addWidget(self.result)
        self.body.addStretch(1)
        self.job: ExportJob | None = None
        self.written: list[Path] = []
        self.format.currentIndexChanged.connect(self._format_changed)
        self.signer.currentIndexChanged.connect(self._show_passphrase)
        if context.signing is not None:
            context.signing.unlocked.connect(self._show_passphrase)
            context.signing.locked.connect(self._show_passphrase)
            context.signing.current_changed.connect(self._select_person)
        self._format_changed()

    def _date(self, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(ANY_DAY)
        edit.setAccessibleName(accessible)
        return edit

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        bundle = self.chosen_format() == "bundle"
        self.names.setEnabled(not bundle)
        if bundle:
            self.names.setChecked(False)
        self.form.setRowVisible(self.signer, bundle)
        self._show_passphrase()
        self.explain.setText(
            self.tr(
                "A bundle holds the signed records themselves; anyone can check it with "
                "'lattice verify' without trusting this computer."
            )
            if bundle
            else self.tr("Figures are totals per fund and month unless you name the members.")
        )
        current = Path(self.target.text()) if self.target.text() else None
        if current is not None:
            self.target.setText(str(current.with_suffix(SUFFIXES[self.chosen_format()])))

    def unlocked_signer(self) -> Signer | None:
        """The shared-PC session's unlocked key, if it is the chosen signer's."""
        session = self.context.signing
        signer = session.signer() if session is not None else None
        if signer is None or signer.person != self.signer.currentData():
            return None
        return signer

    def _select_person(self, person: object) -> None:
        """The person at the keyboard signs, unless someone else is chosen here."""
        index = self.signer.findData(person) if person is not None else -1
        if index >= 0:
            self.signer.setCurrentIndex(index)

    def _show_passphrase(self, *_args: object) -> None:
        needed = self.chosen_format() == "bundle" and self.unlocked_signer() is None
        self.form.setRowVisible(self.passphrase, needed)

    def reload(self) -> None:
        self.signer.clear()
        if self.group is None:
            self.export_button.setEnabled(False)
            return
        state = self.context.store.state(self.group)
        self.witnessed.setText(witnessed_text(self.context.store, self.group))
        for person in eligible_persons(
            self.context.keyring, state, (Role.COUNCIL.value, Role.ELDER.value)
        ):
            self.signer.addItem(person.name, person.id)
        if self.context.signing is not None:
            self._select_person(self.context.signing.person())
        if not self.target.text():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            stem = "".join(c if c.isalnum() else "-" for c in state.name).strip("-") or "group"
            name = f"{stem}-{dt.date.today().isoformat()}{SUFFIXES[self.chosen_format()]}"
            self.target.setText(str(Path(folder) / name))
        self.export_button.setEnabled(self.job is None and not self.key_work.busy())

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.target.text())
        if chosen:
            self.target.setText(chosen)

    def period(self) -> Period:
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == ANY_DAY else edit.date().toString("yyyy-MM-dd")

        return Period.parse(day(self.since), day(self.until))

    def request(self) -> ExportRequest:
        """What the form asks for; raises in plain words if it cannot be exported."""
        assert self.group is not None
        target = Path(self.target.text()).expanduser()
        if not target.name:
            raise LatticeError(self.tr("Choose the file to write."))
        if self.chosen_format() == "bundle" and self.signer.currentData() is None:
            raise LatticeError(self.tr("Nobody on this computer may sign a bundle."))
        return ExportRequest(
            group=self.group,
            format=self.chosen_format(),
            period=self.period(),
            with_names=self.names.isChecked(),
            target=target,
        )

    def start(self) -> None:
        """Open the signer's key on a pool thread if a bundle needs it, then write."""
        if self.group is None or self.job is not None or self.key_work.busy():
            return  # a second Enter or click while the key opens does nothing
        self.result.setText("")
        self.open_button.setEnabled(False)
        self.progress.setValue(1)
        try:
            asked = self.request()
            if asked.format != "bundle":
                self._write(asked, None)
                return
            unlocked = self.unlocked_signer()
            if unlocked is not None and self.context.signing is not None:
                self.context.signing.touch()
                self._write(asked, unlocked)
                return
            person = PersonId(self.signer.currentData())
            sealed = self.context.keyring.sealed(person)  # the store: GUI thread only
        except (LatticeError, OSError, ValueError) as exc:
            self.passphrase.clear()
            self._failed(core_text(exc))
            return
        secret = self.passphrase.text()
        self._asked = asked
        self.busy.start(self.tr("Checking the passphrase…"))
        self.key_work.start(lambda: persons.unlock(sealed, secret))

    def _show_opening(self, busy: bool) -> None:
        """While the key opens: the passphrase read-only and Export off, but the keyboard
        focus stays where it was (a disabled field would lose it)."""
        self.passphrase.setReadOnly(busy)
        self.export_button.setEnabled(not busy and self.job is None and self.group is not None)
        if not busy:
            self.busy.stop()
            self.passphrase.clear()

    def _key_opened(self, signer: object) -> None:
        asked, self._asked = self._asked, None
        if asked is None or not isinstance(signer, Signer):
            return
        self._write(asked, signer)

    def _key_failed(self, error: object) -> None:
        self._asked = None
        log.info("export: the signer's key was not opened: %s", error)
        if isinstance(error, LatticeError):
            self._failed(core_text(error))
        else:
            self._failed(self.tr("The key could not be opened: %1").replace("%1", str(error)))
        self.passphrase.setFocus()

    def _write(self, asked: ExportRequest, signer: Signer | None) -> None:
        """Gather (here: the store has one owner), then write on a worker thread."""
        try:
            asked.target.parent.mkdir(parents=True, exist_ok=True)
            write = prepare(
                self.context.store,
                asked.group,
                format=asked.format,
                period=asked.period,
                with_names=asked.with_names,
                signer=signer,
                target=asked.target,
            )
        except (LatticeError, OSError, ValueError) as exc:
            self._failed(core_text(exc))
            return
        self.progress.setValue(2)
        self.export_button.setEnabled(False)
        self.job = ExportJob(write)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._job_over)
        self.job.start()

    def _job_over(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.export_button.setEnabled(self.group is not None)

    def _done(self, files: list[str]) -> None:
        self.written = [Path(f) for f in files]
        self.progress.setValue(3)
        self.result.setText(self.tr("Written:") + "\n" + "\n".join(files))
        self.open_button.setEnabled(True)

    def _failed(self, reason: str) -> None:
        self.progress.setValue(0)
        self.result.setText(self.tr("Nothing was exported: %1").replace("%1", reason))

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))
