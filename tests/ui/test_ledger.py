"""The ledger view, its model and its dialogs, against a real signed store."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.savings.books import books_of
from ledger.store.keyring import Keyring, PersonInfo
from ledger.store.store import Store
from tests.ui.demo import PASSPHRASE, Demo
from tests.ui.fakes import FakeSync
from ui.dialogs.action import ActionDialog
from ui.dialogs.entry import AddEntryDialog
from ui.dialogs.signoff import ReverseEntryDialog, SignOffDialog
from ui.main_window import MainWindow
from ui.models.ledger import (
    BATCH,
    EntryRow,
    LedgerFilter,
    LedgerModel,
    LedgerSource,
    entry_rows,
)
from ui.signing import SigningContext
from ui.views.ledger import LedgerView


def person(store: Store, name: str) -> PersonInfo:
    return next(p for p in Keyring(store.db).list() if p.name == name)


def sign(dialog: ActionDialog, name: str, passphrase: str = PASSPHRASE) -> None:
    dialog.signer.setCurrentIndex(dialog.signer.findText(name))
    dialog.passphrase.setText(passphrase)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def fake_rows(count: int) -> list[EntryRow]:
    from ledger.savings.books import EntryId, FundId
    from ledger.store.ids import PersonId

    return [
        EntryRow(
            id=EntryId(f"{i:064x}"), order=i, date=f"2026-{1 + i % 12:02d}-15",
            type="contribution" if i % 3 else "loan", fund=FundId("f" * 64), fund_name="Savings",
            member=PersonId(f"{i % 7:064x}"), member_name=f"M{i % 7}", total=100 * i,
            currency="KES", note="", confirmed=i % 2 == 0, signatures=i % 2, quorum=2,
            recorder=PersonId("a" * 64), signers=frozenset(), reversed=False,
        )
        for i in range(count)
    ]  # fmt: skip


def test_model_loads_in_batches_and_passes_the_model_tester(
    qtmodeltester: ModelTester,
) -> None:
    model = LedgerModel()
    model.set_rows(fake_rows(BATCH * 2 + 10))
    assert model.rowCount() == BATCH
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == BATCH * 2 + 10
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.set_filter(LedgerFilter(type="loan", status="confirmed"))
    assert all(model.row_at(r).type == "loan" for r in range(model.rowCount()))
    assert model.matching() == len([r for r in fake_rows(BATCH * 2 + 10) if r.order % 6 == 0])
    qtmodeltester.check(model)


def test_rows_come_from_the_books(demo: tuple[Store, Demo]) -> None:
    store, d = demo
    rows = entry_rows(store.state(d.group))
    assert len(rows) == len(books_of(store.state(d.group)).entries)
    assert rows[0].type == "loan" and not rows[0].confirmed
    assert sum(r.confirmed for r in rows) == 17
    only_social = LedgerFilter(fund=d.social).apply(rows)
    assert len(only_social) == 6
    spring = LedgerFilter(since="2026-02-01", until="2026-03-31", member=d.baraka.person)
    assert [r.date for r in spring.apply(rows)] == ["2026-03-05", "2026-02-05"]


def test_view_filters_and_counts(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, qtmodeltester: ModelTester
) -> None:
    store, d = demo
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("ledger")
    window.show()
    view = window.views["ledger"]
    assert isinstance(view, LedgerView)
    assert view.model.rowCount() == 26
    qtmodeltester.check(view.model)
    view.status.setCurrentIndex(view.status.findData("pending"))
    assert view.model.rowCount() == 9
    assert view.count.text() == "9 entries"
    view.member.setCurrentIndex(view.member.findData(d.chausiku.person))
    assert {view.model.row_at(r).member_name for r in range(view.model.rowCount())} == {"Chausiku"}


def test_add_entry_validates_as_you_type(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, d = demo
    dialog = AddEntryDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=Keyring(store.db),
                     signers=[person(store, "Amina")],
                 ),
             )  # fmt: skip
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.hint.text() == "Type the amount."
    dialog.amount.setText("12.505")
    assert not ok.isEnabled()
    assert "2 decimal places" in dialog.hint.text()
    dialog.amount.setText("abc")
    assert "not an amount" in dialog.hint.text()
    dialog.amount.setText("125.50")
    assert ok.isEnabled()
    assert dialog.hint.isHidden()
    dialog.type.setCurrentIndex(dialog.type.findData("transfer"))
    assert "two different funds" in dialog.hint.text()
    dialog.type.setCurrentIndex(dialog.type.findData("contribution"))
    dialog.member.setCurrentIndex(dialog.member.findText("Baraka"))
    before = len(books_of(store.state(d.group)).entries)
    sign(dialog, "Amina")
    assert dialog.result() == AddEntryDialog.DialogCode.Accepted
    books = books_of(store.state(d.group))
    assert len(books.entries) == before + 1
    newest = list(books.entries.values())[-1]
    assert (newest.amount, newest.member) == (12550, d.baraka.person)


def test_refusals_are_shown_and_nothing_is_written(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, d = demo
    dialog = AddEntryDialog(
                 signing=SigningContext(
                     store=store,
                     group=d.group,
                     keyring=Keyring(store.db),
                     signers=[person(store, "Amina")],
                 ),
             )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.type.setCurrentIndex(dialog.type.findData("withdrawal"))
    dialog.fund.setCurrentIndex(dialog.fund.findData(d.social))
    dialog.amount.setText("99999.00")
    count = store.change_count(d.group)
    sign(dialog, "Amina", "wrong")
    assert dialog.error.isVisibleTo(dialog)
    assert "passphrase" in dialog.error.text().lower()
    sign(dialog, "Amina")
    assert "below zero" in dialog.error.text()
    assert store.change_count(d.group) == count
    assert dialog.result() != AddEntryDialog.DialogCode.Accepted


def test_reverse_and_batch_sign_off(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, d = demo
    keyring = Keyring(store.db)
    pending = [r for r in entry_rows(store.state(d.group)) if not r.confirmed]
    loan = pending[0]
    reverse = ReverseEntryDialog(
                  signing=SigningContext(
                      store=store,
                      group=d.group,
                      keyring=keyring,
                      signers=[person(store, "Amina")],
                  ),
                  entry=loan.id,
                  summary="loan",
              )  # fmt: skip
    qtbot.addWidget(reverse)
    reverse.note.setText("recorded twice")
    sign(reverse, "Amina")
    books = books_of(store.state(d.group))
    assert books.entries[loan.id].reversed_by is not None

    targets = [r.id for r in pending[1:5]]
    for elder in ("Baraka", "Daudi"):
        dialog = SignOffDialog(
                     signing=SigningContext(
                         store=store,
                         group=d.group,
                         keyring=keyring,
                         signers=[person(store, "Baraka"), person(store, "Daudi")],
                     ),
                     targets=targets,
                     summary="four entries",
                 )  # fmt: skip
        qtbot.addWidget(dialog)
        sign(dialog, elder)
        assert dialog.result() == SignOffDialog.DialogCode.Accepted
    books = books_of(store.state(d.group))
    assert all(books.is_confirmed(books.entries[t]) for t in targets)

    again = SignOffDialog(
                signing=SigningContext(
                    store=store,
                    group=d.group,
                    keyring=keyring,
                    signers=[person(store, "Baraka")],
                ),
                targets=targets,
                summary="again",
            )  # fmt: skip
    qtbot.addWidget(again)
    sign(again, "Baraka")
    assert "nothing left to sign" in again.error.text()


def test_buttons_follow_the_selection(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, _ = demo
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("ledger")
    window.show()
    view = window.views["ledger"]
    assert isinstance(view, LedgerView)
    assert view.add_button.isEnabled()
    assert not view.signoff_button.isEnabled()
    view.table.selectRow(0)
    assert view.reverse_button.isEnabled()
    assert view.signoff_button.isEnabled()
    assert len(view.selected()) == 1


def test_source_selection_agrees_with_the_row_filter(demo: tuple[Store, Demo]) -> None:
    store, d = demo
    source = LedgerSource(store.state(d.group))
    rows = [source.row(e) for e in source.entries]
    for wanted in (
        LedgerFilter(),
        LedgerFilter(member=d.chausiku.person),
        LedgerFilter(fund=d.social, status="pending"),
        LedgerFilter(since="2026-03-01", until="2026-05-31", type="contribution"),
        LedgerFilter(status="confirmed", until="2026-02-28"),
    ):
        assert [e.id for e in source.select(wanted)] == [r.id for r in wanted.apply(rows)]
