"""The share-out in the window: the pool and each member's part, then paying those due."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.savings import actions
from ledger.savings import cycle_actions as ca
from ledger.savings import membership_actions as core
from ledger.savings.books import books_of
from ledger.savings.shareout import project
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from ui.dialogs.shareout import ShareOutDialog
from ui.main_window import MainWindow
from ui.signing import SigningContext
from ui.views.passbook import PassbookView


def test_the_share_out_shows_and_pays_what_the_core_computes(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, qtmodeltester: ModelTester
) -> None:
    store, d = demo
    ca.open_cycle(store, d.amina, d.group, start="2026-01-01", end="2026-10-31")
    for elder in (d.baraka, d.daudi):  # everything recorded so far counts
        pending = [e.id for e in books_of(store.state(d.group)).entries.values()
                   if elder.person not in e.signers and e.recorder != elder.person]  # fmt: skip
        if pending:
            actions.sign_off(store, elder, d.group, pending)
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("passbook")
    view = window.views["passbook"]
    assert isinstance(view, PassbookView) and view.shareout_button.isEnabled()
    dialog = view.shareout_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    plan = project(books_of(store.state(d.group)))
    assert dialog.model.rowCount() == len(plan.lines) > 0
    assert "KES" in dialog.summary.text() and "Pool" in dialog.summary.text()
    assert dialog.model.index(0, 7).data() == "due"
    dialog.date.setDate(dialog.date.date().fromString("2026-10-31", "yyyy-MM-dd"))
    dialog.perform(d.amina)
    after = project(books_of(store.state(d.group)), confirmed_only=False)
    assert all(x.paid for x in after.lines if x.net + x.loan)
    again = view.shareout_dialog()
    assert again is not None
    qtbot.addWidget(again)
    assert not again.due and "Everyone has been paid" in again.note.text()


def test_the_overview_counts_suspended_members(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, d = demo
    core.suspend_member(store, d.amina, d.group, d.chausiku.person)
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show_view("overview")
    overview = window.views["overview"]
    overview.reload()
    assert overview.members.caption.text().endswith("; 1 suspended")  # type: ignore[attr-defined]


def test_the_share_out_shows_every_column_where_the_screen_allows(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, d = demo
    ca.open_cycle(store, d.amina, d.group, start="2026-01-01", end="2026-10-31")
    dialog = ShareOutDialog(
        signing=SigningContext(
            store=store, group=d.group, keyring=Keyring(store.db), signers=Keyring(store.db).list()
        )
    )
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() > 0)
    last = header.count() - 1
    needed = sum(header.sectionSize(c) for c in range(last)) + header.sectionSizeHint(last)
    screen = dialog.screen().availableGeometry().width()
    assert table.viewport().width() >= min(needed, screen * 9 // 10 - 40)
    assert dialog.width() <= screen
