"""The Passbook view and its one-page PDF slip with the state code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.savings import actions
from ledger.savings.passbook import passbook, state_code
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from tests.ui.screens import reading
from ui.main_window import MainWindow
from ui.passbook_slip import write_slip_pdf
from ui.views.passbook import PassbookView


def test_page_and_slip(
    qtbot: QtBot,
    demo: tuple[Store, Demo],
    sync: FakeSync,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    store, d = demo
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("passbook")
    window.show()
    view = window.views["passbook"]
    assert isinstance(view, PassbookView)
    view.member.setCurrentIndex(view.member.findData(d.chausiku.person))
    assert view.book is not None and view.book.name == "Chausiku"
    assert view.model.rowCount() == len(view.book.lines)
    qtmodeltester.check(view.model)
    code = state_code(store.state(d.group))
    assert code in view.code.text()
    assert "800.00" in view.values[2].text()  # the loan owed, still pending
    # the loan, given before the group set any interest or term
    assert view.loans.text() == (
        "Loan of 800.00 KES on 2026-06-10, due —: 800.00 KES owed, interest due 0.00 KES"
    )
    slip = tmp_path / "slip.pdf"
    view.save_pdf(slip)
    pdf = QPdfDocument()
    pdf.load(str(slip))
    assert pdf.pageCount() == 1
    text = pdf.getAllText(0).text()
    assert "Chausiku" in text and code in text


def test_a_loan_with_its_schedule_on_the_page(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, d = demo
    actions.set_rules(store, d.amina, d.group, effective="2026-07-01", interest_bp=500)
    actions.add_entry(store, d.amina, d.group, type="loan", member=d.baraka.person,
                      amount="100", term=2, meeting=d.meeting)  # fmt: skip
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("passbook")
    window.show()
    view = window.views["passbook"]
    assert isinstance(view, PassbookView)
    view.member.setCurrentIndex(view.member.findData(d.baraka.person))
    assert view.book is not None and view.book.name == "Baraka", view.book
    lines = view.loans.text().splitlines()
    assert lines[0].startswith("Loan of 100.00 KES on 2026-07-05, due 2026-09-05: 100.00 KES owed")
    # 50.00 of principal and 5 % of 100.00 each month (flat)
    assert lines[1] == "Installments: 2026-08-05 55.00; 2026-09-05 55.00"


def test_slip_is_one_page_without_broken_words_at_large_text_in_spanish(
    qapp: QApplication, demo: tuple[Store, Demo], tmp_path: Path
) -> None:
    store, d = demo
    for month in range(1, 13):
        for day in (5, 12, 19):
            actions.add_entry(
                store, d.amina, d.group, type="contribution", member=d.chausiku.person,
                amount="2000.00", date=f"2025-{month:02d}-{day:02d}",
            )  # fmt: skip
    with reading(qapp, language="es", font_scale=1.5):
        book = passbook(store.state(d.group), d.chausiku.person)
        slip = tmp_path / "slip.pdf"
        write_slip_pdf(book, slip)
    pdf = QPdfDocument()
    pdf.load(str(slip))
    assert pdf.pageCount() == 1
    words = pdf.getAllText(0).text().split()
    assert "aportación" in words
    assert not [w for w in words if w.startswith("aportaci") and w != "aportación"]
    assert "2000,00" in words
