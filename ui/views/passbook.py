"""Passbook: one member's standing and entries, and the printable one-page slip that
carries the short code of the group's signed state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ledger.savings.books import books_of
from ledger.savings.passbook import Passbook, passbook
from ledger.savings.records import CycleClose
from ledger.store.ids import PersonId
from ledger.store.keyring import Keyring
from ledger.store.membership import Role
from ledger.store.state import GroupState
from ui.dialogs.action import eligible_persons
from ui.dialogs.cycle import CloseCycleDialog, OpenCycleDialog
from ui.dialogs.shareout import ShareOutDialog
from ui.dialogs.signoff import SignOffDialog
from ui.models.districts import (
    active_districts,
    capitalized,
    district_names,
    district_of,
    district_word,
    has_districts,
)
from ui.models.passbook import PassbookModel
from ui.passbook_slip import figures, loan_figures, print_slip, write_slip_pdf
from ui.theme import make_heading
from ui.views.base import View, ViewContext
from ui.widgets import make_notice, make_table


class PassbookView(View):
    name = "passbook"
    lazy = True

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.member = QComboBox(self)
        self.member.setAccessibleName(self.tr("Member"))
        self.member.currentIndexChanged.connect(self._show)
        self.district = QComboBox(self)
        self.district.setAccessibleName(self.tr("District"))
        self.district.currentIndexChanged.connect(self._district_chosen)
        self.district_label = QLabel(self.tr("District"), self)
        self.district_label.setBuddy(self.district)
        self.district_note = make_notice(self)
        self.district_note.setObjectName("memberDistrict")
        self.print_button = QPushButton(self.tr("Print slip…"), self)
        self.pdf_button = QPushButton(self.tr("Save slip as PDF…"), self)
        self.shareout_button = QPushButton(self.tr("Share-out…"), self)
        self.shareout_button.setToolTip(
            self.tr("The share-out of the cycle: the pool, each member's part, paying it")
        )
        self.print_button.clicked.connect(self.print_slip)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.shareout_button.clicked.connect(self.show_shareout)
        self.open_cycle_button = QPushButton(self.tr("Open cycle…"), self)
        self.open_cycle_button.clicked.connect(self.show_open_cycle)
        self.close_cycle_button = QPushButton(self.tr("Close cycle…"), self)
        self.close_cycle_button.clicked.connect(self.show_close_cycle)
        self.sign_close_button = QPushButton(self.tr("Sign off the close…"), self)
        self.sign_close_button.setToolTip(
            self.tr("Elders sign the cycle's close; it closes once the quorum signed")
        )
        self.sign_close_button.clicked.connect(self.show_sign_close)
        top = QHBoxLayout()
        top.addWidget(self.district_label)
        top.addWidget(self.district)
        label = QLabel(self.tr("Passbook of:"), self)
        label.setBuddy(self.member)
        top.addWidget(label)
        top.addWidget(self.member, 1)
        self.body.addLayout(top)
        self.body.addWidget(self.district_note)
        # The slip's buttons on their own line: beside the member they pushed the page
        # past a 1366-pixel screen at large text.
        slip = QHBoxLayout()
        slip.addWidget(self.print_button)
        slip.addWidget(self.pdf_button)
        slip.addStretch(1)
        self.body.addLayout(slip)
        cycle = QHBoxLayout()
        for button in (
            self.shareout_button,
            self.open_cycle_button,
            self.close_cycle_button,
            self.sign_close_button,
        ):
            cycle.addWidget(button)
        cycle.addStretch(1)
        self.body.addLayout(cycle)
        self.figures = QGridLayout()
        self.values: list[QLabel] = []
        self.captions: list[QLabel] = []
        for place in range(6):
            value, caption = QLabel(self), make_notice(self)
            make_heading(value, scale=1.3)
            value.setWordWrap(True)
            row, column = divmod(place, 2)
            self.figures.addWidget(value, 2 * row, column)
            self.figures.addWidget(caption, 2 * row + 1, column)
            self.values.append(value)
            self.captions.append(caption)
        self.body.addLayout(self.figures)
        self.loans = make_notice(self)
        self.loans.setAccessibleName(self.tr("Loans and fines owed"))
        self.body.addWidget(self.loans)
        self.model = PassbookModel(self)
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("Passbook entries"))
        self.body.addWidget(self.table, 1)
        self.code = make_notice(self)
        self.code.setAccessibleName(self.tr("State code"))
        self.body.addWidget(self.code)
        self.book: Passbook | None = None
        self.saved_to: Path | None = None

    def reload(self) -> None:
        state = self.context.store.state(self.group) if self.group is not None else None
        self._fill_districts(state)
        self._fill_members(state)
        self._show()

    def _fill_districts(self, state: GroupState | None) -> None:
        """The district chooser narrows the members (shown only in a group with districts)."""
        shown = state is not None and has_districts(state)
        for widget in (self.district_label, self.district):
            widget.setVisible(shown)
        current = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        if state is not None and shown:
            word = district_word(state)
            self.district_label.setText(capitalized(word))
            self.district.setAccessibleName(capitalized(word))
            self.district.addItem(self.tr("Every %1").replace("%1", word), None)
            for district, name in active_districts(state):
                self.district.addItem(name, district)
            self.district.setCurrentIndex(max(0, self.district.findData(current)))
        self.district.blockSignals(False)

    def _fill_members(self, state: GroupState | None) -> None:
        current = self.member.currentData()
        self.member.blockSignals(True)
        self.member.clear()
        if state is not None:
            members = sorted(state.membership.members.values(), key=lambda m: m.name.casefold())
            district = self.district.currentData()
            if district:
                members = [m for m in members if m.district == district]
            for m in members:
                self.member.addItem(m.name, m.person)
            if current is None:
                # Start with someone whose key is on this PC: usually the person at the screen.
                here = {p.id for p in Keyring(self.context.store.db).list()}
                current = next((m.person for m in members if m.person in here), None)
            self.member.setCurrentIndex(max(0, self.member.findData(current)))
        self.member.blockSignals(False)

    def _district_chosen(self) -> None:
        state = self.context.store.state(self.group) if self.group is not None else None
        self._fill_members(state)
        self._show()

    def district_line(self) -> tuple[str, str] | None:
        """(the group's word, capitalized; the shown member's district) for the page and
        the slip; None in a group without districts."""
        if self.group is None or self.book is None:
            return None
        state = self.context.store.state(self.group)
        if not has_districts(state):
            return None
        district = district_of(state, self.book.member)
        name = district_names(state).get(district, "") if district is not None else ""
        return capitalized(district_word(state)), name or self.tr("none")

    def _show(self) -> None:
        person = self.member.currentData()
        if self.group is None or person is None:
            self.book = None
            self.model.set_rows([])
            self.code.setText(self.tr("This computer holds no group yet."))
        else:
            state = self.context.store.state(self.group)
            self.book = passbook(state, PersonId(person))
            self.model.currency = self.book.currency
            self.model.set_rows(list(reversed(self.book.lines)))
            for (caption, value), v, c in zip(
                figures(self.book), self.values, self.captions, strict=True
            ):
                v.setText(value)
                c.setText(caption)
                v.setAccessibleName(f"{caption}: {value}")
            owed = [f"{caption}: {value}" for caption, value in loan_figures(self.book)]
            self.loans.setText("\n".join(owed))
            self.loans.setVisible(bool(owed))
            self.code.setText(
                self.tr(
                    "State code %1 — the same on every computer holding the same records."
                ).replace("%1", self.book.code)
            )
        line = self.district_line()
        self.district_note.setText(f"{line[0]}: {line[1]}" if line else "")
        self.district_note.setVisible(line is not None)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(self.book is not None)
        for button in (self.shareout_button, self.open_cycle_button, self.close_cycle_button):
            button.setEnabled(self.group is not None)
        self.sign_close_button.setEnabled(self.close_to_sign() is not None)

    def shareout_dialog(self) -> ShareOutDialog | None:
        if self.group is None:
            return None
        state = self.context.store.state(self.group)
        council = eligible_persons(self.context.keyring, state, (Role.COUNCIL.value,))
        return ShareOutDialog(signing=self.context.signing_for(self.group, council), parent=self)

    def cycle_dialog(self, *, close: bool) -> OpenCycleDialog | CloseCycleDialog | None:
        """The dialog opening a cycle, or recording its close (council members sign)."""
        if self.group is None:
            return None
        state = self.context.store.state(self.group)
        signers = eligible_persons(self.context.keyring, state, (Role.COUNCIL.value,))
        if close:
            return CloseCycleDialog(
                       signing=self.context.signing_for(self.group, signers),
                       parent=self,
                       planned_end=books_of(state).rules.latest().cycle_end,
                   )  # fmt: skip
        return OpenCycleDialog(
                   signing=self.context.signing_for(self.group, signers),
                   parent=self,
               )  # fmt: skip

    def close_to_sign(self) -> CycleClose | None:
        """The cycle close recorded and not yet signed by the quorum of elders, if any."""
        if self.group is None:
            return None
        cycles = books_of(self.context.store.state(self.group)).cycles.values()
        return next((c for c in cycles if not c.closed), None)

    def sign_close_dialog(self) -> SignOffDialog | None:
        """An elder signs off the recorded close of the cycle (like any sign-off)."""
        close = self.close_to_sign()
        if close is None or self.group is None:
            return None
        state = self.context.store.state(self.group)
        summary = (
            self.tr(
                "The close of the savings cycle from %1 to %2. Once the quorum of elders "
                "signed it, nothing dated in the cycle can be recorded."
            )
            .replace("%1", close.start or "…")
            .replace("%2", close.end)
        )
        elders = eligible_persons(self.context.keyring, state, (Role.ELDER.value,))
        return SignOffDialog(
            signing=self.context.signing_for(self.group, elders),
            targets=[close.id],
            summary=summary,
            parent=self,
        )

    def show_sign_close(self) -> None:
        dialog = self.sign_close_dialog()
        if dialog is not None and dialog.exec():
            self.reload()

    def show_open_cycle(self) -> None:
        dialog = self.cycle_dialog(close=False)
        if dialog is not None and dialog.exec():
            self.reload()

    def show_close_cycle(self) -> None:
        dialog = self.cycle_dialog(close=True)
        if dialog is not None and dialog.exec():
            self.reload()

    def show_shareout(self) -> None:
        dialog = self.shareout_dialog()
        if dialog is not None:
            dialog.exec()

    def print_slip(self) -> None:
        if self.book is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            print_slip(self.book, printer, district=self.district_line())

    def save_pdf(self, path: Path | None = None) -> None:
        if self.book is None:
            return
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            suggested = str(Path(folder) / f"passbook-{self.book.name}.pdf")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save slip as PDF"), suggested, self.tr("PDF files (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen)
        write_slip_pdf(self.book, path, district=self.district_line())
        self.saved_to = path
