"""The entry dialog follows the constitution: a loan's term, a fine from the schedule
without typing its amount, a repayment's interest computed when left empty."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledger.savings import actions
from ledger.savings.books import books_of
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.test_ledger import person, sign
from ui.dialogs.entry import AddEntryDialog
from ui.signing import SigningContext


def dialog(qtbot: QtBot, store: Store, d: Demo, kind: str) -> AddEntryDialog:
    found = AddEntryDialog(
                signing=SigningContext(
                    store=store,
                    group=d.group,
                    keyring=Keyring(store.db),
                    signers=[person(store, "Amina")],
                ),
                preset_type=kind,
                meeting=d.meeting,
            )  # fmt: skip
    qtbot.addWidget(found)
    found.member.setCurrentIndex(found.member.findData(d.baraka.person))
    return found


def test_loan_fine_and_repayment_from_the_window(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, d = demo
    actions.set_rules(store, d.amina, d.group, effective="2026-07-01", interest_bp=500,
                      fines={"late": "20"})  # fmt: skip
    loan = dialog(qtbot, store, d, "loan")
    assert loan.form.isRowVisible(loan.term) and not loan.form.isRowVisible(loan.fine)
    loan.amount.setText("100")
    sign(loan, "Amina")
    assert loan.error.text() == "a loan needs its term in months"
    loan.term.setValue(2)
    sign(loan, "Amina")
    books = books_of(store.state(d.group))
    given = [e for e in books.entries.values() if e.type == "loan" and e.member == d.baraka.person]
    assert [(e.amount, e.term, e.rate_bp, e.method) for e in given] == [(10_000, 2, 500, "flat")]
    actions.sign_off(store, d.baraka, d.group, [given[0].id])
    actions.sign_off(store, d.daudi, d.group, [given[0].id])

    fine = dialog(qtbot, store, d, "fine")
    assert fine.form.isRowVisible(fine.fine)
    fine.fine.setCurrentIndex(fine.fine.findData("late"))
    assert fine.hint.isHidden()  # no amount to type: the schedule fixes it
    sign(fine, "Amina")

    repay = dialog(qtbot, store, d, "repayment")
    repay.amount.setText("30")
    repay.date.setDate(repay.date.date().addDays(10))
    sign(repay, "Amina")
    books = books_of(store.state(d.group))
    paid = {e.type: (e.amount, e.interest) for e in books.entries.values()
            if e.member == d.baraka.person and e.type in ("fine", "repayment")}  # fmt: skip
    assert paid == {"fine": (2_000, 0), "repayment": (2_500, 500)}  # 5 % of 100.00 first
