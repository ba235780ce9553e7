"""The overview tells the treasurer who is in arrears on a loan and who owes fines."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from ledger.savings import actions
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow
from ui.views.overview import OverviewView


def test_overview_names_arrears_and_fines_owed(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, d = demo
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show()
    view = window.views["overview"]
    assert isinstance(view, OverviewView)
    assert "arrears" not in view.attention.text() and "owe fines" not in view.attention.text()

    lent = dt.date.today() - dt.timedelta(days=70)  # a one-month loan, due 40 days ago or so
    actions.set_rules(store, d.amina, d.group, effective=lent.isoformat(), fines={"late": "5"})
    actions.add_entry(store, d.amina, d.group, type="charge", member=d.chausiku.person,
                      fine="late", date=lent.isoformat())  # fmt: skip
    actions.add_entry(store, d.amina, d.group, type="loan", member=d.baraka.person,
                      amount="120.00", date=lent.isoformat(), term=1)  # fmt: skip
    view.reload()
    text = view.attention.text()
    due = (lent.replace(day=1) + dt.timedelta(days=32)).replace(day=min(lent.day, 28))
    assert "1 member in arrears on loans" in text
    assert "Baraka" in text and "120.00" in text and "late since " + due.isoformat()[:7] in text
    assert "1 member owes fines" in text and "5.00" in text
