"""The Overview's funds (confirmed and pending apart), goals and pooled-funds chart."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.finance.balances import MonthRow
from ledger.finance.books import FundId
from ledger.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow
from ui.models.funds import pooled_by_month
from ui.views.overview import OverviewView
from ui.views.pooled_chart import month_label


def test_pooled_funds_carry_each_fund_forward() -> None:
    a, b = FundId("a"), FundId("b")
    rows = [
        MonthRow("2026-01", a, 100, 0, 100, 0),
        MonthRow("2026-01", b, 50, 0, 50, 0),
        MonthRow("2026-02", a, 10, 0, 110, 0),
        MonthRow("2026-03", b, 0, 20, 30, 0),
    ]
    assert pooled_by_month(rows) == [("2026-01", 150), ("2026-02", 160), ("2026-03", 140)]
    assert month_label("2026-03").endswith(" 26")


def test_overview_shows_funds_goals_and_chart(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, qtmodeltester: ModelTester
) -> None:
    store, _ = demo
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    view = window.views["overview"]
    assert isinstance(view, OverviewView)
    funds = {r.name: r for r in view.funds.rows()}
    assert set(funds) == {"Savings", "Social fund", "School roof"}
    assert funds["School roof"].confirmed == 150000 and funds["School roof"].pending == 0
    assert funds["Savings"].pending > 0
    qtmodeltester.check(view.funds)
    assert [c.row.title for c in view.goals.shown] == [
        "A new school roof",
        "Solar lamps for every home",
    ]
    assert view.goals.shown[0].bar.value() == 250
    assert len(view.chart.points) == 6
    assert view.chart.points[-1][1] == sum(r.confirmed for r in funds.values())
